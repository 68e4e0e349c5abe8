"""Championship standings: points as rows print them ('– 18 points', '18 pts', '12 punti') and the
Standing records built from rows that carry points but no race result."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from extractors.document import Document
from extractors.names import fold_name
from extractors.nations import plain_lower
from extractors.records import Evidence, Standing
from extractors.row_facts import RowFacts

# "nations", "teams", "manufacturers": a heading naming them names a contest of no drivers
# ('Nations Cup Results', 'Manufacturers Cup')
CONTEST_KINDS = frozenset(
    plain_lower(word)
    for word in json.loads(
        (Path(__file__).parent / "data" / "race_names.json").read_text(encoding="utf-8")
    )["ranked_kinds"]
)
HEADING_WORD_RE = re.compile(r"[^\W\d_]+")

# points words in English, Italian, Portuguese, Spanish, German, Dutch, Polish: "points", "pts",
# "punti", "Punkte", "punten", "ptn", "punktów"
POINT_WORDS = (
    r"(?:points?|pts?\.?|punti|punto|pontos?|puntos?|punkte?n?|punten|punkty?|punktów|pkt\.?|pnt|"
    r"ptn)"
)
# "con", "with", "com", "avec", "mit", "met": the word between a name and its points
POINTS_LINK_WORDS = r"con|with|com|avec|mit|met"
# "18 points", "1 point", "18 pts", "12 punti", "10 pontos", "8 puntos", "6 Punkte", "4,5 pts",
# and in rows "25 P.", "20p." (not "3 p.m."), "25 P" or "20p" ending a row; the word may come
# first in a row ("Lazio punti 263", "points: 45"), and the word linking a name to its points is
# part of them ("Ann Lee con 357 puntos", "Bo Kim with 40 pts"); a column's spaces may stand
# before the word ("443   points")
POINTS_RE = re.compile(
    rf"(?:(?<!\w)(?:{POINTS_LINK_WORDS})\s+(?=\d))?"
    rf"(?:(?<!\w)(?P<word>{POINT_WORDS}):?\s?)?(?<![\w.,])(?P<points>\d{{1,4}}(?:[.,]\d)?)"
    rf"(?(word)(?!\w|[.,]\d)|\s?[ \t]{{0,2}}"
    rf"(?:{POINT_WORDS}(?!\w)|p\.(?!\s?m\b)|(?-i:P)$|(?<=\d)p$))",
    re.IGNORECASE,
)
# "Standings after Round 1", "Championship standings", "Classifica generale", "Points after
# Round 8", "Classificação após Round 5", "a pontuação após a etapa", "Klassement na 5 van de 13
# wedstrijden", "klasyfikacja po 3 rundach", "Gesamtwertung", "Endstand", "tussenstanden", a list's
# column heading "Position – Driver: Points (Behind)" (points and the gap in points, no race
# time): a standings heading (a series name such as "Virtual GT Championship" is not one; a
# heading that is the word alone, "Il campionato", "The championship", is)
STANDINGS_WORDS_RE = re.compile(
    r"\b(?:standings?|leaderboard|points table|drivers'? table|"
    r"championship (?:standings|table|points|leaderboard|order)|"
    r"classifica (?:generale|piloti|campionato|mondiale)|"
    r"clasificaci[oó]n (?:general|del campeonato|de pilotos)|"
    r"classifica[cç][aã]o (?:geral|do campeonato|de pilotos)|"
    r"classement (?:g[eé]n[eé]ral(?! de la journ[ée]e| du jour)|du championnat|(?:des )?pilotes)|"
    r"(?:drivers|riders|teams|constructors|manufacturers)[’']? championship|"
    r"(?:campeonato|championnat|campionato)(?:\s+(?:mundial|du monde|del mondo|do mundo))?\s+"
    r"(?:(?:de|des|dos|del|dei)\s+)?(?:pilotos|pilotes|piloti|constructores|construtores|"
    r"constructeurs|costruttori|equipes|[ée]quipes|equipos|escuder[ií]as|marcas)\b|"
    r"fahrermeisterschaft|konstrukteurs(?:meisterschaft|wertung)|"
    r"(?:coureurs|constructeurs)kampioenschap|"
    r"classement des (?:constructeurs|[ée]quipes)|klasyfikacja konstruktor[oó]w|"
    r"klasyfikacja (?:generalna|kierowc[oó]w|mistrzostw)|algemeen klassement|"
    r"gesamtwertung|fahrerwertung|meisterschaftsstand|tabellenstand|"
    r"(?:end|zwischen|gesamt)stand|(?:tussen|eind)stand(?:en)?|"
    r"(?:points|punti|pontos|puntos|punkte|classifiche|classifica|classifica[cç][aã]o|"
    r"classifica[cç][oõ]es|clasificaci[oó]n|clasificaciones|classements?|wertung|stand|"
    r"pontua[cç][aã]o|puntuaci[oó]n|punteggio|klassement|klasyfikacja)\s+"
    r"(?:after|following|dopo|ap[oó]s|tras|nach|apr[eè]s)\b|"
    r"\b(?:klassement|(?:tussen)?stand)\s+na\b|\bklasyfikacja\s+po\b|"
    r"^pos(?:ition)?\W+driver\W+points\W+\(?(?:behind|gap)\)?\s*$|"
    r"^(?:the|il|le|la|el|o|die|het)?\s*(?:championship|campionato|championnat|campeonato|"
    r"meisterschaft|kampioenschap|mistrzostwa)\s*:?\s*$)",
    re.IGNORECASE,
)


# "Classifica del 25mo Trofeo d'Autunno", "Classement de la Coupe": a classification of a
# competition (several rounds), a few words between them at most
COMPETITION_CLASSIFICATION_RE = re.compile(
    r"\b(?:classifica|classement|clasificaci[oó]n|classifica[cç][aã]o|klassement)\s+"
    r"(?:[\w’']+\s+){0,3}?(?:trofeo|trof[eé]u|troph[ée]e|trophy|coppa|copa|coupe|cup|"
    r"campionato|campeonato|championnat|kampioenschap)\b",
    re.IGNORECASE,
)
# "Classifica 60 Mini", "Classement Junior :", "Classifica CIR Costruttori": a classification
# word, then the name of a class or series, no race, session, day or final ("Classifica Gara 1",
# "Classement final du rallye", "Clasificación de la carrera"): a class's standings when its rows
# print points and no race time; the plural after a preposition too ('Aux classements XRC :')
CLASS_CLASSIFICATION_RE = re.compile(
    r"^\s*(?:(?:aux|nelle|nas|en\s+las)\s+)?"
    r"(?:classifica|classement|clasificaci[oó]n|classifica[cç][aã]o|klassement|klasyfikacja|"
    r"classifiche|classements|clasificaciones|classifica[cç][oõ]es)"
    r"\s+(?!.*\b(?:gara|race|corsa|course|carrera|corrida|prova|rennen|lauf|bieg|wy[śs]cig|heat|"
    r"manche|batteria|bateria|serie|final[ei]?s?|finaal|qualifica\w*|prove|rall[yi]e?|stage|tappa|"
    r"etapa|[ée]tape|speciale|giornata|journ[ée]e|d[ií]a|day|assolut[ao]|g[ée]n[ée]rale?)(?![^\W\d_]))"
    r"\w[^:.;!?]{0,40}?\s*:?\s*$",
    re.IGNORECASE,
)
# More points than one race gives anyone: a total over several rounds ('1) Ann Lee, 926 pontos')
CUMULATIVE_POINTS = 100


def settles_standings(points: Sequence[float], headings: Sequence[str]) -> bool:
    """Whether a page settles that rows with points and no race time are the championship's
    standings, not a race's or a day's points ('1º - Ann Lee (22 pontos)' under 'Pódios'): a
    standings heading or lead-in above them ('Championship standings', 'Classement pilotes',
    'the standings after round 3:', 'Classifica 60 Mini'), or a leader's points beyond any one
    race's."""
    named = (STANDINGS_WORDS_RE, COMPETITION_CLASSIFICATION_RE, CLASS_CLASSIFICATION_RE)
    return any(pattern.search(text) for text in headings for pattern in named) or (
        max(points, default=0) > CUMULATIVE_POINTS
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


def _contest_of_no_drivers(heading: str) -> bool:
    """'Nations Cup Results', 'Manufacturers Cup': a heading naming a contest of teams."""
    return any(plain_lower(w) in CONTEST_KINDS for w in HEADING_WORD_RE.findall(heading))


def without_team_totals(doc: Document, standings: Sequence[Standing]) -> list[Standing]:
    """The standings less the totals prose gives a team's drivers under a heading naming a
    contest of teams ('Nations Cup Results', then 'Team Kite, with Ann Lee and Bo Kim, took
    second with 46 points'): one total shared by several drivers of one sentence is their
    team's, no driver's."""
    headings = [(b.start, b.text) for b in doc.blocks if b.kind == "heading"]
    shared: dict[tuple[int, float | None], int] = {}
    for standing in standings:
        key = (standing.evidence.start, standing.points)
        shared[key] = shared.get(key, 0) + 1

    def team_total(standing: Standing) -> bool:
        if shared[(standing.evidence.start, standing.points)] < 2:
            return False
        above = [text for start, text in headings if start <= standing.evidence.start]
        return bool(above) and _contest_of_no_drivers(above[-1])

    return [standing for standing in standings if not team_total(standing)]
