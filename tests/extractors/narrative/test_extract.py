"""The narrative step over Documents: prose only, in batches, the same facts one by one."""

from extractors.document import Block, Document, document_from_text
from extractors.narrative import extract_narrative, extract_narratives, parse_prose

ARTICLES = [
    "Norway's Tomas Berg took the win by 0.2s from Ana Ribeiro.",
    "Race 1\n\nRen Sato received a five-second penalty for contact. Aoi Mori took the win.",
    "Results\n- Jan Vos – Netherlands – 12 laps\n- Piet Kok – Netherlands +1.204",
]


def test_a_batch_gives_the_facts_of_each_article_alone():
    docs = [document_from_text(text) for text in ARTICLES]
    assert extract_narratives(docs, batch_size=2) == [extract_narrative(doc) for doc in docs]


def test_list_items_are_never_parsed():
    doc = document_from_text(ARTICLES[2])
    (prose,) = parse_prose([doc])
    assert prose.blocks == ()


def test_blocks_named_not_prose_are_skipped():
    text = "Jan Vos took the win.\nP2 | Piet Kok | NED | +1.500"
    doc = document_from_text(text)
    lines = {i for i, b in enumerate(doc.blocks) if "|" in b.text}
    (prose,) = parse_prose([doc], not_prose=lambda _: lines)
    assert [index for index, _ in prose.blocks] == [0]


def test_evidence_offsets_are_offsets_into_the_whole_document():
    doc = Document(
        text="Title\nNorway's Tomas Berg took the win.",
        blocks=(
            Block("heading", "Title", 0),
            Block("paragraph", "Norway's Tomas Berg took the win.", 6),
        ),
    )
    facts = extract_narrative(doc)
    (nation,) = facts.driver_nations
    assert doc.text[nation.evidence.start : nation.evidence.end] == "Norway's Tomas Berg"


def test_an_article_without_prose_gives_no_facts():
    (facts,) = extract_narratives([document_from_text(ARTICLES[2])])
    assert (facts.races, facts.penalties, facts.driver_nations) == ([], [], [])


def test_a_page_in_a_language_without_vocabulary_gives_no_prose_facts():
    text = "Tomas Berg vann loppet före Jan Vos."
    doc = document_from_text(text)
    localized = Document(text=doc.text, blocks=doc.blocks, language="sv")
    (prose,) = parse_prose([localized])
    assert prose.blocks == ()


def test_english_rules_do_not_read_a_page_in_another_language():
    text = "Na corrida sprint, Tomas Berg took the win."
    doc = document_from_text(text)
    localized = Document(text=doc.text, blocks=doc.blocks, language="pt")
    (prose,) = parse_prose([localized])
    assert len(prose.blocks) == 1
    assert extract_narrative(localized).races == []
