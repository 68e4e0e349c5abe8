"""The main text of a news page: furniture dropped (menus, cookie banners, share buttons, related
links, comments), headings, paragraphs, list items and table rows kept as Document blocks.

lxml, not BeautifulSoup: parsing plus one tree walk costs about a millisecond per page with lxml
against ~14 ms with BeautifulSoup, and pages are re-extracted in bulk when the extractor changes.
"""

from __future__ import annotations

import codecs
import json
import re

import lxml.html
from lxml import etree

from extractors.document import Block, BlockKind, Document, normalize_text
from extractors.nations import nation_code

# Fewer words than this after furniture removal: an error page, a login wall, a bare index.
MIN_ARTICLE_WORDS = 15
# A bold-only line longer than this is emphasis, not a heading.
MAX_BOLD_HEADING_CHARS = 90
# A list whose items all hold a link and whose text is mostly link text is navigation ("Related",
# "Most read", a menu) however it is marked up; result lists link a name at most, not whole rows.
LINK_LIST_TEXT_SHARE = 0.8


class NoArticleError(ValueError):
    """The page has no article text (only furniture, or nothing at all)."""


# <meta charset="iso-8859-1">, <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)
# <?xml version="1.0" encoding="utf-8"?>: lxml refuses it in a str
XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
# "2024-03-09T18:00:00+01:00", "2024-03-09": the date part of an ISO timestamp
ISO_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# "en-GB", "pt_BR", "it": the language part of a locale
LANGUAGE_RE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]|$)")
# class/id words ("site-nav", "cookie_banner", "share-buttons", "related-posts") of page furniture
FURNITURE_WORD_RE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|cookie|cookies|consent|gdpr|share|sharing|"
    r"social|related|comment|comments|disqus|newsletter|subscribe|signup|sign-up|sidebar|"
    r"breadcrumb|breadcrumbs|crumbs?|footer|masthead|topbar|advert|advertisement|ads|ad-slot|promo|"
    r"popup|modal|banner|skip-link|pagination|pager|recommended|trending|more-stories|"
    r"read-more|readmore|tags|tag-list|byline-share|toolbar|widget|outbrain|taboola)(?:$|[\s_-])",
    re.IGNORECASE,
)
# aria-label / role values of furniture: "Share this article", "Cookie consent", "navigation"
FURNITURE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
     "menu", "menubar", "toolbar"}
)  # fmt: skip
FURNITURE_LABEL_RE = re.compile(r"share|cookie|breadcrumb|navigation|menu|comment|related", re.I)
# "Home › News › Sprint Cup", "Home » GT » Results", "Home > Esports > GT": a breadcrumb trail
BREADCRUMB_RE = re.compile(r"^[^›»>\n]{1,40}(?:\s[›»>]\s[^›»>\n]{1,40}){2,}$")
# whitespace runs inside a line
SPACES_RE = re.compile(r"[^\S\t]+")
# a tab with any spaces around it: kept as one tab, a field separator in result lines
TAB_RE = re.compile(r"\s*\t\s*")

DROPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select",
     "input", "textarea", "nav", "aside", "footer", "figcaption", "dialog", "menu",
     "object", "embed", "video", "audio", "canvas", "map"}
)  # fmt: skip
# XPath run on a <ul>/<ol>: two or more items, every one holding a link (compiled once: fast)
ALL_ITEMS_LINKED = etree.XPath("count(li) >= 2 and not(li[not(.//a)])")
LINK_TEXT = etree.XPath("li//a//text()", smart_strings=False)
ITEM_TEXT = etree.XPath("li//text()", smart_strings=False)
# Inside a table cell, these start a new line: the driver's name above the team, say.
CELL_PART_TAGS = ("br", "div", "p", "li")
CELL_PART_SEPARATOR = " | "
# A colspan or rowspan above this is page layout, not a table cell.
MAX_SPAN = 50
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LIST_TAGS = frozenset({"ul", "ol", "dl"})
BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "blockquote", "dd", "dt", "address",
     "center", "header", "details", "summary", "hr", "body", "caption", "tbody", "thead"}
)  # fmt: skip
BOLD_TAGS = frozenset({"strong", "b"})
# Where the article's text is, most specific first.
CONTENT_XPATHS = (
    "//*[@itemprop='articleBody']",
    "//article",
    "//main",
    "//*[@role='main']",
)


# UTF-32 first: its little-endian BOM begins with UTF-16's
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte order mark at the start of `data` names, if there is one."""
    return next((encoding for bom, encoding in BOMS if data.startswith(bom)), None)


def decode_page(data: bytes, charset: str | None = None) -> str:
    """Decode a fetched page: its BOM, then the `charset` the server declared (HTTP
    Content-Type), then a <meta charset>, then UTF-8, then cp1252."""
    encoding = bom_encoding(data)
    if encoding is not None:
        return data.decode(encoding, errors="replace")
    meta = META_CHARSET_RE.search(data[:4096])
    for declared in (charset, meta.group(1).decode("ascii") if meta else None):
        if declared:
            try:
                return data.decode(declared, errors="replace")
            except LookupError:
                pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _clean(text: str) -> str:
    return TAB_RE.sub("\t", SPACES_RE.sub(" ", text)).strip()


def _cell_text(cell: etree._Element) -> str:
    """A table cell's text, stacked parts ('Ana Ribeiro<br>Kaze Racing', one <div> each) kept
    apart as fields; a flag image says its nation with its alt/title text, as a field of its own
    before the name beside it, or as the whole cell."""
    for part in cell.iter(*CELL_PART_TAGS):
        if part is not cell:
            part.tail = f"{CELL_PART_SEPARATOR}{part.tail or ''}"
    flags = [
        label
        for img in cell.iter("img")
        if (label := _clean(img.get("alt") or img.get("title") or "")) and nation_code(label)
    ]
    text = _clean(cell.text_content()).strip(CELL_PART_SEPARATOR)
    if text:
        return CELL_PART_SEPARATOR.join([*flags, text])
    for el in cell.iter():
        label = el.get("alt") or el.get("title") or el.get("aria-label")
        if label and label.strip():
            return _clean(label)
    return ""


def _span(cell: etree._Element, name: str) -> int:
    value = (cell.get(name) or "1").strip()
    return min(int(value), MAX_SPAN) if value.isdigit() and int(value) > 0 else 1


def _grid_row(
    printed: list[tuple[etree._Element, str]], spanned: dict[int, tuple[str, int]]
) -> list[str]:
    """A row's cells one per column: a header cell spanning two columns ('Driver' over the flag
    and the name) heads both, a cell alone in its row or a body cell spanning columns fills the
    first ('LMP2' across the table), and a cell spanning rows ('Apex GP' for two cars) repeats
    in the rows below."""
    cells: list[str] = []
    queue = list(printed)
    col = 0
    while queue or any(c >= col for c in spanned):
        if col in spanned:
            text, left = spanned.pop(col)
            cells.append(text)
            if left > 1:
                spanned[col] = (text, left - 1)
            col += 1
            continue
        if not queue:
            cells.append("")
            col += 1
            continue
        cell, text = queue.pop(0)
        width = _span(cell, "colspan")
        for offset in range(width):
            filler = text if offset == 0 or cell.tag == "th" and len(printed) > 1 else ""
            cells.append(filler)
            if _span(cell, "rowspan") > 1:
                spanned[col + offset] = (filler, _span(cell, "rowspan") - 1)
        col += width
    return cells


def _is_link_list(el: etree._Element) -> bool:
    """A <ul>/<ol> whose items are all links and little else: headlines or a menu, not content."""
    if not ALL_ITEMS_LINKED(el):
        return False
    linked = sum(len(t.strip()) for t in LINK_TEXT(el))
    return linked >= LINK_LIST_TEXT_SHARE * sum(len(t.strip()) for t in ITEM_TEXT(el))


def _is_furniture(el: etree._Element) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in DROPPED_TAGS:
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if "display:none" in (el.get("style") or "").replace(" ", ""):
        return True
    if (el.get("role") or "").lower() in FURNITURE_ROLES:
        return True
    if FURNITURE_LABEL_RE.search(el.get("aria-label") or ""):
        return True
    words = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(FURNITURE_WORD_RE.search(words))


def _holds_article(el: etree._Element) -> bool:
    """True when `el` wraps the article itself, so a furniture-looking class must not drop it."""
    if el.tag in ("html", "body", "article", "main") or el.get("itemprop") == "articleBody":
        return True
    return bool(el.xpath(".//article|.//main|.//h1|.//*[@itemprop='articleBody']"))


def _drop_furniture(root: etree._Element) -> None:
    for el in list(root.iter()):
        if not isinstance(el.tag, str):  # comments and processing instructions
            if el.getparent() is not None:
                el.drop_tree()
            continue
        if el.tag in ("ul", "ol") and el.getparent() is not None and _is_link_list(el):
            el.drop_tree()  # a list of links never holds the article: no need to ask
            continue
        if el.getparent() is None or not _is_furniture(el):
            continue
        if el.tag == "header" and el.xpath("ancestor::article|ancestor::main"):
            continue  # an article's own header holds its title
        if el.tag not in DROPPED_TAGS and _holds_article(el):
            continue
        el.drop_tree()
    for el in root.xpath("//header[not(ancestor::article) and not(ancestor::main)]"):
        if not _holds_article(el):
            el.drop_tree()


def _content_root(root: etree._Element) -> etree._Element:
    """The element holding the article: the biggest articleBody/article/main, else <body>."""
    body = root.find("body")
    body = body if body is not None else root
    body_words = len(body.text_content().split())
    for xpath in CONTENT_XPATHS:
        found = root.xpath(xpath)
        if not found:
            continue
        best = max(found, key=lambda el: len(el.text_content()))
        words = len(best.text_content().split())
        if words >= MIN_ARTICLE_WORDS or words * 2 >= body_words:
            return best
    return body


class _BlockWriter:
    """Walks the content tree in document order and writes blocks with their offsets."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.pos = 0
        self.groups = 0
        self.line: list[str] = []
        self.bold_chars = 0
        self.bold_depth = 0

    def emit(self, kind: BlockKind, text: str, *, cells: tuple[str, ...] = (),
             group: int | None = None, level: int | None = None,
             spaced: bool = False) -> None:  # fmt: skip
        text = normalize_text(text).strip() if spaced else _clean(normalize_text(text))
        if not text:
            return
        self.blocks.append(Block(kind, text, self.pos, cells=cells, group=group, level=level))
        self.pos += len(text) + 1

    def add(self, text: str | None) -> None:
        if text:
            self.line.append(text)
            if self.bold_depth:
                self.bold_chars += len(text.strip())

    def flush(self, kind: BlockKind = "paragraph", group: int | None = None) -> None:
        text = _clean("".join(self.line))
        bold_only = text and self.bold_chars >= len(text.replace(" ", "")) - 1
        if kind == "paragraph" and bold_only and len(text) <= MAX_BOLD_HEADING_CHARS:
            kind = "heading"  # <p><strong>Race 1 results</strong></p> acts as a heading
        if kind != "item" and BREADCRUMB_RE.match(text):
            text = ""  # a breadcrumb trail whose markup gave no furniture class
        self.emit(kind, text, group=group)
        self.line = []
        self.bold_chars = 0

    def walk(
        self, el: etree._Element, kind: BlockKind = "paragraph", group: int | None = None
    ) -> None:
        tag = el.tag
        if tag in HEADING_TAGS:
            self.flush(kind, group)
            self.emit("heading", el.text_content(), level=int(tag[1]))
        elif tag in LIST_TAGS:
            self.flush(kind, group)
            self.groups += 1
            list_group = self.groups
            for child in el:
                if child.tag in ("li", "dt", "dd"):
                    self.add(child.text)
                    for sub in child:
                        self.walk(sub, "item", list_group)
                    self.flush("item", list_group)
                else:
                    self.walk(child, "item", list_group)
        elif tag == "table":
            self.flush(kind, group)
            self.table(el)
        elif tag == "pre":  # preformatted text: a line a block, its columns' spacing kept
            self.flush(kind, group)
            for line in el.text_content().splitlines():
                self.emit("paragraph", line, spaced=True)
        elif tag == "br":
            self.flush(kind, group)
        elif tag in BLOCK_TAGS:
            self.flush(kind, group)
            self.add(el.text)
            for child in el:
                self.walk(child, kind, group)
            self.flush(kind, group)
        else:
            bold = tag in BOLD_TAGS
            self.bold_depth += bold
            self.add(el.text)
            for child in el:
                self.walk(child, kind, group)
            self.bold_depth -= bold
        self.add(el.tail)

    def table(self, table: etree._Element) -> None:
        caption = table.find("caption")
        if caption is not None:
            self.emit("heading", caption.text_content())
        self.groups += 1
        spanned: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill)
        for tr in table.iter("tr"):
            printed = [(td, _cell_text(td)) for td in tr if td.tag in ("td", "th")]
            cells = _grid_row(printed, spanned)
            if any(cells):
                text = " | ".join(text for _, text in printed)
                self.emit("row", text, cells=tuple(cells), group=self.groups)


def _meta(root: etree._Element, *names: str) -> str | None:
    for name in names:
        for el in root.xpath(f"//meta[@property='{name}' or @name='{name}' or @itemprop='{name}']"):
            content = _clean(el.get("content") or "")
            if content:
                return content
    return None


def _json_ld_dates(root: etree._Element) -> str | None:
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    return item["datePublished"]
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
    return None


def _published(root: etree._Element) -> str | None:
    candidates = [
        _meta(root, "article:published_time", "datePublished", "date", "pubdate",
              "publish-date", "dc.date", "DC.date.issued", "sailthru.date"),
        _json_ld_dates(root),
        *(t.get("datetime") for t in root.xpath("//time[@datetime]")),
    ]  # fmt: skip
    for value in candidates:
        found = ISO_DATE_RE.search(value or "")
        if found:
            return found.group(0)
    return None


def _language(root: etree._Element) -> str | None:
    for value in (root.get("lang"), root.get("xml:lang"), _meta(root, "og:locale", "language"),
                  _meta(root, "content-language")):  # fmt: skip
        found = LANGUAGE_RE.match(value or "")
        if found:
            return found.group(1).lower()
    return None


def _canonical(root: etree._Element) -> str | None:
    for link in root.xpath("//link[@href]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return link.get("href").strip()
    return _meta(root, "og:url")


def _title(root: etree._Element) -> str | None:
    title = _meta(root, "og:title", "twitter:title")
    if title:
        return title
    for h1 in root.xpath("//h1"):
        text = _clean(h1.text_content())
        if text:
            return text
    found = root.find(".//title")
    return _clean(found.text_content()) or None if found is not None else None


def document_from_html(html: str | bytes, *, url: str | None = None) -> Document:
    """Build a Document from an HTML page: its article text as blocks, plus title, date, language
    and canonical URL; raises NoArticleError when nothing but furniture is left."""
    text = decode_page(html) if isinstance(html, bytes) else html
    text = XML_DECLARATION_RE.sub("", text)
    if not text.strip():
        raise NoArticleError("the page is empty")
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise NoArticleError(f"the page is not parseable HTML ({exc})") from exc
    meta = {
        "title": _title(root),
        "published": _published(root),
        "language": _language(root),
        "canonical_url": _canonical(root),
    }
    _drop_furniture(root)
    writer = _BlockWriter()
    content = _content_root(root)
    writer.add(content.text)
    for child in content:
        writer.walk(child)
    writer.flush()
    blocks = writer.blocks
    if sum(len(b.text.split()) for b in blocks) < MIN_ARTICLE_WORDS:
        raise NoArticleError("the page has no article text")
    return Document(
        text="\n".join(b.text for b in blocks),
        blocks=tuple(blocks),
        title=meta["title"],
        published=meta["published"],
        language=meta["language"],
        url=url,
        canonical_url=meta["canonical_url"],
    )
