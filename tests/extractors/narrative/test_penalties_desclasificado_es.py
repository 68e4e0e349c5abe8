"""Spanish 'desclasificado', as Latin American reports spell a disqualification beside
'descalificado', is a disqualification of the sentence's subject."""

from narrative_reading import read

from extractors.narrative import NarrativeFacts


def penalties(facts: NarrativeFacts) -> list[tuple]:
    return [(p.driver, p.seconds, p.kind) for p in facts.penalties]


def test_desclasificado_is_a_disqualification_of_the_subject():
    text = "Mateo Riquelme ganó la carrera. Tomás Araya fue desclasificado por falta de peso."
    assert penalties(read(text, "es")) == [("Tomás Araya", None, "disqualification")]


def test_the_feminine_is_read_too():
    text = "Lucía Campos ganó la final, pero después fue desclasificada."
    assert penalties(read(text, "es")) == [("Lucía Campos", None, "disqualification")]
