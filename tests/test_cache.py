"""The parse cache: reused when nothing changed, rebuilt when anything did, never a failure."""

from __future__ import annotations

import os
from pathlib import Path

from deyermond_reader import load_article
from deyermond_reader.pipeline import Depth
from deyermond_reader.cache import cache_dir

from conftest import SEED, run_cli


def _entries() -> set[Path]:
    return set(cache_dir().glob("*.pickle")) if cache_dir().exists() else set()


def test_a_second_read_comes_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = load_article()
    assert len(_entries()) == 1
    again = load_article()
    assert again == first and again is not first
    assert _shape(again) == _shape(first)  # the same classes throughout, not just equal values


def _shape(value) -> list:
    """Every model object's class, depth first: named tuples compare equal to plain tuples."""
    if isinstance(value, tuple):
        return [type(value).__name__, *(_shape(item) for item in value)]
    return [type(value).__name__]


def test_changed_text_misses(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    article = tmp_path / "a.md"
    article.write_text("# A\n\nFirst text.\n", encoding="utf-8")
    assert load_article(str(article)).paragraphs[0].text == "First text."
    article.write_text("# A\n\nSecond text.\n", encoding="utf-8")
    assert load_article(str(article)).paragraphs[0].text == "Second text."
    assert len(_entries()) == 2


def test_annotated_and_bare_are_cached_apart(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert load_article().summits
    assert load_article(depth=Depth.TEXT).summits == ()
    assert load_article().summits


def test_corrupt_entries_are_ignored_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    expected = load_article()
    (entry,) = _entries()
    entry.write_bytes(b"not a pickle")
    assert load_article() == expected
    assert entry.read_bytes() != b"not a pickle"


def test_unwritable_cache_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where a folder should be
    result = run_cli("--toc")
    assert result.code == 0 and result.err == ""


def test_no_cache_neither_reads_nor_writes(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert run_cli("--no-cache", "--toc").code == 0
    assert _entries() == set()


def test_cached_output_is_identical(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cold = run_cli("-w", "72", str(SEED)).out
    warm = run_cli("-w", "72", str(SEED)).out
    assert cold == warm and len(_entries()) == 1
    suffixes = sorted(Path(name).suffix for name in os.listdir(cache_dir()) if name != ".secret")
    assert suffixes == [".out", ".pickle"]  # one of each, and no temporary file left behind


def test_printed_output_is_reused_only_for_the_same_options(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    wide, narrow = run_cli("-w", "90").out, run_cli("-w", "40").out
    assert wide != narrow
    assert run_cli("-w", "90").out == wide and run_cli("-w", "40").out == narrow
    assert len(list(cache_dir().glob("*.out"))) == 2
    assert run_cli("-w", "40", "-s", "3").out.count("\n") < narrow.count("\n")


def test_a_corrupt_output_entry_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    expected = run_cli("--toc").out
    (entry,) = cache_dir().glob("*.out")
    entry.write_bytes(b"\xff\xfe not text")
    assert run_cli("--toc").out == expected


def test_printing_in_parts_equals_printing_whole(tmp_path, monkeypatch, article):
    from deyermond_reader.output.article import render_article

    from conftest import render_plain

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parts = run_cli("--no-cache", "-w", "80").out
    assert parts == render_plain(render_article(article), 80)


def test_claim_kinds_are_computed_only_when_asked_for(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    plain = load_article(depth=Depth.REFERENCES)
    assert plain.summits and not any(s.kind for p in plain.paragraphs for s in p.sentences)
    full = load_article()
    assert all(s.kind for p in full.paragraphs for s in p.sentences)
    assert len(_entries()) == 2
    assert "(cue: needs to; confidence: high)" in run_cli("--claims", "-w", "100").out


def test_the_cache_keeps_to_its_budget_dropping_the_least_recently_used(tmp_path, monkeypatch):
    from deyermond_reader import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(cache, "CACHE_BUDGET", 3 * (1000 + cache.HEADER_SIZE))
    for number in range(3):
        cache.write_output(f"entry{number}", "x" * 1000)
        os.utime(cache_dir() / f"entry{number}.out", (1000 + number, 1000 + number))  # written in this order
    assert cache.read_output("entry0") is not None  # read: now the most recently used
    cache.write_output("entry3", "x" * 1000)  # over budget: the least recently used goes
    left = sorted(p.name for p in cache_dir().glob("*.out"))
    assert left == ["entry0.out", "entry2.out", "entry3.out"]


def test_leftover_temporary_files_are_cleared_but_fresh_ones_kept(tmp_path, monkeypatch):
    from deyermond_reader import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cache_dir().mkdir(parents=True)
    old, fresh = cache_dir() / ".tmp-1-old", cache_dir() / ".tmp-2-fresh"
    old.write_bytes(b"half")
    fresh.write_bytes(b"half")
    os.utime(old, (1000, 1000))
    cache.write_output("entry", "text")
    assert not old.exists() and fresh.exists()
    assert cache.read_output("entry") == "text"


def test_an_entry_over_the_budget_is_kept_and_the_rest_make_room(tmp_path, monkeypatch):
    from deyermond_reader import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(cache, "CACHE_BUDGET", 3000)
    cache.write_output("small", "x" * 1000)
    assert cache.read_output("small") == "x" * 1000
    cache.write_output("big", "x" * 3500)
    assert cache.read_output("big") == "x" * 3500
    assert cache.read_output("small") is None


def test_the_claim_lists_key_only_the_articles_that_have_claim_kinds(tmp_path, monkeypatch):
    """Editing claims.toml changes the key of an Article with claim kinds, not of one without:
    the printed article never reads the lists."""
    from deyermond_reader.annotate import datafiles
    from deyermond_reader.pipeline import article_key

    data = b"# T\n\nThe treaty was signed in 1987.\n"
    before = {depth: article_key(data, None, depth) for depth in (Depth.REFERENCES, Depth.CLAIMS)}
    edited = tmp_path / "claims.toml"
    edited.write_bytes(datafiles.CLAIMS.read_bytes() + b"\n# an edit\n")
    monkeypatch.setattr(datafiles, "CLAIMS", edited)
    assert article_key(data, None, Depth.REFERENCES) == before[Depth.REFERENCES]
    assert article_key(data, None, Depth.CLAIMS) != before[Depth.CLAIMS]
