"""Round 29: a national title is no driver's nation ('the reigning Dutch champion', 'der
Deutsche Meister'), a series named after a demonym is no driver ('British Touring Car driver'),
a hyphenated number in words gives a penalty's seconds ('eine Zehn-Sekunden-Strafe'), and 'the
<team> driver' is no penalty's receiver. Every text is invented."""

from tests.narrative_reading import nations, read


def _penalties(facts):
    return {(p.driver, p.seconds, p.kind) for p in facts.penalties}


def test_a_national_title_role_is_no_nation():
    facts = read("Bram Keller won the final at Dunmoor. The reigning Dutch champion was second.")
    assert nations(facts) == {}


def test_a_german_title_in_apposition_is_no_nation():
    facts = read(
        "Zum ersten Mal startete Jonas Pfeil, der amtierende Deutsche Meister, in Altheim.", "de"
    )
    assert "Jonas Pfeil" not in nations(facts)


def test_a_plain_demonym_role_still_resolves():
    facts = read("Bram Keller won the final at Dunmoor. The Dutchman led every lap.")
    assert nations(facts) == {"Bram Keller": "NLD"}


def test_a_series_after_a_demonym_is_no_driver():
    from extractors.article import extract_article

    page = (
        "Owen Tarr won both races at Dunmoor. Fenn, a British Touring Car driver from the north, "
        "was "
        "third on Sunday."
    )
    extraction = extract_article(page, media_type="text/plain")
    assert all("Touring" not in n.driver for n in extraction.driver_nations)


def test_a_penalty_of_seconds_in_hyphenated_words():
    facts = read("Lukas Brandt bekam eine Zehn-Sekunden-Strafe und landete auf Rang vier.", "de")
    assert _penalties(facts) == {("Lukas Brandt", 10.0, "time")}


def test_a_penalty_of_seconds_in_hyphenated_digits_still_reads():
    facts = read("Lukas Brandt wurde aufgrund einer 5-Sekunden-Strafe nur Vierter.", "de")
    assert _penalties(facts) == {("Lukas Brandt", 5.0, "time")}


def test_the_team_driver_is_no_receiver():
    facts = read(
        "Dunmoor sprint: Vale edges Dale\n\n"
        "Scottish racer Tom Vale won the sixth round at Dunmoor, making it a first success for "
        "his team Hartwell. He fought Ian Dale all race.\n\n"
        "On lap nine, Vale got by Dale for the lead. The Hartwell driver had received a "
        "three-second penalty earlier, so Dale could still win."
    )
    assert all(p.driver != "Hartwell" for p in facts.penalties)


def test_a_named_receiver_of_a_team_still_reads():
    facts = read("Tom Vale of Corvex received a three-second penalty for a false start.")
    assert ("Tom Vale", 3.0, "time") in _penalties(facts)
