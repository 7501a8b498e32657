"""Provides splitting blocks into sentences: each one a claim that the annotators classify.

Sentence boundaries come from sentencex, which knows abbreviations such as
"U.S.", "George H. W. Bush" and "Aug. 8" without a model download. Code,
tables and raw HTML are not prose and stay one piece each.
"""

from __future__ import annotations


from ..model import Paragraph, Section, Sentence

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
        bounds.append((start, end))
    return bounds


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
