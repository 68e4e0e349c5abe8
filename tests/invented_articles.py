"""Invented extracted articles for the curated-table tests: names, events and times made up."""

from __future__ import annotations

from extractors.records import (
    ArticleMeta,
    Conflict,
    DriverNation,
    Evidence,
    ExtractedArticle,
    Extraction,
    Interval,
    Penalty,
    Race,
    ResultRow,
    Standing,
)
from extractors.sections import race_identity

# (driver, ISO alpha-3 nation) of an invented field
FIELD = [
    ("Mira Castell", "ESP"),
    ("Jonas Aalto", "FIN"),
    ("Keiko Tanabe", "JPN"),
    ("Luca Ferrand", "ITA"),
    ("Oskar Lindqvist", "SWE"),
    ("Davi Moraes", "BRA"),
]


def evidence(text: str, start: int = 0) -> Evidence:
    return Evidence(text=text, start=start, end=start + len(text))


def result(
    position: int | None,
    driver: str,
    nation: str | None = None,
    gap_s: float | None = None,
    *,
    status: str = "finished",
    start: int = 0,
    confidence: float = 0.9,
) -> ResultRow:
    gap_text = f"+{gap_s:.3f}" if gap_s is not None else None
    line = f"{position}. {driver} {gap_text or ''}".strip()
    return ResultRow(
        position=position,
        position_text=str(position) if position is not None else None,
        driver=driver,
        nation=nation,
        gap_s=gap_s,
        gap_text=gap_text,
        status=status,
        evidence=evidence(line, start),
        method="list",
        confidence=confidence,
    )


def classification(
    drivers: list[tuple[str, str]], gaps: list[float | None], start: int = 0
) -> list[ResultRow]:
    """A clean result list: positions 1..n in order, the given gaps."""
    return [
        result(n, name, nation, gap, start=start + 40 * n)
        for n, ((name, nation), gap) in enumerate(zip(drivers, gaps, strict=True), start=1)
    ]


def race(
    name: str, results: list[ResultRow], session: str | None = "race", laps: int | None = 12
) -> Race:
    """A race as the extractor builds it: session, label and round read from its name."""
    identity = race_identity(name, session)
    return Race(name=name, **identity, track="Invented Ring", laps=laps, results=results)


def article(
    key: str = "invented-news/round-3",
    *,
    races: list[Race] | None = None,
    standings: list[Standing] | None = None,
    penalties: list[Penalty] | None = None,
    intervals: list[Interval] | None = None,
    driver_nations: list[DriverNation] | None = None,
    conflicts: list[Conflict] | None = None,
    season: int | None = 2024,
    event: str | None = "Round 3 Porto Novo",
    series: str | None = "Invented Sim Cup",
    version: str = "1.0.0",
    page_hash: str | None = None,
) -> ExtractedArticle:
    return ExtractedArticle(
        article_key=key,
        page_hash=page_hash or f"hash-of-{key}-{version}",
        url=f"https://news.invalid/{key}",
        canonical_url=f"https://news.invalid/{key}",
        fetched_at="2024-06-02T08:30:00+00:00",
        extractor_version=version,
        extraction=Extraction(
            article=ArticleMeta(
                title=f"Report: {event}",
                published="2024-06-01",
                language="en",
                series=series,
                season=season,
                event=event,
            ),
            races=races or [],
            standings=standings or [],
            penalties=penalties or [],
            intervals=intervals or [],
            driver_nations=driver_nations or [],
            conflicts=conflicts or [],
        ),
    )


def stored_extraction(
    key: str, page_hash: str, version: str, fetched_at: str | None
) -> ExtractedArticle:
    """An extraction with nothing in it but what the stores key it by and order it on."""
    return ExtractedArticle(
        article_key=key,
        page_hash=page_hash,
        fetched_at=fetched_at,
        extractor_version=version,
        extraction=Extraction(article=ArticleMeta(title=f"{key} {page_hash} {version}")),
    )


def standings_list(points: list[float], after: str | None = "Round 3") -> list[Standing]:
    return [
        Standing(
            after=after,
            position=n,
            driver=name,
            nation=nation,
            points=p,
            evidence=evidence(f"{name} {p} points", 900 + 30 * n),
        )
        for n, ((name, nation), p) in enumerate(zip(FIELD, points, strict=False), start=1)
    ]


def two_race_article(**kwargs) -> ExtractedArticle:
    """Semi-Final A is clean; Semi-Final B lists two drivers third and a negative gap."""
    broken = [
        result(1, "Oskar Lindqvist", "SWE", None, start=500),
        result(2, "Davi Moraes", "BRA", 0.412, start=540),
        result(3, "Keiko Tanabe", "JPN", 1.250, start=580),
        result(3, "Luca Ferrand", "ITA", -0.300, start=620),
    ]
    return article(
        races=[
            race(
                "Semi-Final A",
                classification(FIELD[:4], [None, 0.684, 2.318, 14.205]),
                "semi-final",
            ),
            race("Semi-Final B", broken, "semi-final"),
        ],
        standings=standings_list([18, 15, 12, 10]),
        penalties=[
            Penalty(
                race="Semi-Final B",
                driver="Luca Ferrand",
                seconds=5,
                kind="time",
                reason="contact",
                evidence=evidence("Ferrand got a five-second penalty for contact", 700),
            ),
        ],
        **kwargs,
    )


def stated_nation(driver: str, nation: str, text: str, start: int) -> DriverNation:
    """A nation the prose states for a driver ('the Finn Jonas Aalto')."""
    return DriverNation(driver=driver, nation=nation, evidence=evidence(text, start))


OVERLAPS_TEXT = (
    "Race results\n"
    "1. Mira Castell (ESP) 12 laps\n"
    "2. Jonas Aalto <script>alert('x')</script> +1.204\n"
    "Castell got a penalty for track limits after the flag, the Finn Jonas Aalto said.\n"
)


def _span(text: str, start_at: int = 0) -> Evidence:
    start = OVERLAPS_TEXT.index(text, start_at)
    return evidence(text, start)


def overlapping_extraction() -> Extraction:
    """Facts whose spans nest, cross and coincide, over OVERLAPS_TEXT (a `<script>` in it)."""
    first = result(1, "Mira Castell", "ESP", start=0).model_copy(
        update={"evidence": _span("1. Mira Castell (ESP) 12 laps")}
    )
    second = result(2, "Jonas Aalto", "FIN", 1.204, confidence=0.7).model_copy(
        update={"evidence": _span("2. Jonas Aalto <script>alert('x')</script> +1.204")}
    )
    return Extraction(
        article=ArticleMeta(title="Castell <b>wins</b>"),
        races=[Race(name="Race", results=[first, second])],
        penalties=[
            Penalty(
                driver="Mira Castell",
                kind="other",
                reason="track limits",
                # crosses the nation's span below: both keep a mark of their own
                evidence=_span("penalty for track limits after the flag, the Finn"),
            )
        ],
        driver_nations=[
            DriverNation(
                driver="Jonas Aalto", nation="FIN", evidence=_span("the Finn Jonas Aalto")
            ),
            # the same driver's name inside a result row: a mark nested in the row's mark
            DriverNation(driver="Mira Castell", nation="ESP", evidence=_span("Mira Castell (ESP)")),
        ],
        conflicts=[
            # the very span of a result row: nested in its mark, both seen
            Conflict(
                driver="Jonas Aalto",
                field="gap_s",
                kept="1.204",
                other="1.4",
                evidence=_span("2. Jonas Aalto <script>alert('x')</script> +1.204"),
            )
        ],
    )
