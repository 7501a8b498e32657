"""Finding a section by name as people type it, errors that fit a narrow terminal, and the
printed views at narrow widths."""

from __future__ import annotations

import pytest

from conftest import run_cli
from deyermond_reader.errors import UsageError
from deyermond_reader.text.sections import rank_sections, resolve_section


@pytest.mark.parametrize("query, expected", [
    ("Trump\u2019s turn", 4),        # a typographic apostrophe matches the plain one
    ("the kremlin\u2019s", 6),
    ("3.", 3),
    ("\u00a73", 3),
    ("\u00a7 3", 3),
    ("\u00a7 3.", 3),
])
def test_names_as_typed_resolve_in_both_ways_of_finding(article, query, expected):
    assert resolve_section(article.sections, query).number == expected
    assert rank_sections(article.sections, query)[0].number == expected  # the go-to box


def test_plain_apostrophe_matches_a_typographic_one_in_the_name():
    from deyermond_reader.pipeline import build_article

    article = build_article("# T\n\n## Trump\u2019s \u201cturn\u201d\n\nOne.\n\n## Other\n\nTwo.\n")
    for query in ("Trump's turn", 'trump\'s "turn"', "Trump\u2019s turn"):
        assert resolve_section(article.sections, query).name == "Trump\u2019s \u201cturn\u201d"
        assert rank_sections(article.sections, query)[0].name == "Trump\u2019s \u201cturn\u201d"


def test_a_section_sign_alone_is_not_a_number(article):
    with pytest.raises(UsageError, match="no section matches"):
        resolve_section(article.sections, "\u00a7")


@pytest.mark.parametrize("name", ["", " ", "\t \n"])
def test_an_empty_section_name_is_one_usage_error(name):
    result = run_cli("-s", name)
    assert result.code == 2 and result.out == ""
    first, *listing = result.err.splitlines()
    assert first == "deyermond-reader: error: empty section name; the sections are:"
    assert listing[2] == "  3. Hosting as a signal" and len(listing) == 7


@pytest.mark.parametrize("name, listed", [
    ("xyzzy", 7),     # nothing close: every section
    ("chaotic", 1),   # a close typo: the one it is like
    ("summit", 2),    # ambiguous: the sections it could be
    ("9", 7),
])
def test_section_errors_fit_40_columns_one_section_a_line(name, listed):
    result = run_cli("-s", name, "-w", "40")
    assert result.code == 2 and result.out == ""
    lines = result.err.splitlines()
    assert all(len(line) <= 40 for line in lines), lines
    assert lines[0].startswith("deyermond-reader: error: ")
    sections = [line for line in lines if line[:2] == "  " and line[2:3].isdigit()]
    assert len(sections) == listed
    assert all(line.split(". ", 1)[1] for line in sections)  # number and name on the same line
    words = " ".join(lines).split()
    assert name in [word.strip("';") for word in words]  # the name as typed, not cut apart


def test_errors_stay_one_line_each_where_nothing_is_narrow():
    result = run_cli("-s", "xyzzy")
    assert result.err.splitlines()[0] == "deyermond-reader: error: no section matches 'xyzzy'; the sections are:"
    assert result.err.splitlines()[7] == "  7. A wake-up call for allies"


def test_a_long_section_name_hangs_under_its_text_in_an_error():
    from deyermond_reader.errors import ReaderError

    error = ReaderError("no section matches 'x'; the sections are:",
                        ("1. A summit in Alaska", "12. The very long name of a section that wraps"))
    lines = error.lines(30, lead="deyermond-reader: error: ")
    assert all(len(line) <= 30 for line in lines)
    assert "  1. A summit in Alaska" in lines
    wrapped = lines[lines.index("  12. The very long name of a") + 1:]
    assert wrapped == ["      section that wraps"]


def test_usage_errors_fit_a_narrow_terminal(monkeypatch, capsys):
    from deyermond_reader.cli import main

    monkeypatch.setenv("COLUMNS", "40")
    assert main(["-w", "5"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert all(len(line) <= 40 for line in lines), lines
    assert lines[-2:] == ["deyermond-reader: error: argument", "-w/--width: must be between 20 and 1000"]
    assert "--timeline" in " ".join(lines).split()  # no option lost to the wrapping
