"""Nations the prose does not settle for one driver (invented sentences in the shapes of real
reports): a bracket of several countries, one bracket after a pair, a 'from' phrase of a role
noun, and demonym roles whose driver the text leaves open."""

from narrative_reading import nations, read


def test_a_bracket_of_several_countries_is_no_drivers_nation():
    text = "Het was een zware dag voor Rolf Brandt (Zwitserland/Oostenrijk)."
    assert nations(read(text, "nl")) == {}


def test_a_bracket_of_one_country_after_a_name_is_the_drivers():
    text = "Het was een zware dag voor Rolf Brandt (Zwitserland)."
    assert nations(read(text, "nl")) == {"Rolf Brandt": "CHE"}


def test_one_bracket_after_a_pair_is_no_one_drivers_nation():
    text = (
        "Het was voor Jan Vos en Piet Kok (Frankrijk); Ugo Neri en Tim Orr (Italië) de "
        "moeilijkste dag van de wedstrijd."
    )
    assert nations(read(text, "nl")) == {}


def test_a_bracket_after_each_of_a_pair_is_each_drivers():
    text = "Jan Vos (Frankrijk) en Piet Kok (Italië) waren de snelsten."
    assert nations(read(text, "nl")) == {"Jan Vos": "FRA", "Piet Kok": "ITA"}


def test_from_a_country_after_a_role_noun_is_that_roles_nation():
    text = "Tom Baker beat three drivers from Italy to take the win."
    assert nations(read(text)) == {}


def test_from_a_country_after_an_apposition_role_is_the_drivers():
    text = "Tom Baker, a driver from Italy, took the win."
    assert nations(read(text)) == {"Tom Baker": "ITA"}


def test_from_a_country_after_a_described_singular_role_is_the_drivers():
    text = "Ana Ribeiro won. Tom Baker, the reigning champion from Spain, finished second."
    assert nations(read(text)) == {"Tom Baker": "ESP"}


def test_a_first_name_opening_the_sentence_is_a_candidate_for_the_role():
    text = (
        "Il monegasco Carlo Ricci ha vinto la pole. Carlo si è fermato ai box dietro a Tim Orr, "
        "che ha fatto un undercut. Il pilota monegasco ha provato il sorpasso."
    )
    assert nations(read(text, "it")) == {"Carlo Ricci": "MCO"}


def test_a_role_whose_sentence_names_a_subject_of_no_known_nation_stays_unresolved():
    text = (
        "Il monegasco Carlo Ricci ha vinto la pole, mentre Ugo Neri è risalito al 16° posto. "
        "Al decimo giro Carlo ha superato Tim Orr respingendo l'attacco del pilota thailandese."
    )
    assert nations(read(text, "it")) == {"Carlo Ricci": "MCO"}
