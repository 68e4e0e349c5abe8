"""English 'followed home by' and 'chased across the line by' after a win name the drivers in the
places after it, as 'followed by' does (invented sentences in the shapes club reports use)."""


def test_followed_home_by_two_drivers_after_a_win(narrate, placings_of):
    facts = narrate("Ody Pell won the final and was followed home by Tam Rook and Sim Varr.")
    assert placings_of(facts) == {
        ("Race", "Ody Pell", 1),
        ("Race", "Tam Rook", 2),
        ("Race", "Sim Varr", 3),
    }


def test_chased_across_the_line_by_one_driver(narrate, placings_of):
    facts = narrate("Lia Moor won the opener and was chased across the line by Ned Carr.")
    assert placings_of(facts) == {("Race", "Lia Moor", 1), ("Race", "Ned Carr", 2)}


def test_followed_home_without_a_win_places_nobody(narrate, placings_of):
    facts = narrate("Lia Moor spun at the hairpin and was followed home by Ned Carr.")
    assert placings_of(facts) == set()
