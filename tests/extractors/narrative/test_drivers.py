"""One article's roster: every way prose writes a driver's name resolved to one display name."""

from extractors.narrative.drivers import NameOccurrence, Roster


def roster(*names: str, person: bool = True, **kwargs) -> Roster:
    label = "PERSON" if person else "ORG"
    return Roster.build([NameOccurrence(n, label) for n in names], **kwargs)


def test_surname_resolves_to_the_full_name():
    assert roster("Tomas Berg", "Berg").resolve("Berg") == "Tomas Berg"


def test_initial_and_surname_resolve_to_the_full_name():
    assert roster("Lukas Brandt", "L. Brandt").resolve("L. Brandt") == "Lukas Brandt"


def test_particle_surname_resolves_to_the_full_name():
    assert roster("Kaj de Wit", "de Wit").resolve("de Wit") == "Kaj de Wit"


def test_accents_are_folded_for_matching_and_kept_for_display():
    drivers = roster("Iker Olano", "Iker Olaño", "Olano")
    assert drivers.resolve("Olano") == "Iker Olaño"
    assert drivers.names == ["Iker Olaño"]


def test_a_misspelt_surname_merges_and_the_spelling_used_most_wins():
    drivers = roster("Remy Marchand", "Marchant", "Marchant", "Marchant")
    assert drivers.names == ["Remy Marchant"]
    assert drivers.resolve("Marchand") == "Remy Marchant"


def test_a_surname_of_two_words_told_short_later_is_displayed_whole():
    drivers = roster("Dale McKay Ortiz", "Ortiz", "Ortiz")
    assert drivers.names == ["Dale McKay Ortiz"]
    assert drivers.resolve("Ortiz") == "Dale McKay Ortiz"


def test_short_surnames_one_letter_apart_stay_two_drivers():
    drivers = roster("Yuto Kato", "Ren Sato")
    assert sorted(drivers.names) == ["Ren Sato", "Yuto Kato"]


def test_a_surname_two_drivers_share_stays_unresolved():
    assert roster("Tomas Berg", "Erik Berg").resolve("Berg") is None


def test_online_id_in_brackets_is_an_alias():
    drivers = roster("Tomas Berg", aliases=[("Tomas Berg", "TB_Racer77")])
    assert drivers.resolve("TB_Racer77") == "Tomas Berg"


def test_single_name_called_a_person_is_a_driver():
    assert roster("Mangoni").names == ["Mangoni"]


def test_single_name_never_called_a_person_is_not_a_driver():
    assert roster("Parabolica", person=False).names == []


def test_names_from_result_rows_resolve_prose_surnames():
    drivers = roster("Okafor", known_names=["Chinedu Okafor"])
    assert drivers.resolve("Okafor") == "Chinedu Okafor"


def test_family_name_first_resolves_to_the_full_name():
    drivers = roster("Lee Seo-yeon", "Lee")
    assert drivers.resolve("Lee") == "Lee Seo-yeon"
    assert drivers.names == ["Lee Seo-yeon"]


def test_a_first_word_shared_by_two_full_names_stays_unresolved():
    assert roster("Lee Seo-yeon", "Lee Min-ho").resolve("Lee") is None
