"""The benchmark corpus: deterministic for a seed, realistic in size and shape, and read correctly
by the extractor (its truth is what the generator wrote, so this is also a broad extraction
regression test over every list shape, tables, standings and localized editions)."""

from __future__ import annotations

import pytest

from bench.accuracy import matching_race, race_mismatches, standings_mismatches
from bench.articles import Article
from bench.corpus import LIST_SHAPES, generate_article, iter_corpus

SEED = 4242


def _covering_articles(seed: int, limit: int = 120) -> list[int]:
    """The first article indices that, together, show every list shape, a table and standings,
    and a localized (comma-decimal) edition."""
    wanted = {*LIST_SHAPES, "table", "standings", "localized"}
    picked: list[int] = []
    for article in iter_corpus(limit, seed):
        shapes = {race.shape for race in article.races}
        if article.standings:
            shapes.add("standings")
        if article.language != "en" and any(r.method != "narrative" for r in article.races):
            shapes.add("localized")
        if shapes & wanted:
            picked.append(article.index)
            wanted -= shapes
        if not wanted:
            return picked
    raise AssertionError(f"no article of the first {limit} shows {sorted(wanted)}")


COVERING = _covering_articles(SEED)


def test_same_seed_and_index_give_the_same_article():
    first, again = generate_article(3, SEED), generate_article(3, SEED)
    assert first.html == again.html
    assert first.races == again.races and first.standings == again.standings


def test_another_seed_gives_another_article():
    assert generate_article(3, SEED).html != generate_article(3, SEED + 1).html


def test_articles_have_the_size_of_real_news_pages():
    for article in iter_corpus(12, SEED):
        assert 1000 <= article.words <= 1800, article.words
        assert 45_000 <= len(article.html.encode()) <= 130_000


def test_pages_carry_furniture_that_is_not_content():
    html = generate_article(0, SEED).html
    for furniture in ("cookie", "Sign up to comment", "Related articles", "Share", "<nav"):
        assert furniture in html


def test_localized_editions_print_decimal_commas():
    localized = next(
        a
        for a in iter_corpus(60, SEED)
        if a.language != "en" and any(row.gap_s for race in a.races for row in race.rows)
    )
    gaps = [row.gap_s for race in localized.races for row in race.rows if row.gap_s]
    assert any(f"{gap:.3f}".replace(".", ",") in localized.text for gap in gaps if gap < 60)


def _extract(article: Article):
    from extractors.article import extract_article

    url = f"http://127.0.0.1{article.path}"
    return extract_article(article.html.encode(), url=url, media_type="text/html")


@pytest.mark.parametrize("index", COVERING)
def test_extractor_recovers_every_stated_result_row(index):
    article = generate_article(index, SEED)
    extraction = _extract(article)
    problems = [
        problem
        for truth in article.races
        if truth.method != "narrative"
        for problem in race_mismatches(truth, extraction.races)
    ]
    assert problems == []


@pytest.mark.parametrize("index", [i for i in COVERING if generate_article(i, SEED).standings])
def test_extractor_puts_standings_in_standings(index):
    article = generate_article(index, SEED)
    assert standings_mismatches(article, _extract(article)) == []


def test_a_wrong_row_is_caught():
    article = next(a for a in iter_corpus(20, SEED) if a.races[0].method == "list")
    extraction = _extract(article)
    race = matching_race(article.races[0], extraction.races)
    race.results[1].gap_s = (race.results[1].gap_s or 0) + 1.0
    assert race_mismatches(article.races[0], extraction.races) != []
