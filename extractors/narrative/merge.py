"""Prose facts merged into an article's list-based Extraction: the list wins for positions, gaps,
points and names; prose adds what the list lacks (nations, penalties, margins, races told only in
prose, drivers a result or standings list leaves out); disagreements become `conflicts` entries,
never silent overwrites."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable

from rapidfuzz import fuzz

from extractors.document import Document
from extractors.name_gate import ProseNames, driver_name, name_kind, published_name
from extractors.names import fold_name
from extractors.narrative.drivers import INITIAL_WORD_RE, MIN_FUZZY_LENGTH, SURNAME_SIMILARITY
from extractors.narrative.extract import UNNAMED_RACE, NarrativeFacts, ParsedProse, read_facts
from extractors.narrative.facts.margins import printed_winning_margins
from extractors.narrative.facts.placings import QUALIFYING_SUFFIX
from extractors.nations import plain_lower
from extractors.records import Conflict, Extraction, Interval, Race, ResultRow, Standing
from extractors.sections import CLASS_NOUNS, SectionMap

# Gaps read from a list and a margin stated in prose agree within this many seconds.
GAP_TOLERANCE_S = 0.0015
# Words that make a margin an approximation: "less than a tenth", "almost four seconds"
APPROXIMATIONS = frozenset(
    {"less", "more", "over", "under", "almost", "nearly", "around", "about", "some", "roughly"}
)
# Places a prose race and a printed one share (same driver, same place) to be one race.
MIN_SAME_ROWS = 2
# "0.3s", "1,204": the decimals a margin is printed with
DECIMALS_RE = re.compile(r"\d[.,](\d+)")


class NameMap:
    """Prose display names -> the spelling the article's lists use for the same driver."""

    def __init__(self, list_names: Iterable[str]) -> None:
        self.list_names = list(dict.fromkeys(list_names))

    def __call__(self, name: str | None) -> str | None:
        if name is None:
            return None
        key = fold_name(name)
        words = key.split()
        for candidate in self.list_names:
            other = fold_name(candidate)
            if other == key:
                return candidate
        for candidate in self.list_names:
            other = fold_name(candidate).split()
            same_surname = words[-1] == other[-1] or (
                min(len(words[-1]), len(other[-1])) >= MIN_FUZZY_LENGTH
                and fuzz.ratio(words[-1], other[-1]) >= SURNAME_SIMILARITY
            )
            if same_surname and (len(words) == 1 or words[0][:1] == other[0][:1]):
                return candidate
        return name


def list_drivers(extraction: Extraction) -> dict[str, str | None]:
    """Driver -> nation (None when the row has none) of every result or standings row."""
    drivers: dict[str, str | None] = {}
    rows = [row for race in extraction.races for row in race.results]
    for row in [*rows, *extraction.standings]:
        if drivers.get(row.driver) is None:
            drivers[row.driver] = row.nation
    return drivers


def merge_narrative(extraction: Extraction, facts: NarrativeFacts, text: str = "") -> Extraction:
    """`extraction` (lists and tables) with the prose facts of the same article merged in; the
    article's `text` settles the names prose gives (`ProseNames`)."""
    merged = extraction.model_copy(deep=True)
    name = NameMap(list_drivers(merged))
    settled = ProseNames(text, merged.article.language)
    conflicts = list(merged.conflicts)
    for conflict in facts.conflicts:
        conflicts.append(conflict.model_copy(update={"driver": name(conflict.driver)}))
    crews = _crews(merged)
    prose_nations = [
        n.model_copy(update={"driver": driver_name(driver) or driver})
        for n in facts.driver_nations
        if (driver := _crew_member(_settled(n.driver, name, settled), n.evidence.text, crews))
        and _names_person(driver, name)
    ]
    nation_of = {name(n.driver): n for n in prose_nations}
    co_drivers = {
        fold_name(member)
        for race in merged.races
        for row in race.results
        for member in row.crew
        if fold_name(member) != fold_name(row.driver)
    }
    for story in facts.races:
        _merge_race(merged, _without(_gated(story, name, settled), co_drivers), name, conflicts)
    for standing in facts.standings:
        driver = _standing_name(_settled(standing.driver, name, settled), name)
        if driver is not None:
            _merge_standing(merged, standing.model_copy(update={"driver": driver}), conflicts)
    for race in merged.races:
        race.results = [_with_nation(row, nation_of, race.name, conflicts) for row in race.results]
    merged.driver_nations = list(merged.driver_nations) + [
        n.model_copy(update={"driver": name(n.driver)}) for n in prose_nations
    ]  # entry lists' pairs first, then the prose's
    merged.penalties = list(merged.penalties) + [
        p.model_copy(update={"driver": driver})
        for p in facts.penalties
        if _names_anyone(driver := _settled(p.driver, name, settled), p.driver)
    ]
    intervals = [
        i.model_copy(update={"ahead": ahead, "behind": behind})
        for i in facts.intervals
        if _names_anyone(ahead := _settled(i.ahead, name, settled), i.ahead)
        and _names_anyone(behind := _settled(i.behind, name, settled), i.behind)
    ]
    conflicts += [c for i in intervals if (c := _gap_conflict(merged, i)) is not None]
    printed = printed_winning_margins(merged.races, [*merged.intervals, *intervals])
    merged.intervals = [
        *merged.intervals,
        *(i for i in intervals if not any(_same_margin(i, p) for p in printed)),
        *printed,
    ]
    merged.conflicts = conflicts
    return merged


def _crews(extraction: Extraction) -> dict[str, list[str]]:
    """Printed crews of two or more people ('Lind A. – Moss B.') -> their members."""
    return {
        row.driver: row.crew
        for race in extraction.races
        for row in race.results
        if len({fold_name(member) for member in row.crew}) >= 2
        and fold_name(row.driver) not in {fold_name(member) for member in row.crew}
    }


def _crew_member(driver: str | None, told: str, crews: dict[str, list[str]]) -> str | None:
    """A prose nation's driver; where it is a printed crew, the one member the evidence `told`
    names, without the initials ('the Swedish Lind' of 'Lind A. – Moss B.' is Lind's), since
    one member's nation is not the crew's; None where the evidence names no member alone (a
    role, 'the Swede', is either of them)."""
    members = crews.get(driver) if driver is not None else None
    if members is None:
        return driver
    told_words = set(fold_name(told).split())
    named = []
    for member in members:
        words = [w for w in member.split() if not INITIAL_WORD_RE.match(w)]
        if words and {fold_name(w) for w in words} <= told_words:
            named.append(" ".join(words))
    return named[0] if len(named) == 1 else None


def _names_anyone(driver: str | None, told: str | None) -> bool:
    """A penalty's or a margin's driver that may be one: a person, a team, or no name at all
    where prose `told` none (a penalty or margin whose driver prose does not settle), never a
    class, a region or a competition ('Nordic World Challenge'), nor a name the text settles
    as no driver's (`ProseNames`)."""
    if driver is None:
        return told is None
    return name_kind(driver) != "other"


def _standing_name(driver: str | None, name: NameMap) -> str | None:
    """A prose standing's name: a driver the lists name as they spell it, a person's without
    the word before it ('KTM-Pilotin Marylin …'), a team's as told; a class's or a region's
    ('Senior Max', 'Lazio') is no standing prose settles."""
    if driver is None or driver in name.list_names:
        return driver
    kind = name_kind(driver)
    if kind == "other":
        return None
    return driver_name(driver) if kind == "person" else driver


def _names_person(driver: str | None, name: NameMap) -> bool:
    """A prose name the gate on names lets through: a driver the lists name, or a person."""
    return driver is not None and (driver in name.list_names or name_kind(driver) == "person")


def _settled(driver: str | None, name: NameMap, settled: ProseNames) -> str | None:
    """A prose name as the lists spell it, else as the article's text settles it (`ProseNames`):
    None when it names no driver ('Mesmo', 'einem Zwischenfall')."""
    listed = name(driver)
    if listed is None or listed in name.list_names:
        return listed
    return name(settled(listed))


def _gated(story: Race, name: NameMap, settled: ProseNames | None = None) -> Race:
    """A prose race's rows through the one gate on names: a row naming a team, a make, a class,
    a region or a code rather than a driver is dropped ('Seat termine quatrième', 'Vittoria per
    il Lazio'), a place word before a name cut ('Victorian Tom Hale'), a name the article's text
    settles otherwise given as it settles it (`ProseNames`)."""
    rows = []
    for row in story.results:
        driver = _settled(row.driver, name, settled) if settled else name(row.driver)
        kept = driver is not None and driver in name.list_names
        published = published_name(driver, entry=kept, printed=False) if driver else None
        if published is not None:
            rows.append(row.model_copy(update={"driver": published}))
    return story.model_copy(update={"results": rows})


def _without(story: Race, co_drivers: set[str]) -> Race:
    """A prose race without the rows naming a printed crew's co-driver ('X and her co-driver Y
    won'): the crew's printed row is its result, keyed on its driver."""
    rows = [row for row in story.results if fold_name(row.driver) not in co_drivers]
    return story.model_copy(update={"results": rows})


def _one_per_place(story: Race) -> list[ResultRow]:
    """A prose race's rows with one driver per place: the place told first keeps its driver;
    another driver given the same place belongs to a race the prose did not tell apart
    ('Kuipers won race one ... Koldeweij won race two', both read into one race) and is dropped."""
    first: dict[int, ResultRow] = {}
    for row in sorted(story.results, key=lambda r: r.evidence.start):
        if row.position is not None:
            first.setdefault(row.position, row)
    kept = {id(row) for row in first.values()}
    return [r for r in story.results if r.position is None or id(r) in kept]


def _other_race(race: Race, story: Race) -> bool:
    """Two races both names tell apart: sessions or labels stated on both sides that differ
    ('Race 1' and 'Race 2' with the same winner and runner-up stay two races)."""
    sessions = race.session and story.session and race.session != story.session
    labels = race.label and story.label and race.label != story.label
    return bool(sessions or labels)


def _same_rows(extraction: Extraction, story: Race) -> Race | None:
    """The printed race whose rows prose tells again: most of its told places (two or more)
    are the printed race's, same driver in the same place."""
    told = {(row.driver, row.position) for row in story.results if row.position is not None}
    best, agreed = None, 0
    for race in extraction.races:
        if _other_race(race, story):
            continue
        same = len(told & _placed(race))
        if same > agreed:
            best, agreed = race, same
    return best if agreed >= MIN_SAME_ROWS and agreed * 2 >= len(told) else None


def _class_name(name: str) -> str:
    """A race's name without the class noun opening it: 'Categoria MX4' and 'MX4' name one class
    (prose says the noun, a list's heading may not)."""
    words = name.split()
    if len(words) > 1 and plain_lower(words[0]) in CLASS_NOUNS:
        words = words[1:]
    return " ".join(words).casefold()


def _target_race(extraction: Extraction, story: Race) -> Race | None:
    for race in extraction.races:
        if race.name.casefold() == story.name.casefold():
            return race
    told = _class_name(story.name)
    named = [r for r in extraction.races if _class_name(r.name) == told]
    if len(named) == 1 and not _other_race(named[0], story):
        return named[0]
    same = _same_rows(extraction, story)
    if same is not None:
        return same
    if story.name == UNNAMED_RACE:  # prose outside any section, one race in the article
        races = [r for r in extraction.races if r.session != "qualifying"]
        if len(races) == 1:
            return races[0]
        return next((r for r in races if _prints_all(r, story)), None)
    return None


def _prints_all(race: Race, story: Race) -> bool:
    """Every row prose tells is printed in `race`, same driver in the same place: the story tells
    that race again (a classification's winner, its final's winner too)."""
    return bool(story.results) and _placed(story) <= _placed(race)


def _placed(race: Race) -> set[tuple[str, int | None]]:
    """The race's rows as (driver, place) pairs."""
    return {(row.driver, row.position) for row in race.results}


def _merge_race(
    extraction: Extraction, story: Race, name: NameMap, conflicts: list[Conflict]
) -> None:
    target = _target_race(extraction, story)
    if target is None:
        rows = [r.model_copy(update={"driver": name(r.driver)}) for r in _one_per_place(story)]
        _insert_race(extraction.races, story.model_copy(update={"results": rows}))
        return
    by_driver = {row.driver: k for k, row in enumerate(target.results)}
    taken = {row.position: row.driver for row in target.results if row.position is not None}
    for row in story.results:
        driver = name(row.driver)
        if driver in by_driver:
            listed = target.results[by_driver[driver]]
            if (
                row.position is not None
                and listed.position is not None
                and row.position != listed.position
            ):
                conflicts.append(
                    Conflict(
                        race=target.name,
                        driver=driver,
                        field="position",
                        kept=str(listed.position),
                        other=str(row.position),
                        evidence=row.evidence,
                    )
                )
            if row.qualified and not listed.qualified:
                target.results[by_driver[driver]] = listed.model_copy(update={"qualified": True})
        elif row.position is not None and row.position in taken:
            conflicts.append(
                Conflict(
                    race=target.name,
                    driver=driver,
                    field="position",
                    kept=None,
                    other=str(row.position),
                    evidence=row.evidence,
                )
            )
        else:
            target.results.append(row.model_copy(update={"driver": driver}))
            if row.position is not None:
                taken[row.position] = driver
    target.results.sort(key=lambda r: (r.position is None, r.position or 0))


def _merge_standing(extraction: Extraction, standing: Standing, conflicts: list[Conflict]) -> None:
    """A prose total joins the article's printed standings (its only list, else the one with no
    `after`), taking their `after`. The list keeps a driver it has (a different total or position
    becomes a conflict) and a position it gives another driver; prose adds the drivers it lacks.
    A total some printed table gives the driver already (of several class tables) adds nothing."""
    if any(
        s.driver == standing.driver and s.points == standing.points for s in extraction.standings
    ):
        return
    printed = list(dict.fromkeys(s.after for s in extraction.standings))
    after = printed[0] if len(printed) == 1 else standing.after
    same = [s for s in extraction.standings if s.after == after]
    listed = next((s for s in same if s.driver == standing.driver), None)
    disagreements: list[tuple[str, str | None, str]] = []
    if listed is not None:
        if listed.points != standing.points:
            disagreements.append(("points", f"{listed.points:g}", f"{standing.points:g}"))
        if standing.position is not None and listed.position not in (None, standing.position):
            disagreements.append(
                ("standings position", str(listed.position), str(standing.position))
            )
    elif standing.position is not None and standing.position in {s.position for s in same}:
        disagreements.append(("standings position", None, str(standing.position)))
    else:
        extraction.standings.append(standing.model_copy(update={"after": after}))
    for field, kept, other in disagreements:  # a standings list is no race: `race` stays null
        conflicts.append(
            Conflict(
                driver=standing.driver,
                field=field,
                kept=kept,
                other=other,
                evidence=standing.evidence,
            )
        )


def _insert_race(races: list[Race], race: Race) -> None:
    """A race only prose tells: its qualifying right before the race, anything else at the end."""
    if race.name.endswith(QUALIFYING_SUFFIX):
        base = race.name[: -len(QUALIFYING_SUFFIX)]
        at = next((k for k, r in enumerate(races) if r.name == base), None)
        if at is not None:
            races.insert(at, race)
            return
    races.append(race)


def row_blocks(doc: Document, extraction: Extraction) -> set[int]:
    """Blocks that hold a result or standings row of `extraction`: lines, not prose."""
    starts = sorted(
        [row.evidence.start for race in extraction.races for row in race.results]
        + [standing.evidence.start for standing in extraction.standings]
    )
    found = set()
    for index, block in enumerate(doc.blocks):
        at = bisect_left(starts, block.start)
        if at < len(starts) and starts[at] < block.end:
            found.add(index)
    return found


def _with_nation(
    row: ResultRow, nation_of: dict, race: str, conflicts: list[Conflict]
) -> ResultRow:
    stated = nation_of.get(row.driver)
    if stated is None:
        return row
    if row.nation is None:
        return row.model_copy(update={"nation": stated.nation})
    if row.nation != stated.nation and row.method != "narrative":
        conflicts.append(
            Conflict(
                race=race,
                driver=row.driver,
                field="nation",
                kept=row.nation,
                other=stated.nation,
                evidence=stated.evidence,
            )
        )
    return row


def _same_margin(told: Interval, printed: Interval) -> bool:
    """A prose margin naming no one behind ('won by half a second') that the race's rows print
    exactly ('2. X +0.512'): one margin, the printed one kept."""
    return (
        told.behind is None
        and told.race == printed.race
        and told.ahead == printed.ahead
        and abs(told.seconds - printed.seconds) <= margin_tolerance(told.seconds_text)
    )


def margin_tolerance(printed: str | None) -> float:
    """How far a list gap may differ from a prose margin that still agrees with it: half a unit
    of the last digit printed ('0.3s' covers 0.25-0.35), a second for numbers in words ('two
    seconds'), anything for approximations ('less than a tenth', 'almost four seconds')."""
    if printed is None:
        return GAP_TOLERANCE_S
    words = printed.lower().split()
    if APPROXIMATIONS & set(words):
        return math.inf
    decimals = DECIMALS_RE.search(printed)
    if decimals:
        return 0.5 * 10 ** -len(decimals.group(1)) + GAP_TOLERANCE_S
    if any(ch.isdigit() for ch in printed):
        return 0.5 + GAP_TOLERANCE_S
    return 1.0  # "two seconds", "half a second", "a tenth": said, not timed


def _gap_conflict(extraction: Extraction, interval: Interval) -> Conflict | None:
    """A prose margin that disagrees with the gaps of the race's list."""
    race = next((r for r in extraction.races if r.name == interval.race), None)
    if race is None or interval.ahead is None or interval.behind is None:
        return None
    rows = {r.driver: r for r in race.results if r.method != "narrative"}
    ahead, behind = rows.get(interval.ahead), rows.get(interval.behind)
    if ahead is None or behind is None or behind.gap_s is None:
        return None
    ahead_gap = 0.0 if ahead.position == 1 and ahead.gap_s is None else ahead.gap_s
    if ahead_gap is None:
        return None
    listed = round(behind.gap_s - ahead_gap, 3)
    if abs(listed - interval.seconds) <= margin_tolerance(interval.seconds_text):
        return None
    return Conflict(
        race=race.name,
        driver=interval.behind,
        field="interval",
        kept=f"{listed:g}",
        other=f"{interval.seconds:g}",
        evidence=interval.evidence,
    )


def add_prose_facts(
    extraction: Extraction, prose: ParsedProse, sections: SectionMap | None = None
) -> Extraction:
    """Read the parsed prose of an article whose lists gave `extraction` (their names and nations
    help resolve the prose's references) and merge what it states."""
    known = {
        driver: nation
        for driver, nation in list_drivers(extraction).items()
        if name_kind(driver) != "team" or _raced(extraction, driver)
    }  # a makers' standings line ('Kite 65 pts') names no one the prose may describe
    nations = {driver: nation for driver, nation in known.items() if nation}
    facts = read_facts(prose, known_names=known, known_nations=nations, sections=sections)
    return merge_narrative(extraction, facts, prose.document.text)


def _raced(extraction: Extraction, driver: str) -> bool:
    """Whether a result row of the extraction names `driver`."""
    return any(row.driver == driver for race in extraction.races for row in race.results)
