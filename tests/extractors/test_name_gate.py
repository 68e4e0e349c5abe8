"""The one gate on driver names: what a string printed where a driver stands is (a person, a team,
something else), with invented strings of each kind."""

import pytest

from extractors.article import extract_article
from extractors.name_gate import (
    ProseNames,
    code_owner,
    driver_name,
    name_kind,
    published_name,
)
from extractors.narrative.extract import NarrativeFacts
from extractors.narrative.merge import merge_narrative
from extractors.records import Evidence, Extraction, Race, ResultRow, Standing
from extractors.sections import race_identity


@pytest.mark.parametrize(
    "text",
    ["Pieter van der Berg", "María de la Fuente", "Jean-Luc Moreau", "Liam O'Hara",
     "Paweł Wiśniewski", "Giorgos Papadopoulos", "Γιώργος Παπαδόπουλος", "João dos Santos",
     "Kowalski", "T. Berg", "M.Rossetti", "D.J.VanLeer", "Ann Lee / Bo Kim", "kart_ace_77",
     "TSR_Racer", "Ruben Garcia Jr.", "No. 7", "Jordan", "Max Kessler", "Ian Ford",
     "Lorenzo Ferrari", "Sam Mini", "Ute Brandt", "Tom Champion", "Ann Pole"],
)  # fmt: skip
def test_people_and_crews_pass(text):
    assert name_kind(text) == "person"
    assert driver_name(text) == text


@pytest.mark.parametrize(
    "text",
    ["Y121", "NS443", "ST52", "S70D", "C7E", "#27", "12", "Baby Rok", "Senior Rok", "BATERIA",
     "Trofeo Endurance", "GT3 Pro", "Lazio", "Sardegna", "Queensland", "Unknown", "TBA",
     "Great Britain", "Categoria Junior", "Sepang", "Monza", "Race Control", "Safety Car", "DNF",
     "Fastest Lap", "Pole Position"],
)  # fmt: skip
def test_codes_classes_places_and_placeholders_are_no_drivers(text):
    assert name_kind(text) == "other"
    assert driver_name(text) is None


@pytest.mark.parametrize(
    "text",
    ["Nordlicht Racing Team", "Apex Motorsport", "Vortex eSports", "Kessler Pneus", "Seat",
     "Aston Martin", "Ford Mazda", "Scuderia Rossa", "Berg GmbH", "Mini", "KRT Nissan"],
)  # fmt: skip
def test_teams_sponsors_and_makes_are_teams(text):
    assert name_kind(text) == "team"
    assert driver_name(text) is None


def test_a_team_passes_as_printed_in_a_printed_row_but_not_in_prose():
    assert published_name("Apex Motorsport") == "Apex Motorsport"
    assert published_name("Seat", printed=False) is None
    assert published_name("Y121") is None
    assert published_name("Y121", entry=True) == "Y121"  # a team entry keyed on its entrant


@pytest.mark.parametrize(
    ("text", "name"),
    [("Victorian Tom Hale", "Tom Hale"), ("Glarner Nico De Vries", "Nico De Vries"),
     ("Italian Marco Bellini", "Marco Bellini"), ("Local Dan Reyes", "Dan Reyes"),
     ("Victorian Hale", "Victorian Hale"), ("Quarto Ugo Sala", "Ugo Sala"),
     ("dos de Tom Hale", "Tom Hale"), ("Polesitter Ann Lee", "Ann Lee"),
     ("van der Berg", "van der Berg"), ("de la Fuente", "de la Fuente"),
     ("Primo Carnera", "Primo Carnera"), ("Jan van der Berg", "Jan van der Berg"),
     ("Roman Ruiz Diaz", "Roman Ruiz Diaz")],  # a given name, not the adjective of Rome
)  # fmt: skip
def test_words_before_a_name_are_cut(text, name):
    assert driver_name(text) == name


def _drivers(text: str) -> list[list[str]]:
    return [[r.driver for r in race.results] for race in extract_article(text).races]


def test_car_codes_and_a_heat_line_never_become_drivers():
    page = (
        "Class 2 final\n\n1st KX12 2nd TR7 3rd BX301 4th LM9\n\n"
        "Results of the second heat\n1 Ana Lopes\n2 Rui Costa\n3 Jo Faria\n"
    )
    rows = [d for race in _drivers(page) for d in race]
    assert "KX12" not in rows and "TR7" not in rows
    assert ["Ana Lopes", "Rui Costa", "Jo Faria"] in _drivers(page)


def test_a_schools_initials_in_a_printed_row_are_no_driver_turned_round():
    page = "Final results\n1. Ana Lopes\n2. Rui Costa\n3. ZST Borowo\n4. Jo Faria\n"
    rows = [d for race in _drivers(page) for d in race]
    assert "Ana Lopes" in rows and "Jo Faria" in rows
    assert not any("Borowo" in d for d in rows)


def test_a_one_word_row_ending_the_page_may_be_cut_and_is_dropped():
    page = "Final results\n1 Ana Lopes\n2 Rui Costa\n3 Jo Faria\n4 Bern"
    assert _drivers(page) == [["Ana Lopes", "Rui Costa", "Jo Faria"]]


def test_a_full_name_ending_the_page_stays():
    page = "Final results\n1 Ana Lopes\n2 Rui Costa\n3 Jo Faria\n4 Bernd Sauer"
    assert _drivers(page) == [["Ana Lopes", "Rui Costa", "Jo Faria", "Bernd Sauer"]]


def test_team_standings_keep_their_printed_names():
    page = "Teams' championship\n1. KRT Nissan 116 points\n2. KRT Honda 92 points\n"
    standings = extract_article(page).standings
    assert [s.driver for s in standings] == ["KRT Nissan", "KRT Honda"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [("Vittoria per il Lazio nella finale regionale.", []),
     ("Victory went to Lazio in the regional teams event, with Ian Brook second.", []),
     ("Senior Rok: victory went to Ian Brook. Baby Rok finished second.", [(1, "Ian Brook")])],
)  # fmt: skip
def test_prose_rows_pass_the_same_gate(text, rows):
    races = extract_article(text).races
    assert [(r.position, r.driver) for race in races for r in race.results] == rows


def test_a_code_is_read_as_the_driver_the_text_prints_it_after():
    text = "Ann Lee (KX12) led from Bo Kim (TR7), and Cy Diaz (BX301) was third."
    assert code_owner("KX12", text) == "Ann Lee"
    assert code_owner("ZZ9", text) is None  # printed nowhere
    assert code_owner("12", "Ann Lee (12)") is None  # a bare number could be anything
    assert code_owner("KX12", "Ann Lee (KX12) and Bo Kim (KX12)") is None  # two owners


def test_a_line_of_car_codes_gives_the_drivers_prose_pairs_them_with():
    page = (
        "Class 2 final\n\nAnn Lee (KX12) took the lead from Bo Kim (TR7) at the start, "
        "while Cy Diaz (BX301) held off Dan Roe (LM9) for third.\n\n"
        "1st KX12 2nd TR7 3rd BX301 4th LM9\n"
    )
    races = extract_article(page).races
    rows = [(r.position, r.driver, r.car_number) for race in races for r in race.results]
    assert rows == [(1, "Ann Lee", "KX12"), (2, "Bo Kim", "TR7"), (3, "Cy Diaz", "BX301"),
                    (4, "Dan Roe", "LM9")]  # fmt: skip


def _race(name: str, drivers: list[str], method: str) -> Race:
    rows = [
        ResultRow(
            position=n,
            driver=d,
            method=method,
            confidence=0.9,
            evidence=Evidence(text=d, start=0, end=1),
        )  # fmt: skip
        for n, d in enumerate(drivers, 1)
    ]
    session = "race" if name.startswith("Race ") else None
    return Race(name=name, **race_identity(name, session), results=rows)


def test_prose_telling_a_printed_race_again_joins_it():
    printed = Extraction.model_validate({"article": {}})
    printed.races = [_race("Race", ["Ann Lee", "Bo Kim", "Cy Diaz"], "list")]
    told = NarrativeFacts(races=[_race("Race 2", ["Ann Lee", "Bo Kim", "Cy Diaz"], "narrative")])
    merged = merge_narrative(printed, told)
    assert [[r.driver for r in race.results] for race in merged.races] == [
        ["Ann Lee", "Bo Kim", "Cy Diaz"]
    ]


def test_prose_rows_naming_no_driver_are_dropped_before_merging():
    printed = Extraction.model_validate({"article": {}})
    told = NarrativeFacts(races=[_race("Race", ["Lazio", "Ann Lee", "Baby Rok"], "narrative")])
    merged = merge_narrative(printed, told)
    assert [(r.position, r.driver) for r in merged.races[0].results] == [(2, "Ann Lee")]


def test_a_standing_loses_the_ordinal_before_its_name_and_a_region_is_no_drivers():
    page = "Classifica finale\n1. Lazio 263 punti\n2. Quarto Ugo Sala 49 punti\n"
    standings = extract_article(page).standings
    assert [s.driver for s in standings] == ["Ugo Sala"]


def test_standings_of_regional_teams_are_not_published_as_drivers():
    page = "Classifica finale\n1. TOSCANA punti 210\n2. Veneto punti 198\n3. Liguria punti 150\n"
    assert extract_article(page).standings == []


def test_a_surname_that_is_a_class_word_stays_in_standings():
    page = "Classifica piloti\n1. Ten Voorde 106\n2. Masters 86\n3. Braschi 49\n"
    standings = extract_article(page).standings
    assert [s.driver for s in standings] == ["Ten Voorde", "Masters", "Braschi"]


def test_prose_of_another_numbered_race_with_the_same_podium_stays_its_own_race():
    printed = Extraction.model_validate({"article": {}})
    printed.races = [_race("Race 1", ["Ann Lee", "Bo Kim", "Cy Diaz"], "list")]
    told = NarrativeFacts(races=[_race("Race 2", ["Ann Lee", "Bo Kim"], "narrative")])
    merged = merge_narrative(printed, told)
    assert [race.name for race in merged.races] == ["Race 1", "Race 2"]


# --- names prose gives, settled by the article's own text ------------------------------------

STORY = (
    "Tomás Ribeiro foi o grande vencedor da etapa. Mesmo com o pior resultado do ano, Kees "
    "Boer garantiu o título. A corrida de Lucas Ferraz terminou cedo. Na volta final, o ritmo "
    "de Ribeiro caiu, e Duda segurou o terceiro lugar, o mesmo de 2023. Tomás Ribeiro festejou."
)


@pytest.mark.parametrize(
    ("name", "published"),
    [("Tomás", "Tomás Ribeiro"), ("Ribeiro", "Tomás Ribeiro"), ("Boer", "Boer"),
     ("Mesmo", None), ("Duda", "Duda"), ("Lucas Ferraz", "Lucas Ferraz"),
     ("Kees Boer", "Kees Boer")],
)  # fmt: skip
def test_a_one_word_prose_name_is_the_driver_the_text_names_in_full_or_no_one(name, published):
    assert ProseNames(STORY, "pt")(name) == published


def test_a_circuit_is_left_to_the_gate_not_joined_to_the_word_before_it():
    assert ProseNames("Dopo Sepang, Ivo Dias vince a Monza.", "it")("Sepang") == "Sepang"


def test_a_given_name_two_drivers_share_names_no_one():
    text = "Ana Costa venceu. Ana Lima foi segunda. Ana cruzou a linha em terceiro."
    assert ProseNames(text, "pt")("Ana") is None


def test_a_one_word_name_the_text_also_writes_in_lower_case_is_a_word():
    text = "Ivo Dias won. Community spirit carried the day for the whole community."
    assert ProseNames(text, "en")("Community") is None


def test_a_one_word_name_inside_a_sentence_passes_in_a_report_of_full_names():
    text = "Ivo Dias won the race. Behind him, Siggy took second on the road."
    assert ProseNames(text, "en")("Siggy") == "Siggy"


@pytest.mark.parametrize("name", ["Siggy", "Basso", "kart_ace", "Chardonnet"])
def test_a_one_word_name_opening_sentences_and_list_lines_passes(name):
    text = f"Ivo Dias won.\n{name} took second.\n1. {name} 60; 2. Rota 34\n{name} was happy."
    assert ProseNames(text, "it")(name) == name


def test_a_surname_joins_no_noun_or_place_printed_once_before_it():
    text = (
        "Der Wagen des Traditionsrennstalls Williams lief gut. "
        "Williams siegte vor Pagani da Ranieri."
    )
    settled = ProseNames(text, "de")
    assert settled("Williams") == "Williams"
    assert settled("Ranieri") == "Ranieri"


def test_a_nation_code_after_a_name_is_no_part_of_it():
    text = "Ivo Sabo GER won. Ivo Sabo GER led every lap. Sabo was delighted."
    assert ProseNames(text, "en")("Sabo") == "Ivo Sabo"


def test_a_team_after_a_german_article_keeps_its_first_word():
    text = "Das Mahle Racing Team siegte vor dem Kurz Racing Team."
    assert ProseNames(text, "de")("Mahle Racing Team") == "Mahle Racing Team"


@pytest.mark.parametrize(
    ("name", "published"),
    [("Zwischenfall", None), ("Hamburger Tim Tramnitz", "Tim Tramnitz"), ("White Angel", None),
     ("Jonas Kurz", "Jonas Kurz"), ("Siggy", "Siggy")],
)  # fmt: skip
def test_after_a_german_article_a_capitalised_word_is_a_noun(name, published):
    text = (
        "Jonas Kurz gewann. Dann fiel Ole Brandt nach einem Zwischenfall zurück. Der Hamburger "
        "Tim Tramnitz wurde Fünfter, vor Siggy. Auf Rang drei lauerte die White Angel."
    )
    assert ProseNames(text, "de")(name) == published


def test_the_article_rule_is_for_languages_that_capitalise_nouns():
    assert (
        ProseNames("Marco Sala vince. Marco Sala festeggia. Gioia per la Sala.", "it")("Sala")
        == "Marco Sala"
    )


@pytest.mark.parametrize("name", ["Franciszkiem Lassotą", "Annę Nowak"])
def test_a_declined_polish_name_is_not_published(name):
    assert ProseNames(f"Na podium z {name}.", "pl")(name) is None


@pytest.mark.parametrize(
    "name", ["Pieter van der Berg", "María de la Fuente", "Jean-Luc Moreau", "Liam O'Hara",
             "Paweł Wiśniewski", "Γιώργος Παπαδόπουλος", "João dos Santos", "Sami-Matti Lind"],
)  # fmt: skip
def test_full_names_of_every_shape_pass_as_given(name):
    assert ProseNames(f"Win for {name}, ahead of Bo Kim.", "en")(name) == name


def test_prose_rows_take_the_name_the_text_settles():
    printed = Extraction.model_validate({"article": {"language": "pt"}})
    told = NarrativeFacts(races=[_race("Race", ["Tomás", "Mesmo", "Duda"], "narrative")])
    merged = merge_narrative(printed, told, STORY)
    assert [(r.position, r.driver) for r in merged.races[0].results] == [
        (1, "Tomás Ribeiro"),
        (3, "Duda"),
    ]


@pytest.mark.parametrize(
    "text", ["Senior Max", "Micro Max", "Nordic World Challenge", "Nordic Sim Series",
             "Copa Lenta Liga", "IV LO Borowo", "XII Puchar Lata", "ZST Borowo", "GKS Lipno"],
)  # fmt: skip
def test_competitions_and_schools_are_no_drivers(text):
    assert name_kind(text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Max Senior",
        "Max Kessler",
        "Ruben Garcia III",
        "Ivo Dias",
        "IVO DIAS",
        "V. Berg",
        "Xi Li",
        "TJ Hale",
        "NG Wei",
        "BRYN Hale",
    ],
)
def test_roman_numerals_and_their_letters_in_names_pass(text):
    assert name_kind(text) == "person"


def test_prose_standings_lose_a_role_noun_and_a_class_is_no_standing():
    printed = Extraction.model_validate({"article": {"language": "de"}})
    told = NarrativeFacts(
        standings=[
            Standing(driver=d, points=p, evidence=Evidence(text=d, start=0, end=1))
            for d, p in [("Pilotin Ada Roth", 106.0), ("Senior Rok", 90.0), ("Kart Team", 80.0)]
        ]
    )
    merged = merge_narrative(printed, told, "Pilotin Ada Roth führt. Kart Team folgt.")
    assert [(s.driver, s.points) for s in merged.standings] == [
        ("Ada Roth", 106.0),
        ("Kart Team", 80.0),
    ]


def test_a_name_cut_at_its_hyphen_is_made_whole():
    text = "Ruud Smit won. Jan-Piet van Dalen werd tweede, Dirk van het Hoog derde."
    settled = ProseNames(text, "nl")
    assert settled("Piet van Dalen") == "Jan-Piet van Dalen"
    assert settled("Dirk") == "Dirk van het Hoog"


def test_a_name_after_a_hyphenated_word_that_is_no_given_name_is_not_joined_to_it():
    text = "In der Pro-Am-Wertung KTM-Pilotin Ada Roth führt."
    assert ProseNames(text, "de")("Pilotin Ada Roth") == "Pilotin Ada Roth"


def test_a_prose_race_keeps_one_driver_per_place_the_first_told():
    rows = [
        ResultRow(position=pos, driver=d, method="narrative", confidence=0.8,
                  evidence=Evidence(text=d, start=at, end=at + 5))
        for pos, d, at in [(1, "Ann Lee", 0), (2, "Bo Kim", 10), (1, "Cy Diaz", 40),
                           (2, "Di Park", 50), (3, "Ed Ruiz", 60)]
    ]  # fmt: skip
    told = NarrativeFacts(races=[Race(name="Race", results=rows)])
    merged = merge_narrative(Extraction.model_validate({"article": {}}), told)
    assert [(r.position, r.driver) for r in merged.races[0].results] == [
        (1, "Ann Lee"), (2, "Bo Kim"), (3, "Ed Ruiz")
    ]  # fmt: skip


def test_a_surname_resolves_to_a_full_name_printed_once_inside_a_sentence():
    settled = ProseNames("A vitória de Rogério Lima veio cedo. Depois, Lima festejou.", "pt")
    assert settled("Lima") == "Rogério Lima"


def test_where_nouns_are_capitalised_a_surname_needs_its_full_name_printed_twice():
    text = "Der Wagen des britischen Rennstalls Williams lief gut. Williams siegte."
    assert ProseNames(text, "de")("Williams") == "Williams"
    twice = "Jubel bei Ole Lind. Ole Lind siegte. Danach sagte Lind, er sei froh."
    assert ProseNames(twice, "de")("Lind") == "Ole Lind"


def test_a_surname_joins_no_word_opening_a_sentence_before_it():
    assert ProseNames("Depois Ribeiro caiu para quinto.", "pt")("Ribeiro") == "Ribeiro"


@pytest.mark.parametrize(
    "text",
    ["Supercup", "Rajdu Nowacki Lasek", "Metropole Perth", "Real Madrid",
     "Barcelona Catalunya", "Zwycięzca", "Ana Maria Reis de Interlagos", "Ivo Sala di Monza"],
)  # fmt: skip
def test_competitions_places_clubs_and_titles_prose_names_are_no_drivers(text):
    assert name_kind(text) == "other"
    assert driver_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [("IndyCar Tom Vale", "Tom Vale"), ("Doświadczony Adam Lasek", "Adam Lasek"),
     ("Młoda Ewa Bryk", "Ewa Bryk")],
)  # fmt: skip
def test_a_series_or_an_adjective_before_a_name_is_cut(text, name):
    assert driver_name(text) == name


@pytest.mark.parametrize("text", ["Ivo Madrid", "Jan de Vries", "Sydney Hale", "Rita Monza"])
def test_names_holding_a_town_or_a_particle_still_pass(text):
    assert name_kind(text) == "person"


def test_capitals_glued_before_a_name_are_a_heading_s_word() -> None:
    from extractors.name_gate import driver_name

    assert driver_name("GTAAnn Lee") == "Ann Lee"
    assert driver_name("AJ Rook") == "AJ Rook"
    assert driver_name("JJ Vale") == "JJ Vale"


def test_a_name_ending_a_text_cut_mid_sentence_may_be_cut_and_names_no_one():
    text = "Bruno Paz venceu a etapa final, mas o campeão foi o norte-americano Dean"
    settled = ProseNames(text, "pt")
    assert (settled("Dean"), settled("Bruno Paz")) == (None, "Bruno Paz")


def test_a_name_ending_a_text_and_given_before_stays():
    text = "Dean Walsh won the opener. The second race went to Dean Walsh"
    assert ProseNames(text, "en")("Dean Walsh") == "Dean Walsh"


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [("Como em 2022, o piloto da Apex venceu a prova.", "pt", "Apex"),
     ("Le pilote de Montreuil s'imposait devant Luc Morel.", "fr", "Montreuil"),
     ("La victoria quedó en manos del volante de Villa Alta, Juan Ruiz.", "es", "Villa Alta")],
)  # fmt: skip
def test_a_name_after_a_drivers_noun_and_de_is_his_team_or_town(text, language, name):
    assert ProseNames(text, language)(name) is None


def test_a_driver_named_after_a_drivers_noun_elsewhere_stays():
    text = "Il pilota di Carlo Neri? No: Carlo Neri ha vinto da solo."
    assert ProseNames(text, "it")("Carlo Neri") == "Carlo Neri"


@pytest.mark.parametrize("state", ["Santa Catarina", "Bahia", "PARANÁ", "Mato Grosso do Sul"])
def test_a_brazilian_state_is_no_driver(state):
    assert name_kind(state) == "other"
