"""A place told after the language's verb of leaving and its object ('deixando seu rival na 3ª
colocação', 'lasciando il compagno in terza posizione'): the object's place, never the
subject's; when the object is no driver named (a noun, a demonym, a pronoun) the place goes to
nobody, and when it is a driver's name the driver takes it as before. Invented sentences,
expectations by hand."""

from narrative_reading import race_places, read


def test_pt_a_place_the_winner_left_his_namesake_in_is_not_the_winners():
    facts = read(
        "Rui Tavares terminou a bateria de domingo em primeiro, deixando seu homônimo na 4ª "
        "colocação.",
        "pt",
    )
    assert race_places(facts) == {"Rui Tavares": 1}


def test_pt_a_place_a_result_left_a_demonym_in_goes_to_nobody():
    facts = read(
        "O Rali Serra Alta acabou no domingo com o título para o argentino Diego Marín.\n\n"
        "O veterano Tomás Vidal ganhou a etapa final.\n\n"
        "O veterano fez a última prova especial em quinto. Isso deixou o argentino na 11ª "
        "posição da geral, um bom começo para um novato.",
        "pt",
    )
    assert race_places(facts).get("Diego Marín") != 11
    assert 11 not in race_places(facts).values()


def test_pt_a_driver_named_as_the_object_takes_the_place():
    facts = read(
        "Tomás Vidal venceu a corrida, deixando o espanhol Diego Marín na 3ª posição.", "pt"
    )
    assert race_places(facts) == {"Tomás Vidal": 1, "Diego Marín": 3}


def test_it_a_teammate_left_in_third_place_is_no_place_of_the_winner():
    facts = read("Marco Sala ha vinto la gara, lasciando il compagno in terza posizione.", "it")
    assert race_places(facts) == {"Marco Sala": 1}


def test_it_a_driver_named_as_the_object_takes_the_place():
    facts = read("Marco Sala ha vinto la gara, lasciando Luca Bini in terza posizione.", "it")
    assert race_places(facts) == {"Marco Sala": 1, "Luca Bini": 3}


def test_es_the_place_before_its_object_is_still_read():
    facts = read("Juan Ortega ganó la carrera, dejando en tercer lugar a Luis Morante.", "es")
    assert race_places(facts) == {"Juan Ortega": 1, "Luis Morante": 3}


def test_fr_a_teammate_left_in_third_place_is_no_place_of_the_winner():
    facts = read("Luc Roux a gagné la course, laissant son coéquipier à la troisième place.", "fr")
    assert race_places(facts) == {"Luc Roux": 1}


def test_pt_a_place_the_subject_finished_in_is_still_his():
    facts = read("Rui Lemos venceu a corrida. Caio Prates terminou na segunda posição.", "pt")
    assert race_places(facts) == {"Rui Lemos": 1, "Caio Prates": 2}
