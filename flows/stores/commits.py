"""The commit record of the curated tables, `DATA_DIR/curated/_commit.json`: what is published.

One small JSON file, written last by every publish and replaced atomically, names every file of
every table (the curated tables and their candidates) and every page whose rows the tables hold
(article key -> page hash and extractor version, published or held in quarantine). A file it does
not name does not exist for readers, and a page it does not name is not published. So a publish
killed at any instant leaves the previous commit whole: the files it wrote are garbage, swept by
the next publish, and its pages are published again by the next run.

This is Delta Lake's transaction log (`_delta_log/`) without the format, and across tables: one
publish writes several tables at once, and Delta's log is per table (docs/reliability.md
has the measurements behind the choice). Files are named by the sha256 of their bytes, so the
same rows give the same file and publishing the same input twice writes nothing.
"""

from __future__ import annotations

import logging
import posixpath
import re

from fsspec.implementations.local import LocalFileSystem
from pydantic import BaseModel, Field, ValidationError

from flows.stores.storage import DamagedFile, Zone

logger = logging.getLogger(__name__)

CURATED_DIR = "curated"
COMMIT_FILE = "_commit.json"
# what a writer leaves behind: data files, and files written aside (".x.3f2a….tmp")
SWEPT_FILE = re.compile(r"^(.+\.parquet|\..+\.tmp)$")


class PublishedPage(BaseModel):
    """The page an article's rows in the tables come from."""

    page_hash: str
    extractor_version: str


class Commit(BaseModel):
    """What the curated tables hold: every file readers see, every page published."""

    seq: int = Field(0, description="publishes committed so far (0: nothing published yet)")
    run_id: str | None = Field(None, description="the run whose publish wrote this commit")
    articles: list[str] = Field([], description="article keys this commit's publish wrote")
    pages: dict[str, PublishedPage] = Field(
        {}, description="article key -> the page its rows (published or quarantined) come from"
    )
    files: list[str] = Field([], description="every data file, relative to curated/, sorted")

    def partitions(self) -> dict[str, str]:
        """Partition folder (`results/season=2024`, `drivers`) -> its file."""
        return {posixpath.dirname(path): path for path in self.files}

    def table_files(self, folder: str) -> list[str]:
        """The files of one table's folder (`results`, `_candidates/results`)."""
        return [p for p in self.files if p.startswith(f"{folder}/")]


def curated_zone(data_dir: str) -> Zone:
    return Zone.at(data_dir).child(CURATED_DIR)


def read_commit(zone: Zone) -> Commit:
    """The last commit of a curated zone (an empty one before the first publish)."""
    if not zone.exists(COMMIT_FILE):
        return Commit()
    try:
        return Commit.model_validate_json(zone.read_bytes(COMMIT_FILE))
    except (ValidationError, ValueError) as exc:
        reason = str(exc).splitlines()[0]
        raise DamagedFile(zone.path(COMMIT_FILE), f"unreadable commit record ({reason})") from None


def write_commit(zone: Zone, commit: Commit) -> str:
    """Publish `commit`: one atomic replace, the last write of a publish."""
    return zone.write_atomic(commit.model_dump_json(indent=1).encode(), COMMIT_FILE)


def sweep(zone: Zone, commit: Commit) -> list[str]:
    """Delete the data files `commit` does not name (a killed publish's, or superseded ones) and
    files left aside by a dead writer, then the folders left empty; the paths deleted."""
    if not zone.fs.exists(zone.root):
        return []
    named = {zone.path(path) for path in commit.files}
    removed = []
    for path in sorted(zone.fs.find(zone.root)):
        name = posixpath.basename(path)
        if path not in named and SWEPT_FILE.match(name):
            logger.debug("removing %s: named by no commit", path)
            zone.fs.rm(path)
            removed.append(path)
    if isinstance(zone.fs, LocalFileSystem):  # object stores have no folders to leave empty
        for folder in sorted(_folders(zone), key=len, reverse=True):
            if not zone.fs.ls(folder, detail=False):
                zone.fs.rmdir(folder)
    return removed


def _folders(zone: Zone) -> list[str]:
    """The table folders below a curated zone, partition folders included."""
    found = zone.fs.find(zone.root, withdirs=True, detail=True)
    return [path for path, info in found.items() if info["type"] == "directory"]


def committed_paths(data_dir: str, table: str) -> list[str]:
    """Full paths of the committed files of one curated table: what readers read."""
    zone = curated_zone(data_dir)
    return [zone.path(path) for path in read_commit(zone).table_files(table)]
