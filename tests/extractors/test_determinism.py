"""The same page gives byte-identical extraction JSON in any process, whatever its hash seed (an
order taken from a set or a dict of strings would change with PYTHONHASHSEED)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
PAGES = sorted((ROOT / "samples" / "articles").glob("*.html"))
PAGES += sorted((ROOT / "tests" / "fixtures" / "articles").glob("*"))
PAGES += sorted((ROOT / "tests" / "flows" / "site" / "reports").glob("*"))
# nations stated for groups of drivers, whose facts share one piece of evidence
GROUPS = """Vela Cup 2024, Round 3: results

Final
1. Kenta Hayashi 12 laps
2. Taro Ueda +1.200
3. Marco Rossi +2.500
4. Luca Bianchi +3.100
5. Rafael Lima +4.000
6. Bruno Paz +5.500

It was an all-Japanese front row as Hayashi took pole ahead of Ueda. The Italian duo of Marco
Rossi and Luca Bianchi followed, while Brazilians Rafael Lima and Bruno Paz completed the top six.
Rossi's compatriot Bianchi was unhappy. Lima's countryman Paz finished sixth.
"""
EXTRACT = """
import json, sys
from pathlib import Path
from extractors.article import extract_article

out = {}
for name in sys.argv[2:]:
    path = Path(name)
    media_type = "text/plain" if path.suffix == ".txt" else "text/html"
    try:
        extraction = extract_article(path.read_bytes(), media_type=media_type)
    except ValueError as exc:  # a page with no article: its error, the same in any process
        out[path.name] = repr(exc)
    else:
        out[path.name] = extraction.model_dump_json()
Path(sys.argv[1]).write_text(json.dumps(out))
"""


def extract_in_a_process(seed: str, out: Path, pages: list[Path]) -> subprocess.Popen:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    command = [sys.executable, "-c", EXTRACT, str(out), *map(str, pages)]
    return subprocess.Popen(command, env=env, cwd=ROOT)


@pytest.mark.slow
def test_two_processes_with_other_hash_seeds_give_the_same_bytes(tmp_path):
    groups = tmp_path / "groups.txt"
    groups.write_text(GROUPS)
    pages = [*PAGES, groups]
    runs = {seed: tmp_path / f"seed-{seed}.json" for seed in ("1", "2")}
    processes = [extract_in_a_process(seed, out, pages) for seed, out in runs.items()]
    assert [process.wait() for process in processes] == [0, 0]

    first, second = (json.loads(out.read_text()) for out in runs.values())

    assert len(first) == len(pages)
    assert [name for name in first if first[name] != second[name]] == []
    nations = json.loads(first["groups.txt"])["driver_nations"]
    assert [n["driver"] for n in nations][:2] == ["Kenta Hayashi", "Taro Ueda"]
