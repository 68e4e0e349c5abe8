"""Round 13: nations printed beside crews and drivers in list lines. Every text is invented."""

from extractors.article import extract_article
from extractors.crew_nations import crew_nations
from extractors.document import Block


def crew(text: str) -> list[tuple[str, str]]:
    return [(p.driver, p.nation) for p in crew_nations(Block(kind="paragraph", text=text, start=0))]


def nations(text: str) -> set[tuple[str, str]]:
    return {
        (n.driver, n.nation) for n in extract_article(text, media_type="text/plain").driver_nations
    }


def test_a_crew_with_its_country_between_dashes_gives_both_members_that_nation():
    assert crew("4. Jan Kowal/Ola Nowak – Polen – Apex GT3") == [
        ("Jan Kowal", "POL"),
        ("Ola Nowak", "POL"),
    ]
    assert crew("7. Leo Bauer/Tim Roth — Schweiz") == [("Leo Bauer", "CHE"), ("Tim Roth", "CHE")]


def test_a_crew_between_dashes_with_a_car_or_team_where_the_country_goes_is_no_nation():
    assert crew("4. Jan Kowal/Ola Nowak – Apex Racing – Polen") == []
    assert crew("4. Jan Kowal/Ola Nowak – Kite GT3") == []
