"""A class's drivers on one line, each followed by its place printed with the place's word in
brackets ('Gruppe A: Ann Lee (Platz eins), Bo Kim (Platz zwei), Cy Dow (Platz sieben).'): the
places as printed, rising (a club's own drivers, the others left out). Pages and names are
invented."""

from extractors.article import extract_article
from extractors.inline_rows import split_worded_places

PAGE = (
    "Die Fahrer des Kartclubs Velastadt waren am Wochenende wieder unterwegs.\n\n"
    "Nachfolgend die Ergebnisse der Vereinsfahrer:\n\n"
    "Gruppe A: Ann Lee (Platz eins), Bo Kim (Platz zwei), Cy Dow (Platz sieben).\n"
)


def _places(text: str) -> list[tuple[int, str]] | None:
    found = split_worded_places(text)
    return [(place, row.text) for place, row in found[1]] if found else None


def test_places_in_words_after_the_place_word():
    assert _places("Gruppe A: Ann Lee (Platz eins), Bo Kim (Platz zwei), Cy Dow (Platz 7).") == [
        (1, "Ann Lee"),
        (2, "Bo Kim"),
        (7, "Cy Dow"),
    ]


def test_places_in_figures_before_the_place_word():
    assert _places("Junior Cup: Ann Lee (2nd place), Bo Kim (5th place)") == [
        (2, "Ann Lee"),
        (5, "Bo Kim"),
    ]


def test_the_label_is_the_class():
    found = split_worded_places("Gruppe B: Ann Lee (3. Platz), Bo Kim (6. Platz)")
    assert found is not None
    assert found[0] == "Gruppe B"


def test_places_that_do_not_rise_are_no_list():
    assert _places("Gruppe A: Ann Lee (Platz drei), Bo Kim (Platz zwei)") is None


def test_a_bracket_without_a_place_is_no_list():
    assert _places("Gruppe A: Ann Lee (Platz eins), Bo Kim (Kite Racing)") is None


def test_one_driver_is_no_list():
    assert _places("Gruppe A: Ann Lee (Platz eins).") is None


def test_the_rows_are_read_under_their_class():
    extraction = extract_article(PAGE, media_type="text/plain")
    races = {race.name: [(r.position, r.driver) for r in race.results] for race in extraction.races}
    assert races.get("Gruppe A") == [(1, "Ann Lee"), (2, "Bo Kim"), (7, "Cy Dow")]
