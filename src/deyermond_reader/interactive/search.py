"""Provides the interactive reader's search: over the lines it draws, ignoring case and accents.

The reader searches the text of its rendered lines, not the article's blocks, so that whatever
is on screen can be found: the title, byline and caption, asides, callouts and fact notes, as
well as the paragraphs, and a match count that agrees with what the page shows. ``Reykjavik``
finds "Reykjavík" and ``STRASSE`` finds "Straße": both sides are folded (case folded, NFKD,
combining marks dropped) and every folded character remembers the line and character it came
from, so that a match is highlighted where it stands. Pure Python: no Textual here.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

Piece = tuple[int, int, int]
"""Part of a match on one line: (line, first character, character after the last)."""


@lru_cache(maxsize=4096)
def fold_character(character: str) -> str:
    """The character as search compares it: case folded, decomposed, without combining marks."""
    decomposed = unicodedata.normalize("NFKD", character.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """The text as search compares it (see ``fold_character``)."""
    if text.isascii():
        return text.lower()
    return "".join(map(fold_character, text))


def pattern_for(query: str) -> re.Pattern[str] | None:
    """The folded query as a pattern; any run of spaces in it matches any run of white space
    (justified lines stretch the gaps, and a phrase may go on at the next line). None when the
    query has no words."""
    words = fold(query).split()
    if not words:
        return None
    return re.compile(r"\s+".join(map(re.escape, words)))


class FoldedLines:
    """The lines' text folded for search, each folded character mapped back to where it came from."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.line_starts: list[int] = []
        """Where each line begins in the lines joined by newlines."""
        folded: list[str] = []
        origins: list[int] = []
        """For each folded character, the offset of its original one in the joined lines."""
        offset = 0
        for line in lines:
            self.line_starts.append(offset)
            if line.isascii():
                folded.append(line.lower())
                origins.extend(range(offset, offset + len(line)))
            else:
                for position, character in enumerate(line):
                    each = fold_character(character)
                    folded.append(each)
                    origins.extend([offset + position] * len(each))
            folded.append("\n")
            origins.append(offset + len(line))
            offset += len(line) + 1
        self.text = "".join(folded)
        self.origins = origins

    def find(self, query: str) -> list[list[Piece]]:
        """Every match of ``query``, in order, each as its pieces on the lines it covers."""
        pattern = pattern_for(query)
        if pattern is None:
            return []
        return [self.pieces(m.start(), m.end()) for m in pattern.finditer(self.text) if m.end() > m.start()]

    def pieces(self, start: int, end: int) -> list[Piece]:
        """The folded range [start, end) as ranges of original characters, line by line."""
        first, last = self.origins[start], self.origins[end - 1] + 1
        pieces = []
        line = bisect_right(self.line_starts, first) - 1
        while line < len(self.lines) and self.line_starts[line] < last:
            begin = self.line_starts[line]
            a, b = max(first, begin) - begin, min(last, begin + len(self.lines[line])) - begin
            if a < b:
                pieces.append((line, a, b))
            line += 1
        return pieces
