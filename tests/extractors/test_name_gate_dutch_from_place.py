"""A name Dutch prose writes right after 'uit' ('from'): a town or a country the driver comes
from ('Daan Wolters (29) uit Brakkemeer'), no driver (round 25; invented names and sentences,
expectations written by hand)."""

from extractors.name_gate import ProseNames

TEXT = (
    "IJSRACE - Daan Wolters (29) uit Brakkemeer is gisteravond in de finale als zesde "
    "geëindigd. Toen de 29-jarige inwoner van Brakkemeer aan kop lag, viel hij uit. "
    "De titel ging naar Piet Kramer uit Oostmeer."
)


def test_a_name_after_dutch_uit_is_a_place_no_driver() -> None:
    names = ProseNames(TEXT, "nl")
    assert names("Brakkemeer") is None
    assert names("Oostmeer") is None


def test_the_drivers_named_before_uit_stay() -> None:
    names = ProseNames(TEXT, "nl")
    assert names("Daan Wolters") == "Daan Wolters"
    assert names("Piet Kramer") == "Piet Kramer"
