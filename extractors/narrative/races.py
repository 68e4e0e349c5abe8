"""Which race each prose block is about: the article's race sections (headings, lead-ins), plus a
race the prose starts without a heading, e.g. a final told after the last semi-final's section
('Qualifying seemed to set that up...' once that semi-final's winner has been named)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from extractors.document import Document
from extractors.sections import SESSION_PATTERNS, SectionMap, find_sections

# Placing phrases that name a race's winner, and those that describe a new grid.
WIN_PHRASES = frozenset({"win", "win_for", "won", "line"})
GRID_PHRASES = frozenset({"pole", "grid"})
# Stages that lead to a final: after them an unheaded race is the final.
PRELIMINARY_SESSIONS = frozenset({"semi-final", "heat", "repechage", "qualifying"})
# "grand final", "World Final": what the article calls its final, to name an unheaded one
FINAL_NAME_RE = re.compile(r"\b(grand|world|super)\s+final\b", re.IGNORECASE)


def sections_of(doc: Document) -> SectionMap:
    """The race sections of a Document, list items and table rows taken as result rows."""
    return find_sections(doc, [block.kind in ("item", "row") for block in doc.blocks])


def block_races(
    doc: Document, parsed: Iterable[tuple[int, Doc]], sections: SectionMap
) -> dict[int, str | None]:
    """Race name (None outside any race) of every parsed prose block."""
    races: dict[int, str | None] = {}
    current_section: object = None
    won = False
    unheaded: str | None = None
    for block, sdoc in parsed:
        section = sections.race_at(block)
        if section is not current_section:
            current_section, won, unheaded = section, False, None
        ids = {s.id_ for s in sdoc.spans.get("placings", [])}
        if section is not None and won and ids & GRID_PHRASES and unheaded is None:
            unheaded = _unheaded_name(doc, section.session, section.name)
            won = False
        races[block] = unheaded or (section.name if section else None)
        won = won or bool(ids & WIN_PHRASES)
    return races


def _unheaded_name(doc: Document, session: str | None, section: str) -> str:
    if session in PRELIMINARY_SESSIONS:
        found = FINAL_NAME_RE.search(doc.text)
        return f"{found.group(1).title()} Final" if found else "Final"
    return f"{section} (2)"


def races_named_in(text: str, sections: SectionMap) -> list[tuple[int, str]]:
    """(character offset, race) for every race section a sentence names ('on pole position for a
    sprint race' -> [(28, 'Sprint race')]); a session several sections share names none."""
    named = []
    for session, pattern in SESSION_PATTERNS:
        if session == "qualifying":
            continue  # "pole position" says what happened, not which race
        races = [r for r in sections.races if r.session == session]
        if len(races) == 1:
            named += [(found.start(), races[0].name) for found in pattern.finditer(text)]
    return sorted(named)
