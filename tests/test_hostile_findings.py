"""Hostile input, round two: each finding with its exact input and the answer the reader gives.

Every row is one thing an attacker or an unlucky user tried: what goes in, and the message,
exit status or output that must come out.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from deyermond_reader import build_article
from deyermond_reader.text.source import decode, neutralise, neutralise_line

from conftest import SEED, run_cli

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE = "\u200b\u2060\ufeff"


def _file(tmp_path, text: str, name: str = "a.md") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# ---- bidi and invisible controls ---------------------------------------------------------


TROJAN = "# Access \u202e}nimda{\u2066 check\n\nBy Eve\n\nThe user\u202e is \u2067admin\u2069 now, zero\u200bwidth, join\u2060ed, " \
         "b\ufeffom.\n\n## Part \u202eowt\n\nMore text here.\n"


@pytest.mark.parametrize("mode", [[], ["--toc"], ["--json"], ["--claims"], ["--no-annotations"], ["-s", "2"]])
def test_bidi_and_invisible_controls_never_reach_the_output(tmp_path, mode):
    result = run_cli(_file(tmp_path, TROJAN), "--no-cache", *mode)
    assert result.code == 0, result.err
    output = json.dumps(json.loads(result.out), ensure_ascii=False) if mode == ["--json"] else result.out
    assert not set(output) & set(BIDI + INVISIBLE)
    assert "‹202E›" in output
    if mode not in (["--toc"], ["-s", "2"]):
        assert "zerowidth" in output.replace("\n", " ")


def test_bidi_controls_are_shown_and_the_needed_joiners_kept():
    text = "a\u202eb \u2066c\u2069 \u200d\U0001F469\u200d\U0001F4BB \u200cز\u200fr"
    shown = neutralise(text)
    assert shown == "a‹202E›b ‹2066›c‹2069› \u200d\U0001F469\u200d\U0001F4BB \u200cز\u200fr"
    assert neutralise("zero\u200bwidth\u2060join\ufeffbom") == "zerowidthjoinbom"


def test_bidi_controls_in_error_messages_are_shown(tmp_path):
    result = run_cli(str(tmp_path / "evil\u202egpj.md"))
    assert result.code == 1
    assert "evil‹202E›gpj.md: no such file" in result.err and "\u202e" not in result.err


def test_toc_columns_stay_aligned_with_wide_and_invisible_characters(tmp_path):
    names = ["Flags \U0001F1FA\U0001F1F8 and \U0001F1F7\U0001F1FA", "Family \U0001F468\u200d\U0001F469\u200d\U0001F467",
             "Override \u202e here", "Plain name", "Wide 字字字", "Combining e\u0301e\u0301"]
    body = "\n\n".join(f"## {name}\n\nSome words in the section." for name in names)
    result = run_cli(_file(tmp_path, f"# T\n\n{body}\n"), "--toc", "--no-cache")
    from rich.cells import cell_len

    rows = [line for line in result.out.splitlines() if line[:1].isdigit()]
    assert len(rows) == len(names)
    assert len({cell_len(row) for row in rows}) == 1, rows


# ---- line and paragraph separators -------------------------------------------------------


@pytest.mark.parametrize("width", [60, 88])
def test_unicode_line_separators_break_lines_and_never_widen_them(tmp_path, width):
    words = " ".join(f"word{n}" for n in range(60))
    text = f"# T\n\n{words}\u2028 {words}\u2029 {words}\n"
    result = run_cli(_file(tmp_path, text), "-w", str(width), "--no-cache")
    assert result.code == 0
    assert max(len(line) for line in result.out.splitlines()) <= width
    assert "\u2028" not in result.out and "\u2029" not in result.out
    assert decode("a\u2028b\u2029c".encode(), "x") == "a\nb\n\nc"


# ---- error messages: one line, nothing raw -----------------------------------------------


def test_argparse_messages_echo_no_raw_bytes():
    result = run_cli("a.md", "b\x1b]0;owned\x07\x1b[2J.md")
    assert result.code == 2
    assert "\x1b" not in result.err and "\x07" not in result.err
    assert "unrecognized arguments: b␛]0;owned␇␛[2J.md" in result.err


@pytest.mark.parametrize("args, first_line", [
    (["x\nforged: error: second line.md"], "x␤forged: error: second line.md: no such file"),
    (["-s", "x\ndeyermond-reader: error: forged"], "no section matches 'x\\ndeyermond-reader: error: forged'"),
])
def test_a_newline_in_a_name_cannot_forge_a_second_error_line(args, first_line):
    result = run_cli(*args)
    lines = result.err.splitlines()
    assert first_line in lines[0]
    assert all(not line.startswith("deyermond-reader") for line in lines[1:])
    assert all(line.startswith("  ") for line in lines[1:])  # only the indented list of sections


def test_unknown_section_lists_the_sections_one_per_line():
    result = run_cli("-s", "xyzzy")
    assert result.code == 2
    assert result.err.splitlines() == [
        "deyermond-reader: error: no section matches 'xyzzy'; the sections are:",
        "  1. A summit in Alaska", "  2. How summits used to work", "  3. Hosting as a signal",
        "  4. Trump's turn toward Moscow", "  5. Chaos and incompetence", "  6. The Kremlin's opportunity",
        "  7. A wake-up call for allies"]


def test_neutralise_line_keeps_one_line():
    assert neutralise_line("a\nb\tc\x1b") == "a␤b c␛"


# ---- crashes -----------------------------------------------------------------------------


@pytest.mark.parametrize("date, weekday", [("December 31, 9999", "Saturday"), ("January 1, 0001", "Sunday"),
                                           ("December 31, 9999", "Monday"), ("January 1, 0001", "Friday")])
def test_a_date_at_the_end_of_the_calendar_is_no_crash(tmp_path, date, weekday):
    text = f"# T\n\nBy A\n\n{date}\n\nReagan and Gorbachev met in Geneva on {weekday} at the summit.\n"
    for mode in ([], ["--json"], ["--claims"], ["--summits"]):
        result = run_cli(_file(tmp_path, text), "--no-cache", *mode)
        assert result.code == 0, result.err
    assert build_article(text).date.year in (1, 9999)


@pytest.mark.parametrize("digits", [4301, 5000, 100_000])
def test_a_huge_section_number_is_a_usage_error(digits):
    result = run_cli("-s", "9" * digits)
    assert result.code == 2 and result.out == ""
    first = result.err.splitlines()[0]
    assert first.startswith("deyermond-reader: error: there is no section '999") and len(first) < 200


def _program(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONUNBUFFERED": "", "COLUMNS": "80"}
    return subprocess.run([sys.executable, "-m", "deyermond_reader", *args], capture_output=True,
                          env=env, timeout=60, **kwargs)


def test_closed_stdout_is_one_line_and_exit_1():
    result = subprocess.run(f'"{sys.executable}" -m deyermond_reader --no-cache >&-', shell=True,
                            capture_output=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.decode() == "deyermond-reader: error: standard output is closed\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("cache", [["--no-cache"], []])
def test_a_full_disk_is_one_line_and_exit_1(cache):
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "deyermond_reader", *cache], stdout=full,
                                stderr=subprocess.PIPE, timeout=60)
    assert result.returncode == 1
    assert result.stderr.decode() == "deyermond-reader: error: cannot write the output (No space left on device)\n"


@pytest.mark.parametrize("args", [["--no-cache"], [], ["--claims"], ["--claims", "--no-cache"],
                                  ["--summits"], ["--toc", "--no-cache"], ["--json"], ["LONG"]])
def test_a_closed_pipe_exits_0_quietly_cached_or_not(tmp_path, args):
    if args == ["LONG"]:
        args = [_file(tmp_path, SEED.read_text(encoding="utf-8") * 3)]  # over the output cache's 64 KiB
    for _ in range(2):  # the second run is answered from the cache where it can be
        width = [] if "--json" in args else ["-w", "80"]  # JSON has no width
        process = subprocess.Popen([sys.executable, "-m", "deyermond_reader", *width, *args],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        process.stdout.readline()
        process.stdout.close()  # what head -1 does
        assert process.wait(timeout=60) == 0
        assert process.stderr.read() == b""
        process.stderr.close()


# ---- the small ones ----------------------------------------------------------------------


@pytest.mark.parametrize("args, code, message", [
    ([""], 2, "the PATH is empty: give a file, or - for standard input"),
    (["--legend", "/nonexistent"], 2, "--legend reads no article: drop the PATH"),
])
def test_options_never_ignore_a_path(args, code, message):
    result = run_cli(*args)
    assert (result.code, result.out) == (code, "")
    assert result.err == f"deyermond-reader: error: {message}\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le"])
def test_utf16_with_a_byte_order_mark_is_read(tmp_path, encoding):
    text = "# Tête-à-tête\n\nRéunion à Genève, 1985.\n"
    data = ("\ufeff" + text).encode(encoding) if encoding != "utf-16" else text.encode(encoding)
    path = tmp_path / "u.md"
    path.write_bytes(data)
    result = run_cli(str(path), "--no-cache", "--no-annotations")
    assert result.code == 0, result.err
    assert "Réunion à Genève, 1985." in result.out


def test_broken_utf16_names_utf16(tmp_path):
    path = tmp_path / "u.md"
    path.write_bytes("\ufeff# T\n\nok".encode("utf-16-le") + b"\x00\xd8")
    result = run_cli(str(path))
    assert result.code == 1
    assert "u.md: not UTF-16 text despite its byte-order mark" in result.err


@pytest.mark.parametrize("link, shown", [
    ("[files](ftp://example.org/a)", "files (ftp://example.org/a)"),
    ("[call](tel:+15551234)", "call (tel:+15551234)"),
    ("[box](ssh://host.example)", "box (ssh://host.example)"),
    ("[notes](docs/notes.md)", "notes (docs/notes.md)"),
    ("<ssh://host.example>", "ssh://host.example"),
    ("[web](https://example.org)", "web"),
])
def test_links_that_cannot_be_hyperlinks_print_their_target(tmp_path, link, shown):
    result = run_cli(_file(tmp_path, f"# T\n\nSee {link} today.\n"), "--no-cache", "-w", "100")
    assert f"See {shown} today." in result.out
    if shown == "web":
        assert "example.org" not in result.out


# ---- pathological sizes ------------------------------------------------------------------


@pytest.mark.parametrize("word", ["a" * 5_000_000, "字" * 300_000, "é" * 2_500_000],
                         ids=["ascii", "wide", "accented"])  # a 5 MB id would not fit in the environment
def test_a_huge_word_folds_in_linear_time(tmp_path, word):
    path = _file(tmp_path, f"# T\n\n{word}\n")
    started = __import__("time").perf_counter()
    result = _program("--no-cache", "-w", "61", path)
    elapsed = __import__("time").perf_counter() - started
    assert result.returncode == 0
    body = [line for line in result.stdout.decode().splitlines()[4:] if line]
    assert "".join(body) == word  # every character, in order
    from rich.cells import cell_len

    assert max(cell_len(line) for line in body) <= 61
    assert elapsed < 30  # about 1 s alone, 7 s on a loaded machine; quadratic took minutes


@pytest.mark.parametrize("text, limit", [
    ("X.\n\n" * 200_001, "more than 200,000 lines, the reader's limit"),
    ("# T\n\n" + "## H\n" * 20_001, "more than 20,000 blocks (paragraphs, headings, list items), the reader's limit"),
    ("# T\n\n" + "- item\n" * 20_001, "more than 20,000 blocks"),
    ("# T\n\n" + "*a* " * 125_001, "more than 250,000 inline markup characters"),
    ("# T\n\n" + "[a](http://x.y) " * 125_001, "more than 250,000 inline markup characters"),
    ("# T\n\n" + "X. " * 150_001, "more than 150,000 sentences, the reader's limit"),
])
def test_inputs_past_a_limit_are_refused_before_parsing(tmp_path, text, limit):
    result = run_cli(_file(tmp_path, text), "--no-cache")
    assert result.code == 1 and result.out == ""
    assert result.err.count("\n") == 1 and limit in result.err


def test_the_interactive_limits_are_checked_even_from_the_cache(tmp_path, monkeypatch):
    from deyermond_reader import cli

    path = _file(tmp_path, "# T\n\n" + "Reagan met Gorbachev. " * 25_001)
    assert run_cli(path, "--json").code == 0  # accepted printed, and cached with claim kinds
    monkeypatch.setattr(cli, "_isatty", lambda stream: True)
    result = run_cli(path, "-i")
    assert result.code == 1
    assert result.err.strip().endswith("more than 25,000 sentences, the reader's limit for the interactive "
                                       "reader (print it instead)")


def test_the_benchmark_text_is_within_every_limit():
    from deyermond_reader.text.source import INTERACTIVE, check_shape

    check_shape(SEED.read_text(encoding="utf-8") * 200, "2 MB", INTERACTIVE)  # raises if not


# ---- options never silently ignored ------------------------------------------------------


@pytest.mark.parametrize("args, message", [
    (["--legend", "-s", "nosuch"], "--legend shows no sections: drop -s"),
    (["-i", "-p"], "-i/--interactive is already full screen: drop -p"),
    (["--json", "-w", "60"], "--json has no line width to set: drop -w"),
    (["--claims", "--no-annotations"], "--claims shows annotations: drop --no-annotations"),
    (["--summits", "--no-annotations"], "--summits shows annotations: drop --no-annotations"),
    (["--timeline", "--no-annotations"], "--timeline shows annotations: drop --no-annotations"),
    (["--toc", "--all"], "--all goes with --summits"),
])
def test_an_option_a_view_cannot_use_is_refused_in_one_line(args, message):
    result = run_cli(*args)
    assert (result.code, result.out, result.err) == (2, "", f"deyermond-reader: error: {message}\n")


def test_every_pair_of_options_either_works_or_says_why():
    """Each view with each option that changes what it does: exit 0 with output, or 2 with one line."""
    from deyermond_reader.modes import VIEWS

    extras = [["-s", "2"], ["-w", "60"], ["--no-annotations"], ["--all"], ["--no-color"], ["--no-cache"]]  # -p: below
    for view in VIEWS:
        if view.name == "interactive":
            continue  # needs a terminal: its refusals are above, its -s in the interactive tests
        for extra in extras:
            result = run_cli(*view.flags[:1], *extra)
            assert result.code in (0, 2), (view.name, extra, result.err)
            if result.code == 0:
                assert result.out.strip() and result.err == "", (view.name, extra)
            else:
                assert result.out == "" and result.err.count("\n") == 1, (view.name, extra, result.err)


def test_timeline_with_a_section_fills_in_that_sections_summits():
    whole, one = run_cli("--timeline", "-w", "100"), run_cli("--timeline", "-s", "2", "-w", "100")
    assert whole.code == one.code == 0
    assert "the summits this article refers to (13 of" in whole.out.replace("\n", " ")
    note = one.out.replace("\n", " ")
    assert "the summits section 2 refers to (" in note and "(13 of" not in note
    filled = sum(one.out.count(symbol) for symbol in "●▲▼◆")
    assert 0 < filled < sum(whole.out.count(symbol) for symbol in "●▲▼◆")


def test_toc_with_a_section_is_that_sections_row():
    rows = [line for line in run_cli("--toc", "-s", "chaos").out.splitlines() if line[:1].isdigit()]
    assert len(rows) == 1 and rows[0].startswith("5   Chaos and incompetence")


def test_json_can_be_paged(monkeypatch):
    monkeypatch.setenv("PAGER", "cat")
    paged = _program("--json", "-p")
    assert paged.returncode == 0
    assert json.loads(paged.stdout) == json.loads(run_cli("--json").out)
