"""The interactive reader, driven headless with Textual's pilot, and once for real in tmux."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import time
import uuid

import pytest

pytest.importorskip("textual")

from deyermond_reader.interactive.app import GotoScreen, HelpScreen, ReaderApp  # noqa: E402

from conftest import render_plain  # noqa: E402


def drive(article, keys_and_checks, size=(80, 24), start=None):
    """Run the app headless; ``keys_and_checks`` is an async function given (app, pilot)."""
    async def main():
        app = ReaderApp(article, start)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await keys_and_checks(app, pilot)
        return app

    return asyncio.run(main())


async def press(pilot, *keys: str) -> None:
    """Press the keys and let the app handle them."""
    await pilot.press(*keys)
    await pilot.pause()


def _heading_at_top(app, number: int) -> bool:
    view = app.view
    return abs(view.scroll_y - view.headings[number]) <= 1


def _screen_text(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def test_go_to_chaos_in_two_keystrokes_plus_the_word(article):
    async def check(app, pilot):
        await press(pilot, "g", *"chaos", "enter")
        assert app.current_section == 5 and _heading_at_top(app, 5)
        assert "5. Chaos and incompetence" in str(app.query_one("#topbar").render())

    drive(article, check)


def test_go_to_lists_matches_best_first_and_stays_open_without_one(article):
    async def check(app, pilot):
        await pilot.press("g", *"summit")
        screen = app.screen
        assert isinstance(screen, GotoScreen)
        assert [s.number for s in screen.matches] == [1, 2]
        await pilot.press("escape")
        assert not isinstance(app.screen, GotoScreen) and app.current_section == 1
        await pilot.press("g", *"[bold]qxqx")
        screen = app.screen
        assert screen.matches == []
        assert "No section matches “[bold]qxqx”" in str(screen.query_one("#goto-none").render())
        await pilot.press("enter")
        assert app.screen is screen
        await pilot.press("escape")
        assert not isinstance(app.screen, GotoScreen) and app.current_section == 1

    drive(article, check)


def test_go_to_by_number_and_typo(article):
    async def check(app, pilot):
        await press(pilot, "g", "6", "enter")
        assert app.current_section == 6
        await press(pilot, "g", *"kremlim", "enter")
        assert app.current_section == 6
        await press(pilot, "g", *"hostng", "enter")
        assert app.current_section == 3

    drive(article, check)


def test_next_and_previous_section(article):
    async def check(app, pilot):
        await press(pilot, "right_square_bracket")
        assert app.current_section == 2 and _heading_at_top(app, 2)
        await press(pilot, "right_square_bracket", "right_square_bracket")
        assert app.current_section == 4
        await press(pilot, "left_square_bracket")
        assert app.current_section == 3

    drive(article, check)


def test_header_follows_scrolling(article):
    async def check(app, pilot):
        await press(pilot, "end")
        assert app.current_section == 7
        await press(pilot, "home")
        assert app.current_section == 1
        before = app.query_one("#article").scroll_y
        await press(pilot, "j", "j")
        assert app.query_one("#article").scroll_y == before + 2
        await press(pilot, "space")
        assert app.query_one("#article").scroll_y > before + 10

    drive(article, check)


def test_contents_sidebar_toggles_and_jumps(article):
    async def check(app, pilot):
        assert not app.toc_visible
        await pilot.press("t")
        assert app.toc_visible
        await press(pilot, "down", "down", "enter")
        assert app.current_section == 3 and _heading_at_top(app, 3)
        await pilot.press("t")
        assert not app.toc_visible

    drive(article, check)


def test_contents_overlays_the_article_on_a_narrow_screen(article):
    async def check(app, pilot):
        await pilot.press("t")
        assert app.query_one("#toc").has_class("overlay")
        await press(pilot, "down", "down", "down", "enter")
        await pilot.pause()
        assert not app.toc_visible and app.current_section == 4

    drive(article, check, size=(40, 24))


def test_search_counts_and_steps_through_matches(article):
    expected = sum(b.text.lower().count("russia") for s in article.sections for b in s.blocks)

    async def check(app, pilot):
        await press(pilot, "slash", *"Russia", "enter")
        assert len(app.matches) == expected and app.match_index == 0
        status = str(app.query_one("#status").render())
        assert f"match 1/{expected} for “Russia”" in status
        await pilot.press("n", "n")
        assert app.match_index == 2
        await pilot.press("N")
        assert app.match_index == 1
        await press(pilot, "slash", *"Geneva", "enter")
        assert len(app.matches) == 1
        index, start, end = app.matches[0]
        assert app.view.parts[index][2].text[start:end] == "Geneva"
        assert "Geneva" in _screen_text(app)  # scrolled to it

    drive(article, check)


def test_search_without_match_says_so(article):
    async def check(app, pilot):
        await press(pilot, "slash", *"xyzzy", "enter")
        assert app.matches == [] and "no match for “xyzzy”" in str(app.query_one("#status").render())

    drive(article, check)


def test_claim_colours_toggle_with_legend(article):
    async def check(app, pilot):
        await pilot.press("c")
        assert app.claims and "prescription" in str(app.query_one("#status").render())
        await pilot.press("c")
        assert not app.claims and "prescription" not in str(app.query_one("#status").render())

    drive(article, check)


def test_help_shows_the_keys_and_quit_ends(article):
    async def check(app, pilot):
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await press(pilot, "q")

    app = drive(article, check)
    assert not app.is_running


def test_opens_at_a_section(article):
    async def check(app, pilot):
        await pilot.pause()
        assert app.current_section == 4 and _heading_at_top(app, 4)

    drive(article, check, start=4)


def test_same_annotations_as_the_printed_reader(article):
    async def check(app, pilot):
        view = app.view
        assert len(view.blocks()) == sum(len(s.blocks) for s in article.sections)
        callouts = [render_plain(part[3], 80) for part in view.parts if part[0] == "callout"]
        assert len(callouts) == 6 and "Reykjavík Summit" in callouts[1]
        assert "Fact note: the text says “Helsinki”" in callouts[1]
        shown = " ".join(strip.text for strip in view.lines)
        assert "Reykjavík Summit" in shown and "the text says “Helsinki”" in " ".join(shown.split())

    drive(article, check)


def test_every_word_reaches_the_screen_in_order(article, seed_text):
    from conftest import source_words, words_in_order

    async def check(app, pilot):
        shown = "\n".join(strip.text for strip in app.view.lines)
        ok, missing = words_in_order(source_words(seed_text), shown)
        assert ok, missing

    drive(article, check)


def test_a_long_article_searches_jumps_and_colours_like_the_op_ed(seed_text):
    from deyermond_reader import build_article

    long = build_article(seed_text * 20, annotate=True)
    expected = seed_text.count("Geneva") * 20

    async def check(app, pilot):
        await press(pilot, "slash", *"Geneva", "enter")
        assert len(app.matches) == expected
        await pilot.press("N")  # the last one, near the end
        await pilot.pause()
        assert app.match_index == expected - 1 and "Geneva" in _screen_text(app)
        await press(pilot, "end")
        assert app.view.scroll_y == app.view.max_scroll_y > 2000
        await press(pilot, "c")
        assert app.claims and len(app.view.lines) == app.view.virtual_size.height

    drive(long, check)


def test_the_text_is_laid_out_again_at_a_new_width(article):
    async def check(app, pilot):
        await press(pilot, "right_square_bracket", "right_square_bracket")
        wide = len(app.view.lines)
        await pilot.resize_terminal(50, 24)
        await pilot.pause()
        assert len(app.view.lines) > wide and app.view.text_width == 50 - 4
        assert app.current_section == 3  # still reading the same place

    drive(article, check)


def test_interactive_needs_a_terminal():
    from conftest import run_cli

    result = run_cli("-i")
    assert result.code == 2 and "needs a terminal" in result.err


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_real_terminal_in_tmux(tmp_path):
    """Run the real program in tmux: jump by name, search, quit to an intact shell."""
    socket = f"deyermond-{uuid.uuid4().hex[:8]}"
    tmux = ["tmux", "-L", socket]
    done = tmp_path / "done"
    command = f"{sys.executable} -m deyermond_reader -i; echo $? > {done}"
    env = {**os.environ, "TERM": "xterm-256color"}
    subprocess.run([*tmux, "new-session", "-d", "-x", "80", "-y", "24", command], check=True, env=env)

    def screen() -> str:
        return subprocess.run([*tmux, "capture-pane", "-p"], capture_output=True, text=True).stdout

    def wait_for(text: str, seconds: float = 15) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            shown = screen()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared:\n{screen()}")

    try:
        wait_for("1. A summit in Alaska")
        subprocess.run([*tmux, "send-keys", "g"], check=True)
        wait_for("Go to section")
        subprocess.run([*tmux, "send-keys", "chaos", "Enter"], check=True)
        shown = wait_for("But while the summit is a clear signal")
        assert shown.splitlines()[0].strip().startswith("5. Chaos and incompetence")
        subprocess.run([*tmux, "send-keys", "/"], check=True)
        subprocess.run([*tmux, "send-keys", "Geneva", "Enter"], check=True)
        wait_for("match 1/1 for “Geneva”")
        subprocess.run([*tmux, "send-keys", "q"], check=True)
        deadline = time.monotonic() + 10
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert done.read_text().strip() == "0"
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)


def test_the_scrollbar_comes_and_goes_with_the_height(article):
    async def check(app, pilot):
        view = app.view
        assert view.text_width == 80 - 4  # padding and scrollbar: the op-ed overflows 24 lines
        await pilot.resize_terminal(80, 400)
        await pilot.pause()
        assert len(view.lines) <= view.size.height and view.text_width == 80 - 2
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert view.text_width == 80 - 4

    drive(article, check)
