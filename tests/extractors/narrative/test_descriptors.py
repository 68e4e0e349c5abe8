"""Names in prose without what describes the driver: titles, teams, cars, a name's suffix, a
hyphen that joins the next word (invented sentences in the shapes real reports use)."""

from extractors.document import Document, document_from_text
from extractors.narrative import extract_narrative


def names(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [span.text for span in doc.spans["names"]]


def test_a_title_before_the_name_is_not_part_of_it(narrate, placings_of):
    facts = narrate("Sprint Car Champion Ivo Brant won the feature race.")
    assert placings_of(facts) == {("Race", "Ivo Brant", 1)}


def test_a_name_keeps_its_suffix(narrate, placings_of):
    facts = narrate("Kurt Maddox Jr. claimed a podium spot by finishing in third.")
    assert placings_of(facts) == {("Race", "Kurt Maddox Jr.", 3)}


def test_a_team_is_no_driver(narrate, placings_of):
    facts = narrate("Ivo Brant won the race from Tom Hale, with Rayo Racing third.")
    assert placings_of(facts) == {("Race", "Ivo Brant", 1), ("Race", "Tom Hale", 2)}


def test_the_name_before_a_team_word_is_the_team(nlp):
    assert names(nlp, "Tom Hale (USA/Nordlund Kivi Esports) was fast.") == ["Tom Hale"]


def test_a_car_is_no_driver(nlp):
    assert names(nlp, "Ivo Brant drove his Citroen Xsara to the win.") == ["Ivo Brant"]


def test_a_car_whose_two_word_maker_the_name_cuts_is_no_driver(narrate, placings_of):
    facts = narrate("The No. 7 Aston Martin Vantage finished second, ahead of the No. 3 Ferrari.")
    assert placings_of(facts) == {("Race", "No. 7", 2)}  # the entry (test_team_entries.py)
    facts = narrate("Ivo Brant won the race ahead of Martin Vantage.")
    assert placings_of(facts) == {("Race", "Ivo Brant", 1), ("Race", "Martin Vantage", 2)}


def test_a_dash_joining_the_next_word_is_not_part_of_the_name(nlp):
    assert names(nlp, "Max Kurz-who started last-won the race.") == ["Max Kurz"]


def test_the_american_is_no_team_in_brackets(narrate, nations_of):
    facts = narrate(
        "Ivo Brant (Germany/Team Vortex) gained a place and ran sixth ahead of Tom Hale "
        "(Great Britain/Apex Racing). "
        "The American qualified 15th."
    )
    assert nations_of(facts) == {"Ivo Brant": "DEU", "Tom Hale": "GBR"}


def test_a_particle_glued_to_the_surname_is_a_name(narrate, nations_of):
    facts = narrate("Ivo deJong (USA/Nordic Racing School), who led the series, fell back.")
    assert nations_of(facts) == {"Ivo deJong": "USA"}


def test_the_british_team_driver_is_the_driver_before(narrate, nations_of):
    facts = narrate(
        "In the sprint race, the champion was narrowly beaten to the flag by arch-rival Tim Orr. "
        "The British Apex Racing Esports driver took up the sprint from pole position."
    )
    assert nations_of(facts) == {"Tim Orr": "GBR"}


def test_the_flying_finn(narrate, nations_of):
    facts = narrate("Tim Orr claimed pole with a new lap record. The flying Finn looked on form.")
    assert nations_of(facts) == {"Tim Orr": "FIN"}


def test_a_team_car_a_maker_ends_is_no_driver(narrate, nations_of):
    facts = narrate(
        "Ivo Brant won the race. “The Nordic Fanatec Dallara was pretty good,” shared the Finn."
    )
    assert nations_of(facts) == {"Ivo Brant": "FIN"}


def test_an_adjective_before_a_demonym_makes_a_role_only_in_english():
    text = (
        "Tim Orr, een fervent simracer, nam afgelopen zondag deel aan de virtuele race. Orr "
        "knokte zich knap door het veld in de virtuele Australische GP."
    )
    doc = document_from_text(text)
    facts = extract_narrative(Document(text=doc.text, blocks=doc.blocks, language="nl"))
    assert facts.driver_nations == []


def test_a_demonym_before_a_race_name_is_no_role(narrate, nations_of):
    facts = narrate("Tim Orr fought through the field in the virtual Australian GP.")
    assert nations_of(facts) == {}


def test_le_jeune_francais_is_a_role(nations_of):
    text = (
        "Victor Lamy s’est imposé pour la première course du championnat. Le jeune Français "
        "s’est rapidement échappé."
    )
    doc = document_from_text(text)
    facts = extract_narrative(Document(text=doc.text, blocks=doc.blocks, language="fr"))
    assert nations_of(facts) == {"Victor Lamy": "FRA"}
