"""Nations to ISO 3166-1 alpha-3 from names, demonyms, codes and localized names
(docs/formats.md §5)."""

import json

import pycountry
import pytest

from extractors.nations import DATA_FILE, find_nations, lookup, nation_code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan", "JPN"), ("The Netherlands", "NLD"), ("Netherlands", "NLD"),
        ("United States", "USA"), ("UK", "GBR"), ("Hong Kong China", "HKG"), ("Czechia", "CZE"),
        ("Czech Republic", "CZE"),
        ("South Korea", "KOR"), ("Chile", "CHL"), ("japan", "JPN"), ("  Brazil ", "BRA"),
    ],
)  # fmt: skip
def test_english_names(text, code):
    assert nation_code(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("Japanese", "JPN"), ("Dutch", "NLD"), ("American", "USA"), ("Portuguese", "PRT"),
     ("Norwegian", "NOR"), ("Kiwi", "NZL"), ("British", "GBR"), ("Irishman", "IRL"),
     ("Scotsman", "GBR"), ("Briton", "GBR")],
)  # fmt: skip
def test_demonyms(text, code):
    assert nation_code(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("GER", "DEU"), ("NED", "NLD"), ("SUI", "CHE"), ("CHI", "CHL"), ("POR", "PRT"),
     ("SPA", "ESP"), ("HK", "HKG"), ("KSA", "SAU"), ("UAE", "ARE"), ("DEN", "DNK"),
     ("JPN", "JPN"), ("BRA", "BRA"), ("US", "USA"), ("(POR)", "PRT")],
)  # fmt: skip
def test_iso_sports_and_ad_hoc_codes(text, code):
    assert nation_code(text) == code


def test_codes_must_be_capitals():
    assert nation_code("ger") is None
    assert nation_code("can") is None
    assert nation_code("CAN") == "CAN"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Giappone", "JPN"), ("Paesi Bassi", "NLD"), ("Stati Uniti", "USA"), ("Svizzera", "CHE"),
        ("Espanha", "ESP"), ("Japão", "JPN"), ("Países Baixos", "NLD"), ("Suíça", "CHE"),
        ("España", "ESP"), ("Japón", "JPN"), ("Países Bajos", "NLD"), ("Estados Unidos", "USA"),
        ("Allemagne", "DEU"), ("Pays-Bas", "NLD"), ("États-Unis", "USA"), ("Corée du Sud", "KOR"),
        ("Spanien", "ESP"), ("Niederlande", "NLD"), ("Schweiz", "CHE"), ("Deutschland", "DEU"),
        ("giapponese", "JPN"), ("espanhol", "ESP"), ("japonés", "JPN"), ("française", "FRA"),
        ("niederländische", "NLD"),
    ],
)  # fmt: skip
def test_italian_portuguese_spanish_french_german_names_and_demonyms(text, code):
    assert nation_code(text) == code


def test_accents_do_not_matter():
    assert nation_code("Espana") == "ESP"
    assert nation_code("Etats-Unis") == "USA"


def test_lookup_says_what_kind_of_mention():
    assert lookup("Japan's") == ("JPN", "name")
    assert lookup("Japanese") == ("JPN", "demonym")
    assert lookup("GER") == ("DEU", "code")


@pytest.mark.parametrize("text", ["Tomas Berg", "Porsche 911 RSR", "24 laps", "", "Race 1"])
def test_other_text_is_no_nation(text):
    assert nation_code(text) is None


def test_find_nations_in_prose_with_possessives_and_demonyms():
    text = (
        "Norway's Tomas Berg beat the Portuguese driver; The Netherlands’ Jan de Vries was third."
    )
    found = [(m.text, m.code, m.kind, m.possessive) for m in find_nations(text)]
    assert found == [
        ("Norway's", "NOR", "name", True),
        ("Portuguese", "PRT", "demonym", False),
        ("Netherlands’", "NLD", "name", True),
    ]


def test_find_nations_spans_point_into_the_text():
    text = "Li Wen (China) held off the Italian."
    spans = [text[m.start : m.end] for m in find_nations(text)]
    assert spans == ["China", "Italian"]


def test_find_nations_needs_capitals_for_names_but_not_localized_demonyms():
    assert [m.code for m in find_nations("il pilota giapponese ha vinto")] == ["JPN"]
    assert find_nations("the chile sauce") == []


def test_extra_codes_never_shadow_an_iso_code_of_another_country():
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))["nations"]
    for alpha3, entry in data.items():
        for code in entry["codes"]:
            field = "alpha_3" if len(code) == 3 else "alpha_2"
            iso = pycountry.countries.get(**{field: code})
            assert iso is None or iso.alpha_3 == alpha3, code


def test_flag_emoji():
    assert nation_code("🇯🇵") == "JPN"
    assert nation_code("🇳🇱") == "NLD"


@pytest.mark.parametrize(
    ("text", "code"),
    [("NED", "NLD"), ("SUI", "CHE"), ("RSA", "ZAF"), ("CHI", "CHL"), ("TPE", "TWN"),
     ("MON", "MCO"), ("IRI", "IRN"), ("ZIM", "ZWE"), ("CRC", "CRI"), ("ČR", "CZE"),
     ("Česko", "CZE"), ("Slovensko", "SVK"), ("Maďarsko", "HUN")],
)  # fmt: skip
def test_sports_codes_and_central_european_names(text, code):
    assert nation_code(text) == code


@pytest.mark.parametrize("text", ["SP", "RJ", "AZ", "TX", "mon", "Mon", "BAR", "SAM"])
def test_state_codes_and_words_that_are_no_nations(text):
    assert nation_code(text) is None
