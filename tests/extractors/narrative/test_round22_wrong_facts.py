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
