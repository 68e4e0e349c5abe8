"""Numbered rows run together in one paragraph after ';' ('1 - A/B, Kite, 1h02m; 2 - C/D …',
'4th : Team Kite, 196 laps (…); 5th : …'). Pages and names are invented."""

from extractors.article import extract_article
from extractors.inline_rows import split_inline_lists

RALLY = (
    "Classement final:\n\n"
    "1 - Marlow/Penn, Kite, 2h10m04s2; 2 - Orme/d'Avenne, Vela, +18s4; 3 - Tarn/Gill, Kite, "
    "+1m02s; 4 - Lusk/Bray, Vela, +1m40s1\n"
)

RELAY = (
    "4th : Kite Owls, 196 laps (Marsh, Doyle (Vane 1100 S), Penn (Vane)); 5th : Vela "
    "Club, 195 laps (Orme, Lusk, Bray (Vane 900)); 6th : Team Dorne, 191 laps; 7th : Brise "
    "Rovers, 190 laps."
)


def test_spaced_hyphen_places_after_semicolons_split_in_order():
    lists = split_inline_lists(RALLY.splitlines()[2])
    assert [row.text for row in lists[0].rows] == [
        "1 - Marlow/Penn, Kite, 2h10m04s2",
        "2 - Orme/d'Avenne, Vela, +18s4",
        "3 - Tarn/Gill, Kite, +1m02s",
        "4 - Lusk/Bray, Vela, +1m40s1",
    ]


def test_the_crews_are_the_rows_of_the_race():
    extraction = extract_article(RALLY, media_type="text/plain")
    assert [
        [(r.position, r.driver) for r in race.results if r.method == "list"]
        for race in extraction.races
    ] == [[(1, "Marlow/Penn"), (2, "Orme/d'Avenne"), (3, "Tarn/Gill"), (4, "Lusk/Bray")]]


def test_worded_places_with_a_colon_going_on_from_four_split():
    lists = split_inline_lists(RELAY)
    assert [row.text.split(",")[0] for row in lists[0].rows] == [
        "4th : Kite Owls",
        "5th : Vela Club",
        "6th : Team Dorne",
        "7th : Brise Rovers",
    ]


def test_scores_or_places_out_of_order_are_no_list():
    assert split_inline_lists("Vela beat Kite 1 - 0; Dorne beat Brise 2 - 1.") == []
    assert split_inline_lists("Lee was 3rd : Kim 5th : Diaz 4th : in the heats.") == []
