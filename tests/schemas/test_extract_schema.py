"""The committed extract JSON Schema is the one generated from the records, and it is strict."""

import jsonschema
import pytest

from schemas.extract import SCHEMA_FILE, extract_schema, render_extract_schema


def test_committed_schema_equals_the_generated_one():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == render_extract_schema(), (
        "schemas/extract.schema.json is stale: run `python -m schemas.extract`"
    )


def test_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(extract_schema())


def test_schema_rejects_unknown_fields_and_statuses():
    evidence = {"text": "Ana Ribeiro – Portugal – 24 laps", "start": 0, "end": 32}
    row = {"driver": "Ana Ribeiro", "evidence": evidence, "method": "list", "confidence": 0.95}
    document = {"article": {}, "races": [{"name": "Race 1", "results": [row]}]}
    jsonschema.validate(document, extract_schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**document, "extra": 1}, extract_schema())
    with pytest.raises(jsonschema.ValidationError):
        bad_row = {**row, "status": "crashed"}
        jsonschema.validate(
            {"article": {}, "races": [{"name": "R", "results": [bad_row]}]}, extract_schema()
        )
