"""One account per race and per standings list: several articles may report one race, and the
curated tables take each race (with its results, penalties, margins and conflicts) from one
article: the one with the most published result rows, then the highest mean confidence, then the
smallest article_key; each standings list likewise (most rows, then smallest article_key). Races
keyed apart but printed with the same classification by two articles are one race told by two
editions. The choice depends only on the candidates, never on the order they were published in.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from schemas.rows import Row, Rows, driver_ref

MIN_TIMED_ROWS_TO_MATCH = 2
"""Gaps two accounts of a race must both print (and agree on) before differently keyed races are
taken for one: a bare top three in the same order is not enough to call two races the same."""


def classification(rows: list[Row]) -> tuple[tuple, ...]:
    """A race's classification as two editions of one report print it alike whatever their
    language: (position, folded surname, gap in ms) down the order."""
    ordered = sorted(rows, key=lambda row: row["position_order"])
    return tuple(
        (
            row["position"],
            driver_ref(row["driver_name"]).rsplit("_", 1)[-1],
            None if row["gap_s"] is None else round(row["gap_s"] * 1000),
        )
        for row in ordered
    )


def same_races(results: list[Row]) -> dict[str, str]:
    """race_ref -> the smallest race_ref it is the same race as: two articles whose accounts
    print the same classification (at least MIN_TIMED_ROWS_TO_MATCH gaps, same drivers in the
    same order) report one race, whatever their keys (translated race or event names)."""
    accounts: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in results:
        accounts[row["race_ref"], row["article_key"]].append(row)
    by_classification: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    for account, rows in sorted(accounts.items()):
        if sum(row["gap_s"] is not None for row in rows) >= MIN_TIMED_ROWS_TO_MATCH:
            by_classification[classification(rows)].append(account)
    group: dict[str, str] = {}

    def root(ref: str) -> str:
        while group.get(ref, ref) != ref:
            ref = group[ref]
        return ref

    for matching in by_classification.values():
        if len({article for _, article in matching}) < len(matching):
            continue  # one article printing the same classification twice: not two editions
        for ref, _ in matching[1:]:
            first, other = sorted((root(matching[0][0]), root(ref)))
            group[other] = first
    return {ref: root(ref) for ref in group}


def choose_accounts(candidates: Rows) -> Rows:
    """The curated rows of one season from its candidates: one article's account per race and
    per standings list (see the module docstring for the order of preference)."""
    result_rows: Counter[tuple[str, str]] = Counter()
    confidence: dict[tuple[str, str], float] = defaultdict(float)
    for row in candidates["results"]:
        result_rows[row["race_ref"], row["article_key"]] += 1
        confidence[row["race_ref"], row["article_key"]] += row["confidence"]

    def race_rank(account: tuple[str, str]) -> tuple:
        count = result_rows[account]
        return -count, -(confidence[account] / count if count else 0.0), account[1]

    same_race = same_races(candidates["results"])
    best_of: dict[str, tuple[str, str]] = {}
    for row in candidates["races"]:
        account = (row["race_ref"], row["article_key"])
        group = same_race.get(row["race_ref"], row["race_ref"])
        if group not in best_of or race_rank(account) < race_rank(best_of[group]):
            best_of[group] = account
    # a race_ref whose race another key's account tells best is not published at all ("")
    race_of = {
        row["race_ref"]: article if ref == row["race_ref"] else ""
        for row in candidates["races"]
        for ref, article in [best_of[same_race.get(row["race_ref"], row["race_ref"])]]
    }

    standings_rows = Counter(
        (r["standings_ref"], r["article_key"]) for r in candidates["standings"]
    )
    standings_of: dict[str, str] = {}
    for (ref, article), count in sorted(standings_rows.items()):
        best = standings_of.get(ref)
        if best is None or count > standings_rows[ref, best]:
            standings_of[ref] = article

    def chosen(row: Row, owners: dict[str, str], key: str) -> bool:
        return row[key] is None or owners.get(row[key], row["article_key"]) == row["article_key"]

    return {
        "articles": candidates["articles"],
        "races": [r for r in candidates["races"] if chosen(r, race_of, "race_ref")],
        "results": [r for r in candidates["results"] if chosen(r, race_of, "race_ref")],
        "standings": [
            r for r in candidates["standings"] if chosen(r, standings_of, "standings_ref")
        ],
        "penalties": [r for r in candidates["penalties"] if chosen(r, race_of, "race_ref")],
        "intervals": [r for r in candidates["intervals"] if chosen(r, race_of, "race_ref")],
        "driver_nations": candidates["driver_nations"],
        "conflicts": [r for r in candidates["conflicts"] if chosen(r, race_of, "race_ref")],
    }
