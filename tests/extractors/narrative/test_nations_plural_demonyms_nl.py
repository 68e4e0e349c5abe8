"""A Dutch demonym's plural the language file lists ('de Nederlanders', 'de Belgen') names the
nation of each driver listed right after it, and of no one when no list follows; the singular
after the same article stays one driver's."""

from narrative_reading import nations, read


def test_a_listed_dutch_plural_demonym_names_every_driver_listed_after_it():
    text = "Aan de start staan de Nederlanders Wout Derks, Bram Hulst, Sjors Lint en Ruud Tamse."
    assert nations(read(text, "nl")) == {
        "Wout Derks": "NLD",
        "Bram Hulst": "NLD",
        "Sjors Lint": "NLD",
        "Ruud Tamse": "NLD",
    }


def test_a_plural_demonym_of_another_nation_after_a_named_driver():
    text = "Achter Joris Bak werden de Belgen Piet Kroes en Kees Molen derde en vierde."
    assert nations(read(text, "nl")) == {"Piet Kroes": "BEL", "Kees Molen": "BEL"}


def test_a_plural_demonym_with_no_list_after_it_names_no_one():
    text = "De Nederlanders maakten er geen gevecht van, want Jan Vaart was sneller dan Piet Kroes."
    assert nations(read(text, "nl")) == {}
    assert nations(read("De Nederlanders (18 punten) wonnen voor Jan Vaart.", "nl")) == {}


def test_the_singular_demonym_after_the_same_article_stays_one_drivers():
    text = "De Nederlander Jan Vaart en Piet Kroes finishten samen."
    assert nations(read(text, "nl")) == {"Jan Vaart": "NLD"}
