"""A win told of a driver set off by commas after his role and team ('Le pilote Apex, X, a
remporté la course'): the driver's, never lost as a list of two drivers nor given to the team.
Invented sentences in the shape real reports use, expectations written by hand."""

import pytest
from narrative_reading import places, read


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le pilote Orion, Rui Lage, a remporté la course.", "fr"),
        (
            "Le pilote Orion, Rui Lage, a remporté la manche du samedi après une longue bataille "
            "sur le circuit de Valdemora.",
            "fr",
        ),
        ("El piloto de Orion, Rui Lage, ganó la carrera.", "es"),
        ("O piloto da Orion, Rui Lage, venceu a corrida.", "pt"),
    ],
)
def test_the_driver_set_off_after_his_role_and_team_won(text, language):
    assert places(read(text, language)) == {"Rui Lage": 1}


def test_two_drivers_listed_with_no_role_noun_before_them_win_nothing_alone():
    assert places(read("Tito Bravo, Rui Lage, a remporté la course.", "fr")) == {}
