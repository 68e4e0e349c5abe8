"""Result rows from lines, whatever their separators: 'Tomas Berg – Norway +2.318',
'1. Ana Ribeiro (POR) 24 laps', 'P2 Tomas Berg +2.318s', 'Noah Keller – Switzerland N/A',
'Portugal (Ana Ribeiro) – Porsche 911 RSR – +0.912s'. A line is a result row by its shape (a name
plus a nation, a time, laps or a status), never by the page it comes from."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from extractors.name_gate import CLASS_WORDS, MODEL_TEAM_WORDS, TEAM_WORDS
from extractors.names import (
    DOTTED_SUFFIX_END_RE,
    NAME_SUFFIXES,
    PARTICLES,
    clean_name,
    looks_like_name,
)
from extractors.nations import FLAG_RE, flag_code, fold, is_club_code, lookup, nation_code
from extractors.race_facts import is_date_only
from extractors.records import Evidence, Method, ResultRow
from extractors.row_facts import PLACE_WORD_RE, PLACE_WORDS, RowFacts
from extractors.standings import POINT_WORDS, POINTS_RE, parse_points
from extractors.times import LAP_WORDS, find_timings

RACING_DATA = json.loads(
    (Path(__file__).parent / "data" / "racing.json").read_text(encoding="utf-8")
)
CAR_MAKERS = frozenset(fold(maker) for maker in RACING_DATA["car_makers"])
MAX_MAKER_WORDS = max(len(maker.split()) for maker in CAR_MAKERS)

# "1.", "1)", "1º)", "P2", "Pos. 3", "#4", "1°", "3ª", "1st", "1er", "2e", "3ème", "12 " (before a
# capitalised word), "1 | Ana Ribeiro", "1<tab>Ana Ribeiro", "1 – Ana Ribeiro" (a field of its own),
# ".1)" (a stray dot before it), "4: #3 Ann Lee" (a colon, then a space), "Platz 3: Ann Lee" (the
# place's word first, a colon after the number)
POSITION_RE = re.compile(
    r"^(?:\.(?=\d{1,3}\)))?"
    rf"(?:(?:P|Pos\.?\s?|#|(?i:{PLACE_WORDS})\s(?=\d{{1,3}}\s?:))\s?(?P<p1>\d{{1,3}})(?!\d)"
    r"|(?P<p2>\d{1,3})(?:\s?[.)º°ª]\)?(?!\d)|-(?=\s|[A-ZÀ-Þ][a-zà-ÿ])|:(?=\s+(?:#\w|[A-ZÀ-Þ]|\d{1,3}\s+[A-ZÀ-Þ]))"
    r"|(?:st|nd|rd|th|ST|ND|RD|TH|er|re|ère|e|ème|eme)(?!\w))"
    rf"|(?P<p3>\d{{1,3}})(?=\s+[^\W\d_]|\s*[|\t]|\s+[-–—]\s)"
    rf"(?!\s+(?i:{LAP_WORDS}|{POINT_WORDS})(?!\w)))"
    r"\s*(?:[-–—:|\t]\s*)?"
)
# "Ana Ribeiro POR": a nation code closing a name field with no separator before it
TRAILING_NATION_CODE_RE = re.compile(r"(?<=[^\W\d_])\s+(?P<code>[A-Z]{2,3})$")
# "(POR)", "[TB_Racer77]", "(Ana Ribeiro)": bracketed parts of a row
BRACKET_RE = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
# The mark printed right after a driver's name that tells two drivers of one name apart: " (h)"
NAME_MARK_RE = re.compile(r"\s?(\([a-z]\))")
# "–", "—", "|", tab, ";", ":", ",", " - ", two spaces or more: separators between a row's fields
FIELD_SEPARATOR_RE = re.compile(r"[–—|\t;:,]|\s+-\s+|^-\s+|\s+-$|\s{2,}")
# "TB_Racer77", "kokusho-tomato_jp": an online ID standing in for a name
HANDLE_RE = re.compile(r"(?=[\w.-]*[\d_])[A-Za-z][\w.-]{2,24}")
# "Mazda RX-Vision GT3", "911 RSR", "Gr.3", "X2019": car model words even without a maker
CAR_MODEL_RE = re.compile(
    r"\b(?:GT[1-4R]|Gr\.\s?[1-4BX]|RSR|Vision GT|LMP\d?|GTE|TCR|X20\d\d|Gr\.?\s?[34])\b"
)
# "– 1st place", "– 2º lugar", "| 3. Platz", "     1st": the place printed as the row's last
# field
TRAILING_PLACE_RE = re.compile(
    r"(?:^|[–—|,]|\s-)\s*(?P<n>\d{1,2})(?:st|nd|rd|th|º|°|ª|er|e|ème|\.)?\s?"
    rf"(?:{PLACE_WORDS})\s*\.?$"
    r"|(?:\s{2,}|\t)(?P<n2>\d{1,2})(?:st|nd|rd|th)\s*$",  # "Ann Lee     1st": a column of its own
    re.IGNORECASE,
)
# " - 2. miejsce w finale", " – 3rd place in the run-off": a field after the row's own place
# giving the driver's place in another race (a final, a run-off), its words lower case
OTHER_RACE_PLACE_RE = re.compile(
    r"\s[-–—|]\s*\d{1,2}(?:st|nd|rd|th|º|°|ª|er|e|ème|\.)?\s?"
    rf"(?i:{PLACE_WORDS})(?:\s+[a-zà-ÿ][\w'’-]*){{1,3}}(?=\s*(?:[-–—|]|$))"
)
# "#27", "#87Z", "#52JR", "#15s", "#m2", "(No. 25)", "(kart 44)", "(car 7)", "No 115 Ann Lee": a
# car number printed before or after the name ('No.' in brackets of its own or opening the row
# before a name: 'Sch. Nr 4 Kite' is a school's name)
CAR_NUMBER_RE = re.compile(
    r"(?:(?<![\w#])#\s?|(?<=\()(?:No|Nr|N[º°]|[Kk]art|[Cc]ar)\.?\s?(?=\d{1,3}\s?\))|"
    r"^\s*(?:No|Nr|N[º°])\.?\s?(?=\d{1,3}\s+[A-ZÀ-Þ]))"
    r"(?P<number>[a-z]?\d{1,3}[A-Za-z]{0,2})(?!\w)"
)
# "#Ann Lee": a car-number mark printed with no number before a name (dropped)
EMPTY_NUMBER_RE = re.compile(r"(?<![\w#])#(?=[A-ZÀ-Þ][a-zà-ÿ]+\b)")
# "96M", "NW97", "E100": a car or entrant code, digits then capitals or capitals then digits
ENTRANT_CODE = r"(?:\d{1,3}[A-Z]{1,2}|[A-Z]{1,3}\d{1,3})"
# "96M Ann Lee", "NW97 Ann Lee" after the place: a code printed bare before a name of two words or
# more (a class's code, 'GT3', 'LMP2', 'KZ2', is no car's: `leading_code`)
LEADING_CODE_RE = re.compile(
    rf"^[\s.]*(?P<number>{ENTRANT_CODE}|\d{{1,3}})\s+"
    r"(?=[A-ZÀ-Þ][\w'’.-]*\s+[A-ZÀ-Þ])"
)
# "7BC-Ann Lee", "W-Ann Lee", "X1-Ann Lee": a car code glued by a hyphen before a full name
HYPHEN_CODE_RE = re.compile(
    r"^(?P<number>\d{1,3}[A-Z]{1,3}|[A-Z]\d{0,3}|[A-Z]{2}\d{1,3})-(?=[A-ZÀ-Þ][a-zà-ÿ'’]+\s+[A-ZÀ-Þ])"
)
# "96M", "SV101" alone where the name goes ('2nd 96M'): the code stands for its driver
BARE_CODE_RE = re.compile(ENTRANT_CODE)
# "Event: ", "Location: ", "Circuit: ": a detail line's label before its colon, the words that
# head a table's event column ('Event: Vela (Round 4) – 18 laps' names a race, no driver)
DETAIL_LABELS = frozenset(fold(word) for word in RACING_DATA["table_headers"]["event"])
DETAIL_LABEL_RE = re.compile(r"^\s*(?P<label>[^\W\d_]{2,15})\s*:\s")


def leading_code(text: str) -> re.Match[str] | None:
    """The car code printed before a name ('96M Ann Lee'), unless it is a class's ('GT3 Ann Lee':
    the classes of the name gate's vocabulary)."""
    code = LEADING_CODE_RE.match(text)
    return None if code is None or fold(code["number"]) in CLASS_WORDS else code


# "2V Kart", "3M Racing": an entrant's name printed digits first
DIGITS_FIRST_NAME_RE = re.compile(r"\d{1,3}[A-Z]{1,2}(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,4}")
# "18" at the end of a standings line with no unit: '1. Ribeiro (POR) 18'
TRAILING_NUMBER_RE = re.compile(r"(?<=\s)(?P<number>\d{1,4}(?:[.,]5)?)\.?\s*$")
# "in", "em", "en", "at": a word left between a lap count and its time ('22 giri in 27'02"879')
LINKING_WORD_RE = re.compile(r"in|em|en|at|a|de|di|da|con|com|with|mit|y|e|et")
# "MeierTeam Blau", "BergRacing", "TremblayChevrolet Camaro": a team word or a make glued to the
# name before it (columns run together)
GLUED_TEAM_RE = re.compile(
    r"(?<=[a-zà-ÿ])(?=(?:Team|Racing|Motorsports?|Scuderia|Squadra|Esports|"
    + "|".join(
        re.escape(maker)
        for maker in sorted(RACING_DATA["car_makers"], key=len, reverse=True)
        if len(maker) >= 4 and maker[:1].isupper() and maker[1:2].islower()
    )
    + r")\b)"
)
# "Ann Lee 250 RTS KTM", "Bo Kim 500 Nu-Trak Jawa": a rider's name, then the machine printed
# by its engine's capacity (50 and up) and its makes, in one field (a name of two words or more)
NAME_THEN_MACHINE_RE = re.compile(
    r"(?P<name>[^\W\d_][^\d|.]{1,40}?\s[^\W\d_][^\d|.]{1,40}?)"
    r"\s+(?P<machine>(?:[5-9]\d|[1-9]\d{2,3})(?:cc)?(?:\s+[A-Z][\w-]*){1,3})"
)
# "Urrutia/Rossi", "Detz / van Dijk", "S Brandhofer / Eibl": a crew of two or more printed as one
# entry, names joined by slashes (a field of its own)
# ".1. Ann Lee", ".15 Bo Kim": a dot printed before a row's place (a list marker's remains)
STRAY_DOT_RE = re.compile(r"^\.(?=\d{1,3}\.?\s+[A-ZÀ-Þ])")
# "Ann Lee * Kite": a lone asterisk after a field, a footnote's mark the row does not explain
NOTE_MARK_RE = re.compile(r"(?<=\S)\s\*(?=\s)")
# "25 - 25", "15 1 16" closing a row: the race's points, a bonus ('-' for none) and their total
# (columns 'Points', 'Fastest lap', 'Total'); read only when the total is the sum
POINTS_SUM_RE = re.compile(r"(?<=\s)(?P<a>\d{1,3})\s+(?P<b>-|\d{1,2})\s+(?P<c>\d{1,3})\s*$")
# "a 5s035s", "a 1s553c": a letter typed on after the thousandths of a time split by its 's'
STRAY_TIME_LETTER_RE = re.compile(r"(?<=\ds\d{3})[a-z](?![\w.,])")
SLASH_CREW_RE = re.compile(r"[^\W\d_][^|/\d]*?(?:\s?/\s?[^\W\d_][^|/\d]*?)+(?=\s*(?:\||$))")
# "Lee, A.", "van der Berg, K.", "Olsen jr., T.": a crew member printed family name first, the
# initials after a comma (a rally's driver and co-driver, 'Lee, A. / Kim, B.')
FAMILY_FIRST_MEMBER_RE = re.compile(
    r"\s*(?P<family>[^,]+?),\s*(?P<initials>(?:[A-ZÀ-Þ]\.[\s-]?){1,3})\s*"
)
# " jr.", " Sr": a generational suffix closing a family name, any case ('Olsen jr.')
FAMILY_SUFFIX_RE = re.compile(rf"\s+(?i:{NAME_SUFFIXES})\.?$")
# "à 00:20.4", "à 1.01,7": French 'behind' before a gap printed with a colon or a dot, read as
# the 'a' that signs one ('a 1:40.5'); not "à 2’" (minutes, no 'a' sign read there)
BEHIND_WORD_RE = re.compile(r"(?<=\s)à(?=\s\d{1,3}[:.]\d)")
# "Ann Lee Kite/Vortex", "Bo Kim Zeta/TM": two single words joined by a slash after a full name
# closing the row: a kart's chassis and engine (a crew's second member has a name of its own)
MAKER_PAIR_RE = re.compile(r"(?<=[^\W\d_]\s)(?P<car>[A-Z][\w-]*/[A-Z][\w-]*)\s*$")
MIN_PAIR_NAME_WORDS = 2
# "Ann Lee – Bo Kim – Cy Diaz (": a crew printed with dashes between, its bracket after
DASH_CREW_RE = re.compile(r"^\s*(?P<crew>[^\W\d_][^()\d|]{4,120}?)\s*(?=\()")
DASH_RE = re.compile(r"\s+[–—]\s+")
MIN_DASH_CREW = 3
# " – ", "/" inside brackets: between a car and its team ('(BMW M3 – Team Blu)', '(Kite/Honda
# Civic)')
BRACKET_SPLIT_RE = re.compile(r"\s+[–—-]\s+|\s*/\s*")
# "Ann Lee-Bo Kim": a rally crew printed as one entry, each member named in full (two or three
# capitalised words), joined by a hyphen with no spaces; not 'Ann Smith-Jones' (a surname)
MAX_CLASS_COLUMN_WORDS = 2  # a class column before a hyphened crew: 'RC4', 'Clio Cup'
NAME_PART = r"[A-ZÀ-Þ][a-zà-ÿ'’]+\.?"
HYPHEN_CREW_RE = re.compile(
    rf"(?<![\w'’-])(?P<a>{NAME_PART}(?:\s+{NAME_PART}){{1,2}})"
    rf"-(?P<b>{NAME_PART}(?:\s+{NAME_PART}){{1,2}})(?![\w'’-])"
)
# "“Linos”", '"Fox"': a driver known by a nickname in quotes
QUOTED_RE = re.compile(r"^[“\"«„‘'](?P<name>[^“”\"«»„‘’']{2,40})[”\"»“’']$")
# 'Ana Beatriz "Bia" Souza', 'Carlos ?Guga? Lima' (quote marks lost to '?'): a nickname in
# quotes between a driver's given and family names
NICKNAME_RE = re.compile(
    r"(?P<given>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*)?)\s+"
    r"[“\"«„‘'?][^\W\d_][\w-]{1,20}[”\"»“’'?]\s+(?P<family>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*)?)"
)
# "Ann Lee, SP" is no team: "(SP, Apex Racing)", a state's code before the team in brackets, is
# its own field and dropped (a state is no nation)
REGION_CODE_RE = re.compile(r"\((?:[A-Z]{2}),\s+(?=[^\W\d_]\w)")
# "Ann Lee of Vela, IL with another strong showing", "Bo Kim of Oak Park": a numbered row told as
# a phrase, the driver, 'of' and the hometown (a state's code after it), then what the row says
TOLD_ROW_RE = re.compile(
    r"(?P<name>[^\W\d_][^,;:()|]{2,60}?)\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
    r"(?:,\s*[A-Z]{2})?(?:\s+(?:with|wins|won|in|after|for|takes)\b[^|]*)?\s*\|?\s*"
)
# "of Vela sweeps both classes!": what the row says after the hometown, opening with a word in
# lower case (a hometown's words are capitalised)
TOLD_REMARK_RE = re.compile(
    r"(?P<row>\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s*[A-Z]{2})?)"
    r"\s+[a-z][a-z'’]+\b[^|]*$"
)
# "“Stretch” ", '"Fox" ': a nickname in quotes printed before the driver's name
QUOTED_LEAD_RE = re.compile(r"^[“\"«„‘'][^\W\d_][^“”\"«»„]{0,30}[”\"»“’']\s+(?=[A-Z])")
# "the Highside Hustler ", "the O Show ": a nickname opening with 'the' before the name (two words)
NICKNAME_LEAD_RE = re.compile(r"^the\s+(?:[A-Z][\w'’-]*\s+){1,3}(?=[A-Z][\w'’-]*\s+[A-Z][\w'’-]*$)")
# "**1. Ann Lee** (Apex)", "__Ann Lee__": markdown emphasis around a row or its fields
EMPHASIS_RE = re.compile(r"\*\*|__")
# "Sacramento, CA", "Colombo-PR": a hometown and its state, in brackets after a driver
HOMETOWN_RE = re.compile(r"(?:,\s*|-)[A-Z]{2}$")
# A team or club in brackets has at most this many words.
MAX_TEAM_WORDS = 6
# "Team Blau", "Racing Nord", "Scuderia Rossa": a field naming a team by its first word
TEAM_FIELD_RE = re.compile(r"(?:Team|Racing|Scuderia|Squadra|Equipe|Écurie)\s+\S")
# punctuation left around a field once times and brackets are cut out: "+", "-", "–", "."
FIELD_PUNCTUATION = " \t+-–—:|,.;/*•·"

# "+ 2 msc. w finale A", "+ 3rd place in final B", "- 1. miejsce w finale": the place a rider took
# in a final (its label, if the meeting ran more than one) after the heats' classification
FINAL_PLACE_RE = re.compile(
    r"(?:\+|(?<=\s)[-–—])\s*(?P<n>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:msc\.|miejsce|place)\s+(?:w|in)\s+(?:the\s+)?"
    r"fina(?:le|ł|l)(?:\s+(?P<label>[A-D]))?(?!\w)",
    re.IGNORECASE,
)
# "+ 1. miejsce w barażu", "- 2nd place in the run-off": the place a rider took in a meeting's
# run-off (a last-chance race for the final's last places) after the heats' classification
RUNOFF_PLACE_RE = re.compile(
    r"(?:\+|(?<=\s)[-–—])\s*(?P<n>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:msc\.|miejsce|place)\s+(?:w|in)\s+(?:the\s+)?"
    r"(?:bara[żz]u|run-?off|barrage)(?!\w)",
    re.IGNORECASE,
)
# "10 (4,2,0,4)", "9 (d,1,4,4)": a rider's heat points, then the score of each heat in brackets;
# "10+3 (3,2,3,1,1)": a total tied with others, the run-off's score after the plus (the total
# is the points)
HEAT_SCORES_RE = re.compile(
    r"(?<![\d.,+])(?P<points>\d{1,2})(?:\+\d)?\s*\((?:[\dA-Za-z]{1,2},\s?){2,7}[\dA-Za-z]{1,2}\)"
)
# Bare numbers falling down a list are read as points from this many rows on.
MIN_POINTS_ROWS = 3
# Numbers before the names show whether they count places from this many rows on.
MIN_LIST_NUMBERS = 2
# Bare numbers rising down a list, some skipped, are ranks (no car numbers) from this many rows on.
MIN_RISING_RANKS = 4


def is_car(text: str) -> bool:
    """A car by its maker ('Porsche 911 RSR') or its model words ('RX-Vision GT3')."""
    words = fold(text).split()
    starts_with_maker = any(
        " ".join(words[:n]) in CAR_MAKERS for n in range(1, MAX_MAKER_WORDS + 1)
    )
    return starts_with_maker or bool(CAR_MODEL_RE.search(text))


def is_maker_team(text: str) -> bool:
    """A team named for its maker ('Jaguar Racing', 'Audi Sport ABT Schaeffler', 'Porsche Esport
    Team'): a maker, then a team word right after it or closing the name, not a car (a team word
    inside a model's name, 'Supra Racing Concept', leaves it a car)."""
    words = fold(text).replace("-", " ").split()
    for n in range(min(MAX_MAKER_WORDS, len(words) - 1), 0, -1):
        if " ".join(words[:n]) in CAR_MAKERS:
            last = words[-1]
            return words[n] in TEAM_WORDS or last in TEAM_WORDS and last not in MODEL_TEAM_WORDS
    return False


@dataclass
class _Fields:
    nation: str | None = None
    car: str | None = None
    team: str | None = None
    names: list[str] | None = None
    handles: list[str] | None = None
    unknown: list[str] | None = None
    handle_first: bool = False  # an online ID is the row's first name-like field

    def __post_init__(self) -> None:
        self.names, self.handles, self.unknown = [], [], []


def _classify(field: str, into: _Fields, *, split_hyphens: bool = True) -> bool:
    """Put one field where it belongs; False when it is none of nation, car, name, online ID."""
    suffix = DOTTED_SUFFIX_END_RE.search(field.rstrip())
    field = field.strip(FIELD_PUNCTUATION) + ("." if suffix else "")  # "Ruben Garcia Jr."
    if not field or LINKING_WORD_RE.fullmatch(field):
        return True
    code = nation_code(field)
    if code:
        into.nation = into.nation or code
        return True
    club = _name_then_club(field)
    if club and looks_like_name(club[0]):  # "Ann LEE Team Vela": the driver, then the club
        into.names.append(clean_name(club[0]))
        into.team = into.team or club[1]
        return True
    machine = NAME_THEN_MACHINE_RE.fullmatch(field)
    if machine and looks_like_name(machine["name"]):  # "Ann Lee 250 Nu-Kite Jawa"
        into.names.append(clean_name(machine["name"]))
        into.car = into.car or machine["machine"]
        return True
    if split_hyphens and "-" in field:  # "Ana Ribeiro-Portugal-24 laps" with bare hyphens
        trial = _Fields()
        parts = field.split("-")
        if (
            all(_classify(part, trial, split_hyphens=False) for part in parts)
            and (trial.nation or trial.car)
            and trial.names
            and not any(_is_demonym(part) for part in parts)  # "Cobbe-Turco": a crew's surnames
        ):
            into.nation = into.nation or trial.nation
            into.car = into.car or trial.car
            into.names += trial.names
            return True
    if split_hyphens and field.count("/") == 1:  # "A. Lee / KITE 207 S2000": a driver and car
        trial = _Fields()
        parts = field.split("/")
        if (
            all(_classify(part, trial, split_hyphens=False) for part in parts)
            and trial.car
            and len(trial.names) == 1
            and not (trial.nation or trial.team or trial.handles)
        ):
            into.car = into.car or trial.car
            into.names += trial.names
            return True
    trailing = TRAILING_NATION_CODE_RE.search(field)  # "Ana Ribeiro POR"; "Ribeiro POR" (3 letters)
    words = len(field[: trailing.start()].split()) if trailing else 0
    if trailing and (words >= 2 or words == 1 and len(trailing["code"]) == 3):
        found = lookup(trailing["code"])
        if found and found[1] == "code" and looks_like_name(field[: trailing.start()]):
            into.nation = into.nation or found[0]
            into.names.append(clean_name(field[: trailing.start()]))
            return True
    nickname = NICKNAME_RE.fullmatch(field)
    if nickname and looks_like_name(f"{nickname['given']} {nickname['family']}"):
        into.names.append(clean_name(field))  # 'Ana "Bia" Souza': the name as printed
        return True
    quoted = QUOTED_RE.match(field)
    if quoted and looks_like_name(quoted["name"].strip()):  # "“Linos”": a nickname for a name
        into.names.append(quoted["name"].strip())
        return True
    if (TEAM_FIELD_RE.match(field) or is_maker_team(field)) and into.team is None:
        into.team = field  # "Team Blau", "Racing Nord", "Jaguar Racing"
    elif is_car(field):
        into.car = into.car or field
    elif looks_like_name(field):
        into.names.append(clean_name(field))
    elif HANDLE_RE.fullmatch(field):
        into.handle_first = into.handle_first or not (into.names or into.handles)
        into.handles.append(field)
    else:
        return False
    return True


# "Ann", "Jean-Luc": a given name printed in title case before a surname in capitals
GIVEN_WORD_RE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?")
# "LEE", "DE-VRIES", "D'ORSAY": a surname printed in capitals (a vowel in it: no club's initials)
CAPS_SURNAME_RE = re.compile(r"(?=[^\s]*[AEIOUYÀ-Þ])[A-ZÀ-Þ][A-ZÀ-Þ'’-]+")
# "Ann LEE": at most this many given names before the surname in capitals
MAX_GIVEN_WORDS = 2
# "Ann LEE": at most this many surname words in capitals
MAX_CAPS_SURNAME_WORDS = 2


def _name_then_club(field: str) -> tuple[str, str] | None:
    """('Ann LEE', 'Team Vela') of 'Ann LEE Team Vela', 'Ann LEE Kite Club Vela': a driver printed
    with the surname in capitals, then a club or team (a team or club word in it) run on in the
    same field; None otherwise."""
    words = field.split()
    given = 0
    while given < len(words) and given <= MAX_GIVEN_WORDS and GIVEN_WORD_RE.fullmatch(words[given]):
        given += 1
    if not 1 <= given <= MAX_GIVEN_WORDS:
        return None
    end = given
    while (
        end < len(words)
        and end - given < MAX_CAPS_SURNAME_WORDS
        and CAPS_SURNAME_RE.fullmatch(words[end])
        and not is_club_code(words[end])
        and nation_code(words[end]) is None
    ):
        end += 1
    club = words[end:]
    if end == given or not club or not club[0][:1].isupper():
        return None
    if not any(fold(word) in TEAM_WORDS or is_club_code(word) for word in club):
        return None
    return " ".join(words[:end]), " ".join(club)


def _is_demonym(word: str) -> bool:
    """'Turco', 'Franco', 'Tedesco': a demonym, which between hyphens is a surname far more often
    than a nation (a rally crew 'Cobbe-Turco'; a nation in a row is a name or a code)."""
    found = lookup(word.strip(FIELD_PUNCTUATION))
    return found is not None and found[1] == "demonym"


def parse_fields(
    text: str, *, has_driver: bool = False
) -> tuple[str | None, str | None, str | None, str | None, tuple[str, ...]]:
    """(driver, nation, team, car, unknown fields) of a row's text with times and points cut out;
    `has_driver` when the row's driver was read already (a crew), so brackets are no name."""
    fields = _Fields()
    brackets = [(a or b).strip() for a, b in BRACKET_RE.findall(text)]  # "( Apex RC )"
    text = BRACKET_RE.sub(" | ", text)
    for field in FIELD_SEPARATOR_RE.split(text):
        if not _classify(field, fields):
            fields.unknown.append(field.strip(FIELD_PUNCTUATION))
    parts = [p for c in brackets for p in ([c] if fields.car else _car_and_team(c))]
    for content in parts:  # "(POR)" gives the nation; "Portugal (Ana Ribeiro)" the driver;
        code = nation_code(content)  # "(BMW M3 – Team Blu)" the car and the team (whole once the
        # row named its car: 'Kite GT (Hyundai / Apex Motorsport)')
        if code and fields.nation is None:
            fields.nation = code
        elif not (fields.names or has_driver or fields.unknown) and looks_like_name(
            content.strip()
        ):
            fields.names.append(clean_name(content))
        elif fields.car is None and is_car(content) and not is_maker_team(content):
            fields.car = content.strip()
        elif fields.team is None and (fields.names or has_driver) and _is_team_like(content):
            fields.team = content.strip()  # "Ana Leal (AMK Dubnica)": the club or team
    names = fields.names or fields.handles
    driver = names[0] if names else None
    team = fields.team or (fields.names[1] if len(fields.names) > 1 else None)
    if fields.handle_first and fields.names:  # "TSR_Ann - Germany - Kite Nissan": the ID leads
        driver, team = fields.handles[0], fields.team or fields.names[0]
    return driver, fields.nation, team, fields.car, tuple(fields.unknown)


def timing_facts(text: str) -> tuple[dict, str]:
    """RowFacts fields of the gaps, times, laps and statuses in `text`, and `text` without them."""
    facts: dict = {}
    timings = find_timings(text)
    for t in timings:
        for key in ("gap_s", "time_s", "laps", "laps_down"):
            if getattr(t, key) is not None and facts.get(key) is None:
                facts[key] = getattr(t, key)
        if t.status != "finished":
            facts["status"] = t.status
    gap_parts = [t.text.strip() for t in timings if t.laps is None]
    if gap_parts:
        facts["gap_text"] = " ".join(gap_parts)
    for t in reversed(timings):
        text = f"{text[: t.start]} | {text[t.end :]}"
    return facts, text


# "média de 150,84 km/h", "avg 98.4 mph", "moyenne 142,3 km/h": the winner's average speed
AVERAGE_SPEED_RE = re.compile(
    r"(?:\b(?:m[ée]dia|average|avg\.?|moyenne|velocidad media|schnitt)(?:\s+(?:de|speed|of))?"
    r"\s*:?\s*)?(?<![\d.,])\d{1,3}(?:[.,]\d{1,3})?\s?(?:km/h|kph|mph)(?!\w)",
    re.IGNORECASE,
)
# "206 (-32)", "238 (0)": a signed gap in points after a row's last number
POINTS_GAP_RE = re.compile(r"(?<=\d)\s*\(\s*(?:[-+−–]\d{1,4}|0)\s*\)\s*$")


# " auf Westfield", " auf Toyota Yaris": the car a driver drove, after the German 'auf' (on)
CAR_LINK_RE = re.compile(r"\s+auf\s+(?P<car>[A-ZÀ-Þ][^|()]{0,40}?)\s*(?=\||$)")


def parse_row_text(text: str, start: int = 0) -> RowFacts:
    """Read one result or standings line; evidence is `text` at `start` in the article's text."""
    facts: dict = {"text": text, "start": start, "end": start + len(text)}
    rest = EMPHASIS_RE.sub("", text).strip()  # "**1. Ann Lee** (Apex)": the row, unbolded
    rest = NOTE_MARK_RE.sub("", rest)
    if is_date_only(rest):  # "5 April 2020": a date line, no fifth place of 'April'
        return RowFacts(**facts)
    flag = FLAG_RE.search(rest)
    if flag:  # "🇯🇵 Takuma Mori – 35 laps"
        facts["nation"] = flag_code(flag.group(0))
        rest = FLAG_RE.sub(" ", rest).strip()
    rest = REGION_CODE_RE.sub("(", rest)  # "(SP, Apex Racing)": the team alone
    rest = STRAY_DOT_RE.sub("", rest)  # ".1. Ann Lee": a dot left before the place
    position = POSITION_RE.match(rest)
    if position:
        facts["position"] = int(position["p1"] or position["p2"] or position["p3"])
        facts["position_text"] = position.group(0).strip(" \t-–—:|")
        rest = rest[position.end() :]
        word = PLACE_WORD_RE.match(rest)
        if word:  # "1. Platz Ann Lee": the place printed with its word
            facts["position_text"] = (position.group(0) + word.group(0)).strip(" \t-–—:|")
            rest = rest[word.end() :]
    if position:  # "1. Ann Lee - 16 - 2. place in the final": no second place of this race
        rest = OTHER_RACE_PLACE_RE.sub(" ", rest)
    label = DETAIL_LABEL_RE.match(rest) if ":" in rest else None
    if label and fold(label["label"]) in DETAIL_LABELS:  # "Location: Vela Park, Oakfield"
        return RowFacts(**facts)
    place = None if position else TRAILING_PLACE_RE.search(rest)
    if place:  # "Ann Lee – Kite GT (Apex) – 1st place": the place closing the row
        facts["position"] = int(place["n"] or place["n2"])
        facts["position_text"] = place.group(0).strip(" \t-–—|,")
        rest = rest[: place.start()]
    glued = None if position or place else HYPHEN_CODE_RE.match(rest)
    if glued:  # "7BC-Ann Lee [5]": the car code, then the driver
        facts["car_number"] = glued["number"]
        rest = rest[glued.end() :]
    code = leading_code(rest) if position else None
    if code:  # "1st 96M Ann Lee": the car code, then the driver
        facts["car_number"] = code["number"]
        rest = rest[code.end() :]
    alone = BARE_CODE_RE.fullmatch(rest.strip(FIELD_PUNCTUATION)) if position else None
    if alone:  # "2nd 96M": the code where the name goes, for the name gate to resolve
        code_text = alone.group(0)
        return RowFacts(**facts, driver=code_text, car_number=code_text)
    rest = EMPTY_NUMBER_RE.sub("", rest)  # "6: #Ann Lee": the car's number left out
    number = None if code or glued else CAR_NUMBER_RE.search(rest)
    if number:  # "1. #87Z Zeb Moake", "Audi R8 LMS #29", "Zeb Moake, #9"
        facts["car_number"] = number["number"]
        rest = f"{rest[: number.start()]} {rest[number.end() :]}"
    rest = AVERAGE_SPEED_RE.sub(" | ", rest)  # "média de 150,84 km/h": no field of the row
    if "+" in rest:  # "+ 2 msc. w finale A": the place in a final, no gap
        rest = FINAL_PLACE_RE.sub(" | ", rest)
    scores = HEAT_SCORES_RE.search(rest) if "," in rest else None
    if scores:  # "- 10 (4,2,0,4)": the heat points' total, each heat's score in brackets
        facts["points"] = parse_points(scores["points"])
        rest = f"{rest[: scores.start()]} | {rest[scores.end() :]}"
    points = None if scores else POINTS_RE.search(rest)
    if points:
        facts["points"] = parse_points(points["points"])
        rest = f"{rest[: points.start()]} | {rest[points.end() :]}"
    summed = None if scores or points else POINTS_SUM_RE.search(rest)
    bonus = 0 if summed is None or summed["b"] == "-" else int(summed["b"])
    if summed and int(summed["a"]) + bonus == int(summed["c"]):
        facts["points"] = float(summed["c"])
        rest = f"{rest[: summed.start()]} | "
    rest = STRAY_TIME_LETTER_RE.sub("", rest)
    timing, rest = timing_facts(BEHIND_WORD_RE.sub("a", rest))
    facts.update(timing)
    if not timing and points is None:  # "Ann Lee: 206 (-32)": points, then the gap in points
        rest = POINTS_GAP_RE.sub("", rest)
    trailing = TRAILING_NUMBER_RE.search(rest)
    if trailing and not timing and points is None:
        facts["bare_number"] = parse_points(trailing["number"])
        rest = rest[: trailing.start()]
    rest = _unglued(rest)  # "1.Jan MeierTeam Blau": columns printed glued
    told = _told_row_name(rest) if position else None
    if told:  # "1. #25 the Night Owl Ann Lee of Vela, IL with her first win": the name alone
        rest = told
    crew = _crew_in_brackets(_without_members_brackets(rest))
    if crew:  # "#7 Apex Racing (Lee, Kim, Diaz)": the entrant, its drivers in brackets
        facts["crew"] = crew
        rest = BRACKET_RE.sub(" ", _without_members_brackets(rest))
    dashed = None if crew else DASH_CREW_RE.match(rest)
    dashes = _without_trailing_nation(DASH_RE.sub("/", dashed["crew"])) if dashed else ""
    listed = dashed["crew"] if dashed else "/"
    if not re.search(r"[/–—]", listed) and len(parse_crew(listed)) >= MIN_DASH_CREW:
        return RowFacts(**facts)  # '1. Lee, Kim, Diaz, Eng (Fox X)': a heat's order, no one row
    if dashed and len(members := parse_crew(dashes)) >= MIN_DASH_CREW:
        # "1. Ann Lee – Bo Kim – Cy Diaz (Kite GT3 / Apex Racing)": a crew, its car and entrant
        facts["crew"] = crew = members
        rest = rest[dashed.end("crew") :]
    pair = None if crew else MAKER_PAIR_RE.search(rest)
    named = rest[: pair.start()].strip(FIELD_PUNCTUATION) if pair else ""
    if len(named.split()) >= MIN_PAIR_NAME_WORDS and looks_like_name(named):
        facts["car"] = pair["car"]  # "Ann Lee Kite/Vortex": the chassis and engine, no crew
        rest = rest[: pair.start()]
    slashed = None if crew or facts.get("car") else _slash_crew(rest)
    national = _nation_slash_name(slashed.group(0)) if slashed else None
    if national:  # "1st / France / Ann Lee": the driver's country and the driver, no crew
        facts["nation"] = national[0]
        rest, slashed = f"{rest[: slashed.start()]} {national[1]} {rest[slashed.end() :]}", None
    if slashed:  # "Urrutia/Rossi (Toyota)": the crew is the entry, as printed
        entrant, facts["crew"] = _entrant_and_crew(slashed.group(0))
        rest = f"{rest[: slashed.start()]} | {rest[slashed.end() :]}"
    hyphened = None if slashed or crew or facts.get("car") else _hyphen_crew(rest)
    if hyphened:  # "Ann Lee-Bo Kim": driver and co-driver, the first-named drives
        facts["crew"] = (hyphened["a"], hyphened["b"])
        head = rest[: hyphened.start()]
        if len(head.strip(FIELD_PUNCTUATION).split()) <= MAX_CLASS_COLUMN_WORDS:
            head = " "  # "3 RC4 Ann Lee-Bo Kim", "9 Clio Cup Ann Lee-Bo Kim": the class column
        rest = f"{head} | {rest[hyphened.end() :]}"
    numbered = (facts.get("position_text") or "").startswith("#")
    joined = None if slashed or crew or hyphened or not numbered else _joined_crew(rest)
    if joined:  # "#26 Ann Lee e Bo Kim 4:30:35.232": a car's crew, the car by its number
        facts["crew"], rest = joined, ""
        return RowFacts(**facts, driver=facts["position_text"], unknown=())
    has_driver = bool(slashed or crew or hyphened)
    linked = CAR_LINK_RE.search(rest) if " auf " in rest and not has_driver else None
    if linked:  # "1. Platz Toni auf Westfield 47,50 Sek.": the driver, then the car he drove
        facts["car"] = linked["car"].strip(FIELD_PUNCTUATION)
        rest = f"{rest[: linked.start()]} | {rest[linked.end() :]}"
    driver, nation, team, car, unknown = parse_fields(rest, has_driver=has_driver)
    car = facts.pop("car", None) or car
    country = _country_field(rest) if slashed and nation and DASH_RE.search(rest) else None
    if hyphened:
        driver = hyphened["a"]
    elif country:  # "1. Ann Lee/Bo Kim – Frankreich – Kite GT3": a nations' cup entry, the nation
        driver = country
    elif slashed:
        driver = entrant
    elif crew and dashed and driver is None:  # the entrant in brackets, else the first-named
        driver = team or crew[0]
    elif crew and driver is None and team:  # "Team Kite, 20 laps (Lee, Kim, Diaz)": the team
        driver, team = team, None  # entered, its drivers in brackets
    elif driver and "(" in rest and (mark := _name_mark(driver, rest)):
        driver = f"{driver} {mark}"  # "Miguel Paz (h)": son (hijo) told from father, as printed
    if driver is None and car and facts.get("car_number") and not unknown:
        driver = f"{car} #{facts['car_number']}"  # "Audi R8 LMS #29": a team entry by its car
    first_digits = len(unknown) == 1 and DIGITS_FIRST_NAME_RE.fullmatch(unknown[0])
    if driver is None and position and first_digits:  # "3. 2V Kart": the name as printed
        driver, unknown = unknown[0], ()
    nation = facts.pop("nation", None) or nation
    return RowFacts(**facts, driver=driver, nation=nation, team=team, car=car, unknown=unknown)


def _name_mark(driver: str, text: str) -> str | None:
    """The mark printed right after the first `driver` in `text` that has one ('(h)'), else None
    (found without compiling a pattern per driver)."""
    start = text.find(driver)
    while start != -1:
        if mark := NAME_MARK_RE.match(text, start + len(driver)):
            return mark[1]
        start = text.find(driver, start + 1)
    return None


def _country_field(text: str) -> str | None:
    """The field of a row between dashes that names a country ('Frankreich', 'Puerto Rico'), as
    printed; None when no field does (a code or a demonym names no nations' cup entrant)."""
    for field in DASH_RE.split(text):
        field = field.strip(FIELD_PUNCTUATION)
        found = lookup(field) if field else None
        if found is not None and found[1] == "name":
            return field
    return None


def _unglued(text: str) -> str:
    """`text` with a field break where a team word or a make is glued to the name before it
    ('MeierTeam Blau'), outside brackets only: '(Apex SimRacing)' is one team's name as printed."""
    if "(" not in text:
        return GLUED_TEAM_RE.sub(" | ", text)
    parts, last = [], 0
    for found in BRACKET_RE.finditer(text):
        parts += [GLUED_TEAM_RE.sub(" | ", text[last : found.start()]), found.group(0)]
        last = found.end()
    return "".join([*parts, GLUED_TEAM_RE.sub(" | ", text[last:])])


def _told_row_name(text: str) -> str | None:
    """The driver's name of a numbered row told as a phrase: a nickname opening with 'the' before
    the name ('the Pink Panther Bo Kim'), the hometown after 'of' ('of Vela, IL') and what the row
    says after it ('with a win in his first trip') left out; None unless a name is what stays."""
    found = TOLD_ROW_RE.fullmatch(text.strip())
    if found is None:  # '“Stretch” Ann Lee of Vela sweeps both classes!'
        text = QUOTED_LEAD_RE.sub("", text.strip())
        found = TOLD_ROW_RE.fullmatch(TOLD_REMARK_RE.sub(r"\g<row>", text))
    if found is None:
        return None
    name = NICKNAME_LEAD_RE.sub("", found["name"].strip())
    return name if looks_like_name(name) else None


def parse_crew(text: str) -> tuple[str, ...]:
    """The drivers of a team entry: 'Lee, Kim, Diaz', 'Ann Lee / Bo Kim', 'SMIT, de Vries'
    (two names or more, each shaped like a name); () otherwise. Members printed family name
    first ('Lee, A. / Kim, B.') are kept whole."""
    family_first = _family_first_crew(text) if "/" in text else ()
    if family_first:
        return family_first
    parts = [p.strip(" .") for p in re.split(r"\s*[,/]\s*|\s+(?:and|und|en|et|e|y)\s+", text)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or not all(_is_member_name(p) for p in parts):
        return ()
    return tuple(parts)


# "d'", "dell'", "l'": a particle elided before a surname's vowel ('d'Orsay', 'dell'Acqua')
ELIDED_PARTICLE_RE = re.compile(r"(?P<particle>[a-z]{1,4})['’](?=[A-ZÀ-Þ])")


def _is_member_name(part: str) -> bool:
    """A crew member's name by its shape, a surname after an elided particle too ('d'Orsay' of
    'Lee/d'Orsay': 'de' elided)."""
    if looks_like_name(part):
        return True
    elided = ELIDED_PARTICLE_RE.match(part)
    return (
        elided is not None
        and any(f"{elided['particle']}{vowel}" in PARTICLES for vowel in "ae")
        and looks_like_name(part[elided.end() :])
    )


def _family_first_crew(text: str) -> tuple[str, ...]:
    """The members of a crew joined by slashes, each printed 'Family, I.' ('Lee, A. / van
    Dam, B.'), as printed; () unless every part has that shape."""
    found = [FAMILY_FIRST_MEMBER_RE.fullmatch(part) for part in text.split("/")]
    members = [m for m in found if m and looks_like_name(FAMILY_SUFFIX_RE.sub("", m["family"]))]
    if len(members) < 2 or len(members) < len(found):
        return ()
    return tuple(f"{m['family']}, {m['initials'].strip()}" for m in members)


def _car_and_team(content: str) -> list[str]:
    """The parts of a bracket naming a car and a team ('BMW M3 – Team Blu', 'Kite Racing/Honda
    Civic'), else the bracket whole."""
    parts = [p for p in BRACKET_SPLIT_RE.split(content) if p.strip()]
    return parts if len(parts) > 1 and any(is_car(p) for p in parts) else [content]


def _is_team_like(text: str) -> bool:
    """Bracketed words that may name a team or club: capitalised, a few words, not a code
    ('SP', 'RJ' are states), no abbreviation ('Pol.'), no hometown ('Sacramento, CA') and not
    numbers ('(27)' is an age, '(5,5,X)' heat scores: a team has a word of two letters or more)."""
    words = text.split()
    return (
        0 < len(words) <= MAX_TEAM_WORDS
        and text[:1].isupper()
        and not (len(words) == 1 and text.isupper() and len(text) <= 3)
        and re.search(r"[^\W\d_]{2}", text) is not None
        and not (len(words) == 1 and text.endswith("."))  # '(Pol.)': an abbreviated nation
        and not HOMETOWN_RE.search(text)  # '(Sacramento, CA)': where the driver is from
    )


def _entrant_and_crew(printed: str) -> tuple[str, tuple[str, ...]]:
    """(entrant, crew) of a slashed entry: 'Mazda Ann Lee / Bo Kim' is Mazda's crew of two;
    'Ann Lee/Bo Kim', every member named in full, is a driver and co-driver: the first-named
    drives; 'Detz / van Dijk', surnames alone, is its own entrant, as printed."""
    crew = parse_crew(printed)
    if "," in crew[0]:  # 'Lee, A. / Kim, B.': members family name first, the pair the entry
        return " ".join(printed.split()), crew
    words = crew[0].split()
    for n in range(min(MAX_MAKER_WORDS, len(words) - 1), 0, -1):
        if fold(" ".join(words[:n])) in CAR_MAKERS and looks_like_name(" ".join(words[n:])):
            return " ".join(words[:n]), (" ".join(words[n:]), *crew[1:])
    if all(len(member.split()) > 1 and member[:1].isupper() for member in crew):
        return crew[0], crew
    return " ".join(printed.split()), crew


# "France / Ann Lee": the two slashed fields of a nation column next to the name
NATION_NAME_PARTS = 2


def _nation_slash_name(printed: str) -> tuple[str, str] | None:
    """(nation, driver) of two slashed fields, one a country's name, the other a name in full
    naming no nation ('France / Ann Lee', 'Ann Lee / United Kingdom'): a nation column next to
    the name, no crew of two; None for any other slashed entry ('Ann Lee Italie / Venezuela': two
    nations of one driver)."""
    parts = [part.strip() for part in printed.split("/")]
    if len(parts) != NATION_NAME_PARTS:
        return None
    for country, name in (parts, parts[::-1]):
        found = lookup(country)
        words = name.split()
        if found and found[1] == "name" and len(words) > 1 and not any(map(lookup, words)):
            return (found[0], name) if looks_like_name(name) else None
    return None


def _slash_crew(text: str) -> re.Match[str] | None:
    """The field of `text` that is a crew joined by slashes ('Detz / van Dijk'), each part
    shaped like a name; None when there is none."""
    if "/" not in text:  # most rows: no slash, no crew joined by one
        return None
    for field in re.finditer(r"[^|–—]+", BRACKET_RE.sub(" | ", text)):  # dashes part fields
        found = SLASH_CREW_RE.search(field.group(0).strip(" \t"))
        crew = _without_trailing_fields(found.group(0)) if found else ""
        if crew and parse_crew(crew) and "/" in crew:
            offset = field.start() + field.group(0).index(crew)
            return re.compile(re.escape(crew)).search(text, offset)
    return None


def _without_members_brackets(text: str) -> str:
    """'(Lee, Kim (Kite 1300), Diaz)' -> '(Lee, Kim, Diaz)': the brackets inside a bracket
    that lists names apart by commas (each member's car) left out; other text unchanged."""
    if text.count("(") < 2:  # most rows: no bracket inside a bracket
        return text
    out: list[str] = []
    inner: list[str] = []
    depth = 0
    for char in text:
        if char == "(":
            depth += 1
        if depth >= 2:
            inner.append(char)
        else:
            out.append(char)
        if char == ")" and depth:
            depth -= 1
    if depth or not inner:
        return text  # brackets that do not close: left as printed
    joined = "".join(out)
    outer = BRACKET_RE.findall(joined)
    if not any("," in (a or b) for a, b in outer):
        return text
    return re.sub(r"\s+(?=[,)])", "", joined)


def _joined_crew(text: str) -> tuple[str, ...]:
    """The crew a row's whole name field prints joined by commas and a conjunction ('Ann Lee e
    Bo Kim', 'Ann Lee, Bo Kim and Cy Dow'), every member named in full; () otherwise."""
    field = text.strip(FIELD_PUNCTUATION + "*")
    if not re.search(r"\s(?:and|und|en|et|e|y)\s", field) or re.search(r"[|()/]", field):
        return ()
    crew = parse_crew(field.replace("*", ""))
    return crew if all(len(member.split()) > 1 for member in crew) else ()


def _without_trailing_fields(crew: str) -> str:
    """'Lee/Kim, Kite, …' -> 'Lee/Kim': the fields printed after a slashed crew, a comma before
    each (its car, its nation), are no member; a last member printed family name first ('Kim,
    B.') keeps its initials."""
    head, slash, last = crew.rpartition("/")
    member, comma, tail = last.partition(",")
    if not comma or not tail.strip(FIELD_PUNCTUATION) or FAMILY_FIRST_MEMBER_RE.fullmatch(last):
        return _without_trailing_nation(crew)
    return f"{head}{slash}{member.rstrip()}"


def _hyphen_crew(text: str) -> re.Match[str] | None:
    """The crew of two printed 'Ann Lee-Bo Kim' in `text`, each member shaped like a name; None
    when there is none (or more than one: the row does not settle which is the entry)."""
    found = [m for m in HYPHEN_CREW_RE.finditer(text) if looks_like_name(m["a"])]
    found = [m for m in found if looks_like_name(m["b"])]
    return found[0] if len(found) == 1 else None


def _without_trailing_nation(crew: str) -> str:
    """'Ann Lee/Bo Kim, França' -> 'Ann Lee/Bo Kim': the nation printed after a crew is its own
    field, no member."""
    head, comma, tail = crew.rpartition(",")
    return head.rstrip() if comma and "/" in head and nation_code(tail.strip()) else crew


def _crew_in_brackets(text: str) -> tuple[str, ...]:
    """Drivers in brackets after an entrant: three names or more, or two after an entrant that is
    no person ('#7 Apex GP (Lee, Kim)'); 'Ana Leal (Leal, Porto)' is a driver and her club."""
    for m in BRACKET_RE.finditer(text):
        crew = parse_crew(m[1] or m[2] or "")
        if any(is_car(member) for member in crew):
            continue  # '(Hyundai / Kite Motorsport)': a maker and a team, no crew
        before = text[: m.start()].strip(FIELD_PUNCTUATION)
        if crew and (len(crew) >= 3 or not looks_like_name(before)):
            return crew
    return ()


UNCLASSIFIED = frozenset({"dnf", "dns", "dsq", "nc"})
MIN_GAP_ROWS = 2  # rows of gaps under a winner's name alone that show it is the winner

RETIREMENT_HEADINGS = frozenset(fold(word) for word in RACING_DATA["retirement_headings"])
# "Retirados:", "Ausfälle", "Retired -": a heading line of one retirement word
RETIREMENT_HEADING_RE = re.compile(r"^\s*(?P<word>[^\W\d_]{3,15})\s*[:–—-]?\s*$")


def is_retirement_heading(text: str) -> bool:
    """A line of one word saying the list under it did not finish ('Retired:', 'Ausfälle')."""
    found = RETIREMENT_HEADING_RE.match(text)
    return found is not None and fold(found["word"]) in RETIREMENT_HEADINGS


def as_retired(rows: Sequence[RowFacts]) -> list[RowFacts]:
    """The rows of a list under a retirement heading: each one did not finish (its printed place,
    if any, kept; none given by its order)."""
    return [r if r.status in UNCLASSIFIED else replace(r, status="dnf") for r in rows]


def _counts_from_one(positions: Sequence[int]) -> bool:
    """1, 2, 3 … in order (a tie repeats a place): printed positions, not car numbers."""
    return (
        bool(positions)
        and positions[0] == 1
        and all(b in (a, a + 1) for a, b in zip(positions, positions[1:], strict=False))
    )


def numbers_not_positions(rows: Sequence[RowFacts]) -> list[RowFacts]:
    """Rows led by bare or '#' numbers that do not count 1, 2, 3 ('#27', '27 - Name', then '#4')
    read as car numbers, the order of the list giving the positions; other lists unchanged
    ('3.', '3º', 'P3' are places however the list runs, and so are three numbers or more each
    one up from the last, or four or more each above the last: car numbers do not run in steps
    of one, nor rise down a classification)."""
    printed = [r for r in rows if r.position is not None]
    if len(printed) < MIN_LIST_NUMBERS or _counts_from_one([r.position for r in printed]):  # type: ignore[misc]
        return list(rows)  # one number alone shows no order ('20- Ann Lee' after a broken row)
    places = [r.position for r in printed]
    steps = list(zip(places, places[1:], strict=False))
    if len(places) >= MIN_POINTS_ROWS and all(b == a + 1 for a, b in steps):  # type: ignore[operator]
        return list(rows)  # '2 B', '3 C', '4 D': places whose first rows are not printed
    if len(places) >= MIN_RISING_RANKS and all(b > a for a, b in steps):  # type: ignore[operator]
        return list(rows)  # '13 A', '15 B', '16 C', '23 D': ranks with rows left out (car
        # numbers do not rise down a classification)
    if any(not re.fullmatch(r"#?\s?\d+", r.position_text or "") for r in printed):
        return list(rows)
    return [
        replace(
            r,
            position=None,
            position_text=None,
            car_number=r.car_number or (r.position_text or "").lstrip("#P ").strip() or None,
        )
        if r.position is not None
        else r
        for r in rows
    ]


def results_from_rows(
    rows: Sequence[RowFacts], method: Method, confidence: float | None = None
) -> list[ResultRow]:
    """Result records from the rows of one list or table, in order: positions implied by order
    when not printed (equal gaps keep list order); the winner's clock time is its race time and
    a later row's clock time, when longer, its own race time (the gap worked out from the two);
    a first row placed after the winner keeps the signed gap it prints. Unclassified rows (DNF,
    DNS, DSQ, NC) keep a null position.
    `confidence` overrides the per-row confidence (tables judge it from their header)."""
    if not rows:
        return []
    rows = _own_times(rows)
    winner = rows[0]
    winner_time = winner.time_s if winner.gap_s is None else None
    winner_laps = winner.laps
    results = []
    for index, row in enumerate(rows, start=1):
        gap_s, gap_text = row.gap_s, row.gap_text
        time_s = time_text = None
        if row.time_s is not None and row.gap_s is None:
            if index == 1 or winner_time is not None and row.time_s >= winner_time:
                time_s, time_text, gap_text = row.time_s, row.gap_text, None
                if index > 1 and winner.position in (None, 1):  # a list cut above: no gap
                    gap_s = round(row.time_s - winner_time, 3)  # type: ignore[operator]
            else:
                gap_s = row.time_s  # "0.684" under a winner's time: a gap printed bare
        if index == 1 and (row.position in (None, 1) or _unsigned(row)):
            gap_s = None  # the winner's ('20- A a 1m06s954' opening a run keeps its signed gap)
        laps = row.laps
        status = row.status
        if row.laps_down is not None and status not in UNCLASSIFIED:
            status = "lapped"
            if winner_laps is not None and laps is None:
                laps = winner_laps - row.laps_down
        elif laps is not None and winner_laps is not None and laps < winner_laps:
            status = "lapped" if status == "finished" else status
        position = None if status == "dns" else row.position  # '17. Ann Lee - DNS': no place
        if position is None and status not in UNCLASSIFIED:
            position = index
        results.append(
            ResultRow(
                position=position,
                position_text=row.position_text,
                driver=row.driver or "",
                crew=list(row.crew),
                car_number=row.car_number,
                nation=row.nation,
                team=row.team,
                car=row.car,
                gap_s=gap_s,
                gap_text=gap_text,
                time_s=time_s,
                time_text=time_text,
                laps=laps,
                points=row.points,
                status=status,
                status_detail=row.status_detail,
                evidence=Evidence(text=row.text, start=row.start, end=row.end),
                method=method,
                confidence=row.confidence if confidence is None else confidence,
            )
        )
    return results


def _unsigned(row: RowFacts) -> bool:
    """A gap printed with no sign before it ('44.89s', not '+0.16s' nor 'a 0.16s')."""
    return row.gap_s is not None and (row.gap_text or "").lstrip()[:1] not in ("+", "-", "a", "à")


def _own_times(rows: Sequence[RowFacts]) -> Sequence[RowFacts]:
    """A list whose winner prints unsigned seconds as every other row does, none below the row
    above ('1 A 44.89s', '2 B 45.05s', '3 C 45.74s': a hillclimb's or sprint's runs): each row's
    own time, not its gap to the winner (no winner has a gap). Other lists unchanged."""
    timed = [r for r in rows if r.gap_s is not None]
    winner = rows[0]
    if (
        len(timed) < MIN_LIST_NUMBERS
        or timed[0] is not winner
        or winner.time_s is not None
        or not winner.gap_s
        or not all(_unsigned(r) and r.time_s is None for r in timed)
        or any(b.gap_s < a.gap_s for a, b in zip(timed, timed[1:], strict=False))  # type: ignore[operator]
    ):
        return rows
    return [replace(r, time_s=r.gap_s, gap_s=None) if r.gap_s is not None else r for r in rows]


def bare_numbers_as_points(rows: Sequence[RowFacts]) -> list[RowFacts]:
    """A result list whose every row ends in a bare number, the numbers falling down the list
    ('1. A (5,5,5) 15', '2. B (5,5,4) 14', '3. C 11'), or the top rows' with their unit and the
    rest bare ('1) A 48 pontos', '2) B 44'): those numbers are the rows' points (car numbers do
    not fall in order, lap counts mostly repeat: more than half the steps must fall); a last row
    cut before its number ('6. F (1,2') leaves the rows above theirs. Other lists unchanged."""
    numbers = [r.points if r.points is not None else r.bare_number for r in rows]
    if len(rows) > MIN_POINTS_ROWS and numbers[-1] is None and None not in numbers[:-1]:
        return [*bare_numbers_as_points(rows[:-1]), rows[-1]]
    if (
        len(rows) < MIN_POINTS_ROWS
        or None in numbers
        or all(r.points is not None for r in rows)
        or any(r.points is not None and r.bare_number is not None for r in rows)
    ):
        return list(rows)
    steps = list(zip(numbers, numbers[1:], strict=False))
    if any(b > a for a, b in steps) or sum(b < a for a, b in steps) * 2 <= len(steps):  # type: ignore[operator]
        return list(rows)
    return [r if r.points is not None else replace(r, points=r.bare_number) for r in rows]


def final_places(rows: Sequence[RowFacts]) -> dict[str | None, list[RowFacts]]:
    """The finals a classification's rows say each rider's place in ('+ 2 msc. w finale A'): by
    the final's label (None for a meeting's one final), its riders at those places, in order (no
    points, no time: the heats' total is the classification's). {} when the rows say none."""
    finals: dict[str | None, list[RowFacts]] = {}
    for row in rows:
        found = FINAL_PLACE_RE.search(row.text)
        if found and row.driver:
            place = int(found["n"])
            finals.setdefault(found["label"], []).append(
                replace(row, position=place, position_text=str(place), points=None)
            )
    return {
        label: sorted(placed, key=lambda r: r.position or 0) for label, placed in finals.items()
    }


def runoff_places(rows: Sequence[RowFacts]) -> list[RowFacts]:
    """The riders a classification's rows place in the meeting's run-off ('+ 1. miejsce w
    barażu'), at those places, in order (no points: the heats' total is the classification's);
    [] when the rows say none or two rows claim one place."""
    placed = []
    for row in rows:
        found = RUNOFF_PLACE_RE.search(row.text)
        if found and row.driver:
            place = int(found["n"])
            placed.append(replace(row, position=place, position_text=str(place), points=None))
    if len({r.position for r in placed}) < len(placed):
        return []
    return sorted(placed, key=lambda r: r.position or 0)


def makers_as_teams(rows: Sequence[RowFacts]) -> list[RowFacts]:
    """A list whose one field after the name holds teams on some rows and a bare maker's name on
    the others ('1. A, Ferrari', '3. C, Williams'): the makers are teams too (a works team), as
    the column shows. Lists of cars, or of cars and teams apart, unchanged."""
    teams = [r for r in rows if r.team is not None and r.car is None]
    makers = [r for r in rows if r.car is not None and r.team is None and _bare_maker(r.car)]
    if not teams or not makers or any(r.team is not None and r.car is not None for r in rows):
        return list(rows)
    if len(teams) + len(makers) < len([r for r in rows if r.team or r.car]):
        return list(rows)  # a car with its model on some row: the field names cars
    chosen = {id(r) for r in makers}
    return [replace(r, team=r.car) if id(r) in chosen else r for r in rows]


def entrant_alone(row: RowFacts) -> str | None:
    """The entrant of a standings row naming a team or a bare maker and no driver ('2) Apex
    Racing, 99', '1) KITE : 68 points'): a team's or a manufacturers' table; None for any other
    row (a maker printed with a model, 'Kite 207', is a car)."""
    if row.driver is not None or row.position is None or row.crew or row.unknown:
        return None
    if row.has_timing or (row.points is None and row.bare_number is None):
        return None
    if row.team is not None and row.car is None:
        return row.team
    return row.car if row.team is None and row.car is not None and _bare_maker(row.car) else None


def entrants_as_names(rows: Sequence[RowFacts]) -> list[RowFacts]:
    """Standings rows with the entrant of a team's or a maker's row as its name."""
    return [replace(r, driver=entrant) if (entrant := entrant_alone(r)) else r for r in rows]


def _glued_entrant(row: RowFacts) -> str | None:
    """The entrant a standings row prints as a chassis and its engine glued by a hyphen ('3.
    Kite-Vela 22 pts', read as the name 'Kite' and the car 'Vela', or as the car 'Kite-Vela'),
    as printed; None for any other row."""
    if row.position is None or row.has_timing or row.crew or row.unknown or row.team:
        return None
    if row.points is None and row.bare_number is None:
        return None
    if row.driver is None:
        car = row.car or ""
        return car if re.fullmatch(r"\S+(?:\s\S+)*?[^\W\d_]-[^\W\d_]\S*(?:\s\S+)*", car) else None
    if row.car is None:
        return None
    for glued in (f"{row.driver}-{row.car}", f"{row.car}-{row.driver}"):
        if glued in row.text and (_bare_maker(row.car) or _bare_maker(row.driver)):
            return glued
    return None


def glued_entrants_as_names(rows: Sequence[RowFacts]) -> list[RowFacts]:
    """A standings table whose every row names a team or a maker ('1. Kite 65 pts', '2.
    Vela-Kite 40 pts'): each row's entrant whole as its name, the chassis and engine glued by a
    hyphen kept together; any other table unchanged (one row naming a driver settles it)."""
    named = [(r, entrant_alone(r) or _glued_entrant(r)) for r in rows]
    glued = [r for r, entrant in named if entrant is not None and entrant_alone(r) is None]
    if not glued or any(entrant is None and r.driver is not None for r, entrant in named):
        return list(rows)
    return [
        replace(r, driver=entrant, car=None) if entrant and entrant_alone(r) is None else r
        for r, entrant in named
    ]


def _bare_maker(car: str) -> bool:
    return fold(car) in CAR_MAKERS


def with_points(row: RowFacts, points: float | None) -> RowFacts:
    """The same row read as a standings line with `points` (a bare trailing number)."""
    return replace(row, points=points)


def _winner_alone(rows: Sequence[RowFacts]) -> bool:
    """An unnumbered list whose first row is a name alone and whose every other row prints a
    signed gap ('Ann Lee', 'Bo Kim +0.514', 'Cal Dunn +1.286'): the winner, who has no gap."""
    first, below = rows[0], rows[1:]
    return (
        len(below) >= MIN_GAP_ROWS
        and first.driver is not None
        and first.position is None
        and not first.has_timing
        and first.points is None
        and not first.unknown
        and all(
            r.position is None and r.gap_s is not None and (r.gap_text or "").lstrip()[:1] == "+"
            for r in below
        )
    )


def settled_rows(rows: Sequence[RowFacts], keep: Callable[[RowFacts], bool]) -> list[RowFacts]:
    """The rows of a list `keep` accepts, as far as their places are settled: a row the list
    places by its order (no printed place, classified) after a row left out would take the
    place of the row left out, so the list stops at the first such row (its unclassified and
    numbered rows after the gap stay: their places do not hang on the order). A first row that
    is the winner's name alone over rows of gaps is kept."""
    kept: list[RowFacts] = []
    gap = False
    for index, row in enumerate(rows):
        if keep(row) or index == 0 and _winner_alone(rows):
            if gap and row.position is None and row.status not in UNCLASSIFIED:
                continue  # its place is not settled: a row above it was not read
            kept.append(row)
        elif kept and row.position is None:
            gap = True  # an unnumbered row not read: the places below it are unsettled
    return kept
