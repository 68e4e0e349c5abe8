"""Championship standings: points as rows print them ('– 18 points', '18 pts', '12 punti') and the
Standing records built from rows that carry points but no race result."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.names import fold_name
from extractors.records import Evidence, Standing
from extractors.row_facts import RowFacts

# points words in English, Italian, Portuguese, Spanish, German, Dutch, Polish: "points", "pts",
# "punti", "Punkte", "punten", "ptn", "punktów"
POINT_WORDS = (
    r"(?:points?|pts?\.?|punti|punto|pontos?|puntos?|punkte?n?|punten|punkty?|punktów|pkt\.?|pnt|"
    r"ptn)"
)
# "18 points", "1 point", "18 pts", "12 punti", "10 pontos", "8 puntos", "6 Punkte", "4,5 pts",
# and in rows "25 P.", "20p." (not "3 p.m."), "25 P" or "20p" ending a row; the word may come
# first in a row ("Lazio punti 263", "points: 45")
POINTS_RE = re.compile(
    rf"(?:(?<!\w)(?P<word>{POINT_WORDS}):?\s?)?(?<![\w.,])(?P<points>\d{{1,4}}(?:[.,]\d)?)"
    rf"(?(word)(?!\w|[.,]\d)|\s?(?:{POINT_WORDS}(?!\w)|p\.(?!\s?m\b)|(?-i:P)$|(?<=\d)p$))",
    re.IGNORECASE,
)
# "Standings after Round 1", "Championship standings", "Classifica generale", "Points after
# Round 8", "Classificação após Round 5", "Gesamtwertung", "Endstand", "tussenstanden", a list's
# column heading "Position – Driver: Points (Behind)" (points and the gap in points, no race
# time): a standings heading (a series name such as "Virtual GT Championship" is not one; a
# heading that is the word alone, "Il campionato", "The championship", is)
STANDINGS_WORDS_RE = re.compile(
    r"\b(?:standings?|leaderboard|points table|drivers'? table|"
    r"championship (?:standings|table|points|leaderboard|order)|"
    r"classifica (?:generale|piloti|campionato|mondiale)|"
    r"clasificaci[oó]n (?:general|del campeonato|de pilotos)|"
    r"classifica[cç][aã]o (?:geral|do campeonato|de pilotos)|"
    r"classement (?:g[eé]n[eé]ral|du championnat|des pilotes)|"
    r"gesamtwertung|fahrerwertung|meisterschaftsstand|tabellenstand|"
    r"(?:end|zwischen|gesamt)stand|(?:tussen|eind)stand(?:en)?|"
    r"(?:points|punti|pontos|puntos|punkte|classifica|classifica[cç][aã]o|clasificaci[oó]n|"
    r"classement|wertung|stand)\s+(?:after|following|dopo|ap[oó]s|tras|nach|apr[eè]s)\b|"
    r"^pos(?:ition)?\W+driver\W+points\W+\(?(?:behind|gap)\)?\s*$|"
    r"^(?:the|il|le|la|el|o|die|het)?\s*(?:championship|campionato|championnat|campeonato|"
    r"meisterschaft|kampioenschap|mistrzostwa)\s*:?\s*$)",
    re.IGNORECASE,
)


def parse_points(text: str) -> float:
    """'18' -> 18.0, '4,5' -> 4.5."""
    return float(text.replace(",", "."))


def standings_from_rows(rows: Sequence[RowFacts], after: str | None) -> list[Standing]:
    """Standing records of a standings list or table; unprinted positions follow the order
    when the points never rise down the rows (else the rows are in another order: no place)."""
    points = [row.points for row in rows if row.driver is not None and row.points is not None]
    ordered = all(b <= a for a, b in zip(points, points[1:], strict=False))
    standings = []
    for index, row in enumerate(rows, start=1):
        if row.driver is None or row.points is None:
            continue
        standings.append(
            Standing(
                after=after,
                position=row.position if row.position is not None or not ordered else index,
                driver=row.driver,
                nation=row.nation,
                points=row.points,
                evidence=Evidence(text=row.text, start=row.start, end=row.end),
            )
        )
    return standings


def without_repeats(standings: Sequence[Standing]) -> list[Standing]:
    """The standings with a row printed again left out: the same name (case and accents aside)
    at the same place on the same points in one table, and a table whose every row another
    table prints (a podium in the lead, then the full table; a table printed twice). Two tables
    sharing some rows only (two classes a driver leads alike) keep them all."""
    tables: dict[str | None, set[tuple]] = {}
    for standing in standings:
        tables.setdefault(standing.after, set()).add(_key(standing))
    names = list(tables)
    dropped = {
        after
        for i, after in enumerate(names)
        if any(tables[after] <= tables[other] for other in names[i + 1 :])
    }
    seen: set[tuple] = set()
    kept = []
    for standing in standings:
        key = (standing.after, *_key(standing))
        if standing.after not in dropped and key not in seen:
            seen.add(key)
            kept.append(standing)
    return kept


def _key(standing: Standing) -> tuple:
    return (fold_name(standing.driver), standing.position, standing.points)
