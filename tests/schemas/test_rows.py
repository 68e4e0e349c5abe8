"""Turning extracted articles into table rows: content keys, Ergast-style positions, drivers."""

from invented_articles import (
    article,
    classification,
    evidence,
    race,
    result,
    standings_list,
    stated_nation,
)

from extractors.records import Conflict, ExtractedArticle, Interval, Penalty
from schemas.rows import driver_ref, driver_rows, round_number, slug, tabulate, tabulate_article


def test_driver_ref_folds_accents_case_and_letters_without_accents():
    assert driver_ref("Coque López") == driver_ref("coque lopez") == "coque_lopez"
    assert driver_ref("Søren  Ærø") == "soren_aero"
    assert driver_ref("Jean-Luc d'Arcy") == "jean_luc_d_arcy"


def test_slug_keeps_letters_of_other_scripts():
    assert slug("李 文") == "李_文"


def _refs(item) -> list[str]:
    return [r["race_ref"] for r in tabulate_article(item)["races"]]


def test_race_ref_is_the_same_for_the_same_race_in_two_articles():
    first = article("site-a/report", races=[race("Grand Final", [], "final")])
    second = article("site-b/report", races=[race("Grand Final", [], "final")])
    assert _refs(first) == _refs(second) == ["invented_sim_cup-2024-round_3-final"]


def test_translated_editions_key_their_races_alike():
    english = article(
        "site/en/report",
        races=[
            race("Sprint race", [], "sprint"),
            race("Main race", [], "race"),
            race("Semi-Final B", [], "semi-final"),
        ],
    )
    italian = article(
        "site/it/report",
        event="Tappa 3 Porto Novo",
        races=[
            race("Gara sprint", [], "sprint"),
            race("Gara principale", [], "race"),
            race("Semifinale B", [], "semi-final"),
        ],
    )
    assert (
        _refs(english)
        == _refs(italian)
        == [
            "invented_sim_cup-2024-round_3-sprint",
            "invented_sim_cup-2024-round_3-race",
            "invented_sim_cup-2024-round_3-semi_final_b",
        ]
    )


def test_a_qualifying_told_in_prose_is_keyed_by_the_race_it_belongs_to():
    two_semis = article(
        races=[
            race("Semi-Final A qualifying", [], "qualifying"),
            race("Semi-Final A", [], "semi-final"),
            race("Semi-Final B qualifying", [], "qualifying"),
            race("Semi-Final B", [], "semi-final"),
        ]
    )
    assert _refs(two_semis) == [
        "invented_sim_cup-2024-round_3-semi_final_a_qualifying",
        "invented_sim_cup-2024-round_3-semi_final_a",
        "invented_sim_cup-2024-round_3-semi_final_b_qualifying",
        "invented_sim_cup-2024-round_3-semi_final_b",
    ]
    # an edition that leaves out Semi-Final A keys Semi-Final B's qualifying alike
    one_semi = article(
        "other/report",
        races=[
            race("Semi-Final B qualifying", [], "qualifying"),
            race("Semi-Final B", [], "semi-final"),
        ],
    )
    assert _refs(one_semi) == _refs(two_semis)[2:]


def test_translated_editions_key_a_race_s_qualifying_alike():
    english = article(
        "site/en/report",
        races=[
            race("Race 2 qualifying", [], "qualifying"),
            race("Race 2", []),
            race("Qualifying", [], "qualifying"),
        ],
    )
    italian = article(
        "site/it/report",
        event="Tappa 3 Porto Novo",
        races=[
            race("Gara 2 qualifying", [], "qualifying"),
            race("Gara 2", []),
            race("Qualifiche", [], "qualifying"),
        ],
    )
    assert (
        _refs(english)
        == _refs(italian)
        == [
            "invented_sim_cup-2024-round_3-race_2_qualifying",
            "invented_sim_cup-2024-round_3-race_2",
            "invented_sim_cup-2024-round_3-qualifying",
        ]
    )


def test_a_penalty_naming_a_race_s_qualifying_belongs_to_that_qualifying():
    penalty = Penalty(
        race="semifinale B qualifying",
        race_key="semi-final B qualifying",  # as the extractor hands it over
        driver="Luca Ferrand",
        kind="grid",
        evidence=evidence("a grid penalty", 300),
    )
    rows = tabulate_article(
        article(
            races=[
                race("Semi-Final B", [], "semi-final"),
                race("Semi-Final B qualifying", [], "qualifying"),
            ],
            penalties=[penalty],
        )
    )
    assert rows["penalties"][0]["race_ref"] == rows["races"][1]["race_ref"]


def test_a_localized_event_name_without_a_round_folds_its_accents():
    montreal = article("a", event="Montréal", races=[race("Final", [], "final")])
    plain = article("b", event="Montreal", races=[race("Finale", [], "final")])
    assert _refs(montreal) == _refs(plain) == ["invented_sim_cup-2024-montreal-final"]


def test_races_of_one_session_keep_their_labels_and_unlabelled_ones_are_numbered():
    labelled = article(
        "a", races=[race("Race 1", []), race("Race 2", []), race("Heat III", [], "heat")]
    )
    assert _refs(labelled) == [
        "invented_sim_cup-2024-round_3-race_1",
        "invented_sim_cup-2024-round_3-race_2",
        "invented_sim_cup-2024-round_3-heat_3",
    ]
    unlabelled = article("b", races=[race("Corrida", []), race("Corrida", [])])
    assert _refs(unlabelled) == _refs(article("c", races=[race("Gara 1", []), race("Gara 2", [])]))


def test_different_heats_of_one_event_never_share_a_key():
    heats = article("a", races=[race(f"Heat {n}", [], "heat") for n in (1, 2, 3)])
    assert len(set(_refs(heats))) == 3
    other_session = article("b", races=[race("Heat 1", [], "heat")])
    assert _refs(other_session)[0] != _refs(article("c", races=[race("Race 1", [])]))[0]


def test_race_ref_is_scoped_to_the_article_when_the_event_is_unknown():
    first = article("site-a/report", event=None, races=[race("Race 1", [])])
    second = article("site-b/report", event=None, races=[race("Race 1", [])])
    refs = [tabulate_article(a)["races"][0]["race_ref"] for a in (first, second)]
    assert refs == ["site_a_report-race_1", "site_b_report-race_1"]


def test_repeated_race_names_in_one_article_get_distinct_refs():
    refs = _refs(article(races=[race("Race 2", []), race("Race 2", []), race("Race 2", [])]))
    assert refs == [
        "invented_sim_cup-2024-round_3-race_2",
        "invented_sim_cup-2024-round_3-race_2_2",
        "invented_sim_cup-2024-round_3-race_2_3",
    ]


def test_position_order_ranks_classified_rows_first_then_the_list_order():
    results = [
        result(None, "Davi Moraes", status="dnf"),
        result(2, "Jonas Aalto", gap_s=1.5),
        result(1, "Mira Castell"),
        result(None, "Luca Ferrand", status="dsq"),
    ]
    rows = tabulate_article(article(races=[race("Race 1", results)]))["results"]
    assert [(r["driver_name"], r["position"], r["position_order"]) for r in rows] == [
        ("Mira Castell", 1, 1),
        ("Jonas Aalto", 2, 2),
        ("Davi Moraes", None, 3),
        ("Luca Ferrand", None, 4),
    ]


def test_result_rows_keep_what_was_printed_and_where():
    row = tabulate_article(
        article(races=[race("Semi-Final A", [result(1, "Mira Castell", "ESP", start=120)])])
    )["results"][0]
    assert row["position_text"] == "1"
    assert row["nation"] == "ESP"
    assert (row["evidence_text"], row["evidence_start"]) == ("1. Mira Castell", 120)
    assert row["evidence_end"] == 120 + len("1. Mira Castell")
    assert row["season"] == 2024 and row["article_key"] == "invented-news/round-3"
    assert row["status"] == "finished" and row["qualified"] is None


def test_result_rows_say_who_went_through():
    through = result(1, "Mira Castell").model_copy(update={"qualified": True})
    rows = tabulate_article(article(races=[race("Heat 1", [through, result(2, "Jonas Aalto")])]))
    assert [r["qualified"] for r in rows["results"]] == [True, None]


def test_races_carry_the_round_from_the_event_name():
    rows = tabulate_article(article(event="Round 12, Kestrel Bay", races=[race("Final", [])]))
    assert rows["races"][0]["round"] == 12
    assert round_number("Grand Final", None) is None


def test_penalties_and_margins_find_their_race_by_name_or_as_the_only_race():
    penalty = Penalty(
        race="semi-final b",
        driver="Luca Ferrand",
        seconds=5,
        kind="time",
        evidence=evidence("a five-second penalty", 300),
    )
    unnamed = Interval(
        ahead="Mira Castell", behind="Jonas Aalto", seconds=0.03, evidence=evidence("by 0.03s", 10)
    )
    two_races = article(
        races=[race("Semi-Final A", []), race("Semi-Final B", [])],
        penalties=[penalty],
        intervals=[unnamed],
    )
    rows = tabulate_article(two_races)
    assert rows["penalties"][0]["race_ref"] == rows["races"][1]["race_ref"]
    assert rows["intervals"][0]["race_ref"] is None
    one_race = tabulate_article(article(races=[race("Final", [])], intervals=[unnamed]))
    assert one_race["intervals"][0]["race_ref"] == one_race["races"][0]["race_ref"]
    assert one_race["intervals"][0]["ahead_ref"] == "mira_castell"


def test_penalties_are_numbered_in_text_order():
    late = Penalty(driver="Jonas Aalto", kind="slowdown", evidence=evidence("slowdown", 800))
    early = Penalty(
        driver="Mira Castell", kind="time", seconds=2, evidence=evidence("two seconds", 50)
    )
    rows = tabulate_article(article(penalties=[late, early]))["penalties"]
    assert [(r["penalty_no"], r["driver_name"]) for r in rows] == [
        (1, "Mira Castell"),
        (2, "Jonas Aalto"),
    ]


def test_standings_share_a_ref_per_list_across_articles():
    first = tabulate_article(article("a", standings=standings_list([10, 8])))["standings"]
    second = tabulate_article(article("b", standings=standings_list([10, 8])))["standings"]
    assert (
        {r["standings_ref"] for r in first}
        == {r["standings_ref"] for r in second}
        == {"invented_sim_cup-2024-round_3"}
    )


def test_tabulate_fills_every_article_table():
    rows = tabulate(
        [
            article("a", races=[race("Final", classification([("Mira Castell", "ESP")], [None]))]),
            article("b"),
        ]
    )
    assert [r["article_key"] for r in rows["articles"]] == ["a", "b"]
    assert rows["articles"][0]["race_count"] == 1
    assert len(rows["results"]) == 1 and rows["standings"] == []


def test_driver_rows_gather_spellings_nations_and_seasons():
    seen = [
        (2023, {"driver_ref": "coque_lopez", "driver_name": "Coque López", "nation": "ESP"}),
        (2024, {"driver_ref": "coque_lopez", "driver_name": "Coque López", "nation": "ESP"}),
        (0, {"driver_ref": "coque_lopez", "driver_name": "Coque Lopez", "nation": None}),
    ]
    standing = [
        (2025, {"driver_ref": "coque_lopez", "driver_name": "Coque López", "nation": "ESP"})
    ]
    (driver,) = driver_rows(seen, standing)
    assert driver == {
        "driver_ref": "coque_lopez",
        "name": "Coque López",
        "nation": "ESP",
        "aliases": ["Coque Lopez", "Coque López"],
        "first_season": 2023,
        "last_season": 2025,
        "result_count": 3,
    }


def test_standings_after_a_round_are_keyed_by_its_number_in_any_language():
    keys = {
        r["standings_ref"]
        for after in ("Round 2", "dopo la tappa 2", "após a rodada 2")
        for r in tabulate_article(article(standings=standings_list([10], after=after)))["standings"]
    }
    assert keys == {"invented_sim_cup-2024-round_2"}


def test_standings_without_a_round_take_the_round_of_the_articles_event():
    def refs(after: str | None) -> set[str]:
        standings = standings_list([10], after=after)
        return {
            r["standings_ref"] for r in tabulate_article(article(standings=standings))["standings"]
        }

    assert refs(None) == refs("Round 3") == {"invented_sim_cup-2024-round_3"}  # event: Round 3
    assert refs("Race 2") == {"invented_sim_cup-2024-round_3_race_2"}


def test_standings_after_a_race_are_told_apart_by_the_event():
    def ref(event: str) -> str:
        standings = standings_list([10], after="Grand Final")
        (row,) = tabulate_article(article(standings=standings, event=event))["standings"]
        return row["standings_ref"]

    assert ref("Tokyo") == "invented_sim_cup-2024-tokyo_grand_final"
    assert ref("Tokyo") != ref("Monaco")


def test_standings_rows_keep_the_extractors_confidence():
    told = [s.model_copy(update={"confidence": 0.6}) for s in standings_list([10, 8], after=None)]
    rows = tabulate_article(article(standings=told))["standings"]
    assert [r["confidence"] for r in rows] == [0.6, 0.6]


def test_nations_stated_in_prose_are_rows_numbered_in_text_order_with_their_evidence():
    rows = tabulate_article(
        article(
            driver_nations=[
                stated_nation("Jonas Aalto", "FIN", "the Finn Jonas Aalto", 410),
                stated_nation("Mira Castéll", "ESP", "Spain's Mira Castéll", 95),
            ]
        )
    )["driver_nations"]
    assert rows == [
        {
            "article_key": "invented-news/round-3",
            "nation_no": 1,
            "season": 2024,
            "driver_ref": "mira_castell",
            "driver_name": "Mira Castéll",
            "nation": "ESP",
            "evidence_text": "Spain's Mira Castéll",
            "evidence_start": 95,
            "evidence_end": 115,
            "extractor_version": "1.0.0",
        },
        {
            "article_key": "invented-news/round-3",
            "nation_no": 2,
            "season": 2024,
            "driver_ref": "jonas_aalto",
            "driver_name": "Jonas Aalto",
            "nation": "FIN",
            "evidence_text": "the Finn Jonas Aalto",
            "evidence_start": 410,
            "evidence_end": 430,
            "extractor_version": "1.0.0",
        },
    ]


def test_conflicts_belong_to_the_race_they_name_and_to_none_when_they_name_none():
    named = Conflict(
        race="Semi-Final B",
        driver="Luca Ferrand",
        field="position",
        kept="3",
        other="4",
        evidence=evidence("Ferrand crossed the line fourth", 640),
    )
    apart = Conflict(
        driver="Jonas Aalto",
        field="nation",
        kept="FIN",
        other="SWE",
        evidence=evidence("the Swede Jonas Aalto", 80),
    )
    rows = tabulate_article(
        article(races=[race("Semi-Final B", [], "semi-final")], conflicts=[named, apart])
    )["conflicts"]
    assert [
        (r["conflict_no"], r["race_ref"], r["driver_ref"], r["field"], r["kept"], r["other"])
        for r in rows
    ] == [
        (1, None, "jonas_aalto", "nation", "FIN", "SWE"),
        (2, "invented_sim_cup-2024-round_3-semi_final_b", "luca_ferrand", "position", "3", "4"),
    ]
    assert (rows[1]["evidence_start"], rows[1]["evidence_end"]) == (640, 671)


def test_a_driver_without_a_printed_nation_takes_the_one_the_prose_states_most():
    seen = [(2024, {"driver_ref": "jonas_aalto", "driver_name": "Jonas Aalto", "nation": None})]
    stated = [
        {"driver_ref": "jonas_aalto", "nation": "SWE"},
        {"driver_ref": "jonas_aalto", "nation": "FIN"},
        {"driver_ref": "jonas_aalto", "nation": "FIN"},
        {"driver_ref": "mira_castell", "nation": "ESP"},
    ]
    (driver,) = driver_rows(seen, [], stated)
    assert driver["nation"] == "FIN"
    tied = driver_rows(seen, [], stated[:2])
    assert tied[0]["nation"] == "FIN"


def test_a_printed_nation_beats_the_nations_the_prose_states():
    seen = [(2024, {"driver_ref": "jonas_aalto", "driver_name": "Jonas Aalto", "nation": "FIN"})]
    stated = [{"driver_ref": "jonas_aalto", "nation": "SWE"}] * 3
    assert driver_rows(seen, [], stated)[0]["nation"] == "FIN"


def test_refs_come_from_the_label_and_round_the_extractor_handed_over():
    handed = race("Heat 7", [], "heat").model_copy(update={"label": "B", "round": 9})
    refs = _refs(article("a", event="Monza", races=[handed]))
    assert refs == ["invented_sim_cup-2024-round_9-heat_b"]


def test_a_qualifying_is_keyed_by_the_parent_the_extractor_handed_over_not_by_its_name():
    handed = race("Qualifying", [], "qualifying").model_copy(update={"parent": "heat B"})
    assert _refs(article(races=[handed])) == ["invented_sim_cup-2024-round_3-heat_b_qualifying"]


def test_a_penalty_and_a_margin_find_their_race_by_the_key_the_extractor_handed_over():
    penalty = Penalty(
        race="the second semi",  # a name no race carries
        race_key="semi-final B",
        driver="Luca Ferrand",
        kind="time",
        seconds=5,
        evidence=evidence("a five-second penalty", 300),
    )
    margin = Interval(
        race="Semifinale B",
        race_key="semi-final B",
        ahead="Mira Castell",
        behind="Jonas Aalto",
        seconds=0.4,
        evidence=evidence("by 0.4s", 10),
    )
    rows = tabulate_article(
        article(
            races=[race("Semi-Final A", [], "semi-final"), race("Semi-Final B", [], "semi-final")],
            penalties=[penalty],
            intervals=[margin],
        )
    )
    semi_b = "invented_sim_cup-2024-round_3-semi_final_b"
    assert rows["penalties"][0]["race_ref"] == rows["intervals"][0]["race_ref"] == semi_b


def test_an_extraction_stored_before_parents_and_race_keys_still_tabulates():
    """Extraction JSON of earlier versions lacks `parent` and `race_key`: read as absent."""
    stored = article(
        races=[
            race("Semi-Final B", [], "semi-final"),
            race("Semi-Final B qualifying", [], "qualifying"),
        ],
        penalties=[
            Penalty(
                race="semifinale B qualifying",
                race_key="semi-final B qualifying",
                driver="Luca Ferrand",
                kind="grid",
                evidence=evidence("a grid penalty", 300),
            ),
            Penalty(
                race="Semi-Final B",
                race_key="semi-final B",
                driver="Jonas Aalto",
                kind="time",
                seconds=5,
                evidence=evidence("a five-second penalty", 400),
            ),
        ],
    ).model_dump(mode="json")
    for stored_race in stored["extraction"]["races"]:
        del stored_race["parent"]
    for stored_penalty in stored["extraction"]["penalties"]:
        del stored_penalty["race_key"]
    rows = tabulate_article(ExtractedArticle.model_validate(stored))
    # the qualifying is a session of its own; a penalty finds its race by name or not at all
    assert [r["race_ref"] for r in rows["races"]] == [
        "invented_sim_cup-2024-round_3-semi_final_b",
        "invented_sim_cup-2024-round_3-qualifying",
    ]
    assert [r["race_ref"] for r in rows["penalties"]] == [
        None,
        "invented_sim_cup-2024-round_3-semi_final_b",
    ]
