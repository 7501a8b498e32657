"""Provides reading an article from a file or stdin, and making its text safe.

Every problem a reader can meet here becomes a ``ReaderError`` carrying one
line for the user, so the command line never shows a traceback. Text that
leaves this module contains no control character a terminal would obey.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from ..errors import ReaderError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import BinaryIO

MAX_BYTES = 16 * 1024 * 1024
"""Inputs above this size are refused rather than read: the reader is for articles."""


class Limits:
    """What the reader accepts, checked before parsing (each refused with one line naming it).

    Time and memory go with these counts more than with bytes: markdown-it spends about 20 µs
    on each emphasis or link (3.5 million of them took 82 s and 5 GB), and each block and
    sentence is parsed, split, classified and searched. At the printed limits the worst shape
    measured reads in 12.5 s and 310 MB; the interactive reader renders every line when it
    opens, so its limits are tighter, and at them it answers keys within 5 s (README).
    """

    __slots__ = ("bytes", "lines", "blocks", "marks", "sentences")

    def __init__(self, bytes: int, lines: int, blocks: int, marks: int, sentences: int) -> None:
        self.bytes, self.lines, self.blocks, self.marks, self.sentences = bytes, lines, blocks, marks, sentences

    bytes: int
    lines: int
    blocks: int
    """Paragraphs, headings, list items, quotes, table rows: the 2 MB benchmark text has 7,000."""
    marks: int
    """Inline markup characters ``* _ [ ] ` < > ! ~ & \\``: the 2 MB benchmark text has 11,200."""
    sentences: int
    """Sentence ends (``.``, ``!``, ``?`` before a space): the 2 MB benchmark text has 12,400."""


PRINTED = Limits(bytes=MAX_BYTES, lines=200_000, blocks=20_000, marks=250_000, sentences=150_000)
INTERACTIVE = Limits(bytes=5 * 512 * 1024, lines=150_000, blocks=20_000, marks=100_000, sentences=25_000)
_MARK = r"[*_\[\]`<>!~&\\]"
_SENTENCE_END = r"[.!?][\"')\]’”]?\s"
_BLOCK_START = r"(?m:(?:\A|\n[ \t]*\n)[ \t]*\S|^[ \t]{0,3}(?:#|>|[-*+][ \t]|\d{1,9}[.)][ \t]|\|))"
"""Where a block can start: the first line after blank lines, or a line with a block marker.
(Patterns compiled when first used: a read from the cache never needs them.)"""

BUNDLED_NAME = "trump-is-doing-putin-a-favor.md"

SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:")
"""Only these link targets become terminal hyperlinks; any other target is printed as text."""


# What a terminal may obey or reorder text by: C0 controls but tab and newline, DEL, the C1
# block, and the bidirectional embedding, override and isolate controls (U+202A-202E,
# U+2066-2069: "Trojan Source", CVE-2021-42574). Each is shown as a visible symbol. The line and
# paragraph separators (U+2028, U+2029) are shown too: ``decode`` has already made them line
# breaks in an article, so only other strings (names, targets, messages) still hold them.
# Zero width space, word joiner and a byte-order mark inside the text (U+200B, U+2060, U+FEFF)
# are removed, as invisible characters able to hide a word from search or split it. ZWJ and
# ZWNJ (U+200D, U+200C) stay: scripts and emoji sequences need them. The marks LRM, RLM and ALM
# stay too: right-to-left text needs them, and unlike embeddings they reorder nothing beyond
# their neighbours.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                     "\u200b\u2060\ufeff]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode control pictures: ␛ for ESC
    if code == 0x7F:
        return "\u2421"  # ␡
    if code in (0x200B, 0x2060, 0xFEFF):
        return ""
    return f"\u2039{code:02X}\u203a"  # ‹9B› for a C1 control, ‹202E› for a bidi override


def neutralise(text: str) -> str:
    """Return ``text`` with every control character shown as a visible symbol and the
    invisible ones removed (newline and tab stay)."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_visible, text)


def neutralise_line(text: str) -> str:
    """``neutralise`` for text that must stay on one line (a name in an error message, a
    contents entry): a newline shows as ␤ and a tab as a space."""
    return neutralise(text).replace("\n", "\u2424").replace("\t", " ")


def bundled_article() -> Path:
    """Return the path of the op-ed shipped with the package (or the checkout)."""
    package_dir = Path(__file__).resolve().parents[1]
    for candidate in (package_dir / "seeds", package_dir.parents[1] / "seeds"):
        if (candidate / BUNDLED_NAME).is_file():
            return candidate / BUNDLED_NAME
    raise ReaderError(f"the bundled article {BUNDLED_NAME} is missing from the installation")


def outline_path(article_path: str | None) -> Path | None:
    """The outline file that belongs to an article file (``NAME.outline.toml``), if any."""
    return companion_path(article_path, ".outline.toml")


def companion_path(article_path: str | None, suffix: str) -> Path | None:
    """The file beside an article file that belongs to it (``NAME.outline.toml``,
    ``NAME.checks.toml``), if there is one."""
    if not article_path or article_path == "-":
        return None
    candidate = Path(article_path).with_suffix(suffix)
    return candidate if candidate.is_file() else None


def bundled_outline(data: bytes) -> Path | None:
    """The bundled op-ed's outline when ``data`` is the op-ed's text (see ``bundled_companion``)."""
    return bundled_companion(data, ".outline.toml")


def bundled_companion(data: bytes, suffix: str) -> Path | None:
    """The bundled op-ed's file of that suffix (its outline, its checks) when ``data`` is the
    op-ed's text, wherever it was read from (a copy under another name, standard input): its
    sections come from the outline, since the text has no headings. The text decides, not the
    name: a copy saved with Windows line ends, a byte-order mark, UTF-16 or trailing spaces is
    still the op-ed; an edited one is not, and gets the sections its own headings give. A text
    of another size is told apart by its length alone, so a long article costs nothing here; a
    text of the op-ed's size is compared once, however many companion files are asked for."""
    try:
        seed = bundled_article()
        seed_size = seed.stat().st_size
    except (ReaderError, OSError):
        return None
    if not seed_size // 2 <= len(data) <= seed_size * 3:  # UTF-16 doubles it, CRLF adds a little
        return None
    companion = companion_path(str(seed), suffix)
    if companion is None or not _is_the_seed(data, seed):
        return None
    return companion


_SEED_CHECKED: dict[bytes, bool] = {}
"""The last text compared with the op-ed, and whether it is the op-ed."""


def _is_the_seed(data: bytes, seed: Path) -> bool:
    if data not in _SEED_CHECKED:
        _SEED_CHECKED.clear()
        _SEED_CHECKED[data] = _comparable_text(data) == _comparable_text(seed.read_bytes())
    return _SEED_CHECKED[data]


def _comparable_text(data: bytes) -> str | None:
    """The text as ``bundled_outline`` compares it: decoded as the reader decodes it (line ends
    made plain), trailing spaces and blank lines at either end dropped. None if not text."""
    try:
        text = decode(data, "the text")
    except ReaderError:
        return None
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def read_bytes(path: str | None, stdin: BinaryIO | None = None) -> tuple[bytes, str]:
    """Read raw bytes from ``path`` (``-`` for stdin); return them and a display name."""
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
        name = "<stdin>"
    else:
        file = Path(path) if path else bundled_article()
        name = str(file)
        data = _read_file(file, name)
    if len(data) > MAX_BYTES:
        raise ReaderError(f"{name}: larger than the {MAX_BYTES // (1024 * 1024)} MiB limit")
    return data, name


def _read_file(file: Path, name: str) -> bytes:
    try:
        if file.is_dir():
            raise ReaderError(f"{name}: is a directory, not an article")
        if file.stat().st_size > MAX_BYTES:
            raise ReaderError(f"{name}: larger than the {MAX_BYTES // (1024 * 1024)} MiB limit")
        with file.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ReaderError(f"{name}: no such file") from None
    except PermissionError:
        raise ReaderError(f"{name}: permission denied") from None
    except OSError as exc:
        raise ReaderError(f"{name}: cannot read ({os.strerror(exc.errno or 0) or exc})") from None


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 with a BOM, normalise line ends,
    neutralise controls."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return _finish(_decode_utf16(data, name), name)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ReaderError(f"{name}: looks binary (NUL byte at offset {nul})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReaderError(f"{name}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    return _finish(text, name)


def _decode_utf16(data: bytes, name: str) -> str:
    """UTF-16 text, which Windows editors write, told by its byte-order mark."""
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise ReaderError(f"{name}: not UTF-16 text despite its byte-order mark "
                          f"(invalid data at byte offset {exc.start})") from None


def _finish(text: str, name: str) -> str:
    if not text.strip():
        raise ReaderError(f"{name}: empty, there is nothing to read")
    check_shape(text, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:  # Unicode's own line and paragraph breaks
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return neutralise(text)


def check_shape(text: str, name: str, limits: Limits = PRINTED) -> None:
    """Refuse, before parsing, a text with more bytes, lines, blocks, inline markup or sentences
    than ``limits``: one line naming the limit."""
    where = "" if limits is PRINTED else " for the interactive reader (print it instead)"
    if limits is not PRINTED and len(text.encode("utf-8", "surrogatepass")) > limits.bytes:
        raise ReaderError(f"{name}: larger than the {limits.bytes / (1024 * 1024):g} MiB limit{where}")
    lines = text.count("\n") + text.count("\r") - text.count("\r\n") + text.count("\u2028") \
        + 2 * text.count("\u2029")
    if lines > limits.lines:
        raise ReaderError(f"{name}: more than {limits.lines:,} lines, the reader's limit{where}")
    if lines > limits.blocks and _count(_BLOCK_START, text, limits.blocks) > limits.blocks:
        raise ReaderError(f"{name}: more than {limits.blocks:,} blocks (paragraphs, headings, list items), "
                          f"the reader's limit{where}")
    if len(text) > limits.marks and _count(_MARK, text, limits.marks) > limits.marks:
        raise ReaderError(f"{name}: more than {limits.marks:,} inline markup characters "
                          f"(* _ [ ] ` < > ! ~ & \\), the reader's limit{where}")
    if len(text) > limits.sentences and _count(_SENTENCE_END, text, limits.sentences) > limits.sentences:
        raise ReaderError(f"{name}: more than {limits.sentences:,} sentences, the reader's limit{where}")


def _count(pattern: str, text: str, limit: int) -> int:
    """Matches of ``pattern`` in ``text``, counting no further than one past ``limit``."""
    count = 0
    for count, _ in enumerate(re.finditer(pattern, text), 1):
        if count > limit:
            break
    return count


def read_toml(path: Path, what: str) -> dict:
    """A data file's TOML, or a ReaderError naming the file and saying what is wrong with it.

    rtoml (compiled) rather than the standard library's tomllib: importing and
    parsing the catalogue takes 1 ms instead of 6, on every first run. Where rtoml
    is not installed (a platform without its wheel), tomllib reads the same files.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReaderError(f"{path}: cannot read the {what} ({exc.__class__.__name__})") from None
    loads, error = toml_parser()
    try:
        return loads(text)
    except error as exc:
        raise ReaderError(f"{path}: broken {what}: {neutralise_line(str(exc))}") from None


def toml_parser():
    """``(loads, the error it raises)``: rtoml's if installed, else the standard library's."""
    try:
        import rtoml
    except ImportError:
        import tomllib

        return tomllib.loads, tomllib.TOMLDecodeError
    return rtoml.loads, rtoml.TomlParsingError
