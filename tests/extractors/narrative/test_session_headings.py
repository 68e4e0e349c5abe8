"""A paragraph that is only a session's name ('QUALIFICAÇÃO.') or a capitals lead-in naming one
('POLE IN QUALIFICA —') tells that session in what follows, until a race noun, a win or a finish
is told. Invented texts in the shapes real reports use, expectations written by hand."""

from narrative_reading import race_places, read


def test_places_under_a_session_paragraph_are_no_race_places(nlp):
    text = (
        "QUALIFICAÇÃO.\n\n"
        "Rui Lage foi o pole position com 1:14.202.\n\n"
        "Tito Bravo foi o terceiro com Caio Mota logo atrás.\n\n"
        "CORRIDA 1.\n\n"
        "No final, Rui Lage vence a corrida, com Caio Mota em segundo."
    )
    facts = race_places(read(text, "pt"))
    assert "Tito Bravo" not in facts
    assert facts["Rui Lage"] == 1
    assert facts["Caio Mota"] == 2


def test_a_capitals_lead_in_naming_a_session_tells_its_places(nlp):
    text = (
        "POLE IN QUALIFICA — La pole position è di Ugo Ferraresi, bissando il primo round. "
        "Terzo Nino Sarti a 186 millesimi.\n\n"
        "GARA 1 — Vince Dario Velli davanti a Ugo Ferraresi."
    )
    facts = race_places(read(text, "it"))
    assert "Nino Sarti" not in facts
    assert facts["Dario Velli"] == 1


def test_a_session_word_inside_a_sentence_opens_no_lasting_session(nlp):
    text = (
        "Ugo Ferraresi era stato il più veloce in qualifica.\n\n"
        "Vince Dario Velli. Terzo Nino Sarti."
    )
    facts = race_places(read(text, "it"))
    assert facts["Nino Sarti"] == 3
