"""A town's demonym, capitalised, between a lower-case article and a name ('il Pontano Ugo
Sala'): the driver told by his town, his name the words after it; a given name after an article
that is no demonym stays (round 28; invented names and sentences, expectations written by
hand)."""

from extractors.name_gate import ProseNames

TEXT = (
    "Nella classe Sprint vince il Pontano Ugo Sala davanti a Ivo Neri. "
    "Luciano Berti Rossi chiude terzo, il Massimo Dini Orsi quarto."
)


def test_a_demonym_after_an_article_is_cut_from_the_name() -> None:
    assert ProseNames(TEXT, "it")("Pontano Ugo Sala") == "Ugo Sala"


def test_a_long_name_not_after_an_article_stays() -> None:
    assert ProseNames(TEXT, "it")("Luciano Berti Rossi") == "Luciano Berti Rossi"


def test_a_given_name_after_an_article_stays() -> None:
    assert ProseNames(TEXT, "it")("Massimo Dini Orsi") == "Massimo Dini Orsi"


def test_a_two_word_name_after_an_article_stays() -> None:
    text = "Vince il Pontano Sala davanti a Ivo Neri."
    assert ProseNames(text, "it")("Pontano Sala") == "Pontano Sala"
