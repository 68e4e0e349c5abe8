"""A makers' standings table printing a chassis and its engine glued by a hyphen ('2. Vela-Kite
40 puntos') names one entrant per row, kept whole; a drivers' table is left as it reads
(invented pages in the shapes real ones print)."""

from extractors.article import read_structured
from extractors.document import document_from_text
from extractors.result_lists import glued_entrants_as_names, parse_row_text

MAKERS_PAGE = (
    "Tabla del Campeonato de Constructores:\n\n"
    "  1. Ferrari 70 puntos\n"
    "  2. Halcón-Honda 48 puntos\n"
    "  3. Cóndor-Mercedes 31 puntos\n"
    "  4. Renault 12 puntos\n"
)


def test_each_glued_entrant_is_one_standing_under_its_printed_name():
    facts = read_structured(document_from_text(MAKERS_PAGE))
    assert [(s.position, s.driver, s.points) for s in facts.standings] == [
        (1, "Ferrari", 70), (2, "Halcón-Honda", 48), (3, "Cóndor-Mercedes", 31), (4, "Renault", 12),
    ]  # fmt: skip
    assert facts.results == {}


def test_a_table_naming_a_driver_keeps_its_rows():
    rows = [
        parse_row_text("1. Tomás Ibarra (Halcón) 58 puntos"),
        parse_row_text("2. Cóndor-Honda 41 puntos"),
    ]
    assert glued_entrants_as_names(rows) == rows


def test_a_table_of_bare_makers_is_unchanged():
    rows = [parse_row_text("1. Ferrari 70 puntos"), parse_row_text("2. Renault 12 puntos")]
    assert glued_entrants_as_names(rows) == rows
