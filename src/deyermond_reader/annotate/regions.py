"""Provides the regions a place may be qualified by ("Glassboro, New Jersey"), checked as they load.

It also holds the countries' adjectives and capitals, for "the Norwegian capital".

``data/regions.toml`` lists the U.S. states with the abbreviations newspapers write, the
countries with their other short forms, the United Kingdom's four countries, and the state or
country of each catalogue place inside the United States or the United Kingdom. A region after
a meeting's place that is not the place's own is the text's slip ("Glassboro, Pennsylvania"); a
region the file does not know says nothing, so the reader stays silent.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

from ..model import Summit

_FORMER = {"Soviet Union", "Czechoslovakia", "Yugoslavia", "West Germany", "East Germany"}
"""Former states: a place then in one is now in another (Vladivostok, U.S.S.R. or Russia), so
no region is a slip for the meetings held in them."""


def load_regions(path: Path | None = None) -> Regions:
    """The regions file, or a ReaderError naming what is wrong with it."""
    from . import datafiles
    from ..errors import ReaderError
    from ..text.source import read_toml

    path = path or datafiles.REGIONS
    data = read_toml(path, "regions file")
    for table in ("states", "countries", "constituent", "places"):
        if not isinstance(data.get(table), dict):
            raise ReaderError(f"{path}: the regions file needs a [{table}] table")
    for table in ("states", "countries"):
        for name, forms in data[table].items():
            if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
                raise ReaderError(f"{path}: [{table}] {name!r} must list its other forms as strings")
    known = set(data["states"]) | set(data["constituent"])
    for place, region in data["places"].items():
        if region not in known:
            raise ReaderError(f"{path}: [places] {place!r} is in {region!r}, which is no state or country of the file")
    for part, country in data["constituent"].items():
        if country not in data["countries"]:
            raise ReaderError(f"{path}: [constituent] {part!r} is in {country!r}, which is not in [countries]")
    for adjective, country in data.get("demonyms", {}).items():
        if country not in data["countries"]:
            raise ReaderError(f"{path}: [demonyms] {adjective!r} names {country!r}, which is not in [countries]")
    for country, capital in data.get("capitals", {}).items():
        if country not in data["countries"] or not isinstance(capital, str) or not capital.strip():
            raise ReaderError(f"{path}: [capitals] {country!r} needs to be in [countries] and name its capital")
    return Regions(data)


def load_cities(path: Path | None = None) -> frozenset[str]:
    """The cities file's names, one a line after its ``#`` header, or a ReaderError: a plain list
    reads in milliseconds, where a TOML array of nine thousand names takes forty."""
    from . import datafiles
    from ..errors import ReaderError

    path = path or datafiles.CITIES
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ReaderError(f"{path}: cannot read the cities file ({error})") from None
    names = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    bad = next((name for name in names if not _CITY_NAME.fullmatch(name)), None)
    if bad is not None:
        raise ReaderError(f"{path}: {bad!r} is not a city's name (one to three capitalised words)")
    return frozenset(names)


_CITY_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}")


class Regions:
    """The regions and the places they hold, as the note rule asks of them."""

    def __init__(self, data: dict) -> None:
        self.forms: dict[str, str] = {}  # a form as written → the region's name
        for table in ("states", "countries"):
            for name, others in data[table].items():
                self.forms[name] = name
                for form in others:
                    self.forms.setdefault(form, name)
        for part in data["constituent"]:
            self.forms[part] = part
        self.within = {**{state: "United States" for state in data["states"]}, **data["constituent"]}
        self.places = {place.casefold(): region for place, region in data["places"].items()}
        capitals = data.get("capitals", {})
        self.capital_cities = frozenset(capitals.values())
        self.capitals = {adjective: capitals[country] for adjective, country in data.get("demonyms", {}).items()
                         if country in capitals}
        self.capitals.update({country: capital for country, capital in capitals.items()
                              if country not in self.capitals})  # "Iceland's capital"

    def capital_of(self, adjective: str) -> str | None:
        """The capital of the country an adjective or a name names ("Norwegian", "Norway": Oslo),
        if the file has it."""
        return self.capitals.get(adjective)

    @cached_property
    def _after_comma(self) -> re.Pattern[str]:
        names = sorted(self.forms, key=len, reverse=True)
        return re.compile(r",\s+(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")

    def after(self, text: str, end: int) -> tuple[int, int, str] | None:
        """The region written right after a place that ends at ``end`` (", New Jersey", " in
        Croatia"): its span and its name, or None."""
        found = self._after_comma.match(text, end) or self._after_in.match(text, end)
        return (found.start(1), found.end(1), self.forms[found.group(1)]) if found else None

    @cached_property
    def _after_in(self) -> re.Pattern[str]:
        names = sorted(self.forms, key=len, reverse=True)
        return re.compile(r"\s+in\s+(?:the\s+)?(" + "|".join(re.escape(n) for n in names) + r")(?![\w'’-])")

    @cached_property
    def _after_meeting_noun(self) -> re.Pattern[str]:
        names = sorted(self.forms, key=len, reverse=True)
        return re.compile(r"\b(?:summit|meeting|meetings|talks|sit-down|conference|forum|G-?\d+)\s+(?:in|at)\s+"
                          r"(?:the\s+)?(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")

    def after_meeting_noun(self, text: str, start: int, end: int) -> tuple[int, int, str] | None:
        """A region named as where a meeting was, between ``start`` and ``end`` ("the G-8
        summit in Scotland"): its span and name, or None."""
        found = self._after_meeting_noun.search(text, start, end)
        return (found.start(1), found.end(1), self.forms[found.group(1)]) if found else None

    def holds(self, region: str, summit: Summit) -> bool | None:
        """Whether ``region`` holds the meeting: one of its places is there; False where none
        is and its city is known to be elsewhere, None where the record cannot say."""
        verdicts = [self._region_is(region, place) if place in self.forms else self.fits(region, place, summit)
                    for place in summit.places]
        if any(verdicts):
            return True
        city = self._region_is(region, summit.city) if summit.city in self.forms else \
            self.fits(region, summit.city, summit)
        return False if city is False and False in verdicts else None

    def _region_is(self, region: str, place: str) -> bool:
        """Whether a place that is itself a region ("Northern Ireland") is, or lies in, ``region``."""
        own = self.forms[place]
        return region in (own, self.within.get(own))

    def fits(self, region: str, place: str, summit: Summit) -> bool | None:
        """Whether ``region`` can hold ``place`` (a place of ``summit``): its state or U.K.
        country, or its country. None where the record cannot say (a former state)."""
        if summit.country in _FORMER:
            return None
        if region.casefold() in {p.casefold() for p in summit.places}:
            return True  # "Kennebunkport, Maine": the entry names the state itself
        own = self.places.get(place.casefold())
        if own is not None:
            return region in (own, self.within.get(own))
        if region in self.within:  # a state or a U.K. country
            return None if summit.country in self.within.values() else False
        country = summit.country
        if country == "Germany" and region in ("West Germany", "East Germany"):
            return True
        return region == country
