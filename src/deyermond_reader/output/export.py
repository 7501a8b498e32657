"""Provides the Article as plain JSON-ready data (the ``--json`` schema, documented in the README).

``SCHEMA`` is raised whenever a field changes meaning or goes away; new fields
alone keep it. Every annotation kind's entries appear under its plural
(``summits``), and each reference names its kind and entries.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..model import Article, Aside, Check, Paragraph, Reference, Sentence, Summit

SCHEMA = 2
"""2: references carry ``kind``, ``entries`` and ``resolved``; ``front`` and each section's
``heading`` are text blocks. Every field of 1 is still there with its meaning. Added since,
with no change of meaning: ``events``, ``checks``, ``omitted``, and references of kinds
``event`` and ``check``."""


def reference_data(reference: Reference) -> dict[str, Any]:
    data: dict[str, Any] = {"text": reference.text, "start": reference.start, "end": reference.end,
                            "kind": reference.kind, "entries": list(reference.entries)}
    if reference.kind == "summit":
        data["summits"] = list(reference.entries)  # schema 1's name, kept for summit references
    data["resolved"] = reference.resolved
    data["note"] = None if reference.note is None else {
        "field": reference.note.field, "text_says": reference.note.text_says,
        "record_says": reference.note.record_says, "source": reference.note.source}
    return data


def sentence_data(sentence: Sentence) -> dict[str, Any]:
    return {
        "text": sentence.text, "start": sentence.start, "end": sentence.end,
        "kind": sentence.kind or None, "cue": sentence.cue or None, "confidence": sentence.confidence or None,
        "references": [reference_data(r) for r in sentence.references],
    }


def entry_data(entry: Any) -> dict[str, Any]:
    """Any catalogue entry as its fields, dates as ISO strings and empty strings as null."""
    if isinstance(entry, Summit):
        return summit_data(entry)
    return {name: value.isoformat() if isinstance(value, dt.date) else
            list(value) if isinstance(value, tuple) else (value if value != "" else None)
            for name, value in entry._asdict().items()}


def summit_data(summit: Summit) -> dict[str, Any]:
    return {
        "id": summit.id, "name": summit.name, "start": summit.start.isoformat(),
        "end": summit.end.isoformat(), "city": summit.city, "venue": summit.venue,
        "country": summit.country, "leaders": list(summit.leaders), "setting": summit.setting,
        "event": summit.event or None, "significance": summit.significance, "source": summit.source,
        "also": list(summit.also), "places": list(summit.places), "keywords": list(summit.keywords),
        "format": summit.format, "note": summit.note or None,
    }


def block_data(block: Paragraph) -> dict[str, Any]:
    return {
        "kind": block.kind,
        "text": block.text,
        "lines": list(block.lines),
        "sentences": [sentence_data(s) for s in block.sentences],
    }


def article_data(article: Article) -> dict[str, Any]:
    """The whole model as dicts and lists, in reading order."""
    from ..annotate.registry import ANNOTATION_KINDS

    data: dict[str, Any] = {
        "schema": SCHEMA,
        "title": article.title,
        "author": article.author,
        "byline": article.byline,
        "date": article.date.isoformat() if article.date else None,
        "caption": article.caption,
        "credit": article.credit,
        "disclaimer": article.disclaimer,
        "source_url": article.source_url,
        "asides": [a.text for a in article.asides],
        "front": [block_data(b) for b in article.front],
        "sections": [
            {
                "number": section.number,
                "name": section.name,
                "heading": None if section.head is None else block_data(section.head),
                "word_count": section.word_count,
                "paragraphs": [block_data(b) for b in section.blocks if isinstance(b, Paragraph)],
                "asides": [{"label": b.label, "text": b.text}
                           for b in section.blocks if isinstance(b, Aside)],
            }
            for section in article.sections
        ],
    }
    for kind in ANNOTATION_KINDS:
        data[kind.plural] = [entry_data(e) for e in article.entries(kind.name)]
    data["checks"] = [check_data(c) for c in article.checks]
    data["omitted"] = list(article.omitted)
    return data


def check_data(check: Check) -> dict[str, Any]:
    """A check as ``--json`` gives it: the claim, the question, the verdict and the evidence's ids."""
    return {"id": check.id, "section": check.section, "sentence": check.sentence, "claim": check.claim,
            "question": check.question, "verdict": check.verdict, "computed": check.computed,
            "record": check.record, "evidence": list(check.evidence), "rows": list(check.rows),
            "sources": list(check.sources)}


def to_json(article: Article) -> str:
    """JSON text; non-ASCII kept readable, control characters escaped by the encoder."""
    return json.dumps(article_data(article), ensure_ascii=False, indent=2)


def json_view(article: Article, section=None, _args=None) -> str:
    """``--json``: the whole model, or the article with only that section."""
    return to_json(article if section is None else article._replace(sections=(section,)))
