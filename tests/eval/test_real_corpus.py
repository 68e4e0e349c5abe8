"""The real-report corpus: its gold files well-formed and none reserved, the mix it promises, and
a scorer under which the gold fed back scores 1.0 and each kind of mistake counts as one."""

import pytest

from eval.real.check import check
from eval.real.gold import GOLD_DIR, Gold, excluded, load_corpus
from eval.real.score import FACT_TYPES, main, score_article
from extractors.records import (
    DriverNation,
    Evidence,
    Extraction,
    Interval,
    Penalty,
    Race,
    ResultRow,
    Standing,
)

EVIDENCE = Evidence(text="x", start=0, end=1)
# An invented report's gold: two races, a surname-only row, an optional row, a DNF.
GOLD = {
    "id": "t01",
    "url": "https://example.org/report",
    "language": "en",
    "split": "dev",
    "format": "mixed",
    "kind": "sim",
    "series": "Invented Cup",
    "text_sha256": "0" * 64,
    "text_words_sha256": "0" * 64,
    "text_chars": 100,
    "source": {"query": "invented"},
    "races": [
        {
            "name": "Sprint",
            "results": [
                {"position": 1, "driver": "Ana Ribeiro", "nation": "PRT", "gap_s": None},
                {"position": 2, "driver": "Berg", "full": "Tomas Berg", "gap_s": 2.318},
                {"position": 3, "driver": "Li Wen", "optional": True},
            ],
        },
        {
            "name": "Feature",
            "results": [
                {"position": 1, "driver": "Tomas Berg", "laps": 20},
                {"position": None, "driver": "Ana Ribeiro", "status": "dnf"},
            ],
        },
    ],
    "standings": [{"position": 1, "driver": "Tomas Berg", "points": 43}],
    "penalties": [{"driver": "Li Wen", "seconds": 5, "kind": "time"}],
    "driver_nations": [{"driver": "Tomas Berg", "nation": "NOR"}],
    "margins": [{"ahead": "Tomas Berg", "behind": "Ana Ribeiro", "seconds": 0.3}],
    "aliases": {"Tomas Berg": ["TB_Racer77"]},
}


def gold() -> Gold:
    return Gold.model_validate(GOLD)


def row(position, driver, **fields) -> ResultRow:
    return ResultRow(
        position=position, driver=driver, evidence=EVIDENCE, method="list", confidence=1, **fields
    )


def as_extraction(g: Gold) -> Extraction:
    """The gold written as the extractor would write it."""
    return Extraction.model_validate(
        {
            "article": {},
            "races": [
                Race(
                    name=race.name,
                    results=[
                        row(
                            r.position,
                            r.full or r.driver,
                            nation=r.nation,
                            team=r.team,
                            car_number=r.car_number,
                            gap_s=r.gap_s,
                            time_s=r.time_s,
                            laps=r.laps,
                            points=r.points,
                            status=r.status,
                        )
                        for r in race.results
                    ],
                )
                for race in g.races
            ],
            "standings": [
                Standing(driver=s.driver, points=s.points, position=s.position, evidence=EVIDENCE)
                for s in g.standings
            ],
            "penalties": [
                Penalty(driver=p.driver, seconds=p.seconds, kind=p.kind, evidence=EVIDENCE)
                for p in g.penalties
            ],
            "driver_nations": [
                DriverNation(driver=n.driver, nation=n.nation, evidence=EVIDENCE)
                for n in g.driver_nations
            ],
            "intervals": [
                Interval(ahead=m.ahead, behind=m.behind, seconds=m.seconds, evidence=EVIDENCE)
                for m in g.margins
            ],
        }
    )


def tallies(extraction: Extraction) -> dict[str, tuple[int, int, int]]:
    return tallies_of(gold(), extraction)


def tallies_of(g: Gold, extraction: Extraction) -> dict[str, tuple[int, int, int]]:
    score = score_article(g, extraction)
    return {t: (score.tallies[t].tp, score.tallies[t].fp, score.tallies[t].fn) for t in FACT_TYPES}


def test_gold_fed_back_scores_one():
    score = score_article(gold(), as_extraction(gold()))
    assert all(score.tallies[t].f1 == 1.0 for t in FACT_TYPES)
    assert score.lines == []
    assert all(c["wrong"] == 0 and c["missing"] == 0 for c in score.fields.values())


def test_a_wrong_position_is_one_wrong_and_one_missed():
    e = as_extraction(gold())
    e.races[0].results[1].position = 4
    assert tallies(e)["results"] == (3, 1, 1)


def test_races_align_by_rows_not_names():
    e = as_extraction(gold())
    e.races[0].name, e.races[1].name = "Race 1", "Race 2"
    e.races.reverse()
    assert tallies(e)["results"] == (4, 0, 0)


def test_a_row_in_the_wrong_race_counts():
    e = as_extraction(gold())
    e.races[1].results.append(e.races[0].results.pop(1))  # Berg P2 moved to the feature
    assert tallies(e)["results"] == (3, 1, 1)


def test_a_qualifying_session_is_counted_but_not_scored():
    """The gold labels finishing results only: a stated pole is neither right nor wrong, even
    when the pole sitter is the winner the gold names."""
    e = as_extraction(gold())
    pole = e.races[0].results[0].model_copy()
    e.races.append(Race(name="Sprint qualifying", session="qualifying", results=[pole]))
    e.races.append(
        Race(name="Feature qualifying", session="qualifying", results=[pole.model_copy()])
    )
    e.races[-1].results[0].driver = "Nobody Named"
    score = score_article(gold(), e)
    assert (score.tallies["results"].tp, score.tallies["results"].fp) == (4, 0)
    assert score.unscored_qualifying == 2


def test_optional_rows_are_neither_required_nor_wrong():
    e = as_extraction(gold())
    del e.races[0].results[2]
    assert tallies(e)["results"] == (4, 0, 0)


def test_surname_and_alias_name_the_driver():
    e = as_extraction(gold())
    e.races[0].results[1].driver = "Berg"
    e.standings[0].driver = "TB_Racer77"
    assert tallies(e)["results"] == (4, 0, 0)
    assert tallies(e)["standings"] == (1, 0, 0)


@pytest.mark.parametrize("printed", ["RIBEIRO Ana", "RIBEIRO, ANA"])
def test_a_name_printed_family_name_first_names_the_driver_given_name_first(printed):
    """Tables print 'RIBEIRO Ana' and the extractor shows 'Ana Ribeiro': the same driver."""
    g = gold()
    g.races[0].results[0].driver = printed
    e = as_extraction(gold())
    assert tallies_of(g, e)["results"] == (4, 0, 0)
    e.races[0].results[0].driver = "Ribeiro Ana Maria"  # no reordering of another name
    assert tallies_of(g, e)["results"] == (3, 1, 1)


def test_a_crew_printed_as_a_pair_goes_by_its_driver_alone():
    """README: a crew's row is the pair as printed or the driver alone; either reading matches,
    also where the gold gives no alias (the co-driver alone names no one)."""
    g = gold()
    g.races[0].results[0].driver = "Ribeiro, A. / Costa, L."
    e = as_extraction(gold())
    e.races[0].results[0].driver = "A. Ribeiro"
    assert tallies_of(g, e)["results"] == (4, 0, 0)
    e.races[0].results[0].driver = "L. Costa"
    assert tallies_of(g, e)["results"] == (3, 1, 1)


def test_a_nation_from_a_result_row_is_a_pair():
    e = as_extraction(gold())
    e.driver_nations.clear()
    e.races[1].results[0].nation = "NOR"
    assert tallies(e)["nations"] == (2, 0, 0)  # Ribeiro PRT (sprint row), Berg NOR (feature row)


def test_a_wrong_nation_is_wrong_and_counted_as_a_field():
    e = as_extraction(gold())
    e.races[0].results[0].nation = "BRA"
    score = score_article(gold(), e)
    assert (score.tallies["nations"].fp, score.tallies["nations"].fn) == (1, 1)
    assert score.fields["nation"]["wrong"] == 1


def test_penalty_to_another_driver_is_wrong():
    e = as_extraction(gold())
    e.penalties[0].driver = "Ana Ribeiro"
    assert tallies(e)["penalties"] == (0, 1, 1)


def test_margin_needs_its_seconds_and_drivers():
    e = as_extraction(gold())
    e.intervals[0].behind = "Li Wen"
    assert tallies(e)["margins"] == (0, 1, 1)
    e.intervals[0].behind = None  # an unnamed driver behind is not wrong
    assert tallies(e)["margins"] == (1, 0, 0)


def test_a_margin_names_a_driver_by_any_form_the_rows_give():
    g = gold().model_copy(deep=True)
    g.margins[0].ahead = "Berg"  # the rows give Berg's full name, 'Tomas Berg'
    e = as_extraction(g)
    e.intervals[0].ahead = "Tomas Berg"
    assert score_article(g, e).tallies["margins"].tp == 1


def test_an_extra_race_is_all_wrong():
    e = as_extraction(gold())
    e.races.append(Race(name="Heat", results=[row(1, "Someone Else")]))
    assert tallies(e)["results"] == (4, 1, 0)


# --- the corpus ---------------------------------------------------------------------------------

CORPUS = load_corpus()


def test_every_gold_file_is_well_formed_and_none_is_reserved():
    assert check(sorted(GOLD_DIR.glob("*.json"))) == []


def test_the_reserved_list_is_consulted():
    # the checker's answer for a URL it cannot know must be 'ok', so 'none reserved' means something
    assert excluded(["https://example.org/not-a-report"]) == set()


@pytest.mark.parametrize("report", CORPUS, ids=[g.id for g in CORPUS])
def test_gold_fed_back_scores_one_on_every_report(report):
    score = score_article(report, as_extraction(report))
    assert [t for t in FACT_TYPES if score.tallies[t].f1 < 1.0] == [], score.lines


def test_the_corpus_has_the_promised_mix():
    n = len(CORPUS)
    share = lambda test: sum(map(test, CORPUS)) / n  # noqa: E731
    assert n >= 150
    assert sum(g.split == "holdout" for g in CORPUS) >= 50
    assert share(lambda g: g.language != "en") >= 0.40
    assert share(lambda g: g.format in ("list", "table", "mixed")) >= 0.30
    assert share(lambda g: g.format == "prose") >= 0.30
    assert len({g.site for g in CORPUS}) >= 40
    assert {g.kind for g in CORPUS} == {"sim", "motorsport"}


def test_without_texts_it_says_so_in_one_line_and_scores_nothing(tmp_path, capsys):
    dev = sum(g.split == "dev" for g in CORPUS)
    assert main(["--texts", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"real corpus: {dev} reports, 0 with their text"
    assert out[1].startswith(f"{dev} texts are absent") and len(out) == 2


def test_holdout_is_scored_only_when_asked_for_by_name(tmp_path, capsys):
    """A plain run reads dev alone (above): nobody sees holdout numbers by accident."""
    holdout = sum(g.split == "holdout" for g in CORPUS)
    assert main(["--split", "holdout", "--texts", str(tmp_path)]) == 0
    assert (
        capsys.readouterr().out.splitlines()[0]
        == f"real corpus: {holdout} reports, 0 with their text"
    )


def test_a_batch_scores_only_the_reports_of_its_prefixes(tmp_path, capsys):
    """`--batch` narrows a split to the reports whose id starts with one of its prefixes."""
    first = next(g.id[0] for g in CORPUS if g.split == "dev")  # a batch of dev, by its letter
    dev = sum(g.split == "dev" and g.id.startswith(first) for g in CORPUS)
    assert 0 < dev < sum(g.split == "dev" for g in CORPUS)
    assert main(["--batch", f" {first}, ", "--texts", str(tmp_path)]) == 0
    assert (
        capsys.readouterr().out.splitlines()[0] == f"real corpus: {dev} reports, 0 with their text"
    )
