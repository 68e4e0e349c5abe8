"""A list under a retirement heading: its rows did not finish, and get no place from their order."""

from __future__ import annotations

from extractors.article import document_for, extract_documents
from extractors.result_lists import is_retirement_heading

PAGE = """Ana Reis won the round ahead of Bo Lind.
1. Ana Reis (Kite) 1:02:03.400
2. Bo Lind (Apex) a 1.200
3. Cy Moura (Kite) a 4.800
Retirados:
4. Di Sousa (Apex)
Ed Brandt (Vela)
Fa Costa (Vela)
"""


def test_retirement_heading_words() -> None:
    assert is_retirement_heading("Retirados:")
    assert is_retirement_heading("Ausfälle")
    assert not is_retirement_heading("Results:")
    assert not is_retirement_heading("Retired drivers will return next year")


def test_rows_under_retirement_heading_get_no_place() -> None:
    (extraction,) = extract_documents([document_for(PAGE, media_type="text/plain")])
    rows = [(r.position, r.driver, r.status) for race in extraction.races for r in race.results]
    assert (1, "Ana Reis", "finished") in rows
    assert not any(d in ("Ed Brandt", "Fa Costa") and p is not None for p, d, _ in rows)
    assert all(s == "dnf" for _, d, s in rows if d in ("Di Sousa", "Ed Brandt"))
