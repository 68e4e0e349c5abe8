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


def test_drivers_listed_one_a_line_with_their_country_state_its_nation():
    page = (
        "Invented finals report\n\n"
        "Voici la liste des finalistes :\n\n"
        "Ana Lima Brésil\n\n"
        "Kees de Boer Pays-Bas\n\n"
        "Tom Kay Grande-Bretagne\n\n"
        "Rui Vidal Costa Puerto Rico\n\n"
        "Ivo Kask Estonie / Lettonie\n\n"
        "La course fut remportée par Ana Lima devant Tom Kay.\n"
    )
    found = nations(page)
    assert {
        ("Ana Lima", "BRA"),
        ("Kees de Boer", "NLD"),
        ("Tom Kay", "GBR"),
        ("Rui Vidal Costa", "PRI"),
    } <= found
    assert not any(driver.startswith("Ivo") for driver, _ in found)  # two countries: neither


def test_one_or_two_lines_ending_in_a_country_are_no_roster():
    page = (
        "Invented report\n\n"
        "Grand weekend en France\n\n"
        "Ana Lima Brésil\n\n"
        "Tom Kay Grande-Bretagne\n\n"
        "La course fut remportée par Ana Lima devant Tom Kay.\n"
    )
    assert ("Ana Lima", "BRA") not in nations(page)
    assert ("Tom Kay", "GBR") not in nations(page)


def test_lines_of_countries_after_a_country_are_no_drivers():
    page = (
        "Invented nations cup report\n\n"
        "Team Japan Italie\n\n"
        "Hong Kong Chine\n\n"
        "Nouvelle Zélande Australie\n\n"
        "La course fut remportée par le Japon.\n"
    )
    assert nations(page) == set()


def test_a_town_s_demonym_before_a_name_is_no_part_of_it():
    from extractors.name_gate import driver_name

    assert driver_name("Palermitanese Ugo Sala") == "Ugo Sala"
    assert driver_name("Grenoblois Luc Morel") == "Luc Morel"
    assert driver_name("Harlingenaar Kees de Boer") == "Kees de Boer"
    assert driver_name("Flensburger Jan Kohl") == "Jan Kohl"
    assert driver_name("François Xavier Dupont") == "François Xavier Dupont"  # a given name


def test_an_event_line_and_a_french_cup_are_no_driver_with_a_nation():
    page = (
        "Invented esports recap\n\n"
        "Event: Austria (Round 5 of 12) – 18 laps\n\n"
        "Location: Red Bull Ring, Spielberg\n\n"
        "Coupe de France GT\n\n"
        "Ivo Brant won the race ahead of Tom Orr.\n"
    )
    found = nations(page)
    assert not any(driver in ("Event", "Location", "Coupe de France") for driver, _ in found)
