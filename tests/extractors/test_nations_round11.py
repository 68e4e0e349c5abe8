"""Drivers' nations in shapes learned from unseen reports in round 11: rally crews printed
'driver/co-driver, country', countries represented by drivers, German nouns and title words
that are no names, plural demonyms after a plural article, elided articles. Pages are
invented."""

from extractors.article import extract_article
from extractors.crew_nations import crew_nations
from extractors.document import Block, Document, document_from_text
from extractors.narrative import extract_narrative


def pairs(text: str) -> set[tuple[str, str]]:
    extraction = extract_article(text, media_type="text/plain")
    found = {(n.driver, n.nation) for n in extraction.driver_nations}
    found |= {(r.driver, r.nation) for race in extraction.races for r in race.results if r.nation}
    return found


def test_a_crew_printed_with_its_country_gives_both_members_that_nation():
    block = Block(
        kind="paragraph", text="3. Rui Lobo/Ana Serra, Espanha (Apex R5), a 1.01,7.", start=0
    )
    assert [(p.driver, p.nation) for p in crew_nations(block)] == [
        ("Rui Lobo", "ESP"),
        ("Ana Serra", "ESP"),
    ]


def test_a_crew_of_two_countries_gives_one_nation_to_each_member():
    block = Block(
        kind="paragraph", text="5. Cal Doyle/Tim Marsh, Irlanda/Grã-Bretanha (Kite)", start=0
    )
    assert [(p.driver, p.nation) for p in crew_nations(block)] == [
        ("Cal Doyle", "IRL"),
        ("Tim Marsh", "GBR"),
    ]


def test_a_slash_pair_before_a_car_or_a_team_is_no_nation():
    for text in (
        "1. Rui Lobo/Ana Serra, Apex Racing (Kite R5), 3:42.55,7",
        "Rui Lobo/Ana Serra, Ford Fiesta, retired",
        "Rui Lobo/Ana Serra, a 1.01,7",
    ):
        assert crew_nations(Block(kind="paragraph", text=text, start=0)) == []


def test_a_rally_classification_of_crews_states_every_member_s_nation():
    page = (
        "Invented rally report\n\n"
        "Classificação final do Rali Inventado\n\n"
        "1. Rui Lobo/Ana Serra, França (Apex R5), 2:12.31,4 horas\n\n"
        "2. Ivo Kask/Mart Tamm, Estónia (Kite R5), a 15,6 segundos.\n\n"
        "3. Cal Doyle/Tim Marsh, Irlanda/Grã-Bretanha (Kite R5), a 1.01,7 minutos.\n"
    )
    assert {
        ("Rui Lobo", "FRA"),
        ("Ana Serra", "FRA"),
        ("Ivo Kask", "EST"),
        ("Mart Tamm", "EST"),
        ("Cal Doyle", "IRL"),
        ("Tim Marsh", "GBR"),
    } <= pairs(page)


def nations(text: str) -> set[tuple[str, str]]:
    return {
        (n.driver, n.nation) for n in extract_article(text, media_type="text/plain").driver_nations
    }


def test_a_german_noun_after_an_adjective_demonym_is_no_driver():
    page = (
        "Invented league report\n\n"
        "Jockel fuhr auf Platz 2 vor. Einige Runden später kam die italienische Wildkatze zum "
        "Zuge, die bereits Jockel in Kurve 1 ins Kiesbett beförderte.\n"
    )
    assert not any(driver == "Wildkatze" for driver, _ in nations(page))


def test_a_german_competition_compound_after_a_demonym_is_no_driver():
    page = (
        "Invented club report\n\n"
        "Als Landesmeister durfte Timo Kurz zudem im Rahmen der Deutschen Vizemeisterschaft in "
        "der Mannschaft eine weitere Trophäe entgegen nehmen.\n"
    )
    assert not any("meisterschaft" in driver.lower() for driver, _ in nations(page))


def test_title_words_glued_before_a_name_are_no_part_of_it():
    page = (
        "Invented motocross news\n\n"
        "Slecht nieuws vandaag van de Belgische Sidecar Wereldkampioen Ruben Vandamme. Hij mist "
        "de volgende wedstrijd.\n"
    )
    assert ("Ruben Vandamme", "BEL") in nations(page)
    assert not any("Wereldkampioen" in driver for driver, _ in nations(page))


def test_the_drivers_a_country_was_represented_by_are_of_that_nation():
    page = (
        "Invented world final report\n\n"
        "O Brasil foi largamente representado mais uma vez por Caio Mendes, Davi Rocha e Igor "
        "Paiva. Caio Mendes terminou em sexto lugar.\n"
    )
    assert {("Caio Mendes", "BRA"), ("Davi Rocha", "BRA"), ("Igor Paiva", "BRA")} <= nations(page)


def test_a_driver_who_represented_a_country_is_of_that_nation():
    en = "Invented final report\n\nTom Avery represented Canada in the final and finished sixth.\n"
    es = "Crónica inventada\n\nLuis Prado representó a Chile en la final y terminó sexto.\n"
    assert ("Tom Avery", "CAN") in nations(en)
    assert ("Luis Prado", "CHL") in nations(es)


def test_representing_a_team_or_a_country_with_no_agent_gives_no_nation():
    page = (
        "Invented final report\n\n"
        "Tom Avery represented Apex Racing in the final and finished sixth. Canada was represented "
        "in the final, where Lee Moss finished fifth.\n"
    )
    assert not any(nation == "CAN" for _, nation in nations(page))


def test_a_race_s_name_ending_in_a_particle_is_no_second_candidate_for_a_role():
    page = (
        "Invented rally news\n\n"
        "Bron: Agentschap 0 Rally Huw Pryce (Kite R5) heeft zondag de Rally van Noorwegen "
        "gewonnen. De Welshman had bij aankomst 8.4 seconden voorsprong op Ivo Kask (Apex R5) die "
        "als tweede eindigde.\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    assert ("Huw Pryce", "GBR") in {(n.driver, n.nation) for n in extraction.driver_nations}
    assert ("Huw Pryce", "Ivo Kask", 8.4) in {
        (i.ahead, i.behind, i.seconds) for i in extraction.intervals
    }


def prose_nations(text: str, language: str) -> set[tuple[str, str]]:
    doc = document_from_text(text)
    facts = extract_narrative(Document(text=doc.text, blocks=doc.blocks, language=language))
    return {(n.driver, n.nation) for n in facts.driver_nations}


def test_a_plural_demonym_after_a_plural_article_names_every_driver_listed():
    text = (
        "El evento tuvo a los argentinos Tomás Vidal y Bruno Sosa, segundo y tercero, como "
        "grandes protagonistas."
    )
    assert prose_nations(text, "es") == {("Tomás Vidal", "ARG"), ("Bruno Sosa", "ARG")}


def test_a_plural_article_before_a_list_with_appositions_still_names_its_first_driver():
    text = (
        "L'équipage Apex 1 emmené par les Français Paul Roux, pilote de F2, et Luc Picot, double "
        "champion, se classe 5e."
    )
    assert ("Paul Roux", "FRA") in prose_nations(text, "fr")


def test_a_demonym_with_its_article_elided_onto_it_is_no_given_name():
    text = "L'olandese Kees Boer, ingaggiato dalla Apex, compare in venticinquesima posizione."
    assert prose_nations(text, "it") == {("Kees Boer", "NLD")}


def test_riders_are_drivers_for_a_demonym():
    text = "Tom Hale won the final. The Welsh riders Al Jones and Bo Price crashed on lap two."
    assert {("Al Jones", "GBR"), ("Bo Price", "GBR")} <= prose_nations(text, "en")


def test_a_car_code_between_a_demonym_and_its_driver_is_skipped():
    text = (
        "Wim Vos was 0.15s quicker than fellow Dutchman H880 Jan Kok, while H410 Piet Kok beat "
        "top New Zealander NZ971 Sam Reid."
    )
    assert {("Jan Kok", "NLD"), ("Sam Reid", "NZL")} <= prose_nations(text, "en")


def test_a_year_or_a_bare_number_after_a_nation_is_no_car_code():
    text = "How to watch Tour de France 2023 Live Stream? Scottish Champion 85 Kyle Ross won."
    assert prose_nations(text, "en") == set()


def test_a_quoted_nickname_or_a_compound_driver_noun_stands_between_demonym_and_name():
    text = (
        "Wie anders dan de Nederlandse “Zandkoning” Jan de Wit won?! Hij was te sterk voor de "
        "Franse strandcrossspecialist Luc Picot en Tom Vos."
    )
    assert {("Jan de Wit", "NLD"), ("Luc Picot", "FRA")} <= prose_nations(text, "nl")


def test_the_writer_s_compatriot_is_no_compatriot_of_the_driver_before():
    text = (
        "De Franse coureur Luc Picot vervolledigde samen met onze landgenoot Bart Peeters de top "
        "vijf."
    )
    assert ("Bart Peeters", "FRA") not in prose_nations(text, "nl")
