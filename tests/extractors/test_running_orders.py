"""Orders printed at a lap or a point inside a race (a live blog's 'Restart on lap 120. Top ten:
1) A 2) B …') are running orders, no finish; the order after the finish ('Unofficial top ten')
is the result. Pages and names are invented."""

from extractors.article import extract_article
from extractors.inline_rows import is_running_order, split_inline_lists

LIVE_BLOG = (
    "Saturday 4:20pm - Unofficial top five. We are off to the pits.\n\n"
    "1) Lee  2) Kim  3) Diaz  4) Orr  5) Pitt\n\n"
    "Saturday 4:15pm - Ann Lee wins the Harvest 150.\n\n"
    "Saturday 4:02pm - Restart on lap-120. Fourteen cars still running. Top five  1) Kim  2) Lee"
    "  3) Orr  4) Diaz  5) Fox\n"
)


def test_a_list_after_a_lap_is_a_running_order():
    assert is_running_order("Restart on lap-120. Fourteen cars still running. Top five  ")


def test_a_list_with_laps_to_go_is_a_running_order():
    assert is_running_order("With 20 laps to go the order was: ")


def test_a_list_at_half_distance_is_a_running_order():
    assert is_running_order("Top five at half distance: ")


def test_a_list_at_a_french_lap_is_a_running_order():
    assert is_running_order("Au 10e tour, l'ordre était : ")


def test_a_race_length_is_no_point_inside_it():
    assert not is_running_order("25-lap feature: ")


def test_a_lap_time_is_no_point_inside_the_race():
    assert not is_running_order("Ann Lee set the best lap 1:23.456. Top five: ")


def test_a_list_the_words_before_call_a_result_is_no_running_order():
    assert not is_running_order("Lee led from lap 3 and won. Result: ")


def test_a_running_order_in_its_paragraph_gives_no_list():
    assert split_inline_lists("Restart on lap 88. Top three 1) Kim 2) Lee 3) Orr") == []


def test_the_unofficial_order_after_the_finish_is_the_result():
    extraction = extract_article(LIVE_BLOG, media_type="text/plain")
    assert [[(r.position, r.driver) for r in race.results] for race in extraction.races] == [
        [(1, "Ann Lee"), (2, "Kim"), (3, "Diaz"), (4, "Orr"), (5, "Pitt")]
    ]
