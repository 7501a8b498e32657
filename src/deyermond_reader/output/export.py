"""Provides the Article as plain JSON-ready data (the ``--json`` schema)."""

from __future__ import annotations

import json
from typing import Any

from ..model import Article, Aside, Paragraph, Sentence, Summit


def sentence_data(sentence: Sentence) -> dict[str, Any]:
    return {
        "text": sentence.text, "start": sentence.start, "end": sentence.end,
        "kind": sentence.kind or None, "cue": sentence.cue or None,
        "references": [
            {"text": r.text, "start": r.start, "end": r.end, "summits": list(r.summits),
             "note": None if r.note is None else {
                 "field": r.note.field, "text_says": r.note.text_says,
                 "record_says": r.note.record_says, "source": r.note.source}}
            for r in sentence.references
        ],
    }


def summit_data(summit: Summit) -> dict[str, Any]:
    return {
        "id": summit.id, "name": summit.name, "start": summit.start.isoformat(),
        "end": summit.end.isoformat(), "city": summit.city, "venue": summit.venue,
        "country": summit.country, "leaders": list(summit.leaders), "setting": summit.setting,
        "event": summit.event or None, "significance": summit.significance, "source": summit.source,
        "also": list(summit.also), "places": list(summit.places), "keywords": list(summit.keywords),
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
    return {
        "title": article.title,
        "author": article.author,
        "byline": article.byline,
        "date": article.date.isoformat() if article.date else None,
        "caption": article.caption,
        "credit": article.credit,
        "disclaimer": article.disclaimer,
        "source_url": article.source_url,
        "asides": [a.text for a in article.asides],
        "sections": [
            {
                "number": section.number,
                "name": section.name,
                "word_count": section.word_count,
                "paragraphs": [block_data(b) for b in section.blocks if isinstance(b, Paragraph)],
                "asides": [{"label": b.label, "text": b.text}
                           for b in section.blocks if isinstance(b, Aside)],
            }
            for section in article.sections
        ],
        "summits": [summit_data(s) for s in article.summits],
    }


def to_json(article: Article) -> str:
    """JSON text; non-ASCII kept readable, control characters escaped by the encoder."""
    return json.dumps(article_data(article), ensure_ascii=False, indent=2)
