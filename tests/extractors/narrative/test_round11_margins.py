"""Margins and names in shapes learned from unseen reports in round 11 (invented pages): a
prize's name is no driver, the order after a rally's first day is no finish, a gap printed
malformed is no margin; a sentence's opening function word is no part of a name."""

from narrative_reading import read

from extractors.article import extract_article
from extractors.narrative.facts.margins import _cut_from_a_word


def margins(text: str) -> set[tuple]:
    extraction = extract_article(text, media_type="text/plain")
    return {(i.ahead, i.behind, i.seconds) for i in extraction.intervals}


def test_a_race_named_for_a_prize_gives_no_margin_to_the_prize():
    page = (
        "Crónica inventada\n\n"
        "En la primera de las carreras, que llevó el nombre Premio Ramón Vidal, se impuso con su "
        "Ford Falcon para vencer a Tomás Ferro por solo 0s163.\n"
    )
    assert not any("Premio" in (ahead or "") for ahead, _, _ in margins(page))


def test_the_gap_after_a_rally_s_first_day_is_no_finishing_margin():
    page = (
        "Rajd Inwencji\n\n"
        "Załoga Nowak/Lis wygrała rajd z przewagą ponad minuty. W efekcie po pierwszym dniu Nowak "
        "i Lis mieli prawie 20 sekund przewagi nad zajmującymi drugie miejsce Kotem i Wroną. Na "
        "trzecim miejscu plasowali się Adam Sowa i Jan Puchacz.\n"
    )
    assert not any(seconds == 20.0 for _, _, seconds in margins(page))


def test_a_gap_read_from_part_of_a_malformed_token_is_cut():
    assert _cut_from_a_word("a 2", "2) Ivo Sala, a 2s1523")
    assert not _cut_from_a_word("+1.870", "2. Ivo Sala +1.870s")
    assert not _cut_from_a_word("a 0s194", "2) Ivo Sala, a 0s194")


def test_a_malformed_gap_of_second_place_gives_no_winning_margin():
    page = (
        "Crónica inventada\n\n"
        "Resultados\n\n"
        "Invitados: 1) Ivo Sala, 11m59s217; 2) Tito Mora, a 2s1523; 3) Leo Paz, a 11s761. "
        "Titulares: 1) Ugo Gil, 14m41s684; 2) Ciro Vega, a 0s194; 3) Remo Roca, a 1s553.\n"
    )
    found = margins(page)
    assert ("Ivo Sala", "Tito Mora", 2.0) not in found
    assert ("Ugo Gil", "Ciro Vega", 0.194) in found


def test_a_function_word_opening_a_sentence_is_no_part_of_the_name_after_it():
    facts = read("Tom Hale won the race. All Brant could do was take second.", "en")
    drivers = {row.driver for race in facts.races for row in race.results}
    assert "All Brant" not in drivers
    assert "Tom Hale" in drivers
