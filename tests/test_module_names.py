"""No module of the service binds one top-level name twice.

Two word lists under one name once replaced each other silently: the later list won, and the
rule that read the earlier one kept its test green only because the test's word was in both.
"""

from __future__ import annotations

import ast
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
