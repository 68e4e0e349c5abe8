"""Names and penalties in shapes learned from unseen reports in round 12 (invented sentences,
expectations written by hand): an adverb opening a sentence is no part of the name after it; a
penalty of a group ('the leaders') is not the sentence's subject's."""

from narrative_reading import nations, places, read

from extractors.narrative import NarrativeFacts


def penalties(facts: NarrativeFacts) -> list[tuple]:
    return [(p.driver, p.seconds, p.kind) for p in facts.penalties]


def test_an_adverb_opening_a_sentence_is_no_part_of_the_name_after_it():
    text = (
        "Ivo Brant won the third race by over two seconds. Again Orr was second and Dale "
        "third, closer this time."
    )
    names = places(read(text))
    assert not any(name.startswith("Again") for name in names)
    assert names.get("Orr") == 2


def test_finally_opening_a_sentence_is_no_given_name():
    names = places(read("Ivo Brant won the feature. Finally Tom Orr finished second."))
    assert "Finally Tom Orr" not in names
    assert names.get("Tom Orr") == 2


def test_a_penalty_of_the_leaders_is_not_given_to_the_winner_who_gained_from_it():
    text = (
        "A vitória da terceira bateria caiu no colo do sempre rápido Rui Lemos (por conta da "
        "penalização dos ponteiros), com Ana Lima em segundo."
    )
    assert penalties(read(text, "pt")) == []


def test_an_english_penalty_of_the_leaders_has_no_driver():
    text = "Tom Orr inherited the win after a penalty of the two leaders at the chicane."
    assert penalties(read(text)) == []


def test_a_penalty_of_a_length_is_still_the_subject_s():
    text = "Tom Orr was handed a penalty of five seconds for cutting the chicane."
    assert penalties(read(text)) == [("Tom Orr", 5.0, "time")]


def test_a_gap_for_pole_is_no_finishing_margin():
    text = (
        "Ivo Brant won the race by three seconds from Tom Orr. Brant had edged out Ali Demir "
        "by .144-seconds to start on pole."
    )
    gaps = {(i.ahead, i.behind, i.seconds) for i in read(text).intervals}
    assert not any(seconds == 0.144 for _, _, seconds in gaps)


def test_a_national_champion_title_gives_no_nation():
    text = (
        "Max Adler musste sich nur knapp dem achtfachen Deutschen Meister Jan Smolek "
        "geschlagen geben."
    )
    assert "Jan Smolek" not in nations(read(text, "de"))


def test_an_english_national_champion_title_gives_no_nation():
    text = "Tom Orr beat the reigning British champion Ali Demir to the flag."
    assert "Ali Demir" not in nations(read(text))


def test_a_demonym_before_a_name_still_gives_the_nation():
    assert nations(read("The Dutchman Kees Boer won the race.")) == {"Kees Boer": "NLD"}


def test_a_penalty_told_after_a_driver_s_team_is_the_driver_s():
    text = (
        "Ana Lima foi ultrapassada na curva 1 por Rui Lemos da Sapphire Square Tyres que acabou "
        "queimando a largada e teve que cumprir um drive-through."
    )
    drivers = [driver for driver, _, _ in penalties(read(text, "pt"))]
    assert "Sapphire Square Tyres" not in drivers
    assert "Square Tyres" not in drivers


def test_the_end_of_a_hyphenated_verb_is_no_part_of_the_name_after_it():
    text = "On his outlap, Tom T-Boned Mikes at the hairpin, giving him a penalty."
    drivers = [driver for driver, _, _ in penalties(read(text))]
    assert "Boned Mikes" not in drivers


def test_a_maximum_score_of_points_is_a_leader_s_total():
    text = (
        "Ivo Brant leads the series now, on a maximum score of 75 points. Tom Orr is second on "
        "66, while Ali Demir holds third on 55."
    )
    totals = {s.driver: s.points for s in read(text).standings}
    assert totals.get("Ivo Brant") == 75


def test_a_penalty_of_a_named_driver_after_his_demonym_is_his():
    text = "Nella 60cc vittoria di Ugo Sala grazie alla squalifica del ceco Novak per irregolarità."
    assert [driver for driver, _, _ in penalties(read(text, "it"))] == ["Novak"]


def test_a_hyphenated_given_name_stays_whole():
    names = places(read("Jean-Eric Vergne won the race ahead of Tom Orr."))
    assert names.get("Jean-Eric Vergne") == 1
