"""An article piped into the full-screen reader: the article from standard input, the keys from the
terminal; without a terminal to take keys from, one line and status 1."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from terminal import Tmux, wait_for_file

SEED = Path(__file__).resolve().parents[1] / "seeds" / "trump-is-doing-putin-a-favor.md"
needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


@needs_tmux
def test_a_piped_article_is_searched_with_keys_from_the_terminal(tmp_path):
    done = tmp_path / "done"
    terminal = Tmux(f"cat {SEED} | {sys.executable} -m deyermond_reader - -i; echo $? > {done}")
    try:
        terminal.wait_for("Quit")
        terminal.send("/", *"reykjavik", "Enter")
        shown = terminal.wait_for("match 1/5 for “reykjavik”")
        assert "[2] Reykjavík Summit" in shown  # the callout, from the piped text
        terminal.send("q")
        assert wait_for_file(done) == "0"
    finally:
        terminal.close()


@needs_tmux
@pytest.mark.skipif(shutil.which("setsid") is None, reason="setsid is not installed")
def test_a_piped_article_without_a_terminal_for_keys_is_one_line_and_status_1(tmp_path):
    """Drawn on a terminal but started outside any session that has one (``setsid``): no keys."""
    done = tmp_path / "done"
    terminal = Tmux(f"cat {SEED} | setsid -w {sys.executable} -m deyermond_reader - -i; echo $? > {done}; "
                    "sleep 60")  # the pane stays, showing what the reader wrote
    try:
        assert wait_for_file(done, seconds=20) == "1"
        shown = [row for row in terminal.screen().splitlines() if row.strip()]
        assert shown == ["deyermond-reader: error: --interactive needs a terminal to read keys from"]
    finally:
        terminal.close()


def test_no_terminal_at_all_is_one_line_and_status_1():
    result = subprocess.run([sys.executable, "-m", "deyermond_reader", "-", "-i"], input=SEED.read_bytes(),
                            capture_output=True, timeout=60)
    assert (result.returncode, result.stdout) == (1, b"")
    assert result.stderr.decode() == "deyermond-reader: error: --interactive needs a terminal on standard output\n"
