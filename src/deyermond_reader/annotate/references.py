"""Provides finding where the text refers to a catalogued summit, and fact notes.

The matcher is driven by the catalogue, not by phrases from one article. In
each clause it finds *anchors* (leaders' names, years, months, weekdays
resolved against the article's date, places, multilateral events, keywords)
and, for every catalogue entry, the runs of consecutive anchors consistent
with it. A run is a reference when its evidence is specific enough (a year
with a name or place, two leaders with a place, a resolved date, ...). Runs
that overlap keep the best-supported entry; equally supported entries share
the phrase (two meetings named together), narrowed by the setting the section
is talking about. A conflicting anchor right next to an accepted run becomes
a fact note: the text says one thing, the record another.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from .anchors import (ANOTHER_EVENT, CALENDAR_WORDS, YEARS_AGO, anniversary_year, MAX_GAP, MONTHS, WEEKDAYS, YEAR_DIGITS, Anchor, Facts, calendar_anchors, clauses, consistent,
                      event_key, event_prefixes, has_year, index_keys, runs, trim_repeated_leaders, verdicts,
                      weekday_anchors, without_overlaps, year_anchors)
from .lexicon import Lexicon, Words, words
from ..model import Article, FactNote, Paragraph, Reference, Section, Sentence, Summit

_WEIGHT = {"date": 3, "range": 2, "year": 2, "month": 3, "place": 2, "event": 2, "keyword": 2, "leader": 1}
"""How much each kind of agreeing anchor counts when runs for different entries overlap."""
_WEEKDAY_SET = frozenset(WEEKDAYS)
_DAY_WORDS = _WEEKDAY_SET | {"today", "tonight", "yesterday", "tomorrow"}
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_GLUE_WORDS = frozenset({"the", "a", "an", "of"})
_COMMON_CALENDAR_WORDS = frozenset({"this", "last", "next", "past", "coming", "today", "may", "march"})
"""Calendar words too common to make a sentence worth testing on their own ("this", "may"):
a sentence needs another sign of a meeting (a place, a year, "yesterday")."""
_ALONGSIDE = re.compile(r"\b(?:with|by|and|alongside|joined by)\s+(?:(?:the|their|both|his|full|expanded)\s+)*$", re.I)
"""Before people who meet in the leaders' name, words that set them beside the leaders' own
meeting ("the summit ... first one-on-one and then with delegations"), not in its place."""
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|whom|which)\b[^,;:()]*$")
"""Before a name, an aside about someone else still open: "Clinton, who had got on with"."""
_A_TOPIC_BEFORE = re.compile(r"\b(?:about|over|against|toward|towards|into|joining|join|joined|expanding|enlarging|"
                             r"(?:expansion|enlargement|membership|members|role|future|eastward expansion) of)"
                             r"\s+(?:the\s+)?$", re.I)
"""Before an organisation's name, words that make it what the leaders talked about ("agreed to
disagree over NATO", "the enlargement of NATO"), not the gathering they met at."""
_GATHERING_NOUNS = frozenset({"summit", "summits", "gathering", "conference", "event", "forum"})
"""The nouns a multilateral gathering is called by, in a phrase that names no meeting itself."""
_GATHERING_WORDS = frozenset({"summit", "summits", "conference"})
"""Meeting words that may name the multilateral gathering itself rather than the two leaders' meeting."""


_FORMAT_RANK = {"bilateral": 0, "margins": 1, "encounter": 2}
_OWNER_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:(?:early|late|mid-?)\s*)?$")
"""Before a year: the noun it is "of" ("the treaty of 1991")."""
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|this|that|its|their|his|her|our)|['’]s)\s+$", re.I)
_NOUN_BEFORE = re.compile(r"\b(?:summit|summits|meeting|meetings|talks|visit|sit-down|session|encounter)\s+"
                          r"(?:(?:on|of|this|last|next|in|at|off|near|outside|aboard)\s+(?:the\s+)?)?$", re.I)
_LOWER_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)\b")
_POSSESSIVE = re.compile(r"'s|’s")
_NEXT_WORD = re.compile(r"[ \t]+([\w-]+)")
_FOLLOWING_NOUN = re.compile(r"^(?:'s|’s)?\s+(summit|summits|meeting|meetings|visit|talks|sit-down|encounter|"
                             r"session|conversation)\b", re.I)

def load_cues(path: Path | None = None) -> dict:
    """The cue lists (``data/cues.toml``)."""
    from . import datafiles
    from ..text.source import read_toml

    return read_toml(path or datafiles.CUES, "cue list")


class Scene(NamedTuple):
    """What a clause is read with: the article's date, the year the paragraph last named, the
    setting in force, whether it is a photo caption, the leaders the clause names, and those the
    sentence and the paragraph before it named (``company``)."""

    article_date: dt.date | None
    context_year: int | None
    setting: str | None
    caption: bool
    named: frozenset[str]
    company: frozenset[str]
    meeting_said: bool = False
    """Whether another clause of the sentence has a meeting word ("... for their third summit; the
    first had taken place off Malta")."""
    in_sentence: frozenset[str] = frozenset()
    """The leaders the whole sentence names."""
    pair_met: bool = False
    """Whether the sentence has a word of leaders meeting, not only of a gathering ("meeting",
    "talks", "met"; not "summit")."""
    among_meetings: bool = False
    """Whether the paragraph speaks of meetings (a meeting word anywhere in it): there a place
    and its year alone name one ("Dobrynin … sat at the table in Reykjavik in 1986")."""
    ahead: frozenset[str] = frozenset()
    """The leaders the paragraph names after this sentence: "the Vienna meeting … the President and
    the Chairman … Khrushchev later sent Kennedy a model whaler" is 1961's, not 1979's."""


class SentenceReading(NamedTuple):
    """One sentence read: its references, and the leaders and last place it names."""

    references: list[Reference]
    leaders: frozenset[str]
    last_place: frozenset[str] | None


_SURNAMES_THAT_ARE_WORDS = frozenset({"ford", "carter", "johnson", "kennedy", "trump"})
"""Leaders' surnames whose plural is a common word or another family's name ("the Fords" of a
river, "the Kennedys"): "the Reagans" names the couple and so the leader; these do not."""


_CALENDAR_WEEKEND = re.compile(r"\b(?:this|next|last|at the|for the|on the|over the|every|each|that same|the following|"
                               r"the previous|['’]s)\s+$", re.I)
"""Before "weekend", words making it a time, not a meeting ("ago this weekend", "at the weekend")."""
_WEEKEND_OF_SOMETHING = re.compile(r"\s+(?:retreat|home|house|break|trip|getaway|talk shows?|papers?|edition)\b", re.I)


_TALKS_OF_OTHERS = re.compile(r"\b(?:accession|six-party|expert|expert-level|technical|working-level|"
                              r"ceasefire|cease-fire)\s+$", re.I)
"""Before "talks", words making them other people's ("accession talks", "the six-party talks")."""


_HUSBANDS = frozenset({"husband", "husbands", "husband's", "husbands'"})
_COUPLE_BEFORE = re.compile(r"\b([A-Z][\w.]+)\s+and\s+$")
"""A first name and "and" before a wife's name: the couple ("Vladimir and Lyudmila Putin")."""


def _spouses(refs: dict, leaders: frozenset[str]) -> list[str]:
    """The wives the cue list names, and "Mrs." or "Madame" before every leader's surname: not
    the leader ("between Mrs. Gorbachev and Nancy Reagan")."""
    surnames = sorted({leader.split()[-1] for leader in leaders})
    return [*refs.get("spouses", ()), *(f"{title} {surname}" for surname in surnames
                                        for title in ("Mrs.", "Mrs", "Madame"))]


def _not_a_meeting_word(text: str, start: int, end: int) -> bool:
    """A weekend of the calendar ("ten years ago this weekend", "at the weekend", "a weekend
    retreat"; "the Iceland weekend" is the meeting), or talks of other people ("accession talks",
    "the six-party talks", "expert talks")."""
    word = text[start:end].casefold()
    if word == "talks":
        return _TALKS_OF_OTHERS.search(text, max(0, start - 20), start) is not None
    if word != "weekend":
        return False
    return bool(_CALENDAR_WEEKEND.search(text, max(0, start - 20), start) or _WEEKEND_OF_SOMETHING.match(text, end))


class Matcher:
    """Finds summit references in sentences; built once per catalogue."""

    def __init__(self, catalogue: tuple[Summit, ...], cues: dict) -> None:
        self.catalogue = catalogue
        self.facts = [Facts.of(s) for s in catalogue]
        self.by_id = {facts.summit.id: facts for facts in self.facts}
        refs = cues["references"]
        self.meeting = Lexicon((w, True) for w in refs["meeting_words"])
        self.next_year = Lexicon((w, True) for w in refs["next_year"])
        self.host_words = Lexicon((w, True) for w in refs["host_words"])
        self.gatherings_of_the_leaders = frozenset(event_key(name) for name in refs.get("gatherings_of_the_leaders", ()))
        self.not_held = _words_before_pattern(refs.get("not_held", ()))
        self.never_met = _words_before_pattern(refs.get("never_met", ()))
        self.no_meeting = _no_meeting_pattern(refs.get("not_held", ()), refs.get("implicit_nouns", ()))
        self.phrase_nouns = frozenset(w.casefold() for w in refs.get("phrase_nouns", ()))
        self.implicit = _implicit_pattern(refs.get("implicit_determiners", ()), refs.get("implicit_nouns", ()),
                                          refs.get("implicit_elsewhere", ()))
        self.pair_met = _pair_met_pattern(refs.get("implicit_pairs", ()), refs.get("implicit_pair_verbs", ()))
        self.named_pair_verb = _verb_after_pattern(refs.get("implicit_pair_verbs", ()))
        self.spent_talking = _duration_pattern(refs.get("implicit_durations", ()), refs.get("implicit_duration_nouns", ()))
        self.implicit_nouns = tuple(n.casefold() for n in refs.get("implicit_nouns", ()))
        self.pointing_away = frozenset(w.casefold() for w in refs.get("implicit_elsewhere", ()))
        self.pair_named = _pair_named_pattern(refs.get("implicit_nouns", ()))
        self.side_words = {**{w.casefold(): True for w in refs.get("implicit_sides_american", ())},
                           **{w.casefold(): False for w in refs.get("implicit_sides_russian", ())}}
        self.year_followers = frozenset(w.casefold() for w in refs.get("year_followers", ())) | self.phrase_nouns
        self.years_of_their_own = frozenset(w.casefold() for w in refs.get("years_of_their_own", ()))
        self.settings = Lexicon((p, name) for name, phrases in cues["settings"].items() for p in phrases)
        events = [*((e, e) for e in refs["events"]), *cues.get("event_aliases", {}).items()]
        self._events = re.compile(r"\b(?:" + "|".join(re.escape(p) for p, _ in sorted(events, key=lambda e: -len(e[0])))
                                  + r")\b", re.I) if events else None
        self._event_names = tuple(refs["events"])  # as written: "G20", "NATO"
        self._event_aliases = tuple(alias.casefold() for alias in cues.get("event_aliases", {}))
        self.not_held_phrases = tuple(phrase.casefold() for phrase in refs.get("not_held", ()))
        self.plans = Lexicon((w, True) for w in refs.get("plans", ()))
        self.arrivals = Lexicon((w, True) for w in refs.get("arrivals", ()))
        self.out_of_office = Lexicon([*((w, False) for w in refs.get("out_of_office", ())),
                                      *((w, True) for w in refs.get("out_of_office_anywhere", ()))])
        self.countries = {name.casefold(): frozenset(country for country, names in
                                                     refs.get("visited_countries", {}).items() if name in names)
                          for names in refs.get("visited_countries", {}).values() for name in names}
        self.visited = re.compile(rf"\b(?:{_any_of(refs['visit_words'])})\s+(?:(?:to|of|in)\s+)?"
                                  rf"(?P<country>{_any_of(self.countries)})(?![\w-])", re.I) \
            if self.countries and refs.get("visit_words") else None
        self.episode = re.compile(rf"\b(?:the|that|this|their|a)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_any_of(refs['episodes'])})"
                                  r"\s+(?:in|at|on|off)\s+(?:the\s+)?", re.I) if refs.get("episodes") else None
        everyone = frozenset(leader for summit in catalogue for leader in summit.leaders)
        self.names = Lexicon([*self._anchor_phrases(events, cues.get("place_aliases", {}),
                                                    refs.get("leaders_without_meetings", ())),
                              *((phrase, ("leader", everyone)) for phrase in refs.get("both_sides", ())),
                              *((name, ("not", frozenset())) for name in refs.get("not_places", ())),
                              *((name, ("not", frozenset())) for name in refs.get("not_meetings", ()))])
        self.spouses = Lexicon((name, True) for name in _spouses(refs, everyone))
        self.not_leaders = Lexicon((w, True) for w in refs.get("not_leaders", ()))
        self.officials = Lexicon([*((name, True) for name in refs.get("officials_american", ())),
                                  *((name, False) for name in refs.get("officials_russian", ()))])
        self.not_only = frozenset(w.casefold() for w in refs.get("not_the_only_meeting", ()))
        self.seats_of_government = frozenset(w.casefold() for w in refs.get("seats_of_government", ()))
        self.of_the_city = frozenset(w.casefold() for w in refs.get("of_the_city", ()))
        named_for = refs.get("named_for_places", ())
        capitalised = refs.get("named_for_places_capitalised", ())
        either = [f"(?i:{re.escape(word)})" for word in named_for] + [re.escape(word) for word in capitalised]
        self.named_for_place = re.compile(r"\s+(?:" + "|".join(either) + r")\b") if either else None
        done_to = sorted(refs.get("done_to_places", ()), key=len, reverse=True)
        self.done_to_place = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in done_to) + r")\s+(?:the\s+)?$",
                                        re.I) if done_to else None
        self._agreements: dict[tuple[str, frozenset], frozenset[int]] = {}
        self._own_places: dict[str, frozenset[str]] = {}
        self.index: dict[tuple[str, object], list[int]] = {}
        for number, facts in enumerate(self.facts):
            keys: list[tuple[str, object]] = [("leader", n) for n in facts.leaders]
            keys += [("place", p) for p in facts.places]
            keys += [("keyword", k) for k in facts.keywords]
            keys += [("event", e) for e in event_prefixes(facts.event)] if facts.event else []
            keys += [("year", y) for y in range(facts.summit.start.year, facts.summit.end.year + 1)]
            for key in keys:
                self.index.setdefault(key, []).append(number)

    def meeting_spans(self, text: Words) -> list[tuple[int, int, list[bool]]]:
        """The meeting words of a text, but for those that name no meeting there (see
        ``_not_a_meeting_word``)."""
        found = self.meeting.find_in(text)
        if "weekend" not in text.vocab and "talks" not in text.vocab:
            return found
        return [span for span in found if not _not_a_meeting_word(text.text, span[0], span[1])]

    @staticmethod
    def candidates(anchors: list[Anchor], agreements: list[frozenset[int]]) -> list[int]:
        """The entries (by number) a reference could be to: every rule in ``_strong`` needs an
        anchor that is not a leader's name (a date, year, place, event or keyword) to agree."""
        found: set[int] = set()
        for anchor, agrees in zip(anchors, agreements):
            if anchor.kind != "leader":
                found.update(agrees)
        return sorted(found)

    def _agreement(self, anchor: Anchor) -> frozenset[int]:
        """The entries (by number) the anchor agrees with; the same name or year recurs, so
        each is worked out once. Only entries the index lists under the anchor's keys can
        agree (a month or date agrees only within its year), so only they are tested."""
        key = (anchor.kind, anchor.values)
        agrees = self._agreements.get(key)
        if agrees is None:
            listed = set().union(*(self.index.get(k, ()) for k in index_keys(anchor)))
            agrees = self._agreements[key] = frozenset(
                number for number in listed if consistent(anchor, self.facts[number]))
        return agrees

    def _anchor_phrases(self, events: list[tuple[str, str]], aliases: dict[str, str], others=()):
        """(phrase, (kind, values)) for every leader, surname, place, event and keyword, and the
        descriptions of places ("the Icelandic capital") the cue lists give. ``others`` are
        leaders who met no counterpart: their names agree with no meeting."""
        people: dict[str, set[str]] = {}
        for leader in [*(leader for summit in self.catalogue for leader in summit.leaders), *others]:
            people.setdefault(leader, set()).add(leader)
            people.setdefault(leader.split()[-1], set()).add(leader)
        for name, leaders in people.items():
            yield name, ("leader", frozenset(leaders))
            if " " not in name and name.casefold() not in _SURNAMES_THAT_ARE_WORDS:  # "the Gorbachevs", "the Bushes"
                yield f"the {name}{'es' if name.endswith(('sh', 'ch', 's', 'x', 'z')) else 's'}", ("leader", frozenset(leaders))
        places = {p.casefold() for s in self.catalogue for p in s.places}
        for place in places:
            yield place, ("place", frozenset({place}))
        for alias, place in aliases.items():
            if place.casefold() in places:  # matched from its first word of content: "the" starts too many
                yield _LEADING_ARTICLE.sub("", alias), ("place", frozenset({place.casefold()}))
        for phrase, event in events:
            yield phrase, ("event", frozenset({event_key(event)}))
        for keyword in {k.casefold() for s in self.catalogue for k in s.keywords}:
            yield keyword, ("keyword", frozenset({keyword}))

    @cached_property
    def _own_names(self) -> frozenset[str]:
        """Keywords (casefolded) that are the proper name ("Crawford Summit") of one bilateral
        meeting alone: named alone, they can mean only it. Not a common phrase ("leaders'
        dinner"), an accord's name ("Vladivostok Accord") or a gathering's."""
        counts: dict[str, int] = {}
        for summit in self.catalogue:
            for keyword in summit.keywords:
                if any(word[:1].isupper() for word in keyword.split()) and summit.format == "bilateral" \
                        and (_ENDS_IN_NOUN.search(keyword) or keyword.casefold().startswith("spirit of ")):
                    # a meeting's name ("the Crawford Summit", "the spirit of Camp David"), not an accord's
                    counts[keyword.casefold()] = counts.get(keyword.casefold(), 0) + 1
        return frozenset(k for k, n in counts.items() if n == 1)

    @cached_property
    def _us_leaders(self) -> frozenset[str]:
        return frozenset(s.leaders[0] for s in self.catalogue)

    def own_places(self, entry_id: str) -> frozenset[str]:
        """The places (casefolded) no other entry has: named alone, they can mean only this one."""
        found = self._own_places.get(entry_id)
        if found is None:
            found = self._own_places[entry_id] = frozenset(
                p for p in self.by_id[entry_id].places if self._place_counts.get(p) == 1)
        return found

    @cached_property
    def _place_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for facts in self.facts:
            for place in facts.places:
                counts[place] = counts.get(place, 0) + 1
        return counts

    @cached_property
    def _cities(self) -> frozenset[str]:
        """The cities meetings were held in: "Washington" after "Moscow, " is the next of a list,
        where "Virginia" (a place of one meeting, never its city) is a state."""
        return frozenset(facts.summit.city.casefold() for facts in self.facts)

    # ---- anchors -----------------------------------------------------------

    def anchors(self, clause: Words, article_date: dt.date | None, context_year: int | None,
                frame_year: int | None = None) -> list[Anchor]:
        found: list[Anchor] = []
        for start, end, payloads in self.names.find(clause.tokens):
            kind = payloads[0][0]
            values = frozenset().union(*(v for k, v in payloads if k == kind))
            found.append(Anchor(kind, start, end, values))
        found += [a for a in year_anchors(clause.text) if self._dates_a_meeting(clause.text, a)]
        years_before = [a for a in found if a.kind == "year" and len(a.values) == 1]
        for start, end, _ in self.next_year.find_in(clause):
            earlier = [a for a in years_before if a.end <= start]  # "in Geneva in 1985 and in Reykjavik a
            base = next(iter(earlier[-1].values)) if earlier else context_year  # year later": 1986
            if base is not None and not _PUNCTUATION.search(clause.text, start, end):  # not "of the year, after the G-20"
                found.append(Anchor("year", start, end, frozenset({base + 1})))
        if article_date is not None and not _WEEKDAY_SET.isdisjoint(clause.vocab):
            found += [_either_way(a, article_date, clause.text) for a in weekday_anchors(clause.tokens, article_date)
                      if not _dated_by_its_year(clause.text, a)]
        if not CALENDAR_WORDS.isdisjoint(clause.vocab):
            found += _in_the_year_named(calendar_anchors(clause.text, article_date, context_year, frame_year), found,
                                        clause.text)
        if "capital" in clause.vocab:
            found += self._capitals(clause.text, found)
        if not self._elsewhere_words.isdisjoint(clause.vocab):
            found += [a for a in self._places_elsewhere_in(clause.text)
                      if not any(b.start < a.end and a.start < b.end for b in found)]
        found = [a for a in found if a.kind != "leader" or not _UNDER.search(clause.text, max(0, a.start - 40), a.start)]
        if any(a.kind == "leader" for a in found):
            found = self._without_wives(clause, found)
        found = [a for a in found if a.kind != "event" or  # "agreed to disagree over NATO": the talks' topic
                 not _A_TOPIC_BEFORE.search(clause.text, max(0, a.start - 30), a.start)]
        places = [a for a in found if a.kind == "place"]
        found = [a for a in found if a.kind != "place" or not (
            _a_government(clause.text, a) or self._the_government_s(clause.text, a)
            or self._names_something_else(clause.text, a) or self._done_to(clause.text, a, places))]
        found = _without_descriptions_of_elsewhere(clause.text, found)
        if article_date is not None and "anniversary" in clause.vocab and _A_MEETING_S_ANNIVERSARY.search(clause.text):
            found = [a for a in found if not _the_anniversary_s_day(a, article_date)]
        # "The New York Times" hides "New York"; kept, it parts the anchors on either side
        # ("Helsinki, where the Helsinki Accords were signed in 1975": the year is the treaty's)
        return without_overlaps(found) if len(found) > 1 else found

    def _without_wives(self, clause: Words, found: list[Anchor]) -> list[Anchor]:
        """The anchors but for leaders' surnames that name their wives, where wives of both sides
        are named ("the frosty summitry between Mrs. Gorbachev and Nancy Reagan"): the wives met,
        not the leaders. One wife named stands beside her husband's meeting ("Raisa Gorbachev
        came to Washington with the summit"), as do both wives beside "their husbands' summit";
        "George and Laura Bush" names the couple."""
        if not _HUSBANDS.isdisjoint(clause.vocab):
            return found
        wives = [(start, end) for start, end, _ in self.spouses.find_in(clause)
                 if not self._a_couple(clause.text, start)]
        named = [a for a in found if a.kind == "leader" and any(s <= a.start and a.end <= e for s, e in wives)]
        sides = {bool(a.values & self._us_leaders) for a in named}
        return found if len(sides) < 2 else [a for a in found if a not in named]

    def _a_couple(self, text: str, wife: int) -> bool:
        """Whether a first name and "and" come before the wife's name ("Vladimir and Lyudmila
        Putin"), not another leader's surname ("Mrs. Gorbachev and Nancy Reagan")."""
        before = _COUPLE_BEFORE.search(text, max(0, wife - 30), wife)
        return before is not None and before.group(1).casefold() not in self._surnames

    @cached_property
    def _surnames(self) -> frozenset[str]:
        return frozenset(leader.split()[-1].casefold() for s in self.catalogue for leader in s.leaders)

    @cached_property
    def _elsewhere(self) -> frozenset[str]:
        """The world's capitals (regions.toml) and the cities of cities.txt where no meeting was
        held: a place a text may wrongly put a meeting in ("the G20 in Berlin", "their talks in
        Khabarovsk"), which agrees with no entry."""
        from .regions import load_cities

        places = {p.casefold() for s in self.catalogue for p in s.places}
        return frozenset(c for c in self._regions.capital_cities | load_cities() if c.casefold() not in places)

    @cached_property
    def _elsewhere_words(self) -> frozenset[str]:
        return frozenset(c.split()[0].casefold() for c in self._elsewhere)

    def _places_elsewhere_in(self, text: str) -> list[Anchor]:
        """"In Berlin", "at Princeton", or a clause's first words: the longest run of capitalised
        words after a word of place that names one of those places, and does not go on into a
        longer name ("Princeton's faculty", "Boston Harbor")."""
        found = []
        for match in _IN_A_PLACE.finditer(text):
            words = match.group(1).split()
            for size in range(len(words), 0, -1):
                name = " ".join(words[:size]).rstrip(".")  # "in Khabarovsk." at a sentence's end
                end = match.start(1) + len(name)
                if name in self._elsewhere and text[match.start(1):end] == name and \
                        _NAME_GOES_ON.match(text, end) is None:
                    found.append(Anchor("place", match.start(1), end, frozenset({name.casefold()})))
                    break
        return found

    def _the_government_s(self, text: str, place: Anchor) -> bool:
        """"Moscow's allies", "by Moscow's count", "at Washington's request": what a seat of
        government owns, unless it is of the city itself ("Moscow's streets"), is its government's."""
        whose = _WHOSE.match(text, place.end)
        return whose is not None and text[place.start:place.end].casefold() in self.seats_of_government \
            and whose.group(1) not in self.of_the_city

    def _names_something_else(self, text: str, place: Anchor) -> bool:
        """"The Paris attacks", "the Minsk agreements": a place's name naming something else."""
        return self.named_for_place is not None and self.named_for_place.match(text, place.end) is not None

    def _done_to(self, text: str, place: Anchor, places: list[Anchor]) -> bool:
        """"The attacks on New York and Washington", "the siege of Sarajevo": a place something was
        done to, or the next of a list of them, is no meeting's place."""
        if self.done_to_place is None:
            return False
        start = place.start
        for before in sorted((a for a in places if a.end <= start), key=lambda a: -a.start):
            if not _LIST_GAP.fullmatch(text, before.end, start):
                break
            start = before.start  # "New York and Washington": the list's first place
        return self.done_to_place.search(text, max(0, start - 40), start) is not None

    def _capitals(self, text: str, found: list[Anchor]) -> list[Anchor]:
        """"The Austrian capital", "the Norwegian capital": the capital of the country the
        adjective names (regions.toml), a place every meeting held there fits and every other
        contradicts. Not where a listed description already names the place."""
        added = []
        for match in _DEMONYM_CAPITAL.finditer(text):
            capital = self._regions.capital_of(match.group(1) or match.group(2))
            if capital is not None and not any(a.start < match.end() and match.start() < a.end for a in found):
                added.append(Anchor("place", match.start(), match.end(), frozenset({capital.casefold()})))
        return added

    # ---- matching ----------------------------------------------------------

    @cached_property
    def _specific_words(self) -> frozenset[str]:
        """A word of every anchor that is not a leader's name (its first word other than "the",
        "a" or "of": "austrian" for "the Austrian capital"), and of weekdays and next-year
        phrases: a sentence with none of them, and no year, cannot refer to a summit."""
        starts = {next((w for w in key if w not in _GLUE_WORDS), key[0])
                  for key, payloads in self.names.table.items() if any(kind != "leader" for kind, _ in payloads)}
        next_year_words = {w for key in self.next_year.table for w in key if w not in ("the", "a", "an")}
        return frozenset(starts | next_year_words | set(WEEKDAYS) | (CALENDAR_WORDS - _COMMON_CALENDAR_WORDS))

    @cached_property
    def _meeting_signs(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """First words of meeting words and event names; of U.S. leaders' names; of the others'."""
        meeting = {key[0] for key in self.meeting.table}
        us: set[str] = set()
        others: set[str] = set()
        for key, payloads in self.names.table.items():
            for kind, values in payloads:
                if kind == "event":
                    meeting.add(key[0])
                elif kind == "leader":
                    (us if values & self._us_leaders else others).add(key[0])
                    if values - self._us_leaders:
                        others.add(key[0])
        return frozenset(meeting), frozenset(us), frozenset(others)

    def could_refer(self, sentence: Words) -> bool:
        """False when no clause of the sentence can hold a reference: every one needs a date,
        year, place, event or keyword, and a meeting word, an event or leaders of both sides."""
        vocab = sentence.vocab
        meeting, us, others = self._meeting_signs
        if self._specific_words.isdisjoint(vocab) and not has_year(sentence.text):
            return not _DAY_WORDS.isdisjoint(vocab) and not us.isdisjoint(vocab) and not others.isdisjoint(vocab) \
                and not meeting.isdisjoint(vocab)  # "Bush and Putin sit down today"
        return not meeting.isdisjoint(vocab) or (not us.isdisjoint(vocab) and not others.isdisjoint(vocab))

    def _may_be_only_meeting(self, sentence: Words) -> bool:
        """Whether some clause of the sentence is free of the words that rule a pair's only
        meeting out: a quick test on the words, before the sentence is split."""
        return self.not_only.isdisjoint(sentence.vocab) or "," in sentence.text or ";" in sentence.text

    def _names_both_sides(self, sentence: Words) -> bool:
        """Whether the sentence's words include a meeting word and names of both sides."""
        meeting, us, others = self._meeting_signs
        vocab = sentence.vocab
        return not meeting.isdisjoint(vocab) and not us.isdisjoint(vocab) and not others.isdisjoint(vocab)

    def read(self, sentence: Words, article_date: dt.date | None, context_year: int | None,
             setting: str | None, caption: bool = False, company: frozenset[str] = frozenset(),
             last_place: frozenset[str] | None = None, frame_year: int | None = None,
             among_meetings: bool = False, ahead: frozenset[str] = frozenset()) -> SentenceReading:
        """The references in one sentence, in reading order, and the leaders and last place it
        names (what the next sentence is read with). A photo ``caption`` is about a meeting by
        nature: there a place and a date are enough ("Hyde Park, October 1995"). ``company`` is
        the leaders the paragraph named before this sentence: they tell apart meetings held in
        one place ("Their talks at the Presidential Palace"); ``last_place`` is the place it
        named last, where "they met there" was."""
        result: list[Reference] = []
        ordinal = not _ORDER_WORDS.isdisjoint(sentence.vocab)
        if not caption and not self.could_refer(sentence) and not (among_meetings and has_year(sentence.text)) and \
                not (self._both_sides(company) and _THE_TWO.search(sentence.text)) and \
                not (self._names_both_sides(sentence) and (ordinal or self._may_be_only_meeting(sentence))):
            return SentenceReading(result, *self._named_in(sentence))
        bounds = clauses(sentence.text)
        if len(bounds) > 1 and _DATELINE.fullmatch(sentence.text, *bounds[0]):
            dateline_end = bounds[0][1]
            bounds = [(bounds[0][0], bounds[1][1]), *bounds[2:]]  # "WASHINGTON, Dec. 8 — Reagan and ..."
        else:
            dateline_end = 0
        bounds = _items_joined(sentence.text, _earlier_meetings_apart(sentence.text, bounds))
        parts = [(start, sentence.part(start, end)) for start, end in bounds]
        if len(parts) > 1 and _A_YEAR_HEAD.fullmatch(parts[0][1].text):
            context_year = int(parts[0][1].text.strip(" —–-:.,"))  # "1972 — From May 22 to May 30 …"
        found = [(start, clause, self.anchors(clause, article_date, context_year, frame_year)) for start, clause in parts]
        if dateline_end:
            first = found[0][1].text
            found[0][2][:] = _without_filing_place(first, found[0][2], dateline_end)
            if not _HERE.search(first, dateline_end):
                found[0][2][:] = self._filed_where_held(found[0][2], dateline_end, article_date)
        if "there" in sentence.vocab or "same" in sentence.vocab:
            for start, clause, anchors in found:
                there = self._there(clause, anchors, last_place)
                if there:
                    anchors[:] = sorted(anchors + there, key=lambda a: a.start)
                last_place = next((a.values for a in reversed(anchors) if a.kind == "place"), last_place)
        named = frozenset().union(*(a.values for _, _, anchors in found for a in anchors if a.kind == "leader"))
        places = [a.values for _, _, anchors in found for a in anchors if a.kind == "place"]
        meeting_spans = self.meeting_spans(sentence)
        said = len(found) > 1 and bool(meeting_spans)
        pair_met = any(sentence.text[a:b].casefold() not in _GATHERING_WORDS for a, b, _ in meeting_spans)
        for start, clause, anchors in found:
            if anchors:
                own = frozenset().union(*(a.values for a in anchors if a.kind == "leader"))
                if not own and _THE_TWO.search(clause.text):
                    own = company  # "In Moscow the two presidents also agreed": the pair named before
                scene = Scene(article_date, context_year, setting, caption, own, company | named, said, named,
                              pair_met, among_meetings, ahead)
                for ref in self._clause_references(clause, anchors, scene):
                    result.append(ref._replace(start=ref.start + start, end=ref.end + start) if start else ref)
        if ordinal:
            result = self._held_to_order(found, result, article_date)
            result = self._ordinal_references(sentence.text, found, result, article_date)
        if named and self._both_sides(named):
            result = self._only_meetings(sentence, found, result, article_date)
        if len(result) > 1:
            result = self._dated_by_the_head(found, result)
            result = self._when_it_was(sentence.text, found, result)
        if result:
            named_here = [a._replace(start=a.start + start, end=a.end + start)
                          for start, _clause, anchors in found for a in anchors if a.kind in ("leader", "place")]
            timed_here = [a._replace(start=a.start + start, end=a.end + start)
                          for start, _clause, anchors in found for a in anchors if a.kind in _DATED_KINDS]
            bounds = [(start, start + len(clause.text)) for start, clause, _anchors in found]
            result = [self._sentence_note(sentence.text, ref, _in_its_clause(named_here, ref, bounds), result,
                                          article_date, _in_its_clause(timed_here, ref, bounds))
                      for ref in result]
            result = [ref for ref in result if not self._met_out_of_office(sentence.text, ref, named_here, timed_here)
                      and not self._its_year_left_out(sentence.text, ref, named_here, timed_here)
                      and not self._a_return_in_another_year(sentence.text, ref, named_here, timed_here, result)]
        if result and "who" in sentence.vocab:
            result = [_without_an_aside_s_note(sentence.text, ref) for ref in result]
        if result and self._out_of_office(sentence, found):
            result = [r for r in result if r.note is None]  # "Gorbachev, by then retired, met Clinton in Moscow in
            # 1995", "as vice president he told Putin in Moscow in 2011": not the leader's meeting with a slip
        return SentenceReading(result, named, places[-1] if places else None)

    def _filed_where_held(self, anchors: list[Anchor], dateline_end: int,
                          article_date: dt.date | None) -> list[Anchor]:
        """A clause's anchors, less a dateline's place where no meeting was held there in the
        story's days: "MOSCOW — Vladimir Putin spoke by telephone…", filed in 2025, is not one of
        Putin's Moscow summits of 2002 or 2009; "GENEVA — Biden and Putin met" on 16 June 2021 is.
        Where the words say "here" the dateline is the place they mean, whenever that was."""
        return [a for a in anchors if a.kind != "place" or a.end > dateline_end or any(
            _current(self.facts[entry].summit, article_date) for entry in self._agreement(a))]

    def _order_s_slip(self, clause: str, match: re.Match[str], anchors: list[Anchor], entry: str,
                      own_words_only: bool = False) -> tuple[bool, Anchor | None]:
        """Whether the clause's place and time words let the meeting its order names stand, and
        the one that is a slip: none contradicting it (True, None); one, the place or year the
        order's words give ("their first encounter, in Bratislava in June 2001": the date agrees,
        Bratislava is the slip: True and it); more, or one not the order's own (False, None). With
        ``own_words_only`` (the clause names another meeting too) only the words right after the
        order's count."""
        facts = self.by_id[entry]
        where = _SAYS_WHERE_IT_WAS.match(clause, match.end())
        own = [a for a in anchors if a.kind in ("year", "month", "date", "place", "event", "range") and not (
            own_words_only and not (where and where.end() <= a.start <= where.end() + _PLACE_REACH))]
        wrong = [a for a in own if consistent(a, facts) is False]
        if not wrong:
            return True, None
        agreeing = [a for a in own if consistent(a, facts)]
        if len(wrong) == 1 and wrong[0].kind in ("place", "year") and agreeing and where is not None \
                and where.end() <= wrong[0].start <= where.end() + _PLACE_REACH:
            return True, wrong[0]
        return False, None

    def _dated_by_the_head(self, found, refs: list[Reference]) -> list[Reference]:
        """A list item's or caption's head dates its whole clause ("Camp David, February 1, 1992:
        Yeltsin, who had come down from New York the day before, sat with Bush"): a reference
        further on that the head's date contradicts is another meeting's words, not one."""
        kept = list(refs)
        for start, clause, anchors in found:
            head = _A_HEAD.match(clause.text)
            if head is None:
                continue
            dates = [a for a in anchors if a.kind in ("date", "month", "range") and a.end <= head.end()]
            if not dates:
                continue
            kept = [r for r in kept if not (start + head.end() <= r.start < start + len(clause.text)) or any(
                consistent(dates[0], self.by_id[e]) for e in r.entries)]
        return kept

    def _when_it_was(self, text: str, found, refs: list[Reference]) -> list[Reference]:
        """A dated meeting phrase and ", when" the words telling what happened at it ("his
        December 1987 summit, when Brezhnev came to Washington"): one meeting, the first phrase's,
        and a leader there who was not at it is the text's slip. The phrase after "when" is no
        reference of its own unless it gives a year of its own."""
        leaders = [a._replace(start=a.start + start, end=a.end + start)
                   for start, _clause, anchors in found for a in anchors if a.kind == "leader"]
        kept = list(refs)
        for first, then in zip(refs, refs[1:]):
            if not _WHEN_AFTER.fullmatch(text, first.end, then.start) or len(first.entries) != 1 \
                    or first.entries == then.entries or not YEAR_DIGITS.search(first.text) \
                    or YEAR_DIGITS.search(then.text) or then not in kept or first not in kept:
                continue
            if _ANOTHER_TIME.search(text, max(0, first.start - 30), first.start + 1):
                continue  # "a year after the 1985 Geneva summit, when they met in Reykjavik": the later one
            facts = self.by_id[first.entries[0]]
            if any(a.kind == "place" and consistent(a, facts) is False and then.start <= a.start + start < then.end
                   for start, _clause, anchors in found for a in anchors):
                continue  # the clause after "when" is at another place: another meeting
            summit = facts.summit
            strangers = [a for a in leaders if then.start <= a.start < then.end and not a.values & set(summit.leaders)]
            note = first.note or (_fact_note(text, strangers[0], summit) if len(strangers) == 1 else None)
            merged = first._replace(end=then.end, text=text[first.start:then.end], note=note)
            kept[kept.index(first)] = merged
            kept.remove(then)
        return kept

    def _held_to_order(self, found, refs: list[Reference], article_date: dt.date | None) -> list[Reference]:
        """References whose clause gives the pair's meeting an order ("Bush and Putin first met in
        Slovakia in 2001", "Bush's first meeting with Putin was in Bratislava"), held to it: where
        the meeting linked is not the pair's first (or last), the one that is, when only one word
        of the clause's place and time contradicts it, and that word is the slip the note names.
        Left alone where the order is counted in a place ("their first meeting in Moscow"), or
        more than one word disagrees with the order's meeting (the writer means the other)."""
        return [self._to_order(ref, refs, found, article_date) for ref in refs]

    def _to_order(self, ref: Reference, refs: list[Reference], found, article_date: dt.date | None) -> Reference:
        """``_held_to_order`` for one reference."""
        at, clause, anchors = next(((start, clause.text, anchors) for start, clause, anchors in found
                                    if start <= ref.start < start + len(clause.text)), (0, "", []))
        ordered = self._order_s_meeting(clause, anchors, article_date) if clause and not ref.resolved else None
        if ordered is None:
            return ref
        entry, (said_from, said_to) = ordered
        if entry is None or entry in ref.entries or not (ref.start - at < said_to and said_from < ref.end - at):
            return ref  # the order fits, or counts another meeting of the clause
        owned = [a for a in anchors if a.kind in ("place", "year", "month", "date") and not any(
            r is not ref and r.start <= a.start + at < r.end for r in refs)]
        facts = self.by_id[entry]
        wrong = [a for a in owned if consistent(a, facts) is False]
        if len(wrong) != 1 or wrong[0].kind not in ("place", "year") or not said_from <= wrong[0].start < said_to:
            return ref
        slip = wrong[0]
        start, end = min(ref.start, at + slip.start), max(ref.end, at + slip.end)
        return Reference(start, end, clause[start - at:end - at], "summit", (entry,),
                         _fact_note(clause, slip, facts.summit))

    def _order_s_meeting(self, clause: str, anchors: list[Anchor],
                         article_date: dt.date | None) -> tuple[str | None, tuple[int, int]] | None:
        """The meeting a clause's order words name for the pair it names ("first met", "met for the
        first time", "Bush's first meeting with Putin was …"), with where those words and the
        place after them stand; None where there are none."""
        pair = self._clause_pair(anchors)
        if pair is None:
            return None
        _names, american, other = pair
        for match in _ORDINAL_MEETING.finditer(clause):
            if _POINTING_BACK.search(clause, max(0, match.start() - 12), match.start()):
                continue
            after = match.end()
            for name in (a for a in _names if a.start >= after):  # "… with Putin"
                if not _PARTY_AFTER.fullmatch(clause, after, name.start):
                    break
                after = name.end
            where = _SAYS_WHERE_IT_WAS.match(clause, after)
            if where and not _ORDER_QUALIFIED.match(clause, after):
                return self._in_order(match, american, other, article_date), (match.start(), where.end() + _PLACE_REACH)
        met = _FIRST_MET.search(clause)
        if met is None or _ORDER_QUALIFIED.match(clause, met.end()):
            return None
        held = self._pair_meetings(american, other, article_date)
        return (held[0].id if held else None), (met.start(), met.end() + _PLACE_REACH)

    def _ordinal_references(self, text: str, found, refs: list[Reference],
                            article_date: dt.date | None) -> list[Reference]:
        """A pair's first or last meeting, named by its order alone ("Bush's first meeting with
        Putin", "the first summit between Carter and Brezhnev", "Reagan's last summit with
        Gorbachev"): the catalogue's earliest, or latest by the article's date, of the meetings
        of that president with that leader. A summit counts only a bilateral one, a formal
        meeting no brief encounter. Left alone where the clause holds another reference, names
        more than the pair, or qualifies the order ("first meeting since", "as president")."""
        added = []
        for start, clause, anchors in found:
            end = start + len(clause.text)
            named_already = any(start <= r.start < end for r in refs)  # the clause's own words name a meeting
            pair = self._clause_pair(anchors)
            if pair is None:
                continue
            names, american, other = pair
            for match in _ordinal_meetings(clause.text):
                if named_already and (match.group("noun") or any(
                        r.end > start + match.start() and r.start < start + match.end() + _PLACE_REACH
                        for r in refs)):
                    continue  # only "their first, in Slovakia", far from the meeting the clause names
                if _ORDER_QUALIFIED.match(clause.text, match.end()) or \
                        _POINTING_BACK.search(clause.text, max(0, match.start() - 12), match.start()):
                    continue  # "first meeting since Helsinki"; "that first sit-down": the one just named
                entry = self._in_order(match, american, other, article_date)
                fits, slip = self._order_s_slip(clause.text, match, anchors, entry, named_already) \
                    if entry is not None else (False, None)
                if entry is not None and fits:  # not "their first encounter, in Geneva in 2005"
                    close = match.end()
                    for name in (a for a in names if a.start >= close):  # "… with Putin", "… of Carter and Brezhnev"
                        if not _PARTY_AFTER.fullmatch(clause.text, close, name.start):
                            break
                        close = name.end
                    note = None
                    if slip is not None:
                        close = max(close, slip.end)
                        note = _fact_note(clause.text, slip, self.by_id[entry].summit)
                    added.append(Reference(start + match.start(), start + close, clause.text[match.start():close],
                                           "summit", (entry,), note))
                    break
        return sorted(refs + added, key=lambda r: r.start) if added else refs

    def _only_meetings(self, sentence: Words, found, refs: list[Reference],
                       article_date: dt.date | None) -> list[Reference]:
        """The one meeting a pair ever had, named by the pair and a meeting word alone ("Kennedy
        and Khrushchev talked for two days", "Carter's summit with Brezhnev"): Kennedy met
        Khrushchev only in Vienna. Not in a clause with another reference, with words of a
        call, a plan, a comparison or a negation (``not_the_only_meeting``), or with a date or
        place of its own the meeting does not fit."""
        if _ONE_OF_MANY.search(sentence.text):
            return refs
        added = []
        for start, clause, anchors in found:
            end = start + len(clause.text)
            pair = self._clause_pair(anchors)
            if pair is None or any(start <= r.start < end for r in refs):
                continue
            names, american, other = pair
            spans = self.meeting_spans(clause)
            if not spans:
                continue
            held = self._pair_meetings(american, other, article_date)
            if len(held) != 1 or any(a.kind != "leader" and consistent(a, self.by_id[held[0].id]) is False
                                     for a in anchors):
                continue
            first = min(names[0].start, spans[0][0])
            last = max(max(a.end for a in names), spans[0][1])
            if last - first > 80:
                continue  # the names and the meeting word far apart: not one phrase
            if article_date is not None and held[0].start > article_date and \
                    not _MEETING_NOUN.search(clause.text, first, last):
                continue  # "when Carter and Brezhnev at last sit down in Vienna": still a plan
            around = re.findall(r"[\w'’-]+", clause.text[max(0, first - 30):last + 30].casefold())
            if not self.not_only.isdisjoint(around):
                continue  # "will meet again", "spoke by phone": not the meeting they had
            added.append(Reference(start + first, start + last, clause.text[first:last], "summit", (held[0].id,)))
        return sorted(refs + added, key=lambda r: r.start) if added else refs

    def _clause_pair(self, anchors: list[Anchor]) -> tuple[list[Anchor], frozenset[str], frozenset[str]] | None:
        """The clause's leader names, if they are a pair: one name of each side, however often
        named; with the U.S. leaders and the others those names may be."""
        names = [a for a in anchors if a.kind == "leader"]
        if len({a.values for a in names}) != 2:
            return None
        american = frozenset().union(*(a.values for a in names if self._american(a)))
        other = frozenset().union(*(a.values for a in names if not self._american(a)))
        return (names, american, other) if american and other else None

    def _pair_meetings(self, american: frozenset[str], other: frozenset[str], article_date: dt.date | None,
                       formats: set[str] | None = None, as_president: bool = True) -> list[Summit]:
        """The meetings of a U.S. leader (one of ``american``) with a Soviet or Russian one (one of
        ``other``), none after the article's days, earliest first (on one day, the summit before
        a brief encounter). ``as_president`` counts only those the American held as president."""
        return sorted((s for s in self.catalogue if (formats is None or s.format in formats)
                       and (s.leaders[0] in american if as_president else not american.isdisjoint(s.leaders))
                       and not other.isdisjoint(s.leaders[1:]) and not _after(s, article_date)),
                      key=lambda s: (s.start, _FORMAT_RANK[s.format]))

    def order_fits(self, text: str, start: int, end: int, entry_id: str, article_date: dt.date | None) -> bool:
        """Whether an order the phrase ``text[start:end]`` gives ("their fourth meeting", "the
        first summit") is the entry's place among the meetings of its president with its other
        leader: "their first meeting" is not a focus that was their third. Not asked of an order
        counted from something else ("first meeting since Helsinki"), of one pointing back ("that
        first sit-down"), or of the parts of one meeting ("their first session")."""
        phrase = text[start:end]
        found = _ORDER_IN_PHRASE.search(phrase)
        if found is None or _POINTING_BACK.match(phrase + " ") or _ORDER_QUALIFIED.match(text, end) \
                or phrase.rsplit(None, 1)[-1].casefold() in _PARTS_OF_A_MEETING:
            return True
        summit = self.by_id[entry_id].summit
        if len(summit.leaders) < 2:
            return False
        formats = {"bilateral"} if re.search(r"\bsummits?\b", phrase, re.I) else None
        word = found.group(1).casefold()
        for as_president in (True, False):  # a vice president's meeting counts for some writers
            held = self._pair_meetings(frozenset({summit.leaders[0]}), frozenset({summit.leaders[1]}), article_date,
                                       formats, as_president)
            ids = [s.id for s in held if article_date is None or s.start <= article_date] or [s.id for s in held]
            if entry_id in ids and (ids[-1] == entry_id if word in ("last", "final", "latest")
                                    else ids[0] == entry_id):
                return True
        return False

    def _in_order(self, match: re.Match[str], american: frozenset[str], other: frozenset[str],
                  article_date: dt.date | None) -> str | None:
        noun, words = match.group("noun").casefold(), match.group("words").casefold().split()
        formats = {"bilateral"} if noun == "summit" else (
            {"bilateral", "margins"} if _FORMAL_WORDS & set(words) else None)
        held = self._pair_meetings(american, other, article_date, formats)
        if match.group("order").casefold().startswith("first"):
            return held[0].id if held else None
        past = [s for s in held if article_date is None or s.start <= article_date]
        if not past:
            return None
        latest = [s for s in past if s.start == past[-1].start]
        return min(latest, key=lambda s: _FORMAT_RANK[s.format]).id

    def _sentence_note(self, text: str, ref: Reference, named: list[Anchor], refs: list[Reference],
                       article_date: dt.date | None = None, times: list[Anchor] | None = None) -> Reference:
        """A note the phrase's own words could not give, from the sentence's wording of who met
        and who hosted: the meeting's leader of one side paired ("Bush held talks with Medvedev
        at Bratislava Castle", "the Medvedev-Obama huddle in Antalya") with the one leader the
        sentence names of the other side, who is not the record's; or a leader of the meeting
        said to host it ("Yeltsin, playing host to Clinton") where the record has the other side
        hosting. Only where nothing else in the sentence could own the name."""
        if ref.note is not None or ref.resolved or len(ref.entries) != 1:
            return ref
        facts = self.by_id[ref.entries[0]]
        leaders = [a for a in named if a.kind == "leader"]
        places = [a for a in named if a.kind == "place"]
        note = self._wrong_party(text, ref, facts, leaders, refs) or \
            self._sentence_host(text, ref, facts, leaders, refs) or \
            self._wrong_region(text, facts, places) or self._wrong_region_named(text, ref, facts) or \
            self._wrong_where(text, ref, facts, places, refs)
        if note is None:
            return ref
        if note.field == "leaders" and self._their_own_meeting(text, [*named, *(times or ())], note, facts.summit,
                                                               article_date):
            return ref
        if not times and not _MEETING_NOUN.search(ref.text) and self._which_meeting_unsaid(note, leaders, [], facts,
                                                                                          article_date):
            return ref  # "Kennedy sat down with Khrushchev in Geneva": Geneva 1955 with the wrong president, or
            # Vienna 1961 in the wrong city; with no time in the clause the text cannot say which
        said = text.find(note.text_says, ref.end)
        if note.field == "place" and said != -1 and _JUST_A_COMMA.fullmatch(text, ref.end, said):
            end = said + len(note.text_says)  # "Glassboro, Pennsylvania[1!]": the marker after the whole place
            return ref._replace(end=end, text=text[ref.start:end], note=note)
        return ref._replace(note=note)

    def _which_meeting_unsaid(self, note: FactNote, leaders: list[Anchor], places: list[Anchor], facts: Facts,
                              article_date: dt.date | None) -> bool:
        """Whether a leaders note rests on an undated pair, both sides, who met at another meeting,
        at a place several meetings share: the text cannot say which of the two it got wrong."""
        return note.field == "leaders" and not _of_the_news(facts.summit, article_date) \
            and all(self._place_counts.get(p, 0) > 1 for a in places for p in a.values) \
            and self._the_pair_met_elsewhere(leaders, facts)

    def _the_pair_met_elsewhere(self, leaders: list[Anchor], facts: Facts) -> bool:
        """Whether the leaders the clause names, both sides, met at another meeting, the one a place
        several meetings share can only stand beside."""
        if self._place_counts.get(facts.summit.city.casefold(), 0) < 2:
            return False  # "met off Malta": one meeting was held there, so the leader is the slip
        if not self._both_sides(frozenset().union(*(a.values for a in leaders)) if leaders else frozenset()):
            return False
        return any(f is not facts and all(a.values & f.leaders for a in leaders) for f in self.facts)

    def _wrong_where(self, text: str, ref: Reference, facts: Facts, places: list[Anchor],
                     refs: list[Reference]) -> FactNote | None:
        """A place the sentence says the meeting was at ("… at a castle in the Czech capital,
        where he met Vladimir Putin") that the record contradicts: a place right before "where"
        and a meeting word, owned by no other reference of the sentence."""
        for place in places:
            if consistent(place, facts) is not False or any(r is not ref and r.start <= place.start < r.end
                                                           for r in refs):
                continue
            where = _WHERE_MEETING.match(text, place.end)
            if where is None or not self.meeting_spans(Words(where.group(1))):
                continue
            if any(r is not ref and r.start >= place.end and r.start < where.end() for r in refs):
                continue
            return _fact_note(text, place, facts.summit)
        return None

    def _wrong_region(self, text: str, facts: Facts, places: list[Anchor]) -> FactNote | None:
        """A state or country written after one of the meeting's places that does not hold it
        ("Glassboro, Pennsylvania", "KENNEBUNKPORT, New Hampshire", "Brdo Castle in Croatia")."""
        for place in places:
            if not (_COMMA_CAPITAL.match(text, place.end) or _IN_CAPITAL.match(text, place.end)) or \
                    consistent(place, facts) is not True:
                continue
            region = self._regions.after(text, place.end)
            if region is None:
                continue
            start, end, name = region
            said = text[start:end].casefold()
            if _LIST_GOES_ON.match(text, end) or (said in self._cities and said not in facts.places):
                continue  # "in Moscow, Washington and Geneva": a list of places, not a place and its state
            if _A_TITLE_AFTER.match(text, end):
                continue  # "in Antalya, U.S. President Barack Obama": the country's, not the place's
            if self._regions.fits(name, text[place.start:place.end], facts.summit) is False:
                state = self._regions.places.get(text[place.start:place.end].casefold())
                record = f"{facts.summit.city}, {state}, {facts.summit.country}" if state else facts.summit.place
                return FactNote("place", text[start:end], record, facts.summit.source)
        return None

    def _wrong_region_named(self, text: str, ref: Reference, facts: Facts) -> FactNote | None:
        """A state or country named in the phrase as where the meeting was that holds none of
        its places ("the G-8 summit in Scotland" was in Northern Ireland)."""
        region = self._regions.after_meeting_noun(text, ref.start, ref.end)
        if region is None or self._regions.holds(region[2], facts.summit) is not False:
            return None
        start, end, _name = region
        return FactNote("place", text[start:end], facts.summit.place, facts.summit.source)

    @cached_property
    def _regions(self):
        from .regions import load_regions

        return load_regions()

    def _wrong_party(self, text: str, ref: Reference, facts: Facts, leaders: list[Anchor],
                     refs: list[Reference]) -> FactNote | None:
        sides = ([a for a in leaders if self._american(a)], [a for a in leaders if not self._american(a)])
        for own, other in (sides, sides[::-1]):
            if not own or not other or any(not a.values & facts.leaders for a in own):
                continue  # one side must be all the record's, the other must be someone else alone
            names = frozenset().union(*(a.values for a in other))
            if len(names) != 1 or names & facts.leaders:
                continue
            if any(r is not ref and names & self.by_id[e].leaders for r in refs for e in r.entries) or \
                    any(r.start <= a.start < r.end for r in refs if r is not ref for a in other):
                continue  # the name is another meeting's
            wrong = other[0]
            between = text[ref.end:wrong.start] if ref.end <= wrong.start else text[wrong.end:ref.start]
            if any(_CLAUSE_PUNCTUATION.search(between, 0, noun.start()) and
                   _CLAUSE_PUNCTUATION.search(between, noun.end())
                   for noun in _ANOTHER_MEETING_NOUN.finditer(between)):
                continue  # "tomorrow's meeting in Geneva, … than the Helsinki summit, when Trump …": that one's
            if wrong.end <= ref.start and _ANOTHER_TIME.search(text, max(wrong.end, ref.start - 30), ref.start):
                continue  # "Biden and Putin meet on Wednesday, the first summit since Helsinki": Biden's is the new one
            if _RELATIVE_CLAUSE.search(text, max(0, wrong.start - 80), wrong.start):
                continue  # "Clinton, who had got on famously with Yeltsin, found the new man cold": an aside's name
            if any(_paired(text, a, wrong) for a in own) or (len(own) == 1 and own[0].end < wrong.start and
                                                              _HIS_MEETING_WITH.search(text, 0, wrong.start)):
                return _fact_note(text, wrong, facts.summit)
        return None

    def _sentence_host(self, text: str, ref: Reference, facts: Facts, leaders: list[Anchor],
                       refs: list[Reference]) -> FactNote | None:
        summit = facts.summit
        if summit.setting not in ("us-hosted", "russia-hosted"):
            return None

        def distance(r: Reference, at: int) -> int:
            return max(r.start - at, at - r.end, 0)
        for match in _HOST_SAID.finditer(text):
            if any(distance(r, match.start()) <= distance(ref, match.start()) for r in refs
                   if r is not ref and r.entries != ref.entries):
                continue  # "Bush welcomed Putin to Crawford; Putin had hosted Clinton in Moscow": the other's
            if _RETURN_HOSPITALITY.search(text, match.end(), match.end() + 80):
                continue  # "Gorbachev hosted Bush at the Soviet embassy": the visitor's own dinner
            host = next((a for a in leaders if a.end <= match.start() and
                         _HOST_GAP.fullmatch(text, a.end, match.start())), None)
            if host is None:
                note = self._guest_side_host(text, match, facts, leaders)
                if note is not None:
                    return note
                continue
            if not host.values & facts.leaders:
                continue
            if _GUEST_S_HOST.fullmatch(text, host.end, match.end()):
                host_name = self._other_side(next(iter(host.values & facts.leaders)), summit)
                note = None if host_name is None else \
                    self._host_against_record(host_name, summit, text[host.start:match.end()])
                if note is not None:
                    return note
                continue  # "Nixon's hosts": the Soviet side hosted
            after = text[match.end():match.end() + 40]
            guest = [a for a in leaders if match.end() <= a.start <= match.end() + 12 and not a.values & host.values]
            if not (guest or _HOST_CLOSES.match(after) or ref.start - match.end() in range(0, 12)
                    or match.group().endswith(("guest", "guests", "visitor", "visitors"))):
                continue  # "Bush, who hosted the G8 at Sea Island": another gathering's host
            note = self._host_against_record(next(iter(host.values & facts.leaders)), summit,
                                             text[host.start:match.end()])
            if note is not None:
                return note
        return None

    def leaders_in(self, clause: Words) -> frozenset[str]:
        """The leaders a sentence's words name (a quick look-up, no positions)."""
        if self._leader_words.isdisjoint(clause.vocab):
            return frozenset()
        return frozenset().union(*(v for _s, _e, payloads in self.names.find(clause.tokens)
                                   for kind, v in payloads if kind == "leader"))

    def leaders_named(self, sentence: Sentence) -> list[tuple[int, frozenset[str]]]:
        """Where a sentence names a leader, and the leaders each name may be: those "their
        talks" may stand for. Not a name for a time ("the Obama years")."""
        clause = Words(sentence.text)
        if self._leader_words.isdisjoint(clause.vocab):
            return []
        found = []
        for start, end, payloads in self.names.find(clause.tokens):  # the names alone: no dates or places
            values = frozenset().union(*(v for kind, v in payloads if kind == "leader"))
            if values and payloads[0][0] == "leader" and not _A_LEADER_S_TIME.match(sentence.text, end) \
                    and not _UNDER.search(sentence.text, max(0, start - 40), start) \
                    and not _A_PLAN.search(_clause_around(sentence.text, start)):
                found.append((start, values))
        return found

    @cached_property
    def _leader_words(self) -> frozenset[str]:
        """The first word of each leader's name the names list has: a sentence without any names none."""
        return frozenset(key[0] for key, payloads in self.names.table.items()
                         if any(payload[0] == "leader" for payload in payloads))

    def named_pair_met(self, text: str, focus: str) -> list[tuple[int, int, bool]]:
        """"Trump and Putin met for two hours", in a sentence naming no other time, and not at
        another place: the meeting in focus, when the two named are its leaders, one of each side."""
        if self.named_pair_verb is None or " and " not in text:
            return []
        facts = self.by_id[focus]
        own = facts.leaders
        anchors = self.anchors(Words(text), None, None)
        if any(a.kind in ("year", "date", "month") and consistent(a, facts) is False
               for a in [*anchors, *year_anchors(text)]):
            return []  # "before the 2003 tercentenary, when Bush and Putin held talks here": another time
        leaders = [a for a in anchors if a.kind == "leader"]
        found = []
        for first, second in zip(leaders, leaders[1:]):
            verb = self.named_pair_verb.match(text, second.end) \
                if _PAIR_JOINED.fullmatch(text, first.end, second.start) else None
            if verb is None or _HAD_MET.search(text, first.start, verb.end()) \
                    or _placed_or_dated_otherwise(text, verb.end(), self, facts) \
                    or not (first.values & own and second.values & own) or self._american(first) == self._american(second):
                continue
            found.append((first.start, verb.end(), False))
        return found

    def they_met_in(self, sentence: Sentence, focus: str | None, named_here: list[tuple[int, frozenset[str]]],
                    before: frozenset[str]) -> list[tuple[int, int, bool]]:
        """"They met again on the Sunday", where "they" can only be the two leaders of the meeting
        in focus: the sentence, before the pronoun, or else the sentence before it, names a
        leader of each side of that meeting, and no one else's."""
        if focus is None or sentence.references or "they" not in sentence.text.casefold():
            return []
        own = self.by_id[focus].leaders
        found = []
        for match in _THEY_MET.finditer(sentence.text):
            company = frozenset().union(*(values for at, values in named_here if at < match.start())) or before
            span = (match.start(), match.end(), False)
            if company and self._both_sides(company & own) and not company - own - self._namesakes(own) \
                    and not _ONCE_MORE.match(sentence.text, match.end()) \
                    and not _another_meeting(sentence.text, span, self, focus, set()):
                found.append(span)
        return found

    def _namesakes(self, leaders: frozenset[str]) -> frozenset[str]:
        """The leaders a name of one of ``leaders`` may also mean ("Bush": both of them)."""
        return frozenset(other for values in self._name_values if values & leaders for other in values)

    @cached_property
    def _name_values(self) -> tuple[frozenset[str], ...]:
        return tuple(frozenset(v) for payloads in self.names.table.values() for kind, v in payloads if kind == "leader")

    def others_named(self, focus: str | None, leaders: frozenset[str]) -> bool:
        """Whether a paragraph that has named no meeting names leaders of both sides, none of them
        at the meeting in focus: it tells of another meeting, and "the summit" there is not the
        article's topic."""
        return focus is not None and self._both_sides(leaders) and not leaders & self.by_id[focus].leaders

    def in_company(self, focus: str | None, company: frozenset[str], named: list[str]) -> str | None:
        """The meeting "the talks" stands for, given the leaders the sentence (or, naming none,
        the sentence before) names: the focus if they include one of its leaders, else the
        latest the paragraph named that has them, else none ("Clinton had torn a tendon … Their
        talks on the 21st" is not the topic meeting of Trump and Putin)."""
        if focus is None or not company or company & self.by_id[focus].leaders:
            return focus
        for entry in reversed(named):
            if company & self.by_id[entry].leaders:
                return entry
        return None

    def the_gathering_itself(self, phrase: str, focus: str) -> bool:
        """Whether "the summit", "the gathering" or "the conference", with a meeting held at one
        (on its margins, or a brief encounter) in focus, is the gathering itself ("Tony Abbott,
        the summit's host"), which is no meeting of the two leaders; "the meeting", "their talks"
        remain the leaders' own."""
        if self.by_id[focus].summit.setting != "multilateral":
            return False
        head = re.sub(r"['’]s$", "", phrase.split()[-1].casefold()) if phrase.split() else ""
        return head in _GATHERING_NOUNS

    def names_gathering(self, sentence: Sentence) -> bool:
        """Whether the sentence names a multilateral gathering ("the G7", "NATO") after the last
        meeting it names: the topic may have moved to that gathering."""
        text = sentence.text
        if self._events is None or not (any(name in text for name in self._event_names)
                                        or any(alias in text.casefold() for alias in self._event_aliases)):
            return False  # a quick test first: few sentences name one
        last = max((r.end for r in sentence.references if not r.resolved), default=0)
        for found in self._events.finditer(text, last):  # after the last meeting it names
            if found.group().upper() in _ORGANISATIONS and not _GATHERING_AFTER.match(text, found.end()):
                continue  # "NATO's plan to admit": the alliance, not a summit of it
            if last and _SUBORDINATE.search(text, max(last, found.start() - 70), found.start()):
                continue  # "had his meeting ... after there had been no time for one at the G20": a comparison
            if last and _ON_ITS_MARGINS.search(text, max(last, found.start() - 40), found.start()):
                continue  # "sat down for 95 minutes, … on the margins of the General Assembly": where they met
            return True
        return False

    def _named_in(self, sentence: Words) -> tuple[frozenset[str], frozenset[str] | None]:
        """The leaders and the last place a sentence names, for one ``read`` found no meeting in."""
        if not self.names.may_match(sentence.vocab):
            return frozenset(), None
        found = [payloads[0] for _s, _e, payloads in self.names.find(sentence.tokens)]
        places = [values for kind, values in found if kind == "place"]
        return frozenset().union(*(values for kind, values in found if kind == "leader")), \
            (places[-1] if places else None)

    def _there(self, clause: Words, anchors: list[Anchor], last_place: frozenset[str] | None) -> list[Anchor]:
        """"Met there", "the summit there", "met in the same city": the place named last before it."""
        found = []
        for n, (word, start, end) in enumerate(clause.tokens):
            if word == "same" and n and clause.tokens[n - 1][0] == "the" and n + 1 < len(clause.tokens) \
                    and clause.tokens[n + 1][0] in _SAME_PLACE_NOUNS:
                start, end = clause.tokens[n - 1][1], clause.tokens[n + 1][2]  # "met in the same city"
            elif word != "there" or n == 0 or clause.tokens[n - 1][0] not in _THERE_AFTER:
                continue
            before = [a for a in anchors if a.kind == "place" and a.end <= start]
            place = before[-1].values if before else last_place
            if place is not None:
                found.append(Anchor("place", start, end, place))
        return found

    def _clause_references(self, part: Words, anchors: list[Anchor], scene: Scene) -> list[Reference]:
        anchors = _without_others_words(part, anchors)
        if not anchors:
            return []
        return self._clause_s_own(part, anchors, scene) or self._an_episode_there(part, anchors, scene) \
            or self._a_visit_to_the_country(part, anchors, scene)

    def _a_visit_to_the_country(self, part: Words, anchors: list[Anchor], scene: Scene) -> list[Reference]:
        """"Khrushchev's 1959 tour of the United States", "the first Soviet leader to visit the
        USA": a leader's visit to the other side's country is his meeting held there, the only
        one that fits the leader and the clause's times; the words name no facts, so no note."""
        clause = part.text
        timed = [a for a in anchors if a.kind in _DATED_KINDS
                 and not _COUNTED_FROM.search(clause, max(0, a.start - 12), a.start)]  # not "the first time since 2015"
        if self.visited is None or scene.article_date is None or not timed:
            return []
        for leader in (a for a in anchors if a.kind == "leader"):
            visit = self.visited.search(clause, leader.end, leader.end + 90)
            if visit is None or not _A_VISITOR_S_GAP.fullmatch(clause, leader.end, visit.start()):
                continue
            countries = self.countries[visit.group("country").casefold()]
            if self._american(leader) == ("United States" in countries):
                continue  # an American in America: no visit to the other side
            fitting = [f.summit for f in self.facts if leader.values & f.leaders and f.summit.country in countries
                       and not _after(f.summit, scene.article_date) and all(consistent(a, f) for a in timed)]
            if len(fitting) == 1:
                return [Reference(leader.start, visit.end(), clause[leader.start:visit.end()], "summit",
                                  (fitting[0].id,))]
        return []

    def _an_episode_there(self, part: Words, anchors: list[Anchor], scene: Scene) -> list[Reference]:
        """"The walkout in Iceland", "the near-miss at Reykjavik": what happened at a place only one
        meeting had, one of its leaders named in the paragraph, and no time in the clause that
        contradicts it; the words say what happened there, not its facts, so no note."""
        if self.episode is None or not scene.company:
            return []
        found = []
        for match in self.episode.finditer(part.text):
            place = next((a for a in anchors if a.kind == "place" and a.start == match.end()), None)
            if place is None or any(self._place_counts.get(p, 0) != 1 for p in place.values):
                continue
            facts = next((f for f in self.facts if place.values <= f.places), None)  # one place may name two
            if facts is None or _after(facts.summit, scene.article_date) or not scene.company & facts.leaders \
                    or any(a.kind != "place" and consistent(a, facts) is False for a in anchors):
                continue
            found.append(Reference(match.start(), place.end, part.text[match.start():place.end], "summit",
                                   (facts.summit.id,)))
        return found

    def _clause_s_own(self, part: Words, anchors: list[Anchor], scene: Scene) -> list[Reference]:
        if all(a.kind == "leader" for a in anchors):
            return self._met_on_the_day(part, anchors, scene) or self._his_meeting_with(part, anchors, scene)
        if scene.named and not self._both_sides(scene.named) and self._an_official_s_meeting(part, anchors):
            return []
        if self._an_envoy_s_meeting(part, anchors):
            return []
        for start, end, _ in self.not_leaders.find_in(part) if not scene.named else ():
            if _ALONGSIDE.search(part.text, max(0, start - 24), start) or not (
                    start < anchors[-1].start or _MET_WITH_BEFORE.search(part.text, max(0, start - 40), start)):
                continue  # "… in 1974 went better than either delegation had hoped": named after the meeting
            item = _NEXT_LIST_ITEM.search(part.text, end)
            if item is None:
                return []  # "negotiators held talks in Geneva": their meeting, not the leaders'
            anchors = [a for a in anchors if a.start >= item.end()]  # "the Geneva
            # conference of foreign ministers in 1959, the Camp David talks that September, …": that item only
            if not anchors or all(a.kind == "leader" for a in anchors):
                return []
        clause = part.text
        dated = any(a.kind in ("date", "year", "month") for a in anchors)  # a caption must date it
        meeting_spans = self.meeting_spans(part)
        meeting_words = {part.text[start:end].casefold() for start, end, _ in meeting_spans}
        leaders_met = bool(meeting_words - _GATHERING_WORDS)  # "met", "talks": the two, not the gathering
        talks_of_meeting = (scene.caption and dated) or bool(meeting_words) or scene.meeting_said \
            or any(a.kind == "event" for a in anchors)
        by_one_leader = not talks_of_meeting and not scene.among_meetings and not self._both_sides(scene.named) \
            and any(a.kind == "leader" for a in anchors) and _a_place_and_its_year(clause, anchors)
        by_the_paragraph = not talks_of_meeting and scene.among_meetings and _a_place_and_its_year(clause, anchors)
        by_the_paragraph = by_the_paragraph or (not talks_of_meeting and not self._both_sides(scene.named)
                                                and _he_and_a_leader(clause, anchors))
        talks_of_meeting = talks_of_meeting or by_the_paragraph  # the paragraph's meetings: no note rests on it
        if not talks_of_meeting and not by_one_leader and not self._both_sides(scene.named):
            return []  # neither a meeting word nor leaders of both sides: nothing to find
        if not meeting_words and _A_CALL.search(clause):
            return []  # "Clinton had told Yeltsin by telephone in July": a call, not a meeting
        if not meeting_words and self.arrivals.find_in(part):
            return []  # "Bush and Gorbachev landed at Helsinki": an arrival, not yet the meeting
        candidates: list[tuple[int, list[Anchor], Summit]] = []
        known = self._agreements
        agreements = [known.get((a.kind, a.values)) or self._agreement(a) for a in anchors]
        shared_places = [n for n, a in enumerate(anchors) if a.kind == "place"
                         and all(self._place_counts.get(p, 0) > 1 for p in a.values)]
        picked = self._picked_by_company(anchors, agreements, scene, clause)
        planned = bool(self.plans.find_in(part))  # "suggested that they meet next in Moscow"
        notes: dict[int, tuple[list[Anchor], Anchor | None]] = {}  # a run's contradicting word, where
        # it is known already; the run is kept with it, so that no later list takes its id
        joined = _joined_by_meeting_words(clause, anchors, meeting_spans)
        gathering_named = any(a.kind == "event" for a in anchors)  # "the NATO summit in Bucharest": the
        # leaders of the paragraph before do not make it their meeting, unless the sentence speaks of one
        noun_groups = _modifier_groups(clause, anchors) if self._both_sides(scene.named) else []
        for entry in self.candidates(anchors, agreements):
            facts = self.facts[entry]
            if _after(facts.summit, scene.article_date):
                continue  # a meeting held after the article was written is not what it names
            if self._both_sides(scene.named) and not scene.named & facts.leaders \
                    and not _named_whole(clause, anchors, noun_groups, facts):
                continue  # "the planned Budapest meeting between Trump and Putin": not 1994's, Clinton's
            if planned and _before(facts.summit, scene.article_date) and self._only_planned(
                    clause, anchors, agreements, entry):
                continue  # a plan the text does not date is for a meeting still to come, not one long past
            if shared_places and entry not in picked and all(entry not in agrees or n in shared_places
                                                             for n, agrees in enumerate(agreements)) \
                    and not _current(facts.summit, scene.article_date):
                continue  # only a place many meetings share agrees: no rule can pass on that alone
            if facts.summit.format != "bilateral" and facts.event not in self.gatherings_of_the_leaders \
                    and not leaders_met and not self._both_sides(
                    (scene.in_sentence if gathering_named and not scene.pair_met else scene.company) & facts.leaders):
                continue  # "protests against the G20 summit in London": the gathering, not the two leaders
            checks = verdicts(anchors, agreements, entry)
            talks = talks_of_meeting or (by_one_leader and _its_leader_place_and_year(clause, anchors, checks))
            found, by_company = [], []
            entry_runs = runs(anchors, checks, joined, clause)
            for run, agreeing, wrong in _bridged(clause, anchors, checks, entry_runs, agreements, self._american):
                if self._strong(clause, run, agreeing, facts, talks, scene):
                    found.append((sum(_WEIGHT[a.kind] for a in agreeing), run, facts.summit))
                    notes[id(run)] = (run, wrong)
            for run, agreeing in entry_runs:
                if facts.summit.format != "bilateral" and _a_gathering_set_beside(clause, run):
                    continue  # "…, straight after a NATO summit in Bucharest": the gathering, as another event
                if _dated_otherwise(clause, anchors, checks, run, facts.summit) or \
                        self._dated_for_another(clause, anchors, agreements, run, entry):
                    continue
                score = sum(_WEIGHT[a.kind] for a in agreeing)
                if self._strong(clause, run, agreeing, facts, talks, scene) or \
                        (leaders_met and {"event", "place"} <= {a.kind for a in agreeing}):  # "met at the G20 in Osaka"
                    found.append((score, trim_repeated_leaders(run), facts.summit))
                elif entry in picked and self._strong(clause, run, agreeing, facts, talks, scene, True):
                    by_company.append((score, trim_repeated_leaders(run), facts.summit))
            if not found and not by_company and leaders_met:
                found = self._of_the_day(clause, anchors, checks, facts, scene)
            candidates += found or by_company  # the company only where the clause's own words fall short
        leaders_agree = [agrees for a, agrees in zip(anchors, agreements) if a.kind == "leader"]
        if not candidates and leaders_met and not planned and len(leaders_agree) >= 2:
            for entry in sorted(frozenset.intersection(*leaders_agree)):
                facts = self.facts[entry]
                only = None if _after(facts.summit, scene.article_date) else self._the_pair_s_only_meeting(
                    clause, anchors, verdicts(anchors, agreements, entry), facts, meeting_spans)
                if only is not None:  # "Lyndon Johnson sat down with Alexei Kosygin in June 1968"
                    candidates.append((sum(_WEIGHT[a.kind] for a in only[0] if a is not only[1]), only[0], facts.summit))
                    notes[id(only[0])] = only
        intended = [run for _score, run, summit in candidates if _only_intended(clause, run, summit, scene.article_date)]
        taken = {id(a) for run in intended for a in run if a.kind != "leader"}  # "NEW YORK — Obama and Putin are
        # to confront …": the words of a plan name no earlier meeting there either
        candidates = [c for c in candidates if not self._two_readings(clause, anchors, agreements, c, scene)
                      and not (taken and all(id(a) in taken for a in c[1] if a.kind != "leader"))
                      and not self._placed_elsewhere(clause, anchors, agreements, c, scene)]
        candidates = _whole_phrases(clause, anchors, candidates, self.by_id)
        for run, entry, wrong in self._compounds(clause, anchors, agreements, scene):
            candidates.append((_COMPOUND_SCORE, run, self.facts[entry].summit))
            notes[id(run)] = (run, wrong)

        picked_ids = {self.facts[entry].summit.id for entry in picked}  # what is left may be a place only

        def rest(left: list[Anchor], summit: Summit) -> list[Anchor] | None:
            facts = self.by_id[summit.id]
            agreeing = [a for a in left if consistent(a, facts)]
            if not agreeing:
                return None
            run = left[left.index(agreeing[0]):left.index(agreeing[-1]) + 1]
            if len(run) != len(agreeing) or run[-1].start - run[0].end > 2 * MAX_GAP:
                return None  # only what is left whole, with nothing of other meetings inside
            if _only_intended(clause, run, summit, scene.article_date):
                return None
            pair_s = summit.id in picked_ids and self._both_sides(scene.company & facts.leaders) and \
                all(a.kind == "place" and _standing_for_meeting(clause, a, anchors) for a in run)
            return run if self._strong(clause, run, agreeing, facts, talks_of_meeting, scene, pair_s) else None

        groups = [(run, summits) for run, summits in _choose(candidates, clause, rest)
                  if not self._never_held(clause, run)]
        refs = [self._without_doubtful_note(clause, anchors, ref) for ref in (self._reference(
            clause, anchors, run, summits, scene, groups, part.vocab, _known_note(notes, run)) for run, summits in groups)
            if ref is not None and not self._before_or_after_their_time(anchors, ref)]
        if by_the_paragraph or by_one_leader:
            refs = [ref._replace(note=None) for ref in refs]
        return [ref for ref in refs if (len(ref.entries) <= _MOST_ENTRIES or _SEVERAL.search(ref.text))
                and not self._a_stranger_among_many(ref, anchors, refs)
                and not self._a_stranger_inside(ref, anchors) and not self._a_second_slip(clause, anchors, ref)
                and not self._dated_for_none(clause, anchors, ref)]

    def _an_official_s_meeting(self, part: Words, anchors: list[Anchor]) -> bool:
        """Whether the clause tells of an official's own meeting with a leader ("Secretary of State
        Warren Christopher's conversation with Yeltsin in Moscow", "envoy Steve Witkoff met Putin"):
        a title that is not a leader's, then a name that is no leader's, then a meeting."""
        for _start, end, _ in self.not_leaders.find_in(part):
            named = _AN_OFFICIAL_MEETS.match(part.text, end)
            if named is not None and not any(end <= a.start < named.end(1) for a in anchors if a.kind == "leader"):
                return True
        return False

    def _the_two_met_there(self, clause: str, run: list[Anchor]) -> bool:
        """Whether the clause says the two leaders met, and then, within a few words, where (a
        place of the run): "The two had met for the first time in Auckland"; not "have not talked
        since …", nor a dateline's city before them."""
        pair = _THE_TWO.search(clause)
        verb = _PAST_VERB.search(clause, pair.end()) if pair else None
        if pair is None or verb is None or _NOT_SO.search(clause, pair.end(), verb.start()):
            return False
        return any(a.kind == "place" and verb.end() <= a.start <= verb.end() + _PLACE_REACH for a in run)

    def _an_envoy_s_meeting(self, part: Words, anchors: list[Anchor]) -> bool:
        """Whether an official named before the clause's first meeting word does the meeting, with
        no leader of their own side named ("Henry Kissinger has spent four days here in secret
        talks with Leonid Brezhnev", "Condoleezza Rice's visit to Moscow"): theirs, not a summit.
        An official who only reports it ("Lavrov said the two leaders met") is no party to it."""
        found = self.officials.find_in(part)
        meeting = self.meeting_spans(part) if found else []
        if not meeting:
            return False
        first = meeting[0][0]
        if meeting[-1][0] - first > _ENVOY_REACH:
            return False  # "… haggling with Shevardnadze to free him, nearly sank the Iceland meeting": another's
        for start, end, sides in found:
            if end > first or first - end > _ENVOY_REACH or _REPORTED.search(part.text, end, first) \
                    or "," in part.text[end:first]:
                continue
            if not any(a.kind == "leader" and self._american(a) == sides[0] for a in anchors):
                return True
        return False

    def _dated_for_none(self, clause: str, anchors: list[Anchor], ref: Reference) -> bool:
        """Whether a phrase that fits several meetings sits right beside a year the clause gives
        that none of them was held in ("in September 2005 he came on from the UN's world summit in
        New York": 2000's, 2009's or 2015's): the phrase names a meeting the record may lack."""
        if len(ref.entries) < 2 or any(a.kind == "leader" and ref.start <= a.start < ref.end for a in anchors):
            return False
        for a in anchors:
            if a.kind not in ("year", "month") or not YEAR_DIGITS.search(clause, a.start, a.end) or a.end > ref.start:
                continue
            if ref.start - a.end > _PLACE_REACH or _CLAUSE_PUNCTUATION.search(clause, a.end, ref.start):
                continue
            if all(consistent(a, self.by_id[entry]) is False for entry in ref.entries):
                return True
        return False

    def _a_second_slip(self, clause: str, anchors: list[Anchor], ref: Reference) -> bool:
        """Whether a phrase with a note goes on to a time its meeting contradicts too ("Gorbachev,
        delivered to Reagan at Camp David in December 1984"): two words wrong is another meeting,
        one the record may lack, and the reader cannot show which; it links nothing."""
        if ref.note is None:
            return False
        after = next((a for a in anchors if a.start >= ref.end), None)
        if after is None or after.kind not in _DATED_KINDS or YEAR_DIGITS.search(clause, after.start, after.end) is None:
            return False
        return _A_TIME_OF_ITS_OWN.fullmatch(clause, ref.end, after.start) is not None and all(
            consistent(after, self.by_id[entry]) is False for entry in ref.entries)

    def _of_the_day(self, clause: str, anchors: list[Anchor], checks: list[bool | None], facts: Facts,
                    scene: Scene) -> list:
        """A clause in which the two leaders of a meeting held on the article's days meet, with
        no time or place of its own ("Earlier in the day Obama met Dmitry Medvedev", written
        during the APEC summit in Honolulu): the news is that meeting. Not where any word of the
        clause contradicts it, nor where the clause tells of other times ("have met many times")."""
        summit = facts.summit
        if not _of_the_news(summit, scene.article_date):
            return []
        if any(check is False for check in checks) or _OTHER_TIMES.search(clause):
            return []
        leaders = [a for a, check in zip(anchors, checks) if check and a.kind == "leader"]
        if not self._both_sides(frozenset().union(*(a.values & facts.leaders for a in leaders)) if leaders else frozenset()):
            return []
        run = anchors[anchors.index(leaders[0]):anchors.index(leaders[-1]) + 1]
        return [(sum(_WEIGHT[a.kind] for a in leaders), trim_repeated_leaders(run), summit)]

    def _met_on_the_day(self, part: Words, anchors: list[Anchor], scene: Scene) -> list[Reference]:
        """Leaders' names alone, meeting, in an article written on the days of their meeting
        ("Earlier in the day Obama met Dmitry Medvedev", dated during the Honolulu APEC summit):
        that meeting, if it is the only one of the pair on those days."""
        clause = part.text
        if scene.article_date is None or _OTHER_TIMES.search(clause) or self.not_leaders.find_in(part):
            return []
        if not {clause[a:b].casefold() for a, b, _ in self.meeting_spans(part)} - _GATHERING_WORDS:
            return []
        named = frozenset().union(*(a.values for a in anchors))
        fitting = [f.summit for f in self.facts if _of_the_news(f.summit, scene.article_date)
                   and self._both_sides(named & f.leaders)]
        if not fitting or any(not a.values & set(s.leaders) for a in anchors for s in fitting):
            return []  # none, or a leader who was not there
        run = trim_repeated_leaders(anchors)
        found = self._reference(clause, anchors, run, fitting, scene, [(run, fitting)], part.vocab)
        return [found] if found is not None else []

    def _the_pair_s_only_meeting(self, clause: str, anchors: list[Anchor], checks: list[bool | None],
                                 facts: Facts, meeting_spans) -> tuple[list[Anchor], Anchor] | None:
        """"Lyndon Johnson sat down with Alexei Kosygin in June 1968": two leaders who met only
        once, met in the clause's own words (a meeting word from the first name to the year, the
        year right after them), with a year the record contradicts: that meeting, and the year
        its slip (the run, the year inside it, and the year), when the clause says nothing else."""
        leaders = [a for a in anchors if a.kind == "leader"]
        dated = [n for n, a in enumerate(anchors) if a.kind != "leader"]
        if len(dated) != 1 or anchors[dated[0]].kind not in ("year", "month") or checks[dated[0]] is not False:
            return None
        year = anchors[dated[0]]
        if year.start < leaders[-1].end or not _PAIR_THEN_YEAR.fullmatch(clause, leaders[-1].end, year.start) \
                or not any(leaders[0].start < start and end <= year.start and clause[start:end].casefold()
                           not in _GATHERING_WORDS for start, end, _ in meeting_spans):
            return None  # "October 1962 rests on the letters between Khrushchev and Kennedy"
        if not all(check for a, check in zip(anchors, checks) if a.kind == "leader"):
            return None
        named = frozenset().union(*(a.values for a in leaders)) & facts.leaders
        if not self._both_sides(named) or sum(1 for f in self.facts if named <= f.leaders) != 1:
            return None
        return list(anchors), anchors[dated[0]]

    def _his_meeting_with(self, part: Words, anchors: list[Anchor], scene: Scene) -> list[Reference]:
        """"His talks with Boris Yeltsin", the paragraph having named Clinton: the meeting of the
        one leader named with the other side's leader the paragraph named, held on the article's
        days or in the year the paragraph is in, if only one fits; "his" says no more, so no note."""
        if len(anchors) != 1 or scene.article_date is None:
            return []
        leader, clause = anchors[0], part.text
        said = _HIS_MEETING_WITH.search(clause, max(0, leader.start - 80), leader.start)
        if said is None or _SOMEONE_BEFORE.search(clause, 0, said.start()) or self.not_leaders.find_in(part):
            return []  # "Gore later recalled his talks with Boris Yeltsin": "his" may be another's
        others = frozenset(n for n in scene.company - leader.values
                           if (n in self._us_leaders) != self._american(leader))
        if not others:
            return []
        year = scene.context_year
        fitting = [f.summit for f in self.facts if leader.values & f.leaders and others & f.leaders
                   and not _after(f.summit, scene.article_date)
                   and (_of_the_news(f.summit, scene.article_date)
                        or (year is not None and f.summit.start.year <= year <= f.summit.end.year))]
        if len(fitting) != 1:
            return []
        start = said.start()
        return [Reference(start, leader.end, clause[start:leader.end], "summit", (fitting[0].id,))]

    def _a_stranger_inside(self, ref: Reference, anchors: list[Anchor]) -> bool:
        """Whether the phrase's own words name a leader who was at none of its meetings, and no
        note says so ("the Reykjavik summit with Vladimir Putin", "the 2018 Trump-Putin meeting in
        Oslo"): one of its words is wrong, and the reader cannot show which, so it stays silent."""
        if ref.note is not None:
            return False
        present = frozenset().union(*(self.by_id[entry].leaders for entry in ref.entries))
        return any(a.kind == "leader" and not a.values & present and ref.start <= a.start and a.end <= ref.end
                   for a in anchors)

    def _without_doubtful_note(self, clause: str, anchors: list[Anchor], ref: Reference) -> Reference:
        """The reference without its year or place note where the clause tells of a call ("met
        with Putin by phone from Helsinki in 2019"), or joins the meeting's leader and one who was not
        there ("Bush and Gorbachev met about Germany in Moscow in 1990": Bush is wrong for 1988 too,
        so the year may not be the slip)."""
        if ref.note is None or ref.note.field not in ("year", "place"):
            return ref
        if _A_CALL.search(clause):
            return ref._replace(note=None)
        facts = self.by_id[ref.entries[0]]
        if ref.note.field == "year" and any(
                a.kind in _DATED_KINDS and ref.start <= a.start and a.end <= ref.end and consistent(a, facts)
                and YEAR_DIGITS.search(clause, a.start, a.end) and ref.note.text_says not in clause[a.start:a.end]
                for a in anchors):
            return ref._replace(note=None)  # "a building of 1909 … the two days in October 1986 when": the
            # phrase dates the meeting rightly; the other year is something else's
        leaders = [a for a in anchors if a.kind == "leader"]
        own = [a for a in leaders if a.values & facts.leaders and ref.start <= a.start and a.end <= ref.end]
        strangers = [a for a in leaders if not a.values & facts.leaders]  # joined to one of the phrase's own
        if any(_PAIR_JOINED.fullmatch(clause, first.end, second.start) for one in own for other in strangers
               for first, second in [sorted((one, other), key=lambda a: a.start)]):
            return ref._replace(note=None)
        return ref

    def _before_or_after_their_time(self, anchors: list[Anchor], ref: Reference) -> bool:
        """Whether a phrase with a year note dates it more than a year outside the years in which
        a leader it names met a counterpart at all ("after Chernenko's burial in 1985, George H.W.
        Bush met his young successor in Moscow": the vice president's talk, which the record
        lacks, not Moscow 1991 misdated)."""
        if ref.note is None or ref.note.field != "year":
            return False
        facts = self.by_id[ref.entries[0]]
        dated = [a for a in anchors if a.kind in _DATED_KINDS and ref.start <= a.start and a.end <= ref.end]
        if any(consistent(a, facts) for a in dated):
            return False  # "a building of 1909 … the two days in October 1986 when": dated rightly too
        years = [year for a in dated for kind, year in index_keys(a) if kind == "year" and isinstance(year, int)]
        for leader in (a for a in anchors if a.kind == "leader" and ref.start <= a.start and a.end <= ref.end):
            for name in leader.values & facts.leaders:
                first, last = self._years_of_meetings[name]
                if any(year < first - 1 or year > last + 1 for year in years):
                    return True
        return False

    def _out_of_office(self, sentence: Words, found) -> bool:
        """Whether the sentence says a leader was out of the office of his meetings: "as vice
        president" anywhere (its subject may be "he"), or other words right beside a leader's name
        ("Gorbachev, by then retired,", "former president Nixon")."""
        spans = self.out_of_office.find_in(sentence)
        if not spans:
            return False
        leaders = [(a.start + start, a.end + start) for start, _clause, anchors in found for a in anchors
                   if a.kind == "leader"]
        text = sentence.text
        for begin, end, anywhere in spans:
            if True in anywhere:
                return True
            if any(_BESIDE_A_NAME.fullmatch(text, end, first) or _BESIDE_A_NAME.fullmatch(text, last, begin)
                   for first, last in leaders):
                return True
        return False

    def _a_return_in_another_year(self, text: str, ref: Reference, named: list[Anchor], timed: list[Anchor],
                                  found: list[Reference]) -> bool:
        """Whether a phrase without a note tells of a leader going back to a meeting's place
        ("returned to Höfði House") in a sentence whose year, outside every phrase, fits none of
        its meetings ("in 2016"): a later visit, not the meeting."""
        if ref.note is not None:
            return False
        places = [a for a in named if a.kind == "place" and ref.start <= a.start and a.end <= ref.end]
        if not any(_RETURNED_TO.search(text, max(0, p.start - 25), p.start) for p in places):
            return False
        outside = [a for a in timed if a.kind in ("year", "month") and YEAR_DIGITS.search(text, a.start, a.end)
                   and not any(r.start <= a.start and a.end <= r.end for r in found)]
        return bool(outside) and all(not consistent(a, self.by_id[entry]) for a in outside for entry in ref.entries)

    def _its_year_left_out(self, text: str, ref: Reference, named: list[Anchor], timed: list[Anchor]) -> bool:
        """Whether a phrase without a note ends on a place whose own year, right after it and
        outside the phrase, fits none of its meetings ("Nixon visited Moscow in 1959"), or starts
        on the year of a place before it that none of them was held at: the words name another
        visit, which the phrase only seemed to fit by leaving the year or the place out."""
        if ref.note is not None:
            return False
        first = next((a for a in timed if a.start == ref.start and a.kind in ("year", "month")), None)
        before = [a for a in named if a.kind == "place" and a.end <= ref.start]
        own_place = any(a.kind == "place" and ref.start <= a.start and a.end <= ref.end for a in named)
        if first is not None and before and not own_place \
                and _PLACE_THEN_YEAR.fullmatch(text, before[-1].end, first.start) \
                and not any(before[-1].values & self.by_id[entry].places for entry in ref.entries):
            return True  # "Nixon visited Moscow in 1959 and argued with Khrushchev": Moscow's year, not Camp David's
        elsewhere = _IN_A_NAMED_PLACE.search(text, max(0, ref.start - 40), ref.start) if first is not None else None
        if elsewhere is not None and not own_place and not any(
                elsewhere.group(1).casefold() in self.by_id[entry].places for entry in ref.entries):
            return True  # "The G8 in Evian in 2003 saw Bush and Putin": Evian's year, a place of no meeting of theirs
        places = [a for a in named if a.kind == "place" and ref.start <= a.start and a.end <= ref.end]
        if not places or places[-1].end < ref.end - 1:
            return False
        year = next((a for a in timed if a.start >= ref.end and a.kind in ("year", "month")), None)
        return year is not None and YEAR_DIGITS.search(text, year.start, year.end) is not None \
            and not _LIST_TURN.match(text, year.end) and not _AND_AGAIN.match(text, year.end) \
            and _PLACE_THEN_YEAR.fullmatch(text, places[-1].end, year.start) is not None \
            and not any(consistent(year, self.by_id[entry]) for entry in ref.entries)

    def _met_out_of_office(self, text: str, ref: Reference, named: list[Anchor], timed: list[Anchor]) -> bool:
        """Whether a leaders note rests on an American named with a year before his first meeting
        with a counterpart as president, and no place: "Nixon met Khrushchev in 1959" is the vice
        president's own encounter, which the record lacks, not Camp David with the wrong man."""
        if ref.note is None or ref.note.field != "leaders":
            return False
        inside = lambda a: ref.start <= a.start and a.end <= ref.end  # noqa: E731
        if any(a.kind == "place" and inside(a) for a in named):
            return False
        own = self.by_id[ref.entries[0]].leaders
        strangers = [name for a in named if a.kind == "leader" and inside(a)
                     and not _PRESIDENT_BEFORE.search(text, max(0, a.start - 40), a.start)  # "President George Bush … in 1986"
                     for name in a.values - own if name in self._us_leaders]
        years = [year for a in timed if inside(a) for kind, year in index_keys(a)
                 if kind == "year" and isinstance(year, int)]
        firsts = [self._years_of_meetings[name][0] for name in strangers if name in self._years_of_meetings]
        return bool(years) and bool(firsts) and all(year < first for first in firsts for year in years)

    @cached_property
    def _years_of_meetings(self) -> dict[str, tuple[int, int]]:
        """Each leader's first and last year of a catalogued meeting."""
        found: dict[str, tuple[int, int]] = {}
        for summit in self.catalogue:
            for name in summit.leaders:
                first, last = found.get(name, (summit.start.year, summit.end.year))
                found[name] = (min(first, summit.start.year), max(last, summit.end.year))
        return found

    def _a_stranger_among_many(self, ref: Reference, anchors: list[Anchor], found: list[Reference]) -> bool:
        """Whether a phrase that fits several meetings follows closely on a leader who was at none
        of them, and whom no other phrase claims ("Kosygin flew to New York for a session of the
        UN General Assembly"): the words are about that leader's own visit."""
        if len(ref.entries) < 2:
            return False
        present = frozenset().union(*(self.by_id[entry].leaders for entry in ref.entries))
        return any(a.kind == "leader" and not a.values & present and ref.start - _PLACE_REACH <= a.start < ref.end
                   and not any(r is not ref and r.start <= a.start < r.end for r in found) for a in anchors)

    def _two_readings(self, clause: str, anchors: list[Anchor], agreements: list[frozenset[int]],
                      candidate, scene: Scene) -> bool:
        """Whether the phrase reads two ways, each with one wrong word: "Trump's 2018 talks with
        Putin in Osaka" is Helsinki 2018 misplaced or Osaka 2019 misdated, and "their first
        encounter, in Bratislava in June 2001" Brdo 2001 misplaced or Bratislava 2005 misdated; so
        is a place inside a gathering's phrase ("the G20 in Osaka in 2018": Buenos Aires 2018
        misplaced, or Osaka 2019 misdated), and a place whose own meeting fits all but the
        gathering ("talks with Medvedev in Moscow in 2009 and for a G20 summit"). The text cannot
        say which, so it is left alone: no link, no note."""
        _score, run, summit = candidate
        index = {id(a): n for n, a in enumerate(anchors)}
        first, last = index[id(run[0])], index[id(run[-1])]
        leaders = [a for a in run if a.kind == "leader"]
        swap = {"place": ("year", "month", "event", "leader")}
        inside = [n for n in range(first + 1, last) if anchors[n].kind in swap]  # "the G20 in Osaka in 2018"
        events = any(a.kind == "event" for a in run)
        for n in (last + 1, first - 1, *inside):
            within = first < n < last
            if not (leaders or events) or not 0 <= n < len(anchors) or anchors[n].kind not in swap \
                    or any(self.facts[e].summit.id == summit.id for e in agreements[n]) \
                    or not (within or _part_of_phrase(clause, run, anchors[n])):
                continue
            for other in agreements[n]:
                if _after(self.facts[other].summit, scene.article_date):
                    continue
                wrong = [a for a in run if a is not anchors[n] and other not in agreements[index[id(a)]]]
                if len(wrong) == 1 and wrong[0].kind in swap[anchors[n].kind] \
                        and all(other in agreements[index[id(a)]] for a in leaders if a is not wrong[0]):
                    return True
        return False

    def _placed_elsewhere(self, clause: str, anchors: list[Anchor], agreements: list[frozenset[int]],
                          candidate, scene: Scene) -> bool:
        """Whether a run of a time and the leaders alone ("Back in 1972, Nixon handed Brezhnev the
        keys") is read two ways by the place the clause puts them in ("… at Camp David"): another
        meeting of the same leaders was held there, so either the time or the place is the slip,
        and the text cannot say which."""
        _score, run, summit = candidate
        kinds = {a.kind for a in run}
        if kinds & {"place", "event", "keyword", "date", "range"} or "leader" not in kinds or not kinds & {"year", "month"}:
            return False  # a day told from the article's ("earlier this week") is the report's, not a slip
        leaders = [n for n, a in enumerate(anchors) if a.kind == "leader" and any(a is b for b in run)]
        ids = {id(a) for a in run}
        for n, place in enumerate(anchors):
            if place.kind != "place" or id(place) in ids or consistent(place, self.by_id[summit.id]) is not False:
                continue
            before = _PLACE_THEN_YEAR.fullmatch(clause, place.end, run[0].start) is not None  # "London in
            # mid-July 1991 … let Gorbachev down": the place the clause opens with is the time's
            if not before and (not run[-1].end <= place.start <= run[-1].end + 2 * _PLACE_REACH
                               or _ANOTHER_MEETING_NOUN.search(clause, run[-1].end, place.start)
                               or not _AT_PLACE.search(clause, max(0, place.start - 12), place.start)):
                continue  # only the place the clause puts them in: not "… for bigger summits in Washington"
            if any(all(other in agreements[m] for m in leaders) and not _after(self.facts[other].summit, scene.article_date)
                   for other in agreements[n]):
                return True
        return False

    def _dated_for_another(self, clause: str, anchors: list[Anchor], agreements: list[frozenset[int]],
                           run: list[Anchor], entry: int) -> bool:
        """Whether the year or month of the phrase's own words ("signed in the Kremlin by Clinton
        and Yeltsin in January 1993") rules the entry out because another meeting fits it and
        every place of the run: that one is meant, with a wrong name. Where no meeting fits the
        year and the place, the year is the text's slip and makes the note."""
        if any(a.kind in _DATED_KINDS for a in run):
            return False
        index = [id(a) for a in anchors]
        last = index.index(id(run[-1]))
        following = last + 1
        while following < len(anchors) and anchors[following].kind == "leader":
            following += 1  # "in the Kremlin by Bill Clinton and Boris Yeltsin in January 1993"
        if following >= len(anchors):
            return False
        after = anchors[following]
        if after.kind not in ("year", "month") or entry in agreements[following]:
            return False
        if following == last + 1:
            if not _part_of_phrase(clause, run, after):
                return False
        elif after.start - run[-1].end > 60 or _CLAUSE_PUNCTUATION.search(clause, run[-1].end, after.start):
            return False
        places = [index.index(id(a)) for a in run if a.kind in ("place", "event")]
        return any(all(other in agreements[n] for n in places) for other in agreements[following]) if places else False

    def _never_held(self, clause: str, run: list[Anchor]) -> bool:
        """Whether the words before the phrase say the meeting never took place ("called off the
        Moscow summit", "without a formal sit-down between Trump and Putin"), or those right after
        it ("the Singapore meeting Trump called off")."""
        if run[-1].kind != "leader" and _CALLED_OFF_AFTER.match(clause, run[-1].end):
            return True  # "the Singapore meeting Trump called off yesterday"
        said_not = [p for p in (self.not_held, None if _UNTIL.search(clause) else self.never_met) if p is not None]
        if any(pattern.search(clause, max(0, a.start - 40), a.start) is not None
               for pattern in said_not for a in run if a is run[0] or a.kind != "leader"):
            return True
        no_meeting = self.no_meeting  # "closed on Saturday without a formal sit-down between X and Y"
        return no_meeting is not None and any(
            m.start() >= run[0].start and m.end() <= run[-1].start for m in no_meeting.finditer(clause))

    def _compounds(self, clause: str, anchors: list[Anchor], agreements: list[frozenset[int]],
                   scene: Scene) -> list[tuple[list[Anchor], int, Anchor]]:
        """Meetings named by a noun's own modifiers with one of them wrong ("the 1987 Reykjavik
        summit", "Trump's 2017 Helsinki summit"): (the modifiers, the entry, the wrong one). The
        entry is the one that all but one modifier fit, trusting a place over the leaders and
        the leaders over a year, then the meeting of the leaders in company ("their Washington
        summit of December 1986"), then the one a wrong year misses by a single year when no
        meeting was held that year ("the 1984 Geneva summit" is 1985's, not 1955's or 2021's);
        where two fit equally ("the 1990 Moscow summit": 1991's, or 1990's in Washington), the
        phrase is left alone."""
        found = []
        for group in _modifier_groups(clause, anchors):
            members = [anchors[n] for n in group]
            telling = [n for n in group if anchors[n].kind != "leader"]
            entries = set().union(*(agreements[n] for n in telling)) if telling else set()
            ranked: list[tuple[tuple[int, bool, bool], int, Anchor]] = []
            for entry in entries:
                wrong = [n for n in group if entry not in agreements[n]]
                if not wrong:
                    break  # a reading that fits every word: the ordinary rules decide
                if len(wrong) == 1 and anchors[wrong[0]].kind in _TRUST and \
                        not _after(self.facts[entry].summit, scene.article_date):
                    in_company = self._both_sides(scene.company & self.facts[entry].leaders)
                    near = not agreements[wrong[0]] and \
                        _a_year_off(clause, anchors[wrong[0]], self.facts[entry].summit)  # 1984: no meeting
                    ranked.append(((self._trust(clause, anchors[wrong[0]], self.facts[entry].summit), in_company, near),
                                   entry, anchors[wrong[0]]))
            else:
                ranked.sort(key=lambda r: r[0], reverse=True)
                if ranked and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]):
                    found.append((members, ranked[0][1], ranked[0][2]))
        return found

    @staticmethod
    def _trust(clause: str, wrong: Anchor, summit: Summit) -> int:
        """How likely a modifier the entry contradicts is the slip: a month is trusted over the
        other words, but the meeting's own month a year off ("the Washington summit of December
        1988") is as likely a slip of the year as the place is of the place, and a month without
        its year is the likeliest wrong word of all."""
        if wrong.kind == "month" and not _says_its_year(clause, wrong):
            return _UNDATED_MONTH_TRUST
        if wrong.kind == "month" and _the_meeting_s_month(wrong, summit) and \
                any(_a_year_away(year, summit) for year, _month in wrong.values):
            return _TRUST["place"]
        return _TRUST[wrong.kind]

    def _pair_of(self, named: frozenset[str], facts: Facts, dated: bool) -> bool:
        """Whether the text names the meeting's two leaders, or, where the run dates it too, a
        leader of each side one of whom is the meeting's: "At Camp David in September 1959,
        Eisenhower and Nikolai Bulganin had talked" is Eisenhower's meeting there, with the other
        name the text's slip (a note where it is the phrase's). A place alone is not enough for
        that ("Brezhnev had crossed … from Moscow … to greet Gerald Ford")."""
        return self._both_sides(named & facts.leaders) or (
            dated and self._both_sides(named) and bool(named & facts.leaders))

    def _both_sides(self, leaders: frozenset[str]) -> bool:
        """Whether the names include a U.S. leader and a Soviet or Russian one."""
        return bool(leaders & self._us_leaders) and bool(leaders - self._us_leaders)

    def _picked_by_company(self, anchors: list[Anchor], agreements: list[frozenset[int]],
                           scene: Scene, clause: str) -> frozenset[int]:
        """Entries a place names, told apart by the leaders the sentence and paragraph named: the
        one meeting held there by leaders of both sides of that company ("Kennedy and Khrushchev
        parted ... their second day in Vienna"), or by one of them when a meeting noun is
        attached to the place ("Kennedy ... the Vienna encounter")."""
        picked: set[int] = set()
        if not (scene.company or scene.ahead):
            return frozenset()
        for n, anchor in enumerate(anchors):
            if anchor.kind != "place":
                continue
            attached = _FOLLOWING_NOUN.match(clause[anchor.end:]) is not None or \
                _NOUN_BEFORE.search(clause, max(0, anchor.start - 24), anchor.start) is not None or \
                _ENDS_IN_NOUN.search(clause, anchor.start, anchor.end) is not None  # "their White House talks"
            if not attached and not _where_something_happened(clause, anchor):
                continue  # "Moscow's foreign policy", "the suburbs of Vladivostok": not where they met
            times = _times_beside(anchors, n)
            held = [e for e in agreements[n] if not _after(self.facts[e].summit, scene.article_date)
                    and all(e in agreements[m] for m in times)]
            fitting = [e for e in held if self._both_sides(scene.company & self.facts[e].leaders)]
            if not fitting and attached:
                fitting = [e for e in held if scene.company & self.facts[e].leaders]
            if not fitting and attached and not scene.company:  # the pair named later in the paragraph
                fitting = [e for e in held if self._both_sides(scene.ahead & self.facts[e].leaders)]
            if len(fitting) == 1:
                picked.add(fitting[0])
        return frozenset(picked)

    def _strong(self, clause: str, run: list[Anchor], agreeing: list[Anchor], facts: Facts,
                talks_of_meeting: bool, scene: Scene, picked: bool = False) -> bool:
        """Whether a run is evidence enough for a reference to the entry (the rules in order of
        cost: most runs fail on the first test, that only leaders' names agree)."""
        kinds = {a.kind for a in agreeing}
        if kinds <= {"leader"}:
            return False  # every rule needs a date, year, month, place, event or keyword
        if kinds <= {"date", "range"} and not self._names_meeting(clause, run):
            return False  # "today", "last week" alone: a day, unless it names the meeting ("Friday's summit")
        if not talks_of_meeting and not self._pair_of(scene.named, facts, bool(kinds & _DATED_KINDS)):
            return False
        when = kinds & {"year", "month", "range"}
        if "date" in kinds or (when and kinds & {"leader", "place", "event", "keyword"}) \
                or {"leader", "place"} <= kinds or (picked and "place" in kinds):
            return True
        summit = facts.summit
        context_year = scene.context_year
        if "keyword" in kinds and context_year is not None \
                and summit.start.year <= context_year <= summit.end.year:
            return True
        if any(a.kind == "keyword" and next(iter(a.values)) in self._own_names for a in run):
            return True  # a meeting's own name, which no other meeting had: "the Crawford summit"
        if "leader" in kinds and any(a.kind == "keyword" and _ENDS_IN_NOUN.search(next(iter(a.values)))
                                     for a in agreeing):
            return True  # a nickname with one of its leaders: "Bush's lobster summit", "Reagan's fireside summit"
        if not (when or "place" in kinds):
            return False
        if kinds == {"place"} and _current(summit, scene.article_date) and any(
                _TIME_WORD_BEFORE.search(clause, max(0, a.start - 10), a.start) for a in run if a.kind == "place"):
            return True  # "Before Helsinki, the two had met only…", written on the Helsinki summit's day
        noun_follows = self._names_meeting(clause, run)  # "the Reykjavik summit", "their meeting off Malta"
        unique_place = any(a.kind == "place" and self._place_counts.get(next(iter(a.values))) == 1
                           for a in run)
        if unique_place and self._the_two_met_there(clause, run):
            return True  # "the two had met for the first time in Auckland": the pair, where only they met
        return noun_follows and bool(when or ("place" in kinds and (unique_place
                                                                    or _current(summit, scene.article_date))))

    def _reference(self, clause: str, anchors: list[Anchor], run: list[Anchor], summits: list[Summit],
                   scene: Scene, groups, vocab: frozenset[str], wrong: Anchor | None = None) -> Reference | None:
        if len(summits) > 1:  # "a second conversation at the G-20 in Hamburg … the couples-only dinner"
            spoken_of = [s for s in summits if self.same_day_word(s.id, clause, run[0].start - _PLACE_REACH,
                                                                   run[-1].end + _PLACE_REACH)]
            summits = spoken_of if len(spoken_of) == 1 else summits
        if len(summits) > 1 and scene.setting:
            fitting = [s for s in summits if s.setting == scene.setting]
            summits = fitting or summits
        if len(summits) > 1:  # a phrase that fits several: the summit itself over a margin or an aside
            best = min(_FORMAT_RANK[s.format] for s in summits)
            summits = [s for s in summits if _FORMAT_RANK[s.format] == best]
        if len(summits) > 1 and scene.company:  # "Obama's two days in Moscow ... his meeting with Medvedev"
            most = max(len(scene.company & set(s.leaders)) for s in summits)
            summits = [s for s in summits if len(scene.company & set(s.leaders)) == most]
        claimed = {id(a) for other_run, _ in groups if other_run is not run for a in trim_repeated_leaders(other_run)}
        if wrong is not None:  # a modifier of the meeting's own noun that the record contradicts
            note = _fact_note(clause, wrong, summits[0]) if len(summits) == 1 and not _at_another_time(
                clause, run, wrong) and (wrong.kind != "month" or _says_its_year(clause, wrong)) and not (
                wrong.kind == "place" and self._a_venue_of_its_city(wrong, summits[0])) else None
        else:
            note, run = self._note(clause, anchors, run, summits[0], claimed) if len(summits) == 1 \
                else (None, run)
        if note is not None and note.field == "leaders" and self._their_own_meeting(clause, [
                a for a in anchors if run[0].start - _PLACE_REACH <= a.start and a.end <= run[-1].end + _PLACE_REACH],
                note, summits[0], scene.article_date):
            note = None
        if note is not None and not any(a.kind in _DATED_KINDS for a in anchors) and self._which_meeting_unsaid(
                note, [a for a in run if a.kind == "leader"], [a for a in run if a.kind == "place"],
                self.by_id[summits[0].id], scene.article_date):
            return None  # "Kennedy met Khrushchev in Geneva": Geneva 1955 with the wrong president, or Vienna
            # 1961 in the wrong city; with no time in the phrase the text cannot say which, so it is left alone
        if note is not None and note.field == "year" and _some_meeting_there(clause, run):
            return None  # "a visible fright at a meeting in Sochi in 2007": some meeting there that year, not a slip
        run = trim_repeated_leaders(run)
        start, end = run[0].start, self._phrase_end(clause, run[-1].end)
        if note is None and len(summits) == 1 and self.host_words.may_match(vocab):
            hosted = _HOSTED_AFTER.match(clause, end)  # "the Anchorage summit Putin hosted"
            note = self._host_note(clause[start:hosted.end() if hosted else end], run, summits[0])
        if note is None and len(summits) == 1 and "guest" in vocab:
            note = self._guest_note(clause, run, summits[0])
        return Reference(start, end, clause[start:end], "summit", tuple(s.id for s in summits), note)

    @cached_property
    def _same_day_siblings(self) -> dict[str, tuple[str, ...]]:
        """For each meeting held on the days of another of the same place (the Hamburg G20's formal
        meeting and the leaders' dinner), those others."""
        found = {}
        for summit in self.catalogue:
            others = tuple(o.id for o in self.catalogue if o is not summit and o.start <= summit.end
                           and summit.start <= o.end and o.city == summit.city)
            if others:
                found[summit.id] = others
        return found

    @cached_property
    def _same_day_words(self) -> dict[str, frozenset[str]]:
        """For each meeting with same-day siblings, the words of its keywords none of theirs have:
        "dinner" is the dinner's."""
        words = {s.id: frozenset(w for k in s.keywords for w in re.findall(r"[a-z]+", k.casefold()))
                 for s in self.catalogue}
        return {entry: words[entry].difference(*(words[o] for o in others))
                for entry, others in self._same_day_siblings.items()}

    def same_day_word(self, entry_id: str, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` has a word only the entry's keywords have among the meetings
        of its place and days ("the dinner": the leaders' dinner, not the formal meeting)."""
        own = self._same_day_words.get(entry_id)
        if not own:
            return False
        return not own.isdisjoint(re.findall(r"[a-z]+", text[max(0, start):end].casefold()))

    def same_day_sibling(self, entry_id: str, phrase: str) -> str:
        """The meeting of the same place and days a phrase names by a word only its keywords have
        ("the couples-only dinner" in focus of the formal meeting), else the entry itself."""
        siblings = [o for o in self._same_day_siblings.get(entry_id, ())
                    if self.same_day_word(o, phrase, 0, len(phrase))]
        return siblings[0] if len(siblings) == 1 and not self.same_day_word(entry_id, phrase, 0, len(phrase)) \
            else entry_id

    def _only_planned(self, clause: str, anchors: list[Anchor], agreements, entry: int) -> bool:
        """Whether the entry is named only where a plan names a place: no date, year or month of
        the clause agrees with it, and no place of it stands by a meeting noun ("the Helsinki
        summit" in "will travel to Moscow with the Helsinki summit on his mind")."""
        for n, anchor in enumerate(anchors):
            if entry not in agreements[n]:
                continue
            if anchor.kind in ("date", "year", "month", "keyword", "event"):
                return False
            if anchor.kind == "place" and self._names_meeting(clause, [anchor]):
                return False
        return True

    def _names_meeting(self, clause: str, run: list[Anchor]) -> bool:
        """Whether a meeting noun sits right by the run: "Friday's summit", "the summit on Wednesday"."""
        return _FOLLOWING_NOUN.match(clause[run[-1].end:]) is not None or \
            _NOUN_BEFORE.search(clause, max(0, run[0].start - 24), run[0].start) is not None

    def _dates_a_meeting(self, text: str, anchor: Anchor) -> bool:
        """Whether a year can date a meeting: not when a noun of something else follows it
        ("the 2024 vote", "Russia's 2014 expulsion", "the 1972 arms treaty")."""
        owner = _OWNER_OF.search(text, max(0, anchor.start - 24), anchor.start)
        if owner and owner.group(1).casefold() in self.years_of_their_own:
            return False  # "the START treaty of 1991", "the crisis of 1962": the year is the noun's
        if not _DETERMINER_BEFORE.search(text, max(0, anchor.start - 8), anchor.start):
            return True  # "in 1994 they met": a year after a preposition dates the clause
        word = _LOWER_WORD.match(text, anchor.end)
        return word is None or word.group(1) in self.year_followers

    def _phrase_end(self, clause: str, end: int) -> int:
        """Where the phrase naming a meeting ends: after the nouns that carry it on (a possessive,
        then up to three of ``phrase_nouns``), so the marker never splits a name from its noun."""
        possessive = _POSSESSIVE.match(clause, end)
        if possessive:
            end = possessive.end()
        for _ in range(3):
            word = _NEXT_WORD.match(clause, end)
            if word is None or word.group(1).casefold() not in self.phrase_nouns:
                break
            end = word.end()
        return end

    def _note(self, clause: str, anchors: list[Anchor], run: list[Anchor], summit: Summit,
              claimed: set[int]):
        """A conflicting place, year or leader right beside the run is the text disagreeing."""
        index = [id(a) for a in anchors]
        first, last = index.index(id(run[0])), index.index(id(run[-1]))
        facts = self.by_id[summit.id]
        for neighbour in (anchors[last + 1] if last + 1 < len(anchors) else None,
                          anchors[first - 1] if first > 0 else None):
            if neighbour is None or id(neighbour) in claimed or consistent(neighbour, facts) is not False:
                continue
            if neighbour.kind == "leader" and self._side_named(run, neighbour):
                continue  # "Putin in Geneva … when Reagan and Gorbachev met": Putin is another meeting's
            if neighbour.kind == "place" and _travelled_to(clause, neighbour):
                continue  # "on the flight from Danang to Hanoi": where a leader travelled, not where they met
            if neighbour.end <= run[0].start and _NEXT_ITEM.search(clause, run[0].end, run[-1].start):
                continue  # "at the Kremlin in July, briefly at the L'Aquila G8": the run starts in the item before
            if neighbour.kind == "place" and _MET_THERE_AFTER.match(clause, neighbour.end):
                continue  # "came to New York in 1967 and met Johnson at Glassboro": the meeting's own place follows
            if neighbour.kind == "place" and _listed_beside(clause, run, neighbour):
                continue  # "sessions in Moscow, Gleneagles and Washington": each place its own meeting
            if neighbour.start >= run[-1].end and _AND_THEN.search(clause, run[-1].end, neighbour.start):
                continue  # "at Geneva in 1985 and at Reykjavik a year later": the next meeting of a list
            if self._fits_another(run, neighbour, summit):
                continue  # "at Birmingham a decade ago, when Clinton": Birmingham's own meeting, not a slip
            if _beside_another_time(clause, run, neighbour):
                continue  # "met in Busan today, after earlier sessions in Bratislava": another meeting's
            if neighbour.kind == "month" and not _says_its_year(clause, neighbour):
                continue  # "in June": which June is the reader's guess, not the text's slip
            if neighbour.kind == "place" and self._a_report_s_day(clause, run, neighbour):
                continue  # "officials were pleased today with Obama's Kremlin talks": the day is the report's
            if neighbour.kind == "place" and self._a_venue_of_its_city(neighbour, summit):
                continue  # "in the Kremlin's St. Vladimir Hall" in 1991: a hall of Moscow the record may not list
            if ANOTHER_EVENT.search(clause, run[0].end, run[-1].start):
                continue  # "at Sochi in April 2008, straight after a NATO summit in Bucharest": two events' words
            if _LIST_TURN.search(clause, run[0].end, run[-1].start):
                continue  # "at Yanqi Lake outside Beijing in November 2014, and a few more a week later at Brisbane"
            if neighbour.start >= run[-1].end and ":" in clause[run[0].end:neighbour.start] and \
                    not any(a.kind == "leader" for a in run if a.end <= clause.index(":", run[0].end)):
                continue  # "the Vladivostok meeting: Gromyko called on Ford at the White House": a clause of its own
            if _CAME_BACK.search(clause, max(0, run[0].start - 30), max(run[-1].end, neighbour.end)):
                continue  # "Bush came back to Brdo in June 2008": the return's date, not the meeting's
            if neighbour.kind == "place" and self._a_year_off_there(run, neighbour):
                continue  # "their summit in Helsinki in July 2017": Helsinki's July 2018 misdated, or July 2017 misplaced
            if neighbour.kind == "month" and not _the_meeting_s_month(neighbour, summit):
                continue  # "met in Yalta in November 1974": another month is another meeting, no slip of the year
            if neighbour.kind == "place" and not self._agreement(neighbour) and not any(
                    a.kind in ("year", "date") or (a.kind in ("month", "range") and _says_its_year(clause, a)) for a in run):
                continue  # "their own summit in Brussels in June": a capital no meeting was held in, beside no year
            if (neighbour.kind in ("place", "year", "month", "leader") or _dated_span(clause, neighbour)
                    or _misdated(clause, neighbour, summit)) and (
                    _part_of_phrase(clause, run, neighbour)
                    or self._wrong_one_of_the_pair(clause, anchors, first, neighbour, facts)):
                extended = sorted([*run, neighbour], key=lambda a: a.start)
                return _fact_note(clause, neighbour, summit), extended
        return None, run

    def _a_report_s_day(self, clause: str, run: list[Anchor], place: Anchor) -> bool:
        """Whether the run's only time is a day told from the article's date ("today", "on
        Monday") and a meeting at ``place`` ended within the week before it: the day may be the
        report's, the place the meeting's."""
        if any(a.kind in ("year", "month") or (a.kind == "date" and YEAR_DIGITS.search(clause, a.start, a.end))
               for a in run):
            return False
        days = [day for a in run if a.kind == "date" for day in a.values]
        held = [self.facts[entry].summit for entry in self._agreement(place)]
        return any(0 <= (day - s.end).days <= 7 for day in days for s in held)

    def _a_venue_of_its_city(self, place: Anchor, summit: Summit) -> bool:
        """Whether a place every meeting it names was held in the meeting's own city (a hall, a
        residence): the record lists the venues its sources name, not every room used."""
        held = [self.facts[entry].summit for entry in self._agreement(place)]
        return bool(held) and all(other.city == summit.city for other in held)

    def _fits_another(self, run: list[Anchor], neighbour: Anchor, summit: Summit) -> bool:
        """Whether another meeting fits the contradicting word and every word of the run that
        fits this one: the words name that meeting (or its gathering), and hold no slip."""
        fitting = [a for a in run if consistent(a, self.by_id[summit.id]) is True]
        return any(self.facts[other].summit.id != summit.id
                   and all(consistent(a, self.facts[other]) is True for a in fitting)
                   for other in self._agreement(neighbour))

    def _a_year_off_there(self, run: list[Anchor], place: Anchor) -> bool:
        """Whether a meeting at ``place`` was held in a month of the run a year off: then the
        text may have slipped on the year as well as on the place, and no note can say which."""
        months = [value for a in run if a.kind == "month" for value in a.values]
        summits = [self.facts[entry].summit for entry in self._agreement(place)] if months else []
        return any(number in (summit.start.month, summit.end.month) and _a_year_away(year, summit)
                   for summit in summits for year, number in months)

    def _their_own_meeting(self, clause: str, anchors: list[Anchor], note: FactNote, summit: Summit,
                           article_date: dt.date | None) -> bool:
        """Whether the leader a note calls wrong may be right, and another word wrong: the leader
        was at a meeting in the days of the article and the clause names neither a time nor a
        leader of the linked one ("a day after the Reykjavik summit with Vladimir Putin", written
        in July 2018: Helsinki misplaced), or met the other side's leader the clause names at a
        meeting its other words contradict less ("Obama and Medvedev met at the close of the 2008
        APEC gathering in Singapore": their 2009 meeting misdated, not Bush's Lima 2008 with two
        words wrong). The text cannot say which, so no note."""
        named = [a for a in anchors if a.kind == "leader" and clause[a.start:a.end] in note.text_says]
        if not named:
            return False
        leader = named[0]
        partners = [a for a in anchors if a.kind == "leader" and self._american(a) != self._american(leader)]
        facts_words = [a for a in anchors if a.kind in ("place", "year", "month", "date", "range", "leader")]

        def wrong_words(facts) -> int:
            return sum(consistent(a, facts) is False for a in facts_words)

        linked_facts = self.by_id[summit.id]
        linked = wrong_words(linked_facts)
        placed_only = not any(a.kind in (*_DATED_KINDS, "leader") and consistent(a, linked_facts) for a in anchors)
        for facts in self.facts:
            if facts.summit.id == summit.id or not leader.values & facts.leaders:
                continue
            if placed_only and _current(facts.summit, article_date) and not _current(summit, article_date):
                return True
            if any(p.values & facts.leaders for p in partners) and wrong_words(facts) < linked:
                return True
        return False

    def _wrong_one_of_the_pair(self, clause: str, anchors: list[Anchor], first: int, neighbour: Anchor,
                               facts) -> bool:
        """"Yeltsin and George Bush met in Helsinki in March 1997": the pair who met, named right
        before the meeting's place, one of them the record's and the other, of the other side,
        not: the wrong one is the meeting clause's own party."""
        if neighbour.kind != "leader" or first < 2 or anchors[first - 1] is not neighbour \
                or anchors[first].kind != "place" or not _MEETING_CLAUSE.fullmatch(clause, neighbour.end,
                                                                                  anchors[first].start):
            return False
        partner = anchors[first - 2]
        return partner.kind == "leader" and consistent(partner, facts) is True \
            and _AND_NAMES.fullmatch(clause, partner.end, neighbour.start) is not None \
            and bool(partner.values & self._us_leaders) != bool(neighbour.values & self._us_leaders)

    def _american(self, leader: Anchor) -> bool:
        """Whether a leader's name is a U.S. leader's."""
        return bool(leader.values & self._us_leaders)

    def _side_named(self, run: list[Anchor], leader: Anchor) -> bool:
        """Whether the run already names a leader of the same side (U.S., or Soviet/Russian) as
        ``leader``: then a wrong name beside it belongs to something else, not a wrong record."""
        american = bool(leader.values & self._us_leaders)
        return any(a.kind == "leader" and bool(a.values & self._us_leaders) == american for a in run)

    def _guest_side_host(self, text: str, match: re.Match[str], facts: Facts,
                         leaders: list[Anchor]) -> FactNote | None:
        """"In May 1972 he hosted Leonid Brezhnev", "the Soviet leader played host to George Bush":
        where the host word's subject is a leader not named (a pronoun, "the Soviet leader"), its
        object is the guest, so the other side hosted. Not where the subject may be anyone else
        ("Ambassador Matlock hosted Gorbachev", "Nancy Reagan hosted Raisa"), nor where both
        sides are its objects ("hosted Reagan and Gorbachev")."""
        objects = _HOST_OBJECT.match(text, match.end())
        if objects is None or (match.group() == "host") != text.startswith(" to ", match.end()) or _A_LEADER_UNNAMED.search(text, max(0, match.start() - 60), match.start()) is None:
            return None
        guests = [a for a in leaders if objects.start(1) <= a.start < objects.end(1)]
        if not guests or not _NAMES_BEFORE.fullmatch(text, objects.start(1), guests[0].start):
            return None
        named = frozenset().union(*(a.values for a in guests)) & facts.leaders
        sides = {name in self._us_leaders for name in named}
        if len(sides) != 1:
            return None
        host = next((name for name in facts.leaders if (name in self._us_leaders) not in sides), None)
        said = text[match.start():guests[-1].end]
        return None if host is None else self._host_against_record(host, facts.summit, said)

    def _host_note(self, phrase: str, run: list[Anchor], summit: Summit) -> FactNote | None:
        """"X's hosting of Y": X is the host; say so if the record has the meeting elsewhere."""
        host_words = self.host_words.find(words(phrase))
        if not host_words:
            return None
        at = run[0].start + host_words[0][0]
        by = _HOSTED_BY.match(phrase, host_words[0][1])
        after = [a for a in run if a.kind == "leader" and by is not None and a.start == run[0].start + by.end()]
        if after and phrase[host_words[0][0]:host_words[0][1]].casefold() == "hosted":  # "the Helsinki summit
            host = next(iter(after[0].values & set(summit.leaders)), None)  # hosted by Mikhail Gorbachev"
            said = phrase[host_words[0][0]:after[0].end - run[0].start]
            return None if host is None else self._host_against_record(host, summit, said)
        before = [a for a in run if a.kind == "leader" and a.end <= at
                  and _HOST_GAP.fullmatch(phrase[a.end - run[0].start:host_words[0][0]])]
        if not before:
            return None  # "... with the host, Vladimir Putin": the name is not the host word's subject
        if _RETURN_HOSPITALITY.search(phrase, host_words[0][1], host_words[0][1] + 80):
            return None  # "Gorbachev hosted Bush at the Soviet embassy": the visitor's own dinner
        if _PASSIVE_BEFORE.search(phrase, max(0, host_words[0][0] - 12), host_words[0][0]):
            return None  # "Brezhnev was welcomed to the White House": the guest, not the host
        host = next(iter(before[-1].values & set(summit.leaders)), None)
        said = phrase[before[-1].start - run[0].start:host_words[0][1]]
        if host is not None and _GUEST_S_HOST.fullmatch(said, before[-1].end - before[-1].start):
            host = self._other_side(host, summit)  # "Nixon's hosts at Oreanda": Nixon was the guest
        return None if host is None else self._host_against_record(host, summit, said)

    def _other_side(self, leader: str, summit: Summit) -> str | None:
        """The meeting's leader of the side ``leader`` is not on."""
        american = leader in self._us_leaders
        return next((name for name in summit.leaders if (name in self._us_leaders) != american), None)

    def _guest_note(self, clause: str, run: list[Anchor], summit: Summit) -> FactNote | None:
        """"Eisenhower was Khrushchev's guest at Camp David": the leader whose guest the other was
        is the host; say so if the record has the meeting elsewhere."""
        leaders = [a for a in run if a.kind == "leader"]
        for guest, host in zip(leaders, leaders[1:]):
            guest_word = _GUEST_AFTER.match(clause, host.end)
            if guest_word is None or _GUEST_OF.fullmatch(clause, guest.end, host.start) is None:
                continue
            name = next(iter(host.values & set(summit.leaders)), None)
            said = clause[guest.start:guest_word.end()]
            return None if name is None else self._host_against_record(name, summit, said)
        return None

    def _host_against_record(self, host: str, summit: Summit, said: str) -> FactNote | None:
        """The host note for a text that has ``host`` hosting (in the words ``said``: "Putin,
        playing host"), if the record's setting says otherwise."""
        expected = "us-hosted" if host in self._us_leaders else "russia-hosted"
        if summit.setting in (expected, "multilateral"):
            return None  # a leader hosting a multilateral event ("the G20 Putin is hosting") is its host
        if summit.setting == "neutral" and not _HOSTING.search(said):
            return None  # "Reagan welcomed Gorbachev to the Villa Fleur d'Eau": each side received the other in turn
        return FactNote("host", said,
                        f"{SETTING_WORDS[summit.setting]} ({summit.place})", summit.source)

    def setting_cue(self, text: Words) -> str | None:
        """The setting the text's latest context phrase points to, if any."""
        found = self.settings.find_in(text)
        return found[-1][2][0] if found else None


_HOSTING = re.compile(r"\bhost", re.I)
"""A host word proper: on neutral ground one side "welcomed" or "entertained" the other at its own
residence, while only "hosted the summit" says the ground was not neutral."""
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+$", re.I)
_HOST_GAP = re.compile(r"(?:'s|’s)?,?\s+(?:(?:was|is|had|has|who|played|plays|playing|to|as|the)\s+){0,2}")
"""Between a host and the host word: "Putin's hosting", "Putin hosted", "Reagan, who hosted",
"Yeltsin played host"."""
_THE_TWO = re.compile(r"\b(?:the two (?:presidents|leaders|men)|both (?:presidents|leaders|men))\b", re.I)
"""Words that name, as a pair, the two leaders the paragraph named before."""
_THE_PAIR = re.compile(_THE_TWO.pattern + r"|\b(?:his|her|their) (?:guest|host|visitor)s?\b|"
                       r"\b(?:U\.S\.|United States|America|Russia|Soviet Union|USSR|U\.S\.S\.R\.)"
                       r"(?:'s|’s)?(?![\w-])", re.I)
"""Words that name the two leaders, one of them as the other's guest or host, or one of the two
sides ("the U.S.'s humiliation in Alaska")."""
_HERE = re.compile(r"\bhere\b", re.IGNORECASE)
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\.?\s*")
"""A news dateline ("WASHINGTON, Dec. 8", "VALLETTA, Malta"): where and when the next words happened."""
_THERE_AFTER = frozenset({"met", "meet", "meets", "meeting", "summit", "talks", "session", "held", "visit"})
"""Words after which "there" is the place of a meeting ("met there"), not "there is"."""
_SAME_PLACE_NOUNS = frozenset({"city", "town", "capital"})
"""Nouns after "the same" that stand for the place named last ("met in the same city")."""
_GUEST_OF = re.compile(r",?\s+(?:was|had been|were|(?:[a-z]+(?:\s+(?:in|out|over|back|up|down))?\s+)?as)\s+")
_GUEST_AFTER = re.compile(r"(?:'s|’s)\s+guest\b")
"""Around the host of "X was Y's guest"."""
_GUEST_S_HOST = re.compile(r"(?:'s|’s)\s+hosts?", re.I)
"""A leader's host or hosts: the leader was the guest ("Nixon's hosts at Oreanda")."""
_HOSTED_BY = re.compile(r"\s+by\s+(?:(?:President|Premier|General Secretary|Chairman|Soviet leader|Russian President)\s+)?")
"""Between "hosted" and its subject in the passive: "hosted by Mikhail Gorbachev"."""
_HOSTED_AFTER = re.compile(r"\s+(?:hosted|hosts|was hosting)\b")
"""A host word right after a phrase that ends with a leader's name: "the summit Putin hosted"."""
SETTING_WORDS = {"neutral": "held on neutral ground", "us-hosted": "hosted by the U.S.",
                 "russia-hosted": "hosted by Moscow", "multilateral": "on the margins of a multilateral event"}


_GAP_WORDS = frozenset({"in", "at", "on", "of", "the", "and", "with", "summit", "summits", "meeting", "talks",
                        "'s", "’s", "spring", "summer", "autumn", "fall", "winter", "early", "late", "near", "outside"})
_ONE_VERB = re.compile(r"\s+(?:met|meets|hosted|hosts|welcomed|welcomes|received|receives|treated|entertained|greeted|greets|visited|joined|"
                       r"(?:sat|sits)\s+down|held\s+talks|talked|conferred|huddled|dined|lunched|shook\s+hands)\s+(?:with\s+)?")
"""A verb of meeting between the two leaders of a meeting clause."""
_MEETING_CLAUSE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:(?:(?:their|his|her|the|a|an)\s+)?(?:[a-z][a-z-]*\s+){0,2}?"
    r"(?:summit|meeting|talks|session|visit|encounter|sit-down)\s+|(?:(?:their|his|her|the|a)\s+)?)(?:in|at|off)\s+(?:the\s+)?", re.I)
"""What may stand between the two leaders who met and the place of the meeting: "Kennedy and
Khrushchev opened their summit in Geneva", "Reagan and Gorbachev met at", "held their historic
meeting in" (a verb, then a determiner, up to two words and a meeting noun, or at most a
determiner, then "in", "at" or "off")."""
_AT_THEIR_MEETING = re.compile(
    r"\s+[a-z]+\s+(?:(?:[A-Z][\w.-]*|the|a|an|new|[a-z]+s)\s+){0,3}?(?:at|during)\s+(?:their|the)\s+"
    r"(?:(?:first|second|third|only|last|one-day|two-day)\s+)?(?:summit|meeting|talks)\s+(?:in|at)\s+(?:the\s+)?")
"""A verb, its object and the meeting the two did it at: "Obama and Medvedev signed New START
at their summit in"."""
_ON_THE_SIDELINES = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:on|at|along)\s+the\s+(?:sidelines|margins|edges|fringes)\s+of\s+"
                               r"(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?")
"""Between the two who met and the place of the gathering they met on the margins of: "Obama
told Medvedev on the sidelines of the nuclear security gathering in"."""
_AT_A_VENUE_IN = re.compile(r"\s+(?:at|in|aboard)\s+(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){1,4}?"
                            r"(?:in|at|near|outside)\s+(?:the\s+)?")
"""Between a meeting clause and its town: a venue described ("at the Russian leader's retreat in")."""
_BESIDE_A_NAME = re.compile(r"[,\s]*(?:(?:by\s+then|then|now|already|long|since)\s+)?(?:a\s+|the\s+)?")
"""Between a leader's name and words of his standing: ", by then", ", then", a space."""
_AND_AGAIN = re.compile(r",?\s+(?:and|then)\s+again\b", re.I)
"""After a year, the next meeting of a list: "at Vladivostok in 1975 and again at Helsinki" may date both."""
_LIST_TURN = re.compile(r",\s*(?:and|or|then)\b[^,;]*?\b(?:later|earlier|afterwards|after|before|next|following)\b"
                        r"|\b(?:and|then)\s+again\b", re.I)
"""Inside a run: the turn to the next item of a list of meetings (", and a few more a week later at",
"in May 2002 and again days later at")."""
_CAME_BACK = re.compile(r"\b(?:came|come|comes|coming|went|go|goes|going|got|was|were)\s+back\s+(?:to|in)\b|"
                        r"\breturn(?:ed|s|ing)?\s+(?:to|in)\b|\brevisit(?:ed|s|ing)?\b", re.I)
"""A return to a meeting's place: what follows dates the return."""
_AND_THEN = re.compile(r"\band\s+(?:then\s+|later\s+)?(?:at|in|on|off|to)\s+(?:the\s+)?$")
"""Before a place that starts the next item of a list of meetings: " in 1985 and at "."""
_ON_BEFORE = re.compile(r"\b(?i:on)\s+$")
_IN_BEFORE = re.compile(r"\b(?i:in)\s+(?:(?:early|late|mid-?)\s*)?$")
_SUBJECT_AFTER_TIME = re.compile(r",?\s+(?:(?:he|she|they)\s+and\s+)?(?:(?:Soviet|Russian|American|U\.S\.|US|"
                                 r"President|Premier|General\s+Secretary|Chairman|Prime\s+Minister|leader|"
                                 r"president|premier|counterpart|the)\s+)*")
"""Between a clause's opening time and the leaders it goes on to name: "in June 1978 he and
Soviet leader", "In 1985 President"."""
_AND_A_TITLED = re.compile(r"\s+and\s+(?:(?:Soviet|Russian|American|U\.S\.|US|President|Premier|General\s+Secretary|"
                           r"Chairman|Prime\s+Minister|leader|president|premier|Mr\.?)\s+)+")
"""Between the two leaders of a meeting clause, the second with a title: " and Soviet leader "."""
_OTHER_TIME = re.compile(r"\b(?:since|until|till|by|before|after|from|through|year)\s+$", re.I)


_BRIDGE_BEFORE = re.compile(r",?\s+((?:[a-z][\w'’-]*\s+){0,5}?)(?:in|at)\s+(?:the\s+)?")
_MEETING_IN_BRIDGE = re.compile(r"\b(?:met|meet|summit|meeting|talks|talked|conferred|sat down|sit down|with him|hosted|welcomed)\b")


def _a_bridge_to_its_place(clause: str, start: int, end: int) -> bool:
    """Whether the words from a run to the place after it lead to where the run's meeting was: up
    to three words ("met in", "held talks in"), or up to five that tell of meeting ("first met at
    a summit in"), not of a stay ("spent a few days in")."""
    bridge = _BRIDGE_BEFORE.fullmatch(clause, start, end)
    if bridge is None:
        return False
    words = bridge.group(1).split()
    return len(words) <= 3 or bool(_MEETING_IN_BRIDGE.search(bridge.group(1)))
_A_LIST_S_AND = re.compile(r"\b(?:and|or)\b")
"""Between two places: the next item of a list ("in Auckland and in Oslo in 1999"), not a slip."""
_BRIDGE_AFTER = re.compile(r",?\s+(?:(?:in|on)\s+)?")
"""Between the wrong place and the run's date after it: "in Geneva in June 1979", "in the Czech
capital today"."""


_ON_ITS_MARGINS = re.compile(r"\b(?:margins?|sidelines?|fringes?|edges?|edge)\s+of\s+(?:the\s+|this\s+\w+['’]s\s+)?(?:\w+\s+){0,2}$", re.I)
"""Before a gathering's name: the meeting just named was held beside it."""
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()\"“”—–]")


_ORDINAL_MEETING = re.compile(
    r"\b(?P<order>first(?:[- ]ever)?|last|final)\s+(?P<words>(?:(?:formal|full|official|bilateral|proper|"
    r"face-to-face|in-person|one-on-one|real|substantive|summit)\s+){0,2})"
    r"(?P<noun>summit|meeting|encounter|sit-down|get-together|talks)\b", re.I)
"""An order and a meeting noun: "first meeting", "first-ever summit", "last formal sit-down"."""
_SAYS_WHERE_IT_WAS = re.compile(r",\s*(?:in|at|on)\s|\s+(?:was|had been|came|took place|was held)\s+(?:in|at|on)\s")
"""After an ordinal meeting and its party: the clause says where it was ("first meeting with Putin
was in Bratislava", "their first encounter, in Bratislava"), not which of the meetings in a place
it counts ("their first meeting in Moscow")."""
_ELIDED_ORDER = re.compile(r"\b(?:their|the pair['’]s|the two (?:leaders|men|presidents)['’])\s+(?P<order>first|last|final)"
                           r"(?P<words>)(?P<noun>)(?=,\s*(?:in|at|on)\s)", re.I)
"""An order whose meeting noun was said before it: "their final meeting … recalled their first, in Slovakia"."""


def _ordinal_meetings(clause: str) -> list[re.Match[str]]:
    return sorted([*_ORDINAL_MEETING.finditer(clause), *_ELIDED_ORDER.finditer(clause)], key=lambda m: m.start())


_PLACE_REACH = 40
"""How far after an order's words the place and time they give may run."""
_MOST_ENTRIES = 3
"""A phrase that fits more meetings than this ("Putin in Moscow": five) tells the reader nothing,
unless it names several ("the Clinton-Yeltsin meetings in 1994 and 1995")."""
_SEVERAL = re.compile(r"\b(?:summits|meetings|visits|encounters|sessions)\b|\b(?:19|20)\d\d\b.*\b(?:19|20)\d\d\b", re.I)
_FIRST_MET = re.compile(r"\bfirst\s+met\b|\bmet\s+for\s+the\s+first\s+time\b", re.I)
_ORDER_QUALIFIED = re.compile(r"[\s,]*(?:since|after|as|in\s+(?:his|her|their|a)\s+\w+\s+term|of\s+(?:his|her|the)\s+"
                              r"(?:second|new|third)|this\s+(?:year|decade|century)|in\s+(?:\w+\s+){0,3}(?:years|months|decades))\b",
                              re.I)
"""What counts the order from something else: "first meeting since Helsinki", "as president"."""
_PARTY_AFTER = re.compile(r"\s+(?:with|of|between|and)\s+(?:(?:U\.S\.|Soviet|Russian|President|Premier|leader|"
                          r"General Secretary|Prime Minister)\s+)*")
"""Between an ordinal meeting's noun and the party named after it: " with President ", " of "."""
_POINTING_BACK = re.compile(r"(?:^|\b)(?:that|this|the same|those|these)\s+$|^(?:that|this|those|these)\s", re.I)
_ONE_OF_MANY = re.compile(r"\b(?:presidents?|leaders?)\s+to\b", re.I)
"""A count of presidents ("the fifth American president to deal with Putin"): not one meeting."""
_DEMONYM_CAPITAL = re.compile(r"\b(?:[Tt]he\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)|([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s)"
                              r"\s+capital\b")
"""A country's capital by its adjective: "the Icelandic capital", "the South Korean capital"."""
_WHERE_MEETING = re.compile(r",?\s+where\s+((?:he|she|they|the two(?:\s+\w+)?|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
                            r"\s+(?:\w+\s+){0,2}?(?:met|meets|held|sat|talked|conferred|signed|hosted|welcomed)\b)")
"""After a place: the clause saying the meeting happened there ("…, where he met Putin")."""
_WHERE_THEY_MET = re.compile(r",?\s+(?:where|in which|at which)\s+(?:[A-Z][\w.]*\s+){0,2}", re.I)
"""Between a place and the leaders of a clause saying what happened there."""
_JUST_A_COMMA = re.compile(r",\s+")
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or|&)\s+(?:the\s+)?[A-Z]|,\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                           r"[a-z]*\.?\s+\d)[A-Z]")
"""After a place's region: the list of places goes on (", Washington and Geneva"), not a date (", June 23")."""
_COMMA_CAPITAL = re.compile(r",\s+[A-Z]")
_IN_CAPITAL = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")
_PARTS_OF_A_MEETING = frozenset({"session", "sessions", "day", "round", "discussion", "discussions", "dinner",
                                 "lunch", "breakfast", "conversation"})
_ORDER_IN_PHRASE = re.compile(r"\b(first|last|final|latest)\b", re.I)
"""The orders an implicit phrase is held to; later counts ("their seventh meeting") depend on
which brief encounters a writer counts."""
_ORDER_WORDS = frozenset({"first", "last", "final", "first-ever"})
_FORMAL_WORDS = frozenset({"formal", "full", "official", "bilateral", "proper", "substantive"})
_HOST_SAID = re.compile(r"\b(?:hosted|hosting|host|hosts|entertained|entertaining)\b"
                        r"|\btreated(?=\s+(?:[A-Z][\w.]*\s+){1,3}to\b)"
                        r"|\b(?:greeted|welcomed|received|embraced|showed|took|drove|led|walked)\s+(?:his|her)\s+"
                        r"(?:guests?|visitors?)\b")
"""A host word in the sentence: its subject, a leader of the meeting, hosted it."""
_HOST_OBJECT = re.compile(r"(?:\s+to)?\s+((?:(?:President|Premier|General Secretary|Chairman)\s+)?"
                          r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
                          r"(?:\s+and\s+(?:[\w-]+\s+){0,2}[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?)")
"""The guests right after "hosted" or "host to": "hosted Leonid Brezhnev and Premier Alexei Kosygin",
"host to George Bush"."""
_A_LEADER_UNNAMED = re.compile(r"\b(?:[Hh]e|[Tt]he (?:Soviet|Russian|American|U\.S\.) (?:leader|president|premier)|"
                               r"[Tt]he (?:president|premier|general secretary))"
                               r",?\s+(?:(?:had|has|was|who|then|later|also|once|played|plays|playing|to|as)\s+){0,3}$")
"""A host word's subject that is a leader without his name: "he hosted", "the Soviet leader played"."""
_NAMES_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*")
"""A title or first name before the guest's anchored name: "President", "George "."""
_RETURN_HOSPITALITY = re.compile(r"\b(?:embassy|residence|reception|banquet|dinner|return)\b", re.I)
"""Words of a visitor's own hospitality: a dinner at its embassy, where the guest's side is host."""
_HOST_CLOSES = re.compile(r"\s*(?:[,;.)]|$|to\b)")
"""After a host word that stands alone: "Putin, as host, rolled out", "playing host to Clinton"."""
_PAIR_WORDS = re.compile(r"\b(?:and|with|to|alongside|beside|met|meets|greeted|embraced|received|told|tells|telling|"
                         r"asked|warned|urged|pressed|demanded|assured|promised|thanked|lectured|accused)\b"
                         r"|^\s*[-–&]\s*$")
_PAIR_BREAK = re.compile(r"[;:!?()\"“”]|(?<![A-Z])\.")
"""What cannot stand between the pair (the points of "U.S." can)."""


_COUNTED_FROM = re.compile(r"\b(?:since|after|before|until|till)\s+(?:(?:early|late|mid-?)\s*)?$", re.I)
"""Before a time a visit is counted from, not dated by: "the first time since 2015"."""
_A_VISITOR_S_GAP = re.compile(r"(?:['’]s)?(?:\s+(?!(?:son|daughter|wife|widow|father|mother|grandson|granddaughter|"
                              r"interpreter|aide|aides|envoy|minister|never|not|no|second|third|fourth|fifth|sixth|seventh|eighth|"
                              r"ninth|tenth|only|latest|last|next|previous|planned|proposed)\b)(?:[a-z0-9-]+|Soviet|Russian|American|U\.S\.)){0,6}\s+")
"""Between a leader and a word of his visit: lowercase words only, none making the visitor
someone else ("Khrushchev's son visited America"), the visit one of several ("Putin's eighth
trip") or one not made."""
_PRESIDENT_BEFORE = re.compile(r"\bPresident\s+(?:[A-Z][\w.]*\s+){0,3}$")
_PAIR_THEN_YEAR = re.compile(r"(?:\s+(?:[a-z]+|[A-Z][a-z]+\.?)){0,4}?\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?")
"""Between a pair met and the year of their meeting: " met in ", " sat down together at Glassboro in
", " in early "."""
_HIS_MEETING_WITH = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,3}(?:talks?|meetings?|summit|encounter|sit-down|discussions|"
                               r"conversations?|sessions?|one-on-one)\s+with\s+(?:(?:Russian|Soviet|U\.S\.|American|"
                               r"President|Premier|Prime Minister|General Secretary|leader)\s+)*$")
"""Right before a leader: the meeting of the one leader of the other side named before ("Obama …
before his private talk with Vladimir Putin")."""


def _in_its_clause(named: list[Anchor], ref: Reference, bounds: list[tuple[int, int]]) -> list[Anchor]:
    """The names of a sentence in the clause of a reference, where the sentence has several
    ("Ford and Brezhnev met there in 1975; … in March 1997 Clinton sat down with Putin")."""
    start, end = next(((s, e) for s, e in bounds if s <= ref.start < e), (0, 10 ** 9))
    return [a for a in named if start <= a.start < end]


def _paired(text: str, one: Anchor, other: Anchor) -> bool:
    """Whether two leaders' names are joined as the pair who met: "Bush and his Russian
    counterpart, Medvedev", "the Medvedev-Obama huddle", "a meeting with Medvedev", "next to
    Russia's Putin", one addressing the other ("Khrushchev demanded that Kennedy apologise"):
    at most eight words between, with a joining word among them."""
    first, second = sorted((one, other), key=lambda a: a.start)
    gap = text[first.end:second.start]
    return len(gap) <= 70 and len(gap.split()) <= 8 and not _PAIR_BREAK.search(gap) \
        and _PAIR_WORDS.search(gap) is not None


def _joined_by_meeting_words(clause: str, anchors: list[Anchor], meeting_spans) -> frozenset[int]:
    """Places further from the leaders before them than ``MAX_GAP`` but joined to them by a
    meeting's own words, at most nine and with no punctuation between ("Clinton and Yeltsin held
    their ninth meeting at the Roosevelt library in Hyde Park"): one meeting clause."""
    joined = set()
    for n in range(1, len(anchors)):
        start, end = anchors[n - 1].end, anchors[n].start
        if end - start <= MAX_GAP or end - start > 2 * MAX_GAP or _CLAUSE_PUNCTUATION.search(clause, start, end) \
                or anchors[n - 1].kind != "leader" or anchors[n].kind != "place" \
                or len(clause[start:end].split()) > 9:
            continue
        if any(start <= s and e <= end for s, e, _ in meeting_spans):
            joined.add(n)
    return frozenset(joined)


_WEEKDAY_OF = re.compile(r"\s+(?:(?:of|in)\s+)?(?:(?:early|late|mid-?)\s*)?(?:" + "|".join(MONTHS) +
                         r")\b[^,;:.]{0,8}?\b(?:19|20)\d\d\b", re.I)


_ACTS_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+|also\s+)?(?:not\s+|never\s+)?(?:welcomed|welcomes|said|says|warned|warns|accused|"
                         r"urged|urges|asked|asks|announced|rejected|rejects|denied|denies|insisted|insists|argued|"
                         r"argues|responded|replied|condemned|condemns|demanded|demands|wants|wanted|hopes|hoped|"
                         r"fears|feared|believes|believed|claimed|claims|objected|objects|protested|meddled|meddles|interfered|"
                         r"interferes|remembered|remembers|retaliated|reacted|reacts)\b")
_WHOSE = re.compile(r"['’]s\s+([a-z][\w-]*)")
_ACTED_ON_BEFORE = re.compile(r"\b(?:asked|asks|urged|urges|told|tells|warned|warns|pressed|presses|accused|accuses|"
                              r"blamed|blames|criticised|criticized|thanked|called on|taught|teaches|showed|shows|"
                              r"reassured|reassures|assured|assures|convinced|persuaded|reminded|reminds)\s+$", re.I)


_AT_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)
_AT_ITS_PLACE = re.compile(r"\s+(?:(?:held|staged)\s+)?(?:at|in)\s+(?:the\s+)?")
"""Between a noun or a described place and the place it was at: "summit at", "retreat in the"."""


def _without_filing_place(clause: str, anchors: list[Anchor], dateline_end: int) -> list[Anchor]:
    """A first clause's anchors, less the dateline's place where the words after it name
    another before any comma: "MOSCOW — Medvedev and Obama sat down in Honolulu" was filed in
    Moscow, held in Honolulu. Otherwise the dateline is where the story happened ("GENEVA —
    Biden and Putin met here", "LIMA — Medvedev met Bush here, after the G20 in Washington")."""
    filed = [a for a in anchors if a.kind == "place" and a.end <= dateline_end]
    named = [a for a in anchors if a.kind == "place" and a.start >= dateline_end
             and "," not in clause[dateline_end:a.start] and _AT_PLACE.search(clause, 0, a.start)]
    return [a for a in anchors if a not in filed] if filed and named else anchors


_A_MEETING_S_ANNIVERSARY = re.compile(r"\banniversary\s+of\s+(?:the|their|that|his|a)\s+(?:[\w'’.-]+\s+){0,4}?"
                                      r"(?:summit|summits|meeting|talks|visit|encounter)\b", re.I)
"""An anniversary of a meeting ("the 50th anniversary of the Hollybush Summit"), not a
commemoration where one was held ("the 70th anniversary of D-Day")."""


_UNDER = re.compile(r"\b(?:House|States|Union|Russia|America|Kremlin|country|government|administration|served|"
                    r"worked)\s+under\s+(?:(?:President|Premier|General\s+Secretary)\s+)?(?:[A-Z][\w.]*\s+){0,2}$")
"""Before a leader: his country or administration ("the White House under George Bush", "the
Soviet Union under Brezhnev"), a time and not a party to a meeting ("the summits under Reagan
and Gorbachev" are theirs)."""
_HEAD_ENDS = re.compile(r"\s*(?::|—|–|\s-\s)")
_HEAD_STARTS = re.compile(r"(?:^|[:;.]\s+)$")
_HEAD = (r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
         r",\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?,?\s+\d{4}")
"""The head of an item in a list of meetings or of a caption: "Vienna, June 3-4, 1961",
"Moscow, May 1972", "Camp David, February 1, 1992"."""
_A_YEAR_HEAD = re.compile(r"\s*(?:19|20)\d\d\s*[—–:-]?\s*")
"""A list item's or a timeline's head that is a year alone: the year of the days its item names."""
_ITEM_HEAD = re.compile(r"(?:^|[:;.]\s+)" + _HEAD + r"\s*$")
"""A clause that is only a head, the item going on after its dash."""
_A_HEAD = re.compile(_HEAD + r"\s*(?::|—|–)")
"""A clause that opens with a head and goes on after its colon or dash."""


def _without_others_words(part: Words, anchors: list[Anchor]) -> list[Anchor]:
    """The clause's anchors, less the year a term began ("Putin, president since 2000") and the
    words of a gathering a leader came from (", fresh from the NATO summit in Prague,"): they
    date or place something else, not a meeting the clause names."""
    if "since" in part.vocab:
        anchors = [a for a in anchors if not (a.kind in ("year", "month") and _IN_OFFICE_SINCE.search(
            part.text, max(0, a.start - 40), a.start))]
    if "from" in part.vocab:
        asides = [m.span() for m in _FRESH_FROM.finditer(part.text)]
        asides = [(s, e) for s, e in asides if any(a.kind == "event" and s <= a.start < e for a in anchors)]
        anchors = [a for a in anchors if not any(s <= a.start and a.end <= e for s, e in asides)]
    return anchors


def _without_an_aside_s_note(text: str, ref: Reference) -> Reference:
    """The reference without a note whose contradicting words lie in an aside on a person that
    the phrase runs on from ("Trump, who met Kim in Singapore in 2018, met Putin in Helsinki"):
    the aside tells of another meeting, not the phrase's."""
    if ref.note is None:
        return ref
    for aside in _WHO_ASIDE.finditer(text):
        said = text.find(ref.note.text_says, aside.start(), aside.end())
        if said >= 0 and ref.start < aside.end() < ref.end:
            return ref._replace(note=None)
    return ref


_WHO_ASIDE = re.compile(r",\s+who\s+[^,;:()]{3,80},")
"""An aside on a person between commas: ", who met Kim in Singapore in 2018,"."""


def _earlier_meetings_apart(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clauses, with a place's aside about an earlier meeting there set apart ("met in Geneva,
    where Eisenhower had met Khrushchev in 1955", "in Moscow, the city Nixon had visited in
    1972"): the aside names its own meeting, and lends no word to the clause's."""
    if "had" not in text:
        return bounds
    apart: list[tuple[int, int]] = []
    for start, end in bounds:
        for match in _EARLIER_THERE.finditer(text, start, end):
            apart.append((start, match.start()))
            start = match.start() + 1
        apart.append((start, end))
    return [(s, e) for s, e in apart if e > s]


_PLACE_AND_DATE_ALONE = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2}(?:[–-]\d{1,2})?,?\s+)?"
                                   r"(?:19|20)\d\d\s*")
"""A heading that is a place and a date only ("Geneva, 1985", "Hyde Park, October 1995"): read as a
caption is, where a place and a date are enough."""
_IN_A_NAMED_PLACE = re.compile(r"\b(?:in|at)\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+in\s+$")
"""A named place and "in" right before a year: "the G8 in Evian in 2003"."""
_RETURNED_TO = re.compile(r"\b(?:returned|returns|returning|went back|goes back|came back|comes back|revisited|"
                          r"revisits|flew back)\s+(?:to\s+)?(?:the\s+)?$", re.I)
_FRESH_FROM = re.compile(r",\s+(?:fresh|straight|just back|back|coming|returning|flying in)\s+from\s+(?:a|an|the|his|her)\s+"
                         r"[^,;:()]{3,80},", re.I)
"""An aside on where a leader came from (", fresh from the NATO summit in Prague in 2002,"): where it
names a gathering, another event, whose words are not the meeting's that follows."""
_IN_OFFICE_SINCE = re.compile(r"\b(?:president|premier|leader|chairman|general secretary|prime minister|in power|"
                              r"in office|at the helm|in the kremlin|in the white house|ruled|ruling)\s+(?:ever\s+)?"
                              r"since\s+(?:(?:early|late|mid-?)\s*)?$", re.I)
"""Before a year, words of a term of office: "president since 2000", "in power since 1985"."""
_EARLIER_THERE = re.compile(r",\s+(?=(?:where|(?:the|a)\s+(?:same\s+)?(?:city|town|capital|place|resort)\s+"
                            r"(?:that\s+|where\s+|which\s+)?)\s*(?:[A-Z][\w.'’-]*\s+){1,3}had\b)")
"""Before an aside on what a leader had done at the place just named: ", where Eisenhower had"."""


def _items_joined(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clauses, with a list item's head joined to the words after its dash: in "Vienna, June
    3-4, 1961 — Kennedy and Khrushchev discuss a test ban" the place and date are the meeting's."""
    joined: list[tuple[int, int]] = []
    for start, end in bounds:
        if joined and _ITEM_HEAD.search(text, joined[-1][0], joined[-1][1]) and \
                text[joined[-1][1]:start].strip() in ("—", "–", "-", "--"):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


_PAST_VERB = re.compile(r"\b(?:met|held|sat down|talked|conferred|huddled|dined|shook hands)\b", re.I)
_FUTURE_WORD = re.compile(r"\b(?:will|would|shall|is to|are to|due to|going to|expected|set to|ahead of|before|"
                          r"until|upcoming|plans?)\b", re.I)
"""A verb of a meeting held, and words of one still ahead: which way a clause's weekday may point."""


def _either_way(weekday: Anchor, article_date: dt.date, text: str) -> Anchor:
    """A weekday nearest ahead of the article's date, in a clause that tells of a meeting in the
    past ("Trump and Putin met in Anchorage on Friday", written on the Wednesday after): it may
    be the one before as well."""
    day = next(iter(weekday.values))
    if day <= article_date or not _PAST_VERB.search(text) or _FUTURE_WORD.search(text):
        return weekday
    return weekday._replace(values=frozenset({day, day - dt.timedelta(days=7)}))


def _the_anniversary_s_day(anchor: Anchor, article_date: dt.date) -> bool:
    """Whether a day or span near the article's date, in a clause naming an anniversary, is the
    anniversary's ("the 30th anniversary of the Reykjavik summit falls this week"), not the meeting's."""
    if anchor.kind == "date":
        return all(abs((day - article_date).days) <= 31 for day in anchor.values)
    if anchor.kind == "range":
        return all(abs((start - article_date).days) <= 366 and abs((end - article_date).days) <= 366
                   for start, end in anchor.values)
    return False


def _without_descriptions_of_elsewhere(text: str, found: list[Anchor]) -> list[Anchor]:
    """Less a described place ("the presidential retreat") placed at a named one that none of
    its meetings was held at ("the presidential retreat in Sochi" is not Camp David)."""
    places = sorted((a for a in found if a.kind == "place"), key=lambda a: a.start)
    elsewhere = [a for a, b in zip(places, places[1:]) if text[a.start:a.start + 1].islower()
                 and _AT_ITS_PLACE.fullmatch(text, a.end, b.start) and not a.values & b.values]
    return [a for a in found if a not in elsewhere] if elsewhere else found


def _a_government(text: str, place: Anchor) -> bool:
    """Whether a capital stands for its government, as the subject or the object of what a
    government does ("Washington welcomed the decision", "Obama asked Moscow for room", "that
    Moscow had not meddled"): then it is no place anything was held."""
    return _ACTS_AFTER.match(text, place.end) is not None or \
        _ACTED_ON_BEFORE.search(text, max(0, place.start - 16), place.start) is not None


def _dated_by_its_year(text: str, weekday: Anchor) -> bool:
    """Whether a weekday is one of a month and year the text gives right after it ("on a cold
    Tuesday in November 1985", "Sunday, June 3, 1990"): not a day counted from the article's."""
    return _WEEKDAY_OF.match(text, weekday.end) is not None or \
        re.match(r",?\s+(?:" + "|".join(MONTHS) + r")\.?\s+\d{1,2},?\s+(?:19|20)\d\d", text[weekday.end:], re.I) is not None


def _bridged(clause: str, anchors: list[Anchor], checks: list[bool | None], entry_runs,
             agreements: list[frozenset[int]], american):
    """Two runs of one entry with one contradicting word between them, set in the meeting's own
    words: one run, and the word in it that the record contradicts. The word is a place before
    the meeting's date ("Carter's only summit with Brezhnev, held in Geneva in June 1979"), or
    the other party of a meeting of the record's leader at the record's place ("Bush held talks
    with Medvedev at Bratislava Castle"), a leader of the other side whom no meeting there had
    with that leader."""
    index = {id(a): n for n, a in enumerate(anchors)}
    for (first, agree_first), (second, agree_second) in zip(entry_runs, entry_runs[1:]):
        between = index[id(second[0])] - index[id(first[-1])]
        at = index[id(first[-1])] + 1
        wrong = anchors[at]
        if between != 2 or checks[at] is not False:
            continue
        if _LIST_TURN.search(clause, first[0].start, second[-1].end):
            continue  # "met Brezhnev at Vladivostok in 1975 and again at Helsinki": two meetings' words
        if wrong.kind == "place" and _a_bridge_to_its_place(clause, first[-1].end, wrong.start) and \
                not _A_LIST_S_AND.search(clause, first[-1].end, wrong.start) and \
                _BRIDGE_AFTER.fullmatch(clause, wrong.end, second[0].start) and \
                second[0].kind in ("year", "month", "date") and \
                (second[0].kind != "month" or _says_its_year(clause, second[0])):  # "in November": which one is a guess
            yield [*first, wrong, *second], [*agree_first, *agree_second], wrong
        partner, place = first[-1], second[0]
        if wrong.kind == "leader" and partner.kind == "leader" and place.kind == "place" \
                and american(partner) != american(wrong) and _paired(clause, partner, wrong) \
                and _PARTY_THEN_PLACE.fullmatch(clause, wrong.end, place.start) \
                and not agreements[at] & agreements[index[id(partner)]] & agreements[index[id(place)]]:
            yield [*first, wrong, *second], [*agree_first, *agree_second], wrong


_IN_A_PLACE = re.compile(r"(?:\b(?:in|at|near|outside)\s+|^)([A-Z][\w'’.-]*(?:\s+(?:(?:of|la|de|es)\s+)?[A-Z][\w'’.-]*){0,2})")
_NAME_GOES_ON = re.compile(r"['’]s\b|\s+[A-Z]|-")
"""After a city's name, what makes it part of something else's: "Princeton's faculty", "Boston Harbor"."""
_PARTY_THEN_PLACE = re.compile(r",?\s+(?:in|at|aboard|off|on)\s+(?:the\s+)?")
"""Between a meeting's other party and its place: "with Medvedev at", "and Chernenko in"."""


_COMPOUND_SCORE = 100
"""A noun's own modifiers outweigh any run they overlap."""
_TRUST = {"year": 2, "leader": 1, "place": 0, "month": -1}
_UNDATED_MONTH_TRUST = 3
"""A month without its year ("at APEC in Singapore in November", written in a November) is the
reader's guess of which November: the likeliest wrong word, never a note."""


def _some_meeting_there(clause: str, run: list[Anchor]) -> bool:
    """Whether the run is a place alone told of as "a meeting in …" (an indefinite noun right
    before it): the words name some meeting held there, which the place alone cannot tell apart
    from the catalogue's, so another year there is another meeting ("a meeting in Sochi in 2007")."""
    places = [a for a in run if a.kind == "place"]
    if len(places) != len(run) - 1 or any(a.kind in ("leader", "event", "keyword") for a in run):
        return False
    return bool(_SOME_MEETING.search(clause, max(0, places[0].start - 40), places[0].start))


_SOME_MEETING = re.compile(r"\b(?:an?|another|one)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|session|gathering|conference|"
                           r"visit|trip|talks)\s+(?:in|at)\s+(?:the\s+)?$", re.I)


def _a_year_off(clause: str, anchor: Anchor, summit: Summit) -> bool:
    """Whether ``anchor`` is a year one away from the meeting's (a slip, not another meeting)."""
    said = clause[anchor.start:anchor.end]
    if anchor.kind != "year" or not said.isdigit():
        return False
    return _a_year_away(int(said), summit)


def _a_year_away(year: int, summit: Summit) -> bool:
    """Whether ``year`` is one away from a year the meeting was held in."""
    return min(abs(year - summit.start.year), abs(year - summit.end.year)) == 1
"""Which modifier to believe wrong when the others fit: a year before a leader, a leader before
a place (writers misdate "the Reykjavik summit" more often than they misplace it)."""
_MODIFIER_GAP = re.compile(r"(?:'s|’s)?(?:\s+['‘\"“]?|\s*[-–]\s*)")


_AND_NAMES = re.compile(r"\s+and\s+(?:[A-Z][\w.]*\s+){0,3}")
"""Between two leaders who met: " and ", " and George "."""
_ANOTHER_TIME = re.compile(r"\b(?:after|before|since|following|than|unlike|earlier|previous|prior)\b", re.I)
"""Words between a meeting's phrase and a place or year that put the place at another time."""
def _at_another_time(clause: str, run: list[Anchor], anchor: Anchor) -> bool:
    """Whether words between the run and ``anchor`` put the anchor at another time ("after
    earlier sessions in Bratislava"): then it belongs to another meeting, never to a note."""
    inside = [a for a in run if a is not anchor]
    if not inside:
        return False
    if anchor.end <= inside[0].start:
        return bool(_ANOTHER_TIME.search(clause, anchor.end, inside[0].start))
    before = [a for a in inside if a.end <= anchor.start]
    return bool(before) and bool(_ANOTHER_TIME.search(clause, before[-1].end, anchor.start))


def _beside_another_time(clause: str, run: list[Anchor], neighbour: Anchor) -> bool:
    """``_at_another_time`` for an anchor beside the run, with the words from the run's last
    name (a leader, place or event) on, or up to its first: a run can reach past the turn with a
    time ("met in Busan today, after earlier sessions this year in Bratislava")."""
    if neighbour.end <= run[0].start:  # and before it: "back at the White House on Sunday after talks at Hollybush"
        later = [a for a in run if a.kind in ("leader", "place", "event")]
        return bool(_ANOTHER_TIME.search(clause, neighbour.end, (later or run)[0].start))
    names = [a for a in run if a.kind in ("leader", "place", "event") and a.end <= neighbour.start]
    return bool(_ANOTHER_TIME.search(clause, (names or run)[-1].end, neighbour.start))


_PUNCTUATION = re.compile(r"[,;:()—–]")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:(?:the|a|his|her|their|[A-Z][\w.-]*['’]s)\s+)?")
"""Between the items of a list: ", ", " and ", ", and ", " or ", with the next item's
determiner or owner ("a Slovenian castle, Bush's Texas ranch")."""


def _listed_beside(clause: str, run: list[Anchor], place: Anchor) -> bool:
    """Whether ``place`` is the next or previous item in a list with a place of the run."""
    places = [a for a in run if a.kind == "place"]
    if not places:
        return False
    if place.start >= places[-1].end:
        return bool(_LIST_GAP.fullmatch(clause, places[-1].end, place.start))
    return bool(_LIST_GAP.fullmatch(clause, place.end, places[0].start))


_TIME_KINDS = frozenset({"year", "month", "date", "range"})


def _whole_phrases(clause: str, anchors: list[Anchor], candidates, facts_by_id) -> list:
    """The candidates whose run takes part of a noun's modifiers only where the rest fit its
    meeting too: "the Geneva summit in 1995" names no meeting of 1995 elsewhere (its words
    disagree with each other; ``_compounds`` reads such a phrase or leaves it alone)."""
    groups = [[anchors[n] for n in group] for group in _modifier_groups(clause, anchors)]
    if not groups:
        return candidates
    kept = []
    for candidate in candidates:
        run, facts = candidate[1], facts_by_id[candidate[2].id]
        ids = {id(a) for a in run}
        if any(taken and all(a.kind in _TIME_KINDS or a.kind == "leader" for a in taken) and any(
                id(a) not in ids and a.kind == "place" and consistent(a, facts) is False for a in group)
               for group in groups for taken in [[a for a in group if id(a) in ids]]):
            continue  # only the year of "the Geneva summit in 1995", its place another meeting's
        kept.append(candidate)
    return kept


def _named_whole(clause: str, anchors: list[Anchor], groups: list[list[int]], facts: Facts) -> bool:
    """Whether a meeting noun's own modifiers, with no leader among them, name the entry by its
    time and its place ("Wednesday's meeting in Geneva", "the July 16 meeting in Helsinki"): a
    phrase whole in itself, which another pair named later in the clause ("... than the one
    Clinton carried to Yeltsin") does not make theirs."""
    for group in groups:
        members = [anchors[n] for n in group]
        kinds = {a.kind for a in members}
        if "leader" not in kinds and kinds & {"place", "event"} and kinds & _TIME_KINDS \
                and all(consistent(a, facts) for a in members) \
                and all(a.start - members[-1].end >= _OTHER_PAIR_GAP or members[0].start - a.end >= _OTHER_PAIR_GAP
                        for a in anchors if a.kind == "leader"):
            return True  # the other pair far off: not "the 1987 Washington summit between Bush and Gorbachev"
    return False


_OTHER_PAIR_GAP = 40
"""How far, in characters, the other pair must be from a whole phrase to be another meeting's."""


def _modifier_groups(clause: str, anchors: list[Anchor]) -> list[list[int]]:
    """Anchors joined only by spaces, a possessive or a dash and followed by a meeting noun, with
    a date after it ("of 1990"): the modifiers of that noun ("the 1986 Reagan–Gorbachev Helsinki
    summit", "the Vancouver meeting of April 1994"); two or more of them."""
    groups, n = [], 0
    while n < len(anchors):
        group = [n]
        while group[-1] + 1 < len(anchors) and \
                _MODIFIER_GAP.fullmatch(clause, anchors[group[-1]].end, anchors[group[-1] + 1].start):
            group.append(group[-1] + 1)
        last, after = anchors[group[-1]], group[-1] + 1
        noun = _FOLLOWING_NOUN.match(clause[last.end:]) or _TRIP.match(clause[last.end:]) or \
            (last.kind == "keyword" and _ENDS_IN_NOUN.search(clause, last.start, last.end))  # "the 2002 Crawford summit"
        noun_end = last.end + (noun.end() if noun and noun.start() == 0 else 0)
        if noun and after < len(anchors) and anchors[after].kind in ("year", "month") and \
                _OF_DATE.fullmatch(clause, noun_end, anchors[after].start):
            group.append(after)  # "summit of 1990"
        elif noun and after < len(anchors) and anchors[after].kind == "place" and \
                {anchors[n].kind for n in group} & {"year", "month", "date"} and \
                (_AT_ITS_PLACE.fullmatch(clause, noun_end, anchors[after].start)
                 or _TO_ITS_PLACE.fullmatch(clause, noun_end, anchors[after].start)):
            group.append(after)  # "the 1996 summit at Hyde Park", "Nixon's 1973 trip to Moscow": the noun's place
        if noun and len(group) >= 2:
            groups.append(group)
        n = group[-1] + 1
    return groups


_ENDS_IN_NOUN = re.compile(r"\b(?:summit|summits|meeting|talks)$", re.I)
_TRIP = re.compile(r"^(?:'s|’s)?\s+(trip|trips|journey|visit|visits)\b", re.I)
"""A journey as a meeting's noun, in a modifier group only ("Nixon's 1973 trip to Moscow")."""
_TO_ITS_PLACE = re.compile(r"\s+to\s+(?:the\s+)?")
_OF_DATE = re.compile(r"\s+(?:of|in)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:spring|summer|autumn|fall|winter)\s+)?")
""""The Vancouver meeting of April 1994", "the Reykjavik meeting of autumn 1986", "the Helsinki
summit in March 1997"."""


_PLACE_S_DATE = re.compile(r",\s+(?:on\s+|in\s+)?")
"""Between a place and its own date, as captions and datelines write it: "Helsinki, Finland, on"."""


def _part_of_phrase(clause: str, run: list[Anchor], neighbour: Anchor) -> bool:
    """Whether an anchor beside a run belongs to the phrase naming the meeting, and so can make
    a fact note: only a few linking words between them ("the 1987 Reykjavik summit", "met in
    Reykjavik in 1987"), no clause punctuation, and no year of something else ("since 1982",
    "by the year 2000")."""
    gap = clause[run[-1].end:neighbour.start] if neighbour.start >= run[-1].end else clause[neighbour.end:run[0].start]
    if neighbour.kind == "leader" and neighbour.start >= run[-1].end and run[-1].kind == "leader" \
            and _ONE_VERB.fullmatch(gap):
        return True  # the meeting clause's own other party: "Obama treated Putin to a cheeseburger"
    if neighbour.kind == "leader" and neighbour.end <= run[0].start and run[0].kind == "leader" \
            and _ONE_VERB.fullmatch(gap):
        return True  # and before it: "Clinton welcomed Yeltsin to Camp David"
    if neighbour.kind == "leader" and _AND_A_TITLED.fullmatch(gap) and (
            (neighbour.start >= run[-1].end and run[-1].kind == "leader")
            or (neighbour.end <= run[0].start and run[0].kind == "leader")):
        return True  # the pair who met, each with a title: "President George Bush and Soviet leader Mikhail Gorbachev"
    if neighbour.kind == "place" and neighbour.start >= run[-1].end and run[-1].kind == "leader" \
            and sum(a.kind == "leader" for a in run) >= 2 and (_MEETING_CLAUSE.fullmatch(gap)
                                                               or _AT_THEIR_MEETING.fullmatch(gap)
                                                               or _ON_THE_SIDELINES.fullmatch(gap)):
        return True  # the clause's own place: "X and Y opened their summit in Z"
    if neighbour.kind == "place" and neighbour.end <= run[0].start and run[0].kind == "leader" \
            and _WHERE_THEY_MET.fullmatch(gap) and any(a.kind in _DATED_KINDS for a in run):
        return True  # the place the meeting clause is about: "the house in Oslo where Reagan met Gorbachev in 1986"
    if neighbour.kind in ("year", "month", "date") and neighbour.end <= run[0].start and run[0].kind == "leader" \
            and (_IN_BEFORE if neighbour.kind != "date" else _ON_BEFORE).search(
                clause, max(0, neighbour.start - 8), neighbour.start) \
            and _SUBJECT_AFTER_TIME.fullmatch(gap) and any(a.kind == "place" for a in run):
        return True  # the meeting clause's own time: "in June 1978 he and Soviet leader Brezhnev met in Vienna"
    if neighbour.kind == "place" and neighbour.end <= run[0].start and run[0].kind in _DATED_KINDS \
            and _JUST_A_COMMA.fullmatch(gap) and _HEAD_ENDS.match(clause, run[0].end) \
            and _HEAD_STARTS.search(clause, 0, neighbour.start):
        return True  # a caption's or a list item's head: "Stockholm, July 16, 2018: Trump and Putin …"
    if neighbour.kind == "place" and neighbour.start >= run[-1].end and _AT_A_VENUE_IN.fullmatch(gap):
        return True  # the venue the meeting clause names, then its town: "on Sunday at the Russian leader's retreat in"
    if neighbour.kind in ("date", "range", "month") and neighbour.start >= run[-1].end and run[-1].kind == "place" \
            and _PLACE_S_DATE.fullmatch(gap) and YEAR_DIGITS.search(clause, neighbour.start, neighbour.end):
        return True  # the place's own date, as a caption gives it: "in Helsinki, Finland, on July 16, 2017"
    if any(mark in gap for mark in ",;:()—–\"“”") or len(gap) > 20:  # " in the autumn of "
        return False
    words = [word.casefold() for word in re.findall(r"[\w'’]+", gap)]
    if not all(word in _GAP_WORDS for word in words):
        return False
    if neighbour.kind != "leader" and "and" in words:
        return False  # "off Malta last December and the Washington visit": the next item of a list
    return not (neighbour.kind == "year" and _OTHER_TIME.search(clause, max(0, neighbour.start - 12), neighbour.start))


def _times_beside(anchors: list[Anchor], n: int) -> list[int]:
    """The dates and years right beside anchor ``n`` (no other place between, at most 24
    characters away, and not nearer another place): "the Moscow summit planned for this month"
    dates the summit."""
    found = []
    for step in (-1, 1):
        m = n + step
        while 0 <= m < len(anchors) and anchors[m].kind not in ("place", "not"):
            near = anchors[m]
            gap = near.start - anchors[n].end if step > 0 else anchors[n].start - near.end
            if near.kind in _DATED_KINDS and gap <= 24:
                other = anchors[m + step] if 0 <= m + step < len(anchors) else None
                closer = other is not None and other.kind == "place" and \
                    (other.start - near.end if step > 0 else near.start - other.end) <= gap
                if not closer:  # "Geneva in 1985 to Reykjavik": 1985 is Geneva's
                    found.append(m)
                break
            m += step
    return found


_MEETING_NOUN = re.compile(r"\b(?:summit|summits|meeting|meetings|talks|visit|sit-down|session|sessions|encounter|"
                           r"conversation|one-on-one|get-together|trip|dinner|lunch|breakfast|huddle)\b", re.I)


def _only_intended(clause: str, run: list[Anchor], summit: Summit, article_date: dt.date | None) -> bool:
    """Whether a meeting still to come is named only by what the leaders will do ("Biden and
    Putin sit down in Geneva on Wednesday", "Trump will receive Putin on Friday"): a plan, not
    yet the meeting. A noun names the event itself, set for a day ("Friday's summit", "next
    week's meeting in Geneva"), and is a reference to it."""
    if article_date is None or summit.start <= article_date:
        return False
    return _MEETING_NOUN.search(clause, run[0].start, run[-1].end) is None and \
        _FOLLOWING_NOUN.match(clause[run[-1].end:]) is None and \
        _NOUN_BEFORE.search(clause, max(0, run[0].start - 24), run[0].start) is None


def _after(summit: Summit, article_date: dt.date | None) -> bool:
    """Whether the meeting began too long after the article's date to be what it names: a
    writer may name one due in the coming weeks, never one a year away."""
    return article_date is not None and (summit.start - article_date).days > 31


_LOCATIVE_BEFORE = re.compile(r"\b(?i:in|at|to|from|near|outside|off|aboard|inside|before|after|since)\s+(?:the\s+)?"
                              r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,\s+|,?\s+and\s+|,?\s+or\s+))*$")
"""A preposition of place or time before a place, or before a list it starts ("to Reykjavik,
Washington and Moscow")."""
_TIME_WORD_BEFORE = re.compile(r"\b(?i:before|after|since|until)\s+$")
"""A word of time right before a place: the place stands for what happened there ("since Helsinki")."""
_POSSESSIVE_AFTER = re.compile(r"(?:'s|’s)\b")


_MET_WITH_BEFORE = re.compile(r"\b(?:with|between|and)\b[^,;]*$", re.I)
"""Before a word for others than the leaders: the other party of the meeting ("his 1985 meeting
with the new Soviet foreign minister")."""
_ANOTHER_MEETING_NOUN = re.compile(r"\b(?i:summit|summits|meeting|meetings|talks|visit|visits)\b")


_A_TITLE_AFTER = re.compile(r"\s+(?i:president|vice|secretary|ambassador|officials?|senators?|prime|foreign|defen[cs]e|"
                            r"envoys?|general|leaders?|administration|government|navy|army|troops|forces|delegation|"
                            r"aides?|negotiators?|diplomats?|intelligence|military)\b")
"""A title after a country's name: the name is an adjective ("U.S. President", "Russian officials")."""


def _a_gathering_set_beside(clause: str, run: list[Anchor]) -> bool:
    """Whether the run is a gathering alone that the clause sets beside another event (", straight
    after a NATO summit in Bucharest"): the gathering, not the leaders' meeting on its margins."""
    first = run[0]
    return first.kind == "event" and all(a.kind != "leader" for a in run) and \
        _ANOTHER_EVENT_BEFORE.search(clause, max(0, first.start - 40), first.start) is not None and \
        _WHERE_IT_WAS.search(clause, run[-1].end, run[-1].end + 40) is None  # ", where they held formal talks"


_WHERE_IT_WAS = re.compile(r"\b(?:where|at which|on (?:the|its) (?:margins|sidelines))\b", re.I)
_ANOTHER_EVENT_BEFORE = re.compile(ANOTHER_EVENT.pattern + r"$", re.I)


def _standing_for_meeting(text: str, place: Anchor, anchors: list[Anchor]) -> bool:
    """Whether a place alone stands for the pair's meeting there: after a word of time ("since
    Helsinki", "after Geneva and Reykjavik") or in a list of places ("the meetings at Geneva,
    Reykjavik, Washington and Moscow")."""
    if _TIME_WORD_BEFORE_LIST.search(text, max(0, place.start - 80), place.start):
        return True
    return any(other is not place and other.kind == "place" and _listed_beside(text, [place], other) for other in anchors)


_TIME_WORD_BEFORE_LIST = re.compile(r"\b(?i:before|after|since|until)\s+(?:[A-Z][\w'’.-]*(?:,\s+|,?\s+and\s+))*$")
"""A word of time before a place, or before the list it is in ("since Helsinki", "after Geneva and Reykjavik")."""


def _where_something_happened(text: str, place: Anchor) -> bool:
    """Whether a place is named as where something happened ("humiliation in Alaska", "Before
    Helsinki"), not as a government or the setting of something else ("Moscow's policy", "the
    suburbs of Vladivostok")."""
    if _POSSESSIVE_AFTER.match(text, place.end):
        return False
    return _LOCATIVE_BEFORE.search(text, max(0, place.start - 60), place.start) is not None


def _before(summit: Summit, article_date: dt.date | None) -> bool:
    """Whether the meeting ended more than a month before the article's date."""
    return article_date is not None and (article_date - summit.end).days > 31


_DAYS_OF_THE_NEWS = 2
"""How many days after a meeting ends an article may still report it as the news."""
_SOMEONE_BEFORE = re.compile(r"\b(?!(?:The|A|An|In|On|At|By|For|From|Of|To|With|After|Before|During|When|While|Once|As|"
                             r"But|And|Yet|So|Then|Still|Only|Even|Later|Earlier|It|He|She|They|This|That|These|Those|There|"
                             r"Here|Instead|Meanwhile|Today|Tonight|Yesterday|Monday|Tuesday|Wednesday|Thursday|"
                             r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
                             r"October|November|December)\b)[A-Z][a-z]+")
"""A capitalised word that is not a sentence's opening word of course: a name, before "his",
that "his" may stand for."""
_OTHER_TIMES = re.compile(r"\b(?:ha[sd]|have|'ve|’ve|will|would|shall|to|times|before|since|ever|again|next|"
                          r"previous|previously|last|first|once|never|until|years?|months?|decades?)\b", re.I)
"""Words that set a clause's meeting at another time than the day's ("have met", "will meet",
"the first time they met")."""


_PLACE_THEN_YEAR = re.compile(r"(?:\s+in\s+|,\s+)(?:(?:early|late|mid-?)\s*)?(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter)"
                              r"\s+(?:of\s+)?)?")
"""Between a place and its year: "Reykjavik in 1986", "Vancouver, April 1994", "Moscow in the summer of 1974"."""


_NEXT_LIST_ITEM = re.compile(r",\s+(?:and\s+|or\s+)?(?:the|their|his|a|an)\s+(?=\S)|;\s+")
"""Where the next item of a list of meetings starts: ", the Camp David talks that September"."""
_A_TIME_OF_ITS_OWN = re.compile(r"\s+(?:in|on)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?|,\s+")
"""Between a phrase and the time that is its own: "at Camp David in December 1984"."""


def _he_and_a_leader(clause: str, anchors: list[Anchor]) -> bool:
    """Whether the clause pairs a leader with "he" ("In Moscow, he and Boris Yeltsin sign START
    II"), with a time or place of its own: the two did something together, most often at a
    meeting; who "he" is the clause does not say, so no note rests on it."""
    if not any(a.kind in ("date", "range", "month", "year", "place") for a in anchors):
        return False
    return any(a.kind == "leader" and (_HE_AND.search(clause, max(0, a.start - 8), a.start)
                                       or _AND_HE.match(clause, a.end)
                                       or _HE_WAS_THERE_WITH.search(clause, max(0, a.start - 70), a.start))
               for a in anchors)


_HE_AND = re.compile(r"\bhe\s+and\s+$", re.I)
_HE_WAS_THERE_WITH = re.compile(r"\b[Hh]e\s+(?:was|had been)\s+(?:at|in)\s+[^,;:]{1,40}?\s+with\s+(?:(?:[A-Z][\w.]*|the)\s+){0,4}$")
""""he was at Camp David with President George H. W. Bush": the two together at a place."""
_AND_HE = re.compile(r"\s+and\s+he\b")


def _a_place_and_its_year(clause: str, anchors: list[Anchor]) -> bool:
    """Whether the clause names a place with its year right after it ("in Reykjavik in 1986")."""
    return any(one.kind == "place" and other.kind in ("year", "month") and YEAR_DIGITS.search(clause, other.start, other.end)
               and _PLACE_THEN_YEAR.fullmatch(clause, one.end, other.start) for one, other in zip(anchors, anchors[1:]))


def _any_of(words) -> str:
    """A regular expression's alternatives for ``words``, longest first, each taken literally."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _known_note(notes: dict[int, tuple[list[Anchor], Anchor | None]], run: list[Anchor]) -> Anchor | None:
    """The contradicting word found for this very run, if any (not for an equal one)."""
    kept = notes.get(id(run))
    return kept[1] if kept is not None and kept[0] is run else None


def _its_leader_place_and_year(clause: str, anchors: list[Anchor], checks: list[bool | None]) -> bool:
    """Whether one of the entry's leaders and its place with its year right after it ("after
    Reykjavik in 1986") all agree with the entry: with one leader named, all three must."""
    pairs = zip(anchors, checks, anchors[1:], checks[1:])
    return any(a.kind == "leader" and check for a, check in zip(anchors, checks)) and any(
        one.kind == "place" and first and other.kind in ("year", "month") and second
        and YEAR_DIGITS.search(clause, other.start, other.end) and _PLACE_THEN_YEAR.fullmatch(clause, one.end, other.start)
        for one, first, other, second in pairs)


def _in_the_year_named(dated: list[Anchor], found: list[Anchor], text: str) -> list[Anchor]:
    """Months without their year ("in April") read also in the year the clause named before them
    ("In 2008 … from Sochi in April … through Toyako in July")."""
    years = [a for a in found if a.kind == "year" and len(a.values) == 1]
    if not years:
        return dated
    out = []
    for anchor in dated:
        before = [a for a in years if a.end <= anchor.start]
        if anchor.kind == "month" and before and not YEAR_DIGITS.search(text, anchor.start, anchor.end):
            year = next(iter(before[-1].values))
            anchor = anchor._replace(values=anchor.values | {(year, month) for _y, month in anchor.values})
        out.append(anchor)
    return out


def _of_the_news(summit: Summit, article_date: dt.date | None) -> bool:
    """Whether an article of ``article_date`` is written on the meeting's days or just after."""
    return article_date is not None and summit.start <= article_date \
        and (article_date - summit.end).days <= _DAYS_OF_THE_NEWS


def _current(summit: Summit, article_date: dt.date | None) -> bool:
    """Whether the meeting is the news of the article's day: held in the month before it, or
    due in the two weeks after ("the Geneva summit", written the day after Biden met Putin)."""
    if article_date is None:
        return False
    return -14 <= (article_date - summit.end).days <= 31


RELATIVE_KINDS = frozenset({"date", "range"})
_VETO_GAP = 16
"""At most this many characters between a phrase and the day that rules its entries out."""
_DATED_KINDS = RELATIVE_KINDS | {"year", "month"}


def _dated_otherwise(clause: str, anchors: list[Anchor], checks: list[bool | None], run: list[Anchor],
                     summit: Summit) -> bool:
    """Whether a day or span of time right beside the run ("next spring", "last month", "on 3
    July") says the phrase is about another time than the entry's: a planned visit is not a
    past meeting. Only a run with no date of its own that fits is ruled out, and not by a full
    date a year off the meeting's (``_misdated``): that is the text's slip, and its note."""
    if not any(a.kind in RELATIVE_KINDS for a in anchors) or any(a.kind in _DATED_KINDS for a in run):
        return False
    index = [id(a) for a in anchors]
    first, last = index.index(id(run[0])), index.index(id(run[-1]))
    for neighbour in (first - 1, last + 1):
        if 0 <= neighbour < len(anchors) and anchors[neighbour].kind in RELATIVE_KINDS \
                and checks[neighbour] is False:
            near = anchors[neighbour]
            if min(abs(near.start - run[-1].end), abs(run[0].start - near.end)) <= _VETO_GAP \
                    and not _misdated(clause, near, summit):
                return True
    return False


def _the_meeting_s_month(anchor: Anchor, summit: Summit) -> bool:
    """Whether a month anchor names a month the meeting was held in, whatever its year ("July
    2017" for the Helsinki summit of July 2018): then only the year can be the slip."""
    months = {summit.start.month, summit.end.month}
    return any(month in months for _year, month in anchor.values)


def _misdated(clause: str, anchor: Anchor, summit: Summit) -> bool:
    """Whether a full date, its year written out ("on September 25, 1960"), is a year off the
    meeting's: the same day a year out is a slip of the year, not another meeting."""
    if anchor.kind not in ("date", "range") or YEAR_DIGITS.search(clause, anchor.start, anchor.end) is None:
        return False
    if anchor.kind == "range" and not all(first.month in (summit.start.month, summit.end.month)
                                          and last - first <= dt.timedelta(days=14) for first, last in anchor.values):
        return False  # a season or a year is not a slip of the meeting's days: "on 3 and 4 June 1962" is
    years = {day.year for day in anchor.values} if anchor.kind == "date" else {first.year for first, _ in anchor.values}
    return bool(years) and all(_a_year_away(y, summit) for y in years)


def _choose(candidates, clause: str, rest=None) -> list[tuple[list[Anchor], list[Summit]]]:
    """Best-supported runs first; a run overlapping a better one is dropped, an equal one shares.
    ``rest(run, summit)`` may give what is left of a dropped run outside the better ones, if that
    still names its meeting ("Obama met Putin ... after his Kremlin talks with Medvedev")."""
    chosen: list[tuple[int, list[Anchor], list[Summit]]] = []
    for score, run, summit in sorted(candidates, key=lambda c: (-c[0], c[1][0].start)):
        ids = {id(a) for a in run}
        clash = next((c for c in chosen if ids & {id(a) for a in c[1]}), None)
        if clash is not None and not (clash[0] == score and ids == {id(a) for a in clash[1]}) and rest:
            taken = {id(a) for c in chosen for a in c[1]}
            left = rest([a for a in run if id(a) not in taken], summit)
            if left:
                run, ids, clash = left, {id(a) for a in left}, None
        if clash is None:
            chosen.append((score, run, [summit]))
        elif clash[0] == score and ids == {id(a) for a in clash[1]} and summit not in clash[2]:
            clash[2].append(summit)
    kept: list[tuple[int, list[Anchor], list[Summit]]] = []
    for choice in chosen:  # one meeting named twice in a clause gets one marker, on its best phrase
        if not any([s.id for s in k[2]] == [s.id for s in choice[2]] for k in kept):
            kept.append(choice)
    kept.sort(key=lambda c: c[1][0].start)
    kept = [choice for n, choice in enumerate(kept) if not (n and _glued_to(clause, kept[n - 1], choice))]
    return [(run, summits) for _, run, summits in kept]


_GLUE_GAP = re.compile(r"(?:'s|’s)?\s*(?:(?:of|in|with|the|summit|summits|meeting|talks)\s+)*", re.I)


def _glued_to(clause: str, before, after) -> bool:
    """Whether a weaker run starts right after a better one, joined only by "of", "in" or a
    meeting noun ("the Malta summit of 1990 closed, with Gorbachev"): the year belongs to the
    phrase before it (and may make its fact note), not to a meeting of its own."""
    gap = clause[before[1][-1].end:after[1][0].start]
    return after[0] < before[0] and _GLUE_GAP.fullmatch(gap) is not None


def _dated_span(clause: str, anchor: Anchor) -> bool:
    """A span of time the text dates by its year ("the autumn of 1996"), not one it counts from
    the article's day ("last week"): only that can be the record contradicted."""
    return anchor.kind == "range" and YEAR_DIGITS.search(clause, anchor.start, anchor.end) is not None


def _says_its_year(clause: str, anchor: Anchor) -> bool:
    """Whether a month's words carry its year ("June 2004"); a bare "in June" is dated by the
    article's own date, which may not be the year the writer meant."""
    return YEAR_DIGITS.search(clause, anchor.start, anchor.end) is not None


def _fact_note(clause: str, anchor: Anchor, summit: Summit) -> FactNote:
    said = clause[anchor.start:anchor.end]
    if anchor.kind == "place":
        return FactNote("place", said, summit.place, summit.source)
    if anchor.kind in ("year", "month", "range", "date"):
        when = summit.start.strftime("%B %Y").replace(" 0", " ")
        return FactNote("year", said, when, summit.source)
    return FactNote("leaders", said, " and ".join(summit.leaders), summit.source)


# ---- the whole article -----------------------------------------------------


def annotate_sections(sections: tuple[Section, ...], article_date: dt.date | None,
                      matcher: Matcher) -> tuple[Section, ...]:
    """Fill in every sentence's references, the headings' too, carrying year and setting
    context forward through each section."""
    result = []
    for section in sections:
        setting: str | None = None
        head = section.head
        if head is not None:
            head, setting = annotate_block(head, article_date, matcher, setting)
        blocks = []
        for block in section.blocks:
            if isinstance(block, Paragraph):
                block, setting = annotate_block(block, article_date, matcher, setting)
            blocks.append(block)
        result.append(section._replace(blocks=tuple(blocks), head=head))
    return tuple(result)


def annotate_block(block: Paragraph, article_date: dt.date | None, matcher: Matcher,
                   setting: str | None) -> tuple[Paragraph, str | None]:
    """One text block's references, and the setting its text leaves in force. Code, tables
    and raw HTML are not prose and get none; asides are not Paragraphs and never come here."""
    if block.kind in ("code", "table", "html"):
        return block, setting
    context_year: int | None = None
    frame_year: int | None = None
    company: frozenset[str] = frozenset()
    last_place: frozenset[str] | None = None
    sentences = []
    if block.sentences:
        article_date = dateline_date(block.sentences[0].text, article_date) or article_date
    texts = [Words(sentence.text) for sentence in block.sentences]  # every look-up below shares its words
    among_meetings = any(matcher.meeting_spans(read) for read in texts)
    named_in = [matcher.leaders_in(read) for read in texts[1:]]  # the leaders each later sentence names
    for number, (sentence, read) in enumerate(zip(block.sentences, texts)):
        ahead = frozenset().union(*named_in[number:])
        setting = matcher.setting_cue(read) or setting
        if "ago" in read.vocab:  # "Fifty years ago today …": the days named after it are of that year
            frame_year = anniversary_year(sentence.text, article_date) or frame_year
        caption = block.kind == "caption" or (block.kind == "heading" and _PLACE_AND_DATE_ALONE.fullmatch(sentence.text))
        reading = matcher.read(read, article_date, context_year, setting, bool(caption), company,
                               last_place, frame_year, among_meetings, ahead)
        refs = _within_the_frame(sentence.text, reading.references, matcher, article_date)
        company, last_place = company | reading.leaders, reading.last_place or last_place
        sentences.append(sentence._replace(references=tuple(refs)) if refs else sentence)
        context_year = _last_year(sentence, refs, matcher, context_year)
    changed = any(new is not old for new, old in zip(sentences, block.sentences))
    return (block._replace(sentences=tuple(sentences)) if changed else block), setting


_TOLD_FROM_ANOTHER_TIME = re.compile(r"\b(?:after|before|since|following|earlier|later|previous|prior|last|next|"
                                     r"again|once)\b", re.I)
"""Words that move a phrase of an anniversary's sentence to another time ("six months after")."""


def _within_the_frame(text: str, refs: list[Reference], matcher: Matcher,
                      article_date: dt.date | None) -> list[Reference]:
    """A sentence opening on an anniversary ("Twenty years ago this weekend, …") is set in
    that year: a phrase of it with no year of its own that links only meetings of other years
    names none of them."""
    if not refs or "ago" not in text[:40]:
        return refs
    opening = YEARS_AGO.match(text)
    if opening is None:
        return refs
    year = anniversary_year(text[:opening.end()], article_date)
    if year is None:
        return refs
    return [r for r in refs if r.resolved or has_year(r.text) or any(
        matcher.by_id[e].summit.start.year <= year <= matcher.by_id[e].summit.end.year for e in r.entries)
        or _TOLD_FROM_ANOTHER_TIME.search(text, max(opening.end(), r.start - 60), r.end + 40)]


_DATED_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?,\s+"
                             r"([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\b")
"""A dateline with its day ("WASHINGTON, September 27", "MOSCOW, Dec. 8")."""


def dateline_date(text: str, article_date: dt.date | None) -> dt.date | None:
    """The day a wire story's dateline gives, when it is the week up to the article's date: a
    morning paper prints the day before's story, and its "today" is the dateline's day."""
    match = _DATED_DATELINE.match(text)
    if match is None or article_date is None:
        return None
    month = next((n for n, name in enumerate(MONTHS, 1) if name.startswith(match.group(1).casefold())), None)
    if month is None or len(match.group(1)) < 3:
        return None
    for year in (article_date.year, article_date.year - 1):
        try:
            day = dt.date(year, month, int(match.group(2)))
        except ValueError:
            return None
        if 0 <= (article_date - day).days <= 7:
            return day
    return None


def _last_year(sentence: Sentence, refs: list[Reference], matcher: Matcher,
               previous: int | None) -> int | None:
    """The year a following "the next year" counts from: the last one this sentence named."""
    if refs:
        return matcher.by_id[refs[-1].entries[-1]].summit.start.year
    anchors = year_anchors(sentence.text)
    if not anchors:
        return previous
    last = anchors[-1]
    return max(last.values) if last.kind == "year" else next(iter(last.values))[0]


def detect(article: Article, cues: dict) -> tuple[Article, tuple[Summit, ...]]:
    """The summit kind's detector (see ``registry.py``): the article with summit references in
    its title, caption, headings and paragraphs, explicit ones and then those resolved from
    context, and the catalogue they link to."""
    catalogue, matcher = _catalogue_and_matcher(cues)
    front = tuple(annotate_block(block, article.date, matcher, None)[0] for block in article.front)
    sections = annotate_sections(article.sections, article.date, matcher)
    topic = topic_meeting(front, sections, catalogue, article.date)
    sections = tuple(resolve_implicit(section, topic, matcher, article.date) for section in sections)
    return article._replace(front=front, sections=sections), catalogue


_LAST_MATCHER: dict[tuple, tuple[tuple[Summit, ...], Matcher]] = {}
"""The catalogue and matcher built last, by the catalogue file's state and the cues' content:
a process that reads many articles (the interactive reader, the tests) builds them once."""


def _catalogue_and_matcher(cues: dict) -> tuple[tuple[Summit, ...], Matcher]:
    import json

    from .registry import annotation_kind
    from .summits import load_catalogue

    path = annotation_kind("summit").catalogue_path
    try:
        state = path.stat()
        key: tuple | None = (str(path), state.st_mtime_ns, state.st_size,
                             json.dumps(cues, sort_keys=True, default=str))
    except (OSError, TypeError, ValueError):
        key = None  # load_catalogue says what is wrong with the file
    if key is not None and key in _LAST_MATCHER:
        return _LAST_MATCHER[key]
    catalogue = load_catalogue()
    built = catalogue, Matcher(catalogue, cues)
    if key is not None:
        _LAST_MATCHER.clear()
        _LAST_MATCHER[key] = built
    return built


# ---- references resolved from context -------------------------------------------


def topic_meeting(front: tuple[Paragraph, ...], sections: tuple[Section, ...],
                  catalogue: tuple[Summit, ...] = (), article_date: dt.date | None = None) -> str | None:
    """The meeting the article is about: the one its title names, else the one meeting of the
    article's days (begun by its date and ended within the week before it: a report of the day
    names older meetings as background), else the one its opening paragraph names first (a
    meeting still to come is the topic only so: "the summit" in a preview names it only where the
    opening does); None when none of them names exactly one."""
    first = next((p for section in sections for p in section.paragraphs if p.kind == "paragraph"), None)
    for block in [b for b in front if b.kind == "title"]:
        for _sentence, reference in block.references():
            return reference.entries[0] if len(reference.entries) == 1 else None
    if article_date is not None:
        today = [s for s in catalogue if (s.start - article_date).days <= 0 and (article_date - s.end).days <= 7]
        if len(today) == 1:
            return today[0].id
    for _sentence, reference in first.references() if first is not None else ():
        return reference.entries[0] if len(reference.entries) == 1 else None
    return None


def resolve_implicit(section: Section, topic: str | None, matcher: Matcher,
                     article_date: dt.date | None = None) -> Section:
    """Mark "the summit", "their talks", "they met" and a place named alone as references to the
    meeting in focus: the latest the paragraph named explicitly, else the topic meeting while the
    section has named no other and the paragraph no other pair (past a meeting it cannot tell
    apart, it marks nothing); a phrase whose sentence names other leaders stands for the latest
    meeting of theirs the paragraph named, if any."""
    other_named = False  # the section has named a meeting besides the topic: the topic may have changed
    headed: str | None = None  # the meeting the section's heading names: its paragraphs are about it
    named_by_head = [r for s in (section.head.sentences if section.head is not None else ()) for r in s.references]
    if named_by_head:
        last = named_by_head[-1].entries
        headed = last[0] if len(last) == 1 else None
        other_named = last != (topic,)
    blocks = []
    for block in section.blocks:
        if not isinstance(block, Paragraph) or block.kind in ("code", "table", "html", "heading"):
            blocks.append(block)
            continue
        focus: str | None = None if other_named and headed is None else (headed or topic)
        sentences = []
        named: list[str] = []  # the meetings the paragraph has named, in order
        before: frozenset[str] = frozenset()  # the leaders the sentence before named
        paragraph: frozenset[str] = frozenset()  # and all the paragraph has named
        for sentence in block.sentences:
            found = _implicit_phrases(sentence, matcher, focus, article_date)
            if focus in named and not sentence.references:  # named in this paragraph, not the topic alone
                found += _its_place_s_meeting(sentence.text, matcher, focus, article_date)
            named_here = matcher.leaders_named(sentence)
            everyone = frozenset().union(*(values for _at, values in named_here))
            if not named and matcher.others_named(focus, paragraph | everyone):
                focus = None  # "Reagan and Gorbachev in armchairs …": not the meeting of the article's days
            paragraph |= everyone
            found = found or matcher.they_met_in(sentence, focus, named_here, before)  # one mark a sentence
            marks = sorted([(r.start, r) for r in sentence.references] + [(span[0], span) for span in found],
                           key=lambda pair: pair[0])
            added = []
            run_on: dict[int, int] = {}  # an explicit reference, by id, and where the words before it that it takes in start
            for number, (_start, item) in enumerate(marks):
                if isinstance(item, Reference):  # an explicit reference moves the focus
                    other_named = other_named or item.entries != (topic,)
                    named += list(item.entries) if len(item.entries) == 1 else []
                    if not (number and _SUBORDINATE.search(sentence.text, max(0, item.start - 70), item.start)) \
                            and not _COMPARED_WITH.search(sentence.text, 0, item.start):
                        focus = item.entries[0] if len(item.entries) == 1 else None
                    continue  # "... six months after their meeting off Malta": the sentence is about the first
                start, end, _place = item
                following = marks[number + 1][1] if number + 1 < len(marks) else None
                company = _company(sentence.text, start, end, named_here, before)
                entry = _meant(matcher, sentence.text, item, following if isinstance(following, Reference) else None,
                               matcher.in_company(focus, company, named), focus, article_date)
                if entry is not None and isinstance(following, Reference) and following.entries == (entry,) \
                        and _RUN_ON.fullmatch(sentence.text, end, following.start):
                    run_on[id(following)] = start  # "the summit in Alaska": one phrase, one marker
                elif entry is not None:
                    added.append(Reference(start, end, sentence.text[start:end], "summit", (entry,), resolved=True))
            before = everyone
            if run_on:
                sentence = sentence._replace(references=tuple(
                    r._replace(start=run_on[id(r)], text=sentence.text[run_on[id(r)]:r.end]) if id(r) in run_on else r
                    for r in sentence.references))
            if added:
                sentence = sentence._replace(references=tuple(sorted(sentence.references + tuple(added),
                                                                     key=lambda r: r.start)))
            if matcher.names_gathering(sentence):
                focus, other_named = None, True  # "the G7 in Cornwall": a later "the summit" may be its
            sentences.append(sentence)
        changed = any(new is not old for new, old in zip(sentences, block.sentences))
        blocks.append(block._replace(sentences=tuple(sentences)) if changed else block)
    return section._replace(blocks=tuple(blocks))


def _company(text: str, start: int, end: int, named_here: list[tuple[int, frozenset[str]]],
             before: frozenset[str]) -> frozenset[str]:
    """The leaders whose meeting "the talks" at ``start``–``end`` may be: those the sentence names
    before it or right after it with "with" ("the general secretary's talks with Nixon"), else,
    for "their talks", those the sentence before named."""
    company = frozenset().union(*(values for at, values in named_here
                                  if at < start or _WITH_LEADER.fullmatch(text, end, at)))
    return before if not company and _THEIR.match(text, start) else company


def _meant(matcher: Matcher, text: str, span: tuple[int, int, bool], following: Reference | None,
           in_company: str | None, focus: str | None, article_date: dt.date | None) -> str | None:
    """The meeting "the summit" (or a place named alone) at ``span`` stands for: the one named
    right after it ("the gathering in … Glassboro"), else the meeting in focus (for a phrase, the
    one its sentence's leaders keep in focus), when its order and setting fit; else none."""
    start, end, place = span
    if following is not None and len(following.entries) == 1 and _NAMED_NEXT.fullmatch(text, end, following.start):
        fits = matcher.order_fits(text, start, end, following.entries[0], article_date)
        return following.entries[0] if fits else None  # "the first summit ever staged in …" counts from there
    meant = focus if place else in_company
    if meant is not None and not _its_years(text[start:end] + _its_setting(text, end), matcher.by_id[meant].summit):
        return None  # "the 2015 session", "their first meeting, at the Kremlin in June 2000": not 1999's in focus
    if meant is not None and not place and _held_elsewhere(matcher, text, start, meant):
        return None  # "… had flown to Washington, where the two leaders signed": not Moscow's meeting
    if meant is None or (place and text[start:end].casefold() not in matcher.own_places(meant)) \
            or matcher.the_gathering_itself(text[start:end], meant) \
            or not matcher.order_fits(text, start, end, meant, article_date):
        return None
    return matcher.same_day_sibling(meant, text[start:end])  # "the dinner" that day


def _held_elsewhere(matcher: Matcher, text: str, start: int, meant: str) -> bool:
    """Whether the phrase at ``start`` follows "<place>, where", the place being one the meeting
    meant was not held at: the phrase tells of what happened there."""
    where = _WHERE_BEFORE.search(text, max(0, start - 60), start)
    if where is None:
        return False
    named = [a for a in matcher.anchors(Words(text[:where.start()]), None, None) if a.kind == "place"]
    return bool(named) and named[-1].end == where.start() and not named[-1].values & matcher.by_id[meant].places


_WHERE_BEFORE = re.compile(r",?\s+where\s+$")


def _its_setting(text: str, end: int) -> str:
    """The words right after a phrase that say where and when it was (", at the Kremlin in June
    2000"), up to the clause's end; empty where none follow."""
    setting = _SETTING_AFTER.match(text, end)
    return setting.group() if setting else ""


_SETTING_AFTER = re.compile(r",?\s+(?:at|in|on|during|of)\s+(?:(?!(?:to|and|when|that|which|who|where|after|before|"
                            r"since|for)\b)[^\s,;.()]+\s*){1,6}")


def _its_years(phrase: str, summit: Summit) -> bool:
    """Whether every year a phrase writes out is one of the meeting's."""
    return all(summit.start.year <= int(year) <= summit.end.year
               for year in re.findall(r"\b(?:19[5-9]\d|20[0-4]\d)\b", phrase))


def _no_meeting_pattern(phrases, nouns) -> re.Pattern[str] | None:
    """"Without a formal sit-down", "called off the summit": a sentence saying a meeting did not
    take place, where nothing is read as a meeting from context."""
    if not phrases or not nouns:
        return None
    either = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    return re.compile(rf"\b(?i:{either(phrases)})\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{either(nouns)})\b")


def _words_before_pattern(phrases) -> re.Pattern[str] | None:
    """One of the phrases, then at most a determiner and three words, right before a phrase."""
    if not phrases:
        return None
    either = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?i:{either})\s+(?:(?:the|a|an|their|his|its)\s+)?(?:[\w'’-]+\s+){{0,3}}$")


_UNTIL = re.compile(r"\b(?:until|till|before|since)\b", re.I)
"""Words after "did not meet" that turn to when the leaders did."""
_RUN_ON = re.compile(r",?\s+(?:in|at|on|off|near|outside)\s+(?:the\s+)?")
"""Between "the summit" and the reference naming it right after ("the summit in Alaska"): one
phrase, marked once."""
_NAMED_NEXT = re.compile(r",?\s*(?:(?:(?:was\s+|were\s+)?(?:ever\s+|first\s+)?(?:held|staged|hosted|convened)\s+)?"
                         r"(?:in|at|on|with|during)\s+(?:the\s+)?)?|"
                         r"\s+(?:in|at|between|near|outside|off)\s+(?:(?!which\b|where\b|that\b)[\w'’.-]+\s+){0,6}?")
"""Between "their talks" and the meeting named right after it: "their first summit, in Helsinki
last July", "their talks at the G20 in Hamburg", "the gathering in the small New Jersey town of
Glassboro", "the session between Trump and Putin in the Finnish capital"."""
_ORGANISATIONS = frozenset({"NATO", "UN", "CSCE", "OSCE"})
"""Names of organisations that are a gathering only with a word saying so ("the NATO summit")."""
_GATHERING_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:summit|summits|meeting|conference|gathering|"
                              r"session|assembly|council)\b", re.I)
_TITLE_WORDS = r"(?:(?:Soviet|Russian|American|U\.S\.|President|Premier|Chairman|General Secretary|Prime Minister|" \
    r"leader|the)\s+)"
"""Words of a title before a leader's name: "Soviet leader", "Russian President", "the Premier"."""
_A_PLAN = re.compile(r"\b(?:will|shall|is to|are to|due to|going to|expected to|set to|ahead of|about to|"
                     r"upcoming|plans? to)\b", re.I)
"""A clause telling of a meeting still to come ("with Trump about to sit down with Putin"): its
leaders are not the party of the meeting the sentence recalls."""


def _clause_around(text: str, at: int) -> str:
    """The words between the punctuation marks on either side of ``at``."""
    start = max(text.rfind(mark, 0, at) for mark in ",;:—(") + 1
    ends = [found for found in (text.find(mark, at) for mark in ",;:—)") if found >= 0]
    return text[start:min(ends, default=len(text))]


_WITH_LEADER = re.compile(rf"\s+with\s+{_TITLE_WORDS}*")
"""Between "the general secretary's talks" and the leader they were "with": that leader's meeting."""
_A_LEADER_S_TIME = re.compile(r"(?:['’]s)?\s+(?:years|era|administration|presidency|days|team|aides)\b", re.I)
_THEIR = re.compile(r"(?i:their|the two|both|the pair|the leaders)\b")
_COMPARED_WITH = re.compile(r"^(?:(?:just|much|exactly)\s+)?(?:as (?:with|at|in)|like|unlike|compared (?:with|to))\b"
                            r"[^,;.]{0,80}$", re.I)
"""A sentence opening with a comparison ("Just as with Wednesday's meeting in Geneva, that
summit …"): the meeting compared with is not the one the sentence goes on to speak of."""
_SUBORDINATE = re.compile(r"\b(?:after|before|since|following|than|like|unlike|recalling|echoing)\b[^,;.]{0,60}$", re.I)
"""Words that make a meeting named after the sentence's first a point of comparison, not its topic."""


def _implicit_pattern(determiners, nouns, elsewhere=()) -> re.Pattern[str] | None:
    """"The summit", "their first formal sit-down": a determiner, up to three lowercase words
    (no name: a named meeting is explicit, and none of ``elsewhere``, words pointing away from
    the meeting in focus, as in "their previous meeting"), then a meeting noun."""
    if not determiners or not nouns:
        return None
    either = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    away = "".join(f"|{re.escape(word)}" for word in elsewhere)
    modifier = rf"(?!(?:of|a|an|the|to|in|on|at|and|or|for|with|by|from|that|this{away})\b)[a-z0-9][a-z0-9-]*" \
        r"(?:['’]s)?\s+"  # "this afternoon's summit"
    bare = [n for n in nouns if n in _BARE_NOUNS]  # "the event", never "the last event"
    modified = [n for n in nouns if n not in _BARE_NOUNS]
    heads = [rf"(?:{modifier}){{0,3}}?(?:{either(modified)})"] + ([f"(?:{either(bare)})"] if bare else [])
    return re.compile(rf"\b(?i:{either(determiners)})\s+(?:{'|'.join(heads)})\b")


_HOW_MANY = (r"(?:(?:about|nearly|almost|more than|some|over|roughly|just over|just under)\s+)?"
             r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)"
             r"(?:\s+(?:to|or)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?"
             r"(?:[- ]and[- ]a[- ]half)?")


_LEADERS_SAID = re.compile(r"\b(?:presidents?|leaders?)\b")


def _duration_pattern(units, nouns) -> re.Pattern[str] | None:
    """"Seven hours of talks", "those two days of talks": how long the meeting in focus went on,
    which names it like "the talks" does."""
    if not units or not nouns:
        return None
    either = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    return re.compile(rf"(?i:\b(?:(?:the|those|these|their)\s+)?{_HOW_MANY}\s+(?:{either(units)})\s+of\s+"
                      rf"(?:[a-z-]+\s+)?(?:{either(nouns)})\b)")


_PAIR_ADVERBS = r"(?:(?:then|also|later|again|finally|first|last|briefly|privately|alone|nonetheless|still|" \
    r"had|have|would|did|\w+ly)\s+){0,2}"
"""At most two words between the pair and its verb of meeting: "then", "had", "privately"."""


def _pair_met_pattern(pairs, verbs) -> re.Pattern[str] | None:
    """"The two leaders then talked alone": the pair, up to two adverbs, a verb of meeting."""
    if not pairs or not verbs:
        return None
    either = "|".join(re.escape(w) for w in sorted(pairs, key=len, reverse=True))
    after = _verb_after_pattern(verbs)
    return re.compile(rf"\b(?i:{either}){after.pattern}") if after else None


def _verb_after_pattern(verbs) -> re.Pattern[str] | None:
    """Up to two adverbs and a verb of meeting, after the pair: "… then talked", "… had signed"."""
    if not verbs:
        return None
    either = "|".join(re.escape(w) for w in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"\s+{_PAIR_ADVERBS}(?i:{either})\b")


_NAME = r"(?:[A-Z][\w'’.]*)"


def _pair_named_pattern(nouns) -> re.Pattern[str] | None:
    """"The Reagan-Gorbachev talks", "this Soviet-American summit", "Ford's talks with Brezhnev":
    two names or side words joined before a meeting noun, or one's meeting "with" the other."""
    if not nouns:
        return None
    either = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    joined = (rf"\b(?i:the|their|that|this)\s+(?:(?!the\b|a\b|an\b)[a-z0-9][a-z0-9-]*\s+){{0,2}}?{_NAME}\s*[-–—/]\s*{_NAME}\s+"
              rf"(?:[a-z][a-z-]*\s+){{0,2}}?(?i:{either})\b")
    with_other = (rf"\b{_NAME}['’]s\s+(?:[a-z][a-z-]*\s+){{0,2}}?(?i:{either})\s+with\s+{_TITLE_WORDS}{{0,3}}"
                  rf"(?:{_NAME}\s+)?{_NAME}")
    return re.compile(f"{joined}|{with_other}")


_THEY_MET = re.compile(rf"\b(?i:they)\s+{_PAIR_ADVERBS}(?:met|sat down|sat side by side|talked|conferred|"
                       r"got together|held talks|huddled|bumped into each other)\b")
_PAIR_JOINED = re.compile(rf"\s+and\s+{_TITLE_WORDS}{{0,2}}")
"""Between the two leaders' names in "Trump and Putin met"."""
_CALLED_OFF_AFTER = re.compile(r"(?:\s+(?:summit|meeting|talks|visit))?\s+(?:that\s+|which\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}"
                               r"(?:had\s+|has\s+|was\s+|were\s+)?(?:called off|cancell?ed|scrapped|postponed|put off)\b")
_TRAVELLED_BEFORE = re.compile(r"(?:\bfrom\s+(?:[A-Z][\w'’.-]*\s+){1,3}to|\bfrom\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,6}?"
                               r"(?:in|at)\s+(?:[A-Z][\w'’.-]*\s+){1,3}to|\b(?:flight|flew|flying|flies|travell?ed|"
                               r"headed|drove|sailed)\s+(?:on\s+|back\s+|home\s+)?to)\s+(?:the\s+)?$")
"""Before a place: a journey's end ("the flight from Danang to Hanoi", "flew on to Hanoi", "came
on from the world summit in New York to the White House")."""
_TO_THE = re.compile(r"to\s+(?:the\s+)?")


def _travelled_to(clause: str, place: Anchor) -> bool:
    """Whether ``place`` is a journey's end (``_TRAVELLED_BEFORE``), its anchor's own "to the"
    ("to the White House") read as the journey's."""
    name = _TO_THE.match(clause, place.start)
    at = name.end() if name else place.start
    return bool(_TRAVELLED_BEFORE.search(clause, max(0, at - 60), at))


_WHEN_AFTER = re.compile(r"(?:[\w'’]+\s+){0,2}?,\s+when\s+(?:(?:President|Premier|General Secretary|Soviet leader|the)\s+)?")
"""Between a dated meeting and the clause telling what happened at it."""
_NEXT_ITEM = re.compile(r",\s+(?:\w+ly\s+)?(?:in|at|on|aboard)\s")
"""Between two items of a list of meetings: ", briefly at", ", in"."""
_MET_THERE_AFTER = re.compile(r"[^,;.]{0,24}?\s+and\s+(?:then\s+|later\s+)?(?:met|held talks|talked|sat down|"
                              r"conferred)\b[^,;.]{0,60}?\s(?:at|in)\s")
"""After a place: the meeting and its own place ("… in 1967 and met Lyndon Johnson at a college")."""
_ONCE_MORE = re.compile(r"\s+(?:once more|one more time|for the last time)\b", re.I)
"""After "they met": another meeting than the one in focus ("They met once more, in Helsinki")."""
_HAD_MET = re.compile(r"\b(?:had|have)\s+(?:\w+\s+)?met\b", re.I)
_BY_PHONE = re.compile(r"\s+(?:again\s+)?(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|"
                       r"by\s+video|by\s+video\s+link)\b", re.I)
_AN_OFFICIAL_MEETS = re.compile(r"\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*?)(?:['’]s\s+(?:[a-z-]+\s+)?"
                                r"(?:conversation|conversations|talks|meeting|meetings|visit|session|discussions)|"
                                r"\s+(?:met|held talks|conferred|talked|sat down))\b")
"""After an official's title: the official's name, then their meeting ("Warren Christopher's
conversation", "Steve Witkoff met")."""
_NOT_SO = re.compile(r"\b(?:not|never|n['’]t)\b", re.I)
_ENVOY_REACH = 40
"""At most this many characters from an official's name to the meeting they do, and between the
meeting words of a clause that tells only of theirs."""
_REPORTED = re.compile(r"\b(?:said|says|told|tells|recalled|recalls|confirmed|confirms|added|adds|noted|notes|"
                       r"according|announced|announces|wrote|writes|described|describes|called|calls)\b", re.I)
"""Words between an official and a meeting that make them its reporter, not its party."""
_A_CALL = re.compile(r"\b(?:by|on|over)\s+(?:the\s+)?(?:tele)?phone\b|\b(?:tele)?phoned\b|\b(?:phone|telephone|video)\s+(?:call|link|conference)|"
                    r"\bvideoconference\b|\bby\s+video\b", re.I)
"""A clause telling of a call, not a meeting."""
_CONJUNCTION = re.compile(r"(?i:that|this)\s.*s$")
""""That" before a plural ("agreed that negotiations …") joins a clause; it points at no meeting."""
_BARE_NOUNS = frozenset({"event", "gathering"})
"""Nouns that mean a meeting only unmodified: "the last event" in a list of events is not one."""


def _implicit_phrases(sentence: Sentence, matcher: Matcher, focus: str | None,
                      article_date: dt.date | None = None) -> list[tuple[int, int, bool]]:
    """(start, end, is a place) of "the summit" and the like, and of places named alone, outside
    explicit references. A phrase like "the summit" fits any meeting in focus; a place fits only
    the meeting that alone was held there, so places are looked for only where one of those
    occurs in the text, and only in a sentence naming one of its leaders, "the two leaders" or one
    of the two sides: without them the place is the city ("the most historic buildings in the
    Reykjavik area"). For a meeting still to come its leaders' names do not count: with them and
    no reference found, the sentence tells a plan ("Putin is to meet him at Vnukovo"), while "the
    U.S.'s humiliation in Alaska", the day before, names the meeting."""
    lowered = sentence.text.casefold()
    if matcher.no_meeting is not None and any(phrase in lowered for phrase in matcher.not_held_phrases) \
            and matcher.no_meeting.search(sentence.text):
        return []
    spans = [(*m.span(), False) for m in matcher.implicit.finditer(sentence.text)
             if not _CONJUNCTION.match(m.group())] \
        if matcher.implicit and any(noun in lowered for noun in matcher.implicit_nouns) else []
    if matcher.spent_talking is not None and " of " in lowered and (
            _LEADERS_SAID.search(lowered) or not matcher.not_leaders.find_in(Words(sentence.text))):
        spans += [(*m.span(), False) for m in matcher.spent_talking.finditer(sentence.text)]  # not the negotiators' days
    if matcher.pair_met is not None and not sentence.references and ("two" in lowered or "both" in lowered):
        spans += [(*m.span(), False) for m in matcher.pair_met.finditer(sentence.text)  # "the two then talked"
                  if not _BY_PHONE.match(sentence.text, m.end())  # not "the two spoke by telephone"
                  and not _HAD_MET.search(m.group())]  # "the two had met" before: not the meeting in focus
    if matcher.pair_named is not None and focus is not None:
        spans += [span for span in (_pair_named(matcher, m, focus) for m in matcher.pair_named.finditer(sentence.text))
                  if span is not None]
    if not sentence.references and focus is not None:
        spans += matcher.named_pair_met(sentence.text, focus)
    if not sentence.references and focus is not None and matcher.by_id[focus].summit.format != "margins":
        if any(place in lowered for place in matcher.own_places(focus)):  # not a gathering's city: "the G20 in Hangzhou"
            anchors = matcher.anchors(Words(sentence.text), None, None)
            facts = matcher.by_id[focus]
            to_come = article_date is not None and facts.summit.start > article_date
            a_plan = bool(matcher.plans.find_in(Words(sentence.text))) and _PAST_VERB.search(sentence.text) is None
            if not a_plan and (_THE_PAIR.search(sentence.text) or (not to_come and any(  # not "are due to meet in Anchorage"
                    a.kind == "leader" and a.values & facts.leaders for a in anchors))):
                spans += [(a.start, a.end, True) for a in anchors
                          if a.kind == "place" and _where_something_happened(sentence.text, a)]
    taken = [(r.start, r.end) for r in sentence.references]
    spans = [span for span in spans if not any(span[0] < te and ts < span[1] for ts, te in taken)]
    if any(not place for _s, _e, place in spans):
        named_at = {r.start for r in sentence.references}
        spans = [span for span in spans if span[2] or not _another_meeting(sentence.text, span, matcher, focus,
                                                                           named_at)]
    return spans


def _its_place_s_meeting(text: str, matcher: Matcher, focus: str,
                        article_date: dt.date | None) -> list[tuple[int, int, bool]]:
    """"Those pictures from the Moscow summit" after the paragraph named the 1988 one: a place
    that several meetings share, named as a meeting's with "the" and a meeting noun, is the
    meeting in focus where that was held there (and no plan: "the Moscow summit due in June")."""
    facts = matcher.by_id[focus]
    if _MEETING_AFTER_PLACE.search(text) is None or (article_date is not None and facts.summit.start > article_date):
        return []
    words = Words(text)
    if matcher.plans.find_in(words):
        return []
    found = []
    for anchor in matcher.anchors(words, None, None):
        noun = _MEETING_AFTER_PLACE.match(text, anchor.end)
        if anchor.kind == "place" and noun and anchor.values <= facts.places \
                and _THE_BEFORE.search(text, max(0, anchor.start - 5), anchor.start):
            found.append((anchor.start, noun.end(), False))
    return found


_MEETING_AFTER_PLACE = re.compile(r"\s+(?:summit|talks|meeting|conference|session|sessions|encounter)\b")
"""A meeting noun right after a place ("the Moscow summit", "the Glassboro talks"): the place
names a meeting, with no leader in the sentence."""
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _pair_named(matcher: Matcher, match: re.Match[str], focus: str) -> tuple[int, int, bool] | None:
    """The span of "the Reagan-Gorbachev talks" when it names the meeting in focus: every leader
    named is one of its leaders, and the names and side words name both sides; else None (the
    Brezhnev-Nixon talks are not the Moscow summit of 1988)."""
    text = match.group()
    if not (matcher.pointing_away - {"last"}).isdisjoint(re.findall(r"[a-z][a-z'’-]*", text)):
        return None  # "the next Russian-American encounter": another meeting (but "the last" may be the final)
    leaders = [a for a in matcher.anchors(Words(text), None, None) if a.kind == "leader"]
    own = matcher.by_id[focus].leaders
    if any(not a.values & own for a in leaders):
        return None
    sides = {matcher._american(a) for a in leaders}
    sides |= {matcher.side_words[w.casefold()] for w in re.findall(r"[\w.]+", text) if w.casefold() in matcher.side_words
              and not any(a.start <= text.find(w) < a.end for a in leaders)}
    if sides != {True, False}:
        return None
    return match.start(), match.end(), False


_OF_OTHERS = re.compile(r"\s+of\s+(?!(?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|may|june|july|august|"
                        r"september|october|november|december|spring|summer|autumn|fall|winter|19\d\d|20\d\d|(?:the\s+)?(?:night|day|"
                        r"morning|afternoon|evening|week|weekend|month|year)\b|their\b|the two\b|both\b|roughly\b|about\b|"
                        r"nearly\b|almost\b|more than\b|less than\b|some\b|over\b|\d|(?:one|two|three|four|five|"
                        r"six|seven|eight|nine|ten|an|a)\s+(?:hour|hours|minute|minutes|day|days)\b))",
                        re.I)
"""After "the summit": " of " and not a date ("the summit of Arlington's burger scene", "the
meeting of the leading industrial nations"): the top of something, or other people's meeting."""
_HELD_AT = re.compile(r",?\s+(?:in|at)\s+")


def _another_meeting(text: str, span: tuple[int, int, bool], matcher: Matcher, focus: str | None,
                     named_at: set[int]) -> bool:
    """Whether "the summit" is, by its own words, not the meeting in focus: "the summit of …"
    and not a date, a place after it where the focus was not held ("The summit in Brussels two
    days earlier"), or "the summit" when the focus is a meeting on the margins of a gathering
    (the G8's: there "the summit itself" is the gathering)."""
    start, end, _place = span
    if any(at >= end and _NAMED_NEXT.fullmatch(text, end, at) for at in named_at):
        return False  # "their first summit, in Helsinki last July": the meeting named right after
    if _OF_OTHERS.match(text, end):
        return True
    if focus is None:
        return False
    facts = matcher.by_id[focus]
    if facts.summit.format == "margins" and facts.event and \
            text[start:end].casefold().endswith(("summit", "summits", "conference")):
        return True
    held = _HELD_AT.match(text, end)
    if held:
        after = text[held.end():held.end() + 60]
        places = [a for a in matcher.anchors(Words(after), None, None) if a.kind == "place"]
        if places and places[0].start == 0:
            return consistent(places[0], facts) is False
        name = _CAPITALISED.match(after)  # a place the catalogue does not know: "in Brussels"
        if name is not None and name.group().casefold() not in _CALENDAR and \
                not any(place.startswith(name.group().casefold()) for place in facts.places):
            return True
    run_on = _RUNS_ON_TO.match(text, end)
    if run_on is not None:  # "the meeting that opened in Helsinki this morning", "their final meeting … was in Istanbul"
        after = text[run_on.end():run_on.end() + 60]
        first = next(iter(matcher.anchors(Words(after), None, None)), None)
        if first is not None and first.start == 0 and first.kind in ("place", "year") \
                and consistent(first, facts) is False:
            return True
    return _placed_or_dated_otherwise(text, end, matcher, facts)


_RUNS_ON_TO = re.compile(r"(?:,?\s+(?:that|which)\s+(?:\w+\s+){0,2}?(?:opened|opens|began|begins|ended|ends|closed|"
                         r"took place|was held|were held|is held|was|were|is)|(?:\s+as\s+\w+)?\s+(?:was|were|is)"
                         r"(?:\s+held)?|,?\s+(?:held|staged))\s+(?:in|at)\s+(?:the\s+)?")
"""After "the meeting": a relative clause or a verb running on to where it was held."""


_ON_TO_ITS_PLACE = re.compile(r"(?:\s+(?:\w+ly|over|at|in|during|on|of|the|a|an|dinner|lunch|breakfast|"
                              r"sidelines|margins|fringes|edge))*\s+", re.I)
"""Words by which a phrase runs on to its place or year: "talked informally over dinner at the"."""


def _placed_or_dated_otherwise(text: str, end: int, matcher: Matcher, facts) -> bool:
    """Whether the words running on from "the two talked", by prepositions alone, put it at
    another place or year than the meeting in focus ("the two talked over dinner at the G20 in
    Buenos Aires", "the talks in 1986"): then they tell of another meeting."""
    at = end
    anchors = matcher.anchors(Words(text[end:end + 80]), None, None)
    for anchor in anchors:
        gap = _ON_TO_ITS_PLACE.fullmatch(text, at, end + anchor.start)
        if gap is None:
            return False
        if anchor.kind in ("place", "year") and consistent(anchor, facts) is False:
            return True
        if anchor.kind != "event":
            return False
        at = end + anchor.end
    return False


_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
_CALENDAR = frozenset(m.casefold() for m in (*MONTHS, *WEEKDAYS))
