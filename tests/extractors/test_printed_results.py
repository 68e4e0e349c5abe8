"""Printed results read by what their columns and tokens are (issue 13; docs/formats.md §7): a
results table with position and car number side by side, points, a race time, a lapped and a
retired row; lists with car numbers, rows run together on one line, classes on one line, names
alone under a results heading; a qualifying list and a cut-off last row left out. Fixtures are
invented pages."""

from pathlib import Path

import pytest

from extractors.article import document_for, extract_article
from extractors.inline_rows import split_inline_lists, split_name_list
from extractors.tables import resolve_numbers

FIXTURES = Path(__file__).parents[1] / "fixtures" / "articles"


def rounded(rows: list[tuple]) -> list[tuple]:
    """Seconds to the thousandth, so that the expected rows can be written as printed."""
    return [tuple(round(v, 3) if isinstance(v, float) else v for v in row) for row in rows]


def printed_races(name: str, media_type: str) -> list:
    return printed_races_of((FIXTURES / name).read_text(encoding="utf-8"), media_type)


def printed_races_of(text: str, media_type: str) -> list:
    extraction = extract_article(text, media_type=media_type)
    return [
        (race, [r for r in race.results if r.method != "narrative"])
        for race in extraction.races
        if any(r.method != "narrative" for r in race.results)
    ]


# The classification read right, every field of every row, the retired driver's included.
WHY_ROWS = [
    (1, "1", "17", "Mara Kessel", "DEU", "Blau Motorsport", 24, 3064.118, None, None, 25,
     "finished", None),
    (2, "2", "4", "Joris van Aalst", "NLD", "Polder Racing", 24, None, 2.314, "+2.314", 18,
     "finished", None),
    (3, "3", "31", "Tiago Ramos", "PRT", "Atlantico Team", 24, None, 65.95, "+1:05.950", 15,
     "finished", None),
    (4, "4", "8", "Lene Brandt", "CHE", "Alpen GP", 23, None, None, "+1 Lap", 12, "lapped",
     None),
    (None, "DNF", "22", "Sipho Dlamini", "ZAF", "Kaap Racing", 22, None, None, None, 0, "dnf",
     "Suspension"),
]  # fmt: skip


def why_fields(rows: list) -> list[tuple]:
    """The fields WHY_ROWS lists, of result rows."""
    return rounded([
        (r.position, r.position_text, r.car_number, r.driver, r.nation, r.team, r.laps,
         r.time_s, r.gap_s, r.gap_text, r.points, r.status, r.status_detail)
        for r in rows
    ])  # fmt: skip


def test_the_table_reads_position_number_points_time_and_the_retired_row():
    ((_, rows),) = printed_races("printed_classification.html", "text/html")
    assert why_fields(rows) == WHY_ROWS
    assert rows[0].time_text == "51:04.118"


def test_the_same_table_flattened_to_text_reads_alike():
    text = (FIXTURES / "printed_classification.html").read_text(encoding="utf-8")
    cells = [
        line.replace("</td><td>", " | ").replace("</th><th>", " | ")
        for line in text.splitlines()
        if line.startswith("<tr>")
    ]
    flat = "Lakeside 200\n\nRace results\n\n" + "\n".join(
        "| " + line.removeprefix("<tr><th>").removeprefix("<tr><td>").removesuffix(
            "</td></tr>").removesuffix("</th></tr>") + " |"
        for line in cells
    )  # fmt: skip
    (race,) = extract_article(flat, media_type="text/plain").races
    assert [(r.position, r.car_number, r.driver, r.points, r.status) for r in race.results] == [
        (1, "17", "Mara Kessel", 25, "finished"), (2, "4", "Joris van Aalst", 18, "finished"),
        (3, "31", "Tiago Ramos", 15, "finished"), (4, "8", "Lene Brandt", 12, "lapped"),
        (None, "22", "Sipho Dlamini", 0, "dnf"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("kinds", "body", "resolved"),
    [
        (["position", "number"], [["1", "17"], ["2", "4"], ["3", "31"]], ["position", "number"]),
        (["position", "driver"], [["17", "A"], ["4", "B"], ["31", "C"]], ["position", "driver"]),
        (["number", "driver"], [["1", "A"], ["2", "B"], ["3", "C"]], ["position", "driver"]),
        (["position", "position"], [["17", "1"], ["4", "2"]], ["number", "position"]),
    ],
)
def test_position_or_car_number_by_whether_the_column_counts(kinds, body, resolved):
    assert resolve_numbers(kinds, body) == resolved


def test_list_shapes_each_make_their_race():
    races = printed_races("printed_lists.txt", "text/plain")
    got = [
        (
            race.name,
            rounded([(r.position, r.driver, r.car_number, r.nation, r.gap_s) for r in rows]),
        )
        for race, rows in races
    ]
    assert got == [  # in the order the page prints them
        ("Modified Division", [(1, "Ole Brandvik", "7", None, None),
                               (2, "Pete Harlow", "87Z", None, None),
                               (3, "Sam Ortega", "52JR", None, None)]),
        ("Race", [(1, "Al Pine", None, None, None), (2, "Bo Reed", None, None, None),
                  (3, "Cy Dow", None, None, None), (4, "Dan Eskew", None, None, None)]),
        ("25-lap feature", [(1, "Hal Ferris", None, None, None), (2, "Ike Gomez", None, None, None),
                            (3, "Jay Hollins", None, None, None),
                            (4, "Kip Ivers", None, None, None)]),
        ("125cc", [(1, "Luis Mora", None, None, None), (2, "Rui Nunes", None, None, None),
                   (3, "Tito Pardo", None, None, None)]),
        ("2. Lauf", [(1, "Max Reiter", None, None, None), (2, "Udo Sommer", None, None, None),
                     (3, "Veit Tanner", None, None, None)]),
        # the last row, cut off by the end of the page ("5.Pim Vo"), is left out
        ("Sprint", [(1, "Milan Kovac", None, "HRV", None), (2, "Lars Berg", None, "SWE", 6.518),
                    (3, "Jan Vos", None, "NLD", 9.839), (4, "Ivo Zlatev", None, "BGR", 14.388)]),
    ]  # fmt: skip


def test_a_qualifying_list_under_its_heading_is_no_result():
    races = printed_races("printed_lists.txt", "text/plain")
    assert all(race.session != "qualifying" for race, _ in races)


@pytest.mark.parametrize(
    ("text", "lead_in", "rows"),
    [
        ("1 Al Pine  2 Bo Reed 3Cy Dow", "", ["1 Al Pine", "2 Bo Reed", "3Cy Dow"]),
        ("Final: 1. A. Vos, 2. B. Lee, 3. C. Dow.", "Final",
         ["1. A. Vos", "2. B. Lee", "3. C. Dow"]),
        ("Heat 1: 1. Ann Lee, 2. Bo Kim, 3. Cy Diaz, 3. Di Roe, 5. Ed Fox", "Heat 1",
         ["1. Ann Lee", "2. Bo Kim", "3. Cy Diaz", "3. Di Roe", "5. Ed Fox"]),
        ("1. run: 1. Ann Lee (Club A), 2. Bo Kim, ... 5. Ed Fox", "1. run",
         ["1. Ann Lee (Club A)", "2. Bo Kim", "5. Ed Fox"]),
        ("1.Ann Lee GER 40 Punkte, 2.Bo Kim AUT 31 P.", "",
         ["1.Ann Lee GER 40 Punkte", "2.Bo Kim AUT 31 P"]),
        ("Minis: 1. A.Vos - 2. B.Lee - 3. C.Dow - 5. D.Roe - 6. E.Fox", "Minis",
         ["1. A.Vos", "2. B.Lee", "3. C.Dow", "5. D.Roe", "6. E.Fox"]),
    ],
)  # fmt: skip
def test_rows_run_together_are_split_by_their_counting_numbers(text, lead_in, rows):
    (found,) = split_inline_lists(text)
    assert (found.lead_in, [r.text for r in found.rows]) == (lead_in, rows)
    assert all(text[r.start : r.start + len(r.text)] == r.text for r in found.rows)


@pytest.mark.parametrize(
    "text", ["Saturday July 21, 2001", "Pits open at 3 PM and 5 Gates", "Klasse 2 / 27 Starter"]
)
def test_numbers_that_do_not_count_from_one_are_no_rows(text):
    assert split_inline_lists(text) == []


def test_a_place_left_out_between_rows_of_other_punctuation_ends_the_list():
    (found,) = split_inline_lists(
        "Minis: 1. A.Vos - 2. B.Lee - 3. C.Dow. Then 5. D.Roe won a prize"
    )
    assert [r.text for r in found.rows] == ["1. A.Vos", "2. B.Lee", "3. C.Dow"]


def test_a_class_and_its_finishers_on_one_line():
    label, rows = split_name_list("Juniors: Ann Lee, Ben Cho, Cal Dunn")
    assert (label, [r.text for r in rows]) == ("Juniors", ["Ann Lee", "Ben Cho", "Cal Dunn"])
    assert split_name_list("Heat winners: Ann Lee, Ben Cho") is None


def test_names_alone_under_a_results_heading_are_a_result_list():
    text = "Club night\n\nResults:\n- Ann Lee\n- Ben Cho\n- Cal Dunn\n\nThanks for coming."
    (race,) = extract_article(text, media_type="text/plain").races
    assert [(r.position, r.driver) for r in race.results] == [
        (1, "Ann Lee"),
        (2, "Ben Cho"),
        (3, "Cal Dunn"),
    ]


def test_names_alone_without_a_results_heading_are_no_result_list():
    text = "Thanks to our marshals\n\nOur helpers today:\n- Ann Lee\n- Ben Cho\n- Cal Dunn\n"
    assert extract_article(text, media_type="text/plain").races == []


def test_car_numbers_that_do_not_count_are_no_positions():
    text = "Feature results\n\n#27 Ann Lee – +0.512\n#4 Ben Cho – +1.204\n#31 Cal Dunn – +3.881\n"
    (race,) = extract_article(text, media_type="text/plain").races
    assert [(r.position, r.car_number, r.driver) for r in race.results] == [
        (1, "27", "Ann Lee"),
        (2, "4", "Ben Cho"),
        (3, "31", "Cal Dunn"),
    ]


def test_state_codes_after_a_name_are_no_nations():
    text = (
        "Kart cup, first heat\n\nResults\n\n"
        "1º) Ana Leal (SP), 11 voltas\n2º) Rui Prado (PR), a 1s602\n3º) Ivo Reis (RJ), a 2s293\n"
    )
    (race,) = extract_article(text, media_type="text/plain").races
    assert [(r.position, r.driver, r.nation, r.gap_s) for r in race.results] == [
        (1, "Ana Leal", None, None), (2, "Rui Prado", None, 1.602), (3, "Ivo Reis", None, 2.293)
    ]  # fmt: skip


def test_a_list_a_sentence_announces_as_the_grid_is_no_result():
    text = (
        "Club night report\n\nQualifying set the grid as follows:\n"
        "1. Ann Lee\n2. Ben Cho\n3. Cal Dunn\n\nFinal\n1. Ben Cho\n2. Ann Lee\n3. Cal Dunn\n"
    )
    races = extract_article(text, media_type="text/plain").races
    assert [(race.name, [r.driver for r in race.results]) for race in races if race.results] == [
        ("Final", ["Ben Cho", "Ann Lee", "Cal Dunn"])
    ]


TAB_TABLE = (
    "Pos\tNo.\tDriver\tNat\tTeam\tLaps\tTime/Gap\tPts\n"
    "1\t17\tMara Kessel\tGER\tBlau Motorsport\t24\t51:04.118\t25\n"
    "2\t4\tJoris van Aalst\tNED\tPolder Racing\t24\t+2.314\t18\n"
    "3\t31\tTiago Ramos\tPOR\tAtlantico Team\t24\t+1:05.950\t15\n"
    "4\t8\tLene Brandt\tSUI\tAlpen GP\t23\t+1 Lap\t12\n"
    "DNF\t22\tSipho Dlamini\tRSA\tKaap Racing\t22\tSuspension\t0\n"
)
ALIGNED_TABLE = (
    "Pos  No.  Driver           Nat  Team             Laps  Time/Gap   Pts\n"
    "1    17   Mara Kessel      GER  Blau Motorsport  24    51:04.118  25\n"
    "2    4    Joris van Aalst  NED  Polder Racing    24    +2.314     18\n"
    "3    31   Tiago Ramos      POR  Atlantico Team   24    +1:05.950  15\n"
    "4    8    Lene Brandt      SUI  Alpen GP         23    +1 Lap     12\n"
    "DNF  22   Sipho Dlamini    RSA  Kaap Racing      22    Suspension 0\n"
)


@pytest.mark.parametrize("table", [TAB_TABLE, ALIGNED_TABLE], ids=["tabs", "aligned"])
def test_the_table_flattened_with_tabs_or_aligned_spaces_reads_alike(table):
    text = f"Lakeside 200: Kessel wins\n\nCookie settings\n\nRace results\n\n{table}\nShare this\n"
    ((_, rows),) = printed_races_of(text, "text/plain")
    assert why_fields(rows) == WHY_ROWS  # the retired row's long reason eats a column gap


def test_a_markdown_table_without_its_leading_pipes():
    text = (
        "Invented Cup, round 4\n\nPos. | No. | Nombre | Diff |\n---|---|---|---|\n"
        "1 | 14 | Ana Leal | 38:01.110 |\n2 | 88 | Rui Prado Jr. | 1.694 |\n"
        "3 | 22 | Ivo Reis | 7.694 |\n"
    )
    (race,) = extract_article(text, media_type="text/plain").races
    assert rounded([(r.position, r.car_number, r.driver, r.gap_s) for r in race.results]) == [
        (1, "14", "Ana Leal", None), (2, "88", "Rui Prado Jr.", 1.694), (3, "22", "Ivo Reis", 7.694)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Classement 500 : 1er Ann Lee, 2ème Ben Cho et 3ème Cal Dunn",
         [(1, "Ann Lee", None), (2, "Ben Cho", None), (3, "Cal Dunn", None)]),
        ("Gara 1: 1. Ann Lee (Team Blu) 22 giri in 27’02”879; 2. Ben Cho (Team Blu) a 4”902; "
         "3. Cal Dunn (Rosso) a 8”950",
         [(1, "Ann Lee", 1622.879), (2, "Ben Cho", 4.902), (3, "Cal Dunn", 8.95)]),
    ],
)  # fmt: skip
def test_ordinals_and_typewriter_times_in_run_together_rows(text, rows):
    (race,) = extract_article(f"Invented report\n\n{text}\n", media_type="text/plain").races
    got = [(r.position, r.driver, r.time_s if r.position == 1 else r.gap_s) for r in race.results]
    assert rounded(got) == rows


def test_rows_run_together_over_wrapped_lines_read_as_one_list():
    text = (
        "Invented report\n\n"
        "RACE 1 CLASSIFICATION: 1. Ann Lee (Team Blu) 22 laps in 27'02.879; 2. Ben Cho\n"
        "(Team Blu) +4.902; 3. Cal Dunn (Rosso) +8.950; 4.\n"
        "Dag Eide (Rosso) +9.474; 5. Eva Lund (Verde) +22.242; 6. “Fox” (Verde\n"
    )
    (race,) = extract_article(text, media_type="text/plain").races
    assert rounded([(r.position, r.driver, r.gap_s) for r in race.results]) == [
        (1, "Ann Lee", None), (2, "Ben Cho", 4.902), (3, "Cal Dunn", 8.95),
        (4, "Dag Eide", 9.474), (5, "Eva Lund", 22.242),
    ]  # fmt: skip


def test_team_entries_keyed_on_the_entrant_with_their_crews():
    ((_, rows),) = printed_races("printed_team_entries.txt", "text/plain")
    assert [(r.position, r.driver, r.car, r.car_number, r.crew, r.laps) for r in rows] == [
        (1, "Porsche 911 GT3 R #14", "Porsche 911 GT3 R", "14", ["Lind", "Okafor", "VAN DAM"], 301),
        (2, "Ferrari 488 GT3 #7", "Ferrari 488 GT3", "7", ["Moretti", "Ruiz", "Aalto"], 301),
        (3, "Audi R8 LMS #61", "Audi R8 LMS", "61", ["Kovacs", "de Smet"], 299),
    ]  # fmt: skip  (the fourth entry, cut off by the end of the page, is left out)


def test_a_crew_in_brackets_after_the_entrant():
    text = (
        "Team race results\n\n"
        "#7 Apex Racing (Lee, Kim, Diaz) 42 laps\n#12 Kite GP (Roe, Fox, Ode) +4.120\n"
    )
    (race,) = extract_article(text, media_type="text/plain").races
    assert [(r.position, r.car_number, r.driver, r.crew) for r in race.results] == [
        (1, "7", "Apex Racing", ["Lee", "Kim", "Diaz"]), (2, "12", "Kite GP", ["Roe", "Fox", "Ode"])
    ]  # fmt: skip


ENTRY_LIST = "L. Berg (Berg_77 / SWEDEN); P. Novak (PN_cz / CZE); Ana Leal (ana_l / Portugal)"


@pytest.mark.parametrize(
    ("content", "media_type"),
    [
        (f"Invented Cup: who races on Sunday\n\nThe entry list:\n{ENTRY_LIST}\n\nShare this.\n",
         "text/plain"),
        (f"<html><body><nav><a href='/'>Home</a></nav><article><h1>Who races on Sunday</h1>"
         f"<p>The entry list:</p><p>{ENTRY_LIST}</p></article>"
         f"<footer>Sign up to comment</footer></body></html>", "text/html"),
    ],
)  # fmt: skip
def test_an_entry_list_gives_driver_nations_and_no_results(content, media_type):
    extraction = extract_article(content, media_type=media_type)
    assert all(not race.results for race in extraction.races)
    assert [(d.driver, d.nation) for d in extraction.driver_nations] == [
        ("L. Berg", "SWE"), ("P. Novak", "CZE"), ("Ana Leal", "PRT")
    ]  # fmt: skip
    assert all(d.evidence.text in content for d in extraction.driver_nations)


def test_a_team_glued_to_the_name_and_a_last_row_cut_mid_name():
    text = "Race result\n\n1.Jan MeierTeam Blau +0.000\n2.Olaf BirkRacing Nord +1.204\n3.Pim"
    (race,) = extract_article(text, media_type="text/plain").races
    assert [(r.position, r.driver, r.team) for r in race.results] == [
        (1, "Jan Meier", "Team Blau"), (2, "Olaf Birk", "Racing Nord")
    ]  # fmt: skip


def test_a_club_in_brackets_is_the_team_and_two_names_a_driver_s_club():
    text = "Heat 1: 1. Ana Leal (AMK Dubnica), 2. Rui Prado (Prado, Nova Vila), 3. Ivo Reis (SP)\n"
    (race,) = extract_article(f"Invented report\n\n{text}", media_type="text/plain").races
    assert [(r.driver, r.team, r.crew) for r in race.results] == [
        ("Ana Leal", "AMK Dubnica", []),
        ("Rui Prado", "Prado, Nova Vila", []),
        ("Ivo Reis", None, []),
    ]


CLASS_TABLE_PAGE = """<html><head><title>Invented 6 Hours</title></head><body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<div class="cookie-banner">We use cookies. <button>OK</button></div>
<article><h1>Apex Racing take the Invented 6 Hours</h1>
<p>Apex Racing won after six hours, Nord GT took the GT class.</p>
<h2>Race results</h2>
<table><tr><th>Pos</th><th>No.</th><th>Team</th><th>Drivers</th><th>Laps</th><th>Gap</th></tr>
<tr><td colspan="6">LMP2</td></tr>
<tr><td>1</td><td>7</td><td>Apex Racing</td><td>Ann Lee / Bo Kim / Cy Diaz</td><td>180</td>
<td>6:00:13.456</td></tr>
<tr><td>2</td><td>12</td><td>Kite GP</td><td>Dan Roe / Eve Fox</td><td>180</td><td>+4.120</td></tr>
<tr><td colspan="6">GT</td></tr>
<tr><td>3</td><td>91</td><td>Nord GT</td><td>Ida Holm / Jon Berg</td><td>171</td>
<td>+9 Laps</td></tr>
<tr><td>DNF</td><td>64</td><td>Sud GT</td><td>Kai Ode / Lu Pim</td><td>150</td><td>Gearbox</td></tr>
</table></article>
<aside class="related"><ul><li><a href="/a">Other race</a></li>
<li><a href="/b">More</a></li></ul></aside>
<footer>Comments are closed.</footer></body></html>"""


def test_class_rows_of_an_html_table_make_their_own_classifications_of_team_entries():
    extraction = extract_article(CLASS_TABLE_PAGE, media_type="text/html")
    got = [
        (race.name, [(r.position, r.car_number, r.driver, r.crew, r.status, r.status_detail)
                     for r in race.results if r.method == "table"])
        for race in extraction.races
        if any(r.method == "table" for r in race.results)
    ]  # fmt: skip
    assert got == [
        ("Race LMP2", [(1, "7", "Apex Racing", ["Ann Lee", "Bo Kim", "Cy Diaz"], "finished", None),
                       (2, "12", "Kite GP", ["Dan Roe", "Eve Fox"], "finished", None)]),
        ("Race GT", [(1, "91", "Nord GT", ["Ida Holm", "Jon Berg"], "finished", None),
                     (None, "64", "Sud GT", ["Kai Ode", "Lu Pim"], "dnf", "Gearbox")]),
    ]  # fmt: skip


WIKI_ENTRY_TABLE = (
    "Invented Nations Cup – the entries\n\nEight nations send a team.\n\n"
    "| Team | No. | Driver |\n|---|---|---|\n"
    "| SWE Team Sweden | 7 | Lars Berg |\n| NOR Team Norway | 12 | Ola Dahl |\n"
    "| GER Kite Racing | 3 | Ivo Reis |\n\nShare this article\n"
)


def test_a_wiki_style_entry_table_gives_driver_nations_and_no_results():
    extraction = extract_article(WIKI_ENTRY_TABLE, media_type="text/plain")
    assert all(not race.results for race in extraction.races)
    assert [(d.driver, d.nation, d.evidence.text) for d in extraction.driver_nations] == [
        ("Lars Berg", "SWE", "| SWE Team Sweden | 7 | Lars Berg |"),
        ("Ola Dahl", "NOR", "| NOR Team Norway | 12 | Ola Dahl |"),
    ]  # a club's flag ('GER Kite Racing') says nothing of its driver's nation


def test_an_html_roster_with_a_nation_column_gives_driver_nations_and_no_results():
    page = (
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        "<h1>Who races in the Invented Cup</h1><p>The roster for the season opener.</p>"
        "<table><tr><th>Driver</th><th>Nat.</th><th>Car</th></tr>"
        "<tr><td>Ana Leal</td><td>POR</td><td>Porsche 911 GT3 R</td></tr>"
        "<tr><td>Kaj de Bruin</td><td><img src='nl.png' alt='Netherlands'></td>"
        "<td>Audi R8 LMS</td></tr></table></article>"
        "<footer>Sign up to comment</footer></body></html>"
    )
    extraction = extract_article(page, media_type="text/html")
    assert all(not race.results for race in extraction.races)
    assert [(d.driver, d.nation) for d in extraction.driver_nations] == [
        ("Ana Leal", "PRT"), ("Kaj de Bruin", "NLD")
    ]  # fmt: skip


def test_a_driver_header_over_flag_and_name_columns_reads_both():
    page = (
        "<html><body><div class='cookie-banner'>We use cookies</div><article>"
        "<h1>Invented GP report</h1><p>Ribeiro won from Berg and Wen after a late safety car.</p>"
        "<h2>Race results</h2><table><tr><th>Pos</th><th colspan='2'>Driver</th><th>Team</th>"
        "<th>Time</th><th>Interval</th></tr>"
        "<tr><td>1</td><td><img alt='Portugal' src='pt.svg'></td><td>Ana Ribeiro</td>"
        "<td rowspan='2'>Apex GP</td><td>51:04.118</td><td></td></tr>"
        "<tr><td>2</td><td><img alt='Norway' src='no.svg'></td><td>Tomas Berg</td>"
        "<td>+2.314</td><td>+2.314</td></tr>"
        "<tr><td>3</td><td><img alt='China' src='cn.svg'></td><td>Li Wen</td><td>Nord Team</td>"
        "<td>+3.000</td><td>+0.686</td></tr></table></article></body></html>"
    )
    ((_, rows),) = printed_races_of(page, "text/html")
    assert rounded([(r.position, r.driver, r.nation, r.team, r.time_s, r.gap_s) for r in rows]) == [
        (1, "Ana Ribeiro", "PRT", "Apex GP", 3064.118, None),
        (2, "Tomas Berg", "NOR", "Apex GP", None, 2.314),
        (3, "Li Wen", "CHN", "Nord Team", None, 3.0),
    ]  # fmt: skip  (the interval column is the gap to the car ahead, never the gap to the winner)


def test_a_class_heading_above_each_table_names_its_classification():
    page = (
        "<html><body><nav class='menu'><a href='/'>Home</a></nav><article>"
        "<h1>Invented 6 Hours</h1><p>Apex won overall after six hours; Nord took the GT class.</p>"
        "<h2>Race results</h2><h3>LMP2</h3>"
        "<table><tr><th>Pos</th><th>No.</th><th>Driver</th><th>Laps</th><th>Gap</th></tr>"
        "<tr><td>1</td><td>7</td><td>Ann Lee</td><td>180</td><td>6:00:13.456</td></tr>"
        "<tr><td>2</td><td>12</td><td>Dan Roe</td><td>180</td><td>+4.120</td></tr></table>"
        "<h3>GT</h3>"
        "<table><tr><th>Pos</th><th>No.</th><th>Driver</th><th>Laps</th><th>Gap</th></tr>"
        "<tr><td>1</td><td>91</td><td>Ida Holm</td><td>171</td><td>6:01:13.456</td></tr>"
        "<tr><td>2</td><td>64</td><td>Kai Ode</td><td>170</td><td>+1 Lap</td></tr></table>"
        "</article><footer>Comments</footer></body></html>"
    )
    got = [
        (race.name, [(r.position, r.driver, r.status) for r in rows])
        for race, rows in printed_races_of(page, "text/html")
    ]
    assert got == [
        ("LMP2", [(1, "Ann Lee", "finished"), (2, "Dan Roe", "finished")]),
        ("GT", [(1, "Ida Holm", "finished"), (2, "Kai Ode", "lapped")]),
    ]


def test_a_preformatted_table_on_an_html_page_reads_alike():
    page = (
        "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/r'>Results</a></li>"
        "</ul></nav><article><h1>Lakeside 200: Kessel wins</h1>"
        "<p>Kessel led every lap of the Lakeside 200.</p><h2>Race results</h2>"
        f"<pre>{ALIGNED_TABLE}</pre></article><footer>Share this</footer></body></html>"
    )
    ((_, rows),) = printed_races_of(page, "text/html")
    assert why_fields(rows) == WHY_ROWS


@pytest.mark.parametrize("heading", ["Qualifying results", "Fastest laps", "Starting grid"])
def test_a_table_of_qualifying_or_lap_times_is_no_result(heading):
    text = (
        f"Invented GP report\n\n{heading}\n\n| Pos | Driver | Lap | Time |\n|---|---|---|---|\n"
        "| 1 | Ana Ribeiro | 12 | 1:45.118 |\n| 2 | Tomas Berg | 9 | 1:45.314 |\n\n"
        "Race results\n\n| Pos | Driver | Time |\n|---|---|---|\n"
        "| 1 | Tomas Berg | 51:04.118 |\n| 2 | Ana Ribeiro | +2.314 |\n"
    )
    races = [
        (race.name, [r.driver for r in rows]) for race, rows in printed_races_of(text, "text/plain")
    ]
    assert races == [("Race", ["Tomas Berg", "Ana Ribeiro"])]


def test_a_two_column_pipe_table_with_only_closing_pipes_gives_one_race_per_title_row():
    text = (
        "Invented Oval, 3 May\n\nRain all night.\n"
        "22 cars | |\nHeat 1 | |\n---|---|\n1st | 71 Ann Lee |\n2nd | 4B Bo Kim |\n"
        "Final | |\n1st | K12 Cy Diaz |\n2nd | 71 Ann Lee |\n"
        "Home | News |\n"
    )
    races = extract_article(text, media_type="text/plain").races
    assert [(race.name, [(r.position, r.driver, r.car_number) for r in race.results])
            for race in races] == [
        ("Heat 1", [(1, "Ann Lee", "71"), (2, "Bo Kim", "4B")]),
        ("Final", [(1, "Cy Diaz", "K12"), (2, "Ann Lee", "71")]),
    ]  # fmt: skip


def test_a_lone_line_ending_in_a_pipe_is_no_table_row():
    doc = document_for("Berg wins at Lakeside | Invented News |\n\nBerg won the race.\n")
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"]


def test_an_html_table_titled_by_its_first_class_gives_each_class_its_own_gaps():
    html = (
        "<html><body><nav><a href='/'>Home</a></nav><article><h1>Invented Cup round 3</h1><p>"
        + "Lee won the race after a long fight. " * 4
        + "</p><table><tr><td colspan='4'>GT3</td></tr>"
        "<tr><td>Pos</td><td>Driver</td><td>Car</td><td>Gap</td></tr>"
        "<tr><td>1</td><td>Ann Lee</td><td>Porsche 911</td><td>30:01.100</td></tr>"
        "<tr><td>2</td><td>Bo Kim</td><td>BMW M4</td><td>+1.200</td></tr>"
        "<tr><td colspan='4'>GT4</td></tr>"
        "<tr><td>1</td><td>Cy Diaz</td><td>Aston Martin Vantage</td><td>31:00.000</td></tr>"
        "<tr><td>2</td><td>Dag Eide</td><td>BMW M4</td><td>+4.000</td></tr>"
        "</table></article><footer>Share</footer></body></html>"
    )
    races = printed_races_of(html, "text/html")
    assert [
        (race.name, rounded([(r.position, r.driver, r.car, r.time_s, r.gap_s) for r in rows]))
        for race, rows in races
    ] == [
        ("GT3", [(1, "Ann Lee", "Porsche 911", 1801.1, None), (2, "Bo Kim", "BMW M4", None, 1.2)]),
        ("GT4", [(1, "Cy Diaz", "Aston Martin Vantage", 1860.0, None),
                 (2, "Dag Eide", "BMW M4", None, 4.0)]),
    ]  # fmt: skip
