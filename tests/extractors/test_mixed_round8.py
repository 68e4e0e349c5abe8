"""Mixed reports in shapes learned in round 8 (issue 13): how a page is cut into races by class
headings, and the printed parts under them. Sentences and pages are invented."""

import pytest

from extractors.article import extract_article
from extractors.document import Block
from extractors.result_lists import parse_row_text
from extractors.sections import class_heading, read_marker


def races_of(text: str) -> list[tuple[str, list[tuple[int | None, str]]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (race.name, [(r.position, r.driver) for r in race.results if r.method != "narrative"])
        for race in extraction.races
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Class 1", "Class 1"),
        ("CATEGORÍA CADETES", "Categoría Cadetes"),
        ("Klasse 2:", "Klasse 2"),
        ("Division 3 Main", "Division 3 Main"),
        ("Categoria Junior Max", "Categoria Junior Max"),
    ],
)
def test_a_short_heading_opening_with_a_class_noun_names_a_class(text, name):
    assert class_heading(text) == name
    found = read_marker(Block("heading", text, 0))
    assert found is not None and (found.kind, found.name) == ("class", name)


@pytest.mark.parametrize(
    "text",
    [
        "Class results in detail",
        "Class",
        "Category winners were decided early in the day",
        "Group of drivers who finished the season",
        "Class 1 standings",
    ],
)
def test_other_lines_naming_a_class_name_none(text):
    assert class_heading(text) is None


def test_each_class_heading_opens_its_own_race():
    page = (
        "Autograss round 4 at Hill Farm\n\n"
        "Class 1\n\n"
        "The final went to form from the start.\n\n"
        "1st KX12 Ann Lee 2nd B140 Bo Kim 3rd W7 Cy Dow\n\n"
        "Class 2\n\n"
        "Another close final followed.\n\n"
        "1st RT20 Di Eng 2nd NS44 Ed Fox 3rd C7 Flo Gray\n"
    )
    assert races_of(page) == [
        ("Class 1", [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Dow")]),
        ("Class 2", [(1, "Di Eng"), (2, "Ed Fox"), (3, "Flo Gray")]),
    ]


def test_a_class_heading_under_a_race_heading_is_that_race_s_class():
    page = (
        "Club meeting report\n\n"
        "Race 1\n\n"
        "Class A\n"
        "1. Ann Lee\n"
        "2. Bo Kim\n\n"
        "Class B\n"
        "1. Cy Dow\n"
        "2. Di Eng\n"
    )
    assert races_of(page) == [
        ("Race 1", []),
        ("Race 1 Class A", [(1, "Ann Lee"), (2, "Bo Kim")]),
        ("Race 1 Class B", [(1, "Cy Dow"), (2, "Di Eng")]),
    ]


def test_names_in_one_line_under_a_class_heading_are_its_finishers_in_order():
    page = (
        "Karting podiums of the fifth round\n\n"
        "CATEGORÍA CADETES\n"
        "Ana Ruiz, Bea Soto, Carla Vidal, Dora Paz.\n"
        "CATEGORÍA MASTER\n"
        "Eva Mora, Flor Gil, Gema Rey/Hilda Luz\n"
    )
    assert races_of(page) == [
        ("Categoría Cadetes", [(1, "Ana Ruiz"), (2, "Bea Soto"), (3, "Carla Vidal"),
                               (4, "Dora Paz")]),
        ("Categoría Master", [(1, "Eva Mora"), (2, "Flor Gil")]),  # a shared third place: none
    ]  # fmt: skip


def test_names_in_one_line_under_another_heading_are_no_result():
    page = (
        "Karting news of the week\n\n"
        "Drivers who tested on Friday\n"
        "Ana Ruiz, Bea Soto, Carla Vidal, Dora Paz.\n"
    )
    assert all(rows == [] for _, rows in races_of(page))


def test_names_under_class_headings_with_no_results_heading_above_are_a_roster():
    page = (
        "Entries for the fifth round\n\n"
        "The drivers entered are these.\n\n"
        "CATEGORÍA CADETES\n"
        "Ana Ruiz, Bea Soto, Carla Vidal, Dora Paz.\n"
        "CATEGORÍA MASTER\n"
        "Eva Mora, Flor Gil, Gema Rey\n"
    )
    assert all(rows == [] for _, rows in races_of(page))


def test_a_list_under_a_qualifying_word_opening_with_a_race_time_is_the_race_s_classification():
    page = (
        "Turismo round eleven at Invented Park\n\n"
        "Ana Ruiz won on Sunday after a long duel.\n\n"
        "Clasificación\n"
        "1) Ana Ruiz (Ford)...... 36m.57s.421/1000\n"
        "2) Bea Soto (Ford)...... a 1s.057/1000\n"
        "3) Carla Vidal (Dodge).. a 9s.321/1000\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    (race,) = [r for r in extraction.races if r.results]
    assert race.session != "qualifying"
    assert [(r.position, r.driver) for r in race.results] == [
        (1, "Ana Ruiz"), (2, "Bea Soto"), (3, "Carla Vidal")
    ]  # fmt: skip


def test_a_qualifying_list_of_lap_times_stays_qualifying():
    page = (
        "Turismo round eleven at Invented Park\n\n"
        "Clasificación\n"
        "1) Ana Ruiz (Ford) 1m.21s.421/1000\n"
        "2) Bea Soto (Ford) a 0s.057/1000\n"
        "3) Carla Vidal (Dodge) a 0s.321/1000\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    assert not [r for r in extraction.races if r.session != "qualifying" and r.results]


@pytest.mark.parametrize(
    ("text", "position", "driver", "number"),
    [
        ("1: #14 Ann Lee", 1, "Ann Lee", "14"),
        ("2: #m2 Bo Kim", 2, "Bo Kim", "m2"),
        ("7: #p21 Cy Dow", 7, "Cy Dow", "p21"),
        ("6: #Di Eng", 6, "Di Eng", None),  # the number left out
        ("12:30.5 Di Eng", None, "Di Eng", None),  # a time, no place
    ],
)
def test_a_place_closed_by_a_colon_and_car_numbers_opening_with_a_letter(
    text, position, driver, number
):
    row = parse_row_text(text)
    assert (row.position, row.driver, row.car_number) == (position, driver, number)


def test_feature_winners_under_a_track_s_own_winners_heading():
    page = (
        "Weekend short track round-up\n\n"
        "Here is a look at the feature winners from across the region:\n"
        "Oak Speedway Feature Winners 9/23/23\n"
        "Late Models: Ann Lee\n"
        "Hobby Stocks: Bo Kim\n"
        "Elm Raceway Feature Winners 9/23/23\n"
        "Modifieds: Cy Dow\n"
        "Hornets: Di Eng\n"
    )
    assert [(name, rows) for name, rows in races_of(page) if rows] == [
        ("Oak Speedway Late Models Feature", [(1, "Ann Lee")]),
        ("Oak Speedway Hobby Stocks Feature", [(1, "Bo Kim")]),
        ("Elm Raceway Modifieds Feature", [(1, "Cy Dow")]),
        ("Elm Raceway Hornets Feature", [(1, "Di Eng")]),
    ]


@pytest.mark.parametrize(
    ("text", "session", "label"),
    [
        ("Turismo Nacional, Segunda Serie, Fecha 15:", "heat", "2"),
        ("2. Lauf", "race", "2"),
        ("3rd Heat", "heat", "3"),
        ("Zweiter Lauf", "race", "2"),
        ("Round 3 Race", "race", None),  # a round's number, no race's label
        ("Main race", "race", None),
    ],
)
def test_an_ordinal_before_the_session_word_labels_the_race(text, session, label):
    found = read_marker(Block("heading", text, 0))
    assert found is not None and (found.session, found.label) == (session, label)


def test_two_series_told_by_their_ordinals_are_two_races():
    page = (
        "Turismo weekend report\n\n"
        "Turismo Nacional, Primera Serie:\n"
        "1- Ana Ruiz, Ford, 5 vueltas en 7m26s093\n"
        "2- Bea Soto, Ford a 1s427\n"
        "Turismo Nacional, Segunda Serie:\n"
        "1- Carla Vidal, Torino, 5 vueltas en 7m28s100\n"
        "2- Dora Paz, Ford a 0s512\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    assert [(r.name, r.label, [x.driver for x in r.results]) for r in extraction.races] == [
        ("Primera Serie", "1", ["Ana Ruiz", "Bea Soto"]),
        ("Segunda Serie", "2", ["Carla Vidal", "Dora Paz"]),
    ]


def test_a_race_s_top_five_above_its_full_field_is_read_once():
    page = (
        "Sprint car daily\n\n"
        "Gold Night 2 - Oak Speedway\n"
        "Winged Sprints • Apex A Feature (30 Laps)\n"
        "- 87-Ann Lee [7]\n"
        "- 7BC-Bo Kim [5]\n"
        "- 88-Cy Dow [11]\n"
        "Apex A Feature (30 Laps) — Full Field\n"
        "- 87-Ann Lee [7]\n"
        "- 7BC-Bo Kim [5]\n"
        "- 88-Cy Dow [11]\n"
        "- 21-Di Eng [1]\n"
        "- W-Ed Fox [6]\n"
        "Kite B Feature (10 Laps)\n"
        "- 3-Flo Gray [1]\n"
        "- 41-Gus Hall [3]\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    got = [(r.label, [x.driver for x in r.results]) for r in extraction.races if r.results]
    assert got == [
        ("A", ["Ann Lee", "Bo Kim", "Cy Dow", "Di Eng", "Ed Fox"]),
        ("B", ["Flo Gray", "Gus Hall"]),
    ]


def test_a_race_s_winners_one_per_class_in_one_sentence():
    page = (
        "Regional teams lead after the first day\n"
        "I vincitori di gara1: Rossi (KZ2), Bianchi (OK Junior), Verdi (Mini U10). Domenica la "
        "diretta dalle ore 9.30.\n"
        "Il resoconto della giornata segue.\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    got = [(r.name, [(x.position, x.driver) for x in r.results]) for r in extraction.races]
    assert got == [
        ("KZ2 gara 1", [(1, "Rossi")]),
        ("OK Junior gara 1", [(1, "Bianchi")]),
        ("Mini U10 gara 1", [(1, "Verdi")]),
    ]


def test_winners_of_a_race_with_no_class_after_each_are_no_class_winners():
    page = "Round-up\nThe winners of the race: Ann Lee and Bo Kim shared the car.\n"
    extraction = extract_article(page, media_type="text/plain")
    assert not [r for r in extraction.races if r.name.endswith(" race")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("La classifica provvisoria dopo Gara1:", "standings"),
        ("Classement après la manche 2", "standings"),
        ("Classification after 20 laps", "results"),  # a race stopped early: its result
    ],
)
def test_a_classification_after_a_race_is_the_standings(text, kind):
    found = read_marker(Block("heading", text, 0))
    assert found is not None and found.kind == kind
