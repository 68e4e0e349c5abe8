"""Margins of crews: a crew is named by its first, and a first the text gives only as a given
name settles no name, so no margin is told of that crew."""


def intervals(facts) -> set[tuple]:
    return {(i.ahead, i.behind, i.seconds) for i in facts.intervals}


def test_a_further_gap_behind_a_crew_led_by_a_lone_given_name_is_none(narrate):
    text = (
        "Tom Reyes and Abel Ford won the rally. They beat Lena and Mira Holt, Ford Escort, "
        "by 20 seconds, with Pia Lunde and Ola Berg, Volvo 240, a further six seconds adrift."
    )
    assert not any(seconds == 6.0 for _, _, seconds in intervals(narrate(text)))


def test_a_gap_behind_a_crew_named_in_full_keeps_its_first(narrate):
    text = (
        "Tom Reyes won the rally. Lena Holt and Mira Holt finished second, with Pia Lunde and "
        "Ola Berg a further six seconds adrift."
    )
    assert ("Lena Holt", "Pia Lunde", 6.0) in intervals(narrate(text))
