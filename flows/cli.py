"""The `raceresults` command: a thin layer over the library; user errors become one line and exit 1."""

from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="raceresults")
def main() -> None:
    """Turn race reports into clean, validated, analysis-ready tables."""
