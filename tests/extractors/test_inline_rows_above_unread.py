"""A run-together list of numbered rows one of which is not read as a row ('8th Brise 750s, 186
laps': no colon, a name the readers do not take for a driver or an entrant): the rows above it
stay the list's, those from it on give nothing. Pages and names are invented."""

from extractors.article import extract_article

RELAY = (
    "Relay, final order:\n\n"
    "1st : Kite Owls, 196 laps (Marsh, Doyle).\n\n"
    "2nd : Vela Club, 195 laps (Orme, Lusk).\n\n"
    "3rd : Team Dorne, 194 laps (Penn, Gill).\n\n"
    "4th : Brise Rovers, 191 laps (Tarn, Bray); 5th : Oakfield Club, 190 laps; 6th : Morlan "
    "Team, 188 laps; 7th : Oak Vale Club, 187 laps; 8th Brise 750s, 186 laps; 9th : Team "
    "Cortez, 185 laps.\n"
)

SHORT = (
    "Relay, final order:\n\n"
    "1st : Kite Owls, 196 laps (Marsh, Doyle).\n\n"
    "2nd : Vela Club, 195 laps (Orme, Lusk).\n\n"
    "3rd : Team Dorne, 194 laps (Penn, Gill).\n\n"
    "4th : Brise Rovers, 191 laps (Tarn, Bray); 5th : Oakfield Club, 190 laps; 6th Brise "
    "750s, 188 laps; 7th : Oak Vale Club, 187 laps; 8th : Team Cortez, 185 laps.\n"
)


def _rows(page: str) -> list[tuple[int | None, str | None]]:
    extraction = extract_article(page, media_type="text/plain")
    return [(r.position, r.driver) for race in extraction.races for r in race.results]


def test_the_rows_above_the_unread_one_are_kept():
    assert _rows(RELAY) == [
        (1, "Kite Owls"),
        (2, "Vela Club"),
        (3, "Team Dorne"),
        (4, "Brise Rovers"),
        (5, "Oakfield Club"),
        (6, "Morlan Team"),
        (7, "Oak Vale Club"),
    ]


def test_fewer_than_three_rows_above_it_give_nothing():
    assert _rows(SHORT) == [(1, "Kite Owls"), (2, "Vela Club"), (3, "Team Dorne")]
