"""Places listed in a sentence that tells the running, not the finish (invented sentences in the
shapes of real reports): an order after a cue of the race ('al comando') is where the drivers
ran then; a place that a clause's subject takes after passing a driver is the subject's."""

from narrative_reading import read

from extractors.narrative import NarrativeFacts


def places(facts: NarrativeFacts) -> set[tuple]:
    return {(r.driver, r.position) for race in facts.races for r in race.results}


def test_an_order_listed_after_a_cue_of_the_running_is_no_finish():
    text = (
        "Ottima partenza con Bruno Lodi subito al comando alla prima curva, secondo Enzo Pace, "
        "terzo Dario Sala, quarto Ivo Conte.\n\n"
        "Bruno Lodi vince la gara davanti a Enzo Pace."
    )
    found = places(read(text, "it"))
    assert ("Dario Sala", 3) not in found
    assert ("Ivo Conte", 4) not in found


def test_an_order_listed_with_no_cue_of_the_running_stays_a_finish():
    text = "Vince la gara Bruno Lodi. Secondo Enzo Pace, terzo Dario Sala, quarto Ivo Conte."
    found = places(read(text, "it"))
    assert {("Dario Sala", 3), ("Ivo Conte", 4)} <= found


def test_a_driver_passed_before_a_place_taken_is_not_its_owner():
    text = (
        "Bruno Lodi vince la gara. Enzo Pace, pilota del Team Rosso, che passa Dario Sala "
        "aggiudicandosi la quinta posizione."
    )
    found = places(read(text, "it"))
    assert ("Dario Sala", 5) not in found
