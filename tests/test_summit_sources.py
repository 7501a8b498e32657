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
    # every summit and event called out, and the fact note's own source
    assert plain.count("┃ Source: ") == len(article.summits) + len(article.entries("event")) + 1


SYMBOLS = {"○": ("neutral", False), "●": ("neutral", True), "△": ("us-hosted", False),
           "▲": ("us-hosted", True), "▽": ("russia-hosted", False), "▼": ("russia-hosted", True),
           "◇": ("multilateral", False), "◆": ("multilateral", True)}


def drawn_timeline(article, width: int):
    """The plain timeline at a width: its chart lines (above the axis) and the text below."""
    from deyermond_reader.output.views import render_timeline

    lines = render_plain(render_timeline(article, load_catalogue()), width).splitlines()
    axis = next(i for i, line in enumerate(lines) if "┴" in line)
    first = next(i for i, line in enumerate(lines) if i > 0 and not line.strip()) + 1  # below the title
    return lines[first:axis], "\n".join(lines[axis:])


@pytest.mark.parametrize("width", [20, 40, 60, 80, 120])
def test_the_timeline_draws_every_meeting_its_caption_and_legend_count(article, width):
    chart, below = drawn_timeline(article, width)
    drawn = {(setting, filled): 0 for setting, filled in SYMBOLS.values()}
    for line in chart:
        for char in line:
            if char in SYMBOLS:
                drawn[SYMBOLS[char]] += 1
    flat_below = " ".join(below.split())
    referred, total = map(int, re.search(r"refers to \((\d+) of (\d+)\)", flat_below).groups())
    assert sum(drawn.values()) == total == len(load_catalogue())
    assert sum(n for (_, filled), n in drawn.items() if filled) == referred == len(article.summits)
    for setting, label in (("neutral", "neutral ground"), ("us-hosted", "U.S.-hosted"),
                           ("russia-hosted", "USSR/Russia-hosted"), ("multilateral", "multilateral margins")):
        shown = int(re.search(rf"{re.escape(label)} \((\d+)\)", flat_below).group(1))
        assert drawn[setting, False] + drawn[setting, True] == shown, setting


@pytest.mark.parametrize("width", [20, 40, 60, 80, 120])
def test_timeline_rows_are_labelled_with_words(article, width):
    chart, _ = drawn_timeline(article, width)
    labels = [line.split()[0] for line in chart if line and not line[0].isspace()]
    assert len(labels) == 4
    assert all(re.fullmatch(r"[A-Za-z./-]{2,}", label) and any(c.isalpha() for c in label) for label in labels)
    assert not any(char in SYMBOLS for label in labels for char in label)
    assert len(set(labels)) == 4


def test_two_meetings_in_one_column_are_both_drawn():
    """Hamburg 2017's meeting and dinner conversation fall in one column: two filled symbols, stacked."""
    from deyermond_reader.output.views import Timeline

    catalogue = load_catalogue()
    both = {"hamburg-2017": 5, "hamburg-2017-dinner": 6}
    timeline = Timeline(catalogue, both)
    for width in (40, 80, 120):
        axis = timeline.layout(width)[1]
        piles = [p for p in timeline.piles("multilateral", axis) if {s.id for s in p} & set(both)]
        assert len(piles) == 1 and [s.id in both for s in piles[0][:2]] == [True, True]
    chart = render_plain(timeline, 80).splitlines()
    assert sum(line.count("◆") for line in chart) == 2


def summits_output(article, width: int, everything: bool = False) -> str:
    from deyermond_reader.output.views import render_summits

    return render_plain(render_summits(article, load_catalogue() if everything else None), width)


@pytest.mark.parametrize("width", [40, 60, 72, 80, 120])
def test_summits_rows_name_each_meeting_with_its_source_and_lose_no_word(article, width):
    from rich.cells import cell_len

    out = summits_output(article, width)
    assert max(cell_len(line) for line in out.splitlines()) <= width
    words = re.findall(r"[\w'.-]+", out)
    joined = "".join(out.split())
    for summit in article.summits:
        for word in re.findall(r"[\w'.-]+", summit.name):
            assert word in words, (summit.id, word)
        assert short_address(summit.source).replace(" ", "") in joined, summit.id  # broken only at slashes
    for word in ("Reykjavík", "Gorbachev", "Yeltsin", "Medvedev", "Anchorage", "Buenos", "Aires"):
        assert word in words
    assert "\x1b" not in out


@pytest.mark.parametrize("width", [40, 120])
def test_hamburg_2017_rows_are_told_apart_by_name(article, width):
    out = " ".join(summits_output(article, width).split())
    assert "Trump-Putin meeting at the Hamburg G20" in out
    assert "Trump-Putin conversation at the Hamburg G20 leaders' dinner" in out


def test_meetings_sharing_dates_and_place_have_distinct_names():
    seen: dict[tuple, set[str]] = {}
    for summit in load_catalogue():
        names = seen.setdefault((summit.start, summit.end, summit.city, summit.country), set())
        assert summit.name not in names, summit.id
        names.add(summit.name)
    assert len(seen[load_catalogue()[0].start, load_catalogue()[0].end, "Geneva", "Switzerland"]) == 1


def test_the_loader_refuses_two_meetings_of_one_date_and_place_under_one_name(tmp_path):
    from deyermond_reader.errors import ReaderError

    from deyermond_reader.annotate.registry import annotation_kind

    source = annotation_kind("summit").catalogue_path.read_text(encoding="utf-8")
    broken = source.replace('name = "Trump-Putin conversation at the Hamburg G20 leaders\' dinner"',
                            'name = "Trump-Putin meeting at the Hamburg G20"')
    assert broken != source
    path = tmp_path / "summits.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ReaderError, match="hamburg-2017-dinner.*same name"):
        load_catalogue(path)


@pytest.mark.parametrize("width", [40, 80, 120])
def test_the_two_bushes_are_named_apart(article, width, monkeypatch):
    """Every row with a Bush says which one: as many bare "Bush" names as rows with either. (A
    source's address may say "Bush", and a table may break it anywhere: here sources are one
    address that says nothing.)"""
    import deyermond_reader.output.views as views

    monkeypatch.setattr(views, "short_address", lambda url, *limit: "example.org/source")
    out = " ".join(summits_output(article, width, everything=True).split())
    elder = sum("George H. W. Bush" in s.leaders for s in load_catalogue())
    younger = sum("George W. Bush" in s.leaders for s in load_catalogue())
    assert len(re.findall(r"\b(?:G\.|George) H\. W\. Bush\b", out)) >= elder
    assert len(re.findall(r"\b(?:G\.|George) W\. Bush\b", out)) >= younger
    if width < 72:  # a list: leaders by their full names
        return
    unqualified = re.sub(r"\b(?:G\.|George) (?:H\. )?W\. Bush\b", "", out)
    assert not re.search(r"\bBush\b", unqualified)


def test_leader_names_keep_surnames_unless_two_leaders_share_one():
    from deyermond_reader.output.views import leader_names

    names = leader_names(load_catalogue())
    assert names["George H. W. Bush"] == "G. H. W. Bush" and names["George W. Bush"] == "G. W. Bush"
    assert names["Mikhail Gorbachev"] == "Gorbachev" and names["Dwight D. Eisenhower"] == "Eisenhower"
    assert len(set(names.values())) == len(names)


def test_the_timeline_list_tells_meetings_of_one_year_and_city_apart(article):
    out = " ".join(drawn_timeline(article, 80)[1].split())
    assert "[5] 2017 Hamburg meeting" in out and "[6] 2017 Hamburg encounter" in out
    assert "[2] 1986 Reykjavík " in out  # alone in its year and city: no word added
