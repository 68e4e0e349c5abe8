"""The raw zone, DATA_DIR/raw: every fetched page kept once and for ever, named by the sha256 of its
body, with one metadata record per fetch, and the crawl state that makes the next run incremental.

    raw/pages/ab/ab12….html             page bodies, content-addressed, immutable
    raw/meta/ab/ab12…/<when>-<url>.json one FetchRecord per fetch that returned this body
    raw/state/crawl.json                seen URLs with validators, article identities, watermarks

Every file is written atomically (aside, then moved), so a crash never leaves half of one.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from extractors.urls import normalize_url
from flows.storage import Zone

log = logging.getLogger(__name__)

Role = Literal["article", "feed", "sitemap", "listing", "urls"]

RAW_DIR = "raw"
STATE_FILE = ("state", "crawl.json")
_EXTENSIONS = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "txt"}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _is_home(url: str) -> bool:
    return not urlsplit(url).path.strip("/")


class RawZone:
    """Pages, fetch records and crawl state under DATA_DIR/raw on any fsspec filesystem."""

    def __init__(self, zone: Zone):
        self.zone = zone

    @classmethod
    def at(cls, data_dir: str | Path) -> RawZone:
        return cls(Zone.at(str(data_dir)).child(RAW_DIR))

    # -- pages ---------------------------------------------------------------------------------

    def put_page(self, body: bytes, media_type: str | None) -> tuple[str, str, bool]:
        """Store a body once: (its hash, its path in the zone, whether it was new)."""
        digest = sha256(body)
        page = f"pages/{digest[:2]}/{digest}.{extension_for(media_type)}"
        if self.zone.exists(page):
            return digest, page, False
        self.zone.write_atomic(body, page)
        return digest, page, True

    def read_page(self, page: str) -> bytes:
        return self.zone.read_bytes(page)

    # -- fetch records -------------------------------------------------------------------------

    def put_record(self, record: FetchRecord) -> str:
        """Keep the record of one fetch beside its page's other records."""
        stamp = record.fetched_at.replace("-", "").replace(":", "").replace(".", "")[:18]
        name = f"{stamp}-{sha256(record.requested_url.encode())[:12]}.json"
        digest = record.page_hash
        data = record.model_dump_json(indent=1).encode()
        return self.zone.write_atomic(data, "meta", digest[:2], digest, name)

    def records(self) -> Iterator[FetchRecord]:
        """Every fetch record in the zone (any order)."""
        root = self.zone.path("meta")
        if not self.zone.fs.exists(root):
            return
        for path in self.zone.fs.find(root):
            name = path.rsplit("/", 1)[-1]
            if name.endswith(".json") and not name.startswith("."):
                yield FetchRecord.model_validate_json(self.zone.fs.cat_file(path))

    # -- crawl state ---------------------------------------------------------------------------

    def load_state(self) -> CrawlState:
        if not self.zone.exists(*STATE_FILE):
            return CrawlState()
        return CrawlState.model_validate_json(self.zone.read_bytes(*STATE_FILE))

    def save_state(self, state: CrawlState) -> None:
        """Write the crawl state atomically: readers see the old state or the new, never a mix."""
        self.zone.write_atomic(state.model_dump_json(indent=1).encode(), *STATE_FILE)
