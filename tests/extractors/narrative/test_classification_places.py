"""Places told in a sentence naming an overall or cup classification, with no race noun, win or
finish of its own, are the standings', never a race's. Invented sentences in the shapes real
reports use, expectations written by hand."""

from narrative_reading import places, read


def test_places_in_an_overall_classification_are_no_race_places(nlp):
    text = (
        "Jan Nowak wygrał wyścig przed Adamem Lisem. "
        "W generalce to jednak Piotr Mazur staje na drugim stopniu podium."
    )
    facts = places(read(text, "pl"))
    assert facts["Jan Nowak"] == 1
    assert "Piotr Mazur" not in facts


def test_places_in_a_cup_are_no_race_places(nlp):
    text = (
        "Jan Nowak wygrał wyścig. "
        "Zdobywcą Pucharu został Piotr Mazur, a drugie miejsce zajął Adam Lis."
    )
    facts = places(read(text, "pl"))
    assert "Adam Lis" not in facts


def test_a_sentence_with_its_own_win_keeps_its_places(nlp):
    text = "Jan Nowak wygrał wyścig i prowadzi w klasyfikacji generalnej."
    assert places(read(text, "pl"))["Jan Nowak"] == 1
