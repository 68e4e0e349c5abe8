"""The evidence page: every fact marked in place (nested or split where spans overlap), its
fields on hover or focus, tables linked to the marks; untrusted text escaped; nothing loaded."""

from __future__ import annotations

import re

from invented_articles import OVERLAPS_TEXT, overlapping_extraction

from extractors.records import Extraction
from flows.interfaces.evidence import (
    LOW_CONFIDENCE,
    evidence_page,
    facts_of,
    mark_tree,
    render_marks,
)

TEXT = OVERLAPS_TEXT


def extraction() -> Extraction:
    return overlapping_extraction()


def first_marks(html: str) -> set[str]:
    return set(re.findall(r'<mark [^>]*data-fact="(f\d+)" id="\1" tabindex="0"', html))


def test_every_fact_has_a_focusable_mark_and_a_linked_row():
    html = evidence_page(extraction(), TEXT)
    assert first_marks(html) == {"f1", "f2", "f3", "f4", "f5", "f6"}
    for n in range(1, 7):
        assert f'<tr id="row-f{n}"' in html and f'href="#f{n}"' in html


def test_a_span_crossing_another_is_split_and_a_span_inside_another_nests():
    facts = facts_of(extraction(), TEXT)
    html = render_marks(mark_tree(TEXT, facts))
    penalty, nation = facts[2], facts[3]
    assert (penalty.kind, nation.kind) == ("penalty", "nation")
    assert html.count(f'data-fact="{penalty.id}"') == 1
    assert html.count(f'data-fact="{nation.id}"') == 2  # split where the penalty ends
    nested = re.search(r'<mark [^>]*data-fact="f1"[^>]*>1\. <mark [^>]*data-fact="f5"', html)
    assert nested, html
    # the row holding a mark is padded below it, so both underlines show
    assert re.search(r'class="fact k-result d1"[^>]*data-fact="f1"', html)


def test_marks_cover_exactly_the_text():
    html = render_marks(mark_tree(TEXT, facts_of(extraction(), TEXT)))
    plain = re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">")
    assert plain.replace("&amp;", "&") == TEXT


def test_untrusted_text_is_escaped_everywhere():
    html = evidence_page(extraction(), TEXT)
    assert "<script>alert" not in html and "<b>wins" not in html
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in html
    assert "Castell &lt;b&gt;wins&lt;/b&gt;" in html
    # only the page's own two script elements (the facts' data and the code) end
    assert html.count("</script>") == 2


def test_the_page_loads_nothing():
    html = evidence_page(extraction(), TEXT)
    assert "default-src 'none'" in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "@import" not in html and "url(" not in html


def test_a_conflict_stands_out():
    html = evidence_page(extraction(), TEXT)
    assert re.search(r'<mark class="fact k-conflict d0"[^>]*data-fact="f6"', html)
    assert re.search(r'<mark class="fact k-result d1 low"[^>]*data-fact="f2"[^>]*><mark', html)
    assert "1 conflict: the article disagrees with itself" in html
    assert '<tr id="row-f6" class="k-conflict">' in html


def test_low_confidence_facts_stand_out():
    html = evidence_page(extraction(), TEXT)
    assert LOW_CONFIDENCE > 0.7
    assert re.search(r'<mark class="[^"]*\blow\b[^"]*" data-fact="f2"', html)
    assert '<tr id="row-f2" class="k-result low">' in html


def test_evidence_offsets_that_miss_the_text_are_said_not_marked():
    moved = TEXT.replace("Race results", "Results")  # every offset now points 5 early
    html = evidence_page(extraction(), moved)
    assert first_marks(html) == set()
    assert "6 facts have evidence offsets that do not point at their evidence" in html


def test_without_the_text_the_page_says_so():
    html = evidence_page(extraction(), None)
    assert "was not stored with its extraction" in html
    assert first_marks(html) == set()
    assert '<tr id="row-f1"' in html  # the tables still show


def test_the_seed_page_marks_its_12_result_rows_12_standings_lines_and_its_penalty(seeds_dir):
    from extractors.article import document_for, extract_document

    doc = document_for((seeds_dir / "002_9fed29e7c4c86bcb.txt").read_text(encoding="utf-8"))
    extraction = extract_document(doc)
    facts = facts_of(extraction, doc.text)
    html = evidence_page(extraction, doc.text)
    marked = first_marks(html)
    listed = [f for f in facts if f.kind == "result" and f.method == "list"]
    assert len(listed) == 12 and {f.id for f in listed} <= marked
    standings = [f for f in facts if f.kind == "standing"]
    assert len(standings) == 12 and {f.id for f in standings} <= marked
    penalties = [f for f in facts if f.kind == "penalty"]
    assert any("0.5s penalty" in f.record.evidence.text for f in penalties)
    assert {f.id for f in penalties} <= marked
    assert marked == {f.id for f in facts}
