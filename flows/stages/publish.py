"""Publish extracted articles into the curated tables: tabulate -> validate -> quarantine -> write.

- Replace, never append: an article's rows replace every earlier row of the same article_key;
  the newest extractor version wins (an article older than what is published is skipped).
- One account per race: every article's validated rows are kept in `curated/_candidates/`, and
  the curated tables take each race and each standings list from one article, as
  curation/accounts.py chooses it from the candidates alone (what is held back, and why:
  curation/quarantine.py).
- Deterministic: rows sorted by key, fixed parquet options, no timestamps: publishing the same
  articles again leaves every file byte-for-byte identical (unchanged files are not rewritten).
- Crash-safe: one publisher at a time (a lock on the data dir); every partition it changes is
  written as a new file, and the commit record naming the files of every table and the pages
  published is written last (flows/stores/commits.py). Readers see the last commit only, so a
  publish killed at any instant leaves the tables as they were: its files are swept by the next
  publish, and its pages, not in the commit, are published by the next run.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice

import pyarrow as pa

from curation.accounts import choose_accounts
from curation.driver_keys import DRIVER_TABLES, driver_keyed
from curation.quarantine import quarantine_rows, split
from curation.tabulation import partition, sorted_rows
from extractors.records import ExtractedArticle
from flows.stages.validate import Validator
from flows.stores.commits import (
    Commit,
    PublishedPage,
    curated_zone,
    read_commit,
    sweep,
    write_commit,
)
from flows.stores.curated_store import PublishLockTimeout, TableStore, publish_lock, rows_of
from flows.stores.ledger import newest_pages, version_order
from flows.stores.storage import Zone
from schemas.rows import Row, Rows, driver_rows, tabulate
from schemas.tables import (
    ARTICLE_TABLES,
    DRIVERS,
    QUARANTINE,
    Table,
)

logger = logging.getLogger(__name__)

PUBLISH_CHUNK_ARTICLES = 500
"""Articles per publish() call in publish_in_chunks: a run's rows are tabulated and validated a
chunk at a time, so its memory stays bounded however many articles it publishes."""

DEFAULT_RACE_QUARANTINE_THRESHOLD = 0.0
"""Share of a race's result rows that may fail validation while the rest of the race is still
published (without them). 0.0: one failing row holds back the whole race, so no partial
classification ever reaches the tables."""

CANDIDATES_DIR = "_candidates"


class PublishError(RuntimeError):
    """The publish could not produce valid tables; nothing was written."""


@dataclass(frozen=True)
class PublishReport:
    """What one publish did, for the run summary."""

    run_id: str
    articles: int
    """Articles whose rows (published or quarantined) replaced their earlier rows."""
    stale_articles: tuple[str, ...] = ()
    """Article keys skipped: a newer extractor version of them is already published."""
    published: dict[str, int] = field(default_factory=dict)
    """Rows of this batch that passed validation, per table."""
    quarantined: dict[str, int] = field(default_factory=dict)
    """Rows of this batch held back in quarantine, per table."""
    races_quarantined: tuple[str, ...] = ()
    files_written: tuple[str, ...] = ()
    data_docs: str | None = None

    @property
    def rows_published(self) -> int:
        return sum(self.published.values())

    @property
    def rows_quarantined(self) -> int:
        return sum(self.quarantined.values())

    def summary(self) -> str:
        """One line for logs and the CLI."""
        return (
            f"published {self.articles} articles: {self.rows_published} rows, "
            f"{self.rows_quarantined} quarantined ({len(self.races_quarantined)} races), "
            f"{len(self.stale_articles)} skipped as stale, {len(self.files_written)} files written"
        )


def _affected_seasons(candidates: TableStore, replaced: set[str], accepted: Rows) -> set[int]:
    """Partitions to rewrite: those the new rows go to, and those holding rows they replace."""
    seasons = {partition(row["season"]) for rows in accepted.values() for row in rows}
    for table in ARTICLE_TABLES:
        for season in set(candidates.seasons(table)) - seasons:
            keys = candidates.read(table, season, columns=["article_key"]).column("article_key")
            if replaced.intersection(keys.to_pylist()):
                seasons.add(season)
    return seasons


Write = tuple[TableStore, Table, int | None, list[Row]]
"""One file to write: the store, the table, the season (None: unpartitioned) and its rows."""


def _season_writes(
    candidates: TableStore, fresh: set[str], accepted: Rows
) -> tuple[list[Write], dict[int, Rows]]:
    """For each season touched: its candidates (earlier rows of the fresh articles swapped for
    their new ones) to write, and the curated rows chosen from them."""
    writes: list[Write] = []
    chosen: dict[int, Rows] = {}
    for season in sorted(_affected_seasons(candidates, fresh, accepted)):
        merged: Rows = {}
        for table in ARTICLE_TABLES:
            earlier = rows_of(candidates.read(table, season))
            kept = [r for r in earlier if r["article_key"] not in fresh]
            new = [r for r in accepted[table.name] if partition(r["season"]) == season]
            merged[table.name] = sorted_rows(kept + new, (*table.sort_keys, "article_key"))
            writes.append((candidates, table, season, merged[table.name]))
        chosen[season] = choose_accounts(merged)
    return writes, chosen


def _curated_seasons(curated: TableStore, chosen: dict[int, Rows]) -> dict[int, Rows]:
    """Every season of the curated tables: the rewritten ones from memory, the others from disk."""
    seasons = {season for table in ARTICLE_TABLES for season in curated.seasons(table)}
    return {
        season: chosen[season]
        if season in chosen
        else {t.name: rows_of(curated.read(t, season)) for t in DRIVER_TABLES}
        for season in sorted(seasons | set(chosen))
    }


def _curated_writes(
    curated: TableStore, chosen: dict[int, Rows], keyed: dict[int, Rows], before: dict[int, Rows]
) -> list[Write]:
    """The curated files to write: every table of the rewritten seasons, and the tables naming
    drivers of other seasons whose driver keys changed."""
    writes: list[Write] = []
    for season, rows in keyed.items():
        for table in ARTICLE_TABLES:
            if season in chosen or (
                table in DRIVER_TABLES and rows[table.name] != before[season][table.name]
            ):
                writes.append(
                    (curated, table, season, sorted_rows(rows[table.name], table.sort_keys))
                )
    return writes


def _write(writes: list[Write]) -> tuple[str, ...]:
    """Write the files in order; the paths actually written (unchanged files are skipped)."""
    written = []
    for store, table, season, rows in writes:
        data = pa.Table.from_pylist(rows, schema=table.file_schema())
        path = store.write(table, season, data)
        if path is not None:
            written.append(path)
    return tuple(written)


def _commit(
    zone: Zone,
    last: Commit,
    fresh: dict[str, ExtractedArticle],
    files: dict[str, str],
    run_id: str,
) -> None:
    """Write the commit naming the publish's files and pages, unless nothing changed."""
    pages = dict(last.pages)
    for key, article in fresh.items():
        pages[key] = PublishedPage(
            page_hash=article.page_hash, extractor_version=article.extractor_version
        )
    if pages == last.pages and sorted(files.values()) == last.files:
        return
    commit = Commit(
        seq=last.seq + 1,
        run_id=run_id,
        articles=sorted(fresh),
        pages=dict(sorted(pages.items())),
        files=sorted(files.values()),
    )
    write_commit(zone, commit)


def publish(
    articles: Iterable[ExtractedArticle],
    data_dir: str,
    *,
    run_id: str,
    race_quarantine_threshold: float = DEFAULT_RACE_QUARANTINE_THRESHOLD,
) -> PublishReport:
    """Validate the articles' rows and publish them into `DATA_DIR/curated/`, failing rows (or
    whole races) into its quarantine table; see the module docstring for the guarantees."""
    if not 0.0 <= race_quarantine_threshold <= 1.0:
        raise ValueError(
            f"race_quarantine_threshold must be within 0..1, not {race_quarantine_threshold}"
        )
    batch = newest_pages(articles)
    zone = curated_zone(data_dir)
    with publish_lock(zone):
        commit = read_commit(zone)
        sweep(zone, commit)  # what a publish killed before its commit left behind
        files = commit.partitions()
        curated, candidates = TableStore(zone, files), TableStore(zone, files, CANDIDATES_DIR)
        quarantine_before = rows_of(curated.read(QUARANTINE))
        fresh = {
            a.article_key: a
            for a in batch
            if a.article_key not in commit.pages
            or version_order(a.extractor_version)
            >= version_order(commit.pages[a.article_key].extractor_version)
        }
        rows = tabulate(fresh.values())
        validator = Validator(data_dir)
        failures = {name: validator.validate(name, rows[name], run_id).failures for name in rows}
        accepted, held = split(rows, failures, race_quarantine_threshold)

        quarantine = quarantine_rows(
            quarantine_before, held, {k: a.page_hash for k, a in fresh.items()}, run_id
        )
        writes, chosen = _season_writes(candidates, set(fresh), accepted)
        if chosen:
            everything = _curated_seasons(curated, chosen)
            keyed = driver_keyed(everything)
            writes += _curated_writes(curated, chosen, keyed, everything)
            writes.append((curated, DRIVERS, None, _drivers(keyed, validator, run_id)))
        try:
            written = _write([(curated, QUARANTINE, None, quarantine), *writes])
            _commit(zone, commit, fresh, files, run_id)
        except BaseException:
            sweep(zone, read_commit(zone))  # nothing but the last commit stays
            raise
        sweep(zone, read_commit(zone))  # the files the new commit replaced
        report = PublishReport(
            run_id=run_id,
            articles=len(fresh),
            stale_articles=tuple(a.article_key for a in batch if a.article_key not in fresh),
            published={name: len(table_rows) for name, table_rows in accepted.items()},
            quarantined=dict(Counter(entry.table for entry in held)),
            races_quarantined=tuple(
                sorted({e.group_ref for e in held if e.scope == "race" and e.group_ref})
            ),
            files_written=written,
            data_docs=validator.build_docs(),
        )
    logger.info("%s (run %s)", report.summary(), run_id)
    return report


def sweep_garbage(data_dir: str) -> list[str]:
    """Delete what a publish killed before its commit, or before its sweep, left behind (files
    no commit names); the paths deleted. Nothing when another publisher holds the lock: its own
    sweep will do it."""
    zone = curated_zone(data_dir)
    if not zone.fs.exists(zone.root):
        return []
    try:
        with publish_lock(zone, timeout_s=0):
            return sweep(zone, read_commit(zone))
    except PublishLockTimeout:
        return []


def publish_in_chunks(
    articles: Iterable[ExtractedArticle],
    data_dir: str,
    *,
    run_id: str,
    chunk_size: int = PUBLISH_CHUNK_ARTICLES,
    race_quarantine_threshold: float = DEFAULT_RACE_QUARANTINE_THRESHOLD,
) -> PublishReport:
    """publish() `articles`, one extraction per article (`ledger.newest_pages` picks them), taking
    `chunk_size` of them at a time from the iterable (so a generator reading them from the
    store holds one chunk in memory); one report for all. The tables end as one publish() of
    them all leaves them: each call replaces its own articles' rows, and the accounts and driver
    keys chosen depend only on the rows."""
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    seen: set[str] = set()
    reports = []
    remaining = iter(articles)
    while chunk := list(islice(remaining, chunk_size)):
        for article in chunk:
            if article.article_key in seen:
                raise ValueError(
                    f"two extractions of article {article.article_key!r}: "
                    "pass one per article (ledger.newest_pages)"
                )
            seen.add(article.article_key)
        reports.append(
            publish(
                chunk,
                data_dir,
                run_id=run_id,
                race_quarantine_threshold=race_quarantine_threshold,
            )
        )
    return combined_report(reports, run_id)


def combined_report(reports: list[PublishReport], run_id: str) -> PublishReport:
    """One report for several publishes of one run: counts add up, files are listed once."""
    published: Counter[str] = Counter()
    quarantined: Counter[str] = Counter()
    for report in reports:
        published.update(report.published)
        quarantined.update(report.quarantined)
    return PublishReport(
        run_id=run_id,
        articles=sum(r.articles for r in reports),
        stale_articles=tuple(key for r in reports for key in r.stale_articles),
        published=dict(published),
        quarantined=dict(quarantined),
        races_quarantined=tuple(sorted({ref for r in reports for ref in r.races_quarantined})),
        files_written=tuple(dict.fromkeys(path for r in reports for path in r.files_written)),
        data_docs=next((r.data_docs for r in reversed(reports) if r.data_docs), None),
    )


def _drivers(keyed: dict[int, Rows], validator: Validator, run_id: str) -> list[Row]:
    """The drivers table over every season's published results and standings, nations stated in
    the text filling in where neither prints one."""
    results = [(season, r) for season, rows in keyed.items() for r in rows["results"]]
    standings = [(season, r) for season, rows in keyed.items() for r in rows["standings"]]
    stated = [r for rows in keyed.values() for r in rows["driver_nations"]]
    drivers = driver_rows(results, standings, stated)
    check = validator.validate(DRIVERS.name, drivers, run_id)
    if not check.success:
        failing = sorted({name for names in check.failures.values() for name in names})
        raise PublishError(f"the drivers table failed {', '.join(failing)}: nothing was written")
    return drivers
