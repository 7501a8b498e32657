"""Provides splitting blocks into sentences: the claims the rest of the reader works on.

Sentence boundaries come from syntok, which knows abbreviations such as
"U.S.", "George H. W. Bush" and "Aug. 8" without a model download. Code,
tables and raw HTML are not prose and stay one piece each.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Paragraph, Section, Sentence

PROSE_KINDS = frozenset({"paragraph", "item", "quote", "heading"})


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of each sentence in ``text``."""
    from syntok import segmenter

    bounds = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            if sentence:
                first, last = sentence[0], sentence[-1]
                bounds.append((first.offset, last.offset + len(last.value)))
    return bounds


def split_block(block: Paragraph) -> Paragraph:
    """Return the block with its sentences filled in."""
    if block.kind in PROSE_KINDS:
        bounds = sentence_bounds(block.text) or [(0, len(block.text))]
    else:
        bounds = [(0, len(block.text))]
    return replace(block, sentences=tuple(Sentence(block.text[s:e], s, e) for s, e in bounds))


def split_sections(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """Split every paragraph of every section into sentences."""
    return tuple(replace(section, blocks=tuple(split_block(b) if isinstance(b, Paragraph) else b
                                               for b in section.blocks))
                 for section in sections)
