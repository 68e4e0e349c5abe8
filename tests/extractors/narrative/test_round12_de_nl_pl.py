"""German, Dutch and Polish prose that unseen reports told and the readers misread (issue 14,
round 12): words that start no name, towns after 'uit'/'aus'. Invented sentences, expectations
by hand."""

from narrative_reading import places, read

# A possessive and a kinship word before a given name are no part of the name


def test_de_his_sister_before_a_name_is_no_name():
    facts = read("Seine Schwester Mara Vogt gewann die Juniorenklasse.", "de")
    assert places(facts) == {"Mara Vogt": 1}


# A capitalised noun of what went wrong is no driver ('mit zwei Pannen nur Vierter')


def test_de_breakdowns_are_no_driver():
    facts = read(
        "Jonas Keller hatte am Ende mit zwei technischen Pannen nur den vierten Platz belegt.", "de"
    )
    assert "Pannen" not in places(facts)


# 'Daar' (there) opening a sentence is no driver


def test_nl_there_opening_a_sentence_is_no_driver():
    facts = read("Kees Boer reed naar de finale. Daar eindigde hij als derde.", "nl")
    assert "Daar" not in places(facts)


# The beginners' class named after the heats is no driver


def test_nl_the_beginners_class_is_no_driver():
    facts = read("Daan Peeters werd in beide reeksen Initiatie als vijfde afgevlagd.", "nl")
    assert "Initiatie" not in places(facts)


# A town after 'uit'/'aus' is where the driver before it lives: the driver is placed


def test_nl_the_town_after_uit_is_not_the_driver_placed():
    facts = read("Daan Peeters uit Kortrijk werd vierde in de totaalstand.", "nl")
    assert places(facts) == {"Daan Peeters": 4}


def test_nl_the_town_after_an_age_in_brackets_and_uit():
    facts = read("Kees Boer (27) uit Hoogeveen werd zevende.", "nl")
    assert places(facts) == {"Kees Boer": 7}


def test_de_the_town_after_aus_is_not_the_driver_placed():
    facts = read("Jonas Keller aus Bruchsal wurde Dritter.", "de")
    assert places(facts) == {"Jonas Keller": 3}


# The sport's name in a run-on headline is no part of the name after it


def test_nl_the_sport_before_a_name_in_a_headline_is_no_name():
    facts = read("EK IJsspeedway Kees Boer eindigt als zevende.", "nl")
    assert places(facts) == {"Kees Boer": 7}


# 'seit Jahren begeisterter SimRacer': neither the years nor the role noun is a driver


def test_de_years_and_the_simracer_role_are_no_driver():
    facts = read(
        "Der 20-Jährige ist nicht nur seit Jahren begeisterter SimRacer, sondern gewann bereits "
        "die X-Games.",
        "de",
    )
    assert places(facts) == {}
