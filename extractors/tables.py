"""Result and standings tables: a header row found by its words (in six languages), columns in any
order and any subset; without a header, each column's kind is inferred from its cells."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from extractors.document import Block
from extractors.names import looks_like_name, natural_name
from extractors.nations import fold, nation_code
from extractors.result_lists import (
    CAR_NUMBER_RE,
    POSITION_RE,
    RACING_DATA,
    RowFacts,
    is_car,
    parse_crew,
    parse_fields,
    parse_row_text,
    timing_facts,
)
from extractors.row_facts import PLACE_WORDS
from extractors.sections import read_marker
from extractors.standings import POINTS_RE, parse_points
from extractors.times import STATUS_RE, find_timings, status_of

ColumnKind = Literal[
    "position", "number", "driver", "given_name", "family_name", "entrant", "crew", "nation",
    "car", "team", "class", "time", "interval", "laps", "points", "winner", "event", "ignored",
]  # fmt: skip
TableKind = Literal["results", "standings", "entries", "winners"]

HEADER_WORDS: dict[str, ColumnKind] = {
    fold(word): kind for kind, words in RACING_DATA["table_headers"].items() for word in words
}
# "Gap", "Diff", "Distacco": a time column that says it holds gaps to the winner
GAP_HEADERS = frozenset(fold(word) for word in RACING_DATA["table_gap_headers"])
# A winner's bare value under a gap header below this is no race time: the column is not gaps.
MIN_RACE_SECONDS = 60.0
# "1", "12": a cell that is only a whole number
INTEGER_RE = re.compile(r"^\d{1,4}$")
# "Time / Gap", "Nation/Country": header cells naming two things at once
HEADER_SPLIT_RE = re.compile(r"\s*[/&]\s*|\s+or\s+")

# Besides a driver, a results or standings table has one of these columns.
EVIDENCE_KINDS = frozenset({"nation", "time", "interval", "laps", "points", "car"})
# Columns that state a result: without any of them a table lists who takes part (an entry list).
RESULT_KINDS = frozenset({"position", "time", "interval", "laps", "points"})
# "SWE Team Sweden", "NED Team Netherlands": a nation code before a team named for that nation
NATION_TEAM_RE = re.compile(r"^(?P<code>[A-Z]{2,3})\s+(?P<team>.+)$")
# "#", "No.": a header that may number a roster's rows as well as head places
ROSTER_NUMBER_HEADERS = frozenset({"#", "n", "n.", "no", "no.", "nr", "nr.", "num", "number"})
# Columns that name who a row is about: a driver, a name split in two, a team entry.
NAME_KINDS = frozenset({"driver", "given_name", "family_name", "entrant", "crew", "winner"})
# "Rained Out", "Cancelled", "Postponed": a winner cell of a race that was not run
NO_RACE_RE = re.compile(
    r"\b(?:rained[- ]out|rain[- ]?out|cancel+ed|postponed|abandoned|annul[ée]e?|cancelad[oa]|"
    r"annullat[oa]|abgesagt|rinviat[oa]|adiad[oa])\b",
    re.IGNORECASE,
)
# "36", "17,5": a round's points or a season's total in a standings table's cell
SEASON_POINTS_RE = re.compile(r"\d{1,4}(?:[.,]\d)?")
# "Total": a header over a time or, in whole numbers, over points
TOTAL_WORDS = frozenset({"total"})
# "1st", "2nd", "3º", "4.", "5)", "P6": a place written as an ordinal (a bare "1" is only a
# number)
ORDINAL_CELL_RE = re.compile(r"^(?:\d{1,3}(?:st|nd|rd|th|er|re|e|ème|º|°|ª|\.|\))|P\d{1,3})$", re.I)
# "199 Ann Lee", "41A A Berg", "C10 Bo Kim", "#7 Ann Lee": a car number leading a driver cell
LEADING_CAR_RE = re.compile(r"^#?(?P<number>\d{1,4}[A-Z]{0,2}|[A-Z]{1,2}\d{1,4})\s+(?P<rest>\S.*)$")
# "Unknown", "TBA", "n/a", "?", "-": a name cell that names no one
PLACEHOLDER_RE = re.compile(r"^(?:unknown|tba|tbc|tbd|n/?a|\?+|[-–—]+)$", re.I)
# "38,74", "41.43": a bare decimal in a time column, seconds (a hill climb's run time)
BARE_SECONDS_RE = re.compile(r"^\d{1,4}[.,]\d{1,3}$")

# Kinds a column without a known header word may take from its cells (a flag column's alt texts);
# numbers are left alone: an unknown numeric column may be the grid, not points.
UNHEADED_KINDS = frozenset({"nation", "driver", "car"})
# A class or race label inside a table ('GTE Pro', 'Heat 2') has at most this many words.
MAX_LABEL_WORDS = 4
# Leading rows with at most this many filled cells are a title ('Race 2 – Classification').
MAX_TITLE_ROW_CELLS = 1

HEADER_CONFIDENCE = 0.95
INFERRED_CONFIDENCE = 0.85


@dataclass(frozen=True, slots=True)
class ParsedTable:
    """A table read as results or standings, its rows in order."""

    kind: TableKind
    rows: list[RowFacts]
    classes: list[str | None] | None = None  # the class of each row, when the table has classes
    races: list[str] | None = None  # a winners table: the race each row names
    entrants: bool = False  # rows name teams (a team column stands for the driver), not people


# "Dist.", "Naz.": a header word cut short, a dot after its first letters
ABBREVIATED_HEADER_RE = re.compile(r"^\s*(?P<stem>[^\W\d_]{3,})\.\s*$")


def _header_kind(cell: str) -> ColumnKind | None:
    key = fold(cell).strip(" :")
    if key in HEADER_WORDS:
        return HEADER_WORDS[key]
    if (short := ABBREVIATED_HEADER_RE.match(cell)) is not None:
        stem = fold(short["stem"])  # 'Dist.' of 'Distacco': the one kind of the words it starts
        kinds = {kind for word, kind in HEADER_WORDS.items() if word.startswith(stem)}
        return kinds.pop() if len(kinds) == 1 else None
    kinds = {HEADER_WORDS.get(fold(part)) for part in HEADER_SPLIT_RE.split(cell)}
    kinds.discard(None)
    if "driver" in kinds:
        return "driver"  # 'Driver / Team': the driver cell's other fields are read with it
    return kinds.pop() if len(kinds) == 1 else None


def header_kinds(cells: Sequence[str]) -> list[ColumnKind | None] | None:
    """Column kinds when `cells` is a header row ('Pos | Driver | Nation | Gap'), else None."""
    kinds = [_header_kind(cell) for cell in cells]
    filled = [cell for cell in cells if cell.strip()]
    known = sum(kind is not None for kind in kinds)
    if known >= 2 and known * 2 >= len(filled) and NAME_KINDS.intersection(kinds) or known >= 3:
        return kinds
    return None


def _cell_kind(cell: str) -> ColumnKind | None:
    cell = cell.strip()
    if not cell:
        return None
    if INTEGER_RE.match(cell) or ORDINAL_CELL_RE.match(cell):
        return "position"  # refined to points below when the column does not count 1, 2, 3
    if POINTS_RE.fullmatch(cell):
        return "points"
    if nation_code(cell):
        return "nation"
    timings = find_timings(cell)
    if timings and sum(len(t.text) for t in timings) >= len(cell.replace(" ", "")) - 1:
        return "time"
    if is_car(cell):
        return "car"
    if looks_like_name(cell.split("(")[0].split("|")[0].strip()):  # 'Ana Ribeiro | Kaze Racing'
        return "driver"
    if inverted_name(cell):
        return "driver"  # 'RIBEIRO, ANA': the family name first, in capitals, a comma after it
    led = LEADING_CAR_RE.match(cell)
    if led and looks_like_name(led["rest"].split("(")[0].strip()):
        return "driver"  # '199 Ann Lee': the car number, then the driver
    crew = CREW_AND_CAR_RE.match(cell) if "/" in cell else None
    if crew and all(looks_like_name(name.strip()) for name in crew["crew"].split("/")):
        return "driver"  # 'Lee/Kim Diaz – Kite R5': a rally crew, then its car
    if _dashed_crew(cell) is not None:
        return "driver"  # 'Lee A. – Kim B. #2 Kite R5': a rally crew, its number, its car
    if _numbered_crew(cell) is not None:
        return "driver"  # 'Lee/Kim (4) Kite R5': a rally crew, its number in brackets, its car
    return None


# "Suárez/Iglesias Pin – Škoda Fabia R5": a crew's family names split by a slash, a dash, the car
CREW_AND_CAR_RE = re.compile(r"^(?P<crew>[^\W\d_][^/|–—()]*/[^/|–—()]+?)\s[–—-]\s\S")


# "Lee A. – Kim B. #2 Kite 207 S2000": a rally crew's two names split by a dash, then the car's
# number and the car (2g17)
DASHED_CREW_RE = re.compile(
    r"^(?P<crew>(?P<first>[^\W\d_][^|#()–—]*?)\s[–—-]\s(?P<second>[^\W\d_][^|#()–—]*?))"
    r"\s+#(?P<number>\d{1,3})\s+(?P<car>\S.*)$"
)


# "Lee/Kim (4) Kite Escort Mk2": a rally crew's family names split by a slash, the car's number in
# brackets, then the car (2i01)
NUMBERED_CREW_RE = re.compile(
    r"^(?P<crew>(?P<first>[^\W\d_][^/|()–—]*?)/(?P<second>[^\W\d_][^/|()–—]*?))"
    r"\s*\((?P<number>\d{1,3})\)\s+(?P<car>\S.*)$"
)


def _numbered_crew(cell: str) -> re.Match[str] | None:
    """A cell printing a rally crew split by a slash, its number in brackets and its car (a car
    by its maker or model); None otherwise."""
    found = NUMBERED_CREW_RE.match(cell.strip())
    if found is None or not is_car(found["car"].strip()):
        return None
    if not all(looks_like_name(found[n].strip()) for n in ("first", "second")):
        return None
    return found


def _dashed_crew(cell: str) -> re.Match[str] | None:
    """A cell printing a rally crew split by a dash, its number and its car; None otherwise."""
    found = DASHED_CREW_RE.match(cell.strip())
    if found is None or not all(looks_like_name(found[n].strip()) for n in ("first", "second")):
        return None
    return found


# "LAMBIRIS, MAURICIO", "PONCE DE LEÓN, GABRIEL", "DI PALMA, LUIS JOSÉ (H)": a family name in
# capitals, a comma, the given names (a mark in brackets after them)
INVERTED_NAME_RE = re.compile(
    r"^(?P<family>[^\W\d_][^,()\d|]*?)\s*,\s*(?P<given>[^\W\d_][^,()\d|]*?)"
    r"(?P<mark>\s*\([^()]{1,3}\))?$"
)


def inverted_name(cell: str) -> str | None:
    """'Gabriel PONCE DE LEÓN (H)' of the cell 'PONCE DE LEÓN, GABRIEL (H)': a name printed family
    name first in capitals, given names after a comma, put given name first; None for any other
    cell ('Lee, Kim' is a crew of two)."""
    found = INVERTED_NAME_RE.match(cell.strip())
    if found is None or not found["family"].isupper():
        return None
    name = f"{found['given'].strip()} {found['family'].strip()}"
    if not looks_like_name(name):
        return None
    return natural_name(name) + (found["mark"] or "")


# A column printing one number on more rows than this holds a count (legs, days), no points
MIN_CONSTANT_ROWS = 2


def infer_kinds(rows: Sequence[Sequence[str]]) -> list[ColumnKind | None]:
    """Column kinds of a header-less table from the majority kind of each column's cells."""
    width = max(len(r) for r in rows)
    kinds: list[ColumnKind | None] = []
    for col in range(width):
        cells = [r[col] for r in rows if col < len(r)]
        votes = Counter(k for k in map(_cell_kind, cells) if k)
        kind = votes.most_common(1)[0][0] if votes else None
        ordinals = [c for c in cells if ORDINAL_CELL_RE.match(c.strip())]
        if kind == "position" and ordinals and len(ordinals) * 2 > len(cells):
            kind = "position" if "position" not in kinds else None  # '1st', '2nd': places
        elif kind == "position":
            numbers = [int(c) for c in cells if INTEGER_RE.match(c.strip())]
            counts = numbers and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
            if not counts or "position" in kinds:
                kind = "points" if _falls([float(n) for n in numbers]) else None  # else a grid
                if len(set(numbers)) == 1 and len(numbers) > MIN_CONSTANT_ROWS:
                    kind = None  # '2' on every row: a count of legs or days, no points (2g17)
            if kind == "points" and "points" in kinds:  # laps (24, 24, 23) fall too: the more
                other = kinds.index("points")  # varied column is the points, else neither
                theirs = _distinct([r[other] for r in rows if other < len(r)])
                mine = _distinct(cells)
                kinds[other] = "points" if theirs > mine else None
                kind = "points" if mine > theirs else None
        if kind == "driver" and "driver" in kinds:
            kind = "team"
        if kind == "time" and "time" in kinds:
            kind = None  # a second column of times unheaded: best laps as likely as gaps
        kinds.append(kind)
    return kinds


def _distinct(cells: Sequence[str]) -> int:
    """How many different values a column holds."""
    return len({c.strip() for c in cells if c.strip()})


def _falls(numbers: Sequence[float]) -> bool:
    """Points down a table never rise (25, 18, 15 … 0); grid places and car numbers do."""
    return bool(numbers) and all(b <= a for a, b in zip(numbers, numbers[1:], strict=False))


def _by_cells(
    kinds: Sequence[ColumnKind | None],
    body: Sequence[Sequence[str]],
    header: Sequence[str] | None = None,
) -> list[ColumnKind | None]:
    """Header kinds checked against the cells below: a time header over whole numbers is no
    time column (a place in the final, a score), but 'Total' over whole numbers that never rise
    down the table is the points; a 'Car' header over numbers ('27', '#4') is the
    car number; a class column holds a few labels each shared by several rows ('LMP2', 'GTE'),
    and 'Class.' over whole numbers is the classification."""
    kinds = list(kinds)
    for col, kind in enumerate(kinds):
        cells = [r[col].strip() for r in body if col < len(r) and r[col].strip()]
        if not cells:
            continue
        if kind == "time" and all(INTEGER_RE.match(c) for c in cells):
            total = header is not None and col < len(header) and fold(header[col]) in TOTAL_WORDS
            falls = len(cells) > 2 and _falls([float(c) for c in cells])
            kinds[col] = "points" if total and falls and "points" not in kinds else None
        elif kind == "class" and all(INTEGER_RE.match(c) for c in cells):
            kinds[col] = "position"  # 'Class.' for the classification: the places
        elif kind == "class" and len(set(cells)) * 2 > len(cells) + 1:
            kinds[col] = None  # labels that do not repeat name no classes
        elif kind == "car" and all(CAR_NUMBER_RE.fullmatch(f"#{c.lstrip('#')}") for c in cells):
            kinds[col] = "number"
    return kinds


def _counts(cells: Sequence[str]) -> bool:
    """A column of places: whole numbers from 1 rising by one (ties repeat a number), any
    status cells ('DNF') aside."""
    numbers = [int(c) for c in (re.sub(r"[^\d]", "", c) for c in cells if c.strip()) if c]
    return (
        bool(numbers)
        and numbers[0] == 1
        and all(b in (a, a + 1) or b > a for a, b in zip(numbers, numbers[1:], strict=False))
        and len(set(numbers)) * 2 > len(numbers)
    )


def resolve_numbers(
    kinds: Sequence[ColumnKind | None], body: Sequence[Sequence[str]]
) -> list[ColumnKind | None]:
    """Position versus car number by content: of the columns headed 'Pos', '#', 'No.', the one
    counting 1, 2, 3 down the table is the position; a numbered column that does not count is
    the car number."""
    kinds = list(kinds)
    numeric = [i for i, k in enumerate(kinds) if k in ("position", "number")]
    counting = {i for i in numeric if _counts([r[i] if i < len(r) else "" for r in body])}
    for i in numeric:
        if kinds[i] == "position" and i not in counting and len(numeric) > 1:
            kinds[i] = "number"
    if "position" not in kinds:
        for i in numeric:
            if i in counting:
                kinds[i] = "position"  # '#' or 'No.' alone, counting 1, 2, 3: the places
                break
    return kinds


def _crews_nation(cell: str) -> str | None:
    """The one nation of a crew whose members' codes a cell prints apart ('GBR/GBR'); None when
    they differ ('FRA/BEL') or a part is no nation."""
    codes = {nation_code(part.strip()) for part in cell.split("/")} if "/" in cell else {None}
    return codes.pop() if len(codes) == 1 else None


def _row_facts(block: Block, kinds: Sequence[ColumnKind | None]) -> RowFacts:
    facts: dict = {}
    timing_text = []
    detail = None
    crew_cell = ""
    for cell, kind in zip(block.cells, kinds, strict=False):
        cell = cell.strip()
        if not cell or kind in (None, "ignored"):
            continue
        if kind in NAME_KINDS and PLACEHOLDER_RE.match(cell):  # 'Unknown': nobody named
            continue
        if kind == "number":
            found = CAR_NUMBER_RE.search(f"#{cell.lstrip('#')}")
            facts["car_number"] = found["number"] if found else cell
        elif kind == "interval":  # the gap to the car ahead: never the gap to the winner
            status = STATUS_RE.fullmatch(cell)
            if status:
                facts["status"] = status_of(status["status"])
        elif kind == "position" and STATUS_RE.fullmatch(cell):  # 'DNF' where the place stands
            facts["status"] = status_of(cell)
            facts["position_text"] = cell
        elif kind == "position":
            found = POSITION_RE.match(cell + " ") or re.match(r"(?P<p2>\d{1,3})", cell)
            if found:
                number = next(
                    g for g in (found.groupdict().get(k) for k in ("p1", "p2", "p3")) if g
                )
                facts["position"] = int(number)
                facts["position_text"] = cell
        elif kind in ("given_name", "family_name"):
            facts[kind] = cell
        elif kind == "driver" and (crew := _numbered_crew(cell)) is not None:
            facts.update(driver=crew["crew"].strip(), crew=(crew["first"], crew["second"]))
            facts.update(car_number=crew["number"], car=crew["car"].strip())
        elif kind in ("entrant", "driver") and (entry := parse_row_text(cell)).crew:
            # '#7 Apex Racing (Lee, Kim, Diaz)': a team entry, its crew in brackets
            facts.update(driver=entry.driver or cell, crew=entry.crew)
            printed = entry.position_text or ""  # '#7' leading the cell: the car, not a place
            number = entry.car_number or (printed.lstrip("#") if printed[:1] == "#" else None)
            if number:
                facts.setdefault("car_number", number)
        elif kind == "entrant":  # a team entry or a team's standing: the team as printed
            facts["driver"] = cell
        elif kind == "crew":
            facts["crew"] = parse_crew(cell) or (cell,)
            crew_cell = cell
        elif kind == "driver" and (crew := _dashed_crew(cell)) is not None:
            facts.update(driver=crew["crew"], crew=(crew["first"], crew["second"]))
            facts.update(car_number=crew["number"], car=crew["car"].strip())
        elif kind == "driver":
            led = LEADING_CAR_RE.match(cell) if "position" in kinds else None
            if led and "number" not in kinds and looks_like_name(led["rest"].split("(")[0].strip()):
                facts["car_number"], cell = led["number"], led["rest"]  # '199 Ann Lee'
            cell = inverted_name(cell) or cell
            driver, nation, team, car, _ = parse_fields(cell)
            if driver or not nation:  # a flag's nation alone under a 'Driver' header names no one
                facts.setdefault("driver", driver or cell)
            facts.setdefault("nation", nation)
            facts.setdefault("team", team)  # 'Ana Ribeiro | Kaze Racing' stacked in one cell
            facts.setdefault("car", car)
        elif kind == "nation":
            facts["nation"] = nation_code(cell) or _crews_nation(cell) or facts.get("nation")
        elif kind == "team" and _nation_team(cell):
            facts["team"] = cell  # 'SWE Team Sweden': a nation's team, its drivers of that nation
            facts.setdefault("team_nation", _nation_team(cell))
        elif kind in ("car", "team"):
            facts[kind] = cell
        elif kind == "points":
            found = POINTS_RE.search(cell) or re.search(r"(?P<points>\d{1,4}(?:[.,]\d)?)", cell)
            if found:
                facts["points"] = parse_points(found["points"])
        elif kind == "time" and BARE_SECONDS_RE.match(cell):
            facts["time_s"] = float(cell.replace(",", "."))  # '38,74': a run time, unsigned
            facts["gap_text"] = cell
        elif kind in ("time", "laps"):
            if kind == "time" and not find_timings(cell):
                detail = cell  # 'Suspension' in the time column of a retired driver
                continue
            timing_text.append(
                cell if kind == "time" or not INTEGER_RE.match(cell) else f"{cell} laps"
            )
    team_nation = facts.pop("team_nation", None)
    facts["nation"] = facts.get("nation") or team_nation
    given, family = facts.pop("given_name", None), facts.pop("family_name", None)
    if given or family:  # 'Last Name | First Name' columns: the name as people say it
        facts["driver"] = " ".join(part for part in (given, family) if part)
    if facts.get("crew") and not facts.get("driver"):  # a crew and no team: the numbered car
        car, number = facts.get("car"), facts.get("car_number")  # is the entry, else the crew as
        facts["driver"] = f"{car} #{number}" if car and number else crew_cell  # printed (2h22)
    status = facts.pop("status", None)
    facts.update(timing_facts(" | ".join(timing_text))[0])
    if status is not None:
        facts["status"] = status
    if facts.get("status", "finished") in ("dnf", "dns", "dsq", "nc") and detail:
        facts["status_detail"] = detail
    return RowFacts(text=block.text, start=block.start, end=block.end, **facts)


def _without_title_rows(blocks: Sequence[Block]) -> Sequence[Block]:
    """The table's rows from its header or first data row on: a title row spanning the table
    ('Race 2 – Classification (provisional)') above the header is neither."""
    start = 0
    while start < len(blocks) - 1 and sum(
        bool(c.strip()) for c in blocks[start].cells
    ) <= MAX_TITLE_ROW_CELLS < len(blocks[start + 1].cells):
        start += 1
    return blocks[start:]


def _fill_unheaded(
    kinds: Sequence[ColumnKind | None], inferred: Sequence[ColumnKind | None]
) -> list[ColumnKind | None]:
    """Header kinds, a column under an empty or unknown header cell taking the kind its cells
    show (flag images under an empty cell read as nations) when no other column has it."""
    filled = list(kinds)
    for col, kind in enumerate(kinds):
        guess = inferred[col] if col < len(inferred) else None
        if kind is None and guess in UNHEADED_KINDS and guess not in filled:
            filled[col] = guess
    return filled


def _nation_team(cell: str) -> str | None:
    """The nation of a team cell that names a nation's team ('SWE Team Sweden' -> 'SWE': the
    flag's code, then the same nation in the name), else None (a club's flag says nothing of
    its drivers)."""
    found = NATION_TEAM_RE.match(cell.strip())
    if not found:
        return None
    code = nation_code(found["code"])
    words = found["team"].split()
    named = {nation_code(" ".join(words[i:j])) for i in range(len(words))
             for j in range(i + 1, len(words) + 1)}  # fmt: skip
    return code if code and code in named else None


def _mostly_crews(col: int, body: Sequence[Sequence[str]]) -> bool:
    """Most cells of the column list several drivers ('Ann Lee / Bo Kim / Cy Diaz'; 'LEE, ANN' is
    one driver)."""
    cells = [r[col] for r in body if col < len(r) and r[col].strip()]
    crews = sum(bool(parse_crew(c)) and not inverted_name(c) for c in cells)
    return bool(cells) and crews * 2 > len(cells)


def _entrant_columns(
    kinds: Sequence[ColumnKind | None], body: Sequence[Sequence[str]]
) -> list[ColumnKind | None]:
    """Who a row is about when it is a team entry: the team column when no column names a driver
    (a teams' standings table), or the team with its crew when the driver cells hold several
    names ('Ann Lee / Bo Kim / Cy Diaz')."""
    kinds = list(kinds)
    if "team" not in kinds:
        if "driver" in kinds and _mostly_crews(kinds.index("driver"), body):
            kinds[kinds.index("driver")] = "crew"  # 'Ann Lee / Bo Kim' and no team: the car's
        return kinds
    team = kinds.index("team")
    if "driver" in kinds:
        driver = kinds.index("driver")
        if _mostly_crews(driver, body):
            kinds[driver], kinds[team] = "crew", "entrant"
    elif not NAME_KINDS.intersection(kinds):
        kinds[team] = "entrant"
    return kinds


def _class_row(
    block: Block, width: int, kinds: Sequence[ColumnKind | None] | None, placed: bool
) -> str | None:
    """The label of a row inside a table that only names a class or a race ('GTE Pro', 'Heat
    2'), else None: its first cell alone filled in a table of several columns (not a name
    column's: a driver without a place or a time; in a table of two, only where the other rows
    open with a place, `placed`), a few words without numbers of two digits."""
    label = block.cells[0].strip() if block.cells else ""
    if (
        width < 2
        or width == 2
        and (not placed or _is_place(label))
        or not label
        or any(c.strip() for c in block.cells[1:])
        or kinds
        and kinds[0] in NAME_KINDS
    ):
        return None
    short = len(label.split()) <= MAX_LABEL_WORDS
    return label if short and not re.search(r"\d{2}", label) else None


def _race_columns(blocks: Sequence[Block]) -> ParsedTable | None:
    """A table with a race at the head of each column ('Race 1 | Race 2 | Race 3') and names
    below: each column that race's finishers in order, the first row its winner. None for any
    other table."""
    head = [c.strip() for c in blocks[0].cells]
    races = [c for c in head if c]
    if len(races) < 2 or len(blocks) < 2:
        return None
    for cell in races:
        marker = read_marker(Block("heading", cell, 0))
        if marker is None or marker.kind != "race":
            return None
    body = blocks[1:]
    if not all(_cell_kind(c) == "driver" for b in body for c in b.cells if c.strip()):
        return None
    rows, labels = [], []
    for col, race in enumerate(head):
        cells = [(b, b.cells[col].strip()) for b in body if col < len(b.cells)]
        if not race or any(not cell for _, cell in cells[:-1]):
            continue  # a column with a hole in it gives no order
        for place, (block, cell) in enumerate((pair for pair in cells if pair[1]), start=1):
            row = RowFacts(text=block.text, start=block.start, end=block.end, position=place,
                           driver=parse_fields(cell)[0] or cell)  # fmt: skip
            rows.append(row)
            labels.append(race)
    return ParsedTable("results", rows, labels) if rows else None


# "Platz 1", "Place 2", "P3", "1st", "2.", "3º", "1. Platz": a row's label that is a place alone
PLACE_LABEL_RE = re.compile(
    rf"^(?:(?:{PLACE_WORDS}|Pos\.?|P)\s?(?P<a>\d{{1,2}})"
    rf"|(?P<b>\d{{1,2}})(?:st|nd|rd|th|er|e|ème|º|°|ª|\.)(?:\s?(?:{PLACE_WORDS}))?)$",
    re.IGNORECASE,
)


def _placed_columns(blocks: Sequence[Block]) -> ParsedTable | None:
    """A podium grid: a class (or race) at the head of each column ('K1 | K2 | K3', the corner
    cell left empty or left out), each row a place ('Platz 1 | Ann Lee | Bo Kim | …'), the
    places counting 1, 2, 3 down the rows and every other cell a driver's name. Each column is
    that class's finishers at the row's place. None for any other table."""
    head = [c.strip() for c in blocks[0].cells]
    body = blocks[1:]
    if len(body) < 2 or not head or not all(b.cells for b in body):
        return None
    places = [_place_label(b.cells[0]) for b in body]
    if places != list(range(1, len(body) + 1)):
        return None
    width = max(len(b.cells) for b in body)
    classes = [c for c in head if c]
    if len(classes) != width - 1 or head.index(classes[0]) > 1:
        return None  # the heads over the name columns, the corner cell empty or left out
    if not all(len(c.split()) <= MAX_LABEL_WORDS for c in classes):
        return None
    names = [c.strip() for b in body for c in b.cells[1:] if c.strip()]
    if not names or not all(_cell_kind(c) == "driver" for c in names):
        return None
    rows, labels = [], []
    for col, label in enumerate(classes, start=1):
        for block, place in zip(body, places, strict=True):
            cell = block.cells[col].strip() if col < len(block.cells) else ""
            if not cell:
                continue
            row = RowFacts(text=block.text, start=block.start, end=block.end, position=place,
                           position_text=block.cells[0].strip(),
                           driver=parse_fields(cell)[0] or cell)  # fmt: skip
            rows.append(row)
            labels.append(label)
    return ParsedTable("results", rows, labels) if rows else None


def _podium_columns(blocks: Sequence[Block]) -> ParsedTable | None:
    """A podium table: a race on each row and a place at the head of each column after it
    ('Race | 1st | 2nd | 3rd', '| 1. Platz | 2. Platz | 3. Platz', the corner a race's word or
    empty), the places counting 1, 2, 3 across; every cell after the race a driver's name. Each
    row is its race's finishers at the columns' places. None for any other table."""
    head = [c.strip() for c in blocks[0].cells]
    body = blocks[1:]
    if len(head) < 3 or len(body) < 2:
        return None
    places = [_place_label(c) for c in head[1:]]
    if places != list(range(1, len(head))):
        return None
    if head[0] and HEADER_WORDS.get(fold(head[0])) != "event":
        return None  # 'Driver | 1st | 2nd': a count of each driver's places, no race's
    rows, labels = [], []
    for block in body:
        cells = [c.strip() for c in block.cells]
        if len(cells) != len(head) or not cells[0] or _place_label(cells[0]) is not None:
            return None
        if not all(_cell_kind(c) == "driver" for c in cells[1:] if c):
            return None
        for place, cell in zip(places, cells[1:], strict=True):
            if not cell:
                continue
            row = RowFacts(text=block.text, start=block.start, end=block.end, position=place,
                           driver=parse_fields(cell)[0] or cell)  # fmt: skip
            rows.append(row)
            labels.append(cells[0])
    return ParsedTable("results", rows, labels) if rows else None


def _place_label(cell: str) -> int | None:
    """The place a row's label cell is ('Platz 2' -> 2), else None."""
    found = PLACE_LABEL_RE.match(cell.strip())
    return int(found["a"] or found["b"]) if found else None


def _numbered_roster(header: Sequence[str] | None, kinds: Sequence[ColumnKind | None]) -> bool:
    """Rows numbered under '#' or 'No.' and nothing else a result states (no time, laps, gap
    or points): a roster counted down, not a classification."""
    if header is None or RESULT_KINDS.intersection(kinds) != {"position"}:
        return False
    col = list(kinds).index("position")
    return col < len(header) and fold(header[col]).strip(" :") in ROSTER_NUMBER_HEADERS


def _ordinal_places(kinds: Sequence[ColumnKind | None], body: Sequence[Block]) -> bool:
    """The position column writes places as ordinals ('1st', '2nd'): a classification, not a
    numbered roster."""
    if "position" not in kinds:
        return False
    col = list(kinds).index("position")
    cells = [b.cells[col].strip() for b in body if col < len(b.cells) and b.cells[col].strip()]
    return bool(cells) and sum(bool(ORDINAL_CELL_RE.match(c)) for c in cells) * 2 > len(cells)


def _stray(block: Block, kinds: Sequence[ColumnKind | None]) -> bool:
    """A row whose place cell holds words, not a place ('Home | News' run on below the table)."""
    if "position" not in kinds:
        return False
    col = list(kinds).index("position")
    cell = block.cells[col].strip() if col < len(block.cells) else ""
    words = re.search(r"[^\W\d_]{2,}", cell) is not None
    return words and not (_is_place(cell) or POSITION_RE.match(cell + " "))


def _is_place(cell: str) -> bool:
    """A cell that is a place: '1', '2nd', '3.', 'DNF'."""
    cell = cell.strip()
    return bool(INTEGER_RE.match(cell) or ORDINAL_CELL_RE.match(cell) or STATUS_RE.fullmatch(cell))


def parse_table(blocks: Sequence[Block], *, standings_context: bool = False) -> ParsedTable | None:
    """Read one table's row blocks as results or standings; None when it holds neither."""
    titles = list(blocks)
    blocks = _without_title_rows(blocks)
    if not blocks:
        return None
    titles = titles[: len(titles) - len(blocks)]
    by_race = _race_columns(blocks) or _placed_columns(blocks) or _podium_columns(blocks)
    if by_race is not None:
        return by_race
    if standings_context and (season := _season_totals(blocks)) is not None:
        return season
    kinds = header_kinds(blocks[0].cells)
    header = blocks[0].cells if kinds else None
    body = list(blocks[1:] if kinds else blocks)
    width = max(len(b.cells) for b in blocks)
    firsts = [b.cells[0] for b in body if b.cells and any(c.strip() for c in b.cells[1:])]
    placed = bool(firsts) and sum(map(_is_place, firsts)) * 2 > len(firsts)
    labels: list[str | None] = []  # the class each body row is printed under
    label = None
    rows_in: list[Block] = []
    for block in body:
        heading = _class_row(block, width, kinds, placed) if rows_in or kinds else None
        if heading is not None:
            label = heading
            continue
        rows_in.append(block)
        labels.append(label)
    race_title = _race_title(titles)
    if race_title is not None and not any(labels):
        labels = [race_title] * len(labels)  # 'Heat 1' over one table: its rows are that race's
    elif titles and labels and labels[0] is None and any(labels):
        # 'Heat 1' (or 'GT3') over the first rows, then 'Heat 2' inside: the title names the
        # first race
        first = titles[-1].cells[0].strip() if titles[-1].cells else ""
        if len(first.split()) <= MAX_LABEL_WORDS:  # a longer title names the whole table
            labels = [lab if lab is not None else first or None for lab in labels]
    body = rows_in
    if not body:
        return None
    cells = [b.cells for b in body]
    if kinds is None:
        kinds = infer_kinds(cells)
    elif None in kinds:
        kinds = _fill_unheaded(kinds, infer_kinds(cells))
    kinds = resolve_numbers(_by_cells(kinds, cells, header), cells)
    kinds = _entrant_columns(kinds, cells)
    if not NAME_KINDS.intersection(kinds):
        return None
    if "winner" in kinds and not {"driver", "position"}.intersection(kinds):
        return _winners(body, kinds)
    if not RESULT_KINDS.intersection(kinds) or _numbered_roster(header, kinds):
        # an entry list: its drivers' nations at most
        entries = [_row_facts(block, kinds) for block in body]
        entries = [r for r in entries if r.driver and r.nation and not r.crew]
        return ParsedTable("entries", entries) if entries else None
    if not EVIDENCE_KINDS.intersection(kinds) and not _ordinal_places(kinds, body):
        return None  # "Round | Venue | Date": names, but no nation, time, laps or points
    if "class" in kinds:
        col = kinds.index("class")
        labels = [b.cells[col].strip() or None if col < len(b.cells) else None for b in body]
    read = [
        (_row_facts(block, kinds), lab)
        for block, lab in zip(body, labels, strict=True)
        if not _stray(block, kinds)
    ]
    read = [(row, lab) for row, lab in read if row.driver]
    if not read:
        return None
    rows = [row for row, _ in read]
    timed = any(k in ("time", "laps") for k in kinds)
    if header and _gaps_not_to_the_winner(header, kinds, rows[0]):
        rows = [replace(r, time_s=None, gap_s=None, gap_text=None) for r in rows]
    entrants = "entrant" in kinds
    if "points" in kinds and (standings_context or not timed) and race_title is None:
        standings = [r for r in rows if r.points is not None]
        return ParsedTable("standings", standings, entrants=entrants)
    if standings_context and not timed:
        return None
    return ParsedTable("results", rows, [lab for _, lab in read], entrants)


def _race_title(titles: Sequence[Block]) -> str | None:
    """The race a table's one-cell title row names ('Heat 2', 'Final'), else None: its rows are
    that one race's places, points and all (a race's points are no standings)."""
    cells = [c.strip() for c in titles[-1].cells if c.strip()] if titles else []
    if len(cells) != 1 or len(cells[0].split()) > MAX_LABEL_WORDS:
        return None
    marker = read_marker(Block("heading", cells[0], titles[-1].start))
    if marker is None or marker.kind != "race" or marker.session == "qualifying":
        return None
    return cells[0]


def _season_totals(blocks: Sequence[Block]) -> ParsedTable | None:
    """A season's standings printed 'Pilote | R1 | R2 | … | TOTAL' over rows '1 | Ann Lee | 36 |
    – | 35 | 231' (the header one cell short: no place column): each row's last number is its
    total, however many rounds it prints; a last row printing fewer cells than every row above
    is cut off by the end of the page, left out. None for other tables."""
    header = [c.strip() for c in blocks[0].cells if c.strip()]
    if (
        len(header) < 4
        or fold(header[-1]) not in TOTAL_WORDS
        or _header_kind(header[0]) != "driver"
    ):
        return None
    body = [[c.strip() for c in block.cells if c.strip()] for block in blocks[1:]]
    if len(body) > 1 and len(body[-1]) < min(len(cells) for cells in body[:-1]):
        body = body[:-1]
    rows = []
    for block, cells in zip(blocks[1:], body, strict=False):
        if len(cells) < 3 or not INTEGER_RE.match(cells[0]) or not looks_like_name(cells[1]):
            return None
        if SEASON_POINTS_RE.fullmatch(cells[-1]):
            rows.append(
                RowFacts(text=block.text, start=block.start, end=block.end,
                         position=int(cells[0]), driver=cells[1], points=parse_points(cells[-1]))
            )  # fmt: skip
    positions = [r.position for r in rows]
    return ParsedTable("standings", rows) if rows and positions == sorted(positions) else None


def _winners(body: Sequence[Block], kinds: Sequence[ColumnKind | None]) -> ParsedTable | None:
    """A table of races and their winners ('Track | Event | Winner'): each row a race whose
    winner is its first place; a race not run ('Rained Out') has none. The other columns name
    the race (a country column is the track's, not the winner's)."""
    rows, races = [], []
    col = list(kinds).index("winner")
    # the race is named by the event columns ('Round', 'Track'), else by every other column
    # but those that are no result ('Pole', 'Fastest Lap' name other drivers)
    events = [kind == "event" for kind in kinds]
    naming = events if any(events) else [i != col and k != "ignored" for i, k in enumerate(kinds)]
    for block in body:
        cell = block.cells[col].strip() if col < len(block.cells) else ""
        driver = None
        if cell and not NO_RACE_RE.search(cell) and not PLACEHOLDER_RE.match(cell):
            one_token = cell if len(cell.split()) == 1 else None  # 'jjwilkins': an online ID
            driver = parse_fields(cell)[0] or one_token
        if driver is None:
            continue
        name = " ".join(
            c.strip() for c, kind in zip(block.cells, naming, strict=False) if kind and c.strip()
        )
        races.append(name)
        rows.append(
            RowFacts(text=block.text, start=block.start, end=block.end, position=1, driver=driver)
        )
    return ParsedTable("winners", rows, races=races) if rows else None


def _gaps_not_to_the_winner(
    header: Sequence[str], kinds: Sequence[ColumnKind | None], winner: RowFacts
) -> bool:
    """A column headed as a gap ('Diff') where the winner has a short unsigned value ('1.110'):
    neither the winner's race time nor gaps to the winner, so the column says nothing sure."""
    gap_column = any(
        kind == "time" and fold(cell).strip(" :") in GAP_HEADERS
        for cell, kind in zip(header, kinds, strict=False)
    )
    return (
        gap_column
        and winner.gap_s is None
        and winner.time_s is not None
        and 0 < winner.time_s < MIN_RACE_SECONDS
    )


def class_results(table: ParsedTable) -> list[tuple[str | None, list[RowFacts]]]:
    """A results table's rows by class, each class its own classification: places by order
    within the class, gaps to the class winner (worked out from gaps to the overall winner).
    A table without classes is one group named None."""
    labels = table.classes or [None] * len(table.rows)
    names = list(dict.fromkeys(labels))
    if len(names) < 2:
        return [(None, table.rows)]
    groups = []
    for name in names:
        rows = [r for r, lab in zip(table.rows, labels, strict=True) if lab == name]
        leader = None if rows[0] is table.rows[0] else rows[0]
        groups.append((name, [_in_class(r, leader) for r in rows]))
    return groups


def _in_class(row: RowFacts, leader: RowFacts | None) -> RowFacts:
    """A row of a class classification: the overall place dropped (order gives the class
    place); behind a `leader` other than the overall winner, gaps and laps down counted from the
    class winner (a gap that cannot be is dropped)."""
    leads = row is leader
    unclassified = row.status in ("dnf", "dns", "dsq", "nc")
    row = replace(row, position=None, position_text=row.position_text if unclassified else None)
    if leader is None:
        return row
    if leads:
        return replace(row, gap_s=None, gap_text=None, laps_down=None,
                       status="finished" if row.status == "lapped" else row.status)  # fmt: skip
    gap_s = None
    if row.gap_s is not None and leader.gap_s is not None:
        gap_s = round(row.gap_s - leader.gap_s, 3)
    elif leader.gap_s is None and leader.time_s is not None:
        gap_s = row.gap_s  # the class winner's own race time: the gaps below are to it
    laps_down, status = row.laps_down, row.status
    if laps_down is not None and leader.laps_down is not None:
        laps_down = laps_down - leader.laps_down or None
        status = "lapped" if laps_down else "finished" if status == "lapped" else status
    return replace(row, gap_s=gap_s, laps_down=laps_down, status=status)


def table_confidence(blocks: Sequence[Block]) -> float:
    """Header-led tables are read with more confidence than tables whose columns were inferred."""
    blocks = _without_title_rows(blocks)
    return HEADER_CONFIDENCE if blocks and header_kinds(blocks[0].cells) else INFERRED_CONFIDENCE
