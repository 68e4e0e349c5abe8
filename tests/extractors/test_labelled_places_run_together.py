"""Labelled places run together on one line ('Feature Winner: Ann Lee 2nd: Bo Kim Heat 1
Winner: Cy Dow'), as a small paper's results column comes out once its line breaks are lost:
each race read as if printed one place a line. Pages and names are invented."""

from extractors.article import document_for, extract_article
from extractors.winner_lines import split_labelled_places

RUN_TOGETHER = (
    "Marsh lake racers back on the ice\n"
    "Racing goes on each Saturday at ten.Group A Feature Winner: Orvo Tally 2nd: Pim Rasker "
    "3rd: Quen Abbot 4th: Ruel Sonder Heat 1 Winner: Pim Rasker Heat 2 Winner: Tash Melko "
    "Consolation Winner: Ugo Brill Group B Feature Winner: Quen Abbot 2nd: Orvo Tally "
    "3rd: Vim Haller Heat 1 Winner: Ruel Sonder Heat 2 Winner: Orvo Tally\n"
)


def races_of(text: str) -> list[list[tuple[int | None, str]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [[(r.position, r.driver) for r in race.results] for race in extraction.races]


def test_each_race_of_a_run_together_line_is_read_with_its_places():
    assert races_of(RUN_TOGETHER) == [
        [(1, "Orvo Tally"), (2, "Pim Rasker"), (3, "Quen Abbot"), (4, "Ruel Sonder")],
        [(1, "Pim Rasker")],
        [(1, "Tash Melko")],
        [(1, "Ugo Brill")],
        [(1, "Quen Abbot"), (2, "Orvo Tally"), (3, "Vim Haller")],
        [(1, "Ruel Sonder")],
        [(1, "Orvo Tally")],
    ]


def test_the_line_is_cut_before_each_place_and_each_winners_label():
    doc = document_for(RUN_TOGETHER, media_type="text/plain")
    texts = [b.text for b in doc.blocks]
    assert texts[1] == "Racing goes on each Saturday at ten."
    assert texts[2:6] == [
        "Group A Feature Winner: Orvo Tally",
        "2nd: Pim Rasker",
        "3rd: Quen Abbot",
        "4th: Ruel Sonder",
    ]
    assert "Heat 1 Winner: Pim Rasker" in texts
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)


def test_a_second_heat_of_the_same_name_is_a_race_of_its_own():
    heats = [r for r in extract_article(RUN_TOGETHER, media_type="text/plain").races]
    named = [[(x.position, x.driver) for x in r.results] for r in heats if r.name == "Heat 1"]
    assert named == [[(1, "Pim Rasker")], [(1, "Ruel Sonder")]]


def test_a_label_not_told_from_the_name_before_it_leaves_the_line_whole():
    line = "Winner: Orvo Tally 2nd: Pim Rasker 3rd: Quen Abbot Pro Stock Winner: Ugo Brill\n"
    doc = document_for("Marsh lake results\n" + line, media_type="text/plain")
    assert split_labelled_places(doc) is doc
    assert len(doc.blocks) == 2


def test_a_sentence_with_one_or_two_labels_is_not_cut():
    text = "Marsh lake results\nThe winner: Orvo Tally, ahead of the 2nd: Pim Rasker in the end.\n"
    doc = document_for(text, media_type="text/plain")
    assert [b.text for b in doc.blocks][1].startswith("The winner:")
    assert len(doc.blocks) == 2
