"""Plain-text tables of an extraction, for a person reading `raceresults extract --format table`.

`table_sections` is the one answer to "what tables does an extraction show": the text format
prints them, the evidence page (flows/interfaces/evidence.py) shows them beside the marked text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel
from rich.cells import cell_len, set_cell_size

from extractors.records import Extraction, Race

EMPTY_CELL = "-"

RESULT_HEADERS = ["Pos", "Driver", "Nation", "Team", "Car", "Gap (s)", "As printed", "Laps"]
RESULT_HEADERS += ["Status", "Method", "Conf."]


@dataclass(frozen=True)
class TableSection:
    """One table of an extraction: a heading, its columns, and per row the cells and the record
    (result row, standings line, penalty, ...) they come from."""

    title: str
    headers: list[str]
    rows: list[list[object]]
    records: list[BaseModel]
    empty: str = ""
    """What to say instead of a table when there are no rows ('' : leave the section out)."""


def kept_columns(headers: Sequence[str], cells: Sequence[Sequence[str]]) -> list[int]:
    """Indexes of the columns holding a value in some row (a table leaves out empty columns)."""
    return [i for i in range(len(headers)) if any(row[i] for row in cells)]


def cell_text(value: object) -> str:
    """A value as a table cell shows it ('' for none)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def aligned_columns(headers: Sequence[str], cells: Sequence[Sequence[str]]) -> str:
    """Columns two spaces apart under a line of dashes, widths in terminal cells (rich's
    `cell_len`: a Japanese name is twice as wide as its characters)."""
    widths = [
        max([cell_len(header), *(cell_len(row[i]) for row in cells)])
        for i, header in enumerate(headers)
    ]
    lines = [[*headers], ["-" * width for width in widths], *cells]
    return "\n".join(
        "  ".join(set_cell_size(cell, w) for cell, w in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


def text_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Aligned columns; columns with no value in any row are left out."""
    cells = [[cell_text(value) for value in row] for row in rows]
    keep = kept_columns(headers, cells)
    return aligned_columns(
        [headers[i] for i in keep], [[row[i] or EMPTY_CELL for i in keep] for row in cells]
    )


def race_title(race: Race) -> str:
    """A race's name with its session, track and laps: 'Main race (race, Spa, 20 laps)'."""
    details = ", ".join(str(v) for v in (race.session, race.track) if v)
    details += f", {race.laps} laps" if race.laps else ""
    return race.name + (f" ({details})" if details else "")


def table_sections(extraction: Extraction) -> list[TableSection]:
    """Every table an extraction holds, in reading order: each race's results, the standings,
    then penalties, margins, driver-nation pairs and conflicts."""
    sections = [
        TableSection(
            race_title(race),
            RESULT_HEADERS,
            [
                [r.position, r.driver, r.nation, r.team, r.car, r.gap_s, r.gap_text, r.laps]
                + [r.status, r.method, r.confidence]
                for r in race.results
            ],
            list(race.results),
            empty="no results listed",
        )
        for race in extraction.races
    ]
    standings = extraction.standings
    afters = {s.after for s in standings}
    after = f" ({afters.pop()})" if len(afters) == 1 and None not in afters else ""
    sections.append(
        TableSection(
            f"Standings{after}",
            ["Pos", "Driver", "Nation", "Points", "After", "Conf."],
            [
                [s.position, s.driver, s.nation, s.points, None if after else s.after]
                + [s.confidence]
                for s in standings
            ],
            list(standings),
        )
    )
    sections.append(
        TableSection(
            "Penalties",
            ["Race", "Driver", "Kind", "Seconds", "Reason", "Lap", "Evidence"],
            [
                [p.race, p.driver, p.kind, p.seconds, p.reason, p.lap, p.evidence.text]
                for p in extraction.penalties
            ],
            list(extraction.penalties),
        )
    )
    sections.append(
        TableSection(
            "Margins",
            ["Race", "Ahead", "Behind", "Margin (s)", "As printed", "Evidence"],
            [
                [i.race, i.ahead, i.behind, i.seconds, i.seconds_text, i.evidence.text]
                for i in extraction.intervals
            ],
            list(extraction.intervals),
        )
    )
    sections.append(
        TableSection(
            "Driver nations",
            ["Driver", "Nation", "Evidence"],
            [[n.driver, n.nation, n.evidence.text] for n in extraction.driver_nations],
            list(extraction.driver_nations),
        )
    )
    sections.append(
        TableSection(
            "Conflicts",
            ["Race", "Driver", "Field", "Kept", "Other", "Evidence"],
            [
                [c.race, c.driver, c.field, c.kept, c.other, c.evidence.text]
                for c in extraction.conflicts
            ],
            list(extraction.conflicts),
        )
    )
    return [s for s in sections if s.rows or s.empty]


def render_extraction(extraction: Extraction) -> str:
    """The article's metadata and every table of the extraction, as readable text."""
    meta = extraction.article
    parts = [meta.title or "(untitled article)"]
    facts = [
        ("url", meta.url), ("published", meta.published), ("language", meta.language),
        ("series", meta.series), ("season", meta.season), ("event", meta.event),
    ]  # fmt: skip
    parts.append("  ".join(f"{name}: {value}" for name, value in facts if value is not None))
    for section in table_sections(extraction):
        parts.append(f"\n{section.title}")
        parts.append(
            text_table(section.headers, section.rows) if section.rows else f"  {section.empty}"
        )
    if not extraction.races and not extraction.standings:
        parts.append("\nNo results or standings found in this article.")
    return "\n".join(parts)
