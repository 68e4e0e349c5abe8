"""Printed lists that are no race's result, learned in round 15 (issue 13): a speedway team
match's scorecard (each rider's points heat by heat; the leading numbers are riders' numbers).
Sentences and pages are invented."""

from extractors.article import extract_article


def _rows(text: str) -> list[tuple]:
    races = extract_article(text, media_type="text/plain").races
    return [(r.name, x.position, x.driver) for r in races for x in r.results]


SCORECARD = (
    "On 1 May the first round of the youth team league was raced at Brook Lane (group A).\n"
    "The meeting began at 11.00.\n"
    "I. Brook Lane Hawks:\n"
    "1. Adam Lis (1*,3,-,3,2*,1*) 10+2\n"
    "2. Bruno Kos (2,3,3,3,2,3) 16\n"
    "3. Cezary Wolny (1,1,-,2*) 4+1 16.\n"
    "Emil Stary (2*,2*) 4+2\n"
    "II. Riverside Eagles: 29\n"
    "10. Dawid Nowy (2*,-,1,1,-,2*) 6+2 11.\n"
    "Filip Mak (3,3,-1,3) 10 12.\n"
    "Gustaw Ryba (W,0,U/NS,3) 3\n"
)


def test_a_speedway_scorecard_gives_no_race_result():
    assert _rows(SCORECARD) == []


def test_a_list_with_a_row_bracketing_its_laps_is_still_a_result():
    text = (
        "Club race at Brook Lane\n\nThe final was raced on Saturday in the rain.\n\n"
        "Final\n1. Adam Lis 12:01.345\n2. Bruno Kos (1,2,3) +2.100\n3. Cezary Wolny +5.300\n"
    )
    assert [row[2] for row in _rows(text)] == ["Adam Lis", "Bruno Kos", "Cezary Wolny"]


def test_an_individual_meetings_heat_scores_leave_its_classification():
    text = (
        "On 1 May the open meeting was raced at Brook Lane.\nThe meeting began at 11.00.\n"
        "Classification:\n"
        "1. Adam Lis (2,3,2,2,3) 12\n2. Bruno Kos (3,3,3,1,1) 11\n3. Cezary Wolny (W,2,2,3,3) 10\n"
    )
    assert [row[1:] for row in _rows(text)] == [
        (1, "Adam Lis"),
        (2, "Bruno Kos"),
        (3, "Cezary Wolny"),
    ]
