"""Tables flattened to plain text: the header's cells glued together ('Pos.Last NameFirst
NameCarFinal', then rows '1 BergTomasGould GR55 Judd38,74'), cells apart by tabs or aligned by
runs of spaces, one cell per line (a header word a line, then each row's cells a line each), or
races and their winners with single spaces between ('Track Event Winner'). Each is turned back
into row blocks with cells, read like any other table by `extractors/tables.py`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.document import Block, Document
from extractors.names import PARTICLES, SUFFIX_WORD_RE, looks_like_name
from extractors.nations import fold
from extractors.tables import (
    HEADER_WORDS,
    INTEGER_RE,
    NO_RACE_RE,
    ORDINAL_CELL_RE,
    PLACE_LABEL_RE,
    ColumnKind,
    header_kinds,
)
from extractors.times import LAP_WORDS, STATUS_RE

# every header word, longest first, as printed in a glued header: "Last Name", "Pos.", "Car"
HEADER_WORD_RE = re.compile(
    "|".join(
        re.escape(word).replace(r"\ ", r"\s?") + r"\.?"
        for word in sorted(HEADER_WORDS, key=len, reverse=True)
        if len(word) > 1 and re.fullmatch(r"[\w ]+", word)
    ),
    re.IGNORECASE,
)
# a header cell: header words joined by slashes ("Time/Gap", "City/ST", "Division/Series")
HEADER_CELL_RE = re.compile(
    rf"(?:{HEADER_WORD_RE.pattern})(?:\s?/\s?(?:{HEADER_WORD_RE.pattern}))*", re.I
)
# "(OK)", "(TX)": a short code in brackets after a name (a state, a club), dropped
BRACKETED_CODE_END_RE = re.compile(r"\s*\([A-Z]{1,3}\)$")
# "12", "DNF": a cell of a position or car-number column at the start of a glued row
LEADING_NUMBER_RE = re.compile(rf"^(?:#?\d{{1,3}}[A-Za-z]?|{STATUS_RE.pattern})\.?(?=\s|[A-Z]|$)")
# "38,74", "+1:05.950", "1:02:13.4", "40m36s128", "2s611", "DNF", "24", "+1 Lap": a time, status,
# count or laps down ending a glued row
TRAILING_VALUE_RE = re.compile(
    rf"(?:[+-]\d{{1,3}}\s?(?i:{LAP_WORDS})"
    rf"|\+?(?:\d{{1,3}}m)?\d{{1,2}}s\d{{3}}"
    rf"|\+?(?:\d{{1,2}}:)?(?:\d{{1,3}}[:'])?\d{{1,4}}(?:[.,]\d{{1,3}})?|{STATUS_RE.pattern})$"
)
# where two glued text cells meet: a lower-case letter then a capital ('MenziesWallace')
CASE_JOIN_RE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])")
# columns whose cells are text (split at case joins) and columns whose cells end a row
TEXT_KINDS = frozenset(
    {"driver", "given_name", "family_name", "entrant", "crew", "nation", "car", "team", "class"}
)
VALUE_KINDS = frozenset({"time", "interval", "laps", "points"})
# a tab, or two spaces or more: between the cells of a table printed as aligned text
CELL_GAP_RE = re.compile(r"\t|\s{2,}")
# a header cell of aligned text: words with single spaces between them ('Time/Gap', 'Car No.')
ALIGNED_CELL_RE = re.compile(r"\S+(?: \S+)*")
MIN_HEADER_CELLS = 3
MIN_ROWS = 2
# A row printed one cell per line with no header has at most this many cells after its place.
MAX_UNHEADED_WIDTH = 6
MAX_CELL_CHARS = 60
# "Lee |", "14 |", "|": a line closing a cell of a table printed one cell per line with a pipe
# after each cell (a web table's export; a cell's words may run over lines before it)
PIPE_CLOSED_RE = re.compile(r"(?:^|\s)\|$")
# A cell printed over more lines than this is no table cell, nor one with a longer line before
# its closing line ('Ann' then 'Lee |' is; a sentence then '1st |' is not).
MAX_CELL_LINES = 3
MAX_WRAPPED_LINE_WORDS = 3
# "|Pos", "|Ann LEE": a line opening a cell of a table printed one cell per line with a pipe
# before each cell (a web table's export), and the cell's text after it
PIPE_OPENED_RE = re.compile(r"^\|(?P<cell>[^|]+)$")
# "", ".....": a pipe-closed cell with no letter or digit, a spacer between a table's parts
SPACER_CELL_RE = re.compile(r"\W*")
# "1", "1.", "1º", "2nd": a place opening a row of a table with no header, and its number
PLACE_NUMBER_RE = re.compile(r"\d{1,3}")
# "Ann Lee 31 4th 1": a standings line of a flattened table, the name then its points first
POINTS_ROW_RE = re.compile(
    r"^(?P<name>[^\W\d_][^\d|:;]*?)\s+(?P<points>\d{1,4}(?:[.,]\d)?)(?:\s|$)"
)
MAX_NAME_WORDS = 5
# "Last Race Finish", "Last Finish": a standings column of each driver's place in the last race
LAST_RACE_HEADER_RE = re.compile(r"^last\s+(?:race\s+)?finish\b", re.IGNORECASE)
# "4th", "1st" right after a standings line's points: the driver's place in the last race
LAST_PLACE_RE = re.compile(r"^\s*(?P<place>\d{1,2}(?:st|nd|rd|th))\b")
# "Group A", "Division 2": a label of at most this many words before a header line's cells
MAX_LABEL_WORDS = 3
# "Danger44Dan", "hio_91", "eiei-2000_1", "jjwilkins": an online ID, one token (no plain word)
HANDLE_RE = re.compile(r"(?=\S*(?:\d|_|-\w))\S*[^\W\d_]\S*|[a-z][a-z0-9]*[A-Z0-9]?\w*")


def _header_cells(text: str) -> tuple[list[str], bool] | None:
    """The header cells a line is made of, and whether any two are glued; None when some part
    of the line is no header word."""
    cells: list[str] = []
    pos, glued = 0, False
    text = text.strip()
    while pos < len(text):
        found = HEADER_CELL_RE.match(text, pos)
        if not found:
            return None
        cells.append(found.group(0).strip())
        end = found.end()
        gap = re.match(r"\s*", text[end:]).end()  # type: ignore[union-attr]
        glued = glued or (gap == 0 and end < len(text))
        pos = end + gap
    return cells, glued


def glued_header(text: str) -> list[str] | None:
    """The cells of a header line printed without separators, else None: three known header
    words or more, the whole line, at least two of them glued ('Pos.Last NameFirst Name')."""
    found = _header_cells(text)
    if found is None or len(found[0]) < MIN_HEADER_CELLS or not found[1]:
        return None
    return found[0] if header_kinds(found[0]) is not None else None


def winners_header(text: str) -> list[str] | None:
    """The cells of a header line of races and their winners with spaces between its cells
    ('Track City/ST Co. Division/Series Event Winner'), else None: the winner's column last."""
    found = _header_cells(text)
    if found is None or len(found[0]) < MIN_HEADER_CELLS or found[1]:
        return None
    kinds = header_kinds(found[0])
    return found[0] if kinds is not None and kinds[-1] == "winner" else None


def rounds_header(text: str) -> tuple[str, list[ColumnKind | None]] | None:
    """(the label, the column kinds) of a header line of a season's rounds with spaces between
    its cells, the winner's column followed only by columns that are no result ('Group A Round
    Circuit Winning Driver Pole Position Fastest Lap'), else None."""
    words = text.split()
    for size in range(MAX_LABEL_WORDS + 1):
        found = _header_cells(" ".join(words[size:]))
        if found is None or found[1] or len(found[0]) < MIN_HEADER_CELLS:
            continue
        kinds = header_kinds(found[0])
        if kinds is None or "winner" not in kinds or kinds[-1] == "winner":
            return None
        after = kinds[kinds.index("winner") + 1 :]
        before = kinds[: kinds.index("winner")]
        if all(k == "ignored" for k in after) and before and all(k == "event" for k in before):
            return " ".join(words[:size]), kinds
        return None
    return None


def _is_handle(token: str) -> bool:
    """An online ID by its shape: digits, underscores or hyphens inside, or lower case first."""
    return HANDLE_RE.fullmatch(token) is not None


def _rounds_table(doc: Document, index: int) -> tuple[int, list[Block]] | None:
    """A season's rounds, one a line ('3 Donington Gp eiei-2000_1 hio_91 hio_91'): the round
    number, the track in words, then one online ID per name column; the round's race is named by
    the label, the round and the track, its winner is the ID under the winner header (the pole
    is qualifying, the fastest lap no result). A line whose IDs cannot be told from the track's
    words is left out."""
    blocks = doc.blocks
    found = rounds_header(blocks[index].text)
    if found is None:
        return None
    label, kinds = found
    names = len(kinds) - kinds.index("winner")
    rows = [Block("row", blocks[index].text, blocks[index].start, cells=("Event", "Winner"))]
    end = index + 1
    while end < len(blocks) and _plain_line(blocks[end]) and not _cut_off(doc, blocks[end]):
        tokens = blocks[end].text.split()
        if not tokens or not tokens[0].isdigit():
            break
        end += 1
        track, tail = tokens[1:-names], tokens[-names:]
        if not track or _is_handle(track[-1]) or not _is_handle(tail[0]):
            continue
        race = " ".join(part for part in (label, f"Round {tokens[0]}", *track) if part)
        rows.append(_row_block(doc, [blocks[end - 1]], (race, tail[0])))
    return (end - index, rows) if len(rows) > MIN_ROWS else None


def _spaced_table(doc: Document, index: int) -> tuple[int, list[Block]] | None:
    """A table flattened with single spaces between its cells ('Pos No Driver Time Pts', then
    '1 27 Ann Lee 30:01.100 25'): numbers first, values last, and one text column between them
    takes the rest. Where several text columns meet ('Ann Lee Kite Racing') nothing tells where
    one ends: those lines are taken in and give no row (a name glued to its team is no name)."""
    blocks = doc.blocks
    found = _header_cells(blocks[index].text)
    if found is None or found[1] or len(found[0]) < MIN_HEADER_CELLS:
        return None
    kinds = header_kinds(found[0])
    if kinds is None or None in kinds or "winner" in kinds or "driver" not in kinds:
        return None
    one_text = sum(kind in TEXT_KINDS for kind in kinds) == 1
    rows = [Block("row", blocks[index].text, blocks[index].start, cells=tuple(found[0]))]
    end = index + 1
    while end < len(blocks) and _plain_line(blocks[end]) and not _cut_off(doc, blocks[end]):
        text = blocks[end].text
        if not LEADING_NUMBER_RE.match(text.strip()):
            break
        end += 1
        row = split_glued_row(text, kinds) if one_text else _told_driver_row(doc, end - 1, kinds)
        if row is not None:
            rows.append(_row_block(doc, [blocks[end - 1]], row))
    return (end - index, rows) if end - index > MIN_ROWS else None


def _told_driver_row(
    doc: Document, index: int, kinds: Sequence[ColumnKind | None]
) -> tuple[str, ...] | None:
    """A spaced row whose driver and team meet with nothing between them ('1 Ann Lee Apex GP
    45:16.364'): split where the driver's full name ends, the name as the article's text prints
    it elsewhere (a paragraph telling the race); the longest such name; None when the text never
    names the driver in full."""
    text_kinds = [k for k in kinds if k in TEXT_KINDS]
    if text_kinds != ["driver", "team"]:
        return None
    at = kinds.index("driver")
    if kinds[at + 1] != "team":
        return None
    glued = split_glued_row(doc.blocks[index].text, [*kinds[:at], "driver", *kinds[at + 2 :]])
    if glued is None:
        return None
    words = glued[at].split()
    block = doc.blocks[index]
    elsewhere = f"{doc.text[: block.start]} {doc.text[block.end :]}"
    for size in range(min(MAX_NAME_WORDS, len(words) - 1), 1, -1):
        name = " ".join(words[:size])
        if words[size - 1].lower() in PARTICLES or not looks_like_name(name):
            continue
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", elsewhere):
            return (*glued[:at], name, " ".join(words[size:]), *glued[at + 1 :])
    return None


def _points_table(doc: Document, index: int) -> tuple[int, list[Block]] | None:
    """A standings table flattened with single spaces, its header opening with a driver and a
    points column ('Driver Points Last Race Finish Wins'): each line the name, then its points
    (the columns after them are left out, their words unknown)."""
    blocks = doc.blocks
    words = blocks[index].text.split()
    found = _header_cells(" ".join(words[:2])) if len(words) >= MIN_HEADER_CELLS else None
    if found is None or found[1] or len(found[0]) != 2:
        return None
    if [HEADER_WORDS.get(fold(cell)) for cell in found[0]] != ["driver", "points"]:
        return None
    rows = [Block("row", blocks[index].text, blocks[index].start, cells=tuple(found[0]))]
    end = index + 1
    while end < len(blocks) and _plain_line(blocks[end]) and not _cut_off(doc, blocks[end]):
        row = POINTS_ROW_RE.match(blocks[end].text.strip())
        if row is None or len(row["name"].split()) > MAX_NAME_WORDS:
            break
        rows.append(_row_block(doc, [blocks[end]], (row["name"].strip(), row["points"])))
        end += 1
    return (end - index, rows) if len(rows) > MIN_ROWS else None


def _last_race_table(doc: Document, index: int) -> tuple[int, list[Block]] | None:
    """The last race's places a standings table prints in a column after the points ('Driver
    Points Last Race Finish Wins', then 'Ann Lee 31 4th 1'): a results table of its own, the
    rows under the header, each the name and its place (a driver who did not race left out)."""
    table = _points_table(doc, index)
    words = doc.blocks[index].text.split()
    if table is None or not LAST_RACE_HEADER_RE.match(" ".join(words[2:])):
        return None
    header = doc.blocks[index]
    rows = [Block("row", header.text, header.start, cells=("Driver", "Pos"))]
    for block in doc.blocks[index + 1 : index + table[0]]:
        line = POINTS_ROW_RE.match(block.text.strip())
        place = LAST_PLACE_RE.match(block.text.strip()[line.end() :]) if line else None
        if line and place:
            rows.append(_row_block(doc, [block], (line["name"].strip(), place["place"])))
    return (table[0] - 1, rows) if len(rows) > MIN_ROWS else None


def trailing_name(text: str) -> tuple[str, str] | None:
    """(the rest, the name) of a line ending in a person's name: two capitalised words, or more
    with a suffix ('Rui Prado Jr.') or particles ('Kaj de Bruin'); a code in brackets after it
    dropped."""
    text = BRACKETED_CODE_END_RE.sub("", text.strip())
    words = text.split()
    size = 3 if words and SUFFIX_WORD_RE.match(words[-1]) else 2
    while len(words) > size and words[-size].lower() in PARTICLES:
        size += 1  # 'Kaj de Bruin', 'Ida van der Berg': the given name before the particles
    name = " ".join(words[-size:])
    if len(words) <= size or not looks_like_name(name) or not words[-size][:1].isupper():
        return None
    return " ".join(words[:-size]), name


def split_glued_row(text: str, kinds: Sequence[ColumnKind | None]) -> tuple[str, ...] | None:
    """A glued row's cells by its header's kinds: numbers first ('1'), values last ('38,74'),
    text cells between split where a lower-case letter meets a capital ('MenziesWallace'); the
    last text cell takes the rest ('Gould GR59 Cosworth'). None when the row does not fit."""
    rest = text.strip()
    lead: list[str] = []
    kinds = list(kinds)
    while kinds and kinds[0] in ("position", "number"):
        found = LEADING_NUMBER_RE.match(rest)
        if not found:
            return None
        lead.append(found.group(0))
        rest = rest[found.end() :].strip()
        kinds.pop(0)
    tail: list[str] = []
    while kinds and kinds[-1] in VALUE_KINDS:
        found = TRAILING_VALUE_RE.search(rest)
        if not found or not found.group(0).strip():
            return None
        tail.insert(0, found.group(0))
        rest = rest[: found.start()].rstrip()
        kinds.pop()
    if not kinds or any(k not in TEXT_KINDS for k in kinds):
        return None
    parts = CASE_JOIN_RE.split(rest)
    if len(parts) < len(kinds) or not all(p.strip() for p in parts):
        return None
    middle = [p.strip() for p in parts[: len(kinds) - 1]]
    middle.append("".join(parts[len(kinds) - 1 :]).strip())
    return (*lead, *middle, *tail)


def _cell_fits(cell: str, kind: ColumnKind | None) -> bool:
    """A line may be a cell of this column (one cell per line)."""
    cell = cell.strip()
    if kind == "position":
        return bool(re.fullmatch(r"\d{1,3}\.?", cell) or STATUS_RE.fullmatch(cell))
    if kind == "number":
        return bool(re.fullmatch(r"#?\d{1,3}[A-Za-z]?", cell))
    if kind in ("laps", "points"):
        return bool(re.fullmatch(r"\d{1,4}(?:[.,]5)?|-", cell))
    if kind in TEXT_KINDS:
        return not re.fullmatch(r"[\d\s.,:+-]+", cell) and _header_word(cell) is None
    return bool(cell)


def _header_word(text: str) -> str | None:
    """The header cell a line is ('Driver', 'Time/Gap'), else None."""
    found = HEADER_CELL_RE.fullmatch(text.strip())
    return found.group(0) if found else None


def _row_block(doc: Document, blocks: Sequence[Block], cells: Sequence[str]) -> Block:
    start, end = blocks[0].start, blocks[-1].end
    return Block("row", doc.text[start:end], start, cells=tuple(cells))


def _plain_line(block: Block) -> bool:
    """A line of plain text: neither a list item nor a table row of its own."""
    return block.kind in ("paragraph", "heading") and not block.cells


def _cut_off(doc: Document, block: Block) -> bool:
    """The page's last line, with no line break after it: it may end mid-row ('… 38,7'), where
    nothing tells a cut cell from a whole one (a page's last table row is lost with it)."""
    return block.end >= len(doc.text)


def _glued_table(doc: Document, index: int) -> tuple[int, list[Block]] | None:
    blocks = doc.blocks
    cells = glued_header(blocks[index].text)
    if cells is None:
        return None
    kinds = header_kinds(cells)
    rows = [Block("row", blocks[index].text, blocks[index].start, cells=tuple(cells))]
    end = index + 1
    while end < len(blocks) and _plain_line(blocks[end]) and not _cut_off(doc, blocks[end]):
        row = split_glued_row(blocks[end].text, kinds)  # type: ignore[arg-type]
        if row is None:
            break
        rows.append(_row_block(doc, [blocks[end]], row))
        end += 1
    return (end - index, rows) if len(rows) > MIN_ROWS else None


def _line_cell(block: Block) -> str:
    """A line's text as a cell of a table printed one cell per line: a pipe opening it left out
    ('|Pos' is 'Pos')."""
    opened = PIPE_OPENED_RE.match(block.text.strip())
    return opened["cell"].strip() if opened else block.text.strip()


def _one_cell_per_line(doc: Document, index: int) -> tuple[int, list[Block]] | None:
    blocks = doc.blocks
    end = index
    while end < len(blocks) and _plain_line(blocks[end]) and _header_word(_line_cell(blocks[end])):
        end += 1
    cells = [_line_cell(b) for b in blocks[index:end]]
    kinds = header_kinds(cells) if len(cells) >= MIN_HEADER_CELLS else None
    if kinds is None:
        return None
    width = len(cells)
    rows = [_row_block(doc, blocks[index:end], cells)]
    while end + width <= len(blocks):
        chunk = blocks[end : end + width]
        if all(_plain_line(b) for b in chunk) and _cut_off(doc, chunk[-1]):
            cut = _timing_cut_off(chunk, kinds)
            rows += [_row_block(doc, chunk, cut)] if cut else []
            end += width if cut else 0
            break
        if not all(_plain_line(b) for b in chunk) or _cut_off(doc, chunk[-1]):
            break
        if not all(_cell_fits(_line_cell(b), k) for b, k in zip(chunk, kinds, strict=True)):
            break
        rows.append(_row_block(doc, chunk, [_line_cell(b) for b in chunk]))
        end += width
    return (end - index, rows) if len(rows) > MIN_ROWS else None


def _timing_cut_off(chunk: Sequence[Block], kinds: Sequence[ColumnKind | None]) -> list[str] | None:
    """The cells of a table's last row, one a line, that the page's end cuts inside its last
    cell when that cell is a time or a gap ('+24.99' may have lost a digit): the row kept, its
    place and name whole, that cell left empty; None for a row cut in another column or one
    whose other cells do not fit their columns."""
    cells = [_line_cell(b) for b in chunk]
    if kinds[-1] not in ("time", "interval") or not cells[-1]:
        return None
    if not all(_cell_fits(c, k) for c, k in zip(cells[:-1], kinds[:-1], strict=True)):
        return None
    return [*cells[:-1], ""]


@dataclass(frozen=True, slots=True)
class _Cell:
    """A cell of a table printed one cell per line: its text and the lines it is read from."""

    text: str
    blocks: tuple[Block, ...]


def _line_cells(doc: Document, index: int) -> list[_Cell]:
    """The plain lines from `index` on, each a cell."""
    cells: list[_Cell] = []
    for block in doc.blocks[index:]:
        if not _plain_line(block) or len(block.text) > MAX_CELL_CHARS:
            break
        cells.append(_Cell(block.text.strip(), (block,)))
    return cells


def _pipe_cells(doc: Document, index: int) -> list[_Cell]:
    """The cells from `index` on of a table printed one pipe-closed cell per line ('Ann', 'Lee |',
    '14 |'): a cell's lines joined, the pipe left out; the run ends where no cell closes within
    a few short lines."""
    cells: list[_Cell] = []
    pending: list[Block] = []
    for block in doc.blocks[index:]:
        if not _plain_line(block) or len(pending) == MAX_CELL_LINES:
            break
        pending.append(block)
        if not PIPE_CLOSED_RE.search(block.text):
            if len(block.text.split()) > MAX_WRAPPED_LINE_WORDS:
                break
            continue
        text = " ".join(b.text for b in pending).strip()[:-1].strip()
        if len(text) > MAX_CELL_CHARS:
            break
        cells.append(_Cell(text, tuple(pending)))
        pending = []
    return cells


def _place_number(cell: str) -> int | None:
    """The place a cell opening a row prints ('1', '1.', '1º', '1st'), else None."""
    cell = cell.strip()
    if not (INTEGER_RE.match(cell) or ORDINAL_CELL_RE.match(cell)) or cell.startswith("P"):
        return None
    return int(PLACE_NUMBER_RE.match(cell).group(0))  # type: ignore[union-attr]


def _unheaded_rows(doc: Document, cells: Sequence[_Cell]) -> tuple[int, list[Block]] | None:
    """(the cells taken, the row blocks) of a table printed one cell per line with no header: a
    place '1', the row's other cells one each, then '2' and as many cells, and so on; the columns
    are told by their cells (`tables.infer_kinds`). The rows stop where a place does not follow
    the row before; a row the page's end cuts short is left out."""
    if not cells or _place_number(cells[0].text) != 1:
        return None
    width = next(
        (w for w in range(MIN_HEADER_CELLS - 1, MAX_UNHEADED_WIDTH + 1)
         if w + 1 < len(cells) and _place_number(cells[w + 1].text) == 2),
        None,
    )  # fmt: skip
    if width is None:
        return None
    rows: list[Block] = []
    end, place = 0, 1
    while end + width < len(cells) and _place_number(cells[end].text) == place:
        chunk = cells[end : end + width + 1]
        if _cut_off(doc, chunk[-1].blocks[-1]) or any(_header_word(c.text) for c in chunk[1:]):
            break
        lines = [block for cell in chunk for block in cell.blocks]
        rows.append(_row_block(doc, lines, [c.text for c in chunk]))
        end, place = end + width + 1, place + 1
    return (end, rows) if len(rows) > MIN_ROWS else None


def _unheaded_cell_per_line(doc: Document, index: int) -> tuple[int, list[Block]] | None:
    """A table printed one plain line a cell with no header (`_unheaded_rows`)."""
    if doc.blocks[index].text.strip() != "1":
        return None
    return _unheaded_rows(doc, _line_cells(doc, index))


def _pipe_cell_tables(doc: Document, index: int) -> list[tuple[int, int, list[Block]]]:
    """The tables printed one pipe-closed cell per line from `index` on, as (first block, blocks
    spanned, rows): parts apart by spacer cells ('|', '..... |'), each part with no header read
    as `_unheaded_rows`. Labels of a cell each printed in a row before as many tables ('Heat 1',
    'Heat 2', 'Final') name them in order, a title row above each table's rows (more labels
    than tables when the page ends inside them)."""
    cells = _pipe_cells(doc, index)
    parts: list[list[_Cell]] = [[]]
    for cell in cells:
        if SPACER_CELL_RE.fullmatch(cell.text):
            parts.append([])
        else:
            parts[-1].append(cell)
    labels: list[_Cell] = []
    read: list[tuple[int, list[Block]]] = []
    for part in filter(None, parts):
        at = next((n for n, c in enumerate(part) if _place_number(c.text) == 1), len(part))
        if read and at > 0:
            break
        labels += part[:at]
        if at == len(part):
            continue
        table = _unheaded_rows(doc, part[at:])
        if table is None:
            break
        read.append(table)
    if not read:
        return []
    tables: list[tuple[int, int, list[Block]]] = []
    # a label each, or more labels when the page ends inside the tables (the last ones cut off)
    ends_page = cells[-1].blocks[-1].end >= len(doc.text.rstrip())
    titled = len(labels) == len(read) or ends_page and len(labels) > len(read)
    for n, (_, rows) in enumerate(read):
        start = labels[0].blocks[0].start if labels and n == 0 else rows[0].start
        first = next(i for i, b in enumerate(doc.blocks) if b.start == start)
        last = next(i for i, b in enumerate(doc.blocks) if b.end == rows[-1].end)
        if titled:
            label = labels[n]
            title = Block("row", label.text, label.blocks[0].start, cells=(label.text,))
            rows = [title, *rows]
        tables.append((first, last - first + 1, rows))
    return tables


def _line_start(doc: Document, block: Block) -> int:
    return doc.text.rfind("\n", 0, block.start) + 1


def _aligned_cells(line: str, starts: Sequence[int]) -> list[str] | None:
    """A row of aligned text cut where the header's cells start; None when a cut falls inside a
    word (the row is not aligned with the header)."""
    if len(line) <= starts[-1] or not line[: starts[1]].strip():
        return None
    for start in starts[1:]:
        if not (line[start - 1].isspace() or line[start - 1] == "\t"):
            return None
    ends = [*starts[1:], len(line)]
    return [line[a:b].strip() for a, b in zip(starts, ends, strict=True)]


def _separated_table(doc: Document, index: int) -> tuple[int, list[Block]] | None:
    """A table printed as text with tabs or runs of spaces between its cells: a header line of
    header words, then rows of as many cells (or cut where the header's cells start)."""
    blocks = doc.blocks
    header = blocks[index]
    cells = [c.strip() for c in CELL_GAP_RE.split(header.text.strip())]
    if len(cells) < MIN_HEADER_CELLS or not all(HEADER_CELL_RE.fullmatch(c) for c in cells):
        return None
    if header_kinds(cells) is None:
        return None
    line = doc.text[_line_start(doc, header) : header.end]
    starts = [m.start() for m in ALIGNED_CELL_RE.finditer(line.replace("\t", "  "))]
    aligned = "\t" not in line and len(starts) == len(cells)
    rows = [Block("row", header.text, header.start, cells=tuple(cells))]
    end = index + 1
    while end < len(blocks) and _plain_line(blocks[end]):  # a row cut short has fewer cells
        block = blocks[end]
        row = [c.strip() for c in CELL_GAP_RE.split(block.text.strip())]
        if len(row) != len(cells) and aligned:
            row = _aligned_cells(doc.text[_line_start(doc, block) : block.end], starts) or row
        if len(row) != len(cells):
            break
        rows.append(_row_block(doc, [block], row))
        end += 1
    return (end - index, rows) if len(rows) > MIN_ROWS else None


def _winners_table(doc: Document, index: int) -> tuple[int, list[Block]] | None:
    blocks = doc.blocks
    cells = winners_header(blocks[index].text)
    if cells is None:
        return None
    # the row cells are the race (every column but the last, run together) and its winner
    rows = [Block("row", blocks[index].text, blocks[index].start, cells=("Event", cells[-1]))]
    end = index + 1
    while end < len(blocks) and _plain_line(blocks[end]) and not _cut_off(doc, blocks[end]):
        block = blocks[end]
        not_run = NO_RACE_RE.search(block.text)
        split = trailing_name(block.text) if not_run is None else None
        if split is None and not_run is None:
            break
        race = block.text[: not_run.start()] if not_run else split[0]  # type: ignore[index]
        winner = not_run.group(0) if not_run else split[1]  # type: ignore[index]
        rows.append(_row_block(doc, [block], (race.strip(), winner)))
        end += 1
    return (end - index, rows) if len(rows) > MIN_ROWS else None


def _podium_place(block: Block) -> int | None:
    """The place a line heading a podium table's column is ('1. Platz', '2nd'), else None."""
    found = PLACE_LABEL_RE.match(block.text.strip()) if _plain_line(block) else None
    return int(found["a"] or found["b"]) if found else None


def _podium_names(block: Block) -> list[str] | None:
    """The drivers' names a line of a podium table holds, one or several glued where a
    lower-case letter meets a capital ('Ann LeeBo Kim'); None when a part is no name."""
    if not _plain_line(block):
        return None
    parts = [p.strip() for p in CASE_JOIN_RE.split(block.text.strip())]
    if not all(len(p.split()) >= 2 and looks_like_name(p) for p in parts):
        return None
    return parts


def _podium_per_line(doc: Document, index: int) -> tuple[int, list[Block]] | None:
    """A podium table printed one cell per line with no corner cell: its places heading the
    columns a line each ('1. Platz', '2. Platz', '3. Platz'), then each race's line and its
    drivers in the columns' order, a line each or glued on fewer lines ('Ann LeeBo Kim'). A
    race whose names do not fill the places exactly ends the table."""
    blocks = doc.blocks
    width = 0
    while index + width < len(blocks) and _podium_place(blocks[index + width]) == width + 1:
        width += 1
    if width < 2:
        return None
    header = ("", *(b.text.strip() for b in blocks[index : index + width]))
    rows = [_row_block(doc, blocks[index : index + width], header)]
    end = index + width
    while end < len(blocks) and _plain_line(blocks[end]) and not _cut_off(doc, blocks[end]):
        race, at, names = blocks[end], end + 1, []
        if _podium_place(race) is not None or _podium_names(race) and len(_podium_names(race)) > 1:
            break
        while at < len(blocks) and len(names) < width and not _cut_off(doc, blocks[at]):
            found = _podium_names(blocks[at])
            if found is None:
                break
            names.extend(found)
            at += 1
        if len(names) != width:
            break
        rows.append(_row_block(doc, blocks[end:at], (race.text.strip(), *names)))
        end = at
    return (end - index, rows) if len(rows) > MIN_ROWS else None


def flat_tables(doc: Document) -> dict[int, tuple[int, list[Block]]]:
    """Flattened tables of `doc` by the index of their header block: how many blocks each spans
    and its rows (header first) as row blocks with cells."""
    found: dict[int, tuple[int, list[Block]]] = {}
    index = 0
    while index < len(doc.blocks):
        block = doc.blocks[index]
        table = None
        if block.kind in ("paragraph", "heading") and len(block.text) <= 120:
            table = (
                _glued_table(doc, index)
                or _separated_table(doc, index)
                or _winners_table(doc, index)
                or _rounds_table(doc, index)
                or _spaced_table(doc, index)
                or _points_table(doc, index)
                or _one_cell_per_line(doc, index)
                or _unheaded_cell_per_line(doc, index)
                or _podium_per_line(doc, index)
            )
        if table is None and block.kind in ("paragraph", "heading"):
            piped = _pipe_cell_tables(doc, index)
            for first, size, rows in piped:
                found[first] = (size, rows)
            if piped:
                index = piped[-1][0] + piped[-1][1]
                continue
        if table is not None:
            found[index] = table
            last_race = _last_race_table(doc, index)
            if last_race is not None:  # the same lines, keyed by its first row
                found[index + 1] = last_race
            index += table[0]
        else:
            index += 1
    return found
