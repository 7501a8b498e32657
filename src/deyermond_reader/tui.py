"""Provides the interactive reader (``-i``): the annotated article in a Textual app.

It shows the same renderables as the printed mode, one widget per block, so
a jump, a search match or a claim colouring re-renders only what it touches.
Textual is imported only here, and only when ``-i`` is given.
"""

from __future__ import annotations

import re

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from . import render
from .claims import KINDS
from .model import Article, Aside, Paragraph, Section
from .sections import rank_sections
from .theme import STYLES

NARROW = 60
"""Below this width the contents list covers the article instead of sitting beside it."""

KEYS = """\
↑ ↓  j k          scroll a line
PgUp PgDn space   scroll a page
Home End          top, bottom
t                 contents (Enter or a click jumps)
g                 go to a section by any part of its name
] [               next, previous section
/                 search the text
n N               next, previous match
c                 colour sentences by claim kind
?                 these keys
q                 quit"""


class BlockView(Static):
    """One paragraph or aside of the article, re-rendered when search or colouring changes."""

    def __init__(self, item: Paragraph | Aside, section: int, renderable, **kwargs) -> None:
        super().__init__(renderable, **kwargs)
        self.item, self.section = item, section


class GotoScreen(ModalScreen[int | None]):
    """Type any part of a section's name or its number; matches show as you type."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, sections: tuple[Section, ...]) -> None:
        super().__init__()
        self.sections = sections
        self.matches: list[Section] = list(sections)

    def compose(self) -> ComposeResult:
        with Vertical(id="goto"):
            yield Static("Go to section (Enter: the first match, Esc: cancel)", id="goto-title",
                         markup=False)
            yield Input(placeholder="part of a name, or a number", id="goto-input")
            yield Static("", id="goto-none", markup=False)
            yield OptionList(*self._options(), id="goto-list")

    def _options(self) -> list[Option]:
        return [Option(f"{s.number}. {s.name}", id=str(s.number)) for s in self.matches]

    def on_input_changed(self, event: Input.Changed) -> None:
        self.matches = rank_sections(self.sections, event.value)
        options = self.query_one("#goto-list", OptionList)
        options.clear_options()
        options.add_options(self._options())
        self.query_one("#goto-none", Static).update(
            "" if self.matches else f"No section matches “{event.value}”")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.matches:
            self.dismiss(self.matches[0].number)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or 0))

    def action_cancel(self) -> None:
        self.dismiss(None)


class HelpScreen(ModalScreen[None]):
    """The keys, until any of Escape, q or ? is pressed."""

    BINDINGS = [Binding("escape", "close"), Binding("q", "close"), Binding("question_mark", "close")]

    def compose(self) -> ComposeResult:
        with Vertical(id="help"):
            yield Static("Keys", id="help-title", markup=False)
            yield Static(KEYS, markup=False)

    def action_close(self) -> None:
        self.dismiss(None)


class ReaderApp(App[None]):
    """The op-ed (or any article), scrollable, with contents, go-to, search and claim colours."""

    CSS_PATH = "reader.tcss"
    TITLE = "deyermond-reader"
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("t", "toggle_toc", "Contents"),
        Binding("g", "goto", "Go to"),
        Binding("right_square_bracket", "next_section", "Next §"),
        Binding("left_square_bracket", "previous_section", "Prev §"),
        Binding("slash", "search", "Search"),
        Binding("n", "next_match", "Next match", show=False),
        Binding("N,shift+n", "previous_match", "Previous match", show=False),
        Binding("c", "toggle_claims", "Claims"),
        Binding("question_mark", "help", "Keys"),
        Binding("j", "line(1)", "Down", show=False),
        Binding("k", "line(-1)", "Up", show=False),
        Binding("space", "page(1)", "Page down", show=False),
        Binding("escape", "clear_search", "Clear search", show=False),
    ]

    def __init__(self, article: Article, start_section: int | None = None) -> None:
        super().__init__()
        self.article = article
        self.start_section = start_section
        self.numbers = render.summit_numbers(article)
        self.current_section = article.sections[0].number if article.sections else 0
        self.claims = False
        self.search_text = ""
        self.matches: list[tuple[BlockView, int, int]] = []
        self.match_index = -1
        self._jump_target: int | None = None
        """The last section jumped to: at the end of the text it may not reach the top."""

    # ---- building ------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="topbar")
        with Horizontal(id="body"):
            yield OptionList(*[Option(f"{s.number}. {s.name}", id=str(s.number))
                               for s in self.article.sections], id="toc")
            with VerticalScroll(id="article"):
                yield from self._article_widgets()
        yield Input(placeholder="Search the text (Enter: find, Esc: cancel)", id="search")
        yield Static(id="status")
        yield Footer()

    def _article_widgets(self):
        for kind, number, item, renderable in render.reader_parts(self.article):
            if kind == "heading":
                yield Static(renderable, id=f"section-{number}", classes="heading")
            elif kind == "block":
                yield BlockView(item, number, renderable, classes="block")
            else:
                yield Static(renderable, classes=kind)

    def on_mount(self) -> None:
        self.theme_styles()
        view = self.query_one("#article", VerticalScroll)
        self.watch(view, "scroll_y", self._scrolled)
        view.focus()
        self.query_one("#search", Input).display = False
        self._show_status()
        if self.start_section:
            self.call_after_refresh(self.jump_to, self.start_section)
        self._update_topbar()

    def theme_styles(self) -> None:
        """Give Textual's console the reader's named styles, so renderables resolve them."""
        from rich.theme import Theme

        self.console.push_theme(Theme(STYLES))

    def refresh_blocks(self) -> None:
        found: dict[int, list[tuple[int, int, bool]]] = {}
        for number, (widget, start, end) in enumerate(self.matches):
            found.setdefault(id(widget), []).append((start, end, number == self.match_index))
        for widget in self.query(BlockView):
            widget.update(render.block(widget.item, self.numbers, found=found.get(id(widget), ()),
                                       claims=self.claims))

    # ---- where we are --------------------------------------------------------

    def _headings(self) -> list[tuple[int, Static]]:
        return [(s.number, self.query_one(f"#section-{s.number}", Static)) for s in self.article.sections]

    def _scrolled(self, scroll_y: float) -> None:
        view = self.query_one("#article", VerticalScroll)
        headings = self._headings()
        if not headings or not any(widget.virtual_region.y for _, widget in headings):
            return  # not laid out yet
        at_bottom = scroll_y >= view.max_scroll_y - 0.5 and view.max_scroll_y > 0
        limit = scroll_y + (view.size.height - 1 if at_bottom else 1)
        current = headings[0][0]
        for number, widget in headings:
            if widget.virtual_region.y <= limit:
                current = number
        if at_bottom and self._jump_target is not None:
            target = self.query_one(f"#section-{self._jump_target}", Static)
            if target.virtual_region.y >= scroll_y:  # the section jumped to is still on screen
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
                status.append(f" {kind} ", style=STYLES[f"reader.claim.bg.{kind}"])
                status.append(" ")
        self.query_one("#status", Static).update(status)

    # ---- moving --------------------------------------------------------------

    def jump_to(self, number: int) -> None:
        """Scroll so that section ``number`` starts at the top of the article view."""
        heading = self.query_one(f"#section-{number}", Static)
        view = self.query_one("#article", VerticalScroll)
        self._jump_target = number
        view.scroll_to(y=heading.virtual_region.y, animate=False, immediate=True)
        self.current_section = number
        self._update_topbar()

    def action_line(self, lines: int) -> None:
        self.query_one("#article", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        view = self.query_one("#article", VerticalScroll)
        view.scroll_relative(y=pages * max(1, view.size.height - 1), animate=False)

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
            toc.focus()
        else:
            self.query_one("#article", VerticalScroll).focus()

    @property
    def toc_visible(self) -> bool:
        return bool(self.query_one("#toc", OptionList).display)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "toc":
            if self.size.width < NARROW:
                self.action_toggle_toc()  # the overlay goes first, so the article has its width back
            self.call_after_refresh(self.jump_to, int(event.option.id or 0))

    def action_goto(self) -> None:
        def chosen(number: int | None) -> None:
            if number:
                self.jump_to(number)
            self.query_one("#article", VerticalScroll).focus()

        self.push_screen(GotoScreen(self.article.sections), chosen)

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_toggle_claims(self) -> None:
        self.claims = not self.claims
        self.refresh_blocks()
        self._show_status()

    # ---- search --------------------------------------------------------------

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = True
        box.value = ""
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        self.find(event.value)
        event.input.display = False
        self.query_one("#article", VerticalScroll).focus()

    def action_clear_search(self) -> None:
        box = self.query_one("#search", Input)
        if box.display:
            box.display = False
            self.query_one("#article", VerticalScroll).focus()
        elif self.search_text:
            self.find("")

    def find(self, text: str) -> None:
        """Highlight every case-insensitive occurrence of ``text``; go to the first."""
        self.search_text = text.strip()
        self.matches = []
        if self.search_text:
            pattern = re.compile(re.escape(self.search_text), re.IGNORECASE)
            for widget in self.query(BlockView):
                self.matches += [(widget, m.start(), m.end()) for m in pattern.finditer(widget.item.text)]
        self.match_index = 0 if self.matches else -1
        self.refresh_blocks()
        self._show_status()
        if self.matches:
            self._show_match()

    def _show_match(self) -> None:
        widget = self.matches[self.match_index][0]
        self.query_one("#article", VerticalScroll).scroll_to_center(widget, animate=False, immediate=True)

    def _step_match(self, step: int) -> None:
        if not self.matches:
            return
        self.match_index = (self.match_index + step) % len(self.matches)
        self.refresh_blocks()
        self._show_status()
        self._show_match()

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)


def run(article: Article, start_section: int | None = None, first_screen=None) -> None:
    """Run the reader; with ``first_screen`` (a painted ``FirstScreen``) the app keeps its text."""
    app = ReaderApp(article, start_section)
    if first_screen is not None and first_screen.painted:
        app.driver_class = keeping_first_screen(app.driver_class, first_screen)
    app.run()


def keeping_first_screen(driver_class, first_screen):
    """A driver that enters the alternate screen without clearing what was drawn there.

    Some terminals clear the alternate screen when asked to enter it again,
    which would blank the first screen until the app paints; and it tells the
    first screen when the app has given the terminal back.
    """
    from textual.drivers.linux_driver import LinuxDriver

    if not issubclass(driver_class, LinuxDriver):
        return driver_class

    class KeepingDriver(driver_class):
        _entered = False

        def write(self, data: str) -> None:
            if data == ALTERNATE_SCREEN and not self._entered:
                self._entered = True  # the first screen is already there
                return
            super().write(data)

        def stop_application_mode(self) -> None:
            super().stop_application_mode()
            first_screen.released = True

    return KeepingDriver


ALTERNATE_SCREEN = "\x1b[?1049h"
