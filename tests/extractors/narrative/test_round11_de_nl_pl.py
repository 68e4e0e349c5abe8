"""Results told in German, Dutch and Polish prose that unseen reports stated and the readers
missed or misread (issue 14, round 11). Invented sentences, expectations by hand."""

from narrative_reading import places, read

# Another language's ordinal is a word of this one: Dutch 'achter' (behind) is no German 8th


def test_nl_behind_is_no_eighth_place():
    facts = read(
        "De zege ging naar Kees Brink die na een lang gevecht Wim en Joost Dekker achter zich "
        "hield.",
        "nl",
    )
    assert places(facts) == {"Kees Brink": 1}


def test_de_eighth_after_a_name_is_still_read():
    facts = read("Im Ziel kam Leon Hartl vor Jonas Keller an, Timo Brandt Achter.", "de")
    assert places(facts).get("Timo Brandt") == 8


# A name right before a verb-final win, after 'vor', is the one beaten: the clause's subject won


def test_de_the_name_after_vor_before_a_final_win_verb_was_beaten():
    facts = read(
        "Stark war sein Teamkamerad Jonas Keller, der beide Läufe um den Landespokal vor "
        "Timo Brandt gewann.",
        "de",
    )
    assert places(facts) == {"Jonas Keller": 1, "Timo Brandt": 2}


def test_de_no_subject_left_means_no_winner():
    facts = read("Im Regen und vor Timo Brandt gewann.", "de")
    assert places(facts).get("Timo Brandt") != 1


def test_de_two_names_after_vor_before_a_final_win_verb_follow_the_subject():
    facts = read(
        "Stark war auch Jonas Keller, der das Rennen vor Timo Brandt und Leon Hartl gewann.", "de"
    )
    assert places(facts) == {"Jonas Keller": 1, "Timo Brandt": 2, "Leon Hartl": 3}


# Polish: a stage won is no race; a place the crew lay in ('plasowali się') is no result


def test_pl_a_stage_won_told_in_a_relative_clause_is_no_race_win():
    facts = read(
        "Tomasz Nowak wygrał rajd. Ostatni krótki oes w Lublinie (3,1 km), który padł łupem "
        "Marka Zięby, nie zmienił wyniku.",
        "pl",
    )
    assert places(facts) == {"Tomasz Nowak": 1}


def test_pl_a_stage_won_is_no_race_win():
    facts = read("Ostatnią próbę wygrał Tomasz Nowak.", "pl")
    assert places(facts) == {}


def test_pl_a_place_held_in_the_running_is_no_result():
    facts = read(
        "Tomasz Nowak wygrał rajd. Na trzecim miejscu plasowali się Marek Lis i Adam Kot.", "pl"
    )
    assert places(facts) == {"Tomasz Nowak": 1}


def test_pl_a_place_taken_is_a_result():
    facts = read("Tomasz Nowak wygrał rajd. Na trzecim miejscu uplasował się Marek Lis.", "pl")
    assert places(facts) == {"Tomasz Nowak": 1, "Marek Lis": 3}


# Dutch: a townsman or clubmate ('Plaatsgenoot', 'Clubgenoot') before a name is no part of it


def test_nl_a_townsman_before_the_name_is_no_part_of_it():
    facts = read(
        "In de MX2 was de winst voor Kees Brink uit Oosthoek. Plaatsgenoot Wim Dekker werd tweede.",
        "nl",
    )
    assert places(facts) == {"Kees Brink": 1, "Wim Dekker": 2}


# A win told in the perfect: 'heeft ... gewonnen', 'hat ... gewonnen'; not a count, nor denied


def test_nl_a_win_in_the_perfect():
    facts = read("Kees Brink (Apex Racing) heeft zondag de Rally van Twente gewonnen.", "nl")
    assert places(facts) == {"Kees Brink": 1}


def test_de_a_win_in_the_perfect():
    facts = read("Leon Hartl hat am Sonntag das Rennen in Oschersleben gewonnen.", "de")
    assert places(facts) == {"Leon Hartl": 1}


def test_de_wins_counted_in_the_perfect_are_no_race_win():
    facts = read("Leon Hartl hat in diesem Jahr schon drei Rennen gewonnen.", "de")
    assert places(facts) == {}


def test_nl_a_denied_win_in_the_perfect():
    facts = read("Kees Brink heeft de race in Assen nog nooit gewonnen.", "nl")
    assert places(facts) == {}


# A fight won ('den Kampf für sich entscheiden', 'het duel winnen') is no race won


def test_de_a_fight_decided_is_no_race_win():
    facts = read(
        "Leon Hartl gewann das Rennen. Dahinter konnte Jonas Keller den Kampf um Platz zwei "
        "für sich entscheiden.",
        "de",
    )
    assert places(facts).get("Jonas Keller") != 1
    assert places(facts).get("Leon Hartl") == 1


def test_nl_a_duel_won_is_no_race_win():
    facts = read("Kees Brink won de race. Wim Dekker wist het duel met Joost Smit te winnen.", "nl")
    assert places(facts) == {"Kees Brink": 1}


# A class's code in capitals ('w klasie MX Masters') is part of the class, no subject of the win


def test_pl_a_win_after_a_class_with_a_code():
    facts = read("Pierwszy wyścig w klasie MX Masters wygrał Marek Lis.", "pl")
    assert places(facts) == {"Marek Lis": 1}


def test_it_the_name_after_davanti_a_is_not_the_first_place():
    facts = read(
        "Nella KZ2 Junior è stato il giovane della KZ2 Junior ad aggiudicarsi la prima "
        "posizione davanti a Luca Conti.",
        "it",
    )
    assert places(facts).get("Luca Conti") != 1


def test_pl_second_at_the_finish_after_a_counted_race_is_a_place():
    facts = read(
        "Pierwszy wyścig wygrał Marek Lis (KM Opole), a drugi na mecie był Adam Kot (KM Nysa).",
        "pl",
    )
    assert places(facts) == {"Marek Lis": 1, "Adam Kot": 2}


def test_pl_the_second_race_counted_is_no_place():
    facts = read("Pierwszy wyścig wygrał Marek Lis, a drugi Adam Kot.", "pl")
    assert places(facts).get("Adam Kot") != 2


# Polish: two names that won one class are its crew, the first named its driver; two names
# that won with no class named are two winners of what, not said


def test_pl_a_class_won_by_a_crew():
    facts = read(
        "Klasę Open wygrali Anna Lis i Piotr Kot, a w grupie T4 zwycięstwo odnieśli Jan Wrona "
        "i Adam Sowa.",
        "pl",
    )
    assert places(facts) == {"Anna Lis": 1, "Jan Wrona": 1}


def test_pl_best_in_a_group_told_of_a_crew():
    facts = read("W grupie T2 najlepsi okazali się Jan Wrona i Adam Sowa.", "pl")
    assert places(facts) == {"Jan Wrona": 1}


def test_pl_two_winners_with_no_class_named_are_no_one_win():
    facts = read("W zawodach na torze w Opolu zwyciężyli Jan Wrona i Adam Sowa.", "pl")
    assert places(facts) == {}


def test_pl_two_classes_won_by_two_names_are_no_crew():
    facts = read("W klasie MX1 i w klasie MX2 wygrali Jan Wrona i Adam Sowa.", "pl")
    assert places(facts) == {}


# Dutch: 'de overwinning in deze categorie was voor X': the class named between


def test_nl_the_win_in_this_class_went_to():
    facts = read("De overwinning in deze categorie was voor Kees Brink voor Wim Dekker.", "nl")
    assert places(facts) == {"Kees Brink": 1, "Wim Dekker": 2}


def test_pl_qualifying_opening_a_sentence_is_no_part_of_the_name():
    facts = read(
        "Tomasz Nowak wygrał wyścig finałowy. Kwalifikacje Marek Lis ukończył na drugim miejscu.",
        "pl",
    )
    assert not any("Kwalifikacje" in name for name in places(facts))


# A title or championship won is no race won, in the past or the perfect


def test_de_a_championship_won_is_no_race_win():
    assert places(read("Leon Hartl hat die Meisterschaft gewonnen.", "de")) == {}
    assert places(read("Leon Hartl gewann den Titel.", "de")) == {}


def test_nl_a_championship_won_is_no_race_win():
    assert places(read("Kees Brink heeft het kampioenschap gewonnen.", "nl")) == {}
