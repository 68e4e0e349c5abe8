"""Heat wins told with the phrasal verb 'took out' ('X took out heat one'), as club reports from
short tracks tell them; 'took out' a driver or the heat's leader is a crash, and wins nothing
(invented sentences in the shapes those reports use)."""


def test_took_out_a_numbered_heat_is_its_win(narrate, placings_of):
    facts = narrate("Tam Rook took out heat one from Ody Pell. Ody Pell won heat two.")
    assert ("Heat (Tam Rook)", "Tam Rook", 1) in placings_of(facts)
    assert ("Heat (Ody Pell)", "Ody Pell", 1) in placings_of(facts)


def test_took_out_the_ordinal_heat_and_a_heat_with_a_digit(narrate, placings_of):
    facts = narrate(
        "Nia Brand took out the second heat. Lev Kotter took out heat 3 ahead of Nia Brand."
    )
    assert ("Heat (Nia Brand)", "Nia Brand", 1) in placings_of(facts)
    assert ("Heat (Lev Kotter)", "Lev Kotter", 1) in placings_of(facts)


def test_took_out_the_heat_leader_is_a_crash_not_a_win(narrate, placings_of):
    facts = narrate(
        "Tam Rook took out heat one leader Ody Pell on the last lap. Ody Pell won heat two. "
        "Sim Varr took out the heat leader at the hairpin. Ivo Kell won heat three."
    )
    drivers = {driver for _, driver, _ in placings_of(facts)}
    assert "Tam Rook" not in drivers
    assert "Sim Varr" not in drivers
    assert ("Heat (Ody Pell)", "Ody Pell", 1) in placings_of(facts)
