"""Round 10 causes of missed and wrong results in Portuguese, Spanish, Italian and French prose
(issue 14). Invented sentences in the shapes real reports use, expectations written by hand."""

from narrative_reading import places, read

from extractors.narrative import NarrativeFacts
from extractors.narrative.pipeline import get_nlp

# A place that ends its sentence ('caiu para 13º.') keeps its full stop apart


def test_a_place_ending_a_sentence_is_split_from_its_full_stop():
    words = [t.text for t in get_nlp().make_doc("Caiu para 13º. Depois 2ª. Enfim 4°.")]
    assert words == ["Caiu", "para", "13º", ".", "Depois", "2ª", ".", "Enfim", "4°", "."]


def test_pt_place_at_the_end_of_a_sentence_is_read():
    facts = read("Ivo Prado venceu a corrida. Davi Reis terminou em 3º.", "pt")
    assert places(facts) == {"Ivo Prado": 1, "Davi Reis": 3}


# A place fallen or risen to after a penalty is the amended result; the same words in the race
# are no result


def test_pt_winner_penalised_falls_and_the_next_moves_up():
    facts = read(
        "Ivo Prado havia vencido a prova, mas foi punido por queima de largada, com o acréscimo "
        "de 20 segundos, e caiu para 13º. Davi Reis passou para segundo.",
        "pt",
    )
    assert places(facts) == {"Ivo Prado": 13, "Davi Reis": 2}


def test_pt_fall_in_the_race_without_a_penalty_is_no_result():
    facts = read(
        "Ivo Prado venceu a corrida. Davi Reis escapou na largada e caiu para o quarto lugar.",
        "pt",
    )
    assert places(facts) == {"Ivo Prado": 1}


def test_pt_move_at_a_lap_after_a_penalty_is_no_result():
    facts = read(
        "Ivo Prado venceu a corrida. Rui Lobo foi punido com cinco segundos. Davi Reis passou "
        "para segundo na volta 4.",
        "pt",
    )
    assert places(facts) == {"Ivo Prado": 1}


def test_pt_amended_place_starts_no_race_of_its_own():
    facts = read(
        "Ivo Prado foi punido por queima de largada e caiu para 13º. Ivo Prado venceu a prova "
        "de ponta a ponta.",
        "pt",
    )
    assert [r.name for r in facts.races] == ["Race"]
    assert places(facts) == {"Ivo Prado": 13}


def test_es_penalised_winner_falls_and_the_next_moves_up():
    facts = read(
        "Ivo Prado ganó la carrera, pero fue sancionado con cinco segundos y cayó al 7º lugar. "
        "Davi Reis pasó a la segunda posición.",
        "es",
    )
    assert places(facts) == {"Ivo Prado": 7, "Davi Reis": 2}


def test_es_fall_without_a_penalty_is_no_result():
    facts = read("Ivo Prado ganó la carrera. Davi Reis trompeó y cayó al 7º lugar.", "es")
    assert places(facts) == {"Ivo Prado": 1}


def test_it_penalised_winner_slides_and_the_next_moves_up():
    facts = read(
        "Ivo Prado ha vinto la gara, ma è stato penalizzato di cinque secondi ed è scivolato in "
        "settima posizione. Davi Reis è salito al secondo posto.",
        "it",
    )
    assert places(facts) == {"Ivo Prado": 7, "Davi Reis": 2}


def test_fr_penalised_winner_falls_and_the_next_moves_up():
    facts = read(
        "Ivo Prado a gagné la course, mais il a reçu une pénalité de cinq secondes et il est "
        "tombé à la septième place. Davi Reis est remonté à la deuxième place.",
        "fr",
    )
    assert places(facts) == {"Ivo Prado": 7, "Davi Reis": 2}


# Drivers listed after a place in the standings are in the standings too, not in the race


def test_es_followers_of_a_standings_place_are_no_result():
    facts = read(
        "Así, Ana Ruiz, que se impuso en la final, ha accedido a la primera plaza de la general "
        "provisional, seguida a un punto por Leo Soto y por Pablo Vera a tres.",
        "es",
    )
    assert places(facts) == {"Ana Ruiz": 1}


def test_pt_followers_of_a_standings_place_are_no_result():
    facts = read(
        "Ana Ribas venceu a corrida e assumiu o primeiro lugar do campeonato, seguida por Leo "
        "Souto e Davi Reis.",
        "pt",
    )
    assert places(facts) == {"Ana Ribas": 1}


def test_es_followers_of_a_race_place_are_still_read():
    facts = read(
        "Ana Ruiz ganó la carrera. El segundo lugar fue para Leo Soto, seguido por Pablo Vera.",
        "es",
    )
    assert places(facts) == {"Ana Ruiz": 1, "Leo Soto": 2, "Pablo Vera": 3}


# 'La top 10 è stata completata da A, B e C': the names after it take the top's last places


def test_it_top_ten_completed_by_three_names():
    facts = read(
        "Ugo Ferrante ha vinto la gara. La top 10 è stata completata da Nico Bassi, Leo Ricci e "
        "Dino Sala.",
        "it",
    )
    assert places(facts) == {"Ugo Ferrante": 1, "Nico Bassi": 8, "Leo Ricci": 9, "Dino Sala": 10}


def test_es_top_ten_closed_by_names_after_the_verb():
    facts = read(
        "Ana Ruiz ganó la carrera. El top 10 lo completaron Leo Soto, Pablo Vera y Juan Gil.", "es"
    )
    assert places(facts) == {"Ana Ruiz": 1, "Leo Soto": 8, "Pablo Vera": 9, "Juan Gil": 10}


def test_pt_top_ten_completed_by_two_names():
    facts = read(
        "Ana Ribas venceu a corrida. O top 10 foi completado por Leo Souto e Davi Reis.", "pt"
    )
    assert places(facts) == {"Ana Ribas": 1, "Leo Souto": 9, "Davi Reis": 10}


def test_fr_top_ten_completed_by_three_names():
    facts = read(
        "Louis Barre a gagné la course. Le top 10 a été complété par Hugo Lenoir, Paul Morel et "
        "Jean Roux.",
        "fr",
    )
    assert places(facts) == {"Louis Barre": 1, "Hugo Lenoir": 8, "Paul Morel": 9, "Jean Roux": 10}


# Italian finishes told with a gerund ('giungendo sesto') or 'ha concluso la gara in ...'


def test_it_gerund_and_concluded_race_places():
    facts = read(
        "Ugo Ferrante ha vinto la gara. Nico Bassi, che ha allungato dal terzo giro, ha concluso "
        "la gara in seconda posizione. Staccato di 30 secondi troviamo Leo Ricci, che ha gestito "
        "una gara in solitaria, giungendo sesto.",
        "it",
    )
    assert places(facts) == {"Ugo Ferrante": 1, "Nico Bassi": 2, "Leo Ricci": 6}


# A name right after 'Team' is the team's: no driver's result


def test_it_name_after_team_is_no_driver():
    facts = read(
        "Ugo Ferrante ha vinto la gara. Nulla di difficile per il pilota dello Junior Team Apex "
        "Corse, che ha concluso la gara in prima posizione.",
        "it",
    )
    assert places(facts) == {"Ugo Ferrante": 1}


# An ordinal before an event's name is its edition, no place: '3e Rassemblement National'


def test_fr_edition_ordinal_before_an_event_is_no_place():
    facts = read(
        "Louis Barre a gagné la course. 23-24 octobre : 3e Rassemblement National de Vallon.",
        "fr",
    )
    assert places(facts) == {"Louis Barre": 1}


def test_it_edition_ordinal_before_a_rally_is_no_place():
    facts = read("Ugo Ferrante ha vinto la gara. Il 5° Rally Valle Verde si corre a maggio.", "it")
    assert places(facts) == {"Ugo Ferrante": 1}


# Italian: 'a tagliare per primo il traguardo' is a win, 'si è piazzato terzo' a place


def test_it_first_across_the_line_and_placed_third():
    facts = read(
        "Ugo Ferrante è stato il più lesto a riguadagnare la traiettoria e a tagliare per primo il "
        "traguardo, mentre Leo Ricci si è piazzato terzo davanti a Dino Sala.",
        "it",
    )
    assert places(facts) == {"Ugo Ferrante": 1, "Leo Ricci": 3, "Dino Sala": 4}


def test_it_place_after_a_standings_phrase_is_no_result():
    facts = read(
        "Ugo Ferrante ha vinto la gara. Leo Ricci, autore di una bella rimonta, è ora in "
        "classifica generale al secondo posto.",
        "it",
    )
    assert places(facts) == {"Ugo Ferrante": 1}


# Places told under a qualifying heading are the grid's, not a race's


def race_rows(facts: NarrativeFacts) -> dict[str, dict[str, int | None]]:
    return {r.name: {row.driver: row.position for row in r.results} for r in facts.races}


def test_pt_places_under_a_qualifying_heading_are_qualifying():
    facts = read(
        "Ivo Prado e Rui Lobo vencem em Interlagos.\n\nQUALIFICAÇÃO\nIvo Prado foi o pole "
        "position com 1:14.202, enquanto Davi Reis ficou com o segundo tempo.\nCaio Lemos da "
        "Equipe Norte foi o terceiro com Rui Lobo logo atrás.\n\nCORRIDA 1\nIvo Prado vence a "
        "corrida, com Caio Lemos em segundo.\n",
        "pt",
    )
    rows = race_rows(facts)
    assert rows["Corrida 1"] == {"Ivo Prado": 1, "Caio Lemos": 2}
    assert "Qualificação" not in rows


def test_qualifying_section_names():
    from extractors.narrative.facts.placings import _qualifying_section

    assert _qualifying_section("Qualificação")
    assert _qualifying_section("Qualifiche")
    assert not _qualifying_section("Qualifying Heat 1")
    assert not _qualifying_section("Clasificación")
    assert not _qualifying_section("Corrida 1")
    assert not _qualifying_section(None)


# A finish told after a verb of managing ('a réussi à terminer premier'); hoping is no finish


def test_fr_managed_to_finish_first():
    facts = read(
        "Louis Barre, double vice-champion, a réussi quant à lui a terminer premier de cette "
        "course après une gestion magistrale de son réservoir.",
        "fr",
    )
    assert places(facts) == {"Louis Barre": 1}


def test_fr_hoping_to_finish_first_is_no_result():
    assert places(read("Louis Barre espère terminer premier.", "fr")) == {}


def test_pt_es_it_managed_to_finish_fifth():
    assert places(read("Ivo Prado conseguiu terminar em quinto lugar.", "pt")) == {"Ivo Prado": 5}
    assert places(read("Ana Ruiz logró terminar quinta.", "es")) == {"Ana Ruiz": 5}
    assert places(read("Ugo Ferrante è riuscito a chiudere al quinto posto.", "it")) == {
        "Ugo Ferrante": 5
    }


# 'A et B ont complété le top 5': the names before it take the top's last places in order


def test_fr_two_names_completed_the_top_five():
    facts = read(
        "Louis Barre a gagné la course. Hugo Lenoir et Paul Morel ont complété le top 5, Jean "
        "Roux a terminé sixième.",
        "fr",
    )
    assert places(facts) == {"Louis Barre": 1, "Hugo Lenoir": 4, "Paul Morel": 5, "Jean Roux": 6}


def test_en_two_names_rounded_out_the_top_five():
    facts = read("Sam Cole won the feature. Ben Ortiz and Leo Park rounded out the top five.", "en")
    assert places(facts) == {"Sam Cole": 1, "Ben Ortiz": 4, "Leo Park": 5}


def test_pt_one_name_completed_the_top_ten():
    facts = read("Ivo Prado venceu a corrida. Davi Reis completou o top 10.", "pt")
    assert places(facts) == {"Ivo Prado": 1, "Davi Reis": 10}
