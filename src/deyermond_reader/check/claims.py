"""Provides an article's checks: its checks file (``NAME.checks.toml`` beside it) read and
checked, and each check's evidence and verdict computed from the catalogues.

The file holds only what belongs to the article: which sentence, what it
claims, the question it raises, what the claim asserts in the terms of
``questions.py``, and, where the record cannot decide, the verdict with its
reasoning and sources. Everything else is computed at run time, so a corrected
catalogue entry changes the checks with it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import ReaderError
from ..model import Article, Catalogue, Check, Event, Paragraph, Reference, Summit, Term, date_range
from ..text.source import read_toml
from .questions import ASKS, EXPECT_KEYS, FILTER_KEYS, VERDICTS, answer

_KEYS = ("id", "sentence", "claim", "question", "ask", "filter", "expect", "verdict", "reasoning", "sources",
         "events")
_TEXTS = ("id", "sentence", "claim", "question")


def load_checks(path: Path, events: tuple[Event, ...]) -> list[dict[str, Any]]:
    """The checks file's ``[[check]]`` tables, each checked; a ReaderError names the first bad one."""
    rows = read_toml(path, "checks file").get("check")
    if not isinstance(rows, list) or not rows:
        raise ReaderError(f"{path}: broken checks file: no [[check]] tables")
    known = {event.id for event in events}
    seen: set[str] = set()
    for number, row in enumerate(rows, 1):
        problem = _problem(row, known)
        where = f"{path}: broken checks file: check {number}"
        if problem:
            raise ReaderError(f"{where}: {problem}")
        if row["id"] in seen:
            raise ReaderError(f"{where}: id {row['id']} appears twice")
        seen.add(row["id"])
    return rows


def _problem(row: object, events: set[str]) -> str:
    if not isinstance(row, dict):
        return "not a table"
    unknown = sorted(set(row) - set(_KEYS))
    if unknown:
        return f"unknown key {unknown[0]}"
    for name in _TEXTS:
        if not isinstance(row.get(name), str) or not row[name].strip():
            return f"{name} must be text"
    if row.get("ask") not in ASKS:
        return f"ask must be one of {', '.join(ASKS)}"
    for name, allowed in (("filter", FILTER_KEYS), ("expect", EXPECT_KEYS)):
        table = row.get(name, {})
        if not isinstance(table, dict):
            return f"{name} must be a table"
        if set(table) - set(allowed):
            return f"unknown {name} key {sorted(set(table) - set(allowed))[0]}"
    if "verdict" in row:
        if row["verdict"] not in VERDICTS:
            return f"verdict must be one of {', '.join(VERDICTS)}"
        if not isinstance(row.get("reasoning"), str) or not row["reasoning"].strip() or not row.get("sources"):
            return "a verdict needs its reasoning and sources"
    elif not row.get("expect"):
        return "needs an expect table (what the claim asserts) or a verdict"
    sources = row.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) and s.startswith(("https://", "http://"))
                                                for s in sources):
        return "sources must be a list of web addresses"
    missing = [e for e in row.get("events", []) if e not in events]
    return f"no event {missing[0]} in the events catalogue" if missing else ""


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def locate(article: Article, opening: str) -> tuple[int, str] | None:
    """(section number, sentence) of the first sentence containing ``opening``."""
    wanted = _normal(opening)
    for section in article.sections:
        for paragraph in section.paragraphs:
            for sentence in paragraph.sentences:
                if wanted in _normal(sentence.text):
                    return section.number, sentence.text
    return None


def run_checks(article: Article, path: Path, catalogue: tuple[Summit, ...], events: tuple[Event, ...],
               terms: tuple[Term, ...]) -> tuple[Check, ...]:
    """Every check of the file, its evidence computed from the catalogues."""
    by_id = {s.id: s for s in catalogue}
    event_by_id = {e.id: e for e in events}
    checks = []
    for row in load_checks(path, events):
        found = locate(article, row["sentence"])
        if found is None:
            raise ReaderError(f"{path}: the checks no longer fit the text: no sentence has "
                              f"“{row['sentence'][:60]}”")
        result = answer(row, catalogue, terms, article.date)
        listed = [event_by_id[e] for e in row.get("events", [])]
        reading = str(row.get("expect", {}).get("reading", ""))
        computed = "verdict" not in row
        record = (result.record + (f" {reading}" if reading else "")) if computed else row["reasoning"]
        sources = list(row.get("sources", []))
        for source in [*(by_id[i].source for i in result.evidence), *(e.source for e in listed)]:
            if source not in sources:
                sources.append(source)
        rows = result.rows + tuple(f"{_event_day(e)} · {e.name}" for e in listed)
        checks.append(Check(row["id"], found[0], found[1], row["claim"], row["question"],
                            result.verdict if computed else row["verdict"], record,
                            result.evidence + tuple(e.id for e in listed), tuple(sources), computed, rows))
    return tuple(checks)


def attach(article: Article, checks: tuple[Check, ...]) -> Article:
    """The article with each check as a reference at the end of its sentence (kind ``check``,
    its verdict as the text), so markers, callouts and JSON find it as they find the others."""
    by_sentence: dict[str, list[Check]] = {}
    for check in checks:
        by_sentence.setdefault(check.sentence, []).append(check)

    def with_checks(paragraph: Paragraph) -> Paragraph:
        sentences = []
        for sentence in paragraph.sentences:
            mine = by_sentence.pop(sentence.text, [])
            end = len(sentence.text)
            extra = tuple(Reference(end, end, c.verdict, "check", (c.id,)) for c in mine)
            sentences.append(sentence._replace(references=sentence.references + extra) if extra else sentence)
        return paragraph._replace(sentences=tuple(sentences))

    sections = tuple(s._replace(blocks=tuple(with_checks(b) if isinstance(b, Paragraph) else b for b in s.blocks))
                     for s in article.sections)
    return article._replace(sections=sections, checks=checks,
                            catalogues=article.catalogues + (Catalogue("check", checks),))


def _event_day(event: Event) -> str:
    return date_range(event.start, event.end)
