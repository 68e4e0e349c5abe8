"""`raceresults extract PATH_OR_URL`: JSON or tables on stdout; bad input is one line and exit 1."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from flows.interfaces.article_reader import MAX_ARTICLE_BYTES
from flows.interfaces.cli import main
from schemas.extract import extract_schema

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
SCHEMA = extract_schema()  # equal to the committed file: tests/schemas/test_extract_schema.py


def run(*args: str):
    return CliRunner().invoke(main, ["extract", *args])


def failed_with(result, words: str) -> None:
    assert result.exit_code == 1
    assert result.stdout == ""
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1  # one line, no traceback
    assert "Traceback" not in result.stderr


def test_seed_json_is_the_documented_contract(seeds_dir):
    result = run(str(seeds_dir / "002_9fed29e7c4c86bcb.txt"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    jsonschema.validate(document, SCHEMA)
    listed = [r for r in document["races"] if any(row["method"] == "list" for row in r["results"])]
    (main_race,) = listed  # prose adds the sprint's winner and the grids as narrative rows
    assert main_race["name"] == "Main race"
    assert [r["position"] for r in main_race["results"]] == list(range(1, 13))
    assert [r["nation"] for r in main_race["results"]] == [
        "JPN", "ESP", "ESP", "NLD", "JPN", "ITA", "USA", "USA", "BRA", "FRA", "CHL", "AUS",
    ]  # fmt: skip
    assert [r["gap_s"] for r in main_race["results"]] == [
        None, 1.0684, 5.678, 8.184, 8.184, 28.755, 35.113, 41.215, 43.476, 65.95, 82.152, None,
    ]  # fmt: skip
    assert main_race["results"][0]["laps"] == 35
    assert main_race["results"][-1]["status"] == "na"
    assert main_race["results"][2]["driver"] == "Coque López"
    assert [s["points"] for s in document["standings"]] == [6, 5, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0]


def test_json_keeps_non_ascii_and_is_indented():
    result = run(str(FIXTURES / "corrida_pt.txt"))
    assert result.exit_code == 0
    assert "Taça Sim Lusitana" in result.stdout
    assert result.stdout.startswith('{\n  "article"')


def test_table_format_is_for_people():
    result = run(str(FIXTURES / "world_final.html"), "--format", "table")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Berg is world champion after a dramatic Grand Final"
    assert "Grand Final (final)" in lines
    assert any(line.split()[:4] == ["2", "Ana", "Ribeiro", "PRT"] for line in lines)
    assert any(line.startswith("Standings") for line in lines)


def test_an_article_without_results_is_no_error():
    result = run(str(FIXTURES / "prose_only.html"))
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["races"] == [] and document["standings"] == []


def test_missing_file(tmp_path):
    failed_with(run(str(tmp_path / "nope.html")), "no such file")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n")
    failed_with(run(str(path)), "is empty")


def test_binary_file(tmp_path):
    path = tmp_path / "photo.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    failed_with(run(str(path)), "binary")


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "huge.html"
    path.write_bytes(b"<p>" + b"a" * MAX_ARTICLE_BYTES + b"</p>")
    failed_with(run(str(path)), "MB limit")


def test_html_page_without_article():
    failed_with(run(str(FIXTURES / "furniture_only.html")), "no article")


def test_file_url():
    result = run((FIXTURES / "gara_it.html").as_uri())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["url"] == (FIXTURES / "gara_it.html").as_uri()


def test_unsupported_url_scheme():
    failed_with(run("ftp://example.invalid/article.html"), "unsupported URL scheme")


DRIP_S = 0.2  # /drip sends a byte this often: never silent long enough for a read timeout
DRIP_FOR_S = 30.0  # … and stops after this long, so a client that never gives up ends too


class _Pages(BaseHTTPRequestHandler):
    """A loopback site: /article (HTML), /utf16 (the same, UTF-16 with a BOM), /utf16le (a text
    article whose charset only the HTTP header names), /image (PNG), /drip (a body one byte at a
    time), anything else 404."""

    protocol_version = "HTTP/1.1"

    agents: list[str] = []  # the User-Agent of every request, in order

    def do_GET(self):  # noqa: N802 (the stdlib's name)
        self.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/drip":
            self._drip()
            return
        if self.path == "/utf16":
            text = (FIXTURES / "world_final.html").read_text(encoding="utf-8")
            body, kind = text.encode("utf-16"), "text/html"
        elif self.path == "/utf16le":  # no BOM: only the header tells
            body = (FIXTURES / "corrida_pt.txt").read_text(encoding="utf-8").encode("utf-16-le")
            kind = "text/plain; charset=UTF-16LE"
        elif self.path == "/article":
            body, kind = (FIXTURES / "world_final.html").read_bytes(), "text/html; charset=utf-8"
        elif self.path == "/image":
            body, kind = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png"
        else:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _drip(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        ends = time.monotonic() + DRIP_FOR_S
        try:
            while time.monotonic() < ends:
                self.wfile.write(b"<")
                self.wfile.flush()
                time.sleep(DRIP_S)
        except OSError:  # the client gave up: what the test wants
            pass

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_http_url(site):
    result = run(f"{site}/article")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["article"]["url"] == f"{site}/article"
    assert [r["name"] for r in document["races"]][-1] == "Grand Final"


def test_a_url_is_fetched_naming_the_contact_from_the_option_or_the_environment(site):
    _Pages.agents.clear()
    by_env = CliRunner().invoke(
        main, ["extract", f"{site}/article"], env={"RACERESULTS_CONTACT": "env@example.org"}
    )
    by_option = CliRunner().invoke(
        main,
        ["extract", f"{site}/article", "--contact", "ops@example.org"],
        env={"RACERESULTS_CONTACT": "env@example.org"},
    )
    assert by_env.exit_code == by_option.exit_code == 0
    assert [agent.rsplit(" ", 1)[-1] for agent in _Pages.agents] == [
        "(+env@example.org)",
        "(+ops@example.org)",
    ]


def test_http_error_status(site):
    failed_with(run(f"{site}/missing"), "HTTP 404")


def test_http_binary_content(site):
    failed_with(run(f"{site}/image"), "image/png")


def test_unreachable_url():
    failed_with(run("http://127.0.0.1:9/article"), "could not fetch")


def test_a_url_dripping_its_body_ends_at_the_timeout_with_one_line(site):
    outcome = {}
    thread = threading.Thread(
        target=lambda: outcome.update(result=run(f"{site}/drip", "--timeout", "1"))
    )
    thread.start()
    thread.join(timeout=15)  # far past the 1 s deadline, well before the server stops dripping
    assert not thread.is_alive(), "extract URL did not end"
    failed_with(outcome["result"], "no whole answer within 1 s")


def test_a_utf16_page_with_a_bom_is_read(site, tmp_path):
    result = run(f"{site}/utf16", "--format", "table")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Berg is world champion after a dramatic Grand Final"
    path = tmp_path / "utf16.html"
    path.write_text((FIXTURES / "world_final.html").read_text(encoding="utf-8"), encoding="utf-16")
    assert run(str(path), "--format", "table").stdout.splitlines()[0].startswith("Berg is")


def test_the_charset_of_the_http_header_decodes_the_page(site):
    result = run(f"{site}/utf16le")
    assert result.exit_code == 0, result.stderr
    assert "Taça Sim Lusitana" in result.stdout


def test_a_dead_host_is_named_as_such():
    failed_with(run("http://127.0.0.1:9/article"), "connection refused")


def test_a_paragraph_over_a_million_characters_is_refused_in_one_line(tmp_path):
    path = tmp_path / "endless.txt"
    sentence = "Berg took the win ahead of Ribeiro. "
    path.write_text("Grand Final\n\n" + sentence * (1_000_001 // len(sentence) + 1) + "\n")
    failed_with(run(str(path)), "a paragraph of 1,000,007 characters is over the 100,000")


def test_table_format_shows_everything_the_json_holds(seeds_dir):
    result = run(str(seeds_dir / "002_9fed29e7c4c86bcb.txt"), "--format", "table")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    headings = ("Main race (race, Circuit Gilles Villeneuve)", "Standings (Round 1)", "Penalties")
    for heading in (*headings, "Driver nations"):
        assert heading in lines
    penalties = lines[lines.index("Penalties") + 1 :]
    assert penalties[0].split() == ["Race", "Driver", "Kind", "Seconds", "Reason", "Evidence"]
    assert "0.5s penalty for a track limit" in penalties[2]
    nations = lines[lines.index("Driver nations") + 1 :]
    assert nations[2].split()[:3] == ["Takuma", "Miyazono", "JPN"]
    assert any(line.split()[-2:] == ["list", "0.95"] for line in lines)  # method, confidence


def test_table_format_shows_margins_and_conflicts():
    from extractors.records import ArticleMeta, Conflict, Evidence, Extraction, Interval
    from flows.interfaces.render import render_extraction

    said = Evidence(text="Berg beat Ribeiro by 0.3s", start=0, end=25)
    text = render_extraction(
        Extraction(
            article=ArticleMeta(title="t"),
            intervals=[Interval(ahead="Berg", behind="Ribeiro", seconds=0.3, evidence=said)],
            conflicts=[
                Conflict(driver="Berg", field="position", kept="1", other="2", evidence=said)
            ],
        )
    ).splitlines()
    assert text[text.index("Margins") + 3].split()[:3] == ["Berg", "Ribeiro", "0.3"]
    assert text[text.index("Conflicts") + 3].split()[:4] == ["Berg", "position", "1", "2"]


def test_html_format_is_one_page_marking_every_fact(seeds_dir):
    result = run(str(seeds_dir / "002_9fed29e7c4c86bcb.txt"), "--format", "html")
    assert result.exit_code == 0, result.stderr
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    rows = page.count('<tr id="row-f')
    assert rows >= 12 + 12 + 1
    assert page.count('tabindex="0"') == rows  # one focusable mark per row of the tables


def test_a_folder_is_one_clear_error(tmp_path):
    failed_with(run(str(tmp_path)), "is a folder: give one article file")
