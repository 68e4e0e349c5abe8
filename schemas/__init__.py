"""Data contracts: the extract JSON schema, the curated table schemas and their expectation suites."""
