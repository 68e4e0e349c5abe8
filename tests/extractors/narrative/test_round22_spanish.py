"""Round 22: Spanish shapes of a win, a place and a podium told in prose that the reader missed
(or gave to the wrong driver), found on the tune half's Spanish reports. Invented sentences in
the shapes real reports use, expectations written by hand."""

import pytest
from narrative_reading import places, read

# A win told in the compound past, or as a triumph carried off, reached or inherited


@pytest.mark.parametrize(
    "text",
    [
        "Dani Moreto ha logrado este domingo la victoria en el circuito de Valdemora.",
        "Dani Moreto ha conseguido la victoria en la segunda carrera.",
        "En la carrera del sábado Dani Moreto se ha impuesto con claridad.",
        "Allí Dani Moreto se llevó un gran triunfo, manteniendo la punta hasta el final.",
        "Un inspirado Dani Moreto llegó al triunfo luego de partir desde el fondo.",
        "Heredó el triunfo Dani Moreto, tras la sanción al que cruzó primero.",
    ],
)
def test_a_win_told_in_these_words_is_the_drivers(text):
    assert places(read(text, "es")) == {"Dani Moreto": 1}


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name():
    facts = places(read("Allí Dani Moreto se llevó el triunfo.", "es"))
    assert "Allí Dani Moreto" not in facts
    assert facts["Dani Moreto"] == 1


# A win or a place that "fell to" a driver ('correspondió a'), or was "in the hands of" one


def test_a_win_that_fell_to_a_driver_is_his():
    facts = read("En la segunda carrera el triunfo correspondió al australiano Dani Moreto.", "es")
    assert places(facts) == {"Dani Moreto": 1}


def test_a_place_in_the_hands_of_a_driver_is_his():
    facts = places(
        read("Dani Moreto ganó la final. El segundo puesto estuvo en manos de Rui Lage.", "es")
    )
    assert facts == {"Dani Moreto": 1, "Rui Lage": 2}


def test_a_place_whose_noun_is_left_out_after_the_one_before_falls_to_the_driver_after_it():
    facts = places(
        read(
            "Dani Moreto ganó la final. La segunda posición fue para Rui Lage (Villa Alta) y la "
            "tercera le correspondió a Tito Bravo (Puerto Gris).",
            "es",
        )
    )
    assert facts == {"Dani Moreto": 1, "Rui Lage": 2, "Tito Bravo": 3}


# A place told with a gerund before the driver ('ocupando el segundo lugar X'): the driver after
# it, never the one named before


def test_a_gerund_place_goes_to_the_driver_named_after_it():
    facts = places(
        read(
            "El triunfo correspondió a Dani Moreto (Apex), ocupando el segundo lugar el polaco "
            "Rui Lage (Apex).",
            "es",
        )
    )
    assert facts == {"Dani Moreto": 1, "Rui Lage": 2}


def test_a_gerund_place_after_a_second_is_not_the_seconds():
    facts = places(
        read(
            "La tercera manga la ganó Dani Moreto (Apex) y el segundo fue Rui Lage, entrando en "
            "tercer lugar Tito Bravo (Beta).",
            "es",
        )
    )
    assert facts == {"Dani Moreto": 1, "Rui Lage": 2, "Tito Bravo": 3}


def test_a_gerund_of_finishing_set_off_by_commas_stays_with_the_driver_before():
    facts = places(
        read(
            "Dani Moreto ganó la carrera y Rui Lage, terminando en el tercer lugar, superó a "
            "Tito Bravo.",
            "es",
        )
    )
    assert facts == {"Dani Moreto": 1, "Rui Lage": 3}


# 'escoltado por': followed by


def test_escorted_by_is_followed_by():
    facts = places(read("Dani Moreto ganó la final, escoltado por Rui Lage.", "es"))
    assert facts == {"Dani Moreto": 1, "Rui Lage": 2}


# Ordinals written with the last letters of the word, as Latin American reports print them


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tras una gran final, Ana Mota obtuvo el 2do lugar.", 2),
        ("Ana Mota terminó en 4to lugar en la carrera del sábado.", 4),
        ("Tras un toque, Ana Mota terminó en 12va posición.", 12),
    ],
)
def test_ordinals_with_the_words_last_letters_are_places(text, place):
    assert places(read(text, "es"))["Ana Mota"] == place


def test_a_round_numbered_with_such_an_ordinal_is_no_place():
    facts = places(read("Ana Mota ganó la 4ta fecha del torneo.", "es"))
    assert facts == {"Ana Mota": 1}


# 'el vencedor fue X'; 'dejando en segundo puesto a Y'; 'fue finalmente segundo'


def test_the_victor_was_names_the_winner_and_followed_by_the_next():
    facts = read("En la Junior el vencedor fue Ana Mota, seguido por Rui Lage.", "es")
    assert places(facts) == {"Ana Mota": 1, "Rui Lage": 2}


def test_leaving_a_driver_in_a_place_gives_him_that_place():
    facts = places(
        read("En la Master, Ana Mota se impuso, dejando en segundo puesto a Rui Lage.", "es")
    )
    assert facts == {"Ana Mota": 1, "Rui Lage": 2}


def test_a_place_told_after_finally_is_the_drivers():
    facts = places(
        read(
            "Ana Mota ganó la final. Rui Lage fue finalmente segundo y Tito Bravo completó el "
            "podio.",
            "es",
        )
    )
    assert facts == {"Ana Mota": 1, "Rui Lage": 2, "Tito Bravo": 3}
