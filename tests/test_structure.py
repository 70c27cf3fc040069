"""The shape of the code: every module imports, no import cycles, small modules, stages as packages."""

from __future__ import annotations

import ast
import importlib
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGES = ("generator", "schemas")
MAX_LINES = 400
ROOT_MODULES = 8


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            parts = path.relative_to(REPO).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


MODULES = _modules()


def test_every_module_imports():
    """One test for all modules (a test each would be a hundred tests that can only fail the same way)."""
    failures = {}
    for name in sorted(set(MODULES) - {"generator.__main__"}):
        try:
            importlib.import_module(name)
        except Exception as error:  # every module that fails is named, not only the first
            failures[name] = f"{type(error).__name__}: {error}"
    assert not failures, failures


def _imports(name: str, path: Path, lazy: bool = False) -> set[str]:
    """Modules of ours that ``name`` imports when it is loaded (top level), or, with ``lazy``, anywhere in it
    (inside functions and ``if TYPE_CHECKING`` too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree) if lazy else tree.body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return {m for m in found if m in MODULES and m != name}


def _with_packages(name: str, dependencies: set[str]) -> set[str]:
    """Importing ``a.b.c`` runs ``a/__init__`` and ``a/b/__init__`` first; one's own packages are already loading."""
    found = set(dependencies)
    for dependency in dependencies:
        parts = dependency.split(".")
        found.update(".".join(parts[:size]) for size in range(1, len(parts)))
    return {m for m in found if m in MODULES and m != name and not name.startswith(m + ".")}


def _package(name: str) -> str:
    """The stage a module belongs to: ``generator.build.usecase`` → ``generator.build``."""
    parts = name.split(".")
    return ".".join(parts[:2]) if parts[0] == "generator" and len(parts) > 1 else parts[0]


def test_no_import_cycles():
    graph = {name: _with_packages(name, _imports(name, path)) for name, path in MODULES.items()}
    _acyclic(graph)


def test_no_cycles_between_packages_counting_every_import():
    """Imports inside functions too: a lazy import still makes two packages depend on each other."""
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        targets = {_package(m) for m in _imports(name, path, lazy=True)} - {_package(name)}
        graph.setdefault(_package(name), set()).update(targets - {"generator"})
    _acyclic(graph)


LAYERS = (
    ("schemas",),
    ("generator.messages", "generator.project", "generator.parallel", "generator.russian", "generator.catalogs"),
    (
        "generator.errors",
        "generator.confined",
        "generator.docx",
        "generator.pdf",
        "generator.coherence",
        "generator.scales",
    ),
    ("generator.lint", "generator.sources"),
    ("generator.monitoring",),
    ("generator.evaluation",),  # the self-assessment takes the monitoring year's documents as evidence
    ("generator.documents", "generator.report"),
    ("generator.build", "generator.importer"),
    ("generator.review", "generator.collection"),
    ("generator.web",),
    ("generator.cli",),
    ("generator.__main__",),
)
"""Packages from the bottom up: each imports only packages of layers below its own (so a document's body never
borrows from the CLI's report, nor one face from the other)."""
NOT_YET_DOWN = {("generator.sources", "generator.lint")}
"""``check`` runs two of the lint's text rules on the sources (consistency.py): to go when those rules move
to a module below both."""


def test_layers_point_down():
    rank = {package: level for level, packages in enumerate(LAYERS) for package in packages}
    upward = set()
    for name, path in MODULES.items():
        for imported in {_package(m) for m in _imports(name, path, lazy=True)} - {_package(name), "generator"}:
            if rank[imported] >= rank[_package(name)] and (_package(name), imported) not in NOT_YET_DOWN:
                upward.add(f"{name} imports {imported}")
    assert not upward, sorted(upward)


def _acyclic(graph: dict[str, set[str]]) -> None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        stack.append(name)
        for dependency in sorted(graph[name]):
            if state.get(dependency) == 1:
                cycle = stack[stack.index(dependency) :] + [dependency]
                pytest.fail("import cycle: " + " → ".join(cycle))
            if dependency not in state:
                visit(dependency)
        stack.pop()
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)


def test_modules_are_small():
    long = {
        path.relative_to(REPO).as_posix(): count
        for path in MODULES.values()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, long


def test_the_stages_are_packages():
    root = {p.relative_to(REPO).as_posix() for p in (REPO / "generator").glob("*.py")}
    assert len(root) <= ROOT_MODULES, sorted(root)
    for package in (
        "sources",
        "build",
        "documents",
        "russian",
        "docx",
        "review",
        "evaluation",
        "importer",
        "lint",
        "cli",
        "web",
        "monitoring",
        "collection",
    ):
        assert (REPO / "generator" / package / "__init__.py").is_file()


def _third_party_imports() -> dict[str, str]:
    """Top-level names of the libraries msoko's own code imports (anywhere), with one module that does."""
    found: dict[str, str] = {}
    for name, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            else:
                continue
            for top in (n.partition(".")[0] for n in names):
                if top not in sys.stdlib_module_names and top not in PACKAGES:
                    found.setdefault(top, name)
    return found


def _normalised(distribution: str) -> str:
    return re.sub(r"[-_.]+", "-", distribution).lower()


OUTSIDE_PYPI = {("uno", "generator.docx.converter_server"), ("com", "generator.docx.converter_server")}
"""LibreOffice's UNO bridge (Debian's python3-uno, installed by .ci/run), imported by the kept LibreOffice's server
alone, which runs on the Python that has it, not msoko's."""


def test_every_library_the_code_imports_is_a_runtime_dependency():
    """A library imported at run time must be in ``[project] dependencies``, not only in the test extra
    (python-docx is read by the tests alone; docxtpl brings it for its own use)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {
        _normalised(re.split(r"[<>=\[ ;]", requirement, maxsplit=1)[0]) for requirement in project["dependencies"]
    }
    providers = packages_distributions()
    undeclared = {
        top: module
        for top, module in _third_party_imports().items()
        if not declared & {_normalised(d) for d in providers.get(top, [top])} and (top, module) not in OUTSIDE_PYPI
    }
    assert not undeclared, f"imported by msoko but not a runtime dependency in pyproject.toml: {undeclared}"


def test_rendering_lays_out_the_scores_the_planner_computed():
    """No document body runs the self-assessment: the planner computes it once and hands it on."""
    calls = [
        f"{name}:{node.lineno}"
        for name, path in MODULES.items()
        if name.startswith("generator.documents")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and "evaluate" in (getattr(node.func, "id", None), getattr(node.func, "attr", None))
    ]
    assert not calls, calls
