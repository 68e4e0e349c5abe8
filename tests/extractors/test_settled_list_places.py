"""An unnumbered list places its rows by their order, so a row it cannot read unsettles every
place below it (round 23): the winner's row printed as a name alone over rows of gaps is read,
and a list stops at a row it could not read. Pages and rows are invented."""

from extractors.article import extract_article
from extractors.result_lists import parse_row_text, settled_rows
from extractors.row_facts import RowFacts


def rows_of(text: str) -> list[tuple[str, list[tuple[int | None, str, float | None]]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (race.name, [(r.position, r.driver, r.gap_s) for r in race.results])
        for race in extraction.races
        if any(r.method == "list" for r in race.results)
    ]


WINNER_ALONE = (
    "Resultado - Corrida 1\n"
    "- Tomas Vilar\n"
    "- Rui Caldeira +0s412\n"
    "- Joel Mendanha +1s907\n"
    "- Ivo Parreira +4s020\n"
    "Resultado - Corrida 2\n"
    "- Joel Mendanha\n"
    "- Ivo Parreira +2s300\n"
    "- Tomas Vilar +3s118\n"
)


def test_the_winners_name_alone_over_rows_of_gaps_is_the_winner():
    assert rows_of(WINNER_ALONE) == [
        (
            "Corrida 1",
            [
                (1, "Tomas Vilar", None),
                (2, "Rui Caldeira", 0.412),
                (3, "Joel Mendanha", 1.907),
                (4, "Ivo Parreira", 4.02),
            ],
        ),
        (
            "Corrida 2",
            [(1, "Joel Mendanha", None), (2, "Ivo Parreira", 2.3), (3, "Tomas Vilar", 3.118)],
        ),
    ]


def row(text: str) -> RowFacts:
    return parse_row_text(text)


def test_a_name_alone_over_rows_without_signed_gaps_is_not_read_as_the_winner():
    rows = [row("Tomas Vilar"), row("Rui Caldeira 1:02.412"), row("Joel Mendanha 1:03.907")]
    assert [r.driver for r in settled_rows(rows, lambda r: r.is_result)] == [
        "Rui Caldeira",
        "Joel Mendanha",
    ]


def test_an_unnumbered_list_stops_at_a_row_it_could_not_read():
    rows = [row("Tomas Vilar 40:12.118"), row("Rui Caldeira +1.2"), row("Joel Mendanha"),
            row("Ivo Parreira +9.4"), row("Edu Sampaio DNF")]  # fmt: skip
    kept = settled_rows(rows, lambda r: r.is_result)
    assert [(r.driver, r.status) for r in kept] == [
        ("Tomas Vilar", "finished"),
        ("Rui Caldeira", "finished"),
        ("Edu Sampaio", "dnf"),  # no place hangs on the order: kept
    ]


def test_a_numbered_list_keeps_its_printed_places_past_a_row_not_read():
    rows = [row("1. Tomas Vilar 40:12.118"), row("2. Rui Caldeira +1.2"), row("Joel Mendanha"),
            row("4. Ivo Parreira +9.4")]  # fmt: skip
    kept = settled_rows(rows, lambda r: r.is_result)
    assert [(r.position, r.driver) for r in kept] == [
        (1, "Tomas Vilar"),
        (2, "Rui Caldeira"),
        (4, "Ivo Parreira"),
    ]


def test_cars_by_their_numbers_with_joined_crews_are_placed_by_their_order():
    page = (
        "Resultado final:\n"
        "Taça Serra – 300 km Vale Alto\n"
        "- #41 Rita Lemos e Caio Brandt 3:58:12.440\n"
        "- #7 Teo Valim e Nuno Farias +3.204\n"
        "- #19 Ana Quintela, Davi Moura e Ivo Serrano +11.870\n"
    )
    ((_, rows),) = rows_of(page)
    assert rows == [(1, "#41", None), (2, "#7", 3.204), (3, "#19", 11.87)]
