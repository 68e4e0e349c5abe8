"""German class winners listed before the phrase that names them winners: 'Am Abend standen
A (C1), B (C2) und C (C3) als Tagessieger fest'. Each driver won the class in brackets after the
name, a race of its own. Invented sentences, expectations written by hand."""

from narrative_reading import read


def _wins(facts) -> list[list[tuple[str, int | None]]]:  # noqa: ANN001
    """Each race's rows (driver, position), the races in any order."""
    return sorted([(row.driver, row.position) for row in race.results] for race in facts.races)


def test_de_class_winners_listed_before_als_tagessieger_each_win_their_class():
    facts = read(
        "Am Ende des Tages feierten Jonas Kellerbach (Mini Cup), Lara Wendtland (Junior Pro), "
        "Timo Rasselberg (KZ4) und Ole Brinkhauser (KZ4 Masters) als Tagessieger.",
        "de",
    )
    assert _wins(facts) == [
        [("Jonas Kellerbach", 1)],
        [("Lara Wendtland", 1)],
        [("Ole Brinkhauser", 1)],
        [("Timo Rasselberg", 1)],
    ]
    assert facts.races[0].name == "Mini Cup"


def test_de_class_in_brackets_may_end_in_a_lower_case_word():
    facts = read(
        "Abends standen Jonas Kellerbach (Mini Cup light), Lara Wendtland (Junior Pro) und "
        "Timo Rasselberg (KZ4) als Klassensieger fest.",
        "de",
    )
    assert _wins(facts) == [
        [("Jonas Kellerbach", 1)],
        [("Lara Wendtland", 1)],
        [("Timo Rasselberg", 1)],
    ]
    assert facts.races[0].name == "Mini Cup light"


def test_de_one_driver_before_als_sieger_is_no_list_of_classes():
    facts = read("Im Ziel sah man Jonas Kellerbach (Mini Cup) als Sieger.", "de")
    assert all(race.name != "Mini Cup" for race in facts.races)


def test_de_list_that_does_not_reach_the_phrase_wins_nothing():
    facts = read(
        "Jonas Kellerbach (Mini Cup) und Lara Wendtland (Junior Pro) fuhren gut, aber Timo "
        "Rasselberg galt am Ende als Sieger der Herzen.",
        "de",
    )
    assert _wins(facts) == []
