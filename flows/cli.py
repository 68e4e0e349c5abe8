"""The `raceresults` command: a thin layer over the library; a user error is one line and exit 1."""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

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


# -- runs: the Prefect flows of flows/pipeline.py -------------------------------------------------

data_dir_option = click.option(
    "--data-dir",
    default=".",
    show_default=True,
    envvar="RACERESULTS_DATA_DIR",
    help="Folder (or fsspec URL) holding raw/, extracted/ and curated/.",
)
silent_option = click.option("--silent", is_flag=True, help="No progress bar.")


def _options(*options: Callable) -> Callable:
    """Several click options applied as one decorator, declared once for several commands."""

    def apply(command: Callable) -> Callable:
        for option in reversed(options):
            command = option(command)
        return command

    return apply


source_options = _options(
    click.option(
        "--sources",
        "sources_file",
        type=click.Path(dir_okay=False, path_type=Path),
        help="A sources file (TOML) naming feeds, sitemaps, listings, URLs, files and folders.",
    ),
    click.option(
        "--source",
        "source_args",
        multiple=True,
        metavar="URL|PATH",
        help="One source; its kind is detected from the content. Repeatable.",
    ),
    click.option(
        "--delay",
        type=click.FloatRange(min=0),
        default=1.0,
        show_default=True,
        help="Minimum seconds between two requests to one host.",
    ),
    click.option(
        "--retries",
        type=click.IntRange(min=0),
        default=3,
        show_default=True,
        help="Further attempts after a connection error, timeout, 429 or 5xx.",
    ),
)
task_runner_options = _options(
    click.option(
        "--task-runner",
        type=click.Choice(["default", "dask"]),
        default="default",
        show_default=True,
        help="Run tasks on threads of this process, or on a Dask cluster.",
    ),
    click.option(
        "--dask-address",
        metavar="tcp://HOST:PORT",
        help="The Dask scheduler to use (default with --task-runner dask: a local cluster).",
    ),
)
run_options = _options(
    data_dir_option,
    click.option(
        "--batch-size",
        type=click.IntRange(min=1),
        help="Articles per Prefect task (default 50): fewer tasks, less orchestration overhead.",
    ),
    task_runner_options,
    silent_option,
    click.option("-v", "--verbose", is_flag=True, help="Show Prefect's log on the terminal."),
    click.option(
        "--quarantine-threshold",
        type=click.FloatRange(0, 1),
        envvar="RACERESULTS_QUARANTINE_THRESHOLD",
        expose_value=False,
        callback=lambda ctx, param, value: _set_quarantine_threshold(value),
        help="Share of a race's result rows that may fail validation while the rest of the race "
        "is published; above it the whole race goes to quarantine.  [default: 0.0]",
    ),
)


def _set_quarantine_threshold(value: float | None) -> None:
    """Hand the threshold to publish() in the flows (read by flows.publish from the env var)."""
    if value is not None:
        os.environ["RACERESULTS_QUARANTINE_THRESHOLD"] = str(value)


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


def _sources(sources_file: Path | None, source_args: tuple[str, ...]) -> list[str]:
    """The flows' `sources` parameter, checked here so a bad sources file fails in one line."""
    from flows.sources import SourcesError, load_sources, source_from_arg

    if sources_file is None and not source_args:
        raise click.UsageError("give --sources FILE or at least one --source URL|PATH")
    if sources_file is not None and sources_file.suffix != ".toml":
        raise click.UsageError(f"--sources {sources_file}: a sources file is TOML, named *.toml")
    try:
        if sources_file is not None:
            load_sources(sources_file)
        for arg in source_args:
            source_from_arg(arg)
    except SourcesError as exc:
        raise click.ClickException(str(exc)) from None
    return ([str(sources_file)] if sources_file else []) + list(source_args)


def _terminated(signum: int, frame: object) -> None:
    raise KeyboardInterrupt("terminated")


def _run_flow(
    name: str,
    parameters: dict,
    *,
    task_runner: str,
    dask_address: str | None,
    silent: bool,
    verbose: bool,
) -> None:
    """Run one of the pipeline's flows in this process (against PREFECT_API_URL, or Prefect's
    temporary local API), with a progress bar, then its summary; exit 1 when the run failed."""
    import logging

    from flows import pipeline
    from flows.lifeline import lifeline
    from flows.settings import pipeline_settings, set_console_level, shared_api
    from flows.status import format_summary

    flow = getattr(pipeline, name)
    try:
        runner = pipeline.make_task_runner(task_runner, dask_address)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    if runner is not None:
        flow = flow.with_options(task_runner=runner)
    parameters = {k: v for k, v in parameters.items() if v is not None}
    set_console_level(logging.INFO if verbose else logging.CRITICAL)
    bar = None if silent else _Bar()
    failed = False
    # SIGTERM ends the run as Ctrl-C does: its record says so and Prefect's server is stopped
    sigterm = signal.signal(signal.SIGTERM, _terminated)
    try:
        with (
            lifeline() as line,
            pipeline_settings(),
            pipeline.reporting_progress(bar),
            shared_api(watch=line.watch),  # Prefect's server ends with this process, however
        ):
            record = flow(**parameters)
    except pipeline.RunFailed as exc:
        record, failed = exc.record, True
    except KeyboardInterrupt:
        if bar is not None:
            bar.close()
        click.echo("Interrupted: what was done is kept; the same command resumes.", err=True)
        raise SystemExit(130) from None
    finally:
        signal.signal(signal.SIGTERM, sigterm)
        if bar is not None:
            bar.close()
    click.echo(format_summary(record))
    if failed:
        raise click.ClickException(record.error or "the run failed")


@main.command()
@source_options
@run_options
def ingest(
    sources_file: Path | None,
    source_args: tuple[str, ...],
    delay: float,
    retries: int,
    data_dir: str,
    batch_size: int | None,
    task_runner: str,
    dask_address: str | None,
    silent: bool,
    verbose: bool,
) -> None:
    """Ingest what is new: discover, fetch politely, extract, validate and publish (the
    nightly-ingest flow)."""
    parameters = {"sources": _sources(sources_file, source_args), "data_dir": data_dir}
    parameters |= {"delay_s": delay, "retries": retries, "batch_size": batch_size}
    _run_flow(
        "nightly_ingest",
        parameters,
        task_runner=task_runner,
        dask_address=dask_address,
        silent=silent,
        verbose=verbose,
    )


@main.command()
@source_options
@click.option(
    "--season",
    "seasons",
    type=click.IntRange(1990, 2100),
    multiple=True,
    help="A season (year) to backfill: links dated in it, and undated ones. Repeatable.",
)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Links dated from this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Links dated up to this day.")
@click.option(
    "--refetch", is_flag=True, help="Request again (conditionally) pages the raw zone holds."
)
@run_options
def backfill(
    sources_file: Path | None,
    source_args: tuple[str, ...],
    delay: float,
    retries: int,
    seasons: tuple[int, ...],
    since: datetime | None,
    until: datetime | None,
    refetch: bool,
    data_dir: str,
    batch_size: int | None,
    task_runner: str,
    dask_address: str | None,
    silent: bool,
    verbose: bool,
) -> None:
    """Backfill whole seasons or a date range; stop it any time, run it again to resume."""
    if since and until and since > until:
        raise click.UsageError("--since is after --until")
    parameters = {"sources": _sources(sources_file, source_args), "data_dir": data_dir}
    parameters |= {
        "seasons": list(seasons) or None,
        "since": since.date() if since else None,
        "until": until.date() if until else None,
        "refetch": refetch,
        "delay_s": delay,
        "retries": retries,
        "batch_size": batch_size,
    }
    _run_flow(
        "backfill",
        parameters,
        task_runner=task_runner,
        dask_address=dask_address,
        silent=silent,
        verbose=verbose,
    )


@main.command()
@click.option("--force", is_flag=True, help="Re-extract pages this extractor version already did.")
@click.option(
    "--extractor-version",
    metavar="VERSION",
    help="Fail unless the installed extractor is this version (for scheduled replays).",
)
@run_options
def reextract(
    force: bool,
    extractor_version: str | None,
    data_dir: str,
    batch_size: int | None,
    task_runner: str,
    dask_address: str | None,
    silent: bool,
    verbose: bool,
) -> None:
    """Rebuild the extractions and the tables from the raw zone alone, without the network."""
    _run_flow(
        "reextract",
        {
            "data_dir": data_dir,
            "force": force,
            "extractor_version": extractor_version,
            "batch_size": batch_size,
        },
        task_runner=task_runner,
        dask_address=dask_address,
        silent=silent,
        verbose=verbose,
    )


@main.command()
@click.option("--cron", help='When the nightly run starts, as cron.  [default: "0 2 * * *"]')
@click.option("--timezone", help="The IANA timezone of --cron.  [default: UTC]")
@click.option(
    "--sources",
    "sources_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("samples/sources.toml"),
    show_default=True,
    help="The sources file of the nightly and backfill runs.",
)
@data_dir_option
@task_runner_options
def serve(
    cron: str | None,
    timezone: str | None,
    sources_file: Path,
    data_dir: str,
    task_runner: str,
    dask_address: str | None,
) -> None:
    """Serve the nightly deployment on its schedule, and backfill and reextract on demand, until
    stopped (against PREFECT_API_URL, else a Prefect server started for this process)."""
    from flows.pipeline import make_task_runner
    from flows.serve import ServeError, build_deployments, prefect_api, serve_forever

    (sources,) = _sources(sources_file.resolve(), ())
    if "://" not in data_dir:  # runs start in subprocesses: give them a path that cannot move
        data_dir = str(Path(data_dir).resolve())
    schedule = {k: v for k, v in {"cron": cron, "timezone": timezone}.items() if v}
    try:
        runner = make_task_runner(task_runner, dask_address)
        deployments = build_deployments(sources, data_dir, task_runner=runner, **schedule)
        with prefect_api() as api:
            click.echo(f"Prefect API: {api.url}")
            if api.server_log:
                log, home = api.server_log, Path.home()
                shown = f"~/{log.relative_to(home)}" if log.is_relative_to(home) else log
                click.echo(f"(a local Prefect server, logging to {shown})")
            serve_forever(deployments)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    except ServeError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@data_dir_option
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
def status(data_dir: str, limit: int) -> None:
    """Show the last runs, and the rows of each curated table per season."""
    from flows.runs import last_runs
    from flows.status import format_runs, format_season_rows, season_rows
    from flows.verify import damaged_curated

    click.echo("Last runs (newest first)")
    click.echo(format_runs(last_runs(data_dir, limit)))
    click.echo("\nCurated tables: rows per season")
    damages = damaged_curated(data_dir)
    if damages:
        click.echo("damaged (raceresults verify --repair rebuilds them):")
        click.echo("\n".join(f"  {damage.path}: {damage.reason}" for damage in damages))
    else:
        click.echo(format_season_rows(season_rows(data_dir)))


@main.command()
@click.option("--repair", "repair_", is_flag=True, help="Rebuild what is damaged (a reextract).")
@data_dir_option
@silent_option
def verify(repair_: bool, data_dir: str, silent: bool) -> None:
    """Check every extraction and curated file against the commit record: one line per damaged
    file and exit 1; with --repair, rebuild them from the raw zone (the reextract flow)."""
    from flows.verify import check

    damages = check(data_dir)
    for damage in damages:
        click.echo(damage.line())
    if not damages:
        click.echo("no damaged files")
    elif not repair_:
        raise click.ClickException(f"{len(damages)} damaged files: --repair rebuilds them")
    else:
        options = {"task_runner": "default", "dask_address": None, "verbose": False}
        _run_flow("reextract", {"data_dir": data_dir}, silent=silent, **options)


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
