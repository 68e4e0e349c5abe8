"""Write a corpus to disk once, and serve its first N articles from 127.0.0.1 like a news site.

The site answers conditional requests: each page has an ETag (hash of its body) and a
Last-Modified date, so a second crawl of an unchanged site gets nothing but 304s.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import logging
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench.corpus import DEFAULT_SEED, GENERATOR_VERSION, generate_article
from bench.pages import feed_xml, sitemap_index_xml, sitemap_xml

logger = logging.getLogger(__name__)

SITEMAP_CHUNK = 500  # URLs per sitemap file, as large sites split theirs


@dataclass(frozen=True, slots=True)
class PageEntry:
    """A stored page: where the site serves it and how a client can tell it is unchanged."""

    index: int
    path: str
    etag: str
    published: date
    title: str
    words: int
    size: int
    rows_stated: int  # result rows its lists and tables state


class CorpusStore:
    """A corpus written to a folder: pages, their texts and a manifest, grown on demand."""

    def __init__(self, root: Path, seed: int = DEFAULT_SEED) -> None:
        self.seed = seed
        self.root = Path(root) / f"seed{seed}-v{GENERATOR_VERSION}"
        self.pages = self.root / "pages"
        self.manifest = self.root / "manifest.jsonl"
        self.texts = self.root / "texts.jsonl"

    def entries(self, size: int | None = None) -> list[PageEntry]:
        """The manifest's first `size` entries (all when None)."""
        if not self.manifest.exists():
            return []
        out = []
        with self.manifest.open(encoding="utf-8") as f:
            for line in f:
                if size is not None and len(out) >= size:
                    break
                row = json.loads(line)
                row["published"] = date.fromisoformat(row["published"])
                out.append(PageEntry(**row))
        return out

    def ensure(self, size: int) -> list[PageEntry]:
        """Generate articles until the store holds at least `size`, and return the first `size`."""
        have = self.entries()
        if len(have) >= size:
            return have[:size]
        self.pages.mkdir(parents=True, exist_ok=True)
        logger.info("generating articles %d..%d into %s", len(have), size - 1, self.root)
        with (
            self.manifest.open("a", encoding="utf-8") as manifest,
            self.texts.open("a", encoding="utf-8") as texts,
        ):
            for index in range(len(have), size):
                article = generate_article(index, self.seed)
                body = article.html.encode("utf-8")
                (self.pages / f"{index}.html").write_bytes(body)
                entry = {
                    "index": index,
                    "path": article.path,
                    "etag": '"' + hashlib.sha256(body).hexdigest()[:20] + '"',
                    "published": article.published.isoformat(),
                    "title": article.title,
                    "words": article.words,
                    "size": len(body),
                    "rows_stated": article.rows_stated,
                }
                texts.write(json.dumps({"index": index, "text": article.text}) + "\n")
                manifest.write(json.dumps(entry, ensure_ascii=False) + "\n")
        return self.entries(size)

    def iter_texts(self, size: int) -> Iterator[str]:
        """The plain texts of the first `size` articles, streamed from disk."""
        with self.texts.open(encoding="utf-8") as f:
            for count, line in enumerate(f):
                if count >= size:
                    return
                yield json.loads(line)["text"]


class LoopbackSite:
    """Serves a corpus's first N articles, a feed, a sitemap index and robots.txt on 127.0.0.1."""

    def __init__(self, store: CorpusStore, size: int, port: int = 0) -> None:
        self.store = store
        self.entries = store.ensure(size)
        self.by_path = {entry.path: entry for entry in self.entries}
        self.statuses: Counter[int] = Counter()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.updated = max((e.published for e in self.entries), default=date(2000, 1, 1))
        self._static = self._static_documents()
        self._thread: threading.Thread | None = None

    @property
    def sitemap_url(self) -> str:
        return f"{self.base_url}/sitemap.xml"

    @property
    def feed_url(self) -> str:
        return f"{self.base_url}/feed.xml"

    def _static_documents(self) -> dict[str, tuple[bytes, str]]:
        base = self.base_url
        docs: dict[str, tuple[bytes, str]] = {}
        chunks = [
            self.entries[i : i + SITEMAP_CHUNK] for i in range(0, len(self.entries), SITEMAP_CHUNK)
        ]
        paths = [f"/sitemaps/articles-{k + 1}.xml" for k in range(len(chunks))]
        for path, chunk in zip(paths, chunks, strict=True):
            xml = sitemap_xml(((e.path, e.published) for e in chunk), base)
            docs[path] = (xml.encode(), "application/xml")
        docs["/sitemap.xml"] = (sitemap_index_xml(paths, base).encode(), "application/xml")
        docs["/feed.xml"] = (
            feed_xml(((e.path, e.title, e.published) for e in self.entries), base).encode(),
            "application/rss+xml",
        )
        robots = f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n"
        docs["/robots.txt"] = (robots.encode(), "text/plain")
        return docs

    def count(self, status: int) -> None:
        with self._lock:
            self.statuses[status] += 1

    def reset_counts(self) -> Counter[int]:
        """The status counts since the last reset (then zeroed)."""
        with self._lock:
            counts, self.statuses = self.statuses, Counter()
        return counts

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                logger.debug("%s " + format, self.address_string(), *args)

            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?", 1)[0]
                if path in site._static:
                    body, content_type = site._static[path]
                    etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
                    if self._not_modified(etag, site.updated):
                        self._send(304, b"", None, etag=etag)
                    else:
                        self._send(200, body, content_type, etag=etag)
                    return
                entry = site.by_path.get(path)
                if entry is None:
                    self._send(404, b"not found", "text/plain")
                    return
                modified = _http_date(entry.published)
                if self._not_modified(entry.etag, entry.published):
                    self._send(304, b"", None, etag=entry.etag, modified=modified)
                    return
                body = (site.store.pages / f"{entry.index}.html").read_bytes()
                self._send(
                    200, body, "text/html; charset=utf-8", etag=entry.etag, modified=modified
                )

            def _not_modified(self, etag: str, published: date) -> bool:
                match = self.headers.get("If-None-Match")
                if match is not None:
                    return etag in [tag.strip() for tag in match.split(",")] or match == "*"
                since = self.headers.get("If-Modified-Since")
                if since is None:
                    return False
                try:
                    when = email.utils.parsedate_to_datetime(since)
                except (TypeError, ValueError):
                    return False
                return when >= datetime(published.year, published.month, published.day, tzinfo=UTC)

            def _send(
                self,
                status: int,
                body: bytes,
                content_type: str | None,
                *,
                etag: str | None = None,
                modified: str | None = None,
            ) -> None:
                site.count(status)
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                if etag:
                    self.send_header("ETag", etag)
                if modified:
                    self.send_header("Last-Modified", modified)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body:
                    self.wfile.write(body)

        return Handler

    def __enter__(self) -> LoopbackSite:
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()


def _http_date(day: date) -> str:
    moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return email.utils.format_datetime(moment, usegmt=True)
