"""Checks over a race's rows: a printed classification is whole (1..n) and its gaps never
shrink down the order; each race of each article is judged apart."""

from invented_articles import FIELD, article, classification, race, result

from curation.race_checks import race_checks
from schemas.rows import tabulate_article

CLEAN = article(races=[race("Final", classification(FIELD[:4], [None, 0.684, 0.684, 3.5]))])


def _results(*rows):
    return tabulate_article(article(races=[race("Final", list(rows))]))["results"]


def test_race_checks_pass_a_clean_classification_with_equal_gaps():
    rows = tabulate_article(CLEAN)["results"]
    assert (
        race_checks(rows)
        == [{"race_positions_contiguous": True, "race_gaps_non_decreasing": True}] * 4
    )


def test_race_checks_fail_every_row_of_a_race_with_a_missing_position():
    rows = _results(
        result(1, "Mira Castell"),
        result(2, "Jonas Aalto", gap_s=1.0),
        result(4, "Keiko Tanabe", gap_s=2.0),
    )
    assert [c["race_positions_contiguous"] for c in race_checks(rows)] == [False] * 3


def test_a_race_told_only_in_prose_may_skip_positions():
    rows = _results(
        result(1, "Mira Castell").model_copy(update={"method": "narrative"}),
        result(4, "Keiko Tanabe").model_copy(update={"method": "narrative"}),
    )
    assert [c["race_positions_contiguous"] for c in race_checks(rows)] == [True] * 2


def test_a_printed_list_with_a_prose_row_must_still_be_contiguous():
    rows = _results(
        result(1, "Mira Castell"),
        result(3, "Keiko Tanabe").model_copy(update={"method": "narrative"}),
    )
    assert [c["race_positions_contiguous"] for c in race_checks(rows)] == [False] * 2


def test_race_checks_fail_every_row_when_a_gap_shrinks_down_the_order():
    rows = _results(
        result(1, "Mira Castell"),
        result(2, "Jonas Aalto", gap_s=3.0),
        result(3, "Keiko Tanabe", gap_s=1.0),
        result(None, "Luca Ferrand", gap_s=0.5, status="dnf"),
    )
    assert [c["race_gaps_non_decreasing"] for c in race_checks(rows)] == [False] * 4


def test_race_checks_judge_each_race_of_each_article_apart():
    good = tabulate_article(
        article("a", races=[race("Final", classification(FIELD[:2], [None, 1.0]))])
    )
    bad = tabulate_article(article("b", races=[race("Final", [result(2, "Mira Castell")])]))
    checks = race_checks(good["results"] + bad["results"])
    assert [c["race_positions_contiguous"] for c in checks] == [True, True, False]
