"""A demonym whose noun is a camp of a nation ('het Nederlandse kamp'): a group, no one driver
(round 25; invented sentences, expectations written by hand)."""

from narrative_reading import nations, read


def test_a_dutch_demonym_of_a_camp_refers_to_no_driver() -> None:
    text = (
        "Tijdens de tweede manche viel Daan Wolters uit met motorpech.\n\n"
        "Het Nederlandse kamp werkte de hele nacht door aan zijn wagen."
    )
    assert nations(read(text, "nl")).get("Daan Wolters") is None


def test_a_dutch_demonym_before_a_driver_s_noun_still_names_him() -> None:
    text = "Daan Wolters werd vierde. De Nederlandse coureur reed een sterke finale."
    assert nations(read(text, "nl")) == {"Daan Wolters": "NLD"}
