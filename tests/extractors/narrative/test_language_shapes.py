"""More shapes of prose in the editions' languages (issue 14): win and placing phrasings,
enumerations, declined names, standings phrasings. Invented sentences, expectations by hand."""

from narrative_reading import nations, places, read, totals

# Polish: names decline; a driver is named in the nominative


def test_pl_declined_names_are_given_in_the_nominative():
    facts = read(
        "W finale triumfował Piotr Nowak, przed Olafem Berkowskim i Kamilem Grabowskim.", "pl"
    )
    assert places(facts) == {"Piotr Nowak": 1, "Olaf Berkowski": 2, "Kamil Grabowski": 3}


def test_pl_genitive_winner_after_fell_to():
    facts = read("Wyścig padł łupem Gustawa Wiśniewskiego, drugi był Jerzy Glac.", "pl")
    assert places(facts) == {"Gustaw Wiśniewski": 1, "Jerzy Glac": 2}


def test_pl_dative_name_is_the_nominative_driver():
    facts = read("Zwycięstwo przypadło Dawidowi Liwińskiemu. Drugi był Jan Mazur.", "pl")
    assert "Dawid Liwiński" in facts.drivers


# Italian: the laurels, a win with an adjective, 'ad appannaggio di', 'che ha preceduto'


def test_it_laurels_go_to_the_winner_who_preceded_two():
    facts = read(
        "Dopo venti giri l’alloro spetta a Marco Ferri, che ha preceduto di un decimo Gino Bassi "
        "e Ugo Landi.",
        "it",
    )
    assert places(facts) == {"Marco Ferri": 1, "Gino Bassi": 2, "Ugo Landi": 3}


def test_it_a_fine_win_ahead_of_a_driver():
    facts = read(
        "Il primo da citare è Sandro Conti, che ha raccolto una bella vittoria nella finale "
        "davanti a Piero Bassi.",
        "it",
    )
    assert places(facts) == {"Sandro Conti": 1, "Piero Bassi": 2}


def test_it_the_win_falls_to_a_driver():
    facts = read(
        "La vittoria della finale ad appannaggio di Fabio Sarti davanti a Remo Galli.", "it"
    )
    assert places(facts) == {"Fabio Sarti": 1, "Remo Galli": 2}


def test_it_third_who_precedes_a_list():
    facts = read(
        "Dino Bruni chiude in terza posizione e precede Luca Fasi, Mario Rota e Ezio Conte.", "it"
    )
    assert places(facts) == {"Dino Bruni": 3, "Luca Fasi": 4, "Mario Rota": 5, "Ezio Conte": 6}


# Portuguese: a place that opens the sentence before a comma; placings where the podium is told


def test_pt_place_then_comma_then_driver():
    facts = read("Na 2ª posição, Rui Lemos, que veio seguindo o líder desde o início.", "pt")
    assert places(facts) == {"Rui Lemos": 2}


def test_pt_enumeration_of_places_where_the_podium_is_complete():
    facts = read(
        "Paulo Dias em 4º, Rui Sá em 5º e Ivo Matos em 6º, e o pódio ficou completo.", "pt"
    )
    assert places(facts) == {"Paulo Dias": 4, "Rui Sá": 5, "Ivo Matos": 6}


def test_pt_a_place_in_the_running_is_no_result():
    facts = read("Na primeira volta, Paulo Dias era o 4º e Rui Sá vinha em 5º.", "pt")
    assert places(facts) == {}


# Spanish and French


def test_es_celebrated_a_win_and_podium_in_third():
    facts = read(
        "En la carrera, Diego Paz celebró una victoria impecable. Tomás Roca subió al podio en "
        "tercer lugar.",
        "es",
    )
    assert places(facts) == {"Diego Paz": 1, "Tomás Roca": 3}


def test_fr_the_win_went_to_a_driver_ahead_of_two():
    facts = read("La victoire revenait à Louis Marin devant Paul Roux et Jean Petit.", "fr")
    assert places(facts) == {"Louis Marin": 1, "Paul Roux": 2, "Jean Petit": 3}


# Nations: an article elided onto the demonym, a demonym before a team, Polish adjectives


def test_it_demonym_with_its_article_elided():
    facts = read(
        "Il quarto posto è di Marco Sala, davanti all’olandese Jan Kok e allo svizzero Gino Bassi.",
        "it",
    )
    assert nations(facts) == {"Jan Kok": "NLD", "Gino Bassi": "CHE"}


def test_it_demonym_then_team_then_driver_is_no_reference_back():
    facts = read(
        "Dopo un contatto con Aldo Festa. Settima posizione per l’indiano della Apex Motorsport "
        "Raj Patel.",
        "it",
    )
    assert nations(facts) == {"Raj Patel": "IND"}


def test_fr_demonym_with_its_article_elided():
    facts = read("Paul Roux a devancé l’Italien Marco Sala.", "fr")
    assert nations(facts) == {"Marco Sala": "ITA"}


def test_pl_lowercase_adjective_demonym_and_role_noun():
    facts = read(
        "Przyjechali Jan Nowak oraz ich chiński kolega Wei Zhang. Ukrainiec Petro Bondar wygrał "
        "wyścig.",
        "pl",
    )
    assert nations(facts) == {"Wei Zhang": "CHN", "Petro Bondar": "UKR"}


# Margins: a half after the unit


def test_es_margin_of_two_seconds_and_a_half():
    facts = read(
        "Diego Paz ganó la carrera por delante de Tomás Roca por dos segundos y medio.", "es"
    )
    assert [(i.ahead, i.behind, i.seconds) for i in facts.intervals] == [
        ("Diego Paz", "Tomás Roca", 2.5)
    ]


# Standings: the language's word for 'with' before a total, and its points words


def test_pt_leads_the_championship_with_points():
    facts = read("Depois da prova, Rui Lemos lidera o campeonato, com 44 pontos.", "pt")
    assert totals(facts) == {"Rui Lemos": 44}


def test_es_total_after_con():
    facts = read("Con el triunfo, Diego Paz quedó décimo en el campeonato con 47 puntos.", "es")
    assert totals(facts) == {"Diego Paz": 47}


def test_it_a_team_in_brackets_before_the_total_is_no_driver_total():
    facts = read("Quarto Marco Sala. Poi Apex Kart (Kart n.24) con 381 punti.", "it")
    assert totals(facts) == {}


def test_nl_total_in_punten():
    facts = read(
        "Na de race lag Jan Kok aan de leiding, gevolgd door Piet Bos met 18 punten.", "nl"
    )
    assert totals(facts) == {"Piet Bos": 18}


# Greek


def test_el_winner_second_and_podium():
    facts = read(
        "Ο Γιώργος Παπάς κατέκτησε τη νίκη. Στην 2η θέση τερμάτισε ο Νίκος Ράλλης. Το βάθρο "
        "συμπλήρωσε ο Κώστας Μελάς.",
        "el",
    )
    assert places(facts) == {"Γιώργος Παπάς": 1, "Νίκος Ράλλης": 2, "Κώστας Μελάς": 3}


def test_el_top_step_of_the_podium_and_a_place_in_words():
    facts = read(
        "Στο πρώτο σκαλί του βάθρου ανέβηκε ο Πέτρος Λάμπρου, ο οποίος σημείωσε και τον "
        "ταχύτερο γύρο. Στην δεύτερη θέση τερμάτισε ο Άρης Βλάχος.",
        "el",
    )
    assert places(facts) == {"Πέτρος Λάμπρου": 1, "Άρης Βλάχος": 2}


def test_el_demonym_before_a_comma_and_a_name_is_no_reference_back():
    facts = read(
        "Στην κατηγορία KF2 ο Γιώργος Παπάς πανηγύρισε τη νίκη ενώ στην KF3 νίκησε ο Ρουμάνος, "
        "Πόπεσκου.",
        "el",
    )
    assert nations(facts) == {}


# Dutch


def test_nl_won_by_in_the_passive_and_the_strongest_ahead_of_two():
    facts = read(
        "De derde race is gewonnen door Jan Kok. Hij was de sterkste, voor Piet Bos en Kees Smit.",
        "nl",
    )
    assert places(facts) == {"Jan Kok": 1, "Piet Bos": 2, "Kees Smit": 3}


def test_nl_top_step_of_the_podium_after_a_cleft_subject():
    facts = read(
        "In de B finale was het Ruud van Dam die na afloop de hoogste trede van het podium mocht "
        "beklimmen.",
        "nl",
    )
    assert places(facts) == {"Ruud van Dam": 1}


def test_nl_went_off_with_the_win_followed_by_two():
    facts = read(
        "Uiteindelijk was het Jan Kok die in de finale met de overwinning aan de haal ging gevolgd "
        "door Piet Bos en Kees Smit.",
        "nl",
    )
    assert places(facts) == {"Jan Kok": 1, "Piet Bos": 2, "Kees Smit": 3}


# German


def test_de_came_out_as_winner_and_second_named_after():
    facts = read("Als Sieger ging Jan Huber hervor. Zweiter wurde Max Roth.", "de")
    assert places(facts) == {"Jan Huber": 1, "Max Roth": 2}


def test_de_victorious_in_a_heat_and_top_three_completed():
    facts = read(
        "Routinier Tim Bauer war im 2. Lauf des Tages siegreich. Die Top 3 komplettierte Gary "
        "Lang mit der Startnummer 917.",
        "de",
    )
    assert places(facts) == {"Tim Bauer": 1, "Gary Lang": 3}


# Completing the top N


def test_fr_completed_the_top_ten():
    facts = read(
        "Alex Albon termine huitième et Nicholas Latifi a complété le top 10 suite à une lutte.",
        "fr",
    )
    assert places(facts) == {"Alex Albon": 8, "Nicholas Latifi": 10}


def test_it_plural_closing_the_top_ten_names_no_one_before():
    facts = read(
        "Settima posizione per Raj Patel; chiudono la top ten Gino Bassi, Jan Kok e Ugo Landi.",
        "it",
    )
    assert places(facts).get("Raj Patel") != 10


def test_pt_a_plural_demonym_is_a_group_not_the_last_driver():
    facts = read(
        "O campeão segurou Rui Lemos, que se conformou com o quinto lugar. Os brasileiros tiveram "
        "desempenho discreto.",
        "pt",
    )
    assert nations(facts) == {}


def test_nl_a_particle_left_alone_is_no_driver():
    facts = read(
        "De Nederlander Rudy van Dam werd derde. Van de Nederlander is bekend dat hij een "
        "liefhebber is.",
        "nl",
    )
    assert "Van" not in facts.drivers
    assert nations(facts) == {"Rudy van Dam": "NLD"}


def test_fr_a_two_letter_make_in_brackets_where_makes_stand_is_no_nation():
    facts = read(
        "Enzo Morel (KR) terminait 4e, Paul Roux (Kosmic) 5e. Luc Marin (Exprit) assurait la 6e "
        "position. Plus tard, Tom Ricard (KR) remportait la finale.",
        "fr",
    )
    assert nations(facts) == {}


def test_pl_second_step_of_the_podium():
    facts = read(
        "W grupie najmłodszych wygrał Jan Zając. Dodatkowo Tymon Pięta zaliczył drugi stopień "
        "podium.",
        "pl",
    )
    assert places(facts) == {"Jan Zając": 1, "Tymon Pięta": 2}


def test_pl_a_place_in_the_season_summary_is_no_result():
    facts = read("Drugą lokatę w podsumowaniu sezonu zajął Bartłomiej Piekut.", "pl")
    assert places(facts) == {}


def test_pl_given_names_get_back_the_vowel_their_declension_drops():
    facts = read(
        "W finale triumfował Piotr Nowak, przed Kacprem Turoboyskim i Franciszkiem Malickim.", "pl"
    )
    assert places(facts) == {"Piotr Nowak": 1, "Kacper Turoboyski": 2, "Franciszek Malicki": 3}
