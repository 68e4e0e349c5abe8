"""Acceptance on the two seed reports, expectations written by hand from reading them."""

import pytest

from extractors.article import extract_article
from extractors.document import document_from_text
from extractors.names import fold_name
from extractors.narrative import extract_narrative

WORLD_FINAL = "000_5540fa1c4160fc12.txt"
MONTREAL = "002_9fed29e7c4c86bcb.txt"
FINAL_NAMES = {"Grand Final", "World Final", "Final"}  # the seed's final has no heading


@pytest.fixture(scope="module")
def world_final(seeds_dir, nlp):
    doc = document_from_text((seeds_dir / WORLD_FINAL).read_text(encoding="utf-8"))
    return doc, extract_narrative(doc)


@pytest.fixture(scope="module")
def montreal(seeds_dir, nlp):
    doc = document_from_text((seeds_dir / MONTREAL).read_text(encoding="utf-8"))
    return doc, extract_narrative(doc)


def winners(facts) -> dict[str, str]:
    return {
        race.name: row.driver
        for race in facts.races
        for row in race.results
        if row.position == 1 and race.session != "qualifying"
    }


def all_drivers(facts) -> set[str]:
    names = {row.driver for race in facts.races for row in race.results}
    names |= {n.driver for n in facts.driver_nations} | {
        p.driver for p in facts.penalties if p.driver
    }
    return names | {d for i in facts.intervals for d in (i.ahead, i.behind) if d}


def test_world_final_semi_final_winners(world_final):
    _, facts = world_final
    found = winners(facts)
    assert (found["Semi-Final A"], found["Semi-Final B"], found["Semi-Final C"]) == (
        "Takuma Miyazono", "Valerio Gallo", "Lucas Bonelli",
    )  # fmt: skip


def test_world_final_winner_of_the_unheaded_final(world_final):
    _, facts = world_final
    (final,) = [name for name in winners(facts) if name in FINAL_NAMES]
    assert winners(facts)[final] == "Valerio Gallo"


def test_world_final_two_second_penalty_and_its_driver(world_final):
    doc, facts = world_final
    (penalty,) = facts.penalties
    assert (penalty.race, penalty.driver, penalty.seconds, penalty.kind) == (
        "Semi-Final A", "Tomoaki Yamanaka", 2.0, "time",
    )  # fmt: skip
    assert doc.text[penalty.evidence.start : penalty.evidence.end] == penalty.evidence.text
    assert "two-second penalty" in penalty.evidence.text


def test_world_final_finishing_margins_with_both_drivers(world_final):
    _, facts = world_final
    assert {(i.race, i.ahead, i.behind, i.seconds) for i in facts.intervals} == {
        ("Semi-Final A", "Matthew McEwen", "Andrew Lee", 0.002),
        ("Semi-Final A", "Kanata Kawakami", "Ryota Kokubun", 0.08),
        ("Semi-Final A", "Ryota Kokubun", "Tatsuhiko Kato", 0.09),
        ("Semi-Final B", "Valerio Gallo", "Jose Serrano", 0.03),
    }  # the 20-second lead and the three-second gap are in-race gaps


WORLD_FINAL_NATIONS = {
    "Valerio Gallo": ("ITA", "The Italian driver"),
    "Ryota Kokubun": ("JPN", "all-Japanese front row"),
    "Takuma Miyazono": ("JPN", "all-Japanese front row"),
    "Kanata Kawakami": ("JPN", "compatriots"),
    "Andrew Lee": ("AUS", "from Australia"),
    "Guy Barbara": ("AUS", "from Australia"),
    "Tomoaki Yamanaka": ("JPN", "the Japanese driver"),
    "Matthew McEwen": ("NZL", "New Zealand’s Matthew McEwen"),
    "Coque Lopez": ("ESP", "the Spanish driver"),
    "Nico Romero": ("ESP", "Spain’s Nico Romero"),
    "Juan Hernandez": ("GTM", "from Guatemala"),
}


def test_world_final_driver_nations_the_text_states(world_final):
    doc, facts = world_final
    assert {n.driver: n.nation for n in facts.driver_nations} == {
        driver: nation for driver, (nation, _) in WORLD_FINAL_NATIONS.items()
    }
    for fact in facts.driver_nations:
        assert doc.text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
        assert WORLD_FINAL_NATIONS[fact.driver][1] in fact.evidence.text


def test_world_final_no_driver_under_two_spellings(world_final):
    _, facts = world_final
    names = all_drivers(facts)
    assert "Baptiste Beauvois" in names and not any("Beauvoid" in n for n in names)
    surnames = [fold_name(n).split()[-1] for n in names]
    assert len(surnames) == len(set(surnames))


def test_montreal_track_limits_penalty_and_its_driver(montreal):
    doc, facts = montreal
    first = facts.penalties[0]
    assert (first.race, first.driver, first.seconds, first.kind, first.reason) == (
        "Main race", "Takuma Miyazono", 0.5, "time", "track limits",
    )  # fmt: skip
    assert doc.text[first.evidence.start : first.evidence.end] == first.evidence.text


def test_montreal_second_track_limits_penalty_has_no_number(montreal):
    _, facts = montreal
    assert [(p.driver, p.seconds, p.reason) for p in facts.penalties[1:]] == [
        ("Takuma Miyazono", None, "track limits")
    ]


def test_montreal_sprint_race_winner(montreal):
    _, facts = montreal
    assert winners(facts)["Sprint race"] == "Kylian Drumont"


def test_montreal_nations_of_drivers_named_with_one_in_prose(montreal):
    _, facts = montreal
    assert {n.driver: n.nation for n in facts.driver_nations} == {
        "Takuma Miyazono": "JPN",
        "Coque López": "ESP",
        "Kaj de Bruin": "NLD",
        "Valerio Gallo": "ITA",
        "Kylian Drumont": "FRA",
        "Jose Serrano": "ESP",
        "Takuma Sasaki": "JPN",
    }


def test_montreal_whole_article_keeps_the_list_and_adds_the_prose(seeds_dir):
    extraction = extract_article((seeds_dir / MONTREAL).read_text(encoding="utf-8"))
    (main,) = [r for r in extraction.races if r.name == "Main race"]
    assert [row.method for row in main.results] == ["list"] * 12
    (sprint,) = [r for r in extraction.races if r.name == "Sprint race"]
    assert (sprint.results[0].driver, sprint.results[0].method) == ("Kylian Drumont", "narrative")
    assert len(extraction.penalties) == 2 and len(extraction.driver_nations) == 7
    assert extraction.conflicts == []


def test_world_final_standings_told_in_prose(world_final):
    _, facts = world_final
    assert {(s.driver, s.points, s.position) for s in facts.standings} == {
        ("Valerio Gallo", 30, None), ("Jose Serrano", 22, None), ("Igor Fraga", 17, None),
        ("Coque Lopez", 16, None), ("Takuma Miyazono", 16, None), ("Ryota Kokubun", 16, None),
    }  # fmt: skip
