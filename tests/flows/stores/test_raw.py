"""The raw zone: content-addressed pages, fetch records, crawl state and article identity."""

from __future__ import annotations

import hashlib
import uuid

import pytest

from flows.stores.raw import (
    JOURNAL_DIR,
    CrawlState,
    DamagedPageError,
    FetchRecord,
    RawZone,
    UrlState,
    extension_for,
)
from flows.stores.storage import Zone

BODY = b"<html><body><h1>Grand Final</h1><ol><li>Ana Ribeiro - Portugal - 24 laps</li></ol></body>"
DIGEST = hashlib.sha256(BODY).hexdigest()


@pytest.fixture(params=["local", "memory"])
def raw(request, tmp_path) -> RawZone:
    """A raw zone on a local folder and on fsspec's in-memory filesystem."""
    root = str(tmp_path) if request.param == "local" else f"memory://raw-{uuid.uuid4().hex}"
    return RawZone.at(root)


def record(**overrides) -> FetchRecord:
    fields = {
        "requested_url": "https://news.example.org/reports/final?utm_source=rss",
        "final_url": "https://news.example.org/reports/final",
        "fetched_at": "2024-06-16T20:15:00.000+00:00",
        "page_hash": DIGEST,
        "page": f"pages/{DIGEST[:2]}/{DIGEST}.html",
        "size_bytes": len(BODY),
        "status": 200,
        "headers": {"etag": '"abc"'},
    }
    return FetchRecord(**{**fields, **overrides})


def test_a_page_is_named_by_the_sha256_of_its_body(raw):
    page_hash, page, new = raw.put_page(BODY, "text/html")
    assert (page_hash, new) == (DIGEST, True)
    assert page == f"pages/{DIGEST[:2]}/{DIGEST}.html"
    assert raw.read_page(page) == BODY


def test_a_page_is_stored_once(raw):
    raw.put_page(BODY, "text/html")
    path = raw.zone.path(f"pages/{DIGEST[:2]}/{DIGEST}.html")
    before = raw.zone.fs.info(path)
    assert raw.put_page(BODY, "text/html")[2] is False
    assert raw.zone.fs.info(path) == before
    assert raw.zone.listdir("pages", DIGEST[:2]) == [f"{DIGEST}.html"]


@pytest.mark.parametrize(
    ("media_type", "extension"),
    [
        ("text/html", "html"),
        ("application/xhtml+xml", "html"),
        ("text/plain", "txt"),
        ("application/rss+xml", "xml"),
        ("text/xml", "xml"),
        ("application/gzip", "bin"),
        (None, "html"),
    ],
)
def test_the_extension_follows_the_media_type(media_type, extension):
    assert extension_for(media_type) == extension


def test_fetch_records_are_kept_beside_their_page_and_read_back(raw):
    first = record()
    second = record(
        requested_url="https://news.example.org/amp/reports/final",
        fetched_at="2024-06-17T08:00:00.000+00:00",
    )
    paths = [raw.put_record(first), raw.put_record(second)]
    assert all(f"/meta/{DIGEST[:2]}/{DIGEST}/" in p for p in paths)
    assert not any("news.example.org" in p or "final" in p.rsplit("/", 1)[-1] for p in paths)
    assert sorted(raw.records(), key=lambda r: r.fetched_at) == [first, second]


def test_an_empty_zone_has_no_records_and_a_fresh_state(raw):
    assert list(raw.records()) == []
    assert raw.load_state() == CrawlState()


def test_the_crawl_state_round_trips(raw):
    state = CrawlState(last_run="2024-06-16T20:00:00.000+00:00")
    state.urls["https://news.example.org/reports/final"] = UrlState(
        checked_at="2024-06-16T20:15:00.000+00:00", etag='"abc"', record=record()
    )
    state.urls["https://news.example.org/reports/gone"] = UrlState(
        checked_at="2024-06-16T20:15:00.000+00:00", failure="HTTP 404"
    )
    state.article_key(
        page_hash=DIGEST, urls=["https://news.example.org/reports/final"], canonical=None
    )
    raw.save_state(state)
    assert raw.read_state() == state


def test_saving_the_state_leaves_no_temporary_file(tmp_path):
    raw = RawZone.at(tmp_path)
    raw.save_state(CrawlState())
    raw.save_state(CrawlState(last_run="2024-01-01T00:00:00.000+00:00"))
    assert sorted(p.name for p in (tmp_path / "raw" / "state").iterdir()) == ["crawl.json"]


def known_state(raw: RawZone, n: int) -> CrawlState:
    """A zone whose state knows `n` fetched URLs, loaded back for a run."""
    state = CrawlState()
    for i in range(n):
        add_url(state, i)
    raw.save_state(state)
    return raw.load_state()


def add_url(state: CrawlState, i: int) -> str:
    url = f"https://news.example.org/reports/{i}"
    page_hash = hashlib.sha256(str(i).encode()).hexdigest()
    fetched = record(requested_url=url, final_url=url, page_hash=page_hash)
    state.urls[url] = UrlState(checked_at=fetched.fetched_at, etag='"abc"', record=fetched)
    state.article_key(page_hash=page_hash, urls=[url], canonical=None)
    return url


def journal(raw: RawZone) -> dict[str, int]:
    """Journal file names -> sizes."""
    path = raw.zone.path(*JOURNAL_DIR)
    if not raw.zone.fs.exists(path):
        return {}
    return {p.rsplit("/", 1)[-1]: raw.zone.fs.size(p) for p in raw.zone.fs.ls(path, detail=False)}


@pytest.mark.parametrize("known", [10, 2000])
def test_a_save_writes_only_what_changed_whatever_the_state_knows(raw, known):
    state = known_state(raw, known)
    snapshot = raw.zone.fs.info(raw.zone.path("state", "crawl.json"))
    for i in range(known, known + 5):
        add_url(state, i)
    state.urls[add_url(CrawlState(), 0)].checked_at = "2024-06-20T00:00:00.000+00:00"
    raw.save_state(state)
    (size,) = journal(raw).values()  # one new file, the snapshot untouched
    assert raw.zone.fs.info(raw.zone.path("state", "crawl.json")) == snapshot
    one_url = len(record().model_dump_json(indent=1))
    assert 6 * one_url < size < 9 * one_url  # six URLs (five new, one checked again) and aliases
    assert raw.read_state() == state


def test_a_save_with_nothing_changed_writes_nothing(raw):
    state = known_state(raw, 3)
    raw.save_state(state)
    assert journal(raw) == {}


def test_folding_the_journal_changes_nothing_loaded(raw, monkeypatch):
    monkeypatch.setattr("flows.stores.raw.MAX_JOURNAL", 4)
    state = known_state(raw, 50)
    for batch in range(3):
        state = raw.load_state()
        add_url(state, 100 + batch)
        raw.save_state(state)
    assert len(journal(raw)) == 3
    before = raw.read_state()
    state = raw.load_state()
    state.last_run = "2024-06-21T00:00:00.000+00:00"
    raw.save_state(state)  # the fourth file: folded
    assert journal(raw) == {}
    before.last_run = state.last_run
    assert raw.read_state() == before == state
    assert {f"https://news.example.org/reports/{i}" for i in (0, 49, 100, 102)} <= set(state.urls)


def test_a_crash_while_folding_loses_nothing_and_the_next_fold_clears_up(raw, monkeypatch):
    monkeypatch.setattr("flows.stores.raw.MAX_JOURNAL", 2)
    state = known_state(raw, 5)
    add_url(state, 10)
    raw.save_state(state)
    state = raw.load_state()
    first = add_url(state, 11)
    real_rm = type(raw.zone.fs).rm

    def crash_deleting_journal_files(fs, path, *args, **kwargs):
        if "/journal/0" in str(path):
            raise OSError("killed")
        return real_rm(fs, path, *args, **kwargs)

    monkeypatch.setattr(type(raw.zone.fs), "rm", crash_deleting_journal_files)
    with pytest.raises(OSError):
        raw.save_state(state)  # the snapshot is written, its journal files not yet deleted
    monkeypatch.setattr(type(raw.zone.fs), "rm", real_rm)
    assert len(journal(raw)) == 2
    assert raw.read_state() == state
    state = raw.load_state()
    state.urls[first].checked_at = "2024-06-30T00:00:00.000+00:00"
    raw.save_state(state)  # folds again: the files left behind go with the ones it holds
    assert journal(raw) == {}
    assert raw.read_state().urls[first].checked_at == "2024-06-30T00:00:00.000+00:00"


def test_saves_of_two_states_loaded_at_once_both_survive(raw):
    known_state(raw, 2)
    raw.save_state(raw.load_state())
    first, second = raw.load_state(), raw.load_state()
    a, b = add_url(first, 10), add_url(second, 20)
    raw.save_state(second)
    raw.save_state(first)
    assert {a, b} <= set(raw.load_state().urls)
    assert {a, b} <= set(raw.read_state().urls)


def test_a_state_kept_in_memory_sees_the_journal_written_by_another_process(raw):
    state = known_state(raw, 2)
    raw.save_state(state)
    other = raw.read_state()  # what another process loads from storage
    url = add_url(other, 30)
    raw.save_state(raw.load_state())  # this process keeps its copy
    journal_files = len(journal(raw))
    raw.zone.write_atomic(
        b'{"urls": {"%s": %s}}' % (url.encode(), other.urls[url].model_dump_json().encode()),
        *JOURNAL_DIR,
        "999999999-other.json",
    )
    assert len(journal(raw)) == journal_files + 1
    assert raw.load_state().urls[url] == other.urls[url]


def test_a_zone_can_live_on_any_fsspec_filesystem():
    raw = RawZone(Zone.at(f"memory://elsewhere-{uuid.uuid4().hex}"))
    _, page, _ = raw.put_page(BODY, "text/html")
    assert raw.read_page(page) == BODY


# -- article identity ----------------------------------------------------------------------------


def test_urls_of_one_article_share_its_key():
    state = CrawlState()
    key = state.article_key(
        page_hash="h1", urls=["https://news.example.org/reports/final"], canonical=None
    )
    amp = state.article_key(
        page_hash="h2", urls=["https://amp.news.example.org/reports/final?amp=1"], canonical=None
    )
    assert amp == key


def test_a_locale_edition_joins_the_article_its_canonical_link_names():
    state = CrawlState()
    english = state.article_key(
        page_hash="h1",
        urls=["https://news.example.org/reports/final"],
        canonical="https://news.example.org/reports/final",
    )
    italian = state.article_key(
        page_hash="h2",
        urls=["https://news.example.org/it/reports/final"],
        canonical="https://news.example.org/reports/final",
    )
    assert italian == english


def test_the_same_body_under_an_unrelated_url_is_the_same_article():
    state = CrawlState()
    key = state.article_key(page_hash="same", urls=["https://news.example.org/r/1"], canonical=None)
    other = state.article_key(
        page_hash="same", urls=["https://news.example.org/p?id=9"], canonical=None
    )
    assert other == key


def test_different_articles_get_different_keys():
    state = CrawlState()
    a = state.article_key(
        page_hash="h1", urls=["https://news.example.org/reports/a"], canonical=None
    )
    b = state.article_key(
        page_hash="h2", urls=["https://news.example.org/reports/b"], canonical=None
    )
    assert a != b


def test_a_new_key_comes_from_the_canonical_url_whatever_url_was_fetched():
    key = CrawlState().article_key(
        page_hash="h1",
        urls=["https://news.example.org/p?id=9"],
        canonical="https://news.example.org/reports/final",
    )
    expected = hashlib.sha256(b"https://news.example.org/reports/final").hexdigest()[:20]
    assert key == expected


def test_a_canonical_link_to_the_home_page_is_not_trusted():
    state = CrawlState()
    home = "https://news.example.org/"
    a = state.article_key(
        page_hash="h1", urls=["https://news.example.org/reports/a"], canonical=home
    )
    b = state.article_key(
        page_hash="h2", urls=["https://news.example.org/reports/b"], canonical=home
    )
    assert a != b


# -- damage: noticed, named, repaired from what is sound -----------------------------------------


def stored(raw: RawZone) -> str:
    """A zone holding BODY, its fetch record and a crawl state naming it; the page's path."""
    _, page, _ = raw.put_page(BODY, "text/html")
    fetched = record(page=page, article_key="k" * 20)
    raw.put_record(fetched)
    state = raw.load_state()
    state.urls[fetched.requested_url] = UrlState(
        checked_at=fetched.fetched_at, etag='"abc"', record=fetched
    )
    raw.save_state(state)
    return page


def test_a_page_edited_on_disk_is_refused_when_read(raw):
    page = stored(raw)
    raw.zone.fs.pipe_file(raw.zone.path(page), BODY.replace(b"24 laps", b"25 laps"))
    with pytest.raises(DamagedPageError, match="does not match its sha256 name"):
        raw.read_page(page)
    assert not raw.is_sound(page)


def test_a_damaged_page_is_replaced_when_its_body_is_stored_again(raw):
    page = stored(raw)
    raw.zone.fs.pipe_file(raw.zone.path(page), BODY[:10])
    assert raw.put_page(BODY, "text/html") == (DIGEST, page, True)
    assert raw.read_page(page) == BODY


def test_damaged_lists_pages_records_and_state_files_that_cannot_be_trusted(raw):
    assert raw.damaged() == []
    page = stored(raw)
    raw.zone.fs.pipe_file(raw.zone.path(page), BODY[:10])  # truncated
    (meta,) = raw.zone.fs.find(raw.zone.path("meta"))
    raw.zone.fs.pipe_file(meta, b'{"requested_url": ')
    raw.zone.fs.pipe_file(raw.zone.path("state", "crawl.json"), b"\x00garbage")
    assert [d.path for d in raw.damaged()] == [
        page,
        meta[len(raw.zone.root) + 1 :],
        "state/crawl.json",
    ]
    assert raw.damaged()[0].reason == "content does not match its sha256 name"


def test_garbage_in_the_crawl_state_is_named_and_the_state_rebuilt_from_the_records(raw, caplog):
    stored(raw)
    raw.zone.fs.pipe_file(raw.zone.path("state", "crawl.json"), b"not json at all, and longer")
    state = raw.load_state()  # no exception: a damaged local file is not a transient error
    seen = state.urls["https://news.example.org/reports/final?utm_source=rss"]
    assert (seen.etag, seen.record.page_hash) == ('"abc"', DIGEST)  # conditional requests go on
    assert state.aliases[DIGEST] == "k" * 20
    first, rebuilt = raw.repaired
    assert first.path == "state/crawl.json" and first.reason.startswith("damaged (")
    assert rebuilt.reason == "crawl state rebuilt from 1 fetch records"
    assert "crawl.json is damaged" in caplog.text
    kept = [n for n in raw.zone.listdir("state") if n.endswith(".damaged")]
    assert len(kept) == 1  # the garbage is kept aside, not lost
    assert raw.read_state() == state  # and the rebuilt state is the snapshot now


def test_garbage_in_a_crawl_state_without_records_starts_afresh(raw):
    raw.save_state(CrawlState(last_run="2024-01-01T00:00:00.000+00:00"))
    raw.zone.fs.pipe_file(raw.zone.path("state", "crawl.json"), b"{]")
    assert raw.load_state() == CrawlState()
    assert raw.repaired[-1].reason == "crawl state started afresh"


def test_a_damaged_journal_file_is_put_aside_and_its_urls_rebuilt(raw):
    known_state(raw, 50)  # a snapshot outweighing the next save: that save is a journal file
    stored(raw)
    (name,) = journal(raw)
    raw.zone.fs.pipe_file(raw.zone.path(*JOURNAL_DIR, name), b"garbage")
    state = raw.read_state()
    assert state.urls["https://news.example.org/reports/final?utm_source=rss"].etag == '"abc"'
    assert raw.repaired[0].path == f"state/journal/{name}"
    assert all(n.startswith(".") for n in journal(raw))  # folded; the damaged one kept aside
