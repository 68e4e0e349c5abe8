"""A capitalised German word after a quantifier ('mehr Glück', 'viel Pech') is a noun, never a
driver, even where a relative clause after it tells of a win. Pages and names are invented."""

from extractors.article import extract_article
from extractors.name_gate import ProseNames

PAGE = (
    "Rallye in Holland\n\n"
    "Beim Auftakt schied Jan Weber aus, bei der Heide Rally hatte Tom Berg jr. mehr Glück, "
    "der die Heide Rally mit dem gleichen Auto gewann.\n\n"
    "Der Vorjahressieger Piet Smit wurde Zweiter.\n"
)


def test_a_word_only_ever_after_a_quantifier_is_no_name():
    assert ProseNames("Er hatte viel Pech im Rennen.", "de")("Pech") is None


def test_a_noun_after_a_quantifier_wins_no_race():
    extraction = extract_article(PAGE, media_type="text/plain")
    drivers = {r.driver for race in extraction.races for r in race.results}
    assert "Glück" not in drivers
