"""The first screen drawn while Textual loads: the app's own screen, and a terminal given back intact."""

from __future__ import annotations

import asyncio
import fcntl
import os
import pty
import struct
import sys
import termios

import pytest

pytest.importorskip("textual")

from rich.style import Style

from deyermond_reader import build_article, cli
from deyermond_reader.interactive.firstscreen import (
    BODY,
    KEYBAR,
    SCROLLBAR,
    TOPBAR,
    FirstScreen,
    first_screen,
    paint,
)
from deyermond_reader.interactive.app import ReaderApp


def app_screen(article, size, start=None):
    """The rows the real app paints first, as (text, segments) per row."""
    async def main():
        app = ReaderApp(article, start)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            return list(app.screen._compositor.render_strips())

    return asyncio.run(main())


def row_text(row) -> str:
    return "".join(segment.text for segment in row)


def without_scrollbar(text: str, width: int) -> str:
    return text[:width - SCROLLBAR - 1] + text[width - 1:]


@pytest.mark.parametrize("size,start", [((80, 24), None), ((80, 24), 3), ((80, 24), 7),
                                        ((40, 20), None), ((40, 20), 5), ((120, 12), 2)])
def test_the_first_screen_is_the_apps_screen(article, size, start):
    width, height = size
    ours = [row_text(row) for row in first_screen(article, width, height, start)]
    theirs = [strip.text for strip in app_screen(article, size, start)]
    assert len(ours) == height
    assert ours[0] == theirs[0]  # the top bar, with the section the app opens at
    for number in range(1, height - 2):  # the article, but for the scrollbar's thumb
        assert without_scrollbar(ours[number], width) == without_scrollbar(theirs[number], width), number
    assert ours[height - 2] == theirs[height - 2]  # the (empty) status line
    assert ours[-1].strip() == "" and "Quit" in theirs[-1]  # the keys appear when they work


def test_a_short_article_has_no_scrollbar_and_the_full_width():
    article = build_article("# A note\n\nOne short paragraph that still wraps at forty columns, "
                            "just about.\n")
    ours = [row_text(row) for row in first_screen(article, 40, 12)]
    theirs = [strip.text for strip in app_screen(article, (40, 12))]
    assert ours[:-1] == theirs[:-1]


def test_the_colours_are_the_apps(article):
    ours = first_screen(article, 80, 24)
    theirs = app_screen(article, (80, 24))

    def background(row, column: int):
        at = 0
        for segment in row:
            at += segment.cell_length
            if at > column:
                return (segment.style or Style()).bgcolor
        raise AssertionError(column)

    for number, column in [(0, 0), (0, 40), (3, 0), (13, 10), (22, 5)]:
        assert background(ours[number], column) == background(theirs[number], column), (number, column)
    assert background(ours[0], 0) == Style.parse(TOPBAR).bgcolor
    assert background(ours[13], 10) == Style.parse(BODY).bgcolor
    assert background(ours[23], 70) == Style.parse(KEYBAR).bgcolor == background(theirs[23], 70)


def test_paint_draws_each_row_in_place_on_the_alternate_screen(article):
    painted = paint(first_screen(article, 80, 24))
    assert painted.startswith("\x1b[?1049h")
    assert "\x1b[?25l" in painted  # no cursor blinking in the text
    assert painted.count("\x1b[") > 24 and "\x1b[24;1H" in painted and "\x1b[25;1H" not in painted
    assert "\n" not in painted  # rows are placed, never scrolled


@pytest.fixture
def terminal(monkeypatch):
    """A pseudo-terminal standing in for stdin and stdout."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    tty_in = os.fdopen(os.dup(follower), "r")
    tty_out = os.fdopen(follower, "w", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", tty_in)
    yield tty_out, leader
    tty_in.close()
    tty_out.close()
    os.close(leader)


def read_all(leader: int) -> bytes:
    import select

    data = b""
    while select.select([leader], [], [], 0.2)[0]:
        data += os.read(leader, 65536)
    return data


def test_an_error_before_the_app_starts_gives_the_terminal_back(article, terminal):
    out, leader = terminal
    modes = termios.tcgetattr(sys.stdin.fileno())
    with pytest.raises(KeyboardInterrupt), FirstScreen(out) as first:
        first.show(paint(first_screen(article, 80, 24)))
        assert not termios.tcgetattr(sys.stdin.fileno())[3] & termios.ECHO  # keys wait, unechoed
        raise KeyboardInterrupt  # Ctrl-C while Textual loads
    written = read_all(leader)
    assert written.endswith(b"\x1b[?25h\x1b[?1049l")  # cursor back, main screen back
    assert termios.tcgetattr(sys.stdin.fileno()) == modes


def test_once_the_app_has_released_the_screen_it_is_not_left_twice(article, terminal):
    out, leader = terminal
    with FirstScreen(out) as first:
        first.show(paint(first_screen(article, 80, 24)))
        first.released = True  # what the app's driver reports when it stops
    assert b"\x1b[?1049l" not in read_all(leader)


def test_the_first_screen_comes_from_the_cache_the_second_time(terminal, monkeypatch):
    out, leader = terminal
    monkeypatch.setattr(sys, "__stderr__", out)  # the app draws on standard error
    shown: list[str] = []
    monkeypatch.setattr(FirstScreen, "show", lambda self, painted: shown.append(painted))
    from deyermond_reader.interactive import app as tui

    started: list[int | None] = []
    monkeypatch.setattr(tui, "run", lambda article, start, first: started.append(start))
    from deyermond_reader.interactive import firstscreen

    assert cli.main(["-i", "-s", "chaos"], stdout=out) == 0

    def not_drawn_again(*args):
        raise AssertionError("drawn again, not read from the cache")

    monkeypatch.setattr(firstscreen, "first_screen", not_drawn_again)
    assert cli.main(["-i", "-s", "chaos"], stdout=out) == 0
    assert started == [5, 5]
    assert len(shown) == 2 and shown[0] == shown[1]
    assert "5. Chaos and incompetence" in shown[0]
    read_all(leader)


def test_interactive_refuses_when_standard_error_is_not_the_terminal(terminal, monkeypatch, tmp_path):
    out, leader = terminal
    log = open(tmp_path / "err.log", "w")
    monkeypatch.setattr(sys, "__stderr__", log)  # deyermond-reader -i 2>err.log
    errors = __import__("io").StringIO()
    assert cli.main(["-i"], stdout=out, stderr=errors) == 2
    assert "draws on standard error" in errors.getvalue()
    log.close()
    assert read_all(leader) == b""  # nothing drawn, nothing to undo


def test_a_short_article_opened_at_a_section_is_drawn_as_the_app_draws_it():
    article = build_article("# Short\n\n## One\n\nFirst part.\n\n## Two\n\nSecond part.\n")
    ours = [row_text(row) for row in first_screen(article, 40, 20, 2)]
    theirs = [strip.text for strip in app_screen(article, (40, 20), 2)]
    assert ours[:-1] == theirs[:-1]


def test_the_collector_is_off_for_the_read_and_back_on_for_the_app(terminal, monkeypatch):
    """``entry`` turns cyclic garbage collection off for a run; the interactive app gets it back;
    at the end everything is frozen, out of the way of the collection at exit."""
    import gc

    from deyermond_reader.interactive import app as tui

    out, leader = terminal
    monkeypatch.setattr(sys, "__stderr__", out)
    monkeypatch.setattr(FirstScreen, "show", lambda self, painted: None)
    states: list[tuple[str, bool]] = []
    monkeypatch.setattr(tui, "run", lambda article, start, first: states.append(("app", gc.isenabled())))
    main = cli.main

    def reading():
        states.append(("read", gc.isenabled()))
        return main(["-i", "--no-cache"], stdout=out)

    monkeypatch.setattr(cli, "main", reading)
    assert cli.entry() == 0
    assert gc.get_freeze_count() > 0  # what is left is kept out of the collection at exit
    assert states == [("read", False), ("app", True)]
    read_all(leader)
