"""The interactive reader against hostile input: section names are text, never Textual markup (a
click must only jump), and a terminal shrunk to nothing is covered, not crashed."""

from __future__ import annotations

import asyncio
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("textual")

from textual.widgets import OptionList  # noqa: E402

from deyermond_reader import build_article  # noqa: E402
from deyermond_reader.pipeline import Depth
from deyermond_reader.interactive.app import GotoBox, ReaderApp  # noqa: E402

from terminal import Tmux, wait_for_file  # noqa: E402

HOSTILE_HEADINGS = [
    '[@click=app.screenshot("victim.txt","{tmp}")]Appendix: sources[/]',
    "[@click=app.quit]Quit now",
    '[link="file:///etc/passwd"]Passwords[/link]',
    "[/bold] closing tag",
    "[WIP] Plans for [beta] users",
    "[b]bold[/b] and [red on white]colour[/]",
]


def article_with_headings(headings: list[str]):
    body = "\n\n".join(f"## {heading}\n\nParagraph {number} of the text." for number, heading in
                       enumerate(headings, 1))
    return build_article(f"# Title\n\n{body}\n", depth=Depth.TEXT)


def prompts(option_list: OptionList) -> list[str]:
    """What each entry of a list shows, as plain text."""
    return [str(option_list.get_option_at_index(i).prompt) for i in range(option_list.option_count)]


def drive(article, check, size=(100, 30)):
    async def main():
        app = ReaderApp(article)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await check(app, pilot)
            return app.return_code, app.is_running

    return asyncio.run(main())


def test_hostile_headings_list_verbatim_and_a_click_only_jumps(tmp_path):
    headings = [h.format(tmp=tmp_path) for h in HOSTILE_HEADINGS]
    article = article_with_headings(headings)
    names = [s.name for s in article.sections]
    assert names == headings

    async def check(app, pilot):
        await pilot.press("t")
        await pilot.pause()
        toc = app.query_one("#toc", OptionList)
        assert prompts(toc) == [f"{n}. {name}" for n, name in enumerate(names, 1)]
        clicked = set()
        top = toc.content_region.y - toc.region.y  # the list's own padding above its entries
        for row in range(top, top + 3 * len(names)):  # click down the list: every entry only jumps
            await pilot.click(toc, offset=(3, row))
            await pilot.pause()
            await pilot.pause()
            assert app.is_running
            if toc.highlighted is not None:
                assert app.current_section == toc.highlighted + 1
                clicked.add(toc.highlighted)
        assert clicked == set(range(len(names)))
        await pilot.press("escape", "g")
        await pilot.pause()
        box = app.query_one(GotoBox)
        assert box.display
        listed = box.query_one("#goto-list", OptionList)
        assert prompts(listed) == [f"{n}. {name}" for n, name in enumerate(names, 1)]
        await pilot.click(listed, offset=(3, listed.content_region.y - listed.region.y + 2))
        await pilot.pause()
        await pilot.pause()
        assert app.is_running and not box.display
        assert listed.highlighted is not None and app.current_section == listed.highlighted + 1
        await pilot.press("g", *"[/bold]")
        await pilot.pause()
        assert box.matches[0].name == "[/bold] closing tag"
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_section == 4

    code, running = drive(article, check)
    assert running is False or code is None
    assert list(tmp_path.iterdir()) == []  # no screenshot was written


BRACKETED = st.lists(st.sampled_from(["[", "]", "/", "@", "=", "click", "app.quit", "link", "b", " ", "x",
                                      '"', "(", ")", "#", ":", "red"]), min_size=1, max_size=14).map("".join)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(BRACKETED, min_size=1, max_size=3, unique_by=lambda h: h.strip().casefold()))
def test_any_bracketed_heading_lists_verbatim_through_t_and_g(headings):
    headings = [h for h in headings if h.strip() and not h.strip().startswith("#")]
    if not headings:
        return
    article = article_with_headings(headings)
    names = [s.name for s in article.sections]

    async def check(app, pilot):
        await pilot.press("t")
        await pilot.pause()
        assert prompts(app.query_one("#toc", OptionList)) == [f"{s.number}. {s.name}" for s in article.sections]
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        listed = app.query_one("#goto-list", OptionList)
        assert prompts(listed) == [f"{s.number}. {s.name}" for s in article.sections]
        await pilot.press(*names[-1][:6], "enter")
        await pilot.pause()
        assert app.is_running

    drive(article, check, size=(80, 24))


SHRINKING = [[(3, 2), (1, 1)], [(30, 4), (3, 2)], [(19, 40)], [(2, 1), (10, 3), (1, 2)]]


@pytest.mark.parametrize("opened, sizes", list(zip([[], ["g"], ["t"], ["?"]], SHRINKING)))
def test_a_tiny_terminal_shows_too_small_and_recovers(opened, sizes):
    """Each overlay open as the terminal shrinks; an article of eight short sections (the size of
    the article is not what is tested: the op-ed's own resizing is in test_tui.py)."""
    from deyermond_reader.interactive.app import TooSmallScreen

    article = article_with_headings([f"Part {n}" for n in range(1, 9)])

    async def check(app, pilot):
        await shrink_and_grow(app, pilot, sizes)
        await pilot.resize_terminal(1, 1)
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()

    async def shrink_and_grow(app, pilot, sizes):
        await pilot.press(*opened)
        if opened == ["g"]:
            await pilot.press("escape")  # closed just before the terminal shrinks
        for size in sizes:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert isinstance(app.screen, TooSmallScreen)
            assert "Terminal too small" in str(app.screen.query_one("#too-small").render())
        await pilot.press("t", "g", "x", "]", "c", "/", "enter")  # covered: nothing but q does anything
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not isinstance(app.screen, TooSmallScreen)
        await pilot.press("escape", "escape")
        before = app.current_section
        await pilot.press("]")
        await pilot.pause()
        assert app.current_section == before + 1  # the reader answers keys again

    async def main():
        from deyermond_reader.interactive.app import ReaderApp

        app = ReaderApp(article)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await check(app, pilot)
        return app

    app = asyncio.run(main())
    assert app.return_code in (0, None)


@pytest.mark.skipif(shutil.which("tmux") is None or shutil.which("bash") is None, reason="needs tmux and bash")
def test_ctrl_z_suspends_and_fg_redraws(tmp_path):
    """In a real shell: Ctrl-Z gives the prompt back, ``fg`` brings the reader back, fully painted."""
    terminal = Tmux("bash --norc --noprofile")
    keys, wait_for = terminal.send, terminal.wait_for
    try:
        wait_for(lambda s: s.strip() != "")
        keys("PS1='prompt$ '", "Enter")
        wait_for(lambda s: "prompt$" in s)
        keys(f"{sys.executable} -m deyermond_reader -i", "Enter")
        wait_for(lambda s: "Quit" in s and "1. A summit in Alaska" in s)
        keys("C-z")
        wait_for(lambda s: "Stopped" in s)
        keys("fg", "Enter")
        shown = wait_for(lambda s: s.splitlines()[0].strip().startswith("1. A summit in Alaska")
                         and "Matryoshka dolls" in s and "Quit" in s)
        assert "Stopped" not in shown
        keys("q")
        wait_for(lambda s: s.rstrip().endswith("prompt$"))
        keys("echo status=$?", "Enter")
        wait_for(lambda s: "status=0" in s)
        # -i turned the echo off first thing and gave it back (bash's own line editing turns it
        # off while it waits, so the setting is read by a command, as programs see it)
        check_echo = "stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e -echo | sed 's/^/mode:/'"
        keys(check_echo, "Enter")
        wait_for(lambda s: "mode:echo" in s)
        keys("clear", "Enter")
        keys(f"{sys.executable} -m deyermond_reader -i -s nosuch", "Enter")  # an error before the app
        wait_for(lambda s: "no section matches" in s)
        keys(check_echo, "Enter")
        wait_for(lambda s: "mode:echo" in s)
        assert "mode:-echo" not in terminal.screen()
    finally:
        terminal.close()


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
def test_an_article_piped_into_the_interactive_reader_still_takes_keys(tmp_path):
    """``cat a.md | deyermond-reader - -i``: standard input is the pipe, keys come from the terminal."""
    done = tmp_path / "done"
    seed = Path(__file__).resolve().parents[1] / "seeds" / "trump-is-doing-putin-a-favor.md"
    terminal = Tmux(f"cat {seed} | {sys.executable} -m deyermond_reader - -i; echo $? > {done}")
    try:
        terminal.wait_for("Quit")
        terminal.open_and_close_help()
        terminal.send("q")
        assert wait_for_file(done) == "0"
    finally:
        terminal.close()
