"""Printed lists in shapes learned from reports the extractor had never seen (issue 13, round 5):
classes run together in one paragraph, each counting from 1 again, one with its first place left
unprinted; crews named in full, slashed inside a sentence. Sentences and pages are invented."""

from extractors.article import extract_article
from extractors.inline_rows import split_inline_lists
from extractors.result_lists import parse_row_text


def rows_of(text: str) -> list[tuple[str, list[tuple[int | None, str]]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (race.name, [(r.position, r.driver) for r in race.results if r.method != "narrative"])
        for race in extraction.races
        if any(r.method != "narrative" for r in race.results)
    ]


CLASSES = (
    "Rain stopped the rally early.\n\n"
    "In the classes the final order was as follows: N2: 1) Ann Lee y 2) Bo Kim; "
    "N3: 1) Cy Dow, 2) Di Roe y 3) Ed Fox; N3-L: Fay Orr, 2) Gus Pitt (h) y 3) Hal Quin; "
    "Open class: 1) Ivy Ray, "
    "2) Jo Sims, 3) Kit Todd y 4) Lu Vance.\n\nThe next round is in May."
)


def test_classes_run_together_each_count_from_one_again():
    lists = split_inline_lists(CLASSES.split("\n\n")[1])
    assert [(found.lead_in, len(found.rows)) for found in lists] == [
        ("N2", 2), ("N3", 3), ("N3-L", 3), ("Open class", 4)
    ]  # fmt: skip


def test_each_class_of_one_paragraph_is_its_own_race():
    assert rows_of(CLASSES) == [
        ("N2", [(1, "Ann Lee"), (2, "Bo Kim")]),
        ("N3", [(1, "Cy Dow"), (2, "Di Roe"), (3, "Ed Fox")]),
        ("N3-L", [(1, "Fay Orr"), (2, "Gus Pitt"), (3, "Hal Quin")]),
        ("Open class", [(1, "Ivy Ray"), (2, "Jo Sims"), (3, "Kit Todd"), (4, "Lu Vance")]),
    ]


def test_a_tie_is_no_count_going_back_across_a_class():
    # '3) C; B: 1) D, 2) E, 3) F': the second '3)' opens nothing of the first list
    text = "A: 1) Al Lee, 2) Bo Kim, 3) Cy Dow; B: 1) Di Roe, 2) Ed Fox"
    (first, second) = split_inline_lists(text)
    assert [r.text for r in first.rows] == ["1) Al Lee", "2) Bo Kim", "3) Cy Dow"]
    assert (second.lead_in, [r.text for r in second.rows]) == ("B", ["1) Di Roe", "2) Ed Fox"])


def test_a_lone_unnumbered_name_before_a_two_is_not_a_list():
    assert split_inline_lists("Fans: Ann Lee, 2) the weather") == []


def test_a_son_told_from_his_father_keeps_his_mark():
    assert parse_row_text("2) Gus Pitt (h)").driver == "Gus Pitt (h)"
    assert parse_row_text("2) Gus Pitt (Kite GP)").driver == "Gus Pitt"


def test_a_crew_named_in_full_is_keyed_on_its_first_named_driver():
    row = parse_row_text("2) Ann Lee/Bo Kim")
    assert (row.position, row.driver, row.crew) == (2, "Ann Lee", ("Ann Lee", "Bo Kim"))
    surnames = parse_row_text("2. Detz / Vogel (4,4,3) 11")
    assert (surnames.driver, surnames.crew) == ("Detz / Vogel", ("Detz", "Vogel"))


CODES = (
    "Class 2 final\n\n"
    "Ann Lee (AB12) led from the start, with Bo Kim (K77) and Cy Dow (NS443) close behind. "
    "Dan Roe (W20) retired on lap two; Ed Fox (SV101) crossed the line second but was excluded.\n\n"
    "1st AB12 2nd K77 3rd NS443 4th XX99 DNF W20 EXCL SV101"
)


def test_car_codes_in_a_list_read_as_the_drivers_the_text_names_with_them():
    (race,) = extract_article(CODES, media_type="text/plain").races
    listed = [
        (r.position, r.driver, r.car_number, r.status) for r in race.results if r.method == "list"
    ]
    assert listed == [
        (1, "Ann Lee", "AB12", "finished"),
        (2, "Bo Kim", "K77", "finished"),
        (3, "Cy Dow", "NS443", "finished"),
        (None, "Dan Roe", "W20", "dnf"),
        (None, "Ed Fox", "SV101", "dsq"),
    ]  # 'XX99' is named nowhere: no driver, no row


def test_statuses_after_the_last_place_are_rows_of_their_own():
    (found,) = split_inline_lists("1st AB12 2nd K77 DNF W20 EXCL SV101")
    assert [r.text for r in found.rows] == ["1st AB12", "2nd K77", "DNF W20", "EXCL SV101"]


ROSTER_AND_TABLES = (
    "Season review\n\n"
    "Drivers Championship:\n"
    "1. AL_Racer7 // 92 points\n2. bokim99 // 70 points\n3. Cy_D // 62 points\n"
    "Teams Championship\n"
    "1. Kite Blue // 116 points\n2. Apex Red // 92 points\n"
    "1. AL_Racer7 // 92 points\n2. bokim99 // 70 points\n3. Cy_D // 62 points\n"
    "Teams Championship\n"
    "1. Kite Blue // 116 points\n2. Apex Red // 92 points\n\n"
    "Drivers:\n"
    "AL_Racer7 - Germany - #23 - Kite Blue - Nissan\n"
    "bokim99 - Italy - #11 - Apex Red - Honda\n"
)


def test_standings_printed_twice_are_read_once():
    extraction = extract_article(ROSTER_AND_TABLES, media_type="text/plain")
    assert [(s.position, s.points) for s in extraction.standings] == [
        (1, 92), (2, 70), (3, 62), (1, 116), (2, 92)
    ]  # fmt: skip


def test_a_roster_without_places_or_times_gives_nations_not_results():
    extraction = extract_article(ROSTER_AND_TABLES, media_type="text/plain")
    assert [r for race in extraction.races for r in race.results if r.method == "list"] == []
    pairs = {(n.driver, n.nation) for n in extraction.driver_nations}
    assert {("AL_Racer7", "DEU"), ("bokim99", "ITA")} <= pairs


def test_an_online_id_leading_a_row_is_its_driver_the_name_after_it_its_team():
    row = parse_row_text("AL_Racer7 - Germany - #23 - Kite Blue - Nissan")
    assert (row.driver, row.team, row.nation, row.car_number) == (
        "AL_Racer7", "Kite Blue", "DEU", "23"
    )  # fmt: skip


def test_a_class_label_with_its_number_heads_the_list_below_it():
    text = (
        "Round three results\nGrupa 1\n1. Ann Lee\n2. Bo Kim\n3. Cy Dow\n"
        "Grupa 2\n1. Di Roe\n2. Ed Fox\n3. Fay Orr\nFollow us for more."
    )
    assert rows_of(text) == [
        ("Grupa 1", [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Dow")]),
        ("Grupa 2", [(1, "Di Roe"), (2, "Ed Fox"), (3, "Fay Orr")]),
    ]


def test_two_drivers_sharing_one_printed_place_are_two_rows_and_the_count_goes_on():
    text = "Standings\n\nOverall: 1. Lee 106 punti; 2. Kim 86; 3. Dow e Roe 36; 5. Fox 31."
    extraction = extract_article(text, media_type="text/plain")
    assert [(s.position, s.driver, s.points) for s in extraction.standings] == [
        (1, "Lee", 106), (2, "Kim", 86), (3, "Dow", 36), (3, "Roe", 36), (5, "Fox", 31)
    ]  # fmt: skip


def test_an_ordinal_heading_over_a_list_is_no_row_and_a_row_cut_by_the_page_is_dropped():
    text = "The heats went as follows:\n1º HEAT\n1 Ann Lee (Kite)\n2 Bo Kim\n3 Cy Dow\n4 Di"
    assert [rows for _, rows in rows_of(text)] == [[(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Dow")]]


def test_clock_times_under_three_minutes_are_a_result_when_nothing_says_qualifying():
    # a hillclimb, sprint or slalom prints each driver's run as a clock time, no gaps
    runs = "Hillclimb results\n1. Ann Lee 1:49.91\n2. Bo Kim 1:50.20\n3. Cy Dow 1:51.04\n"
    assert [rows for _, rows in rows_of(runs)] == [[(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Dow")]]
    runs = "Hillclimb results\n1. Ann Lee 49.91s\n2. Bo Kim 50.20s\n3. Cy Dow 51.04s\n"
    assert [rows for _, rows in rows_of(runs)] == [[(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Dow")]]


def test_a_grid_announced_by_a_sentence_left_open_is_no_result():
    text = (
        "Only four started. Following the lap times the starting grid was set in this order\n"
        "1°-A.Lee\n2°-B.Kim\n3°-C.Dow\n4°-D.Roe\n"
        "The race was clean and Lee won.\n"
        "After 15 laps the finishing order is:\n"
        "1°-A.Lee\n2°-C.Dow\n3°-B.Kim\n4°-D.Roe\n"
    )
    assert [rows for _, rows in rows_of(text)] == [
        [(1, "A.Lee"), (2, "C.Dow"), (3, "B.Kim"), (4, "D.Roe")]
    ]


def test_a_place_closing_the_row_and_a_maker_and_team_in_brackets():
    row = parse_row_text("Ann Lee – Kite Elantra TCR (Hyundai / Apex Motorsport) – 2nd place")
    assert (row.position, row.driver, row.car, row.team, row.crew) == (
        2, "Ann Lee", "Kite Elantra TCR", "Hyundai / Apex Motorsport", ()
    )  # fmt: skip


def test_a_caption_printed_twice_is_no_list():
    text = "Club report\n\nApex Racing Team - Kite GT3\nApex Racing Team - Kite GT3\n\nA fine day."
    assert rows_of(text) == []
