"""Provides the other ways to look at an annotated Article: claims, summits, timeline, legend.

Like ``article.py``, every function here takes the model and returns rich
renderables; width arrives through the console at render time.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from rich.console import Console, ConsoleOptions, Group, JustifyMethod, RenderableType, RenderResult
from rich.segment import Segment
from rich.text import Text

from ..annotate.kinds import KINDS
from ..model import SETTING_LABELS, Article, Section, Summit, date_range, setting_label
from .article import Gutter, append_source, marker_numbers, section_heading, short_address, source_style

KIND_MEANINGS = {
    "fact": "a checkable statement about events, dates, numbers, who did what",
    "assessment": "the author's judgement or interpretation",
    "attribution": "what someone said, reported, or is seen as",
    "prediction": "what will happen",
    "prescription": "what should happen",
}
LOW_CONFIDENCE = ("low confidence: only weak evidence decided the kind (in -i, such a sentence is "
                  "in italics, or its letter has a ?)")
VERDICT_MEANINGS = {
    "supported": "a check (after its sentence): the record bears the claim out",
    "partly supported": "the record bears out part of the claim",
    "not supported": "the record contradicts the claim",
    "unclear": "the record cannot settle it",
}
SETTING_SYMBOLS = {  # (not mentioned, mentioned): the shape tells the setting without colour
    "neutral": ("○", "●"),
    "us-hosted": ("△", "▲"),
    "russia-hosted": ("▽", "▼"),
    "multilateral": ("◇", "◆"),
}
ROW_LABELS = {"neutral": ("neutral", "neutral", "neu"), "us-hosted": ("U.S.-hosted", "U.S.", "US"),
              "russia-hosted": ("USSR/Russia", "USSR/Ru.", "RU"), "multilateral": ("multilateral", "multi", "mul")}
"""Each timeline row's label: in full, short (below ``NARROW``) and shortest (below ``TINY``)."""
FORMAT_WORDS = {"bilateral": "summit", "margins": "meeting", "encounter": "encounter"}
"""What tells apart two meetings of one year and city in the timeline's list (a meeting on the
margins of the G20 in Hamburg, and a conversation at its dinner)."""
NARROW = 60
"""Below this width tables become lists and the timeline's row labels are shortened."""
TABLE_FROM = 72
"""Below this width the --summits table is a list: its meeting column would be too narrow for
names and sources to wrap at their spaces and slashes."""
TINY = 32
"""Below this width the timeline's row labels are two or three letters."""


def title_line(article: Article, what: str) -> Text:
    text = Text.assemble((f"{what}: ", "reader.legend"))
    text.append(article.title or "Untitled", style="reader.title")
    return text


def kind_counts(counts: Counter, low: Counter) -> Text:
    """"fact 9  assessment 12 (3 low)": each kind's sentences, and how many of them have low confidence."""
    text = Text()
    for kind in KINDS:
        if counts[kind]:
            text.append(("  " if text else "") + f"{kind} {counts[kind]}", style=f"reader.claim.{kind}")
            if low[kind]:
                text.append(f" ({low[kind]} low)", style="reader.claim.cue")
    return text


def claim_line(sentence) -> Gutter:
    """A sentence under its kind, with the cue that decided it and how sure that is; a kind of
    low confidence is marked with "?" beside it, so it shows without colour too."""
    from rich.text import Span as TextSpan

    from .article import Prose, Styled

    cue = f"  (cue: {sentence.cue}; confidence: {sentence.confidence or 'high'})"
    plain = sentence.text + cue
    line = Styled.of(plain, [TextSpan(len(sentence.text), len(plain), "reader.claim.cue")])
    mark = sentence.kind + ("?" if sentence.confidence == "low" else "")
    return Gutter(Prose(line, ragged=True), mark=f"{mark:<13}", hanging=True, style=f"reader.claim.{sentence.kind}")


def render_claims(article: Article, section: Section | None = None) -> Group:
    """Each sentence with its kind and the cue that decided it, and counts per kind."""
    parts: list[RenderableType] = [title_line(article, "Claims")]
    total: Counter = Counter()
    total_low: Counter = Counter()
    for each in (section,) if section else article.sections:
        counts: Counter = Counter()
        low: Counter = Counter()
        parts += [Text(), section_heading(each)]
        for paragraph in each.paragraphs:
            for sentence in paragraph.sentences:
                if not sentence.kind:
                    continue
                counts[sentence.kind] += 1
                low[sentence.kind] += sentence.confidence == "low"
                parts.append(claim_line(sentence))
        parts.append(kind_counts(counts, low))
        total.update(counts)
        total_low.update(low)
    if section is None:
        parts += [Text(), Text(f"All {sum(total.values())} claims:", style="reader.section"),
                  kind_counts(total, total_low)]
    return Group(*parts)


def referring_sections(article: Article) -> dict[str, list[int]]:
    """Summit id → the numbers of the sections that refer to it, in order."""
    found: dict[str, list[int]] = {}
    for located in article.references("summit"):
        if located.section is None:
            continue
        for summit_id in located.reference.entries:
            numbers = found.setdefault(summit_id, [])
            if located.section.number not in numbers:
                numbers.append(located.section.number)
    return found


def article_notes(article: Article) -> dict[str, list[str]]:
    """Summit id → its fact notes, worded for a table row."""
    notes: dict[str, list[str]] = {}
    for located in article.references("summit"):
        note = located.reference.note
        if note is not None:
            notes.setdefault(located.reference.entries[0], []).append(
                f"{note.field}: the text says “{note.text_says}”; the record says "
                f"{note.record_says} ({short_address(note.source)})")
    return notes


class SourceCell:
    """A source in a table cell: its short address, broken after a slash where the column is
    narrower (never cut), a hyperlink to the whole address on a terminal."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.pieces = re.findall(r"[^/]*/|[^/]+$", short_address(url))

    def __rich_measure__(self, console: Console, options: ConsoleOptions):
        from rich.measure import Measurement

        return Measurement(min(16, max(map(len, self.pieces))), sum(map(len, self.pieces)))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = [""]
        for piece in self.pieces:
            if lines[-1] and len(lines[-1]) + len(piece) > options.max_width:
                lines.append("")
            lines[-1] += piece
        text = Text(style="reader.legend", overflow="fold")
        text.append("\n".join(lines), style=source_style(self.url) or "")
        yield text


class SummitTable:
    """A table of summits at normal widths, a list of entries where the screen is narrow."""

    def __init__(self, rows: list[tuple[str, Summit, str, str]], leaders: dict[str, str]) -> None:
        self.rows = rows  # (marker, summit, sections, notes)
        self.leaders = leaders  # full name → the name a row shows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if options.max_width < TABLE_FROM:
            yield from self._entries()
            return
        from rich import box
        from rich.table import Table

        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="reader.toc.head")
        columns: tuple[tuple[str, JustifyMethod, int | None], ...] = (  # the meeting column takes the rest
            ("#", "right", 4), ("Dates", "left", 17 if options.max_width >= 100 else 9), ("Meeting · place · source", "left", None),
            ("Leaders", "left", max(map(len, self.leaders.values()), default=7)), ("Sections", "left", 8))
        for name, justify, width in columns:
            table.add_column(name, justify=justify, overflow="fold", width=width, ratio=None if width else 1)
        for mark, summit, sections, notes in self.rows:
            where = Text(f"{short_place(summit)} · ")
            where.append(setting_label(summit), style=f"reader.setting.{summit.setting}")
            table.add_row(Text(mark + ("!" if notes else ""), style="reader.marker"),
                          date_range(summit.start, summit.end),
                          Group(Text(named_apart(summit, self.leaders), style="reader.callout.name"), where,
                                SourceCell(summit.source)),
                          Text("\n".join(self.leaders[leader] for leader in summit.leaders)),
                          sections)
        yield table
        for mark, _, _, notes in self.rows:
            if notes:
                yield Text()
                yield Gutter(Text(notes, style="reader.note"), mark=f"{mark}! ", hanging=True,
                             style="reader.marker")

    def _entries(self) -> Iterator[Text]:
        for mark, summit, sections, notes in self.rows:
            text = Text.assemble((f"{mark} " if mark else "", "reader.marker"))
            text.append(named_apart(summit, self.leaders), style="reader.callout.name")
            text.append(f" · {date_range(summit.start, summit.end)}")
            text.append(f" · {summit.place} · {', '.join(summit.leaders)} · ")
            text.append(setting_label(summit), style=f"reader.setting.{summit.setting}")
            if sections:
                text.append(f" · sections {sections}")
            text.append("\nSource: ", style="reader.legend")
            append_source(text, summit.source)
            if notes:
                text.append(f"\n{notes}", style="reader.note")
            text.overflow = "fold"
            yield text
            yield Text()


def named_apart(summit: Summit, leaders: dict[str, str]) -> str:
    """The meeting's name with a leader's surname in it given as ``leaders`` names them
    ("Bush-Putin meeting" → "G. W. Bush-Putin meeting"), where the surname alone is ambiguous."""
    name = summit.name
    surnames = [leader.split()[-1] for leader in summit.leaders]
    for leader, surname in zip(summit.leaders, surnames):
        shown = leaders.get(leader, surname)
        if shown != surname and surnames.count(surname) == 1:
            name = re.sub(rf"(?<![\w.]){re.escape(surname)}\b", shown, name)
    return name


def leader_names(catalogue: tuple[Summit, ...]) -> dict[str, str]:
    """Each leader's name as a table row shows it: the surname, and where two leaders of the
    catalogue share one (George H. W. and George W. Bush), with the initials of the given names."""
    by_surname: dict[str, set[str]] = {}
    for leader in {leader for summit in catalogue for leader in summit.leaders}:
        by_surname.setdefault(leader.split()[-1], set()).add(leader)
    names = {}
    for surname, leaders in by_surname.items():
        for leader in leaders:
            given = leader.split()[:-1]
            names[leader] = surname if len(leaders) == 1 else \
                " ".join([*(word if word.endswith(".") else f"{word[0]}." for word in given), surname])
    return names


def short_place(summit: Summit) -> str:
    """The city, with the country only where it is not the U.S., the USSR or Russia."""
    if summit.country in ("United States", "Russia", "Soviet Union"):
        return summit.city
    return f"{summit.city}, {summit.country}"


def render_summits(article: Article, catalogue: tuple[Summit, ...] | None = None,
                   section: Section | None = None, everyone: tuple[Summit, ...] | None = None) -> Group:
    """The summits the article (or one section of it) refers to, or the whole catalogue,
    in chronological order. Leaders are named as the whole catalogue (``everyone``, by
    default the bundled one) tells them apart, whichever rows are shown."""
    numbers = marker_numbers(article)
    sections = referring_sections(article)
    notes = article_notes(article)
    summits = catalogue if catalogue is not None else article.summits
    if section is not None and catalogue is None:
        summits = tuple(s for s in summits if section.number in sections.get(s.id, []))
    rows = [(f"[{numbers[s.id]}]" if s.id in numbers else "", s,
             ", ".join(str(n) for n in sections.get(s.id, [])), "; ".join(notes.get(s.id, [])))
            for s in sorted(summits, key=lambda s: s.start)]
    heading = "Summits in the catalogue" if catalogue is not None else \
        f"Summits section {section.number} refers to" if section is not None else "Summits the article refers to"
    if everyone is None:
        from ..annotate.summits import load_catalogue

        everyone = catalogue if catalogue is not None else load_catalogue()
    names = leader_names(everyone + article.summits)
    parts: list[RenderableType] = [
        title_line(article, heading), Text(), SummitTable(rows, names),
        Text(f"{len(rows)} summits; further sources for every entry: deyermond-reader --json", style="reader.legend")]
    if catalogue is None and section is None and article.omitted:
        parts += [Text(), *omitted_lines(article)]
    return Group(*parts)


class Timeline:
    """Every catalogue summit on one time axis, one row per setting, mentioned ones filled.

    A column covers a stretch of time (months, at most widths); meetings that fall in the
    same column are stacked below the row's first line, one symbol each, so every meeting
    is drawn and the symbols can be counted.
    """

    def __init__(self, catalogue: tuple[Summit, ...], mentioned: dict[str, int],
                 first: int = 1955, last: int = 2025, events: tuple = ()) -> None:
        self.catalogue, self.mentioned, self.first, self.last = catalogue, mentioned, first, last
        self.events = tuple(e for e in events if e.landmark and first <= e.start.year <= last)
        """The landmark events drawn as a line down the chart at their column (the meetings either
        side of the 2014 annexation or the 2022 invasion seen at a glance)."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        label_width, axis = self.layout(options.max_width)
        tier = 0 if label_width == LABEL_WIDTHS[0] else 1 if label_width == LABEL_WIDTHS[1] else 2
        lines = {self._column(event, axis) for event in self.events}
        line_style = console.get_style("reader.timeline.event")
        for setting, (hollow, filled) in SETTING_SYMBOLS.items():
            piles = self.piles(setting, axis)
            colour = console.get_style(f"reader.setting.{setting}")
            styles = {False: colour, True: colour + console.get_style("reader.timeline.mentioned")}
            for level in range(max(1, *map(len, piles))):
                label = ROW_LABELS[setting][tier] if level == 0 else ""
                yield Segment(f"{label:<{label_width}}", colour)
                for column, pile in enumerate(piles):
                    if level < len(pile):
                        is_mentioned = pile[level].id in self.mentioned
                        yield Segment(filled if is_mentioned else hollow, styles[is_mentioned])
                    else:
                        yield Segment("┊", line_style) if column in lines else Segment(" ")
                yield Segment.line()
        yield from self._axis(console, label_width, axis)

    @staticmethod
    def layout(width: int) -> tuple[int, int]:
        """(label width, axis columns) at a width."""
        label_width = LABEL_WIDTHS[0] if width >= NARROW else LABEL_WIDTHS[1] if width >= TINY else LABEL_WIDTHS[2]
        return label_width, max(10, width - label_width)

    def months_per_column(self, width: int) -> float:
        return (self.last + 1 - self.first) * 12 / self.layout(width)[1]

    def piles(self, setting: str, axis: int) -> list[list[Summit]]:
        """Each column's meetings of one setting: those the article refers to first, then by date."""
        piles: list[list[Summit]] = [[] for _ in range(axis)]
        for summit in self.catalogue:
            if summit.setting == setting:
                piles[self._column(summit, axis)].append(summit)
        for pile in piles:
            pile.sort(key=lambda s: (s.id not in self.mentioned, s.start))
        return piles

    def _column(self, summit, axis: int) -> int:
        """The column of a meeting (or an event): where its first day falls on the axis."""
        middle = summit.start.year + (summit.start.timetuple().tm_yday - 1) / 366
        fraction = (middle - self.first) / (self.last + 1 - self.first)
        return min(axis - 1, max(0, int(fraction * axis)))

    def _axis(self, console: Console, label_width: int, axis: int) -> Iterator[Segment]:
        style = console.get_style("reader.timeline.axis")
        ticks = [" "] * axis
        labels = [" "] * axis
        step = 10 if axis >= 50 else 20
        for year in range(self.first + 5 - self.first % 5, self.last + 1, step):
            column = int((year - self.first) / (self.last + 1 - self.first) * axis)
            ticks[column] = "┴"
            text = str(year)
            start = min(column, axis - len(text))  # the last year moves left to fit under its tick
            if all(c == " " for c in labels[max(0, start - 1):start + 5]):
                labels[start:start + len(text)] = list(text)
        yield Segment(" " * label_width)
        yield Segment("".join("─" if t == " " else t for t in ticks), style)
        yield Segment.line()
        yield Segment(" " * label_width)
        yield Segment("".join(labels).rstrip(), style)
        yield Segment.line()


LABEL_WIDTHS = (16, 9, 4)
"""The timeline's label column: full labels, short ones, shortest."""


class StackNote:
    """The timeline's note on stacking, in the time one column covers at the width drawn."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        months = self.timeline.months_per_column(options.max_width)
        span = f"{months:.0f} months" if months < 23.5 else f"{months / 12:.0f} years"
        yield Text(f"Each column is about {span}; meetings in the same column are stacked "
                   "below the row, one symbol each.", style="reader.legend")


def render_timeline(article: Article, catalogue: tuple[Summit, ...], section: Section | None = None) -> Group:
    """Where and when U.S.-Soviet/Russian summits were held, 1955-2025, with a legend; the
    summits the article (or one section) refers to are filled in, with their markers."""
    mentioned = marker_numbers(article)
    referred = article.summits
    if section is not None:
        in_section = {i for located in section.references() for i in located.reference.summits}
        mentioned = {i: n for i, n in mentioned.items() if i in in_section}
        referred = tuple(s for s in referred if s.id in in_section)
    from rich.columns import Columns

    keys = []
    for setting, (hollow, filled) in SETTING_SYMBOLS.items():
        count = sum(1 for s in catalogue if s.setting == setting)
        key = Text.assemble((f"{hollow}/{filled} ", f"reader.setting.{setting}"))
        key.append(f"{SETTING_LABELS[setting]} ({count})")
        keys.append(key)
    legend = Columns(keys, padding=(0, 3))
    who = "this article" if section is None else f"section {section.number}"
    note = Text(f"Filled symbols: the summits {who} refers to "
                f"({len(referred)} of {len(catalogue)}).", style="reader.legend")
    labels = {s.id: f"{s.start.year} {s.city.split(',')[0].split(' /')[0]}" for s in referred}
    shared = Counter(labels.values())
    items = []
    for summit in referred:
        item = Text.assemble((f"{SETTING_SYMBOLS[summit.setting][1]} ", f"reader.setting.{summit.setting}"))
        item.append(f"[{mentioned[summit.id]}] ", style="reader.marker")
        label = labels[summit.id]
        item.append(label if shared[label] == 1 else f"{label} {FORMAT_WORDS.get(summit.format, summit.format)}")
        items.append(item)
    heading = "Summits 1955-2025" if section is None else \
        f"Summits 1955-2025, section {section.number}'s filled"
    events = article.entries("event") if section is None else tuple(
        e for e in article.entries("event") if e.id in {i for located in section.references()
                                                       if located.reference.kind == "event"
                                                       for i in located.reference.entries})
    timeline = Timeline(catalogue, mentioned, events=events)
    marks = [Text.assemble(("┊ ", "reader.timeline.event"), (f"[E{mentioned[e.id]}] ", "reader.marker"),
                           f"{e.start.year} {e.name}") for e in timeline.events if e.id in mentioned]
    return Group(title_line(article, heading), Text(),
                 timeline, Text(), legend, StackNote(timeline), note, Columns(items, padding=(0, 3)),
                 *([Text(), Text("Turning points the article refers to, drawn ┊ down the chart:",
                                 style="reader.legend"), *marks] if marks else []))


def render_legend() -> Group:
    """What the markers, colours and claim kinds mean."""
    from .article import legend_line

    parts: list[RenderableType] = [Text("Legend", style="reader.section"), legend_line(), Text()]
    for kind in KINDS:
        parts.append(Labelled(f"{kind:<13}", KIND_MEANINGS[kind], f"reader.claim.{kind}"))
    parts.append(Labelled(f"{'kind?':<13}", LOW_CONFIDENCE, "reader.claim.cue"))
    parts.append(Text())
    from .article import VERDICT_MARKS

    for verdict, (symbol, word) in VERDICT_MARKS.items():
        parts.append(Labelled(f"{f'[{symbol} {word}]':<18}", VERDICT_MEANINGS[verdict],
                              f"reader.check.{verdict.replace(' ', '-')}"))
    parts.append(Text())
    for setting, (hollow, filled) in SETTING_SYMBOLS.items():
        parts.append(Labelled(f"{hollow} {filled}  ", f"{SETTING_LABELS[setting]} (filled: referred to by the article)",
                              f"reader.setting.{setting}"))
    return Group(*parts)


class Labelled:
    """A label and its meaning, the meaning's wrapped lines under its first word rather than
    under the label; where the screen is too narrow for both side by side, the label stands
    on a line of its own above the meaning."""

    def __init__(self, label: str, meaning: str, style: str) -> None:
        self.label, self.meaning, self.style = label, meaning, style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from .article import MIN_BODY

        if options.max_width - len(self.label) >= MIN_BODY:
            yield Gutter(Text(self.meaning), mark=self.label, style=self.style, hanging=True)
            return
        yield Text(self.label.rstrip(), style=self.style)
        yield Gutter(Text(self.meaning), mark="  ", style=self.style, hanging=True)


# ---- the views of ``modes.py`` ------------------------------------------------


def claims_view(article: Article, section: Section | None, _args=None) -> Group:
    return render_claims(article, section)


def summits_view(article: Article, section: Section | None, args) -> Group:
    catalogue = None
    if getattr(args, "all", False):
        from ..annotate.summits import load_catalogue

        catalogue = load_catalogue()
    return render_summits(article, catalogue, section)


def timeline_view(article: Article, section: Section | None, _args=None) -> Group:
    from ..annotate.summits import load_catalogue

    return render_timeline(article, load_catalogue(), section)


def legend_view(_article=None, _section=None, _args=None) -> Group:
    return render_legend()


def check_block(check) -> Text:
    """One check in full: its verdict, the sentence, the question, the record, every row of
    evidence and every source."""
    from .article import VERDICT_MARKS

    symbol, word = VERDICT_MARKS.get(check.verdict, ("?", check.verdict))
    text = Text.assemble((f"[{symbol} {word}] ", f"reader.check.{check.verdict.replace(' ', '-')}"))
    text.append(check.question, style="reader.callout.name")
    text.append(f"\n“{check.sentence}”", style="reader.quote")
    text.append(f"\nClaim: {check.claim}")
    text.append(f"\n{check.verdict.capitalize()}" + ("" if check.computed else " (a judgement)") + ": ",
                style="reader.note.label")
    text.append(check.record)
    for row in check.rows:
        text.append(f"\n  · {row}", style="reader.callout.venue")
    text.append("\nSources:", style="reader.note.source")
    for url in check.sources:
        text.append("\n  ")
        append_source(text, url, limit=200)
    text.overflow = "fold"
    return text


def omitted_lines(article: Article) -> list[RenderableType]:
    """The catalogued meetings the article leaves out, meetings first, brief encounters apart."""
    from ..annotate.summits import load_catalogue

    by_id = {s.id: s for s in load_catalogue()}
    left = [by_id[i] for i in article.omitted if i in by_id]
    parts: list[RenderableType] = [Text("Not mentioned", style="reader.section"),
                                   Text("Meetings of the pairs of leaders the article names, in the years it names "
                                        "for them, that it does not refer to:", style="reader.legend")]
    for title, chosen in (("meetings", [s for s in left if s.format != "encounter"]),
                          ("brief encounters", [s for s in left if s.format == "encounter"])):
        parts.append(Text(f"{len(chosen)} {title}" + (":" if chosen else ""), style="reader.callout.name"))
        for summit in chosen:
            line = Text(f"  · {date_range(summit.start, summit.end)} · {summit.name} · {summit.place} · "
                        f"{', '.join(summit.leaders)} · ")
            line.append(setting_label(summit), style=f"reader.setting.{summit.setting}")
            parts.append(line)
    return parts


def render_checks(article: Article, section: Section | None = None) -> Group:
    """``--checks``: every check by section with verdict counts, then what the article leaves out."""
    parts: list[RenderableType] = [title_line(article, "Checks")]
    chosen = [c for c in article.checks if section is None or c.section == section.number]
    if not article.checks:
        parts += [Text(), Text("This article has no checks file (NAME.checks.toml beside it); see the README.",
                               style="reader.legend")]
    for each in (section,) if section else article.sections:
        mine = [c for c in chosen if c.section == each.number]
        if not mine:
            continue
        parts += [Text(), section_heading(each)]
        for check in mine:
            parts += [check_block(check), Text()]
    if chosen:
        counts = Counter(c.verdict for c in chosen)
        parts.append(Text(f"{len(chosen)} checks: " + ", ".join(f"{counts[v]} {v}" for v in
                                                               ("supported", "partly supported", "not supported",
                                                                "unclear") if counts[v]),
                          style="reader.section"))
    if section is None:
        parts += [Text(), *omitted_lines(article)]
    return Group(*parts)


def checks_view(article: Article, section: Section | None, _args=None) -> Group:
    return render_checks(article, section)
