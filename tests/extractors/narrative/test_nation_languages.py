"""Nations stated in the prose of other languages (invented sentences in the shapes of real
reports): contracted articles, appositions after a role noun, 'aus', a country in the bracket
after a name, plural demonyms with a role noun, and roles that are a preposition's object."""

from narrative_reading import nations, read


def test_french_demonym_after_a_contracted_article_is_the_drivers():
    text = "On a remarqué la remontée du Polonais Marek Nowak (Apex), qui termine cinquième."
    assert nations(read(text, "fr")) == {"Marek Nowak": "POL"}


def test_greek_demonym_and_role_noun_then_a_comma_and_the_name():
    text = "Στο πρωτάθλημα συμμετέχει ο Έλληνας simracer, Νίκος Παππάς, με την ομάδα της Apex."
    assert nations(read(text, "el")) == {"Νίκος Παππάς": "GRC"}


def test_german_aus_a_country_is_the_nation_of_the_driver_before():
    text = (
        "Vorne waren Lahti - das junge Renntalent aus Finnland - und Kurt Weber. Eero Lahti gewann."
    )
    assert nations(read(text, "de")) == {"Eero Lahti": "FIN"}


def test_a_country_among_the_items_of_the_bracket_after_a_name():
    text = "Zweiter wurde Luc Morel (16, Frankreich, Apex GP) vor Jan Berg (17, Apex GP)."
    assert nations(read(text, "de")) == {"Luc Morel": "FRA"}


def test_a_glued_compound_before_the_name_gives_no_bracket_nation():
    text = "Samstagssieger Berg (16, England, Apex Racing) setzte sich im zweiten Lauf durch."
    assert "Samstagssieger Berg" not in nations(read(text, "de"))


def test_a_demonym_governed_by_a_preposition_is_not_the_subject():
    text = "Pedro Lima venceu a corrida. No entanto, Lima resistiu à pressão do holandês."
    assert nations(read(text, "pt")) == {}


def test_a_governed_demonym_is_the_other_driver_just_named():
    text = (
        "O piloto manteve a liderança, apesar de Rui Gomes ter estado sempre perto. "
        "No entanto, Pedro Lima resistiu à pressão do holandês."
    )
    assert nations(read(text, "pt")) == {"Rui Gomes": "NLD"}


def test_polish_plural_demonym_and_role_noun_before_a_list_of_names():
    text = "Polscy simracerzy Adam Nowak i Piotr Lis z ekipy Apex wygrali wyścig."
    assert nations(read(text, "pl")) == {"Adam Nowak": "POL", "Piotr Lis": "POL"}


def test_town_after_a_preposition_of_place_gets_no_nation():
    text = (
        "Der Niederländer Tom Vos und Lars Holm (DK) waren nach den Läufen in Hoogeveen (NL) "
        "punktgleich."
    )
    found = nations(read(text, "de"))
    assert "Hoogeveen" not in found
    assert found.get("Tom Vos") == "NLD"


def test_dutch_en_joins_a_list_and_makes_no_place():
    text = "Jan Smit en Pieter Kok – de enige Nederlandse finalist – completeerden de top-acht."
    assert nations(read(text, "nl")) == {"Pieter Kok": "NLD"}


def test_spanish_demonym_of_a_sport_is_no_drivers():
    text = (
        "Las siguientes Fechas disputadas en el kartódromo de San Carlos no hicieron otra cosa "
        "que ratificar el gran presente del karting uruguayo: crecimiento en cada una de ellas."
    )
    assert nations(read(text, "es")) == {}


def test_spanish_demonym_of_a_sport_after_a_place_is_no_nation_of_the_place():
    text = (
        "Las Fechas disputadas en el kartódromo de San José ratificaron el presente del karting "
        "uruguayo: crecimiento en cada una de ellas."
    )
    assert nations(read(text, "es")) == {}


def test_town_with_its_province_and_country_in_brackets_gets_no_nation():
    text = (
        "Castel Goffredo (Mantova, Italia). Grande successo per la prima prova del Trofeo "
        "d’Inverno al Kartodromo Nord, con 180 piloti."
    )
    assert nations(read(text, "it")) == {}


def test_country_item_in_a_drivers_bracket_after_his_age():
    text = "Il vincitore è Marco Ferri (17, Italia, Apex Racing)."
    assert nations(read(text, "it")) == {"Marco Ferri": "ITA"}


def test_polish_demonym_noun_opening_a_sentence_is_the_driver_just_named():
    text = (
        "W sprincie falstart popełnił Jan Kral (Apex GT), co drogo kosztowało lidera. "
        "Słowak został ukarany i zakończył wyścig na trzecim miejscu."
    )
    facts = read(text, "pl")
    assert {n.driver: n.nation for n in facts.driver_nations} == {"Jan Kral": "SVK"}
    assert [(p.driver, p.kind) for p in facts.penalties] == [("Jan Kral", "other")]


def test_polish_demonym_noun_before_a_name_is_no_role():
    text = "Jan Nowak wygrał wyścig. Słowak Piotr Kral był drugi."
    facts = read(text, "pl")
    assert "Jan Nowak" not in {n.driver for n in facts.driver_nations}


def test_spanish_compatriot_of_the_subject_shares_his_nation():
    text = (
        "El español Marco Ruiz firmó la cuarta plaza, justo por delante de su compatriota "
        "Luis Vera (Apex)."
    )
    facts = read(text, "es")
    assert {n.driver: n.nation for n in facts.driver_nations} == {
        "Marco Ruiz": "ESP",
        "Luis Vera": "ESP",
    }


def test_polish_compatriot_named_after_the_role_is_of_the_previous_subjects_nation():
    text = (
        "Falstart popełnił Jan Kral (Apex GT). Słowak został ukarany. "
        "Najlepszy okazał się jego rodak Tomas Lenz (Audi), który wygrał."
    )
    facts = read(text, "pl")
    assert {n.driver: n.nation for n in facts.driver_nations} == {
        "Jan Kral": "SVK",
        "Tomas Lenz": "SVK",
    }


def test_dutch_our_compatriot_with_no_name_gives_no_nation_to_the_previous_subject():
    text = (
        "De Nederlander Tom Vos reed voorop. Ali Kaya raakte de auto van Vos. "
        "Daarop viel onze landgenoot terug naar de vijfde plaats."
    )
    facts = read(text, "nl")
    assert "Ali Kaya" not in {n.driver for n in facts.driver_nations}
