"""The extractor holds racing vocabulary, never the seeds' drivers or numbers: the evaluation runs
on articles nobody has seen, so nothing may be special-cased for the two seed reports."""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
EXTRACTOR = ROOT / "extractors" / "narrative"
# Numbers the seeds state (margins, penalties, in-race gaps), as the prose writes them.
SEED_NUMBERS = (
    "0.002",
    "0.08s",
    "0.09s",
    "0.03s",
    "0.5s",
    "two-second",
    "20-second",
    "0.4s",
    "1:05.950",
)


def seed_driver_words() -> set[str]:
    words = set()
    for path in (ROOT / "eval" / "seeds").glob("*.expected.json"):
        expected = json.loads(path.read_text(encoding="utf-8"))
        for fact in (
            f for kind in ("placings", "nations", "intervals", "penalties") for f in expected[kind]
        ):
            for key in ("driver", "ahead", "behind"):
                words.update(w for w in (fact.get(key) or "").split() if len(w) >= 3)
    return words


def extractor_files() -> list[Path]:
    return [p for p in EXTRACTOR.rglob("*") if p.suffix in (".py", ".jsonl")]


def test_the_seed_expectations_name_drivers():
    assert {"Miyazono", "Drumont"} <= seed_driver_words()


def test_no_seed_driver_is_named_in_the_extractor_or_its_patterns():
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(seed_driver_words()))) + r")\b")
    found = {p.name: pattern.findall(p.read_text(encoding="utf-8")) for p in extractor_files()}
    assert {name: words for name, words in found.items() if words} == {}


def test_no_seed_number_is_written_in_the_extractor_or_its_patterns():
    found = {
        p.name: [n for n in SEED_NUMBERS if n in p.read_text(encoding="utf-8")]
        for p in extractor_files()
    }
    assert {name: numbers for name, numbers in found.items() if numbers} == {}
