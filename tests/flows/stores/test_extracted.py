"""The extraction store: one ExtractedArticle per (page hash, extractor version)."""

from __future__ import annotations

import pytest
from invented_articles import stored_extraction

import extractors
from flows.stores.extracted import ExtractionStore


@pytest.fixture
def store(tmp_path) -> ExtractionStore:
    return ExtractionStore.at(tmp_path)


def test_an_extraction_is_stored_under_its_version_and_page_hash(store, tmp_path):
    stored = stored_extraction("k1", "abc", "0.1.0", "2024-06-16T20:15:00.000+00:00")
    store.write(stored)
    assert (tmp_path / "extracted" / "0.1.0" / "abc.json").is_file()
    assert store.read("abc", "0.1.0") == stored
    assert store.has("abc", "0.1.0")
    assert not store.has("abc", "0.2.0")
    assert store.read("abc", "0.2.0") is None


def test_the_current_extractor_version_is_the_default(store, monkeypatch):
    monkeypatch.setattr(extractors, "EXTRACTOR_VERSION", "7.0.0")
    store.write(stored_extraction("k1", "abc", "7.0.0", "2024-06-16T20:15:00.000+00:00"))
    assert store.has("abc")
    monkeypatch.setattr(extractors, "EXTRACTOR_VERSION", "7.0.1")
    assert not store.has("abc")


def test_every_version_is_listed_and_every_extraction_read(store):
    store.write(stored_extraction("k1", "p1", "0.9.0", "2024-06-16T20:15:00.000+00:00"))
    store.write(stored_extraction("k1", "p1", "0.10.0", "2024-06-16T20:15:00.000+00:00"))
    store.write(stored_extraction("k2", "p3", "0.9.0", "2024-06-16T20:15:00.000+00:00"))
    assert store.versions() == ["0.10.0", "0.9.0"]
    assert sorted((a.article_key, a.extractor_version) for a in store.all()) == [
        ("k1", "0.10.0"),
        ("k1", "0.9.0"),
        ("k2", "0.9.0"),
    ]
    assert sorted(a.page_hash for a in store.all("0.9.0")) == ["p1", "p3"]


def test_an_extraction_stored_before_texts_were_kept_still_reads(store, tmp_path):
    stored = stored_extraction("k1", "abc", "0.1.0", "2024-06-16T20:15:00.000+00:00")
    older = stored.model_dump_json(exclude={"text"})
    assert '"text"' not in older
    (tmp_path / "extracted" / "0.1.0").mkdir(parents=True)
    (tmp_path / "extracted" / "0.1.0" / "abc.json").write_text(older)
    assert store.read("abc", "0.1.0").text is None
