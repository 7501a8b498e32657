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
def test_section_errors_fit_a_terminal_of_40_columns_one_section_a_line(name, listed, monkeypatch, capsys):
    from deyermond_reader.cli import main

    monkeypatch.setenv("COLUMNS", "40")
    assert main(["-s", name]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert all(len(line) <= 40 for line in lines), lines
    assert lines[0].startswith("deyermond-reader: error: ")
    sections = [line for line in lines if line[:2] == "  " and line[2:3].isdigit()]
    assert len(sections) == listed
    assert all(line.split(". ", 1)[1] for line in sections)  # number and name on the same line
    words = " ".join(lines).split()
    assert name in [word.strip("';") for word in words]  # the name as typed, not cut apart


def test_errors_stay_one_line_each_in_a_file_or_pipe():
    result = run_cli("-s", "xyzzy", "-w", "40")  # -w sets the output's width, not the errors'
    assert max(map(len, result.err.splitlines())) > 40
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


# ---- a copy of the bundled op-ed keeps its sections ---------------------------------------


def _toc_names(result) -> list[str]:
    import json

    assert result.code == 0, result.err
    return [section["name"] for section in json.loads(result.out)["sections"]]


@pytest.mark.parametrize("form", [
    lambda text: text.encode("utf-8"),
    lambda text: text.replace("\n", "\r\n").encode("utf-8-sig"),   # saved on Windows
    lambda text: text.encode("utf-16"),
    lambda text: ("\n" + text.replace("\n", "  \n") + "\n\n").encode("utf-8"),  # trailing spaces
])
def test_a_copy_of_the_op_ed_anywhere_has_its_seven_sections(tmp_path, seed_text, article, form):
    copy = tmp_path / "saved-from-the-web.md"
    copy.write_bytes(form(seed_text))
    names = [s.name for s in article.sections]
    assert len(names) == 7
    assert _toc_names(run_cli("--json", "--no-annotations", str(copy))) == names
    assert _toc_names(run_cli("--json", "--no-annotations", "-", stdin=form(seed_text))) == names
    assert "4. Trump's turn toward Moscow" in run_cli("-s", "Trump\u2019s turn", str(copy)).out


def test_an_edited_copy_gets_the_sections_its_own_text_gives(tmp_path, seed_text):
    edited = tmp_path / "edited.md"
    edited.write_text(seed_text.replace("Alaska", "Alasca"), encoding="utf-8")
    assert len(_toc_names(run_cli("--json", "--no-annotations", str(edited)))) == 1
    assert len(_toc_names(run_cli("--json", "--no-annotations", "-", stdin=b"# Note\n\nText.\n"))) == 1


def test_an_outline_beside_a_copy_wins_over_the_bundled_one(tmp_path, seed_text):
    copy = tmp_path / "op-ed.md"
    copy.write_text(seed_text, encoding="utf-8")
    (tmp_path / "op-ed.outline.toml").write_text(
        '[[section]]\nname = "All of it"\nstarts = "The Trump-Putin summit on Friday"\n', encoding="utf-8")
    assert _toc_names(run_cli("--json", "--no-annotations", str(copy))) == ["All of it"]


# ---- the printed views at narrow widths -----------------------------------------------------


def test_legend_meanings_wrap_under_their_text_at_40_columns():
    from deyermond_reader.output.views import KIND_MEANINGS, LOW_CONFIDENCE

    result = run_cli("--legend", "-w", "40")
    lines = [line.rstrip() for line in result.out.splitlines()]
    assert all(len(line) <= 40 for line in lines)
    start = lines.index(next(line for line in lines if line.startswith("fact ")))
    block = lines[start:lines.index("", start)]
    continued = [line for line in block if line.startswith(" ")]
    assert continued and all(line.startswith(" " * 13) and line[13] != " " for line in continued)
    meanings = {**KIND_MEANINGS, "kind?": LOW_CONFIDENCE}
    assert " ".join(" ".join(block).split()) == " ".join(f"{kind} {meaning}" for kind, meaning in meanings.items())
    settings = lines[lines.index("", start) + 1:]
    assert any(line.startswith("     by the article") for line in settings)  # under "neutral ground"


def test_legend_labels_stand_above_their_meaning_where_there_is_no_room():
    lines = run_cli("--legend", "-w", "20").out.splitlines()
    assert all(len(line.rstrip()) <= 20 for line in lines)
    assert "prescription" in [line.strip() for line in lines]
    assert "what should happen" in " ".join(" ".join(lines).split())


def test_contents_at_30_columns_wrap_names_and_lose_no_word(article):
    lines = [line.rstrip() for line in run_cli("--toc", "-w", "30").out.splitlines()]
    assert all(len(line) <= 30 for line in lines)
    assert "\u2026" not in "".join(lines)
    words = " ".join(lines).split()
    for section in article.sections:
        assert f"{section.number}." in words
        assert " ".join(section.name.split()) in " ".join(words)
        assert f"{len(section.paragraphs)} paras, {section.word_count} words" in " ".join(words)


def test_contents_stay_a_table_where_the_longest_word_fits():
    lines = run_cli("--toc", "-w", "32").out.splitlines()
    assert all(len(line.rstrip()) <= 32 for line in lines)
    assert any(line.split()[:2] == ["5", "Chaos"] and line.split()[-2:] == ["7", "438"] for line in lines)
    assert any(line.strip() == "incompetence" for line in lines)


def test_contents_wrap_a_long_name_under_its_first_word(tmp_path):
    long = tmp_path / "long.md"
    long.write_text("# T\n\n## The extraordinarily long-winded name of a section\n\nText.\n", encoding="utf-8")
    lines = [line.rstrip() for line in run_cli("--toc", "-w", "20", str(long)).out.splitlines()]
    assert all(len(line) <= 20 for line in lines)
    first = next(n for n, line in enumerate(lines) if line.startswith("1. "))
    assert all(line.startswith("   ") for line in lines[first + 1:] if line)
    assert "extraordinarily long-winded name of a section" in " ".join(" ".join(lines).split())


# ---- Markdown tables ----------------------------------------------------------------------

TABLE = """# Summits

Before the table.

| Year | Place | Leaders | What came of it |
|-----:|-------|---------|-----------------|
| 1955 | Geneva | Eisenhower, Bulganin | The **first** summit after Stalin, in [Geneva](https://example.com) |
| 1986 | Reykjavík | Reagan, Gorbachev | Nearly abolished nuclear weapons; [bold]not markup[/bold] |
| | left blank | | |

After the table.
"""


def _table_file(tmp_path):
    path = tmp_path / "table.md"
    path.write_text(TABLE, encoding="utf-8")
    return str(path)


def test_a_table_prints_in_aligned_columns_within_the_width(tmp_path):
    from conftest import source_words, words_in_order

    result = run_cli("--no-annotations", "-w", "80", _table_file(tmp_path))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    header = next(line for line in lines if line.startswith("Year"))
    geneva = next(line for line in lines if "Geneva" in line)
    assert geneva.index("Geneva") == header.index("Place")
    assert geneva.index("Eisenhower") == header.index("Leaders")
    below = lines[lines.index(geneva) + 1]  # the last cell wraps onto a line of its own
    assert below[:header.index("What")].strip() == "" and below.strip()
    assert "[bold]not markup[/bold]" in " ".join(" ".join(lines).split())
    ok, missing = words_in_order(source_words(TABLE.replace("|", " ").replace("-", " ").replace(":", " ")),
                                 result.out.replace("─", " "))
    assert ok, missing


@pytest.mark.parametrize("width", [20, 30, 40])
def test_a_narrow_table_prints_rows_as_records_and_loses_no_word(tmp_path, width):
    result = run_cli("--no-annotations", "-w", str(width), _table_file(tmp_path))
    lines = result.out.splitlines()
    assert all(len(line) <= width for line in lines)
    shown = " ".join(" ".join(lines).split())
    for row in ("Year: 1955 Place: Geneva Leaders: Eisenhower, Bulganin What came of it: The first summit",
                "Year: 1986 Place: Reykjavík Leaders: Reagan, Gorbachev",
                "nuclear weapons; [bold]not markup[/bold]", "Place: left blank After the table."):
        assert row in shown, row


def test_a_table_cell_keeps_its_inline_styles():
    import io

    from rich.console import Console

    from deyermond_reader.output.article import render_article
    from deyermond_reader.output.theme import make_theme
    from deyermond_reader.pipeline import Depth, build_article

    article = build_article(TABLE, depth=Depth.TEXT)
    console = Console(file=io.StringIO(), width=80, theme=make_theme(), force_terminal=True,
                      color_system="standard", markup=False, highlight=False)
    segments = [s for line in console.render_lines(render_article(article), console.options) for s in line]
    assert "first" in [s.text for s in segments if s.style and s.style.bold]
    assert [s.text for s in segments if s.style and s.style.link] == ["Geneva"]


def test_the_go_to_box_takes_section_signs_and_typographic_apostrophes(article):
    import asyncio

    from deyermond_reader.interactive.app import ReaderApp

    async def main():
        app = ReaderApp(article, None)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            reached = []
            for typed in ("\u00a7 3", "Trump\u2019s turn"):
                await pilot.press("g", *typed, "enter")
                await pilot.pause()
                reached.append(app.current_section)
        return reached

    assert asyncio.run(main()) == [3, 4]
