"""Provides splitting blocks into sentences, and the kind of claim each one makes.

Sentence boundaries come from sentencex, which knows abbreviations such as
"U.S.", "George H. W. Bush" and "Aug. 8" without a model download. Code,
tables and raw HTML are not prose and stay one piece each.
"""

from __future__ import annotations

import re

from .model import Paragraph, Section, Sentence

PROSE_KINDS = frozenset({"paragraph", "item", "quote", "heading"})


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of each sentence in ``text``, surrounding spaces left out."""
    from sentencex import segment

    bounds = []
    position = 0
    for piece in segment("en", text):
        start, end = position, position + len(piece)
        position = end
        stripped = piece.strip()
        if stripped:
            start += len(piece) - len(piece.lstrip())
            bounds.append((start, start + len(stripped)))
    return bounds


def split_block(block: Paragraph) -> Paragraph:
    """Return the block with its sentences filled in."""
    if block.kind in PROSE_KINDS:
        bounds = sentence_bounds(block.text) or [(0, len(block.text))]
    else:
        bounds = [(0, len(block.text))]
    return block._replace(sentences=tuple(Sentence(block.text[s:e], s, e) for s, e in bounds))


def split_sections(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """Split every paragraph of every section into sentences."""
    return tuple(section._replace(blocks=tuple(split_block(b) if isinstance(b, Paragraph) else b
                                               for b in section.blocks))
                 for section in sections)


# ---- claim kinds -------------------------------------------------------------

KINDS = ("fact", "assessment", "attribution", "prediction", "prescription")
_NUMBER = re.compile(r"\b\d[\d,.–-]*\b")
_NAME = re.compile(r"\b(?!(?:The|A|An|But|And|In|If|It|This|That)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\b")


class KindClassifier:
    """Decides a sentence's kind from cue lists, in order; the first cue found is the reason."""

    def __init__(self, kinds: list[dict]) -> None:
        from .lexicon import Lexicon

        self.order: dict[str, int] = {}
        phrases = []
        for entry in kinds:
            name = entry["name"]
            if name not in KINDS:
                raise ValueError(f"unknown claim kind {name!r}")
            self.order[name] = len(self.order)
            phrases += [(cue, name) for cue in entry.get("cues", [])]
        self.cues = Lexicon(phrases)

    def classify(self, text: str) -> tuple[str, str]:
        """Return (kind, cue). With no opinion cue, a sentence is a fact resting on its evidence."""
        from .lexicon import words

        best: tuple[int, int, str, str] | None = None
        found = self.cues.find(words(text)) if self.cues.could_match(text) else []
        for start, end, kinds in found:
            rank = min(self.order[k] for k in kinds)
            if best is None or rank < best[0]:
                best = (rank, start, kinds[0] if len(kinds) == 1 else min(kinds, key=lambda kind: self.order[kind]),
                        text[start:end])
        if best is not None:
            return best[2], best[3]
        evidence = _NUMBER.search(text) or _NAME.search(text)
        return "fact", evidence.group(0) if evidence else "no opinion cue"


def classify_sections(sections: tuple[Section, ...], classifier: KindClassifier) -> tuple[Section, ...]:
    """Give every prose sentence its kind and cue."""
    def classified(block):
        if not isinstance(block, Paragraph) or block.kind not in PROSE_KINDS:
            return block
        return block._replace(sentences=tuple(s._replace(kind=k, cue=c) for s in block.sentences
                                              for k, c in [classifier.classify(s.text)]))

    return tuple(section._replace(blocks=tuple(classified(b) for b in section.blocks))
                 for section in sections)
