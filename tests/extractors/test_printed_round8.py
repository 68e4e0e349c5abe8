"""Printed lists in shapes learned in round 8 (issue 13): heat-by-heat lines ('3. Lee, Kim, Dow,
Fox, 74.6'). Sentences and pages are invented."""

from extractors.article import extract_article
from extractors.inline_rows import split_inline_lists
from extractors.result_lists import parse_row_text
from extractors.times import find_timings

HEATS = (
    "Pairs meeting at the stadium\n\n"
    "Line-up: Kite: Ann Lee & Bo Kim, Vela: Cy Dow & Eva Fox.\n\n"
    "1. Lee, Dow, Kim, Fox, 75.4\n\n"
    "2. Fox, Kim, Lee, Dow, 74.8\n\n"
    "3. Kim, Lee, Fox, Dow, 76.0\n\n"
    "Thanks for any help.\n"
)


def _races(text: str) -> list[tuple[str, list[tuple]]]:
    races = extract_article(text, media_type="text/plain").races
    return [
        (r.name, [(x.position, x.driver, x.time_s) for x in r.results]) for r in races if r.results
    ]


def test_heat_lines_are_one_race_each_finishers_in_order_the_time_the_winners():
    assert _races(HEATS) == [
        ("Heat 1", [(1, "Ann Lee", 75.4), (2, "Cy Dow", None), (3, "Bo Kim", None),
                    (4, "Eva Fox", None)]),
        ("Heat 2", [(1, "Eva Fox", 74.8), (2, "Bo Kim", None), (3, "Ann Lee", None),
                    (4, "Cy Dow", None)]),
        ("Heat 3", [(1, "Bo Kim", 76.0), (2, "Ann Lee", None), (3, "Eva Fox", None),
                    (4, "Cy Dow", None)]),
    ]  # fmt: skip


def test_a_heat_line_cut_by_the_end_of_the_page_is_left_out():
    text = HEATS.replace("Thanks for any help.\n", "4. Dow, Fox, Kim, Le")
    assert [name for name, _ in _races(text)] == ["Heat 1", "Heat 2", "Heat 3"]


def test_fewer_than_three_heat_lines_or_lines_out_of_order_are_no_heats():
    two = "Club night\n\n1. Lee, Dow, Kim, Fox, 75.4\n\n2. Fox, Kim, Lee, Dow, 74.8\n\nEnd.\n"
    assert all(not name.startswith("Heat") for name, _ in _races(two))
    jumbled = HEATS.replace("2. Fox", "5. Fox")
    assert all(not name.startswith("Heat") for name, _ in _races(jumbled))


def test_seconds_marked_with_two_apostrophes_are_times_and_signed_ones_gaps():
    (race,) = find_timings("53'36''455")
    assert (race.time_s, race.gap_s) == (3216.455, None)
    (gap,) = find_timings("+ 9''743")
    assert (gap.time_s, gap.gap_s) == (None, 9.743)
    (gap,) = find_timings("+ 1'18''706")
    assert (gap.time_s, gap.gap_s) == (None, 78.706)


UNHEADED = (
    "1\n\nAnn Lee\nKite Racing\n41'02''310\n"
    "2\n\nBo Kim\nVela Motorsport\n+ 4''512\n"
    "3\n\nCy Dow\nKite Racing\n+ 1'05''020\n"
    "4\n\nEva Fox\nOrca Team\n+ 1 tour\n"
    "AB\n\nGus Orr\nVela Motorsport\nTour 3,\n"
    "Classement officiel publié après la course.\n"
)


def test_a_table_one_cell_per_line_without_a_header_is_read_by_its_cells():
    (race,) = extract_article(UNHEADED, media_type="text/plain").races
    rows = [(r.position, r.driver, r.team, r.time_s, r.gap_s, r.status) for r in race.results]
    assert rows == [
        (1, "Ann Lee", "Kite Racing", 2462.31, None, "finished"),
        (2, "Bo Kim", "Vela Motorsport", None, 4.512, "finished"),
        (3, "Cy Dow", "Kite Racing", None, 65.02, "finished"),
        (4, "Eva Fox", "Orca Team", None, None, "lapped"),
    ]


def test_numbered_lines_of_prose_are_no_table_one_cell_per_line():
    text = (
        "1\n\nStart early.\n\n2\n\nCheck the tyres.\n\n3\n\nDrive home.\n\n"
        "4\n\nRest.\n\nThe end of the guide.\n"
    )
    assert extract_article(text, media_type="text/plain").races == []


HOMETOWNS = (
    "Vela Speedway results: Saturday, May 4th\n\n"
    "Late Models--Ann Lee, Aurora\n\n"
    "Stock Cars--Bo Kim, Neligh\n\n"
    "Sport Compacts--Cy Dow, Magnolia, IA\n\n"
    "The next meeting is on Friday.\n"
)


def test_class_and_winner_lines_with_a_hometown_under_a_results_line_are_one_race_each():
    assert _races(HOMETOWNS) == [
        ("Late Models", [(1, "Ann Lee", None)]),
        ("Stock Cars", [(1, "Bo Kim", None)]),
        ("Sport Compacts", [(1, "Cy Dow", None)]),
    ]


def test_class_and_winner_lines_under_no_results_line_are_no_races():
    text = HOMETOWNS.replace("Vela Speedway results: Saturday, May 4th", "Our photographers")
    assert _races(text) == []


def test_heat_riders_take_their_team_from_the_line_up_pairs():
    text = HEATS.replace(
        "Line-up: Kite: Ann Lee & Bo Kim, Vela: Cy Dow & Eva Fox.",
        "Line-up: Kite: Ann Lee & Bo Kim, Vela Rovers: Cy Dow (replacing Gus Orr) and Eva Fox.",
    )
    races = extract_article(text, media_type="text/plain").races
    heat = next(r for r in races if r.name == "Heat 1")
    assert [(x.driver, x.team) for x in heat.results] == [
        ("Ann Lee", "Kite"),
        ("Cy Dow", "Vela Rovers"),
        ("Bo Kim", "Kite"),
        ("Eva Fox", "Vela Rovers"),
    ]


def test_a_car_number_in_brackets_with_its_word_is_the_car_number():
    row = parse_row_text("1° Ann Lee (kart 44 ).")
    assert (row.position, row.driver, row.car_number) == (1, "Ann Lee", "44")
    assert parse_row_text("2. Bo Kim (car 7)").car_number == "7"
    row = parse_row_text("3. Cy Dow (Kart Racing)")
    assert (row.car_number, row.team) == (None, "Kart Racing")


def test_a_class_won_by_its_first_then_numbered_places_is_one_list():
    (found,) = split_inline_lists("Die Juniorenklasse gewann Ann Lee (MSC), 2. Bo Kim, 3. Cy Dow")
    assert found.lead_in == "Die Juniorenklasse"
    assert [r.text for r in found.rows] == ["Ann Lee (MSC)", "2. Bo Kim", "3. Cy Dow"]


def test_a_won_sentence_naming_no_person_first_is_no_first_row():
    assert split_inline_lists("Ann Lee won the race, 2. Bo Kim, 3. Cy Dow") == []


PODIUMS = (
    "Club karting round five\n\n"
    "PODIUMS ROUND FIVE – VELA\n"
    "CLASS MINI\n"
    "Ann Lee, Bo Kim, Cy Dow, Eva Fox.\n"
    "CLASS SENIOR\n"
    "Gus Orr, Hal Berg/Ian Roe, Jo Nunn\n"
    "CLASS SH\n"
)


def test_class_labels_each_above_a_line_of_names_under_a_podiums_heading_are_races():
    assert _races(PODIUMS) == [
        ("Class Mini", [(1, "Ann Lee", None), (2, "Bo Kim", None), (3, "Cy Dow", None),
                        (4, "Eva Fox", None)]),
        ("Class Senior", [(1, "Gus Orr", None), (3, "Jo Nunn", None)]),
    ]  # fmt: skip


def test_lines_of_names_under_no_podiums_heading_are_no_races():
    assert _races(PODIUMS.replace("PODIUMS ROUND FIVE", "ENTRANTS ROUND FIVE")) == []


def test_a_place_closed_by_a_colon_then_the_car_number_and_the_name():
    row = parse_row_text("4: #3 Ann Lee")
    assert (row.position, row.driver, row.car_number) == (4, "Ann Lee", "3")
    row = parse_row_text("2: #m2 Bo Kim")
    assert (row.position, row.driver, row.car_number) == (2, "Bo Kim", "m2")
    row = parse_row_text("6: #Cy Dow")  # the number left out
    assert (row.position, row.driver, row.car_number) == (6, "Cy Dow", None)
    assert parse_row_text("1:05.950 Eva Fox").position is None  # a time, no place


FEATURE_COLON = (
    "Twin features at the oval\n\n"
    "Ann Lee took the pole and led every lap of the 20 lap feature.\n"
    "1: #14 Ann Lee\n2: #m2 Bo Kim\n3: #5 Cy Dow\n4: #Eva Fox\n"
    "DNS: #34 Gus Orr\n"
    "Next up was the second feature.\n"
)


def test_a_list_of_places_closed_by_colons_with_a_start_left_out_is_one_result_list():
    (race,) = [r for r in extract_article(FEATURE_COLON, media_type="text/plain").races
               if len(r.results) > 1]  # fmt: skip
    assert [(r.position, r.driver, r.car_number, r.status) for r in race.results] == [
        (1, "Ann Lee", "14", "finished"),
        (2, "Bo Kim", "m2", "finished"),
        (3, "Cy Dow", "5", "finished"),
        (4, "Eva Fox", None, "finished"),
        (None, "Gus Orr", "34", "dns"),
    ]


TRACK_WINNERS = (
    "Dirt tracks in action\n\n"
    "Here is a look at the feature winners from across the region:\n"
    "Vela Speedway Feature Winners 9/23/23\n"
    "Late Models: Ann Lee\nModifieds: Bo Kim\n"
    "Kite Raceway Feature Winners 9/23/23\n"
    "Modifieds: Cy Dow\nHornets: Eva Fox\n"
    "Highlights from the weekend\n"
)


def test_feature_winners_under_each_tracks_dated_heading_are_that_tracks_races():
    assert _races(TRACK_WINNERS) == [
        ("Vela Speedway Late Models Feature", [(1, "Ann Lee", None)]),
        ("Vela Speedway Modifieds Feature", [(1, "Bo Kim", None)]),
        ("Kite Raceway Modifieds Feature", [(1, "Cy Dow", None)]),
        ("Kite Raceway Hornets Feature", [(1, "Eva Fox", None)]),
    ]


LAST_RACE = (
    "Club season one\n\n"
    "Driver Points Last Race Finish Number of Wins\n"
    "Ann Lee 31 3rd 1\n"
    "Bo Kim 24 1st 1\n"
    "Cy Dow 55 2nd 4\n"
    "Eva Fox 0 Did Not Race 0\n\n"
    "Wrap up\n\nThe next race is at Vela.\n"
)


def test_a_standings_last_race_finish_column_is_the_last_races_places():
    extraction = extract_article(LAST_RACE, media_type="text/plain")
    assert [(s.driver, s.points) for s in extraction.standings] == [
        ("Ann Lee", 31), ("Bo Kim", 24), ("Cy Dow", 55), ("Eva Fox", 0)
    ]  # fmt: skip
    (race,) = [r for r in extraction.races if r.results]
    assert sorted((r.position, r.driver) for r in race.results) == [
        (1, "Bo Kim"), (2, "Cy Dow"), (3, "Ann Lee")
    ]  # fmt: skip


def test_a_standings_table_with_no_last_race_column_gives_no_race():
    text = LAST_RACE.replace("Last Race Finish", "Best Finish")
    assert [r for r in extract_article(text, media_type="text/plain").races if r.results] == []
