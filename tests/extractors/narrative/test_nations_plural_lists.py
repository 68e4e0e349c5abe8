"""A plural demonym after a plural article and one lower-case word ('los otros chilenos', 'les
jeunes Français') is a group as right after the article; and the drivers it lists may each
carry their place after the name ('A 8°, B 10° y C 12°')."""

from narrative_reading import nations, read


def test_a_word_between_the_plural_article_and_the_demonym_keeps_it_a_group():
    text = "Los otros chilenos Mateo Riquel y Tomás Arana terminaron en la zona de puntos."
    assert nations(read(text, "es")) == {"Mateo Riquel": "CHL", "Tomás Arana": "CHL"}
    french = "Les jeunes Français Luc Morand et Jean Dumay ont fini dans le top 10."
    assert nations(read(french, "fr")) == {"Luc Morand": "FRA", "Jean Dumay": "FRA"}


def test_a_singular_article_before_the_word_stays_one_drivers():
    text = "Le jeune Français Luc Morand et Jean Dumay ont fini dans le top 10."
    assert nations(read(text, "fr")) == {"Luc Morand": "FRA"}


def test_a_list_after_a_copula_with_each_drivers_place_after_the_name():
    text = "Los otros chilenos fueron: Mateo Riquel 8°, Tomás Arana 10° y Lucas Fuenzalida 12°."
    assert nations(read(text, "es")) == {
        "Mateo Riquel": "CHL",
        "Tomás Arana": "CHL",
        "Lucas Fuenzalida": "CHL",
    }


def test_a_plural_demonym_far_from_the_names_names_no_one():
    text = "Los otros italianos terminaron lejos, detrás de Mateo Riquel 8° y Tomás Arana 10°."
    assert nations(read(text, "es")) == {}


def test_singular_demonyms_after_a_plural_noun_stay_each_drivers_own():
    text = "Belle remontée aussi des juniors italien Dario Pesce et portugais Tiago Reis, 9e."
    assert nations(read(text, "fr")) == {"Dario Pesce": "ITA", "Tiago Reis": "PRT"}


def test_a_listed_driver_with_a_demonym_of_his_own_is_no_member_of_the_group():
    text = "Les pilotes suédois Nils Bergqvist et l’Américain Tom Vale étaient les meilleurs."
    assert nations(read(text, "fr")) == {"Nils Bergqvist": "SWE", "Tom Vale": "USA"}
