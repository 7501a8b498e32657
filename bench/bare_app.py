"""The baseline for the interactive reader's start-up: a bare Textual app showing the article's
text in one ``Static``, quitting on ``q``. Textual's own cost of answering a first key."""

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static


class Bare(App[None]):
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self.text, markup=False)


if __name__ == "__main__":
    Bare(Path(sys.argv[1]).read_text(encoding="utf-8")).run()
