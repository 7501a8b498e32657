"""Provides the kind of claim each sentence makes (fact, assessment, attribution, prediction,
prescription), the cue that decided it and how sure that is, from the lists in
``data/claims.toml``.

The kinds are decided from positive evidence, in an order that follows how a
careful reader takes a sentence: whose words they are (attribution), then what
the author asks for (prescription) or foresees (prediction), then the author's
judgement (assessment), and only then a fact, which needs its own evidence (a
date, a number or a named actor doing something). Cues inside quotation marks
belong to whoever is quoted. A sentence no rule fits gets the kind its words
lean to, if they lean clearly (``leaning.py``), else the best-supported kind,
with low confidence: never a silent "fact".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import NamedTuple

from ..model import Paragraph, Section
from .leaning import NAME, NUMBER, Lean, WordLeaning, features
from ..text.sentences import PROSE_KINDS

KINDS = ("fact", "assessment", "attribution", "prediction", "prescription")
_SCHEMA = {
    "attribution": ("verbs", "content_verbs", "content_markers", "object_markers", "sources", "phrases", "between", "not_before",
                    "authors", "not_after_called", "quotation_words", "passive_reports"),
    "prescription": ("modals", "past", "not_after", "phrases", "imperatives"),
    "prediction": ("future", "will_nouns", "not_after_going", "possible", "conditions", "times_ahead",
                   "interpret", "open_questions"),
    "assessment": ("hedges", "boosters", "first_person", "comparing", "meaning", "judging", "weak", "lexicon", "not_evaluative",
                   "characterizing", "not_characterizing"),
    "fact": ("past", "not_names"),
}
"""Every table of ``claims.toml`` and the lists it must have: checked on load."""
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")
_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\s-\s")
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
_MONTHS = frozenset("january february march april june july august september october november december".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


class Claim(NamedTuple):
    """A sentence's kind, the words that decided it, and ``high`` or ``low`` confidence."""

    kind: str
    cue: str
    confidence: str


class Token(NamedTuple):
    word: str
    """Lowercased, with a curly apostrophe made straight."""
    start: int
    end: int
    capital: bool
    quoted: bool


class Cue(NamedTuple):
    """Evidence for one kind: where in the sentence, the words, and whether it is strong."""

    kind: str
    start: int
    text: str
    strong: bool
    embedded: bool = False
    """Inside a clause that hangs on another ("the view that…", "who could…", "how little he had
    conceded"): it speaks for that clause, not the sentence."""
    frame: bool = False
    """The sentence's frame: the author's over all that follows ("I think", "It is unclear
    whether"), or a source's over all that comes before (", officials said.")."""


class FactEvidence(NamedTuple):
    """What makes a sentence a fact: its first date or number, else its first named actor
    (``cue``), and how many of date or number, named actor and event verb it has (``score``)."""

    cue: str
    score: int


def check_claim_lists(data: dict, where: str = "claims.toml") -> dict[str, dict[str, frozenset[str]]]:
    """The lists of ``claims.toml`` as sets, or a ValueError naming what is wrong."""
    if set(data) != set(_SCHEMA):
        raise ValueError(f"{where}: tables must be {sorted(_SCHEMA)}, not {sorted(data)}")
    checked: dict[str, dict[str, frozenset[str]]] = {}
    for table, keys in _SCHEMA.items():
        if not isinstance(data[table], dict) or set(data[table]) != set(keys):
            raise ValueError(f"{where}: [{table}] must have exactly {sorted(keys)}")
        checked[table] = {}
        for key in keys:
            values = data[table][key]
            if not isinstance(values, list) or not all(isinstance(v, str) and v and v == v.lower().strip()
                                                       for v in values):
                raise ValueError(f"{where}: [{table}] {key} must be a list of lowercase phrases")
            checked[table][key] = frozenset(values)
    return checked


def _positive_number(values: frozenset[str], where: str) -> int:
    """The one whole number a list holds, at least 1 (``quotation_words``), or a ValueError."""
    if len(values) != 1 or not next(iter(values)).isdigit() or int(next(iter(values))) < 1:
        raise ValueError(f"{where}: [attribution] quotation_words must hold one whole number of at least 1")
    return int(next(iter(values)))


def _phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(m.group().replace("’", "'") for m in _TOKEN.finditer(phrase.lower()))


class _Phrases:
    """Phrases of one or more words, found at a token position. Not ``lexicon.Lexicon``: claim
    cues keep a word's apostrophe ("they'll", "anyone's guess", "don't"), which Lexicon's words
    split, and each list is matched on its own, so "is likely to" (a forecast) and "likely" (a
    hedge) are both found where one Lexicon would keep only the longer."""

    def __init__(self, phrases: frozenset[str]) -> None:
        self.table: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            key = _phrase_key(phrase)
            if key:
                self.table.setdefault(key[0], []).append(key)
        for keys in self.table.values():
            keys.sort(key=len, reverse=True)

    def at(self, words: list[str], index: int) -> int:
        """How many words of a phrase start at ``index`` (the longest), or 0."""
        for key in self.table.get(words[index], ()):
            if tuple(words[index:index + len(key)]) == key:
                return len(key)
        return 0


def tokens(text: str) -> list[Token]:
    """The sentence's words, each marked if it is inside quotation marks (looked up by bisection:
    a line of thousands of quotations stays linear)."""
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text)] if '"' in text or "“" in text else []
    opens = [a for a, _ in quotes]

    def quoted(at: int) -> bool:
        index = bisect_right(opens, at) - 1
        return index >= 0 and quotes[index][0] < at < quotes[index][1]

    lowered = text.lower().replace("’", "'")
    if len(lowered) != len(text):  # a letter that lengthens when lowered: offsets would move
        return [Token(m.group().lower().replace("’", "'"), m.start(), m.end(), m.group()[0].isupper(),
                      bool(quotes) and quoted(m.start())) for m in _TOKEN.finditer(text)]
    new = Token._make
    return [new((m.group(), m.start(), m.end(), text[m.start()].isupper(), bool(quotes) and quoted(m.start())))
            for m in _TOKEN.finditer(lowered)]


LONGEST = 3000
"""Characters of a sentence read whole; a longer one is read by its first and last parts."""
_TAIL = 600


class KindClassifier:
    """Decides a sentence's kind from the lists of ``claims.toml``; the deciding cue is the reason."""

    def __init__(self, data: dict, where: str = "claims.toml", leaning: WordLeaning | None = None) -> None:
        lists = check_claim_lists(data, where)
        self.leaning = leaning
        self.lists = lists
        self.phrases = {f"{table}.{key}": _Phrases(values) for table, keys in lists.items()
                        for key, values in keys.items()}
        self.quotation_words = _positive_number(lists["attribution"]["quotation_words"], where)
        self.lexicon = lists["assessment"]["lexicon"] - lists["assessment"]["not_evaluative"]
        self._passive_report = _passive_report(lists["attribution"]["passive_reports"])
        self._finite = lists["fact"]["past"] | frozenset(
            v for v in lists["attribution"]["verbs"] | lists["attribution"]["content_verbs"] if " " not in v)
        """Words that are a clause's verb: past tenses and the verbs of saying ("Many economists
        who had been hopeful now say…": "say" ends the clause hanging on "who")."""
        self.index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for name, phrases in self.phrases.items():
            for first, keys in phrases.table.items():
                self.index.setdefault(first, []).extend((key, name) for key in keys)
        for entries in self.index.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        self._found_in: list[str] | None = None
        self._found: dict[str, list[tuple[int, int]]] = {}

    def _find(self, name: str, words: list[str]) -> list[tuple[int, int]]:
        if self._found_in is not words:  # every list's phrases found in one pass over the words
            self._found_in, self._found = words, self._scan(words)
        return self._found.get(name, [])

    def _scan(self, words: list[str]) -> dict[str, list[tuple[int, int]]]:
        """Each list's phrases in the words, left to right (the longest at each place, none
        overlapping another of its list), looked up in one index of every list: one pass over
        the words, not one per list."""
        found: dict[str, list[tuple[int, int]]] = {}
        free: dict[str, int] = {}
        index_of = self.index
        for index, word in enumerate(words):
            candidates = index_of.get(word)
            if not candidates:
                continue
            done: set[str] = set()
            for key, name in candidates:  # longest first
                if name in done or free.get(name, 0) > index:
                    continue
                if len(key) == 1 or tuple(words[index:index + len(key)]) == key:
                    found.setdefault(name, []).append((index, len(key)))
                    free[name] = index + len(key)
                    done.add(name)
        return found

    def classify(self, text: str) -> Claim:
        """Return the sentence's kind, its cue and the confidence. A "sentence" longer than any
        prose has (``LONGEST``: a run-on of a pasted table, a hostile file) is read by its start
        and its end, where its subject, its saying verb and its modal are, so the cost stays bounded."""
        if len(text) > LONGEST:
            text = text[:LONGEST - _TAIL] + " … " + text[-_TAIL:]
        toks = tokens(text)
        words = [t.word for t in toks]
        cues = (self._attribution(text, toks, words) + self._modal_cues(text, toks, words)
                + self._assessment(text, toks, words))
        embedded = _embedded_starts(text, toks, self._finite)
        cues = [c._replace(embedded=c.start in embedded) for c in cues]
        leaning = self.leaning
        return decide(cues, self._fact_evidence(text, toks, words),
                      (lambda: leaning.lean(features(toks))) if leaning else None)

    # ---- attribution ----

    def _attribution(self, text: str, toks: list[Token], words: list[str]) -> list[Cue]:
        found: list[Cue] = []
        for index, size in self._find("attribution.phrases", words):
            if not toks[index].quoted:  # ", according to a U.S. official." is a tag like ", officials said."
                found.append(Cue("attribution", toks[index].start, _span(text, toks, index, size), True,
                                 frame=self._trailing(text, toks, index, size)))
        for name, needs_content in (("attribution.verbs", False), ("attribution.content_verbs", True)):
            for index, size in self._find(name, words):
                if self._reports(text, toks, words, index, size, needs_content):
                    found.append(Cue("attribution", toks[index].start, _span(text, toks, index, size), True,
                                     frame=self._trailing(text, toks, index, size) or self._aside(text, toks, index, size)))
        passive = self._passive_report.search(text)
        if passive and not any(t.quoted for t in toks if passive.start() <= t.start < passive.end()):
            found.append(Cue("attribution", passive.start(), passive.group().strip(), True))
        if not found and any(t.quoted for t in toks):
            quotation = self._long_quotation(text, toks)
            if quotation is not None:
                found.append(Cue("attribution", quotation.start, "a quotation", False))
        return found

    def _long_quotation(self, text: str, toks: list[Token]) -> Token | None:
        """The first word of the first quotation of ``quotation_words`` words or more (scare
        quotes around a word or two are not someone's words)."""
        starts = [t.start for t in toks]
        for match in _QUOTE.finditer(text):
            first, last = bisect_right(starts, match.start()), bisect_right(starts, match.end())
            if last - first >= self.quotation_words:
                return toks[first]
        return None

    @staticmethod
    def _trailing(text: str, toks: list[Token], index: int, size: int) -> bool:
        """Whether the verb is a tag after what it reports (", officials said.", ", said Peskov on
        Friday."): the last clause, a few words long, after a comma or a dash."""
        if index == 0 or len(toks) - (index + size) > 6 or any(t.word in _AUXILIARIES for t in toks[index + size:]):
            return False  # "the margin the council announced was comfortable": a verb of its own follows
        start = index
        while start > 0 and not _CLAUSE_BREAK.search(text[toks[start - 1].end:toks[start].start]):
            start -= 1
        if start == 0 or index - start > 6:  # ", a senior U.S. official said."
            return False
        return not any(_CLAUSE_BREAK.search(text[toks[n - 1].end:toks[n].start]) for n in range(index + 1, len(toks)))

    @staticmethod
    def _aside(text: str, toks: list[Token], index: int, size: int) -> bool:
        """Whether the verb ends a tag set between commas inside what it reports ("The aim, a
        U.S. admiral explained, was to send a message"): a few words after a comma, then the
        verb, then a comma."""
        after = index + size
        if index == 0 or after >= len(toks) or "," not in text[toks[after - 1].end:toks[after].start]:
            return False
        start = index
        while start > 0 and not _CLAUSE_BREAK.search(text[toks[start - 1].end:toks[start].start]):
            start -= 1
        return 0 < start and index - start <= 5 and "," in text[toks[start - 1].end:toks[start].start]

    def _reports(self, text: str, toks: list[Token], words: list[str], index: int, size: int,
                 needs_content: bool) -> bool:
        """Whether the verb at ``index`` reports a source's words: a source is its subject or
        stands right after it, and the author ("I", "we") is not the one saying."""
        token, lists = toks[index], self.lists["attribution"]
        if token.quoted or (token.capital and index > 0):
            return False  # "the United States" is not a verb
        if index == 0 and token.word.endswith("ing"):
            return False  # "Admitting Zagreb and Tirana sums up…": a gerund, the sentence's subject
        progressive = token.word.endswith("ing") and index > 0 and words[index - 1] in ("been", "be")
        aspect = index > 1 and words[index - 1] == "to" and words[index - 2] in _ASPECT  # "continues to insist"
        if index > 0 and not progressive and not aspect and (words[index - 1] in lists["not_before"]
                                                             or words[index - 1].endswith("'s")):
            return False  # "has been denied", "NATO's hope", "used the day to announce": no one is saying
        if index + size + 1 < len(words) and words[index + size] == "by" and words[index + size + 1].endswith("ing"):
            return False  # "responded by recalling its diplomats": an act
        after = index + size
        calls_on = words[index] in ("called", "calls") and words[after:after + 1] == ["on"] and "to" in words[after + 2:after + 8]
        if words[index] in ("called", "calls") and after < len(words) and not calls_on and (
                self.phrases["attribution.not_after_called"].at(words, after)):
            return False  # "called off the talks"; but "called on both sides to show restraint" asks
        naming = words[index] in _NAMING and self._names_what(toks, after)  # "called Obama a paper tiger"
        if needs_content and not naming and not (
                self._content_follows(text, toks, after, reach=1) or self._object_then(toks, after)
                or (words[index] in _MENTAL and self._modal_follows(toks, after))):
            return False
        if token.word.endswith("ing") and self._content_follows(text, toks, after, reach=1):
            return True  # "…, claiming that …": the sentence's subject is saying it
        subject = self._subject(text, toks, index)
        if subject in lists["authors"]:
            return False
        if not subject and index > 0 and toks[index - 1].word not in _NOT_SUBJECTS \
                and not _CLAUSE_BREAK.search(text[toks[index - 1].end:token.start]) and (
                    words[index] in _MENTAL  # only someone fears, believes or hopes: "the Baltic states fear that"
                    or calls_on
                    or (not needs_content and (self._content_follows(text, toks, after, reach=1)
                                               or self._trailing(text, toks, index, size)
                                               or self._aside(text, toks, index, size)))):
            return True  # a verb only people use, with what it says after it: "Refugee charities argue that"
        return bool(subject) or self._source_after(toks, after)

    def _object_then(self, toks: list[Token], after: int) -> bool:
        """"described the talks as positive", "urged Congress to act": the object, then "as" or "to"."""
        markers = self.lists["attribution"]["object_markers"]
        return any(t.word in markers for t in toks[after:after + 4])

    @staticmethod
    def _modal_follows(toks: list[Token], after: int) -> bool:
        """"believe Mr Netanyahu will not risk…": a clause with its own modal follows the verb."""
        return any(t.word in _REPORTED_MODALS for t in toks[after:after + 5])

    @staticmethod
    def _names_what(toks: list[Token], after: int) -> bool:
        """"called Obama a paper tiger": a name for someone follows, after its object."""
        return any(t.word in ("a", "an", "the") or t.quoted for t in toks[after + 1:after + 6])

    def _content_follows(self, text: str, toks: list[Token], after: int, reach: int = 3) -> bool:
        """Words reported follow: a quotation, a colon, "that", "whether", "to" and a verb…"""
        if after >= len(toks):
            return text.rstrip()[-1:] in ".\"”"
        gap = text[toks[after - 1].end:toks[after].start]
        if any(mark in gap for mark in ('"', "“", ":")):
            return True
        markers = self.lists["attribution"]["content_markers"]
        for ahead in range(after, min(len(toks), after + reach)):
            if toks[ahead].word in markers:
                return True
            if ahead > after and _CLAUSE_BREAK.search(text[toks[ahead - 1].end:toks[ahead].start]):
                return False
        return False

    def _is_source(self, token: Token) -> bool:
        lists = self.lists
        word = _without_contraction(token.word)
        if word in lists["attribution"]["sources"] or word in lists["attribution"]["authors"]:
            return True
        return (token.capital and not token.quoted and token.word not in lists["fact"]["not_names"]
                and token.word not in _MONTHS and token.word not in _WEEKDAYS)

    def _subject(self, text: str, toks: list[Token], index: int) -> str:
        """The verb's subject if it can be a source, else "": the word before it (past
        auxiliaries and adverbs), the name before an apposition, or the head before "of"."""
        between = self.lists["attribution"]["between"]
        back = index - 1
        while back >= 0 and (toks[back].word in between or toks[back].word.endswith("ly")) \
                and not _CLAUSE_BREAK.search(text[toks[back].end:toks[back + 1].start]):
            back -= 1
        if back < 0:
            return ""
        head = toks[back]
        if self._is_source(head):
            return _without_contraction(head.word)  # "we'll see" is the author
        if "," in text[head.end:toks[back + 1].start]:  # "Stent, a Georgetown scholar, argues"
            start = back
            while start > 0 and not _CLAUSE_BREAK.search(text[toks[start - 1].end:toks[start].start]):
                start -= 1
            if start > 0 and self._is_source(toks[start - 1]):
                return toks[start - 1].word
        for before in range(back - 1, max(0, back - 7), -1):  # "Analysts at an Addis Ababa think tank argued"
            if _CLAUSE_BREAK.search(text[toks[before].end:toks[before + 1].start]):
                break
            if toks[before].word in ("of", "at", "from", "in", "for", "on", "close", "inside", "within") and \
                    self._is_source(toks[before - 1]) and toks[before - 1].word not in ("it", "this"):
                return toks[before - 1].word
        return ""

    def _source_after(self, toks: list[Token], index: int) -> bool:
        """A source right after the verb: ", said Peskov", "said a senior official"."""
        sources = self.lists["attribution"]["sources"]
        for ahead in range(index, min(len(toks), index + 4)):
            token = toks[ahead]
            if token.word in ("the", "a", "an", "one", "senior", "top", "former", "russian", "american",
                              "u", "s"):
                continue
            if token.word in _MONTHS or token.word in _WEEKDAYS:
                return False  # "the measures announced Thursday": when, not who
            return (token.capital and not token.quoted) or token.word in sources
        return False

    # ---- prescription and prediction ----

    def _modal_cues(self, text: str, toks: list[Token], words: list[str]) -> list[Cue]:
        found: list[Cue] = []
        open_question = self._open_question(text, toks, words)
        if open_question:
            found.append(open_question)
        for index, size in self._find("prescription.modals", words):
            if toks[index].quoted:
                continue
            more = index + size < len(words)
            if more and self.phrases["prescription.past"].at(words, index + size):
                found.append(Cue("assessment", toks[index].start, _span(text, toks, index, size + 1), True))
                continue
            if words[index] in ("has", "have") and more and self.phrases["prescription.not_after"].at(words, index + size):
                continue
            if self.phrases["prediction.future"].at(words, index) > size:
                continue  # "should expect higher prices" forecasts
            if words[index] == "should" and index == 0 and "?" not in text[-2:]:
                found.append(Cue("prediction", toks[index].start, "should (a condition)", False))
                continue
            found.append(Cue("prescription", toks[index].start, _span(text, toks, index, size), True))
        for index, size in self._find("prescription.phrases", words):
            if not toks[index].quoted:
                found.append(Cue("prescription", toks[index].start, _span(text, toks, index, size), True))
        if toks and words[0] in self.lists["prescription"]["imperatives"] and len(toks) > 1 and not toks[0].quoted \
                and text[toks[0].start:toks[0].end].replace("’", "'") == words[0].capitalize() \
                and not toks[1].word.endswith("ing") and words[1] not in ("is", "was", "that", "of"):
            found.append(Cue("prescription", toks[0].start, toks[0].word.capitalize() + " (an imperative)", True))
        found += self._future(text, toks, words)
        return found

    def _future(self, text: str, toks: list[Token], words: list[str]) -> list[Cue]:
        found: list[Cue] = [Cue("prediction", t.start + len(t.word) - 3, "'ll", True)
                            for t in toks if t.word.endswith("'ll") and not t.quoted]  # "they'll meet"
        will_nouns = self.lists["prediction"]["will_nouns"]
        for index, size in self._find("prediction.future", words):
            if toks[index].quoted:
                continue
            word = words[index]
            after = words[index + size] if index + size < len(words) else ""
            if word == "will" and (index and words[index - 1] in will_nouns or after in ("to", "of")):
                continue
            if word in ("going", "gonna") and (not after or after in self.lists["prediction"]["not_after_going"]
                                               or toks[index + size].capital
                                               or set(words[max(0, index - 2):index]) & {"was", "were", "never"}):
                continue  # "going to Moscow" is travelling; "was going to" a past plan
            if word == "will" and index == 0:
                continue  # "Will the talks…?" asks
            found.append(Cue("prediction", toks[index].start, _span(text, toks, index, size), True))
        possible = self._find("prediction.possible", words)
        if possible:
            condition = any(not toks[i].quoted for i, _ in self._find("prediction.conditions", words))
            ahead = self._find("prediction.times_ahead", words)
            for index, size in possible:
                if toks[index].quoted or (words[index] == "may" and self._is_month(text, toks, index)):
                    continue
                following = index + size
                if following < len(words) and words[following] == "have":
                    continue  # "may have" is a hedge, found with the assessments
                if words[index] == "would":
                    if condition or ahead:
                        found.append(Cue("prediction", toks[index].start, _span(text, toks, index, size), True))
                elif following < len(words) and self.phrases["prediction.interpret"].at(words, following) \
                        and not (condition or ahead):
                    found.append(Cue("assessment", toks[index].start, _span(text, toks, index, size + 1), False))
                else:
                    found.append(Cue("prediction", toks[index].start, _span(text, toks, index, size),
                                     bool(condition or ahead) or words[following:following + 1] != ["not"]))
        return found

    @staticmethod
    def _is_month(text: str, toks: list[Token], index: int) -> bool:
        """"May" the month: a capital inside the sentence, or a number next to it."""
        if toks[index].capital and index > 0:
            return True
        return index + 1 < len(toks) and toks[index + 1].word[:1].isdigit()

    def _open_question(self, text: str, toks: list[Token], words: list[str]) -> Cue | None:
        """"It is unclear whether…": the author judges the future uncertain."""
        asks = not {"whether", "if", "how", "what", "when"}.isdisjoint(words)
        for index, size in self._find("prediction.open_questions", words):
            if not toks[index].quoted and asks:
                return Cue("assessment", toks[index].start, _span(text, toks, index, size), True, frame=True)
        return None

    # ---- assessment ----

    def _assessment(self, text: str, toks: list[Token], words: list[str]) -> list[Cue]:
        found: list[Cue] = []
        for name in ("first_person", "hedges", "boosters", "comparing", "meaning", "judging"):
            for index, size in self._find(f"assessment.{name}", words):
                if toks[index].quoted or (toks[index].capital and index > 0):
                    continue  # "the Cold War", "Special Counsel": a name
                found.append(Cue("assessment", toks[index].start, _span(text, toks, index, size), True,
                                 frame=name == "first_person"))
        for index, token in enumerate(toks[:-1]):  # "I could not have been more wrong": the author speaks
            if token.word == "i" and token.capital and not token.quoted and not toks[index + 1].capital \
                    and (index == 0 or not toks[index - 1].capital):  # not "START I", "World War I"
                found.append(Cue("assessment", token.start, "I (the author)", True, frame=True))
                break
        characterized = self._characterization(text, toks, words)
        if characterized:
            found.append(characterized)
        for index, size in self._find("assessment.weak", words):
            if not toks[index].quoted and not (toks[index].capital and index > 0):
                found.append(Cue("assessment", toks[index].start, _span(text, toks, index, size), False))
        for index, token in enumerate(toks):
            if token.quoted or (token.capital and index > 0):
                continue
            if token.word in self.lexicon:
                found.append(Cue("assessment", token.start, text[token.start:token.end], False))
            elif self._adverb_of_lexicon(token.word):  # an adverb of judgement is the author's
                found.append(Cue("assessment", token.start, text[token.start:token.end], True))
        return found

    def _characterization(self, text: str, toks: list[Token], words: list[str]) -> Cue | None:
        """"Saakashvili was a hothead", "the strike was a gesture, not a strategy": a copula and
        an indefinite noun phrase say what kind of thing something was, which is the author's
        reading of it, unless the noun is a plain role or membership ("a member of", "a party
        to"), a length or a count ("a two-day visit"), or "there" makes it say only that
        something existed ("there was a handshake")."""
        lists = self.lists["assessment"]
        for index, token in enumerate(toks[:-1]):
            if token.word not in lists["characterizing"] or token.quoted or (index and words[index - 1] == "there"):
                continue
            ahead = index + 1
            while ahead < len(words) and (words[ahead] in _BETWEEN_COPULA or words[ahead].endswith("ly")):
                ahead += 1
            if ahead + 1 >= len(words) or words[ahead] not in ("a", "an"):
                continue
            noun = words[ahead + 1]
            if toks[ahead + 1].quoted or noun in lists["not_characterizing"] or noun in _NUMBER_WORDS or noun[:1].isdigit():
                continue
            if text[toks[ahead + 1].end:toks[ahead + 1].end + 1] == "-" and ahead + 2 < len(words) \
                    and words[ahead + 2] in _LENGTHS:
                continue
            return Cue("assessment", toks[ahead + 1].start,  # after a judging word of the same phrase
                       _span(text, toks, index, ahead - index + 2) + " (a characterization)", True)
        return None

    def _adverb_of_lexicon(self, word: str) -> bool:
        """"strangely", "bitterly", "tantalizingly": an adverb made from an evaluative adjective."""
        if not word.endswith("ly") or len(word) < 6:
            return False
        stems = (word[:-2], word[:-3] + "y", word[:-2] + "e", word[:-4], word[:-1] + "e")
        judging = self.lists["assessment"]["judging"]
        return any(stem in self.lexicon or stem in judging for stem in stems)

    # ---- fact ----

    def _fact_evidence(self, text: str, toks: list[Token], words: list[str]) -> FactEvidence:
        """A date or a number, a named actor, an event verb: a fact's own evidence."""
        dated = next((text[t.start:t.end] for t in toks if (t.word in _MONTHS or t.word in _WEEKDAYS)
                      and t.capital), "")
        number = _NUMBER.search(text)
        dated = dated or (number.group() if number else "")
        name = next((text[t.start:t.end] for index, t in enumerate(toks) if self._is_name(toks, index)), "")
        past = self.lists["fact"]["past"] - _COPULAS
        event = any(t.word in past or (_past_in_ed(t.word) and not t.quoted)
                    or (t.word.endswith("ing") and index and toks[index - 1].word in _BEFORE_ACTION)
                    for index, t in enumerate(toks))
        return FactEvidence(dated or name, bool(dated) + bool(event and (dated or name)) + bool(name and event))

    def _is_name(self, toks: list[Token], index: int) -> bool:
        token = toks[index]
        if not token.capital or token.quoted or token.word in self.lists["fact"]["not_names"]:
            return False
        return index > 0 or (len(token.word) > 2 and token.word not in self.lexicon)


def _passive_report(participles: frozenset[str]) -> re.Pattern[str]:
    """A report in the passive, with who made it: "is regarded by many experts as", "has been
    described by Sunak as", "was quoted on Sunday as saying"; the participles from
    ``passive_reports``."""
    either = "|".join(re.escape(p) for p in sorted(participles, key=len, reverse=True))
    return re.compile(
        r"\b(?:is|are|was|were|been|being)\s+(?:(?:widely|often|also|repeatedly|frequently|generally|now)\s+)?"
        rf"(?:(?:{either})\b[^,;:.]{{0,40}}?\bby\s+(?!(?:then|now|far|the\s+(?:time|end))\b)"
        r"|quoted\b[^,;:.]{0,30}?\bas\s+(?:saying|telling|calling|describing))", re.I)


_RELATIVES = frozenset({"who", "which", "that"})
_CONTRACTED = re.compile(r"'(?:ll|d|re|ve|s|m)$")


def _without_contraction(word: str) -> str:
    """"we'll" → "we", "they'd" → "they": the pronoun a contraction is."""
    return _CONTRACTED.sub("", word)
_MENTAL = frozenset("fear fears feared believe believes believed think thinks thought hope hopes hoped want wants "
                    "wanted expect expects expected worry worries worried suspect suspects suspected".split())
"""Verbs only a person or a group can be the subject of."""
_NOT_SUBJECTS = frozenset({"to", "and", "or", "that", "which", "what", "not", "i", "we", "you", "it", "this"})
_REPORTED_MODALS = frozenset({"will", "would", "could", "might", "may", "should", "must", "won't"})
_ASPECT = frozenset("continue continues continued continuing keep keeps kept went go goes began begin begins "
                    "started start starts".split())
"""Verbs before "to" that leave the verb after it said: "the Kremlin continues to insist that"."""
_NAMING = frozenset({"called", "calls", "branded", "labeled", "labelled", "dubbed"})
_SUBORDINATORS = frozenset("that who which whom whose how what whether because although though once if when "
                           "while since until unless where".split())


def _embedded_starts(text: str, toks: list[Token], past: frozenset[str]) -> set[int]:
    """Offsets of the words that stand in a clause hanging on another: after a subordinating
    word ("if", "who", "how", "because"…) up to the next comma, dash or semicolon, or up to the
    second verb after it ("the argument over who lost Iraq | is going to outlast…")."""
    inside, verbs, found = False, 0, set()
    for index, token in enumerate(toks):
        if index and _CLAUSE_BREAK.search(text[toks[index - 1].end:token.start]):
            inside = False
        if inside and (_is_verb(token.word, past) or (token.word.endswith("s") and len(token.word) > 4
                                                      and not token.word.endswith("ss")
                                                      and toks[index - 1].word in _RELATIVES)):
            verbs += 1
            if verbs >= 2 and not _is_verb(toks[index - 1].word, past):
                inside = False
        if inside:
            found.add(token.start)
        following = toks[index + 1].word if index + 1 < len(toks) else ""
        if token.word in _SUBORDINATORS and (index or token.word != "that") \
                and not (token.word in ("since", "once") and _is_verb(following, past)):
            inside, verbs = True, 0
    return found


_BETWEEN_COPULA = frozenset("not never hardly also still only just merely simply now once again always already "
                            "no longer itself".split())
"""Words between a copula and its noun phrase that leave it a characterization ("was never a")."""
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                          "hundred thousand million billion few couple dozen half".split())
_LENGTHS = frozenset("day days week weeks month months year years hour hours minute minutes mile miles".split())
_BEFORE_ACTION = frozenset({"is", "are", "was", "were", "after", "before", "while", "by"})
"""Words before an -ing form that make it something done ("was going", "after attending")."""
_COPULAS = frozenset({"was", "were", "had", "did", "became"})
"""Past forms that say what something was, not what someone did: with a name and no date they
are no evidence of a fact ("Saakashvili was a hothead")."""
_AUXILIARIES = frozenset("is are was were be been being has have had do does did will would shall should can "
                         "could may might must ought not never".split())


def _is_verb(word: str, past: frozenset[str]) -> bool:
    """A finite verb by its form alone: an auxiliary, a modal or a past tense."""
    return word in _AUXILIARIES or word in past or _past_in_ed(word)


def _past_in_ed(word: str) -> bool:
    """A past tense in -ed ("signed", "warned"), not a word that merely ends so ("need", "succeed", "red")."""
    return word.endswith("ed") and not word.endswith("eed") and len(word) > 4


def _span(text: str, toks: list[Token], index: int, size: int) -> str:
    last = min(len(toks), index + size) - 1
    return text[toks[index].start:toks[last].end]


FALLBACK = "assessment"
"""The kind of a sentence with no cue and no evidence of a fact: a statement that names no date,
number or actor is more often someone's reading of events than a record of them."""


def decide(cues: list[Cue], fact: FactEvidence, lean_of: Callable[[], Lean | None] | None = None) -> Claim:
    """The kind from the cues found, in the order of the module's docstring; where no cue of the
    sentence's own decides, the way its words lean (``leaning.py``), if they lean clearly:
    ``lean_of`` weighs them, only for a sentence that gets that far."""
    cues = sorted(cues, key=lambda c: c.start)
    main = [c for c in cues if c.strong and not c.embedded]
    tag = next((c for c in main if c.kind == "attribution" and c.frame), None)
    if tag:  # "The talks will fail, officials said.": the forecast is theirs
        return Claim("attribution", tag.text, "high")
    frame = next((c for c in cues if c.frame and c.kind == "assessment"), None)
    attribution = [c for c in main if c.kind == "attribution"]
    if frame and not (attribution and attribution[0].start < frame.start):
        return Claim("assessment", frame.text, "high")
    modal = [c for c in main if c.kind in ("prescription", "prediction")]
    if attribution and (not modal or attribution[0].start < modal[0].start):
        return Claim("attribution", attribution[0].text, "high")
    if modal:  # the first modal governs: "will have to negotiate" forecasts an obligation
        return Claim(modal[0].kind, modal[0].text, "high")
    judged = next((c for c in cues if c.kind == "assessment" and c.strong), None)
    if judged and not judged.embedded:
        return Claim("assessment", judged.text, "high")
    unsure = next((c for kind in ("attribution", "prediction") for c in cues if c.kind == kind and not c.embedded),
                  None)
    ruled = _by_weaker_evidence(cues, fact, judged, unsure)
    lean = lean_of() if lean_of and not unsure and not judged else None
    if lean and lean.kind != ruled.kind:  # no cue of its own: its words decide
        return Claim(lean.kind, fact.cue if lean.word in (NAME, NUMBER) and fact.cue else
                     f"{lean.word} (its words lean)", "low")
    return ruled


def _by_weaker_evidence(cues: list[Cue], fact: FactEvidence, judged: Cue | None, unsure: Cue | None) -> Claim:
    """The kind when no strong cue of the main clause decides: a judgement in a clause that hangs
    on it, a weak cue of saying or of the future, weak judging words against a fact's evidence."""
    if judged:
        return Claim("assessment", judged.text, "high")
    if unsure:
        return Claim(unsure.kind, unsure.text, "low")
    weak = [c for c in cues if c.kind == "assessment"]
    if weak and len(weak) > fact.score:
        return Claim("assessment", weak[0].text, "low")
    if fact.score:
        return Claim("fact", fact.cue, "low" if weak or fact.score < 2 else "high")
    hanging = next((c for c in cues if c.strong), None)
    if hanging:
        return Claim(hanging.kind, hanging.text, "low")
    return Claim(FALLBACK, "no cue", "low")


def classify_block(block, classifier: KindClassifier):
    """The block with every prose sentence given its kind, cue and confidence (other blocks as they are)."""
    if not isinstance(block, Paragraph) or block.kind not in PROSE_KINDS:
        return block
    return block._replace(sentences=tuple(s._replace(kind=c.kind, cue=c.cue, confidence=c.confidence)
                                          for s in block.sentences for c in [classifier.classify(s.text)]))


def classify_sections(sections: tuple[Section, ...], classifier: KindClassifier) -> tuple[Section, ...]:
    """Give every prose sentence its kind, cue and confidence."""
    return tuple(section._replace(blocks=tuple(classify_block(b, classifier) for b in section.blocks))
                 for section in sections)
