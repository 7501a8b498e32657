"""Provides splitting blocks into sentences: each one a claim that the annotators classify.

Sentence boundaries come from sentencex, which knows abbreviations such as
"U.S.", "George H. W. Bush" and "Aug. 8" without a model download. Code,
tables and raw HTML are not prose and stay one piece each.
"""

from __future__ import annotations


import re

from ..model import Paragraph, Section, Sentence

_MONTH_AT_END = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October"
                           r"|November|December)\.(\s+)(?=[\"'\u201c\u2018(]?[A-Z])")
"""A full month name ending a sentence before a capital: sentencex reads "May." as the abbreviation
of a longer word and runs on ("the summit in May. Washington said…" as one sentence)."""

PROSE_KINDS = frozenset({"paragraph", "item", "quote", "heading", "title", "caption"})


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of each sentence in ``text``, surrounding spaces left out."""
    from sentencex import segment

    bounds: list[tuple[int, int]] = []
    position = 0
    for piece in segment("en", text):
        start, end = position, position + len(piece)
        position = end
        if not piece.strip():
            continue
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        if bounds and bounds[-1][1] == start:  # no space between: a cut inside a word ("Soviet-U.|S.")
            start = bounds.pop()[0]
        bounds.extend(_split_after_months(text, start, end))
    return bounds


def _split_after_months(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the sentence ``text[start:end]`` cut after each month name that ends a sentence."""
    pieces = []
    for month_end in _MONTH_AT_END.finditer(text, start, end):
        pieces.append((start, month_end.start(1)))
        start = month_end.end(1)
    return [*pieces, (start, end)]


def split_block(block: Paragraph) -> Paragraph:
    """Return the block with its sentences filled in."""
    if block.kind in PROSE_KINDS:
        bounds = sentence_bounds(block.text) or [(0, len(block.text))]
    else:
        bounds = [(0, len(block.text))]
    return block._replace(sentences=tuple(Sentence(block.text[s:e], s, e) for s, e in bounds))


def split_sections(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """Split every text block of every section (its heading too) into sentences."""
    return tuple(section._replace(blocks=tuple(split_block(b) if isinstance(b, Paragraph) else b
                                               for b in section.blocks),
                                  head=None if section.head is None else split_block(section.head))
                 for section in sections)


# ---- claim kinds -------------------------------------------------------------
