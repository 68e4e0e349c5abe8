"""Wrong facts prose gave where the text does not settle who or what (invented sentences and pages
in the shapes of real reports)."""

from extractors.article import extract_article

CREW_PAGE = """Rally Nordvik report

Lind wins again and leads the championship. A fine drive by the Swede Lind, while the \
Norwegian stayed close to the winner all day.

FINAL CLASSIFICATION:
| 1. | Lind A. – Moss B. #1 Kite Fabia S2000 | 2 | 2:26:32.2 | 76.9 |
| 2. | Diaz C. – Roe D. #2 Vane 207 S2000 | 2 | 2:27:04.4 | +32.2 +32.2 |
| 3. | Kallio E. – Ranta F. #6 Kite Fabia S2000 | 2 | 2:27:31.0 | +58.8 +26.6 |
"""


def test_a_member_named_with_a_demonym_has_the_nation_not_the_crew():
    extraction = extract_article(CREW_PAGE, media_type="text/plain")
    assert [(n.driver, n.nation) for n in extraction.driver_nations] == [("Lind", "SWE")]
    rows = [r for race in extraction.races for r in race.results]
    assert [r.driver for r in rows][:1] == ["Lind A. – Moss B."]
    assert all(r.nation is None for r in rows)  # neither member's nation is the crew's


def nations(facts) -> list[tuple]:
    return [(n.driver, n.nation) for n in facts.driver_nations]


def test_a_country_in_brackets_where_brackets_hold_clubs_is_a_club(narrate):
    facts = narrate(
        "Apex, Vortex and Kestrel sent their best: Ivo Brant (Apex), Tom Roux (Vortex) and Lea "
        "Roth (Kestrel) all reached the final. Ken Ota (Italia) stood in for an injured teammate."
    )
    assert nations(facts) == []


def test_countries_in_brackets_where_brackets_hold_nations_stay_nations(narrate):
    facts = narrate(
        "Four drivers reached the final: Ivo Brant (Italy), Tom Roux (France) and Lea "
        "Roth (Apex). The reserve Ken Ota (Germany) also rode once."
    )
    assert nations(facts) == [("Ivo Brant", "ITA"), ("Tom Roux", "FRA"), ("Ken Ota", "DEU")]
    assert nations(narrate("The winner was Li Wen (China), ahead of Tom Roux.")) == [
        ("Li Wen", "CHN")
    ]


def test_a_nation_code_in_brackets_among_hometowns_stays_a_nation(narrate):
    facts = narrate(
        "The field was strong: Ivo Brant (Ashby), Tom Roux (Kelso), Lea Roth (USA) and Ken Ota "
        "(Tarbert) all started the final."
    )
    assert nations(facts) == [("Lea Roth", "USA")]


def test_a_circuit_called_by_its_first_word_gets_no_penalty(narrate):
    facts = narrate(
        "Round three took the league to Hampton Downs. Ivo Brant was handed a drive-through for "
        "a jump start. Luckily for him Hampton has a short pit lane, and this made it a 10 second "
        "penalty at most."
    )
    assert "Hampton Downs" not in {p.driver for p in facts.penalties}
    assert ("Ivo Brant", "drive-through") in {(p.driver, p.kind) for p in facts.penalties}


QUALIFYING_PARAGRAPH = """O autódromo de Cascavel tem retas longas e curvas lentas, e o calor \
castiga os pneus. A sessão classificatória foi muito disputada, com pista molhada e muitos pilotos \
separados por poucos milésimos. Ivo Brant marcou a pole position com uma volta perfeita. \
Tiago Reis ficou com a segunda posição. Rui Lemos foi o quinto e Davi Sarmento o sexto.
"""


def test_places_in_a_paragraph_telling_the_classificatoria_are_qualifying_places():
    extraction = extract_article(QUALIFYING_PARAGRAPH, media_type="text/plain")
    assert [r.session for r in extraction.races] == ["qualifying"]
    (race,) = extraction.races
    assert [(r.position, r.driver) for r in race.results][:3] == [
        (1, "Ivo Brant"),
        (2, "Tiago Reis"),
        (5, "Rui Lemos"),
    ]
