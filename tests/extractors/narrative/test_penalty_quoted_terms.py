"""A penalty whose nearest capitalised words are a quoted term ('„Track Limit Warnings“'): the term
is no driver, so nobody is named; a one-word quoted racing pseudonym still is a driver."""

from narrative_reading import read


def test_quoted_term_before_a_penalty_is_no_driver() -> None:
    text = (
        "Der Führende, Lars Engel, fuhr lange vorne. In der letzten Runde bekam er wegen zu "
        "vieler „Track Limit Warnings“ eine Strafe."
    )
    assert [p.driver for p in read(text, "de").penalties] == []


def test_unquoted_name_before_a_penalty_is_the_driver() -> None:
    text = "Lars Engel bekam in der letzten Runde eine Strafe."
    assert [p.driver for p in read(text, "de").penalties] == ["Lars Engel"]
