"""The `raceresults` command: a thin layer over the library; a user error is one line and exit 1."""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import click

ENVIRONMENT_HELP = """\b
Environment variables:
  RACERESULTS_DATA_DIR              the data dir when --data-dir is not given (default: .)
  RACERESULTS_QUARANTINE_THRESHOLD  the default of --quarantine-threshold (0.0)
  RACERESULTS_CONTACT               the default of --contact (an e-mail or URL for the User-Agent)
  PREFECT_API_URL                   a Prefect server to run against (default: a temporary one)
  PREFECT_HOME                      Prefect's folder: its database, the serve command's log
"""


class _Group(click.Group):
    """A command group listing each command with its whole one-line summary, never cut off."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                summary = (command.help or "").split("\n\n")[0]
                rows.append((name, " ".join(summary.split())))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=ENVIRONMENT_HELP,
)
@click.version_option(package_name="raceresults")
def main() -> None:
    """Turn race reports into clean, validated, analysis-ready tables.

    \b
    Start with:
      raceresults ingest --sources samples/sources.toml
      raceresults status
      raceresults sql "SELECT * FROM results LIMIT 5"
    """


# what every command that fetches names in its User-Agent
contact_option = click.option(
    "--contact",
    envvar="RACERESULTS_CONTACT",
    show_envvar=True,
    default="",
    help="An e-mail or URL the User-Agent names, so sites can reach you.",
)


# -- one article: PATH_OR_URL -> extraction on stdout -------------------------------------------


@main.command()
@click.argument("path_or_url")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "table", "html"]),
    default="json",
    show_default=True,
    help="JSON (the documented contract), readable tables, or an evidence page (HTML: the text "
    "with every fact marked, readable offline).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=120.0,
    show_default=True,
    help="Seconds a URL's whole answer may take, however slowly the server sends it.",
)
@contact_option
def extract(path_or_url: str, output_format: str, timeout: float, contact: str) -> None:
    """Extract results and standings from one article (.html, .htm, .txt, or a URL).

    Prints the races, result rows, standings, penalties and margins the article states, each
    with its evidence; a folder of articles is read by `raceresults ingest --source FOLDER`.

    \b
    Examples:
      raceresults extract samples/articles/nations-cup-world-final.html --format table
      raceresults extract https://example.org/news/round-3-report > round-3.json
    """
    from extractors.article import extract_document
    from extractors.html import NoArticleError
    from extractors.narrative.extract import ProseTooLongError
    from flows.interfaces.article_reader import LoadError
    from flows.interfaces.evidence import evidence_page
    from flows.interfaces.render import render_extraction
    from raceresults.articles import read_article

    try:
        location = Path(path_or_url) if "://" not in path_or_url else path_or_url
        doc = read_article(location, timeout_s=timeout, contact=contact)
        extraction = extract_document(doc)
    except LoadError as exc:
        raise click.ClickException(str(exc)) from exc
    except (NoArticleError, ProseTooLongError) as exc:
        raise click.ClickException(f"{path_or_url}: {exc}") from exc
    if output_format == "table":
        click.echo(render_extraction(extraction))
    elif output_format == "html":
        click.echo(evidence_page(extraction, doc.text), nl=False)
    else:
        click.echo(json.dumps(extraction.model_dump(mode="json"), indent=2, ensure_ascii=False))


# -- runs: the Prefect flows of flows/orchestration/pipeline.py ----------------------------------

data_dir_option = click.option(
    "--data-dir",
    default=".",
    show_default=True,
    envvar="RACERESULTS_DATA_DIR",
    show_envvar=True,
    help="Folder (or fsspec URL: s3://bucket/prefix) holding raw/, extracted/ and curated/.",
)
silent_option = click.option("--silent", is_flag=True, help="No progress bar.")


def _options(*options: Callable) -> Callable:
    """Several click options applied as one decorator, declared once for several commands."""

    def apply(command: Callable) -> Callable:
        for option in reversed(options):
            command = option(command)
        return command

    return apply


fetch_options = _options(
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
    click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=120.0,
        show_default=True,
        help="Seconds one request's whole answer may take, however slowly the server sends it.",
    ),
    contact_option,
)
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
    fetch_options,
)
quarantine_option = click.option(
    "--quarantine-threshold",
    type=click.FloatRange(0, 1),
    envvar="RACERESULTS_QUARANTINE_THRESHOLD",
    show_envvar=True,
    help="Share of a race's result rows that may fail validation while the rest of the race "
    "is published; above it the whole race goes to quarantine.  [default: 0.0]",
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
    quarantine_option,
)


def _checked_data_dir(data_dir: str) -> str:
    """`data_dir` when it holds raceresults data, else one line and exit 1."""
    from raceresults.data_dir import DataDirError, require_data

    try:
        require_data(data_dir)
    except DataDirError as exc:
        raise click.ClickException(str(exc)) from None
    return data_dir


class _Bar:
    """A rich progress bar per step of a run, on stderr: each step stays on its own line with its
    count and elapsed time, and the bar of the step under way moves."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        columns = ("{task.description:<12}", BarColumn(), MofNCompleteColumn())
        self._progress = Progress(*columns, TimeElapsedColumn(), console=Console(stderr=True))
        self._task = None

    def start(self, label: str, total: int) -> None:
        if self._task is None:
            self._progress.start()
        else:
            self._progress.stop_task(self._task)
        self._task = self._progress.add_task(label, total=max(total, 1))

    def advance(self, steps: int = 1) -> None:
        if self._task is not None:
            self._progress.advance(self._task, steps)

    def close(self) -> None:
        if self._task is not None:
            self._progress.stop()
            self._task = None


def _sources(sources_file: Path | None, source_args: tuple[str, ...]) -> list[str]:
    """The flows' `sources` parameter, checked here so a bad sources file fails in one line."""
    from flows.stages.sources import SourcesError, load_sources, source_from_arg

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
    """Run one of the pipeline's flows through the library (raceresults.running), with a
    progress bar on a terminal, then its summary; exit 1 when the run failed."""
    import logging

    from flows.interfaces.status import format_summary
    from flows.orchestration.pipeline import make_task_runner
    from flows.orchestration.settings import set_console_level
    from raceresults.running import RunFailed, run_flow

    try:
        runner = make_task_runner(task_runner, dask_address)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    set_console_level(logging.INFO if verbose else logging.CRITICAL)
    # progress lines only for a person watching: not in cron mail, CI logs or a pipe
    bar = None if silent or not sys.stderr.isatty() else _Bar()
    failed = False
    # SIGTERM ends the run as Ctrl-C does: its record says so and Prefect's server is stopped
    # (a handler can be set from the main thread only: a run started on another has none)
    own_signals = threading.current_thread() is threading.main_thread()
    sigterm = signal.signal(signal.SIGTERM, _terminated) if own_signals else None
    try:
        record = run_flow(name, parameters, task_runner=runner, progress=bar)
    except RunFailed as exc:
        record, failed = exc.record, True
    except KeyboardInterrupt:
        if bar is not None:
            bar.close()
        click.echo("Interrupted: what was done is kept; the same command resumes.", err=True)
        raise SystemExit(130) from None
    finally:
        if own_signals:
            signal.signal(signal.SIGTERM, sigterm)
        if bar is not None:
            bar.close()
    click.echo(format_summary(record))
    if record.counts.rows_quarantined:
        from flows.interfaces.held_back import format_held, held_groups

        click.echo("held back in quarantine:")
        click.echo(format_held(held_groups(parameters["data_dir"]), record.run_id))
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
    timeout: float,
    contact: str,
    data_dir: str,
    batch_size: int | None,
    task_runner: str,
    dask_address: str | None,
    silent: bool,
    verbose: bool,
    quarantine_threshold: float | None,
) -> None:
    """Ingest what is new: discover, fetch politely, extract, validate and publish (the
    nightly-ingest flow).

    Pages seen before are asked for conditionally; the data dir is created when missing. Ends
    with a summary; exit 1 when a source could not be read or every page failed.

    \b
    Examples:
      raceresults ingest --sources samples/sources.toml
      raceresults ingest --source https://example.org/feed.xml --data-dir data --silent
      raceresults ingest --source reports/ --source notes/round-3.txt
    """
    parameters = {"sources": _sources(sources_file, source_args), "data_dir": data_dir}
    parameters |= {"delay_s": delay, "retries": retries, "batch_size": batch_size}
    parameters |= {"timeout_s": timeout, "quarantine_threshold": quarantine_threshold}
    parameters |= {"contact": contact}
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
    timeout: float,
    contact: str,
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
    quarantine_threshold: float | None,
) -> None:
    """Backfill whole seasons or a date range; stop it any time, run it again to resume.

    Links dated outside the seasons or range are left out, undated ones are fetched; pages the
    raw zone holds are not requested again unless --refetch. The data dir is created when
    missing.

    \b
    Examples:
      raceresults backfill --sources site.toml --season 2024
      raceresults backfill --source https://example.org/sitemap.xml --since 2024-03-01
    """
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
        "timeout_s": timeout,
        "batch_size": batch_size,
        "quarantine_threshold": quarantine_threshold,
        "contact": contact,
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
    quarantine_threshold: float | None,
) -> None:
    """Rebuild the extractions and the tables from the raw zone alone, without the network.

    Pages this extractor version has not extracted yet are extracted and published (every page
    with --force); the data dir must hold a raw zone from an earlier ingest.

    \b
    Examples:
      raceresults reextract
      raceresults reextract --data-dir data --force --silent
    """
    _run_flow(
        "reextract",
        {
            "data_dir": _checked_data_dir(data_dir),
            "force": force,
            "extractor_version": extractor_version,
            "batch_size": batch_size,
            "quarantine_threshold": quarantine_threshold,
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
@fetch_options
@quarantine_option
@task_runner_options
def serve(
    cron: str | None,
    timezone: str | None,
    sources_file: Path,
    data_dir: str,
    delay: float,
    retries: int,
    timeout: float,
    contact: str,
    quarantine_threshold: float | None,
    task_runner: str,
    dask_address: str | None,
) -> None:
    """Serve the nightly deployment on its schedule, and backfill and reextract on demand,
    until stopped.

    Runs against PREFECT_API_URL, else a Prefect server (API, UI and scheduler) started for
    this process; prints the API's URL, and the UI's deployments page.

    \b
    Examples:
      raceresults serve --sources site.toml --data-dir data --cron "30 3 * * *"
      .venv/bin/prefect deployment run backfill/backfill --param seasons='[2024]'
    """
    from prefect.exceptions import TerminationSignal

    from flows.orchestration.pipeline import make_task_runner
    from flows.orchestration.serve import (
        ServeError,
        build_deployments,
        prefect_api,
        serve_forever,
        start_message,
        stopping_on_sigterm,
    )

    (sources,) = _sources(sources_file.resolve(), ())
    if "://" not in data_dir:  # runs start in subprocesses: give them a path that cannot move
        data_dir = str(Path(data_dir).resolve())
    schedule = {k: v for k, v in {"cron": cron, "timezone": timezone}.items() if v}
    try:
        runner = make_task_runner(task_runner, dask_address)
        run_parameters = {"delay_s": delay, "retries": retries, "timeout_s": timeout}
        run_parameters["contact"] = contact
        if quarantine_threshold is not None:
            run_parameters["quarantine_threshold"] = quarantine_threshold
        deployments = build_deployments(
            sources, data_dir, task_runner=runner, run_parameters=run_parameters, **schedule
        )
        with stopping_on_sigterm(), prefect_api() as api:
            click.echo(f"Prefect API: {api.url}")
            click.echo(f"Prefect UI: {api.ui_url}/deployments")
            if api.server_log:
                log, home = api.server_log, Path.home()
                shown = f"~/{log.relative_to(home)}" if log.is_relative_to(home) else log
                click.echo(f"(a local Prefect server, logging to {shown})")
            click.echo(start_message(deployments, api.url))
            serve_forever(deployments)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    except ServeError as exc:
        raise click.ClickException(str(exc)) from None
    except TerminationSignal:
        click.echo("Stopped (SIGTERM).", err=True)


@main.command()
@data_dir_option
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
def status(data_dir: str, limit: int) -> None:
    """Show the last runs, the rows of each curated table per season, and what the quarantine
    holds back (one line per race, with the reasons).

    \b
    Examples:
      raceresults status
      raceresults status --data-dir s3://bucket/raceresults --limit 3
    """
    from flows.interfaces.held_back import format_held, held_groups
    from flows.interfaces.status import format_runs, format_season_rows, season_rows
    from flows.stores.runs import last_runs
    from flows.stores.verify import damaged_curated

    _checked_data_dir(data_dir)
    click.echo("Last runs (newest first)")
    click.echo(format_runs(last_runs(data_dir, limit)))
    click.echo("\nCurated tables: rows per season")
    damages = damaged_curated(data_dir)
    if damages:
        click.echo("damaged (raceresults verify --repair rebuilds them):")
        click.echo("\n".join(f"  {damage.path}: {damage.reason}" for damage in damages))
        return
    click.echo(format_season_rows(season_rows(data_dir)))
    click.echo("\nHeld back in quarantine")
    click.echo(format_held(held_groups(data_dir)))


@main.command()
@data_dir_option
@click.option("--run", "run_id", metavar="ID", help="Review one run (its id or a prefix of it).")
@click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the site into.  [default: DATA_DIR/review]",
)
def review(data_dir: str, run_id: str | None, output: Path | None) -> None:
    """Build a static site (readable offline) to review a data dir: the last runs, an evidence
    page per article, the quarantine in words beside the marked text, conflicts, curated rows.

    \b
    Examples:
      raceresults review
      raceresults review --data-dir data --run 2026-12-06 --output /tmp/review
    """
    from flows.interfaces.review import ReviewError, build_site

    try:
        site = build_site(_checked_data_dir(data_dir), output, run_id)
    except ReviewError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{site.articles} articles, {site.held} held back: open {site.index}")


@main.command()
@click.option("--repair", "repair_", is_flag=True, help="Rebuild what is damaged (a reextract).")
@data_dir_option
@silent_option
def verify(repair_: bool, data_dir: str, silent: bool) -> None:
    """Check every extraction and curated file against the commit record: one line per damaged
    file and exit 1; with --repair, rebuild them from the raw zone (the reextract flow)."""
    from flows.stores.verify import check

    damages = check(_checked_data_dir(data_dir))
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
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the result to this file (whole or not at all) instead of the terminal.",
)
def sql(statement: str, data_dir: str, output_format: str, output: Path | None) -> None:
    """Read the curated tables with one SQL statement (SELECT, WITH, DESCRIBE, SHOW, EXPLAIN)
    over a view per table (results, races, drivers, ...); nothing else is readable.

    DuckDB SQL; every table of schemas/TABLES.md is a view, `season` included.

    \b
    Examples:
      raceresults sql "SELECT * FROM results LIMIT 5"
      raceresults sql "SELECT race_name, track, date FROM races WHERE season = 2025" --format csv
      raceresults sql "SELECT * FROM standings" --format csv --output standings.csv
    """
    from flows.interfaces.query import QueryError, format_result
    from raceresults.reading import sql as run_sql

    try:
        columns, rows = run_sql(statement, _checked_data_dir(data_dir))
    except QueryError as exc:
        raise click.ClickException(str(exc)) from None
    text = format_result(columns, rows, output_format)
    if output is None:
        click.echo(text)
        return
    aside = output.with_name(f".{output.name}.tmp")
    try:
        aside.write_text(text + "\n", encoding="utf-8")
        aside.replace(output)
    except OSError as exc:
        aside.unlink(missing_ok=True)
        raise click.ClickException(f"{output}: {exc.strerror or exc}") from None
    click.echo(f"{len(rows)} rows written to {output}", err=True)
