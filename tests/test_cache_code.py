"""The caches know the code: an edited reader, or a model of another shape, never answers from
entries an older one wrote, and every option is part of the output's key."""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from deyermond_reader import cache, cli

PACKAGE = Path(cli.__file__).resolve().parent
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _copy(tmp_path) -> Path:
    """A copy of the package, with the op-ed beside it, that a test may edit."""
    root = tmp_path / "copy"
    shutil.copytree(PACKAGE, root / "deyermond_reader", ignore=shutil.ignore_patterns("__pycache__", "seeds"))
    shutil.copytree(SEEDS, root / "deyermond_reader" / "seeds")
    return root / "deyermond_reader"


def _run(package: Path, cache_home: Path, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(package.parent), "XDG_CACHE_HOME": str(cache_home),
           "PYTHONDONTWRITEBYTECODE": "1"}
    width = [] if "--json" in args else ["-w", "80"]
    result = subprocess.run([sys.executable, "-m", "deyermond_reader", *width, *args], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_an_edited_renderer_is_never_answered_from_a_warm_cache(tmp_path):
    package = _copy(tmp_path)
    home = tmp_path / "cache"
    first = _run(package, home)
    assert _run(package, home) == first  # warm: from the cache
    _edit(package / "output" / "article.py", "a summit the text refers to", "a meeting the text names")
    changed = _run(package, home)
    assert "a meeting the text names" in changed and "a summit the text refers to" not in changed


def test_a_model_of_another_shape_rebuilds_rather_than_misreads(tmp_path):
    package = _copy(tmp_path)
    home = tmp_path / "cache"
    before = json.loads(_run(package, home, "--json"))
    _edit(package / "model.py", "    end: int\n    kind: str = \"\"", "    end: int\n    extra: str = \"\"\n    kind: str = \"\"")
    after = json.loads(_run(package, home, "--json"))
    first = lambda data: data["sections"][0]["paragraphs"][0]["sentences"][0]  # noqa: E731
    assert first(after)["kind"] == first(before)["kind"] in ("fact", "assessment", "attribution",
                                                             "prediction", "prescription")
    assert first(after)["references"] == first(before)["references"]


def test_library_versions_are_part_of_the_fingerprint(monkeypatch):
    found = cache._library_versions()
    assert any(name.startswith("rich-") and name.endswith(".dist-info") for name in found)
    assert any(name.casefold().startswith("markdown_it_py-") for name in found)
    before = cache.code_fingerprint()
    monkeypatch.setattr(cache, "_code_fingerprint", None)
    monkeypatch.setattr(cache, "_library_versions", lambda: [*found, "rich-99.0.0.dist-info"])
    assert cache.code_fingerprint() != before  # an upgrade of rich misses every entry


def test_every_option_is_part_of_the_output_key():
    parser = cli.build_parser()
    args = parser.parse_args(["-w", "80"])
    out = io.StringIO()
    key = cli.output_key("article", args, out)
    assert cli.output_key("article", parser.parse_args(["-w", "80"]), out) == key
    for changed in (["-w", "81"], ["-w", "80", "--toc"], ["-w", "80", "--no-annotations"], ["-w", "80", "-s", "2"]):
        assert cli.output_key("article", parser.parse_args(changed), out) != key
    args.some_future_option = True  # a new flag nobody remembered to add to a list
    assert cli.output_key("article", args, out) != key
    assert isinstance(args, argparse.Namespace)
