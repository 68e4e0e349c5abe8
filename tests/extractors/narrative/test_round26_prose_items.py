"""Round 26: outside English, a list item that is a paragraph of prose behind a bullet (thirty
words or more, two sentences or more) is read as prose; a printed row behind a bullet is not.
Invented pages, expectations by hand."""

from narrative_reading import places, read

from extractors.narrative.extract import prose_item

BULLETED = (
    "Kart: Marco Ferri vince ancora\n\n"
    "- La finale della categoria Junior vede Marco Ferri e Gino Sarti in lotta per tutti i "
    "giri della gara. Marco Ferri ha vinto la finale davanti a Gino Sarti dopo una lunga "
    "battaglia sotto il sole.\n"
    "- Nella finale Marco Ferri ha battuto Luca Bassi e Nicola Rota, rispettivamente quarto "
    "e quinto al traguardo. Una bella rimonta per entrambi i giovani piloti della squadra di "
    "casa, partiti dal fondo della griglia."
)


def test_it_a_bulleted_paragraph_is_read_as_prose():
    assert places(read(BULLETED, "it")) == {
        "Marco Ferri": 1,
        "Gino Sarti": 2,
        "Luca Bassi": 4,
        "Nicola Rota": 5,
    }


def test_a_printed_row_behind_a_bullet_is_no_prose():
    assert not prose_item("1. Marco Ferri (Apex Kart) 12:03.421")
    assert not prose_item("Marco Ferri vince la finale davanti a Gino Sarti.")


def test_a_long_item_of_two_sentences_is_prose():
    assert prose_item(BULLETED.split("\n- ")[1])


def test_en_bullets_stay_items():
    text = (
        "Club night\n\n"
        "- Tom Hale won the opening heat from Ivo Brant after a long fight through the field "
        "on a wet track. Ivo Brant was second again and kept his lead in the points after "
        "the night."
    )
    assert places(read(text, "en")) == {}
