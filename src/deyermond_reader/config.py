"""Provides the config file: the reader's defaults for options a person sets once.

``$XDG_CONFIG_HOME/deyermond-reader/config.toml`` (``~/.config/...`` when the
variable is unset), or the file ``--config`` names. It may set ``width``,
``theme``, ``justify`` and ``paging``; an option on the command line wins over
it. The reader only reads it, never writes it. A file that is there but broken
(bad TOML, an unknown key, a wrong value) is one error naming the file and the
problem, because silently ignoring it would leave the person wondering why
their setting does nothing. Nothing is imported when there is no file.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from pathlib import Path

CHOICES: dict[str, tuple[str, ...]] = {
    "theme": ("auto", "dark", "light"),
    "paging": ("auto", "always", "never"),
}
"""The keys whose value is one of a few words, with those words."""
KEYS = ("width", "theme", "justify", "paging")


def default_path() -> str:
    """Where the config file is looked for when ``--config`` is not given."""
    home = os.environ.get("XDG_CONFIG_HOME", "")
    if not os.path.isabs(home):  # the XDG rule: a relative value is ignored
        home = os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(home, "deyermond-reader", "config.toml")


def apply(args: argparse.Namespace) -> None:
    """Fill the options left unset on the command line from the config file, if there is one."""
    given = getattr(args, "config", None)
    path = given or default_path()
    if given is None and not os.path.isfile(path):
        return
    settings = read(path)
    for key in KEYS:
        if key in settings and getattr(args, key, None) is None:
            setattr(args, key, settings[key])


def read(path_name: str) -> dict[str, object]:
    """The config file's settings, checked: a ReaderError names the file and the first problem."""
    from pathlib import Path

    from .errors import ReaderError
    from .text.source import read_toml

    path = Path(path_name)
    if not path.is_file():
        raise ReaderError(f"{path}: no such config file")
    settings = read_toml(path, "config file")
    for key, value in settings.items():
        problem = _problem(key, value)
        if problem:
            raise ReaderError(f"{path}: {problem}")
    return settings


def _problem(key: str, value: object) -> str | None:
    """What is wrong with one setting, or None."""
    from .cli import MAX_WIDTH, MIN_WIDTH

    if key not in KEYS:
        return f"unknown key {key!r} (known: {', '.join(KEYS)})"
    if key == "width":
        if type(value) is not int or not MIN_WIDTH <= value <= MAX_WIDTH:
            return f"width must be a whole number from {MIN_WIDTH} to {MAX_WIDTH}, not {value!r}"
    elif key == "justify":
        if type(value) is not bool:
            return f"justify must be true or false, not {value!r}"
    elif value not in CHOICES[key]:
        return f"{key} must be one of {', '.join(CHOICES[key])}, not {value!r}"
    return None

