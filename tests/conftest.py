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

    from flows.orchestration.settings import pipeline_settings

    with pipeline_settings(), prefect_test_harness():
        yield


def pytest_addoption(parser):
    parser.addoption(
        "--screenshots",
        metavar="DIR",
        help="Save the browser tests' screenshots into DIR (docs/ holds the ones the docs show).",
    )


@pytest.fixture
def screenshots_dir(request, tmp_path) -> Path:
    """Where the browser tests save their screenshots: --screenshots DIR, else a temporary dir."""
    folder = request.config.getoption("--screenshots")
    path = Path(folder) if folder else tmp_path
    path.mkdir(parents=True, exist_ok=True)
    return path
