"""Turn extracted articles into rows of the curated tables (pure): keys derived from content,
Ergast-style positions, one dict per row keyed by the column names of `schemas.tables`."""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from extractors.nations import plain_lower
from extractors.records import ArticleMeta, Evidence, ExtractedArticle, Race
from extractors.sections import race_key, round_number, session_key
from schemas.tables import ARTICLE_TABLES

Row = dict[str, Any]
Rows = dict[str, list[Row]]

# any run of characters that is not a letter or digit: "Semi-Final B" -> "semi final b"
NON_WORD = re.compile(r"[\W_]+")
# letters NFKD does not split into a base letter and an accent
UNDECOMPOSABLE = str.maketrans(
    {"ø": "o", "ß": "ss", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i"}
)


def fold(text: str) -> str:
    """Accent-free lower case ('López' -> 'lopez', 'Søren' -> 'soren'): one key per spelling."""
    return plain_lower(text.casefold().translate(UNDECOMPOSABLE))


def slug(*parts: object) -> str:
    """A key from content: each part folded to snake_case, parts joined by '-'."""
    return "-".join(NON_WORD.sub("_", fold(str(part))).strip("_") for part in parts)


@functools.lru_cache(maxsize=1 << 16)  # publishing keys every printed name of every season
def driver_ref(name: str) -> str:
    """Driver key, the same in every article that spells the name alike up to accents and case."""
    return slug(name)


def _race_parts(races: list[Race]) -> list[str]:
    """Each race's language-independent part of its key: session and label ('semi-final B'),
    unlabelled races of a session repeated in the article numbered 1, 2, ... in article order;
    a race of unknown session keeps its name; a race's qualifying session is its race's part
    and 'qualifying' ('semi-final B qualifying'), however many races the article reports."""
    unlabelled = Counter(r.session for r in races if not r.label and r.parent is None)
    seen: Counter[str | None] = Counter()
    parts: list[str] = []
    for race in races:
        label = race.label
        if race.parent is not None:
            parts.append("")  # filled in below, from its race
        elif race.session is None:
            parts.append(race.name)
        else:
            if label is None and unlabelled[race.session] > 1:
                seen[race.session] += 1
                label = str(seen[race.session])
            parts.append(session_key(race.session, label))
    own_part: dict[str | None, str] = {}
    for race, part in zip(races, parts, strict=True):
        if race.parent is None and race.session is not None:
            own_part.setdefault(race_key(race.session, race.label, None), part)
    for index, race in enumerate(races):
        if race.parent is not None:
            parts[index] = f"{own_part.get(race.parent, race.parent)} qualifying"
    return parts


def race_round(meta: ArticleMeta, race: Race) -> int | None:
    """The race's round: as the event's name states it, else as the race's name does."""
    number = round_number(meta.event)
    return number if number is not None else race.round


def event_key(meta: ArticleMeta, race: Race) -> str | None:
    """The event part of a key: 'round N' when a round number is known (localized editions name
    the venue differently), else the event's name (accents folded by `slug`)."""
    number = race_round(meta, race)
    return f"round {number}" if number is not None else meta.event


def race_refs(article: ExtractedArticle) -> list[str]:
    """Keys of the article's races from language-independent content: series-season-event-session
    (round number when known; session and label, e.g. 'semi_final_b', 'race_2'; a race's
    qualifying after its race, 'semi_final_b_qualifying'), so translated editions of a report
    key their races alike. Without series, season and event the key is scoped to the article
    (two races of unknown events never merge); repeats get '_2', '_3'."""
    meta = article.extraction.article
    races = article.extraction.races
    bases = []
    for race, part in zip(races, _race_parts(races), strict=True):
        event = event_key(meta, race)
        scope = (meta.series, meta.season, event) if meta.series and meta.season and event else None
        bases.append(slug(*(scope or (article.article_key,)), part))
    seen = [bases[:i].count(base) for i, base in enumerate(bases)]
    return [f"{base}_{n + 1}" if n else base for base, n in zip(bases, seen, strict=True)]


def standings_ref(article: ExtractedArticle, after: str | None) -> str:
    """Key of a standings list: series-season-after, else article-scoped. `after` is read as
    the round it follows: 'round N' when it names a round number; else it is told apart by the
    article's event ('round 4 race 2', 'tokyo grand final'), so that standings stated in prose
    (no `after`) and a list printed after 'Round 4' share one key, while lists after a race of
    two different rounds, or after two races of one round, keep their own."""
    meta = article.extraction.article
    if (number := round_number(after)) is not None:
        label: str | None = f"round {number}"
    else:
        number = round_number(meta.event)
        event = f"round {number}" if number is not None else meta.event
        label = " ".join(filter(None, [event, after])) or None
    if meta.series and meta.season and label:
        return slug(meta.series, meta.season, label)
    return slug(article.article_key, after or "standings")


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _timestamp(text: str | None) -> datetime | None:
    try:
        stamp = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    if stamp is not None and stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp


def _evidence(evidence: Evidence) -> Row:
    return {
        "evidence_text": evidence.text,
        "evidence_start": evidence.start,
        "evidence_end": evidence.end,
    }


def _article_row(article: ExtractedArticle) -> Row:
    meta = article.extraction.article
    return {
        "article_key": article.article_key,
        "season": meta.season,
        "series": meta.series,
        "event": meta.event,
        "title": meta.title,
        "published": _date(meta.published),
        "language": meta.language,
        "url": article.url or meta.url,
        "canonical_url": article.canonical_url,
        "fetched_at": _timestamp(article.fetched_at),
        "page_hash": article.page_hash,
        "extractor_version": article.extractor_version,
        "race_count": len(article.extraction.races),
    }


def _race_date(meta: ArticleMeta, race: Race) -> Row:
    """The race's date as extracted, else (an extraction older than race dates) the article's."""
    if race.date:
        return {"date": _date(race.date), "date_source": race.date_source}
    published = _date(meta.published)
    return {"date": published, "date_source": "published" if published else None}


def _race_row(meta: ArticleMeta, race: Race, ref: str, provenance: Row) -> Row:
    return {
        "race_ref": ref,
        "season": meta.season,
        "series": meta.series,
        "round": race_round(meta, race),
        "event": meta.event,
        "race_name": race.name,
        "session": race.session,
        "track": race.track,
        "laps": race.laps,
        "car": race.car,
        **_race_date(meta, race),
        "result_count": len(race.results),
        **provenance,
    }


def _result_rows(race: Race, ref: str, season: int | None, provenance: Row) -> list[Row]:
    """Rows of one race; position_order ranks classified rows by position, then the rest in
    list order (ties keep list order: duplicated positions are left for validation to see)."""
    order = sorted(
        range(len(race.results)),
        key=lambda i: (race.results[i].position is None, race.results[i].position or 0, i),
    )
    rank = {index: n for n, index in enumerate(order, start=1)}
    rows = []
    for index, result in enumerate(race.results):
        printed = result.position_text or (
            str(result.position) if result.position is not None else None
        )
        rows.append(
            {
                "race_ref": ref,
                "season": season,
                "position": result.position,
                "position_text": printed,
                "position_order": rank[index],
                "driver_ref": driver_ref(result.driver),
                "driver_name": result.driver,
                "crew": list(result.crew),
                "number": result.car_number,
                "nation": result.nation,
                "team": result.team,
                "car": result.car,
                "points": result.points,
                "laps": result.laps,
                "time": result.time_text,
                "milliseconds": round(result.time_s * 1000) if result.time_s is not None else None,
                "gap_s": result.gap_s,
                "gap_text": result.gap_text,
                "status": result.status,
                "status_detail": result.status_detail,
                "qualified": result.qualified,
                "method": result.method,
                "confidence": result.confidence,
                **_evidence(result.evidence),
                **provenance,
            }
        )
    return sorted(rows, key=lambda row: row["position_order"])


class _RaceLookup:
    """race_ref of the race a penalty, margin or conflict belongs to: by the race's name (folded),
    else by the key the extractor handed over ('semi-final B qualifying'); a fact naming no race,
    or one whose race states no session, belongs to the only race when the article reports
    exactly one."""

    def __init__(self, races: list[Race], refs: list[str]) -> None:
        self.by_name: dict[str, str] = {}
        self.by_key: dict[str | None, str] = {}
        for race, ref in zip(races, refs, strict=True):
            self.by_name.setdefault(fold(race.name), ref)
            if (key := race_key(race.session, race.label, race.parent)) is not None:
                self.by_key.setdefault(key, ref)
        if len(refs) == 1:
            self.by_key[None] = refs[0]

    def ref(self, name: str | None, key: str | None = None) -> str | None:
        """The race_ref of the race named `name` (key `key`), else None."""
        if not name:
            return self.by_key.get(None)
        return self.by_name.get(fold(name)) or self.by_key.get(key)


def _in_text_order(items: list) -> list:
    return sorted(items, key=lambda item: item.evidence.start)


def tabulate_article(article: ExtractedArticle) -> Rows:
    """Rows of every article table for one article."""
    extraction = article.extraction
    meta = extraction.article
    season = meta.season
    provenance = {
        "article_key": article.article_key,
        "extractor_version": article.extractor_version,
    }
    refs = race_refs(article)
    race_of = _RaceLookup(extraction.races, refs)

    rows: Rows = {table.name: [] for table in ARTICLE_TABLES}
    rows["articles"].append(_article_row(article))
    for race, ref in zip(extraction.races, refs, strict=True):
        rows["races"].append(_race_row(meta, race, ref, provenance))
        rows["results"] += _result_rows(race, ref, season, provenance)
    for standing in extraction.standings:
        rows["standings"].append(
            {
                "standings_ref": standings_ref(article, standing.after),
                "season": season,
                "series": meta.series,
                "after": standing.after,
                "position": standing.position,
                "driver_ref": driver_ref(standing.driver),
                "driver_name": standing.driver,
                "nation": standing.nation,
                "points": standing.points,
                "confidence": standing.confidence,
                **_evidence(standing.evidence),
                **provenance,
            }
        )
    for number, penalty in enumerate(_in_text_order(extraction.penalties), start=1):
        rows["penalties"].append(
            {
                "article_key": article.article_key,
                "penalty_no": number,
                "season": season,
                "race_ref": race_of.ref(penalty.race, penalty.race_key),
                "race_name": penalty.race,
                "driver_ref": driver_ref(penalty.driver) if penalty.driver else None,
                "driver_name": penalty.driver,
                "kind": penalty.kind,
                "penalty_s": penalty.seconds,
                "reason": penalty.reason,
                "lap": penalty.lap,
                "withdrawn": penalty.withdrawn,
                **_evidence(penalty.evidence),
                "extractor_version": article.extractor_version,
            }
        )
    for number, interval in enumerate(_in_text_order(extraction.intervals), start=1):
        rows["intervals"].append(
            {
                "article_key": article.article_key,
                "interval_no": number,
                "season": season,
                "race_ref": race_of.ref(interval.race, interval.race_key),
                "race_name": interval.race,
                "ahead_ref": driver_ref(interval.ahead) if interval.ahead else None,
                "ahead_name": interval.ahead,
                "behind_ref": driver_ref(interval.behind) if interval.behind else None,
                "behind_name": interval.behind,
                "margin_s": interval.seconds,
                **_evidence(interval.evidence),
                "extractor_version": article.extractor_version,
            }
        )
    for number, stated in enumerate(_in_text_order(extraction.driver_nations), start=1):
        rows["driver_nations"].append(
            {
                "article_key": article.article_key,
                "nation_no": number,
                "season": season,
                "driver_ref": driver_ref(stated.driver),
                "driver_name": stated.driver,
                "nation": stated.nation,
                **_evidence(stated.evidence),
                "extractor_version": article.extractor_version,
            }
        )
    for number, conflict in enumerate(_in_text_order(extraction.conflicts), start=1):
        rows["conflicts"].append(
            {
                "article_key": article.article_key,
                "conflict_no": number,
                "season": season,
                # only a race the conflict names: a nation stated apart belongs to no race
                "race_ref": race_of.ref(conflict.race) if conflict.race else None,
                "race_name": conflict.race,
                "driver_ref": driver_ref(conflict.driver) if conflict.driver else None,
                "driver_name": conflict.driver,
                "field": conflict.field,
                "kept": conflict.kept,
                "other": conflict.other,
                **_evidence(conflict.evidence),
                "extractor_version": article.extractor_version,
            }
        )
    return rows


def tabulate(articles: Iterable[ExtractedArticle]) -> Rows:
    """Rows of every article table for many articles, in input order."""
    rows: Rows = {table.name: [] for table in ARTICLE_TABLES}
    for article in articles:
        for name, table_rows in tabulate_article(article).items():
            rows[name] += table_rows
    return rows


def driver_rows(
    results: Iterable[tuple[int | None, Row]],
    standings: Iterable[tuple[int | None, Row]],
    stated_nations: Iterable[Row] = (),
) -> list[Row]:
    """The drivers table from published (season, row) pairs of results and standings: the
    spelling of the key and the nation seen most often (ties: alphabetical), else the nation the
    text states most often (`stated_nations`: driver_nations rows), every spelling (short names
    resolved to the driver included) as an alias."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    nations: dict[str, Counter[str]] = defaultdict(Counter)
    stated: dict[str, Counter[str]] = defaultdict(Counter)
    for row in stated_nations:
        stated[row["driver_ref"]][row["nation"]] += 1
    seasons: dict[str, set[int]] = defaultdict(set)
    result_counts: Counter[str] = Counter()

    def see(season: int | None, row: Row) -> str:
        ref = row["driver_ref"]
        names[ref][row["driver_name"]] += 1
        if row.get("nation"):
            nations[ref][row["nation"]] += 1
        if season:
            seasons[ref].add(season)
        return ref

    for season, row in results:
        result_counts[see(season, row)] += 1
    for season, row in standings:
        see(season, row)

    def most_common(counts: Counter[str]) -> str | None:
        return min(counts, key=lambda value: (-counts[value], value)) if counts else None

    def display_name(ref: str) -> str | None:
        """The spelling seen most often among those the key is made of (a full name, not the
        initial or surname that was resolved to it), else among all."""
        own = Counter({n: c for n, c in names[ref].items() if driver_ref(n) == ref})
        return most_common(own or names[ref])

    return [
        {
            "driver_ref": ref,
            "name": display_name(ref),
            "nation": most_common(nations[ref]) or most_common(stated[ref]),
            "aliases": sorted(names[ref]),
            "first_season": min(seasons[ref], default=None),
            "last_season": max(seasons[ref], default=None),
            "result_count": result_counts[ref],
        }
        for ref in sorted(names)
    ]
