"""Heat lines under a heat-by-heat heading ('Bieg po biegu:', 'Heat by heat:'), which a page may
cut after a heat or two: a bracket of numbers before the names is dropped, a rider marked out of
the heat in a closing bracket is unplaced. Sentences and pages are invented."""

from extractors.article import extract_article

PAGE = (
    "Turniej w Lipowie\n\n"
    "Klasyfikacja:\n\n"
    "1. Anton Lekki (3,3,2) 8\n\n"
    "2. Borys Kamyk (2,3,3) 8\n\n"
    "3. Cezary Dolny (1,2,3) 6\n\n"
    "4. Damian Fryc (3,1,1) 5\n\n"
    "5. Emil Orzech (0,0,1) 1\n\n"
    "Bieg po biegu:\n\n"
    "1. Lekki, Kamyk, Dolny, Fryc (Orzech W)\n\n"
    "2. B. Kamyk, Orzech, Lekki, Dolny (D)\n"
)


def _races(text: str) -> dict[str, list[tuple]]:
    races = extract_article(text, media_type="text/plain").races
    return {r.name: [(x.position, x.driver, x.status) for x in r.results] for r in races}


def test_each_heat_line_is_a_race_its_riders_in_order_the_marked_rider_unplaced():
    races = _races(PAGE)
    assert races["Heat 1"] == [
        (1, "Anton Lekki", "finished"), (2, "Borys Kamyk", "finished"),
        (3, "Cezary Dolny", "finished"), (4, "Damian Fryc", "finished"),
        (None, "Emil Orzech", "dsq"),
    ]  # fmt: skip
    assert races["Heat 2"] == [
        (1, "Borys Kamyk", "finished"), (2, "Emil Orzech", "finished"),
        (3, "Anton Lekki", "finished"), (None, "Cezary Dolny", "dnf"),
    ]  # fmt: skip


def test_one_heat_line_before_a_line_cut_off_and_a_bracket_of_numbers_dropped():
    text = (
        "Memoriał na torze w Brzozie\n\nBieg po biegu:\n\n"
        "1. (58,9) Lekki, Kamyk, Dolny, Fryc\n\n2. ("
    )
    races = _races(text)
    assert races["Heat 1"] == [
        (1, "Lekki", "finished"), (2, "Kamyk", "finished"), (3, "Dolny", "finished"),
        (4, "Fryc", "finished"),
    ]  # fmt: skip
    assert "Bieg po biegu" not in races


def test_an_english_heading_reads_two_heats():
    text = (
        "Club meeting at Vela Park\n\nHeat by heat:\n\n"
        "1. Ann Lee, Bo Kim, Cy Dow, Eva Fox\n\n2. Cy Dow, Eva Fox, Ann Lee, Bo Kim\n\nMore soon.\n"
    )
    races = _races(text)
    assert [d for _, d, _ in races["Heat 1"]] == ["Ann Lee", "Bo Kim", "Cy Dow", "Eva Fox"]
    assert [p for p, _, _ in races["Heat 2"]] == [1, 2, 3, 4]


def test_an_unknown_mark_or_no_heading_reads_no_heats():
    unknown = PAGE.replace("(Orzech W)", "(Orzech Q)").replace("Dolny (D)", "Dolny")
    assert "Heat 1" not in _races(unknown)
    unheaded = PAGE.replace("Bieg po biegu:", "Notatki:")
    assert not any(name.startswith("Heat") for name in _races(unheaded))
