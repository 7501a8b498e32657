"""Provides the summit catalogue: loading ``data/summits.toml`` and checking every entry.

The catalogue is data an editor maintains, so the loader is strict: a missing
field, a bad date, an unknown setting or a setting that contradicts the
country stops the reader with one line naming the entry and the problem.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..model import Summit
from ..errors import ReaderError
from ..text.source import read_toml
from .entries import ID, dates, name_lists, table, texts, web_addresses


SETTINGS = ("neutral", "us-hosted", "russia-hosted", "multilateral")
FORMATS = ("bilateral", "margins", "encounter")
"""A summit of the two; a meeting on the margins of a multilateral event; a brief encounter."""
HOST_COUNTRIES = {"us-hosted": ("United States",), "russia-hosted": ("Russia", "Soviet Union")}
_TEXT_FIELDS = ("id", "name", "city", "venue", "country", "significance", "source")


def load_catalogue(path: Path | None = None) -> tuple[Summit, ...]:
    """Read and validate the catalogue; raise ReaderError on the first bad entry."""
    from .registry import annotation_kind

    path = path or annotation_kind("summit").catalogue_path
    entries = read_toml(path, "summit catalogue").get("summit")
    if not isinstance(entries, list) or not entries:
        raise ReaderError(f"{path}: broken summit catalogue: no [[summit]] entries")
    summits = tuple(_entry(path, number, entry) for number, entry in enumerate(entries, 1))
    _check_whole(path, summits)
    return summits


def _entry(path: Path, number: int, entry: object) -> Summit:
    where = f"{path}: broken summit catalogue: entry {number}"
    entry = table(entry, where)
    where += f" ({entry.get('id', '?')})"
    texts(entry, _TEXT_FIELDS, where, may_be_blank=("venue",))
    dates(entry, ("start", "end"), where)
    lists = name_lists(entry, ("leaders", "places", "keywords", "also"), where)
    summit = Summit(
        id=entry["id"], name=entry["name"], start=entry["start"], end=entry["end"],
        city=entry["city"], venue=entry["venue"], country=entry["country"],
        leaders=lists["leaders"], setting=entry.get("setting", ""),
        significance=entry["significance"], source=entry["source"],
        places=lists["places"], event=str(entry.get("event", "")),
        keywords=lists["keywords"], also=lists["also"],
        format=entry.get("format", ""), note=entry.get("note", ""),
    )
    if not isinstance(summit.note, str):
        raise ReaderError(f"{where}: note must be text")
    problem = _problem(summit)
    if problem:
        raise ReaderError(f"{where}: {problem}")
    return summit


def _problem(summit: Summit) -> str:
    if not ID.match(summit.id):
        return "id must be lowercase words joined by hyphens"
    if summit.end < summit.start:
        return "end is before start"
    if len(summit.leaders) < 2:
        return "needs at least two leaders"
    if any(place.casefold().startswith(("the ", "a ", "an ")) for place in summit.places):
        return "a place must not start with an article (the text's 'the' is read around it)"
    if summit.setting not in SETTINGS:
        return f"setting must be one of {', '.join(SETTINGS)}"
    if "(" in summit.venue or ")" in summit.venue:
        return "venue must have no parentheses (a callout shows it in parentheses)"
    if summit.format not in FORMATS:
        return f"format must be one of {', '.join(FORMATS)}"
    if summit.format != "bilateral" and not summit.event:
        return f"format {summit.format} needs the event it was held at"
    hosts = HOST_COUNTRIES.get(summit.setting)
    in_host_country = summit.country in sum(HOST_COUNTRIES.values(), ())
    if hosts and summit.country not in hosts:
        return f"setting {summit.setting} but the country is {summit.country}"
    if summit.setting == "neutral" and in_host_country:
        return f"setting neutral but the country is {summit.country}"
    if not web_addresses((summit.source, *summit.also)):
        return "source must be a web address"
    return ""


def _check_whole(path: Path, summits: tuple[Summit, ...]) -> None:
    """Ids are unique and entries chronological; meetings of the same dates and place (a meeting
    and a dinner conversation) have names of their own, as the name is what tells them apart."""
    seen: set[str] = set()
    named: set[tuple[dt.date, dt.date, str, str, str]] = set()
    for previous, summit in zip((None, *summits), summits):
        if summit.id in seen:
            raise ReaderError(f"{path}: broken summit catalogue: id {summit.id} appears twice")
        seen.add(summit.id)
        key = (summit.start, summit.end, summit.city, summit.country, summit.name.strip().casefold())
        if key in named:
            raise ReaderError(f"{path}: broken summit catalogue: {summit.id} has the same name, dates "
                              "and place as another entry")
        named.add(key)
        if previous is not None and summit.start < previous.start:
            raise ReaderError(f"{path}: broken summit catalogue: {summit.id} is out of chronological order")
