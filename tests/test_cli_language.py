"""`raceresults extract` fills `article.language` for .txt, .html and URL inputs."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from flows.interfaces.cli import main

# Invented report leads in five languages.
LEADS = {
    "en": "Ana Ribeiro won the main race from pole position, with Tomas Berg second.",
    "pt": "Ana Ribeiro venceu a corrida principal a partir da pole, com Tomas Berg em segundo.",
    "es": "Ana Ribeiro ganó la carrera principal desde la pole, con Tomas Berg en segundo lugar.",
    "it": "Ana Ribeiro ha vinto la gara principale partendo dalla pole, con Tomas Berg secondo.",
    "de": "Ana Ribeiro gewann das Hauptrennen von der Pole-Position aus, und Tomas Berg wurde nach "
    "einem harten Kampf Zweiter.",
}


def _page(language: str) -> str:
    return (
        f"<html><head><title>Round 2</title></head><body><article><h1>Round 2</h1>"
        f"<p>{LEADS[language]}</p></article></body></html>"
    )


def language_of(*args: str) -> str | None:
    result = CliRunner().invoke(main, ["extract", *args])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["article"]["language"]


@pytest.mark.parametrize("language", sorted(LEADS))
def test_txt(language, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(f"Round 2\n\n{LEADS[language]}\n", encoding="utf-8")
    assert language_of(str(path)) == language


@pytest.mark.parametrize("language", sorted(LEADS))
def test_html(language, tmp_path):
    path = tmp_path / "report.html"
    path.write_text(_page(language), encoding="utf-8")
    assert language_of(str(path)) == language


class _Reports(BaseHTTPRequestHandler):
    """A loopback site: /<language> is a report page that declares no language."""

    def do_GET(self):  # noqa: N802 (the stdlib's name)
        body = _page(self.path.strip("/")).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Reports)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("language", sorted(LEADS))
def test_url(language, site):
    assert language_of(f"{site}/{language}") == language
