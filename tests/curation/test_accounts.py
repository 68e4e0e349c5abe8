"""One account per race and per standings list, chosen from the rows alone."""

from invented_articles import FIELD, article, classification, race, standings_list

from curation.accounts import choose_accounts
from schemas.rows import tabulate


def final(key: str, drivers, gaps, name: str = "Final", event: str = "Round 3 Porto Novo"):
    return article(key, races=[race(name, classification(drivers, gaps))], event=event)


def chosen(rows, table: str) -> set[tuple[str, str]]:
    return {(r["race_ref"], r["article_key"]) for r in rows[table]}


def test_the_race_is_taken_from_the_article_with_the_most_result_rows():
    rows = tabulate(
        [
            final("site-a/report", FIELD[:3], [None, 1.0, 2.0]),
            final("site-b/report", FIELD[:4], [None, 1.0, 2.0, 3.0]),
        ]
    )
    picked = choose_accounts(rows)
    assert {key for _, key in chosen(picked, "races")} == {"site-b/report"}
    assert {key for _, key in chosen(picked, "results")} == {"site-b/report"}
    assert len(picked["articles"]) == 2  # every article stays listed


def test_the_choice_does_not_depend_on_the_order_of_the_rows():
    reports = [
        final("site-a/report", FIELD[:3], [None, 1.0, 2.0]),
        final("site-b/report", FIELD[:3], [None, 1.0, 2.0]),  # a tie: the smaller key wins
    ]
    forward, backward = choose_accounts(tabulate(reports)), choose_accounts(tabulate(reports[::-1]))
    assert chosen(forward, "results") == chosen(backward, "results")
    assert {key for _, key in chosen(forward, "results")} == {"site-a/report"}


def test_two_editions_printing_one_classification_under_other_names_are_one_race():
    rows = tabulate(
        [
            final("site-a/report", FIELD[:4], [None, 1.0, 2.0, 3.0]),
            final("site-b/bericht", FIELD[:3], [None, 1.0, 2.0], name="Finale", event="Runde 3"),
        ]
    )
    picked = choose_accounts(rows)
    assert {key for _, key in chosen(picked, "races")} == {"site-a/report"}


def test_a_standings_list_is_taken_from_the_article_printing_the_most_lines():
    shorter = article("site-a/report", standings=standings_list([25, 18]))
    longer = article("site-b/report", standings=standings_list([25, 18, 15]))
    picked = choose_accounts(tabulate([shorter, longer]))
    assert {r["article_key"] for r in picked["standings"]} == {"site-b/report"}
    assert len(picked["standings"]) == 3
