"""The curated tables: one definition per table (columns, types, keys, partitioning), from which
the pyarrow schemas and the human docs (`schemas/TABLES.md`) are derived.

Naming follows the Ergast / Jolpica results database in snake_case: `position` (null when not
classified) beside `position_text` as printed and `position_order` ranking everyone, `status`,
`*_ref` slugs as keys, units in the names of numbers (`gap_s`). Keys are derived from content.

Regenerate the docs with `python -m schemas.tables > schemas/TABLES.md`.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

UNKNOWN_SEASON = 0
"""Partition (`season=0`) of rows whose article states no season: readers see season 0."""

PARTITION_COLUMN = "season"


@dataclass(frozen=True)
class Column:
    """One column: its name, arrow type, whether it may be null, and what it means."""

    name: str
    type: pa.DataType
    nullable: bool
    description: str

    def field(self) -> pa.Field:
        return pa.field(
            self.name, self.type, self.nullable, metadata={"description": self.description}
        )


@dataclass(frozen=True)
class Table:
    """A curated table: its columns, primary key, row order and partition column (or none)."""

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    partitioned: bool = True
    order_by: tuple[str, ...] = ()

    @property
    def sort_keys(self) -> tuple[str, ...]:
        """Columns that order the rows of a file: `order_by` then the primary key."""
        return tuple(dict.fromkeys(self.order_by + self.primary_key))

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def schema(self) -> pa.Schema:
        """The table as readers see it (partition column included)."""
        return pa.schema([c.field() for c in self.columns])

    def file_schema(self) -> pa.Schema:
        """The schema of one parquet file: the partition column lives in the directory name."""
        return pa.schema(
            [
                c.field()
                for c in self.columns
                if not (self.partitioned and c.name == PARTITION_COLUMN)
            ]
        )

    def required_columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if not c.nullable)


def _col(name: str, type_: pa.DataType, description: str, *, nullable: bool = True) -> Column:
    return Column(name, type_, nullable, description)


STR, INT, FLOAT = pa.string(), pa.int32(), pa.float64()
STR_LIST = pa.list_(pa.string())


def _season() -> Column:
    return _col(
        "season",
        INT,
        f"championship season (year); partition column, {UNKNOWN_SEASON} when not stated",
    )


def _provenance() -> tuple[Column, ...]:
    return (
        _col("article_key", STR, "the article the row comes from (see articles)", nullable=False),
        _col(
            "extractor_version",
            STR,
            "version of the extractor that produced the row",
            nullable=False,
        ),
    )


def _evidence() -> tuple[Column, ...]:
    return (
        _col("evidence_text", STR, "the source text the fact was read from", nullable=False),
        _col(
            "evidence_start",
            INT,
            "character offset where the evidence starts in the article text",
            nullable=False,
        ),
        _col(
            "evidence_end",
            INT,
            "character offset where the evidence ends (exclusive)",
            nullable=False,
        ),
    )


ARTICLES = Table(
    "articles",
    "One row per article: what it reports on and where it was fetched from.",
    (
        _col(
            "article_key",
            STR,
            "stable id of the article: from its canonical URL, else its body hash",
            nullable=False,
        ),
        _season(),
        _col("series", STR, "the series or championship reported on, as the article names it"),
        _col("event", STR, "the event (round, venue) reported on, as the article names it"),
        _col("title", STR, "the article's title"),
        _col("published", pa.date32(), "date the article was published"),
        _col("language", STR, "ISO 639-1 language code of the article"),
        _col("url", STR, "URL the article was fetched from"),
        _col("canonical_url", STR, "the article's canonical URL when it declares one"),
        _col("fetched_at", pa.timestamp("us", tz="UTC"), "when the page was fetched (UTC)"),
        _col(
            "page_hash",
            STR,
            "sha256 of the raw page body the rows were extracted from",
            nullable=False,
        ),
        _col(
            "extractor_version",
            STR,
            "version of the extractor that produced the article's rows",
            nullable=False,
        ),
        _col(
            "race_count",
            INT,
            "number of races the article reports (published or quarantined)",
            nullable=False,
        ),
    ),
    primary_key=("article_key",),
)

RACES = Table(
    "races",
    "One row per race, heat, semi-final, sprint or final.",
    (
        _col(
            "race_ref",
            STR,
            "race key from content: series-season-event-session slugs (see Conventions)",
            nullable=False,
        ),
        _season(),
        _col("series", STR, "the series or championship"),
        _col("round", INT, "round number when the event names one ('Round 3')"),
        _col("event", STR, "the event (round, venue) the race belongs to"),
        _col(
            "race_name",
            STR,
            "the race's name as printed ('Race 1', 'Semi-Final B', 'Grand Final')",
            nullable=False,
        ),
        _col("session", STR, "race, sprint, heat, semi-final, repechage, final or qualifying"),
        _col("track", STR, "the track or circuit"),
        _col("laps", INT, "race distance in laps"),
        _col("car", STR, "the car when one car is used by everyone"),
        _col(
            "date",
            pa.date32(),
            "date of the race as the article states it, else the article's publication date",
        ),
        _col("date_source", STR, "where `date` comes from: text (stated) or published"),
        _col(
            "result_count",
            INT,
            "number of result rows the article gives for the race",
            nullable=False,
        ),
        *_provenance(),
    ),
    primary_key=("race_ref",),
)

RESULTS = Table(
    "results",
    "One row per driver (or nation) classified or listed in a race.",
    (
        _col("race_ref", STR, "the race (see races)", nullable=False),
        _season(),
        _col("position", INT, "finishing position; null when not classified"),
        _col(
            "position_text",
            STR,
            "the position as printed ('P2', '3º'), else the position number",
        ),
        _col(
            "position_order",
            INT,
            "rank of every row in the race, classified first, then in list order",
            nullable=False,
        ),
        _col(
            "driver_ref",
            STR,
            "driver key: slug of the accent-folded full name (see drivers)",
            nullable=False,
        ),
        _col(
            "driver_name",
            STR,
            "the driver's name as printed (a team entry's entrant: car, team or nation)",
            nullable=False,
        ),
        _col("crew", pa.list_(STR), "the drivers of a team entry, as printed (else empty)"),
        _col("number", STR, "the car number as printed ('27', '87Z')"),
        _col("nation", STR, "ISO 3166-1 alpha-3 code of the driver's nation"),
        _col("team", STR, "team"),
        _col("car", STR, "car"),
        _col("points", FLOAT, "points scored in the race, where printed"),
        _col("laps", INT, "laps completed"),
        _col("time", STR, "the driver's total race time as printed ('1:02:13.4')"),
        _col("milliseconds", pa.int64(), "the driver's total race time in milliseconds"),
        _col(
            "gap_s",
            FLOAT,
            "gap to the winner in seconds; null for the winner or when no time is given",
        ),
        _col("gap_text", STR, "the gap cell alone, as printed ('+2.314', '+1 Lap')"),
        _col(
            "status",
            STR,
            "finished, lapped, dnf, dns, dsq, nc (not classified) or na (listed with no time)",
            nullable=False,
        ),
        _col("status_detail", STR, "why an unclassified driver stopped, as printed"),
        _col(
            "qualified",
            pa.bool_(),
            "true when the article says the driver went through to the next stage",
        ),
        _col("method", STR, "how the row was extracted: list, table or narrative", nullable=False),
        _col("confidence", FLOAT, "extractor confidence in the row, 0 to 1", nullable=False),
        *_evidence(),
        *_provenance(),
    ),
    primary_key=("race_ref", "position_order"),
)

STANDINGS = Table(
    "standings",
    "Championship standings lines: points of a driver after a round. A line whose entrant is a "
    "nation (a Nations Cup table: 'Japan – 64 points') is never published as a driver: its list "
    "is held back in quarantine (`driver_not_a_nation`).",
    (
        _col(
            "standings_ref",
            STR,
            "standings key from content: series-season-after slugs (see Conventions)",
            nullable=False,
        ),
        _season(),
        _col("series", STR, "the series or championship"),
        _col(
            "after",
            STR,
            "the round or race the standings follow, as printed (null for totals told in prose)",
        ),
        _col("position", INT, "standings position when printed or stated ('leads' -> 1)"),
        _col("driver_ref", STR, "driver key (see drivers)", nullable=False),
        _col("driver_name", STR, "the driver's name as printed", nullable=False),
        _col("nation", STR, "ISO 3166-1 alpha-3 code of the driver's nation"),
        _col("points", FLOAT, "championship points", nullable=False),
        _col(
            "confidence",
            FLOAT,
            "extractor confidence in the line, 0 to 1 (lower for a total told in prose)",
            nullable=False,
        ),
        *_evidence(),
        *_provenance(),
    ),
    primary_key=("standings_ref", "driver_ref"),
    order_by=("standings_ref", "position"),
)

PENALTIES = Table(
    "penalties",
    "Penalties handed to drivers.",
    (
        _col(
            "article_key",
            STR,
            "the article the penalty is read from (see articles)",
            nullable=False,
        ),
        _col(
            "penalty_no",
            INT,
            "the penalty's rank in its article, by position in the text",
            nullable=False,
        ),
        _season(),
        _col("race_ref", STR, "the race (see races) when the article ties the penalty to one"),
        _col("race_name", STR, "the race as the article names it"),
        _col("driver_ref", STR, "driver key (see drivers)"),
        _col("driver_name", STR, "the driver's name as printed"),
        _col(
            "kind",
            STR,
            "time, slowdown, drive-through, stop-go, grid, disqualification or other",
            nullable=False,
        ),
        _col("penalty_s", FLOAT, "penalty in seconds; null when the text gives no number"),
        _col("reason", STR, "why: contact, track limits, ..."),
        _col("lap", INT, "lap of the infringement"),
        _col("withdrawn", pa.bool_(), "true when the penalty was rescinded (on appeal or review)"),
        *_evidence(),
        _col(
            "extractor_version",
            STR,
            "version of the extractor that produced the row",
            nullable=False,
        ),
    ),
    primary_key=("article_key", "penalty_no"),
)

INTERVALS = Table(
    "intervals",
    "Finishing margins between two drivers stated in the text.",
    (
        _col(
            "article_key", STR, "the article the margin is read from (see articles)", nullable=False
        ),
        _col(
            "interval_no",
            INT,
            "the margin's rank in its article, by position in the text",
            nullable=False,
        ),
        _season(),
        _col("race_ref", STR, "the race (see races) when the article ties the margin to one"),
        _col("race_name", STR, "the race as the article names it"),
        _col("ahead_ref", STR, "driver key of the driver ahead"),
        _col("ahead_name", STR, "the driver ahead as printed"),
        _col("behind_ref", STR, "driver key of the driver behind"),
        _col("behind_name", STR, "the driver behind as printed"),
        _col("margin_s", FLOAT, "the margin in seconds", nullable=False),
        *_evidence(),
        _col(
            "extractor_version",
            STR,
            "version of the extractor that produced the row",
            nullable=False,
        ),
    ),
    primary_key=("article_key", "interval_no"),
)

DRIVER_NATIONS = Table(
    "driver_nations",
    "Drivers' nations as the text states them ('the Brazilian', 'Spain's Mira Castell'), each "
    "with its evidence: where the nation of a result or a driver comes from.",
    (
        _col(
            "article_key", STR, "the article the nation is read from (see articles)", nullable=False
        ),
        _col(
            "nation_no",
            INT,
            "the statement's rank in its article, by position in the text",
            nullable=False,
        ),
        _season(),
        _col("driver_ref", STR, "driver key (see drivers)", nullable=False),
        _col("driver_name", STR, "the driver's name as printed", nullable=False),
        _col("nation", STR, "ISO 3166-1 alpha-3 code of the nation stated", nullable=False),
        *_evidence(),
        _col(
            "extractor_version",
            STR,
            "version of the extractor that produced the row",
            nullable=False,
        ),
    ),
    primary_key=("article_key", "nation_no"),
)

CONFLICTS = Table(
    "conflicts",
    "Two statements of one article that disagree (a list against the prose): the value kept "
    "in the other tables beside the one set aside, never silently resolved.",
    (
        _col(
            "article_key",
            STR,
            "the article whose statements disagree (see articles)",
            nullable=False,
        ),
        _col(
            "conflict_no",
            INT,
            "the conflict's rank in its article, by position of its evidence in the text",
            nullable=False,
        ),
        _season(),
        _col("race_ref", STR, "the race (see races) when the article ties the conflict to one"),
        _col("race_name", STR, "the race as the article names it"),
        _col("driver_ref", STR, "driver key (see drivers)"),
        _col("driver_name", STR, "the driver's name as printed"),
        _col("field", STR, "what disagrees: nation, position, interval, ...", nullable=False),
        _col("kept", STR, "the value kept in the curated tables, as text"),
        _col("other", STR, "the value the evidence states instead, as text"),
        *_evidence(),
        _col(
            "extractor_version",
            STR,
            "version of the extractor that produced the row",
            nullable=False,
        ),
    ),
    primary_key=("article_key", "conflict_no"),
)

DRIVERS = Table(
    "drivers",
    "One row per driver seen in published results or standings, across articles and seasons.",
    (
        _col(
            "driver_ref",
            STR,
            "driver key: slug of the accent-folded name, stable across articles",
            nullable=False,
        ),
        _col("name", STR, "display name: the spelling seen most often", nullable=False),
        _col(
            "nation",
            STR,
            "ISO 3166-1 alpha-3 code seen most often in the driver's results and standings, "
            "else most often stated in the text (driver_nations); ties: alphabetical",
        ),
        _col("aliases", STR_LIST, "every spelling of the name seen, sorted", nullable=False),
        _col("first_season", INT, "first season with a published result or standing"),
        _col("last_season", INT, "last season with a published result or standing"),
        _col("result_count", INT, "number of published result rows", nullable=False),
    ),
    primary_key=("driver_ref",),
    partitioned=False,
)

QUARANTINE = Table(
    "quarantine",
    "Rows that failed validation, kept with the reasons until a later extraction replaces them.",
    (
        _col("article_key", STR, "the article the row comes from", nullable=False),
        _col("table_name", STR, "the curated table the row was meant for", nullable=False),
        _col(
            "row_no", INT, "the row's rank among the article's rows for that table", nullable=False
        ),
        _col("season", INT, "season of the article (null when it states none)"),
        _col(
            "scope",
            STR,
            "what was held back: row, race, standings (a whole list) or article",
            nullable=False,
        ),
        _col(
            "group_ref",
            STR,
            "the race_ref, standings_ref or article_key held back (null for scope row)",
        ),
        _col(
            "expectations",
            STR_LIST,
            "names of the failed expectations that sent the row here",
            nullable=False,
        ),
        _col("evidence_text", STR, "the source text of the row"),
        _col("record", STR, "the row as tabulated from the extraction (JSON)", nullable=False),
        _col(
            "run_id",
            STR,
            "the run that quarantined the row (kept while later runs find the same)",
            nullable=False,
        ),
        _col("page_hash", STR, "sha256 of the raw page the row was extracted from", nullable=False),
        _col(
            "extractor_version",
            STR,
            "version of the extractor that produced the row",
            nullable=False,
        ),
    ),
    primary_key=("article_key", "table_name", "row_no"),
    partitioned=False,
)

ARTICLE_TABLES: tuple[Table, ...] = (
    ARTICLES,
    RACES,
    RESULTS,
    STANDINGS,
    PENALTIES,
    INTERVALS,
    DRIVER_NATIONS,
    CONFLICTS,
)
"""Tables filled from each article's extraction; their rows are replaced article by article."""

TABLES: dict[str, Table] = {t.name: t for t in (*ARTICLE_TABLES, DRIVERS, QUARANTINE)}


CONVENTIONS = f"""\
Generated from `schemas/tables.py` by `python -m schemas.tables > schemas/TABLES.md`;
do not edit by hand.

## Conventions

- Files: `curated/<table>/season=<season>/part-0.parquet`, or `curated/<table>/part-0.parquet`
  for the unpartitioned tables. Season {UNKNOWN_SEASON} holds articles that state no season.
- Names follow the Ergast / Jolpica results database in snake_case: `positionText` is
  `position_text`, `positionOrder` is `position_order`, `driverRef` is `driver_ref`; a race is
  keyed by `race_ref` (a slug, not a number). Numbers carry their unit (`gap_s`, `margin_s`).
- Keys come from content, never from run order: `driver_ref` is the accent-folded name (`Lopez` =
  `López`); a name printed short (`A. Ribeiro`, `Ribeiro A.`, `Ribeiro`) takes the key of the one
  full name in the curated tables with that surname and initial (`ana_ribeiro`), unless two fit,
  they are listed side by side in one race or standings list, or their nations disagree; the short
  spelling is kept in `drivers.aliases`. `race_ref` is series-season-event-session, and
  `standings_ref` series-season-after (`round_N` when `after` names round N, else the event's
  round or name then `after`: `round_4_race_2`), when the article states them all, else they
  are scoped to the article (two races of unknown events never merge). Race keys hold no words
  of the article's language, so translated editions of a report key their races alike: the
  event is `round_N` when a round number is known (else its accent-folded name: `montreal` for
  Montréal), the race is its session and its label within the session (`semi_final_b`,
  `race_2`, `heat_3` for Heat III; unlabelled races of one session numbered in article order), e.g.
  `gt_world_series-2025-round_1-semi_final_b` for "Semi-Final B" and "Semifinale B" alike; a
  race's qualifying is keyed after its race (`semi_final_b_qualifying` for "Semi-Final B
  qualifying"), a qualifying of no named race as a session of its own (`qualifying`).
- Each race (with its results, penalties, margins and conflicts) comes from one article: the one
  with the most published result rows, then the highest mean confidence, then the smallest
  `article_key`. Two articles printing the same classification (same drivers in the same order, at
  least two identical gaps) report one race even when their keys differ: one account is published.
  Each standings list likewise (most rows, then smallest `article_key`).
- Every fact is traceable to its sentence (`evidence_text`, `evidence_start`, `evidence_end`):
  a driver's nation to `driver_nations` when no result or standings line prints it, and each
  disagreement between two statements of an article to `conflicts`.
- Only validated rows are published (suites in `schemas/suites/`); the rest is in `quarantine`.
"""


def tables_markdown() -> str:
    """The human documentation of every table, as committed in `schemas/TABLES.md`."""
    lines = ["# Curated tables", "", CONVENTIONS.rstrip("\n")]
    for table in TABLES.values():
        partition = f"`{PARTITION_COLUMN}`" if table.partitioned else "none (one file)"
        lines += [
            "",
            f"## {table.name}",
            "",
            table.description,
            "",
            f"Primary key: `{', '.join(table.primary_key)}`. Partition: {partition}.",
            "",
            "| column | type | null | description |",
            "| --- | --- | --- | --- |",
        ]
        lines += [
            f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {c.description} |"
            for c in table.columns
        ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(tables_markdown())
