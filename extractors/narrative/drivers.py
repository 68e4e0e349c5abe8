"""Who the drivers of one article are: every way its prose names a driver resolved to one name.

Full names seed the roster ('Tomas Berg'); surnames ('Berg'), initials ('T. Berg') and online IDs
given in brackets ('Tomas Berg (TB_Racer77)') resolve to them; accents are folded for matching but
kept for display ('Ibáñez'/'Ibanez'); small misspellings of one driver merge ('Marchand'/'Marchant',
the spelling used most wins). A surname shared by two full names stays unresolved. A single word
that is no surname but the first word of exactly one full name resolves to it ('Park' for 'Park
Ji-ho', names written family name first).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from extractors.names import PARTICLES, fold_name
from extractors.narrative.lang import PairedCase

# "T. Berg": a given name reduced to an initial
INITIAL_WORD_RE = re.compile(r"^[^\W\d_]\.$")
# Two spellings of one surname are one driver above this similarity (Marchand/Marchant: 87.5).
SURNAME_SIMILARITY = 85
# Shorter surnames differ by one letter too easily (Ota/Oda) to be merged on similarity.
MIN_FUZZY_LENGTH = 5
# Single names the NER called a person at least once (or listed among names) are drivers even
# without a full name.
PERSON_LABEL = "PERSON"
PERSON_LABELS = frozenset({PERSON_LABEL, "LISTED"})
# "Jr.", "Sr", "III": folded words that end a name as its suffix, no part of the surname
SUFFIX_WORDS = frozenset({"jr", "jr.", "sr", "sr.", "snr", "jnr", "ii", "iii", "iv"})
# A given name keeps at least this many letters when its declined ending is cut ('Olafem' -> 'Olaf')
MIN_GIVEN_STEM = 3


@dataclass(frozen=True, slots=True)
class NameOccurrence:
    """One way a name is written in the article, and what the NER called it."""

    text: str
    label: str = PERSON_LABEL


@dataclass
class _Driver:
    given: Counter[str] = field(default_factory=Counter)  # given-name spellings
    surname: Counter[str] = field(default_factory=Counter)  # surname spellings, however written
    initials: set[str] = field(default_factory=set)  # "J." of "J. Park"
    full: bool = False  # named in full somewhere
    person: bool = False  # the NER called a mention of it a person
    declined: set[str] = field(default_factory=set)  # spellings another one is the nominative of

    def display(self) -> str:
        surname = _best_spelling(_whole(_nominatives(self.surname, self.declined)))
        given = _best_spelling(_nominatives(self.given, self.declined)) if self.given else ""
        if not given and len(self.initials) == 1:  # "J. Park", never named in full
            given = next(iter(self.initials))
        return f"{given} {surname}".strip()


def _nominatives(spellings: Counter[str], declined: set[str]) -> Counter[str]:
    """The spellings that are no declined form of another ('Duraka' once 'Durak' is written)."""
    if declined.isdisjoint(spellings):  # most drivers, asked at every mention: nothing to drop
        return spellings
    kept = Counter({text: n for text, n in spellings.items() if text not in declined})
    return kept or spellings


def _whole(spellings: Counter[str]) -> Counter[str]:
    """Each spelling counted for the one longer spelling of the surname it ends ('Taylor' for
    'DeLeon Taylor', 'Wit' for 'de Wit'): a surname told short later is the same surname, which
    the display gives whole."""
    merged: Counter[str] = Counter()
    for text, count in spellings.items():
        key = fold_name(text).split()
        longer = {
            other
            for other in spellings
            if len(other.split()) > len(key) and _core(fold_name(other).split())[-len(key) :] == key
        }  # "Mahaffey" told short of "Mahaffey Jr.": the suffix stays
        merged[longer.pop() if len(longer) == 1 else text] += count
    return merged


def _best_spelling(spellings: Counter[str]) -> str:
    """The spelling written most (accent-folded variants counted together), accents preferred."""
    groups: dict[str, Counter[str]] = {}
    for text, count in spellings.items():
        groups.setdefault(fold_name(text), Counter())[text] += count
    best = max(groups.values(), key=lambda g: sum(g.values()))
    return max(best, key=lambda text: (sum(not ch.isascii() for ch in text), best[text]))


def _split(text: str) -> tuple[str | None, str, bool]:
    """(given name or None, surname, given is an initial): 'Sem de Wit' -> ('Sem', 'de Wit')."""
    words = text.split()
    if len(words) >= 2 and INITIAL_WORD_RE.match(words[0]):
        return words[0], " ".join(words[1:]), True
    if len(words) >= 2 and words[0].lower() not in PARTICLES:
        return words[0], " ".join(words[1:]), False
    return None, text, False


class Roster:
    """The drivers of one article and the resolution of any way of writing their names."""

    def __init__(
        self,
        endings: tuple[tuple[str, str, str], ...] = (),
        stems: tuple[tuple[str, str], ...] = (),
        cases: tuple[tuple[str, str], ...] = (),
        paired: tuple[PairedCase, ...] = (),
    ) -> None:
        self._endings = endings  # declined surname endings: ("skiego", "ski", "a")
        self._stems = stems  # a given name's stem and its nominative: ("cpr", "cper")
        self._cases = cases  # a nominative ending and a declined one: ("", "a"), ("er", "ra")
        self._paired = paired  # cases a given name and a surname show together
        self._drivers: list[_Driver] = []
        self._by_text: dict[str, int] = {}  # folded written form -> driver index
        self._aliases: dict[str, int] = {}

    @classmethod
    def build(
        cls,
        occurrences: Iterable[NameOccurrence],
        *,
        known_names: Iterable[str] = (),
        aliases: Iterable[tuple[str, str]] = (),
        endings: tuple[tuple[str, str, str], ...] = (),
        stems: tuple[tuple[str, str], ...] = (),
        cases: tuple[tuple[str, str], ...] = (),
        paired: tuple[PairedCase, ...] = (),
    ) -> Roster:
        """A roster from every name the prose writes, names known from result rows, and
        (name, alias) pairs such as ('Tomas Berg', 'TB_Racer77'); `endings` are the declined
        surname endings of the prose's language ('Kowalskiego' is Kowalski): drivers are
        displayed in the nominative ('Gustawa Wiśniewskiego' is Gustaw Wiśniewski; `stems` put
        back a vowel the declension drops: 'Kacpra' is Kacper). With `cases`, a full name
        declined another way ('Michała Duraka') is the driver the article names in the
        nominative ('Michał Durak'), displayed so. With `paired`, a name whose given name and
        surname both carry a case's endings is that name in the nominative ('Piotrem Nowakiem'
        is Piotr Nowak); one ending alone proves no case."""
        roster = cls(endings, stems, cases, paired)
        occurrences = [NameOccurrence(name) for name in known_names] + list(occurrences)
        fulls = [o for o in occurrences if _split(o.text)[0] and not _split(o.text)[2]]
        shorts = [o for o in occurrences if not (_split(o.text)[0] and not _split(o.text)[2])]
        for occurrence in fulls:
            roster._add_full(occurrence)
        unresolved: list[NameOccurrence] = []
        for occurrence in shorts:
            index = roster._match_short(occurrence.text)
            if index is None:
                unresolved.append(occurrence)
            else:
                roster._record(index, occurrence)
        for occurrence in unresolved:  # single names with no full name: drivers if a person
            roster._add_single(occurrence)
        roster._drop_non_persons()
        for name, alias in aliases:
            index = roster._by_text.get(fold_name(name))
            if index is not None:
                roster._aliases[fold_name(alias)] = index
        return roster

    def _record(self, index: int, occurrence: NameOccurrence) -> None:
        given, surname, initial = _split(occurrence.text)
        given, surname = self._nominative(given, surname, initial)
        driver = self._drivers[index]
        key = fold_name(surname)
        if given is None and key in {fold_name(g) for g in driver.given} - {
            fold_name(s) for s in driver.surname
        }:
            driver.given[surname] += 1  # "Park", family name first, is the first word of the name
        else:
            driver.surname[surname] += 1
        if given and not initial:
            driver.given[given] += 1
        elif given:
            driver.initials.add(given)
        driver.person |= occurrence.label in PERSON_LABELS
        self._by_text.setdefault(fold_name(occurrence.text), index)

    def _add_full(self, occurrence: NameOccurrence) -> None:
        given, surname, _ = _split(occurrence.text)
        assert given is not None
        key_given, key_surname = fold_name(given), fold_name(surname)
        for index, driver in enumerate(self._drivers):
            if not driver.full or key_given not in {fold_name(g) for g in driver.given}:
                continue
            if any(
                _same_surname(self._stem(key_surname), self._stem(fold_name(s)))
                for s in driver.surname
            ):
                self._record(index, occurrence)
                return
        nominative_given, nominative = self._nominative(given, surname, False)
        for index, driver in enumerate(self._drivers):
            if driver.full and self._declined_full(driver, nominative_given or given, nominative):
                self._record(index, occurrence)
                return
        self._drivers.append(_Driver(full=True))
        self._record(len(self._drivers) - 1, occurrence)

    def _declined_full(self, driver: _Driver, given: str, surname: str) -> bool:
        """Whether a full name is the driver's written in another case, given name and surname
        alike ('Michała Duraka' of 'Michał Durak', either written first); the declined
        spellings are marked so that the nominative is displayed."""
        if not self._cases:
            return False
        for known_given in list(driver.given):
            for known_surname in list(driver.surname):
                pair = self._case_pair(known_given, given), self._case_pair(known_surname, surname)
                if None in pair or len({step for step in pair if step != 0}) > 1:
                    continue
                new, known = (given, surname), (known_given, known_surname)
                if any(step > 0 for step in pair):  # the new name declined: the known one stays
                    driver.declined.update(t for t, s in zip(new, pair, strict=True) if s > 0)
                else:  # the known name was the declined one
                    driver.declined.update(t for t, s in zip(known, pair, strict=True) if s < 0)
                return True
        return False

    def _case_pair(self, known: str, new: str) -> int | None:
        """0 for one word, 1 when `new` is `known` declined, -1 the other way round, None when
        neither ('Duraka' of 'Durak': 1; 'Kacper' of 'Kacpra': -1)."""
        a, b = fold_name(known), fold_name(new)
        if a == b:
            return 0
        for step, (nominative, declined) in ((1, (a, b)), (-1, (b, a))):
            for end_nominative, end_declined in self._cases:
                stem = declined[: len(declined) - len(end_declined)]
                if (
                    declined.endswith(end_declined)
                    and len(stem) >= MIN_GIVEN_STEM
                    and nominative == stem + end_nominative
                ):
                    return step
        return None

    def _match_short(self, text: str) -> int | None:
        """The one full-named driver a surname, 'de Wit' or 'T. Berg' can only mean; else None."""
        given, surname, initial = _split(text)
        key = fold_name(surname)
        candidates = [i for i, d in enumerate(self._drivers) if d.full]
        if initial and given:
            letter = fold_name(given)[0]
            candidates = [
                i
                for i in candidates
                if any(fold_name(g).startswith(letter) for g in self._drivers[i].given)
            ]
        stem = self._stem(key)
        # per candidate: each surname folded and its stem; a pair compared twice only if they differ
        pairs = {
            i: [(k := fold_name(s), self._stem(k)) for s in self._drivers[i].surname]
            for i in candidates
        }
        for same in (_exact_surname, _last_word_surname, _similar_surname):
            fits = {
                i
                for i in candidates
                if any(
                    same(key, known) or ((stem, known_st) != (key, known) and same(stem, known_st))
                    for known, known_st in pairs[i]
                )
            }
            if len(fits) == 1:
                return fits.pop()
            if fits:
                return None  # two drivers share the surname: which one is not certain
        if given is None:  # family name first: "Park Ji-ho" later called "Park"
            fits = {i for i in candidates if key in {fold_name(g) for g in self._drivers[i].given}}
            if len(fits) == 1:
                return fits.pop()
        return None

    def _nominative(self, given: str | None, surname: str, initial: bool) -> tuple[str | None, str]:
        """A declined name in the nominative: the surname's ending ('Wiśniewskiego' ->
        'Wiśniewski') and, in the same case, the given name's ('Gustawa' -> 'Gustaw',
        'Olafem Berkowskim' -> 'Olaf Berkowski'), else a case both words show ('Piotrem
        Nowakiem'); unchanged in a language without endings."""
        words = surname.split()
        last = words[-1] if words else surname
        for declined, nominative, given_ending in self._endings:
            if not last.lower().endswith(declined) or len(last) <= len(declined) + 2:
                continue
            last = last[: -len(declined)] + nominative
            if (
                given is not None
                and not initial
                and given_ending
                and given.lower().endswith(given_ending)
                and len(given) - len(given_ending) >= MIN_GIVEN_STEM
            ):
                given = given[: -len(given_ending)]
                stem = next((st for st in self._stems if given.lower().endswith(st[0])), None)
                if stem is not None:  # "Kacpr" -> "Kacper", "Franciszk" -> "Franciszek"
                    given = given[: -len(stem[0])] + stem[1]
            surname = " ".join([*words[:-1], last])
            return given, surname
        return self._paired_nominative(given, surname, initial)

    def _paired_nominative(
        self, given: str | None, surname: str, initial: bool
    ) -> tuple[str | None, str]:
        """A full name in a case both its words show, in the nominative ('Piotrem Nowakiem' ->
        'Piotr Nowak', 'Kubą Zawadą' -> 'Kuba Zawada'); unchanged when they show none or no rule
        gives a certain nominative of both words ('Tomkiem': Tomek or Tomk?)."""
        if given is None or initial:
            return given, surname
        *rest, last = surname.split()
        case = next((c for c in self._paired if c.shows(given, last)), None)
        if case is None:
            return given, surname
        nominative_given = case.nominative_of(given)
        nominative_last = case.nominative_of(last) if case.declines(last) else last
        if nominative_given is None or nominative_last is None:
            return given, surname
        return nominative_given, " ".join([*rest, nominative_last])

    def _stem(self, key: str) -> str:
        """A folded surname with its declined ending made nominative ('kowalskiego' ->
        'kowalski'); unchanged in a language without endings."""
        for declined, nominative, _ in self._endings:
            if key.endswith(declined) and len(key) > len(declined) + 2:
                return key[: -len(declined)] + nominative
        return key

    def _add_single(self, occurrence: NameOccurrence) -> None:
        key = self._stem(fold_name(occurrence.text))
        for index, driver in enumerate(self._drivers):
            if not driver.full and any(
                _same_surname(key, self._stem(fold_name(s))) for s in driver.surname
            ):
                self._record(index, occurrence)
                return
        self._drivers.append(_Driver())
        self._record(len(self._drivers) - 1, occurrence)

    def _drop_non_persons(self) -> None:
        """Single names never called a person ('Tamburello', 'Kyalami') are not drivers."""
        keep = [i for i, d in enumerate(self._drivers) if d.full or d.person]
        renumber = {old: new for new, old in enumerate(keep)}
        self._drivers = [self._drivers[i] for i in keep]
        self._by_text = {t: renumber[i] for t, i in self._by_text.items() if i in renumber}

    def resolve(self, text: str) -> str | None:
        """The display name of the driver `text` names ('Ibanez' -> 'Iker Ibáñez'); None if none."""
        key = fold_name(text)
        index = self._by_text.get(key, self._aliases.get(key))
        if index is None:
            index = self._match_short(text) if not _split(text)[0] or _split(text)[2] else None
        return self._drivers[index].display() if index is not None else None

    def surnames(self) -> dict[str, str]:
        """Folded one-word surname -> display name, for surnames only one driver carries."""
        owners: dict[str, set[int]] = {}
        for index, driver in enumerate(self._drivers):
            for surname in driver.surname:
                words = fold_name(surname).split()
                if len(words) == 1:
                    owners.setdefault(words[0], set()).add(index)
        return {
            key: self._drivers[next(iter(i))].display() for key, i in owners.items() if len(i) == 1
        }

    def aliases(self) -> dict[str, str]:
        """Folded online ID -> display name."""
        return {alias: self._drivers[i].display() for alias, i in self._aliases.items()}

    @property
    def names(self) -> list[str]:
        """Display names of all drivers."""
        return [d.display() for d in self._drivers]


def _exact_surname(a: str, b: str) -> bool:
    return a == b


def _core(words: list[str]) -> list[str]:
    """A folded surname's words without the suffix ending it ('mahaffey jr.' -> 'mahaffey')."""
    while len(words) > 1 and words[-1] in SUFFIX_WORDS:
        words = words[:-1]
    return words


def _last_word_surname(a: str, b: str) -> bool:
    """'berg' of 'van den berg', and 'mahaffey' of 'mahaffey jr.' (a suffix is no surname)."""
    return a == _core(b.split())[-1]


def _similar_surname(a: str, b: str) -> bool:
    return min(len(a), len(b)) >= MIN_FUZZY_LENGTH and fuzz.ratio(a, b) >= SURNAME_SIMILARITY


def _same_surname(a: str, b: str) -> bool:
    return a == b or _similar_surname(a, b)
