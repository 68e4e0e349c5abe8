"""Whole articles: every result list, table and standings attached where it belongs, plain text
and HTML with page furniture; the seed report's result list as the article itself states it."""

from pathlib import Path

import jsonschema
import pytest

from extractors.article import extract_article
from extractors.html import NoArticleError
from schemas.extract import extract_schema

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
SCHEMA = extract_schema()  # equal to the committed file: tests/schemas/test_extract_schema.py


def extract(name: str):
    return extract_article((FIXTURES / name).read_bytes())


def race(extraction, name: str):
    (found,) = [r for r in extraction.races if r.name == name]
    return found


def table_of(found) -> list[tuple]:
    return [(r.position, r.driver, r.nation, r.gap_s, r.laps, r.status) for r in found.results]


def assert_valid(extraction) -> None:
    jsonschema.validate(extraction.model_dump(mode="json"), SCHEMA)


# -- the seed report: its result list and standings as printed (hand-copied from the article) ------

SEED_RESULTS = [
    (1, "Takuma Miyazono", "JPN", None, 35, "finished"),
    (2, "Jose Serrano", "ESP", 1.0684, None, "finished"),
    (3, "Coque López", "ESP", 5.678, None, "finished"),
    (4, "Kaj de Bruin", "NLD", 8.184, None, "finished"),
    (5, "Takuma Sasaki", "JPN", 8.184, None, "finished"),
    (6, "Valerio Gallo", "ITA", 28.755, None, "finished"),
    (7, "Calen Roach", "USA", 35.113, None, "finished"),
    (8, "Robert Heck", "USA", 41.215, None, "finished"),
    (9, "Adriano Carrazza", "BRA", 43.476, None, "finished"),
    (10, "Kylian Drumont", "FRA", 65.95, None, "finished"),
    (11, "Angel Inostroza", "CHL", 82.152, None, "finished"),
    (12, "Guy Barbara", "AUS", None, None, "na"),
]
SEED_POINTS = [6, 5, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0]


@pytest.fixture(scope="module")
def montreal(seeds_dir):
    return extract_article((seeds_dir / "002_9fed29e7c4c86bcb.txt").read_text(encoding="utf-8"))


def test_seed_result_list_attaches_to_the_main_race_not_the_sprint(montreal):
    with_list_rows = [r for r in montreal.races if any(row.method == "list" for row in r.results)]
    assert [(r.name, r.session) for r in with_list_rows] == [("Main race", "race")]
    assert all(row.method == "narrative" for row in race(montreal, "Sprint race").results)


def test_seed_result_rows_as_printed(montreal):
    rows = table_of(race(montreal, "Main race"))
    assert rows == [
        (pos, driver, nation, pytest.approx(gap) if gap is not None else None, laps, status)
        for pos, driver, nation, gap, laps, status in SEED_RESULTS
    ]


def test_seed_standings_land_in_standings(montreal):
    assert [(s.position, s.driver, s.points) for s in montreal.standings] == [
        (i, row[1], points)
        for i, (row, points) in enumerate(zip(SEED_RESULTS, SEED_POINTS, strict=True), 1)
    ]
    result_texts = {r.evidence.text for race_ in montreal.races for r in race_.results}
    assert not any("points" in text for text in result_texts)


def test_seed_meta_and_evidence(montreal, seeds_dir):
    text = (seeds_dir / "002_9fed29e7c4c86bcb.txt").read_text(encoding="utf-8")
    assert (montreal.article.series, montreal.article.season) == ("Gran Turismo World Series", 2024)
    assert montreal.article.event == "Round 1, Montréal"
    for row in race(montreal, "Main race").results:
        assert text[row.evidence.start : row.evidence.end] == row.evidence.text
        assert row.method == "list" and row.confidence >= 0.9
    assert_valid(montreal)


def test_narrative_only_seed_has_sections_but_no_invented_rows(seeds_dir):
    extraction = extract_article(
        (seeds_dir / "000_5540fa1c4160fc12.txt").read_text(encoding="utf-8")
    )
    semi_finals = [r.name for r in extraction.races if r.session == "semi-final"]
    assert semi_finals == ["Semi-Final A", "Semi-Final B", "Semi-Final C"]
    rows = [row for r in extraction.races for row in r.results]
    assert all(row.method == "narrative" for row in rows)
    # no standings list: only the totals its prose states ("Gallo was now sitting on 30 points")
    assert {(s.driver, s.points) for s in extraction.standings} == {
        ("Valerio Gallo", 30), ("Jose Serrano", 22), ("Igor Fraga", 17),
        ("Coque Lopez", 16), ("Takuma Miyazono", 16), ("Ryota Kokubun", 16),
    }  # fmt: skip
    assert (extraction.article.season, extraction.article.series) == (
        2021,
        "FIA Gran Turismo Nations Cup",
    )


# -- invented plain-text weekend: sprint list, main race list after prose, standings ---------------


@pytest.fixture(scope="module")
def weekend():
    return extract("weekend_plain.txt")


def test_plain_text_sprint_list_under_its_lead_in(weekend):
    sprint = race(weekend, "Sprint Race")
    assert (sprint.session, sprint.track, sprint.laps) == ("sprint", "Kirkby Park", 7)
    assert table_of(sprint) == [
        (1, "Tomas Berg", "NOR", None, 7, "finished"),
        (2, "Ana Ribeiro", "PRT", 0.912, None, "finished"),
        (3, "Li Wen", "HKG", 1.204, None, "finished"),
        (4, "Ravi Menon", "IND", 3.05, None, "finished"),
        (5, "Noah Keller", "CHE", 3.05, None, "finished"),
    ]


def test_plain_text_results_after_prose_join_the_race_they_name(weekend):
    races = [r.name for r in weekend.races if r.session != "qualifying"]  # prose may add grids
    assert races == ["Sprint Race", "Main race"]
    assert table_of(race(weekend, "Main race")) == [
        (1, "Ana Ribeiro", "PRT", None, 24, "finished"),
        (2, "Tomas Berg", "NOR", 0.31, None, "finished"),  # printed "T. Berg"
        (3, "Ravi Menon", "IND", 67.412, None, "finished"),
        (4, "Li Wen", "HKG", None, 23, "lapped"),
        (None, "Noah Keller", "CHE", None, None, "dnf"),
    ]


def test_plain_text_standings(weekend):
    assert [(s.position, s.driver, s.points, s.after) for s in weekend.standings] == [
        (1, "Ana Ribeiro", 43, "Round 3"), (2, "Tomas Berg", 36, "Round 3"),
        (3, "Ravi Menon", 20, "Round 3"), (4, "Li Wen", 1, "Round 3"),
        (5, "Noah Keller", 0, "Round 3"),
    ]  # fmt: skip


def test_plain_text_meta(weekend):
    meta = weekend.article
    assert (meta.series, meta.season, meta.event) == ("Harbour Sim Series", 2025, "Round 3, Tokyo")
    assert meta.title == "Harbour Sim Series 2025, Round 3, Tokyo: Ribeiro takes the points lead"


# -- invented HTML world final with furniture: semi-finals, repechage, final, standings table ------


@pytest.fixture(scope="module")
def world_final():
    return extract("world_final.html")


def test_html_sections_in_order(world_final):
    assert [(r.name, r.session) for r in world_final.races if r.session != "qualifying"] == [
        ("Semi-Final A", "semi-final"), ("Semi-Final B", "semi-final"),
        ("Repechage", "repechage"), ("Grand Final", "final"),
    ]  # fmt: skip


def test_html_nation_first_list_with_cars(world_final):
    semi = race(world_final, "Semi-Final A")
    assert table_of(semi) == [
        (1, "Ana Ribeiro", "PRT", None, 12, "finished"),
        (2, "Li Wen", "CHN", 0.912, None, "finished"),
        (3, "Kenji Mori", "JPN", 2.044, None, "finished"),
        (4, "Rafael Costa", "BRA", 2.981, None, "finished"),
    ]
    assert {r.car for r in semi.results} == {"Porsche 911 RSR"}


def test_html_br_lines_with_pipes_under_a_bold_lead_in(world_final):
    semi = race(world_final, "Semi-Final B")
    assert table_of(semi) == [
        (1, "Tomas Berg", "NOR", None, None, "finished"),
        (2, "Jan de Vries", "NLD", 1.5, None, "finished"),
        (3, "Marco Bellini", "ITA", 2.25, None, "finished"),
        (4, "Lukas Brandt", "DEU", None, None, "dsq"),
    ]
    assert [r.position_text for r in semi.results] == ["P1", "P2", "P3", "P4"]


def test_html_table_without_position_column(world_final):
    assert table_of(race(world_final, "Repechage")) == [
        (1, "Rafael Costa", "BRA", None, 10, "finished"),
        (2, "Lukas Brandt", "DEU", 4.105, None, "finished"),
        (3, "Sam Okafor", "GBR", None, 9, "lapped"),
    ]


def test_html_table_in_odd_column_order_with_race_times(world_final):
    final = race(world_final, "Grand Final")
    assert table_of(final) == [
        (1, "Tomas Berg", "NOR", None, None, "finished"),
        (2, "Ana Ribeiro", "PRT", pytest.approx(0.314), None, "finished"),
        (3, "Li Wen", "CHN", pytest.approx(7.698), None, "finished"),
        (None, "Jan de Vries", "NLD", None, None, "dnf"),
    ]
    assert {r.method for r in final.results} == {"table"}


def test_html_standings_table(world_final):
    assert [(s.position, s.driver, s.points) for s in world_final.standings] == [
        (1, "Tomas Berg", 120), (2, "Ana Ribeiro", 112), (3, "Li Wen", 87),
    ]  # fmt: skip


def test_html_furniture_lists_are_not_results(world_final):
    drivers = {r.driver for race_ in world_final.races for r in race_.results}
    assert "Ribeiro" not in drivers  # "Ribeiro – Portugal – the season so far" in related links
    texts = {r.evidence.text for race_ in world_final.races for r in race_.results}
    assert "Tomas Berg – Norway – 24 laps" not in texts  # the sidebar's "Most read"


def test_html_meta(world_final):
    meta = world_final.article
    assert meta.title == "Berg is world champion after a dramatic Grand Final"
    assert meta.url == "https://pitwall.example/news/2025/berg-world-champion"
    assert (meta.published, meta.language) == ("2025-11-30", "en")


def test_html_evidence_points_into_the_extracted_text(world_final):
    from extractors.html import document_from_html

    doc = document_from_html((FIXTURES / "world_final.html").read_bytes())
    for race_ in world_final.races:
        for row in race_.results:
            assert doc.text[row.evidence.start : row.evidence.end] == row.evidence.text


# -- localized editions ----------------------------------------------------------------------------


def test_italian_edition_with_comma_decimals_giri_and_punti():
    extraction = extract("gara_it.html")
    assert [r.name for r in extraction.races] == ["Gara 1", "Gara 2"]
    assert table_of(race(extraction, "Gara 1")) == [
        (1, "Ana Ribeiro", "PRT", None, 18, "finished"),
        (2, "Tomas Berg", "NOR", 0.684, None, "finished"),
        (3, "Kenji Mori", "JPN", 65.95, None, "finished"),
        (4, "Li Wen", "CHN", None, 16, "lapped"),
    ]
    assert table_of(race(extraction, "Gara 2")) == [
        (1, "Tomas Berg", "NOR", None, 18, "finished"),
        (2, "Ana Ribeiro", "PRT", 3.004, None, "finished"),
        (3, "Kenji Mori", "JPN", None, None, "dnf"),
    ]
    assert [(s.driver, s.points, s.after) for s in extraction.standings] == [
        ("Ana Ribeiro", 61, "Round 2"), ("Tomas Berg", 52, "Round 2"),
        ("Kenji Mori", 30, "Round 2"),
    ]  # fmt: skip
    assert (extraction.article.language, extraction.article.published) == ("it", "2025-06-08")


def test_portuguese_plain_text_with_voltas_and_pontos():
    extraction = extract("corrida_pt.txt")
    (only,) = extraction.races
    assert table_of(only) == [
        (1, "Rafael Costa", "BRA", None, 20, "finished"),
        (2, "Diego Alonso", "ESP", 0.412, None, "finished"),
        (3, "Ana Ribeiro", "PRT", 62.3, None, "finished"),
        (4, "Kenji Mori", "JPN", None, 19, "lapped"),
    ]
    assert [(s.position, s.driver, s.nation, s.points) for s in extraction.standings] == [
        (1, "Rafael Costa", "BRA", 75), (2, "Diego Alonso", "ESP", 60),
        (3, "Ana Ribeiro", "PRT", 58),
    ]  # fmt: skip


# -- no results, no article ------------------------------------------------------------------------


def test_an_article_without_results_gives_empty_lists():
    html = (FIXTURES / "prose_only.html").read_bytes()
    extraction = extract_article(html)
    assert extraction.races == [] and extraction.standings == []
    assert extraction.article.title == "Why sim racing needs a calendar that makes sense"
    assert_valid(extraction)


def test_a_page_without_article_raises():
    with pytest.raises(NoArticleError):
        extract_article((FIXTURES / "furniture_only.html").read_bytes())


def test_empty_content_raises():
    with pytest.raises(NoArticleError):
        extract_article(b"  \n ")


def test_html_is_sniffed_when_no_media_type_is_given():
    html = (FIXTURES / "gara_it.html").read_bytes()
    assert extract_article(html) == extract_article(html, media_type="text/html")


def test_plain_text_with_angle_brackets_is_not_taken_for_html():
    text = (FIXTURES / "corrida_pt.txt").read_text(encoding="utf-8") + "Berg <3 Estoril\n"
    assert extract_article(text).races[0].results[0].driver == "Rafael Costa"


@pytest.mark.parametrize(
    "name", sorted(p.name for p in FIXTURES.iterdir() if "furniture" not in p.name)
)
def test_every_fixture_extraction_validates_against_the_schema(name):
    assert_valid(extract(name))


def test_every_bundled_sample_extracts_results_and_validates():
    samples = sorted((ROOT / "samples" / "articles").glob("*.html"))
    assert len(samples) >= 5
    for path in samples:
        extraction = extract_article(path.read_bytes())
        assert any(r.results for r in extraction.races), path.name
        assert_valid(extraction)
