"""A name may end with its suffix in lower case ('Ann Lee jr.'), as German lists print it;
'sr' in lower case stays no suffix (Portuguese 'sr.' is a form of address)."""

import pytest

from extractors.article import parse_row_text
from extractors.names import looks_like_name


@pytest.mark.parametrize(
    ("text", "name"),
    [("Tomas Berg jr.", True), ("Tomas Berg Jr.", True), ("Tomas Berg jr", True),
     ("Tomas sr", False), ("tomas Berg", False)],
)  # fmt: skip
def test_a_lower_case_junior_ends_a_name(text, name):
    assert looks_like_name(text) is name


def test_a_standings_row_with_a_lower_case_junior_reads_its_driver():
    row = parse_row_text("6. Tomas Berg jr. (Spanien) 14", 0)
    assert (row.position, row.driver, row.nation, row.bare_number) == (
        6,
        "Tomas Berg jr.",
        "ESP",
        14,
    )
