"""Championship standings stated in prose (docs/formats.md §3): a driver's total, a position only
when the text gives one; margins, a race's points, nameless groups and suppositions are no
standings."""

import pytest

from extractors.document import Document, document_from_text
from extractors.narrative import extract_narrative


def standings(facts) -> set[tuple]:
    return {(s.driver, s.points, s.position) for s in facts.standings}


def test_sits_on_a_total_with_others_on_theirs_and_a_nameless_trio_gives_nothing(narrate):
    text = (
        "Ana Ribeiro beat Tomas Berg to the win. "
        "Ribeiro now sits on 30 points, with Berg on 22 and a trio on 16."
    )
    assert standings(narrate(text)) == {("Ana Ribeiro", 30.0, None), ("Tomas Berg", 22.0, None)}


def test_leads_the_standings_is_first(narrate):
    text = "Kofi Mensah leads the standings with 45 points."
    assert standings(narrate(text)) == {("Kofi Mensah", 45.0, 1)}


def test_second_in_the_championship_is_second(narrate):
    text = "Elif Yilmaz is second in the championship on 38 points."
    assert standings(narrate(text)) == {("Elif Yilmaz", 38.0, 2)}


def test_top_of_the_table_without_a_points_word(narrate):
    text = "After a third straight win, Jonas Lind is top of the table on 40."
    assert standings(narrate(text)) == {("Jonas Lind", 40.0, 1)}


def test_top_right_before_the_total_is_first(narrate):
    assert standings(narrate("Dan Holt stays top on 52 points.")) == {("Dan Holt", 52.0, 1)}


def test_the_championship_leader_named_before_his_total_is_first(narrate):
    text = "The championship leader Kofi Mensah now has 45 points."
    assert standings(narrate(text)) == {("Kofi Mensah", 45.0, 1)}


def test_a_standings_phrase_of_another_driver_gives_no_position(narrate):
    text = "Elif Yilmaz cut into Dan Holt's championship lead and moves to 40 points."
    assert standings(narrate(text)) == {("Elif Yilmaz", 40.0, None)}


def test_drivers_level_on_a_total_each_get_it(narrate):
    text = "Omar Haddad and Lea Roth are level on 25 points."
    assert standings(narrate(text)) == {("Omar Haddad", 25.0, None), ("Lea Roth", 25.0, None)}


def test_moves_to_a_total_gives_no_position(narrate):
    text = "Priya Nair moves to 51 points."
    assert standings(narrate(text)) == {("Priya Nair", 51.0, None)}


def test_a_tally_of_points(narrate):
    text = "Mateus Rocha now has a tally of 27 points."
    assert standings(narrate(text)) == {("Mateus Rocha", 27.0, None)}


def test_named_drivers_all_on_one_total_each_get_it(narrate):
    text = "Behind them come Yuto Hayashi, Hana Ito and Ren Sato, all on 16 points."
    assert standings(narrate(text)) == {
        ("Yuto Hayashi", 16.0, None), ("Hana Ito", 16.0, None), ("Ren Sato", 16.0, None),
    }  # fmt: skip


def test_a_total_without_a_points_word_follows_a_sentence_about_points(narrate):
    text = "Ines Duarte sits on 33 points. Then came Omar Haddad on 29, and Lea Roth on 25."
    assert standings(narrate(text)) == {
        ("Ines Duarte", 33.0, None), ("Omar Haddad", 29.0, None), ("Lea Roth", 25.0, None),
    }  # fmt: skip


def test_surname_references_resolve_to_the_full_name(narrate):
    text = "Marta Sousa won the race. Sousa is second in the standings on 38 points."
    assert standings(narrate(text)) == {("Marta Sousa", 38.0, 2)}


@pytest.mark.parametrize(
    "text",
    [
        "Carlos Vega extended his lead to 12 points.",
        "Carlos Vega won by 2.3s and extends his championship lead to 12 points.",
        "Carlos Vega now leads the championship by 6 points from Dan Holt.",
        "Dan Holt is third, 14 points behind Carlos Vega.",
        "Carlos Vega left Suzuka with 25 points for the win.",
        "Carlos Vega could move to 60 points if he wins at Spa.",
        "Carlos Vega came into the final on 30 points.",
        "Carlos Vega finished eighth on lap 16.",
        "Carlos Vega moved into second place, with 18 points available for the runner-up.",
        "Dan Holt went into the last round with 50 points left to race for.",
    ],
    ids=[
        "lead-to",
        "won-and-extends-lead",
        "leads-by",
        "points-behind",
        "points-for-the-win",
        "supposition",
        "total-before-the-round",
        "a-lap-number",
        "points-available",
        "points-left",
    ],
)
def test_no_standing_from_a_margin_race_points_or_a_supposition(narrate, text):
    assert narrate(text).standings == []


def test_a_standings_position_is_no_race_placing(narrate, placings_of):
    text = "Ana Ribeiro took the win. Tomas Berg is second in the championship on 38 points."
    facts = narrate(text)
    assert "Tomas Berg" not in {driver for _, driver, _ in placings_of(facts)}
    assert standings(facts) == {("Tomas Berg", 38.0, 2)}


def test_the_winner_of_a_margin_sentence_keeps_his_placing_and_gets_no_standing(
    narrate, placings_of
):
    facts = narrate("Carlos Vega won by 2.3s and extends his championship lead to 12 points.")
    assert ("Race", "Carlos Vega", 1) in placings_of(facts)
    assert facts.standings == []


def test_after_stays_null_as_prose_prints_no_standings_heading(narrate):
    text = "Feature race\n\nPriya Nair took the win and moves to 51 points."
    (standing,) = narrate(text).standings
    assert (standing.after, standing.driver, standing.points) == (None, "Priya Nair", 51)


def test_the_later_total_of_one_driver_wins(narrate):
    text = "Priya Nair was on 26 points at half-distance. Nair now sits on 51 points."
    assert standings(narrate(text)) == {("Priya Nair", 51.0, None)}


def test_evidence_is_the_sentence_and_confidence_is_below_a_printed_line(narrate, points_at):
    text = "Kofi Mensah took the win. Mensah leads the standings with 45 points."
    (standing,) = narrate(text).standings
    assert standing.evidence.text == "Mensah leads the standings with 45 points."
    assert points_at(text, standing.evidence)
    assert standing.confidence < 0.9  # a printed standings line's


def test_points_a_race_will_award_are_no_standing(narrate):
    text = "Ana Lima, winner of the opener, will award the winner of the final with 5 points."
    assert narrate(text).standings == []


def test_rivals_totals_set_against_the_leaders_in_portuguese():
    doc = document_from_text(
        "Depois da etapa, Daniel Souza lidera o campeonato, com 44 pontos, contra 34 de "
        "Marco Dias e 32 do gaúcho Rui Lopes."
    )
    facts = extract_narrative(Document(text=doc.text, blocks=doc.blocks, language="pt"))
    assert {(s.driver, s.points) for s in facts.standings} == {
        ("Daniel Souza", 44.0),
        ("Marco Dias", 34.0),
        ("Rui Lopes", 32.0),
    }
