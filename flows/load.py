"""Read one article for `raceresults extract`: a local .html/.htm/.txt file, a file:// URL or an
http(s) URL, refused with a specific error when it is missing, empty, binary or too big."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import requests

from flows.fetch import user_agent

logger = logging.getLogger(__name__)

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # a news page is ~50-500 kB; anything past 5 MB is no article
TIMEOUT_S = (10.0, 30.0)  # connect, read
SNIFF_BYTES = 8192
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
# Signatures of binary formats a user might point at by mistake.
BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh",
                b"\x7fELF", b"RIFF", b"OggS", b"ID3", b"\x00\x00\x01\x00", b"wOFF")  # fmt: skip
# Share of control characters (other than tab/newline/CR/form feed) beyond which bytes are binary.
MAX_CONTROL_SHARE = 0.05


class LoadError(Exception):
    """An article could not be read; the message is one line for the user."""


class MissingInputError(LoadError):
    """The file does not exist or is not a file."""


class FolderInputError(LoadError):
    """The path is a folder: `extract` reads one article."""


class EmptyInputError(LoadError):
    """The file or response has no content."""


class BinaryInputError(LoadError):
    """The content is binary (an image, a PDF, an archive), not a page or text."""


class TooLargeError(LoadError):
    """The content is over MAX_ARTICLE_BYTES."""


class FetchError(LoadError):
    """The URL could not be fetched (network error, HTTP error status)."""


@dataclass(frozen=True, slots=True)
class LoadedArticle:
    """An article's bytes, where they came from and what they are (text/html or text/plain)."""

    content: bytes
    url: str | None
    media_type: str | None


def is_binary(data: bytes) -> bool:
    """True for content no article is made of: known binary signatures, NUL bytes, control bytes."""
    head = data[:SNIFF_BYTES]
    if head.startswith(BINARY_MAGIC) or b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls > MAX_CONTROL_SHARE * max(len(head), 1)


def _check(data: bytes, source: str) -> bytes:
    if not data.strip():
        raise EmptyInputError(f"{source} is empty")
    if len(data) > MAX_ARTICLE_BYTES:
        raise TooLargeError(f"{source} is over the {MAX_ARTICLE_BYTES // (1024 * 1024)} MB limit")
    if is_binary(data):
        raise BinaryInputError(f"{source} is a binary file, not an HTML page or text")
    return data


def _media_type_of_suffix(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "text/html"
    return "text/plain" if suffix in TEXT_SUFFIXES else None


def load_file(path: Path) -> LoadedArticle:
    """Read a local article file, refusing folders and missing, empty, binary and oversized
    files."""
    if path.is_dir():
        raise FolderInputError(
            f"{path} is a folder: give one article file (`raceresults ingest --source {path}` "
            "reads a folder)"
        )
    if not path.is_file():
        raise MissingInputError(f"{path}: no such file")
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise TooLargeError(f"{path} is over the {MAX_ARTICLE_BYTES // (1024 * 1024)} MB limit")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MissingInputError(f"{path}: {exc.strerror or exc}") from exc
    return LoadedArticle(_check(data, str(path)), None, _media_type_of_suffix(path))


def load_url(url: str) -> LoadedArticle:
    """Fetch an http(s) article, reading at most MAX_ARTICLE_BYTES of its body."""
    try:
        with requests.get(
            url, timeout=TIMEOUT_S, stream=True, headers={"User-Agent": user_agent()}
        ) as response:
            if response.status_code >= 400:
                raise FetchError(f"{url}: HTTP {response.status_code} {response.reason}".strip())
            body = bytearray()
            for chunk in response.iter_content(64 * 1024):
                body += chunk
                if len(body) > MAX_ARTICLE_BYTES:
                    raise TooLargeError(
                        f"{url} is over the {MAX_ARTICLE_BYTES // (1024 * 1024)} MB limit"
                    )
            content_type = response.headers.get("content-type", "")
            final_url = response.url
    except requests.RequestException as exc:
        reason = type(exc).__name__
        raise FetchError(f"{url}: could not fetch ({reason})") from exc
    media_type = content_type.split(";")[0].strip().lower() or None
    if media_type and not (media_type.startswith("text/") or "html" in media_type):
        raise BinaryInputError(f"{url} is {media_type}, not an HTML page or text")
    logger.debug("fetched %s (%d bytes, %s)", final_url, len(body), media_type)
    return LoadedArticle(_check(bytes(body), url), final_url, media_type)


def load_article(path_or_url: str) -> LoadedArticle:
    """Read an article from a local path, a file:// URL or an http(s) URL."""
    scheme = urlsplit(path_or_url).scheme.lower()
    if scheme in ("http", "https"):
        return load_url(path_or_url)
    if scheme == "file":
        parts = urlsplit(path_or_url)
        loaded = load_file(Path(url2pathname(unquote(parts.path))))
        return LoadedArticle(loaded.content, path_or_url, loaded.media_type)
    if scheme and len(scheme) > 1:
        raise FetchError(
            f"{path_or_url}: unsupported URL scheme '{scheme}' (use http, https or file)"
        )
    return load_file(Path(path_or_url))
