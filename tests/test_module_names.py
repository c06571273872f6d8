"""No module of the service binds one top-level name twice.

Two word lists under one name once replaced each other silently: the later list won, and the
rule that read the earlier one kept its test green only because the test's word was in both.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(p for package in ("kg", "index", "web") for p in (ROOT / package).rglob("*.py"))


def _bound_twice(source: str) -> list[str]:
    """The top-level names that more than one assignment, function or class binds."""
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            if name in seen and name != "__all__":
                twice.append(name)
            seen.add(name)
    return twice


def test_the_check_finds_a_name_bound_twice():
    assert _bound_twice("A = 1\nB = 2\nA = 3\n") == ["A"]
    assert _bound_twice("def f():\n    pass\n\n\nf = 2\n") == ["f"]
    assert _bound_twice("A = 1\nif A:\n    A = 2\n") == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path):
    assert not _bound_twice(path.read_text(encoding="utf-8"))


# the sub-packages whose __init__ docstring lists their modules, as docs/ARCHITECTURE.md does
LISTED_PACKAGES = ("finders", "kinds", "merging", "references", "words")


@pytest.mark.parametrize("package", LISTED_PACKAGES)
def test_every_module_is_listed_in_its_package_and_in_the_architecture(package):
    folder = ROOT / "kg" / package
    listing = (folder / "__init__.py").read_text(encoding="utf-8")
    architecture = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    modules = sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__")
    assert modules, package
    assert [m for m in modules if f"``{m}``" not in listing] == []
    assert [m for m in modules if f"`{m}`" not in architecture] == []


def _module_map_rows() -> list[tuple[list[str], str]]:
    """Each row of the architecture's module map: the paths of its first cell, and its text."""
    architecture = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    table = architecture.split("## Module map", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in table.splitlines():
        cells = line.split("|")
        if line.startswith("| `") and len(cells) > 2:
            rows.append((re.findall(r"`([^`]+)`", cells[1]), "|".join(cells[2:])))
    return rows


def test_every_module_has_a_row_in_the_architecture():
    """Each module of kg/, index/ and web/ is a row of its own, or named in its package's row
    (the five sub-packages above are checked against their listings instead)."""
    rows = _module_map_rows()
    listed = {path for paths, _ in rows for path in paths}
    missing = []
    for path in MODULES:
        relative = path.relative_to(ROOT).as_posix()
        package = relative.rsplit("/", 1)[0] + "/"
        if relative in listed or path.parent.name in LISTED_PACKAGES:
            continue
        if path.stem == "__init__" and package in listed:
            continue
        texts = [text for paths, text in rows if package in paths]
        if not any(f"`{path.stem}`" in text for text in texts):
            missing.append(relative)
    assert missing == []


def test_every_benchmark_script_and_helper_is_in_the_architecture():
    rows = _module_map_rows()
    listed = {path for paths, _ in rows for path in paths}
    scripts = sorted((ROOT / "benchmarks").glob("*.py"))
    assert scripts
    missing = [p.name for p in scripts if f"benchmarks/{p.name}" not in listed
               and not any(f"`{p.stem}`" in text for _, text in rows)]
    assert missing == []


def test_every_module_the_architecture_lists_exists():
    paths = [path for paths, _ in _module_map_rows() for path in paths]
    assert len(paths) > 60
    assert [p for p in paths if not (ROOT / p).exists()] == []


def test_every_error_class_is_in_the_architecture_row_of_kg_errors():
    """(read20) fuzz20 added ``ConfigError`` to kg/errors.py, whose row lists the tree."""
    tree = ast.parse((ROOT / "kg" / "errors.py").read_text(encoding="utf-8"))
    classes = [node.name for node in tree.body if isinstance(node, ast.ClassDef)]
    assert "KGError" in classes and len(classes) > 5
    row = next(text for paths, text in _module_map_rows() if paths == ["kg/errors.py"])
    assert [name for name in classes if f"`{name}`" not in row] == []
