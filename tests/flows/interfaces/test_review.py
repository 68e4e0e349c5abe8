"""`raceresults review`: a static site of a data dir, its quarantine said in words beside the
marked text, every curated row linked to the mark of its evidence."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from invented_articles import FIELD, article, classification, race, two_race_article

from extractors.records import ExtractedArticle
from flows.interfaces.cli import main
from flows.interfaces.review import build_site, page_name
from flows.stages.publish import publish
from flows.stores.extracted import ExtractionStore


def with_text(extracted: ExtractedArticle) -> ExtractedArticle:
    """The article with a text its evidence offsets point into (each evidence in its place)."""
    spans = []
    extraction = extracted.extraction
    for r in extraction.races:
        spans += [x.evidence for x in r.results]
    for records in (extraction.standings, extraction.penalties, extraction.conflicts):
        spans += [x.evidence for x in records]
    text = [" "] * (max(e.end for e in spans) + 1)
    for e in spans:
        text[e.start : e.end] = e.text
        text[e.end] = "\n"
    return extracted.model_copy(update={"text": "".join(text)})


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("data")
    broken = with_text(two_race_article(page_hash="a1"))
    # an article stored before extractions kept their text
    final = race("Final", classification(FIELD[:3], [None, 1.0, 2.0]))
    old = article("old-news/round-1", races=[final], page_hash="b2")
    store = ExtractionStore.at(data_dir)
    for each in (broken, old):
        store.write(each)
    publish([broken, old], str(data_dir), run_id="run-1")
    out = data_dir / "site"
    result = CliRunner().invoke(main, ["review", "--data-dir", str(data_dir), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("2 articles, 1 held back: open ")
    return out, broken, old


def test_the_quarantine_says_why_beside_the_marked_rows(site):
    out, broken, _ = site
    html = (out / "quarantine.html").read_text(encoding="utf-8")
    section = html[html.index('id="held-1"') :]
    assert "two drivers in P3: Keiko Tanabe and Luca Ferrand" in section
    assert "P3 Luca Ferrand: gap_s -0.3 is not at least 0" in section
    excerpt = section[section.index('class="excerpt"') :]
    held_marks = re.findall(r'<mark class="[^"]*\bheld\b[^"]*" data-fact="(h1-f\d+)"', excerpt)
    # the four rows of Semi-Final B and its penalty, marked in the text beside the reasons
    assert len(held_marks) == 5
    assert "3. Luca Ferrand +-0.300" in re.sub(r"<[^>]+>", "", excerpt)


def test_each_article_has_its_evidence_page_with_what_was_held(site):
    out, broken, old = site
    page = (out / page_name(broken.article_key)).read_text(encoding="utf-8")
    assert "Held back in quarantine" in page
    assert page.count(' class="fact k-result d0 held"') == 4
    old_page = (out / page_name(old.article_key)).read_text(encoding="utf-8")
    assert "was not stored with its extraction" in old_page
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "text not stored: facts cannot be marked" in index


def test_every_curated_row_links_to_its_mark(site):
    out, broken, old = site
    html = (out / "curated.html").read_text(encoding="utf-8")
    results = html[html.index("<h2>results:") : html.index("<h2>standings:")]
    links = re.findall(r'<a href="(articles/[^"#]+)#((?:row-)?f\d+)">', results)
    assert len(links) == 4 + 3  # Semi-Final A, and the old article's final
    assert {page for page, _ in links} == {
        page_name(broken.article_key),
        page_name(old.article_key),
    }
    # a mark in the text, or (the old article's text unknown) the fact's row in the tables
    assert all(page_name(broken.article_key) == page for page, a in links if a.startswith("f"))
    assert all(page_name(old.article_key) == page for page, a in links if a.startswith("row-"))


def test_the_site_loads_nothing(site):
    out, _, _ = site
    for path in out.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "default-src 'none'" in html, path
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), path


def test_an_unknown_run_is_one_line(tmp_path):
    (tmp_path / "runs").mkdir()  # a data dir, with no such run
    result = CliRunner().invoke(main, ["review", "--data-dir", str(tmp_path), "--run", "nope"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: no run 'nope' in {tmp_path}/runs"


def test_one_run_shows_what_that_run_held_back(site):
    from flows.stores.runs import RunRecord, write_run

    out, _, _ = site
    data_dir = str(out.parent)
    for run_id in ("run-1", "run-2"):
        record = RunRecord(
            run_id=run_id,
            flow="nightly-ingest",
            status="completed",
            started_at=f"2026-01-0{run_id[-1]}T02:00:00+00:00",
            duration_s=1.0,
            extractor_version="1.0.0",
        )
        write_run(data_dir, record)
    assert build_site(data_dir, out.parent / "run-1", "run-1").held == 1
    assert build_site(data_dir, out.parent / "run-2", "run-2").held == 0
    index = (out.parent / "run-2" / "index.html").read_text(encoding="utf-8")
    assert "run-2" in index and "run-1" not in index


def test_the_index_links_the_data_docs_relatively(site):
    out, _, _ = site
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'Great Expectations Data Docs: <a href="../validation/docs/index.html">' in index


def test_a_dir_without_raceresults_data_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["review", "--data-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: data dir {tmp_path} holds no raceresults data")
    assert len(result.stderr.strip().splitlines()) == 1
