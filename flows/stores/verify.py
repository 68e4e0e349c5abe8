"""Stores that check themselves: every committed curated file (tables and candidates) and every
extraction is read back and held against the commit record; what is damaged is named, one line
per file, and rebuilt from what is still sound (raw zone -> extractions -> tables).

Repair drops what cannot be trusted and leaves the rebuilding to a replay (the reextract flow,
which calls `repair` first): a damaged extraction is deleted, so its page is extracted again from
the raw zone; damaged curated files are dropped from the commit record together with every
published page, so the replay publishes every article again and each replaces its rows.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from flows.stores.commits import Commit, curated_zone, read_commit, sweep, write_commit
from flows.stores.curated_store import conform, publish_lock, read_parquet
from flows.stores.extracted import ExtractionStore
from flows.stores.raw import RawZone
from flows.stores.storage import DamagedFile
from schemas.tables import ARTICLES, QUARANTINE, TABLES

logger = logging.getLogger(__name__)

CANDIDATES_PREFIX = "_candidates/"


@dataclass(frozen=True)
class Damage:
    """One damaged file: which store it belongs to, its path and what is wrong with it."""

    store: str
    """curated (tables, their candidates and the commit record), extracted or raw."""
    path: str
    reason: str

    def line(self) -> str:
        return f"{self.store:<9}  {self.path}: {self.reason}"


def damaged_curated(data_dir: str) -> list[Damage]:
    """Committed files that are missing, unreadable or not of their table's schema, and
    disagreements between the commit record and the pages the tables hold."""
    zone = curated_zone(data_dir)
    try:
        commit = read_commit(zone)
    except DamagedFile as exc:
        return [Damage("curated", exc.path, exc.reason)]
    damages = []
    pages: dict[str, str] = {}
    for path in commit.files:
        table = TABLES[path.removeprefix(CANDIDATES_PREFIX).split("/", 1)[0]]
        try:
            data = conform(read_parquet(zone, path), table.file_schema())
        except (DamagedFile, ValueError, TypeError) as exc:
            reason = exc.reason if isinstance(exc, DamagedFile) else f"not a {table.name} file"
            damages.append(Damage("curated", zone.path(path), reason))
            continue
        if table is QUARANTINE or (table is ARTICLES and path.startswith(CANDIDATES_PREFIX)):
            keys, hashes = data.column("article_key"), data.column("page_hash")
            pages.update(zip(keys.to_pylist(), hashes.to_pylist(), strict=True))
    if not damages:
        damages += _disagreements(zone.path("_commit.json"), commit, pages)
    return damages


def _disagreements(path: str, commit: Commit, pages: dict[str, str]) -> list[Damage]:
    """Pages the commit names that the candidates' articles and the quarantine do not hold (rows
    of pages it does not name are only waiting to be published again, as after a repair)."""
    wrong = sorted(key for key, page in commit.pages.items() if pages.get(key) != page.page_hash)
    if not wrong:
        return []
    more = f" and {len(wrong) - 1} more" if len(wrong) > 1 else ""
    return [Damage("curated", path, f"the tables disagree on article {wrong[0]}{more}")]


def damaged_extractions(data_dir: str) -> list[Damage]:
    """Stored extractions that cannot be read back or are not the page their name says."""
    store = ExtractionStore.at(data_dir)
    return [Damage("extracted", exc.path, exc.reason) for exc in store.damaged()]


def damaged_raw_pages(data_dir: str) -> list[Damage]:
    """Raw pages whose body no longer matches their sha256 name, and fetch records and crawl
    state files that cannot be read (the raw zone's own check). No repair rebuilds a page: the
    next ingest that asks for it fetches it whole again."""
    return [Damage("raw", d.path, d.reason) for d in RawZone.at(data_dir).damaged()]


def check(data_dir: str) -> list[Damage]:
    """Every damaged file of the data dir: raw pages, extractions, curated files."""
    return damaged_raw_pages(data_dir) + damaged_extractions(data_dir) + damaged_curated(data_dir)


def repair(data_dir: str, damages: list[Damage]) -> None:
    """Drop what `damages` name so that a replay rebuilds it: damaged extractions are deleted;
    on curated damage, the commit keeps the sound files and names no page as published."""
    store = ExtractionStore.at(data_dir)
    for damage in damages:
        if damage.store == "extracted":
            logger.warning("removing %s: %s", damage.path, damage.reason)
            store.remove(damage.path)
    if not any(d.store == "curated" for d in damages):
        return
    zone = curated_zone(data_dir)
    with publish_lock(zone):
        try:
            last = read_commit(zone)
        except DamagedFile:
            last = Commit()  # nothing is known: every file goes, every page is published again
        damaged = {d.path for d in damages}
        sound = [path for path in last.files if zone.path(path) not in damaged]
        commit = Commit(seq=last.seq + 1, run_id="repair", files=sound)
        write_commit(zone, commit)
        sweep(zone, commit)
