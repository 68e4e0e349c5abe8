"""What runs did and what a data dir holds, as text: the summary that ends a run, and for
`raceresults status` the last runs and the rows of each curated table per season, so a reader of
the tables can tell how fresh and how complete they are."""

from __future__ import annotations

from collections.abc import Sequence

from flows.interfaces.query import connect
from flows.interfaces.render import text_table
from flows.stores.runs import RunRecord
from schemas.tables import PARTITION_COLUMN, TABLES, UNKNOWN_SEASON

SeasonRows = dict[str, dict[int | None, int]]
"""table -> season (None for a table not partitioned by season) -> rows."""


def season_rows(data_dir: str) -> SeasonRows:
    """Rows per season of every curated table (tables not published yet hold none)."""
    con = connect(data_dir)
    try:
        counts: SeasonRows = {}
        for table in TABLES.values():
            if PARTITION_COLUMN in table.column_names:
                season = f"coalesce({PARTITION_COLUMN}, {UNKNOWN_SEASON})"
                sql = f'SELECT {season}, count(*) FROM "{table.name}" GROUP BY 1'
                counts[table.name] = dict(con.sql(sql).fetchall())
            else:
                [(total,)] = con.sql(f'SELECT count(*) FROM "{table.name}"').fetchall()
                counts[table.name] = {None: total} if total else {}
        return counts
    finally:
        con.close()


def format_summary(record: RunRecord) -> str:
    """The end-of-run summary: what was found, fetched, extracted and published, failures last."""
    c = record.counts
    if record.flow == "reextract":
        lines = [("pages in raw zone", c.seen)]
    else:
        lines = [
            ("discovered", c.seen),
            ("fetched", c.fetched),
            ("not modified", c.not_modified),
            ("stored (new)", c.stored),
            ("skipped by robots", c.skipped_robots),
            ("skipped, failed before", c.skipped_failed),
        ]
    lines += [
        ("extracted", c.extracted),
        ("already extracted", c.reused),
        ("rows published", c.rows_published),
        ("rows quarantined", c.rows_quarantined),
        ("failed", c.failed),
    ]
    text = [f"{label:<24}{value:>10}" for label, value in lines]
    text.append(f"{'duration':<24}{record.duration_s:>9.1f}s")
    text.append(f"{'status':<24}{record.status:>10}")
    text += [f"  robots.txt  {url}" for url in record.disallowed]
    text += [f"  {f.stage:<10}  {f.item}: {f.reason}" for f in record.failures]
    text += [f"  rebuilt     {line}" for line in record.repaired]
    return "\n".join(text)


def format_runs(records: Sequence[RunRecord]) -> str:
    """The runs as a table, one line each, newest first."""
    if not records:
        return "no runs yet"
    headers = ["started (UTC)", "flow", "status", "duration", "seen", "fetched", "extracted"]
    headers += ["reused", "published", "quarantined", "failed"]
    rows = []
    for r in records:
        c = r.counts
        rows.append(
            [r.started_at[:19].replace("T", " "), r.flow, r.status, f"{r.duration_s:.1f} s"]
            + [c.seen, c.fetched, c.extracted, c.reused, c.rows_published, c.rows_quarantined]
            + [c.failed]
        )
    return text_table(headers, rows)


def format_season_rows(counts: SeasonRows) -> str:
    """Rows per table (lines) and season (columns)."""
    seasons = sorted({s for per in counts.values() for s in per if s is not None})
    if not any(counts.values()):
        return "no curated tables yet"
    labels = ["unknown" if s == UNKNOWN_SEASON else str(s) for s in seasons]
    rows = []
    for name, per in counts.items():
        by_season = None not in per  # the drivers table spans seasons
        rows.append(
            [name, *(per.get(s, 0) if by_season else "" for s in seasons), sum(per.values())]
        )
    return text_table(["table", *labels, "total"], rows)
