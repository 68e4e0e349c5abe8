"""Margins told as bounds: 'less than' a second or more states no margin, while 'less than a
tenth' is close to exact and keeps its figure."""


def intervals(facts) -> set[tuple]:
    return {(i.ahead, i.behind, i.seconds) for i in facts.intervals}


def test_less_than_a_whole_second_is_no_margin(narrate):
    text = "Rui Lobo started from pole and won the race less than 1 second ahead of Tim Hale."
    assert intervals(narrate(text)) == set()


def test_less_than_a_second_in_words_is_no_margin(narrate):
    assert intervals(narrate("Rui Lobo won by less than a second from Tim Hale.")) == set()


def test_less_than_a_tenth_keeps_its_figure(narrate):
    text = "Rui Lobo won by less than a tenth from Tim Hale."
    assert intervals(narrate(text)) == {("Rui Lobo", "Tim Hale", 0.1)}
