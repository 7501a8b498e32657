"""Provides the kind of claim each sentence makes (fact, assessment, attribution, prediction,
prescription) and the cue that decided it, from the cue lists in ``data/cues.toml``.
"""

from __future__ import annotations

import re

from ..model import Paragraph, Section
from ..text.sentences import PROSE_KINDS

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
        from .lexicon import Words

        best: tuple[int, int, str, str] | None = None
        found = self.cues.find_in(Words(text))
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
