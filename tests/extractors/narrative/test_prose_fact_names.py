"""The names of the facts prose states besides places (margins, penalties) through the same check
of what the article's text settles; invented names."""

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
