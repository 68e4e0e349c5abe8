"""A plural demonym with a count before it ('les deux Néerlandais A et B') names the nation of
the drivers listed after it, as the same phrase without the count does."""

from narrative_reading import nations, read


def test_a_counted_plural_demonym_names_each_driver_listed_after_it():
    text = "En finale, les deux Néerlandais Tom Vaart (Apex-TM) et Jan Kroes (Vortex-TM) luttaient."
    assert nations(read(text, "fr")) == {"Tom Vaart": "NLD", "Jan Kroes": "NLD"}


def test_a_counted_demonym_is_no_given_name():
    text = "Na final, os dois brasileiros Rui Lobo e Caio Prado dividiram o pódio."
    assert nations(read(text, "pt")) == {"Rui Lobo": "BRA", "Caio Prado": "BRA"}


def test_feminine_and_dutch_demonyms_the_vocabulary_lacked():
    assert nations(read("Più indietro la slovena Ana Kovac ha chiuso sesta.", "it")) == {
        "Ana Kovac": "SVN"
    }
    assert nations(read("De winst ging naar de Hongaar Laszlo Varga.", "nl")) == {
        "Laszlo Varga": "HUN"
    }
