"""The README is the front door (at most 300 lines) and the docs beside the code hold the rest:
every relative link in them leads to a file of the repository, and an anchor to one of its
headings."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = sorted([README, *(ROOT / "docs").glob("*.md")])
MAX_README_LINES = 300
# "[text](target)" and "![alt](target)": a markdown link and where it leads
LINK_RE = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
# "## The raw zone": a markdown heading
HEADING_RE = re.compile(r"^#{1,6}\s+(.+?)\s*$", re.M)
# "```" opening or closing a code block, whose lines are no markdown
FENCE_RE = re.compile(r"^```.*?^```", re.M | re.S)


def _anchor(heading: str) -> str:
    """A heading's anchor as GitHub makes it: 'The raw zone' -> 'the-raw-zone'."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    text = FENCE_RE.sub("", path.read_text(encoding="utf-8"))
    return {_anchor(h) for h in HEADING_RE.findall(text)}


def _links(path: Path) -> list[str]:
    text = FENCE_RE.sub("", path.read_text(encoding="utf-8"))
    return [t for t in LINK_RE.findall(text) if not re.match(r"[a-z]+:", t)]


def test_the_readme_stays_within_300_lines():
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= MAX_README_LINES


def test_the_readme_links_every_document_of_docs():
    linked = {(README.parent / t.split("#")[0]).resolve() for t in _links(README)}
    assert set((ROOT / "docs").glob("*.md")) <= linked


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_relative_links_resolve(doc: Path):
    broken = []
    for target in _links(doc):
        file, _, anchor = target.partition("#")
        path = (doc.parent / file).resolve() if file else doc
        if not path.exists() or (path.suffix == ".md" and anchor not in {"", *_anchors(path)}):
            broken.append(target)
    assert broken == []


def test_a_broken_link_is_found(tmp_path: Path):
    doc = tmp_path / "a.md"
    doc.write_text("# Title\n\n[gone](missing.md) [here](#title) [web](https://example.org)\n")
    assert _links(doc) == ["missing.md", "#title"]
    assert _anchors(doc) == {"title"}
