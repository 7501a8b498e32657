"""Hostile and broken input: the terminal stays safe, nothing is lost, nothing crashes."""

from __future__ import annotations

import io
import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deyermond_reader import build_article
from deyermond_reader.cli import entry
from deyermond_reader.output.article import render_article
from deyermond_reader.text.sections import resolve_section
from deyermond_reader.errors import UsageError
from deyermond_reader.text.source import MAX_BYTES

from conftest import SEED, render_plain, run_cli, source_words, words_in_order

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]")
"""What must never reach the terminal: controls it obeys, bidi controls that reorder the text,
invisible characters that hide one."""
BIDI_AND_CONTROLS = st.text(alphabet=st.sampled_from(list("ab [*_#\n") + ["\u202e", "\u2066", "\u2069", "\u200b",
                                                                         "\ufeff", "\u2028", "\u2029", "\x1b"]),
                            max_size=200)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    derandomize=bool(os.environ.get("CI")))  # CI repeats one known run; locally, new ones


def _write(path, data: bytes):
    path.write_bytes(data)
    return str(path)


# ---- each broken input: one line on stderr, naming the file and the problem, exit 1 ----


def _oversized(tmp):
    path = tmp / "huge.md"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    return str(path)


def _broken_outline(tmp):
    (tmp / "a.outline.toml").write_text("[[section]\nname=", encoding="utf-8")
    return _write(tmp / "a.md", b"# A\n\nText.\n")


CASES = [
    ("missing", lambda t: str(t / "missing.md"), "missing.md: no such file"),
    ("directory", lambda t: str(t), "is a directory, not an article"),
    ("not utf-8", lambda t: _write(t / "l.md", b"ok\n\xff\xfe"), "l.md: not UTF-8 text (invalid byte at offset 3)"),
    ("binary", lambda t: _write(t / "b.md", b"\x89PNG\r\n\x1a\n\x00\x00"), "b.md: looks binary (NUL byte at offset 8)"),
    ("empty", lambda t: _write(t / "e.md", b""), "e.md: empty, there is nothing to read"),
    ("whitespace", lambda t: _write(t / "w.md", b" \n\t\r\n"), "w.md: empty, there is nothing to read"),
    ("too large", _oversized, "huge.md: larger than the 16 MiB limit"),
    ("broken outline", _broken_outline,
     "a.outline.toml: broken outline: "),  # then the TOML parser's own words, whichever parser it is
    ("escape in the name", lambda t: str(t / "x\x1b[2J.md"), "x␛[2J.md: no such file"),
]


@pytest.mark.parametrize("name, make, message", CASES, ids=[c[0] for c in CASES])
def test_broken_input_is_one_clear_line_and_exit_1(tmp_path, name, make, message):
    result = run_cli(make(tmp_path))
    assert (result.code, result.out) == (1, "")
    assert result.err.startswith("deyermond-reader: error: ")
    assert message in result.err if message.endswith(": ") else result.err.endswith(message + "\n")
    assert result.err.count("\n") == 1 and not CONTROL.search(result.err.rstrip("\n"))


def test_permission_denied(tmp_path, monkeypatch):
    from pathlib import Path

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    path = _write(tmp_path / "secret.md", b"# S\n\nText.\n")
    monkeypatch.setattr(Path, "open", refuse)
    result = run_cli(path)
    assert result.code == 1 and result.err.endswith("secret.md: permission denied\n")


def test_oversized_stdin_is_refused():
    result = run_cli("-", stdin=b"a " * (MAX_BYTES // 2 + 1))
    assert result.code == 1 and result.err.endswith("<stdin>: larger than the 16 MiB limit\n")


def test_broken_catalogue(tmp_path, monkeypatch):
    from deyermond_reader.annotate import datafiles

    bad = tmp_path / "summits.toml"
    bad.write_text('[[summit]]\nid = "x"\n', encoding="utf-8")
    monkeypatch.setattr(datafiles, "DATA", tmp_path)  # where every catalogue is looked for
    result = run_cli()
    assert result.code == 1
    assert result.err == f"deyermond-reader: error: {bad}: broken summit catalogue: entry 1 (x): name must be text\n"


def test_bom_and_crlf_read_like_the_original():
    original = SEED.read_bytes()
    windows = b"\xef\xbb\xbf" + original.replace(b"\n", b"\r\n")
    assert run_cli("-w", "80", "-", stdin=windows).out == run_cli("-w", "80", "-", stdin=original).out


def test_ctrl_c_ends_quietly(monkeypatch, capsys):
    from deyermond_reader import cli

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "main", interrupted)
    assert entry() == 130
    assert capsys.readouterr() == ("", "")


# ---- what the text contains never acts on the terminal ----


HOSTILE = ("# T\x1b]52;c;aGVsbG8=\x07itle\n\nA &#27;[2J and &#x9b;31m and \u009b31m raw \x1b[31mred\x7f.\n\n"
           "[x](javascript:alert(1)) [y](file:///etc/passwd) [z](https://ok.example/a) [bold]b[/] "
           ":fire: \\[w\\] [link=https://evil.example]click[/link]\n\n<script>alert(1)</script>\n\n"
           "    code \x1b[2J\n")


def _terminal_segments(article, width: int = 60):
    """Render as to a colour terminal; return the segments rich would write."""
    from rich.console import Console

    from deyermond_reader.output.theme import make_theme

    console = Console(file=io.StringIO(), width=width, force_terminal=True, color_system="truecolor",
                      theme=make_theme(), markup=False, emoji=False, highlight=False)
    return list(console.render(render_article(article), console.options)), console


def test_control_characters_are_shown_not_obeyed():
    segments, _ = _terminal_segments(build_article(HOSTILE))
    text = "".join(s.text for s in segments)
    assert not CONTROL.search(text.replace("\n", ""))
    assert "␛]52;c;aGVsbG8=␇" in text and "␛[31mred␡" in text and "‹9B›31m" in text
    assert all(s.control is None for s in segments)


def test_only_web_and_mail_links_become_hyperlinks():
    segments, _ = _terminal_segments(build_article(HOSTILE))
    links = {s.style.link for s in segments if s.style and s.style.link}
    assert links == {"https://ok.example/a"}
    text = "".join(s.text for s in segments)
    assert "y" in text and "[x](javascript:alert(1))" in text


def test_markup_in_the_text_prints_literally():
    out = run_cli("-", stdin=HOSTILE.encode()).out
    assert "[bold]b[/] :fire: [w] [link=https://evil.example]click[/link]" in " ".join(out.split())
    assert "<script>alert(1)</script>" in out
    assert not CONTROL.search(out.replace("\n", ""))


def test_json_has_no_raw_control_characters():
    out = run_cli("--json", "-", stdin=HOSTILE.encode()).out
    assert not CONTROL.search(out.replace("\n", ""))
    assert "␛[2J" in out


# ---- odd but valid Markdown ----


ODD = [
    ("deep nesting", "> " * 60 + "deep words here\n\n" + "".join("  " * i + "- level\n" for i in range(40))),
    ("huge paragraph", "# Big\n\n" + "word " * 100_000 + "\n"),
    ("table", "# T\n\n| a | b |\n|---|---|\n| one | two |\n| three | four |\n"),
    ("code block", "# C\n\n```python\nprint('[bold]x[/bold]')\n```\n"),
    ("html block", "# H\n\n<div>\n<b>raw</b> html\n</div>\n"),
    ("headings only", "# One\n\n## Two\n\n## Three\n\n### Four\n"),
    ("no title", "Just a line.\n\nAnother line.\n"),
    ("long word", "# L\n\n" + "Supercalifragilistic" * 8 + " end.\n"),
]


@pytest.mark.parametrize("name, markdown", ODD, ids=[o[0] for o in ODD])
@pytest.mark.parametrize("width", [80, 20])
def test_odd_markdown_renders_every_word(name, markdown, width):
    result = run_cli("-w", str(width), "-", stdin=markdown.encode())
    assert result.code == 0 and result.err == ""
    ok, missing = words_in_order(source_words(markdown.replace("|", " ").replace("-", " ")),
                                 result.out.replace("│", " ").replace("-", " "))
    assert ok, f"{name}: lost {missing!r}"
    assert max(len(line) for line in result.out.splitlines()) <= width


# ---- properties over generated input ----


WORD = st.text(alphabet=st.characters(categories=["Lu", "Ll", "Nd"]), min_size=1, max_size=12)


@st.composite
def markdown_documents(draw):
    """Markdown built from known words, so the words every reader must see are known."""
    blocks, words = [], []
    for _ in range(draw(st.integers(1, 6))):
        line = draw(st.lists(WORD, min_size=1, max_size=12))
        words += line
        shape = draw(st.sampled_from(["p", "h1", "h2", "item", "quote", "em", "strong", "code", "link"]))
        text = " ".join(line)
        blocks.append({"p": text, "h1": f"# {text}", "h2": f"## {text}", "item": f"- {text}",
                       "quote": f"> {text}", "em": f"*{text}*", "strong": f"**{text}**",
                       "code": f"`{text}`", "link": f"[{text}](https://example.org)"}[shape])
    return "\n\n".join(blocks) + "\n", words


@PROPERTY
@given(doc=markdown_documents(), width=st.sampled_from([20, 40, 80]))
def test_generated_markdown_loses_no_word(doc, width):
    markdown, words = doc
    article = build_article(markdown)
    rendered = render_plain(render_article(article), width)
    assert words_in_order(words, rendered) == (True, "")


@PROPERTY
@given(raw=st.binary(max_size=400) | (st.text(max_size=400) | BIDI_AND_CONTROLS).map(
    lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_input_ends_cleanly_and_writes_no_control_byte(raw):
    result = run_cli("-w", "40", "-", stdin=raw)
    assert result.code in (0, 1)
    assert not CONTROL.search(result.out.replace("\n", ""))
    if result.code:
        assert result.out == "" and result.err.count("\n") == 1


@PROPERTY
@given(text=st.text(max_size=300) | BIDI_AND_CONTROLS)
def test_styled_output_has_no_control_bytes_but_its_own(text):
    try:
        article = build_article(text)
    except Exception as exc:  # only the reader's own errors may escape
        from deyermond_reader.errors import ReaderError

        assert isinstance(exc, ReaderError)
        return
    segments, _ = _terminal_segments(article, width=30)
    assert not CONTROL.search("".join(s.text for s in segments).replace("\n", ""))


@PROPERTY
@given(query=st.text(max_size=40))
def test_section_resolver_answers_or_refuses_cleanly(article, query):
    try:
        section = resolve_section(article.sections, query)
    except UsageError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert section in article.sections
