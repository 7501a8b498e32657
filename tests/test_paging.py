"""Paging as git and bat do it, and the config file's defaults."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run_cli
from terminal import on_pty

pty = pytest.importorskip("pty")


def on_terminal(args: list[str], env_extra: dict[str, str], rows: int = 24) -> tuple[int, bytes]:
    """Run the reader on a pseudo-terminal of 80 columns and ``rows`` lines: (status, screen bytes)."""
    env = {**os.environ, "TERM": "xterm-256color", **env_extra}
    for name in ("NO_COLOR", "COLUMNS", "LINES"):
        env.pop(name, None)
    return on_pty(args, env, rows)


@pytest.fixture
def fake_pager(tmp_path: Path):
    """A pager that keeps what it was given in a file. Named ``less``, it is taken for less."""

    def make(name: str = "keeper") -> tuple[str, Path]:
        kept = tmp_path / f"{name}.out"
        script = tmp_path / name
        script.write_text(f"#!/bin/sh\necho \"LESS=$LESS\" > '{kept}.env'\ncat > '{kept}'\n")
        script.chmod(0o755)
        return str(script), kept

    return make


def test_long_output_on_a_terminal_goes_through_the_pager(fake_pager):
    pager, kept = fake_pager()
    status, screen = on_terminal([], {"PAGER": pager})
    assert status == 0
    paged = kept.read_text(encoding="utf-8")
    assert paged.startswith("Trump Is Doing Putin a Favor") and "Original url" in paged
    assert "\x1b" not in paged  # a pager not known to show styles gets plain text
    assert b"Original url" not in screen  # the text went to the pager, not past the screen


def test_less_gets_colours_and_the_options_that_keep_the_text_on_screen(fake_pager):
    pager, kept = fake_pager("less")
    status, _ = on_terminal([], {"PAGER": pager})
    assert status == 0
    assert "\x1b[" in kept.read_text(encoding="utf-8")
    assert Path(f"{kept}.env").read_text().strip() == "LESS=FRX"


def test_output_that_fits_the_screen_is_printed(fake_pager):
    pager, kept = fake_pager()
    status, screen = on_terminal(["--toc"], {"PAGER": pager}, rows=40)
    assert status == 0 and b"Chaos and incompetence" in screen and not kept.exists()


def test_paging_never_and_a_pipe_print_without_a_pager(fake_pager):
    pager, kept = fake_pager()
    status, screen = on_terminal(["--paging=never"], {"PAGER": pager})
    assert status == 0 and b"Original url" in screen and not kept.exists()
    piped = subprocess.run([sys.executable, "-m", "deyermond_reader"], capture_output=True, text=True,
                           env={**os.environ, "PAGER": pager})
    assert piped.returncode == 0 and "Original url" in piped.stdout and not kept.exists()


def test_a_pager_that_cannot_start_is_one_line_and_exit_1():
    status, screen = on_terminal(["-p"], {"PAGER": "nonexistent-pager"})
    lines = screen.decode().strip().splitlines()  # on a terminal, the error wraps at its width
    assert status == 1 and lines[0].startswith("deyermond-reader: error: cannot start the pager")
    assert " ".join(lines).endswith("'nonexistent-pager': no such file or directory")


def test_a_pager_that_cannot_start_from_a_pipe_is_an_error_too():
    result = subprocess.run([sys.executable, "-m", "deyermond_reader", "-p", "--toc"], capture_output=True,
                            text=True, env={**os.environ, "PAGER": "nonexistent-pager"})
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "cannot start the pager 'nonexistent-pager'" in result.stderr


def test_more_gets_no_escape_sequences(fake_pager):
    from deyermond_reader.output.paging import shows_styles, without_styles

    assert not shows_styles(["more"], {})
    assert shows_styles(["less"], {"LESS": "FRX"}) and shows_styles(["less", "-R"], {})
    assert not shows_styles(["less"], {"LESS": "-F -X"})
    assert without_styles("\x1b[1mbold\x1b[0m \x1b]8;id=1;https://a.b\x1b\\link\x1b]8;;\x1b\\") == "bold link"


def test_the_interactive_reader_refuses_paging_but_not_a_config_default(tmp_path):
    assert run_cli("-i", "-p").code == 2
    config = tmp_path / "config.toml"
    config.write_text('paging = "always"\n')
    result = run_cli("-i", "--config", str(config))  # past the option checks, to the terminal check
    assert "already full screen" not in result.err and "needs a terminal" in result.err


def test_the_config_file_sets_defaults_the_command_line_overrides(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "deyermond-reader").mkdir()
    (tmp_path / "deyermond-reader" / "config.toml").write_text("width = 40\n")
    narrow = run_cli("--no-cache", "-s", "1")
    assert narrow.code == 0 and max(map(len, narrow.out.splitlines())) <= 40
    wide = run_cli("--no-cache", "-s", "1", "-w", "70")
    assert max(map(len, wide.out.splitlines())) > 40


@pytest.mark.parametrize("content, problem", [
    ("width = 5\n", "width must be a whole number from 20 to 1000, not 5"),
    ("colour = 'red'\n", "unknown key 'colour'"),
    ('paging = "sometimes"\n', "paging must be one of auto, always, never, not 'sometimes'"),
    ("justify = 'yes'\n", "justify must be true or false"),
    ("width = \n", "broken config file"),
])
def test_a_broken_config_is_one_line_naming_the_file(tmp_path, content, problem):
    config = tmp_path / "config.toml"
    config.write_text(content)
    result = run_cli("--config", str(config))
    assert result.code == 1
    assert result.err.count("\n") == 1 and str(config) in result.err and problem in result.err


def test_a_missing_config_named_on_the_command_line_is_an_error(tmp_path):
    result = run_cli("--config", str(tmp_path / "absent.toml"))
    assert result.code == 1 and "no such config file" in result.err


def test_the_config_file_chooses_the_theme_and_justification(tmp_path, monkeypatch):
    from test_theme import NOTE, escape, printed_on_a_terminal

    config = tmp_path / "config.toml"
    config.write_text('theme = "light"\njustify = true\n')
    light = printed_on_a_terminal(monkeypatch, "--config", str(config), "-w", "60")
    assert escape(NOTE["light"]) in light and escape(NOTE["dark"]) not in light
    plain = run_cli("--config", str(config), "-s", "2", "-w", "60", "--no-cache").out
    assert "  " in plain.split("2. How summits used to work")[1]  # filled lines widen gaps
    ragged = run_cli("--config", str(config), "-s", "2", "-w", "60", "--no-cache", "--no-justify").out
    body = ragged.split("2. How summits used to work")[1]
    assert "  " not in "\n".join(line for line in body.splitlines() if not line.startswith("┃"))


@pytest.mark.skipif(not (shutil.which("tmux") and shutil.which("less")), reason="needs tmux and less")
def test_a_real_terminal_pages_through_less_and_keeps_the_text_after_q(tmp_path):
    """In tmux at 80x24: the article opens in less (one screen, less's prompt, not the end of the
    article), q leaves less with the screen kept, and the status is 0; into a pipe, no pager."""
    from terminal import Tmux, wait_for_file

    done = tmp_path / "done"
    env = "env -u LESS -u PAGER -u NO_COLOR -u COLUMNS -u LINES"
    terminal = Tmux(f"{env} {sys.executable} -m deyermond_reader; echo $? > {done}; sleep 30")
    try:
        shown = terminal.wait_for("A summit in Alaska")
        assert "Original url" not in shown and not done.exists()  # less waits on its first screen
        terminal.send("q")
        assert wait_for_file(done) == "0"
        assert "A summit in Alaska" in terminal.screen()  # left on the screen (LESS=FRX)
    finally:
        terminal.close()
    piped = tmp_path / "piped"
    terminal = Tmux(f"{env} {sys.executable} -m deyermond_reader | tail -n 2 > {piped}; echo $? > {done}2; sleep 30")
    try:
        assert wait_for_file(tmp_path / "done2") == "0"
        assert "themoscowtimes.com" in piped.read_text()
    finally:
        terminal.close()
