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


_FOLDED: dict[int, str] = {code: chr(code).lower() for code in range(ord("A"), ord("Z") + 1)}
"""``str.translate``'s table: each character met so far, folded (3 MB of lines in a tenth of a
second, where folding them one by one in Python took half a second)."""


def fold(text: str) -> str:
    """The text as search compares it (see ``fold_character``)."""
    if text.isascii():
        return text.lower()
    for character in set(text):
        if ord(character) not in _FOLDED and not character.isascii():
            _FOLDED[ord(character)] = fold_character(character)
    return text.translate(_FOLDED)


def pattern_for(query: str) -> re.Pattern[str] | None:
    """The folded query as a pattern; any run of spaces in it matches any run of white space
    (justified lines stretch the gaps, and a phrase may go on at the next line). None when the
    query has no words."""
    words = fold(query).split()
    if not words:
        return None
    return re.compile(r"\s+".join(map(re.escape, words)))


class FoldedLines:
    """The lines' text folded for search, each folded character mapped back to where it came from.

    Most lines fold one character for one, and need no map; a line where "ß" became "ss" or a
    combining mark went keeps, for each folded character, the character it came from.
    """

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.starts: list[int] = []
        """Where each line's folded text begins in ``text`` (the folded lines joined by newlines)."""
        self.origins: dict[int, list[int]] = {}
        """Line → for each folded character, its character in the line (lines that need one)."""
        folded: list[str] = []
        offset = 0
        for number, line in enumerate(lines):
            self.starts.append(offset)
            each = fold(line)
            if not _one_for_one(line):
                pieces = [fold_character(character) for character in line]
                each = "".join(pieces)
                self.origins[number] = [position for position, piece in enumerate(pieces) for _ in piece]
            folded.append(each)
            offset += len(each) + 1
        self.text = "\n".join(folded)

    def find(self, query: str) -> list[list[Piece]]:
        """Every match of ``query``, in order, each as its pieces on the lines it covers."""
        pattern = pattern_for(query)
        if pattern is None:
            return []
        return [self.pieces(m.start(), m.end()) for m in pattern.finditer(self.text) if m.end() > m.start()]

    def pieces(self, start: int, end: int) -> list[Piece]:
        """The folded range [start, end) as ranges of the lines' own characters, line by line."""
        pieces = []
        line = bisect_right(self.starts, start) - 1
        while line < len(self.lines) and self.starts[line] < end:
            begin = self.starts[line]
            length = (self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.text)) - begin
            a, b = max(start, begin) - begin, min(end, begin + length) - begin
            if a < b:
                pieces.append((line, self._original(line, a), self._original(line, b - 1) + 1))
            line += 1
        return pieces

    def _original(self, line: int, folded: int) -> int:
        """The character of ``line`` that its folded character ``folded`` came from."""
        origins = self.origins.get(line)
        return folded if origins is None else origins[folded]


def _one_for_one(line: str) -> bool:
    """Whether every character of the line folds to exactly one (``fold`` has met them all)."""
    return line.isascii() or all(len(_FOLDED[ord(c)]) == 1 for c in set(line) if not c.isascii())
