"""Whole invented articles shaped like real sites: a WordPress blog, an official series page with
flag images and a standings table, an AMP news page with semi-finals and a repechage, localized
editions (it, es, pt, fr, de), a nations team event, odd tables, a markdown export, pipe/tab/colon
lines and a page full of furniture (docs/formats.md §1-§6). Expected rows are the rows written
into each fixture."""

from pathlib import Path

import pytest

from extractors.article import extract_article

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "articles"


def extract(name: str):
    return extract_article((FIXTURES / name).read_bytes())


def structured(extraction):
    """Races with rows from lists and tables (prose facts are judged elsewhere)."""
    races = []
    for race in extraction.races:
        rows = [r for r in race.results if r.method != "narrative"]
        if rows:
            races.append((race, rows))
    return races


def rows_of(extraction, name: str) -> list[tuple]:
    (rows,) = [rows for race, rows in structured(extraction) if race.name == name]
    return [(r.position, r.driver, r.nation, r.gap_s, r.laps, r.status) for r in rows]


def standings_of(extraction) -> list[tuple]:
    return [(s.position, s.driver, s.nation, s.points) for s in extraction.standings]


def approx(rows: list[tuple]) -> list[tuple]:
    return [tuple(pytest.approx(v) if isinstance(v, float) else v for v in row) for row in rows]


def all_row_texts(extraction) -> list[str]:
    return [r.evidence.text for _, rows in structured(extraction) for r in rows]


# -- WordPress blog: <p> with <br> lines, <strong> names, "1st:" and "P1:" ordinals --------------


@pytest.fixture(scope="module")
def blog():
    return extract("blog_br_lines_ordinals.html")


def test_blog_br_lines_with_ordinals_are_rows_of_race_1(blog):
    assert rows_of(blog, "Race 1") == approx([
        (1, "Inês Carvalho", "PRT", None, 10, "finished"),
        (2, "Tomasz Wójcik", "POL", 1.204, None, "finished"),
        (3, "Kenji Arai", "JPN", 4.88, None, "finished"),
        (4, "Mathis Lefèvre", "FRA", 9.031, None, "finished"),
        (5, "Jonas Åberg", "SWE", None, None, "dnf"),
    ])  # fmt: skip


def test_blog_p1_colon_rows_with_codes_are_rows_of_race_2(blog):
    assert rows_of(blog, "Race 2") == approx([
        (1, "Inês Carvalho", "PRT", None, 12, "finished"),
        (2, "Tomasz Wójcik", "POL", 0.388, None, "finished"),
        (3, "Mathis Lefèvre", "FRA", 2.917, None, "finished"),
        (4, "Kenji Arai", "JPN", None, 11, "lapped"),
        (5, "Jonas Åberg", "SWE", None, None, "dsq"),
    ])  # fmt: skip


def test_blog_related_posts_and_comments_are_not_results(blog):
    assert [race.name for race, _ in structured(blog)] == ["Race 1", "Race 2"]
    assert not any("Round 3" in t or "Rafa" in t for t in all_row_texts(blog))


def test_blog_race_heading_gives_track_and_laps(blog):
    (race_1,) = [r for r in blog.races if r.name == "Race 1"]
    assert (race_1.track, race_1.laps) == ("Suzuka East", 10)


# -- official series page: <thead>, flag images under an empty header, team/car/points columns ---


@pytest.fixture(scope="module")
def series():
    return extract("series_tables_flags_standings.html")


def test_flag_image_column_without_header_gives_nations(series):
    assert [row[2] for row in rows_of(series, "Grand Final")] == [
        "JPN", "ITA", "NLD", "FRA", "IRL", "CHL"
    ]  # fmt: skip


def test_all_caps_surnames_take_the_article_full_name(series):
    assert [row[1] for row in rows_of(series, "Grand Final")] == [
        "Kenji Arai", "Luca Ferraro", "Pieter van Dijk", "Mathis Lefèvre", "Seán O'Hara",
        "Matías Soto",
    ]  # fmt: skip


def test_results_table_with_points_column_stays_results(series):
    assert [(r[0], r[3], r[4], r[5]) for r in rows_of(series, "Grand Final")] == approx([
        (1, None, 14, "finished"),
        (2, 2.614, 14, "finished"),
        (3, 5.1, 14, "finished"),
        (4, 11.452, 14, "finished"),
        (5, None, 13, "lapped"),
        (None, None, 6, "dnf"),
    ])  # fmt: skip


def test_team_and_car_columns(series):
    (final,) = [rows for race, rows in structured(series) if race.name == "Grand Final"]
    assert (final[0].team, final[0].car) == ("Kaze Racing", "Toyota GR010")


def test_standings_table_next_to_results_lands_in_standings(series):
    assert standings_of(series) == [
        (1, "Kenji Arai", "JPN", 142),
        (2, "Luca Ferraro", "ITA", 131),
        (3, "Mathis Lefèvre", "FRA", 97),
        (4, "Pieter van Dijk", "NLD", 95),
    ]


def test_link_lists_and_calendar_tables_are_not_races(series):
    assert [race.name for race, _ in structured(series)] == ["Grand Final"]


# -- AMP news page: several races (semi-finals, repechage, final, support race) ------------------


@pytest.fixture(scope="module")
def amp():
    return extract("amp_news_semis_repechage_final.html")


def test_amp_rows_attach_to_each_race_in_order(amp):
    assert [(race.name, len(rows)) for race, rows in structured(amp)] == [
        ("Semi-Final A", 4), ("Semi-Final B", 4), ("Repechage", 3), ("Grand Final", 6),
        ("Support race", 3),
    ]  # fmt: skip


def test_amp_gap_shapes(amp):
    assert rows_of(amp, "Semi-Final A") == approx([
        (1, "Kenji Arai", "JPN", None, 8, "finished"),
        (2, "Diego Ruiz", "ESP", 14.205, None, "finished"),
        (3, "Seán O'Hara", "IRL", 67.412, None, "finished"),
        (None, "Oskar Lind", "SWE", None, None, "dnf"),
    ])  # fmt: skip


def test_equal_gaps_keep_list_order(amp):
    assert rows_of(amp, "Semi-Final B") == approx([
        (1, "Luca Ferraro", "ITA", None, 8, "finished"),
        (2, "Inês Carvalho", "PRT", 0.684, None, "finished"),
        (3, "Mei Lin", "CHN", 0.684, None, "finished"),
        (4, "Rahul Varma", "IND", 65.95, None, "finished"),
    ])  # fmt: skip


def test_amp_repechage_with_na(amp):
    assert rows_of(amp, "Repechage") == approx([
        (1, "Oskar Lind", "SWE", None, 6, "finished"),
        (2, "Rahul Varma", "IND", 3.318, None, "finished"),
        (3, "Seán O'Hara", "IRL", None, None, "na"),
    ])  # fmt: skip


def test_amp_support_race_keeps_its_own_rows(amp):
    assert rows_of(amp, "Support race") == approx([
        (1, "Maya Okafor", "NGA", None, 5, "finished"),
        (2, "Felix Braun", "DEU", 2.318, None, "finished"),
        (3, "Tiago Nunes", "BRA", 3.87, None, "finished"),
    ])  # fmt: skip


# -- nations team event: nation first, driver in brackets, car in the row; initials later --------


@pytest.fixture(scope="module")
def team_event():
    return extract("nation_first_team_event.txt")


def test_nation_first_rows_give_driver_nation_and_car(team_event):
    (race, rows) = structured(team_event)[0]
    assert [(r.position, r.driver, r.nation, r.car, r.gap_s, r.status) for r in rows] == approx([
        (1, "Inês Carvalho", "PRT", "Porsche 911 RSR", None, "finished"),
        (2, "Kenji Arai", "JPN", "Toyota GR Supra Racing Concept", 0.912, "finished"),
        (3, "Tomasz Wójcik", "POL", "BMW M6 GT3", 3.455, "finished"),
        (4, "Jonas Åberg", "SWE", "Mazda RX-Vision GT3", None, "lapped"),
        (None, "Pieter van Dijk", "NLD", "Audi R8 LMS", None, "dnf"),
    ])  # fmt: skip


def test_initial_and_surname_rows_resolve_to_full_names(team_event):
    assert [row[1] for row in rows_of(team_event, "Sprint race")] == [
        "Inês Carvalho", "Kenji Arai", "Tomasz Wójcik", "Pieter van Dijk"
    ]  # fmt: skip


# -- localized editions -------------------------------------------------------------------------


def test_italian_degree_ordinals_comma_decimals_and_giri():
    extraction = extract("localized_it_gare_punti.html")
    assert rows_of(extraction, "Gara 1") == approx([
        (1, "Diego Ruiz", "ESP", None, 18, "finished"),
        (2, "Luca Ferraro", "ITA", 3.456, None, "finished"),
        (3, "Pieter van Dijk", "NLD", 62.118, None, "finished"),
        (4, "Felix Braun", "DEU", None, 17, "lapped"),
        (5, "Matteo Russo", "ITA", None, None, "dnf"),
    ])  # fmt: skip
    assert [r[3] for r in rows_of(extraction, "Gara 2")] == [
        None,
        pytest.approx(0.877),
        pytest.approx(5.21),
        pytest.approx(12.004),
    ]


def test_italian_punti_list_lands_in_standings():
    extraction = extract("localized_it_gare_punti.html")
    assert standings_of(extraction) == [
        (1, "Luca Ferraro", None, 68), (2, "Diego Ruiz", None, 61),
        (3, "Matteo Russo", None, 40), (4, "Felix Braun", None, 22.5),
    ]  # fmt: skip


def test_spanish_vueltas_and_puntos():
    extraction = extract("localized_es_vueltas_puntos.txt")
    (race, rows) = structured(extraction)[0]
    assert [(r.position, r.driver, r.nation, r.gap_s, r.status) for r in rows] == approx([
        (1, "Diego Ruiz", "ESP", None, "finished"),
        (2, "Tiago Nunes", "PRT", 0.512, "finished"),
        (3, "Lautaro Giménez", "ARG", 2.097, "finished"),
        (4, "Camila Rojas", "CHL", 64.33, "finished"),
        (5, "Álvaro Peña", "MEX", None, "lapped"),
        (6, "Bruno Costa", "BRA", None, "dnf"),
    ])  # fmt: skip
    assert [(s.driver, s.points) for s in extraction.standings] == [
        ("Diego Ruiz", 70), ("Lautaro Giménez", 58), ("Tiago Nunes", 51), ("Camila Rojas", 33)
    ]  # fmt: skip


def test_portuguese_table_with_localized_header_and_nations():
    extraction = extract("localized_pt_table_voltas.html")
    (race, rows) = structured(extraction)[0]
    assert [(r.position, r.driver, r.nation, r.gap_s, r.laps, r.status) for r in rows] == approx([
        (1, "Tiago Nunes", "BRA", None, 22, "finished"),
        (2, "Lautaro Giménez", "ARG", 1.744, 22, "finished"),
        (3, "Kenji Arai", "JPN", 6.09, 22, "finished"),
        (4, "Felix Braun", "DEU", None, 21, "lapped"),
        (5, "Diego Ruiz", "ESP", None, 9, "dnf"),
    ])  # fmt: skip
    assert [s.points for s in extraction.standings] == [88, 80, 64]


def test_french_er_e_ordinals_and_tours():
    extraction = extract("localized_fr_tours.html")
    (race, rows) = structured(extraction)[0]
    assert [(r.position, r.driver, r.nation, r.gap_s, r.laps, r.status) for r in rows] == approx([
        (1, "Mathis Lefèvre", "FRA", None, 14, "finished"),
        (2, "Hugo Marchand", "BEL", 0.845, None, "finished"),
        (3, "Noé Girard", "CHE", 3.112, None, "finished"),
        (4, "Lena Vogel", "DEU", None, 13, "lapped"),
        (5, "Jules Perrin", "FRA", None, None, "dnf"),
    ])  # fmt: skip


def test_french_championship_points_land_in_standings():
    extraction = extract("localized_fr_tours.html")
    assert standings_of(extraction) == [
        (1, "Mathis Lefèvre", None, 96), (2, "Hugo Marchand", None, 90),
        (3, "Noé Girard", None, 71),
    ]  # fmt: skip


def test_german_table_runden_rueckstand_and_fahrerwertung():
    extraction = extract("localized_de_table_runden.html")
    assert rows_of(extraction, "Rennen 2") == approx([
        (1, "Felix Braun", "DEU", None, 12, "finished"),
        (2, "Noé Girard", "CHE", 4.87, 12, "finished"),
        (3, "Lena Vogel", "AUT", 9.015, 12, "finished"),
        (4, "Pieter van Dijk", "NLD", None, 11, "lapped"),
        (None, "Hugo Marchand", "BEL", None, 5, "dnf"),
    ])  # fmt: skip
    assert [(s.driver, s.points) for s in extraction.standings] == [
        ("Felix Braun", 50), ("Noé Girard", 36), ("Lena Vogel", 30)
    ]  # fmt: skip


# -- odd tables: header-less, a title row above the header, ALL-CAPS surnames, sports codes -----


@pytest.fixture(scope="module")
def odd_tables():
    return extract("tables_odd_shapes.html")


def test_headerless_table_columns_are_inferred(odd_tables):
    assert rows_of(odd_tables, "Race 1") == approx([
        (1, "Hugo Marchand", "BEL", None, 6, "finished"),
        (2, "Camila Rojas", "CHL", 1.802, None, "finished"),
        (3, "Rahul Varma", "IND", 4.115, None, "finished"),
        (None, "Maya Okafor", "NGA", None, None, "dnf"),
    ])  # fmt: skip


def test_title_row_above_the_header_is_neither_header_nor_row(odd_tables):
    assert rows_of(odd_tables, "Race 2") == approx([
        (1, "Camila Rojas", "CHL", None, None, "finished"),
        (2, "Maya Okafor", "NGA", 1.885, None, "finished"),
        (3, "Hugo Marchand", "BEL", 6.49, None, "finished"),
    ])  # fmt: skip


def test_surname_first_caps_rows_and_sports_codes(odd_tables):
    assert rows_of(odd_tables, "Race 3") == approx([
        (1, "Rahul Varma", "IND", None, 9, "finished"),
        (2, "Maya Okafor", "NGA", 0.45, None, "finished"),
        (3, "Camila Rojas", "CHL", 0.45, None, "finished"),
        (4, "Hugo Marchand", "BEL", None, None, "na"),
    ])  # fmt: skip


# -- plain-text exports: markdown, pipes, tabs, colons ------------------------------------------


@pytest.fixture(scope="module")
def markdown():
    return extract("markdown_export.txt")


def test_markdown_headings_name_races_without_hashes(markdown):
    assert [race.name for race, _ in structured(markdown)] == ["Sprint race", "Feature race"]
    assert markdown.article.title == "Lind takes first win in the Nordic Sim Series 2024"


def test_markdown_table_rows_keep_printed_positions(markdown):
    assert rows_of(markdown, "Feature race") == approx([
        (1, "Oskar Lind", "SWE", None, 15, "finished"),
        (2, "Jonas Åberg", "SWE", 2.004, None, "finished"),
        (3, "Ola Nordby", "NOR", 6.31, None, "finished"),
        (4, "Emil Virtanen", "FIN", None, 14, "lapped"),
    ])  # fmt: skip


def test_markdown_bold_numbered_list_and_colon_standings(markdown):
    assert [r[1] for r in rows_of(markdown, "Sprint race")] == [
        "Jonas Åberg", "Oskar Lind", "Emil Virtanen", "Ola Nordby"
    ]  # fmt: skip
    assert [(s.driver, s.points) for s in markdown.standings] == [
        ("Oskar Lind", 41), ("Jonas Åberg", 40), ("Ola Nordby", 27)
    ]  # fmt: skip


@pytest.fixture(scope="module")
def separators():
    return extract("pipes_tabs_colons.txt")


def test_pipe_rows_keep_printed_positions(separators):
    (race, rows) = structured(separators)[0]
    assert [(r.position, r.position_text, r.driver, r.nation) for r in rows] == [
        (1, "1", "Inês Carvalho", "PRT"), (2, "2", "Kenji Arai", "JPN"),
        (3, "3", "Luca Ferraro", "ITA"), (4, "4", "Mei Lin", "CHN"),
    ]  # fmt: skip


def test_a_qualifying_list_is_no_result(separators):
    # lap times under "Qualifying" rank the grid: not a finishing result
    assert [race.name for race, _ in structured(separators)] == ["Race", "Warm-up race"]


def test_colon_rows(separators):
    assert rows_of(separators, "Warm-up race") == approx([
        (1, "Mei Lin", None, None, 4, "finished"),
        (2, "Luca Ferraro", None, 0.201, None, "finished"),
        (3, "Kenji Arai", None, 0.95, None, "finished"),
    ])  # fmt: skip


# -- furniture: breadcrumbs, newsletter box, "you might also like", comments ---------------------


@pytest.fixture(scope="module")
def furniture():
    return extract("furniture_heavy_news.html")


def test_only_the_article_list_is_a_race(furniture):
    assert [(race.name, len(rows)) for race, rows in structured(furniture)] == [
        ("Sprint Cup finale", 5)
    ]


def test_breadcrumbs_open_no_race(furniture):
    assert not any("›" in race.name or "Home" in race.name for race in furniture.races)


def test_link_list_headlines_are_not_rows(furniture):
    assert not any("practice" in t or "Zolder" in t for t in all_row_texts(furniture))


# -- a cell stacking driver and team (<div>s or <br>): two fields, not one run-together name ----


def test_stacked_driver_and_team_in_one_cell_are_split():
    (race, rows) = structured(extract("series_stacked_cells.html"))[0]
    assert [(r.position, r.driver, r.team, r.nation) for r in rows] == [
        (1, "Mira Holm", "Nordlys Racing", "SWE"),
        (2, "Davi Rocha", "Verde Motorsport", "BRA"),
        (3, "Ines Lopes", "Atlântico Sim", "PRT"),
    ]
