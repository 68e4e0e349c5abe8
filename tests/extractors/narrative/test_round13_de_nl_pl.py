"""German, Dutch and Polish prose that unseen reports told and the readers misread (issue 14,
round 13): a place fought for, a place that 'fell to' a crew, a rally crew 'A z B'. Invented
sentences, expectations by hand."""

from narrative_reading import places, read

# A place fought for names no one who took it ('walkę o siódmą lokatę stoczyli X, Y i Z')


def test_pl_a_place_fought_for_is_no_result():
    facts = read(
        "Wygrał Adam Lis. W środku stawki walkę o szóstą lokatę stoczyli Jan Wrona, "
        "Piotr Sowa i Marek Czajka.",
        "pl",
    )
    assert places(facts) == {"Adam Lis": 1}


def test_de_a_place_fought_for_is_no_result():
    facts = read("Im Kampf um Platz fünf lagen Tom Bauer und Paul Kern lange gleichauf.", "de")
    assert "Tom Bauer" not in places(facts)


def test_nl_a_place_fought_for_is_no_result():
    facts = read(
        "In de strijd om de vierde plaats waren Piet Kok en Kees Boer aan elkaar gewaagd.", "nl"
    )
    assert "Piet Kok" not in places(facts)


def test_pl_a_place_taken_is_still_read():
    facts = read("Na szóstej pozycji rajd ukończył Jan Wrona.", "pl")
    assert places(facts) == {"Jan Wrona": 6}


# 'Siódme miejsce padło łupem X': the place, not a win


def test_pl_a_place_that_fell_to_a_crew_is_that_place():
    facts = read(
        "Adam Lis wygrał rajd. Piąte miejsce padło łupem duetu Jan Wrona/Sowa (+20,1 s).", "pl"
    )
    assert places(facts) == {"Adam Lis": 1, "Jan Wrona": 5}


def test_pl_the_win_that_fell_to_a_driver_is_still_a_win():
    facts = read("Zwycięstwo w rajdzie padło łupem Jan Wrona.", "pl")
    assert places(facts) == {"Jan Wrona": 1}


# A rally crew 'A z B': the driver A did what the crew did, never the co-driver B


def test_pl_a_crew_told_with_z_is_its_drivers_win():
    facts = read(
        "Jan Wrona z Piotrem Sową wygrali zawody z przewagą 4,2 s nad duetem Lis/Czajka.", "pl"
    )
    assert places(facts)["Jan Wrona"] == 1
    assert "Piotr Sowa" not in places(facts)


def test_pl_a_crew_told_with_z_takes_its_place():
    facts = read("Adam Lis wygrał rajd. Marek Czajka z Piotrem Sową zajęli drugie miejsce.", "pl")
    assert places(facts) == {"Adam Lis": 1, "Marek Czajka": 2}


def test_pl_a_win_over_a_driver_after_z_is_not_his():
    facts = read("W finale Jan Wrona wygrał z Adamem Lisem.", "pl")
    assert "Adam Lis" not in places(facts)


# A place that closes a clause with its verb last: the relative's antecedent took it


def test_nl_a_place_before_the_verb_closing_a_relative_clause():
    facts = read(
        "Piet Kok won de manche. De Belg profiteerde van een val van Kees Boer die in de "
        "laatste ronde ten val kwam en daardoor vierde werd.",
        "nl",
    )
    assert places(facts) == {"Piet Kok": 1, "Kees Boer": 4}


# A copula, words of how, then the place at the clause's end ('werd ondanks ... derde')


def test_nl_a_place_after_words_of_how():
    facts = read(
        "Piet Kok won de race. Kees Boer werd ondanks een spin in de eerste ronde vierde.", "nl"
    )
    assert places(facts) == {"Piet Kok": 1, "Kees Boer": 4}


def test_de_a_place_after_words_of_how():
    facts = read(
        "Im Ziel gewann Tom Bauer. Max Huber wurde nach einer starken Aufholjagd Dritter.", "de"
    )
    assert places(facts) == {"Tom Bauer": 1, "Max Huber": 3}


def test_nl_an_ordinal_of_a_lap_is_no_place():
    facts = read(
        "Piet Kok won de race. Daarna werd Kees Boer in de derde ronde uitgeschakeld.", "nl"
    )
    assert places(facts) == {"Piet Kok": 1}


def test_nl_a_place_in_the_standings_is_no_result():
    facts = read("Piet Kok won de race. Kees Boer werd in de tussenstand derde.", "nl")
    assert places(facts) == {"Piet Kok": 1}


def test_nl_places_of_heats_listed_are_no_result():
    facts = read(
        "Piet Kok won de finale. Kees Boer werd na twee reeksen met de zesde en achtste plaatsen.",
        "nl",
    )
    assert places(facts) == {"Piet Kok": 1}


# 'was de grote winnaar': a win; the town after 'uit'/'aus' is never the winner


def test_nl_the_big_winner_from_a_town():
    facts = read(
        "Achttien rijders gingen de strijd aan. Kees Boer uit Zwolle was de grote winnaar.", "nl"
    )
    assert places(facts) == {"Kees Boer": 1}


def test_de_a_winner_from_a_town_is_the_winner():
    facts = read("Im Ziel war es knapp. Max Huber aus Lahr gewann das Rennen.", "de")
    assert places(facts) == {"Max Huber": 1}


# The steps of the podium: 'na drugim stopniu podium stanęli X i Y', 'na najwyższym stopniu'


def test_pl_a_crew_on_the_second_step_of_the_podium():
    facts = read(
        "Jan Wrona wygrał rajd. Na drugim stopniu podium stanęli Adam Lis i Piotr Sowa (+9,5 s).",
        "pl",
    )
    assert places(facts) == {"Jan Wrona": 1, "Adam Lis": 2}


def test_pl_the_highest_step_of_the_podium_is_the_win():
    facts = read(
        "W klasie MX2 Marek Czajka dojechał do mety pewnie i stanął na najwyższym stopniu podium.",
        "pl",
    )
    assert places(facts) == {"Marek Czajka": 1}


# A fight for a place won ('Walkę o drugie miejsce wygrał X'): X took that place, not the race


def test_pl_the_fight_for_second_won():
    facts = read(
        "Jan Wrona wygrał wyścig. Walkę o drugie miejsce wygrał Piotr Sowa, a podium uzupełnił "
        "Adam Lis.",
        "pl",
    )
    assert places(facts) == {"Jan Wrona": 1, "Piotr Sowa": 2, "Adam Lis": 3}


def test_de_the_fight_for_second_won():
    facts = read("Im Ziel gewann Tom Bauer. Den Kampf um Platz zwei gewann Max Huber.", "de")
    assert places(facts) == {"Tom Bauer": 1, "Max Huber": 2}


def test_nl_the_fight_for_second_won():
    facts = read("Piet Kok won de race. De strijd om de tweede plaats won Kees Boer.", "nl")
    assert places(facts) == {"Piet Kok": 1, "Kees Boer": 2}
