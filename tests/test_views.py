"""The annotated reading and the --claims, --summits, --timeline, --legend views."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from deyermond_reader.output.article import render_article
from deyermond_reader.pipeline import load_article

from conftest import render_plain, run_cli


def flat(text: str) -> str:
    """Whitespace runs as one space: justified lines and wrapping do not matter."""
    return " ".join(text.split())


def test_reference_is_marked_inline_and_called_out_after_its_paragraph(article):
    rendered = flat(render_plain(render_article(article), 80))
    assert "Helsinki summit[2!];" in rendered
    callout = rendered.index("┃ [2] Reykjavík Summit · 11–12 Oct 1986")
    assert rendered.index("Helsinki summit[2!]") < callout
    assert "Fact note: the text says “Helsinki”; the record says Reykjavík, Iceland." in rendered


def test_a_summit_referred_to_again_is_not_called_out_again(article):
    rendered = flat(render_plain(render_article(article), 80))
    assert rendered.count("[1] Alaska Summit") == 1
    assert len(re.findall(r"[\w'-]\[1\]", rendered)) == 10  # to the Alaska summit: 4 named, 6 resolved from context


def test_callouts_state_date_place_leaders_and_setting(article):
    rendered = flat(render_plain(render_article(article), 160))
    assert "[12] Washington and Crawford Summit · 13–15 Nov 2001" in rendered
    assert "George W. Bush, Vladimir Putin · U.S.-hosted" in rendered


@pytest.mark.parametrize("width", [20, 33, 40])
def test_every_view_stays_within_narrow_terminals(article, width):
    """Each view, not only the article, at widths narrower than its usual layout (cell widths)."""
    from rich.cells import cell_len

    from deyermond_reader.output import views
    from deyermond_reader.output.article import render_toc
    from deyermond_reader.annotate.summits import load_catalogue

    catalogue = load_catalogue()
    for name, view in (("article", render_article(article)), ("toc", render_toc(article)),
                       ("claims", views.render_claims(article)), ("summits", views.render_summits(article)),
                       ("all summits", views.render_summits(article, catalogue)),
                       ("timeline", views.render_timeline(article, catalogue)), ("legend", views.render_legend())):
        widest = max(cell_len(line) for line in render_plain(view, width).splitlines()
                     if line != article.source_url)  # the address stays whole
        assert widest <= width, name


def test_legend_under_the_title_and_via_flag():
    assert "[n!] the text differs from the record" in flat(run_cli("-w", "100").out)
    legend = run_cli("--legend").out
    for word in ("fact", "assessment", "attribution", "prediction", "prescription", "neutral ground"):
        assert word in legend


def test_no_annotations_is_the_bare_text():
    out = flat(run_cli("--no-annotations", "-w", "80").out)
    assert "[1]" not in out and "┃" not in out and "Fact note" not in out
    assert "Helsinki summit;" in out


def test_claims_view_counts_kinds():
    out = run_cli("--claims", "-w", "100").out
    assert "All 55 claims:" in out
    total = out[out.index("All 55 claims:"):]
    counts = {k: int(n) for k, n in re.findall(r"\b([a-z]+) (\d+)(?! low)", total)}
    lows = {k: int(n) for k, n in re.findall(r"\b([a-z]+) \d+ \((\d+) low\)", total)}
    sentences = [s for p in load_article().paragraphs for s in p.sentences]
    assert counts == dict(Counter(s.kind for s in sentences))
    assert lows == dict(Counter(s.kind for s in sentences if s.confidence == "low"))
    assert "(cue: needs to; confidence: high)" in out
    low = next(s for s in sentences if s.confidence == "low")
    assert f"{low.kind}?" in out  # a kind of low confidence is marked without colour too


def test_claims_of_one_section():
    out = run_cli("--claims", "-s", "wake", "-w", "100").out
    assert "7. A wake-up call for allies" in out and "1. A summit in Alaska" not in out
    assert "prediction" in out and "That will not be true in this case." in out


def test_summits_view_is_chronological_with_sections_and_notes():
    out = run_cli("--summits", "-w", "100").out
    years = [int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", out.split("\n\n[2]!")[0])]
    assert years == sorted(years) and years[0] == 1986 and years[-1] == 2025
    assert "13 summits" in out
    assert "[2]! place: the text says “Helsinki”; the record says Reykjavík, Iceland" in out


def test_summits_all_lists_the_whole_catalogue():
    from deyermond_reader.annotate.summits import load_catalogue

    out = run_cli("--summits", "--all", "-w", "120").out
    assert f"{len(load_catalogue())} summits" in out
    assert "Glassboro" in out and "Vladivostok" in out


def test_summits_at_forty_columns_are_a_list():
    out = run_cli("--summits", "-w", "40").out
    assert max(len(line) for line in out.splitlines()) <= 40
    assert "[1] Alaska Summit · 15 Aug 2025 · Anchorage" in flat(out)


@pytest.mark.parametrize("width", [80, 40])
def test_timeline_fits_and_marks_every_setting(width):
    out = run_cli("--timeline", "-w", str(width)).out
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= width
    axis = next(i for i, line in enumerate(lines) if "┴" in line)
    rows = lines[:axis]
    for hollow, filled in (("○", "●"), ("△", "▲"), ("▽", "▼"), ("◇", "◆")):
        assert any(hollow in row for row in rows) and any(filled in row for row in rows)
    assert "\x1b" not in out          # plain output: the symbols alone tell the settings apart
    assert "13 of" in flat(out) and "1960" in out and "2020" in out


def test_timeline_puts_1986_neutral_before_2025_us_hosted():
    out = run_cli("--timeline", "-w", "80").out.splitlines()
    neutral, hosted = out[2], out[3]
    assert neutral.startswith("neutral") and hosted.startswith("U.S.-hosted")
    assert hosted.rstrip().endswith("▲")   # Anchorage 2025 is the last column


def test_all_needs_summits():
    result = run_cli("--all")
    assert result.code == 2 and "--all goes with --summits" in result.err


def test_json_carries_kinds_references_and_summits():
    data = json.loads(run_cli("--json").out)
    sentences = [s for sec in data["sections"] for p in sec["paragraphs"] for s in p["sentences"]]
    assert all(s["kind"] and s["cue"] for s in sentences)
    refs = [r for s in sentences for r in s["references"]]
    assert len([r for r in refs if r["kind"] == "summit" and not r["resolved"]]) == 16
    assert {tuple(r["entries"]) for r in refs if r["resolved"]} == {("anchorage-2025",)}
    helsinki = next(r for r in refs if r["note"])
    assert helsinki["summits"] == ["reykjavik-1986"]
    assert helsinki["note"] == {"field": "place", "text_says": "Helsinki",
                                "record_says": "Reykjavík, Iceland",
                                "source": "https://en.wikipedia.org/wiki/Reykjav%C3%ADk_Summit"}
    for s in sentences:
        for r in s["references"]:
            if r["kind"] != "check":  # a check stands after its sentence, its verdict as its text
                assert s["text"][r["start"]:r["end"]] == r["text"]
    assert [x["id"] for x in data["summits"]][0] == "reykjavik-1986"
    assert set(data["summits"][0]) >= {"id", "name", "start", "end", "city", "venue", "country",
                                       "leaders", "setting", "significance", "source", "also",
                                       "places", "keywords"}


def test_summits_of_one_section():
    out = flat(run_cli("--summits", "-s", "hosting", "-w", "120").out)
    assert "Summits section 3 refers to" in out and "6 summits" in out
    assert "Reykjavík" not in out and "Hyde Park" in out


def test_a_section_read_alone_explains_markers_only_if_it_has_some(tmp_path):
    assert "[n!] the text differs" in flat(run_cli("-s", "2", "-w", "100").out)
    page = tmp_path / "page.md"
    page.write_text("# Notes\n\n## One\n\nReagan and Gorbachev met in Reykjavik in 1986.\n\n"
                    "## Two\n\nThe weather was fine.\n", "utf-8")
    alone = run_cli(str(page), "-s", "2", "-w", "100").out
    assert "[n!] the text differs" not in flat(alone) and "The weather was fine." in alone
    assert "[n!] the text differs" in flat(run_cli(str(page), "-s", "1", "-w", "100").out)
