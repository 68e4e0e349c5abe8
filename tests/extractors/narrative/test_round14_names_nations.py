"""Nations in shapes learned from unseen reports in round 14 (invented sentences, expectations
written by hand): a demonym beside a licence's noun is the licence's nation, not the driver's."""

from narrative_reading import read

from extractors.narrative import NarrativeFacts


def nations(facts: NarrativeFacts) -> set[tuple[str, str]]:
    return {(n.driver, n.nation) for n in facts.driver_nations}


def test_a_licences_nation_is_not_the_drivers():
    text = (
        "La finale è andata a Luca Ferri davanti al brasiliano Rui Costa e al "
        "giapponese con licenza italiana Ken Mori."
    )
    found = nations(read(text, "it"))
    assert ("Ken Mori", "ITA") not in found
    assert ("Rui Costa", "BRA") in found


def test_a_demonym_with_no_licence_beside_it_still_gives_the_nation():
    found = nations(read("La finale è andata all'italiano Ken Mori davanti a Luca Ferri.", "it"))
    assert ("Ken Mori", "ITA") in found


def test_a_demonym_of_a_team_after_a_comma_is_not_the_nation_of_the_driver_before_it():
    text = (
        "Ugo Sala ha vinto la gara. I punti, sommati a quelli del compagno Tom Vale, "
        "permettono alla scuderia britannica di vincere il titolo."
    )
    assert ("Tom Vale", "GBR") not in nations(read(text, "it"))


def test_a_demonym_in_an_apposition_still_names_the_driver_before_it():
    text = "Ugo Sala ha vinto la gara davanti a Lirim Berg, 24enne tedesco di Apex."
    assert ("Lirim Berg", "DEU") in nations(read(text, "it"))
