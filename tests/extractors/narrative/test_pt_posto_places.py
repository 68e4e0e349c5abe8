"""Portuguese 'posto' for a place, as European Portuguese writes it beside 'lugar' ('terminou
no 8º posto', 'obteve o quinto posto'): read wherever 'lugar' is, and kept out of a finish
wherever 'lugar' is (a place fought for, a place climbed to in the race). Invented sentences,
expectations by hand."""

from narrative_reading import race_places, read


def test_pt_a_place_told_with_posto_after_an_adverb_is_read():
    facts = read(
        "Rui Lemos venceu a corrida. Caio Prates terminou só no 7º posto e Davi Nunes foi o "
        "10º colocado.",
        "pt",
    )
    assert race_places(facts) == {"Rui Lemos": 1, "Caio Prates": 7, "Davi Nunes": 10}


def test_pt_a_place_in_words_with_posto_is_read():
    facts = read(
        "Rui Lemos venceu a corrida e o colega Tiago Brás conseguiu o quinto posto.",
        "pt",
    )
    assert race_places(facts).get("Tiago Brás") == 5


def test_pt_posto_reads_as_lugar_does():
    lugar = read("Rui Lemos venceu a corrida. Caio Prates terminou no 6º lugar.", "pt")
    posto = read("Rui Lemos venceu a corrida. Caio Prates terminou no 6º posto.", "pt")
    assert race_places(posto) == race_places(lugar) == {"Rui Lemos": 1, "Caio Prates": 6}


def test_pt_a_fight_for_a_posto_gives_the_place_to_nobody():
    facts = read(
        "Rui Lemos venceu a corrida. Ele travou uma disputa pelo segundo posto com Caio Prates "
        "durante dez voltas.",
        "pt",
    )
    assert race_places(facts).get("Caio Prates") != 2


def test_pt_a_posto_climbed_to_in_the_race_is_no_finish():
    facts = read(
        "Rui Lemos venceu a corrida. Na volta dez, Caio Prates subiu ao terceiro posto.",
        "pt",
    )
    assert race_places(facts).get("Caio Prates") != 3
