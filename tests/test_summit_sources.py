"""Sources on callouts and --summits rows, leaders told apart, and a timeline that draws every meeting."""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

from deyermond_reader.annotate.summits import load_catalogue
from deyermond_reader.output.article import render_article, short_address, summit_callout
from deyermond_reader.output.theme import make_theme

from conftest import render_plain


def terminal_segments(renderable, width: int = 80):
    """The segments a colour terminal would receive, with their styles (links included)."""
    console = Console(file=io.StringIO(), width=width, color_system="truecolor", force_terminal=True,
                      theme=make_theme(), markup=False, highlight=False, emoji=False, legacy_windows=False)
    return list(console.render(renderable, console.options))


def terminal_output(renderable, width: int = 80) -> str:
    console = Console(file=io.StringIO(), width=width, color_system="truecolor", force_terminal=True,
                      theme=make_theme(), markup=False, highlight=False, emoji=False, legacy_windows=False)
    console.print(renderable)
    return console.file.getvalue()


@pytest.mark.parametrize("url, short", [
    ("https://en.wikipedia.org/wiki/Reykjav%C3%ADk_Summit", "wikipedia.org/wiki/Reykjavík_Summit"),
    ("https://www.example.com/a/b?x=1#top", "example.com/a/b"),
    ("http://history.state.gov./historicaldocuments/frus1958-60v10p1/d108",
     "history.state.gov/…/frus1958-60v10p1/d108"),
    ("https://abcnews.go.com/International/obama-putin-talked-syria-corner-leaders-watched/story?id=20176424",
     "abcnews.go.com/…/obama-putin-talked-syria…"),
])
def test_a_source_is_shown_as_host_and_path(url, short):
    assert short_address(url) == short


def test_every_catalogue_source_has_a_short_form_within_the_limit():
    for summit in load_catalogue():
        short = short_address(summit.source)
        assert 8 <= len(short) <= 48 and "://" not in short and not short.startswith("www."), summit.id


def test_control_characters_in_a_source_are_shown_not_obeyed():
    assert short_address("https://x.org/a%1b]8;;evil%07/b") == "x.org/a␛]8;;evil␇/b"
    summit = load_catalogue()[0]._replace(source="https://x.org/\x1b[31mred")
    segments = terminal_segments(summit_callout(summit, 1))
    assert not any("\x1b" in s.text for s in segments)
    assert not any(s.style and s.style.link for s in segments)  # no link to an address with an escape in it


def test_every_callout_carries_its_source_as_a_link_on_a_terminal(article):
    segments = terminal_segments(render_article(article), 80)
    linked: dict[str, str] = {}
    for segment in segments:
        if segment.style and segment.style.link:
            linked[segment.style.link] = linked.get(segment.style.link, "") + segment.text
    for summit in article.summits:
        assert short_address(summit.source) in linked.get(summit.source, ""), summit.id
    assert "\x1b]8;" in terminal_output(render_article(article), 80)  # OSC 8, as the terminal receives it


def test_a_callout_source_is_short_text_only_when_piped(article):
    plain = render_plain(render_article(article), 80)
    assert "\x1b" not in plain
    assert "┃ Source: rtvslo.si/…/bush-saw-putin-s-soul-in-slovenia" in plain
    assert "https://www.rtvslo.si" not in plain
    assert plain.count("┃ Source: ") == len(article.summits) + 1  # and the fact note's own source
