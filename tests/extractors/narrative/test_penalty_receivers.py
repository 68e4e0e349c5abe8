"""Who a penalty is for (invented sentences in the shapes of real reports)."""


def penalties(facts) -> list[tuple]:
    return [(p.driver, p.seconds, p.kind) for p in facts.penalties]


def test_he_is_the_one_driver_the_previous_sentence_names(narrate):
    facts = narrate(
        "Lap 12 resulted in a sad ending for Ivo Brant. He got disqualified after he missed his "
        "drive-through penalty."
    )
    assert sorted(penalties(facts)) == [
        ("Ivo Brant", None, "disqualification"),
        ("Ivo Brant", None, "drive-through"),
    ]


def test_the_driver_pushed_is_not_the_one_penalised(narrate):
    facts = narrate(
        "Ken Ota, Tim Orr and Lea Roth led the chasing pack. Roth's progress was halted when he "
        "inherited a drive-through penalty for pushing Orr into a spin at turn eight."
    )
    assert ("Tim Orr", None, "drive-through") not in penalties(facts)


def test_a_penalty_for_a_driver_is_his(narrate):
    facts = narrate("Tim Orr won after a late penalty for Ivo Brant.")
    assert penalties(facts) == [("Ivo Brant", None, "other")]


def test_dq_ed_is_a_disqualification(narrate):
    facts = narrate("The #66, Ivo Brant was DQ’ed in the Sprints for a wide rear axle.")
    assert penalties(facts) == [("Ivo Brant", None, "disqualification")]


def test_a_penalty_that_denied_a_driver_something_is_his(narrate):
    text = "Mo Kerr won the heat as a penalty denied Dan Tyler a place in the final."
    assert [(p.driver, p.kind) for p in narrate(text).penalties] == [("Dan Tyler", "other")]


def test_a_penalty_told_vaguely_then_in_full_is_one_penalty(narrate):
    text = (
        "Mo Kerr won the heat as a penalty denied Dan Tyler a place in the final. "
        "Tyler, who was third on the road, was given a five-second time penalty for contact."
    )
    assert [(p.driver, p.seconds, p.kind) for p in narrate(text).penalties] == [
        ("Dan Tyler", 5.0, "time")
    ]


def test_another_penalty_after_a_vague_one_is_a_second_penalty(narrate):
    text = (
        "Dan Tyler got a penalty for contact. "
        "Later Dan Tyler was given another five-second penalty for track limits."
    )
    assert [(p.seconds, p.kind) for p in narrate(text).penalties] == [
        (None, "other"),
        (5.0, "time"),
    ]


def test_a_circuit_named_before_a_penalty_is_not_its_receiver(narrate):
    text = (
        "Ivo Brant made a video of his race. He went well around the virtual Albert Park, "
        "until he was disqualified in qualifying."
    )
    assert "Albert Park" not in {p.driver for p in narrate(text).penalties}
