"""Provides the command line: options to pipeline calls, errors to exit codes.

Only argparse is imported up front, so ``--help`` and ``--version`` stay
instant; each mode imports what it needs. Every failure the user can cause is
a ``ReaderError`` printed as one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys

from .errors import Exit
TYPE_CHECKING = False  # typing is not imported on the start-up path
if TYPE_CHECKING:
    from typing import IO, BinaryIO

PROG = "deyermond-reader"
MAX_MEASURE = 88
"""Default line length cap: beyond this, lines get too long to read comfortably."""
MIN_WIDTH, MAX_WIDTH = 20, 1000

EXAMPLES = """\
examples:
  deyermond-reader                      read the bundled op-ed
  deyermond-reader --toc                list its sections
  deyermond-reader -s chaos             only the section whose name contains "chaos"
  deyermond-reader -s 3 -w 60           section 3 at 60 columns
  deyermond-reader -i                   the full-screen reader (press ? for its keys)
  deyermond-reader --summits            the summits the op-ed refers to, with fact notes
  deyermond-reader --timeline           where and when every summit 1955-2025 was held
  deyermond-reader --claims -s 5        claim kinds and cues in section 5
  deyermond-reader --json | jq .title   the document model as JSON
  deyermond-reader notes.md -p          another Markdown file, in a pager
  cat notes.md | deyermond-reader -     read standard input

exit status: 0 ok, 1 unreadable input, 2 usage error (bad option, unknown section)
"""


def _width(value: str) -> int:
    try:
        width = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise argparse.ArgumentTypeError(f"must be between {MIN_WIDTH} and {MAX_WIDTH}")
    return width


class Parser(argparse.ArgumentParser):
    """argparse, with its error messages made safe: they echo what was typed (an unknown
    option, a second path from a glob over files anyone can name), so control characters are
    shown as symbols and a newline cannot forge a second line."""

    errors: IO[str] | None = None
    """Where usage errors go (``main``'s stderr); None for sys.stderr."""

    def error(self, message: str):  # type: ignore[override]
        from .text.source import neutralise_line

        from .errors import ReaderError, wrapped

        stream = self.errors or sys.stderr
        width = error_columns(stream)
        usage = self.format_usage().splitlines()
        if width is not None and max(map(len, usage)) > width:  # argparse keeps a group of options on one line
            usage = wrapped(" ".join(" ".join(usage).split()), width, " " * 7)
        lines = ReaderError(neutralise_line(message)).lines(width, lead=f"{self.prog}: error: ")
        stream.write("".join(f"{line}\n" for line in usage + lines))
        raise SystemExit(Exit.USAGE)


def build_parser() -> Parser:
    from . import __version__
    from .modes import VIEWS

    parser = Parser(
        prog=PROG, formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EXAMPLES,
        description="Read Ruth Deyermond's op-ed on U.S.-Russian summits (or any Markdown\n"
                    "article) in the terminal, in named sections.")
    parser.add_argument("path", nargs="?", metavar="PATH",
                        help="a Markdown file, or - for standard input (default: the bundled op-ed)")
    parser.add_argument("-s", "--section", metavar="NAME",
                        help="show only this section: a number, a name, part of one, or a close typo")
    mode = parser.add_mutually_exclusive_group()
    for view in VIEWS:  # one option per view, from the table
        if view.flags:
            mode.add_argument(*view.flags, dest="view", action="store_const", const=view.name, help=view.help)
    parser.set_defaults(view=VIEWS[0].name)
    parser.add_argument("--all", action="store_true", help="with --summits: the whole catalogue")
    parser.add_argument("--no-annotations", action="store_true",
                        help="the bare text: no summit markers, callouts or claim kinds")
    parser.add_argument("--no-cache", action="store_true",
                        help="neither read nor write the parse cache ($XDG_CACHE_HOME/deyermond-reader)")
    parser.add_argument("-w", "--width", type=_width, metavar="N",
                        help=f"line width (default: the terminal's, at most {MAX_MEASURE})")
    parser.add_argument("--justify", action=argparse.BooleanOptionalAction, default=None,
                        help="fill lines to the width, hyphenating where it helps (default: ragged right)")
    parser.add_argument("--no-color", action="store_true", help="no colours or styles (also when NO_COLOR is set)")
    parser.add_argument("--paging", choices=("auto", "always", "never"),
                        help="page the output ($PAGER, else less): auto (the default) when it is longer "
                             "than the terminal, always, or never")
    parser.add_argument("-p", "--pager", dest="paging", action="store_const", const="always",
                        help="always page the output (--paging=always)")
    parser.add_argument("--config", metavar="PATH",
                        help="read defaults from this file (default: "
                             "$XDG_CONFIG_HOME/deyermond-reader/config.toml)")
    parser.add_argument("--theme", choices=("auto", "dark", "light"), default=None,
                        help="colours for a dark or light background (default: auto, from COLORFGBG, "
                             "else dark; with -i, the theme last chosen in the reader)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _isatty(out: IO[str] | None) -> bool:
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty())


def _no_color(args: argparse.Namespace) -> bool:
    """Whether colour is refused: ``--no-color``, or ``NO_COLOR`` set to anything."""
    return bool(args.no_color or os.environ.get("NO_COLOR"))


def _plain(args: argparse.Namespace, out: IO[str]) -> bool:
    """No escape sequences at all unless writing to a terminal that may have colour."""
    if _no_color(args):
        return True
    return not _isatty(out)


def _columns_variable() -> int | None:
    """``COLUMNS``, when it holds a width: it wins over what the terminal says."""
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else None


def terminal_columns(out: IO[str]) -> int:
    """The width of the terminal the reader sits in, even when stdout is a pipe to ``head``."""
    if out is not sys.stdout:
        return 80
    columns = _columns_variable()
    if columns is not None:
        return columns
    for stream in (sys.stdout, sys.stderr, sys.stdin):
        try:
            return os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, OSError, ValueError):
            continue
    return 80


def error_columns(err: IO[str]) -> int | None:
    """The width error messages wrap to: the terminal's (``COLUMNS`` first, as for the output).
    None, no wrapping, when errors go to a file or a pipe: a log keeps each error on one line."""
    if err is not sys.stderr:
        return None
    columns = _columns_variable()
    if columns is not None:
        return columns
    if not _isatty(err):
        return None
    try:
        return os.get_terminal_size(err.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return None


def make_console(args: argparse.Namespace, out: IO[str]):
    from .output.theme import make_theme

    plain = _plain(args, out)
    width = args.width or min(terminal_columns(out), MAX_MEASURE)
    return _console_class()(file=out, width=width, color_system=None if plain else "auto",
                   force_terminal=not plain and _isatty(out), theme=make_theme(args.theme), highlight=False,
                   markup=False, emoji=False, legacy_windows=False, soft_wrap=False)


def _console_class():
    """rich's Console, except that a closed pipe is left to ``main``: rich's own handler exits
    with status 1, while a read from the cache, which rich never sees, ended with 0."""
    from rich.console import Console

    class ReaderConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    return ReaderConsole


OUTPUT_CACHE_LIMIT = 64 * 1024
"""Inputs larger than this are printed as they render, not kept: memory stays flat."""
TERMINAL_VARIABLES = ("TERM", "COLORTERM", "NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE",
                      "TTY_INTERACTIVE", "COLUMNS", "LINES", "COLORFGBG")
"""Environment that can change what rich writes, so part of the output cache's key."""


def run(args: argparse.Namespace, out: IO[str], stdin: BinaryIO | None = None) -> Exit:
    """Do what the options ask, without error handling (``main`` maps errors)."""
    from .errors import UsageError
    from .modes import needed_depth, option_conflicts, view_named
    from .pipeline import article_from_bytes, article_key
    from .text.source import read_bytes

    view = view_named(args.view)
    if args.path == "":
        raise UsageError("the PATH is empty: give a file, or - for standard input")
    conflict = option_conflicts(view, args)
    if conflict:
        raise UsageError(conflict)
    from .config import apply

    apply(args)  # after the checks: a default from the file never conflicts with a view
    depth = needed_depth(view, args)
    if depth is None:  # the legend: no article
        show(args, out, view.renderable(None, None, args), None)
        return Exit.OK
    data, name = read_bytes(args.path, stdin)
    key = None if args.no_cache else article_key(data, args.path, depth)
    if view.name == "interactive":  # no terminal is no fault of the options: status 1, not 2
        from .errors import ReaderError

        if os.environ.get("TERM") == "dumb":
            raise UsageError("--interactive needs a terminal that can draw a screen, and TERM is dumb")
        if not _isatty(out):
            raise ReaderError("--interactive needs a terminal on standard output")
        if not _isatty(sys.__stderr__):  # where Textual draws, so that stdout can be piped
            raise ReaderError("--interactive draws on standard error: it needs to be the terminal too")
        read_interactively(args, data, name, key, depth)
        return Exit.OK
    printed_key = None
    if key is not None and view.cached and len(data) <= OUTPUT_CACHE_LIMIT:
        from . import cache

        printed_key = output_key(key, args, out)
        printed = cache.read_output(printed_key)
        if printed is not None:
            emit(args, out, printed)
            return Exit.OK
    article = article_from_bytes(data, name, args.path, depth, key)
    section = None
    if args.section is not None:
        from .text.sections import resolve_section

        section = resolve_section(article.sections, args.section)
    shown = view.renderable(article, section, args)
    if isinstance(shown, str):  # JSON: text as it is, paged or printed
        emit(args, out, shown + "\n")
        return Exit.OK
    show(args, out, shown, printed_key)
    return Exit.OK


def read_interactively(args: argparse.Namespace, data: bytes, name: str, key: str | None, depth) -> None:
    """The full-screen reader. The terminal stops echoing first, so that keys typed while
    Textual loads wait for the app instead of appearing on the screen."""
    from .errors import ReaderError
    from .pipeline import article_from_bytes
    from .text.source import INTERACTIVE, check_shape, decode

    _keys_from_terminal(needed=args.path == "-")
    with _echo_off():
        check_shape(decode(data, name), name, INTERACTIVE)  # also when the Article is in the cache
        article = article_from_bytes(data, name, args.path, depth, key)
        start = None
        if args.section is not None:
            from .text.sections import resolve_section

            start = resolve_section(article.sections, args.section).number
        from .interactive.app import run as run_interactive

        _collect_garbage_again()
        if run_interactive(article, start, theme=args.theme, color=not _no_color(args),
                           justify=bool(args.justify), measure=args.width or MAX_MEASURE):  # Textual has shown what went wrong
            raise ReaderError("the interactive reader stopped on an internal error")


class _echo_off:
    """Turn the terminal's echo off on standard input (the keyboard), and back on at every exit:
    a return, an error, Ctrl-C. Textual restores the settings it found, this no-echo state,
    when it stops; this gives back the original ones."""

    def __enter__(self) -> None:
        import termios

        self.saved = None
        try:
            self.saved = termios.tcgetattr(0)
            quiet = termios.tcgetattr(0)
            quiet[3] &= ~(termios.ECHO | termios.ECHONL)
            quiet[0] &= ~termios.ICRNL  # an Enter typed early stays Enter, not a line feed (Ctrl-J)
            termios.tcsetattr(0, termios.TCSANOW, quiet)
        except (termios.error, OSError, ValueError):
            self.saved = None

    def __exit__(self, *_exc) -> None:
        if self.saved is None:
            return
        import termios

        try:
            termios.tcsetattr(0, termios.TCSADRAIN, self.saved)
        except (termios.error, OSError, ValueError):
            pass


def _keys_from_terminal(needed: bool) -> None:
    """Read keys from the terminal even when standard input is not it (``cat a.md |
    deyermond-reader - -i``): there the keys would be echoed by the terminal instead of
    reaching the reader. ``needed``: the article came from standard input, so without a
    terminal to read from the reader could take no key at all."""
    from .errors import ReaderError

    try:
        if os.isatty(0):
            return
        terminal = os.open("/dev/tty", os.O_RDWR | getattr(os, "O_NOCTTY", 0))
    except OSError:
        if needed:
            raise ReaderError("--interactive needs a terminal to read keys from") from None
        return
    os.dup2(terminal, 0)
    os.close(terminal)


def _collect_garbage_again() -> None:
    """Switch cyclic garbage collection back on (``entry`` turns it off) for a long session,
    with everything built so far moved out of its way."""
    import gc

    gc.freeze()
    gc.enable()


def output_key(article: str, args: argparse.Namespace, out: IO[str]) -> str:
    """Everything the printed bytes depend on: the Article's key (which covers the code, and the
    catalogues for every view that shows them, since those all need annotations), every parsed
    option (all of them, so a new one can never be left out), the width and terminal."""
    from .cache import cache_key

    options = [article, sorted(vars(args).items()), _plain(args, out), _isatty(out),
               args.width or min(terminal_columns(out), MAX_MEASURE)]
    options += [os.environ.get(name, "\0") for name in TERMINAL_VARIABLES]
    return cache_key(repr(options).encode())


def show(args: argparse.Namespace, out: IO[str], renderable, printed_key: str | None) -> None:
    """Print or page, and keep the output for next time. Output that may be paged is set in
    full first, since only then is its length known; output to a pipe streams as it is set."""
    console = make_console(args, out)
    if printed_key is None and not _may_page(args, out):
        print_in_batches(console, renderable)
        return
    import io

    console.file = io.StringIO()
    print_in_batches(console, renderable)
    text = console.file.getvalue()
    if printed_key is not None:
        from .cache import write_output

        write_output(printed_key, text)
    emit(args, out, text)


def _may_page(args: argparse.Namespace, out: IO[str]) -> bool:
    """``always``; never for ``never``; for ``auto`` (the default), only on the terminal."""
    paging = args.paging or "auto"
    return paging == "always" or (paging == "auto" and out is sys.stdout and _isatty(out))


def emit(args: argparse.Namespace, out: IO[str], text: str) -> None:
    """Write the finished text, through the pager when the paging mode and its length say so."""
    if _may_page(args, out):
        from .output.paging import longer_than_the_screen, page

        if args.paging == "always" or longer_than_the_screen(out, text):
            out.flush()
            page(text)
            return
    out.write(text)


PRINT_BATCH = 64
"""Parts printed per call: rich holds one batch's segments at a time, and the per-call cost
is paid once per batch rather than once per paragraph."""


def print_in_batches(console, renderable) -> None:
    from rich.console import Group

    parts = list(getattr(renderable, "renderables", [renderable]))
    for start in range(0, len(parts), PRINT_BATCH):  # every part fits the width: nothing to crop
        console.print(Group(*parts[start:start + PRINT_BATCH]), crop=False)


def main(argv: list[str] | None = None, *, stdout: IO[str] | None = None,
         stderr: IO[str] | None = None, stdin: BinaryIO | None = None) -> int:
    """Run the reader; return the exit status. Streams are injectable for tests."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = build_parser()
    parser.errors = err
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    from .errors import ReaderError  # after parsing: --help needs none of it

    try:
        status = run(args, out, stdin)
        out.flush()
        return status
    except ReaderError as exc:
        err.write("".join(f"{line}\n" for line in exc.lines(error_columns(err), lead=f"{PROG}: error: ")))
        return exc.exit_code
    except BrokenPipeError:  # the reader of the pipe (head, less) has had enough: not an error
        _discard_output(out)
        return Exit.OK
    except OSError as exc:
        if not _is_output_error(exc, out):
            raise
        _discard_output(out)
        err.write(f"{PROG}: error: cannot write the output ({os.strerror(exc.errno or 0)})\n")
        return Exit.ERROR


def _is_output_error(exc: OSError, out: IO[str]) -> bool:
    """Whether writing to ``out`` failed (a full disk, an I/O error), rather than something else."""
    import errno

    return exc.errno in (errno.ENOSPC, errno.EIO, errno.EBADF, errno.EFBIG, errno.EDQUOT, errno.EINVAL) \
        or getattr(out, "closed", False)


def _discard_output(out: IO[str]) -> None:
    """Point stdout at /dev/null, so that Python's own flush at exit finds nothing to fail on."""
    if out is not sys.stdout:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def entry() -> int:
    """Console-script entry point: a closed pipe or Ctrl-C ends quietly.

    A printed read builds its objects once and keeps them until it exits, and
    almost none are in reference cycles, so the cyclic garbage collector only
    costs time: 4 ms of a 75 ms first read, 60 ms of annotating a 2 MB text,
    with the same peak memory. It is switched off here and back on for the
    interactive reader, which runs as long as the reader wants. At the end
    everything left is frozen: Python's collection at exit then skips it, which
    took 5 ms of every run, the repeat read from the cache included.
    """
    import gc

    if sys.stdout is None or sys.stderr is None:  # started with ">&-" or "2>&-"
        return _closed_stream()
    gc.disable()
    try:
        return main()
    except KeyboardInterrupt:
        return Exit.INTERRUPTED
    except BrokenPipeError:
        _discard_output(sys.stdout)
        return Exit.OK
    finally:
        gc.freeze()


def _closed_stream() -> int:
    """Say, on whichever of stdout and stderr is open, that the other is closed."""
    which = "output" if sys.stdout is None else "error"
    message = f"{PROG}: error: standard {which} is closed\n".encode()
    try:
        os.write(2 if sys.stderr is not None else 1, message)
    except OSError:
        pass
    return Exit.ERROR
