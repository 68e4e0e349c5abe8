"""The main text of a news page: furniture dropped, headings/paragraphs/items/rows kept (§6)."""

from pathlib import Path

import pytest

from extractors.html import NoArticleError, decode_page, document_from_html

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


@pytest.fixture(scope="module")
def world_final():
    return document_from_html((FIXTURES / "world_final.html").read_text(encoding="utf-8"))


def test_furniture_is_not_content(world_final):
    text = world_final.text
    furniture = ["cookies", "Accept all", "Shop", "Share on X", "Related articles", "Tags:",
                 "Sign up to comment", "Most read", "All rights reserved", "Photo:"]  # fmt: skip
    for words in furniture:
        assert words not in text, words


def test_article_text_is_kept(world_final):
    assert world_final.blocks[0].text == "Berg is world champion after a dramatic Grand Final"
    assert world_final.blocks[0].kind == "heading" and world_final.blocks[0].level == 1
    assert "Tomas Berg is the 2025 Nations Cup world champion." in world_final.text


def test_page_metadata(world_final):
    assert world_final.title == "Berg is world champion after a dramatic Grand Final"
    assert world_final.published == "2025-11-30"
    assert world_final.language == "en"
    assert world_final.canonical_url == "https://pitwall.example/news/2025/berg-world-champion"


def test_items_of_one_list_share_a_group(world_final):
    items = [b for b in world_final.blocks if b.kind == "item"]
    assert [b.text for b in items][:2] == [
        "Portugal (Ana Ribeiro) – Porsche 911 RSR – 12 laps",
        "China (Li Wen) – Porsche 911 RSR – +0.912s",
    ]
    assert len({b.group for b in items}) == 1


def test_table_rows_keep_their_cells(world_final):
    rows = [b for b in world_final.blocks if b.kind == "row"]
    assert rows[0].cells == ("Driver", "Country", "Gap")
    assert rows[1].text == "Rafael Costa | Brazil | 10 laps"
    assert len({b.group for b in rows}) == 3  # repechage, grand final (inside <figure>), standings


def test_br_lines_are_blocks_and_a_bold_line_is_a_heading(world_final):
    texts = [b.text for b in world_final.blocks]
    start = texts.index("Semi-Final B – results")
    assert world_final.blocks[start].kind == "heading"
    assert texts[start + 1 : start + 3] == [
        "P1 | Tomas Berg | NOR | +0.000",
        "P2 | Jan de Vries | NED | +1.500",
    ]


def test_block_offsets_point_into_the_text(world_final):
    for block in world_final.blocks:
        assert world_final.text[block.start : block.end] == block.text


def test_hidden_elements_and_scripts_are_dropped():
    html = """<html><body><article><h1>Title of the race report</h1>
    <p>Ana Ribeiro won the race in Lisbon ahead of Tomas Berg after a long fight to the flag.</p>
    <div hidden>Hidden promo text</div><div style="display: none">Also hidden</div>
    <script>var x = "script text";</script></article></body></html>"""
    doc = document_from_html(html)
    assert "hidden" not in doc.text.lower() and "script" not in doc.text


def test_a_page_with_only_furniture_has_no_article():
    html = """<html><head><title>Home</title></head><body><nav><a>News</a><a>Results</a></nav>
    <div class="cookie-banner">We use cookies</div><footer>© 2025 Example</footer></body></html>"""
    with pytest.raises(NoArticleError):
        document_from_html(html)


def test_an_empty_page_has_no_article():
    with pytest.raises(NoArticleError):
        document_from_html("   ")


def test_tabs_inside_a_line_are_kept_as_separators():
    html = (
        "<html><body><article><h1>Race report from Kirkby Park</h1><p>Ana Ribeiro\tPortugal\t"
        "24 laps<br>Tomas Berg  \t Norway\t+2.318</p><p>" + "word " * 20 + "</p></article>"
        "</body></html>"
    )
    doc = document_from_html(html)
    assert "Ana Ribeiro\tPortugal\t24 laps" in doc.text
    assert "Tomas Berg\tNorway\t+2.318" in doc.text


def test_a_class_word_like_sidebar_does_not_drop_the_article_it_wraps():
    html = ("<html><body><div class='layout has-sidebar'><article><h1>Berg wins</h1><p>"
            + "Tomas Berg won the race. " * 10 + "</p></article></div></body></html>")  # fmt: skip
    assert "Tomas Berg won the race." in document_from_html(html).text


def test_json_ld_date_when_no_meta_date():
    json_ld = '{"@graph": [{"@type": "NewsArticle", "datePublished": "2024-03-09T18:00:00Z"}]}'
    html = (
        f"<html><head><script type='application/ld+json'>{json_ld}</script></head><body><article>"
        "<h1>Report</h1><p>" + "Ana Ribeiro won. " * 10 + "</p></article></body></html>"
    )
    assert document_from_html(html).published == "2024-03-09"


def test_decode_page_uses_the_declared_charset_then_utf8_then_cp1252():
    latin = '<meta charset="iso-8859-1"><p>Montréal</p>'.encode("latin-1")
    assert "Montréal" in decode_page(latin)
    assert "Montréal" in decode_page("<p>Montréal</p>".encode())
    assert "Montréal" in decode_page("<p>Montréal</p>".encode("cp1252"))


def test_a_flag_image_cell_reads_as_its_alt_text():
    html = (
        "<html><body><article><h1>Race 2 report</h1><p>" + "Berg won again. " * 8 + "</p><table>"
        "<tr><th>Pos</th><th>Driver</th><th>Nation</th></tr><tr><td>1</td><td>Tomas Berg</td>"
        "<td><img src='no.svg' alt='Norway'></td></tr></table></article></body></html>"
    )
    rows = [b for b in document_from_html(html).blocks if b.kind == "row"]
    assert rows[1].cells == ("1", "Tomas Berg", "Norway")


def _table_rows(table: str) -> list[tuple[str, ...]]:
    html = (
        "<html><body><nav><a href='/'>Home</a></nav><article><h1>Race 2 report</h1><p>"
        + "Berg won again. " * 8
        + f"</p>{table}</article><footer>Share</footer></body></html>"
    )
    return [b.cells for b in document_from_html(html).blocks if b.kind == "row"]


def test_a_flag_image_beside_a_name_is_a_field_before_it():
    rows = _table_rows(
        "<table><tr><td>1</td><td><span class='flag'><img src='no.svg' alt='NOR'></span> "
        "Tomas Berg</td><td><img src='logo.png' alt='Kite Racing logo'> Kite Racing</td></tr>"
        "</table>"
    )
    assert rows == [("1", "NOR | Tomas Berg", "Kite Racing")]  # a logo is no flag


def test_spanning_cells_fill_the_columns_they_cover():
    rows = _table_rows(
        "<table><tr><th>Pos</th><th colspan='2'>Driver</th><th>Team</th></tr>"
        "<tr><td colspan='4'>LMP2</td></tr>"
        "<tr><td>1</td><td><img src='pt.svg' alt='Portugal'></td><td>Ana Ribeiro</td>"
        "<td rowspan='2'>Apex GP</td></tr>"
        "<tr><td>2</td><td><img src='no.svg' alt='Norway'></td><td>Tomas Berg</td></tr></table>"
    )
    assert rows == [
        ("Pos", "Driver", "Driver", "Team"),
        ("LMP2", "", "", ""),
        ("1", "Portugal", "Ana Ribeiro", "Apex GP"),
        ("2", "Norway", "Tomas Berg", "Apex GP"),
    ]


def test_a_heading_cell_alone_across_the_table_fills_only_the_first_column():
    rows = _table_rows(
        "<table><tr><th>Pos</th><th>Driver</th></tr><tr><th colspan='2'>GTE Pro</th></tr>"
        "<tr><td>1</td><td>Ana Ribeiro</td></tr></table>"
    )
    assert rows == [("Pos", "Driver"), ("GTE Pro", ""), ("1", "Ana Ribeiro")]
