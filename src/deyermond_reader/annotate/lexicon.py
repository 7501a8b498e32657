"""Provides finding listed phrases in text by looking its words up, not by regex alternation.

A regex alternation of a few hundred names tries every name at every
position; splitting the text into words once and, where a word starts a
phrase, looking up runs of at most that phrase's length in a dict is linear in
the text and independent of the number of phrases, which is what keeps
annotation fast on long texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Generic, TypeVar

WORD = re.compile(r"\w+")
WORD_SPLIT = re.compile(r"(\w+)")
"""Splits text into the text between words and the words: one ``split`` gives every word, and
the offsets follow from the lengths, where a match object per word cost three method calls."""
SHORT_LIST = 64
"""Up to this many phrases, ``may_match`` checks every word of each; beyond, first words only."""
Payload = TypeVar("Payload")


def words(text: str) -> list[tuple[str, int, int]]:
    """The text's words, lowercased, with their offsets."""
    return _words(text)[0]


class Words:
    """A text read once: its words with their offsets (``tokens``) and the set of them
    (``vocab``), which every lexicon's quick test and look-up share.

    The vocabulary holds every word of ``tokens`` (and, where lowering lengthens a letter,
    also ``vocabulary``'s reading), so a lexicon that cannot match the vocabulary finds
    nothing in the tokens.
    """

    __slots__ = ("text", "tokens", "vocab", "_alike")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens, self._alike = _words(text)
        self.vocab = self._vocabulary()

    def _vocabulary(self) -> frozenset[str]:
        found = frozenset([token[0] for token in self.tokens])
        return found if self._alike else found | vocabulary(self.text)

    def part(self, start: int, end: int) -> Words:
        """The words of ``text[start:end]`` (a clause), cut from these: offsets from its start."""
        if start == 0 and end == len(self.text):
            return self
        clause = object.__new__(Words)
        clause.text = self.text[start:end]
        clause.tokens = [(w, a - start, b - start) for w, a, b in self.tokens if a >= start and b <= end]
        clause._alike = self._alike
        clause.vocab = clause._vocabulary()
        return clause


def _words(text: str) -> tuple[list[tuple[str, int, int]], bool]:
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters, like İ, lengthen when lowered: offsets differ
        return [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(text)], False
    pieces = WORD_SPLIT.split(lowered)  # between, word, between, ..., word, between
    tokens, position = [], len(pieces[0])
    for index in range(1, len(pieces), 2):
        word = pieces[index]
        end = position + len(word)
        tokens.append((word, position, end))
        position = end + len(pieces[index + 1])
    return tokens, True


@lru_cache(maxsize=16)
def vocabulary(text: str) -> frozenset[str]:
    """The set of the text's lowercased words: a quick test of whether any phrase could match."""
    return frozenset(WORD.findall(text.lower()))


class Lexicon(Generic[Payload]):
    """Phrases, each with payloads; matching is whole-word, case-insensitive, longest first."""

    def __init__(self, phrases: Iterable[tuple[str, Payload]]) -> None:
        self.table: dict[tuple[str, ...], list[Payload]] = {}
        for phrase, payload in phrases:
            key = tuple(w for w, _, _ in words(phrase))
            if key:
                self.table.setdefault(key, []).append(payload)
        self.starts: dict[str, int] = {}
        """First word of each phrase → the most words a phrase starting with it has."""
        for key in self.table:
            self.starts[key[0]] = max(self.starts.get(key[0], 0), len(key))
        self._word_sets = [frozenset(key) for key in self.table] if len(self.table) <= SHORT_LIST else None

    def may_match(self, vocab: frozenset[str]) -> bool:
        """False when no phrase can match: no phrase starts with, or (in a short list) has all
        its words among, these words. Phrases often start with "in" or "on"."""
        if self.starts.keys().isdisjoint(vocab):
            return False
        if self._word_sets is None:
            return True
        return any(phrase <= vocab for phrase in self._word_sets)

    def find_in(self, text: Words) -> list[tuple[int, int, list[Payload]]]:
        """``find`` over a text's words, skipped when its vocabulary rules every phrase out."""
        return self.find(text.tokens) if self.may_match(text.vocab) else []

    def find(self, tokens: list[tuple[str, int, int]]) -> list[tuple[int, int, list[Payload]]]:
        """Non-overlapping matches as (start, end, payloads), left to right, longest at each place."""
        starts, table = self.starts, self.table
        hits = [index for index, token in enumerate(tokens) if token[0] in starts]
        found = []
        free = 0  # tokens before this are inside an earlier match
        for index in hits:
            if index < free:
                continue
            first = tokens[index][0]
            for size in range(min(starts[first], len(tokens) - index), 0, -1):
                payloads = table.get((first,) if size == 1 else
                                     tuple(t[0] for t in tokens[index:index + size]))
                if payloads is not None:
                    found.append((tokens[index][1], tokens[index + size - 1][2], payloads))
                    free = index + size
                    break
        return found
