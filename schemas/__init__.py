"""Data contracts: the extract JSON schema, the curated table schemas, their expectation suites."""
