"""The names of the facts prose states besides places (margins, penalties) through the same check
of what the article's text settles, and shapes of a name the text settles otherwise: siblings who
share a surname, an article before a surname; invented names."""

from extractors.article import extract_article
from extractors.name_gate import ProseNames
from extractors.narrative.extract import NarrativeFacts
from extractors.narrative.merge import merge_narrative
from extractors.records import Evidence, Extraction, Interval, Penalty

EVIDENCE = Evidence(text="told", start=0, end=4)


def _merged(facts: NarrativeFacts, text: str) -> Extraction:
    blank = Extraction.model_validate({"article": {"language": "en"}})
    return merge_narrative(blank, facts, text)


def test_a_margin_s_surname_is_the_full_name_the_text_establishes():
    text = "Navy pilot Jonathan Kerrow won. Ian Lowe finished 1.6 seconds behind Kerrow."
    told = NarrativeFacts(
        intervals=[Interval(ahead="Kerrow", behind="Ian Lowe", seconds=1.6, evidence=EVIDENCE)]
    )
    assert [(i.ahead, i.behind) for i in _merged(told, text).intervals] == [
        ("Jonathan Kerrow", "Ian Lowe")
    ]


def test_a_penalty_s_driver_the_text_writes_as_a_word_is_no_one_s_penalty():
    text = "The community handed out a drive-through. Community, said the stewards, was fair."
    told = NarrativeFacts(
        penalties=[Penalty(driver="Community", kind="drive-through", evidence=EVIDENCE)]
    )
    assert _merged(told, text).penalties == []


def test_a_penalty_prose_gives_no_driver_stays():
    text = "A drive-through was handed out on lap 4."
    told = NarrativeFacts(penalties=[Penalty(kind="drive-through", evidence=EVIDENCE)])
    assert [p.driver for p in _merged(told, text).penalties] == [None]


def test_an_adverb_opening_a_sentence_is_no_given_name():
    text = "Twice Kerrow beat Ian Lowe off pit road. Navy pilot Jonathan Kerrow won the race."
    assert ProseNames(text, "en")("Kerrow") == "Jonathan Kerrow"


def test_siblings_named_by_given_names_share_the_surname():
    text = "The sisters Maya and Ruth Tarrant finished 14th and 19th respectively."
    rows = [row for race in extract_article(text).races for row in race.results]
    assert {row.driver: row.position for row in rows} == {"Maya Tarrant": 14, "Ruth Tarrant": 19}


def test_a_given_name_before_another_driver_s_full_name_keeps_no_surname():
    text = "Maya and Ruth Tarrant finished together. Maya won the heat."
    assert ProseNames(text, "en")("Maya") == "Maya"


def test_an_article_opening_a_sentence_is_no_part_of_the_surname_after_it():
    text = "Les pilotes Max Oudart et Leo Fabre étaient là. Le Oudart de Apex a terminé 11e."
    settled = ProseNames(text, "fr")
    assert (settled("Le Oudart"), settled("Max Le Oudart")) == ("Max Oudart", "Max Oudart")


def test_a_surname_s_particle_the_text_never_leaves_out_stays():
    text = "Jean Le Roux a gagné. Le Roux menait depuis le départ."
    assert ProseNames(text, "fr")("Jean Le Roux") == "Jean Le Roux"
