"""Save a report's text exactly as the search tool returned it, and print its hash and length.

    python -m eval.real.save ID < excerpt.json

The input is the excerpt as a JSON string literal (quotes and escapes as the tool shows it), so
no character is lost between the tool's answer and `texts/ID.txt`.
"""

from __future__ import annotations

import json
import sys

from eval.real.gold import TEXTS_DIR, text_digest, words_digest


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    text = json.loads(sys.stdin.read())
    if not isinstance(text, str):
        print("the input is not a JSON string", file=sys.stderr)
        return 1
    TEXTS_DIR.mkdir(parents=True, exist_ok=True)
    with open(TEXTS_DIR / f"{args[0]}.txt", "w", encoding="utf-8", newline="") as f:
        f.write(text)  # newline="": a '\r' in the excerpt stays a '\r'

    digests = {"text_sha256": text_digest(text), "text_words_sha256": words_digest(text)}
    print(json.dumps({**digests, "text_chars": len(text)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
