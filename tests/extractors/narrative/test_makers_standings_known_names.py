"""A makers' standings table ('1. Ferrari 65 puntos') gives the prose no driver to describe: a
role told before a driver's name ('El corredor alemán de Ferrari, Ann Lee, ...') stays the
driver's (invented page in the shape real ones print)."""

from extractors.article import document_for, extract_documents

PAGE = (
    "El corredor alemán de Ferrari, Tomás Ibarra, ganó en Valdelobos por delante de Bruno "
    "Sarmiento.\n\n"
    "Tabla del Campeonato de Pilotos:\n\n"
    "  1. Tomás Ibarra (Ferrari) 58 puntos\n"
    "  2. Bruno Sarmiento (Renault) 41 puntos\n\n"
    "Tabla del Campeonato de Constructores:\n\n"
    "  1. Ferrari 88 puntos\n"
    "  2. Renault 52 puntos\n"
)


def test_the_nation_stays_with_the_driver_not_the_maker(nlp):
    extraction = extract_documents([document_for(PAGE, media_type="text/plain")])[0]
    assert ("Tomás Ibarra", "DEU") in {(n.driver, n.nation) for n in extraction.driver_nations}
    assert [(s.driver, s.points) for s in extraction.standings][-2:] == [
        ("Ferrari", 88),
        ("Renault", 52),
    ]
