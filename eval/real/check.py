"""Check gold files: shape, reserved URLs, duplicates, and the text each describes when present.

    python -m eval.real.check [GOLD.json ...]     (default: every file in eval/real/gold/)
    python -m eval.real.check --missing           the searches that bring back absent texts

Exit 1 when any file is wrong; a missing text is reported but is no error.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pydantic import ValidationError

from eval.real.gold import (
    GOLD_DIR,
    TEXTS_DIR,
    excluded,
    load_gold,
    read_exact,
    read_text,
    same_text,
    text_digest,
)


def check(paths: list[Path]) -> list[str]:
    """One line per problem found in these gold files."""
    problems, golds = [], []
    for path in paths:
        try:
            golds.append(load_gold(path))
        except (ValueError, ValidationError) as err:
            problems.append(f"{path.name}: {err}".replace("\n", " "))
    for url in sorted(excluded([g.url for g in golds])):
        problems.append(f"{url}: reserved for the independent evaluation")
    seen: dict[str, str] = {}
    for gold in golds:
        if gold.url in seen:
            problems.append(f"{gold.id}: same url as {seen[gold.url]}")
        seen.setdefault(gold.url, gold.id)
        text_path = TEXTS_DIR / f"{gold.id}.txt"
        if not text_path.exists():
            print(f"{gold.id}: no text in {TEXTS_DIR.name}/ (not checked)", file=sys.stderr)
            continue
        text = read_exact(text_path)
        if not same_text(text, gold):
            problems.append(f"{gold.id}: text differs from its text_sha256 and text_words_sha256")
        elif text_digest(text) != gold.text_sha256:
            print(f"{gold.id}: same words, other spaces than when labelled", file=sys.stderr)
    return problems


def missing_texts(paths: list[Path]) -> dict[str, list[tuple[str, str]]]:
    """Search query -> (id, url) of the reports whose text is absent or differs from its hash."""
    wanted: dict[str, list[tuple[str, str]]] = {}
    for gold in map(load_gold, paths):
        if read_text(gold) is None:
            wanted.setdefault(gold.source.query, []).append((gold.id, gold.url))
    return wanted


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--missing"]:
        for query, reports in missing_texts(sorted(GOLD_DIR.glob("*.json"))).items():
            print(f"search pages {query!r}")
            for gold_id, url in reports:
                print(f"  {gold_id}  {url}")
        return 0
    paths = [Path(a) for a in args] or sorted(GOLD_DIR.glob("*.json"))
    problems = check(paths)
    for line in problems:
        print(line)
    print(f"{len(paths)} gold files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
