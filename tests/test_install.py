"""A normal, non-editable install carries the op-ed and its outline inside the package."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    pytest.importorskip("hatchling")
    if not (ROOT / "pyproject.toml").is_file():
        pytest.skip("not running from a source checkout")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(out), str(ROOT)], check=True, capture_output=True)
    return next(out.glob("deyermond_reader-*.whl"))


def test_wheel_contains_the_op_ed_and_its_outline(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "deyermond_reader/seeds/trump-is-doing-putin-a-favor.md" in names
    assert "deyermond_reader/seeds/trump-is-doing-putin-a-favor.outline.toml" in names
    for data in ("annotate/data/summits.toml", "annotate/data/cues.toml", "interactive/reader.tcss"):
        assert f"deyermond_reader/{data}" in names


def test_installed_package_reads_the_op_ed_from_another_folder(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run([sys.executable, "-m", "deyermond_reader", "--toc"], cwd=elsewhere,
                            env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Chaos and incompetence" in result.stdout
    summits = subprocess.run([sys.executable, "-m", "deyermond_reader", "--summits", "--no-cache"],
                             cwd=elsewhere, env=env, capture_output=True, text=True)
    assert summits.returncode == 0 and "Reykjavík" in summits.stdout
    located = subprocess.run([sys.executable, "-c", "import deyermond_reader.text.source as s; "
                              "print(s.bundled_article())"], cwd=elsewhere, env=env,
                             capture_output=True, text=True)
    assert Path(located.stdout.strip()).is_relative_to(site)
    shutil.rmtree(site)
