"""A driver named after the language's 'ahead of' right before a place closing the clause
('kam vor Y auf Rang 3 ins Ziel') was beaten: the place is the subject's, never Y's; with the
subject unread, no place at all. Invented sentences, expectations by hand."""

from narrative_reading import race_places, read


def test_de_the_driver_after_vor_does_not_take_the_place_that_follows():
    facts = read("Paul Weber gewann. Der Neuling kam knapp vor Tim Rost auf Rang 3 ins Ziel.", "de")
    assert race_places(facts) == {"Paul Weber": 1}


def test_pl_the_driver_after_przed_does_not_take_the_place_that_follows():
    facts = read(
        "Adam Lis wygrał. Debiutant dojechał tuż przed Janem Wroną na trzecim miejscu.", "pl"
    )
    assert "Jan Wrona" not in race_places(facts)


def test_de_a_place_told_before_vor_stays_the_subjects():
    facts = read("Paul Weber gewann. Jan Kremer wurde Dritter vor Tim Rost.", "de")
    assert race_places(facts)["Jan Kremer"] == 3
    assert race_places(facts).get("Tim Rost") != 3
