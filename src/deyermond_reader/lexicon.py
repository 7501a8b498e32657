"""Provides finding listed phrases in text by looking its words up, not by regex alternation.

A regex alternation of a few hundred names tries every name at every
position; splitting the text into words once and looking up runs of up to
``longest`` words in a dict is linear in the text and independent of the
number of phrases, which is what keeps annotation fast on long texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Generic, TypeVar

WORD = re.compile(r"\w+")
Payload = TypeVar("Payload")


def words(text: str) -> list[tuple[str, int, int]]:
    """The text's words, lowercased, with their offsets."""
    lowered = text.lower()
    if len(lowered) == len(text):  # offsets agree (a few letters, like İ, lengthen when lowered)
        return [(m.group(), m.start(), m.end()) for m in WORD.finditer(lowered)]
    return [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(text)]


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
        self.longest = max((len(k) for k in self.table), default=0)
        self.starts = {k[0] for k in self.table}

    def could_match(self, text: str) -> bool:
        """False when no phrase can match: none of the text's words starts one."""
        return not self.starts.isdisjoint(vocabulary(text))

    def find(self, tokens: list[tuple[str, int, int]]) -> list[tuple[int, int, list[Payload]]]:
        """Non-overlapping matches as (start, end, payloads), left to right, longest at each place."""
        found = []
        index, count = 0, len(tokens)
        while index < count:
            if tokens[index][0] in self.starts:
                for size in range(min(self.longest, count - index), 0, -1):
                    key = tuple(t[0] for t in tokens[index:index + size])
                    payloads = self.table.get(key)
                    if payloads is not None:
                        found.append((tokens[index][1], tokens[index + size - 1][2], payloads))
                        index += size
                        break
                else:
                    index += 1
            else:
                index += 1
        return found
