"""Great Expectations' Data Docs readable offline: nothing remote is loaded, tables still render."""

from __future__ import annotations

import re

from invented_articles import two_race_article

from flows.stages.data_docs import OFFLINE_MARK, offline_page
from flows.stages.publish import publish

GX_HEAD = """<html><head>
<link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css"/>
<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>
</head><body>
<img class="NO-CACHE" src="https://assets.invalid/logo-long.png?d=1" alt="Great Expectations"
  style="width: auto; height: 50px" />
<a href="https://greatexpectations.io">Great Expectations</a>
<script>$('#t').bootstrapTable({columns: [], data: []});</script>
</body></html>"""

REMOTE_LOAD = re.compile(r"<(?:script|link|img)\b[^>]*\b(?:src|href)=\"(?:https?:)?//", re.I)


def test_remote_scripts_stylesheets_and_images_are_dropped():
    page = offline_page(GX_HEAD)
    assert not REMOTE_LOAD.search(page)
    assert "jquery" not in page and "bootstrap.min.css" not in page
    assert "\nGreat Expectations\n" in page  # the logo's words stay
    assert '<a href="https://greatexpectations.io">' in page  # a link loads nothing
    assert page.index(OFFLINE_MARK) < page.index("</head>") < page.index("$('#t')")


def test_a_page_is_rewritten_once():
    page = offline_page(GX_HEAD)
    assert offline_page(page) == page


def test_published_data_docs_load_nothing_remote(tmp_path):
    report = publish([two_race_article()], str(tmp_path), run_id="run-1")
    pages = list((tmp_path / "validation" / "docs").rglob("*.html"))
    assert report.data_docs == str(tmp_path / "validation" / "docs" / "index.html")
    assert len(pages) > 9
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert OFFLINE_MARK in html, path
        assert not REMOTE_LOAD.search(html), path
