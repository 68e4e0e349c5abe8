"""Typed records passed between stages: one definition, from which the JSON contract is generated.

`schemas/extract.schema.json` is `Extraction.model_json_schema()`; a test keeps the two equal.
Evidence offsets are character offsets into `Document.text` (the article's extracted text).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["finished", "lapped", "dnf", "dns", "dsq", "nc", "na"]
"""finished: classified on the lead lap; lapped: a lap or more down; dnf: retired; dns: did not
start; dsq: disqualified; nc: running at the end but not classified; na: listed with no time
(e.g. `N/A`)."""

Method = Literal["list", "table", "narrative"]

DateSource = Literal["text", "published"]
"""Where a race's date comes from: stated in the article's text, or its publication date."""


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Record):
    """The source text of a fact and its character span in the article's extracted text."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ArticleMeta(_Record):
    """What the article is: its title, where and when it was published, what it reports on."""

    title: str | None = None
    url: str | None = None
    published: str | None = Field(None, description="ISO 8601 date (YYYY-MM-DD) when known")
    language: str | None = Field(None, description="ISO 639-1 code, e.g. 'en', 'it'")
    series: str | None = None
    season: int | None = None
    event: str | None = None


class ResultRow(_Record):
    """One classified (or listed) finisher of one race, as the article states it."""

    position: int | None = Field(None, description="finishing position; null when not classified")
    position_text: str | None = Field(
        None, description="the position as printed, e.g. '1', 'P2', '3º'"
    )
    driver: str = Field(description="the driver, or the entrant of a team entry (car, team)")
    crew: list[str] = Field([], description="the drivers of a team entry, as printed")
    car_number: str | None = Field(None, description="the car number as printed, e.g. '27', '87Z'")
    nation: str | None = Field(None, description="ISO 3166-1 alpha-3")
    team: str | None = None
    car: str | None = None
    gap_s: float | None = Field(
        None, description="gap to the winner in seconds; null for the winner or no time"
    )
    gap_text: str | None = Field(None, description="the gap cell alone, as printed")
    time_s: float | None = Field(
        None, description="the driver's total race time in seconds, where printed"
    )
    time_text: str | None = Field(None, description="the total race time as printed")
    laps: int | None = None
    points: float | None = Field(None, description="points scored in this race, where printed")
    status: Status = "finished"
    status_detail: str | None = Field(
        None, description="why a driver is unclassified, as printed ('Suspension')"
    )
    qualified: bool | None = Field(
        None, description="true when the text says the driver went through to the next stage"
    )
    evidence: Evidence
    method: Method
    confidence: float = Field(ge=0, le=1)


class Race(_Record):
    """One race (or heat, semi-final, sprint, final) reported by the article."""

    name: str
    session: str | None = Field(
        None, description="race, sprint, heat, semi-final, repechage, final, qualifying"
    )
    label: str | None = Field(
        None,
        description="the letter or number telling the race from the others of its session, "
        "as its name states it ('B' for 'Heat B', '2' for 'Race 2', '3' for 'Heat III')",
    )
    round: int | None = Field(
        None, description="the round number its name states ('Round 3 Race 1' -> 3)"
    )
    parent: str | None = Field(
        None,
        description="the key of the race a qualifying session belongs to, as its name states it "
        "('semi-final B' for 'Semi-Final B qualifying'); null for a session of its own",
    )
    track: str | None = None
    laps: int | None = None
    car: str | None = None
    date: str | None = Field(
        None, description="ISO 8601 date of the race: as the text states it, else of publication"
    )
    date_source: DateSource | None = Field(
        None, description="text (the article states the date) or published (its publication date)"
    )
    results: list[ResultRow] = []


class Standing(_Record):
    """A championship standings line (or a total stated in prose): points of a driver (or nation)
    after a round; `position` null when the text gives none."""

    after: str | None = Field(None, description="the round or race the standings follow")
    position: int | None = None
    driver: str
    nation: str | None = None
    points: float
    evidence: Evidence
    confidence: float = Field(
        0.9,
        ge=0,
        le=1,
        description="0.9 for a printed standings line or table row, lower for a total in prose",
    )


class Penalty(_Record):
    """A penalty handed to a driver."""

    race: str | None = None
    race_key: str | None = Field(
        None,
        description="the session and label of the race it names, the same in every language "
        "('semi-final B', 'race 2', 'semi-final B qualifying'); null when the name states none",
    )
    driver: str | None = None
    seconds: float | None = Field(None, description="null when the text gives no number")
    kind: str = Field(
        description="time, slowdown, drive-through, stop-go, grid, disqualification, other"
    )
    reason: str | None = Field(None, description="contact, track limits, ...")
    lap: int | None = None
    withdrawn: bool = Field(False, description="rescinded on appeal or review; kept, marked")
    evidence: Evidence


class DriverNation(_Record):
    """A driver's nation as the article states it."""

    driver: str
    nation: str = Field(description="ISO 3166-1 alpha-3")
    evidence: Evidence


class Interval(_Record):
    """A finishing margin between two drivers."""

    race: str | None = None
    race_key: str | None = Field(
        None,
        description="the session and label of the race it names, the same in every language "
        "('semi-final B', 'race 2', 'semi-final B qualifying'); null when the name states none",
    )
    ahead: str | None = None
    behind: str | None = None
    seconds: float
    seconds_text: str | None = Field(
        None, description="the margin as printed, e.g. '0.3s', 'less than a tenth'"
    )
    evidence: Evidence


class Conflict(_Record):
    """Two sources in one article that disagree; kept visible, never silently resolved."""

    race: str | None = None
    driver: str | None = None
    field: str
    kept: str | None = None
    other: str | None = None
    evidence: Evidence


class Extraction(_Record):
    """Everything extracted from one article: the `raceresults extract` JSON document."""

    article: ArticleMeta
    races: list[Race] = []
    standings: list[Standing] = []
    penalties: list[Penalty] = []
    driver_nations: list[DriverNation] = []
    intervals: list[Interval] = []
    conflicts: list[Conflict] = []


class ExtractedArticle(_Record):
    """One stored page's extraction, keyed for caching (page hash, extractor version) and for
    publishing (article key: one article however many URLs reach it)."""

    article_key: str = Field(
        description="stable id of the article: from its canonical URL, else its body hash"
    )
    page_hash: str = Field(description="sha256 of the raw page body")
    url: str | None = None
    canonical_url: str | None = None
    fetched_at: str | None = Field(None, description="ISO 8601 UTC timestamp of the fetch")
    extractor_version: str
    extraction: Extraction
    text: str | None = Field(
        None,
        description="the article's extracted text, which evidence offsets point into; null in "
        "extractions stored before the text was kept",
    )
