"""The article as the extractors see it: one text and the blocks (headings, paragraphs, list items,
table rows) it is made of, with their offsets. Evidence offsets point into `Document.text`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "item", "row"]

# "- Ana Ribeiro – Portugal", "• A. Ribeiro", "* P1 ...": a plain-text list item's bullet
BULLET_RE = re.compile(r"^\s*(?:[-*•·▪‣◦]|[–—](?=\s))\s*")
# "*Class 1:*", "**Results** (day 2)": a line opening with text in asterisks, emphasis and no bullet
EMPHASIS_OPENING_RE = re.compile(r"^\*{1,2}[^*\s][^*]*\*")
# "*Class 1:*", "**Results**": a line all in emphasis, and the text inside the asterisks
EMPHASIS_LINE_RE = re.compile(r"^(?P<stars>\*{1,2})(?P<text>[^*\s][^*]*?)(?P=stars)$")
# a line ending as a sentence ends: "... took the win."
SENTENCE_END_RE = re.compile(r"[.!?…]['\"”’)]*\s*$")
# "## Race 1 results": a markdown heading and its level
MARKDOWN_HEADING_RE = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*$")
# "| 1 | Ana Ribeiro | POR | 24 laps |", "1 | 14 | Ana Ribeiro | 1.110 |": a markdown table row
# (the leading pipe may be left out)
MARKDOWN_ROW_RE = re.compile(r"^\|.*\|$|^[^|]+(?:\|[^|]*){2,}\|$")
# "1st | 199 Ann Lee |", "Heat 1 | |": a two-column row with only its closing pipe, a table row
# when a line next to it is one too (a lone 'Title | Site |' line stays a heading)
SHORT_ROW_RE = re.compile(r"^[^|]+\|[^|]*\|$")
# "|---|:---:|", "| --- | --- |", "---|---|": the line under a markdown table's header
MARKDOWN_RULE_RE = re.compile(r"^\|?(?:\s*:?-{2,}:?\s*\|)+$")


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of the article: a heading, a paragraph, a list item or a table row."""

    kind: BlockKind
    text: str
    start: int
    cells: tuple[str, ...] = ()  # a table row's cell texts
    group: int | None = None  # the list or table the block belongs to (consecutive items share it)
    level: int | None = None  # a heading's level (1 for <h1>)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Document:
    """An article's extracted text, its blocks and what the page says about itself."""

    text: str
    blocks: tuple[Block, ...]
    title: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


def normalize_text(text: str) -> str:
    """NFC-normalise, unify line breaks and turn non-breaking and odd spaces into plain ones."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\u00a0\u2007\u202f\u2009\u200a]", " ", text).replace("\u200b", "")


def looks_like_heading(line: str) -> bool:
    """A short line that does not end as a sentence: 'Semi-Final A', 'Race 1 Results'."""
    words = line.split()
    return 0 < len(words) <= 12 and len(line) <= 90 and not SENTENCE_END_RE.search(line)


def _table_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines that are markdown table rows: the usual shapes, and two-column rows
    with only a closing pipe next to another pipe row."""
    piped = [bool(MARKDOWN_ROW_RE.match(line.strip())) for line in lines]
    short = [bool(SHORT_ROW_RE.match(line.strip())) for line in lines]
    found = {i for i, row in enumerate(piped) if row}
    for i, row in enumerate(short):
        around = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if row and any(piped[j] or short[j] for j in around):
            found.add(i)
    return found


def document_from_text(text: str, *, url: str | None = None) -> Document:
    """Build a Document from plain text: one block per non-empty line, offsets into `text`;
    markdown exports' headings ('## Race 1') and tables ('| 1 | Ana Ribeiro |') read as such."""
    text = normalize_text(text)
    blocks: list[Block] = []
    group = 0
    in_list = in_table = False
    pos = 0
    lines = text.split("\n")
    table_lines = _table_lines(lines)
    for index, raw_line in enumerate(lines):
        line_start = pos
        pos += len(raw_line) + 1
        stripped = raw_line.strip()
        if not stripped:
            in_list = in_table = False
            continue
        start = line_start + (len(raw_line) - len(raw_line.lstrip()))
        if index in table_lines:
            if not in_table:
                group += 1
                in_table = True
            if not MARKDOWN_RULE_RE.match(stripped):
                cells = tuple(cell.strip() for cell in stripped.strip("|").split("|"))
                blocks.append(Block("row", stripped, start, cells=cells, group=group))
            in_list = False
            continue
        in_table = False
        heading = MARKDOWN_HEADING_RE.match(stripped)
        if heading:
            in_list = False
            text_start = start + heading.start("text")
            level = len(heading["hashes"])
            blocks.append(Block("heading", heading["text"], text_start, level=level))
            continue
        bullet = None if EMPHASIS_OPENING_RE.match(stripped) else BULLET_RE.match(stripped)
        if bullet and len(stripped) > bullet.end():
            if not in_list:
                group += 1
                in_list = True
            body_start = start + bullet.end()
            blocks.append(Block("item", stripped[bullet.end() :], body_start, group=group))
            continue
        in_list = False
        emphasis = EMPHASIS_LINE_RE.match(stripped)
        if emphasis:  # "*Class 1:*": the words inside the asterisks
            start, stripped = start + emphasis.start("text"), emphasis["text"].strip()
        kind: BlockKind = "heading" if looks_like_heading(stripped) else "paragraph"
        blocks.append(Block(kind, stripped, start))
    title = blocks[0].text if blocks and blocks[0].kind == "heading" else None
    return Document(text=text, blocks=tuple(blocks), title=title, url=url)
