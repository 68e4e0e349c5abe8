"""`raceresults review`: a static site of a data dir, readable offline: the last runs, an evidence
page per article (flows/interfaces/evidence.py), the quarantine grouped by race with each failed
expectation in words beside the marked text, the conflicts, and the curated rows, each linked
back to the mark of its evidence in its article's page. Every page is self-contained (inline CSS
and JS, nothing loaded from anywhere)."""

from __future__ import annotations

import dataclasses
import os
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from extractors.records import ExtractedArticle
from flows.interfaces.evidence import (
    Fact,
    evidence_body,
    facts_data,
    facts_of,
    mark_tree,
    page,
    render_marks,
)
from flows.interfaces.held_back import HeldGroup, held_groups, row_label
from flows.interfaces.render import cell_text
from flows.stages.validate import VALIDATION_DIR
from flows.stores.curated_store import committed_tables, rows_of
from flows.stores.extracted import ExtractionStore
from flows.stores.ledger import newest_pages
from flows.stores.runs import last_runs
from flows.stores.storage import Zone
from schemas.tables import TABLES

REVIEW_DIR = "review"
RUNS_SHOWN = 20
# characters an article key may keep in a file name; others become "_"
UNSAFE_NAME_RE = re.compile(r"[^A-Za-z0-9_.-]")
FACT_TABLES = {
    "results": "result",
    "standings": "standing",
    "penalties": "penalty",
    "intervals": "margin",
    "driver_nations": "nation",
    "conflicts": "conflict",
}
"""Curated tables whose rows carry evidence -> the kind of fact they are on an evidence page."""
CURATED_COLUMNS = {
    "results": ["season", "race_ref", "position_text", "driver_name", "nation", "gap_s", "status"],
    "standings": ["season", "standings_ref", "position", "driver_name", "points"],
    "penalties": ["season", "race_ref", "driver_name", "kind", "penalty_s", "reason"],
    "intervals": ["season", "race_ref", "ahead_name", "behind_name", "margin_s"],
    "driver_nations": ["driver_name", "nation"],
    "conflicts": ["season", "race_ref", "driver_name", "field", "kept", "other"],
}


class ReviewError(ValueError):
    """The review cannot be built as asked (an unknown run id)."""


@dataclass(frozen=True)
class Site:
    """What `build_site` wrote: the folder, its index page and the article pages."""

    folder: Path
    index: Path
    articles: int
    held: int


def page_name(article_key: str) -> str:
    """The file of an article's evidence page inside the site."""
    return f"articles/{UNSAFE_NAME_RE.sub('_', article_key)}.html"


def fact_key(kind: str, start: int | None, end: int | None) -> tuple:
    return kind, start, end


def _nav(depth: int) -> str:
    up = "../" * depth
    links = [("index.html", "Runs and articles"), ("quarantine.html", "Quarantine")]
    links += [("conflicts.html", "Conflicts"), ("curated.html", "Curated rows")]
    return '<nav class="site">' + "".join(f'<a href="{up}{h}">{t}</a>' for h, t in links) + "</nav>"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """An HTML table of cells already escaped (HTML)."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _held_facts(article: ExtractedArticle, groups: Sequence[HeldGroup]) -> list[Fact]:
    """The article's facts, those held back in quarantine noted with the reasons."""
    facts = facts_of(article.extraction, article.text)
    notes: dict[tuple, str] = {}
    for group in groups:
        reasons = "; ".join(group.reasons())
        for entry in group.entries:
            kind = FACT_TABLES.get(entry["table_name"])
            record = entry["record"]
            key = fact_key(kind or "", record.get("evidence_start"), record.get("evidence_end"))
            notes[key] = reasons
    return [
        dataclasses.replace(f, note=notes.get(fact_key(f.kind, f.start, f.end), "")) for f in facts
    ]


def _reasons_html(group: HeldGroup) -> str:
    return "<ul>" + "".join(f"<li>{escape(r)}</li>" for r in group.reasons()) + "</ul>"


def _excerpt(text: str, facts: Sequence[Fact], prefix: str) -> str:
    """The lines of `text` holding these facts, the facts marked (ids prefixed: one page shows
    several excerpts)."""
    placed = [f for f in facts if f.placed]
    if not placed:
        return '<p class="muted">(no evidence in the text to show)</p>'
    start = text.rfind("\n", 0, min(f.start for f in placed)) + 1
    end = text.find("\n", max(f.end for f in placed))
    end = len(text) if end < 0 else end
    shifted = [
        dataclasses.replace(f, id=f"{prefix}{f.id}", start=f.start - start, end=f.end - start)
        for f in placed
        if start <= f.start and f.end <= end
    ]
    return f'<div class="excerpt">{render_marks(mark_tree(text[start:end], shifted))}</div>'


class _Builder:
    """Builds the site of one data dir into one folder."""

    def __init__(self, data_dir: str, output: Path, run_id: str | None) -> None:
        self.data_dir, self.output = data_dir, output
        self.runs = last_runs(data_dir, RUNS_SHOWN)
        if run_id is not None:
            self.runs = [r for r in last_runs(data_dir, 10**6) if r.run_id.startswith(run_id)]
            if not self.runs:
                raise ReviewError(f"no run {run_id!r} in {data_dir}/runs")
        self.run_ids = {r.run_id for r in self.runs} if run_id is not None else None
        self.articles = {a.article_key: a for a in newest_pages(ExtractionStore.at(data_dir).all())}
        self.groups = [
            g for g in held_groups(data_dir) if self.run_ids is None or g.run_ids & self.run_ids
        ]
        self.facts = {
            key: _held_facts(a, [g for g in self.groups if g.article_key == key])
            for key, a in self.articles.items()
        }

    def write(self, name: str, title: str, body: str, *, script: bool = True) -> Path:
        path = self.output / name
        path.parent.mkdir(parents=True, exist_ok=True)
        depth = name.count("/")
        path.write_text(page(title, _nav(depth) + body, script=script), encoding="utf-8")
        return path

    def fact_link(self, article_key: str, kind: str, start: int | None, end: int | None) -> str:
        """A link to the mark of a fact in its article's page ('' when the page has none)."""
        for fact in self.facts.get(article_key, []):
            if fact_key(fact.kind, fact.start, fact.end) == fact_key(kind, start, end):
                anchor = fact.id if fact.placed else f"row-{fact.id}"  # no mark: its table row
                return f'<a href="{page_name(article_key)}#{anchor}">{fact.id}</a>'
        if article_key in self.articles:
            return f'<a href="{page_name(article_key)}">article</a>'
        return ""

    def title(self, article_key: str) -> str:
        article = self.articles.get(article_key)
        return (article.extraction.article.title if article else None) or article_key

    def article_pages(self) -> None:
        for key, article in self.articles.items():
            groups = [g for g in self.groups if g.article_key == key]
            banner = ""
            if groups:
                items = "".join(
                    f"<li><strong>{escape(g.label)}</strong>{_reasons_html(g)}</li>" for g in groups
                )
                banner = (
                    '<section class="reasons"><h2>Held back in quarantine</h2>'
                    f"<ul>{items}</ul><p>Their marks are underlined twice.</p></section>"
                )
            body = evidence_body(article.extraction, article.text, self.facts[key], banner=banner)
            self.write(page_name(key), f"Evidence: {self.title(key)}", body)

    def index(self) -> Path:
        runs = [
            [escape(r.started_at[:19].replace("T", " ")), escape(r.flow), escape(r.status)]
            + [f"{r.duration_s:.1f} s", str(r.counts.extracted), str(r.counts.rows_published)]
            + [str(r.counts.rows_quarantined), str(r.counts.failed), escape(r.run_id[:8])]
            for r in self.runs
        ]
        parts = ["<h1>Review of the data dir</h1>", "<h2>Last runs</h2>"]
        headers = ["started (UTC)", "flow", "status", "duration", "extracted", "published"]
        headers += ["quarantined", "failed", "run"]
        parts.append(_table(headers, runs) if runs else '<p class="muted">no runs yet</p>')
        parts.append(f"<h2>Held back in quarantine: {len(self.groups)}</h2>")
        parts.append(
            "<ul>"
            + "".join(
                f'<li><a href="quarantine.html#held-{n}">{escape(g.line())}</a></li>'
                for n, g in enumerate(self.groups, 1)
            )
            + "</ul>"
        )
        docs = Path(Zone.at(self.data_dir).path(VALIDATION_DIR, "docs", "index.html"))
        if docs.exists():
            link = Path(os.path.relpath(docs.resolve(), self.output.resolve())).as_posix()
            parts.append(
                f'<p>Great Expectations Data Docs: <a href="{escape(link)}">'
                f"{escape(str(docs))}</a></p>"
            )
        rows = []
        for key, article in sorted(self.articles.items(), key=lambda kv: self.title(kv[0])):
            counts: dict[str, int] = defaultdict(int)
            for fact in self.facts[key]:
                counts[fact.kind] += 1
            note = "" if article.text is not None else "text not stored: facts cannot be marked"
            rows.append(
                [f'<a href="{page_name(key)}">{escape(self.title(key))}</a>']
                + [str(counts[k]) for k in FACT_TABLES.values()]
                + [str(sum(1 for g in self.groups if g.article_key == key)), escape(note)]
            )
        parts.append(f"<h2>Articles: {len(rows)}</h2>")
        headers = ["article", "results", "standings", "penalties", "margins", "nations"]
        headers += ["conflicts", "held back", "note"]
        parts.append(_table(headers, rows))
        return self.write("index.html", "Review", "".join(parts), script=False)

    def quarantine(self) -> None:
        parts = [f"<h1>Held back in quarantine: {len(self.groups)}</h1>"]
        if not self.groups:
            parts.append('<p class="muted">Nothing is held back.</p>')
        data = []
        for n, group in enumerate(self.groups, 1):
            article = self.articles.get(group.article_key)
            key = group.article_key
            facts = [f for f in self.facts.get(key, []) if f.note]
            data += [dataclasses.replace(f, id=f"h{n}-{f.id}") for f in facts]
            if article is None or article.text is None:
                excerpt = '<p class="muted">the article\'s text was not stored</p>'
            else:
                excerpt = _excerpt(article.text, facts, f"h{n}-")
            rows = [
                [escape(e["table_name"]), escape(row_label(e["record"]))]
                + [self.fact_link(key, FACT_TABLES.get(e["table_name"], ""),
                                  e["record"].get("evidence_start"),
                                  e["record"].get("evidence_end"))]
                for e in group.entries
            ]  # fmt: skip
            parts.append(
                f'<section class="held-race" id="held-{n}"><h2>{escape(group.label)}</h2>'
                f'<p>from <a href="{page_name(key)}">{escape(self.title(key))}</a></p>'
                f'<div class="evidence"><div><div class="reasons"><h3>Why</h3>'
                f"{_reasons_html(group)}</div>"
                f"{_table(['table', 'row', 'mark'], rows)}</div>"
                f"<div><h3>Marked text</h3>{excerpt}</div></div></section>"
            )
        body = "".join(parts) + '<div id="tip" role="tooltip" hidden></div>'
        self.write("quarantine.html", "Quarantine", body + facts_data(data))

    def conflicts(self) -> None:
        rows = []
        for key, facts in self.facts.items():
            for fact in facts:
                if fact.kind == "conflict":
                    c = fact.record
                    rows.append(
                        [f'<a href="{page_name(key)}">{escape(self.title(key))}</a>']
                        + [escape(cell_text(v)) for v in (c.race, c.driver, c.field)]  # type: ignore[attr-defined]
                        + [escape(cell_text(v)) for v in (c.kept, c.other)]  # type: ignore[attr-defined]
                        + [f'<a href="{page_name(key)}#{fact.id}">{fact.id}</a>']
                    )
        body = f"<h1>Conflicts: {len(rows)}</h1>" + (
            _table(["article", "race", "driver", "field", "kept", "other", "mark"], rows)
            if rows
            else '<p class="muted">No article disagrees with itself.</p>'
        )
        self.write("conflicts.html", "Conflicts", body, script=False)

    def curated(self) -> None:
        store = committed_tables(self.data_dir)
        parts = ["<h1>Curated rows</h1><p>Each row links to the mark of its evidence.</p>"]
        for name, kind in FACT_TABLES.items():
            table = TABLES[name]
            seasons = store.seasons(table) if table.partitioned else [None]
            rows = [r for season in seasons for r in rows_of(store.read(table, season))]
            columns = [c for c in CURATED_COLUMNS[name] if c in table.column_names]
            cells = [
                [escape(cell_text(r.get(c))) for c in columns]
                + [self.fact_link(r["article_key"], kind, r.get("evidence_start"),
                                  r.get("evidence_end"))]
                for r in rows
            ]  # fmt: skip
            parts.append(f"<h2>{name}: {len(rows)}</h2>")
            parts.append(_table([*columns, "evidence"], cells) if cells else "")
        self.write("curated.html", "Curated rows", "".join(parts), script=False)


def build_site(data_dir: str, output: str | Path | None = None, run_id: str | None = None) -> Site:
    """Write the review site of `data_dir` into `output` (default DATA_DIR/review); `run_id`
    (or a prefix of it): that run only, and what it held back."""
    folder = Path(output) if output is not None else Path(Zone.at(data_dir).path(REVIEW_DIR))
    builder = _Builder(data_dir, folder, run_id)
    builder.article_pages()
    builder.quarantine()
    builder.conflicts()
    builder.curated()
    index = builder.index()
    return Site(folder, index, len(builder.articles), len(builder.groups))
