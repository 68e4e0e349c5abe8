"""Plain-text tables of an extraction, for a person reading `raceresults extract --format table`."""

from __future__ import annotations

from collections.abc import Sequence

from extractors.records import Extraction

EMPTY_CELL = "-"


def text_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Aligned columns; columns with no value in any row are left out."""
    cells = [["" if value is None else _format(value) for value in row] for row in rows]
    keep = [i for i in range(len(headers)) if any(row[i] for row in cells)]
    widths = {i: max(len(headers[i]), *(len(row[i]) for row in cells)) for i in keep}
    lines = ["  ".join(headers[i].ljust(widths[i]) for i in keep).rstrip()]
    lines.append("  ".join("-" * widths[i] for i in keep))
    lines += [
        "  ".join((row[i] or EMPTY_CELL).ljust(widths[i]) for i in keep).rstrip() for row in cells
    ]
    return "\n".join(lines)


def _format(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def render_extraction(extraction: Extraction) -> str:
    """The article's metadata, one table per race and the standings, as readable text."""
    meta = extraction.article
    parts = [meta.title or "(untitled article)"]
    facts = [
        ("url", meta.url), ("published", meta.published), ("language", meta.language),
        ("series", meta.series), ("season", meta.season), ("event", meta.event),
    ]  # fmt: skip
    parts.append("  ".join(f"{name}: {value}" for name, value in facts if value is not None))
    for race in extraction.races:
        details = ", ".join(str(v) for v in (race.session, race.track) if v)
        details += f", {race.laps} laps" if race.laps else ""
        parts.append(f"\n{race.name}" + (f" ({details})" if details else ""))
        if not race.results:
            parts.append("  no results listed")
            continue
        parts.append(
            text_table(
                [
                    "Pos",
                    "Driver",
                    "Nation",
                    "Team",
                    "Car",
                    "Gap (s)",
                    "As printed",
                    "Laps",
                    "Status",
                ],
                [
                    [
                        r.position,
                        r.driver,
                        r.nation,
                        r.team,
                        r.car,
                        r.gap_s,
                        r.gap_text,
                        r.laps,
                        r.status,
                    ]  # fmt: skip
                    for r in race.results
                ],
            )
        )
    if extraction.standings:
        afters = {s.after for s in extraction.standings}
        heading = "Standings" + (
            f" ({afters.pop()})" if len(afters) == 1 and None not in afters else ""
        )
        parts.append(f"\n{heading}")
        parts.append(
            text_table(
                ["Pos", "Driver", "Nation", "Points"],
                [[s.position, s.driver, s.nation, s.points] for s in extraction.standings],
            )
        )
    if not extraction.races and not extraction.standings:
        parts.append("\nNo results or standings found in this article.")
    return "\n".join(parts)
