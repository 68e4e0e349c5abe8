"""One article in, one Extraction out: the page's text, its race sections, every result list, result
table and standings list attached to its race, driver names resolved within the article.

The prose step (extractors/narrative/) plugs in at one place, marked in `extract_document`: it gets
the Document and the structured facts (sections, races, standings) and adds what prose states.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from extractors.aligned_columns import column_starts, with_columns_parted
from extractors.column_units import unit_columns, with_units
from extractors.crew_nations import crew_nations
from extractors.document import Block, Document, document_from_text, looks_like_heading
from extractors.entry_lists import entry_nations
from extractors.flat_tables import flat_tables
from extractors.html import NoArticleError, decode_page, document_from_html
from extractors.inline_rows import (
    DANGLING_PLACE_RE,
    InlineRow,
    closed_row,
    place_left_out,
    split_bracketed_places,
    split_inline_lists,
    split_name_list,
    split_worded_places,
    tied_pair,
)
from extractors.inline_rows import InlineList as InlineRows
from extractors.language import with_language
from extractors.name_gate import (
    NOT_NAME_WORDS,
    code_owner,
    driver_name,
    is_region,
    name_kind,
    published_name,
)
from extractors.names import NameResolver, clean_name, is_short_name, looks_like_name
from extractors.narrative import add_prose_facts, parse_prose, row_blocks
from extractors.narrative.lang import name_leading_words
from extractors.nations import (
    BRACKETED_CODE_RE,
    fold,
    language_code,
    nation_code,
    plain_lower,
    team_codes,
)
from extractors.race_facts import (
    circuit_name,
    find_circuit,
    find_series,
    parse_published,
    race_date,
    season_of,
)
from extractors.records import (
    ArticleMeta,
    DriverNation,
    Evidence,
    Extraction,
    Race,
    ResultRow,
    Standing,
)
from extractors.result_lists import (
    BRACKET_RE,
    CAR_MAKERS,
    EMPHASIS_RE,
    FIELD_SEPARATOR_RE,
    POSITION_RE,
    RACING_DATA,
    UNCLASSIFIED,
    RowFacts,
    as_retired,
    bare_numbers_as_points,
    entrant_alone,
    entrants_as_names,
    final_places,
    glued_entrants_as_names,
    is_retirement_heading,
    makers_as_teams,
    numbers_not_positions,
    parse_crew,
    parse_row_text,
    results_from_rows,
    runoff_places,
    settled_rows,
    timing_facts,
    with_points,
)
from extractors.roster_nations import roster_nations
from extractors.sections import (
    CLASS_NOUNS,
    RESULTS_WORDS_RE,
    SESSION_PATTERNS,
    STANDINGS_AFTER_RE,
    RaceSection,
    SectionMap,
    StandingsSection,
    find_sections,
    race_identity,
    ranking_headings,
    read_marker,
    roman_number,
    section_name,
)
from extractors.standings import (
    POINTS_RE,
    settles_standings,
    standings_from_rows,
    without_repeats,
    without_team_totals,
)
from extractors.tables import HEADER_WORDS, class_results, parse_table, table_confidence
from extractors.winner_lines import race_order_blocks, split_labelled_places, stated_results

logger = logging.getLogger(__name__)

# Longer lines are prose: not worth reading as result rows.
MAX_ROW_CHARS = 200
MAX_ROW_WORDS = 16
MAX_NUMBERED_ROW_WORDS = 24
# A results list has at least this many rows unless a race heading introduces it.
MIN_LIST_ROWS = 2
# "I Apex Speedway Club - 18:", "II Kite Riders – 14:": a team's place, name and match score
TEAM_SCORE_RE = re.compile(
    r"(?P<place>[IVX]{1,4})\s+(?P<team>[^\W\d_][^\d:()]*?)\s+[-–]\s+(?P<points>\d{1,3}):"
)
MAX_TEAM_SCORE_WORDS = 5
DEFAULT_RACE_NAME = "Race"
# Prose paragraphs per spaCy batch when many articles are extracted together.
PROSE_BATCH_SIZE = 64
# A heading naming a class above its table ('GTE Pro', 'Junior Lite') has at most this many words.
MAX_CLASS_WORDS = 4
# "2.Kart-Max(10)", "4. A.C.E (1)": an entrant and the number in brackets after it
ENTRANT_ROW_RE = re.compile(
    r"(?P<printed>(?P<position>\d{1,2})\s?[.)])\s*(?P<entrant>[^\W\d_][^()]{1,40}?)\s?\(\d{1,3}\)"
)
MIN_ENTRANT_ROWS = 3
# A class or division heading over a list is short.
MAX_LIST_CLASS_WORDS = 8
# ", ": between the names of a class's finishers printed in one line ('Ann Lee, Bo Kim, Cy Diaz')
NAME_PART_RE = re.compile(r"[^,]+")
# "Results", "Podios", "Podium", "Pódio", "Podest": a heading over the classes' lines of names
RESULTS_LEAD_RE = re.compile(
    rf"{RESULTS_WORDS_RE.pattern}|\bp[oó]di(?:um|ums|o|os)\b|\bpodest\b", re.IGNORECASE
)
# A line of names under a class's heading has at least this many.
MIN_NAMED_ROWS = 3
# A time this long on a list's first row is a race's total time, never a lap (ten minutes).
MIN_RACE_SECONDS = 600
# "Classificação", "Clasificación" alone: the word Portuguese and Spanish pages head qualifying and
# a race's classification alike (the rows under it tell which)
AMBIGUOUS_SESSION_RE = re.compile(r"^\s*(?:classifica[cç][aã]o|clasificaci[oó]n)\s*:?\s*$", re.I)
# "Tageswertung", "Tagesergebnis", "resultado acumulado da etapa", "classement de la journée",
# "classifica di giornata", "clasificación de la jornada", "dagklassement", "round result": one
# round's or one day's classification, its points that event's
EVENT_CLASSIFICATION_RE = re.compile(
    r"\b(?:tageswertung|tagesergebnis|veranstaltungswertung|dagklassement|"
    r"resultado acumulado|resultado (?:final )?da (?:\d+[ªa] )?(?:etapa|rodada)|"
    r"classement (?:de la journ[ée]e|du meeting)|classifica (?:di|della) giornata|"
    r"clasificaci[oó]n (?:de la jornada|del d[ií]a)|"
    r"(?:round|event|day)(?:'s)? (?:result|classification))",
    re.I,
)
# "Campeonato", "Meisterschaft": a championship named beside the event words makes standings
CHAMPIONSHIP_WORD_RE = re.compile(
    r"\b(?:championship|campeonato|campionato|championnat|meisterschaft|kampioenschap|"
    r"standings?|gesamtwertung|geral|general)\b",
    re.I,
)
# Headings and lead-in lines searched for the series, season and event.
MAX_META_LINES = 20

# "starting grid", "griglia di partenza", "Startaufstellung": an order that is no result
GRID_WORDS_RE = re.compile(r"\b(?:grid|griglia|parrilla|grelha|startaufstellung)\b", re.I)
QUALIFYING_RE = dict(SESSION_PATTERNS)["qualifying"]
# ". ", "! ", "? ": where one sentence of a lead-in paragraph ends and the next begins
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+")
# "Fastest laps", "Best lap times", "Giri più veloci", "Schnellste Runden": lap times, no result
LAP_TIMES_RE = re.compile(
    r"\b(?:fastest|best|quickest)\s+laps?\b|\blap\s+times\b|\bgir[oi]\s+pi[uù]\s+veloc[ei]\b|"
    r"\bvueltas?\s+r[aá]pidas?\b|\bmelhor(?:es)?\s+voltas?\b|\bmeilleurs?\s+tours?\b|"
    r"\bschnellste\s+(?:renn)?runden?\b",
    re.IGNORECASE,
)
# "Pole Position: Ann Lee 1:14,411", "Fastest lap: Bo Kim 1:16.702", "Pole: Cy Diaz": the label
# before a colon opening a line that names who took pole or a fastest lap, no classification row
AWARD_LABEL_RE = re.compile(r"^\s*(?P<label>[^:\d]{2,40}):\s")
POLE_RE = re.compile(r"\bpole\b", re.IGNORECASE)
# "1.", "2º)", "1er", "2ème", "3 ": the place opening a run-together row
INLINE_NUMBER_RE = re.compile(r"\d+(?:\s?[.)º°ª/,]\)?|st|nd|rd|th|er|re|ère|ème|eme|e(?=\s))?\s*")
# "P6", "9th", "3.", "12º": a place printed as a place, never a car number
PLACE_MARK_RE = re.compile(r"P\s?\d{1,3}|\d{1,3}(?:st|nd|rd|th|\.|º|°)", re.IGNORECASE)
# "con", "with", "mit", "avec", "com": the word between an entrant and its points
POINTS_LINK_RE = re.compile(r"con|with|mit|avec|com|on|op|z", re.IGNORECASE)
# Lines below a team entry that may carry its crew and its laps.
MAX_ENTRY_LINES = 2
# "/ 21 pitstops", "| 3 stops": what may stand beside an entry's laps on its own line
ENTRY_REST_RE = re.compile(r"[\s|/,;-]+|\d+\s*(?:pit\s?stops?|stops?|boxenstopps?|soste)", re.I)
# A placeholder for the lines a team entry's row takes in (see _with_entry_lines).
CONTINUED = RowFacts(text="", start=0, end=0)
# "<!DOCTYPE html>", "<html", "<body", "<p>", "<div ": what makes content HTML when no type is given
HTML_SNIFF_RE = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|article|table|ul|h[1-6])[\s>]", re.I
)
# "Gran Turismo World Series 2024": a capitalised series name followed by the season
SERIES_THEN_SEASON_RE = re.compile(
    r"(?P<series>(?:[A-Z][\w'’&.+-]*\s+){1,7}?(?:[A-Z][\w'’&.+-]*))\s+(?P<season>(?:19|20)\d{2})(?!\d)"
)
# "2021 FIA Gran Turismo Nations Cup": the season followed by a capitalised series name
SEASON_THEN_SERIES_RE = re.compile(
    r"(?<![\d/.-])(?P<season>(?:19|20)\d{2})\s+(?P<series>[A-Z][\w'’&.+-]*(?:\s+[A-Z][\w'’&.+-]*){1,7})"
)
# "Round 1, Montréal", "Round 3 – Tokyo", "Tappa 2", "World Final": the event reported on
EVENT_RE = re.compile(
    r"\b(?P<event>(?:Round|Rd\.|Tappa|Etapa|Ronda|Rodada|Runde|Manche|Leg)\s*\d+"
    r"(?:\s*(?:,|–|—|-|:|\bin\b|\bat\b)\s*(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))?"
    r"|(?:World|Grand|Global)\s+Finals?)"
)
# trailing words that end a series name rather than belong to it: "... Nations Cup Final"
SERIES_TAIL_RE = re.compile(
    r"\s+(?:Round|Final|Finals|World Final|Grand Final|Results?|Standings)\b.*$"
)


@dataclass
class StructuredFacts:
    """What lists and tables state, by race: the input of the prose step and of the Extraction."""

    doc: Document
    sections: SectionMap
    results: dict[int, list[ResultRow]] = field(default_factory=dict)  # id(RaceSection) -> rows
    races: list[RaceSection] = field(default_factory=list)
    standings: list[Standing] = field(default_factory=list)
    driver_nations: list[DriverNation] = field(default_factory=list)  # from entry lists
    entrants: set[str] = field(default_factory=set)  # teams read from a table's team column


def document_for(
    content: str | bytes,
    *,
    url: str | None = None,
    media_type: str | None = None,
    charset: str | None = None,
) -> Document:
    """The Document of an HTML page or a plain-text article; raises NoArticleError when empty.
    Bytes are decoded by their BOM, else `charset` (as the server declared it), else their
    <meta charset>, else as UTF-8."""
    text = decode_page(content, charset) if isinstance(content, bytes) else content
    if not text.strip():
        raise NoArticleError("the article is empty")
    is_html = "html" in media_type if media_type else bool(HTML_SNIFF_RE.search(text[:4096]))
    if is_html:
        return with_language(split_labelled_places(document_from_html(text, url=url)))
    return with_language(split_labelled_places(document_from_text(text, url=url)))


def extract_article(
    content: str | bytes,
    *,
    url: str | None = None,
    media_type: str | None = None,
    charset: str | None = None,
) -> Extraction:
    """Extract results, standings and metadata from one article (HTML or plain text); `charset`
    is the one the server declared for bytes, if any."""
    return extract_document(document_for(content, url=url, media_type=media_type, charset=charset))


def extract_document(doc: Document) -> Extraction:
    """Extract results, standings and metadata from an already built Document."""
    return extract_documents([doc])[0]


def extract_documents(
    docs: Iterable[Document], *, batch_size: int = PROSE_BATCH_SIZE, n_process: int = 1
) -> list[Extraction]:
    """Extract many Documents: lists and tables one by one, the prose of all of them through
    spaCy in batches (`n_process` worker processes)."""
    return list(iter_extractions(docs, batch_size=batch_size, n_process=n_process))


def iter_extractions(
    docs: Iterable[Document], *, batch_size: int = PROSE_BATCH_SIZE, n_process: int = 1
) -> Iterator[Extraction]:
    """`extract_documents` as a stream, in input order."""
    pending: deque[tuple[StructuredFacts, Extraction]] = deque()

    def documents() -> Iterator[Document]:
        for doc in docs:
            facts = read_structured(doc)
            pending.append((facts, assemble(facts)))
            yield doc

    def lines(doc: Document) -> set[int]:  # asked right after `documents` yields `doc`
        return row_blocks(doc, pending[-1][1])

    parsed = parse_prose(documents(), batch_size=batch_size, n_process=n_process, not_prose=lines)
    for prose in parsed:
        facts, extraction = pending.popleft()
        # The narrative step: penalties, intervals, driver nations and prose-only results.
        merged = add_prose_facts(extraction, prose, facts.sections)
        standings = without_team_totals(facts.doc, merged.standings)
        if len(standings) < len(merged.standings):  # a team's total is no driver's standing
            merged = merged.model_copy(update={"standings": standings})
        yield with_race_facts(merged, facts.doc)


@dataclass(frozen=True, slots=True)
class InlineList:
    """Rows printed together in one block ('1. A, 2. B, 3. C'; 'Cadet: A, B, C') and the lead-in
    before them ('25-lap feature', 'Cadet')."""

    lead_in: str
    rows: list[RowFacts]
    blocks: int = 1  # a paragraph wrapped over several lines spans several blocks


def _is_row_shaped(row: RowFacts) -> bool:
    standing_like = row.driver is not None and row.bare_number is not None
    return (
        row.is_result
        or row.is_standing
        or row.is_weak_result
        or standing_like
        or _name_first(row)
        or _code_first(row)
        or entrant_alone(row) is not None
    )


def _code_first(row: RowFacts) -> bool:
    """'7BC-Ann Lee [5]': a car code glued by a hyphen before the driver, nothing else unread (a
    row of a list numbered by car, its order giving the places)."""
    printed = EMPHASIS_RE.sub("", row.text).lstrip(" -–—•*\t")
    return (
        row.position is None
        and row.driver is not None
        and row.car_number is not None
        and not row.unknown
        and printed.startswith(f"{row.car_number}-{row.driver}")
    )


def _name_first(row: RowFacts) -> bool:
    """A place, then the driver's name as the row's first field, then fields not read ('1. Ann
    Lee – Sz. P. Nr 4 Kite – Mistrz'): a numbered row whose other columns say what they are only
    by their place in the row (a school, a title)."""
    if row.position is None or row.driver is None or row.has_timing or row.points is not None:
        return False
    after = POSITION_RE.sub("", EMPHASIS_RE.sub("", row.text).strip(), count=1)
    return after.startswith(row.driver) and len(row.driver.split()) >= 2


def _numbered_inline(block: Block) -> list[InlineList]:
    """The run-together lists of one block whose rows are all shaped like rows."""
    lists = []
    for found in split_inline_lists(block.text):
        read = _read_inline(found, block)
        skip = place_left_out(found)
        if read is None and skip is not None:  # '7. A e B 36; 9. C': the rows above the skip
            read = _read_inline(replace(found, rows=found.rows[:skip]), block)
        if read is not None:
            lists.append(read)
    return lists


def _read_inline(found: InlineRows, block: Block) -> InlineList | None:
    """One run-together list's rows read; None when they are not all shaped like rows."""
    rows = []
    for piece in found.rows:
        number = INLINE_NUMBER_RE.match(piece.text)
        printed = number.group(0).strip() if number else None
        spaced = f"{printed.rstrip('./,')}. {piece.text[number.end() :]}" if number else piece.text
        if number is None and not rows:  # 'RC2NL: Ann Lee, 2) Bo Kim': the first, unnumbered
            spaced = f"1. {piece.text}"
        spaced = spaced.replace("\n", " ")  # a row wrapped onto the next line
        pair = tied_pair(piece.text[number.end() :]) if number else None
        texts = [f"{printed} {name}{pair[2]}" for name in pair[:2]] if pair else [spaced]
        for text in texts:  # '7. Ann Lee e Bo Kim 36': two rows at one place
            row = parse_row_text(closed_row(text.replace("\n", " ")), block.start + piece.start)
            rows.append(
                RowFacts(
                    **{
                        **{k: getattr(row, k) for k in row.__slots__},
                        "text": piece.text,
                        "end": block.start + piece.start + len(piece.text),
                        "position_text": printed,
                    }
                )  # fmt: skip
            )
    rows = _surnames_first(_entrants_as_printed(_without_nameless_cars(rows)))
    rows = _shared_team_tails(rows)
    timed = len(rows) > 2 and all(r.has_timing for r in rows[:-1])
    if rows and (not _is_row_shaped(rows[-1]) or timed and not rows[-1].has_timing):
        rows.pop()  # a last row cut off by the end of the page, or prose after the list
    if len(rows) < 2 or not all(_is_row_shaped(r) for r in rows):
        return _entrant_inline(found, block) or _rows_above_unread(found, rows)
    return InlineList(found.lead_in, rows)


# a run-together list of this many rows or more may print its team column glued to the names
MIN_SHARED_TAIL_ROWS = 4
# the words of a team's name read off the end of a driver's (the name keeps two words or more)
MAX_TAIL_WORDS = 2
MIN_HEAD_WORDS = 2


def _shared_team_tails(rows: list[RowFacts]) -> list[RowFacts]:
    """'1. Ann Lee Kite Racing …, 2. Bo Kim Vela …, 3. Cy Dow Kite Racing …, 4. Di Fox Vela':
    a run-together list whose every name runs on into a team column printed with no separator,
    each team's name ending two rows or more (a team enters two cars) or a make's: the driver is
    the words before it, the team those words. Every row must end so and keep two words or more
    of name; other lists unchanged."""
    if len(rows) < MIN_SHARED_TAIL_ROWS or any(
        r.driver is None or r.team is not None or r.crew for r in rows
    ):
        return rows
    words = [r.driver.split() for r in rows]
    split = []
    for i, name in enumerate(words):
        tail = 0
        for size in range(MAX_TAIL_WORDS, 0, -1):
            if len(name) - size < MIN_HEAD_WORDS:
                continue
            shared = any(j != i and o[-size:] == name[-size:] for j, o in enumerate(words))
            if shared or fold(" ".join(name[-size:])) in CAR_MAKERS:
                tail = size
                break
        if not tail:
            return rows
        split.append(tail)
    return [
        replace(row, driver=" ".join(name[:-tail]), team=" ".join(name[-tail:]))
        for row, name, tail in zip(rows, words, split, strict=True)
    ]


MIN_ROWS_ABOVE_UNREAD = 3


def _rows_above_unread(found: InlineRows, rows: list[RowFacts]) -> InlineList | None:
    """'4th : Kite Owls, 196 laps; 5th : Vela Club, 195 laps; 6th Apex 750s, 190 laps': the
    rows above the first one not read as a row (a name the readers take for a car, a field
    unread), three or more, each a row; what that row and those after it say is not settled."""
    unread = next((i for i, row in enumerate(rows) if not _is_row_shaped(row)), len(rows))
    if unread < MIN_ROWS_ABOVE_UNREAD:
        return None
    return InlineList(found.lead_in, rows[:unread])


# "Sala, Ezequiel": a row printing one word, a comma and one word: the family name, then the given
SURNAME_FIRST_RE = re.compile(r"(?P<family>[A-ZÀ-Þ][\w'’-]+),\s+(?P<given>[A-ZÀ-Þ][\w'’-]+)")


def _surnames_first(rows: list[RowFacts]) -> list[RowFacts]:
    """'1. Lee, Ann, 2. Kim, Bo, 3. Diaz, Cy': a run-together list whose every row prints one
    word, a comma and one word, the second no make, class or racing word: each row is a driver
    printed family name first ('Ann Lee'), no team; other lists unchanged."""
    if len(rows) < MIN_ENTRANT_ROWS:
        return rows
    names = []
    for row in rows:
        text = INLINE_NUMBER_RE.sub("", row.text, count=1).strip(" .;,")
        found = SURNAME_FIRST_RE.fullmatch(text)
        if row.position is None or found is None or fold(found["given"]) in NOT_NAME_WORDS:
            return rows
        names.append(f"{found['given']} {found['family']}")
    return [
        replace(row, driver=name, team=None, car=None, unknown=())
        for row, name in zip(rows, names, strict=True)
    ]


def _without_nameless_cars(rows: list[RowFacts]) -> list[RowFacts]:
    """'4th 32 Bo Kim, 5th 2, 6th 55 Cy Diaz': a place printed with its car's number and no name,
    in a list whose other rows print car numbers before names, gives no row (who drove it is not
    printed); other lists unchanged."""
    numbered = sum(r.car_number is not None and r.driver is not None for r in rows)
    if numbered * 2 < len(rows):
        return rows
    return [r for r in rows if not _number_alone(r)]


def _number_alone(row: RowFacts) -> bool:
    """'5th 2': a place, then only a number."""
    after = INLINE_NUMBER_RE.sub("", row.text, count=1).strip(" ,;")
    return row.position is not None and row.driver is None and after.isdigit()


def _one_field(row: RowFacts) -> str | None:
    """The one field a row prints after its place ('Ford Mazda', 'Snef 2', 'Galuchot père et
    fils'), brackets aside; None when it prints more (a nation, a time, points, a car number, a
    second field)."""
    if row.position is None or row.has_timing or row.nation:
        return None
    if row.car_number or ENTRANT_ROW_RE.fullmatch(row.text.strip()):
        return None  # '4.A.C.E(1)': an entrant and its number, read as such
    text = INLINE_NUMBER_RE.sub("", row.text, count=1).lstrip(" :")
    text = BRACKET_RE.sub(" ", text).strip(" .;,")
    if row.points is not None:  # '4°: Apex Kart Team (Kart n.24) con 381 punti': the points cut
        text = POINTS_RE.sub("", text).strip()
        text = " ".join(text.split()[:-1]) if POINTS_LINK_RE.fullmatch(text.split()[-1]) else text
    fields = [f for f in FIELD_SEPARATOR_RE.split(text) if f.strip(" .")]
    if len(fields) != 1 or not text[:1].isalnum() or SENTENCE_SPLIT_RE.search(text):
        return None  # 'Lee. 125cc': the row runs on into the next sentence
    return text


def _entrants_as_printed(rows: list[RowFacts]) -> list[RowFacts]:
    """A run-together list whose every row prints one field after its place ('1. Pontier SARL;
    2. Ford Mazda; 3. 2V Kart; 7. Snef 2'): a list of entrants, each named by that field as
    printed, whatever it looks like (a company, a make, a team); a number closing a few rows and
    not most is part of their names ('Snef 2'), no points. The name gate judges each name. Other
    lists unchanged."""
    fields = [_one_field(row) for row in rows]
    if len({row.points is None for row in rows}) > 1:
        return rows  # points on some rows only: no list of one column
    numbered = sum(row.bare_number is not None for row in rows)
    if len(rows) < MIN_ENTRANT_ROWS or None in fields or numbered * 2 >= len(rows):
        return rows
    return [
        row
        if row.driver == field or row.driver is not None and row.bare_number is None
        else replace(row, driver=field, team=None, car=None, crew=(), bare_number=None, unknown=())
        for row, field in zip(rows, fields, strict=True)
    ]  # a name read already stays as read; a make, a team, a number closing the name join it


def _entrant_inline(found: InlineRows, block: Block) -> InlineList | None:
    """A run-together list of entrants each with a number in brackets ('1.Apex GmbH(15),
    2.A.C.E(1), 3.Kite 34 SA(2)'): team entries, whatever their names look like; the last row
    may be cut off. None unless three rows or more all have that shape."""
    rows = []
    for piece in found.rows:
        entry = ENTRANT_ROW_RE.fullmatch(piece.text.strip())
        if entry is None:
            break
        start = block.start + piece.start
        rows.append(
            RowFacts(
                text=piece.text,
                start=start,
                end=start + len(piece.text),
                position=int(entry["position"]),
                position_text=entry["printed"],
                driver=entry["entrant"].strip(),
            )
        )
    if len(rows) < MIN_ENTRANT_ROWS or len(rows) < len(found.rows) - 1:
        return None
    return InlineList(found.lead_in, rows)


def _named_inline(block: Block) -> InlineList | None:
    found = split_name_list(block.text) if block.kind == "item" else None
    if found is None or not all(looks_like_name(piece.text) for piece in found[1]):
        return None
    return InlineList(found[0], [_named_row(block, piece) for piece in found[1]])


def _bracketed_inline(block: Block) -> InlineList | None:
    """'Cup 250: Ann Lee (1) Bo Kim (2) Cy Diaz (3)': a class's finishers, each with its place in
    brackets after the name (every part a person's name)."""
    found = split_bracketed_places(block.text) if "(1)" in block.text else None
    if found is None or not all(looks_like_name(piece.text) for _, piece in found[1]):
        return None
    rows = [
        _named_row(block, piece, position=place, position_text=f"({place})")
        for place, piece in found[1]
    ]
    return InlineList(found[0], rows)


def _worded_bracketed_inline(block: Block) -> InlineList | None:
    """'Gruppe A: Ann Lee (Platz eins), Bo Kim (Platz zwei), Cy Dow (Platz sieben).': a class's
    drivers, each with its place and the place's word in brackets after the name (every part a
    person's name)."""
    found = split_worded_places(block.text) if "(" in block.text else None
    if found is None or not all(looks_like_name(piece.text) for _, piece in found[1]):
        return None
    rows = [_named_row(block, piece, position=place) for place, piece in found[1]]
    return InlineList(found[0], rows)


def _named_row(block: Block, piece: InlineRow, **fields: object) -> RowFacts:
    """A row of one name printed in a block (`piece`: its text and offset in the block)."""
    return RowFacts(
        text=piece.text,
        start=block.start + piece.start,
        end=block.start + piece.start + len(piece.text),
        driver=clean_name(piece.text),
        **fields,
    )


def _names_under_class(doc: Document, index: int) -> InlineList | None:
    """'CATEGORÍA CADETES' over 'Ann Lee, Bo Kim, Cy Diaz.': a class's heading, then the names of
    its finishers in one line, in their order (three or more, every part a person's name). A
    part naming two drivers ('Cy Diaz/Di Eng': a place shared, or unclear) gives no row, its place
    kept."""
    block = doc.blocks[index]
    if block.kind not in ("paragraph", "heading") or block.text.count(",") < MIN_NAMED_ROWS - 1:
        return None  # cheap tests first: this runs for every block of every article
    if index == 0 or not _is_class_heading(doc.blocks[index - 1]):
        return None
    if not _under_results_heading(doc, index - 1):
        return None
    parts = [(m.group(0).strip(" .;"), m.start()) for m in NAME_PART_RE.finditer(block.text)]
    parts = [(name, start + block.text[start:].index(name[:1])) for name, start in parts if name]
    if len(parts) < MIN_NAMED_ROWS:
        return None
    shared = {i for i, (name, _) in enumerate(parts) if _names_two(name)}
    if not all(looks_like_name(name) for i, (name, _) in enumerate(parts) if i not in shared):
        return None
    rows = [  # 'Cy Diaz/Di Eng': whose place it is is not settled
        RowFacts(
            text=name,
            start=block.start + start,
            end=block.start + start + len(name),
            position=place,
            driver=clean_name(name),
        )
        for place, (name, start) in enumerate(parts, start=1)
        if place - 1 not in shared
    ]
    return InlineList("", rows)


def _names_two(part: str) -> bool:
    """'Cy Diaz/Di Eng': a part of a line of names that names two drivers."""
    return "/" in part and all(looks_like_name(n) for n in part.split("/"))


def _under_results_heading(doc: Document, index: int) -> bool:
    """The class heading at `index` is one of a run of class headings (each over its line) that
    a heading naming results or podiums opens ('PODIOS QUINTA FECHA', 'Results')."""
    while index > 0:
        index -= 1
        block = doc.blocks[index]
        if _is_class_heading(block):
            continue
        if index > 0 and _is_class_heading(doc.blocks[index - 1]):
            continue  # the line of names under the class above
        shaped = block.kind == "heading" or looks_like_heading(block.text)
        return shaped and RESULTS_LEAD_RE.search(block.text) is not None
    return False


def _is_class_heading(block: Block) -> bool:
    marker = read_marker(block)
    return marker is not None and marker.kind == "class"


def _wrapped_inline(doc: Document, index: int, inline: InlineList) -> InlineList:
    """The list of block `index` taken on over the next lines while they continue its count
    ('… 3. Max Pigoli (…) a 8"950; 4.' then 'Gianni Morbidelli (…) a 9"474; 5. …')."""
    blocks = doc.blocks
    end = index + inline.blocks
    while end < len(blocks) and blocks[end].kind in ("paragraph", "heading"):
        gap = doc.text[blocks[end - 1].end : blocks[end].start]
        dangling = DANGLING_PLACE_RE.search(blocks[end - 1].text) is not None
        if gap != "\n" and not (dangling and not gap.strip()):
            break  # a line break, or blank lines after a place whose row is below ('…; 4.')
        start = blocks[index].start
        joined = Block("paragraph", doc.text[start : blocks[end].end], start)
        longer = _numbered_inline(joined)
        longer = next(  # the same list going on, not the next line's own ('2. run: 1. …')
            (found for found in longer if found.rows[0].start == inline.rows[0].start), None
        )
        if longer is None or len(longer.rows) <= len(inline.rows):
            break
        inline = InlineList(longer.lead_in, longer.rows, end - index + 1)
        end += 1
    return inline


def _inline_wrapped_early(doc: Document, index: int) -> list[InlineList]:
    """The list of block `index` whose second row wraps onto the next line ('1st 8 Ann Lee, 2nd
    31 Bo' then 'Kim, 3rd 40 Cy Diaz'): read over both lines, when the line alone holds a run of
    places but too short a list to read."""
    blocks = doc.blocks
    if index + 1 >= len(blocks) or blocks[index + 1].kind not in ("paragraph", "heading"):
        return []
    if doc.text[blocks[index].end : blocks[index + 1].start] != "\n":
        return []
    if not split_inline_lists(blocks[index].text):
        return []
    start = blocks[index].start
    joined = Block("paragraph", doc.text[start : blocks[index + 1].end], start)
    lists = [found for found in _numbered_inline(joined) if found.rows[0].start < blocks[index].end]
    if not lists:
        return []
    return [*lists[:-1], replace(lists[-1], blocks=2)]


def _inline_lists(doc: Document) -> dict[int, list[InlineList]]:
    """Blocks holding whole lists on one line or in one paragraph, by block index; the last list
    of a block may go on over the next lines."""
    found = {}
    covered = 0
    for index, block in enumerate(doc.blocks):
        if block.kind == "row" or index < covered:
            continue
        named = _named_inline(block) or _bracketed_inline(block) or _names_under_class(doc, index)
        named = named or _worded_bracketed_inline(block)
        lists = _numbered_inline(block) or _inline_wrapped_early(doc, index)
        lists = lists or ([named] if named else [])
        if lists:
            lists[-1] = _wrapped_inline(doc, index, lists[-1])
            found[index] = lists
            covered = index + lists[-1].blocks
    return found


def _candidate_rows(doc: Document, spanned: set[int]) -> list[RowFacts | None]:
    """Each block read as a result/standings line, or None when it is no row by its shape; a
    bullet item that is a name alone is a candidate too (a list of names under a results heading).
    Blocks in `spanned` are read already (run-together lists, statement lines)."""
    rows: list[RowFacts | None] = []
    for index, block in enumerate(doc.blocks):
        row = None
        words = len(block.text.split())
        numbered = POSITION_RE.match(block.text.strip()) is not None
        short = len(block.text) <= MAX_ROW_CHARS and (
            words <= MAX_ROW_WORDS or numbered and words <= MAX_NUMBERED_ROW_WORDS
        )  # a numbered row may name a crew of three and their car
        if (
            block.kind != "row"
            and index not in spanned
            and short
            and read_marker(block) is None
            and not _award_line(block.text)
        ):
            row = parse_row_text(block.text, block.start)
            name_item = block.kind == "item" and row.driver is not None and not row.unknown
            if not (_is_row_shaped(row) or name_item and looks_like_name(block.text.strip())):
                row = None
        rows.append(row)
    for index, row in enumerate(rows[:-1]):
        if row is not None and _labels_list(row, rows[index + 1]):
            rows[index] = None  # "Klasa 2" over "1. Ann Lee": the class heading of that list
    rows = _with_carried_units(doc, rows)
    rows = _with_aligned_columns(doc, rows)
    rows = _with_time_lines(doc, _with_wrapped_rows(doc, rows))
    rows = _with_place_lines(doc, rows)
    return _with_entry_lines(doc, _with_team_scores(doc, rows))


# A run of this many numbered lines or more may print fixed-width columns.
MIN_ALIGNED_ROWS = 3


def _with_aligned_columns(doc: Document, rows: list[RowFacts | None]) -> list[RowFacts | None]:
    """Numbered lines printed in fixed-width columns ('1 Ann Lee    Vel  Kite  1:31:00', then '2
    Annabel de Lee Vel Kite  1:36:00', the name filling its column): a row whose field opens
    after one space at a column the other rows open theirs after two read again with that field
    parted, kept when it reads as a row with the same place."""
    runs: list[list[int]] = [[]]
    for index, block in enumerate(doc.blocks):
        numbered = (
            block.kind in ("paragraph", "heading") and POSITION_RE.match(block.text) is not None
        )
        if numbered and rows[index] is not CONTINUED:
            runs[-1].append(index)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        if len(run) < MIN_ALIGNED_ROWS:
            continue
        lines = [
            (doc.blocks[i].start - doc.text.rfind("\n", 0, doc.blocks[i].start) - 1, i) for i in run
        ]
        starts = column_starts([(indent, doc.blocks[i].text) for indent, i in lines])
        for indent, index in lines:
            block = doc.blocks[index]
            parted = with_columns_parted(indent, block.text, starts) if starts else None
            if parted is None:
                continue
            read = parse_row_text(parted, block.start)
            row = rows[index]
            same = row is None or read.position == row.position
            if same and read.driver and _is_row_shaped(read):
                rows[index] = replace(read, text=block.text, end=block.end)
    return rows


def _with_carried_units(doc: Document, rows: list[RowFacts | None]) -> list[RowFacts | None]:
    """Numbered rows whose columns' units are printed on a row above only ('1. Ann Lee, Kite,
    100 laps, 58 points.', then '2. Bo Kim, Kite, 100, 0.'): each row below read again with those
    units after its bare numbers of the same columns, kept when that reads more of it; a line
    that is no numbered row ends the units."""
    units: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        row = rows[index]
        position = POSITION_RE.match(block.text.strip()) if block.kind != "row" else None
        if position is None or row is CONTINUED:
            units = {}
            continue
        if row is not None and (row.laps is not None or row.points is not None):
            units = unit_columns(block.text) or units
            continue
        carried = with_units(block.text, units) if units else None
        if carried is None:
            continue
        read = parse_row_text(carried, block.start)
        unread = len(row.unknown) if row is not None else len(carried)
        if read.driver and len(read.unknown) < unread and _is_row_shaped(read):
            rows[index] = replace(read, text=block.text, end=block.end)
    return rows


def _award_line(text: str) -> bool:
    """A line naming who took pole or set a fastest lap ('Pole Position: Ann Lee 1:14,411'), which
    a classification's rows around it never are (2h27)."""
    found = AWARD_LABEL_RE.match(text)
    label = found["label"] if found else ""
    return any(pattern.search(label) for pattern in (POLE_RE, LAP_TIMES_RE, QUALIFYING_RE))


def _team_score(text: str) -> RowFacts | None:
    """'II Apex Speedway Club - 14:': a team's place in Roman numerals, its name and its match
    score, opening the lines of its riders; None for other lines."""
    found = TEAM_SCORE_RE.fullmatch(text.strip())
    if found is None or not _says_team(found["team"]):
        return None
    return RowFacts(
        text=text,
        start=0,
        end=len(text),
        position=int(roman_number(found["place"])),
        position_text=found["place"],
        driver=found["team"].strip(),
        points=float(found["points"]),
    )


def _says_team(name: str) -> bool:
    words = name.split()
    return 0 < len(words) <= MAX_TEAM_SCORE_WORDS and all(w[:1].isupper() for w in words)


def _with_team_scores(doc: Document, rows: list[RowFacts | None]) -> list[RowFacts | None]:
    """A team's match score over its riders' lines ('I Apex Club - 18:', then '3. Ann Lee - 12
    (3,3,3,3)'): one result row of the team, its riders the crew (their lines marked CONTINUED);
    a team's score is no race heading and its riders' lines are no race's results."""
    for index, block in enumerate(doc.blocks):
        team = _team_score(block.text)
        if team is None:
            continue
        riders: list[str] = []
        end = index + 1
        while end < len(rows) and rows[end] not in (None, CONTINUED):
            rider = rows[end]
            if _team_score(doc.blocks[end].text) or rider.position is None or not rider.driver:  # type: ignore[union-attr]
                break
            riders.append(rider.driver)  # type: ignore[union-attr]
            end += 1
        if not riders:
            continue
        rows[index] = replace(
            team, crew=tuple(riders), start=block.start, end=doc.blocks[end - 1].end
        )
        rows[index] = replace(rows[index], text=doc.text[block.start : doc.blocks[end - 1].end])
        for below in range(index + 1, end):
            rows[below] = CONTINUED
    return rows


def _with_wrapped_rows(doc: Document, rows: list[RowFacts | None]) -> list[RowFacts | None]:
    """A row cut by a line break after its first word ('8 Clio', then 'Cup Ann Lee-Bo Kim
    07:55.3'): the two lines read as one row when only together they make a timed result with
    its printed place (the second line marked CONTINUED)."""
    for index, row in enumerate(rows[:-1]):
        below = doc.blocks[index + 1]
        if row is None or row.position is None or row.has_timing or row.unknown:
            continue
        if len((row.driver or "").split()) > 1 or row.nation or row.points is not None:
            continue
        if POSITION_RE.match(below.text.strip()) or "\n" in below.text:
            continue
        joined = parse_row_text(f"{doc.blocks[index].text} {below.text}", doc.blocks[index].start)
        if joined.position == row.position and joined.has_timing and joined.is_result:
            rows[index] = replace(joined, text=doc.text[joined.start : below.end], end=below.end)
            rows[index + 1] = CONTINUED
    return rows


# A line holding only a row's time (and the end of a bracket cut by the break: 'N) 2.08.23.4')
# has at most this many words.
MAX_TIME_LINE_WORDS = 3
# " (Lancer": a bracket the line break cut open, at the end of a row's first line
BRACKET_CUT_RE = re.compile(r"\s*\([^()]*$")


def _with_time_lines(doc: Document, rows: list[RowFacts | None]) -> list[RowFacts | None]:
    """A placed row whose time went onto the next line ('1st (7) Ann Lee/Bo Kim (Kite WRC)', then
    '2.01.07.0'): the two lines read as one row when together they make that row timed, its place
    and driver as printed (the time line marked CONTINUED)."""
    for index, row in enumerate(rows[:-1]):
        block, below = doc.blocks[index], doc.blocks[index + 1]
        cut_open = block.text.count("(") > block.text.count(")")  # '(Lancer', 'N) 2.08.23.4'
        if row is None and cut_open and block.kind != "row" and POSITION_RE.match(block.text):
            row = parse_row_text(BRACKET_CUT_RE.sub("", block.text), block.start)
        if row is None or row is CONTINUED or row.position is None or row.driver is None:
            continue
        words = below.text.split()
        if row.has_timing or rows[index + 1] is not None or below.kind == "row":
            continue
        if len(words) > MAX_TIME_LINE_WORDS or not re.search(r"\d", below.text):
            continue
        joined = parse_row_text(f"{block.text} {below.text}", block.start)
        same = joined.position == row.position and joined.driver == row.driver
        if same and joined.has_timing and not joined.unknown and _is_row_shaped(joined):
            rows[index] = replace(joined, text=doc.text[joined.start : below.end], end=below.end)
            rows[index + 1] = CONTINUED
    return rows


# "1st", "2.", "P3": a line holding only a place (a table printed one cell a line)
PLACE_LINE_RE = re.compile(r"(?:P|Pos\.?\s?)?(?P<place>\d{1,3})(?:st|nd|rd|th|\.|º|°)?", re.I)
# A list of places printed each on its own line above its row counts this many rows or more.
MIN_PLACE_LINES = 3
# '1.08.50', '2:01:07': a number field a row leaves unread (a time in a form not settled)
NUMBER_FIELD_RE = re.compile(r"\d[\d.:,]*")


def _with_place_lines(doc: Document, rows: list[RowFacts | None]) -> list[RowFacts | None]:
    """Places printed each on a line of its own, the row on the next ('1st', then '(7) Ann Lee/Bo
    Kim (Kite WRC) 1.08.50'): with at least MIN_PLACE_LINES such pairs counting 1, 2, 3… the two
    lines read as one row with that place, when together they name a driver after the place; a
    number field left unread (a time in a form the row does not settle) is dropped, not guessed."""
    pairs: list[tuple[int, RowFacts]] = []
    for index, row in enumerate(rows[:-1]):
        block, below = doc.blocks[index], doc.blocks[index + 1]
        place = PLACE_LINE_RE.fullmatch(block.text.strip())
        if place is None or row is CONTINUED or rows[index + 1] is CONTINUED:
            continue
        if rows[index + 1] is not None and rows[index + 1].position is not None:
            continue
        if "\n" in below.text or PLACE_LINE_RE.fullmatch(below.text.strip()):
            continue
        joined = parse_row_text(f"{place['place']}. {below.text.strip()}", block.start)
        if joined.position != int(place["place"]) or joined.driver is None:
            continue
        if not all(NUMBER_FIELD_RE.fullmatch(field) for field in joined.unknown):
            continue
        if not looks_like_name(joined.driver):
            continue
        pairs.append(
            (
                index,
                replace(joined, text=doc.text[block.start : below.end], end=below.end, unknown=()),
            )
        )
    places = [row.position for _, row in pairs]
    if len(pairs) < MIN_PLACE_LINES or places != list(range(1, len(pairs) + 1)):
        return rows
    for index, row in pairs:
        rows[index] = row
        rows[index + 1] = CONTINUED
    return rows


def _labels_list(row: RowFacts, below: RowFacts | None) -> bool:
    """A one-word label and a number ('Klasa 2', '1º BATERIA') right above a row printed '1.':
    the heading of the list below, no row of its own."""
    return (
        below is not None
        and below.position == 1
        and (row.position is not None or row.bare_number is not None)
        and row.points is None
        and not row.has_timing
        and len((row.driver or "").split()) == 1
    )


def _with_entry_lines(doc: Document, rows: list[RowFacts | None]) -> list[RowFacts | None]:
    """A team entry printed over several lines ('1. Audi R8 LMS #29', then its crew 'Lee, Kim,
    Diaz', then '158 laps'): the lines below the entry join its row and leave the list unbroken
    (they are marked CONTINUED)."""
    for index, row in enumerate(rows):
        if row is None or not row.car_number or row.crew or row.has_timing:
            continue
        if row.driver and row.car is None and looks_like_name(row.driver):
            continue  # '3. #787 Ann Lee': a driver's own row, not an entrant awaiting its crew
        merged = row
        for below in range(index + 1, min(index + 1 + MAX_ENTRY_LINES, len(rows))):
            text = doc.blocks[below].text
            crew = parse_crew(text) if not merged.crew else ()
            timing, rest = timing_facts(text)
            if crew:
                merged = replace(merged, crew=crew, end=doc.blocks[below].end)
            elif timing and not merged.has_timing and not ENTRY_REST_RE.sub("", rest).strip():
                merged = replace(merged, **timing, end=doc.blocks[below].end)
            else:
                break
            rows[below] = CONTINUED
        if merged is not row:
            rows[index] = replace(merged, text=doc.text[merged.start : merged.end])
    return rows


# "...", "…", " . . . ": a line of dots alone between numbered rows, where rows were left out
LEFT_OUT_ROWS_RE = re.compile(r"\s*(?:\.\s?){3,}\s*|\s*…\s*")


def _runs(doc: Document, rows: list[RowFacts | None]) -> list[list[int]]:
    """Consecutive row blocks of one list (same <ul>) or of consecutive plain lines."""
    runs: list[list[int]] = []
    previous: Block | None = None
    for index, (block, row) in enumerate(zip(doc.blocks, rows, strict=True)):
        if row is CONTINUED:
            continue  # a team entry's crew or laps line: part of the row above
        if row is None and LEFT_OUT_ROWS_RE.fullmatch(block.text):
            continue  # '...' between rows: places left out, the list goes on
        if row is None:
            previous = None
            continue
        same_list = previous is not None and (block.kind == "item") == (previous.kind == "item")
        if same_list and block.kind == "item":
            same_list = block.group == previous.group
        if same_list:
            runs[-1].append(index)
        else:
            runs.append([index])
        previous = block
    return runs


def _is_standings_run(
    run_rows: list[RowFacts], context: object, facts: StructuredFacts, first: int
) -> bool:
    """Rows with points and no race time the page settles as standings: under a standings
    heading, or (under a race's or a class's heading, or none) with a standings word in that
    heading or in the lead-in sentence above the list (above the items of the list before this
    run), or points beyond a race's, or below the race's timed result already printed; else they
    are a race's or a day's points ('Pódios', 'Categoria Cadete', '1º - Ann Lee (22 pontos)')."""
    doc = facts.doc
    standing = sum(r.is_standing or entrant_alone(r) is not None for r in run_rows)
    result = sum(r.is_result for r in run_rows)
    if isinstance(context, StandingsSection):
        return standing + sum(r.bare_number is not None for r in run_rows) > result
    if standing <= result:
        return False
    if _after_timed_result(run_rows, context, facts):
        return True
    headings = [context.name] if isinstance(context, RaceSection) else []
    above, group = first - 1, doc.blocks[first].group if doc.blocks[first].kind == "item" else None
    while above >= 0 and group is not None and doc.blocks[above].group == group:
        above -= 1  # '- A 123 pts', '- B and C 109 pts' (no row), then this run: one list
    if above >= 0 and doc.blocks[above].kind in ("heading", "paragraph"):
        headings.append(SENTENCE_SPLIT_RE.split(doc.blocks[above].text.strip())[-1])
    lead_in = _lead_in_above(doc, above)
    if lead_in is not None:
        headings.append(lead_in)
    return settles_standings([r.points for r in run_rows if r.points is not None], headings)


def _after_timed_result(run_rows: list[RowFacts], context: object, facts: StructuredFacts) -> bool:
    """Points and no time on any row, below the race's own classification with times already
    read (2g18: the rally's times, then the championship's points under a heading of their own):
    the race is classified, so its points table is the standings."""
    if not isinstance(context, RaceSection) or any(r.has_timing for r in run_rows):
        return False
    earlier = facts.results.get(id(context), [])
    return any(r.time_s is not None or r.gap_s is not None for r in earlier)


def _without_header_rows(rows: list[RowFacts]) -> list[RowFacts]:
    """The rows whose name is no column's heading: '| Position | 1 | 2 | … | 14 |' and
    '| Points | 25 | 21 | … | 1 |' print a points scale, no driver's standing."""
    return [r for r in rows if r.driver is None or fold(r.driver) not in HEADER_WORDS]


# a rider's points heat by heat in a speedway match's scorecard: '(1*,3,-,3,2*,1*)',
# '(W,0,0,3)', '(3,3,3,2,U/NS,M)' (a star for a paid point, letters for a fall or an exclusion)
HEAT_SCORES_RE = re.compile(
    r"\((?:[0-3]\*?|-|[A-Z](?:/[A-Z]{1,2})?)(?:,\s?(?:-?[0-3]\*?|-|[A-Z](?:/[A-Z]{1,2})?)){2,}\)"
)


def _heat_scorecard(rows: list[RowFacts]) -> bool:
    """A list whose rows print each rider's points heat by heat with paid points ('2*', a
    partner's bonus: team scoring): a team match's scorecard, whose leading numbers are the
    riders' numbers, no race's places (an individual meeting's '1. Ann Lee (3,3,2,3) 11' is)."""
    scores = [found[0] for r in rows if "," in r.text and (found := HEAT_SCORES_RE.search(r.text))]
    return 2 * len(scores) > len(rows) and any("*" in score for score in scores)


def _lead_in_above(doc: Document, above: int) -> str | None:
    """The lead-in sentence ending in a colon above a page's lists, past the lists and class
    headings printed before this one ('Confira a pontuação após a etapa:', then 'Novatos' and
    its rows, 'Mirim' and its rows): it announces every list under it; None past a race's
    heading."""
    while above >= 0 and doc.blocks[above].kind != "paragraph":
        block = doc.blocks[above]
        if not POSITION_RE.match(block.text.strip()) and read_marker(block) is not None:
            return None
        above -= 1
    if above < 0:
        return None
    last = SENTENCE_SPLIT_RE.split(doc.blocks[above].text.strip())[-1]
    return last if last.endswith(":") else None


def _places_rise(rows: list[RowFacts]) -> bool:
    """Every row's place printed as a place ('P6', '9th', '3.'; a bare '6' may be a car number)
    and the places rising down the rows."""
    positions = [r.position for r in rows]
    marked = all(PLACE_MARK_RE.fullmatch(r.position_text or "") for r in rows)
    return marked and None not in positions and positions == sorted(set(positions))  # type: ignore[type-var]


def _counts_from_one(rows: list[RowFacts]) -> bool:
    positions = [r.position for r in rows]
    return (
        positions[0] == 1
        and None not in positions
        and all(b in (a, a + 1) for a, b in zip(positions, positions[1:], strict=False))  # type: ignore[operator]
    )


def _result_run(
    run_rows: list[RowFacts], context: object, *, after_heading: bool = False
) -> list[RowFacts]:
    """The rows of a run that make a result list, or [] when the run is not one: rows shaped like
    results, or numbered names counting 1, 2, 3, or (right under a results heading) names alone
    or numbered names whose places rise."""
    if isinstance(context, RaceSection) and context.session == "qualifying":
        return []
    placed = [r for r in run_rows if r.position is not None]
    under_race = after_heading and isinstance(context, RaceSection)
    if not placed and not under_race and not any(r.has_timing or r.points for r in run_rows):
        return []  # '- Ann Lee (Kite)', '- Bo Kim (Apex)' after a sentence: a roster
    strong = sum(r.is_result for r in run_rows)
    unplaced = run_rows[len(placed) :]  # 'DNF A', 'EXCL B' after the last place
    unclassified = all(r.is_result and r.status in UNCLASSIFIED for r in unplaced)
    counted = len(placed) >= MIN_LIST_ROWS and all(
        r.is_weak_result or _name_first(r) for r in placed
    )
    if counted and unclassified and _counts_from_one(placed):
        return run_rows  # '1. A', '2. B (Team Car)', '3. C', 'DNF D': a numbered list is one list
    if counted and unclassified and isinstance(context, RaceSection) and _places_rise(placed):
        return run_rows  # under 'Race two': 'P6 A', 'P9 B', 'DSQ C': a team's own drivers
    if strong == 0:
        numbered = all(r.is_weak_result for r in run_rows) and len(run_rows) >= MIN_LIST_ROWS
        if numbered and _counts_from_one(run_rows):
            return run_rows
        if after_heading and isinstance(context, RaceSection):
            positions = [r.position for r in run_rows]
            if all(p is None for p in positions) and len(run_rows) >= MIN_LIST_ROWS:
                return run_rows  # "Results:" then one name a line
            if None not in positions and positions == sorted(set(positions)):  # type: ignore[type-var]
                return run_rows  # "Class 2", then "1. A", "8. B": the club's drivers only
        return []
    rows = settled_rows(
        run_rows, lambda r: r.is_result or (r.is_weak_result and strong * 2 >= len(run_rows))
    )
    if len(rows) < MIN_LIST_ROWS and not isinstance(context, RaceSection):
        return []
    return rows


class _RaceBook:
    """Collects result rows per race section, opening a section when rows have none."""

    def __init__(self, facts: StructuredFacts) -> None:
        self.facts = facts

    def add(self, context: object, block: int, rows: list[ResultRow]) -> None:
        race = context if isinstance(context, RaceSection) else None
        if race is not None and race.result_blocks:
            earlier = self.facts.results[id(race)]
            last = earlier[-1].position if earlier else None
            continues = rows[0].position is not None and (
                rows[0].position == len(earlier) + 1
                or last is not None
                and rows[0].position == last + 2  # a row between not read
            )
            if continues:
                earlier.extend(rows)
                race.result_blocks.append(block)
                return
            if _opens(earlier, rows) or _opens(rows, earlier):  # the top five, then the field
                earlier[:] = max(earlier, rows, key=len)
                race.result_blocks.append(block)
                return
            race = RaceSection(f"{race.name} ({len(self._named(race.name)) + 1})", race.session,
                               race.label, block, track=race.track, laps=race.laps)  # fmt: skip
        if race is None:
            race = RaceSection(DEFAULT_RACE_NAME, None, None, block)
        race = self._known(race)
        if not any(r is race for r in self.facts.races):  # in the order the article tells them
            after = [i for i, r in enumerate(self.facts.races) if r.block > race.block]
            self.facts.races.insert(after[0] if after else len(self.facts.races), race)
        self.facts.results.setdefault(id(race), []).extend(rows)
        race.result_blocks.append(block)

    def _known(self, race: RaceSection) -> RaceSection:
        """The race itself when listed, else a listed race equal to it (a section's race named
        again by a lead-in), else the race: rows are keyed by the id of a listed race, which
        stays alive (a dropped copy's id may be taken by the next race made)."""
        if any(r is race for r in self.facts.races):
            return race
        return next((r for r in self.facts.races if r == race), race)

    def _named(self, name: str) -> list[RaceSection]:
        return [r for r in self.facts.races if r.name == name or r.name.startswith(f"{name} (")]


def _opens(top: list[ResultRow], rows: list[ResultRow]) -> bool:
    """`top` (two rows or more) is the head of `rows`: the same drivers at the same places (a
    race's top five printed above its full field)."""
    head = [(r.position, r.driver) for r in rows[: len(top)]]
    return MIN_LIST_ROWS <= len(top) <= len(rows) and head == [(r.position, r.driver) for r in top]


def _standings_after(context: object) -> str | None:
    if isinstance(context, StandingsSection):
        return context.after
    return context.name if isinstance(context, RaceSection) else None


def _introduces_grid(block: Block) -> bool:
    """A lead-in sentence announcing a qualifying or grid order ('Qualifying went as follows:',
    '… the starting grid is in this order' left open above the list)."""
    text = block.text.rstrip()
    if block.kind not in ("paragraph", "heading"):
        return False
    if text.endswith(":"):
        return (GRID_WORDS_RE.search(text) or QUALIFYING_RE.search(text)) is not None
    left_open = block.kind == "paragraph" and not text.endswith((".", "!", "?", "”", '"'))
    return left_open and GRID_WORDS_RE.search(SENTENCE_SPLIT_RE.split(text)[-1]) is not None


def _inline_context(lead_in: str, block: Block, index: int, context: object) -> object:
    """The section of a run-together list: the race its lead-in names ('25-lap feature'), the
    standings it names, or a class of the current section ('125cc')."""
    if not lead_in:
        return context
    marker = read_marker(Block("paragraph", lead_in, block.start))
    if marker is not None and marker.kind == "standings":
        return StandingsSection(after=marker.name or lead_in, block=index)
    if isinstance(context, StandingsSection):  # 'MX1: 1. A 240ptn' under 'Standings': MX1's
        return StandingsSection(after=lead_in, block=index) if marker is None else context
    if marker is not None and marker.kind == "race":
        return RaceSection(marker.name or lead_in, marker.session, marker.label, index,
                           track=marker.track, laps=marker.laps)  # fmt: skip
    return RaceSection(section_name(lead_in), None, None, index)


def _evidence(row: RowFacts) -> Evidence:
    return Evidence(text=row.text, start=row.start, end=row.end)


def _no_result_table(doc: Document, index: int, context: object) -> bool:
    """A table of times that are no race result: in a qualifying section (as a list there is),
    or right under a heading or lead-in naming fastest laps or the grid."""
    if isinstance(context, RaceSection) and context.session == "qualifying":
        return True
    above = doc.blocks[index - 1] if index > 0 else None
    return (
        above is not None
        and above.kind in ("heading", "paragraph")
        and len(above.text.split()) <= MAX_CLASS_WORDS * 2
        and (LAP_TIMES_RE.search(above.text) or GRID_WORDS_RE.search(above.text)) is not None
    )


def _heading_above(doc: Document, index: int) -> RaceSection | None:
    """The race a short heading right above a table names when it opens no section itself
    ('LMP2', 'GT Am', 'Cadet'): a class results table under its class."""
    above = doc.blocks[index - 1] if index > 0 else None
    if above is None or above.kind != "heading" or len(above.text.split()) > MAX_CLASS_WORDS:
        return None
    return RaceSection(above.text.strip(" :"), None, None, index - 1)


def _class_context(name: str | None, context: object, index: int) -> object:
    """The classification of one class of a table ('LMP2' of 'Race 1' is 'Race 1 LMP2')."""
    if name is None:
        return context
    if isinstance(context, RaceSection):
        return RaceSection(f"{context.name} {name}", context.session, context.label, index,
                           track=context.track, laps=context.laps)  # fmt: skip
    return RaceSection(name, None, None, index)


def read_structured(doc: Document) -> StructuredFacts:
    """Result lists, result tables and standings of `doc`, each attached to its section."""
    flat = flat_tables(doc)
    flat_blocks = {i for first, (n, _) in flat.items() for i in range(first, first + n)}
    inline = {i: f for i, f in _inline_lists(doc).items() if i not in flat_blocks}
    orders = race_order_blocks(doc)  # 'Heat 1-Ann Lee, …  Heat 2-…': no places 1, 2
    inline = {i: f for i, f in inline.items() if i not in orders}
    spanned = {i for first, lists in inline.items() for i in range(first, first + lists[-1].blocks)}
    table_rows = {index for index, block in enumerate(doc.blocks) if block.kind == "row"}
    stated = stated_results(doc, spanned | table_rows | flat_blocks)
    candidates = [
        None if i in flat_blocks else row
        for i, row in enumerate(_candidate_rows(doc, spanned | stated.blocks))
    ]
    runs = _runs(doc, candidates)
    is_row = [
        row is CONTINUED or i in flat_blocks or (row is not None and bool(row.crew))
        for i, row in enumerate(candidates)
    ]  # a team entry with its crew read opens no section ('I Apex Club - 18:')
    for index in spanned | stated.blocks:
        is_row[index] = True
    for run in runs:
        if len(run) >= MIN_LIST_ROWS or any(candidates[i].is_result for i in run):
            for index in run:
                is_row[index] = True
    tables: dict[int, list[int]] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind == "row":
            is_row[index] = True
            tables.setdefault(block.group or 0, []).append(index)
    sections = find_sections(doc, is_row)
    rankings = ranking_headings(doc, is_row)
    facts = StructuredFacts(doc, sections, races=list(sections.races))
    for index, block in enumerate(doc.blocks):
        if not is_row[index]:
            facts.driver_nations += entry_nations(block)
    book = _RaceBook(facts)
    pieces = [("list", run) for run in runs] + [("table", rows) for rows in tables.values()]
    pieces += [("inline", [index, n]) for index, lists in inline.items() for n in range(len(lists))]
    joined = _winners_joining_lists(doc, runs, candidates)
    pieces += [
        ("stated", [race.block, n])
        for n, race in enumerate(stated.races)
        if not (race.block in joined and len(race.rows) == 1)
    ]
    pieces += [("flat", [index]) for index in flat]
    for method, indexes in sorted(pieces, key=lambda piece: piece[1][0]):
        context = sections.context_at(indexes[0])
        if method == "stated":
            race = stated.races[indexes[1]]
            section = RaceSection(race.name, race.session, None, race.block, laps=race.laps)
            book.add(section, race.block, race.rows)
            continue
        if method == "inline":
            index, n = indexes
            found = inline[index][n]
            context = _inline_context(found.lead_in, doc.blocks[index], index, context)
            _list_session(context, found.rows, doc)
            _add_list(book, facts, found.rows, context, index, after_heading=True)
            continue
        if method in ("table", "flat"):
            blocks = flat[indexes[0]][1] if method == "flat" else [doc.blocks[i] for i in indexes]
            table = parse_table(blocks, standings_context=isinstance(context, StandingsSection))
            if table is None:
                continue
            if table.entrants:
                facts.entrants.update(row.driver for row in table.rows if row.driver)
            if table.kind == "results":
                _list_session(context, table.rows, doc)
            if table.kind == "entries":
                facts.driver_nations += [
                    DriverNation(driver=row.driver, nation=row.nation, evidence=_evidence(row))
                    for row in table.rows
                    if row.driver and row.nation
                ]
            elif table.kind == "winners":
                confidence = table_confidence(blocks)
                for row, name in zip(table.rows, table.races or [], strict=True):
                    race = RaceSection(name, None, None, indexes[0])
                    book.add(race, indexes[0], results_from_rows([row], "table", confidence))
            elif table.kind == "standings":
                facts.standings += standings_from_rows(
                    _without_header_rows(table.rows), _standings_after(context)
                )
            elif not _no_result_table(doc, indexes[0], context):
                confidence = table_confidence(blocks)
                if context is None:
                    context = _heading_above(doc, indexes[0])
                for name, rows in class_results(table):
                    race = _class_context(name, context, indexes[0])
                    book.add(race, indexes[0], results_from_rows(rows, "table", confidence))
            continue
        run_rows = [candidates[i] for i in indexes]
        first = indexes[0]
        if first > 0 and _introduces_grid(doc.blocks[first - 1]):
            continue
        if first - 1 in rankings and not any(r.has_timing or r.points for r in run_rows):
            continue  # 'Top GB Teams', then clubs: a ranking of no drivers, no race's result
        event = _event_classification(doc, first, context)
        if all(r.position is not None for r in run_rows):  # numbered rows under a class
            context = _class_section(doc, first, context, is_row) or context
        heading = isinstance(context, RaceSection) and context.block < first
        after_heading = heading and all(
            is_row[i] or doc.blocks[i].kind == "heading" for i in range(context.block + 1, first)
        )
        if len(run_rows) > 1 and _cut_off(run_rows, doc):
            run_rows = run_rows[:-1]  # the last row cut off by the end of the page
        run_rows = _with_winner_above(doc, first, run_rows)
        if first > 0 and is_retirement_heading(doc.blocks[first - 1].text):
            run_rows = as_retired(run_rows)  # 'Retired:', then rows: no places (2c17)
        _list_session(context, run_rows, doc)
        _add_list(
            book, facts, run_rows, context, indexes[0], after_heading=after_heading, event=event
        )
    return facts


# "Congratulations to Round 2 Winner 41B Ann Lee": the winner named in the line above a list of
# the places after first
WINNER_ABOVE_RE = re.compile(r"\bwinner\s*:?\s+(?P<rest>[^:;,.!?]{3,60})$", re.IGNORECASE)


def _winners_joining_lists(
    doc: Document, runs: list[list[int]], candidates: list[RowFacts | None]
) -> set[int]:
    """The blocks of winner lines ('Feature Winner: Ann Lee') whose winner opens the list of
    places below them ('2nd: Bo Kim', '3rd: Cy Dow'): one race, read with its list, no race of
    its own."""
    found = set()
    for run in runs:
        row = candidates[run[0]]
        if run[0] > 0 and isinstance(row, RowFacts) and row.position == 2:
            above = doc.blocks[run[0] - 1].text.rstrip()
            if WINNER_ABOVE_RE.search(above):
                found.add(run[0] - 1)
    return found


def _with_winner_above(doc: Document, first: int, rows: list[RowFacts]) -> list[RowFacts]:
    """A list whose places start at 2 ('2nd 166B Bo Kim', '3rd 46B Cy Diaz') under a line that
    names the winner last ('… Round 2 Winner 41B Ann Lee'): that winner first; other lists as
    they are."""
    above = doc.blocks[first - 1] if first > 0 else None
    if not rows or rows[0].position != 2 or above is None or "winner" not in above.text.lower():
        return rows
    found = WINNER_ABOVE_RE.search(above.text.rstrip())
    if found is None:
        return rows
    at = above.start + found.start("rest")
    winner = parse_row_text(f"1st {found['rest']}", at)
    if winner.driver is None or winner.unknown or not looks_like_name(winner.driver):
        return rows
    text = found["rest"]
    return [replace(winner, text=text, start=at, end=at + len(text)), *rows]


def _event_classification(doc: Document, first: int, context: object) -> bool:
    """The list's heading, or its section's, names one round's or one day's classification
    ('Tageswertung Bambini', 'Resultado acumulado da 2ª etapa'): its points are that event's, a
    result decided on points, not the championship's standings."""
    above = doc.blocks[first - 1] if first > 0 else None
    names = [context.name] if isinstance(context, RaceSection) else []
    if above is not None and len(above.text.split()) <= MAX_LIST_CLASS_WORDS:
        names.append(above.text)
    return any(
        EVENT_CLASSIFICATION_RE.search(n) and not CHAMPIONSHIP_WORD_RE.search(n) for n in names
    )


def _class_section(
    doc: Document, first: int, context: object, is_row: list[bool]
) -> RaceSection | None:
    """A class or division heading right above a list ('Klasse 2 / 27 Starter', 'Parts and
    Service Promod Division') names the list's own race when the section has no race of its own
    yet ('Results', no heading) or holds another list already; None otherwise."""
    if first == 0 or is_row[first - 1] or isinstance(context, StandingsSection):
        return None
    block = doc.blocks[first - 1]
    text = block.text.strip()
    shaped = block.kind == "heading" or text.endswith(":")
    if not shaped or len(text.split()) > MAX_LIST_CLASS_WORDS or read_marker(block) is not None:
        return None
    if POSITION_RE.match(text):
        return None  # a row of another shape ('3rd – Ann Lee: 189')
    if isinstance(context, RaceSection) and (
        context.block == first - 1 or context.session is not None and not context.result_blocks
    ):
        return None
    return RaceSection(text.rstrip(" :"), None, None, first - 1)


def _list_session(context: object, rows: list[RowFacts], doc: Document) -> None:
    """The session of a printed classification, decided once by what the page says: under the
    word Portuguese and Spanish pages head qualifying and a race's classification alike
    ('Classificação', 'Clasificación'), rows opening with a race's total time ('36m57s421', longer
    than any lap) make a race (session unknown), while a grid lead-in above the heading ('Confira o
    grid de largada:') or rows of lap times alone (every row a clock time under ten minutes, no
    gap; untimed rows aside) make qualifying; another heading's session stands."""
    if not isinstance(context, RaceSection) or not rows:
        return
    first = rows[0]
    if first.gap_s is None and (first.time_s or 0) >= MIN_RACE_SECONDS:
        if context.session == "qualifying":
            context.session = None
        return
    if context.session not in (None, "qualifying") or not AMBIGUOUS_SESSION_RE.match(context.name):
        return
    above = doc.blocks[context.block - 1] if context.block > 0 else None
    timed = [r for r in rows if r.has_timing]  # 'Sem tempo': no lap set, no timing
    laps_only = len(timed) >= MIN_LIST_ROWS and all(
        r.gap_s is None and r.time_s is not None and r.time_s < MIN_RACE_SECONDS for r in timed
    )
    if laps_only or above is not None and _introduces_grid(above):
        context.session = "qualifying"


def _cut_off(rows: list[RowFacts], doc: Document) -> bool:
    """The last row ends the page and its shape differs from the rows above it: cut off mid-row
    ('2.Maar', a row without the time every other row has, or a name of more words than every
    row above prints, 'Ed Fox Kit' under surnames: the next cell cut into it)."""
    last, above = rows[-1], rows[:-1]
    if last.end < len(doc.text.rstrip()):
        return False
    untimed = all(r.has_timing for r in above) and not last.has_timing
    words = [len((r.driver or "").split()) for r in rows]
    one_word = words[-1] == 1 and min(words[:-1]) > 1
    longer = len(rows) > 2 and len(set(words[:-1])) == 1 and words[-1] > words[0]
    return untimed and len(rows) > 2 or one_word or longer


def _add_list(
    book: _RaceBook,
    facts: StructuredFacts,
    run_rows: list[RowFacts],
    context: object,
    block: int,
    *,
    after_heading: bool,
    event: bool = False,
) -> None:
    """One printed list: its standings, its result rows attached to their race, or (no place,
    time or points on any row, no race heading above) an entry list's driver–nation pairs; a
    list printed again whole is read once; a count starting again from 1 is another list."""
    restart = next(
        (i for i in range(MIN_LIST_ROWS, len(run_rows)) if _restarts(run_rows[i - 1], run_rows[i])),
        None,
    )
    if restart is not None:  # '5. E', '6. F', then '1. G': two lists printed one after the other
        head, tail, tail_context = run_rows[:restart], run_rows[restart:], context
        label = _label_row(head)
        if label is not None:  # '3° C', '150 Senior', '1° D': the next class's heading
            head, tail_context = head[:-1], RaceSection(label, None, None, block)
        _add_list(book, facts, head, context, block, after_heading=after_heading, event=event)
        _add_list(book, facts, tail, tail_context, block, after_heading=after_heading, event=event)
        return
    if not event and _is_standings_run(run_rows, context, facts, block):
        run_rows = [r if r.points is not None else with_points(r, r.bare_number) for r in run_rows]
        run_rows = entrants_as_names(glued_entrants_as_names(run_rows))
        standings = standings_from_rows(_without_header_rows(run_rows), _standings_after(context))
        if not _repeated(standings, facts.standings):
            facts.standings += standings
        return
    entrants = sum(entrant_alone(r) is not None for r in run_rows)
    if 2 * entrants >= len(run_rows):
        return  # a table of teams or makers, not settled as standings: no driver's race result
    run_rows = [r for r in run_rows if entrant_alone(r) is None]
    if (
        _running_tally(run_rows, context, facts.doc)
        or _provisional_order(run_rows, context, facts.doc)
        or _heat_scorecard(run_rows)
    ):
        return
    labelled = _class_winner_rows(run_rows)
    if labelled is not None:  # 'Class A (…): Ann Lee (Kite) 38.08 sec.': each class's winner
        for label, row in labelled:  # the row read again after its label, whose bracket's
            rest = row.text[CLASS_LABEL_RE.match(row.text).end() :]  # numbers are no times
            row = replace(parse_row_text(rest, row.end - len(rest)), text=row.text, start=row.start)
            at = max(i for i, b in enumerate(facts.doc.blocks) if b.start <= row.start)
            race = RaceSection(label, None, None, at)
            book.add(race, at, results_from_rows([replace(row, position=1)], "list"))
        return
    if not (after_heading and isinstance(context, RaceSection)) and _is_entry_run(run_rows):
        facts.driver_nations += [
            DriverNation(driver=r.driver, nation=r.nation, evidence=_evidence(r))
            for r in run_rows
            if r.driver and r.nation
        ]
        return
    run_rows = makers_as_teams(bare_numbers_as_points(numbers_not_positions(run_rows)))
    run_rows = _hometowns_no_teams(run_rows)
    rows = [
        replace(r, team=None) if r.unknown and not (r.is_result or r.is_weak_result) else r
        for r in _result_run(run_rows, context, after_heading=after_heading)
    ]  # '1. Ann Lee – Sz. P. Nr 4 Kite – Mistrz': which field is the team is not settled
    if rows:
        book.add(context, block, results_from_rows(rows, "list"))
    for label, placed in final_places(rows).items():  # '+ 2 msc. w finale A': the finals' places
        final = RaceSection(f"Final {label}" if label else "Final", "final", label, block)
        book.add(final, block, results_from_rows(placed, "list"))
    if runoff := runoff_places(rows):  # '+ 1. miejsce w barażu': the run-off's places
        book.add(
            RaceSection("Run-off", "repechage", None, block),
            block,
            results_from_rows(runoff, "list"),
        )


# 'Class B (Saloons up to 1,600 c.c.):': the label opening a row before its colon, its class's
CLASS_LABEL_RE = re.compile(r"^\s*(?P<label>[^\W\d_]+\s+\w{1,3})\s*(?:\([^()]{0,60}\))?\s*:")


def _class_winner_rows(rows: list[RowFacts]) -> list[tuple[str, RowFacts]] | None:
    """Rows with no place printed, each opening with a class's label of its own before a colon
    and naming one driver with a time ('Class A (…): Ann Lee (Kite) 38.08 sec.', 'Class B (…):
    Bo Kim …'): each the winner of its class, not places in one list; (label, row) for each,
    None for any other run."""
    if len(rows) < 2 or any(r.position is not None or r.driver is None for r in rows):
        return None
    labels = []
    for row in rows:
        found = CLASS_LABEL_RE.match(row.text)
        if found is None or not row.has_timing:
            return None
        label = " ".join(found["label"].split())
        if plain_lower(label.split()[0]) not in CLASS_NOUNS:
            return None
        labels.append(label)
    if len(set(labels)) < len(labels):
        return None
    return list(zip(labels, rows, strict=True))


# "Final leaderboard", "after stage 14 (final stage)", "última etapa", "letzten Lauf": a heading
# saying the classification is the event's end, so its final classification (a result)
LAST_STAGE_RE = re.compile(
    r"\b(?:final|finale|last|end|[uú]ltim[ao]|letzte[nmr]?|derni[eè]re?|fin|ende)\b", re.I
)


def _bracket_after_name(row: RowFacts) -> str | None:
    """What the bracket right after a row's driver holds ('Ann Lee (Kanada) – Kite' -> 'Kanada')."""
    if row.driver is None:
        return None
    found = re.search(rf"{re.escape(row.driver)}\s*\(([^()]+)\)", row.text)
    return found[1].strip() if found else None


def _hometowns_no_teams(rows: list[RowFacts]) -> list[RowFacts]:
    """A list whose bracket after the name holds the driver's nation on most rows ('Ann Lee
    (Kanada)'): a bracket there naming no nation holds a hometown ('Bo Kim (Oberau)'), no team
    (2h27); other lists unchanged."""
    brackets = [_bracket_after_name(r) for r in rows]
    nations = sum(
        b is not None and r.nation is not None for r, b in zip(rows, brackets, strict=True)
    )
    if nations < MIN_LIST_ROWS or 2 * nations <= sum(b is not None for b in brackets):
        return rows
    return [
        replace(r, team=None) if b is not None and r.nation is None and r.team == b else r
        for r, b in zip(rows, brackets, strict=True)
    ]


def _running_tally(rows: list[RowFacts], context: object, doc: Document) -> bool:
    """Rows with no points under a standings heading naming what it follows ('Classificação
    geral após 5 etapas', 'Overall after stage 3'): a running tally (of times) part of the way
    through an event, neither a race's result nor points standings; not when the heading says
    the event is over ('after stage 14 (final stage)')."""
    if not isinstance(context, StandingsSection) or not 0 <= context.block < len(doc.blocks):
        return False
    heading = doc.blocks[context.block].text
    unscored = all(r.points is None and r.bare_number is None for r in rows)
    after = STANDINGS_AFTER_RE.search(heading)
    return unscored and after is not None and not LAST_STAGE_RE.search(heading)


# "provisoire", "provisional", "vorläufig": a heading's word for an order not yet final
PROVISIONAL_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(word) for word in RACING_DATA["provisional_words"])
    + r")(?!\w)",
    re.IGNORECASE,
)


def _provisional_order(rows: list[RowFacts], context: object, doc: Document) -> bool:
    """Rows with no points and no time under a standings heading that calls itself provisional
    ('Classement général provisoire MX2', then '1 - Ann LEE Kite MC'): an order part of the way
    through a season or an event, neither a race's result nor points standings."""
    if not isinstance(context, StandingsSection) or not 0 <= context.block < len(doc.blocks):
        return False
    if any(r.points is not None or r.bare_number is not None or r.has_timing for r in rows):
        return False
    return PROVISIONAL_RE.search(doc.blocks[context.block].text) is not None


def _label_row(rows: list[RowFacts]) -> str | None:
    """The class heading a list's last row is ('150 Senior Titulares' after '1° A', '2° B', '3°
    C', before the next '1°'): a bare number jumping past the places above, which are all printed
    as places, and words only, no time or points; its text, else None."""
    last, places = rows[-1], rows[:-1]
    if len(places) < MIN_LIST_ROWS or last.position is None or places[-1].position is None:
        return None
    marked = all(PLACE_MARK_RE.fullmatch(r.position_text or "") for r in places)
    bare = (last.position_text or "").isdigit() and last.position > places[-1].position + 1
    plain = not (last.has_timing or last.points is not None or last.nation or last.car_number)
    return last.text.strip() if marked and bare and plain else None


def _restarts(before: RowFacts, row: RowFacts) -> bool:
    return row.position == 1 and before.position is not None and before.position > 1


def _is_entry_run(rows: list[RowFacts]) -> bool:
    """Rows of names and nations with no place, time or points on any of them ('TSR_Ann -
    Germany - #23 - Kite Nissan'): an entry list or roster, no result."""
    return any(r.nation for r in rows) and not any(
        r.position is not None or r.has_timing or r.points is not None for r in rows
    )


def _repeated(standings: list[Standing], earlier: list[Standing]) -> bool:
    """Every line of `standings` is a line read already (a page printing its tables twice)."""
    seen = {(s.position, s.driver, s.points) for s in earlier}
    return bool(standings) and all((s.position, s.driver, s.points) in seen for s in standings)


def _entry(row: ResultRow) -> bool:
    """A team entry: a crew, or an entrant with its number in a run-together list."""
    return bool(row.crew) or ENTRANT_ROW_RE.fullmatch(row.evidence.text.strip()) is not None


def _kept(row: ResultRow, facts: StructuredFacts) -> bool:
    """A name kept as printed: a team entry, an entrant read from a team column, or a team's or
    make's name heading a printed row (a teams' or manufacturers' race)."""
    return _entry(row) or _as_printed(row.driver, facts)


def _as_printed(name: str, facts: StructuredFacts) -> bool:
    """A standing kept as printed: an entrant, or a team's or make's name ('TSR Nissan' is not
    'Nissan Tsr')."""
    return name in facts.entrants or name_kind(name) == "team"


def _cut_by_the_end(row: ResultRow, doc: Document) -> bool:
    """A one-word name the end of the page may have cut ('6 Dougl', '5. C.Willi' ending an
    excerpt): nothing after it, not even the end of its line or more of its row, shows it
    whole."""
    words = [w for w in row.driver.replace(".", ". ").split() if not w.endswith(".")]
    at = row.evidence.text.rfind(row.driver)
    if at >= 0 and row.evidence.text[at + len(row.driver) :].strip():
        return False  # '3° Lee-Kim (Kite GT) ': the row goes on past the name, which is whole
    return row.evidence.end >= len(doc.text.rstrip(" \t")) and len(words) <= 1  # no line end


def _gate_names(facts: StructuredFacts) -> None:
    """Every result row and driver–nation pair through the one gate on names (`published_name`):
    a row naming no driver (a car number, a class, a region, a placeholder, a word cut by the end
    of the page) is dropped, a name with a place word before it repaired, a code the text prints
    after a driver's name read as that driver; team entries pass."""
    for rows in facts.results.values():
        gated = []
        for row in rows:
            kept = _kept(row, facts)
            owner = None if kept else code_owner(row.driver, facts.doc.text)
            if owner is not None:  # '1st KX12' where the text says 'Ann Lee (KX12)'
                row = row.model_copy(update={"driver": owner, "car_number": row.driver})
            name = published_name(row.driver, entry=kept)
            if name is not None and (kept or not _cut_by_the_end(row, facts.doc)):
                gated.append(row if name == row.driver else row.model_copy(update={"driver": name}))
        one_name = len(gated) > 1 and len({row.driver for row in gated}) == 1
        rows[:] = [] if one_name else gated  # a caption printed twice is no result list
    facts.standings[:] = [  # a team's, a class's stay ('Masters' may be a surname); a region's
        _repaired(s) for s in facts.standings if not is_region(s.driver)
    ]  # is no driver's ('Lazio': a championship of regional teams)
    teams = team_codes(facts.doc.text)  # '(DOU)', '(MUS)': a game's teams, not nations
    _drop_team_coded_nations(facts, teams)
    facts.driver_nations[:] = [
        _repaired(n)
        for n in facts.driver_nations
        if name_kind(n.driver) == "person" and not _team_coded(n, teams)
    ]


def _drop_team_coded_nations(facts: StructuredFacts, teams: frozenset[str]) -> None:
    """No nation for a standings line or result row whose nation is read from a bracketed code
    the page uses for teams ('2. Ivo Lenz (MUS) 326 pts' where '(DOU)', '(QOS)' name no nation):
    the code is his team's like the others'."""
    if not teams:
        return
    facts.standings[:] = [
        s.model_copy(update={"nation": None}) if _coded_nation(s.nation, s.evidence, teams) else s
        for s in facts.standings
    ]
    for rows in facts.results.values():
        rows[:] = [
            r.model_copy(update={"nation": None})
            if _coded_nation(r.nation, r.evidence, teams)
            else r
            for r in rows
        ]


# "(ANG/McLaren)", "(Ger) Kite", "(Zwit)": an abbreviation opening the bracket right after a name
# (a nation, and maybe a team after a slash)
NAME_BRACKET_CODE_RE = re.compile(r"\s*\(\s*([A-Z][A-Za-z]{1,4})\s*[)/]")
# "FRA" of "(FRA/Kite Racing)": a nation's code before the team, three capitals
CODE_BEFORE_TEAM_RE = re.compile(r"[A-Z]{3}")


def _language_coded_nations(facts: StructuredFacts) -> None:
    """The nation of a printed result or standings line whose bracket right after the driver's
    name opens with an abbreviation the article's language prints for a nation ('Ann Lee
    (ALL/Kite) : 40 pts' in French is Germany; '2 A Lee (Ger) Kite 39:13.707' in English): in
    place of none, or of the nation the same letters name as a code elsewhere ('ANG', Angola's).
    A three-letter code before the team's name ('(FRA/Kite Racing)') is read too, unless the page
    prints such codes for teams. The abbreviation is no part of the team ('ALL/Kite' is 'Kite')."""
    language, teams = facts.doc.language, team_codes(facts.doc.text)
    for rows in facts.results.values():
        rows[:] = [_with_language_code(r, language, teams) for r in rows]
    facts.standings[:] = [_with_language_code(s, language, teams) for s in facts.standings]


def _with_language_code(
    fact: ResultRow | Standing, language: str | None, teams: frozenset[str]
) -> ResultRow | Standing:
    evidence = fact.evidence
    at = evidence.text.find(fact.driver) if evidence and fact.driver else -1
    found = NAME_BRACKET_CODE_RE.match(evidence.text, at + len(fact.driver)) if at >= 0 else None
    if found is None:
        return fact
    code = found[1]
    nation = language_code(code, language)
    if nation is None and found[0].endswith("/") and CODE_BEFORE_TEAM_RE.fullmatch(code):
        nation = None if code in teams else nation_code(code)
    if nation is None or fact.nation not in (None, nation_code(code)):
        return fact
    update: dict = {"nation": nation}
    team = getattr(fact, "team", None)
    if team == code:
        update["team"] = None
    elif team and team.startswith(f"{code}/"):
        update["team"] = team[len(code) + 1 :].strip() or None
    return fact.model_copy(update=update)


def _coded_nation(nation: str | None, evidence: Evidence | None, teams: frozenset[str]) -> bool:
    """Whether `nation` is the one a team's bracketed code in the evidence names ('(MUS)')."""
    if nation is None or evidence is None:
        return False
    return any(
        nation_code(code) == nation
        for code in BRACKETED_CODE_RE.findall(evidence.text)
        if code in teams
    )


def _team_coded(pair: DriverNation, teams: frozenset[str]) -> bool:
    """Whether the pair's nation is read from a bracketed code that is a team's ('(MUS)')."""
    found = BRACKETED_CODE_RE.search(pair.evidence.text) if teams and pair.evidence else None
    return found is not None and found[1] in teams


def _add_crew_nations(facts: StructuredFacts) -> None:
    """The nations printed for crews ('A/B, country') in any block, rows included, and for
    drivers listed one a line ('name country'), for drivers no other pair names."""
    named = {n.driver for n in facts.driver_nations}
    printed = [pair for block in facts.doc.blocks for pair in crew_nations(block)]
    for pair in printed + roster_nations(facts.doc.blocks):
        if pair.driver not in named:
            named.add(pair.driver)
            facts.driver_nations.append(pair)


def _repaired(fact: Standing | DriverNation) -> Standing | DriverNation:
    """A standing or driver–nation pair under its driver's name without the words before it
    ('Quarto Ugo Sala' -> 'Ugo Sala'); a team's or a region's name as printed."""
    name = driver_name(fact.driver)
    return fact if name in (None, fact.driver) else fact.model_copy(update={"driver": name})


def _resolve_names(facts: StructuredFacts) -> None:
    """Expand 'T. Berg' / 'Berg' to the full name the article gives anywhere."""
    names = [row.driver for rows in facts.results.values() for row in rows if not _kept(row, facts)]
    names += [s.driver for s in facts.standings if not _as_printed(s.driver, facts)]
    if not any(is_short_name(name) for name in names):
        return
    leading = name_leading_words(facts.doc.language)  # 'Franzose Xavier Boog' is Xavier Boog
    resolver = NameResolver.from_text(facts.doc.text, names, leading)
    for rows in facts.results.values():
        rows[:] = [
            row
            if _kept(row, facts) or name_kind(row.driver) == "other"
            else row.model_copy(update={"driver": resolver.resolve(row.driver)})
            for row in rows
        ]  # a team entry ('BMW M6 GT3 #98', 'GSE Racing eSports', 'LCO Ingenierie(15)') as printed,
        # a school's or a class's name ('ZST Borowo') left for the gate to drop, not turned round
    facts.standings[:] = [
        s
        if _as_printed(s.driver, facts)
        else s.model_copy(update={"driver": resolver.resolve(s.driver)})
        for s in facts.standings
    ]


def article_meta(doc: Document) -> ArticleMeta:
    """Title, URL, date, language, and the series, season and event the article reports on."""
    lines = [b.text for b in doc.blocks if b.kind == "heading" or looks_like_heading(b.text)]
    texts = [doc.title or "", *lines[:MAX_META_LINES]]
    texts += [b.text for b in doc.blocks if b.kind == "paragraph"][:3]
    series = season = event = None
    for text in texts:
        if series is None:
            found = SERIES_THEN_SEASON_RE.search(text) or SEASON_THEN_SERIES_RE.search(text)
            if found:
                series = SERIES_TAIL_RE.sub("", found["series"]).strip() or None
                season = int(found["season"])
        if event is None:
            found_event = EVENT_RE.search(text)
            if found_event:
                event = found_event["event"].strip(" ,–—-:")
    # what the event line leaves out: the series named anywhere in the lead, the season from
    # the publication date, else from a year in the text
    series = series or find_series(texts)
    published = parse_published(doc.published)
    season = season_of(season, published, [b.text for b in doc.blocks])
    return ArticleMeta(
        title=doc.title,
        url=doc.url or doc.canonical_url,
        published=doc.published,
        language=doc.language,
        series=series,
        season=season,
        event=event,
    )


def _prose_texts(doc: Document) -> list[str]:
    """The title, then the headings and paragraphs in text order: where circuits and dates are
    stated."""
    blocks = [b.text for b in doc.blocks if b.kind in ("heading", "paragraph")]
    return [doc.title, *blocks] if doc.title else blocks


def assemble(facts: StructuredFacts) -> Extraction:
    """The Extraction of an article from its structured facts (and, later, its prose facts)."""
    _add_crew_nations(facts)
    _resolve_names(facts)
    _gate_names(facts)
    _language_coded_nations(facts)
    races = []
    for section in facts.races:
        results = _winner_with_race_laps(facts.results.get(id(section), []), section.laps)
        races.append(
            Race(
                name=section.name,
                **race_identity(section.name, section.session),
                track=circuit_name(section.track) if section.track else None,
                laps=section.laps,
                results=results,
            )
        )
    logger.debug("extracted %d races, %d standings", len(races), len(facts.standings))
    return Extraction(
        article=article_meta(facts.doc),
        races=races,
        standings=without_repeats(facts.standings),
        driver_nations=facts.driver_nations,
    )


def _winner_with_race_laps(results: list[ResultRow], laps: int | None) -> list[ResultRow]:
    """The rows with the race's lap count, as its heading states it ('Heat 1 (10 Laps)'), on a
    winner's row that prints none: the winner ran the race's laps."""
    if laps is None or not results:
        return results
    winner = results[0]
    if winner.position != 1 or winner.laps is not None or winner.status != "finished":
        return results
    return [winner.model_copy(update={"laps": laps}), *results[1:]]


def with_race_facts(extraction: Extraction, doc: Document) -> Extraction:
    """Every race (prose-only ones included) with the article's circuit, unless its heading
    names its own, and its date: as the text states it, else the publication date."""
    texts = _prose_texts(doc)
    track = find_circuit(texts)
    day, source = race_date(texts[:MAX_META_LINES], parse_published(extraction.article.published))
    for race in extraction.races:
        race.track = race.track or track
        if day is not None:
            race.date, race.date_source = day.isoformat(), source
    return extraction


__all__ = [
    "NoArticleError",
    "document_for",
    "extract_article",
    "extract_document",
    "extract_documents",
    "iter_extractions",
]
