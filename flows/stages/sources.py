"""The sources file: where to look for race reports, as TOML.

    [defaults]                     # optional: applies to every source that does not say otherwise
    series = "Gran Turismo World Series"

    [[source]]
    name = "gtws-news"             # optional; names the source in reports and state
    kind = "feed"                  # feed | sitemap | listing | urls | file | folder | auto
    url = "https://example.org/news/feed.xml"
    include = ['/news/']           # URL regexes: keep a link when one matches …
    exclude = ['/video/']          # … and none of these does
    since = 2024-01-01             # keep links dated from (feeds, sitemaps, listings) …
    until = 2024-12-31             # … up to this date; undated links are kept

    [[source]]
    kind = "listing"               # an archive page; follows "next" links
    url = "https://example.org/news/"
    max_pages = 20

    [[source]]
    kind = "urls"
    urls = ["https://example.org/news/2024-final-report"]

    [[source]]
    kind = "folder"                # local .html/.htm/.txt files; paths are relative to this file
    path = "articles"

`auto` (the kind of a `--source` given on the command line) is decided from the content.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal, get_args
from urllib.parse import urlsplit
from urllib.request import url2pathname

from extractors.discovery import Link

SourceKind = Literal["feed", "sitemap", "listing", "urls", "file", "folder", "auto"]
KINDS: tuple[str, ...] = get_args(SourceKind)
ARTICLE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt")

_URL_KINDS = {"feed", "sitemap", "listing"}
_PATH_KINDS = {"file", "folder"}
_DEFAULT_KEYS = {"series", "include", "exclude", "since", "until", "max_pages"}
_KEYS = _DEFAULT_KEYS | {"name", "kind", "url", "urls", "path"}


class SourcesError(ValueError):
    """A sources file or source that cannot be used; the message says what and where."""


@dataclass(frozen=True)
class Source:
    """One place to discover articles, with the filters that apply to what it yields."""

    kind: SourceKind
    name: str
    url: str | None = None  # feed, sitemap, listing, and auto when given a URL
    path: Path | None = None  # file, folder, and auto when given a path
    urls: tuple[str, ...] = ()  # urls
    series: str | None = None
    include: tuple[re.Pattern[str], ...] = ()
    exclude: tuple[re.Pattern[str], ...] = ()
    since: date | None = None
    until: date | None = None
    max_pages: int = 50

    def accepts(self, link: Link) -> bool:
        """Whether a discovered link passes the URL patterns and the date range."""
        if self.include and not any(p.search(link.url) for p in self.include):
            return False
        if any(p.search(link.url) for p in self.exclude):
            return False
        day = link.published or (link.modified.date() if link.modified else None)
        if day is None:
            return True
        return (self.since is None or day >= self.since) and (
            self.until is None or day <= self.until
        )


def _patterns(value: Any, where: str, key: str) -> tuple[re.Pattern[str], ...]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise SourcesError(f"{where}: {key} must be a regex or a list of regexes")
    try:
        return tuple(re.compile(v) for v in values)
    except re.error as exc:
        raise SourcesError(f"{where}: bad {key} regex {exc.pattern!r}: {exc}") from None


def _date(value: Any, where: str, key: str) -> date | None:
    if value is None or (isinstance(value, date) and not hasattr(value, "hour")):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise SourcesError(f"{where}: {key} must be a date like 2024-01-31, not {value!r}")


def _make(entry: dict[str, Any], where: str, base: Path | None) -> Source:
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise SourcesError(f"{where}: unknown option {', '.join(unknown)}")
    kind = entry.get("kind", "auto")
    if kind not in KINDS:
        raise SourcesError(f"{where}: unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    url, path, urls = entry.get("url"), entry.get("path"), entry.get("urls", [])
    if kind in _URL_KINDS and not isinstance(url, str):
        raise SourcesError(f'{where}: a {kind} source needs url = "https://…"')
    if kind in _PATH_KINDS and not isinstance(path, str):
        raise SourcesError(f'{where}: a {kind} source needs path = "…"')
    if kind == "urls" and (not urls or not all(isinstance(u, str) for u in urls)):
        raise SourcesError(f'{where}: a urls source needs urls = ["https://…", …]')
    if kind == "auto" and not (isinstance(url, str) or isinstance(path, str)):
        raise SourcesError(f"{where}: a source needs a url or a path")
    resolved = None
    if isinstance(path, str):
        resolved = Path(path).expanduser()
        if base is not None and not resolved.is_absolute():
            resolved = base / resolved
    max_pages = entry.get("max_pages", 50)
    if not isinstance(max_pages, int) or max_pages < 1:
        raise SourcesError(f"{where}: max_pages must be a positive integer")
    series = entry.get("series")
    if series is not None and not isinstance(series, str):
        raise SourcesError(f"{where}: series must be text")
    name = entry.get("name") or url or (str(resolved) if resolved else f"urls:{urls[0]}")
    return Source(
        kind=kind,
        name=str(name),
        url=url,
        path=resolved,
        urls=tuple(urls),
        series=series,
        include=_patterns(entry.get("include", []), where, "include"),
        exclude=_patterns(entry.get("exclude", []), where, "exclude"),
        since=_date(entry.get("since"), where, "since"),
        until=_date(entry.get("until"), where, "until"),
        max_pages=max_pages,
    )


def load_sources(path: str | Path) -> list[Source]:
    """Read a sources file; relative paths in it are relative to the file's folder."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourcesError(f"cannot read sources file {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise SourcesError(f"sources file {path} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"sources file {path} is not valid TOML: {exc}") from None
    unknown = sorted(set(data) - {"defaults", "source"})
    if unknown:
        raise SourcesError(f"{path}: unknown table {', '.join(unknown)} (expected [[source]])")
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict) or set(defaults) - _DEFAULT_KEYS:
        allowed = ", ".join(sorted(_DEFAULT_KEYS))
        raise SourcesError(f"{path}: [defaults] may only set {allowed}")
    entries = data.get("source", [])
    if not isinstance(entries, list) or not entries:
        raise SourcesError(f"{path}: no [[source]] entries")
    sources = [
        _make({**defaults, **entry}, f"{path}: source {number}", path.parent)
        for number, entry in enumerate(entries, 1)
    ]
    names = [s.name for s in sources]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise SourcesError(f"{path}: two sources named {duplicated[0]!r}; give them distinct names")
    return sources


def source_from_arg(arg: str) -> Source:
    """A source from a command-line `--source URL|PATH`; its kind is decided from the content."""
    parts = urlsplit(arg)
    if parts.scheme in {"http", "https"}:
        return _make({"url": arg}, f"--source {arg}", None)
    path = Path(url2pathname(parts.path)) if parts.scheme == "file" else Path(arg)
    if path.is_dir():
        return _make({"kind": "folder", "path": str(path)}, f"--source {arg}", None)
    if path.is_file():
        return _make({"path": str(path)}, f"--source {arg}", None)
    raise SourcesError(f"--source {arg}: no such URL, file or folder")
