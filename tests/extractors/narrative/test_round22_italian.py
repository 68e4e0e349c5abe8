"""Round 22's Italian shapes: a win told with the infinitive fronted ('A vincere è stato X'),
'è riuscito ad imporsi', a class whose name opens with its size ('Nella 60 Mini si è imposto X'),
and a top completed by drivers whose long team brackets come before their own places."""

import pytest
from narrative_reading import race_places, read


@pytest.mark.parametrize(
    "text",
    [
        "Nella Rookie, a prevalere è stato Mauro Pelladi, davanti a Tino Scarsella.",
        "Nella Rookie, ad imporsi è stato Mauro Pelladi, davanti a Tino Scarsella.",
        "Nella Rookie, a conquistare la vittoria è stato Mauro Pelladi, davanti a Tino Scarsella.",
        "Nella Rookie è riuscito ad imporsi Mauro Pelladi, davanti a Tino Scarsella.",
    ],
)
def test_a_fronted_win_names_its_winner_after_the_copula(text: str) -> None:
    assert race_places(read(text, "it")) == {"Mauro Pelladi": 1, "Tino Scarsella": 2}


def test_a_fronted_win_in_the_final_and_the_places_after_it() -> None:
    text = (
        "In KF4, a guadagnare la vittoria in Finale è stato Mauro Pelladi che ha preceduto "
        "Tino Scarsella, con Ugo Ranetti terzo e Dino Falcheri quarto."
    )
    assert race_places(read(text, "it")) == {
        "Mauro Pelladi": 1,
        "Tino Scarsella": 2,
        "Ugo Ranetti": 3,
        "Dino Falcheri": 4,
    }


def test_a_fronted_attempt_is_no_win() -> None:
    assert race_places(read("Mauro Pelladi ha provato a vincere, ma ha chiuso terzo.", "it")) == {
        "Mauro Pelladi": 3
    }


def test_a_class_opening_with_its_size_is_no_subject_of_the_win() -> None:
    facts = read("Nella 60 Mini si è imposto Mauro Pelladi, davanti a Tino Scarsella.", "it")
    assert race_places(facts) == {"Mauro Pelladi": 1, "Tino Scarsella": 2}
    assert [race.name for race in facts.races] == ["60 Mini"]


def test_each_name_completing_the_top_past_a_long_team_bracket_keeps_its_own_place() -> None:
    text = (
        "Mauro Pelladi conclude settimo. Completano la Top 10 Tino Scarsella (Vela Kart by "
        "Orso – Vela Kart – TM), ottavo, Ugo Ranetti (Team Blu – KR – IAME), nono, e Dino "
        "Falcheri (Corse Verdi – KR – IAME), decimo."
    )
    assert race_places(read(text, "it")) == {
        "Mauro Pelladi": 7,
        "Tino Scarsella": 8,
        "Ugo Ranetti": 9,
        "Dino Falcheri": 10,
    }
