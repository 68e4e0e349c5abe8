"""Words glued before a driver's name (a demonym, a role, a regional word), a place word read as a
name, and a penalty's receiver after a participle of giving (invented sentences in the shapes of
real reports, expectations written by hand)."""

from extractors.document import Document, document_from_text
from extractors.names import NameResolver, looks_like_name, name_candidates
from extractors.narrative import extract_narrative
from extractors.narrative.drivers import NameOccurrence, Roster
from extractors.narrative.lang import name_leading_words


def facts(text: str, language: str):
    doc = document_from_text(text)
    return extract_narrative(Document(text=doc.text, blocks=doc.blocks, language=language))


def placed(text: str, language: str) -> dict[str, int | None]:
    return {r.driver: r.position for race in facts(text, language).races for r in race.results}


def test_a_demonym_before_a_full_name_is_no_part_of_it():
    assert name_candidates("Then the Frenchman Luc Morel won again.") == ["Luc Morel"]


def test_a_language_demonym_before_a_full_name_is_cut_with_the_languages_words():
    text = "Der Franzose Paul Roget wurde Tagessieger vor Jan Kral."
    assert name_candidates(text, name_leading_words("de")) == ["Paul Roget", "Jan Kral"]


def test_a_demonym_that_is_a_given_name_of_two_words_stays():
    assert name_candidates("Then Finn Weber took the flag.") == ["Finn Weber"]


def test_an_accented_given_name_is_no_demonym():
    assert name_candidates("Then Germán Ruiz Vega was second.") == ["Germán Ruiz Vega"]


def test_the_resolver_gives_a_short_name_the_name_without_the_role_before_it():
    text = "Landgenoot Kees Boerma werd vierde. Boerma was blij."
    resolver = NameResolver.from_text(text, ["Boerma"], name_leading_words("nl"))
    assert resolver.resolve("Boerma") == "Kees Boerma"


def test_a_german_place_word_is_no_name():
    assert not looks_like_name("Platz")


def test_a_dutch_northern_neighbour_is_dutch_and_no_part_of_the_name():
    found = facts("Noorderbuur Rik van Dalen kwam als 12e over de streep.", "nl")
    assert {n.driver: n.nation for n in found.driver_nations} == {"Rik van Dalen": "NLD"}
    assert placed("Noorderbuur Rik van Dalen kwam als 12e over de streep.", "nl") == {
        "Rik van Dalen": 12
    }


def test_a_french_regional_word_after_the_article_is_no_part_of_the_name():
    text = "Le Savoyard Luc Barral s’impose avec trois dixièmes d’avance sur Paul Vidon."
    assert "Luc Barral" in facts(text, "fr").drivers
    assert "Le Savoyard Luc Barral" not in facts(text, "fr").drivers


def test_an_italian_penalty_goes_to_the_driver_after_the_participle_of_giving():
    text = (
        "Il podio si è giocato fra Pérez, Bartoli, Sarti e Conti. Quest’ultimo, quinto al "
        "traguardo, ha ottenuto la quarta posizione a causa di un secondo di penalità "
        "rifilato a Sarti."
    )
    penalties = facts(text, "it").penalties
    assert [(p.driver, p.seconds) for p in penalties] == [("Sarti", 1.0)]


def test_a_portuguese_addition_of_seconds_is_a_time_penalty_of_that_length():
    text = (
        "Tiago Lemos havia vencido a primeira prova, mas foi punido por queima de largada, com "
        "o acréscimo de 20 segundos, e caiu para 13º."
    )
    penalties = facts(text, "pt").penalties
    assert [(p.driver, p.seconds, p.kind) for p in penalties] == [("Tiago Lemos", 20.0, "time")]


def test_an_addition_of_ballast_is_no_penalty():
    assert facts("Pedro Lima recebeu um acréscimo de 30 kg de lastro.", "pt").penalties == []


def test_a_penalty_of_a_role_no_name_resolves_is_nobodys():
    text = (
        "Na classe Light, Mário Souza herdou a vitória porque o piloto da Apex foi punido com "
        "acréscimo de 20 segundos no tempo final de prova."
    )
    assert facts(text, "pt").penalties == []


def test_an_english_penalty_of_a_role_between_is_nobodys():
    text = "Sam Reid inherited the win because the Apex driver was given a five-second penalty."
    assert facts(text, "en").penalties == []


def test_a_role_after_but_is_the_subject_and_gets_the_penalty():
    text = (
        "Rui Matos viu a bandeira xadrez na sexta posição, mas o piloto de Braga viria a ser "
        "penalizado e caiu para a 13.ª posição."
    )
    assert [p.driver for p in facts(text, "pt").penalties] == ["Rui Matos"]


def nations(text: str, language: str) -> dict[str, str]:
    return {n.driver: n.nation for n in facts(text, language).driver_nations}


def test_a_town_after_a_preposition_article_and_demonym_is_a_place():
    text = "Jan Smit heeft in het Finse Oravala een elfde plaats behaald."
    assert "Finse Oravala" not in nations(text, "nl")
    assert "Oravala" not in nations(text, "nl")


def test_a_dutch_adverb_opening_a_sentence_is_no_driver_for_a_role():
    text = "Normaal gesproken rijdt de Nederlandse coureur in de Superstock klasse."
    assert nations(text, "nl") == {}


def test_a_polish_union_is_no_driver():
    text = "Puchar wręczył prezes Polski Związek Motorowy po wyścigu."
    assert nations(text, "pl") == {}


def test_a_national_series_is_no_driver():
    assert nations("He won the British National Grasstrack title again.", "en") == {}


def test_a_kart_chassis_is_no_driver_of_a_penalty():
    text = (
        "In de eerste heat zag de op een Tony Kart uitkomende Nederlander een hoge klassering "
        "verloren gaan door een tien seconden penalty."
    )
    assert [p.driver for p in facts(text, "nl").penalties if p.driver] == []


def test_a_polish_country_in_brackets_after_a_name_is_its_nation():
    text = "W finale wygrał Oleg Marchenko (Ukraina), który przejechał linię mety jako pierwszy."
    assert nations(text, "pl") == {"Oleg Marchenko": "UKR"}


def test_a_dutch_country_after_uit_is_the_nation():
    assert nations("Ook Pablo Ruiz uit Spanje was aanwezig.", "nl") == {"Pablo Ruiz": "ESP"}


def test_a_surname_told_without_the_suffix_is_the_driver_with_it():
    drivers = Roster.build([NameOccurrence("Dale Hobart Jr."), NameOccurrence("Hobart")])
    assert drivers.names == ["Dale Hobart Jr."]
    assert drivers.resolve("Hobart") == "Dale Hobart Jr."


def test_the_demonym_pairing_is_the_two_drivers_named_together_before():
    text = (
        "Local crew Owen Price and Dale Furlong led for most of the event until a fuel pump "
        "failure sidelined the Welsh pairing on Sunday afternoon."
    )
    assert nations(text, "en") == {"Owen Price": "GBR", "Dale Furlong": "GBR"}


def test_the_demonym_pairing_after_three_drivers_is_no_one():
    assert (
        nations("Tom Baker beat Owen Price and Dale Furlong, and the Welsh pair was third.", "en")
        == {}
    )


def test_a_country_native_is_of_that_nation():
    text = "New Zealand native Tom McAllan averaged 174.7 mph in the No. 40 car to win."
    assert nations(text, "en") == {"Tom McAllan": "NZL"}


def margins(text: str, language: str) -> list[tuple]:
    return [(i.ahead, i.behind, i.seconds) for i in facts(text, language).intervals]


def test_a_dutch_lead_at_the_line_told_with_a_pronoun_is_the_winners_margin():
    text = (
        "In de finale zagen we een demonstratie van Piet Kok. Met 12 seconden voorsprong kwam "
        "hij over de finish."
    )
    assert margins(text, "nl") == [("Piet Kok", None, 12.0)]


def test_a_dutch_lead_before_the_last_lap_is_no_margin():
    text = (
        "In de finale zagen we een demonstratie van Piet Kok. Met 12 seconden voorsprong ging "
        "hij de laatste ronde in."
    )
    assert margins(text, "nl") == []


def test_a_supposition_after_the_penalty_does_not_take_it_back():
    text = (
        "After the race, Brent Lowe was demoted to 6th place with a 5 second time penalty but "
        "was reinstated to 1st after an appeal that earlier contact should be weighed first."
    )
    found = [(p.driver, p.seconds, p.withdrawn) for p in facts(text, "en").penalties]
    assert found == [("Brent Lowe", 5.0, True)]


def test_a_supposed_penalty_is_none():
    text = "If Brent Lowe had been given a 5 second time penalty, he would have lost the win."
    assert facts(text, "en").penalties == []


def test_a_hyphenated_dutch_length_of_seconds_is_read():
    text = "De Mexicaan Juan Perez pakte ook een 3-seconden penalty."
    found = [(p.driver, p.seconds, p.kind) for p in facts(text, "nl").penalties]
    assert found == [("Juan Perez", 3.0, "time")]
