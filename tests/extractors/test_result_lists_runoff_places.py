"""A speedway or grasstrack classification whose rows also give a rider's place in the meeting's
run-off ('+ 1. miejsce w barażu', '+ 2nd place in the run-off'): the run-off is a race of its
own. Pages invented."""

from extractors.article import extract_article

MEETING = (
    "Kite Cup at the sand oval\n\n"
    "Wyniki:\n\n"
    "1. Ann Lee (3,3,3) 9+1. miejsce w finale\n"
    "2. Bo Kim (3,2,3) 8+2. miejsce w finale\n"
    "3. Cy Dow (2,3,2) 7+1. miejsce w barażu + 3. miejsce w finale\n"
    "4. Eva Fox (2,2,2) 6+2. miejsce w barażu + 4. miejsce w finale\n"
    "5. Gus Orr (1,2,2) 5+3. miejsce w barażu\n"
    "6. Hal Ude (1,1,1) 3\n"
)


def _races(text: str) -> dict[str, list[tuple]]:
    races = extract_article(text, media_type="text/plain").races
    return {r.name: [(x.position, x.driver, x.points) for x in r.results] for r in races}


def test_the_run_off_places_are_a_race_of_their_own():
    races = _races(MEETING)
    assert races["Run-off"] == [(1, "Cy Dow", None), (2, "Eva Fox", None), (3, "Gus Orr", None)]


def test_the_final_and_the_classification_keep_their_rows():
    races = _races(MEETING)
    assert [r[1] for r in races["Final"]] == ["Ann Lee", "Bo Kim", "Cy Dow", "Eva Fox"]
    assert [r[:2] for r in races["Wyniki"]][:3] == [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Dow")]


def test_english_run_off_places_are_read_too():
    text = (
        MEETING.replace("miejsce w barażu", "place in the run-off")
        .replace("1. place", "1st place")
        .replace("2. place", "2nd place")
        .replace("3. place", "3rd place")
    )
    assert [r[1] for r in _races(text)["Run-off"]] == ["Cy Dow", "Eva Fox", "Gus Orr"]


def test_two_riders_claiming_one_run_off_place_give_no_run_off():
    text = MEETING.replace("2. miejsce w barażu", "1. miejsce w barażu")
    assert "Run-off" not in _races(text)


def test_a_classification_without_run_off_places_has_no_run_off():
    text = MEETING.replace("+1. miejsce w barażu ", "").replace("+2. miejsce w barażu ", "")
    text = text.replace("+3. miejsce w barażu", "")
    assert "Run-off" not in _races(text)


DASHED = (
    "Junior meeting, round one\n\n"
    "Punktacja:\n\n"
    "1. Ann Lee (Kite Club) - 14 (3,3,3,3,2) - 1. miejsce w finale\n"
    "2. Bo Kim (Vela Club) - 15 (3,3,3,3,3) - 2. miejsce w finale\n"
    "3. Cy Dow (Kite Club) - 11 (3,2,2,3,1) - 2. miejsce w barażu - 3. miejsce w finale\n"
    "4. Eva Fox (Oak Club) - 10 (2,2,3,2,1) - 1. miejsce w barażu - 4. miejsce w finale\n"
    "5. Gus Orr (Oak Club) - 9 (2,3,1,2,1) - 3. miejsce w barażu\n"
    "6. Hal Ude (Vela Club) - 4 (1,1,1,1,0)\n"
)


def test_final_and_run_off_places_after_a_dash_are_read_as_after_a_plus():
    races = _races(DASHED)
    assert [r[1] for r in races["Final"]] == ["Ann Lee", "Bo Kim", "Cy Dow", "Eva Fox"]
    assert [r[:2] for r in races["Run-off"]] == [(1, "Eva Fox"), (2, "Cy Dow"), (3, "Gus Orr")]


def test_the_dashed_classification_keeps_its_places_and_heat_points():
    rows = _races(DASHED)["Punktacja"]
    assert rows[:2] == [(1, "Ann Lee", 14), (2, "Bo Kim", 15)]
    assert rows[-1] == (6, "Hal Ude", 4)
