"""Podium tables: a race on each row and a place heading each column after it ('Race | 1st | 2nd
| 3rd'), as a web table and flattened one cell per line with no corner cell ('1. Platz' a line
each, then a race's line and its drivers, names sometimes glued: 'Ann LeeBo Kim'). Pages
invented."""

from extractors.article import extract_article


def _races(content: str, media_type: str) -> dict[str, list[tuple]]:
    races = extract_article(content, media_type=media_type).races
    return {r.name: [(x.position, x.driver) for x in r.results] for r in races if r.results}


HTML = (
    "<html><body><h1>Vela Cup podiums</h1><p>The series ran three rounds this spring.</p>"
    "<table><tr><th>Race</th><th>1st</th><th>2nd</th><th>3rd</th></tr>"
    "<tr><td>Kite GP</td><td>Ann Lee</td><td>Bo Kim</td><td>Cy Dow</td></tr>"
    "<tr><td>Orin GP</td><td>Bo Kim</td><td>Ann Lee</td><td>Eva Fox</td></tr>"
    "<tr><td>Tarn GP</td><td>Cy Dow</td><td>Eva Fox</td><td>Ann Lee</td></tr>"
    "</table></body></html>"
)


def test_each_row_of_a_podium_table_is_its_race_at_the_columns_places():
    races = _races(HTML, "text/html")
    assert races["Kite GP"] == [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Dow")]
    assert races["Orin GP"] == [(1, "Bo Kim"), (2, "Ann Lee"), (3, "Eva Fox")]
    assert races["Tarn GP"] == [(1, "Cy Dow"), (2, "Eva Fox"), (3, "Ann Lee")]


def test_worded_places_and_an_empty_corner_head_the_columns_too():
    html = HTML.replace("<th>Race</th><th>1st</th><th>2nd</th><th>3rd</th>", "<th></th>"
                        "<th>1. Platz</th><th>2. Platz</th><th>3. Platz</th>")  # fmt: skip
    assert _races(html, "text/html")["Orin GP"] == [(1, "Bo Kim"), (2, "Ann Lee"), (3, "Eva Fox")]


def test_a_driver_at_the_corner_heads_counts_of_places_not_podiums():
    html = HTML.replace("<th>Race</th>", "<th>Driver</th>")
    assert "Kite GP" not in _races(html, "text/html")


def test_places_that_do_not_count_across_are_no_podium_table():
    html = HTML.replace("<th>2nd</th><th>3rd</th>", "<th>3rd</th><th>2nd</th>")
    assert "Kite GP" not in _races(html, "text/html")


PAGE = (
    "Virtual Vela Series\n\n"
    "The podiums of the sim races so far.\n\n"
    "1. Platz\n2. Platz\n3. Platz\n"
    "GP von Kitestadt (14. Juni)\n"
    "Ann LeeBo KimCy Dow\n"
    "GP Orinburg (7. Juni)\n"
    "Bo Kim\nEva Fox\nAnn Lee\n"
    "GP von Tarnau (24. Mai)\n"
    "Cy DowEva Fox\nBo Kim\n"
    "More races follow in July.\n"
)


def test_a_podium_table_one_cell_per_line_its_glued_names_split():
    races = _races(PAGE, "text/plain")
    assert races["GP von Kitestadt (14. Juni)"] == [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Dow")]
    assert races["GP Orinburg (7. Juni)"] == [(1, "Bo Kim"), (2, "Eva Fox"), (3, "Ann Lee")]
    assert races["GP von Tarnau (24. Mai)"] == [(1, "Cy Dow"), (2, "Eva Fox"), (3, "Bo Kim")]


def test_a_race_whose_names_overfill_the_places_ends_the_table():
    page = PAGE.replace("Cy DowEva Fox\nBo Kim\n", "Cy DowEva Fox\nBo KimAnn Lee\n")
    races = _races(page, "text/plain")
    assert "GP von Tarnau (24. Mai)" not in races
    assert races["GP Orinburg (7. Juni)"] == [(1, "Bo Kim"), (2, "Eva Fox"), (3, "Ann Lee")]


def test_a_glued_part_that_is_no_name_ends_the_table():
    page = PAGE.replace("Ann LeeBo KimCy Dow", "Ann McLeeBo Kim")
    assert not any(name.startswith("GP") for name in _races(page, "text/plain"))
