"""The `raceresults` command: a thin layer over the library; user errors become one line and exit 1."""

from __future__ import annotations

import json

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="raceresults")
def main() -> None:
    """Turn race reports into clean, validated, analysis-ready tables."""


# -- one article: PATH_OR_URL -> extraction on stdout -------------------------------------------


@main.command()
@click.argument("path_or_url")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "table"]),
    default="json",
    show_default=True,
    help="JSON (the documented contract) or readable tables.",
)
def extract(path_or_url: str, output_format: str) -> None:
    """Extract results and standings from one article (.html, .htm, .txt, or a URL)."""
    from extractors.article import extract_article
    from extractors.html import NoArticleError
    from flows.load import LoadError, load_article
    from flows.render import render_extraction

    try:
        loaded = load_article(path_or_url)
        extraction = extract_article(loaded.content, url=loaded.url, media_type=loaded.media_type)
    except LoadError as exc:
        raise click.ClickException(str(exc)) from exc
    except NoArticleError as exc:
        raise click.ClickException(f"{path_or_url}: {exc}") from exc
    if output_format == "table":
        click.echo(render_extraction(extraction))
    else:
        click.echo(json.dumps(extraction.model_dump(mode="json"), indent=2, ensure_ascii=False))
