"""Names and nations in shapes learned from unseen reports in round 13 (invented sentences,
expectations written by hand): surnames printed in capitals; a nation's role is not the driver
the same sentence names after it as someone else."""

from narrative_reading import read

from extractors.narrative import NarrativeFacts


def nations(facts: NarrativeFacts) -> set[tuple[str, str]]:
    return {(n.driver, n.nation) for n in facts.driver_nations}


def test_given_names_and_a_surname_in_capitals_are_one_name_with_its_bracketed_nation():
    text = (
        "Lauf 3 brachte einen neuen Sieger hervor: Jonas KELLNER (AUT) von Apex Racing gewann "
        "überlegen. Platz 2 sicherte sich Lena BRÜCKNER (GER) vor Mike DI SANTO (SUI)."
    )
    assert nations(read(text, "de")) == {
        ("Jonas KELLNER", "AUT"),
        ("Lena BRÜCKNER", "DEU"),
        ("Mike DI SANTO", "CHE"),
    }


def test_a_lone_word_in_capitals_after_a_class_word_is_no_driver():
    text = (
        "Micro ROK was won by Ivo Brant and Mini ROK by Tom Orr. Ana Lima from Portugal "
        "finished third in the Mini ROK final."
    )
    found = read(text)
    names = {row.driver for race in found.races for row in race.results}
    assert not any("ROK" in name for name in names)
    assert ("Ana Lima", "PRT") in nations(found)


def test_a_maker_s_acronym_is_no_surname():
    text = "Ivo Brant (Kite KTM) and Tom Orr (Apex BMW) fought for the win; Brant won."
    found = read(text)
    names = {row.driver for race in found.races for row in race.results}
    assert "Kite KTM" not in names and "Apex BMW" not in names


def test_a_role_is_not_the_driver_the_same_sentence_then_names_as_someone_else():
    text = (
        "Au moment de la finale, Luc Morel décolle en tête. Dans la remontée, l'Espagnol prend "
        "le meilleur pendant que Luc Morel est secoué."
    )
    assert ("Luc Morel", "ESP") not in nations(read(text, "fr"))


def places_of(text: str, language: str = "en") -> dict[str, int | None]:
    return {row.driver: row.position for race in read(text, language).races for row in race.results}


def test_a_competition_s_adjective_opens_no_name():
    text = (
        "Ivo Brant was second with Tom Orr, winner of the 2019 World's Fastest Gamer contest, "
        "finishing in third place."
    )
    found = places_of(text)
    assert "Fastest Gamer" not in found
    assert found.get("Tom Orr") == 3


def test_das_podest_after_a_given_name_is_no_part_of_it():
    from extractors.names import name_candidates

    text = "In der Klasse K2 konnte Lena das Podest auf Platz 3 erklimmen, vor Nina Weiss."
    assert name_candidates(text) == ["Nina Weiss"]


def test_a_national_title_before_its_country_gives_the_champion_no_nation():
    text = "Zwyciężyli rajdowi mistrzowie Polski Jan Kowal z Adamem Nowakiem (Skoda Fabia)."
    assert nations(read(text, "pl")) == set()
    assert nations(read("Poland's Jan Kowal won the rally.")) == {("Jan Kowal", "POL")}
