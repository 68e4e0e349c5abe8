"""The gold file of one real report: one definition, checked on load (see eval/real/README.md)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

HERE = Path(__file__).resolve().parent
GOLD_DIR = HERE / "gold"
TEXTS_DIR = HERE / "texts"
EXCLUDED_TOOL = HERE.parents[2] / "shared" / "tools" / "excluded.py"

Status = Literal["finished", "lapped", "dnf", "dns", "dsq", "nc", "na"]
PenaltyKind = Literal[
    "time", "slowdown", "drive-through", "stop-go", "grid", "disqualification", "points", "other"
]


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Fact(_Gold):
    optional: bool = Field(False, description="implied or cut off: neither required nor wrong")


class _Named(_Fact):
    driver: str = Field(min_length=1, description="as the text writes it at this fact")
    full: str | None = Field(None, description="the fuller form the text gives elsewhere")


class GoldResult(_Named):
    position: int | None = Field(ge=1)
    status: Status = "finished"
    status_detail: str | None = None
    nation: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    team: str | None = None
    car: str | None = None
    car_number: str | None = None
    gap_s: float | None = Field(None, ge=0)
    interval_s: float | None = Field(None, ge=0)
    time_s: float | None = Field(None, gt=0)
    laps: int | None = Field(None, ge=0)
    laps_down: int | None = Field(None, ge=1)
    points: float | None = None
    crew: list[str] = []


class GoldRace(_Gold):
    name: str
    results: list[GoldResult] = []


class GoldStanding(_Named):
    position: int | None = Field(None, ge=1)
    points: float


class GoldPenalty(_Named):
    race: str | None = None
    seconds: float | None = Field(None, gt=0)
    kind: PenaltyKind = "time"
    reason: str | None = None
    withdrawn: bool = False


class GoldNation(_Named):
    nation: str = Field(pattern=r"^[A-Z]{3}$")


class GoldMargin(_Fact):
    race: str | None = None
    ahead: str
    behind: str | None = None
    seconds: float = Field(ge=0)


class GoldSource(_Gold):
    tool: Literal["search"] = "search"
    corpus: Literal["pages"] = "pages"
    query: str = Field(min_length=1)


class Gold(_Gold):
    """What one real report states, with where its text comes from."""

    id: str = Field(pattern=r"^[a-z0-9_-]+$")
    url: str = Field(pattern=r"^https?://")
    language: str = Field(pattern=r"^[a-z]{2}$")
    split: Literal["dev", "holdout"]
    format: Literal["list", "table", "prose", "mixed"]
    kind: Literal["sim", "motorsport"]
    series: str
    text_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    text_chars: int = Field(gt=0)
    text_words_sha256: str = Field(
        pattern=r"^[0-9a-f]{64}$",
        description="sha256 of the text's words: a re-pulled text whose spaces differ still fits",
    )
    source: GoldSource
    races: list[GoldRace] = []
    standings: list[GoldStanding] = []
    penalties: list[GoldPenalty] = []
    driver_nations: list[GoldNation] = []
    margins: list[GoldMargin] = []
    aliases: dict[str, list[str]] = {}
    notes: str | None = None

    @field_validator("races")
    @classmethod
    def _rows_named_once(cls, races: list[GoldRace]) -> list[GoldRace]:
        for race in races:
            drivers = [r.full or r.driver for r in race.results]
            if len(drivers) != len(set(drivers)):
                raise ValueError(f"race {race.name!r} names a driver twice")
        return races

    @property
    def site(self) -> str:
        host = self.url.split("/")[2].lower()
        return host.removeprefix("www.")


def text_digest(text: str) -> str:
    """sha256 of a text as UTF-8: what `text_sha256` records."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def words_digest(text: str) -> str:
    """sha256 of a text's words joined by single spaces: what `text_words_sha256` records.
    Excerpts carry no-break and other odd spaces that a copy can turn into plain ones."""
    return text_digest(" ".join(unicodedata.normalize("NFC", text).split()))


def same_text(text: str, gold: Gold) -> bool:
    """The text is the one its gold describes, byte for byte or word for word."""
    return text_digest(text) == gold.text_sha256 or words_digest(text) == gold.text_words_sha256


def load_gold(path: Path) -> Gold:
    """One gold file, checked against the model and its file name."""
    gold = Gold.model_validate(json.loads(path.read_text(encoding="utf-8")))
    if gold.id != path.stem:
        raise ValueError(f"{path.name}: id {gold.id!r} is not the file's name")
    return gold


def load_corpus(gold_dir: Path = GOLD_DIR) -> list[Gold]:
    """Every gold file of the corpus, in name order."""
    return [load_gold(p) for p in sorted(gold_dir.glob("*.json"))]


def read_text(gold: Gold, texts_dir: Path = TEXTS_DIR) -> str | None:
    """The report's text when present and the one its gold describes, else None."""
    path = texts_dir / f"{gold.id}.txt"
    if not path.exists():
        return None
    text = read_exact(path)
    return text if same_text(text, gold) else None


def read_exact(path: Path) -> str:
    """A text file as written, line endings untouched (the hash covers them)."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def excluded(urls: list[str]) -> set[str]:
    """The URLs that ../shared/tools/excluded.py reserves for the independent evaluation."""
    if not urls:
        return set()
    out = subprocess.run(
        [sys.executable, str(EXCLUDED_TOOL), *urls], capture_output=True, text=True, check=False
    ).stdout
    return {line.split(None, 1)[1] for line in out.splitlines() if line.startswith("excluded")}
