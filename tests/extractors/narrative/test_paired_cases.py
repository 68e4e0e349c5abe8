"""Names declined in a case that the given name and the surname show together (Polish
instrumental after 'przed', 'za', 'z'): displayed in the nominative when both words carry the
case and its nominative is certain, left as written otherwise. Invented names, expectations by
hand."""

from narrative_reading import race_places, read

from extractors.narrative.drivers import NameOccurrence, Roster
from extractors.narrative.lang import vocabulary


def display(name: str) -> list[str]:
    """The roster's display names of one full name, read with the Polish endings."""
    pl = vocabulary("pl")
    return Roster.build(
        [NameOccurrence(name)],
        endings=pl.name_endings,
        stems=pl.given_stems,
        cases=pl.case_endings,
        paired=pl.paired_endings,
    ).names


def test_instrumental_given_name_and_surname_in_the_nominative():
    assert display("Piotrem Nowakiem") == ["Piotr Nowak"]


def test_instrumental_surname_on_a_consonant_after_a_vowel():
    assert display("Kamilem Borem") == ["Kamil Bor"]


def test_instrumental_given_name_whose_vowel_the_case_drops():
    assert display("Tomkiem Bukiem") == ["Tomek Buk"]


def test_instrumental_masculine_name_ending_in_a():
    assert display("Kubą Sową") == ["Kuba Sowa"]


def test_instrumental_feminine_given_name_with_an_undeclined_surname():
    assert display("Martą Lis") == ["Marta Lis"]


def test_surname_ending_alone_proves_no_case():
    assert display("Adam Tkaczem") == ["Adam Tkaczem"]


def test_uncertain_nominative_is_left_as_written():
    # 'Borcem' may be Borzec or Borc: the vowel the case drops is not known
    assert display("Piotrem Borcem") == ["Piotrem Borcem"]


def test_declined_names_after_przed_are_placed_in_the_nominative():
    facts = read("Jan Wolny wygrał wyścig przed Piotrem Nowakiem i Kubą Sową.", "pl")
    assert race_places(facts) == {"Jan Wolny": 1, "Piotr Nowak": 2, "Kuba Sowa": 3}
