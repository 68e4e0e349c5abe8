"""The evidence page of one article: its extracted text with every fact marked where the text
states it, the fact's fields on hover or focus, and the article's tables beside it, each row
linked to its mark. One self-contained HTML page (inline CSS and JS, a Content-Security-Policy
that forbids loading anything): readable offline, attachable to a ticket. The text is untrusted:
everything from it is escaped."""

from __future__ import annotations

import base64
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from html import escape
from pathlib import Path

from pydantic import BaseModel

from extractors.records import (
    Conflict,
    DriverNation,
    Extraction,
    Interval,
    Penalty,
    ResultRow,
    Standing,
)
from flows.interfaces.render import TableSection, cell_text, kept_columns, table_sections

ASSETS_DIR = Path(__file__).with_name("evidence_assets")
LOW_CONFIDENCE = 0.8
"""Facts found with a confidence below this stand out (a weak list row, a total in prose)."""
MAX_LEVELS = 6
"""Nesting levels of marks drawn apart (deeper marks share the innermost offset)."""

KINDS = {
    ResultRow: ("result", "result row"),
    Standing: ("standing", "standings line"),
    Penalty: ("penalty", "penalty"),
    Interval: ("margin", "margin"),
    DriverNation: ("nation", "driver–nation"),
    Conflict: ("conflict", "conflict"),
}
"""Record type -> (CSS kind, words in the legend)."""


@dataclass(frozen=True)
class Fact:
    """One extracted record as the page marks it: its span in the text, what to show about it."""

    id: str
    kind: str
    record: BaseModel
    section: str
    start: int
    end: int
    placed: bool
    """The evidence offsets point at the evidence text in this text (else it is listed apart)."""
    note: str = ""
    """Why the fact stands out beyond its kind (held back in quarantine, with the reason)."""

    @property
    def confidence(self) -> float | None:
        return getattr(self.record, "confidence", None)

    @property
    def method(self) -> str | None:
        return getattr(self.record, "method", None)

    @property
    def low(self) -> bool:
        return self.confidence is not None and self.confidence < LOW_CONFIDENCE

    def fields(self) -> dict[str, object]:
        """The record's fields that hold a value; evidence (the mark itself), method and
        confidence (shown apart) left out."""
        data = self.record.model_dump(mode="json", exclude={"evidence", "method", "confidence"})
        return {k: v for k, v in data.items() if v is not None}

    def how(self) -> dict[str, object]:
        """How the fact was found: method and confidence, where the record says."""
        return {
            k: v
            for k, v in (("method", self.method), ("confidence", self.confidence))
            if v is not None
        }

    def summary(self) -> str:
        """One line about the fact, for the mark's title (the no-script fallback)."""
        words = [KINDS[type(self.record)][1]]
        words += [f"{k}: {cell_text(v)}" for k, v in self.fields().items()]
        words += [f"{k}: {cell_text(v)}" for k, v in self.how().items()]
        return " · ".join(words) + (f" · {self.note}" if self.note else "")


def facts_of(extraction: Extraction, text: str | None) -> list[Fact]:
    """Every fact of an extraction, in the order of its tables, with its span in `text` (None:
    the text is unknown, so nothing is placed)."""
    facts = []
    for section in table_sections(extraction):
        for record in section.records:
            evidence = record.evidence  # type: ignore[attr-defined]
            start, end = evidence.start, evidence.end
            placed = text is not None and end > start and text[start:end] == evidence.text
            facts.append(
                Fact(
                    id=f"f{len(facts) + 1}",
                    kind=KINDS[type(record)][0],
                    record=record,
                    section=section.title,
                    start=start,
                    end=end,
                    placed=placed,
                )
            )
    return facts


@dataclass
class _Mark:
    """A piece of one fact's mark in the text (a fact crossing another is split in pieces)."""

    fact: Fact
    first: bool
    children: list[_Mark | str] = field(default_factory=list)

    def depth(self) -> int:
        """Levels of marks inside this one (0: none)."""
        inner = [c.depth() + 1 for c in self.children if isinstance(c, _Mark)]
        return max(inner, default=0)


def mark_tree(text: str, facts: Sequence[Fact]) -> list[_Mark | str]:
    """The text as pieces of plain text and nested marks: a fact inside another nests in it,
    a fact crossing another's end is split there, so every fact keeps a mark of its own."""
    placed = [f for f in facts if f.placed]
    opening: dict[int, list[Fact]] = defaultdict(list)
    for fact in placed:
        opening[fact.start].append(fact)
    bounds = sorted({0, len(text)} | {f.start for f in placed} | {f.end for f in placed})
    root: list[_Mark | str] = []
    stack: list[_Mark] = []

    def add(piece: _Mark | str) -> None:
        (stack[-1].children if stack else root).append(piece)

    position = 0
    for bound in bounds:
        if bound > position:
            add(text[position:bound])
        position = bound
        if any(m.fact.end == bound for m in stack):
            reopen = []
            while any(m.fact.end == bound for m in stack):
                closed = stack.pop()
                if closed.fact.end != bound:
                    reopen.append(closed.fact)
            for fact in reversed(reopen):
                piece = _Mark(fact, first=False)
                add(piece)
                stack.append(piece)
        for fact in sorted(opening[bound], key=lambda f: (-f.end, f.id)):
            piece = _Mark(fact, first=True)
            add(piece)
            stack.append(piece)
    return root


def _mark_classes(fact: Fact, depth: int) -> str:
    classes = ["fact", f"k-{fact.kind}", f"d{min(depth, MAX_LEVELS)}"]
    classes += ["low"] if fact.low else []
    classes += ["held"] if fact.note else []
    return " ".join(classes)


def render_marks(pieces: Iterable[_Mark | str]) -> str:
    """HTML of marked text: each fact's first piece focusable and the target of its links."""
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(escape(piece, quote=False))
            continue
        fact = piece.fact
        attributes = f'class="{_mark_classes(fact, piece.depth())}" data-fact="{fact.id}"'
        if piece.first:
            attributes += f' id="{fact.id}" tabindex="0" title="{escape(fact.summary())}"'
        out.append(f"<mark {attributes}>{render_marks(piece.children)}</mark>")
    return "".join(out)


@cache
def asset(name: str) -> str:
    """A stylesheet or script of the pages, inlined into each."""
    return (ASSETS_DIR / name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


def page(title: str, body: str, *, script: bool = True) -> str:
    """A whole HTML page with the shared inline stylesheet (and script); its CSP lets nothing
    else load: no request leaves the page, and only this script runs."""
    style, code = asset("evidence.css"), asset("evidence.js") if script else ""
    policy = f"default-src 'none'; style-src {_csp_hash(style)}"
    policy += f"; script-src {_csp_hash(code)}" if script else ""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{style}</style>\n</head>\n<body>\n{body}\n"
        + (f"<script>{code}</script>\n" if script else "")
        + "</body>\n</html>\n"
    )


def _json_for_script(data: object) -> str:
    """JSON safe inside a <script> element whatever the strings hold ('</script>' included)."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def facts_data(facts: Sequence[Fact]) -> str:
    """The facts' fields for the page's script (hover and focus), as a JSON script element."""
    data = {
        f.id: {
            "kind": KINDS[type(f.record)][1],
            "section": f.section,
            "fields": f.fields(),
            "method": f.method,
            "confidence": f.confidence,
            "evidence": f.record.evidence.text,  # type: ignore[attr-defined]
            "note": f.note,
        }
        for f in facts
    }
    return f'<script type="application/json" id="facts-data">{_json_for_script(data)}</script>'


def html_table(section: TableSection, facts: Sequence[Fact]) -> str:
    """A section's table, each row linked to its fact's mark (or marked 'not in the text')."""
    head = f"<h3>{escape(section.title)}</h3>"
    if not section.rows:
        return f'{head}<p class="muted">{escape(section.empty)}</p>'
    cells = [[cell_text(v) for v in row] for row in section.rows]
    keep = kept_columns(section.headers, cells)
    lines = ["<table><thead><tr><th>Mark</th>"]
    lines += [f"<th>{escape(section.headers[i])}</th>" for i in keep]
    lines.append("</tr></thead><tbody>")
    for row, fact in zip(cells, facts, strict=True):
        classes = " ".join(
            [f"k-{fact.kind}"] + (["low"] if fact.low else []) + (["held"] if fact.note else [])
        )
        link = (
            f'<a href="#{fact.id}" class="to-mark">{fact.id}</a>'
            if fact.placed
            else f'<span class="unplaced" title="its evidence is not in the text">{fact.id}</span>'
        )
        lines.append(f'<tr id="row-{fact.id}" class="{classes}"><td>{link}</td>')
        lines += [f"<td>{escape(row[i]) or '–'}</td>" for i in keep]
        lines.append("</tr>")
    lines.append("</tbody></table>")
    return head + "".join(lines)


def legend(facts: Sequence[Fact]) -> str:
    """Fact kinds with their colour and count; low-confidence facts and conflicts counted apart."""
    counts: dict[str, int] = defaultdict(int)
    for fact in facts:
        counts[fact.kind] += 1
    items = [
        f'<li><span class="swatch k-{kind}"></span>{escape(words)}: {counts[kind]}</li>'
        for kind, words in KINDS.values()
    ]
    low = sum(f.low for f in facts)
    items.append(
        f'<li><span class="swatch low"></span>confidence below {LOW_CONFIDENCE:g}: {low}</li>'
    )
    return f'<ul class="legend">{"".join(items)}</ul>'


def evidence_body(
    extraction: Extraction,
    text: str | None,
    facts: Sequence[Fact] | None = None,
    *,
    banner: str = "",
) -> str:
    """The body of an evidence page: header, marked text, tables (`banner`: HTML shown on top)."""
    facts = facts_of(extraction, text) if facts is None else facts
    meta = extraction.article
    details = [
        ("url", meta.url), ("published", meta.published), ("language", meta.language),
        ("series", meta.series), ("season", meta.season), ("event", meta.event),
    ]  # fmt: skip
    header = [f"<h1>{escape(meta.title or '(untitled article)')}</h1>"]
    header.append(
        '<p class="meta">'
        + " · ".join(f"{k}: {escape(str(v))}" for k, v in details if v is not None)
        + "</p>"
    )
    header.append(legend(facts))
    unplaced = [f for f in facts if not f.placed]
    if text is None:
        header.append(
            '<p class="warning">The extracted text of this article was not stored with its '
            "extraction (extracted before texts were kept): the facts cannot be marked. "
            "<code>raceresults reextract --force</code> stores it.</p>"
        )
    elif unplaced:
        header.append(
            f'<p class="warning">{len(unplaced)} facts have evidence offsets that do not point at '
            "their evidence in this text; their rows are marked “not in the text”.</p>"
        )
    conflicts = sum(f.kind == "conflict" for f in facts)
    if conflicts:
        header.append(
            f'<p class="warning conflicts">{conflicts} conflict{"s" if conflicts > 1 else ""}: '
            "the article disagrees with itself; both sides are kept (see Conflicts).</p>"
        )
    tables, taken = [], 0
    for section in table_sections(extraction):  # facts_of lists the facts in this order
        tables.append(html_table(section, facts[taken : taken + len(section.records)]))
        taken += len(section.records)
    marked = render_marks(mark_tree(text, facts)) if text is not None else ""
    return (
        f'<header>{"".join(header)}</header>{banner}\n<main class="evidence">'
        f'<section class="text" aria-label="extracted text"><h2>Extracted text</h2>'
        f'<div class="article-text" id="article-text">{marked}</div></section>\n'
        f'<section class="tables" aria-label="tables"><h2>Tables</h2>{"".join(tables)}</section>'
        f'</main>\n<div id="tip" role="tooltip" hidden></div>\n{facts_data(facts)}'
    )


def evidence_page(extraction: Extraction, text: str | None) -> str:
    """The self-contained evidence page of one article's extraction over its extracted text."""
    title = f"Evidence: {extraction.article.title or '(untitled article)'}"
    return page(title, evidence_body(extraction, text))
