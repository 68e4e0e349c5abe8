"""What a generated race report is: its content blocks and the truth it states (the types the
corpus generator writes and the page renderer and accuracy scorer read)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Status = Literal["finished", "lapped", "dnf", "dsq", "na"]
Method = Literal["list", "table", "narrative"]


@dataclass(frozen=True, slots=True)
class TruthRow:
    """A result row as the generator printed it."""

    position: int | None
    driver: str  # the name as printed in the row
    nation: str  # the driver's ISO alpha-3 code
    nation_in_row: bool  # whether the row itself names the nation
    gap_s: float | None
    laps: int | None
    status: Status


@dataclass(frozen=True, slots=True)
class TruthRace:
    """A race of the article and the rows its list or table states (empty when prose only)."""

    name: str
    method: Method
    rows: tuple[TruthRow, ...]
    shape: str = ""  # the list shape (see LIST_SHAPES), "table" or "narrative"


@dataclass(frozen=True, slots=True)
class TruthStanding:
    """A standings line as printed."""

    position: int | None
    driver: str
    nation: str
    points: float
    line: str = ""  # the printed list line ("" for a table row)


@dataclass(frozen=True, slots=True)
class TruthPenalty:
    """A penalty stated in the prose."""

    race: str
    driver: str
    seconds: float | None
    kind: str
    reason: str


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of article content to render: heading, paragraph, list or table."""

    kind: Literal["heading", "paragraph", "list", "table"]
    text: str = ""
    lines: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    header: bool = False  # the table's first row is a header
    ordered: bool = False

    def plain(self) -> str:
        """The block as plain text, one line per list item or table row."""
        if self.kind == "list":
            return "\n".join(self.lines)
        if self.kind == "table":
            return "\n".join("\t".join(row) for row in self.rows)
        return self.text


@dataclass(frozen=True, slots=True)
class Article:
    """One generated race report: where it lives, its content blocks and the truth it states."""

    seed: int
    index: int
    path: str
    language: str
    title: str
    published: dt.date
    series: str
    season: int
    event: str
    blocks: tuple[Block, ...]
    races: tuple[TruthRace, ...]
    standings: tuple[TruthStanding, ...]
    penalties: tuple[TruthPenalty, ...]
    accents_dropped: bool = False  # the site strips diacritics everywhere
    html: str = field(default="", repr=False)

    @property
    def text(self) -> str:
        """The article's content as plain text: the text an extractor should read from the page."""
        return "\n".join([self.title, *(block.plain() for block in self.blocks)])

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def rows_stated(self) -> int:
        """Result rows the article's lists and tables state (what a perfect extraction finds)."""
        return sum(len(race.rows) for race in self.races)
