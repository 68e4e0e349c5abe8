"""The `raceresults` command: a thin layer over the library; user errors become one line and exit 1."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from flows.fetch import FetchPolicy
from flows.ingest import IngestReport
from flows.ingest import ingest as run_ingest
from flows.ingest import reextract as run_reextract
from flows.sources import SourcesError, load_sources, source_from_arg


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


# -- ingestion: sources -> raw zone -> extracted ------------------------------------------------

data_dir_option = click.option(
    "--data-dir",
    default=".",
    show_default=True,
    envvar="RACERESULTS_DATA_DIR",
    help="Folder (or fsspec URL) holding raw/, extracted/ and curated/.",
)
silent_option = click.option("--silent", is_flag=True, help="No progress bar.")


class _Bar:
    """A click progress bar per step of a run, on stderr."""

    def __init__(self) -> None:
        self._bar = None

    def start(self, label: str, total: int) -> None:
        self.close()
        self._bar = click.progressbar(length=max(total, 1), label=f"{label:<12}", file=sys.stderr)
        self._bar.__enter__()

    def advance(self, steps: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(steps)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


def _summary(report: IngestReport, *, replay: bool = False) -> None:
    """The end-of-run summary: what was found, fetched, skipped and extracted, failures last."""
    rows = (
        [("pages in raw zone", report.discovered)]
        if replay
        else [
            ("discovered", report.discovered),
            ("fetched", report.fetched),
            ("not modified", report.not_modified),
            ("stored (new)", report.stored),
            ("skipped by robots", len(report.skipped_robots)),
            ("skipped, failed before", report.skipped_failed),
        ]
    )
    rows += [
        ("extracted", report.extracted),
        ("already extracted", report.reused),
        ("failed", len(report.failures)),
    ]
    for label, count in rows:
        click.echo(f"{label:<22} {count:>6}")
    for url in report.skipped_robots:
        click.echo(f"  robots.txt  {url}")
    for failure in report.failures:
        click.echo(f"  {failure.stage:<10}  {failure.item}: {failure.reason}")


def _run_failed(report: IngestReport) -> click.ClickException:
    sources = [f for f in report.failures if f.stage == "discover"]
    first = sources[0] if sources else report.failures[0]
    more = len(sources or report.failures) - 1
    tail = f" (and {more} more)" if more else ""
    what = "could not read source" if sources else "every page failed; first"
    return click.ClickException(f"{what} {first.item}: {first.reason}{tail}")


@main.command()
@click.option(
    "--sources",
    "sources_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A sources file (TOML) naming feeds, sitemaps, listings, URLs, files and folders.",
)
@click.option(
    "--source",
    "source_args",
    multiple=True,
    metavar="URL|PATH",
    help="One source; its kind is detected from the content. Repeatable.",
)
@data_dir_option
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Minimum seconds between two requests to one host.",
)
@click.option(
    "--retries",
    type=click.IntRange(min=0),
    default=3,
    show_default=True,
    help="Further attempts after a connection error, timeout, 429 or 5xx.",
)
@silent_option
def ingest(
    sources_file: Path | None,
    source_args: tuple[str, ...],
    data_dir: str,
    delay: float,
    retries: int,
    silent: bool,
) -> None:
    """Discover articles, fetch them politely into the raw zone and extract them."""
    if sources_file is None and not source_args:
        raise click.UsageError("give --sources FILE or at least one --source URL|PATH")
    try:
        sources = load_sources(sources_file) if sources_file else []
        sources += [source_from_arg(arg) for arg in source_args]
    except SourcesError as exc:
        raise click.ClickException(str(exc)) from None
    bar = None if silent else _Bar()
    try:
        policy = FetchPolicy(delay_s=delay, retries=retries)
        report = run_ingest(sources, data_dir, policy=policy, progress=bar)
    finally:
        if bar is not None:
            bar.close()
    if report.discovered or report.failures:
        _summary(report)
    if not report.ok:
        raise _run_failed(report)


@main.command()
@data_dir_option
@click.option("--force", is_flag=True, help="Re-extract pages this extractor version already did.")
@silent_option
def reextract(data_dir: str, force: bool, silent: bool) -> None:
    """Rebuild the extractions from the raw zone alone, without the network."""
    bar = None if silent else _Bar()
    try:
        report = run_reextract(data_dir, force=force, progress=bar)
    finally:
        if bar is not None:
            bar.close()
    _summary(report, replay=True)
    if not report.ok:
        raise _run_failed(report)


# -- reading: SQL over the curated tables -------------------------------------------------------


@main.command()
@click.argument("statement")
@data_dir_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="An aligned text table, CSV, or a JSON list of objects.",
)
def sql(statement: str, data_dir: str, output_format: str) -> None:
    """Run SQL over the curated tables: a view per table (results, races, drivers, ...)."""
    from flows.query import QueryError, format_result, query

    try:
        columns, rows = query(data_dir, statement)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(format_result(columns, rows, output_format))
