"""A photographer's studio credited on a page ('Photo: Dell Photography') and a sim-racing team
('Kestrel Simracers Silver') are no person: a demonym beside one gives no driver a nation
(invented names)."""

import pytest

from extractors.name_gate import name_kind


@pytest.mark.parametrize(
    "name",
    ["Dell Photography", "Studio Vane Fotografie", "Kestrel Simracers Silver", "Vane Simracing"],
)
def test_company_words_make_no_person(name):
    assert name_kind(name) != "person"


def test_a_plain_name_stays_a_person():
    assert name_kind("Tom Vale") == "person"
