"""Provides the interactive reader (``-i``): the annotated article in a Textual app.

It shows the same renderables as the printed mode, rendered to lines once per
width by one line-drawing widget (``ArticleView``), in a centred column no wider
than the printed reader's measure: a claim colouring re-renders only the parts
it touches, a search match is laid over the lines as they are drawn, and a 2 MB
article opens and scrolls as quickly as the op-ed. Textual is imported only
here, only with ``-i``.
"""

from __future__ import annotations

import inspect
import re
from bisect import bisect_right
from collections.abc import Callable

from rich.cells import cell_len
from rich.console import RenderableType
from rich.segment import Segment
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.geometry import Size
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.theme import Theme
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from ..output import article as render
from ..annotate.kinds import KINDS
from ..cli import MAX_MEASURE
from ..model import Article, Paragraph, Section
from ..text.sections import rank_sections
from ..text.source import neutralise_line
from ..output.theme import CLAIM_LETTERS, PALETTES, background_from_environment, monochrome_styles
from .search import FoldedLines, Piece
from .state import remember_theme, remembered_theme

MIN_WIDTH, MIN_HEIGHT = 20, 6
"""Below this size the reader shows only "terminal too small" until the terminal grows."""
NARROW = 60
"""Below this width the contents list covers the article instead of sitting beside it."""
CHECK_CALLOUT = re.compile(r"\s*┃ \[[✓◐✗?] ")
"""A drawn line that opens a check's callout (its verdict's symbol after the gutter)."""
BACK_LIMIT = 100
"""Places kept for ``b`` (back): enough for any reading session, bounded for a long one."""

KEYS = (
    ("↑ ↓  j k", "scroll a line"),
    ("PgUp PgDn space", "scroll a page"),
    ("Home End", "top, bottom"),
    ("mouse wheel", "scroll"),
    ("t", "contents, the section in view highlighted; Enter or a click jumps"),
    ("g", "go to a section by any part of its name or its number; Enter: the first match"),
    ("] [", "next, previous section"),
    ("b  Backspace", "back to where you were before the last jump"),
    ("/", "search everything on the page, in any case, with or without accents"),
    ("n N", "next, previous match"),
    ("Esc", "clear the search; close a box"),
    ("v V", "next, previous check of a claim against the record"),
    ("c", "colour sentences by claim kind"),
    ("s", "the table of the summits the article refers to"),
    ("T", "the timeline of every summit, 1955-2025"),
    ("?", "these keys"),
    ("Ctrl-Z", "suspend to the shell (fg comes back)"),
    ("q", "quit (on a table, the timeline or these keys: back)"),
)
"""Every key of the reader and what it does, for ``?``."""

SHORT_LABELS = {"search": "Find", "goto": "Go", "toggle_toc": "TOC", "help": "Keys", "quit": "Quit"}
"""The key bar below ``NARROW``: only the keys a reader needs first, in few letters."""


def keys_table() -> RenderableType:
    """The keys as two columns, so that a description that wraps keeps to its own column."""
    from rich.table import Table

    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="bold")
    table.add_column(ratio=1)
    for keys, meaning in KEYS:
        table.add_row(Text(keys), Text(meaning))
    return table


class ArticleView(ScrollView, can_focus=True):
    """The article as lines rendered once per width; drawing the screen is slicing them.

    With a widget per paragraph, Textual laid out every widget on every scroll:
    a 2 MB article took 7 s to open and a second per key. Here the parts of
    ``render.reader_parts`` are rendered when the width changes, with the blank
    lines ``render.READER_MARGINS`` puts between them; claim colours re-render
    only the parts they touch, and search matches, found in the lines' own text
    (so everything drawn can be found), are laid over the lines they fall on.
    """

    def __init__(self, article: Article, numbers: dict[str, int], *, justify: bool = False,
                 measure: int = MAX_MEASURE, **kwargs) -> None:
        super().__init__(**kwargs)
        self.parts = list(render.reader_parts(article, justify=justify))
        self.numbers = numbers
        self.justify = justify
        self.measure = measure
        """The widest the text column gets (``-w`` or the config's width, else 88)."""
        self.claims = False
        self.claim_letters = False
        """Claim kinds shown by letters, for a screen without colour."""
        self.search_query = ""
        self.matches: list[list[Piece]] = []
        """Search matches in the lines, in order, each as its pieces (line, start, end)."""
        self.match_index = -1
        self.highlights: dict[int, list[tuple[int, int, bool]]] = {}
        """Line → the cells of its matches, as (start, end, is_current)."""
        self.folded: FoldedLines | None = None
        """The lines' text folded for search, made at the first search after a layout."""
        self.lines: list[Strip] = []
        self.starts: list[int] = []
        """The first line of each part."""
        self.headings: dict[int, int] = {}
        """Section number → the line of its heading."""
        self.text_width = 0
        self.pending_jump: int | None = None
        """A section to show at the top once the lines exist (the reader opened at it)."""
        self.waiting: list[Callable[[], object]] = []
        """Moves asked for before the lines exist (keys typed while the app starts), in order."""

    # ---- lines ---------------------------------------------------------------

    def on_resize(self) -> None:
        self.lay_out()

    def lay_out(self, force: bool = False) -> None:
        """Render every part at the text width: the widget's, less a scrollbar if the text
        overflows, and never more than the readable measure (the printed reader's cap)."""
        full = min(self.measure, max(1, self.size.width))  # inside the padding
        width = min(self.measure, max(1, self.size.width - self.styles.scrollbar_size_vertical))
        if self.lines and not force:
            overflows = len(self.lines) > self.size.height
            if (self.text_width, overflows) in ((width, True), (full, False)):
                return  # set at the width this size calls for already
        top = self._part_at(int(self.scroll_y)) if self.lines else None
        self._render_all(width)
        if len(self.lines) <= self.size.height and full != width:
            self._render_all(full)  # it all fits: no scrollbar, the text takes its columns
        self.virtual_size = Size(self.text_width, len(self.lines))
        if self.search_query:
            self.search(self.search_query, self.match_index)  # the same match, on the new lines
        if self.pending_jump is not None:
            self.scroll_to(y=self.headings.get(self.pending_jump, 0), animate=False, immediate=True, force=True)
            self.pending_jump = None
        elif top is not None:
            self.scroll_to(y=self.starts[top], animate=False, immediate=True, force=True)
        waiting, self.waiting = self.waiting, []
        for move in waiting:
            move()
        self.refresh()

    def when_laid_out(self, move: Callable[[], object]) -> None:
        """Make a move now, or once the lines exist: a key typed while the app starts is kept
        and applied in order, not applied to an empty page."""
        if self.lines:
            move()
        else:
            self.waiting.append(move)

    def scroll_lines(self, lines: int) -> None:
        """Scroll by ``lines`` (negative: up), now or once the lines exist."""
        self.when_laid_out(lambda: self.scroll_to(y=self.scroll_y + lines, animate=False, immediate=True,
                                                  force=True))

    def scroll_pages(self, pages: int) -> None:
        self.when_laid_out(lambda: self.scroll_to(y=self.scroll_y + pages * max(1, self.size.height - 1),
                                                  animate=False, immediate=True, force=True))

    def scroll_to_line(self, line: int | Callable[[], int]) -> None:
        """Scroll so that ``line`` (or the line it names once laid out) is at the top."""
        self.when_laid_out(lambda: self.scroll_to(y=line() if callable(line) else line, animate=False,
                                                  immediate=True, force=True))

    # Textual's own scrolling keys (arrows, Home, End, PgUp, PgDn). Textual's versions skip a key
    # until the scrollbar is drawn, so one typed while the app starts was dropped.
    def action_scroll_home(self) -> None:
        self.scroll_to_line(0)

    def action_scroll_end(self) -> None:
        self.scroll_to_line(lambda: self.max_scroll_y)

    def action_scroll_up(self) -> None:
        self.scroll_lines(-1)

    def action_scroll_down(self) -> None:
        self.scroll_lines(1)

    def action_page_up(self) -> None:
        self.scroll_pages(-1)

    def action_page_down(self) -> None:
        self.scroll_pages(1)

    def classify(self) -> None:
        """Give the blocks' sentences their claim kinds, once, when the colours are first shown:
        opening the reader does not wait for them (a second on a 2 MB text)."""
        blocks = [(index, item) for index, item in self.blocks() if isinstance(item, Paragraph)]
        if not blocks or any(s.kind for _, item in blocks for s in item.sentences):
            return
        from ..annotate.kinds import classify_block
        from ..pipeline import claim_classifier

        classifier = claim_classifier()
        for index, item in blocks:
            kind, number, _item, renderable = self.parts[index]
            self.parts[index] = (kind, number, classify_block(item, classifier), renderable)

    def _render_all(self, width: int) -> None:
        self.text_width = width
        self.lines, self.starts, self.headings = [], [], {}
        self.folded = None
        for index, (kind, number, _item, _renderable) in enumerate(self.parts):
            if self.lines:
                self.lines += [Strip.blank(width)] * render.READER_MARGINS.get(kind, 0)
            self.starts.append(len(self.lines))
            if kind == "heading":
                self.headings[number] = len(self.lines)
            self.lines += self._part_lines(index)

    def _part_lines(self, index: int) -> list[Strip]:
        kind, _number, item, renderable = self.parts[index]
        if kind == "block" and item is not None and self.claims:
            renderable = render.block(item, self.numbers, claims=True, claim_letters=self.claim_letters,
                                      justify=self.justify)
        console = self.app.console
        options = console.options.update(width=self.text_width, height=None)
        return [Strip(line, self.text_width) for line in console.render_lines(renderable, options, pad=True)]

    def rerender(self, indices) -> None:
        """Render these parts again: their styles changed (a part that changed length lays all out)."""
        for index in sorted(set(indices)):
            start = self.starts[index]
            lines = self._part_lines(index)
            if len(lines) != self._part_length(index):
                self.lay_out(force=True)
                return
            self.lines[start:start + len(lines)] = lines
        self.refresh()

    def _part_length(self, index: int) -> int:
        if index + 1 == len(self.parts):
            return len(self.lines) - self.starts[index]
        margin = render.READER_MARGINS.get(self.parts[index + 1][0], 0)
        return self.starts[index + 1] - margin - self.starts[index]

    def render_line(self, y: int) -> Strip:
        """A line of the text, its search matches highlighted, centred in the widget's width."""
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        index = scroll_y + y
        if index >= len(self.lines):
            return Strip.blank(width, self.rich_style)
        line = self.lines[index]
        if index in self.highlights:
            line = self._highlighted(line, self.highlights[index])
        margin = (width - self.text_width) // 2
        if margin > 0:
            line = Strip.join([Strip.blank(margin, self.rich_style), line])
        return line.crop_extend(scroll_x, scroll_x + width, self.rich_style).apply_style(self.rich_style)

    def _highlighted(self, line: Strip, cells: list[tuple[int, int, bool]]) -> Strip:
        """The line with the search styles laid over its matches' cells (over its own styles)."""
        console = self.app.console
        found = console.get_style("reader.search", default="reverse")
        current = console.get_style("reader.search.current", default="reverse bold")
        cuts = sorted({0, line.cell_length, *(c for start, end, _ in cells for c in (start, end))})
        segments: list[Segment] = []
        for start, piece in zip(cuts, line.divide(cuts[1:])):
            style = next((current if is_current else found
                          for a, b, is_current in cells if a <= start < b), None)
            segments += Segment.apply_style(piece, post_style=style) if style else piece
        return Strip(segments, line.cell_length)

    # ---- search --------------------------------------------------------------

    def search(self, query: str, index: int = 0) -> None:
        """Find every occurrence of ``query`` in the lines drawn (any case, any accents) and
        make match ``index`` the current one."""
        self.search_query = query
        if self.folded is None and query:
            self.folded = FoldedLines([strip.text for strip in self.lines])
        self.matches = self.folded.find(query) if query and self.folded else []
        self.match_index = min(max(0, index), len(self.matches) - 1) if self.matches else -1
        self._mark_matches()

    def step_match(self, step: int) -> None:
        """Make the next (1) or previous (-1) match current, going round at the ends."""
        if self.matches:
            self.match_index = (self.match_index + step) % len(self.matches)
            self._mark_matches()

    def _mark_matches(self) -> None:
        self.highlights = {}
        for number, pieces in enumerate(self.matches):
            for line, start, end in pieces:
                text = self.folded.lines[line] if self.folded else ""
                cells = (cell_len(text[:start]), cell_len(text[:end]), number == self.match_index)
                self.highlights.setdefault(line, []).append(cells)
        self.refresh()

    def match_line(self) -> int:
        """The first line of the current match (0 without one)."""
        return self.matches[self.match_index][0][0] if self.matches else 0

    # ---- what is where -------------------------------------------------------

    def _part_at(self, line: int) -> int:
        return max(0, bisect_right(self.starts, line) - 1)

    def blocks(self):
        """(part index, block) for every paragraph and aside, in order."""
        return [(index, item) for index, (kind, _n, item, _r) in enumerate(self.parts) if kind == "block"]

    def position(self) -> tuple[int, int]:
        """Where the reader is: the part at the top line and how far into it, which survives a
        new width better than a line number."""
        if not self.lines:
            return 0, 0
        top = int(self.scroll_y)
        part = self._part_at(top)
        return part, top - self.starts[part]

    def go_back_to(self, position: tuple[int, int]) -> None:
        """Scroll to a place ``position`` gave (the same lines into its part, or the part's end)."""
        part, offset = position

        def line() -> int:
            return self.starts[part] + min(offset, max(0, self._part_length(part) - 1))

        self.scroll_to_line(line)

    def at_bottom(self, scroll_y: float) -> bool:
        return scroll_y >= self.max_scroll_y - 0.5 and self.max_scroll_y > 0

    def section_at(self, scroll_y: float) -> int | None:
        """The section in view: the last heading at the top line, or on screen when at the end."""
        if not self.headings:
            return None
        limit = scroll_y + (self.size.height - 1 if self.at_bottom(scroll_y) else 1)
        current = min(self.headings, key=self.headings.__getitem__)
        for number, line in self.headings.items():
            if line <= limit:
                current = number
        return current


def section_option(section: Section) -> Option:
    """A contents or go-to entry. The prompt is a rich ``Text``, never a string: Textual reads a
    string prompt as markup, and a heading such as ``[@click=app.quit]`` would become an action."""
    return Option(Text(f"{section.number}. {section.name}", no_wrap=True, overflow="ellipsis"),
                  id=str(section.number))


class LineInput(Input):
    """A one-line box that takes a newline for Enter too: keys typed while the reader starts, before
    the terminal leaves line mode, arrive with Enter turned into a newline (ctrl+j), so a burst
    such as ``g`` ``chaos`` Enter would otherwise lose its Enter."""

    BINDINGS = [Binding("ctrl+j", "submit", "Submit", show=False)]


class GotoBox(Vertical):
    """Type any part of a section's name or its number; matches show as you type.

    It is part of the reader's own screen, hidden until ``g``, rather than a screen pushed on
    top: a pushed screen composes and takes focus only after the keys already typed have gone
    to the article, so ``g3`` Enter typed in one burst lost the 3 and the Enter.
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    class Chosen(Message):
        """The box was closed: on section ``number``, or with None for no choice."""

        def __init__(self, number: int | None) -> None:
            super().__init__()
            self.number = number

    def __init__(self, sections: tuple[Section, ...], **kwargs) -> None:
        super().__init__(**kwargs)
        self.sections = sections
        self.matches: list[Section] = list(sections)

    def compose(self) -> ComposeResult:
        with Vertical(id="goto"):
            yield Static("Go to section (Enter: the first match, Esc: cancel)", id="goto-title",
                         markup=False)
            yield LineInput(placeholder="part of a name, or a number", id="goto-input")
            yield Static("", id="goto-none", markup=False)
            yield OptionList(*self._options(), id="goto-list")

    def _options(self) -> list[Option]:
        return [section_option(s) for s in self.matches]

    def open(self) -> None:
        """Show the box empty, with the keyboard in it at once (not after a refresh)."""
        box = self.query_one("#goto-input", Input)
        box.value = ""
        self._show_matches("")
        self.display = True
        self.screen.set_focus(box)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._show_matches(event.value)

    def _show_matches(self, value: str) -> None:
        self.matches = rank_sections(self.sections, value)
        options = self.query_one("#goto-list", OptionList)
        options.clear_options()
        options.add_options(self._options())
        options.display = bool(self.matches)  # no empty frame under "No section matches"
        self.query_one("#goto-none", Static).update(
            Text("" if self.matches else f"No section matches “{neutralise_line(value)}”"))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Jump to the best match; an empty box names no section, so Enter there does nothing."""
        event.stop()
        if event.value.strip() and self.matches:
            self.close(self.matches[0].number)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.close(int(event.option.id or 0))

    def action_cancel(self) -> None:
        self.close(None)

    def close(self, number: int | None) -> None:
        self.display = False
        self.post_message(self.Chosen(number))


class HelpScreen(ModalScreen[None]):
    """The keys, until any of Escape, q or ? is pressed."""

    BINDINGS = [Binding("escape", "close"), Binding("q", "close"), Binding("question_mark", "close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static("Keys", id="help-title", markup=False)
            yield Static(keys_table(), id="help-keys", markup=False)

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#help"))  # the arrows scroll a list longer than the screen

    def action_close(self) -> None:
        self.dismiss(None)


class ViewScreen(ModalScreen[None]):
    """One of the printed reader's other views, scrollable, over the article until Escape, q
    or its own key: the article is where it was left."""

    BINDINGS = [Binding("escape,q", "close", "Back"),
                Binding("j", "scroll(1)", show=False), Binding("k", "scroll(-1)", show=False),
                Binding("space", "scroll(0)", show=False)]
    NAME = ""
    KEY = ""

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article

    def view(self) -> RenderableType:
        """The renderable, the same as the printed reader's option shows."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="view-scroll"):
            yield Static(self.view(), id="view-body", markup=False)
        yield Static(Text(f"{self.NAME}: ↑ ↓ j k PgUp PgDn space scroll; Esc, q or {self.KEY}: back to the "
                          "article"), id="view-hint")

    def action_scroll(self, lines: int) -> None:
        """The article's scrolling keys here too: ``lines`` down (up if negative; 0: a page)."""
        scroll = self.query_one("#view-scroll", VerticalScroll)
        if lines:
            scroll.scroll_relative(y=lines, animate=False)
        else:
            scroll.scroll_page_down(animate=False)

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#view-scroll"))

    def action_close(self) -> None:
        self.dismiss(None)


class SummitsScreen(ViewScreen):
    """``s``: the table of the summits the article refers to (``--summits``)."""

    BINDINGS = [Binding("s", "close", show=False)]
    NAME, KEY = "Summits", "s"

    def view(self) -> RenderableType:
        from ..output.views import render_summits

        return render_summits(self.article)


class TimelineScreen(ViewScreen):
    """``T``: every catalogued summit on one time axis (``--timeline``)."""

    BINDINGS = [Binding("T,shift+t", "close", show=False)]
    NAME, KEY = "Timeline", "T"

    def view(self) -> RenderableType:
        from ..annotate.summits import load_catalogue
        from ..output.views import render_timeline

        return render_timeline(self.article, load_catalogue())


class TooSmallScreen(Screen[None]):
    """Covers the reader while the terminal is too small to lay it out; gone when it grows."""

    def compose(self) -> ComposeResult:
        yield Static(Text("Terminal too small: make it larger, or press q", no_wrap=True, overflow="crop"),
                     id="too-small")


class ReaderApp(App[None]):
    """The op-ed (or any article), scrollable, with contents, go-to, search and claim colours."""

    CSS_PATH = "reader.tcss"
    TITLE = "deyermond-reader"
    BINDINGS = [
        # The key bar shows these in this order, as far as the width allows: the first ones first;
        # on a narrow screen the keys (? first) fit down to the smallest the reader draws, 20 columns.
        *(Binding(key, f"short('{action}')", SHORT_LABELS[action], priority=action in ("search", "goto"))
          for key, action in (("question_mark", "help"), ("slash", "search"), ("g", "goto"),
                              ("t", "toggle_toc"), ("q", "quit"))),
        Binding("slash", "search", "Search", priority=True),
        Binding("g", "goto", "Go to", priority=True),
        Binding("t", "toggle_toc", "Contents"),
        Binding("question_mark", "help", "Keys"),
        Binding("q", "quit", "Quit"),
        Binding("right_square_bracket", "next_section", "Next §"),
        Binding("left_square_bracket", "previous_section", "Prev §"),
        Binding("c", "toggle_claims", "Claims"),
        Binding("s", "summits", "Summits"),
        Binding("T,shift+t", "timeline", "Timeline"),
        Binding("v", "step_check(1)", "Next check", show=False),
        Binding("V,shift+v", "step_check(-1)", "Previous check", show=False),
        Binding("n", "next_match", "Next match", show=False),
        Binding("N,shift+n", "previous_match", "Previous match", show=False),
        Binding("b,backspace", "go_back", "Back", show=False),
        Binding("j", "line(1)", "Down", show=False),
        Binding("k", "line(-1)", "Up", show=False),
        Binding("space", "page(1)", "Page down", show=False),
        # The article's own scrolling keys, again at the app: a key typed while the app starts
        # can arrive before the article has the focus (a focused list or box answers first).
        Binding("up", "line(-1)", show=False), Binding("down", "line(1)", show=False),
        Binding("pageup", "page(-1)", show=False), Binding("pagedown", "page(1)", show=False),
        Binding("home", "edge(0)", show=False), Binding("end", "edge(1)", show=False),
        Binding("escape", "clear_search", "Clear search", show=False),
        Binding("ctrl+z", "suspend_process", "Suspend", show=False),
    ]

    def __init__(self, article: Article, start_section: int | None = None, *, theme: str | None = None,
                 color: bool = True, justify: bool = False, measure: int = MAX_MEASURE) -> None:
        """``theme``: as ``--theme`` (None: the theme last chosen here, else auto); ``color``:
        False for no colour at all (``--no-color``, ``NO_COLOR``); ``justify``: as ``--justify``;
        ``measure``: the text column's greatest width."""
        super().__init__()
        self.start_themes = starting_themes(theme)
        self.color = color
        self.reader_styles: dict[str, str] = {}
        """The named styles in use: the palette for the Textual theme's background."""
        self.styled_theme = ""
        """The Textual theme ``reader_styles`` were chosen for."""
        self.article = article
        self.start_section = start_section
        self.justify = justify
        """Paragraphs filled to the width (``--justify``), else ragged-right."""
        self.measure = measure
        self.numbers = render.marker_numbers(article)
        self.current_section = article.sections[0].number if article.sections else 0
        self.claims = False
        self.search_text = ""
        self._jump_target: int | None = None
        """The last section jumped to: at the end of the text it may not reach the top."""
        self.back_stack: list[tuple[int, int]] = []
        """Where the reader was before each jump (``ArticleView.position``), the last one last."""

    # ---- building ------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="topbar")
        with Horizontal(id="body"):
            yield OptionList(*[section_option(s) for s in self.article.sections], id="toc")
            yield ArticleView(self.article, self.numbers, justify=self.justify, measure=self.measure, id="article")
        yield LineInput(placeholder="Search the text (Enter: find, Esc: cancel)", id="search")
        yield Static(id="status")
        yield Footer()
        yield GotoBox(self.article.sections, id="goto-layer")

    @property
    def view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    def on_resize(self, event) -> None:
        self.fit_screen(event.size)
        self.fit_key_bar(event.size.width)

    def fit_key_bar(self, width: int) -> None:
        """On a narrow screen the key bar has short labels and no palette key, so that the keys a
        reader needs first all fit (Textual's compact bar runs them together in some versions)."""
        footer = self.query_one(Footer)
        footer.show_command_palette = width >= NARROW
        self.refresh_bindings()

    async def action_short(self, action: str) -> None:
        """A binding of the narrow key bar: its wide twin's action, called as it is (dispatched
        by name, it would meet ``check_action`` hiding the twin)."""
        done = getattr(self, f"action_{action}")()
        if inspect.isawaitable(done):
            await done

    def fit_screen(self, size: Size | None = None) -> None:
        """Cover the reader while the terminal is too small for it, and uncover it once it fits."""
        size = size or self.size
        small = size.width < MIN_WIDTH or size.height < MIN_HEIGHT
        covered = isinstance(self.screen, TooSmallScreen)
        if small and not covered:
            self.push_screen(TooSmallScreen())
        elif not small and covered:
            self.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the terminal is too small only quitting and suspending work: the reader is covered.

        ``/`` and ``g`` are priority bindings, run as the key arrives, so that the box has the
        keyboard before the next key of a burst is handed on; they stand aside while a box or
        the keys screen is open, so that a ``g`` or ``/`` can be typed into a box.
        """
        narrow = self.size.width < NARROW
        if action == "short":  # the narrow key bar's twin of a binding
            if not narrow:
                return False
            action = str(parameters[0])
        elif narrow and action in SHORT_LABELS:
            return False  # its twin with the short label stands in for it
        if isinstance(self.screen, TooSmallScreen):
            return action in ("quit", "suspend_process")
        if action in ("search", "goto"):
            return not isinstance(self.screen, ModalScreen) and not isinstance(self.focused, Input)
        return True

    def on_mount(self) -> None:
        self.theme = next(name for name in self.start_themes if name in self.available_themes)
        self.theme_styles()
        self.theme_changed_signal.subscribe(self, self.theme_changed)
        view = self.view
        view.claim_letters = not self.color
        if self.start_section:
            view.pending_jump = self.start_section
            self._jump_target = self.current_section = self.start_section
        self.watch(view, "scroll_y", self._scrolled)
        self.screen.set_focus(view)  # now: a key typed during start-up is for the article
        self.query_one("#search", Input).display = False
        self._show_status()
        self._update_topbar()
        self.fit_screen()
        self.fit_key_bar(self.size.width)
        self.app_resume_signal.subscribe(self, self.redraw)

    def redraw(self, _app: App | None = None) -> None:
        """Paint the whole screen again: after Ctrl-Z and ``fg`` the terminal holds the shell's text."""
        self.screen.refresh(repaint=True, layout=True)
        for widget in self.screen.walk_children():
            widget.refresh()

    def theme_styles(self) -> None:
        """Give Textual's console the reader's named styles, so renderables resolve them: the
        palette for a dark or a light background as the Textual theme is, or none but bold,
        italic, underline and reverse without colour."""
        from rich.theme import Theme

        if not self.color:
            styles = monochrome_styles()
        else:
            styles = PALETTES["dark" if self.current_theme.dark else "light"]
        if self.reader_styles:
            self.console.pop_theme()
        self.reader_styles = styles
        self.console.push_theme(Theme(styles))
        self.styled_theme = self.current_theme.name

    def theme_changed(self, theme: Theme) -> None:
        """A theme was chosen (the command palette): colour the article for its background, and
        start with it next time."""
        if theme.name == self.styled_theme:
            return  # the theme set at start-up
        self.theme_styles()
        self.view.lay_out(force=True)
        self._show_status()
        self._update_topbar()
        remember_theme(theme.name)

    def get_line_filters(self):
        """Textual's filters, and without colour one that takes out every colour, Textual's own
        too: Textual alone only turns them grey, for NO_COLOR, and not for ``--no-color``."""
        from textual.filter import NoColor

        filters = list(super().get_line_filters())
        return filters if self.color else [*filters, NoColor()]

    def refresh_blocks(self) -> None:
        """Show the claim colours as they now are."""
        view = self.view
        if view.claims != self.claims:
            if self.claims:
                view.classify()
            view.claims = self.claims
            view.rerender(index for index, _ in view.blocks())

    @property
    def matches(self) -> list[list[tuple[int, int, int]]]:
        """The search matches, each as its pieces (line, start, end) in the article's lines."""
        return self.view.matches

    @property
    def match_index(self) -> int:
        return self.view.match_index

    # ---- where we are --------------------------------------------------------

    def _scrolled(self, scroll_y: float) -> None:
        view = self.view
        current = view.section_at(scroll_y)
        if current is None:
            return
        if view.at_bottom(scroll_y) and self._jump_target is not None and \
                view.headings.get(self._jump_target, -1) >= scroll_y:  # the section jumped to is on screen
            current = self._jump_target
        self.current_section = current
        self._update_topbar()

    def _update_topbar(self) -> None:
        self.query_one("#topbar", Static).update(render.topbar(self.article, self.current_section))
        toc = self.query_one("#toc", OptionList)
        index = next((i for i, s in enumerate(self.article.sections) if s.number == self.current_section), None)
        if index is not None and toc.highlighted != index:
            toc.highlighted = index

    def _show_status(self) -> None:
        status = Text()
        if self.search_text:
            if self.matches:
                status.append(f"match {self.match_index + 1}/{len(self.matches)} for “{self.search_text}”"
                              "  (n: next, N: previous)")
            else:
                status.append(f"no match for “{self.search_text}”")
        if self.claims:
            status.append("   " if status else "")
            for kind in KINDS:
                label = f"‹{CLAIM_LETTERS[kind]}› {kind}" if not self.color else f" {kind} "
                status.append(label, style=self.reader_styles[f"reader.claim.bg.{kind}"])
                status.append(" ")
            hint = "‹?› unsure" if not self.color else "italic: unsure"  # low confidence
            if status.cell_len + len(hint) < self.size.width:  # on the same line, or not at all
                status.append(hint, style="italic" if self.color else "")
        self.query_one("#status", Static).update(status)

    # ---- moving --------------------------------------------------------------

    def remember_place(self) -> None:
        """Keep the place the reader is about to leave by a jump, for ``b`` to come back to."""
        self.back_stack = self.back_stack[-(BACK_LIMIT - 1):] + [self.view.position()]

    def action_go_back(self) -> None:
        """Back to where the reader was before the last jump (g, t, ] [, a search)."""
        if self.back_stack:
            self._jump_target = None
            self.view.go_back_to(self.back_stack.pop())

    def jump_to(self, number: int) -> None:
        """Scroll so that section ``number`` starts at the top of the article view."""
        view = self.view
        self.remember_place()
        self._jump_target = number
        self.current_section = number
        self._update_topbar()
        view.scroll_to_line(lambda: view.headings.get(number, 0))

    def action_line(self, lines: int) -> None:
        self.view.scroll_lines(lines)

    def action_page(self, pages: int) -> None:
        self.view.scroll_pages(pages)

    def action_edge(self, end: int) -> None:
        """The top (0) or the end (1) of the article."""
        view = self.view
        view.scroll_to_line((lambda: view.max_scroll_y) if end else 0)

    def action_next_section(self) -> None:
        numbers = [s.number for s in self.article.sections]
        later = [n for n in numbers if n > self.current_section]
        if later:
            self.jump_to(later[0])

    def action_previous_section(self) -> None:
        numbers = [s.number for s in self.article.sections]
        earlier = [n for n in numbers if n < self.current_section]
        if earlier:
            self.jump_to(earlier[-1])

    def action_toggle_toc(self) -> None:
        toc = self.query_one("#toc", OptionList)
        toc.display = not toc.display
        toc.set_class(self.size.width < NARROW, "overlay")
        if toc.display:
            self.screen.set_focus(toc)
        else:
            self.screen.set_focus(self.view)

    @property
    def toc_visible(self) -> bool:
        return bool(self.query_one("#toc", OptionList).display)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "toc":
            if self.size.width < NARROW:
                self.action_toggle_toc()  # the overlay goes first, so the article has its width back
            self.call_after_refresh(self.jump_to, int(event.option.id or 0))

    def action_goto(self) -> None:
        self.query_one(GotoBox).open()

    def on_goto_box_chosen(self, message: GotoBox.Chosen) -> None:
        self.screen.set_focus(self.view)
        if message.number:
            self.jump_to(message.number)

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_summits(self) -> None:
        self.push_screen(SummitsScreen(self.article))

    def action_timeline(self) -> None:
        self.push_screen(TimelineScreen(self.article))

    def action_toggle_claims(self) -> None:
        self.claims = not self.claims
        self.refresh_blocks()
        self._show_status()

    # ---- search --------------------------------------------------------------

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = True
        box.value = ""
        self.screen.set_focus(box)  # now, not after a refresh: the next key of a burst is for the box

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        self.find(event.value)
        event.input.display = False
        self.screen.set_focus(self.view)

    def action_clear_search(self) -> None:
        box = self.query_one("#search", Input)
        if box.display:
            box.display = False
            self.screen.set_focus(self.view)
        elif self.search_text:
            self.find("")

    def find(self, text: str) -> None:
        """Highlight every occurrence of ``text`` on the page, whatever its case and accents;
        go to the first."""
        self.search_text = neutralise_line(text.strip())
        view = self.view

        def search() -> None:
            view.search(self.search_text)
            self._found()

        view.when_laid_out(search)

    def _found(self) -> None:
        self._show_status()
        if self.matches:
            self._show_match()

    def _show_match(self) -> None:
        view = self.view
        self.remember_place()
        line = view.match_line()
        view.scroll_to(y=max(0, line - view.size.height // 2), animate=False, immediate=True)

    def _step_match(self, step: int) -> None:
        if not self.matches:
            return
        self.view.step_match(step)
        self._found()

    def action_step_check(self, step: int) -> None:
        """Scroll the next (1) or previous (-1) check's callout to the top of the view."""
        view = self.view
        top = round(view.scroll_y)
        rows = [i for i, strip in enumerate(view.lines) if CHECK_CALLOUT.match(strip.text)]
        target = next((i for i in rows if i > top), None) if step > 0 else \
            next((i for i in reversed(rows) if i < top), None)
        if target is None:
            self.notify("no further check" if rows else "this article has no checks", timeout=2)
            return
        self.remember_place()
        view.scroll_to(y=target, animate=False, immediate=True)

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)


def starting_themes(choice: str | None) -> list[str]:
    """The Textual themes to start with, the first that exists: the one ``--theme`` names (dark
    or light); else the one last chosen in the reader, then Textual's light or dark theme as
    ``COLORFGBG`` says."""
    background = choice if choice in ("dark", "light") else background_from_environment()
    remembered = remembered_theme() if choice is None else None
    return [*([remembered] if remembered else []), f"textual-{background}"]


def run(article: Article, start_section: int | None = None, *, theme: str | None = None,
        color: bool = True, justify: bool = False, measure: int = MAX_MEASURE) -> int:
    """Run the reader until the reader quits; return Textual's status (not 0 if the app failed)."""
    app = ReaderApp(article, start_section, theme=theme, color=color, justify=justify, measure=measure)
    app.run()
    return app.return_code or 0
