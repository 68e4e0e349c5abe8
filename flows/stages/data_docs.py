"""Great Expectations' Data Docs made readable offline: GX 1.x renders them with jQuery,
bootstrap-table, Bootstrap, Vega and its logo taken from CDNs (`render/view/templates/`), and its
Jinja loader lets a plugins folder add templates but not replace those. So each page written is
rewritten once: the remote scripts, stylesheets and images are dropped, and a small inline
stand-in renders the tables (the index page's list of validations included) as plain HTML."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

ASSETS_DIR = Path(__file__).with_name("data_docs_assets")
OFFLINE_MARK = "<!-- raceresults: offline -->"
# <script src="https://cdn.jsdelivr.net/npm/vega@5"></script>
REMOTE_SCRIPT_RE = re.compile(
    r"<script\b[^>]*\bsrc=\"(?:https?:)?//[^\"]*\"[^>]*>\s*</script>", re.I
)
# <link rel="stylesheet" href="https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css">
REMOTE_LINK_RE = re.compile(r"<link\b[^>]*\bhref=\"(?:https?:)?//[^\"]*\"[^>]*>", re.I)
# <img class="NO-CACHE" src="https://great-expectations-web-assets.s3...logo-long.png" .../>
REMOTE_IMAGE_RE = re.compile(r"<img\b[^>]*\bsrc=\"(?:https?:)?//[^\"]*\"[^>]*>", re.I)
# alt="Great Expectations": the words a dropped image leaves in its place
ALT_RE = re.compile(r"\balt=\"([^\"]*)\"")


@cache
def _inline_assets() -> str:
    script = (ASSETS_DIR / "offline.js").read_text(encoding="utf-8")
    style = (ASSETS_DIR / "offline.css").read_text(encoding="utf-8")
    return f"{OFFLINE_MARK}\n<style>{style}</style>\n<script>{script}</script>\n"


def offline_page(html: str) -> str:
    """One Data Docs page without anything remote, with the inline stand-in in its head."""
    if OFFLINE_MARK in html:
        return html
    html = REMOTE_SCRIPT_RE.sub("", html)
    html = REMOTE_LINK_RE.sub("", html)
    html = REMOTE_IMAGE_RE.sub(lambda m: "".join(ALT_RE.findall(m.group(0))[:1]), html)
    return html.replace("</head>", _inline_assets() + "</head>", 1)


def make_offline(pages: Iterable[Path]) -> int:
    """Rewrite Data Docs pages to work offline (pages already rewritten are left alone); the
    number rewritten."""
    changed = 0
    for path in pages:
        html = path.read_text(encoding="utf-8")
        offline = offline_page(html)
        if offline != html:
            path.write_text(offline, encoding="utf-8")
            changed += 1
    return changed
