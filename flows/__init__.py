"""Everything that does I/O: discovery, fetching, the raw zone, validation, publishing, flows."""
