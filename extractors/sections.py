"""Race sections of an article, from headings and lead-in lines: 'Race 1 Results', 'Semi-Final B',
'Grand Final – results', 'Sprint Race: Watkins Glen, 7 Laps', 'Main race', 'Repechage', 'Heat 2'.

`find_sections` reads a Document once and tells, for every block, which race (or standings table)
it belongs to; a results lead-in that names a race already introduced ('... race results' after
'Sprint race' and 'Main race' sections) attaches to that race rather than opening a new one.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from extractors.document import Block, BlockKind, Document, looks_like_heading
from extractors.name_gate import CLASS_WORDS
from extractors.names import RACING_WORDS, looks_like_name
from extractors.nations import plain_lower
from extractors.race_facts import GENERIC_RACE_NAME, race_name
from extractors.standings import STANDINGS_WORDS_RE
from extractors.times import LAPS_RE

Session = Literal["race", "sprint", "heat", "semi-final", "repechage", "final", "qualifying"]

# A marker line is short: a heading or a lead-in, not a sentence of prose.
MAX_MARKER_WORDS = 16
MAX_MARKER_CHARS = 120
# A plain-text first line with more words is the article's title, not a race heading.
MAX_TITLE_MARKER_WORDS = 6

# Session phrases, most specific first; a label may follow ("Semi-Final B", "Race 2").
SESSION_PATTERNS: tuple[tuple[Session, re.Pattern[str]], ...] = (
    # "Semi-Final B", "Semifinal 2", "semifinale A", "Demi-finale", "Halbfinale"
    (
        "semi-final",
        re.compile(
            r"\b(?:semi[- ]?finals?|semifinale|semifinal|demi[- ]finale|halbfinale)\b", re.I
        ),
    ),
    # "Repechage", "Repêchage", "Last Chance Qualifier", "LCQ", "Ripescaggio"
    (
        "repechage",
        re.compile(
            r"\b(?:rep[eê]chages?|last[- ]chance(?: qualifier| race)?|lcq|ripescaggio)\b", re.I
        ),
    ),
    # "Qualifying", "Qualifiche", "Clasificación", "Qualificação", "Time Trial", "Superpole"
    (
        "qualifying",
        re.compile(
            r"\b(?:qualifying|qualifications?|qualifiche|qualifica|clasificaci[oó]n|qualifica[cç][aã]o|"
            r"qualifikation|time[- ]trials?|superpole|pole position)\b",
            re.I,
        ),
    ),
    # "Heat 2", "Heats", "Batteria 1", "Manche 2", "Vorlauf", "1ª Bateria"
    ("heat", re.compile(r"\b(?:heats?|batteria|baterias?|manche|vorlauf|serie)\b", re.I)),
    # "Sprint race", "Sprint", "Corsa sprint", "Carrera sprint", "Sprintrennen"
    ("sprint", re.compile(r"\b(?:sprint(?:rennen|\s+race)?)\b", re.I)),
    # "Grand Final", "World Final", "Final", "Finale", "Finals"
    (
        "final",
        re.compile(r"\b(?:(?:grand|world|super)\s+finals?|finals?|finale|finalissima)\b", re.I),
    ),
    # "Race 1", "Main race", "Feature race", "Feature", "Gara 2", "Corrida", "Carrera", "Rennen";
    # not "Post-Race", "Pre-race" nor a team's "Race Team"
    (
        "race",
        re.compile(
            r"(?<!post-)(?<!pre-)\b(?:races?(?!\s+team)|feature|gara|corrida|carrera|course|"
            r"\w*rennen|lauf)\b",
            re.I,
        ),
    ),
)
# "1", "2", "A", "B", "III" right after the session word: "Race 2", "Semi-Final B", "Heat III"
LABEL_RE = re.compile(r"^\s*(?:#|n[º°o.]\s*)?(?P<label>\d{1,2}|[A-H]|[IVX]{1,4})(?![\w'])")
# a round number in an event or race name, in the languages of localized editions:
# "Round 3, Tokyo", "Rd. 12", "Tappa 3", "Etapa 3", "Ronda 3", "Rodada 3", "Runde 3"
ROUND_NUMBER_RE = re.compile(
    r"\b(?:round|rd\.?|tappa|etapa|ronda|rodada|runde)\s*(\d{1,3})\b", re.IGNORECASE
)
# the qualifying word of a race's qualifying session: 'Semi-Final B qualifying'
QUALIFYING_RE = dict(SESSION_PATTERNS)["qualifying"]
# what joins a race's name to the qualifying word: "Semi-Final B – Qualifying", "(qualifying)"
QUALIFYING_SEPARATORS = " \t-–—:,;/()[]"
# a label in Roman numerals: "III" in "Heat III"
ROMAN_LABEL_RE = re.compile(r"^[IVX]+$")
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# "results", "classification", "risultati", "resultados", "ergebnisse", "résultats", "classifica"
RESULTS_WORDS_RE = re.compile(
    r"\b(?:results?|classification|classifica|risultati?|resultados?|ergebnis(?:se)?|"
    r"r[ée]sultats?|classement|klassement|finishing order|top \d+)\b",
    re.I,
)
# ": Watkins Glen, 7 Laps", " at Road Atlanta", " @ Monza": a track after the session phrase
TRACK_RE = re.compile(
    r"^\s*(?:[:–—@-]|\bat\b|\ba\b|\bin\b|\bem\b|\ben\b|\bauf\b)\s*(?P<track>[^,:(–—]+)", re.I
)
# "Race 1 Results" -> "Race 1": trailing results words and separators cut from a section name
NAME_TAIL_RE = re.compile(
    r"[\s:–—|-]*(?:\b(?:full\s+)?(?:results?|classification|risultati|resultados?|ergebnisse|"
    r"r[ée]sultats)\b[\s:.!]*)+$",
    re.I,
)
# "standings after Round 1", "classifica dopo la gara 2", "nach Lauf 3": what the standings follow
STANDINGS_AFTER_RE = re.compile(
    r"\b(?:after|following|dopo(?: la| il)?|ap[oó]s(?: a| o)?|tras(?: la| el)?|"
    r"despu[eé]s de(?: la)?|nach(?: dem| der)?|apr[eè]s(?: la| le)?)\s+(?P<after>.+)$",
    re.I,
)
# "classifica", "classement", "Wertung": a classification word; one after a race ('La classifica
# dopo Gara 1', 'Classement après la course 2') names the standings that race leaves
CLASSIFICATION_RE = re.compile(
    r"\b(?:classifica|classification|classement|klassement|clasificaci[oó]n|"
    r"classifica[cç][aã]o|wertung|klasyfikacja)\b",
    re.I,
)
# "5 stages", "stage 3", "5 etapas", "la 4e étape", "3 Etappen": the stages of a rally or tour a
# classification follows (a running tally part of the way through the event)
STAGES_RE = re.compile(r"\b(?:stages?|etapas?|[ée]tapes?|etappen?|tapp[ae])\b", re.I)
# "Gara1": a race word and its number printed together
GLUED_NUMBER_RE = re.compile(r"(?<=[^\W\d_])(?=\d)")
# " principal", " Results": what follows a session word up to a separator, still part of its name
NAME_REST_RE = re.compile(r"(?:[^:,(–—|\d-]|-(?=\w))*")
# "Resultado da corrida", "Risultati di Gara 2", "Results of the", "Résultats de la": leading words
NAME_HEAD_RE = re.compile(
    r"^(?:(?:full|official|provisional)\s+)?(?:results?|resultados?|risultati|ergebnis(?:se)?|"
    r"r[ée]sultats?|classifica|classement|clasificaci[oó]n|classifica[cç][aã]o)\b"
    r"(?:\s+(?:of|of the|da|do|de|del|della|di|la|le|des|du|der|des|vom|von)\b)*[\s:–—-]*",
    re.I,
)
# "Classifica Trofeo Rally Terra", "Classement de la Coupe de France": a classification word, then
# a competition's name, and no race: the competition's standings
COMPETITION_TABLE_RE = re.compile(
    r"^\s*(?:classifica|classifica[cç][aã]o|clasificaci[oó]n|classement|klassement)\s+"
    r"(?:(?:de|del|della|do|da|du|de la|van de|van het)\s+)?"
    r"(?:trofeo|trofeu|troph[ée]e|trophy|campionato|campeonato|championnat|kampioenschap|coppa|"
    r"copa|coupe|cup)\b",
    re.I,
)
# "Round 3", "Rd. 2", "Tappa 4", "Etapa 1", "Manche 3": the event a lead-in names, never a track
ROUND_RE = re.compile(r"\b(?:round|rd\.?|tappa|etapa|ronda|rodada|runde|event|leg)\s*\d+\b", re.I)


_NAME_DATA = json.loads(
    (Path(__file__).parent / "data" / "race_names.json").read_text(encoding="utf-8")
)
# "of", "main", "second", "giri": small words a race's name may hold besides session words
NAME_WORDS = frozenset(plain_lower(w) for w in _NAME_DATA["name_words"])
# "detail", "below": what a results lead-in may say besides the race ('Class Results in Detail:')
FURNITURE_WORDS = frozenset(plain_lower(w) for w in _NAME_DATA["furniture_words"])
# "what", "how", "come": a heading that asks is no race's name ('What drivers said after the race')
QUESTION_WORDS = frozenset(plain_lower(w) for w in _NAME_DATA["question_words"])
# "next", "prossima", "coming up": a heading announcing a race still to come ('Next Race Coming
# Up') opens no section and closes the one above it
FUTURE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _NAME_DATA["future_words"]) + r")\b", re.I
)
# "driver", "points", "finish": a line of three column headers is a table's header, no name
COLUMN_WORDS = frozenset(plain_lower(w) for w in _NAME_DATA["column_words"])
# "class", "categoría", "klasse": a noun opening a class's heading ('Class 1', 'Categoría Cadetes')
CLASS_NOUNS = frozenset(plain_lower(w) for w in _NAME_DATA["class_nouns"])
# "teams", "nations", "clubs": what a 'Top …' heading ranks when it ranks no drivers
RANKED_KINDS = frozenset(plain_lower(w) for w in _NAME_DATA["ranked_kinds"])
# "Top 7", "Top GB Teams", "TOP 5 Other Nations": a heading opening a ranking
TOP_HEADING_RE = re.compile(r"^\s*top\b", re.I)
# Between two rankings of one run of them at most this many lines that are no rows (a note).
MAX_RANKING_NOTES = 1
# a class's heading is short: its noun and a label or a name of up to four words
MAX_CLASS_HEADING_WORDS = 5
# "segunda": 2, "zweiter": 2: ordinals labelling a race before its session word ('Segunda Serie')
ORDINAL_LABELS = {plain_lower(w): str(n) for w, n in _NAME_DATA["ordinal_labels"].items()}
# "2nd ", "2. ", "3º ", "2e ", "B " right before a session word: the race's label ('2. Lauf', '3rd
# Heat', 'Kubota B Feature')
ORDINAL_BEFORE_RE = re.compile(
    r"(?:^|[\s,:(])(?P<number>\d{1,2})(?:st|nd|rd|th|er|e|ème|[.º°ª])\s*$"
    r"|(?:^|[\s,:(•])(?P<letter>[A-H])[\s-]+$"
    r"|(?:^|[\s,:(])(?P<word>[^\W\d_]+)\s*$"
)
MIN_COLUMN_WORDS = 3
# lower-case words a race's name may hold that are none of the above: more make a sentence
MAX_OTHER_WORDS = 2
# a sentence opening with a name has at least this many words ('Ann Lee wins Race 1')
MIN_SENTENCE_WORDS = 4
# the capitalised words that may open a sentence as its subject ('Ann Lee', 'Van der Berg')
MAX_SUBJECT_WORDS = 3
# "(standard 2WD production)", "[1]": what a name says in brackets is left out of the check
BRACKETED_RE = re.compile(r"\([^()]*\)?|\[[^\[\]]*\]?")
# a word of a heading: "Corrida", "d’une", "Semi-Final", "10e"
HEADING_WORD_RE = re.compile(r"[^\W_][\w'’-]*")
# "1 Ann Lee (Apex Race Team), 1:10.127", "3. Bo Kim": a result row, not a heading
ROW_START_RE = re.compile(
    r"^\s*(?:P|#)?\d{1,3}(?:[.)º°ª]|st|nd|rd|th)?\s*[-–—]?\s+(?P<rest>[^\W\d_](?:[^(,;:|\t–—-]|-(?=\w))*)"
)


def _name_word(word: str) -> bool:
    """A word any race's name may hold: a session, results, class or racing word, a small word,
    a number or a label ('B', '2', '10e')."""
    if word in NAME_WORDS or word in CLASS_WORDS or word in RACING_WORDS:
        return True
    if any(ch.isdigit() for ch in word) or len(word) <= 1:
        return True
    if RESULTS_WORDS_RE.fullmatch(word) or STANDINGS_WORDS_RE.fullmatch(word):
        return True
    return any(pattern.fullmatch(word) for _, pattern in SESSION_PATTERNS)


def is_race_name(text: str) -> bool:
    """A heading or lead-in that names a race, by its shape: not a question ('What drivers said
    after the race'), a table's header ('Driver Points Last Race Finish'), a sentence ('Ann Lee
    wins Race 1', 'Veja o stop 5 após o fim da última corrida') nor a result row ('1 Ann Lee (Apex
    Race Team)'). Words in brackets do not count ('Type 3 (further modifications allowed)')."""
    if _is_row(text) or text.count("(") > text.count(")"):
        return False  # 'Confira os resultados (extraoficiais, porque': a sentence cut by a wrap
    words = HEADING_WORD_RE.findall(BRACKETED_RE.sub(" ", text))
    folded = [plain_lower(w) for w in words]
    if not words:
        return False
    if folded[0] in QUESTION_WORDS or " ".join(folded[:2]) in QUESTION_WORDS:
        return False
    if sum(w in COLUMN_WORDS for w in folded) >= MIN_COLUMN_WORDS:
        return False
    others = [
        w for w, f in zip(words, folded, strict=True) if w[:1].islower() and not _name_word(f)
    ]
    if len(others) > MAX_OTHER_WORDS:
        return False
    subject = 0  # 'Ann Lee wins …', 'Russell wint …': capitalised words, then a word of a sentence
    while subject < len(words) and words[subject][:1].isupper() and not _name_word(folded[subject]):
        subject += 1
    verb = words[subject] if 0 < subject < len(words) else ""
    opens_sentence = verb[:1].islower() and not _name_word(plain_lower(verb))
    return not (
        opens_sentence and subject <= MAX_SUBJECT_WORDS and len(words) >= MIN_SENTENCE_WORDS
    )


def _is_row(text: str) -> bool:
    """'1 Ann Lee (Apex Race Team), 1:10.127': a place, then a person's full name."""
    row = ROW_START_RE.match(text)
    if row is None:
        return False
    name = row["rest"].strip()
    return len(name.split()) >= 2 and looks_like_name(name)


def section_name(text: str) -> str:
    """The name of a race a heading or lead-in opens: the text when it names a race, else its last
    part that does ('Final positions were as follows: Pro' -> 'Pro'), else the plain default."""
    text = text.strip()
    if is_race_name(text):
        return race_name(text)
    last = re.split(r"[:;.]", text.rstrip(" :;."))[-1].strip()
    return race_name(last) if last and last != text and is_race_name(last) else GENERIC_RACE_NAME


@dataclass
class RaceSection:
    """A race the article reports on, and the block that introduced it."""

    name: str
    session: Session | None
    label: str | None
    block: int  # index of the heading or lead-in block
    track: str | None = None
    laps: int | None = None
    result_blocks: list[int] = field(default_factory=list)  # filled as rows are attached

    @property
    def key(self) -> tuple[str | None, str | None]:
        return self.session, self.label


@dataclass(frozen=True, slots=True)
class StandingsSection:
    """A standings table or list the article reports, and what it follows ('after Round 1')."""

    after: str
    block: int


Context = RaceSection | StandingsSection | None


@dataclass(frozen=True, slots=True)
class Marker:
    """What a heading or lead-in line announces."""

    kind: Literal["race", "class", "results", "standings"]
    session: Session | None = None
    label: str | None = None
    name: str | None = None
    track: str | None = None
    laps: int | None = None


def _is_marker_shaped(block: Block) -> bool:
    if block.kind in ("item", "row") or _is_row(block.text):
        return False
    words = block.text.split()
    if block.kind == "heading":
        return len(words) <= MAX_MARKER_WORDS * 2
    return (
        len(words) <= MAX_MARKER_WORDS
        and len(block.text) <= MAX_MARKER_CHARS
        and looks_like_heading(block.text)
    )


def _announces_next(block: Block) -> bool:
    """A heading announcing a race still to come: 'Next Race Coming Up', 'Prossima gara'."""
    return _is_marker_shaped(block) and FUTURE_RE.search(block.text) is not None


def read_marker(block: Block) -> Marker | None:
    """The race, results or standings a heading or lead-in line announces; None for other blocks
    and for a race still to come ('Next Race Coming Up')."""
    return _read_marker(block.kind, block.text)


@functools.lru_cache(maxsize=1 << 14)  # several readers ask it of the same blocks
def _read_marker(kind: BlockKind, text: str) -> Marker | None:
    block = Block(kind, text, 0)  # what a block announces is a matter of its kind and text
    if not _is_marker_shaped(block) or FUTURE_RE.search(block.text):
        return None
    text = block.text
    competition = COMPETITION_TABLE_RE.match(text) and not any(
        pattern.search(text) for _, pattern in SESSION_PATTERNS
    )
    if STANDINGS_WORDS_RE.search(text) or competition or _after_race(text):
        after = STANDINGS_AFTER_RE.search(text)
        return Marker("standings", name=after["after"].strip(" .:") if after else text)
    for session, pattern in SESSION_PATTERNS:
        found = pattern.search(text)
        if not found:
            continue
        after = text[found.end() :]
        label = LABEL_RE.match(after)
        if label:
            after = after[label.end() :]
        ordinal = None if label else label_before(text[: found.start()], found.group(0))
        track = TRACK_RE.match(after)
        name_end = len(text) - len(after)
        if not track:  # "Corrida principal", "Race 1 Results": the words after belong to the name
            name_end += NAME_REST_RE.match(after).end()
        segment = _segment_around(text[:name_end], found.start())
        name = NAME_HEAD_RE.sub("", NAME_TAIL_RE.sub("", segment)).strip(" :–—-,") or segment
        name = race_name(name[:1].upper() + name[1:])
        if not is_race_name(text):  # 'Ann Lee wins the final race': named by its session word
            word = found.group(0)
            name = " ".join(
                [word[:1].upper() + word[1:].lower(), *([label["label"].upper()] if label else [])]
            )
        laps = LAPS_RE.search(text)
        track_name = track["track"].strip() if track else None
        if track_name and (RESULTS_WORDS_RE.search(track_name) or LAPS_RE.search(track_name)):
            track_name = None
        return Marker(
            "race",
            session=session,
            label=label["label"].upper() if label else ordinal,
            name=name,
            track=track_name,
            laps=int(laps["n"]) if laps and not laps["sign"] else None,
        )
    name = class_heading(text)
    if name is not None:
        return Marker("class", name=name)
    if RESULTS_WORDS_RE.search(text) and not ROUND_RE.fullmatch(text.strip()):
        return Marker("results", name=_results_name(text) if is_race_name(text) else None)
    return None


def _after_race(text: str) -> bool:
    """A classification word, then the race or round it follows ('La classifica dopo Gara1',
    'Classement après la manche 2'): the standings; not 'Classification after 20 laps'."""
    after = STANDINGS_AFTER_RE.search(text) if CLASSIFICATION_RE.search(text) else None
    if after is None or LAPS_RE.search(after["after"]):
        return False
    spaced = GLUED_NUMBER_RE.sub(" ", after["after"])  # 'Gara1'
    races = any(pattern.search(spaced) for _, pattern in SESSION_PATTERNS)
    return races or ROUND_RE.search(spaced) is not None or STAGES_RE.search(spaced) is not None


def class_heading(text: str) -> str | None:
    """The class a short heading opening with a class noun names ('Class 1', 'CATEGORÍA CADETES',
    'Klasse 2:'), as a race's name; None for other lines ('Class results in detail', 'Category
    winners were decided early')."""
    text = NAME_TAIL_RE.sub("", text.strip()).strip(" :–—-")
    words = HEADING_WORD_RE.findall(text)
    if not 2 <= len(words) <= MAX_CLASS_HEADING_WORDS or plain_lower(words[0]) not in CLASS_NOUNS:
        return None
    second = plain_lower(words[1])
    named = words[1][:1].isupper() and second not in NAME_WORDS | FURNITURE_WORDS
    if not (LABEL_RE.fullmatch(words[1]) or named) or RESULTS_WORDS_RE.fullmatch(second):
        return None  # 'Class A', 'Klasse 2', 'Categoría Cadetes'; not 'Class results', 'Group of'
    if STANDINGS_WORDS_RE.search(text):
        return None
    return race_name(text) if is_race_name(text) else None


def label_before(text: str, word: str = "") -> str | None:
    """The label an ordinal or a letter printed right before a session word gives ('Segunda ' of
    'Segunda Serie', '2. ' of '2. Lauf', 'B ' of 'B Feature'); None for other words ('Main ')."""
    found = ORDINAL_BEFORE_RE.search(text)
    if found is None:
        return None
    if found["letter"]:  # 'B Feature', not 'A race to remember'
        return found["letter"] if word[:1].isupper() else None
    return found["number"] or ORDINAL_LABELS.get(plain_lower(found["word"]))


def _results_name(text: str) -> str | None:
    """The race a results lead-in names: what follows its results word when it is a name
    ('SPEEDWAY Saturday's results MODIFIED F8' -> 'MODIFIED F8'), what precedes it when what
    follows is page furniture ('Class Results in Detail:' -> 'Class'), else the lead-in without
    its trailing results words."""
    found = RESULTS_WORDS_RE.search(text)
    before = text[: found.start()].strip(" :–—-|,;") if found else ""
    after = text[found.start() :] if found else ""
    after = NAME_TAIL_RE.sub("", NAME_HEAD_RE.sub("", after)).strip(" :–—-|,;.")
    words = after.split()
    while words and words[0].islower() and plain_lower(words[0]) in NAME_WORDS:
        words.pop(0)  # 'the' of 'Results of the Cadet Cup'
    after = " ".join(words)
    if after[:1].isupper() and _says_something(after):
        return after
    if before and _says_something(before) and not _says_something(after):
        return before
    return NAME_TAIL_RE.sub("", text).strip() or None


def _says_something(part: str) -> bool:
    """Words besides small ones and page furniture ('in Detail', 'below')."""
    words = [plain_lower(w) for w in HEADING_WORD_RE.findall(part)]
    return any(w not in NAME_WORDS and w not in FURNITURE_WORDS for w in words)


def _segment_around(text: str, index: int) -> str:
    """The comma- or colon-separated part of `text` holding position `index`:
    'Round 1, Montréal, Nations Cup race results' -> 'Nations Cup race results'."""
    start = max(text.rfind(",", 0, index), text.rfind(":", 0, index)) + 1
    ends = [i for i in (text.find(",", index), text.find(":", index)) if i != -1]
    return text[start : min(ends) if ends else len(text)].strip()


@dataclass
class SectionMap:
    """Which race section (or standings section) governs each block of a Document."""

    races: list[RaceSection]
    contexts: list[Context]  # one per block

    def race_at(self, block_index: int) -> RaceSection | None:
        """The race a block belongs to (for prose: the race its facts are about); None if none."""
        context = self.contexts[block_index]
        return context if isinstance(context, RaceSection) else None

    def context_at(self, block_index: int) -> Context:
        return self.contexts[block_index]


def _matching_race(races: list[RaceSection], marker: Marker) -> RaceSection | None:
    """An earlier race a results lead-in refers to: same session and label, no results yet."""
    candidates = [
        r for r in races if r.key == (marker.session, marker.label) and not r.result_blocks
    ]
    return candidates[-1] if candidates else None


def is_title(doc: Document, index: int) -> bool:
    """The page title ('Ribeiro wins Race 1 in Lisbon') names races but opens no section: an <h1>,
    or a plain-text first line longer than a heading."""
    block = doc.blocks[index]
    if block.level == 1:
        return True
    return index == 0 and len(block.text.split()) > MAX_TITLE_MARKER_WORDS


def find_sections(doc: Document, is_row: list[bool]) -> SectionMap:
    """Map every block to its race or standings section; `is_row[i]` says block i is a result or
    standings row (rows never open sections; a heading that is neither closes the current one)."""
    races: list[RaceSection] = []
    contexts: list[Context] = []
    current: Context = None
    parent: RaceSection | None = None  # the race a class heading below belongs to ('Race 1')
    for index, block in enumerate(doc.blocks):
        marker = None if is_row[index] or is_title(doc, index) else read_marker(block)
        if marker is None and _announces_next(block):
            current = parent = None  # 'Next Race Coming Up': no result of the race above follows
        if marker is None:
            if block.kind == "heading" and block.level is not None and not is_row[index]:
                current = parent = None  # an unrelated HTML heading ("What's next") ends it
            contexts.append(current)
            continue
        if marker.kind == "class":
            current = _class_race(marker.name or block.text, parent, index)
            races.append(current)
        elif marker.kind == "standings":
            current = StandingsSection(after=marker.name or block.text, block=index)
            parent = None
        elif marker.kind == "results":
            if not isinstance(current, RaceSection) or current.result_blocks:
                current = RaceSection(
                    race_name(marker.name or GENERIC_RACE_NAME), None, None, index
                )
                races.append(current)
        else:
            is_results_lead_in = bool(RESULTS_WORDS_RE.search(block.text))
            earlier = _matching_race(races, marker) if is_results_lead_in else None
            if isinstance(current, RaceSection) and current.key == (marker.session, marker.label):
                earlier = current if not current.result_blocks else earlier  # "Sprint race", then
                # "Sprint Race: Serra Verde, 8 Laps" announces the same race once more
            if earlier is not None:
                current = earlier
                earlier.track = earlier.track or marker.track
                earlier.laps = earlier.laps or marker.laps
            else:
                current = RaceSection(
                    marker.name or block.text, marker.session, marker.label, index,
                    track=marker.track, laps=marker.laps,
                )  # fmt: skip
                races.append(current)
            parent = current
        contexts.append(current)
    return SectionMap(races, contexts)


def _class_race(name: str, parent: RaceSection | None, index: int) -> RaceSection:
    """The race of a class a heading names: the class of the race above it ('Race 1' and 'Class
    A' is 'Race 1 Class A'), else a race of its own ('Class 1')."""
    if parent is None or parent.session is None:
        return RaceSection(name, None, None, index)
    return RaceSection(f"{parent.name} {name}", parent.session, parent.label, index,
                       track=parent.track, laps=parent.laps)  # fmt: skip


def round_number(*texts: str | None) -> int | None:
    """The round number the first text naming one gives ('Round 3, Tokyo' -> 3)."""
    for text in texts:
        match = ROUND_NUMBER_RE.search(text or "")
        if match:
            return int(match.group(1))
    return None


def roman_number(label: str) -> str:
    """'III' -> '3', 'IV' -> '4': Roman labels read as the numbers other editions print."""
    values = [ROMAN_VALUES[ch] for ch in label]
    total = sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))
    return str(total)


def race_label(name: str, session: str | None) -> str | None:
    """The letter or number telling a race from the others of its session, read once from its
    name: 'Semi-Final B' -> 'B', 'Gara 2' -> '2', 'Heat III' -> '3'; None when the name has none."""
    pattern = dict(SESSION_PATTERNS).get(session or "")
    found = pattern.search(name) if pattern else None
    label = LABEL_RE.match(name[found.end() :]) if found else None
    if label is None:
        return label_before(name[: found.start()], found.group(0)) if found else None
    text = label["label"].upper()
    return roman_number(text) if ROMAN_LABEL_RE.match(text) else text


def session_key(session: str, label: str | None) -> str:
    """A race's session and label as one key, alike in every language: 'semi-final B', 'final'."""
    return f"{session} {label}" if label else session


def _stated_key(name: str) -> tuple[Session, str] | None:
    """(session, key) of the first session a name states: ('semi-final', 'semi-final B')."""
    for session, pattern in SESSION_PATTERNS:
        if pattern.search(name):
            return session, session_key(session, race_label(name, session))
    return None


def qualifying_parent(name: str) -> str | None:
    """The key of the race a qualifying session's name says it belongs to: 'semi-final B' for
    'Semi-Final B qualifying' or 'Qualifiche Semifinale B'; None for a qualifying session of its
    own ('Qualifying', 'Qualifying 2') or a name with no qualifying word."""
    found = QUALIFYING_RE.search(name)
    if found is None:
        return None
    rest = f"{name[: found.start()]} {name[found.end() :]}".strip(QUALIFYING_SEPARATORS)
    stated = _stated_key(rest)
    return stated[1] if stated is not None and stated[0] != "qualifying" else None


def race_key(session: str | None, label: str | None, parent: str | None) -> str | None:
    """A race's key among the article's races, from the identity the extractor hands over:
    'semi-final B', 'race', 'semi-final B qualifying'; None for a race of unknown session."""
    if parent:
        return f"{parent} qualifying"
    return session_key(session, label) if session else None


def named_race_key(name: str | None) -> str | None:
    """The key of the race a name states, for a fact that names its race (a penalty, a margin):
    'semifinale B qualifying' -> 'semi-final B qualifying'; None when it states no session."""
    if not name:
        return None
    parent = qualifying_parent(name)
    if parent is not None:
        return race_key("qualifying", None, parent)
    stated = _stated_key(name)
    return stated[1] if stated is not None else None


def race_identity(name: str, session: str | None) -> dict[str, str | int | None]:
    """A race's session, label, round and (a qualifying session's) parent race as its name states
    them: the fields `Race` hands over so that curation never re-parses names ('Heat B' ->
    session 'heat', label 'B'; 'Semi-Final B qualifying' -> parent 'semi-final B')."""
    return {
        "session": session,
        "label": race_label(name, session),
        "round": round_number(name),
        "parent": qualifying_parent(name) if session == "qualifying" else None,
    }


def ranking_headings(doc: Document, is_row: list[bool]) -> set[int]:
    """The 'Top …' headings of a run of rankings, one list under each, where a heading says the
    run ranks no drivers ('Top 7', 'Top GB Teams', 'Top 5 Other Nations': clubs and nations by
    some measure): the lists under them are no race's result. A 'Top 10' alone stays a race's
    top ten."""
    tops = [
        i for i, b in enumerate(doc.blocks) if b.kind == "heading" and TOP_HEADING_RE.match(b.text)
    ]
    runs: list[list[int]] = []
    for index in tops:
        if runs:
            between = range(runs[-1][-1] + 1, index)
            notes = sum(not is_row[i] for i in between)
            if any(is_row[i] for i in between) and notes <= MAX_RANKING_NOTES:
                runs[-1].append(index)
                continue
        runs.append([index])
    return {
        index
        for run in runs
        if any(_ranks_no_drivers(doc.blocks[i].text) for i in run)
        for index in run
    }


def _ranks_no_drivers(text: str) -> bool:
    """'Top GB Teams', 'Top 5 Other Nations': a ranking naming a kind of entrant that is no
    driver."""
    return any(plain_lower(w) in RANKED_KINDS for w in HEADING_WORD_RE.findall(text))
