"""Read one article for `raceresults extract`: a local .html/.htm/.txt file, a file:// URL or an
http(s) URL, refused with a specific error when it is missing, empty, binary, too big or (a URL)
not received whole within its deadline."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import requests

from extractors.html import bom_encoding
from flows.stages.deadline import DeadlineExceeded, deadline, watched_session
from flows.stages.fetch import FetchPolicy, charset_of, describe_error, user_agent

logger = logging.getLogger(__name__)

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # a news page is ~50-500 kB; anything past 5 MB is no article
TIMEOUT_S = (FetchPolicy.connect_timeout_s, FetchPolicy.read_timeout_s)  # connect, silence
DEADLINE_S = FetchPolicy.total_timeout_s  # the whole answer, however slowly the server sends it
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
    """An article's bytes, where they came from and what they are (text/html or text/plain, and
    the charset the server declared)."""

    content: bytes
    url: str | None
    media_type: str | None
    charset: str | None = None


def is_binary(data: bytes, charset: str | None = None) -> bool:
    """True for content no article is made of: known binary signatures, NUL characters, control
    characters. Text is read in the encoding of its BOM, else the declared `charset` (UTF-16
    text is half NUL bytes), else byte by byte."""
    head = data[:SNIFF_BYTES]
    if head.startswith(BINARY_MAGIC):
        return True
    codes: list[int] = list(head)
    for encoding in (bom_encoding(head), charset):
        if encoding:
            try:
                codes = [ord(c) for c in head.decode(encoding, errors="replace")]
            except LookupError:  # a charset Python does not know
                continue
            break
    if 0 in codes:
        return True
    controls = sum(1 for code in codes if code < 32 and code not in (9, 10, 12, 13))
    return controls > MAX_CONTROL_SHARE * max(len(codes), 1)


def _check(data: bytes, source: str, charset: str | None = None) -> bytes:
    if not data.strip():
        raise EmptyInputError(f"{source} is empty")
    if len(data) > MAX_ARTICLE_BYTES:
        raise TooLargeError(f"{source} is over the {MAX_ARTICLE_BYTES // (1024 * 1024)} MB limit")
    if is_binary(data, charset):
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


def load_url(url: str, *, deadline_s: float = DEADLINE_S, contact: str = "") -> LoadedArticle:
    """Fetch an http(s) article, reading at most MAX_ARTICLE_BYTES of its body, the whole answer
    within `deadline_s` (the connection is cut when it passes); the User-Agent names `contact`."""
    late = f"{url}: no whole answer within {deadline_s:g} s"
    with watched_session() as session, deadline(deadline_s, late) as limit:
        try:
            with session.get(
                url, timeout=TIMEOUT_S, stream=True, headers={"User-Agent": user_agent(contact)}
            ) as response:
                if response.status_code >= 400:
                    status = f"HTTP {response.status_code} {response.reason}".strip()
                    raise FetchError(f"{url}: {status}")
                body = bytearray()
                for chunk in response.iter_content(64 * 1024):
                    body += chunk
                    if len(body) > MAX_ARTICLE_BYTES:
                        raise TooLargeError(
                            f"{url} is over the {MAX_ARTICLE_BYTES // (1024 * 1024)} MB limit"
                        )
                    limit.check()
                limit.check()  # a cut connection ends the body early, as if it were whole
                content_type = response.headers.get("content-type", "")
                final_url = response.url
        except DeadlineExceeded as exc:
            raise FetchError(str(exc)) from None
        except requests.RequestException as exc:
            if limit.expired:
                raise FetchError(late) from None
            raise FetchError(f"{url}: could not fetch ({describe_error(exc)})") from exc
    media_type = content_type.split(";")[0].strip().lower() or None
    if media_type and not (media_type.startswith("text/") or "html" in media_type):
        raise BinaryInputError(f"{url} is {media_type}, not an HTML page or text")
    logger.debug("fetched %s (%d bytes, %s)", final_url, len(body), media_type)
    charset = charset_of(content_type)
    return LoadedArticle(_check(bytes(body), url, charset), final_url, media_type, charset)


def load_article(
    path_or_url: str, *, deadline_s: float = DEADLINE_S, contact: str = ""
) -> LoadedArticle:
    """Read an article from a local path, a file:// URL or an http(s) URL (the whole answer
    within `deadline_s`, the User-Agent naming `contact`)."""
    scheme = urlsplit(path_or_url).scheme.lower()
    if scheme in ("http", "https"):
        return load_url(path_or_url, deadline_s=deadline_s, contact=contact)
    if scheme == "file":
        parts = urlsplit(path_or_url)
        loaded = load_file(Path(url2pathname(unquote(parts.path))))
        return LoadedArticle(loaded.content, path_or_url, loaded.media_type)
    if scheme and len(scheme) > 1:
        raise FetchError(
            f"{path_or_url}: unsupported URL scheme '{scheme}' (use http, https or file)"
        )
    return load_file(Path(path_or_url))
