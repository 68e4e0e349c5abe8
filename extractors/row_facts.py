"""What one printed result or standings line states (RowFacts): the record result lists, tables
and standings read rows into, before it becomes a result or a standing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.records import Status

# "place", "Platz", "lugar", "position": the word a place may be printed with ('1. Platz',
# '3º lugar', '2e position')
PLACE_WORDS = (
    r"place|lugar|posto|posición|posição|platz|plaats|miejsce|position|posizione|positie|pozycja"
)
# "Platz " of "1. Platz Ann Lee", "Platz: " of "1. Platz: Ann Lee": the place word after the place,
# before a capitalised name
PLACE_WORD_RE = re.compile(rf"(?i:{PLACE_WORDS}):?\s+(?=[A-ZÀ-Þ])")
CLEAN_ROW_CONFIDENCE = 0.95  # name, nation and a time or laps
PARTIAL_ROW_CONFIDENCE = 0.85  # name and one of nation / time
WEAK_ROW_CONFIDENCE = 0.7  # name and a printed position only, inside a result list


@dataclass(frozen=True, slots=True)
class RowFacts:
    """What one line or table row states, before it becomes a result or a standing."""

    text: str  # evidence text and its span in Document.text
    start: int
    end: int
    position: int | None = None
    position_text: str | None = None
    driver: str | None = None
    nation: str | None = None
    team: str | None = None
    car: str | None = None
    car_number: str | None = None  # as printed: '27', '87Z'
    gap_s: float | None = None  # signed or unit-marked gap
    time_s: float | None = None  # unsigned clock time
    gap_text: str | None = None  # the gap (or unsigned time) alone, as printed
    laps: int | None = None
    laps_down: int | None = None
    status: Status = "finished"
    status_detail: str | None = None  # 'Suspension' beside a DNF
    points: float | None = None
    crew: tuple[str, ...] = ()  # drivers of a team entry
    bare_number: float | None = None  # '18' ending a line: points in a standings list
    unknown: tuple[str, ...] = ()  # fields that are none of the above

    @property
    def has_timing(self) -> bool:
        return (
            self.gap_s is not None or self.time_s is not None or self.laps is not None
            or self.laps_down is not None or self.status != "finished"
        )  # fmt: skip

    @property
    def is_result(self) -> bool:
        """Shaped like a finisher: a name plus a nation, a time, laps, a status or a car."""
        if self.driver is None or self.points is not None and not self.has_timing:
            return False
        evidence = sum((self.nation is not None, self.has_timing, self.car is not None))
        return evidence >= 1 and len(self.unknown) <= (1 if evidence >= 2 else 0)

    @property
    def is_weak_result(self) -> bool:
        """A printed position and a name only: a result inside a list of clearer rows."""
        return self.driver is not None and self.position is not None and not self.unknown

    @property
    def is_standing(self) -> bool:
        """A name with points and no race time: a championship standings line (at most one
        field that is none of these: 'Class A: 1) Ann Lee 20p, 2) Bo Kim' is no line)."""
        return (
            self.driver is not None
            and self.points is not None
            and not self.has_timing
            and len(self.unknown) <= 1
        )

    @property
    def confidence(self) -> float:
        if self.nation is not None and self.has_timing and not self.unknown:
            return CLEAN_ROW_CONFIDENCE
        if self.is_result:
            return PARTIAL_ROW_CONFIDENCE
        return WEAK_ROW_CONFIDENCE
