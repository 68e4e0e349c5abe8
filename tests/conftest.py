"""Fixtures shared by the whole suite."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The two real seed articles, kept beside the project in `../shared/seeds/`."""
    path = ROOT.parent / "shared" / "seeds"
    if not path.is_dir():
        pytest.skip("../shared/seeds is not beside the project")
    return path


@pytest.fixture(scope="session")
def prefect_api():
    """One temporary Prefect API (SQLite) shared by every test that runs a flow: starting it costs
    seconds, so the session starts it once; flows run under the pipeline's Prefect defaults."""
    from prefect.testing.utilities import prefect_test_harness

    from flows.settings import pipeline_settings

    with pipeline_settings(), prefect_test_harness():
        yield
