"""The full-screen reader's jumps and the places it comes back to: go-to, back, and the summit
table and timeline screens over the article."""

from __future__ import annotations

import pytest

pytest.importorskip("textual")

from deyermond_reader.interactive.app import GotoBox, SummitsScreen, TimelineScreen  # noqa: E402

from test_tui import _heading_at_top, _screen_text, drive, press  # noqa: E402


def test_enter_in_an_empty_go_to_box_goes_nowhere_and_b_there_is_typing(article):
    async def check(app, pilot):
        await press(pilot, "right_square_bracket", "right_square_bracket")
        top = app.view.scroll_y
        await press(pilot, "g", "enter")
        box = app.query_one(GotoBox)
        assert box.display and app.current_section == 3 and app.view.scroll_y == top
        await press(pilot, "b", "backspace", "enter")  # typed and rubbed out, not a way back: still empty
        assert box.display and app.view.scroll_y == top
        await press(pilot, "escape")
        assert not box.display and app.current_section == 3

    drive(article, check)


def test_back_retraces_every_kind_of_jump(article):
    async def check(app, pilot):
        await press(pilot, "j", "j")
        start = app.view.scroll_y
        await press(pilot, "g", "5", "enter", "left_square_bracket")  # to 5, then 4
        await press(pilot, "t", "down", "down", "enter")  # the contents: to 6
        await pilot.pause()
        app.find("Geneva")  # a search's jump: section 2
        assert app.current_section == 2
        await press(pilot, "t", "b")  # the contents closed, the article has the keys again
        assert app.current_section == 6 and _heading_at_top(app, 6)
        await press(pilot, "backspace")
        assert app.current_section == 4 and _heading_at_top(app, 4)
        await press(pilot, "b")
        assert app.current_section == 5 and _heading_at_top(app, 5)
        await press(pilot, "b", "b")  # and where it began; nothing further back: it stays
        assert app.view.scroll_y == start and app.back_stack == []

    drive(article, check)


def test_summit_table_and_timeline_open_over_the_article_and_close_back_to_it(article):
    async def check(app, pilot):
        await press(pilot, "g", "4", "enter", "j")
        top = app.view.scroll_y
        for key, screen, close, shown in (
                ("s", SummitsScreen, "escape", ["Summits the article refers to", "[2]! 11–12 Oct", "Reykjavík Summit"]),
                ("T", TimelineScreen, "q", ["Summits 1955-2025", "USSR/Russia", "multilateral"])):
            await press(pilot, key)
            assert isinstance(app.screen, screen)
            text = " ".join(_screen_text(app).split())
            assert all(words in text for words in shown), text
            await press(pilot, "c", "right_square_bracket")  # the article's keys stand aside
            await press(pilot, close)
            assert not isinstance(app.screen, screen) and app.is_running
            assert app.view.scroll_y == top and not app.claims and app.current_section == 4
        await press(pilot, "s")
        scroll = app.screen.query_one("#view-scroll")
        assert scroll.max_scroll_y > 0  # longer than the screen: it scrolls
        await press(pilot, "j", "j", "k")
        assert scroll.scroll_y == 1
        await press(pilot, "space")
        assert scroll.scroll_y > 5
        pages = []
        for _ in range(12):  # page by page to the end
            await press(pilot, "space")
            pages.append(_screen_text(app))
        assert scroll.scroll_y == scroll.max_scroll_y
        assert any("the text says “Helsinki”" in page for page in pages)  # the notes, then what is left out
        assert "Not mentioned" in " ".join(pages) and "Armistice" in pages[-1]
        await press(pilot, "s")  # its own key closes it too
        assert not isinstance(app.screen, SummitsScreen) and app.view.scroll_y == top

    drive(article, check, size=(80, 16))


def test_a_chosen_width_narrows_the_text_column(article):
    """``-w`` (or the config's width) is the column's greatest width in the full-screen reader too."""
    import asyncio

    from deyermond_reader.interactive.app import ReaderApp

    async def main():
        app = ReaderApp(article, measure=60)
        async with app.run_test(size=(200, 30)) as pilot:
            await pilot.pause()
            view = app.view
            drawn = [view.lines[n].text.rstrip() for n in range(len(view.lines))]
            return view.text_width, max(len(line) for line in drawn)

    width, widest = asyncio.run(main())
    assert width == 60 and 50 < widest <= 60


def test_a_newline_ends_the_go_to_and_search_boxes_like_enter(article):
    """Keys typed while the reader starts come before the terminal leaves line mode, with Enter
    turned into a newline (ctrl+j): "g chaos Enter" typed in that burst must still jump."""
    async def check(app, pilot):
        await press(pilot, "g", "c", "h", "a", "o", "s", "ctrl+j")
        assert not app.query_one(GotoBox).display and app.current_section == 5 and _heading_at_top(app, 5)
        await press(pilot, "slash", *"humiliation", "ctrl+j")
        assert "match 1/1" in _screen_text(app)

    drive(article, check)
