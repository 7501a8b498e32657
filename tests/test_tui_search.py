"""The full-screen reader's search finds what the page shows, in any case and without accents,
and the text stands in a centred column no wider than the printed reader's."""

from __future__ import annotations

import shutil
import sys

import pytest

pytest.importorskip("textual")

from deyermond_reader.cli import MAX_MEASURE  # noqa: E402
from deyermond_reader.interactive.search import FoldedLines, fold  # noqa: E402

from terminal import Tmux, wait_for_file  # noqa: E402
from test_tui import _printed, drive, press  # noqa: E402


def test_folding_ignores_case_and_accents():
    assert fold("Reykjavík") == fold("REYKJAVIK") == "reykjavik"
    assert fold("Straße") == fold("STRASSE")
    assert fold("Ho\u0308fði") == fold("Höfði") == "hofði"  # a combining mark, a precomposed one


def test_matches_map_back_to_the_characters_on_their_lines():
    lines = ["┃ [2] Reykjavík Summit · 11–12 Oct", "Straße and Höfði met", "at the end of a", "line here"]
    folded = FoldedLines(lines)
    assert folded.find("reykjavik summit") == [[(0, 6, 22)]]
    assert lines[0][6:22] == "Reykjavík Summit"
    assert folded.find("strasse") == [[(1, 0, 6)]]
    assert folded.find("HOFÐI") == [[(1, 11, 16)]]
    assert folded.find("of a line") == [[(2, 11, 15), (3, 0, 4)]]  # a phrase going on at the next line
    assert folded.find("  ") == [] and folded.find("xyzzy") == []


def _cells_in_style(strip, style_name: str, app) -> str:
    style = app.console.get_style(style_name)
    return "".join(segment.text for segment in strip if segment.style and segment.style.bgcolor == style.bgcolor)


def test_search_finds_the_callout_without_its_accent_and_highlights_it(article):
    async def check(app, pilot):
        await press(pilot, "slash", *"Reykjavik", "enter")
        view = app.view
        found = [view.lines[line].text[start:end] for pieces in app.matches for line, start, end in pieces]
        assert found == ["Reykjavík"] * 5  # the callout's name, place and source; the fact note and its source
        line = app.matches[0][0][0]
        assert view.lines[line].text.lstrip().startswith("┃ [2] Reykjavík Summit")
        top = int(view.scroll_y)
        assert top <= line < top + view.size.height  # scrolled to it
        assert _cells_in_style(view.render_line(line - top), "reader.search.current", app) == "Reykjavík"
        await press(pilot, "n")
        assert app.match_index == 1
        assert _cells_in_style(view.render_line(line - int(view.scroll_y)), "reader.search", app) == "Reykjavík"
        assert "match 2/5 for “Reykjavik”" in str(app.query_one("#status").render())

    drive(article, check)


def test_search_counts_every_line_the_page_shows_and_keeps_its_match_at_a_new_width(article):
    page = _printed(article, 76)
    in_blocks = sum(b.text.count("Putin") for s in article.sections for b in s.blocks)

    async def check(app, pilot):
        app.find("putin")  # what Enter in the search box does
        assert len(app.matches) == page.lower().count("putin") > in_blocks
        assert 0 in {line for pieces in app.matches for line, _s, _e in pieces}  # the title
        app.find("Geneva")
        await press(pilot, "n")
        await pilot.resize_terminal(50, 24)
        await pilot.pause()
        assert app.match_index == 1 and len(app.matches) == page.count("Geneva")
        [(line, start, end)] = app.matches[1]
        assert app.view.lines[line].text[start:end] == "Geneva"
        await press(pilot, "escape")
        assert app.matches == [] and app.view.highlights == {}

    drive(article, check)


def test_the_text_is_a_centred_column_of_the_readable_measure(article):
    async def check(app, pilot):
        view = app.view
        assert view.text_width == MAX_MEASURE
        assert max(len(strip.text.rstrip()) for strip in view.lines) == MAX_MEASURE
        width = view.scrollable_content_region.width
        row = view.render_line(0).text
        margin = len(row) - len(row.lstrip())
        assert margin == (width - MAX_MEASURE) // 2 > 50
        await pilot.press("t")
        await pilot.pause()
        assert app.toc_visible and not app.query_one("#toc").has_class("overlay")
        assert app.query_one("#toc").region.right <= view.region.x  # beside the text, not over it
        assert view.text_width == MAX_MEASURE

    drive(article, check, size=(200, 40))


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_real_terminal_finds_a_callout_and_keeps_the_measure_at_200_columns(tmp_path):
    done = tmp_path / "done"
    terminal = Tmux(f"{sys.executable} -m deyermond_reader -i; echo $? > {done}", size=(200, 30))
    try:
        terminal.wait_for("1. A summit in Alaska")
        terminal.send("/", *"Reykjav", "Enter")
        shown = terminal.wait_for("match 1/5 for “Reykjav”")
        rows = [row[:196].rstrip() for row in shown.splitlines()[1:-2]]  # less the scrollbar
        rows = [row for row in rows if row]
        callout = next(row for row in rows if "[2] Reykjavík Summit" in row)
        left = len(callout) - len(callout.lstrip())
        assert left > 50 and max(len(row) - left for row in rows) <= MAX_MEASURE
        terminal.send("q")
        assert wait_for_file(done) == "0"
    finally:
        terminal.close()


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_real_terminal_search_typed_before_the_reader_has_drawn(tmp_path, article):
    """The Enter of a burst typed while the reader starts reaches the search box as Enter (the
    terminal would have turned it into a line feed), and the terminal gets its settings back."""
    import subprocess

    done = tmp_path / "done"
    terminal = Tmux(f"{sys.executable} -m deyermond_reader -i; echo $? > {done}; sleep 60")
    try:
        terminal.wait_until_quiet()
        terminal.send("/", *"Geneva", "Enter")  # before the app has drawn anything
        terminal.wait_for(f"match 1/{_printed(article, 80).count('Geneva')} for “Geneva”")
        terminal.send("q")
        assert wait_for_file(done) == "0"
        tty = subprocess.run([*terminal.tmux, "display", "-p", "#{pane_tty}"], capture_output=True,
                             text=True).stdout.strip()
        settings = subprocess.run(["stty", "-F", tty, "-a"], capture_output=True, text=True).stdout.split()
        assert "icrnl" in settings and "echo" in settings
    finally:
        terminal.close()
