"""Class winners printed one a line under a lead-in ending in 'winners:', the lead-in the last
clause of a longer sentence ('The other classes raced too, with the following winners:'). Pages
and names are invented."""

from extractors.article import extract_article

LONG_LEAD = (
    "The last round of the provincial motocross was run at the home track.\n"
    "The other classes of the championship raced as well, with the following winners:\n"
    "- MX2: Ann Lee\n"
    "- Beginners: Bo Kim\n"
    "- 85 cc: Cy Dow\n"
    "The season ends here.\n"
)


def winners_of(text: str) -> list[tuple[str, list[tuple[int | None, str]]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (race.name, [(r.position, r.driver) for r in race.results])
        for race in extraction.races
        if race.results
    ]


def test_each_class_under_a_long_lead_in_is_won_by_its_name():
    assert winners_of(LONG_LEAD) == [
        ("MX2", [(1, "Ann Lee")]),
        ("Beginners", [(1, "Bo Kim")]),
        ("85 cc", [(1, "Cy Dow")]),
    ]


def test_a_long_sentence_not_ending_in_winners_leads_no_class_lines():
    page = LONG_LEAD.replace("with the following winners:", "with these drivers entered:")
    assert winners_of(page) == []
