"""The project's import graph, read from the source: no import circles anywhere (imports under
`TYPE_CHECKING` and inside functions count), and the rooms of flows/ import only downward:
interfaces -> orchestration -> stages -> stores."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Collection, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("flows", "extractors", "schemas", "curation", "raceresults", "bench", "eval")
# flows' subpackages from the bottom up: each may import its own room and the rooms below it
FLOWS_LAYERS = ("stores", "stages", "orchestration", "interfaces")


def module_files() -> dict[str, Path]:
    """Every module of the project's packages by dotted name (a package by its __init__)."""
    modules: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def imported_names(module: str, path: Path, known: Collection[str]) -> Iterator[str]:
    """The project modules one module imports, anywhere in its source: `from package import
    submodule` names the submodule, `from module import name` the module; relative ones resolved."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = module.split(".")
                anchor = parts[: len(parts) - node.level + is_package]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                name = f"{base}.{alias.name}"
                if name in known:
                    yield name
                elif base in known:
                    yield base


def import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports (a name that is no module maps to its module)."""
    modules = module_files()
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        graph[module] = set(imported_names(module, path, modules)) - {module}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def flows_layer(module: str) -> str | None:
    """The room of flows/ a module lives in (None for flows' own __init__)."""
    parts = module.split(".")
    return parts[1] if parts[0] == "flows" and len(parts) > 1 else None


def test_the_graph_sees_imports_inside_functions_and_under_type_checking(tmp_path):
    source = tmp_path / "mod.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from extractors.records import Race\n"
        "def f():\n    from flows.stores import raw\n"
    )
    known = {"extractors.records", "flows.stores", "flows.stores.raw"}
    names = set(imported_names("bench.mod", source, known))
    assert names == {"extractors.records", "flows.stores.raw"}


def test_relative_imports_are_resolved_against_the_importing_module(tmp_path):
    source = tmp_path / "mod.py"
    source.write_text("from . import pages\nfrom .corpus import Article\n")
    known = {"bench", "bench.pages", "bench.corpus"}
    assert set(imported_names("bench.mod", source, known)) == {"bench.pages", "bench.corpus"}


def test_cycles_finds_a_circle_and_ignores_a_chain():
    assert cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_the_project_has_no_import_circles():
    assert cycles(import_graph()) == []


def test_every_flows_module_lives_in_one_of_the_four_rooms():
    modules = [m for m in import_graph() if m.split(".")[0] == "flows" and m != "flows"]
    outside = [m for m in modules if flows_layer(m) not in FLOWS_LAYERS]
    assert outside == []


def test_flows_rooms_import_only_downward():
    upward = [
        f"{module} -> {target}"
        for module, targets in import_graph().items()
        if (layer := flows_layer(module)) in FLOWS_LAYERS
        for target in sorted(targets)
        if (other := flows_layer(target)) in FLOWS_LAYERS
        and FLOWS_LAYERS.index(other) > FLOWS_LAYERS.index(layer)
    ]
    assert upward == []


def test_pure_packages_never_import_flows():
    impure = [
        f"{module} -> {target}"
        for module, targets in import_graph().items()
        if module.split(".")[0] in ("extractors", "schemas", "curation")
        for target in sorted(targets)
        if target.split(".")[0] == "flows"
    ]
    assert impure == []


def test_extraction_workers_leave_the_table_libraries_unloaded() -> None:
    """Each extraction worker process is spawned and imports afresh the module of the function it
    runs; that module must not pull in the table and validation libraries (pyarrow and pandas
    alone add ~90 MB to every worker, which the bench's peak RSS counts)."""
    from flows.orchestration.pipeline import extract_pages

    heavy = ("pyarrow", "pandas", "great_expectations", "duckdb")
    module = extract_pages.__module__
    code = f"import sys, {module}; print(sorted(set({heavy!r}) & set(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
