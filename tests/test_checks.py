"""Checks of the op-ed's general claims, dated events and what an article leaves out."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from deyermond_reader import build_article
from deyermond_reader.annotate.events import EventMatcher, load_events
from deyermond_reader.annotate.summits import load_catalogue
from deyermond_reader.check.questions import answer
from deyermond_reader.check.terms import load_terms
from deyermond_reader.errors import ReaderError
from deyermond_reader.model import Sentence

from conftest import render_plain, run_cli

OP_ED_DATE = dt.date(2025, 8, 14)


def checks_of(article):
    return {c.id: c for c in article.checks}


def test_every_check_of_the_op_ed_has_its_verdict_evidence_and_sources(article):
    checks = checks_of(article)
    assert {c: checks[c].verdict for c in checks} == {
        "early-meetings": "supported", "tension-neutral": "partly supported", "margins-often": "supported",
        "last-on-us-soil": "supported", "denied-recognition": "partly supported",
        "relations-poor-2001": "supported", "russia-recognition": "partly supported",
        "host-signal": "partly supported", "g8-readmit": "supported"}
    assert checks["last-on-us-soil"].evidence == ("honolulu-2011", "new-york-2015")
    assert checks["denied-recognition"].evidence == ("helsinki-2018", "geneva-2021")
    assert set(checks["tension-neutral"].evidence) >= {"reykjavik-1986", "kranj-2001", "geneva-2021",
                                                       "camp-david-1959", "glassboro-1967"}
    assert "george-w-bush" not in checks["early-meetings"].evidence
    assert checks["early-meetings"].evidence[:3] == ("marsaxlokk-1989", "camp-david-1992", "vancouver-1993")
    for check in checks.values():
        assert check.sources and all(s.startswith("http") for s in check.sources)
        assert check.sentence in {s.text for p in article.paragraphs for s in p.sentences}
    assert not checks["relations-poor-2001"].computed and checks["last-on-us-soil"].computed


def test_a_brief_encounter_is_not_a_first_meeting():
    """Trump's first meeting with Putin is Hamburg's formal talks, not the dinner conversation."""
    question = {"ask": "first-meetings", "filter": {"format": ["bilateral", "margins"],
                                                    "offices": ["U.S. president"], "terms_from": dt.date(2017, 1, 1),
                                                    "terms_to": dt.date(2017, 12, 31)}}
    result = answer(question, load_catalogue(), load_terms(), OP_ED_DATE)
    assert result.evidence == ("hamburg-2017",)


def test_a_check_follows_the_catalogue(article):
    """Add a bilateral U.S.-hosted meeting after 2010 to a fixture catalogue: the claim that the 2010
    visit was the last outside multilateral events is no longer borne out."""
    catalogue = load_catalogue()
    extra = catalogue[0]._replace(id="washington-2013", start=dt.date(2013, 5, 1), end=dt.date(2013, 5, 1),
                                  country="United States", setting="us-hosted", format="bilateral")
    question = {"ask": "meetings", "filter": {"country": ["United States"], "from": dt.date(2010, 6, 25)},
                "expect": {"all": {"setting": ["multilateral"]}}}
    assert answer(question, catalogue, load_terms(), OP_ED_DATE).verdict == "supported"
    changed = answer(question, tuple(sorted(catalogue + (extra,), key=lambda s: s.start)), load_terms(), OP_ED_DATE)
    assert changed.verdict == "partly supported" and "washington-2013" in changed.evidence
    none = {"ask": "meetings", "filter": {"country": ["United States"], "from": dt.date(2010, 6, 25),
                                          "format": ["bilateral"]}, "expect": {"none": True}}
    assert answer(none, catalogue, load_terms(), OP_ED_DATE).verdict == "supported"
    assert answer(none, catalogue + (extra,), load_terms(), OP_ED_DATE).verdict == "not supported"


EVENTS_IN_THE_OP_ED = {
    "International Criminal Court arrest warrant": "icc-arrest-warrant-putin-2023",
    "used to be Russian territory": "alaska-purchase-1867",
    "2014 expulsion": "russia-g8-exclusion-2014",
    "Chechen war": "first-chechen-war",
    "annexation of Crimea": "crimea-annexation-2014",
    "2016 election interference": "russian-interference-2016-us-election",
    "full-scale invasion of Ukraine": "russian-full-scale-invasion-of-ukraine-2022",
    "returned to the White House": "trump-second-inauguration-2025",
    "80 years of alliance": "start-of-us-europe-alliance-1945",
    "very severe tariffs”": "trump-50-day-tariff-threat-2025",
    "10–12 days": "trump-deadline-cut-to-10-12-days-2025",
    "Aug. 8": "trump-august-8-deadline-2025",
    "announce the Alaska summit": "alaska-summit-announcement-2025",
    "a meeting is not a concession": "rubio-meeting-not-a-concession-2025",
}


def test_every_event_of_the_op_ed_is_found_at_its_phrase_without_a_note(article):
    found = {r.text: r.entries for p in article.paragraphs for s in p.sentences for r in s.references
             if r.kind == "event"}
    for phrase, event in EVENTS_IN_THE_OP_ED.items():
        assert event in found[phrase], phrase
    assert set(found["readmit Russia to the G8"]) == {"trump-g7-russia-readmission-2018",
                                                      "trump-g7-russia-readmission-2019",
                                                      "trump-g7-russia-invitation-2020"}
    assert not [r for p in article.paragraphs for s in p.sentences for r in s.references
                if r.kind == "event" and r.note is not None]


def events_in(text: str, today: dt.date | None = OP_ED_DATE):
    return EventMatcher(load_events(), today).find(Sentence(text, 0, len(text)), today)


@pytest.mark.parametrize("text", [
    "The war dragged on through the winter.",                    # "the war" names many wars
    "The invasion was a disaster for the army.",
    "Police served an arrest warrant on the mayor.",             # no ICC, no Putin
    "He returned to the White House from Camp David on Sunday.",  # any president, any trip
    "The deadline is Aug. 8 for the filing of tax returns.",     # an Aug. 8 deadline, but not the one
    "The union gave the company 10–12 days before the deadline ran out.",
    "Obama was elected in 2008 amid meddling claims in a local race.",
])
def test_generic_mentions_are_not_events(text):
    assert events_in(text) == ()


def test_an_event_after_the_article_s_date_is_never_linked():
    assert events_in("The full-scale invasion changed Europe.", dt.date(2021, 1, 1)) == ()
    assert events_in("The full-scale invasion changed Europe.", dt.date(2023, 1, 1))[0].entries == (
        "russian-full-scale-invasion-of-ukraine-2022",)


def test_event_notes_come_only_from_the_phrase_s_own_words():
    [slip] = events_in("After the 2021 invasion of Ukraine, sanctions followed.")
    assert slip.note is not None and slip.note.field == "year" and slip.note.text_says == "2021"
    assert events_in("After the 2014 invasion of Ukraine, sanctions followed.") == ()  # another event
    [months] = events_in("In March, Trump threatened Russia with very severe tariffs.")
    assert months.note is not None and months.note.field == "date" and months.note.text_says == "March"
    assert events_in("In July, Trump threatened Russia with very severe tariffs.")[0].note is None
    [duration] = events_in("It is eleven years after the annexation of Crimea.", dt.date(2030, 6, 1))
    assert duration.note is not None and duration.note.field == "duration"
    assert events_in("It is eleven years after the annexation of Crimea.", dt.date(2025, 8, 14))[0].note is None
    assert events_in("That ended 80 years of alliance with Europe.")[0].note is None


def test_the_op_ed_leaves_out_trump_s_other_meetings_with_putin(article):
    left = set(article.omitted)
    assert {"helsinki-2018", "osaka-2019", "da-nang-2017", "paris-2018"} <= left
    assert not left & {r for located in article.references("summit") for r in located.reference.entries}
    assert "anchorage-2025" not in left and "geneva-2021" not in left


def test_what_a_fixture_article_leaves_out():
    article = build_article("# Reagan and Gorbachev\n\nReagan and Gorbachev met in Reykjavik in 1986.\n\n"
                            "Their last summit was the 1988 Moscow summit.\n")
    assert set(article.omitted) == {"washington-1987", "new-york-1988"}  # 1986 to 1988, not referred to
    assert build_article("# Notes\n\nNothing about summits.\n").omitted == ()


def test_checks_views_json_and_narrow_rendering():
    out = run_cli("--checks", "-w", "100").out
    assert "9 checks: 5 supported, 4 partly supported" in " ".join(out.split())
    assert "Not mentioned" in out and "brief encounters" in out
    assert "[◐ partly]" in run_cli("-w", "40").out
    narrow = run_cli("--checks", "-w", "40").out
    assert max(len(line) for line in narrow.splitlines()) <= 40
    data = json.loads(run_cli("--json").out)
    check = next(c for c in data["checks"] if c["id"] == "last-on-us-soil")
    assert set(check) >= {"id", "section", "sentence", "claim", "question", "verdict", "record", "evidence",
                          "sources"}
    assert check["evidence"] == ["honolulu-2011", "new-york-2015"] and check["section"] == 3
    assert {e["id"] for e in data["events"]} >= set(EVENTS_IN_THE_OP_ED.values())
    assert "osaka-2019" in data["omitted"]
    kinds = {r["kind"] for p in data["sections"] for b in p["paragraphs"] for s in b["sentences"]
             for r in s["references"]}
    assert kinds == {"summit", "event", "check"}


def test_a_broken_checks_file_is_one_line_and_exit_1(tmp_path, seed_text):
    page = tmp_path / "op-ed.md"
    page.write_text(seed_text, "utf-8")
    (tmp_path / "op-ed.outline.toml").write_text(
        (tmp_path.parent / "x").exists() and "" or _bundled_outline(), "utf-8")
    checks = tmp_path / "op-ed.checks.toml"
    for body, words in (
            ('[[check]]\nid = "x"\n', "sentence must be text"),
            ('[[check]]\nid = "x"\nsentence = "no such words"\nclaim = "c"\nquestion = "q"\nask = "meetings"\n'
             'expect = { none = true }\n', "no longer fit the text"),
            ('[[check]]\nid = "x"\nsentence = "s"\nclaim = "c"\nquestion = "q"\nask = "count"\n', "ask must be"),
            ('[[check]]\nid = "x"\nsentence = "s"\nclaim = "c"\nquestion = "q"\nask = "meetings"\n'
             'verdict = "true"\n', "verdict must be")):
        checks.write_text(body, "utf-8")
        result = run_cli(str(page), "--no-cache", "--checks")
        assert result.code == 1 and words in result.err and len(result.err.strip().splitlines()) == 1, result.err


def _bundled_outline() -> str:
    from deyermond_reader.text.source import bundled_article

    return bundled_article().with_suffix(".outline.toml").read_text("utf-8")


def test_the_terms_table_is_checked_on_load(tmp_path):
    table = tmp_path / "terms.toml"
    table.write_text('[[term]]\nleader = "A"\noffice = "king"\nside = "us"\nstart = 2001-01-01\n'
                     'source = "https://example.org/"\n', "utf-8")
    with pytest.raises(ReaderError, match="office must be one of"):
        load_terms(table)
    assert {t.leader for t in load_terms()} >= {"Bill Clinton", "Vladimir Putin", "Donald Trump"}


def test_a_check_callout_reads_at_40_columns(article):
    from deyermond_reader.output.article import render_article

    text = render_plain(render_article(article), 40)
    callouts = [line for line in text.splitlines() if line.startswith("┃")]
    assert "[✓ supported]" in text and callouts and max(len(line) for line in callouts) <= 40


def test_the_timeline_draws_the_turning_points_down_its_chart():
    from deyermond_reader.output.views import Timeline

    out = run_cli("--timeline", "-w", "80").out
    chart = out.split("────")[0]
    assert "┊" in chart and "Turning points the article refers to" in out
    assert "[E6] 2014 Russia's annexation of Crimea" in " ".join(out.split())
    assert "Alaska" not in out.split("Turning points")[1]  # landmarks only, in the chart's years
    invasion = next(e for e in load_events() if e.id.startswith("russian-full-scale"))
    timeline = Timeline(load_catalogue(), {}, events=(invasion,))
    column = 16 + timeline._column(invasion, 80 - 16)
    rows = [line for line in chart.splitlines()[2:] if len(line) > column]
    assert rows and all(line[column] in "┊○●△▲▽▼◇◆" for line in rows)


def test_the_events_look_up_is_built_once_while_its_file_is_unchanged():
    from deyermond_reader.annotate.events import _events_and_matcher

    first, second = _events_and_matcher(), _events_and_matcher()
    assert first[1] is second[1] and first[0] == load_events()


@pytest.mark.parametrize("justify", [False, True])
def test_a_check_s_marker_is_never_parted_across_lines(article, justify):
    """"[◐ partly]" and "[✗ not supported]" are one word to the setter: at no width does a line
    end inside one, and the no-break spaces inside it print as spaces."""
    from deyermond_reader.output.article import render_article

    for width in range(24, 81):
        shown = render_plain(render_article(article, justify=justify), width)
        lines = shown.splitlines()
        assert not any(line.rstrip().endswith(("[◐", "[✓", "[✗", "[?", "[✗ not")) for line in lines), width
        assert not any(line.lstrip("┃ ").startswith(("partly]", "supported]")) for line in lines), width
        assert "\u00a0" not in shown


def test_a_no_break_space_in_the_text_joins_its_words_and_prints_as_a_space():
    from deyermond_reader.output.article import render_article

    article = build_article("# T\n\nThe talks lasted 2\u00a0hours and ended at 10\u00a0p.m. on Friday night.\n")
    shown = render_plain(render_article(article), 24)
    assert "2 hours" in shown and "10 p.m." in shown and "\u00a0" not in shown
