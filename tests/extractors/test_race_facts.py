"""Race facts: series, season, circuit, race date and race names as the article states them."""

from datetime import date
from pathlib import Path

import pytest

from extractors.article import document_for, extract_article, extract_documents
from extractors.race_facts import (
    circuit_name,
    find_circuit,
    find_series,
    race_date,
    race_name,
    season_of,
    stated_date,
)

SAMPLES = Path(__file__).parents[2] / "samples" / "articles"

# What each bundled sample states, written by hand from its text: series, and the circuit of
# its races (None: the article names no circuit).
SAMPLE_FACTS = {
    "copa-sim-iberica-montmelo.html": ("Copa Sim Ibérica", "Circuit de Barcelona-Catalunya"),
    "coppa-simracing-italia-vallelunga.html": ("Coppa Simracing Italia", "Autodromo di Vallelunga"),
    "manufacturers-cup-kinsella.html": ("Manufacturers Cup", "Kinsella Motor Park"),
    "nations-cup-world-final.html": ("Nations Cup", None),
    "taca-sim-lusitana-estoril.html": ("Taça Sim Lusitana", "Circuito do Estoril"),
    "world-sim-series-round-2-lisbon.html": ("World Sim Series", "Serra Verde"),
}


@pytest.mark.parametrize(
    ("text", "circuit"),
    [
        ("Reyes gana la Carrera 2 en Montmeló", "Circuit de Barcelona-Catalunya"),
        ("Reyes wins at Montmelo", "Circuit de Barcelona-Catalunya"),
        ("Ribeiro dominates at Spa-Francorchamps", "Circuit de Spa-Francorchamps"),
        ("A wet race at Spa", "Circuit de Spa-Francorchamps"),
        ("Il terzo round a Monza", "Autodromo Nazionale Monza"),
        ("Vitória em Interlagos", "Autódromo José Carlos Pace"),
        ("Sieg am Nürburgring", "Nürburgring"),
        ("The Bathurst 12 Hour", "Mount Panorama Circuit"),
        ("Victoire sur le circuit de la Sarthe", "Circuit de la Sarthe"),
        ("Round 4 at Dragon Trail Seaside", "Dragon Trail"),
        ("Kart final at South Garda Karting in Lonato", "South Garda Karting"),
        ("Berg won at the Lakeside Motor Park", "Lakeside Motor Park"),
        ("run at a virtual Serra Verde circuit", "Serra Verde"),
        ("Round 2 at Autodromo di Pergusa", "Autodromo di Pergusa"),
    ],
)
def test_a_circuit_is_found_by_any_of_its_names(text: str, circuit: str) -> None:
    assert find_circuit([text]) == circuit


def test_a_series_named_after_a_circuit_is_not_the_circuit() -> None:
    assert find_circuit(["The Le Mans Virtual Series returns"]) is None


def test_a_city_is_no_circuit() -> None:
    assert find_circuit(["The series reaches Lisbon", "Home win for Sousa"]) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Press release, 12 June 2024", date(2024, 6, 12)),
        ("Comunicato stampa, 12 giugno 2024", date(2024, 6, 12)),
        ("Nota de prensa, 12 de junio de 2024", date(2024, 6, 12)),
        ("Comunicado, 12 de junho de 2024", date(2024, 6, 12)),
        ("Pressemitteilung, 12. Juni 2024", date(2024, 6, 12)),
        ("Communiqué, 1er juin 2024", date(2024, 6, 1)),
        ("Persbericht, 12 juni 2024", date(2024, 6, 12)),
        ("June 12th, 2024 – Sebring", date(2024, 6, 12)),
        ("Race day: 2024-06-12", date(2024, 6, 12)),
    ],
)
def test_a_written_date_is_read_in_several_languages(text: str, day: date) -> None:
    assert stated_date([text]) == day


def test_a_date_after_publication_is_no_race_date() -> None:
    texts = ["The next round is on 3 August 2024.", "Berg won on 12 June 2024."]
    assert stated_date(texts, published=date(2024, 6, 14)) == date(2024, 6, 12)


def test_the_race_date_says_where_it_comes_from() -> None:
    published = date(2024, 6, 14)
    assert race_date(["Press release, 12 June 2024"], published) == (date(2024, 6, 12), "text")
    assert race_date(["Berg wins again"], published) == (published, "published")
    assert race_date(["By Staff Writer · 2024-06-14"], published) == (published, "published")
    assert race_date(["Berg wins again"], None) == (None, None)


def test_the_season_is_the_events_else_the_publication_year_else_a_year_in_the_text() -> None:
    assert season_of(2024, date(2025, 1, 3), ["2023"]) == 2024
    assert season_of(None, date(2025, 1, 3), ["2023"]) == 2025
    assert season_of(None, None, ["Founded 1907.", "The 2023 finale"]) == 2023
    assert season_of(None, None, ["no year"]) is None


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("Rhodes and Mazda sweep the Manufacturers Cup at Kinsella", "Manufacturers Cup"),
        ("la Carrera 2 de la Copa Sim Ibérica en Montmeló", "Copa Sim Ibérica"),
        ("da quarta etapa da Taça Sim Lusitana, no Estoril", "Taça Sim Lusitana"),
        ("The ADAC GT Masters returns", "ADAC GT Masters"),
        ("Our League is the best", None),
    ],
)
def test_a_series_is_named_by_a_series_word(text: str, series: str | None) -> None:
    assert find_series([text]) == series


@pytest.mark.parametrize(
    ("heading", "name"),
    [("RACE", "Race"), ("Top 5", "Race"), ("Results", "Race"), ("SEMI-FINAL B", "Semi-Final B")],
)
def test_a_generic_heading_names_no_race(heading: str, name: str) -> None:
    assert race_name(heading) == name


def test_race_results_and_top_5_headings_give_no_race_their_name() -> None:
    text = (
        "Berg wins again at Zandvoort in the Dune Cup\n\nRACE RESULTS\n"
        "1. Tomas Berg (SWE) 12 laps\n2. Ana Ribeiro (POR) +1.2s\n\n"
        "Top 5\n1. Tomas Berg (SWE) 12 laps\n2. Ana Ribeiro (POR) +1.2s\n"
    )
    names = [race.name for race in extract_article(text).races]
    assert names and "RACE" not in names and "Top 5" not in names


def test_a_plain_text_release_gives_season_series_track_and_date() -> None:
    text = (
        "Press release, 12 June 2024\n\nBerg takes the Dune Cup win at Zandvoort\n\n"
        "Race results\n1. Tomas Berg (SWE) 12 laps\n2. Ana Ribeiro (POR) +1.2s\n"
    )
    extraction = extract_article(text)
    assert (extraction.article.series, extraction.article.season) == ("Dune Cup", 2024)
    [race] = extraction.races
    assert (race.track, race.date, race.date_source) == ("Circuit Zandvoort", "2024-06-12", "text")


def test_every_sample_states_its_series_and_season_and_its_races_their_circuit() -> None:
    paths = sorted(SAMPLES.glob("*.html"))
    assert [p.name for p in paths] == sorted(SAMPLE_FACTS)
    extractions = extract_documents([document_for(p.read_bytes()) for p in paths])
    for path, extraction in zip(paths, extractions, strict=True):
        series, circuit = SAMPLE_FACTS[path.name]
        assert (extraction.article.series, extraction.article.season) == (series, 2025), path.name
        assert extraction.races, path.name
        for race in extraction.races:
            assert race.track == circuit, (path.name, race.name)
            assert (race.date, race.date_source) == (extraction.article.published, "published")


def test_a_heading_printing_a_circuits_name_gets_the_gazetteers_name() -> None:
    assert circuit_name("Spa") == "Circuit de Spa-Francorchamps"
    assert circuit_name("Suzuka East") == "Suzuka East"  # a layout: kept as printed
