"""Nations the prose does not settle (two roles told together, a team's name ending with a
country) and a role compared with the subject (invented sentences in the shapes of real reports,
expectations written by hand)."""

from extractors.document import Document, document_from_text
from extractors.narrative import extract_narrative


def nations(text: str, language: str = "en") -> dict[str, str]:
    doc = document_from_text(text)
    facts = extract_narrative(Document(text=doc.text, blocks=doc.blocks, language=language))
    return {n.driver: n.nation for n in facts.driver_nations}


def test_two_roles_told_together_are_not_told_apart_by_who_acts():
    text = (
        "Tom Baker won the race. On lap 10, Sam Reid dived down the inside of Piet Kok, which "
        "ended in contact between the front wheel of the Briton and the Dutchman's wing."
    )
    assert nations(text) == {}


def test_a_role_paired_with_a_known_nation_takes_the_other_driver():
    text = (
        "Dutchman Piet Kok won the race. Sam Reid dived down the inside of Kok, which ended in "
        "contact between the front wheel of the Briton and the Dutchman's wing."
    )
    assert nations(text) == {"Piet Kok": "NLD"}


def test_a_country_ending_a_team_name_is_no_nation():
    text = "Tom Baker won the race. Apex India's Sam Reid finished fourth on the road."
    assert nations(text) == {}


def test_a_country_possessive_after_a_common_opening_word_stays_a_nation():
    assert nations("Then Norway's Ola Berg took second place.") == {"Ola Berg": "NOR"}


def test_a_role_compared_with_the_subject_is_someone_else():
    text = (
        "Luis Cid a commencé la course avec un point d'avance sur Marco Zanetti. En "
        "qualifications, Zanetti s'est mieux placé que l'Espagnol et a remporté la course."
    )
    assert nations(text, "fr") == {"Luis Cid": "ESP"}


def test_a_role_compared_in_english_is_someone_else():
    text = (
        "Luis Cid started the race a point ahead of Marco Zanetti. In qualifying, Zanetti was "
        "faster than the Spaniard and went on to win."
    )
    assert nations(text) == {"Luis Cid": "ESP"}


def test_a_team_between_a_drivers_demonym_and_the_name_is_skipped():
    text = (
        "La victoire est revenue à Tom Baker (Red Bull Racing Esports). La deuxième place "
        "est revenue à Ivo Brant devant le pilote australien Red Bull Racing Esports Sam "
        "Reid."
    )
    assert nations(text, "fr") == {"Sam Reid": "AUS"}


def test_a_role_the_verb_to_be_equates_with_a_name():
    text = "Tom Baker won the race. Best Briton was Sam Reid in fifth place."
    assert nations(text) == {"Sam Reid": "GBR"}


def test_a_role_equated_with_a_drivers_possession_is_no_nation_of_his():
    text = "Tom Baker won the race. The Dutchman was Baker's closest rival all day."
    assert nations(text) == {}


def test_a_dutch_role_equated_with_a_name():
    text = "Tom Baker won de race. Beste Nederlander was Kees Boer op de vijfde plaats."
    assert nations(text, "nl") == {"Kees Boer": "NLD"}
