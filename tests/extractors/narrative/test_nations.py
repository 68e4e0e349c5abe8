"""Drivers' nations as prose states them, and roles resolved only when certain."""


def test_possessive_nation(narrate, nations_of, points_at):
    text = "Norway's Tomas Berg took the win."
    facts = narrate(text)
    assert nations_of(facts) == {"Tomas Berg": "NOR"}
    (fact,) = facts.driver_nations
    assert fact.evidence.text == "Norway's Tomas Berg" and points_at(text, fact.evidence)


def test_possessive_nation_ending_in_s(narrate, nations_of):
    assert nations_of(narrate("It was a fine day for The Netherlands’ Kaj de Wit.")) == {
        "Kaj de Wit": "NLD"
    }


def test_demonym_before_a_name(narrate, nations_of):
    assert nations_of(narrate("He held off the American Chris Dalton.")) == {"Chris Dalton": "USA"}


def test_name_of_nation(narrate, nations_of):
    assert nations_of(narrate("Sofia Marquez of Argentina was fifth.")) == {"Sofia Marquez": "ARG"}


def test_nation_in_brackets(narrate, nations_of):
    assert nations_of(narrate("Li Wen (China) completed the podium.")) == {"Li Wen": "CHN"}


def test_from_nation_covers_a_pair_named_together(narrate, nations_of):
    text = "Kato joined Andrew Pike and Guy Barrow from Australia in the lead pack."
    assert nations_of(narrate(text)) == {"Andrew Pike": "AUS", "Guy Barrow": "AUS"}


def test_all_nation_front_row_covers_the_drivers_of_the_sentence(narrate, nations_of):
    text = "It was an all-Brazilian front row as Rafael Dos Reis took pole ahead of Bruno Lima."
    assert nations_of(narrate(text)) == {"Rafael Dos Reis": "BRA", "Bruno Lima": "BRA"}


def test_all_nation_front_row_with_too_many_drivers_says_nothing(narrate, nations_of):
    text = "An all-Brazilian front row as Rafael Dos Reis beat Bruno Lima, Igor Paz and Tom Ward."
    assert nations_of(narrate(text)) == {}


def test_plural_demonym_with_its_drivers_in_apposition(narrate, nations_of):
    text = "The two Japanese drivers in second and third, Ren Sato and Yuto Kato, chose mediums."
    assert nations_of(narrate(text)) == {"Ren Sato": "JPN", "Yuto Kato": "JPN"}


def test_plural_demonym_without_its_drivers_says_nothing(narrate, nations_of):
    assert nations_of(narrate("Ren Sato led, the two Japanese drivers duking it out.")) == {}


def test_demonym_role_is_the_one_driver_just_named(narrate, nations_of):
    text = "Ana Ribeiro won the race by 0.2s. The Portuguese driver now leads the championship."
    facts = narrate(text)
    assert nations_of(facts) == {"Ana Ribeiro": "PRT"}
    assert facts.driver_nations[0].evidence.text == "The Portuguese driver"


def test_demonym_role_after_two_unknown_drivers_stays_unresolved(narrate, nations_of):
    text = "Marco Rossi won ahead of Pierre Lemaire. The Frenchman held second to the flag."
    assert nations_of(narrate(text)) == {}


def test_demonym_role_prefers_the_driver_known_to_be_of_that_nation(narrate, nations_of):
    text = "Italy's Marco Rossi passed Jan Vos, but the Italian spun at the hairpin."
    assert nations_of(narrate(text)) == {"Marco Rossi": "ITA"}


def test_demonym_role_skips_a_sentence_of_drivers_of_other_nations_of(narrate, nations_of):
    text = (
        "Canada's Owen Fraser chased Mateo Alvarez. "
        "Fraser's team-mate Norway's Tomas Berg was third, and the Argentine won."
    )
    assert nations_of(narrate(text))["Mateo Alvarez"] == "ARG"


def test_compatriots_share_the_nation_of_the_drivers_just_named(narrate, nations_of):
    text = (
        "It was an all-Japanese front row as Ren Sato took pole ahead of Yuto Kato. "
        "Early on Aoi Mori joined his compatriots in a pack of five cars."
    )
    assert nations_of(narrate(text))["Aoi Mori"] == "JPN"


def test_his_compatriot_takes_the_known_nation(narrate, nations_of):
    text = "Germany's Lukas Brandt won from his compatriot Felix Braun."
    assert nations_of(narrate(text)) == {"Lukas Brandt": "DEU", "Felix Braun": "DEU"}


def test_a_country_owning_a_car_is_no_driver_nation(narrate, nations_of):
    text = "Japan's yellow Ferrari led the way, only to be overtaken by Kylian Dupont."
    assert nations_of(narrate(text)) == {}


def test_a_demonym_before_a_name_is_not_the_previous_driver(narrate, nations_of):
    text = "Ana Lima won the race. Meanwhile the German eSports legend Ivo Brant was out of luck."
    assert "Ana Lima" not in nations_of(narrate(text))


def test_a_demonym_inside_an_organisations_name_is_no_nation(narrate, nations_of):
    text = "Hale qualified for the Class C American Legion Seniors state tournament on Sunday."
    assert "Legion Seniors" not in nations_of(narrate(text))


def test_a_demonym_after_a_possessive_or_opening_a_sentence_still_names_a_nation(
    narrate, nations_of
):
    text = "Brazilian Rafael Lima won. Apex's American Chris Dalton was second."
    assert nations_of(narrate(text)) == {"Rafael Lima": "BRA", "Chris Dalton": "USA"}
