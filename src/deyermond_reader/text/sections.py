"""Provides dividing an article into named sections, and finding a section by name.

An article without headings gets its sections from an outline file beside it
(``NAME.outline.toml``); otherwise its headings define them; otherwise the
body is one section named after the title. Finding a section by name behaves
like ``info``: case-insensitive, by number, prefix, substring or a close typo, with
typographic quotes and apostrophes the same as plain ones.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import Paragraph, Section
from .parse import Heading
from ..errors import ReaderError, UsageError
from .source import neutralise, neutralise_line, read_toml

_SPACES = re.compile(r"\s+")
_PLAIN_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'",
                               "\u2032": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
                               "\u2033": '"'})
"""Typographic apostrophes and quotes as their plain forms: "Trump’s" and "Trump's" are one name
whichever of them the article or the reader typed."""
_NUMBERED = re.compile(r"(?:§\s*)?(\d+)\.?")
"""A section number as people write one: "3", "3." (as the contents list shows it), "§3", "§ 3"."""


def load_outline(path: Path) -> list[tuple[str, str]]:
    """Read an outline file into (name, opening words) pairs, checking its shape."""
    entries = read_toml(path, "outline").get("section")
    if not isinstance(entries, list) or not entries:
        raise ReaderError(f"{path}: broken outline: no [[section]] entries")
    outline = []
    for number, entry in enumerate(entries, 1):
        name, starts = (entry.get("name"), entry.get("starts")) if isinstance(entry, dict) else (None, None)
        if not isinstance(name, str) or not name.strip() or not isinstance(starts, str) or not starts.strip():
            raise ReaderError(f"{path}: broken outline: section {number} needs a name and starts")
        outline.append((neutralise_line(name.strip()), neutralise(starts.strip())))
    names = [name.casefold() for name, _ in outline]
    if len(set(names)) != len(names):
        raise ReaderError(f"{path}: broken outline: section names must be distinct")
    return outline


def _normal(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _comparable(text: str) -> str:
    """A section name or a query as the matching compares it: spaces collapsed, case folded,
    typographic quotes made plain. ``-s`` and the go-to box both compare through this."""
    return _normal(text).translate(_PLAIN_QUOTES)


def sections_from_outline(blocks, outline: list[tuple[str, str]], where: str) -> tuple[Section, ...]:
    """Cut the body at the paragraphs the outline names; every paragraph lands in one section."""
    body = [i for i, block in enumerate(blocks) if isinstance(block, Paragraph)]
    cuts: list[int] = []
    search_from = 0
    for name, starts in outline:
        wanted = _normal(starts)
        found = next((k for k in range(search_from, len(body))
                      if _normal(blocks[body[k]].text).startswith(wanted)), None)
        if found is None:
            raise ReaderError(f"{where}: the outline no longer fits the text: "
                              f"no paragraph after the previous section begins {starts!r} ({name})")
        cuts.append(found)
        search_from = found + 1
    if cuts[0] != 0:
        raise ReaderError(f"{where}: the outline no longer fits the text: "
                          f"the first section must start at the first paragraph")
    starts_at = [body[k] for k in cuts] + [len(blocks)]
    starts_at[0] = 0  # asides or other blocks before the first paragraph join section 1
    return tuple(Section(n + 1, name, tuple(blocks[starts_at[n] : starts_at[n + 1]]))
                 for n, (name, _) in enumerate(outline))


def sections_from_headings(blocks, title: str) -> tuple[Section, ...]:
    """Split at the shallowest heading level; deeper headings stay inside as blocks."""
    levels = [b.level for b in blocks if isinstance(b, Heading)]
    if not levels:
        return (Section(1, title or "Article", tuple(blocks)),)
    top = min(levels)
    sections: list[Section] = []
    name, heading = title or "Introduction", ""
    head: Paragraph | None = None
    current: list = []
    for block in blocks:
        if isinstance(block, Heading) and block.level == top:
            if current or heading:
                sections.append(Section(len(sections) + 1, name, tuple(current), heading, head))
            name, heading, current = block.text.strip() or f"Section {len(sections) + 1}", block.text, []
            head = Paragraph(block.text, lines=block.lines, kind="heading", depth=block.level)
        elif isinstance(block, Heading):
            current.append(Paragraph(block.text, lines=block.lines, kind="heading", depth=block.level))
        else:
            current.append(block)
    sections.append(Section(len(sections) + 1, name, tuple(current), heading, head))
    return tuple(sections)


def build_sections(blocks, title: str, outline: list[tuple[str, str]] | None = None,
                   where: str = "outline") -> tuple[Section, ...]:
    """Choose how to section: the outline if given, else headings, else one section."""
    if outline:
        if any(isinstance(b, Heading) for b in blocks):
            blocks = [Paragraph(b.text, lines=b.lines, kind="heading", depth=b.level)
                      if isinstance(b, Heading) else b for b in blocks]
        return sections_from_outline(blocks, outline, where)
    return sections_from_headings(blocks, title)


# ---- finding a section by name ---------------------------------------------


def _listing(sections) -> tuple[str, ...]:
    """The sections as choices under an error message, one per line."""
    return tuple(f"{s.number}. {s.name}" for s in sections)


def resolve_section(sections: tuple[Section, ...], query: str) -> Section:
    """Find the one section ``query`` names, or raise a UsageError saying why not.

    Tried in order, stopping at the first rule that gives any answer: section
    number, full name, unique prefix, unique substring, then a close typo of the
    name or of one of its words.
    """
    wanted = _comparable(query)
    if not wanted:
        raise UsageError("empty section name; the sections are:", _listing(sections))
    number = _section_number(wanted)
    if number is not None:
        for section in sections:
            if section.number == number:
                return section
        shown = number if number < 10 ** 9 else _shown(query)
        raise UsageError(f"there is no section {shown}; the sections are:", _listing(sections))
    names = {s.number: _comparable(s.name) for s in sections}
    for rule in (lambda n: n == wanted, lambda n: n.startswith(wanted), lambda n: wanted in n):
        matches = [s for s in sections if rule(names[s.number])]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise UsageError(f"section {_shown(query)} is ambiguous: it could be", _listing(matches))
    return _closest(sections, query, wanted, names)


def _closest(sections, query: str, wanted: str, names: dict[int, str]) -> Section:
    """Accept a close typo of a name or of a word in it, when one section clearly wins."""
    import difflib

    scores = []
    for section in sections:
        candidates = [names[section.number], *(w for w in names[section.number].split() if len(w) >= 4)]
        scores.append(max((difflib.SequenceMatcher(None, wanted, c).ratio(), c) for c in candidates)
                      + (section,))
    scores.sort(key=lambda entry: -entry[0])
    best_score, meant, best = scores[0]
    runner_up = scores[1][0] if len(scores) > 1 else 0.0
    if best_score >= 0.75 and best_score - runner_up >= 0.05:
        sharing = [s for s in sections if meant in names[s.number]]
        if len(sharing) > 1:  # the word meant ("summit") is itself in several names
            raise UsageError(f"section {_shown(query)} is ambiguous: it could be", _listing(sharing))
        return best
    hints = [s for score, _, s in scores if score >= 0.6][:3]  # weaker likenesses mislead ("sanctions": "signal")
    if not hints:  # nothing is close: offer every section rather than a poor guess
        raise UsageError(f"no section matches {_shown(query)}; the sections are:", _listing(sections))
    which = "this one" if len(hints) == 1 else "one of these"
    raise UsageError(f"no section matches {_shown(query)}; did you mean {which}?",
                     _listing(sorted(hints, key=lambda s: s.number)))


def _section_number(wanted: str) -> int | None:
    """A section number typed as digits ("3", "3.", "§3", "§ 3"), else None. Python refuses
    to convert more than 4,300 digits; no article has that many sections."""
    numbered = _NUMBERED.fullmatch(wanted)
    if numbered is None:
        return None
    digits = numbered.group(1)
    return int(digits) if len(digits) <= 9 else 10 ** 9


def _shown(query: str) -> str:
    """The name as typed, quoted, shortened past 60 characters: an error stays one short line."""
    return repr(query if len(query) <= 60 else query[:57] + "...")


def rank_sections(sections: tuple[Section, ...], query: str) -> list[Section]:
    """Sections matching ``query``, best first, for a go-to box that updates as you type."""
    import difflib

    wanted = _comparable(query)
    if not wanted:
        return list(sections)
    number = _section_number(wanted)
    scored = []
    for section in sections:
        name = _comparable(section.name)
        words = name.split()
        if number == section.number or wanted == name:
            score = 4.0
        elif name.startswith(wanted) or any(w.startswith(wanted) for w in words):
            score = 3.0
        elif wanted in name:
            score = 2.0
        else:
            score = max(difflib.SequenceMatcher(None, wanted, c).ratio() for c in [name, *words])
            if score < 0.6:
                continue
        scored.append((score, section))
    scored.sort(key=lambda pair: (-pair[0], pair[1].number))
    return [section for _, section in scored]
