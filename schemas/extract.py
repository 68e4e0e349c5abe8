"""The JSON contract of `raceresults extract`: generated from `extractors.records.Extraction`, never
edited by hand. Regenerate `schemas/extract.schema.json` with `python -m schemas.extract`."""

from __future__ import annotations

import json
from pathlib import Path

from extractors.records import Extraction

SCHEMA_FILE = Path(__file__).with_name("extract.schema.json")


def extract_schema() -> dict:
    """The JSON Schema (draft 2020-12) of one extraction, from the pydantic model."""
    schema = Extraction.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def render_extract_schema() -> str:
    """The schema as committed: indented, non-ASCII kept, one trailing newline."""
    return json.dumps(extract_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    SCHEMA_FILE.write_text(render_extract_schema(), encoding="utf-8")
