"""A run-together list's last row ended by a sentence that opens with a place of its own ('3° Lee.
1° Kim per la regione'): the last row is cut at the full stop. Pages and names are invented."""

from extractors.inline_rows import split_inline_lists

CLASS = "Categ. 125cc Rok Jr: 1° Vanni Marco; 2° Torre Luca; 3° Bellini. 1° Sarti Ugo per il Nord."


def test_the_last_row_stops_at_the_full_stop_before_another_place():
    (found,) = split_inline_lists(CLASS)
    assert [row.text for row in found.rows] == [
        "1° Vanni Marco",
        "2° Torre Luca",
        "3° Bellini",
    ]
