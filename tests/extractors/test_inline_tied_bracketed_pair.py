"""A run-together list whose first place two drivers share, each printed with a bracket after the
name ('1. Ann Lee (NL) und Bo Kim (DK), je 19 Punkte. 3. Cy Dow (NL), 14.'): both are read at
that place and the count goes on from the place after the pair. Pages and names are invented."""

from extractors.article import extract_article
from extractors.inline_rows import split_inline_lists, tied_pair

PAGE = (
    "Das Bahnrennen in Velastad wurde nach den Vorläufen abgebrochen.\n\n"
    "Ergebnisse Bahnrennen Velastad:\n\n"
    "Solo: 1. Ann Lee (NL) und Bo Kim Berg (DK), je 19 Punkte. 3. Cy Dow (NL), 14. "
    "4. Di Roe (D), 14. 5. Ed Fox (NL), 12. 6. Flo Gant (F), 9.\n"
)


def test_a_pair_with_brackets_shares_its_place():
    pair = tied_pair("Ann Lee (NL) und Bo Kim (DK), je 19 Punkte")
    assert pair is not None
    assert pair[:2] == ("Ann Lee (NL)", "Bo Kim (DK)")


def test_a_number_the_pair_shares_is_kept():
    assert tied_pair("Ann Lee (Kite) and Bo Kim (Vela), 19") == (
        "Ann Lee (Kite)",
        "Bo Kim (Vela)",
        ", 19",
    )


def test_one_bracket_only_is_no_bracketed_pair():
    assert tied_pair("Ann Lee (NL) und Bo Kim, je 19 Punkte") is None


def test_the_count_goes_on_after_the_pair():
    lists = split_inline_lists(PAGE.splitlines()[-1])
    assert len(lists) == 1
    assert [row.text.split(".")[0] for row in lists[0].rows] == ["1", "3", "4", "5", "6"]


def test_both_drivers_are_read_at_the_shared_place():
    extraction = extract_article(PAGE, media_type="text/plain")
    rows = [(r.position, r.driver) for race in extraction.races for r in race.results]
    assert rows[:4] == [(1, "Ann Lee"), (1, "Bo Kim Berg"), (3, "Cy Dow"), (4, "Di Roe")]
    assert (6, "Flo Gant") in rows
