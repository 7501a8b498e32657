"""Provides splitting blocks into sentences, and the kind of claim each one makes.

Sentence boundaries come from syntok, which knows abbreviations such as
"U.S.", "George H. W. Bush" and "Aug. 8" without a model download. Code,
tables and raw HTML are not prose and stay one piece each.
"""

from __future__ import annotations

import re
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


# ---- claim kinds -------------------------------------------------------------

KINDS = ("fact", "assessment", "attribution", "prediction", "prescription")
_NUMBER = re.compile(r"\b\d[\d,.–-]*\b")
_NAME = re.compile(r"\b(?!(?:The|A|An|But|And|In|If|It|This|That)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\b")


class KindClassifier:
    """Decides a sentence's kind from cue lists, in order; the first cue found is the reason."""

    def __init__(self, kinds: list[dict]) -> None:
        self.rules = []
        for entry in kinds:
            name, cues = entry["name"], entry.get("cues", [])
            if name not in KINDS:
                raise ValueError(f"unknown claim kind {name!r}")
            if cues:
                ordered = sorted(cues, key=len, reverse=True)
                pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(c) for c in ordered) + r")(?![\w])",
                                     re.I)
                self.rules.append((name, pattern))

    def classify(self, text: str) -> tuple[str, str]:
        """Return (kind, cue). With no opinion cue, a sentence is a fact resting on its evidence."""
        for name, pattern in self.rules:
            match = pattern.search(text)
            if match:
                return name, match.group(1)
        evidence = _NUMBER.search(text) or _NAME.search(text)
        return "fact", evidence.group(0) if evidence else "no opinion cue"


def classify_sections(sections: tuple[Section, ...], classifier: KindClassifier) -> tuple[Section, ...]:
    """Give every prose sentence its kind and cue."""
    def classified(block):
        if not isinstance(block, Paragraph) or block.kind not in PROSE_KINDS:
            return block
        return replace(block, sentences=tuple(replace(s, kind=k, cue=c) for s in block.sentences
                                              for k, c in [classifier.classify(s.text)]))

    return tuple(replace(section, blocks=tuple(classified(b) for b in section.blocks))
                 for section in sections)
