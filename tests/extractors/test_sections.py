"""Race sections from headings and lead-in lines, and which race each block belongs to (§1, §6)."""

import pytest

from extractors.article import extract_document
from extractors.document import Block, document_from_text
from extractors.sections import (
    find_sections,
    named_race_key,
    race_identity,
    race_key,
    read_marker,
)


def marker(text: str, kind: str = "heading"):
    return read_marker(Block(kind, text, 0))


@pytest.mark.parametrize(
    ("text", "name", "session", "label"),
    [
        ("Race 1 Results", "Race 1", "race", "1"),
        ("Grand Final – results", "Grand Final", "final", None),
        ("Round 3, Tokyo, Nations Cup race results", "Nations Cup race", "race", None),
        ("Semi-Final B", "Semi-Final B", "semi-final", "B"),
        ("Main race", "Main race", "race", None),
        ("Feature", "Feature", "race", None),
        ("Feature race", "Feature race", "race", None),
        ("Sprint race", "Sprint race", "sprint", None),
        ("Repechage", "Repechage", "repechage", None),
        ("Heat 2", "Heat 2", "heat", "2"),
        ("Qualifying", "Qualifying", "qualifying", None),
        ("Gara 2 – Risultati", "Gara 2", "race", "2"),
        ("Resultados da Corrida 1", "Corrida 1", "race", "1"),
        ("Ergebnis Hauptrennen", "Hauptrennen", "race", None),
        ("Semifinale A", "Semifinale A", "semi-final", "A"),
    ],
)
def test_race_headings(text, name, session, label):
    found = marker(text)
    assert (found.kind, found.name, found.session, found.label) == ("race", name, session, label)


def test_track_and_laps_in_a_lead_in():
    found = marker("Sprint Race: Kirkby Park, 7 Laps", kind="paragraph")
    assert (found.session, found.track, found.laps) == ("sprint", "Kirkby Park", 7)


def test_results_and_standings_headings():
    assert marker("Results").kind == "results"
    standings = marker("Harbour Sim Series 2025 standings after Round 3")
    assert (standings.kind, standings.name) == ("standings", "Round 3")


@pytest.mark.parametrize(
    "text",
    ["Classifica Trofeo Ghiaia Nord", "Classement de la Coupe de Bretagne Minime",
     "Classificação do Campeonato Gaúcho"],
)  # fmt: skip
def test_a_classification_of_a_competition_is_its_standings(text):
    assert marker(text).kind == "standings"


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Classifica Trofeo Ghiaia Nord Gara 2", "race"), ("Classifica Gara 1", "race"),
     ("Porsche Cup results", "results")],
)  # fmt: skip
def test_a_race_of_a_competition_stays_a_race(text, kind):
    assert marker(text).kind == kind


def test_an_inline_standings_line_of_a_trophy_is_read_as_standings():
    page = (
        "Ivo Dias vince il rally.\n\n"
        "Classifica Trofeo Ghiaia Nord: 1. Dias 60; 2. Rota 34; 3. Sala 32.\n"
    )
    extraction = extract_document(document_from_text(page))
    assert [(s.driver, s.points) for s in extraction.standings] == [
        ("Ivo Dias", 60.0), ("Rota", 34.0), ("Sala", 32.0)
    ]  # fmt: skip
    assert all(not race.results for race in extraction.races)


@pytest.mark.parametrize(
    "text",
    ["Chat with the Community", "The race was decided on the final lap when Berg passed Ribeiro."],
)
def test_prose_and_other_lines_are_no_marker(text):
    assert marker(text, kind="paragraph") is None


def sections_of(text: str):
    doc = document_from_text(text)
    return doc, find_sections(doc, [False] * len(doc.blocks))


def test_each_block_belongs_to_the_race_above_it():
    doc, sections = sections_of(
        "Weekend report from the Harbour Sim Series with two races and a lot of drama\n"
        "Race 1\nBerg won the first race.\nRace 2\nRibeiro won the second one.\n"
    )
    names = [
        sections.race_at(i).name if sections.race_at(i) else None for i in range(len(doc.blocks))
    ]
    assert names == [None, "Race 1", "Race 1", "Race 2", "Race 2"]


def test_a_results_lead_in_returns_to_the_race_it_names():
    doc, sections = sections_of(
        "A long first line that is the title of this invented article about racing\n"
        "Sprint race\nBerg won the sprint.\nMain race\nRibeiro won the main race.\n"
        "Round 3, Tokyo, Nations Cup race results\n"
    )
    assert [r.name for r in sections.races] == ["Sprint race", "Main race"]
    assert sections.race_at(len(doc.blocks) - 1).name == "Main race"


def test_a_sprint_results_lead_in_returns_to_the_sprint():
    doc, sections = sections_of(
        "A long first line that is the title of this invented article about racing\n"
        "Sprint race\nBerg won.\nMain race\nRibeiro won.\nSprint race results\n"
    )
    assert sections.race_at(len(doc.blocks) - 1).name == "Sprint race"


def test_a_page_title_naming_a_race_opens_no_section():
    doc, sections = sections_of("Ribeiro wins Race 1 and Berg takes Race 2 in Lisbon\nRace 1\n")
    assert [r.name for r in sections.races] == ["Race 1"]
    assert sections.race_at(0) is None


def test_a_standings_heading_governs_what_follows():
    doc, sections = sections_of(
        "A long first line that is the title of this invented article about racing\n"
        "Race 1\nBerg won.\nStandings after Round 1\nRibeiro – 18 points\n"
    )
    assert sections.race_at(4) is None
    assert sections.context_at(4).after == "Round 1"


@pytest.mark.parametrize(
    ("name", "session", "label", "round_", "parent"),
    [
        ("Semi-Final B", "semi-final", "B", None, None),
        ("semifinale A", "semi-final", "A", None, None),
        ("Gara 2", "race", "2", None, None),
        ("Heat III", "heat", "3", None, None),
        ("Final", "final", None, None, None),
        ("Round 4 Race 1", "race", "1", 4, None),
        ("Tappa 3 - Gara 2", "race", "2", 3, None),
        ("Semi-Final B qualifying", "qualifying", None, None, "semi-final B"),
        ("Qualifiche Semifinale B", "qualifying", None, None, "semi-final B"),
        ("Race 2 – Qualifying", "qualifying", None, None, "race 2"),
        ("Qualifying 2", "qualifying", "2", None, None),
        ("Qualifiche", "qualifying", None, None, None),
        ("Corrida", None, None, None, None),
    ],
)
def test_a_race_name_is_read_once_into_session_label_round_and_parent(
    name, session, label, round_, parent
):
    assert race_identity(name, session) == {
        "session": session,
        "label": label,
        "round": round_,
        "parent": parent,
    }


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Semi-Final B", "semi-final B"),
        ("Semifinale B", "semi-final B"),
        ("semifinale B qualifying", "semi-final B qualifying"),
        ("Qualifiche Gara 2", "race 2 qualifying"),
        ("Qualifying 2", "qualifying 2"),
        ("the sprint", "sprint"),
        ("Grand Final", "final"),
        ("Porto Novo", None),
        (None, None),
    ],
)
def test_a_fact_naming_its_race_gets_the_key_of_that_race(name, key):
    assert named_race_key(name) == key


def test_a_race_s_key_is_its_session_and_label_or_its_parent_s_qualifying():
    assert race_key("semi-final", "B", None) == "semi-final B"
    assert race_key("final", None, None) == "final"
    assert race_key("qualifying", None, "semi-final B") == "semi-final B qualifying"
    assert race_key(None, None, None) is None


def test_the_extractor_hands_each_race_its_label_and_round():
    doc = document_from_text(
        "Round 5 report\n\nHeat B\n\n1. Ada Lind 10:00.000\n2. Bo Kent +1.000\n"
    )
    races = extract_document(doc).races
    assert [(r.session, r.label) for r in races] == [("heat", "B")]


def test_the_extractor_hands_a_margin_and_a_penalty_the_key_of_their_race():
    doc = document_from_text(
        "Round 5 report\n\nSemi-Final B\n\n"
        "Ada Lind won the race, 0.4 seconds ahead of Bo Kent. "
        "Bo Kent got a five-second penalty for contact.\n"
    )
    extraction = extract_document(doc)
    (race,) = extraction.races
    assert race_key(race.session, race.label, race.parent) == "semi-final B"
    assert [(i.race, i.race_key) for i in extraction.intervals] == [
        ("Semi-Final B", "semi-final B")
    ]
    assert [(p.race, p.race_key) for p in extraction.penalties] == [
        ("Semi-Final B", "semi-final B")
    ]


@pytest.mark.parametrize(
    "text", ["Next Race Coming Up", "Prossima gara: Vallelunga", "Próxima corrida em Goiânia",
             "Nächstes Rennen am Sachsenring", "Upcoming: Round 4 at Oulton Park"],
)  # fmt: skip
def test_a_race_still_to_come_opens_no_section(text):
    assert marker(text) is None


def test_a_race_still_to_come_closes_the_section_above_it():
    page = "Race 1\n1. Ann Lee\n2. Bo Kim\n\nNext Race Coming Up\n\nThe series moves on to Dover.\n"
    doc = document_from_text(page)
    sections = find_sections(doc, [b.text[:1].isdigit() for b in doc.blocks])
    last = next(i for i, b in enumerate(doc.blocks) if b.text.startswith("The series"))
    assert sections.contexts[last] is None


def test_a_lead_in_cut_by_a_line_wrap_inside_brackets_names_no_race():
    found = marker("Confira os resultados (extraoficiais, porque ainda podem", kind="paragraph")
    assert found is not None and found.name is None
