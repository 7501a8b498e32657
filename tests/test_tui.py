"""The interactive reader, driven headless with Textual's pilot, and once for real in tmux."""

from __future__ import annotations

import asyncio
import shutil
import sys

import pytest

pytest.importorskip("textual")

from deyermond_reader.interactive.app import GotoBox, HelpScreen, ReaderApp  # noqa: E402

from conftest import render_plain  # noqa: E402
from terminal import Tmux, wait_for_file  # noqa: E402


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
        box = app.query_one(GotoBox)
        assert box.display and app.focused is box.query_one("#goto-input")
        assert [s.number for s in box.matches] == [1, 2]
        await pilot.press("escape")
        assert not box.display and app.focused is app.view and app.current_section == 1
        await pilot.press("g", *"[bold]qxqx")
        assert box.matches == []
        assert "No section matches “[bold]qxqx”" in str(box.query_one("#goto-none").render())
        assert not box.query_one("#goto-list").display  # no empty list frame under the message
        await pilot.press("enter")
        assert box.display
        await pilot.press("escape")
        assert not box.display and app.current_section == 1

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


def _printed(article, width: int) -> str:
    """The printed reader's article at ``width``: what the full-screen one shows too."""
    from deyermond_reader.output.article import render_article

    return render_plain(render_article(article), width)


def test_search_counts_and_steps_through_matches(article):
    expected = _printed(article, 76).lower().count("russia")

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
        assert len(app.matches) == _printed(article, 80).count("Geneva")  # text, callouts, check rows
        [(line, start, end)] = app.matches[0]
        assert app.view.lines[line].text[start:end] == "Geneva"
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
        assert "unsure" in str(app.query_one("#status").render())  # low confidence, in few letters
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
        lines = _printed(article, 80).split("\n")
        boxes = sum(1 for above, line in zip([""] + lines, lines) if line.startswith("┃") and not above.startswith("┃"))
        assert len(callouts) == boxes > 6
        reykjavik = next(c for c in callouts if "Reykjavík Summit" in c)
        assert "Fact note: the text says “Helsinki”" in reykjavik
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

    long = build_article(seed_text * 20)
    expected = _printed(long, 76).count("Geneva")

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
    assert result.code == 1 and "needs a terminal" in result.err


def _top_lines(shown: str) -> list[str]:
    return [line.strip() for line in (shown.splitlines() + [""] * 4)[:4]]


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
@pytest.mark.parametrize("early, section, first_words", [
    (("]", "]", "]"), "4. Trump's turn toward Moscow", "That changed with the reelection"),
    (("End",), "7. A wake-up call for allies", "Original url"),
])
def test_real_terminal_takes_every_key_of_a_burst(tmp_path, article, early, section, first_words):
    """The real program in tmux. Keys typed while it starts are all applied once it has, the page
    and the top bar agreeing, and are not echoed; each later command is typed as one burst."""
    done = tmp_path / "done"
    terminal = Tmux(f"{sys.executable} -m deyermond_reader -i; echo $? > {done}")
    try:
        terminal.wait_until_quiet()
        terminal.send(*early)  # while Textual loads: before the app has drawn anything
        terminal.wait_for(lambda s: _top_lines(s)[0].startswith(section) and first_words in s)
        terminal.send("g", *"chaos", "Enter")
        terminal.wait_for(lambda s: _top_lines(s)[0].startswith("5. Chaos and incompetence")
                          and "is a clear signal of the shift" in " ".join(s.split()))  # justified: spaces vary
        terminal.send("g", "3", "Enter")
        terminal.wait_for(lambda s: _top_lines(s)[0].startswith("3. Hosting as a signal")
                          and "3. Hosting as a signal" in _top_lines(s)[1:])
        terminal.send("/", *"Geneva", "Enter")
        terminal.wait_for(f"match 1/{_printed(article, 80).count('Geneva')} for “Geneva”")
        terminal.send("q")
        assert wait_for_file(done) == "0"
        after = terminal.screen()
        assert "]" not in after and "End" not in after and "chaos" not in after  # nothing was echoed
    finally:
        terminal.close()


def test_the_scrollbar_comes_and_goes_with_the_height(article):
    async def check(app, pilot):
        view = app.view
        assert view.text_width == 80 - 4  # padding and scrollbar: the op-ed overflows 24 lines
        await pilot.resize_terminal(80, 600)
        await pilot.pause()
        assert len(view.lines) <= view.size.height and view.text_width == 80 - 2
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert view.text_width == 80 - 4

    drive(article, check)


def test_claim_kinds_are_found_when_the_colours_are_first_shown():
    """-i opens without claim kinds (a second on a 2 MB text); `c` finds them, and the letters
    of a screen without colour show each kind and its confidence."""
    from deyermond_reader.pipeline import Depth, load_article
    from deyermond_reader.interactive.app import ReaderApp

    from deyermond_reader.modes import view_named

    assert view_named("interactive").depth == Depth.REFERENCES
    opened = load_article(depth=Depth.REFERENCES)
    assert not any(s.kind for p in opened.paragraphs for s in p.sentences)

    async def check(app, pilot):
        view = app.view
        await press(pilot, "c")
        sentences = [s for _, item in view.blocks() for s in getattr(item, "sentences", ())]
        assert sentences and all(s.kind for s in sentences)
        assert any(s.confidence == "low" for s in sentences)

    drive(opened, check)


def test_v_steps_from_one_check_to_the_next_and_back(article):
    """`v` brings each check's callout to the top in reading order (as far as the page scrolls);
    `V` goes back to the one before; `b` returns."""
    from deyermond_reader.interactive.app import CHECK_CALLOUT

    async def check(app, pilot):
        view = app.view
        rows = [i for i, strip in enumerate(view.lines) if CHECK_CALLOUT.match(strip.text)]
        assert len(rows) == len(article.checks)
        for row in rows:
            await press(pilot, "v")
            assert round(view.scroll_y) == min(row, round(view.max_scroll_y))
        last = round(view.scroll_y)
        await press(pilot, "V")
        assert round(view.scroll_y) == max(r for r in rows if r < last)
        await press(pilot, "b")
        assert round(view.scroll_y) == last

    drive(article, check, size=(80, 24))
