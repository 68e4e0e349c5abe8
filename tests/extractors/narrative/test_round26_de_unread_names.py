"""Round 26: German club prose whose given names the reader does not all take for names. A place
beside a word it does not read is that word's, never the driver's read before or after it; a
noun of placing and a word in quotes after an article are no names. Invented sentences,
expectations by hand."""

from narrative_reading import places, read

from extractors.name_gate import ProseNames


def test_de_a_better_placing_is_no_name():
    facts = read(
        "In der Klasse 2 verhinderten ein paar gefallene Hütchen bei Bruno eine bessere "
        "Platzierung als Platz 7; Olaf fuhr auf den zweiten Platz.",
        "de",
    )
    assert "Platzierung" not in places(facts)


def test_de_a_quoted_noun_after_an_article_is_a_word():
    names = ProseNames('Karl Bauer landete wegen einem "Schaltfehler" auf Platz 14.', "de")
    assert names._after_article("Schaltfehler")
    assert not names._after_article("Karl Bauer")


def test_de_a_bracketed_place_after_an_unread_name_is_not_the_drivers_before():
    facts = read(
        "In der Klasse 2 belegte Timo Platz 12 und mit Ralf (Platz 3) und Nina (Platz 2) "
        "erreichten zwei Fahrer das Treppchen!",
        "de",
    )
    assert places(facts).get("Ralf") in (None, 3)


def test_de_a_place_after_a_list_of_unread_names_is_not_the_first_drivers():
    facts = read(
        "In der Klasse 5 waren drei Fahrer am Start, Karl landete wegen einem "
        '"Schaltfehler" auf Platz 14, Rolf auf 12, Ulf auf 6 und Sven durfte - dank '
        "Platz 3 - mit auf das Treppchen.",
        "de",
    )
    assert places(facts).get("Karl") in (None, 14)
    assert 3 not in places(facts).values()


def test_de_a_verb_second_place_of_an_unread_name_is_not_the_next_drivers():
    facts = read(
        "In der Klasse 2 belegte Egon Platz 11 und mit Hedda Lindqvist-Brandt (Platz 4) "
        "erreichte eine Fahrerin das Finale.",
        "de",
    )
    assert 11 not in places(facts).values()


def test_de_read_drivers_keep_their_places():
    facts = read(
        "In der Klasse 5 landete Karl Bauer auf Platz 14 und Sven Pohl durfte - dank "
        "Platz 3 - mit auf das Treppchen.",
        "de",
    )
    assert places(facts) == {"Karl Bauer": 14, "Sven Pohl": 3}
