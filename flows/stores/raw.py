"""The raw zone, DATA_DIR/raw: every fetched page kept once and for ever, named by the sha256 of its
body, with one metadata record per fetch, and the crawl state that makes the next run incremental.

    raw/pages/ab/ab12….html             page bodies, content-addressed, immutable
    raw/meta/ab/ab12…/<when>-<url>.json one FetchRecord per fetch that returned this body
    raw/state/crawl.json                crawl state snapshot: seen URLs with validators, article
                                        identities, watermarks, and the journal files folded in
    raw/state/journal/<seq>-<id>.json   what one save changed since the state was loaded

Every file is written atomically (aside, then moved), so a crash never leaves half of one.
Damage done otherwise (a page edited or truncated on disk, garbage in a state file) is noticed:
a page is checked against its sha256 name whenever it is read (DamagedPageError), and a crawl
state file that cannot be read is named in one line, kept aside, and the state rebuilt from the
fetch records (`RawZone.damaged()` lists what is damaged, for `raceresults verify`).

The crawl state is saved after every fetch batch, so a save writes only what changed: one small
journal file (the URLs whose state changed, new aliases, watermarks). Loading reads the snapshot,
then applies the journal files it has not folded in, in name order (later wins). Once the journal
outweighs the snapshot (or holds MAX_JOURNAL files), a save folds it in: it writes a new snapshot
naming the files it holds, then deletes them; a crash in between loses nothing, as files named by
the snapshot are skipped. Within a process, a saved state is kept, and the next load of the same
zone only applies journal files written since (by another process), unless the snapshot changed.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, Field, ValidationError

from extractors.urls import normalize_url
from flows.stores.storage import Zone

log = logging.getLogger(__name__)

Role = Literal["article", "feed", "sitemap", "listing", "urls"]

RAW_DIR = "raw"
STATE_FILE = ("state", "crawl.json")
JOURNAL_DIR = ("state", "journal")
MAX_JOURNAL = 100  # journal files that trigger folding them into the snapshot
_EXTENSIONS = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "txt"}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class DamagedPageError(ValueError):
    """A raw page whose content no longer matches the sha256 its name gives (edited, truncated)."""


@dataclass(frozen=True)
class Damage:
    """A file of the raw zone that cannot be trusted, and why."""

    path: str  # inside the raw zone: pages/ab/ab12….html, meta/…, state/crawl.json
    reason: str


def _page_digest(page: str) -> str:
    """The sha256 a page's name gives: pages/ab/<sha256>.html -> <sha256>."""
    return page.rsplit("/", 1)[-1].split(".", 1)[0]


def _first_line(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error.get("loc", ()))
        return f"{where}: {error['msg']}" if where else error["msg"]
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def extension_for(media_type: str | None) -> str:
    """File extension of a stored body: html, txt or xml (any XML type)."""
    media_type = (media_type or "text/html").lower()
    if media_type in _EXTENSIONS:
        return _EXTENSIONS[media_type]
    return "xml" if "xml" in media_type else "bin"


class FetchRecord(BaseModel):
    """What one fetch (or read of a local file) returned and where its body is kept."""

    requested_url: str
    final_url: str
    canonical_url: str | None = None
    status: int | None = Field(None, description="HTTP status; null for a local file")
    headers: dict[str, str] = Field({}, description="content-type, etag, last-modified, …")
    fetched_at: str = Field(description="ISO 8601 UTC")
    page_hash: str = Field(description="sha256 of the body")
    page: str = Field(description="the body's path inside the raw zone")
    media_type: str | None = None
    size_bytes: int
    role: Role = "article"
    article_key: str | None = Field(None, description="set for articles")
    source: str | None = Field(None, description="name of the source that found the page")
    series: str | None = Field(None, description="series named by that source")

    @property
    def article_id(self) -> str:
        """The article this page is an edition of (from its page hash when it has no key)."""
        return self.article_key or self.page_hash[:20]


class UrlState(BaseModel):
    """The last fetch of one URL: its validators for a conditional request and its record."""

    checked_at: str = Field(description="when the URL was last requested (ISO 8601 UTC)")
    etag: str | None = None
    last_modified: str | None = None
    record: FetchRecord | None = Field(None, description="the fetch that gave the current body")
    failure: str | None = Field(None, description="why it failed for good (404, refused type)")


class CrawlState(BaseModel):
    """What earlier runs learnt: URLs seen, which URLs and bodies are one article, watermarks."""

    version: int = 1
    last_run: str | None = Field(None, description="start of the last run that finished")
    sources: dict[str, str] = Field({}, description="source name -> end of its last full crawl")
    urls: dict[str, UrlState] = {}
    aliases: dict[str, str] = Field({}, description="normalised URL or page hash -> article key")

    def article_key(self, *, page_hash: str, urls: list[str | None], canonical: str | None) -> str:
        """One key per article however it was reached: an earlier key of its body or of any of
        its URLs wins; a new key comes from the canonical URL, else the URL, else the body."""
        if canonical and _is_home(canonical) and not all(_is_home(u) for u in urls if u):
            canonical = None  # a site sending every article's canonical to its home page
        names = [page_hash] + [normalize_url(u) for u in [canonical, *urls] if u]
        key = next((self.aliases[n] for n in names if n in self.aliases), None)
        if key is None:
            identity = normalize_url(canonical) if canonical else next(iter(names[1:]), page_hash)
            key = sha256(identity.encode())[:20]
        for name in names:
            self.aliases.setdefault(name, key)
        return key


class StateChanges(BaseModel):
    """One journal file: what a save changed in the crawl state since it was loaded."""

    last_run: str | None = Field(None, description="the new watermark; null when unchanged")
    sources: dict[str, str] = {}
    urls: dict[str, UrlState] = {}
    aliases: dict[str, str] = {}

    def apply(self, state: CrawlState) -> None:
        if self.last_run is not None:
            state.last_run = self.last_run
        state.sources.update(self.sources)
        state.urls.update(self.urls)
        for name, key in self.aliases.items():
            state.aliases.setdefault(name, key)  # as article_key does: the first key wins


class _Snapshot(CrawlState):
    folded: list[str] = Field([], description="journal files already in this snapshot")


def _fingerprint(seen: UrlState) -> tuple[Any, ...]:
    return (id(seen), seen.checked_at, seen.etag, seen.last_modified, seen.failure, id(seen.record))


@dataclass
class _Held:
    """What storage holds of a state (as loaded or saved), to tell what changed since."""

    snapshot: dict[str, Any] | None  # fsspec info of the snapshot it was read from
    journal: dict[str, int]  # journal files applied (or skipped as folded) -> size in bytes
    snapshot_size: int = 0
    seq: int = 0  # the highest journal sequence number seen, so later files sort later
    urls: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    aliases: int = 0
    last_run: str | None = None
    sources: dict[str, str] = field(default_factory=dict)

    def mark_saved(self, state: CrawlState, urls: list[str] | None = None) -> None:
        """Take the state as it is now as the one storage holds (only `urls` changed, if given)."""
        for url in state.urls if urls is None else urls:
            self.urls[url] = _fingerprint(state.urls[url])
        self.aliases = len(state.aliases)
        self.last_run = state.last_run
        self.sources = dict(state.sources)

    def changes(self, state: CrawlState) -> tuple[StateChanges, list[str]]:
        """What changed in the state since `mark_saved`, and the URLs that did."""
        urls = [u for u, s in state.urls.items() if self.urls.get(u) != _fingerprint(s)]
        changes = StateChanges(
            last_run=state.last_run if state.last_run != self.last_run else None,
            sources={k: v for k, v in state.sources.items() if self.sources.get(k) != v},
            urls={u: state.urls[u] for u in urls},
            aliases=dict(islice(state.aliases.items(), self.aliases, None)),
        )
        return changes, urls


# Saved states by zone, reused by this process's next load; states loaned out, until saved.
_saved: dict[tuple[str, str], tuple[CrawlState, _Held]] = {}
_loaned: dict[int, tuple[weakref.ref[CrawlState], _Held]] = {}


def _seq(journal_name: str) -> int:
    return int(journal_name.split("-", 1)[0])


def _track(state: CrawlState) -> None:
    weakref.finalize(state, _loaned.pop, id(state), None)


def state_from_records(records: list[FetchRecord], state: CrawlState | None = None) -> CrawlState:
    """A crawl state (or `state` brought up to date) from fetch records in fetch order: each
    URL's latest fetch with its validators, and the article keys of pages and URLs (the
    earliest key wins, as it did)."""
    state = state if state is not None else CrawlState()
    for record in records:
        seen = state.urls.get(record.requested_url)
        if seen is None or seen.checked_at < record.fetched_at:
            state.urls[record.requested_url] = UrlState(
                checked_at=record.fetched_at,
                etag=record.headers.get("etag"),
                last_modified=record.headers.get("last-modified"),
                record=record,
            )
        if record.article_key:
            urls = [record.requested_url, record.final_url, record.canonical_url]
            for name in [record.page_hash, *(normalize_url(u) for u in urls if u)]:
                state.aliases.setdefault(name, record.article_key)
    return state


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _is_home(url: str) -> bool:
    return not urlsplit(url).path.strip("/")


class RawZone:
    """Pages, fetch records and crawl state under DATA_DIR/raw on any fsspec filesystem."""

    def __init__(self, zone: Zone):
        self.zone = zone
        self.repaired: list[Damage] = []  # state files found damaged (and put aside) by loads

    @classmethod
    def at(cls, data_dir: str | Path) -> RawZone:
        return cls(Zone.at(str(data_dir)).child(RAW_DIR))

    # -- pages ---------------------------------------------------------------------------------

    def put_page(self, body: bytes, media_type: str | None) -> tuple[str, str, bool]:
        """Store a body once: (its hash, its path in the zone, whether it was new). A stored copy
        that is damaged is replaced by this sound one."""
        digest = sha256(body)
        page = f"pages/{digest[:2]}/{digest}.{extension_for(media_type)}"
        if self.zone.exists(page):
            if self.is_sound(page):
                return digest, page, False
            log.warning("raw page %s was damaged: replaced by the body fetched again", page)
        self.zone.write_atomic(body, page)
        return digest, page, True

    def is_sound(self, page: str) -> bool:
        """Whether a stored page exists and matches its sha256 name."""
        try:
            return sha256(self.zone.read_bytes(page)) == _page_digest(page)
        except FileNotFoundError:
            return False

    def read_page(self, page: str) -> bytes:
        """A stored body, checked against its sha256 name: DamagedPageError when they differ."""
        data = self.zone.read_bytes(page)
        if sha256(data) != _page_digest(page):
            log.warning("raw page %s is damaged: not used", page)
            raise DamagedPageError(f"raw page {page} does not match its sha256 name (damaged)")
        return data

    def damaged(self) -> list[Damage]:
        """Pages whose content does not match their sha256 name, and fetch records and crawl
        state files that cannot be read; one read of every file in the zone."""
        found: list[Damage] = []
        for path in self._files("pages"):
            page = self._relative(path)
            try:
                self.read_page(page)
            except DamagedPageError:
                found.append(Damage(page, "content does not match its sha256 name"))
        checks = [("meta", FetchRecord), (JOURNAL_DIR, StateChanges), (STATE_FILE, _Snapshot)]
        for where, model in checks:
            parts = (where,) if isinstance(where, str) else where
            for path in self._files(*parts):
                try:
                    model.model_validate_json(self.zone.fs.cat_file(path))
                except (ValueError, UnicodeDecodeError) as exc:
                    found.append(Damage(self._relative(path), _first_line(exc)))
        return found

    def _files(self, *parts: str) -> list[str]:
        """Paths of the files under `parts` (a folder, or one file), hidden files left out."""
        root = self.zone.path(*parts)
        if not self.zone.fs.exists(root):
            return []
        paths = [root] if self.zone.fs.isfile(root) else self.zone.fs.find(root)
        return sorted(p for p in paths if not p.rsplit("/", 1)[-1].startswith("."))

    def _relative(self, path: str) -> str:
        return path[len(self.zone.root) :].lstrip("/")

    # -- fetch records -------------------------------------------------------------------------

    def put_record(self, record: FetchRecord) -> str:
        """Keep the record of one fetch beside its page's other records."""
        stamp = record.fetched_at.replace("-", "").replace(":", "").replace(".", "")[:18]
        name = f"{stamp}-{sha256(record.requested_url.encode())[:12]}.json"
        digest = record.page_hash
        data = record.model_dump_json(indent=1).encode()
        return self.zone.write_atomic(data, "meta", digest[:2], digest, name)

    def records(self) -> Iterator[FetchRecord]:
        """Every readable fetch record in the zone (any order); a damaged one is skipped with a
        warning naming it."""
        for path in self._files("meta"):
            if path.endswith(".json"):
                try:
                    yield FetchRecord.model_validate_json(self.zone.fs.cat_file(path))
                except (ValueError, UnicodeDecodeError) as exc:
                    log.warning("fetch record %s is damaged (%s): skipped", path, _first_line(exc))

    # -- crawl state ---------------------------------------------------------------------------

    def load_state(self) -> CrawlState:
        """The crawl state: the one this process saved last, brought up to date with journal
        files written since, or else read from storage. Save it with `save_state`."""
        kept = _saved.pop(self._key, None)
        journal = self._journal()
        if kept is None or kept[1].snapshot != self._snapshot_info():
            state, held = self._read(journal)
        else:
            state, held = kept
            self._apply(state, held, journal)
        _loaned[id(state)] = (weakref.ref(state), held)
        return state

    def read_state(self) -> CrawlState:
        """The crawl state as storage holds it (snapshot and journal), ignoring any kept copy."""
        return self._read(self._journal())[0]

    def save_state(self, state: CrawlState) -> None:
        """Write what changed in a loaded state as one journal file, atomically, and fold the
        journal into the snapshot when it grows long; a state not loaded from this zone
        replaces the zone's state whole."""
        ref, held = _loaned.pop(id(state), (None, None))
        if held is None or ref is None or ref() is not state:
            journal = self._journal()
            held = _Held(self._snapshot_info(), journal, seq=max(map(_seq, journal), default=0))
            held.mark_saved(state)
            _track(state)
            self._fold(state, held)
        else:
            changes, urls = held.changes(state)
            if urls or changes.aliases or changes.sources or changes.last_run is not None:
                data = changes.model_dump_json(indent=1, exclude_defaults=True).encode()
                held.seq += 1
                name = f"{held.seq:09d}-{uuid.uuid4().hex[:8]}.json"
                self.zone.write_atomic(data, *JOURNAL_DIR, name)
                held.journal[name] = len(data)
            held.mark_saved(state, urls)
            journal_size = sum(held.journal.values())
            if held.journal and (
                len(held.journal) >= MAX_JOURNAL or journal_size >= held.snapshot_size
            ):
                self._fold(state, held)
        _saved[self._key] = (state, held)

    # -- the crawl state on storage: snapshot + journal ------------------------------------------

    @property
    def _key(self) -> tuple[str, str]:
        return (type(self.zone.fs).__name__, self.zone.root)

    def _snapshot_info(self) -> dict[str, Any] | None:
        if not self.zone.exists(*STATE_FILE):
            return None
        return self.zone.fs.info(self.zone.path(*STATE_FILE))

    def _journal(self) -> dict[str, int]:
        """Journal file names, in order, with their sizes."""
        path = self.zone.path(*JOURNAL_DIR)
        if not self.zone.fs.exists(path):
            return {}
        files = {
            info["name"].rstrip("/").rsplit("/", 1)[-1]: int(info.get("size") or 0)
            for info in self.zone.fs.ls(path, detail=True)
        }
        return {n: files[n] for n in sorted(files) if n.endswith(".json") and not n.startswith(".")}

    def _read(self, journal: dict[str, int]) -> tuple[CrawlState, _Held]:
        info = self._snapshot_info()
        try:
            snapshot = (
                _Snapshot.model_validate_json(self.zone.read_bytes(*STATE_FILE))
                if info is not None
                else _Snapshot()
            )
        except (ValueError, UnicodeDecodeError) as exc:  # garbage: rebuild, never retry
            self._put_aside(STATE_FILE, exc)
            state, held = CrawlState(), _Held(None, {}, seq=max(map(_seq, journal), default=0))
            held.mark_saved(state)
            self._apply(state, held, self._journal())
            return self._repair(state, held)
        fields = dict(snapshot)
        folded = set(fields.pop("folded"))
        state = CrawlState.model_construct(**fields)
        held = _Held(info, {n: size for n, size in journal.items() if n in folded})
        held.snapshot_size = int(info.get("size") or 0) if info else 0
        held.seq = max((_seq(n) for n in [*folded, *journal]), default=0)
        held.mark_saved(state)
        if self._apply(state, held, journal):  # a journal file was damaged: its changes are lost
            return self._repair(state, held)
        _track(state)
        return state, held

    def _apply(self, state: CrawlState, held: _Held, journal: dict[str, int]) -> bool:
        """Apply, in order, the journal files not yet applied to a held state; a damaged one is
        put aside and skipped. Whether one was."""
        damaged = False
        for name, size in journal.items():
            if name in held.journal:
                continue
            try:
                data = self.zone.read_bytes(*JOURNAL_DIR, name)
                changes = StateChanges.model_validate_json(data)
            except (ValueError, UnicodeDecodeError) as exc:
                self._put_aside((*JOURNAL_DIR, name), exc)
                damaged = True
                continue
            changes.apply(state)
            held.journal[name] = size
            held.seq = max(held.seq, _seq(name))
            held.mark_saved(state, list(changes.urls))
        return damaged

    def _put_aside(self, parts: tuple[str, ...], exc: Exception) -> None:
        """Keep a damaged state file under a name no load reads, and say so in one line."""
        path = "/".join(parts)
        aside = (*parts[:-1], f".{parts[-1]}.{uuid.uuid4().hex[:8]}.damaged")
        self.zone.fs.mv(self.zone.path(*parts), self.zone.path(*aside))
        damage = Damage(path, f"damaged ({_first_line(exc)}); kept as {'/'.join(aside)}")
        log.warning("crawl state file %s is %s", damage.path, damage.reason)
        self.repaired.append(damage)

    def _repair(self, state: CrawlState, held: _Held) -> tuple[CrawlState, _Held]:
        """Bring a state that lost a damaged file up to date from the fetch records (each URL's
        latest fetch, with its validators, and the article keys), and write it as the snapshot."""
        records = sorted(self.records(), key=lambda r: r.fetched_at)
        state_from_records(records, state)
        held.mark_saved(state)
        _track(state)
        self._fold(state, held)
        how = f"rebuilt from {len(records)} fetch records" if records else "started afresh"
        log.warning("crawl state %s", how)
        self.repaired.append(Damage("/".join(STATE_FILE), f"crawl state {how}"))
        return state, held

    def _fold(self, state: CrawlState, held: _Held) -> None:
        """Write the state as the snapshot, naming the journal files it holds, then delete them."""
        folded = sorted(held.journal)
        data = _Snapshot.model_construct(**dict(state), folded=folded).model_dump_json(indent=1)
        self.zone.write_atomic(data.encode(), *STATE_FILE)
        for name in folded:
            self.zone.fs.rm(self.zone.path(*JOURNAL_DIR, name))
        held.journal = {}
        held.snapshot = self._snapshot_info()
        held.snapshot_size = len(data)
        log.debug("crawl state: %d journal files folded into the snapshot", len(folded))
