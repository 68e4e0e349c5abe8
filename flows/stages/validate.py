"""Validate curated table rows with Great Expectations before they are published.

Each table has an expectation suite kept as data in `schemas/suites/<table>.json`. Rows are
validated through one Checkpoint per table with `result_format` COMPLETE, so every failing row is
known by index together with the names (`meta.name`) of the expectations it failed. Checks that
span a race ("positions contiguous from 1", "gaps non-decreasing") are computed per race first, as
columns true or false on every row of the race, so their failure is the whole race's.

Results are kept per run under `DATA_DIR/validation/results/` and rendered as Data Docs (HTML)
in `DATA_DIR/validation/docs/index.html`, made readable offline (flows/stages/data_docs.py). Both
need a local data dir: on object storage the results are kept in memory for the run only (the
quarantine table still records every failure).
`great_expectations` is imported lazily: it costs more than a second to import.
"""

from __future__ import annotations

import functools
import json
import logging
import threading
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

from fsspec.implementations.local import LocalFileSystem

from curation.race_checks import DERIVED_CHECKS
from extractors.records import Method, Status
from extractors.sections import Session
from flows.stages.data_docs import make_offline
from flows.stores.storage import Zone
from schemas.tables import TABLES

if TYPE_CHECKING:
    import pandas as pd

logger = logging.getLogger(__name__)

SUITES_DIR = Path(__file__).resolve().parents[2] / "schemas" / "suites"
VALIDATION_DIR = "validation"
ROW_ID = "_row"
"""Column added to every validated frame: GX reports failing rows by it."""

_GX_LOCK = threading.Lock()


class SuiteError(RuntimeError):
    """An expectation suite could not be evaluated (unknown column, malformed expectation)."""


@dataclass(frozen=True)
class TableValidation:
    """Outcome of validating one table's rows: the failing rows and what each failed."""

    table: str
    rows: int
    failures: dict[int, tuple[str, ...]]
    """Index of a failing row in the validated rows -> names of the expectations it failed."""

    @property
    def success(self) -> bool:
        return not self.failures


def load_suite(table: str) -> dict[str, Any]:
    """The expectation suite of a table, as kept in `schemas/suites/<table>.json`."""
    return json.loads((SUITES_DIR / f"{table}.json").read_text(encoding="utf-8"))


def expectation_parameters() -> dict[str, Any]:
    """Values the suites take at run time (`$PARAMETER`), so they have one source each."""
    import pycountry

    return {
        "iso_alpha3": sorted(country.alpha_3 for country in pycountry.countries),
        "statuses": list(get_args(Status)),
        "methods": list(get_args(Method)),
        "sessions": list(get_args(Session)),
        "max_season": datetime.now(UTC).year + 1,
    }


def _frame(table: str, rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    import pandas as pd

    records = [dict(row) for row in rows]
    columns = list(TABLES[table].column_names)
    if table in DERIVED_CHECKS:
        checks = DERIVED_CHECKS[table](rows)
        for record, check in zip(records, checks, strict=True):
            record.update(check)
        columns += list(checks[0]) if checks else []
    frame = pd.DataFrame.from_records(records, columns=columns)
    frame[ROW_ID] = range(len(frame))
    return frame


def _validation_root(data_dir: str) -> str | None:
    zone = Zone.at(data_dir)
    return zone.path(VALIDATION_DIR) if isinstance(zone.fs, LocalFileSystem) else None


@functools.cache
def _context(root: str | None) -> Any:
    """One ephemeral GX context per validation folder (None: in memory), with a pandas
    datasource and one Checkpoint per table; suites come from `schemas/suites/`."""
    import great_expectations as gx
    from great_expectations.core.expectation_suite import ExpectationSuite
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    stores = InMemoryStoreBackendDefaults()
    if root is not None:
        stores.stores[stores.validation_results_store_name]["store_backend"] = {
            "class_name": "TupleFilesystemStoreBackend",
            "base_directory": f"{root}/results",
        }
        stores.data_docs_sites = {
            "local_site": {
                "class_name": "SiteBuilder",
                "show_how_to_buttons": False,
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": f"{root}/docs",
                },
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            }
        }
    config = DataContextConfig(
        store_backend_defaults=stores,
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False),
    )
    context = gx.get_context(project_config=config, mode="ephemeral")
    source = context.data_sources.add_pandas("curated")
    for table in sorted(path.stem for path in SUITES_DIR.glob("*.json")):
        batch = source.add_dataframe_asset(table).add_batch_definition_whole_dataframe(table)
        suite = context.suites.add(ExpectationSuite(**load_suite(table)))
        definition = context.validation_definitions.add(
            gx.ValidationDefinition(name=table, data=batch, suite=suite)
        )
        context.checkpoints.add(
            gx.Checkpoint(
                name=table,
                validation_definitions=[definition],
                result_format={
                    "result_format": "COMPLETE",
                    "unexpected_index_column_names": [ROW_ID],
                },
            )
        )
    return context


def _expectation_name(config: Any) -> str:
    column = config.kwargs.get("column") or ",".join(config.kwargs.get("column_list", []))
    return config.meta.get("name") if config.meta else f"{config.type}({column})"


def _failing_rows(table: str, rows: int, result: Any) -> dict[int, list[str]]:
    failures: dict[int, list[str]] = defaultdict(list)
    for outcome in result.results:
        name = _expectation_name(outcome.expectation_config)
        if outcome.exception_info and outcome.exception_info.get("raised_exception"):
            message = outcome.exception_info.get("exception_message")
            raise SuiteError(f"{table}: expectation {name} could not run: {message}")
        if outcome.success:
            continue
        unexpected = outcome.result.get("unexpected_index_list")
        # an expectation about the whole table (not row by row) fails every row
        indices = range(rows) if unexpected is None else (int(u[ROW_ID]) for u in unexpected)
        for index in indices:
            failures[index].append(name)
    return failures


class Validator:
    """Validates the rows of curated tables for one data dir, keeping results per run."""

    def __init__(self, data_dir: str) -> None:
        self.root = _validation_root(data_dir)
        self._results: list[Any] = []

    def validate(self, table: str, rows: Sequence[dict[str, Any]], run_id: str) -> TableValidation:
        """Validate one table's rows with its suite; results are stored under the run id."""
        if not rows:
            return TableValidation(table, 0, {})
        from great_expectations.core.run_identifier import RunIdentifier

        frame = _frame(table, rows)
        with _GX_LOCK:
            context = _context(self.root)
            checkpoint = context.checkpoints.get(table)
            outcome = checkpoint.run(
                batch_parameters={"dataframe": frame},
                expectation_parameters=expectation_parameters(),
                run_id=RunIdentifier(run_name=run_id, run_time=datetime.now(UTC)),
            )
        self._results += list(outcome.run_results)
        failures: dict[int, list[str]] = defaultdict(list)
        for result in outcome.run_results.values():
            for index, names in _failing_rows(table, len(rows), result).items():
                failures[index] += names
        logger.info("validated %s: %d rows, %d failing", table, len(rows), len(failures))
        return TableValidation(
            table, len(rows), {i: tuple(sorted(set(n))) for i, n in sorted(failures.items())}
        )

    def build_docs(self) -> str | None:
        """Render Data Docs for the results of this validator's runs; the index page's path."""
        if self.root is None or not self._results:
            return None
        from great_expectations.data_context.types.resource_identifiers import (
            ExpectationSuiteIdentifier,
        )

        started = time.time()
        with _GX_LOCK:
            context = _context(self.root)
            suites = [ExpectationSuiteIdentifier(name=suite.name) for suite in context.suites.all()]
            context.build_data_docs(resource_identifiers=[*self._results, *suites])
            written = [
                page
                for page in Path(self.root, "docs").rglob("*.html")
                if page.stat().st_mtime >= started - 1
            ]
            make_offline(written)
        return f"{self.root}/docs/index.html"
