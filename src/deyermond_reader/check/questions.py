"""Provides the small vocabulary of questions a check asks of the catalogues, and how each
is answered: no Python per claim, so a check is data and its evidence follows the data.

A question is a table of a checks file:

- ``ask``: ``meetings`` (the catalogued meetings a filter keeps) or ``first-meetings``
  (each new term's first meeting with the counterpart);
- ``filter``: which meetings count: ``setting``, ``format``, ``country``, ``leaders``
  (any of them took part), ``event`` (words of the multilateral event's name),
  ``from`` and ``to`` (dates, inclusive; ``to`` is the article's date unless given),
  ``periods`` (a list of ``{from, to, label}`` in place of one range), ``exclude`` (ids);
  for ``first-meetings`` also ``offices`` (which terms count) and ``terms_from``/``terms_to``;
- ``expect``: what the claim asserts, one of ``all`` (a filter every meeting should pass),
  ``none`` (no meeting should be found), ``share`` (a filter and ``at_least``, a fraction),
  ``within_months`` (every first meeting that soon); ``per_period`` judges each period
  apart; ``says`` is how the record sentence words a meeting that passes.

A check whose file gives a ``verdict`` is a judgement the data cannot compute: the
evidence is still computed and shown beside the file's reasoning.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from ..model import Summit, Term, date_range, setting_label
from .terms import sides

ASKS = ("meetings", "first-meetings")
VERDICTS = ("supported", "partly supported", "not supported", "unclear")
FILTER_KEYS = ("setting", "format", "country", "leaders", "event", "from", "to", "periods", "exclude",
               "offices", "terms_from", "terms_to")
EXPECT_KEYS = ("all", "none", "share", "within_months", "per_period", "says", "reading")
MONTH = 30.44
"""Days in a month, on average: the months between taking office and a first meeting."""


class Answer(NamedTuple):
    verdict: str
    record: str
    evidence: tuple[str, ...]
    rows: tuple[str, ...]


def names(values: Any) -> tuple[str, ...]:
    return tuple(values) if isinstance(values, list) else (values,) if isinstance(values, str) else ()


def keeps(summit: Summit, flt: dict[str, Any]) -> bool:
    """Whether a meeting passes a filter's conditions on what it was (not when)."""
    if "setting" in flt and summit.setting not in names(flt["setting"]):
        return False
    if "format" in flt and summit.format not in names(flt["format"]):
        return False
    if "country" in flt and summit.country not in names(flt["country"]):
        return False
    if "leaders" in flt and not set(names(flt["leaders"])) & set(summit.leaders):
        return False
    if "event" in flt and not any(word.casefold() in summit.event.casefold() for word in names(flt["event"])):
        return False
    return summit.id not in names(flt.get("exclude", []))


def ranges(flt: dict[str, Any], today: dt.date | None) -> list[tuple[dt.date, dt.date, str]]:
    """The filter's date ranges: its periods, or one range from ``from`` to ``to`` (the article's date)."""
    last = today or dt.date.max
    if flt.get("periods"):
        return [(p["from"], min(p["to"], last), str(p.get("label", ""))) for p in flt["periods"]]
    return [(flt.get("from", dt.date.min), min(flt.get("to", last), last), "")]


def meetings(catalogue: tuple[Summit, ...], flt: dict[str, Any], start: dt.date, end: dt.date) -> list[Summit]:
    return [s for s in catalogue if start <= s.start <= end and keeps(s, flt)]


def meeting_row(summit: Summit) -> str:
    """"16 Jun 2001 · Kranj, Slovenia · George W. Bush, Vladimir Putin · neutral ground"."""
    return f"{date_range(summit.start, summit.end)} · {summit.place} · {', '.join(summit.leaders)} · " \
           f"{setting_label(summit)}"


def share_verdict(passed: int, total: int, at_least: float = 1.0) -> str:
    """All (or ``at_least`` of) the evidence as the claim says: supported; half as much: partly;
    less: not supported; no evidence at all: unclear."""
    if total == 0:
        return "unclear"
    share = passed / total
    if share >= at_least:
        return "supported"
    return "partly supported" if share >= at_least / 2 else "not supported"


def combined(verdicts: list[str]) -> str:
    """Periods judged apart: all supported, all not, or in part."""
    if all(v == "supported" for v in verdicts):
        return "supported"
    if all(v == "not supported" for v in verdicts):
        return "not supported"
    return "unclear" if all(v == "unclear" for v in verdicts) else "partly supported"


def answer(question: dict[str, Any], catalogue: tuple[Summit, ...], terms: tuple[Term, ...],
           today: dt.date | None) -> Answer:
    """The evidence and, unless the question is a judgement, the verdict and the record sentence."""
    ask = question["ask"]
    if ask == "first-meetings":
        return first_meetings(question, catalogue, terms, today)
    flt, expect = question.get("filter", {}), question.get("expect", {})
    found: list[Summit] = []
    verdicts, records = [], []
    for start, end, label in ranges(flt, today):
        here = meetings(catalogue, flt, start, end)
        found += [s for s in here if s not in found]
        if expect.get("per_period"):
            verdict, record = judged(here, expect)
            verdicts.append(verdict)
            records.append(_opening(f"{label}: {record}" if label else record))
    if not expect.get("per_period"):
        verdict, record = judged(found, expect)
        verdicts, records = [verdict], [_opening(record)]
    rows = tuple(meeting_row(s) for s in found)
    if question.get("verdict"):
        return Answer("", "", tuple(s.id for s in found), rows)
    return Answer(combined(verdicts), " ".join(records), tuple(s.id for s in found), rows)


def judged(found: list[Summit], expect: dict[str, Any]) -> tuple[str, str]:
    """The verdict on one set of meetings and the sentence saying what the record shows."""
    says = str(expect.get("says", "as the claim says"))
    if expect.get("none"):
        if not found:
            return "supported", "no catalogued meeting."
        return "not supported", f"{len(found)} catalogued {_plural(len(found))}: {_listing(found)}."
    condition = expect.get("all") or expect.get("share")
    if isinstance(condition, dict):
        passed = [s for s in found if keeps(s, condition)]
        failed = [s for s in found if s not in passed]
        at_least = float(condition.get("at_least", 1.0)) if "share" in expect else 1.0
        record = f"{len(passed)} of {len(found)} {_plural(len(found))} {says}"
        record += f"; not: {_listing(failed)}." if failed and "all" in expect else "."
        return share_verdict(len(passed), len(found), at_least), record
    return "unclear", f"{len(found)} catalogued {_plural(len(found))}."


def _opening(sentence: str) -> str:
    """The sentence with a capital first letter (and nothing else changed)."""
    return sentence[:1].upper() + sentence[1:]


def _plural(count: int) -> str:
    return "meeting" if count == 1 else "meetings"


def _listing(found: list[Summit]) -> str:
    return ", ".join(f"{s.city} {s.start.year}" for s in found)


def first_meetings(question: dict[str, Any], catalogue: tuple[Summit, ...], terms: tuple[Term, ...],
                   today: dt.date | None) -> Answer:
    """Each term that began in the range, and its holder's first meeting with the other side's
    leader (of the formats the filter names) after taking office."""
    flt, expect = question.get("filter", {}), question.get("expect", {})
    side_of = sides(terms)
    offices = names(flt.get("offices", ["U.S. president", "Russian president"]))
    last = min(flt.get("terms_to", dt.date.max), today or dt.date.max)
    chosen = [t for t in terms if t.office in offices and flt.get("terms_from", dt.date.min) <= t.start <= last]
    chosen.sort(key=lambda t: t.start)
    within = expect.get("within_months")
    rows, evidence, passed, longest = [], [], 0, (0.0, "")
    for term in chosen:
        first = next((s for s in catalogue if s.start >= term.start and term.leader in s.leaders
                      and any(side_of.get(other, term.side) != term.side for other in s.leaders)
                      and keeps(s, flt) and (today is None or s.start <= today)), None)
        line = f"{term.leader}, {term.office} from {_day(term.start)}: "
        if first is None:
            rows.append(line + "no meeting with the counterpart catalogued")
            continue
        months = (first.start - term.start).days / MONTH
        evidence.append(first.id)
        passed += within is None or months <= within
        longest = max(longest, (months, term.leader))
        rows.append(line + f"first met in {first.city}, {_day(first.start)} ({_months(months)})")
    if within is None or question.get("verdict"):
        return Answer("", "", tuple(evidence), tuple(rows))
    record = f"{passed} of {len(chosen)} new terms began with a meeting within {within} months"
    if longest[1]:
        record += f"; the longest wait: {longest[1]}, {_months(longest[0])}"
    return Answer(share_verdict(passed, len(chosen)), record + ".", tuple(evidence), tuple(rows))


def _day(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%b')} {day.year}"


def _months(months: float) -> str:
    whole = round(months)
    return "under a month" if whole < 1 else f"{whole} month" + ("" if whole == 1 else "s")

