"""The full-screen reader's key bar and its list of keys, at every width down to a phone's."""

from __future__ import annotations

import shutil
import sys

import pytest

pytest.importorskip("textual")

from deyermond_reader.interactive.app import KEYS, HelpScreen, ReaderApp  # noqa: E402

from terminal import Tmux, wait_for_file  # noqa: E402
from test_tui import _screen_text, drive, press  # noqa: E402

HELP_SPELLING = {"question_mark": "?", "slash": "/", "right_square_bracket": "]", "left_square_bracket": "[",
                 "up": "↑", "down": "↓", "pageup": "PgUp", "pagedown": "PgDn", "home": "Home", "end": "End",
                 "escape": "Esc", "ctrl+z": "Ctrl-Z", "backspace": "Backspace", "shift+n": "N", "shift+t": "T",
                 "shift+v": "V"}
"""How the ``?`` list writes Textual's key names."""


def _key_bar(app) -> str:
    return _screen_text(app).splitlines()[-1]


def test_the_key_bar_keeps_the_first_keys_with_short_labels_on_a_narrow_screen(article):
    async def check(app, pilot):
        bar = " ".join(_key_bar(app).split())
        assert bar.startswith("? Keys / Find g Go t TOC q Quit") and "palette" not in bar
        await press(pilot, "slash", "x", "enter")  # the short keys do what the long ones do
        assert app.search_text == "x"
        await press(pilot, "t")
        assert app.toc_visible
        await press(pilot, "t", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = app.screen.query_one("#help")
        await press(pilot, "down", "down")  # longer than the screen: it scrolls
        assert keys.scroll_y == 2 and keys.max_scroll_y > 2
        await press(pilot, "escape", "g", "3", "enter")
        assert app.current_section == 3
        await pilot.resize_terminal(20, 24)  # the narrowest the reader draws: ? still first
        await pilot.pause()
        assert " ".join(_key_bar(app).split()).startswith("? Keys / Find")
        await press(pilot, "q")
        assert not app.is_running

    drive(article, check, size=(40, 24))


def test_the_key_bar_has_full_labels_and_the_keys_help_at_every_wider_width(article):
    async def check(app, pilot):
        for width in (60, 80, 120, 200):
            await pilot.resize_terminal(width, 24)
            await pilot.pause()
            bar = " ".join(_key_bar(app).split())
            assert bar.startswith("? Keys / Search g Go to t Contents q Quit"), (width, bar)
            assert ("T Timeline" in bar) == (width >= 120)

    drive(article, check, size=(60, 24))


def test_the_keys_list_names_every_key_the_reader_takes():
    listed = {word for keys, _meaning in KEYS for word in keys.split()}
    for binding in ReaderApp.BINDINGS:
        for key in binding.key.split(","):
            assert HELP_SPELLING.get(key, key) in listed, key


def test_the_keys_list_keeps_a_hanging_indent_at_40_columns(article):
    async def check(app, pilot):
        await press(pilot, "question_mark")
        rows = [row for row in _screen_text(app).splitlines() if row.startswith("│")]
        column = rows[1].index("scroll a line")
        key_rows = continued = 0
        for row in rows[1:]:
            inside = row[2:column].rstrip()
            if inside:
                key_rows += 1
            elif row[column:].strip(" │▄▇▆▅▃▂▁█"):
                continued += 1
                assert row[:column].strip("│ ") == "", row  # a wrapped description keeps to its column
        assert key_rows >= 8 and continued >= 5

    drive(article, check, size=(40, 40))


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_real_terminal_key_bar_at_40_columns(tmp_path):
    done = tmp_path / "done"
    terminal = Tmux(f"{sys.executable} -m deyermond_reader -i; echo $? > {done}", size=(40, 24))
    try:
        def bottom_row(shown: str) -> str:
            rows = shown.split("\n")
            return " ".join(rows[23].split()) if len(rows) > 23 else ""

        terminal.wait_for(lambda shown: bottom_row(shown).startswith("? Keys / Find g Go t TOC q Quit"))
        terminal.open_and_close_help()
        terminal.send("q")
        assert wait_for_file(done) == "0"
    finally:
        terminal.close()
