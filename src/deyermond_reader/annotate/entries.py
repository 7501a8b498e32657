"""Provides the checks every data file's entries share (a summit, an event, a term of office):
the field is there and of its kind, or a ReaderError says which entry and which field.

Each loader names its own file and entry in ``where``; the messages are the same
everywhere, so an editor reads one kind of error whatever the file.
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import ReaderError

ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
"""An entry's id: lowercase words joined by hyphens."""


def table(entry: object, where: str) -> dict:
    if not isinstance(entry, dict):
        raise ReaderError(f"{where}: not a table")
    return entry


def texts(entry: dict, names: tuple[str, ...], where: str, may_be_blank: tuple[str, ...] = ()) -> None:
    """Each field is text, and not blank unless it ``may_be_blank``."""
    for name in names:
        if not isinstance(entry.get(name), str) or (name not in may_be_blank and not entry[name].strip()):
            raise ReaderError(f"{where}: {name} must be text")


def dates(entry: dict, names: tuple[str, ...], where: str, optional: tuple[str, ...] = ()) -> None:
    """Each field is a TOML date (an ``optional`` one may be missing)."""
    for name in names:
        if (name not in optional or name in entry) and type(entry.get(name)) is not dt.date:
            raise ReaderError(f"{where}: {name} must be a date like 1986-10-11")


def name_lists(entry: dict, names: tuple[str, ...], where: str) -> dict[str, tuple[str, ...]]:
    """Each field (empty when missing) as a tuple of non-blank texts."""
    lists = {name: entry.get(name, []) for name in names}
    for name, value in lists.items():
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ReaderError(f"{where}: {name} must be a list of names")
    return {name: tuple(value) for name, value in lists.items()}


def web_addresses(addresses: tuple[str, ...]) -> bool:
    return all(a.startswith(("https://", "http://")) for a in addresses)
