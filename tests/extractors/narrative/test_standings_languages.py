"""Prose standings in other languages (invented sentences in the shapes of real reports,
expectations written by hand): totals without a points word after the language's 'with', in a
sentence about the championship, and 'in total' before a total."""

from narrative_reading import read, totals


def test_spanish_bare_totals_after_con_in_a_championship_sentence():
    text = (
        "Con estos resultados el campeonato de pilotos quedó con Luis Prado como campeón con "
        "314 puntos, subcampeón Marco Ruiz con 279 y tercero Tomás Vidal con 243."
    )
    assert totals(read(text, "es")) == {
        "Luis Prado": 314.0,
        "Marco Ruiz": 279.0,
        "Tomás Vidal": 243.0,
    }


def test_spanish_bare_number_of_a_days_points_is_no_total():
    text = (
        "Jorge Ortega fue segundo del día, mientras que el podio lo cerró Sebastián Vidal con 18."
    )
    assert "Sebastián Vidal" not in totals(read(text, "es"))


def test_italian_bare_total_belongs_to_the_driver_right_before_it():
    text = "Marco Rossi è primo in classifica con 60 punti, seguito da Luca Neri a quota 42."
    assert totals(read(text, "it")) == {"Marco Rossi": 60.0, "Luca Neri": 42.0}


def test_german_in_total_before_a_total_shared_by_two_drivers():
    text = "Tim Berg und Jan Kohl sammelten insgesamt 63 Punkte."
    assert totals(read(text, "de")) == {"Tim Berg": 63.0, "Jan Kohl": 63.0}


def test_a_class_name_before_a_total_owns_none():
    text = "Ravi Menon took the title in the Micro Max category garnering a total of 413 points."
    assert all(s.driver != "Micro Max" for s in read(text, "en").standings)


def test_italian_team_in_apposition_owns_no_total():
    text = (
        "La prima corsa ha visto prevalere su tutti Marco Ferri, dei Blue Falcon Stars, che "
        "anche grazie a questa vittoria ora è il nuovo leader del campionato, con 64 punti."
    )
    assert totals(read(text, "it")) == {"Marco Ferri": 64.0}


def test_portuguese_drivers_listed_after_por_all_own_the_total():
    text = (
        "Bruno Lima (31) é o quarto, seguido por Caio Reis, Davi Nunes e Rui Prado – todos com "
        "30 pontos."
    )
    assert {"Caio Reis", "Davi Nunes", "Rui Prado"} <= set(totals(read(text, "pt")))


def test_spanish_units_are_points_after_a_total():
    text = (
        "El líder de la tabla de posiciones es Juan Pérez con 83 puntos seguido de Mario Vera "
        "con 82,5 unidades."
    )
    assert totals(read(text, "es")) == {"Juan Pérez": 83.0, "Mario Vera": 82.5}


def test_polish_total_on_a_drivers_account():
    text = "Jan Nowak zakończył sezon z dorobkiem 150 punktów, a Ola Lis ma na koncie 120 pkt."
    assert totals(read(text, "pl")) == {"Jan Nowak": 150.0, "Ola Lis": 120.0}


def test_a_total_of_a_car_named_before_its_driver_is_not_settled():
    text = "El líder del campeonato es el Dodge Challenger de Luis Soto, con 70 unidades."
    assert "Challenger de Luis Soto" not in totals(read(text, "es"))
