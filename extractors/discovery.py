"""Finding article links: RSS/Atom feeds, sitemaps and sitemap indexes, HTML listing pages with
their "next page" link, plain URL lists; and telling which of these a document is.

Pure parsing: bytes and the URL they came from in, links out. Fetching lives in `flows/`.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from email.utils import parsedate_to_datetime
from typing import Literal
from urllib.parse import urljoin, urlsplit

from lxml import etree, html

from extractors.urls import site_of

DocKind = Literal["feed", "sitemap", "listing", "article", "urls"]

# an http(s) URL alone on a line of a URL list: "https://example.com/news/final-report"
URL_LINE_RE = re.compile(r"^https?://\S+$")
# the opening of an XML document or of a feed/sitemap root: "<?xml", "<rss", "<feed", "<urlset"
XML_START_RE = re.compile(rb"^\s*<(?:\?xml|rss|feed|urlset|sitemapindex|rdf:RDF)\b", re.I)
# the text of a link to the next page of a listing: "Next", "Next page ›", "Older posts", "»"
NEXT_TEXT_RE = re.compile(
    r"^(?:next(?:\s+page)?|older(?:\s+(?:posts|entries|articles|news))?|more\s+(?:news|articles)"
    r"|weiter|suivant|successiv[oa]|siguiente|próxima|[›»→>]+)\s*[›»→>]*$",
    re.IGNORECASE,
)
# a page number in a listing URL: "?page=3", "&paged=3", "/page/3/", "/page-3" (not WordPress "?p=")
PAGE_NUMBER_RE = re.compile(r"(?:[?&](?:page|paged|pg)=|/page[/-])(\d+)", re.IGNORECASE)
# paths that are never articles: "/tag/gt7", "/category/esports", "/author/ana", "/login"
NOT_ARTICLE_PATH_RE = re.compile(
    r"/(?:tags?|categor(?:y|ies)|topics?|authors?|search|login|signup|register|account|cart"
    r"|privacy|cookies?|terms|contact|about|feed|rss|page)(?:/|$)"
    r"|\.(?:jpe?g|png|gif|webp|svg|pdf|zip|mp[34]|css|js|xml|ico)$",
    re.IGNORECASE,
)
# an article-like path: a dated path "/2024/05/…", a hyphenated slug "/final-round", or an id
# "/news/12345-grand-final", "/story/98765"
ARTICLE_PATH_RE = re.compile(
    r"/(?:19|20)\d\d/(?:[01]?\d/)?|/[^/]*[a-z0-9]+-[a-z0-9]+[^/]*/?$|/\d{3,}(?:[-/]|$)",
    re.IGNORECASE,
)
# the last path segment of a page rather than a section: "race-report", "12345", "final.html"
PAGE_SEGMENT_RE = re.compile(r"[-_\d][^/]*/?$|\.(?:s?html?|php|aspx?)$", re.IGNORECASE)
# class or id of page furniture whose links are not articles: "main-nav", "site-footer", "related"
FURNITURE_RE = re.compile(
    r"\b(?:nav|navbar|menu|footer|sidebar|breadcrumbs?|pagination|pager|share|social|cookie"
    r"|consent|newsletter|comments?|related|recommended|trending|popular|most read)\b",
    re.IGNORECASE,
)
# schema.org types of a single article: "NewsArticle", "BlogPosting", "ReportageNewsArticle"
ARTICLE_TYPE_RE = re.compile(r"^(?:\w*Article|BlogPosting|Report)$")

_FURNITURE_TAGS = frozenset({"nav", "header", "footer", "aside", "form"})
_MAX_SITEMAP_BYTES = 50_000_000  # the sitemap protocol's own limit for one (uncompressed) file
_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, recover=True, huge_tree=False
)


class DiscoveryError(ValueError):
    """A document that should be a feed, sitemap or listing but cannot be read as one."""


@dataclass(frozen=True, slots=True)
class Link:
    """A link to a page found by discovery, with what the linking document says about it."""

    url: str
    title: str | None = None
    published: date | None = None  # the publication date a feed or listing gives
    modified: datetime | None = None  # when the page last changed (sitemap lastmod, Atom updated)


@dataclass(frozen=True, slots=True)
class Sitemap:
    """A parsed sitemap: page links (urlset) and links to further sitemaps (sitemap index)."""

    pages: tuple[Link, ...]
    sitemaps: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class Listing:
    """A parsed listing or archive page: its article links and the URL of its next page."""

    articles: tuple[Link, ...]
    next_url: str | None


@dataclass(frozen=True, slots=True)
class PageLinks:
    """What a page says about its own identity: its canonical URL and its AMP version."""

    canonical: str | None
    amphtml: str | None


# -- dates -------------------------------------------------------------------------------------


def parse_datetime(text: str | None, *, end_of_day: bool = False) -> datetime | None:
    """An aware UTC datetime from ISO 8601 (`2024-05-01T10:00:00+02:00`, `2024-05-01`: start or
    end of that day) or RFC 822 (`Wed, 01 May 2024 10:00:00 GMT`); None when unreadable."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime.combine(day, time.max if end_of_day else time.min, UTC)
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            value = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _day(text: str | None) -> date | None:
    value = parse_datetime(text)
    return value.date() if value else None


# -- XML: feeds and sitemaps -------------------------------------------------------------------


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _child_text(element: etree._Element, *names: str) -> str | None:
    """Text of the first child whose local name is one of `names` (namespaces ignored)."""
    for name in names:
        for child in element:
            if _local(child) == name and (child.text or "").strip():
                return child.text.strip()
    return None


def _xml_root(content: bytes) -> etree._Element | None:
    if content[:2] == b"\x1f\x8b":
        content = _gunzip(content)
    try:
        return etree.fromstring(content.lstrip(), _XML_PARSER)
    except etree.XMLSyntaxError:
        return None


def _gunzip(content: bytes) -> bytes:
    """Decompress a gzipped sitemap, refusing one that inflates past the sitemap size limit."""
    inflater = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        data = inflater.decompress(content, _MAX_SITEMAP_BYTES)
    except zlib.error as exc:
        raise DiscoveryError(f"broken gzip data: {exc}") from None
    if inflater.unconsumed_tail:
        raise DiscoveryError(f"gzipped document inflates past {_MAX_SITEMAP_BYTES} bytes")
    return data


def parse_feed(content: bytes, base_url: str) -> list[Link]:
    """Entries of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, in feed order."""
    root = _xml_root(content)
    if root is None or _local(root) not in {"rss", "RDF", "feed"}:
        raise DiscoveryError("not an RSS or Atom feed")
    base = root.get("{http://www.w3.org/XML/1998/namespace}base") or base_url
    links: list[Link] = []
    for entry in root.iter():
        kind = _local(entry)
        if kind == "item":
            url = _child_text(entry, "link")
            if not url:
                guid = next((c for c in entry if _local(c) == "guid"), None)
                if guid is not None and guid.get("isPermaLink", "true") != "false":
                    url = (guid.text or "").strip() or None
            published = _day(_child_text(entry, "pubDate", "date"))
            modified = None
        elif kind == "entry":
            url = _atom_link(entry)
            published = _day(_child_text(entry, "published", "updated"))
            modified = parse_datetime(_child_text(entry, "updated"))
        else:
            continue
        if url:
            title = _child_text(entry, "title")
            links.append(Link(urljoin(base, url), title, published, modified))
    return links


def _atom_link(entry: etree._Element) -> str | None:
    """The entry's `alternate` link (an Atom link with no rel is an alternate one)."""
    for child in entry:
        if _local(child) == "link" and child.get("rel", "alternate") == "alternate":
            href = child.get("href")
            if href:
                return href.strip()
    return None


def parse_sitemap(content: bytes, base_url: str) -> Sitemap:
    """Page links of a `<urlset>` sitemap or sitemap links of a `<sitemapindex>` (gzip or not)."""
    root = _xml_root(content)
    if root is None or _local(root) not in {"urlset", "sitemapindex"}:
        raise DiscoveryError("not a sitemap (no <urlset> or <sitemapindex>)")
    is_index = _local(root) == "sitemapindex"
    found: list[Link] = []
    for entry in root:
        if _local(entry) not in {"url", "sitemap"}:
            continue
        loc = _child_text(entry, "loc")
        if not loc:
            continue
        news = next((c for c in entry if _local(c) == "news"), None)
        published = _day(_child_text(news, "publication_date")) if news is not None else None
        title = _child_text(news, "title") if news is not None else None
        modified = parse_datetime(_child_text(entry, "lastmod"), end_of_day=True)
        found.append(Link(urljoin(base_url, loc), title, published, modified))
    if is_index:
        return Sitemap(pages=(), sitemaps=tuple(found))
    return Sitemap(pages=tuple(found), sitemaps=())


def parse_url_list(content: bytes) -> list[Link]:
    """Links of a plain-text URL list: one http(s) URL per line; `#` comments and blanks skipped."""
    text = content.decode("utf-8", errors="replace")
    lines = [line.strip() for line in text.splitlines()]
    return [Link(line) for line in lines if URL_LINE_RE.match(line)]


# -- HTML: listings and pages ------------------------------------------------------------------


def _html_root(content: bytes | str) -> html.HtmlElement | None:
    if isinstance(content, bytes) and not content.strip():
        return None
    try:
        return html.document_fromstring(content)
    except (etree.ParserError, ValueError):
        return None


def _base(root: html.HtmlElement, url: str) -> str:
    base = root.find(".//base[@href]")
    return urljoin(url, base.get("href")) if base is not None else url


def _text(element: html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _in_furniture(element: html.HtmlElement) -> bool:
    """Whether a link sits in menus, headers, footers, sidebars or share/related boxes; inside an
    `<article>` card nothing counts as furniture until the card itself is left."""
    ancestors = list(element.iterancestors())
    cards = [i for i, a in enumerate(ancestors) if a.tag == "article"]
    for ancestor in ancestors[cards[0] + 1 :] if cards else ancestors:
        if ancestor.tag in {"body", "html", "main"}:
            return False
        if ancestor.tag in _FURNITURE_TAGS or ancestor.get("role") == "navigation":
            return True
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
        if FURNITURE_RE.search(marks.replace("-", " ").replace("_", " ")):
            return True
    return False


def _container_date(anchor: html.HtmlElement) -> date | None:
    """The `<time datetime>` of the list item, card or `<article>` around a link."""
    for ancestor in anchor.iterancestors():
        if ancestor.tag in {"article", "li", "div", "section", "tr"}:
            stamp = ancestor.find(".//time[@datetime]")
            if stamp is not None:
                return _day(stamp.get("datetime"))
            if ancestor.tag in {"article", "li", "tr"}:
                return None
    return None


def _is_article_url(url: str, page_url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https", "file"} or site_of(url) != site_of(page_url):
        return False
    if url.split("#")[0] == page_url.split("#")[0] or PAGE_NUMBER_RE.search(url):
        return False
    return not NOT_ARTICLE_PATH_RE.search(parts.path)


def parse_listing(content: bytes | str, url: str) -> Listing:
    """Article links of a listing or archive page, and its next-page link.

    Links inside `<article>` cards or headings count first; elsewhere a link counts when its path
    looks like an article (a date, a hyphenated slug) and it is not menu, footer or share furniture.
    """
    root = _html_root(content)
    if root is None:
        raise DiscoveryError("not an HTML page")
    base = _base(root, url)
    next_url = _next_link(root, base, url)
    found: dict[str, Link] = {}
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        target = urljoin(base, href).split("#")[0]
        if target in found or target == next_url or not _is_article_url(target, url):
            continue
        if _in_furniture(anchor) or not _looks_like_article_link(anchor, target):
            continue
        title = _text(anchor) or anchor.get("title") or None
        found[target] = Link(target, title, _container_date(anchor))
    return Listing(tuple(found.values()), next_url)


def _looks_like_article_link(anchor: html.HtmlElement, target: str) -> bool:
    path = urlsplit(target).path
    ancestors = {a.tag for a in anchor.iterancestors()}
    if ancestors & {"article", "h1", "h2", "h3", "h4", "h5", "h6"}:
        return bool(PAGE_SEGMENT_RE.search(path))
    return bool(ARTICLE_PATH_RE.search(path)) and len(_text(anchor).split()) >= 3


def _next_link(root: html.HtmlElement, base: str, url: str) -> str | None:
    """The next page: `rel="next"`, else a link reading "Next"/"Older posts"/"»", else page N+1."""
    current = url.split("#")[0]
    for element in root.iter("link", "a"):
        if "next" in (element.get("rel") or "").lower().split() and element.get("href"):
            target = urljoin(base, element.get("href").strip())
            if target != current:
                return target
    for anchor in root.iter("a"):
        label = _text(anchor) or anchor.get("aria-label") or anchor.get("title") or ""
        if anchor.get("href") and NEXT_TEXT_RE.match(label.strip()):
            target = urljoin(base, anchor.get("href").strip())
            if target != current:
                return target
    match = PAGE_NUMBER_RE.search(url)
    wanted = int(match.group(1)) + 1 if match else 2
    for anchor in root.iter("a"):
        target = urljoin(base, (anchor.get("href") or "").strip())
        number = PAGE_NUMBER_RE.search(target)
        if number and int(number.group(1)) == wanted and site_of(target) == site_of(url):
            return target
    return None


def page_links(content: bytes | str, url: str) -> PageLinks:
    """The page's canonical URL (`<link rel="canonical">`, else `og:url`) and its AMP version."""
    root = _html_root(content)
    if root is None:
        return PageLinks(None, None)
    base = _base(root, url)
    canonical = amphtml = None
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if href and "canonical" in rel and canonical is None:
            canonical = urljoin(base, href)
        elif href and "amphtml" in rel and amphtml is None:
            amphtml = urljoin(base, href)
    if canonical is None:
        og = root.find(".//meta[@property='og:url']")
        if og is not None and (og.get("content") or "").strip():
            canonical = urljoin(base, og.get("content").strip())
    return PageLinks(canonical, amphtml)


def _declares_article(root: html.HtmlElement) -> bool:
    """Whether the page says it is one article: `og:type=article` or a JSON-LD `NewsArticle`."""
    og = root.find(".//meta[@property='og:type']")
    if og is not None and (og.get("content") or "").strip().lower() == "article":
        return True
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data])
        for item in items:
            types = item.get("@type", []) if isinstance(item, dict) else []
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and ARTICLE_TYPE_RE.match(t) for t in types):
                return True
    return False


def sniff(content: bytes, url: str, media_type: str | None = None) -> DocKind:
    """What a document is: a feed, a sitemap, a plain URL list, an HTML listing or one article."""
    head = content[:2048]
    if content[:2] == b"\x1f\x8b" or XML_START_RE.match(head):
        root = _xml_root(content)
        name = _local(root) if root is not None else ""
        if name in {"rss", "RDF", "feed"}:
            return "feed"
        if name in {"urlset", "sitemapindex"}:
            return "sitemap"
    text = content.decode("utf-8", errors="replace")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and all(URL_LINE_RE.match(line) or line.startswith("#") for line in lines):
        return "urls"
    if (media_type or "").startswith("text/plain") or "<" not in text:
        return "article"
    root = _html_root(content)
    if root is None or _declares_article(root):
        return "article"
    return "listing" if len(parse_listing(content, url).articles) >= 3 else "article"
