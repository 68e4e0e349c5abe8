"""The spaCy pipeline: the pretrained NER alone plus domain components, and what they mark."""

from spacy.tokens import Span

from extractors.narrative.pipeline import get_nlp


def spans(nlp, text: str, key: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.id_ or s.kb_id_) for s in doc.spans[key]]


def test_pretrained_components_other_than_ner_are_not_loaded(nlp):
    assert not {"tagger", "parser", "lemmatizer", "tok2vec"} & set(nlp.pipe_names)
    assert {"fact_ner", "sentencizer", "nation_mentions", "name_candidates"} <= set(nlp.pipe_names)
    assert "ner" in nlp.disabled  # run by `fact_ner` only


def dates(nlp, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "DATE"]


def test_the_ner_reads_only_paragraphs_with_a_word_of_a_fact(nlp):
    # the NER's own labels (DATE) show where it ran; names are found either way
    assert dates(nlp, "Tomas Berg won the race on 12 May 2019 at Zolder.") == ["12 May 2019"]
    assert dates(nlp, "Tomas Berg took both wins on 12 May 2019.") == ["12 May 2019"]
    assert dates(nlp, "The Norwegian joined the team on 12 May 2019.") == ["12 May 2019"]
    assert dates(nlp, "Tomas Berg joined the team on 12 May 2019 at Zolder.") == []
    assert [e.text for e in nlp("Tomas Berg joined the team in May.").ents] == ["Tomas Berg"]


def test_the_ner_reads_the_sentences_with_a_word_of_a_fact_and_the_one_before_each(nlp):
    text = (
        "The gates opened on 3 June 2021. The crowd was large on 4 June 2021. "
        "Tomas Berg won the race on 5 June 2021. The paddock emptied on 6 June 2021."
    )
    assert dates(nlp, text) == ["4 June 2021", "5 June 2021"]
    assert dates(nlp, "Tomas Berg won on 5 June 2021. Ian Dow was second on 6 June 2021.") == [
        "5 June 2021",
        "6 June 2021",
    ]


def test_pipeline_is_built_once_per_process(nlp):
    assert get_nlp() is nlp


def test_time_quantities_in_words_and_digits(nlp):
    text = (
        "He won by 0.03s, took a two-second penalty, was half a second back, 1.5 seconds, +1:05.950"
    )
    found = [t for t, _ in spans(nlp, text, "times")]
    assert found == ["0.03s", "two-second", "half a second", "1.5 seconds", "+1:05.950"]


def test_a_second_penalty_is_no_time_quantity(nlp):
    assert spans(nlp, "He then received a second track-limits penalty.", "times") == []


def test_penalty_kinds_and_reasons(nlp):
    text = "A slowdown penalty for cutting the chicane and a drive-through for causing a collision."
    assert spans(nlp, text, "penalties") == [
        ("slowdown penalty", "slowdown"),
        ("cutting the chicane", "track limits"),
        ("drive-through", "drive-through"),
        ("causing a collision", "contact"),
    ]


def test_placing_phrases(nlp):
    text = "Berg took the win, Wen crossed the line fourth and Ruiz completed the podium."
    assert spans(nlp, text, "placings") == [
        ("took the win", "win"),
        ("crossed the line fourth", "line"),
        ("completed the podium", "podium3"),
    ]


def test_possessive_nation_and_group_demonym(nlp):
    doc = nlp("Norway's Tomas Berg led an all-Brazilian chase of Brazilians.")
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["nations"]] == [
        ("Norway's", "NATION", "NOR"),
        ("Brazilian", "DEMONYM", "BRA"),
        ("Brazilians", "DEMONYMS", "BRA"),
    ]


def test_a_two_letter_code_counts_only_in_brackets(nlp):
    assert spans(nlp, "He moved from GT Sport to GT7.", "nations") == []
    assert spans(nlp, "Li Wen (CN) won.", "nations") == [("CN", "CHN")]


def test_entity_of_two_drivers_is_split_and_called_person(nlp):
    doc = nlp.make_doc("Passing Olek Brandt and Piet Vos in quick succession.")
    doc.ents = [Span(doc, 1, 6, label="ORG")]  # the NER glues them into one ORG
    for name in ("terms_ruler", "nation_mentions", "name_candidates"):
        doc = nlp.get_pipe(name)(doc)
    assert [(s.text, s.label_) for s in doc.spans["names"]] == [
        ("Olek Brandt", "ORG"),
        ("Piet Vos", "ORG"),
    ]
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Olek Brandt", "PERSON"),
        ("Piet Vos", "PERSON"),
    ]


def test_nation_before_a_name_is_not_part_of_it(nlp):
    doc = nlp.make_doc("A valiant effort by The Netherlands’ de Wit in fourth.")
    doc.ents = [Span(doc, 4, 9, label="ORG")]
    for name in ("terms_ruler", "nation_mentions", "name_candidates"):
        doc = nlp.get_pipe(name)(doc)
    assert [s.text for s in doc.spans["names"]] == ["de Wit"]


def test_racing_vocabulary_is_never_a_name(nlp):
    doc = nlp.make_doc("He passed him into Sunset Chicane before Maple Straight.")
    doc.ents = [Span(doc, 4, 6, label="PERSON"), Span(doc, 7, 9, label="ORG")]
    for name in ("terms_ruler", "nation_mentions", "name_candidates"):
        doc = nlp.get_pipe(name)(doc)
    assert list(doc.spans["names"]) == []


def test_untagged_full_name_after_a_possessive_nation_is_a_candidate(nlp):
    doc = nlp.make_doc("Spain’s Iker Olano jumped two places.")
    doc.ents = []
    for name in ("terms_ruler", "nation_mentions", "name_candidates"):
        doc = nlp.get_pipe(name)(doc)
    assert [(s.text, s.label_) for s in doc.spans["names"]] == [("Iker Olano", "PROPN")]


def test_given_name_the_ner_left_out_is_taken_in(nlp):
    doc = nlp.make_doc("He won by 0.2s from Ana Ribeiro.")
    doc.ents = [Span(doc, 6, 7, label="PERSON")]  # only "Ribeiro"
    for name in ("terms_ruler", "nation_mentions", "name_candidates"):
        doc = nlp.get_pipe(name)(doc)
    assert [s.text for s in doc.spans["names"]] == ["Ana Ribeiro"]


def test_word_list_patterns_become_fixed_phrases():
    from extractors.narrative.pipeline import as_phrases

    pattern = {
        "label": "PLACING",
        "id": "win",
        "pattern": [
            {"LOWER": {"IN": ["took", "claimed"]}},
            {"LOWER": "the", "OP": "?"},
            {"LOWER": "win"},
        ],
    }
    phrases = sorted(p["pattern"] for p in as_phrases([pattern]))
    assert phrases == ["claimed the win", "claimed win", "took the win", "took win"]


def test_patterns_with_operators_or_attributes_stay_token_patterns():
    from extractors.narrative.pipeline import as_phrases

    pattern = {
        "label": "TIME",
        "id": "seconds",
        "pattern": [{"LIKE_NUM": True}, {"LOWER": "seconds"}],
    }
    assert as_phrases([pattern]) == [pattern]


def test_a_country_that_is_a_given_name_is_no_nation(nlp):
    assert spans(nlp, "Chad Ortley took the feature ahead of Jordan Pike.", "nations") == []
    assert spans(nlp, "Chad's Ali Musa won.", "nations") == [("Chad's", "TCD")]
