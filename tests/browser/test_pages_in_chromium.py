"""The evidence page and the review site in a real browser (headless Chromium): every fact has a
mark one can see, fields show on hover and on keyboard focus, and no request leaves the machine
(the pages are served from a loopback server; name resolution fails for every other host)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from browser.chromium import Chromium, chromium_path
from click.testing import CliRunner
from invented_articles import OVERLAPS_TEXT, overlapping_extraction

from extractors.article import document_for, extract_document
from extractors.records import ExtractedArticle
from flows.interfaces.cli import main
from flows.interfaces.evidence import evidence_page
from flows.interfaces.review import build_site, page_name
from flows.stages.publish import publish
from flows.stores.extracted import ExtractionStore

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
BAD_ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "two_in_p3.txt"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# For each fact of the page: is some point of one of its marks' boxes the topmost element there
# (so a person sees that mark, not only the marks around or inside it)?
VISIBLE_MARKS = """(() => {
  const facts = JSON.parse(document.getElementById("facts-data").textContent);
  const seen = {};
  for (const id of Object.keys(facts)) {
    seen[id] = false;
    for (const mark of document.querySelectorAll(`mark[data-fact="${id}"]`)) {
      const style = getComputedStyle(mark);
      if (style.visibility !== "visible" || style.display === "none") continue;
      mark.scrollIntoView({block: "center"});
      for (const box of mark.getClientRects()) {
        if (box.width < 1 || box.height < 1) continue;
        for (const y of [box.bottom - 1, (box.top + box.bottom) / 2])
          for (const x of [box.left + 1, (box.left + box.right) / 2, box.right - 1])
            if (document.elementFromPoint(x, y) === mark) seen[id] = true;
      }
    }
  }
  window.scrollTo(0, 0);
  return seen;
})()"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    if chromium_path() is None:
        pytest.skip("chromium is not installed (tests/browser/ensure_chromium.sh installs it)")
    with Chromium() as chromium:
        yield chromium


class _Logged(SimpleHTTPRequestHandler):
    served: list[str]

    def log_message(self, *args: object) -> None:
        self.served.append(self.path)


@contextmanager
def loopback(folder: Path) -> Iterator[tuple[str, list[str]]]:
    """Serve a folder on 127.0.0.1: its base URL, and the paths requested so far."""
    served: list[str] = []
    handler = type("Handler", (_Logged,), {"served": served})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", served
    finally:
        server.shutdown()
        server.server_close()


def assert_nothing_left(browser: Chromium, base: str) -> None:
    outside = [url for url in browser.requests if not url.startswith(f"{base}/")]
    assert outside == []


def test_the_evidence_page_marks_every_fact_visibly_and_loads_nothing(
    browser, seeds_dir, tmp_path, screenshots_dir
):
    result = CliRunner().invoke(
        main, ["extract", str(seeds_dir / "002_9fed29e7c4c86bcb.txt"), "--format", "html"]
    )
    assert result.exit_code == 0, result.stderr
    (tmp_path / "p.html").write_text(result.stdout, encoding="utf-8")
    with loopback(tmp_path) as (base, served):
        browser.requests.clear()
        browser.open(f"{base}/p.html")
        seen = browser.evaluate(VISIBLE_MARKS)
        rows = browser.evaluate("document.querySelectorAll('tr[id^=row-f]').length")
        kinds = browser.evaluate(
            "[...document.querySelectorAll('mark[tabindex]')].map(m => m.className.split(' ')[1])"
        )
        browser.screenshot(screenshots_dir / "evidence-page.png")
    assert len(seen) == rows and all(seen.values()), [k for k, v in seen.items() if not v]
    assert kinds.count("k-standing") == 12 and kinds.count("k-penalty") >= 1
    assert kinds.count("k-result") >= 12
    assert_nothing_left(browser, base)
    assert set(served) <= {"/p.html", "/favicon.ico"}
    assert (screenshots_dir / "evidence-page.png").read_bytes().startswith(PNG_SIGNATURE)


def test_nested_crossing_and_coinciding_spans_each_keep_a_visible_mark(browser, tmp_path):
    page = evidence_page(overlapping_extraction(), OVERLAPS_TEXT)
    (tmp_path / "overlaps.html").write_text(page, encoding="utf-8")
    with loopback(tmp_path) as (base, _):
        browser.open(f"{base}/overlaps.html")
        seen = browser.evaluate(VISIBLE_MARKS)
        scripts = browser.evaluate("document.querySelectorAll('#article-text script').length")
        text = browser.evaluate("document.getElementById('article-text').textContent")
    assert seen == {f"f{n}": True for n in range(1, 7)}
    assert scripts == 0 and text == OVERLAPS_TEXT  # the article's <script> is text, never run


def test_a_facts_fields_show_on_keyboard_focus_and_on_hover(browser, seeds_dir, tmp_path):
    doc = document_for((seeds_dir / "002_9fed29e7c4c86bcb.txt").read_text(encoding="utf-8"))
    (tmp_path / "p.html").write_text(evidence_page(extract_document(doc), doc.text))
    with loopback(tmp_path) as (base, _):
        browser.open(f"{base}/p.html")
        browser.press("Tab", 9)
        focused = browser.evaluate("document.activeElement.id")
        first = browser.evaluate("document.querySelector('mark[tabindex]').id")
        tip = browser.evaluate("[document.getElementById('tip').hidden, tip.textContent]")
        assert focused == first and tip[0] is False  # the first mark in the text
        assert "driver–nation" in tip[1] and "Takuma Miyazono" in tip[1]
        browser.press("Tab", 9)
        assert browser.evaluate("document.activeElement.tagName") == "MARK"
        browser.press("Escape", 27)
        assert browser.evaluate("document.getElementById('tip').hidden") is True
        x, y = browser.evaluate(
            "(() => { const mark = document.getElementById('f5');"
            " mark.scrollIntoView({block: 'center'}); const b = mark.getBoundingClientRect();"
            " return [b.left + 4, (b.top + b.bottom) / 2]; })()"
        )
        browser.hover(x, y)
        tip = browser.evaluate("document.getElementById('tip').textContent")
        assert "(f5)" in tip and "Takuma Miyazono" in tip and "list" in tip
        row = browser.evaluate("document.getElementById('row-f5').className")
        assert "active" in row.split()


def extracted(path: Path) -> ExtractedArticle:
    """The article extracted as the pipeline stores it (with its text)."""
    doc = document_for(path.read_text(encoding="utf-8"))
    return ExtractedArticle(
        article_key="lakeside-round-3",
        page_hash="c3",
        extractor_version="1.0.0",
        extraction=extract_document(doc),
        text=doc.text,
    )


def test_the_review_shows_a_held_race_in_words_beside_its_marked_rows(
    browser, tmp_path, screenshots_dir
):
    bad = extracted(BAD_ARTICLE)
    ExtractionStore.at(tmp_path).write(bad)
    publish([bad], str(tmp_path), run_id="run-1")
    site = build_site(str(tmp_path), tmp_path / "site")
    assert site.held == 1
    with loopback(tmp_path) as (data, served):
        base = f"{data}/site"
        browser.requests.clear()
        browser.open(f"{base}/quarantine.html")
        seen = browser.evaluate(VISIBLE_MARKS)
        why = browser.evaluate("document.querySelector('#held-1 .reasons').innerText")
        beside = browser.evaluate(
            "(() => { const box = s => document.querySelector(s).getBoundingClientRect();"
            " const why = box('#held-1 .reasons'), text = box('#held-1 .excerpt');"
            " return text.left >= why.right && text.top < why.bottom; })()"
        )
        browser.screenshot(screenshots_dir / "review-quarantine.png")
        browser.open(f"{base}/{page_name(bad.article_key)}")
        on_page = browser.evaluate(VISIBLE_MARKS)
        text = browser.evaluate("document.getElementById('article-text').textContent")
        scripts = browser.evaluate("document.querySelectorAll('#article-text script').length")
        browser.open(f"{base}/index.html")
        browser.open(f"{base}/curated.html")
        browser.open(f"{data}/validation/docs/index.html")  # Great Expectations' Data Docs
        validations = browser.evaluate(
            "[...document.querySelectorAll('tr.clickable-row')].map(row => row.innerText)"
        )
    assert "two drivers in P3: Chidi Okafor and Ewa Zielinska" in why
    assert beside
    # the race's five rows and the winning margin its second row prints, each marked
    assert len(seen) == 6 and all(seen.values()), seen
    assert on_page and all(on_page.values())
    assert "<script>alert(1)</script>" in text and scripts == 0  # shown, never run
    # the index lists the run's validations offline (bootstrap-table would have, online)
    assert any("run-1" in row and "results" in row for row in validations), validations
    assert_nothing_left(browser, data)
    assert all(not path.startswith("//") for path in served)
    assert (screenshots_dir / "review-quarantine.png").read_bytes().startswith(PNG_SIGNATURE)
