"""The narrative step: articles' prose through the spaCy pipeline (in batches), facts out.

Only prose blocks (paragraphs) are parsed, never result-list items or table rows. The batch path
(`iter_narratives`, `parse_prose`) runs `nlp.pipe` over the prose of many articles at once; the
single-article path is the same code with a batch of one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from extractors.document import Document
from extractors.narrative.facts.context import RESULT_PHRASES
from extractors.narrative.facts.margins import Margin, read_margins
from extractors.narrative.facts.nations import read_nations
from extractors.narrative.facts.penalties import read_penalties
from extractors.narrative.facts.placings import Placing, read_placings
from extractors.narrative.facts.standings import read_standings
from extractors.narrative.facts.sweeps import read_counts, swept_wins
from extractors.narrative.lang import ENGLISH, languages
from extractors.narrative.pipeline import get_nlp
from extractors.narrative.prose import Sentence, read_sentences, resolve_pronouns
from extractors.narrative.races import (
    ToldNames,
    block_races,
    prose_race_names,
    races_named_in,
    sections_of,
)
from extractors.records import (
    Conflict,
    DriverNation,
    Interval,
    Penalty,
    Race,
    ResultRow,
    Standing,
)
from extractors.sections import SectionMap, named_race_key, race_identity

logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 64
# The longest paragraph read as prose. A race report's longest paragraphs are a few thousand
# characters; the prose rules' time grows with the square of a paragraph's sentences (20,000
# characters ~6 s, 80,000 ~60 s), and spaCy refuses anything over nlp.max_length (1,000,000).
MAX_PARAGRAPH_CHARS = 100_000
# The race of facts told outside any race section, in an article that names none.
UNNAMED_RACE = "Race"
# Marks that end a sentence, which a title goes without
SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
# Words before the race a sentence opens with at most: 'Dans le groupe F2000, ...'
OPENING_REACH = 3


class ProseTooLongError(ValueError):
    """A paragraph too long to read as prose (MAX_PARAGRAPH_CHARS); the message says how long."""


@dataclass
class NarrativeFacts:
    """What one article's prose states, every fact with evidence offsets into Document.text."""

    races: list[Race] = field(default_factory=list)  # rows with method "narrative"
    standings: list[Standing] = field(default_factory=list)
    penalties: list[Penalty] = field(default_factory=list)
    intervals: list[Interval] = field(default_factory=list)
    driver_nations: list[DriverNation] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    drivers: list[str] = field(default_factory=list)  # display names of the article's drivers


@dataclass(frozen=True, slots=True)
class ParsedProse:
    """An article and its parsed prose blocks: (block index, spaCy Doc) in text order."""

    document: Document
    blocks: tuple[tuple[int, Doc], ...]


def prose_blocks(doc: Document) -> list[int]:
    """Indices of the blocks worth parsing: paragraphs (not headings, list items or rows) of an
    article in a language the reader has vocabulary for (`lang/`), and outside English the list
    items that are paragraphs of prose (`prose_item`); in any other language its lists and
    tables give the facts."""
    if prose_language(doc) not in languages():
        return []
    items = prose_language(doc) != ENGLISH  # English bullets tell one race each, unnamed
    return [
        i
        for i, block in enumerate(doc.blocks)
        if block.kind == "paragraph" or (items and block.kind == "item" and prose_item(block.text))
    ]


# a list item this long, of two sentences or more, is a paragraph of prose behind a bullet
PROSE_ITEM_WORDS = 30
# '. La', '! Il': one sentence ending and the next opening
SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+[A-ZÀ-ÖØ-Þ]")


def prose_item(text: str) -> bool:
    """Whether a list item is a paragraph of prose behind a bullet ('- La finale vede X e Y.
    I due duellano ...'): thirty words or more in two sentences or more; a printed row
    ('- 1. X (Team) 12:03.4') never is."""
    return len(text.split()) >= PROSE_ITEM_WORDS and SENTENCE_BREAK_RE.search(text) is not None


def prose_language(doc: Document) -> str:
    """The ISO 639-1 code whose rules read the article's prose: its language, else English."""
    return (doc.language or ENGLISH).lower().split("-")[0]


def parse_prose(
    docs: Iterable[Document],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    not_prose: Callable[[Document], Collection[int]] | None = None,
) -> Iterator[ParsedProse]:
    """Parse the prose of many articles in one `nlp.pipe` stream, yielding each article in order
    as soon as its last paragraph is parsed. `not_prose(doc)` names paragraph blocks that are
    result or standings lines ('P1 | Tomas Berg | NOR'), never parsed."""
    nlp = get_nlp()
    pending: list[Document] = []  # articles whose prose is queued, in order
    first_pending = 0  # number of articles already yielded

    def texts() -> Iterator[tuple[Doc, tuple[int, int]]]:
        for number, doc in enumerate(docs):
            pending.append(doc)
            skipped = not_prose(doc) if not_prose else ()
            language = prose_language(doc)
            for index in prose_blocks(doc):
                if index not in skipped:
                    text = doc.blocks[index].text
                    if len(text) > MAX_PARAGRAPH_CHARS:
                        raise ProseTooLongError(
                            f"a paragraph of {len(text):,} characters is over the "
                            f"{MAX_PARAGRAPH_CHARS:,} read as prose"
                        )
                    sdoc = nlp.make_doc(text)
                    sdoc._.language = language
                    yield sdoc, (number, index)

    parsed: list[tuple[int, Doc]] = []
    for sdoc, (number, index) in nlp.pipe(
        texts(), as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        while first_pending < number:  # every article before this one is complete
            yield ParsedProse(pending[first_pending], tuple(parsed))
            pending[first_pending] = None  # type: ignore[call-overload]  (free the yielded article)
            parsed = []
            first_pending += 1
        parsed.append((index, sdoc))
    while first_pending < len(pending):
        yield ParsedProse(pending[first_pending], tuple(parsed))
        parsed = []
        first_pending += 1


def read_facts(
    prose: ParsedProse,
    *,
    known_names: Iterable[str] = (),
    known_nations: dict[str, str] | None = None,
    sections: SectionMap | None = None,
) -> NarrativeFacts:
    """The facts of one parsed article. `known_names` (e.g. from its result list) help resolve
    surnames; `known_nations` (driver -> ISO alpha-3) help resolve roles such as 'the Italian'."""
    doc = prose.document
    sections = sections or sections_of(doc)
    races = block_races(doc, prose.blocks, sections)
    offsets = {index: doc.blocks[index].start for index, _ in prose.blocks}
    sentences, roster = read_sentences(prose.blocks, offsets, races, known_names)
    only_race = sections.races[0].name if len(sections.races) == 1 else None
    # a lone race section with no result rows (often the report's title, 'Superbe finale de X')
    # leaves its races to the prose, as an article without sections does
    titled = only_race if only_race is not None and not sections.races[0].result_blocks else None
    told = None  # the race the prose named last, where the prose names the races
    labels = ToldNames()  # the race labels the prose named so far ('Baby Rok')
    opened: tuple[int, str] | None = None  # (paragraph, race) a sentence opened with
    for sentence in sentences:  # prose outside any section: the races it names, or the only one
        if sentence.race is None:
            named = races_named_in(sentence.span.text, sections)
            char = sentence.span.start_char
            sentence.named_races = [
                (
                    sentence.doc.char_span(char + at, char + at + 1, alignment_mode="expand").start,
                    race,
                )
                for at, race in named
            ]
            sentence.race = None if named or titled is not None else only_race
            if sentence.race is not None and (classed := _opened_race(sentence, labels)):
                sentence.named_races, sentence.race = classed, None
                opened = (sentence.paragraph, classed[-1][1])
            elif opened is not None and opened[0] == sentence.paragraph:
                sentence.race = opened[1]  # "En 208 Rally Cup, X s'impose. Y est deuxième."
        if (not sections.races or titled is not None) and (
            in_prose := prose_race_names(sentence, labels)
        ):
            sentence.named_races, sentence.told_before = in_prose, told
            told, sentence.race = in_prose[-1][1], None
            if _headline(sentence):
                told = None  # "X siegreich in Lauf 2": the title names a race the text tells later
        elif told is not None and not sentence.named_races:
            sentence.race = told  # "nella gara 2" named before
    book = read_nations(sentences, _resolved(known_nations, roster.resolve))
    resolve_pronouns(sentences)
    counts = read_counts(sentences)
    # with no sections, or only a title's, the prose tells its races one after another itself
    untitled = not sections.races or titled is not None
    placings = read_placings(sentences, number_races=untitled, counts=counts)
    placings += swept_wins(counts, placings, outside_races=untitled)
    if not untitled:  # a placing in no race of an article that has races is about none of them
        placings = [p for p in placings if p.race is not None]
    overall = _classification_told(sentences)
    placings = [p for p in placings if p.sentence not in overall]
    placings = _overall_places(placings, sentences, races)
    return NarrativeFacts(
        races=_races(placings, sections, book.nation_of),
        standings=read_standings(sentences, book.nation_of),
        penalties=read_penalties(sentences),
        intervals=_intervals(read_margins(sentences), placings),
        driver_nations=book.facts,
        conflicts=book.conflicts,
        drivers=roster.names,
    )


def _classification_told(sentences: list[Sentence]) -> set[int]:
    """Sentences naming an overall, cup or annual classification of the language ('W generalce
    to X staje na drugim stopniu', 'Zdobywcą Pucharu został X') with no race noun, win or
    finish of their own: the places they tell are the standings', never a race's."""
    told = set()
    for sentence in sentences:
        vocab = sentence.vocab
        words = [t.lower_ for t in sentence.span]
        text = f" {' '.join(words)} "
        if not any(f" {phrase} " in text for phrase in vocab.classification_words):
            continue
        ids = {p.id_ for p in sentence.spans("placings")}
        if (
            ids & (RESULT_PHRASES - {"line"})
            or sentence.has_cue("finish")
            or vocab.race_words & set(words)
        ):
            continue
        told.add(sentence.index)
    return told


def _headline(sentence: Sentence) -> bool:
    """The article's first sentence standing as a paragraph of its own, with no full stop: its
    title."""
    return (
        sentence.index == 0
        and sentence.whole_paragraph
        and sentence.span[-1].text not in SENTENCE_ENDS
    )


def _overall_places(
    placings: list[Placing], sentences: list[Sentence], races: dict[int, str | None]
) -> list[Placing]:
    """'In GP2, X took the win, crossing the line 13th overall': a place the words right after
    call the whole field's is one in the race of its section, not in the class the sentence
    names; with no section to take it, it is in no race the text settles and is left out."""
    kept = []
    for p in placings:
        s = sentences[p.sentence]
        section = races.get(s.block)
        named = {race for _, race in s.named_races}
        if (
            p.position is not None
            and p.race in named - {section}
            and _said_overall(s, p.evidence.end)
        ):
            if section is None:
                continue
            p.race = section
        kept.append(p)
    return kept


def _said_overall(sentence: Sentence, char: int) -> bool:
    """Whether the words right after document offset `char` in a sentence are the language's
    'overall' ('13th overall', 'sesto assoluto', '5e au scratch')."""
    after = [t.lower_ for t in sentence.span if t.idx >= char - sentence.offset]
    return any(tuple(after[: len(seq)]) == seq for seq in sentence.vocab.overall_words)


def _opened_race(sentence: Sentence, labels: ToldNames) -> list[tuple[int, str]]:
    """The races a sentence names when it opens with one ('En 208 Rally Cup, X s'impose', 'Dans
    le groupe F2000, ...', 'CATEGORIA 125cc.'): in an article whose one printed race is another,
    the sentence and the rest of its paragraph tell that race, not the printed one."""
    found = prose_race_names(sentence, labels)
    return found if found and found[0][0] - sentence.span.start <= OPENING_REACH else []


def _resolved(known: dict[str, str] | None, resolve) -> dict[str, str]:  # noqa: ANN001
    """Known nations keyed by the roster's display names."""
    return {resolve(name) or name: nation for name, nation in (known or {}).items()}


def iter_narratives(
    docs: Iterable[Document], *, batch_size: int = DEFAULT_BATCH_SIZE, n_process: int = 1
) -> Iterator[NarrativeFacts]:
    """The narrative facts of many articles, parsed in batches, in input order."""
    for prose in parse_prose(docs, batch_size=batch_size, n_process=n_process):
        yield read_facts(prose)


def extract_narratives(
    docs: Iterable[Document], *, batch_size: int = DEFAULT_BATCH_SIZE, n_process: int = 1
) -> list[NarrativeFacts]:
    """`iter_narratives` as a list."""
    return list(iter_narratives(docs, batch_size=batch_size, n_process=n_process))


def extract_narrative(doc: Document) -> NarrativeFacts:
    """The narrative facts of one article (a batch of one)."""
    return extract_narratives([doc])[0]


def _races(placings: list[Placing], sections: SectionMap, nation_of: dict[str, str]) -> list[Race]:
    sessions = {r.name: r.session for r in sections.races}
    races: dict[str, Race] = {}
    for p in sorted(placings, key=lambda p: (p.sentence, p.position or 99)):
        name = p.race_name or UNNAMED_RACE
        if name not in races:
            session = (
                "qualifying"
                if p.qualifying
                else sessions.get(name) or ("final" if "final" in name.lower() else "race")
            )
            races[name] = Race(name=name, **race_identity(name, session))
        races[name].results.append(
            ResultRow(
                position=p.position,
                driver=p.driver,
                nation=nation_of.get(p.driver),
                qualified=True if p.qualified else None,
                status=p.status,
                evidence=p.evidence,
                method="narrative",
                confidence=p.confidence,
            )
        )
    for race in races.values():
        race.results.sort(key=lambda row: (row.position is None, row.position or 0))
    return list(races.values())


def _intervals(margins: list[Margin], placings: list[Placing]) -> list[Interval]:
    """Margins as intervals, a side the sentence leaves out taken from the race's placings: the
    winner for 'finished +1:12.340 down', second place for 'winning by almost four seconds', the
    driver a place ahead for 'Moreno held on to second, less than two tenths behind'."""
    position = {(p.race, p.driver): p.position for p in placings if not p.qualifying and p.position}
    driver_at = {
        (p.race, p.position): p.driver for p in placings if not p.qualifying and p.position
    }
    intervals = []
    for m in margins:
        ahead, behind = m.ahead, m.behind
        if m.winning_margin and ahead is None:
            ahead, behind = driver_at.get((m.race, 1)), driver_at.get((m.race, 2))
        elif m.to_winner:
            ahead = driver_at.get((m.race, 1))
        elif ahead is None and (m.race, behind) in position:
            ahead = driver_at.get((m.race, position[(m.race, behind)] - 1))
        elif behind is None and (m.race, ahead) in position:
            behind = driver_at.get((m.race, position[(m.race, ahead)] + 1))
        if ahead is None or ahead == behind:
            continue  # a gap to no one the text settles is no margin
        evidence = m.evidence
        intervals.append(
            Interval(
                race=m.race,
                race_key=named_race_key(m.race),
                ahead=ahead,
                behind=behind,
                seconds=m.seconds,
                seconds_text=m.text or None,
                evidence=evidence,
            )
        )
    return intervals
