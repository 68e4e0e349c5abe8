"""What a race's name is: a heading naming a race, not a sentence, a question, a table header or
a result row; a race opened by a line that is no name is named by its session word (invented)."""

import pytest

from extractors.article import extract_article
from extractors.document import Block
from extractors.sections import is_race_name, read_marker, section_name


@pytest.mark.parametrize(
    "text",
    ["Race 1 Results", "Main race", "Corrida principal", "Finale Minikart", "Semi-Final B",
     "Heat 2", "20 lap Street Stock Figure 8 Feature", "Legends main event", "Rennen 3",
     "Type 2 (further modifications allowed), 1600-2000cc", "Categoria Cadete", "Gara 2",
     "Results of the second heat", "Late Model Street Stock A-Feature", "Cadet", "Pro"],
)  # fmt: skip
def test_race_names(text):
    assert is_race_name(text)


@pytest.mark.parametrize(
    "text",
    ["Ann Lee did well to win a very close Final race",
     "Bo Kim gewinnt erstes Rennen der Saison in Oschersleben",
     "Kim wint het eerste race van het seizoen",
     "Confira o pódio após o fim da última corrida",
     "What the drivers said after the race", "Cómo fue la carrera del domingo",
     "Driver Points Last Race Finish Wins",
     "1 Ann Lee (Apex Race Team), 1:10.127", "3. Bo Kim - Vortex Racing",
     "Las posiciones finales quedaron así"],
)  # fmt: skip
def test_sentences_questions_headers_and_rows_are_no_race_names(text):
    assert not is_race_name(text)


@pytest.mark.parametrize(
    ("text", "name", "session"),
    [("Ann Lee did well to win a very close Final race", "Final", "final"),
     ("Bo Kim gewinnt erstes Rennen der Saison in Oschersleben", "Rennen", "race"),
     ("Post-Race Wrap Up", None, None)],
)  # fmt: skip
def test_a_marker_that_is_no_name_is_named_by_its_session_word(text, name, session):
    marker = read_marker(Block("paragraph", text, 0))
    assert (marker.name, marker.session) == (name, session) if marker else name is None


def test_a_result_row_with_race_in_its_team_opens_no_race():
    assert read_marker(Block("paragraph", "1 Ann Lee (Apex Race Team), 1:10.127", 0)) is None


def test_a_lead_in_sentence_names_its_list_by_its_last_part_or_the_default():
    assert section_name("The final positions were as follows: Pro") == "Pro"
    assert section_name("Here is how the positions ended up after the race") == "Race"
    assert section_name("Junior Rok") == "Junior Rok"


def test_rows_under_a_row_shaped_line_keep_their_places():
    page = (
        "Results\n"
        "1 Ann Lee (Apex Race Team), 1:10.127\n2 Bo Kim (Vortex Racing), 1:10.672\n"
        "3 Cy Diaz (Nord Racing), 1:10.865\n"
    )
    races = extract_article(page).races
    assert [(r.position, r.driver) for race in races for r in race.results] == [
        (1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Diaz")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name"),
    [("RIVERSIDE OVAL Saturday's results LATE MODELS", "LATE MODELS"),
     ("Class Results in Detail:", "Class"),
     ("Results of the Cadet Cup", "Cadet Cup"),
     ("2019 Club Results Page", "2019 Club"),
     ("Nella classifica definitiva", "Nella classifica definitiva")],
)  # fmt: skip
def test_a_results_lead_in_is_named_by_what_its_results_are_of(text, name):
    assert read_marker(Block("paragraph", text, 0)).name == name
