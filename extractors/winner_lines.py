"""Results printed as statements, one a line: a race and its winner ('Virtual Monaco Grand Prix –
Ann Lee', '35 lap Sprint Car Feature - Bo Reed, Jr.'), and a press release's bullets ('Winner: Ann
Lee of Apex Racing', 'Heat No. 2 winner: Bo Reed', 'Cy Dow: Started 24th, Finished 12th (Running,
completed 74 of 74 laps)'). Each names its race; none is a printed classification of many rows."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from extractors.document import Block, BlockKind, Document, looks_like_heading
from extractors.flat_tables import trailing_name
from extractors.names import SUFFIX_TAIL_RE, looks_like_name
from extractors.narrative.lang import english_table, every_language
from extractors.nations import plain_lower
from extractors.records import Evidence, ResultRow
from extractors.result_lists import is_car
from extractors.sections import CLASS_NOUNS, RESULTS_WORDS_RE, read_marker

# "Grand Prix", "Feature", "Heat", "Final", "Race", "Gara", "Corrida", "Rennen": what names a race
RACE_WORDS_RE = re.compile(
    r"\b(?:grand prix|gp|feature|final|finale|heat|race|main|sprint|run-?off|gara|corrida|"
    r"carrera|course|rennen|lauf|manche|wyścig)\b",
    re.IGNORECASE,
)
# "Virtual Monaco Grand Prix – Ann Lee": a race, a dash, its winner (nothing else on the line)
RACE_WINNER_RE = re.compile(r"^(?P<race>[^–—|:]{3,80}?)\s+[–—-]\s+(?P<name>[^–—|:()\d]{2,60}?)\s*$")
# "2. Vela Motor Speedway: Ann Lee": a numbered line of a track and its race's winner
TRACK_ROW_RE = re.compile(
    r"^\d{1,2}[.)]\s+(?P<race>[^:()\d]{3,60}?)\s*:\s+(?P<name>[^:()\d,;]{2,60}?)\s*$"
)
# "Speedway", "Raceway", "Circuit", "Autódromo": a track's word in a race's name
TRACK_WORDS_RE = re.compile(
    r"\b(?:speedway|raceway|motorplex|speedbowl|circuit|circuito|autodromo|autódromo|"
    r"motorsports? park|race ?park)\b",
    re.IGNORECASE,
)
# "Winner: Ann Lee of Apex Racing", "Heat No. 1 winner: Bo Reed", "May 3 - Kite 150 at Vela
# Speedway. Winner: Cy Dow": a press release's or a schedule's winner line
RELEASE_WINNER_RE = re.compile(
    r"^(?:(?P<race>[^:]{1,40}?|[^:]{1,100}?(?<=\w{2})\.)\s+)?winner\s*:\s*(?P<name>[^,;:()]+?)"
    r"(?:\s+of\s+(?P<team>[^,;:()]+?))?\s*\.?$",
    re.IGNORECASE,
)
# "Heat winners: Ann Lee, Bo Reed": the winners of a session's races in their order
RACE_WINNERS_RE = re.compile(r"^(?P<race>[^:]{1,30}?)\s+winners\s*:\s*(?P<names>[^:]+?)\.?$", re.I)
# "Here are the feature winners:", "Winners:", "the feature winners from across the region:",
# "Vela Speedway Feature Winners 9/23/23": a lead-in above one line per class and its winner
WINNERS_LEAD_RE = re.compile(
    r"\b(?:winners|vencedores|ganadores|vincitori|sieger|vainqueurs|winnaars)"
    r"(?:\s+(?:were|are))?(?:\s+(?:from|at|of)\s[^:.!?]{1,40})?"
    r"(?:\s*:|\s+(?P<date>\d{1,2}/\d{1,2}(?:/\d{2,4})?):?)\s*$",
    re.I,
)
# "The winners of race 1: Lee (KZ2), Kim (OK Junior)", "I vincitori di gara1: …": a race's winners,
# one per class, each name followed by its class in brackets
WINNERS_OF_RACE_RE = re.compile(
    r"^(?:the\s+|i\s+|los\s+|les\s+|die\s+|de\s+|os\s+)?"
    r"(?:winners|vencedores|ganadores|vincitori|sieger|vainqueurs|winnaars)\s+"
    r"(?:of|di|de|da|del|della|der|des|van|do)\s+(?:the\s+|la\s+|el\s+|a\s+|le\s+)?"
    r"(?P<race>[^:]{1,25}?)\s*:\s*(?P<names>.+)$",
    re.I,
)
# "Lee (KZ2)", "Kim (KZN Over 25)": a winner and the class in brackets after the name
CLASS_WINNER_PIECE_RE = re.compile(r"(?P<name>[^()]{2,40}?)\s*\((?P<race>[^()]{1,30})\)")
# "gara1": a race word and its number printed together
GLUED_NUMBER_RE = re.compile(r"(?<=[^\W\d_])(?=\d)")
# "(OKN). Sunday": where the sentence of a list ends and the next begins
LIST_END_RE = re.compile(r"(?<=[)\w])\.\s+(?=[A-ZÀ-Þ])")
# "- ", "• ", "* ": a bullet printed at the start of a line
BULLET_RE = re.compile(r"^[-–•*]\s*")
# ". Fastest time 49.91s": a sentence after a class winner's line
SENTENCE_AFTER_RE = re.compile(r"(?<=\w\w)\.\s+(?=[A-Z])")
# "Fastest time 49.91s", "Best time (and best of the day) 42.86s": a class winner's run time
RUN_TIME_RE = re.compile(r"\btime\b[^.\d]{0,40}?(?P<s>\d{1,3}\.\d{1,3})\s?s\b", re.I)
# "Pro Trucks: Ann Lee, #26", "Mini Stock: Bo Reed": a class, its winner and car number
CLASS_WINNER_RE = re.compile(
    r"^(?P<race>[^:,#]{2,40}?)\s*:\s*(?P<name>[^:,#()\d]{3,60}?)"
    r"(?:\s*,\s*#\s?(?P<number>\d{1,3}[A-Za-z]?))?\s*\.?$"
)
# "Class 1, 1st Ann Lee, Kite GT 1.4, 61.45", "Class 4, Bo Kim, 55.74": a class, its winner (the
# place printed or not), the car and the run's time in seconds, commas between
COMMA_CLASS_WINNER_RE = re.compile(
    r"^(?P<race>[^,:]{2,30}?)[,.]\s+(?:1st\s+|1\.\s+|P1\s+)?(?P<name>[^,:()\d]{3,60}?)"
    r"(?:,\s*(?P<car>[^,:]{2,40}?))??(?:,\s*(?P<time>\d{1,3}\.\d{1,3})\s?s?)?\s*\.?$"
)
# ". ", "! ", "? " before a capital: where a sentence of a lead-in paragraph ends
SENTENCE_END_RE = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+(?=[A-Z])")
# A lead-in of class winners (its last sentence, or the last clause of a longer one: '…, with
# the following winners:') has at most this many words.
MAX_LEAD_WORDS = 8
# ", ", " and ": between the names of a line of winners
NAMES_SPLIT_RE = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")
# "Cy Dow: Started 24th, Finished 12th (Running, …)", "Cy Dow (Started 32nd, Finished 11th / …)"
FINISHED_RE = re.compile(
    r"^(?P<name>[^:()]{3,60}?)\s*[:(]\s*(?:started\s+\d{1,2}(?:st|nd|rd|th)\s*,\s*)?"
    r"finished\s+(?P<position>\d{1,2})(?:st|nd|rd|th)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Accident, completed 37 of 50 laps": the laps a driver completed of the race's
COMPLETED_RE = re.compile(r"completed\s+(?P<laps>\d{1,4})\s+of\s+(?P<of>\d{1,4})\s+laps", re.I)
# "Apex eSports Results:": a team's own results in a press release, its drivers' lines below
TEAM_RESULTS_RE = re.compile(r"^(?P<team>[^:]{3,40}?)\s+results\s*:?$", re.IGNORECASE)
# "Race: GEICO 70 (Round 5)", "Event: Vela (Round 4 of 12) – 18 laps": a press release's detail
# line naming the race (its laps after a dash left out of the name)
RACE_DETAIL_RE = re.compile(
    r"^(?:race|event)\s*:\s*(?P<name>.+?)(?:\s+[–—-]\s+\d{1,3}\s+laps)?\s*$", re.IGNORECASE
)
# "Team Result: Ann Lee started 16th, finished 17th", "Bo Kim started 19th, Finished 15th": a
# driver's start and finish in a press release's results, a label before the name or none
STARTED_FINISHED_RE = re.compile(
    r"^(?:[^:]{2,30}:\s*)?(?P<name>[^:(),]{3,60}?)\s+started\s+\d{1,2}(?:st|nd|rd|th)\s*,\s*"
    r"finished\s+(?P<position>\d{1,2})(?:st|nd|rd|th)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Running": the status word of a driver still running at the flag
RUNNING_RE = re.compile(r"\brunning\b", re.IGNORECASE)
# "The podium finishers were:", "Il podio:", "Top five:": a lead-in closing on a colon above the
# finishers' names, one a line, in the order they finished
PODIUM_LEAD_RE = re.compile(
    r"\b(?:podium|podio|p[óo]dio|podest|top\s+(?:three|five|ten|\d{1,2})|finishing order|"
    r"finishers)\b[^:.!?]*:\s*$",
    re.IGNORECASE,
)
# More name lines than this under a podium lead-in are a roster, no podium.
MAX_PODIUM_LINES = 10
# A finisher's name alone on its line has at most this many words.
MAX_NAME_LINE_WORDS = 4
PODIUM_NAME = "Podium"
MIN_WINNER_LINES = 2
# "7. Ann Lee, Bo Kim, Cy Dow, Di Fox, 74.6": a heat's number, its finishers in order, and the
# winner's time last (speedway's heat-by-heat results); or "7. Lee, Kim, Dow, Fox 4:2 (25:17)": the
# heat's team score and the match's running score after the names instead of a time, the score
# printed with a hyphen too ('5-1', '(19-17)'); a line of a team score may glue the names to the
# heat's number ('8.Lee, Kim, Dow, Fox 1-5')
HEAT_LINE_RE = re.compile(
    r"^(?P<heat>\d{1,2})[.)](?:\s+|(?=[^\W\d_][^,\d()]*(?:,\s*[^,\d()]+){2,7}\s+\d[:-]\d))"
    r"(?P<names>[^,\d()]+(?:,\s*[^,\d()]+){2,7})"
    r"(?:,\s*(?P<time>\d{1,3}(?:[.,]\d{1,3})?)"
    r"|\s+(?P<score>\d[:-]\d)(?:\s*\(\d{1,3}[:-]\d{1,3}\))?)?"
    r"\s*\.?$"
)
# "IMCA Stock Cars--Ann Lee, Aurora", "Sport Compacts--Bo Kim, Vela, IA": a class, two hyphens
# for a dash, its winner and the winner's hometown (dropped)
HOMETOWN_WINNER_RE = re.compile(
    r"^(?P<race>[^–—:|,]{2,40}?)\s*--\s*(?P<name>[^,;:()\d]{3,60}?)"
    r"(?:\s*,\s*[^,;:()\d]{2,40}?(?:\s*,\s*[A-Z]{2})?)?\s*\.?$"
)
# "Kite: Ann Lee & Bo Kim", "Vela: Cy Dow (replacing Ed Orr) and Eva Fox": a team and its pair of
# riders in a meeting's line-up (a reserve's note in brackets)
LINEUP_PAIR_RE = re.compile(
    r"(?<![\w-])(?P<team>[A-Z][^\W\d_]*(?:\s[A-Z][^\W\d_]*){0,2})\s*:\s*"
    r"(?P<a>[^,:;&()]+?)(?:\s*\([^()]*\))?\s+(?:&|and)\s+(?P<b>[^,:;&()]+?)(?:\s*\([^()]*\))?"
    r"(?=\s*[,.;]|\s*$)"
)
# "Vela Speedway (NY) – Ann Lee won the Modified feature.", "Kite Series (IA) – Bo Kim was first
# to the checkers at Oak Park.": a track or series (its state's code dropped), a dash, and a
# sentence whose subject is the winner and whose verb tells the win (a weekend's round-up)
TRACK_WINNER_RE = re.compile(
    r"^(?P<race>[^–—:|()]{3,60}?)(?:\s*\([A-Z]{2,3}\))?\s+[–—-]\s+"
    r"(?P<name>[A-Z][^\s,;:()]*(?:\s+(?:[A-Z][^\s,;:()]*|de|van|der|da|di|le|la)){1,3}?"
    r"(?:,?\s+Jr\.|,?\s+Sr\.)?)\s+"
    r"(?:won|wins|was first|was victorious|was the [\w\s-]{0,30}?victor|topped the field|"
    r"took home the|takes the|got the checkers|hoisted the trophy|went back to back|"
    r"made it \w+ straight|captured|claimed the|scored the)\b"
)
# " - ", " – ": between a driver and each of the driver's places ('Ann Lee - 6º carrera 1')
PLACES_SPLIT_RE = re.compile(r"\s+[-–—]\s+")
# "6º carrera 1", "12th race 2", "3. Lauf 2": a place and the race it was taken in
DRIVER_PLACE_RE = re.compile(
    r"(?P<n>\d{1,3})\s?(?:º|°|ª|\.|st|nd|rd|th|e|er|ème)?\s+"
    r"(?P<race>(?:race|carrera|manga|gara|corrida|course|rennen|lauf|manche|heat|final|wyścig|"
    r"bieg)\s*\d{1,2})",
    re.IGNORECASE,
)
PLACES_CONFIDENCE = 0.85
# Heat lines come in runs of at least this many (one line numbered '1.' is a list's row).
MIN_HEAT_LINES = 3
# a line this short between winner lines heads a part of the round-up ('MIDWEST', 'SATURDAY')
MAX_BREAK_WORDS = 4
RACE_WINNER_CONFIDENCE = 0.85
MAX_DETAIL_CHARS = 80  # a detail line naming the race is short
STATEMENT_CONFIDENCE = 0.8


@dataclass
class StatedRace:
    """A race and the rows its statement lines give."""

    name: str
    block: int  # where it is first named
    session: str | None = None
    laps: int | None = None
    rows: list[ResultRow] = field(default_factory=list)


@dataclass
class StatedResults:
    """The races stated line by line in an article and the blocks those lines take."""

    races: list[StatedRace] = field(default_factory=list)
    blocks: set[int] = field(default_factory=set)
    quiet: set[int] = field(default_factory=set)  # lines read that state no race (a draw)


def _is_person(name: str) -> bool:
    return looks_like_name(SUFFIX_TAIL_RE.sub("", name.strip()))


def _race_winner(block: Block) -> tuple[str, str] | None:
    """(race, winner) of a 'race – winner' line, or of a numbered 'track: winner' line ('2. Vela
    Motor Speedway: Ann Lee': the races of a season by their tracks)."""
    if block.kind == "row":
        return None
    found = RACE_WINNER_RE.match(block.text.strip())
    track = None if found else TRACK_ROW_RE.match(block.text.strip())
    if track is not None and TRACK_WORDS_RE.search(track["race"]):
        found = track
    elif found is None or not RACE_WORDS_RE.search(found["race"]):
        return None
    race, name = found["race"].strip(), found["name"].strip()
    if (found is not track and _is_person(race)) or not _is_person(name):
        return None  # a track's name may look like a person's ('Vela Speedway')
    return race, name


def _row(
    block: Block, driver: str, position: int, method: str, confidence: float, **more
) -> ResultRow:
    return ResultRow(
        position=position,
        driver=driver,
        evidence=Evidence(text=block.text, start=block.start, end=block.end),
        method=method,  # type: ignore[arg-type]
        confidence=confidence,
        **more,
    )


def _race_winner_lines(doc: Document, found: StatedResults) -> None:
    """Runs of two or more 'race – winner' lines: one race each, its winner first."""
    run: list[tuple[int, str, str]] = []
    for index, block in enumerate([*doc.blocks, Block("paragraph", "", len(doc.text))]):
        pair = _race_winner(block)
        if pair is not None:
            run.append((index, *pair))
            continue
        if len(run) >= MIN_WINNER_LINES:
            for i, race, name in run:
                marker = read_marker(Block("paragraph", race, doc.blocks[i].start))
                stated = StatedRace(
                    race,
                    i,
                    session=marker.session if marker else "race",
                    laps=marker.laps if marker else None,
                )
                row = _row(doc.blocks[i], name, 1, "list", RACE_WINNER_CONFIDENCE)
                stated.rows.append(row)
                found.races.append(stated)
                found.blocks.add(i)
        run = []


def _race_winners_lines(doc: Document, found: StatedResults) -> None:
    """'Heat winners: Ann Lee, Bo Reed': one race each ('Heat 1', 'Heat 2'), its winner first."""
    for index, block in enumerate(doc.blocks):
        line = RACE_WINNERS_RE.match(block.text.strip())
        if line is None or not RACE_WORDS_RE.search(line["race"]) or block.kind == "row":
            continue
        names = [n for n in NAMES_SPLIT_RE.split(line["names"].strip()) if n]
        if not names or not all(_is_person(n) for n in names):
            continue
        label = line["race"].strip()
        marker = read_marker(Block("paragraph", label, block.start))
        for number, name in enumerate(names, start=1):
            stated = StatedRace(
                f"{label} {number}" if len(names) > 1 else label,
                index,
                session=marker.session if marker else "race",
            )
            stated.rows.append(_row(block, name.strip(), 1, "list", RACE_WINNER_CONFIDENCE))
            found.races.append(stated)
        found.blocks.add(index)


def _class_winners_of_race(doc: Document, found: StatedResults) -> None:
    """'The winners of race 1: Lee (KZ2), Kim (OK Junior).': one race per class ('KZ2 race 1'),
    its winner first; what follows the list's sentence is left alone."""
    for index, block in enumerate(doc.blocks):
        line = WINNERS_OF_RACE_RE.match(block.text.strip())
        race = GLUED_NUMBER_RE.sub(" ", line["race"].strip()) if line else ""  # 'gara1'
        if line is None or not RACE_WORDS_RE.search(race) or block.kind == "row":
            continue
        listed = LIST_END_RE.split(line["names"].strip(), maxsplit=1)[0].rstrip(" .")
        pieces = [CLASS_WINNER_PIECE_RE.fullmatch(p) for p in NAMES_SPLIT_RE.split(listed) if p]
        if len(pieces) < MIN_WINNER_LINES or not all(p and _is_person(p["name"]) for p in pieces):
            continue
        marker = read_marker(Block("paragraph", race, block.start))
        for piece in pieces:
            stated = StatedRace(
                f"{piece['race'].strip()} {race}",
                index,
                session=marker.session if marker else "race",
            )
            stated.rows.append(
                _row(block, piece["name"].strip(), 1, "list", RACE_WINNER_CONFIDENCE)
            )
            found.races.append(stated)


@dataclass(frozen=True, slots=True)
class _ClassWinner:
    """A class and its winner as one line states them."""

    label: str
    driver: str
    number: str | None = None
    car: str | None = None
    time_s: float | None = None


def _class_winner(block: Block) -> _ClassWinner | None:
    """The class winner a line states: 'Pro Trucks: Ann Lee, #26', or 'Type 2, 0-1600cc Ann Lee,
    Mazda MX5. Fastest time 49.91s' (the name closing the class, the car after it)."""
    text = BULLET_RE.sub("", block.text.strip())
    if block.kind == "row" or not text:
        return None
    line = CLASS_WINNER_RE.match(text)
    if line is not None:
        if not _is_person(line["name"]):
            return None
        return _ClassWinner(line["race"].strip(), line["name"].strip(), number=line["number"])
    comma = _comma_class_winner(text)
    if comma is not None:
        return comma
    text, *after = SENTENCE_AFTER_RE.split(text, maxsplit=1)
    head, _, car = text.rpartition(", ")
    split = trailing_name(head) if head else None
    if split is None or not split[0].strip(" ,") or not is_car(car):
        return None
    run = RUN_TIME_RE.search(after[0]) if after else None
    time_s = float(run["s"]) if run else None
    return _ClassWinner(split[0].strip(" ,"), split[1], car=car.strip(), time_s=time_s)


def _comma_class_winner(text: str) -> _ClassWinner | None:
    """'Class 1, 1st Ann Lee, Kite GT, 61.45': a class by its class word and number, its winner
    (a person's name), the car when it is one and the run's time; None for any other line."""
    line = COMMA_CLASS_WINNER_RE.match(text)
    if line is None or not _is_person(line["name"]):
        return None
    marker = read_marker(Block("paragraph", line["race"].strip(), 0))
    if marker is None or marker.kind != "class":
        return None
    car = line["car"].strip() if line["car"] and is_car(line["car"]) else None
    time_s = float(line["time"]) if line["time"] else None
    return _ClassWinner(line["race"].strip(), line["name"].strip(), car=car, time_s=time_s)


def _class_winner_lines(doc: Document, found: StatedResults) -> None:
    """'Here are the feature winners:' above 'Pro Trucks: Ann Lee, #26' lines: one race per
    class ('Pro Trucks feature'), its winner first with the car number as printed."""
    for index, block in enumerate(doc.blocks):
        text = SENTENCE_END_RE.split(block.text.strip())[-1]  # a paragraph's last sentence
        text = text.rsplit(", ", 1)[-1] if len(text.split()) > MAX_LEAD_WORDS else text
        if block.kind == "row" or len(text.split()) > MAX_LEAD_WORDS:
            continue
        lead = WINNERS_LEAD_RE.search(text)
        if lead is None:
            continue
        word = RACE_WORDS_RE.search(text[: lead.start()])  # "feature winners:" names the races
        prefix = text[: word.start() if word else lead.start()].split()
        if not lead["date"] or not all(w[:1].isupper() or w.isdigit() for w in prefix):
            prefix = []  # 'Vela Speedway Feature Winners 9/23/23': the track names its races
        lines: list[tuple[int, _ClassWinner]] = []
        for below in range(index + 1, len(doc.blocks)):
            line = _class_winner(doc.blocks[below])
            if line is None:
                break
            lines.append((below, line))
        if len(lines) < MIN_WINNER_LINES:
            continue
        for below, line in lines:
            label = line.label
            name = f"{label} {word.group(0)}" if word and not RACE_WORDS_RE.search(label) else label
            name = " ".join([*prefix, name])
            marker = read_marker(Block("paragraph", name, doc.blocks[below].start))
            stated = StatedRace(name, below, session=marker.session if marker else "race")
            row = _row(
                doc.blocks[below],
                line.driver,
                1,
                "list",
                RACE_WINNER_CONFIDENCE,
                car_number=line.number,
                car=line.car,
                time_s=line.time_s,
            )
            stated.rows.append(row)
            found.races.append(stated)
            found.blocks.add(below)


# "Class 1: PAC1 Ann Lee", "Class7 N60 Bo Kim E10 Cy Dow": a class by its noun and label, then
# one entry or two (a column each), each a car code and the driver's name
CODED_CLASS_LINE_RE = re.compile(
    r"^(?P<noun>[^\W\d_]{4,12})\s*(?P<label>\d{1,2}|[A-H])\s*:?\s+(?P<rest>[A-Z\d].*?)\s*$"
)
CAR_CODE = r"[A-Z]{0,3}\d{1,3}[A-Z]{0,2}"
CODED_ENTRY_RE = re.compile(
    rf"(?P<code>{CAR_CODE})\s+(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){{1,3}}?)"
    rf"(?=\s+{CAR_CODE}\s|\s*$)\s*"
)
MAX_CODED_ENTRIES = 2
# "1st in Class B Ann Lee", "2nd in Class F Bo Kim": a place in a class, then the driver
CLASS_PLACE_LINE_RE = re.compile(
    r"^(?P<n>\d{1,2})(?:st|nd|rd|th)\s+in\s+(?P<noun>[^\W\d_]{4,12})\s+(?P<label>\d{1,2}|[A-Z])"
    r"\s+(?P<name>[^\d:;,()]{3,60}?)\s*$"
)


def _coded_entries(block: Block) -> tuple[str, list[tuple[str, str]]] | None:
    """(class, [(car code, driver)]) of a line 'Class 1: PAC1 Ann Lee' or 'Class 3 Y51 Bo Kim Y51
    Cy Kim' (a class noun opening it, every entry a code and a person's name); else None."""
    text = block.text.strip()
    line = CODED_CLASS_LINE_RE.match(text) if text[:1].isalpha() else None
    if line is None or block.kind == "row" or plain_lower(line["noun"]) not in CLASS_NOUNS:
        return None
    rest, entries, at = line["rest"], [], 0
    while at < len(rest):
        entry = CODED_ENTRY_RE.match(rest, at)
        if entry is None or not _is_person(entry["name"]) or entry["code"].isalpha():
            return None
        entries.append((entry["code"], entry["name"].strip()))
        at = entry.end()
    if not 0 < len(entries) <= MAX_CODED_ENTRIES:
        return None
    return f"{line['noun'].capitalize()} {line['label']}", entries


def _column_names(block: Block | None) -> list[str]:
    """The two column headers a line prints above a table of class winners ("Men's Ladies")."""
    words = block.text.split() if block is not None else []
    named = len(words) == MAX_CODED_ENTRIES and all(w[:1].isupper() for w in words)
    return words if named and block is not None and read_marker(block) is None else []


def _coded_class_lines(doc: Document, found: StatedResults) -> None:
    """Runs of two lines or more, each a class and its winner by car code and name ('Class 1:
    PAC1 Ann Lee'): one race per class; a line of two entries is one race per column when the
    line above the run names the two columns ("Men's Ladies"), else its second entry is left
    out (the page does not settle whose race it is)."""
    run: list[tuple[int, str, list[tuple[str, str]]]] = []
    for index, block in enumerate([*doc.blocks, Block("paragraph", "", len(doc.text))]):
        line = _coded_entries(block) if index < len(doc.blocks) else None
        if line is not None:
            run.append((index, *line))
            continue
        if len(run) >= MIN_WINNER_LINES:
            first = run[0][0]
            columns = _column_names(doc.blocks[first - 1] if first > 0 else None)
            for i, race, entries in run:
                for k, (code, name) in enumerate(entries[: len(columns) or 1]):
                    title = f"{race} {columns[k]}" if columns else race
                    stated = StatedRace(title, i, session="race")
                    stated.rows.append(
                        _row(
                            doc.blocks[i], name, 1, "list", RACE_WINNER_CONFIDENCE, car_number=code
                        )
                    )
                    found.races.append(stated)
                found.blocks.add(i)
        run = []


def _class_place_lines(doc: Document, found: StatedResults) -> None:
    """Runs of two lines or more each a place in a class and its driver ('1st in Class B Ann
    Lee', '2nd in Class B Bo Kim'): one race per class, each driver at the place printed."""
    run: list[tuple[int, re.Match[str]]] = []
    for index, block in enumerate([*doc.blocks, Block("paragraph", "", len(doc.text))]):
        text = block.text.strip()
        line = None
        if index < len(doc.blocks) and block.kind != "row" and " in " in text[:12]:
            line = CLASS_PLACE_LINE_RE.match(text)
        if line and plain_lower(line["noun"]) in CLASS_NOUNS and _is_person(line["name"]):
            run.append((index, line))
            continue
        if len(run) >= MIN_WINNER_LINES:
            races: dict[str, StatedRace] = {}
            for i, found_line in run:
                race = f"{found_line['noun'].capitalize()} {found_line['label']}"
                stated = races.setdefault(race, StatedRace(race, i, session="race"))
                stated.rows.append(
                    _row(
                        doc.blocks[i],
                        found_line["name"].strip(),
                        int(found_line["n"]),
                        "list",
                        RACE_WINNER_CONFIDENCE,
                    )
                )
                found.blocks.add(i)
            for stated in races.values():
                stated.rows.sort(key=lambda r: r.position or 0)
            found.races.extend(races.values())
        run = []


# "Ann Lee – Winner:", "Bo Kim — seventh:", "Cy Dow – finished 27th:": a driver, a dash, and the
# place as a word or an ordinal (headers above each driver's own words, in any order)
PLACE_LINE_RE = re.compile(
    r"^(?P<name>[^–—:()\d]{3,60}?)\s+[–—-]\s+(?:finished\s+)?"
    r"(?P<place>[A-Za-z]{4,12}|\d{1,2}(?:st|nd|rd|th))\s*:?$",
    re.IGNORECASE,
)
PLACE_WORDS = {"winner": 1, **english_table("placings", "ordinals")}


def _place_line(block: Block) -> tuple[int, str] | None:
    """(place, driver) of a line 'Ann Lee – Second:' or 'Bo Kim — finished 27th:', else None."""
    text = block.text.strip()
    line = PLACE_LINE_RE.match(text) if block.kind != "row" and len(text) < 80 else None
    if line is None or not _is_person(line["name"]):
        return None
    place = line["place"].lower()
    number = int(place[:-2]) if place[:1].isdigit() else PLACE_WORDS.get(place)
    return (number, line["name"].strip()) if number else None


def _place_lines(doc: Document, found: StatedResults) -> None:
    """Runs of three lines or more each a driver and the place taken ('Ann Lee – Winner:', 'Bo
    Kim — seventh:'), in any order: the race's rows at the places printed (a place told twice
    leaves the run unread)."""
    run: list[tuple[int, int, str]] = []
    for index, block in enumerate([*doc.blocks, Block("paragraph", "", len(doc.text))]):
        dashed = "–" in block.text or "—" in block.text or " - " in block.text
        line = _place_line(block) if dashed and index < len(doc.blocks) else None
        if line is not None:
            run.append((index, *line))
            continue
        places = [place for _, place, _ in run]
        if len(run) >= MIN_HEAT_LINES and len(set(places)) == len(places):
            stated = StatedRace("Race", run[0][0], session="race")
            for i, place, name in sorted(run, key=lambda line: line[1]):
                stated.rows.append(_row(doc.blocks[i], name, place, "list", PLACES_CONFIDENCE))
                found.blocks.add(i)
            found.races.append(stated)
        run = []


def _name_line(block: Block) -> str | None:
    """The name a line prints alone ('Ann Lee', '- Bo Kim'), else None."""
    text = BULLET_RE.sub("", block.text.strip()).strip()
    if block.kind == "row" or len(text.split()) > MAX_NAME_LINE_WORDS or not _is_person(text):
        return None
    return text


def _podium_lines(doc: Document, found: StatedResults) -> None:
    """'The podium finishers were:' above one name a line ('Ann Lee', 'Bo Kim', 'Cy Dow'): the
    finishers in their order, first to last, in the race the lead-in names (else 'Podium')."""
    for index, block in enumerate(doc.blocks):
        text = SENTENCE_END_RE.split(block.text.strip())[-1]  # a paragraph's last sentence
        if block.kind == "row" or PODIUM_LEAD_RE.search(text) is None:
            continue
        lines: list[tuple[int, str]] = []
        for below in range(index + 1, len(doc.blocks)):
            name = _name_line(doc.blocks[below])
            if name is None:
                break
            lines.append((below, name))
        if not MIN_WINNER_LINES <= len(lines) <= MAX_PODIUM_LINES:
            continue
        marker = read_marker(Block("paragraph", text, block.start))
        named = marker is not None and marker.kind == "race"
        name = marker.name if named and marker.name else PODIUM_NAME
        same = sum(r.name == name or r.name.startswith(f"{name} (") for r in found.races)
        stated = StatedRace(
            f"{name} ({same + 1})" if same else name,
            lines[0][0],
            session=marker.session if named else "race",
        )
        for position, (below, name) in enumerate(lines, start=1):
            stated.rows.append(
                _row(doc.blocks[below], name, position, "list", STATEMENT_CONFIDENCE)
            )
            found.blocks.add(below)
        found.races.append(stated)


def _release_lines(doc: Document, found: StatedResults) -> None:
    """A press release's winner and 'Finished 12th' bullets, each in the race its line or the
    heading above names; a line with no race of its own belongs to the main race."""
    main_name: str | None = None
    current: str | None = None
    team: str | None = None  # the team whose results the lines below are
    races: dict[str | None | tuple[str | None, int], StatedRace] = {}

    def race(
        key: str | None | tuple[str | None, int], index: int, name: str | None = None
    ) -> StatedRace:
        name = key if not isinstance(key, tuple) else name
        if key not in races:
            marker = read_marker(Block("paragraph", name, 0)) if name else None
            races[key] = StatedRace(
                name or main_name or "Race",
                index,
                session=marker.session if marker else "race",
                laps=marker.laps if marker else None,
            )
        return races[key]

    details = [
        d for b in doc.blocks if ":" in b.text and (d := _race_detail(b.text.strip())) is not None
    ]
    several = len(details) > 1  # one release, several events: each detail line opens its race
    for index, block in enumerate(doc.blocks):
        text = block.text.strip()
        detail = _race_detail(text)
        winner = RELEASE_WINNER_RE.match(text)
        finished = FINISHED_RE.match(text) or STARTED_FINISHED_RE.match(text)
        if detail and several:
            current = detail
        elif detail and main_name is None:
            main_name = detail
        elif winner and _is_person(winner["name"]):
            label = winner["race"].strip() if winner["race"] else None
            if several and (label is None or label.casefold() == "race"):
                label = current  # "Race Winner: Ann Lee" under its event's detail line
            row = _row(  # the winner's team is the winner's only, not the lines' below
                block,
                winner["name"].strip(),
                1,
                "narrative",
                STATEMENT_CONFIDENCE,
                team=winner["team"].strip() if winner["team"] else team,
            )
            key: str | None | tuple[str | None, int] = label
            while label and key in races and any(r.position == 1 for r in races[key].rows):
                # 'Heat 1 Winner' again, under the next set of races: a race of its own
                key = (label, index)
            race(key, index, label).rows.append(row)
            found.blocks.add(index)
        elif finished and _is_person(finished["name"]):
            laps = COMPLETED_RE.search(finished["rest"])
            retired = laps and int(laps["laps"]) < int(laps["of"]) and not RUNNING_RE.search(text)
            row = _row(
                block,
                finished["name"].strip(),
                int(finished["position"]),
                "narrative",
                STATEMENT_CONFIDENCE,
                laps=int(laps["laps"]) if laps else None,
                status="dnf" if retired else "finished",
                team=team,
            )
            race(current, index).rows.append(row)
            found.blocks.add(index)
        else:
            marker = read_marker(Block("paragraph", text, block.start))
            if marker is not None and marker.kind == "race" and len(text.split()) <= 6:
                current = text.strip(" •:")
            heading = TEAM_RESULTS_RE.match(text)
            if heading and read_marker(Block("paragraph", heading["team"], 0)) is None:
                team = heading["team"].strip()
    _join_main_race(races)
    for stated in races.values():  # 'finished 17th' printed before 'finished 15th'
        stated.rows.sort(key=lambda r: r.position or 0)
    found.races += [r for r in races.values() if r.rows]


def _race_detail(text: str) -> str | None:
    """The race a press release's detail line names ('Event: Vela (Round 4 of 12) – 18 laps' ->
    'Vela (Round 4 of 12)'), else None."""
    detail = RACE_DETAIL_RE.match(text) if len(text) < MAX_DETAIL_CHARS else None
    return detail["name"].strip() if detail else None


def _join_main_race(races: dict[str | None | tuple[str | None, int], StatedRace]) -> None:
    """Lines naming no race ('Winner: Ann Lee') join the one labelled race that is no heat or
    qualifying ('150-Lap Feature'), when there is exactly one."""
    if None not in races:
        return
    mains = [name for name, r in races.items() if name is not None and r.session == "race"]
    if len(mains) == 1:
        main = races[mains[0]]
        main.rows[:0] = races.pop(None).rows
        main.rows.sort(key=lambda r: r.position or 0)


def _heat_line(block: Block) -> tuple[int, list[str], float | None] | None:
    """(heat number, finishers in order, the winner's time) of a heat line, else None."""
    line = HEAT_LINE_RE.match(block.text.strip())
    if line is None or block.kind == "row":
        return None
    names = [n.strip() for n in line["names"].split(",")]
    if not all(_is_person(n) for n in names):
        return None
    time_s = float(line["time"].replace(",", ".")) if line["time"] else None
    return int(line["heat"]), names, time_s


def _lineup_teams(doc: Document, before: int) -> dict[str, str]:
    """The team of each surname a line-up above `before` pairs ('Kite: Ann Lee & Bo Kim'), when
    the surname is one rider's."""
    teams: dict[str, set[str]] = {}
    for block in doc.blocks[:before]:
        for pair in LINEUP_PAIR_RE.finditer(block.text):
            for name in (pair["a"], pair["b"]):
                if _is_person(name.strip()):
                    teams.setdefault(name.split()[-1], set()).add(pair["team"])
    return {surname: team.pop() for surname, team in teams.items() if len(team) == 1}


def _scored_heats_rising(
    doc: Document, run: list[tuple[int, int, list[str], float | None]], index: int, heat: int
) -> bool:
    """Whether heat `heat` (block `index`) goes on `run` though numbers were skipped: every line
    prints its heat's team score ('6. Kim, Lee, Dow, Fox 3:3 (19:17)', a page printing only the
    heats one rider rode) and the numbers rise."""
    lines = [doc.blocks[i] for i, *_ in run] + [doc.blocks[index]]
    scored = all((m := HEAT_LINE_RE.match(b.text.strip())) and m["score"] for b in lines)
    return scored and heat > run[-1][1]


def _heat_lines(doc: Document, found: StatedResults) -> None:
    """Runs of heat lines numbered in order ('1. Ann Lee, Bo Kim, Cy Dow, 76.2', '2. …'): one
    race per line ('Heat 1'), its finishers in the order printed, the time the winner's. A last
    line cut by the end of the page is left out."""
    run: list[tuple[int, int, list[str], float | None]] = []
    for index, block in enumerate([*doc.blocks, Block("paragraph", "", len(doc.text))]):
        line = _heat_line(block) if block.end < len(doc.text.rstrip()) else None
        if line is not None and (
            not run or line[0] == run[-1][1] + 1 or _scored_heats_rising(doc, run, index, line[0])
        ):
            run.append((index, *line))
            continue
        if len(run) >= MIN_HEAT_LINES:
            teams = _lineup_teams(doc, run[0][0])
            for i, heat, names, time_s in run:
                stated = StatedRace(f"Heat {heat}", i, session="race")
                for position, name in enumerate(names, start=1):
                    more: dict = {"team": teams.get(name.split()[-1])}
                    if position == 1 and time_s:
                        more["time_s"] = time_s
                    row = _row(doc.blocks[i], name, position, "list", STATEMENT_CONFIDENCE, **more)
                    stated.rows.append(row)
                found.races.append(stated)
                found.blocks.add(i)
        run = [] if line is None else [(index, *line)]


# "Heat 1-Ann Lee, Bo Kim, Cy Dow.", "Trophy Dash - Bo Kim, Ann Lee, Cy Dow.": a race's label, a
# dash, and its finishers in the order they finished, a sentence of its own
RACE_ORDER_RE = re.compile(
    r"(?P<race>[A-Z][\w'’]*(?:\s[\w'’]+){0,3}?)\s?[-–—]\s?"
    r"(?P<names>[A-Z][^.,;:()\d–—]*(?:,\s*[A-Z][^.,;:()\d–—]*){2,11})\.$"
)
# "… Cy Dow.  Heat 2-…": where one race's order ends and the next opens ('T. Bailey' goes on)
ORDER_SENTENCE_END_RE = re.compile(r"(?<=[^\W\d_]{2}\.)\s+(?=[A-Z])")
# Fewer race orders than this in one paragraph are a sentence's, not results run together.
MIN_RACE_ORDERS = 2
# A finisher in a race order is named by a given name and a family name at least.
MIN_ORDER_NAME_WORDS = 2


def _race_orders(block: Block) -> list[tuple[str, list[str]]]:
    """(race, finishers in order) of each sentence of `block` that is a race order ('Heat 1-Ann
    Lee, Bo Kim, Cy Dow.'); every name a person's full name, the race's label naming a race."""
    orders = []
    for sentence in ORDER_SENTENCE_END_RE.split(block.text.strip()):
        line = RACE_ORDER_RE.fullmatch(sentence)
        if line is None or not LABEL_RACE_WORD_RE.search(line["race"]):
            continue
        names = [n.strip() for n in line["names"].split(",")]
        if not all(_is_person(n) and len(n.split()) >= MIN_ORDER_NAME_WORDS for n in names):
            continue  # 'Heat 1-Dry, Dusty, Fast.': words, no names
        orders.append((line["race"].strip(), names))
    return orders


def race_order_blocks(doc: Document) -> set[int]:
    """The blocks holding MIN_RACE_ORDERS race orders or more ('Heat 1-Ann Lee, Bo Kim, Cy Dow.
    Heat 2-…'): statements of races, whose race numbers are no places of a run-together list."""
    return {
        index
        for index, block in enumerate(doc.blocks)
        if block.kind != "row" and len(_race_orders(block)) >= MIN_RACE_ORDERS
    }


def _race_order_sentences(doc: Document, found: StatedResults) -> None:
    """Paragraphs (or lines) of race orders run together ('Heat 1-Ann Lee, Bo Kim, Cy Dow.  Heat
    2-Bo Kim, …  Trophy Dash-…'), at least MIN_RACE_ORDERS in the paragraph: one race per order,
    its finishers at the places they are named in; an order the page cuts off (no full stop) is
    left out."""
    for index, block in enumerate(doc.blocks):
        if block.kind == "row" or index in found.blocks:
            continue
        orders = _race_orders(block)
        if len(orders) < MIN_RACE_ORDERS:
            continue
        for race, names in orders:
            stated = StatedRace(race, index, session="race")
            for position, name in enumerate(names, start=1):
                stated.rows.append(_row(block, name, position, "list", STATEMENT_CONFIDENCE))
            found.races.append(stated)
        found.blocks.add(index)


# 'Heat by heat:', 'Bieg po biegu:': the line heading a meeting's heat lines, which may be cut
# off after two heats
HEAT_BY_HEAT_HEADINGS = every_language("heat_by_heat_headings")
# a rider's mark in a heat line's bracket: excluded ('W'), or a machine failure or a fall ('D')
HEAT_EXCLUDED_MARKS = every_language("heat_excluded_marks")
HEAT_FAILURE_MARKS = every_language("heat_failure_marks")
MIN_HEADED_HEAT_LINES = 1
# "3. (61,2) Lee, Kim, Dow, Fox (Orr W)": a heat's number, a bracket of numbers (dropped), its
# finishers in order and a bracket naming a rider out of the heat with his mark ('(D)' alone
# marks the last rider named)
HEADED_HEAT_LINE_RE = re.compile(
    r"^(?P<heat>\d{1,2})[.)]\s+(?:\(\d{1,3}(?:[.,]\s?\d{1,3})*\)\s*)?"
    r"(?P<names>[^,\d()]+(?:,\s*[^,\d()]+){1,7}?)"
    r"(?:\s*\((?:(?P<out>[^,\d()]+?)\s+)?(?P<mark>[A-Z])\))?\s*\.?$"
)


def _headed_heat_line(block: Block) -> tuple[int, list[tuple[str, str]]] | None:
    """(heat number, (rider, status) in the order printed) of a heat line under a heat-by-heat
    heading, else None; a rider marked out of the heat comes last, unplaced."""
    line = HEADED_HEAT_LINE_RE.match(block.text.strip())
    if line is None or block.kind == "row":
        return None
    names = [n.strip() for n in line["names"].split(",")]
    if line["out"]:
        names.append(line["out"].strip())
    if not all(_is_person(n) for n in names):
        return None
    riders = [(name, "finished") for name in names]
    if line["mark"]:
        mark = line["mark"].lower()
        if mark in HEAT_EXCLUDED_MARKS:
            riders[-1] = (names[-1], "dsq")
        elif mark in HEAT_FAILURE_MARKS:
            riders[-1] = (names[-1], "dnf")
        else:
            return None  # a mark not known: who was out is not settled
    return int(line["heat"]), riders


def _headed_heat_lines(doc: Document, found: StatedResults) -> None:
    """The heat lines under a heat-by-heat heading ('Bieg po biegu:'), numbered from one in
    order (a page may cut them after a heat or two): one race per line ('Heat 1'), its finishers in
    the order printed, a rider marked out of the heat (excluded, a failure) unplaced. Lines
    another reader took are left alone."""
    taken = {i for race in found.races for i in _blocks_of(race, doc)}
    for at, block in enumerate(doc.blocks):
        if plain_lower(block.text.strip().rstrip(":").strip()) not in HEAT_BY_HEAT_HEADINGS:
            continue
        run: list[tuple[int, int, list[tuple[str, str]]]] = []
        for index in range(at + 1, len(doc.blocks)):
            line = _headed_heat_line(doc.blocks[index])
            if line is None or line[0] != len(run) + 1 or index in taken:
                break
            run.append((index, *line))
        if len(run) < MIN_HEADED_HEAT_LINES:
            continue
        for index, heat, riders in run:
            stated = StatedRace(f"Heat {heat}", index, session="race")
            place = 0
            for name, status in riders:
                place += status == "finished"
                position = place if status == "finished" else None
                row = _row(
                    doc.blocks[index], name, position, "list", STATEMENT_CONFIDENCE, status=status
                )
                stated.rows.append(row)
            found.races.append(stated)
            found.blocks.add(index)


def _hometown_winner_lines(doc: Document, found: StatedResults) -> None:
    """Runs of 'Class--Winner, Hometown' lines under a line naming results ('Speedway results:
    Saturday'): one race per class, its winner first."""
    for run in _winner_line_runs(doc, found, HOMETOWN_WINNER_RE):
        first = run[0][0]
        if first and RESULTS_WORDS_RE.search(doc.blocks[first - 1].text):
            _add_winner_lines(doc, found, run)


def _track_winner_lines(doc: Document, found: StatedResults) -> None:
    """Runs of 'Track (ST) – Ann Lee won the feature.' lines: one race per line (the track or
    series it names), its winner first; a region's or a day's heading between lines does not
    end the run."""
    for run in _winner_line_runs(doc, found, TRACK_WINNER_RE, bridges=_is_break_heading):
        _add_winner_lines(doc, found, run)


def _winner_line_runs(
    doc: Document,
    found: StatedResults,
    line_re: re.Pattern[str],
    *,
    bridges: Callable[[Block], bool] = lambda block: False,
) -> Iterator[list[tuple[int, str, str]]]:
    """Runs of at least `MIN_HEAT_LINES` lines `line_re` reads as a race and its winner (a
    person), as (block, race, winner); blocks `bridges` accepts may stand between two lines."""
    run: list[tuple[int, str, str]] = []
    for index, block in enumerate([*doc.blocks, Block("paragraph", "", len(doc.text))]):
        line = line_re.match(block.text.strip())
        if line and block.kind != "row" and index not in found.blocks and _is_person(line["name"]):
            run.append((index, line["race"].strip(), line["name"].strip()))
            continue
        if run and bridges(block):
            continue
        if len(run) >= MIN_HEAT_LINES:
            yield run
        run = []


def _is_break_heading(block: Block) -> bool:
    """'NORTHEAST', 'SATURDAY, August 26': a region's or a day's heading between winner lines."""
    words = len(block.text.split())
    return words > 0 and (block.kind == "heading" or words <= MAX_BREAK_WORDS)


def _add_winner_lines(doc: Document, found: StatedResults, run: list[tuple[int, str, str]]) -> None:
    """One race per line of `run`, its winner first."""
    for i, race, name in run:
        stated = StatedRace(race, i, session="race")
        stated.rows.append(_row(doc.blocks[i], name, 1, "list", RACE_WINNER_CONFIDENCE))
        found.races.append(stated)
        found.blocks.add(i)


def _driver_places(block: Block) -> tuple[str, list[tuple[int, str]]] | None:
    """(driver, [(place, race)]) of a line giving a driver's place in each race ('Ann Lee - 6º
    carrera 1 - 5º carrera 2'); None for other lines."""
    parts = PLACES_SPLIT_RE.split(block.text.strip())
    if block.kind == "row" or len(parts) < 2 or not _is_person(parts[0]):
        return None
    places = [DRIVER_PLACE_RE.fullmatch(part.strip(" .;")) for part in parts[1:]]
    if not all(places):
        return None
    return parts[0].strip(), [(int(p["n"]), p["race"]) for p in places]  # type: ignore[index]


def _driver_places_lines(doc: Document, found: StatedResults) -> None:
    """Runs of two or more lines each giving one driver's places race by race ('Ann Lee - 6º
    carrera 1 - 5º carrera 2'), under a short class heading or none: one race per race named
    ('ALEVIN carrera 1'), each driver at the place printed."""
    run: list[tuple[int, str, list[tuple[int, str]]]] = []
    for index, block in enumerate([*doc.blocks, Block("paragraph", "", len(doc.text))]):
        line = _driver_places(block) if index < len(doc.blocks) else None
        if line is not None:
            run.append((index, *line))
            continue
        if len(run) >= MIN_WINNER_LINES:
            first = run[0][0]
            above = doc.blocks[first - 1] if first > 0 else None
            heading = (
                above.text.strip(" :") if above is not None and above.kind == "heading" else ""
            )
            label = heading if 0 < len(heading.split()) <= MAX_BREAK_WORDS else ""
            races: dict[str, StatedRace] = {}
            for i, name, places in run:
                for place, race in places:
                    key = " ".join(race.casefold().split())
                    if key not in races:
                        marker = read_marker(Block("paragraph", race, doc.blocks[i].start))
                        session = marker.session if marker and marker.kind == "race" else "race"
                        title = f"{label} {race}".strip()
                        races[key] = StatedRace(title, first, session=session)
                    races[key].rows.append(
                        _row(doc.blocks[i], name, place, "list", PLACES_CONFIDENCE)
                    )
                found.blocks.add(i)
            found.races.extend(races.values())
        run = []


# "Apex 52 Kite Vale 38", "Apex 48 (Ann Lee 14)Kite Vale 42 (Bo Kim 11)League points: …": a
# team match, each side's name followed by its score (and its top scorer in brackets, after which
# the line may go on)
TEAM_NAME = r"[A-ZÀ-Þ][\w'.-]*(?:\s+(?:of|on|upon|the|[A-ZÀ-Þ][\w'.-]*)){0,3}"
MATCH_LINE_RE = re.compile(
    rf"^(?P<a>{TEAM_NAME})\s+(?P<sa>\d{{1,3}})"
    rf"(?:\s*(?P<top_a>\([^()]{{1,80}}\))\s*(?P<b1>{TEAM_NAME})\s+(?P<sb1>\d{{1,3}})"
    rf"\s*\([^()]{{1,80}}\)(?:\s*\S.*)?"
    rf"|\s+(?P<b2>{TEAM_NAME})\s+(?P<sb2>\d{{1,3}}))$"
)
MIN_MATCH_LINES = 2
MATCH_CONFIDENCE = 0.8


def _match_line(block: Block) -> tuple[str, int, str, int] | None:
    """(team, score, team, score) of a team match's line, else None."""
    found = MATCH_LINE_RE.match(block.text.strip()) if block.kind != "row" else None
    if found is None:
        return None
    other, score = (found["b1"], found["sb1"]) if found["top_a"] else (found["b2"], found["sb2"])
    return found["a"], int(found["sa"]), other, int(score)


def _match_lines(doc: Document, found: StatedResults) -> None:
    """Team matches printed one a line ('Apex 52 Kite Vale 38'), two or more in the article: each
    a race of its two teams, the higher score first, each score its points; a draw places no one
    and a match printed twice is one race."""
    matches = [(i, m) for i, b in enumerate(doc.blocks) if (m := _match_line(b)) is not None]
    if len(matches) < MIN_MATCH_LINES:
        return
    seen: set[tuple[str, int, str, int]] = set()
    for index, (a, score_a, b, score_b) in matches:
        found.blocks.add(index)
        if score_a == score_b or (a, score_a, b, score_b) in seen:
            found.quiet.add(index)
            continue
        seen.add((a, score_a, b, score_b))
        block = doc.blocks[index]
        places = sorted([(score_a, a), (score_b, b)], reverse=True)
        stated = StatedRace(f"{a} v {b}", index, session="race")
        for place, (score, team) in enumerate(places, start=1):
            stated.rows.append(_row(block, team, place, "list", MATCH_CONFIDENCE, points=score))
        found.races.append(stated)


# "Kite Riders - Vela Comets 47:43 (5:4 in the bonus race)": a speedway match's two teams, a dash
# between them, and the match score (a note in brackets after it)
SCORED_MATCH_RE = re.compile(
    r"^(?P<a>[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,3})\s+[-–—]\s+"
    r"(?P<b>[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,3})\s+(?P<sa>\d{1,3}):(?P<sb>\d{1,3})"
    r"(?:\s*\([^()]{1,80}\))?\s*\.?$"
)


def _scored_match_heading(doc: Document, found: StatedResults) -> None:
    """A speedway match's line above its scored heat lines ('Kite Riders - Vela Comets 47:43'
    over '1. Lee, Kim, Dow, Fox 3:3'): a race of its two teams, the higher score first, each
    score its points. Only the first such line above the heats is read; a draw places no one."""
    heats = [
        i
        for i in sorted(found.blocks)
        if (m := HEAT_LINE_RE.match(doc.blocks[i].text.strip())) and m["score"]
    ]
    if len(heats) < MIN_HEAT_LINES:
        return
    for index, block in enumerate(doc.blocks[: heats[0]]):
        line = SCORED_MATCH_RE.match(block.text.strip())
        if line is None or block.kind == "row" or index in found.blocks:
            continue
        if not (line["a"][0].isupper() and line["b"][0].isupper()):
            continue
        found.blocks.add(index)
        score_a, score_b = int(line["sa"]), int(line["sb"])
        if score_a == score_b:
            found.quiet.add(index)
            return
        places = sorted([(score_a, line["a"]), (score_b, line["b"])], reverse=True)
        stated = StatedRace(f"{line['a']} v {line['b']}", index, session="race")
        for place, (score, team) in enumerate(places, start=1):
            stated.rows.append(_row(block, team, place, "list", MATCH_CONFIDENCE, points=score))
        found.races.append(stated)
        return


def stated_results(doc: Document, taken: set[int]) -> StatedResults:
    """The races an article states line by line, leaving the blocks in `taken` (rows already
    read as lists or tables) alone."""
    found = StatedResults()
    _race_winner_lines(doc, found)
    _race_winners_lines(doc, found)
    _class_winners_of_race(doc, found)
    _class_winner_lines(doc, found)
    _coded_class_lines(doc, found)
    _class_place_lines(doc, found)
    _place_lines(doc, found)
    _podium_lines(doc, found)
    _release_lines(doc, found)
    _heat_lines(doc, found)
    _race_order_sentences(doc, found)
    _headed_heat_lines(doc, found)
    _hometown_winner_lines(doc, found)
    _track_winner_lines(doc, found)
    _driver_places_lines(doc, found)
    _match_lines(doc, found)
    _scored_match_heading(doc, found)
    kept = [r for r in found.races if not any(_blocks_of(r, doc) & taken)]
    quiet = found.quiet - taken
    return StatedResults(kept, {b for r in kept for b in _blocks_of(r, doc)} | quiet)


def _blocks_of(race: StatedRace, doc: Document) -> set[int]:
    starts = {row.evidence.start for row in race.rows}
    return {i for i, block in enumerate(doc.blocks) if block.start in starts}


# "Heat 2 Winner:", "Feature winner:", "2nd:", "5th:": the labelled places of a race's results
# printed with their labels ('Feature Winner: Ann Lee 2nd: Bo Kim 3rd: Cy Dow')
LABELLED_PLACE_RE = re.compile(
    r"(?<![\w])(?:(?P<winner>winner)|\d{1,2}(?:st|nd|rd|th))\s?:\s", re.I
)
# "Consolation", "Heat", "Feature", "Race", "Group": a word naming the race (or the class) a
# winner's label opens with
LABEL_RACE_WORD_RE = re.compile(
    rf"{RACE_WORDS_RE.pattern}|\b(?:consolation|consi|dash|"
    rf"{'|'.join(sorted(map(re.escape, CLASS_NOUNS), key=len, reverse=True))})\b",
    re.I,
)
# Fewer labelled places than this on one line are a sentence's, not results run together.
MIN_LABELLED_PLACES = 4


def _labelled_cuts(text: str) -> list[int] | None:
    """Where a line of labelled places run together ('Feature Winner: Ann Lee 2nd: Bo Kim Heat 1
    Winner: Cy Dow') is cut into one line per place: before each ordinal, and before the race
    words that open a winner's label (after at least one word of the name before them). None
    when the line is no such run or a winner's label cannot be told from the name before it."""
    marks = list(LABELLED_PLACE_RE.finditer(text))
    if len(marks) < MIN_LABELLED_PLACES or not any(m["winner"] for m in marks):
        return None
    cuts = []
    for index, mark in enumerate(marks):
        if not mark["winner"]:
            cuts.append(mark.start())
            continue
        since = marks[index - 1].end() if index else 0
        before = text[since : mark.start()]
        if index == 0:  # the lead-in: the label opens after its last sentence
            ends = list(re.finditer(r"(?<=[^\W\d_]{2}[.!?])\s*(?=[A-Z])", before))
            offset = ends[-1].end() if ends else 0
        else:  # the name of the row above, then the label
            first = re.match(r"\S+\s+", before)
            offset = first.end() if first else len(before)
        word = LABEL_RACE_WORD_RE.search(before, offset)
        if word is None:
            if index:
                return None  # a label not told from the name before it
            cuts.append(mark.start())
            continue
        cuts.append(since + word.start())
    return cuts


def split_labelled_places(doc: Document) -> Document:
    """The document with each paragraph of labelled places run together ('Heat 1 Winner: Ann Lee
    Heat 2 Winner: Bo Kim Feature Winner: Cy Dow 2nd: Di Fox 3rd: Ed Gray') cut into one block
    per place, as the page printed them one a line; other blocks as they are."""
    blocks: list[Block] = []
    changed = False
    for block in doc.blocks:
        cuts = _labelled_cuts(block.text) if block.kind == "paragraph" else None
        if not cuts:
            blocks.append(block)
            continue
        changed = True
        bounds = [0, *cuts, len(block.text)]
        for start, end in zip(bounds, bounds[1:], strict=False):
            piece = block.text[start:end]
            text = piece.strip()
            if text:
                lead = len(piece) - len(piece.lstrip())
                kind: BlockKind = "heading" if looks_like_heading(text) else "paragraph"
                blocks.append(Block(kind, text, block.start + start + lead))
    return replace(doc, blocks=tuple(blocks)) if changed else doc
