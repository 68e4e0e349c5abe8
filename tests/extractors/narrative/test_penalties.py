"""Penalties stated in prose: driver, seconds (null without a number), kind, reason, lap."""


def penalties(facts) -> list[tuple]:
    return [(p.driver, p.seconds, p.kind, p.reason) for p in facts.penalties]


def test_seconds_penalty_given_to_a_role(narrate):
    text = (
        "Mika Saito tipped Australia's Guy Barrow into the wall. "
        "The stewards gave the Japanese driver a two-second penalty."
    )
    assert penalties(narrate(text)) == [("Mika Saito", 2.0, "time", None)]


def test_penalty_for_a_track_limit_transgression(narrate):
    text = "Ken Ota received a 0.5s penalty for a track-limit transgression."
    assert penalties(narrate(text)) == [("Ken Ota", 0.5, "time", "track limits")]


def test_time_penalty_for_contact(narrate):
    text = "Ravi Menon was fourth despite a five-second time penalty for contact with Noah Keller."
    assert penalties(narrate(text)) == [("Ravi Menon", 5.0, "time", "contact")]


def test_slowdown_penalty_with_its_lap(narrate):
    text = "Noah Keller was given a slowdown penalty for cutting the chicane on lap 9."
    (penalty,) = narrate(text).penalties
    assert (penalty.driver, penalty.kind, penalty.reason, penalty.lap) == (
        "Noah Keller", "slowdown", "track limits", 9,
    )  # fmt: skip


def test_drive_through(narrate):
    assert penalties(narrate("Tim Osei received a drive-through for an unsafe rejoin.")) == [
        ("Tim Osei", None, "drive-through", "unsafe rejoin")
    ]


def test_a_second_penalty_without_a_number_has_null_seconds(narrate):
    text = "Ken Ota pulled clear despite incurring a second track limit-related penalty."
    assert penalties(narrate(text)) == [("Ken Ota", None, "other", "track limits")]


def test_disqualification(narrate):
    text = "Sem Dekker was disqualified for ignoring blue flags."
    assert penalties(narrate(text)) == [("Sem Dekker", None, "disqualification", "ignoring flags")]


def test_a_penalty_escaped_is_none(narrate):
    assert narrate("Tom Baker escaped a penalty for an unsafe rejoin.").penalties == []


def test_penalties_in_general_are_none(narrate):
    assert narrate("Cars and penalties were flying among the back five.").penalties == []


def test_another_clause_has_its_own_subject(narrate):
    # the Finn is not Conti, and the text does not say who he is: the penalty is dropped
    text = "Gino Conti crossed the line third, while the Finn took a slowdown penalty for contact."
    assert penalties(narrate(text)) == []


def test_penalty_evidence_points_into_the_text(narrate, points_at):
    text = "Ken Ota received a 0.5s penalty for a track-limit transgression."
    (penalty,) = narrate(text).penalties
    assert points_at(text, penalty.evidence) and "0.5s penalty" in penalty.evidence.text


def test_a_seconds_penalty_is_one_second(narrate):
    text = "Rui Ortiz was given a second's penalty for track limits."
    assert penalties(narrate(text)) == [("Rui Ortiz", 1.0, "time", "track limits")]
