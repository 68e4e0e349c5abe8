"""One article in, its Extraction out: from a path, a URL, or the article's own text."""

from __future__ import annotations

import os
from pathlib import Path

from extractors.document import Document
from extractors.records import Extraction
from flows.interfaces.article_reader import DEADLINE_S, HTML_SUFFIXES, TEXT_SUFFIXES


def _is_location(value: str) -> bool:
    """A path or URL, not an article's text: one short line with a URL scheme ('https://', or
    'ftp://' to be refused as such), naming an existing path, or a file name ('report.html',
    to be refused as missing)."""
    if "\n" in value or "<" in value or len(value) > 4096:
        return False
    suffix = Path(value).suffix.lower()
    return "://" in value or Path(value).exists() or suffix in HTML_SUFFIXES | TEXT_SUFFIXES


def read_article(
    path_or_text: str | os.PathLike[str],
    *,
    url: str | None = None,
    timeout_s: float = DEADLINE_S,
    contact: str = "",
) -> Document:
    """The Document of one article: a path (.html, .htm, .txt), an http(s):// or file:// URL
    (read within `timeout_s`, the User-Agent naming `contact`), or the article itself as HTML or
    plain text (`url`: where that text comes from). Raises
    flows.interfaces.article_reader.LoadError for a location that cannot be read (missing, a
    folder, binary, too big, too slow) and extractors.html.NoArticleError for a page without
    article text."""
    from extractors.article import document_for
    from flows.interfaces.article_reader import (
        load_article,
    )  # requests comes with it: imported when used

    if isinstance(path_or_text, os.PathLike) or _is_location(path_or_text):
        loaded = load_article(os.fspath(path_or_text), deadline_s=timeout_s, contact=contact)
        return document_for(
            loaded.content,
            url=loaded.url or url,
            media_type=loaded.media_type,
            charset=loaded.charset,
        )
    return document_for(path_or_text, url=url)


def extract(
    path_or_text: str | os.PathLike[str],
    *,
    url: str | None = None,
    timeout_s: float = DEADLINE_S,
    contact: str = "",
) -> Extraction:
    """Extract one article (what `read_article` takes); raises what it raises."""
    from extractors.article import extract_document

    return extract_document(
        read_article(path_or_text, url=url, timeout_s=timeout_s, contact=contact)
    )
