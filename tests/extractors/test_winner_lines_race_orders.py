"""Race orders run together in one paragraph ('Heat 1-Ann Lee, Bo Kim, Cy Dow.  Heat 2-Bo Kim, …
Trophy Dash-…'), as short-track reports print a night's results: one race per order, its
finishers at the places they are named in, the race's number never read as a place. Pages and
names are invented."""

from extractors.article import extract_article

NIGHT = (
    "Race Results\n"
    "Kite Modifieds\n"
    "Heat 1-Orvo Tally, Pim Rasker, Quen Abbot.  Heat 2-Ruel Sonder, Tash Melko, Ugo Brill.  "
    "Trophy Dash-Orvo Tally, Ruel Sonder, Pim Rasker.  Main Event-Tash Melko, Orvo Tally, Ugo "
    "Brill, Quen Ab\n"
)


def races_of(text: str) -> dict[str, list[tuple[int | None, str]]]:
    extraction = extract_article(text, media_type="text/plain")
    return {
        race.name: [(r.position, r.driver) for r in race.results]
        for race in extraction.races
        if race.results
    }


def test_each_order_is_a_race_with_its_finishers_in_order():
    races = races_of(NIGHT)
    assert races["Heat 1"] == [(1, "Orvo Tally"), (2, "Pim Rasker"), (3, "Quen Abbot")]
    assert races["Heat 2"] == [(1, "Ruel Sonder"), (2, "Tash Melko"), (3, "Ugo Brill")]
    assert races["Trophy Dash"] == [(1, "Orvo Tally"), (2, "Ruel Sonder"), (3, "Pim Rasker")]


def test_an_order_cut_off_by_the_page_is_left_out():
    races = races_of(NIGHT)
    assert not any("Main Event" in name for name in races)
    assert all(driver != "Quen Ab" for rows in races.values() for _, driver in rows)


def test_the_race_numbers_are_not_places():
    assert set(races_of(NIGHT)) == {"Heat 1", "Heat 2", "Trophy Dash"}


def test_dashes_around_the_label_read_alike():
    page = (
        "Kite Modifieds\n"
        "Heat 1 - Orvo Tally, Pim Rasker, Quen Abbot. Feature - Ruel Sonder, Tash Melko, Ugo "
        "Brill, Orvo Tally.\n"
    )
    races = races_of(page)
    assert races["Heat 1"] == [(1, "Orvo Tally"), (2, "Pim Rasker"), (3, "Quen Abbot")]
    assert races["Feature"][:2] == [(1, "Ruel Sonder"), (2, "Tash Melko")]


def test_one_order_alone_in_a_sentence_is_not_read():
    page = (
        "Kite Modifieds\n"
        "Heat 1-Orvo Tally, Pim Rasker, Quen Abbot. The crowd stayed for the fireworks after "
        "the last race of the night.\n"
    )
    assert "Heat 1" not in races_of(page)


def test_words_that_are_no_names_make_no_order():
    page = "Kite Modifieds\nHeat 1-Dry, Dusty, Fast. Heat 2-Wet, Slick, Slow.\n"
    races = races_of(page)
    assert "Heat 1" not in races and "Heat 2" not in races
