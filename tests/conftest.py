"""Shared fixtures: the bundled op-ed, a fixed-width renderer, an in-process CLI runner."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from rich.text import Text

from deyermond_reader import load_article
from deyermond_reader.cli import main
from deyermond_reader.text.source import bundled_article

SEED = Path(__file__).resolve().parents[1] / "seeds" / "trump-is-doing-putin-a-favor.md"


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory):
    """Tests (and the programs they start) use a cache, a config and a state folder of their
    own, never the user's: a person's config.toml must not change what a test sees."""
    import os

    names = ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")
    previous = {name: os.environ.get(name) for name in names}
    for name in names:
        os.environ[name] = str(tmp_path_factory.mktemp(name.split("_")[1].lower()))
    yield
    for name, value in previous.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(autouse=True)
def no_inherited_terminal_size(monkeypatch):
    """Each test starts without COLUMNS and LINES, whatever the runner or an earlier test in the
    process left there: they set the reader's width and, on a terminal, whether it pages."""
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)


@pytest.fixture(autouse=True)
def collector_restored():
    """``cli.entry`` turns the cyclic garbage collector off and freezes what is left, as a
    process about to exit may: a test that calls it must not leave the suite that way."""
    import gc

    yield
    gc.unfreeze()
    gc.enable()


@pytest.fixture(scope="session")
def article():
    return load_article()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return bundled_article().read_text(encoding="utf-8")


def render_plain(renderable, width: int = 80) -> str:
    """Render to plain text at a fixed width, as a non-terminal would receive it (uncropped, as
    the reader prints: the source address is one line even when wider)."""
    from rich.console import Console

    from deyermond_reader.output.theme import make_theme

    console = Console(file=io.StringIO(), width=width, color_system=None, legacy_windows=False,
                      theme=make_theme(), markup=False, highlight=False, emoji=False)
    console.print(renderable, crop=False)
    return console.file.getvalue()


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(*args: str, stdin: bytes = b"") -> Result:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err, stdin=io.BytesIO(stdin))
    return Result(code, out.getvalue(), err.getvalue())


def source_words(markdown: str) -> list[str]:
    """The words of a Markdown source with its markup syntax taken out, independently of the parser."""
    text = re.sub(r"^(```|~~~)\S*", " ", markdown, flags=re.M)  # code fences and their info
    text = re.sub(r"\]\([^)]*\)", " ", text)        # link targets
    text = re.sub(r"[\[\]*_<>#`]", " ", text)           # brackets, emphasis, headings, autolinks
    return text.split()


MARKER = re.compile(r"\[E?\d+(?:,E?\d+)*!?\]|\[[✓◐✗?] (?:supported|partly|not supported|unclear)\]")
"""The reader's own markers: of a summit or an event, right after the referring phrase, and of a
check, after its sentence."""


def words_in_order(words: list[str], rendered: str) -> tuple[bool, str]:
    """Every word appears in ``rendered`` in order (whitespace and summit markers ignored,
    so neither wrapping nor a marker between a word and its punctuation can hide one)."""
    squashed = re.sub(r"\s+", "", MARKER.sub("", rendered))
    position = 0
    for word in words:
        found = squashed.find(word, position)
        if found < 0:
            return False, word
        position = found + len(word)
    return True, ""


def paragraph_text(paragraph) -> Text:
    """A paragraph as a rich ``Text`` with its inline styles (what ``Prose`` sets)."""
    from deyermond_reader.output.article import inline_spans

    return Text(paragraph.text, spans=inline_spans(paragraph.spans, len(paragraph.text)))


def with_markers(text: Text, paragraph, numbers: dict[str, int]) -> Text:
    """``text`` with the paragraph's summit markers put in, the way ``render.block`` puts them in."""
    from deyermond_reader.output.article import marker_inserts, with_inserts

    spans = list(text.spans)
    inserts = marker_inserts(paragraph, numbers, spans)
    plain, spans = with_inserts(text.plain, spans, inserts) if inserts else (text.plain, spans)
    return Text(plain, style=text.style, end=text.end, spans=spans)


@pytest.fixture(autouse=True, scope="session")
def private_state(tmp_path_factory):
    """The interactive reader remembers its theme in a folder of the tests' own, never the user's."""
    import os

    previous = os.environ.get("XDG_STATE_HOME")
    os.environ["XDG_STATE_HOME"] = str(tmp_path_factory.mktemp("state"))
    yield
    if previous is None:
        os.environ.pop("XDG_STATE_HOME", None)
    else:
        os.environ["XDG_STATE_HOME"] = previous
