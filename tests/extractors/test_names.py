"""Driver names: matching keys, name shapes, and short forms resolved within one article (§5)."""

import pytest

from extractors.names import (
    NameResolver,
    clean_name,
    fold_name,
    looks_like_name,
    name_candidates,
    natural_name,
)


def test_fold_name_drops_accents_and_case():
    assert fold_name("Coque López") == fold_name("coque lopez") == "coque lopez"
    assert fold_name("Patrik Blazsán") == fold_name("Patrik Blazsan")


def test_clean_name_drops_a_trailing_online_id():
    assert clean_name("  Tomas Berg (TB_Racer77) ") == "Tomas Berg"


@pytest.mark.parametrize(
    "text", ["Ana Ribeiro", "Kaj de Bruin", "Pieter van der Berg", "João Dos Santos", "T. Berg",
             "dos Olvalho", "Jean-Luc Moreau", "O'Neill", "MORI Kenji", "Coque López"],
)  # fmt: skip
def test_names_by_their_shape(text):
    assert looks_like_name(text)


@pytest.mark.parametrize(
    "text", ["Semi-Final B", "Race 1 Results", "Grand Final", "Sprint Race", "24 laps",
             "The French driver then disappeared", "Behind Berg", "Semifinale A",
             "Hobby Stock", "Part-time Pro Truck S", "Falcon Ute", "Sport Modified",
             "Supercar Class", "Main Feature"],
)  # fmt: skip
def test_headings_and_prose_are_not_names(text):
    assert not looks_like_name(text)


def test_name_candidates_are_full_names_in_prose():
    text = (
        "Norway's Tomas Berg beat Kaj de Bruin, Ana Ribeiro and Li Wen at the Gran Turismo World "
        "Series. Behind Jan de Vries came Sam Okafor."
    )
    found = name_candidates(text)
    assert {
        "Tomas Berg",
        "Kaj de Bruin",
        "Ana Ribeiro",
        "Li Wen",
        "Jan de Vries",
        "Sam Okafor",
    } <= set(found)
    assert "Behind Jan de Vries" not in found
    assert not any("Series" in name for name in found)


def test_conjunctions_do_not_join_two_names():
    found = name_candidates("Atrás deles, Tomáš Kowalk e Jonas Schwarbach lutaram.")
    assert found == ["Tomáš Kowalk", "Jonas Schwarbach"]


@pytest.fixture
def resolver() -> NameResolver:
    prose = "Tomas Berg won from Kaj de Bruin. Coque López and João Dos Santos were next."
    return NameResolver.from_text(prose, row_names=["Li Wen"])


@pytest.mark.parametrize(
    ("short", "full"),
    [("T. Berg", "Tomas Berg"), ("T.Berg", "Tomas Berg"), ("T Berg", "Tomas Berg"),
     ("Berg", "Tomas Berg"), ("de Bruin", "Kaj de Bruin"), ("K. de Bruin", "Kaj de Bruin"),
     ("Dos Santos", "João Dos Santos"), ("Wen", "Li Wen"), ("C. Lopez", "Coque López")],
)  # fmt: skip
def test_short_forms_resolve_to_the_full_name(resolver, short, full):
    assert resolver.resolve(short) == full


def test_an_initial_that_does_not_fit_stays_as_printed(resolver):
    assert resolver.resolve("B. Berg") == "B. Berg"


def test_full_names_keep_their_own_spelling(resolver):
    assert resolver.resolve("Coque Lopez") == "Coque Lopez"
    assert resolver.resolve("Ana Ribeiro (AR_77)") == "Ana Ribeiro"


def test_ambiguous_surnames_are_not_guessed():
    resolver = NameResolver(["Tomas Berg", "Erik Berg"])
    assert resolver.resolve("Berg") == "Berg"
    assert resolver.resolve("E. Berg") == "Erik Berg"


def test_row_names_win_over_prose_names():
    resolver = NameResolver(row_names=["Tomas Berg"], prose_names=["Nils Berg"])
    assert resolver.resolve("Berg") == "Tomas Berg"


@pytest.mark.parametrize(
    ("printed", "natural"),
    [("RIBEIRO Ana", "Ana Ribeiro"), ("Ana RIBEIRO", "Ana Ribeiro"),
     ("Pieter VAN DIJK", "Pieter van Dijk"), ("de BRUIN Kaj", "Kaj de Bruin"),
     ("Seán O'HARA", "Seán O'Hara"), ("LEFÈVRE Mathis", "Mathis Lefèvre"),
     ("ANA RIBEIRO", "Ana Ribeiro")],
)  # fmt: skip
def test_capitalised_surnames_read_as_prose_writes_them(printed, natural):
    assert natural_name(printed) == natural


@pytest.mark.parametrize("name", ["JP Dubois", "Tomas Berg", "TB_RACER", "Li Wen"])
def test_initials_and_ordinary_names_are_not_recased(name):
    assert natural_name(name) == name


def test_capitalised_surname_takes_the_spelling_the_article_gives():
    resolver = NameResolver(row_names=["ARAI Kenji"], prose_names=["Kenji Arai"])
    assert resolver.resolve("ARAI Kenji") == "Kenji Arai"
    assert resolver.resolve("Kenji ARAI") == "Kenji Arai"


def test_a_preposition_before_a_full_name_is_no_part_of_it():
    text = "Die Leistung von Jan Berg war stark. Kaj de Bruin und Mark van der Steen fuhren vor."
    assert name_candidates(text) == ["Jan Berg", "Kaj de Bruin", "Mark van der Steen"]


def test_a_surname_gains_given_names_not_a_capitalised_run_before_them():
    prose = "Second went to the rookie of Team Blue Fox Racing Nils Okafor. Ana Maria Duarte won."
    resolver = NameResolver.from_text(prose)
    assert resolver.resolve("Okafor") == "Okafor"
    assert resolver.resolve("Duarte") == "Ana Maria Duarte"
