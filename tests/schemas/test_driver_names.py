"""Driver keys across articles: short names take the key of the one full name they fit."""

from schemas.driver_names import ShortName, resolve_driver_refs, short_name, with_driver_refs


def test_short_names_say_initial_and_surname():
    assert short_name("A. Ribeiro") == ShortName("a", ("ribeiro",))
    assert short_name("Ribeiro A.") == ShortName("a", ("ribeiro",))
    assert short_name("J.-P. van Dijk") == ShortName("j", ("van", "dijk"))
    assert short_name("Ribeiro") == ShortName(None, ("ribeiro",))
    assert short_name("Ana Ribeiro") is None
    assert short_name("Pieter van Dijk") is None


def test_an_initial_and_surname_take_the_key_of_the_one_full_name_fitting():
    names = ["Ana Ribeiro", "A. Ribeiro", "Ribeiro", "P. van Dijk", "Pieter van Dijk", "Dijk"]
    assert resolve_driver_refs(names) == {
        "a_ribeiro": "ana_ribeiro",
        "ribeiro": "ana_ribeiro",
        "p_van_dijk": "pieter_van_dijk",
        "dijk": "pieter_van_dijk",
    }


def test_accents_and_middle_names_do_not_stop_a_match():
    assert resolve_driver_refs(["Ana Maria Ribeiro", "A. Ribeiró"]) == {
        "a_ribeiro": "ana_maria_ribeiro"
    }


def test_two_full_names_fitting_leave_the_short_name_alone():
    names = ["Ana Ribeiro", "André Ribeiro", "A. Ribeiro", "Ribeiro", "An. Ribeiro"]
    assert resolve_driver_refs(names) == {}


def test_the_initial_must_match_the_given_name():
    assert resolve_driver_refs(["Ana Ribeiro", "B. Ribeiro"]) == {}


def test_a_full_name_listed_beside_the_short_name_is_another_driver():
    names = ["Ana Ribeiro", "A. Ribeiro"]
    assert resolve_driver_refs(names, lists=[["Ana Ribeiro", "A. Ribeiro", "Jonas Aalto"]]) == {}


def test_disagreeing_nations_keep_names_apart_and_a_missing_one_does_not():
    names = ["Ana Ribeiro", "A. Ribeiro"]
    assert resolve_driver_refs(names, nations={"Ana Ribeiro": {"PRT"}, "A. Ribeiro": {"BRA"}}) == {}
    assert resolve_driver_refs(names, nations={"Ana Ribeiro": {"PRT"}}) == {
        "a_ribeiro": "ana_ribeiro"
    }


def test_the_keys_do_not_depend_on_the_order_of_the_names():
    names = ["A. Ribeiro", "Ana Ribeiro", "Ribeiro", "Kenji Arai", "K. Arai"]
    assert resolve_driver_refs(names) == resolve_driver_refs(list(reversed(names)))


def test_rows_are_rekeyed_from_their_printed_names():
    rows = [
        {"ahead_ref": "x", "ahead_name": "A. Ribeiro", "behind_ref": None, "behind_name": None},
        {
            "ahead_ref": "x",
            "ahead_name": "Jonas Aalto",
            "behind_ref": "y",
            "behind_name": "Ribeiro",
        },
    ]
    rekeyed = with_driver_refs(rows, "intervals", {"a_ribeiro": "ana_ribeiro"})
    assert [(r["ahead_ref"], r["behind_ref"]) for r in rekeyed] == [
        ("ana_ribeiro", None),
        ("jonas_aalto", "ribeiro"),
    ]
    assert rows[0]["ahead_ref"] == "x"
