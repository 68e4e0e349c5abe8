"""Who got a penalty when the sentence names a role, a crew, a nickname or a victim beside the
receiver (invented sentences in the shapes of real reports): the right driver, or no one."""

from narrative_reading import read

from extractors.narrative import NarrativeFacts


def penalties(facts: NarrativeFacts) -> list[tuple]:
    return [(p.driver, p.seconds, p.kind) for p in facts.penalties]


def test_an_unresolved_role_after_the_verb_gets_it_not_the_subject():
    text = (
        "Il Gran Premio si è chiuso con un duello fra Luca Bianchi e Marco Ferri, deciso dalla "
        "Direzione Gara che ha penalizzato l'olandese della Apex Racing."
    )
    assert penalties(read(text, "it")) == []


def test_an_english_role_after_the_verb_gets_it_not_the_subject(narrate):
    text = "The stewards penalised the Dutchman after Rui Ortiz and Tom Wood collided."
    assert penalties(narrate(text)) == []


def test_a_name_with_a_nickname_glued_on_is_no_one():
    text = (
        "En plena lucha por el primer puesto con Pereyra el Toro cometió una maniobra peligrosa "
        "y fue sancionado por las autoridades."
    )
    assert penalties(read(text, "es")) == []


def test_one_penalty_handed_to_a_pair_is_the_crews(narrate):
    text = (
        "Unfortunately for Ian Platt and Rob Dean they were handed a 10 second penalty for "
        "jumping the start."
    )
    assert penalties(narrate(text)) == [("Ian Platt and Rob Dean", 10.0, "time")]


def test_a_penalty_each_is_one_per_driver(narrate):
    text = "Ian Platt and Rob Dean were each handed a 10 second penalty."
    assert sorted(penalties(narrate(text))) == [
        ("Ian Platt", 10.0, "time"),
        ("Rob Dean", 10.0, "time"),
    ]


def test_the_driver_pushed_off_is_not_the_one_penalised(narrate):
    text = (
        "Ben Rhys finished fifth after pushing Tom Wood off, earning a two-second slowdown penalty."
    )
    assert penalties(narrate(text)) == [("Ben Rhys", 2.0, "slowdown")]


def test_a_driver_after_including_is_no_gerunds_object(narrate):
    text = "The back of the field was a busy group including Tom Wood, who got a drive-through."
    assert penalties(narrate(text)) == [("Tom Wood", None, "drive-through")]


def test_a_team_whose_first_word_the_name_took_in_leaves_the_drivers_name():
    text = (
        "Caio Duarte largou bem, seguido por Renan Moreira da Saffron Square Tyres que acabou "
        "queimando a largada e teve que cumprir um drive-through."
    )
    assert penalties(read(text, "pt")) == [("Renan Moreira", None, "drive-through")]
