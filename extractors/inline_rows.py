"""Numbered result rows run together on one line or in one paragraph: '1. Ana Ribeiro, 2. Tomas
Berg, 3. Li Wen', '1 Al Pine  2 Bo Reed 3Cy Dow', '125cc 1° Ana 2° Rui 3° Leo', '25-lap feature:
1. A (JPN) 25:13.456, 2. B …'. The rows are found by their numbers counting 1, 2, 3 in order."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from extractors.names import DOTTED_SUFFIX_END_RE
from extractors.narrative.lang import position_number
from extractors.row_facts import PLACE_WORD_RE, PLACE_WORDS
from extractors.standings import POINT_WORDS

# "96M", "2V": a car code or a name printed with digits first, opening a row after its place
CODE_FIRST = r"\d{1,3}[A-Z]{1,2}(?![\w.])"
# "1st 595 Ann Lee", "5th 2,", "1, 97 Ann Lee": a car's number printed bare after a worded place,
# before the name (or alone where the name was left out)
NUMBER_FIRST = r"\d{1,3}(?:\s+[A-Z]|\s*[,;]|\s*$)"
# "1.", "2)", "3º", "1°", "1/ ", "1er", "2ème", "1 " before a capitalised word, "2TJ" glued to
# capitals, "1st 96M Ann Lee", "3. 2V Kart", "2- Ann Lee", "3-Ann Lee" and "4 - Ann Lee" (a
# hyphen after the place), "5th : Ann Lee" (a colon after a worded place): a position opening a
# row inside a line (after its start, a space, a comma, a semicolon or an ellipsis: '30,…29. Lee')
INLINE_POSITION_RE = re.compile(
    r"(?:(?<=^)|(?<=[\s,;:…]))(?P<n>\d{1,2})"
    rf"(?:\s?(?:[.)º°ª](?:\*{{1,5}}(?=\s))?|/(?=\s))(?:(?<=[º°]):)?(?![\d.])\s*(?=[^\W\d_#]|#\d|[“\"«][A-Z]|{CODE_FIRST})"
    r"|\s+(?=[^\W\d_]*[A-Z]|#\d)|(?=[A-Z][A-Za-z])|,\s(?=\d{1,3}\s+[A-Z][a-z])"
    r"|\s?-\s?(?=[A-ZÀ-Þ][a-zà-ÿ])"
    rf"|(?:st|nd|rd|th|er|re|ère|ème|eme|e)\.?(?:\s?:)?\s+(?=[A-Z]|{CODE_FIRST}|{NUMBER_FIRST}))"
)
# " et", " and", " e", " y", " und", " en", " &": the word joining the last two rows
JOINING_WORD_RE = re.compile(r"\s+(?:et|and|e|y|und|en|og|och|i|&)$")
# " - ", ", ", "; ": the punctuation (and spaces) between one row and the next place
ROW_SEPARATOR_RE = re.compile(r"[\s,;–—-]*$")
# "... ", "…", ".. " where places were left out: the next row may skip numbers
ELLIPSIS_RE = re.compile(r"(?:\.{2,}|…)\s*$")
# "RC2N:", "STD-S:", "Autocross general:": a class label and its colon (digits, hyphens inside)
LABEL = r"[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’.-]*){0,3}\s?:"
# ". Klassiert: 12", ". Fotos": a sentence after the last row
# "; STD-T: 1) C": the next class's label
# ". 1° Bo Kim for the region": a sentence after the last row opening with a place of its own
# ". - * = time penalty", ". - Fastest lap": a note after the last row, opened by a dash
LAST_ROW_END_RE = re.compile(
    rf"(?:(?<=[^\W\d_]{{2}})|(?<=\d))\.\s+(?=[A-Z]|\d{{1,2}}[º°ª]\s*[A-Z])|\s{{3,}}"
    rf"|(?:(?<=[^\W\d_]{{2}})|(?<=\d))\.\s+[-–—]\s+(?=\*|[A-Z])"
    rf"|;\s*(?={LABEL})"
)
# " Drivers without points:", " Not classified:" closing a row before the next place: a label
# heading the rows after it; only one naming points ('without points') goes on with the same
# classification, any other (the unclassified, another class) ends the list at it
GROUP_LABEL_END_RE = re.compile(r"\s+(?P<label>[A-ZÀ-Þ][^\W\d_]*(?:\s[^\W\d_]+){0,3})\s?:\s*$")
POINTS_LABEL_RE = re.compile(rf"(?<!\w){POINT_WORDS}(?!\w)", re.IGNORECASE)
# "; Gruppe C: " right before a place: a class's label ending the list before it
LABEL_AFTER_ROW_RE = re.compile(rf";\s*{LABEL}\s*$")
# "; 4.", ", 12": the next row's place, its name wrapped onto a line not read
DANGLING_PLACE_RE = re.compile(r"[;,]\s*\d{1,2}\s?[.)º°]?\s*$")
# "RC2NL: Ann Lee, " before a "2)", "Assoluto: Ann Lee 59 punti; " before a "2.": a class whose
# first row is printed without its place
FIRST_LEFT_OUT_RE = re.compile(
    rf"(?:^|(?<=\s)){LABEL}\s*(?P<first>[^\W\d_][^,;:()\d]{{1,60}}?(?:\s\d{{1,4}}\s(?:{POINT_WORDS}))?)"
    r"\s*[,;]\s*$"
)
# "Die Altersklasse gewann Ann Lee (MSC), " before a "2.": a class, the verb of winning, the
# winner (a club in brackets after the name) and a comma: the first row, printed with no place
WON_VERB = r"(?:gewann|won|vinse|venceu|ganó|remporte|wygrał|wint)"
WON_FIRST_RE = re.compile(
    rf"(?:^|(?<=\s))[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’.-]*){{0,3}}\s+{WON_VERB}\s+"
    r"(?P<first>[A-ZÀ-Þ][^,;:()\d]{1,60}?(?:\s\([^()\d]{1,20}\))?)\s*,\s*$"
)
# " gewann", " won": the verb of winning closing a lead-in ('Die Altersklasse gewann')
WON_END_RE = re.compile(rf"\s+{WON_VERB}$")
# " DNF SR174 EXCL SV101": rows led by a status after a list's last place, one per status word
STATUS_ROWS_RE = re.compile(r"\s+(?=(?:DNF|DNS|DSQ|DQ|EXCL|NC|RET)\s+\S)")
# "Lee e Kim 36; ", "Ann Lee and Bo Kim, ": two drivers sharing one printed place (a tie)
TIED_PAIR_RE = re.compile(
    r"^\s*(?P<a>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})\s+(?:e|and|y|und|et|en|i)\s+"
    r"(?P<b>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})(?P<rest>[^A-Za-z]*)$"
)
# "Ann Lee (NL) und Bo Kim (DK), je 19 Punkte": two drivers sharing one printed place, each with
# a bracket after the name (a nation, a club), a number they share kept ('19'), words after a
# comma left out ('je 19 Punkte')
TIED_BRACKETED_PAIR_RE = re.compile(
    r"^\s*(?P<a>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}\s?\([^()\d]{1,20}\))\s+"
    r"(?:e|and|y|und|et|en|i)\s+"
    r"(?P<b>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}\s?\([^()\d]{1,20}\))"
    r"(?P<rest>[^()A-Za-z]*)(?:,[^()]{0,40}?)?\.?$"
)
# "(Lee, Kim (Kite 1300))": a bracket, brackets inside it, of a team entry's crew and their cars
BRACKETED_RE = re.compile(r"\((?:[^()]|\([^()]*\))*\)")
# "240ptn – ", "120 ptn. – ": a row ending in its points, then the separator before the next place
POINTS_END_RE = re.compile(rf"\d\s?{POINT_WORDS}\.?[\s,;–—-]*$", re.IGNORECASE)
# "Ann Lee (Kite GT3" before the next row's ", 6-": a bracket opened in a row, never closed
UNCLOSED_BRACKET_RE = re.compile(r"\([^()]*$")
_RUNNING = json.loads((Path(__file__).parent / "data" / "racing.json").read_text(encoding="utf-8"))[
    "running_orders"
]


def _words(key: str) -> str:
    return "|".join(re.escape(word) for word in _RUNNING[key])


# "Restart on lap-164." (no lap time: 'best lap 1:23.4'), "au 10e tour", "with 20 to go", "5 laps
# remaining", "at half distance", "running order": a point inside a race, where the order printed
# after it is no finish
RUNNING_ORDER_RE = re.compile(
    rf"\b(?:{_words('lap_words')})[-\s]?\d{{1,3}}\b(?![:.,]\d|[-\s]?(?:{_words('lap_words')})s?\b)"
    rf"|\b\d{{1,3}}(?:e|ème|º|°|ª)\s+(?:{_words('ordinal_lap_words')})\b"
    rf"|\b\d{{1,3}}[-\s](?:laps?[-\s])?(?:{_words('to_go_words')})\b"
    rf"|\b(?:{_words('phrases')})\b",
    re.IGNORECASE,
)
# "won", "results", "unofficial", "classement": words saying the race is over
FINISH_WORD_RE = re.compile(rf"\b(?:{_words('finish_words')})\b", re.IGNORECASE)
# A live blog's entry before its list is short; a longer paragraph tells a race, the order at
# its end not settled by a lap it names.
MAX_RUNNING_PREFACE_WORDS = 40
# A row of a run-together list is short: a name and a few fields.
MAX_INLINE_ROW_WORDS = 14
MIN_INLINE_ROWS = 2
# A count going on from a place above 1 has at least this many rows.
MIN_GOING_ON_ROWS = 4
# "Sidecars:", "125cc Juniors:", "250cc/4 stroke:" right before a list's "1.": the label of the
# next list (a class may be named digits first), ending the one before
NEXT_LABEL_RE = re.compile(
    rf"(?<=\s)(?:{LABEL}|\d{{1,4}}[^\W\d_]+(?:[/\s][\w'’.-]+){{0,3}}\s?:)\s*$", re.MULTILINE
)
# A lead-in longer than this is a paragraph: its last sentence names the list.
MAX_LEAD_IN_WORDS = 8
# ". ", "! ", "? ", "[END] " before a capital: where a sentence of a lead-in paragraph ends
SENTENCE_END_RE = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+(?=[A-Z])|\[END\]\s*")


@dataclass(frozen=True, slots=True)
class InlineRow:
    """One row of a run-together list: its text and its offset in the searched string."""

    text: str
    start: int


@dataclass(frozen=True, slots=True)
class InlineList:
    """The rows of a run-together list and the lead-in before them ('25-lap feature:')."""

    lead_in: str
    rows: list[InlineRow]


def _separator(text: str, start: int, end: int) -> str:
    """The punctuation ending a row before the next place ('-' of 'A. Lee - 2.')."""
    return ROW_SEPARATOR_RE.search(text[start:end]).group(0).strip()  # type: ignore[union-attr]


def _style(mark: re.Match[str]) -> str:
    """The punctuation after a place ('.' of '1.', ')' of '2)', '' of '3 Ann')."""
    return mark.group(0)[len(mark["n"]) :].strip()


def _one_skipped(chain: list[re.Match[str]], mark: re.Match[str], text: str, ties: int) -> bool:
    """'3. C - 5. D': one place left out (a driver disqualified), the rows around it apart by the
    same punctuation as the rows before."""
    if ties or len(chain) < 2 or int(mark["n"]) != int(chain[-1]["n"]) + 2:
        return False
    before = _separator(text, chain[-2].end(), chain[-1].start())
    return bool(before) and before == _separator(text, chain[-1].end(), mark.start())


def _points_skip(chain: list[re.Match[str]], mark: re.Match[str], text: str) -> bool:
    """'5. E ITA 120ptn – 8. F BEL 95ptn': a standings line printing some places only (a country's
    riders after the top five), every row so far ending in its points, the places still rising."""
    if len(chain) < 2 or int(mark["n"]) <= int(chain[-1]["n"]):
        return False
    ends = [*(m.start() for m in chain[1:]), mark.start()]
    rows = [text[m.end() : end] for m, end in zip(chain, ends, strict=True)]
    return all(POINTS_END_RE.search(row) for row in rows)


def _place_worded(mark: re.Match[str], text: str) -> bool:
    """'3. Platz Ann Lee': the place printed with its word."""
    return PLACE_WORD_RE.match(text, mark.end()) is not None


def _chain_from(i: int, marks: list[re.Match[str]], text: str) -> list[re.Match[str]]:
    """The run of positions counting up from mark `i` (a '1'): a tie repeats a place ('3.',
    '3.'), and the place after a tie or an ellipsis may skip ('3.', '3.', '5.'), as may one
    place left out between rows apart by the same punctuation ('3. C - 5. D')."""
    chain = [marks[i]]
    ties = 0
    for mark in marks[i + 1 :]:
        last = int(chain[-1]["n"])
        n = int(mark["n"])
        if n < last and _style(mark) == _style(chain[0]) and (n == 1 or len(chain) > 1):
            break  # "RC2: 1) A, 2) B; RC3: 1) C", "3) C; RC4: D, 2) E": another count
        skipped = ELLIPSIS_RE.search(text[chain[-1].end() : mark.start()])
        between = text[chain[-1].end() : mark.start()]
        if LABEL_AFTER_ROW_RE.search(between):
            break  # "1. Platz: A; Gruppe C: 3. Platz: B": the next class's own count
        shared = n == last + 2 and not ties and tied_pair(between.rstrip(" ,;")) is not None
        if (
            n == last + 1 + ties
            or (skipped and n > last)
            or shared  # "7. Ann Lee e Bo Kim 36; 9. Cy Dow": two drivers tied, one place printed
            or _one_skipped(chain, mark, text, ties)
            or _points_skip(chain, mark, text)
            or (n > last and _place_worded(chain[0], text) and _place_worded(mark, text))
        ):
            chain.append(mark)
            ties = 0
        elif 1 < n == last and text[mark.start() + len(mark["n"]) : mark.end()].strip():
            chain.append(mark)  # "3. A, 3. B": a tie, printed with its dot
            ties += 1
    return chain


def _chains(marks: list[re.Match[str]], text: str) -> list[list[re.Match[str]]]:
    """The runs counting from 1 that do not overlap, in text order: the longest first, the later
    of two as long ('1. run: 1. Ann Lee, 2. …'); 'Seniors: 1. A … 9. B Juniors: 1. C, 2. D' holds
    two."""
    starts = [
        i
        for i, m in enumerate(marks)
        if int(m["n"]) == 1
        or _first_left_out(text, m)
        or _goes_on(marks, i)
        or _worded_from(marks, i, text)
    ]
    found = [_chain_from(i, marks, text) for i in starts]
    found = [c for c in found if len(c) >= MIN_INLINE_ROWS]
    taken: list[list[re.Match[str]]] = []
    for chain in sorted(reversed(found), key=len, reverse=True):
        first, last = chain[0].start(), chain[-1].start()
        if all(last < c[0].start() or first > c[-1].start() for c in taken):
            taken.append(chain)
    return sorted(taken, key=lambda c: c[0].start())


def _goes_on(marks: list[re.Match[str]], i: int) -> bool:
    """'… and then: 4°: A, 5°: B, 6°: C, 7°: D': a count going on from a place the prose before
    told, each place marked alike ('4°:', not a bare '4'), four places or more."""
    run = marks[i : i + MIN_GOING_ON_ROWS]
    style = _style(marks[i])
    return (
        len(run) == MIN_GOING_ON_ROWS
        and style not in ("", ".")
        and all(_style(m) == style for m in run)
        and all(int(m["n"]) == int(marks[i]["n"]) + k for k, m in enumerate(run))
        and (i == 0 or int(marks[i - 1]["n"]) != int(marks[i]["n"]) - 1)
    )


def _worded_from(marks: list[re.Match[str]], i: int, text: str) -> bool:
    """'5.Platz A, 6.Platz B, 8.Platz C': a club's drivers at their places in a class, each place
    printed with its word, rising from a place above 1 (the rows of others left out)."""
    return (
        i + 1 < len(marks)
        and int(marks[i + 1]["n"]) > int(marks[i]["n"])
        and _place_worded(marks[i], text)
        and _place_worded(marks[i + 1], text)
    )


def _first_left_out(text: str, mark: re.Match[str]) -> re.Match[str] | None:
    """The first row of 'RC2NL: Ann Lee, 2) Bo Kim y 3) Cy Dow' or 'Die Altersklasse gewann Ann
    Lee, 2. Bo Kim', printed with no '1)': a label (or a class and its verb of winning), a name
    and a comma right before a '2'; None otherwise."""
    if int(mark["n"]) != 2:
        return None
    return FIRST_LEFT_OUT_RE.search(text, 0, mark.start()) or WON_FIRST_RE.search(
        text, 0, mark.start()
    )


def _row_words(piece: str) -> int:
    """The words of a row outside its brackets: a team's crew in brackets ('Team Kite, 196 laps
    (Lee, Kim (Kite 1300), Diaz (Vortex))') makes the row no longer one."""
    return len(BRACKETED_RE.sub(" ", piece).split())


def _rows(text: str, chain: list[re.Match[str]], end: int) -> list[InlineRow] | None:
    """The rows of one run, the last ending by `end` at the latest; None when a row is too long
    to be one."""
    rows = []
    tail: list[InlineRow] = []
    for mark, after in zip(chain, [*chain[1:], None], strict=True):
        piece = text[mark.start() : after.start() if after else end]
        label = GROUP_LABEL_END_RE.search(piece) if after else None
        closing = label is not None and not POINTS_LABEL_RE.search(label["label"])
        if label:  # "10. A Kite 1 Drivers without points: 11. B": the label is no part of A's row
            piece = piece[: label.start()]
            after = None if closing else after  # "Not classified: 20. C": the list ends here
        if after is None:
            stop = LAST_ROW_END_RE.search(piece, len(mark.group(0)))
            piece = piece[: stop.start()] if stop else piece
            piece = DANGLING_PLACE_RE.sub("", piece)  # "…; 4." with its row on the next line
        suffix = DOTTED_SUFFIX_END_RE.search(piece.rstrip(" ,;…\t"))
        piece = ROW_SEPARATOR_RE.sub("", JOINING_WORD_RE.sub("", piece.rstrip(" ,;.…\t")))
        piece += "." if suffix and not piece.endswith(".") else ""  # "Harlan Bast Sr."
        if ELLIPSIS_RE.search(piece):
            piece = ELLIPSIS_RE.sub("", piece).rstrip(" ,;")
        if after is None:  # "5th NW44 DNF SR174 EXCL SV101": the unclassified follow the last
            parts = STATUS_ROWS_RE.split(piece)
            piece, unclassified = parts[0], parts[1:]
            offset = mark.start() + len(piece)
            for part in unclassified:
                offset = text.index(part, offset)
                tail.append(InlineRow(part, offset))
        if _row_words(piece) > MAX_INLINE_ROW_WORDS and after is None:
            piece = piece.split(";")[0].rstrip(" ,")  # the last row runs on into other text
        if _row_words(piece) > MAX_INLINE_ROW_WORDS:
            if after is None:
                break
            return None
        rows.append(InlineRow(piece, mark.start()))
        if closing:
            break
    return rows + tail


def _lead_in(text: str) -> str:
    """What names a list before its first row: the line's start, or the last sentence of a
    paragraph ('… won all his heats. Seniors:' -> 'Seniors')."""
    lead_in = text.strip(" :;,–—-\t").rsplit(";", 1)[-1].strip()  # '…; RC2N': the last part
    if len(lead_in.split()) > MAX_LEAD_IN_WORDS:
        lead_in = SENTENCE_END_RE.split(lead_in)[-1]
    if len(lead_in.split()) > MAX_LEAD_IN_WORDS:  # '… quedaron como sigue: RC2'
        lead_in = lead_in.rsplit(": ", 1)[-1]
    lead_in = WON_END_RE.sub("", lead_in)  # 'Die Altersklasse gewann': the class it names
    return lead_in.lstrip(" .")  # ". 125cc Juniors": the sentence before ended the last row


def closed_row(text: str) -> str:
    """A run-together row to read, its bracket closed when the next row's place cut it off ('5- Ann
    Lee (Kite GT3, 6- Bo Kim'): the bracket's words stay one field."""
    return f"{text.rstrip()})" if UNCLOSED_BRACKET_RE.search(text) else text


def is_running_order(preface: str) -> bool:
    """The words before a list in its paragraph place it inside the race ('Restart on lap 164.
    17 cars remain. Top ten:'): a running order, no result; not when they say the race is over
    ('Lee won from lap 3. Result:')."""
    return (
        len(preface.split()) <= MAX_RUNNING_PREFACE_WORDS
        and RUNNING_ORDER_RE.search(preface) is not None
        and FINISH_WORD_RE.search(preface) is None
    )


def tied_pair(text: str) -> tuple[str, str, str] | None:
    """(first driver, second driver, the rest) of a row two drivers share ('Lee e Kim 36'),
    else None."""
    found = TIED_PAIR_RE.match(text)
    if found is None:  # "Ann Lee (NL) und Bo Kim (DK), je 19 Punkte"
        found = TIED_BRACKETED_PAIR_RE.match(text)
    return (found["a"], found["b"], found["rest"]) if found else None


def place_left_out(found: InlineList) -> int | None:
    """The index of the first row whose place skips one after an untied row ('3. C - 5. D'),
    else None."""
    places = [int(m["n"]) if (m := INLINE_POSITION_RE.match(r.text)) else 0 for r in found.rows]
    for i in range(1, len(places)):
        tied = i > 1 and places[i - 2] == places[i - 1]
        if places[i - 1] > 0 and places[i] == places[i - 1] + 2 and not tied:
            return i
    return None


def split_inline_lists(text: str) -> list[InlineList]:
    """The lists of numbered rows run together in `text` (two rows or more each), in order: a
    label and its colon before a list's '1.' end the list before it ('… 9. B (2,X) 4 Juniors:
    1. C …')."""
    marks = list(INLINE_POSITION_RE.finditer(text))
    chains = _chains(marks, text)
    lists = []
    for index, chain in enumerate(chains):
        end = len(text)
        if index + 1 < len(chains):
            following = chains[index + 1][0].start()
            label = NEXT_LABEL_RE.search(text, chain[-1].end(), following)
            end = label.start() if label else following
        rows = _rows(text, chain, end)
        first = _first_left_out(text, chain[0])
        if rows is not None and first is not None:
            if len(chain) < MIN_INLINE_ROWS:
                continue  # '…: A, 2) B' alone: too little to call a list
            rows.insert(0, InlineRow(first["first"], first.start("first")))
        if rows is None or len(rows) < MIN_INLINE_ROWS:
            continue
        previous = lists[-1].rows[-1] if lists else None
        since = previous.start + len(previous.text) if previous else 0
        if is_running_order(text[since : rows[0].start]):
            continue
        lists.append(InlineList(_lead_in(text[since : rows[0].start]), rows))
    return lists


# "Cadet: Ann Lee, Ben Cho, Cal Dunn": a class, then its finishers in order, commas between
NAME_LIST_RE = re.compile(r"^(?P<label>[^:,]{1,40}):\s*(?P<names>[^:]+)$")
MIN_LISTED_NAMES = 3


def split_name_list(text: str) -> tuple[str, list[InlineRow]] | None:
    """(label, names) of 'Label: Name, Name, Name' (three names or more), else None."""
    found = NAME_LIST_RE.match(text)
    if not found:
        return None
    rows = []
    for part in re.finditer(r"[^,]+", found["names"]):
        name = part.group(0).strip(" .;")
        if name:
            offset = found.start("names") + part.start() + part.group(0).index(name[0])
            rows.append(InlineRow(name, offset))
    if len(rows) < MIN_LISTED_NAMES:
        return None
    return found["label"].strip(), rows


# "Cup 250: Ann Lee (1) Bo Kim (2) Cy Diaz (3)": a class, then its finishers each followed by
# the place in brackets
BRACKETED_LIST_RE = re.compile(r"^(?P<label>[^:()]{1,40}):\s*(?P<rows>.+?)\s*$")
BRACKETED_ROW_RE = re.compile(r"\s*(?P<name>[^\W\d_][^()\d:;,]{1,60}?)\s*\((?P<n>\d{1,2})\)[\s,;]*")


def split_bracketed_places(text: str) -> tuple[str, list[tuple[int, InlineRow]]] | None:
    """(label, [(place, name)]) of 'Label: A (1) B (2) C (3)': every part a name and its place
    in brackets, the places counting 1, 2, 3 (two rows or more); None otherwise."""
    found = BRACKETED_LIST_RE.match(text)
    if found is None or "(1)" not in text:
        return None
    rows, at = [], found.start("rows")
    while at < found.end("rows"):
        row = BRACKETED_ROW_RE.match(text, at)
        if row is None or int(row["n"]) != len(rows) + 1:
            return None
        rows.append((int(row["n"]), InlineRow(row["name"], row.start("name"))))
        at = row.end()
    return (found["label"].strip(), rows) if len(rows) >= MIN_INLINE_ROWS else None


# "Ann Lee (Platz eins), ", "Bo Kim (Platz 7).", "Cy Dow (3. Platz)", "Di Roe (2nd place)": a
# driver, then the place in brackets printed with its word (the number in figures or in words)
WORDED_PLACE_ROW_RE = re.compile(
    r"\s*(?P<name>[^\W\d_][^()\d:;,]{1,60}?)\s*\("
    rf"(?:(?i:{PLACE_WORDS})\s+(?P<after>\d{{1,2}}|[^\W\d_]+)"
    rf"|(?P<before>\d{{1,2}})(?:\.|st|nd|rd|th|e|º|°)?\s*(?i:{PLACE_WORDS}))\)[\s,;.]*"
)


def _worded_place(row: re.Match[str]) -> int | None:
    """The place a bracket prints: 'Platz 7', 'Platz eins', '3. Platz' -> 7, 1, 3."""
    printed = row["before"] or row["after"]
    return int(printed) if printed.isdigit() else position_number(printed)


def split_worded_places(text: str) -> tuple[str, list[tuple[int, InlineRow]]] | None:
    """(label, [(place, name)]) of 'Gruppe A: Ann Lee (Platz eins), Bo Kim (Platz zwei), Cy Dow
    (Platz sieben).': every part a name and its place with the place's word in brackets, the
    places rising (a club's own drivers, the others left out), two rows or more; None
    otherwise."""
    found = BRACKETED_LIST_RE.match(text)
    if found is None:
        return None
    rows: list[tuple[int, InlineRow]] = []
    at = found.start("rows")
    while at < found.end("rows"):
        row = WORDED_PLACE_ROW_RE.match(text, at)
        place = _worded_place(row) if row else None
        if row is None or place is None or (rows and place <= rows[-1][0]):
            return None
        rows.append((place, InlineRow(row["name"], row.start("name"))))
        at = row.end()
    return (found["label"].strip(), rows) if len(rows) >= MIN_INLINE_ROWS else None
