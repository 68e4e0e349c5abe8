"""Which race each prose block is about: the article's race sections (headings, lead-ins), plus a
race the prose starts without a heading, e.g. a final told after the last semi-final's section
('Qualifying seemed to set that up...' once that semi-final's winner has been named)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from extractors.document import Document
from extractors.narrative.class_openers import CLASS_WORD_RE, opened_class
from extractors.narrative.lang import ENGLISH, digit_ordinal, english_table, english_words
from extractors.narrative.prose import Sentence
from extractors.sections import SESSION_PATTERNS, SectionMap, find_sections

# Placing phrases that name a race's winner, and those that describe a new grid.
WIN_PHRASES = frozenset({"win", "win_for", "won", "line"})
GRID_PHRASES = frozenset({"pole", "grid"})
# Stages that lead to a final: after them an unheaded race is the final.
PRELIMINARY_SESSIONS = frozenset({"semi-final", "heat", "repechage", "qualifying"})
# "grand final", "World Final": what the article calls its final, to name an unheaded one
FINAL_NAME_RE = re.compile(r"\b(grand|world|super)\s+final\b", re.IGNORECASE)
# A race's label in prose: "1", "B", "KZ2", "GP1", "ROK" ("gara 1", "categoria ROK")
CODE_LABEL_RE = re.compile(r"^(?:\d{1,3}|[A-Z]|[A-Z0-9]{2,6})$")
# A race noun in capitals with its number written onto it: 'AK2' (Altersklasse 2)
GLUED_NUMBER_RE = re.compile(r"^([A-Z]{2,3})(\d{1,2})$")
# A capitalised word with a number written onto it: "Pre95", "Over35"
CLASS_YEAR_RE = re.compile(r"^[A-Z][a-z]+\d{1,4}$")
# A class named by its engine capacity, the unit written onto the number: '125cc', '50cm3'
CAPACITY_RE = re.compile(r"^\d{2,4}(?:cc|cm3|cm³)$", re.IGNORECASE)
# Words of a label at most: "categoria 125 TL", "Klasse Rotax Junior Max"
MAX_LABEL_WORDS = 4
# English names a race with a label before its noun ("the Late Model A-Feature", "the Senior Max
# final"), a number after it ("race two", "Heat 2") or an ordinal before it ("the second race");
# the words are in `lang/en.json` under `readers.races`
ENGLISH_RACE_NOUNS = english_words("races", "race_nouns")
NOT_LABEL_WORDS = english_words("races", "not_label_words")
# Words that make what an English sentence opens with no class: 'In Qualifying, ...'
NOT_CLASS_WORDS = english_words("races", "not_class_words")
NUMBER_WORDS = english_table("races", "numbers")
ENGLISH_ORDINALS = english_table("placings", "ordinals")
# "the wet opening Cooper S class race", "Saturday's opener": race 1; the words that end the
# phrase before a race noun, those that make it a driver's own race ('his first race of the
# season', 'his 300th race start'), and the nouns after a race noun that make it a modifier ('race
# start', 'race win')
OPENING_WORDS = english_table("races", "opening_words")
PHRASE_STOPS = english_words("races", "phrase_stops")
OWN_WORDS = english_words("races", "own_words")
COMPOUND_WORDS = english_words("races", "compound_words")
# "the sprint race", "the main event", "in the feature": a race named by its kind, which tells it
# from the article's other kinds ('main' and 'feature' are one kind); the nouns a kind word may
# stand before, and the words it may follow as a noun of its own
KIND_WORDS = {word: str(kind) for word, kind in english_table("races", "kind_words").items()}
KIND_HEADS = english_words("races", "kind_heads")
KIND_OPENERS = english_words("races", "kind_openers")
KIND_FOLLOWERS = english_words("races", "kind_followers")
# "before Y won the third": verbs of winning that may take a race told by its ordinal alone
ELIDED_WIN_VERBS = english_words("races", "elided_win_verbs")
# "had a fantastic day in KA3 Junior": the nouns of a driver's day told in a class
DAY_NOUNS = english_words("races", "day_nouns")
# How many words before a race noun its ordinal may stand: "the dry second Cooper S class race"
PHRASE_REACH = 6


def sections_of(doc: Document) -> SectionMap:
    """The race sections of a Document, list items and table rows taken as result rows."""
    return find_sections(doc, [block.kind in ("item", "row") for block in doc.blocks])


def block_races(
    doc: Document, parsed: Iterable[tuple[int, Doc]], sections: SectionMap
) -> dict[int, str | None]:
    """Race name (None outside any race) of every parsed prose block."""
    races: dict[int, str | None] = {}
    current_section: object = None
    won = False
    unheaded: str | None = None
    for block, sdoc in parsed:
        section = sections.race_at(block)
        if section is not current_section:
            current_section, won, unheaded = section, False, None
        ids = {s.id_ for s in sdoc.spans.get("placings", [])}
        if section is not None and won and ids & GRID_PHRASES and unheaded is None:
            unheaded = _unheaded_name(doc, section.session, section.name)
            won = False
        races[block] = unheaded or (section.name if section else None)
        won = won or bool(ids & WIN_PHRASES)
    return races


def _unheaded_name(doc: Document, session: str | None, section: str) -> str:
    if session in PRELIMINARY_SESSIONS:
        found = FINAL_NAME_RE.search(doc.text)
        return f"{found.group(1).title()} Final" if found else "Final"
    return f"{section} (2)"


def races_named_in(text: str, sections: SectionMap) -> list[tuple[int, str]]:
    """(character offset, race) for every race section a sentence names ('on pole position for a
    sprint race' -> [(28, 'Sprint race')]); a session several sections share names none."""
    named = []
    for session, pattern in SESSION_PATTERNS:
        if session == "qualifying":
            continue  # "pole position" says what happened, not which race
        races = [r for r in sections.races if r.session == session]
        if len(races) == 1:
            named += [(found.start(), races[0].name) for found in pattern.finditer(text)]
    return sorted(named)


@dataclass
class ToldNames:
    """What an article's prose named so far: race labels ('Baby Rok'), and the class whose races
    it is telling ('Klasse Rotax Mini')."""

    labels: set[str] = field(default_factory=set)
    group: str | None = None


def prose_race_names(sentence: Sentence, told: ToldNames | None = None) -> list[tuple[int, str]]:
    """(token index, race) for every race a sentence names in its language's words: a race noun
    with a label ('gara 1', 'Gara B del GP1', 'categoria 125 TL', 'w klasie Baby Rok') or after
    an ordinal ('nella seconda gara', '2° gara', 'im zweiten Lauf': race 2). [] in a language
    whose file lists no race nouns. A label the NER took for a name is no driver: its mention
    leaves the sentence. `told` holds the labels the article named before and gets this
    sentence's: a driver 'named' by an earlier label ('Rok' of 'Baby Rok') is a label word
    ('w klasie Mini Rok'); a race numbered by its ordinal after a class was named is that
    class's ('in der Rotax-Mini Klasse ... im ersten Lauf': 'Klasse Rotax Mini Lauf 1')."""
    nouns = sentence.vocab.race_nouns
    found = []
    told = ToldNames() if told is None else told
    seen = told.labels
    for token in sentence.span:
        if (glued := _glued_number(token.text, nouns)) is not None:
            found.append((token.i, glued))  # "In der AK2 wurden ...": 'AK 2'
            continue
        vocab = sentence.vocab
        kind = (
            token.lower_ in vocab.kind_nouns | vocab.stage_nouns
            and not _told_before(sentence, token.i)
            and not _named_after(sentence, token.i)
        )
        if kind and token.lower_ not in nouns:
            found.append((token.i, _kind_race(sentence, token.i, told)))  # "in de hoofdrace"
            continue
        if token.lower_ not in nouns or _told_before(sentence, token.i):
            continue
        number = _ordinal_before(sentence, token.i)
        if number is not None and _own_count(sentence, token.i):
            continue  # "sa deuxième course": the driver's second race, not race 2
        if number is not None and number > 1 and _season_count(sentence, token.i):
            continue  # "la segunda carrera del año": the season's second race, not race 2
        labels = seen | {race.split(" ", 1)[-1] for _, race in found}
        label = [str(number)] if number is not None else _label_after(sentence, token.i + 1, labels)
        start, end = token.i + 1, token.i + 1 + len(label)
        if not label and (token.text[:1].isupper() or _code_before(sentence, token.i)):
            # "in de Standaard 1400 Klasse", "in de MX2 klasse"
            start, end = _label_before(sentence, token.i), token.i + 1  # the noun too
            label = [t.text for t in sentence.doc[start : token.i] if t.text not in ("-", "‑")]
        if not label and kind:  # "w przedfinale", "w finale": the class's final
            found.append((token.i, _kind_race(sentence, token.i, told)))
            continue
        if label and _winner_after_win(sentence, token.i, label):
            continue  # "vinse la gara Ugo Ferrante": the race won, then its winner
        if label:
            name = " ".join([token.text.capitalize(), *label])
            if number is not None and told.group is not None:
                name = f"{told.group} {name}"
            found.append((token.i, name))
            if number is None:
                seen.add(" ".join(label))
            if number is None and not all(word.isdigit() for word in label):
                told.group = name  # a class ('Klasse Rotax Mini'), not a race's number ('Lauf 1')
                sentence.mentions = [
                    m for m in sentence.mentions if not (start <= m.start and m.end <= end)
                ]
    found = found or _compound_classes(sentence, told)
    found = found or _opened_class(sentence)  # "Nella Shifter Over, ...": a class with no noun
    return found or _class_of_the_day(sentence)


def _kind_race(sentence: Sentence, k: int, told: ToldNames) -> str:
    """The race a kind of race names ('Hoofdrace', 'Superfinale'); a stage of a class
    ('przedfinale', 'finale') is the one of the class told before ('Klasie Mini Rok Finale')."""
    token = sentence.doc[k]
    word = token.text.capitalize()
    staged = token.lower_ in sentence.vocab.stage_nouns and told.group is not None
    return f"{told.group} {word}" if staged else word


def _named_after(sentence: Sentence, k: int) -> bool:
    """A capitalised word or a code right after a kind of race ('w wyścigu finałowym Grand
    Finals'): the race of an event the words name, not the class's own."""
    after = sentence.doc[k + 1].text if k + 1 < sentence.span.end else ""
    return after[:1].isupper()


def _glued_number(word: str, nouns: frozenset[str]) -> str | None:
    """'AK 2' for 'AK2': a race noun of the language in capitals with its number written onto
    it; None otherwise."""
    match = GLUED_NUMBER_RE.match(word)
    return f"{match[1]} {match[2]}" if match and match[1].lower() in nouns else None


def _told_before(sentence: Sentence, k: int) -> bool:
    """A race noun after a demonstrative of the language ('in dieser Altersklasse 134
    Strafsekunden'): the race told before, whatever words follow it."""
    before = sentence.doc[k - 1].lower_ if k > sentence.span.start else ""
    return before in sentence.vocab.demonstratives


def _opened_class(sentence: Sentence) -> list[tuple[int, str]]:
    """The class a sentence opens with; in English none whose words name a session, a lap, a
    round or a day ('In Qualifying, ...', 'In Round 3, ...'), nor a label before a race noun
    ('In the Pro League race'), which the English race readers tell."""
    mentions = list(sentence.mentions)
    found = opened_class(sentence)
    if found and sentence.vocab.code == ENGLISH:
        at, name = found[0]
        after = at + len(name.split())
        if {w.lower() for w in name.split()} & (NOT_LABEL_WORDS | NOT_CLASS_WORDS) or (
            after < sentence.span.end and sentence.doc[after].lower_ in ENGLISH_RACE_NOUNS
        ):  # "In the Pro League race, ...": the race noun's label, read as such
            sentence.mentions = mentions  # the names in its words stay drivers
            return []
    return found


def _class_of_the_day(sentence: Sentence) -> list[tuple[int, str]]:
    """[(token index, class)] for the class an English sentence tells a driver's day in ('X had
    a strong day in KA3 Junior with two heat wins'): capitalised words and codes after 'day in',
    closed by a word in lower case or a comma, at least one of them a code ('KA3', '4SS'), so
    that no circuit or town ('a good day in Spa') is read as one."""
    if sentence.vocab.code != ENGLISH:
        return []
    doc, end = sentence.doc, sentence.span.end
    for token in sentence.span:
        if token.lower_ not in DAY_NOUNS or token.i + 2 >= end or doc[token.i + 1].lower_ != "in":
            continue
        first = k = token.i + 2
        while k < end and k - first < MAX_LABEL_WORDS and CLASS_WORD_RE.match(doc[k].text):
            k += 1
        words = [t.text for t in doc[first:k]]
        closed = k < end and (doc[k].text == "," or doc[k].text[:1].islower())
        if not closed or not any(_is_code(w) and not w.isdigit() and len(w) > 1 for w in words):
            continue
        if any(m.start < k < m.end or m.start < first < m.end for m in sentence.mentions):
            continue  # a driver's name runs into the words
        sentence.mentions = [m for m in sentence.mentions if not first <= m.start < k]
        return [(first, " ".join(words))]
    return []


def _compound_classes(sentence: Sentence, told: ToldNames) -> list[tuple[int, str]]:
    """(token index, class) for each word that names a class by its compound ending, in a
    language that writes one so ('in de rodeoklasse', 'De juniorenklasse'): a stem of three
    letters or more before the ending, not a word the language lists as no class ('topklasse')."""
    vocab = sentence.vocab
    found = []
    for token in sentence.span:
        word = token.lower_
        suffix = next((s for s in vocab.class_suffixes if word.endswith(s)), None)
        if suffix is None or len(word) < len(suffix) + 3 or word in vocab.not_name_words:
            continue
        if not word[: -len(suffix)].rstrip("-").isalpha():
            continue
        name = token.text.capitalize()
        found.append((token.i, name))
        told.group = name
        sentence.mentions = [m for m in sentence.mentions if not m.start <= token.i < m.end]
    return found


def _winner_after_win(sentence: Sentence, noun: int, label: list[str]) -> bool:
    """A 'label' of two or more words written as names after a race noun that a win verb takes
    as its object ('vinse la gara Ugo Ferrante'): the winner's name ('ganhou a categoria GT
    Truck' keeps its class)."""
    doc = sentence.doc
    k = noun - 1
    if k > sentence.span.start and doc[k].lower_ in sentence.vocab.articles:
        k -= 1
    won = any(p.end == k + 1 and p.id_ == "won" for p in sentence.spans("placings"))
    return won and len(label) >= 2 and all(w.isalpha() and w.istitle() for w in label)


def _code_before(sentence: Sentence, index: int) -> bool:
    """Outside English, a class code or a capitalised word (no demonym, no driver) right before
    a race noun in lower case, after an article or a preposition ('in de MX2 klasse', 'won de
    Supersport race'): the noun's label."""
    doc, vocab = sentence.doc, sentence.vocab
    if vocab.code == ENGLISH or index - 2 < sentence.span.start:
        return False
    code = doc[index - 1].text
    named = any(m.start <= index - 1 < m.end for m in sentence.mentions)
    coded = CODE_LABEL_RE.match(code) is not None or CAPACITY_RE.match(code) is not None
    titled = code.istitle() and code.lower() not in {*vocab.demonyms, *vocab.not_name_words}
    return (
        (coded or titled)
        and len(code) > 1  # "de A finale" of "de A, B of C finale": a letter names no class
        and any(c.isalpha() for c in code)
        and not named
        and doc[index - 2].lower_ in vocab.articles | vocab.object_words
    )


def _label_before(sentence: Sentence, index: int) -> int:
    """Where the label before a capitalised race noun starts, in a language that may put it
    there ('in de Standaard 1400 Klasse', 'in der Rotax-Mini Klasse'): capitalised words, codes
    and inner hyphens right after an article or preposition; `index` when none."""
    doc, vocab = sentence.doc, sentence.vocab
    k, words = index - 1, 0
    while k > sentence.span.start and words < MAX_LABEL_WORDS:
        text = doc[k].text
        if text in ("-", "‑") and not doc[k].whitespace_ and not doc[k - 1].whitespace_:
            k -= 1  # "Rotax-Mini"
            continue
        if not _is_label_word(text) or doc[k].lower_ in vocab.not_name_words:
            break
        k, words = k - 1, words + 1
    opener = doc[k].lower_ in vocab.articles | vocab.object_words
    return k + 1 if words and opener else index


def english_race_labels(sentence: Sentence) -> list[tuple[int, str]]:
    """(token index, label) for the races an English sentence names: 'in the Late Model Street
    Stock A-Feature', 'the B-Feature, which was won by X', 'in race two', 'the second race'. A
    race noun with no label ('the race', 'the feature') names none."""
    doc, end = sentence.doc, sentence.span.end
    named = {i for m in sentence.mentions for i in range(m.start, m.end)}
    found: list[tuple[int, str]] = []
    for token in sentence.span:
        if (kind := _kind_of(sentence, token.i)) is not None:
            found.append((token.i, kind))
            continue
        noun = token.lower_.rsplit("-", 1)[-1]  # "A-Feature" is one token
        if noun not in ENGLISH_RACE_NOUNS or token.i in named:
            continue
        k = token.i
        after = doc[k + 1] if k + 1 < end else None
        if token.lower_ in KIND_WORDS and after is not None and after.lower_ in KIND_HEADS:
            continue  # "the sprint race": the race noun after it names the race
        if after is not None and after.text[:1].isupper() and _is_label_word(after.text):
            continue  # "the Racesaver Sprint Car A-Feature": a word inside a longer name
        if after is not None and after.lower_ in COMPOUND_WORDS:
            continue  # "his 300th race start", "a race win": no race named
        if token.lower_ in OPENING_WORDS:  # "Saturday's opener"
            found.append((k, f"race {OPENING_WORDS[token.lower_]}"))
            continue
        if after is not None and (
            after.lower_ in NUMBER_WORDS or (after.is_digit and len(after.text) <= 2)
        ):
            number = NUMBER_WORDS.get(after.lower_) or int(after.text)
            found.append((k, f"{token.lower_} {number}"))
        elif (number := _phrase_ordinal(sentence, k)) is not None:
            if number:  # 0: a driver's own race ("his first race of the season")
                found.append((k, f"{token.lower_} {number}"))
        elif (first := _label_start(sentence, k, named)) < k or noun != token.lower_:
            found.append((k, doc[first : k + 1].text.lower()))
    return found + _elided_races(sentence, found)


def _elided_races(sentence: Sentence, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """'won the second race, before Y won the third': an ordinal after a verb of winning with no
    noun of its own, in a sentence that numbers a race by its ordinal, is that noun's race."""
    numbered = [name.split(" ")[0] for _, name in found if name.split(" ")[-1].isdigit()]
    if not numbered:
        return []
    return [
        (k, f"{numbered[0]} {ENGLISH_ORDINALS[sentence.doc[k].lower_]}")
        for k in elided_ordinals(sentence)
    ]


def elided_ordinals(sentence: Sentence) -> list[int]:
    """The tokens of ordinals a verb of winning takes with no noun ('won the third'), ending
    their clause."""
    doc, start, end = sentence.doc, sentence.span.start, sentence.span.end
    return [
        k
        for k in range(start + 2, end)
        if doc[k].lower_ in ENGLISH_ORDINALS
        and doc[k - 1].lower_ == "the"
        and doc[k - 2].lower_ in ELIDED_WIN_VERBS
        and (k + 1 >= end or doc[k + 1].is_punct or doc[k + 1].lower_ in ("and", "while"))
    ]


def _kind_of(sentence: Sentence, index: int) -> str | None:
    """The kind a race noun at `index` names: 'sprint' for 'the sprint race', 'feature' for 'the
    main event' and for 'the feature' alone; None for any other word or a kind word that
    describes something else ('the sprint car', 'the main straight')."""
    doc, start, end = sentence.doc, sentence.span.start, sentence.span.end
    word = doc[index].lower_
    before = doc[index - 1] if index > start else None
    if word in KIND_HEADS and before is not None and before.lower_ in KIND_WORDS:
        opener = doc[index - 2].lower_ if index - 2 >= start else ""
        return KIND_WORDS[before.lower_] if opener in KIND_OPENERS else None
    if word not in KIND_WORDS or before is None or before.lower_ not in KIND_OPENERS:
        return None
    after = doc[index + 1] if index + 1 < end else None
    if after is not None and (after.is_alpha and after.lower_ not in KIND_FOLLOWERS):
        return None  # "the sprint car", "the feature race" (read at its noun)
    return KIND_WORDS[word]


def _phrase_ordinal(sentence: Sentence, index: int) -> int | None:
    """The race number an ordinal (or 'opening') in the phrase before an English race noun gives
    it: 'the second race', 'the dry second race', 'the wet opening Cooper S class race' (1); 0
    for a driver's own race ('his first race of the season'); None when the phrase has none."""
    doc, start = sentence.doc, sentence.span.start
    for k in range(index - 1, max(start, index - PHRASE_REACH) - 1, -1):
        word = doc[k].lower_
        if word in OWN_WORDS:
            return 0
        if word in PHRASE_STOPS or doc[k].is_punct:
            return None
        if word in ENGLISH_ORDINALS:
            return ENGLISH_ORDINALS[word]
        if word in OPENING_WORDS:
            return OPENING_WORDS[word]
    return None


def same_race_label(a: str, b: str) -> bool:
    """'a-feature' and 'late model a-feature': one names the race the other names in full."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _label_start(sentence: Sentence, index: int, named: set[int]) -> int:
    """Where the label before an English race noun starts ('Late Model Street Stock A-Feature':
    'Late'); `index` when no capitalised words or codes stand right before it."""
    doc, first = sentence.doc, index
    k, words = index - 1, 0
    while k > sentence.span.start and k not in named and words < MAX_LABEL_WORDS:
        text = doc[k].text
        if text in ("-", "‑") and not doc[k].whitespace_ and not doc[k - 1].whitespace_:
            k -= 1  # "A-Feature": the letter before the hyphen
            continue
        if not _is_label_word(text) or doc[k].lower_ in NOT_LABEL_WORDS:
            break
        first, words, k = k, words + 1, k - 1
    while first < index and doc[first].text in ("-", "‑"):
        first += 1
    return first


def _ordinal_before(sentence: Sentence, index: int) -> int | None:
    """2 for the ordinal right before a race noun: 'seconda', '2°', '2.' ('2 .' as two tokens)."""
    doc, start = sentence.doc, sentence.span.start
    if index <= start:
        return None
    before = doc[index - 1]
    if before.lower_ in sentence.vocab.ordinals:
        return sentence.vocab.ordinals[before.lower_]
    if (value := digit_ordinal(before.text)) is not None:
        return value
    if before.text == "." and index - 2 >= start and doc[index - 2].is_digit:
        return int(doc[index - 2].text)
    return None


def _own_count(sentence: Sentence, index: int) -> bool:
    """A possessive of the language right before the ordinal of a race noun ('sa deuxième
    course', 'la sua seconda gara'): the driver's count of races, not a race of the article."""
    doc, k = sentence.doc, index - 2
    if k >= sentence.span.start and doc[index - 1].text == "." and doc[k].is_digit:
        k -= 1  # "seine 2 . Rennen"
    return k >= sentence.span.start and doc[k].lower_ in sentence.vocab.own_words


# Small words a race noun and a season noun may stand apart by: 'del', 'de la', "dell'", 'van het'
SEASON_REACH = 2


def _season_count(sentence: Sentence, index: int) -> bool:
    """A season noun of the language after a race noun, a few small words in lower case between
    ('la segunda carrera del año', 'zweites Rennen der Saison', 'drugi wyścig sezonu'): the
    ordinal before the noun counts the season's races, no race of the article's meeting."""
    doc, end = sentence.doc, sentence.span.end
    for k in range(index + 1, min(index + 2 + SEASON_REACH, end)):
        if doc[k].lower_ in sentence.vocab.season_nouns:
            return True
        word = doc[k].text
        if not (word.islower() and len(word.rstrip("'’")) <= 5 and word.rstrip("'’").isalpha()):
            return False
    return False


def _label_after(sentence: Sentence, index: int, labels: set[str]) -> list[str]:
    """The label after a race noun: numbers, capitalised words, codes and letters ('1', 'B',
    '125 TL', 'Micro Max'), and 'del GP1' after them; never a driver's name (a name that is an
    earlier label of the sentence, 'Rok' of 'Baby Rok', is none)."""
    doc, end = sentence.doc, sentence.span.end
    # a driver's name ends the label; a name right after the noun, written nowhere in a longer
    # form, is the label ('w klasie Baby Rok'), not a surname ('a metà gara Speroni')
    named = {
        i
        for m in sentence.mentions
        if (m.start != index or sentence.doc[m.start : m.end].text != m.driver)
        and m.driver not in labels
        for i in range(m.start, m.end)
    }
    label: list[str] = []
    k = index
    while k < end and len(label) < MAX_LABEL_WORDS and k not in named:
        text = doc[k].text
        if _is_label_word(text) and doc[k].lower_ not in sentence.vocab.not_name_words:
            label.append(text)
        elif (
            label
            and doc[k].lower_ in sentence.vocab.object_words
            and k + 1 < end
            and _is_code(doc[k + 1].text)
        ):  # "Gara B del GP1"
            label += [doc[k].lower_, doc[k + 1].text]
            k += 1
        else:
            break
        k += 1
    return label


def _is_label_word(text: str) -> bool:
    """A code, a capitalised word, a capitalised word with its number ('Pre95'), or an engine
    capacity ('125cc')."""
    return (
        _is_code(text)
        or (text[:1].isupper() and (text.isalpha() or CLASS_YEAR_RE.match(text) is not None))
        or CAPACITY_RE.match(text) is not None
    )


def _is_code(text: str) -> bool:
    """'1', 'B', 'KZ2', 'GP1', 'ROK': digits, a capital letter, or capitals and digits."""
    return bool(CODE_LABEL_RE.match(text))
