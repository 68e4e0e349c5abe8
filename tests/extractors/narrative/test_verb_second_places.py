"""Places that German, Dutch and Polish prose tells with the place or the podium first and the
driver after, or with a verb of arriving and 'jako' (issue 14, cause 2): a phrase of the
language's file read by the shared readers. Invented sentences, expectations by hand."""

from narrative_reading import race_places, read

# 'Platz drei ging an X', 'De tweede plaats was voor X': a place and the driver who owns it


def test_de_a_place_that_went_to_a_driver():
    facts = read("Paul Weber gewann das Rennen. Platz drei ging an Jan Kremer.", "de")
    assert race_places(facts) == {"Paul Weber": 1, "Jan Kremer": 3}


def test_de_a_place_a_driver_secured_after_it():
    facts = read("Paul Weber gewann das Rennen. Den dritten Platz sicherte sich Jan Kremer.", "de")
    assert race_places(facts) == {"Paul Weber": 1, "Jan Kremer": 3}


def test_nl_a_place_that_was_for_a_driver():
    facts = read("Sem de Wit won de race. De tweede plaats was voor Bram Hols.", "nl")
    assert race_places(facts) == {"Sem de Wit": 1, "Bram Hols": 2}


def test_de_a_place_in_the_standings_that_went_to_a_driver_is_no_result():
    facts = read(
        "Paul Weber gewann das Rennen. Platz drei in der Gesamtwertung ging an Jan Kremer.", "de"
    )
    assert "Jan Kremer" not in race_places(facts)


# 'sicherte sich den dritten Platz', 'fuhr auf Position drei': a place the subject took


def test_de_a_place_secured_with_sich():
    facts = read("Paul Weber gewann das Rennen. Jan Kremer sicherte sich den dritten Platz.", "de")
    assert race_places(facts) == {"Paul Weber": 1, "Jan Kremer": 3}


def test_de_a_position_in_words():
    facts = read("Paul Weber gewann das Rennen. Jan Kremer fuhr auf Position drei.", "de")
    assert race_places(facts) == {"Paul Weber": 1, "Jan Kremer": 3}


# 'Das Podium komplettierte X', 'Het podium werd gecompleteerd door X': third, the driver after


def test_de_the_podium_completed_by_the_driver_after():
    facts = read("Paul Weber gewann das Rennen. Das Podium komplettierte Jan Kremer.", "de")
    assert race_places(facts) == {"Paul Weber": 1, "Jan Kremer": 3}


def test_nl_the_podium_completed_in_the_passive():
    facts = read("Sem de Wit won de race. Het podium werd gecompleteerd door Bram Hols.", "nl")
    assert race_places(facts) == {"Sem de Wit": 1, "Bram Hols": 3}


# 'de laagste trede van het podium', 'na najniższym stopniu podium': the lowest step is third


def test_nl_the_lowest_step_of_the_podium_is_third():
    facts = read(
        "Sem de Wit won de race. De laagste trede van het podium werd ingenomen door Bram Hols.",
        "nl",
    )
    assert race_places(facts) == {"Sem de Wit": 1, "Bram Hols": 3}


def test_pl_the_lowest_step_of_the_podium_is_third():
    facts = read("Adam Lis wygrał wyścig. Na najniższym stopniu podium stanął Jan Wrona.", "pl")
    assert race_places(facts) == {"Adam Lis": 1, "Jan Wrona": 3}


# 'dojechał do mety jako drugi', 'ukończył wyścig jako trzeci': a place told with 'jako'


def test_pl_arrived_at_the_finish_as_second():
    facts = read("Adam Lis wygrał wyścig. Jan Wrona dojechał do mety jako drugi.", "pl")
    assert race_places(facts) == {"Adam Lis": 1, "Jan Wrona": 2}


def test_pl_finished_the_race_as_third():
    facts = read("Adam Lis wygrał wyścig. Marek Czajka ukończył wyścig jako trzeci.", "pl")
    assert race_places(facts) == {"Adam Lis": 1, "Marek Czajka": 3}


# 'feierte seinen ersten Sieg', 'okazał się najlepszy': a win told with its subject first


def test_de_a_first_win_celebrated():
    facts = read("Im Finale feierte Jan Kremer seinen ersten Sieg.", "de")
    assert race_places(facts) == {"Jan Kremer": 1}


def test_pl_proved_the_best():
    facts = read("Adam Lis okazał się najlepszy w finale.", "pl")
    assert race_places(facts) == {"Adam Lis": 1}
