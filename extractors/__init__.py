"""Pure extraction: article text or HTML in, typed records out. No I/O, no network."""

# Bump when a change alters what is extracted from the same page: cached extractions keyed on
# (page hash, extractor version) are then redone, and the newest version wins in curated tables.
EXTRACTOR_VERSION = "0.17.4"
