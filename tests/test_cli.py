"""The command line contract: modes, exit codes, one-line errors, plain output."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import SEED, run_cli

ESC = "\x1b"


def test_default_reads_the_bundled_op_ed():
    result = run_cli("-w", "80")
    assert result.code == 0 and result.err == ""
    assert result.out.startswith("Trump Is Doing Putin a Favor")
    assert ESC not in result.out


def test_section_by_name_prints_only_that_section_under_the_title():
    result = run_cli("-s", "chaos")
    assert result.code == 0
    assert result.out.splitlines()[0].startswith("Trump Is Doing Putin a Favor")
    assert "5. Chaos and incompetence" in result.out
    assert "1. A summit in Alaska" not in result.out


@pytest.mark.parametrize("name, fragment", [
    ("summit", "ambiguous"),
    ("xyzzy", "no section matches"),
])
def test_bad_section_names_exit_2_with_stdout_empty(name, fragment):
    result = run_cli("-s", name)
    assert result.code == 2
    assert result.out == ""
    assert fragment in result.err and "1. A summit in Alaska" in result.err


def test_toc():
    result = run_cli("--toc")
    assert result.code == 0
    assert "7   A wake-up call for allies" in result.out


def test_json_schema():
    data = json.loads(run_cli("--json").out)
    assert data["title"].startswith("Trump Is Doing Putin")
    assert data["author"] == "Ruth Deyermond"
    assert data["date"] == "2025-08-14"
    assert data["credit"] == "Alexander Nemenov / AFP"
    assert data["caption"].startswith("Matryoshka dolls")
    assert data["source_url"].startswith("https://www.themoscowtimes.com/")
    assert len(data["asides"]) == 2
    assert [s["number"] for s in data["sections"]] == list(range(1, 8))
    sentences = [s for sec in data["sections"] for p in sec["paragraphs"] for s in p["sentences"]]
    assert len(sentences) == 55 and all(s["text"] for s in sentences)


def test_json_of_one_section():
    data = json.loads(run_cli("--json", "-s", "3").out)
    assert [s["name"] for s in data["sections"]] == ["Hosting as a signal"]


def test_stdin_is_read_with_a_dash():
    result = run_cli("-", stdin=b"# From stdin\n\nHello there.\n")
    assert result.code == 0
    assert "From stdin" in result.out and "Hello there." in result.out


@pytest.mark.parametrize("make, fragment", [
    (lambda p: p / "missing.md", "no such file"),
    (lambda p: p, "is a directory"),
    (lambda p: _write(p / "latin1.md", "caf\xe9 au lait".encode("latin-1")), "not UTF-8 text (invalid byte at offset 3)"),
    (lambda p: _write(p / "binary.md", b"PK\x03\x04\x00\x00"), "looks binary (NUL byte at offset 4)"),
    (lambda p: _write(p / "empty.md", b""), "empty"),
    (lambda p: _write(p / "blank.md", b"  \n\t\n"), "empty"),
])
def test_unreadable_input_is_one_line_and_exit_1(tmp_path, make, fragment):
    path = make(tmp_path)
    result = run_cli(str(path))
    assert result.code == 1
    assert result.out == ""
    assert result.err.count("\n") == 1 and fragment in result.err
    assert result.err.startswith("deyermond-reader: error: ")


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("args", [["-w", "5"], ["-w", "wide"], ["--no-such-flag"], ["--toc", "--json"]])
def test_usage_errors_exit_2(args):
    result = run_cli(*args)
    assert result.code == 2


def test_version_and_help():
    from deyermond_reader import __version__

    version = subprocess.run([sys.executable, "-m", "deyermond_reader", "--version"],
                             capture_output=True, text=True)
    assert version.stdout.strip() == f"deyermond-reader {__version__}"
    helped = subprocess.run([sys.executable, "-m", "deyermond_reader", "--help"],
                            capture_output=True, text=True)
    assert helped.returncode == 0 and "examples:" in helped.stdout and "--section" in helped.stdout


def _run(args, env_extra=None, **kwargs):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "deyermond_reader", *args], capture_output=True,
                          env=env, **kwargs)


def test_no_escape_bytes_when_stdout_is_not_a_terminal():
    result = _run(["-w", "60"])
    assert result.returncode == 0 and b"\x1b" not in result.stdout and result.stderr == b""


def test_closed_pipe_ends_quietly():
    command = f"{sys.executable} -m deyermond_reader | head -1"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True)
    assert result.stdout.startswith("Trump Is Doing Putin")
    assert result.stderr == ""


def test_no_color_is_honoured_on_a_terminal():
    """Under a pseudo-terminal, colour appears, and NO_COLOR / --no-color remove every escape."""
    pytest.importorskip("pty")
    from terminal import on_pty

    def capture(args, env_extra=None):
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", **(env_extra or {})}
        env.pop("NO_COLOR", None) if not env_extra else None
        return on_pty(args, env)[1]

    assert b"\x1b[" in capture(["-s", "1"])
    assert b"\x1b" not in capture(["-s", "1", "--no-color"])
    assert b"\x1b" not in capture(["-s", "1"], {"NO_COLOR": "1"})


def test_seed_in_repository_is_the_bundled_op_ed():
    from deyermond_reader.text.source import bundled_article

    assert bundled_article().read_bytes() == SEED.read_bytes()
