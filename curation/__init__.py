"""Pure curation: extracted records in, curated rows out, no I/O (the publish stage calls it).

- `quarantine`: which rows are published and which are held back, from validation failures
- `race_checks`: per-race and per-standings checks added to rows before validation
- `accounts`: one article's account per race and per standings list
- `driver_keys`: one key per driver across every season
"""
