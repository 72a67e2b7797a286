"""The layout rules of the code map, checked: small modules and classes, each saying what it is
for, and layers that import only downward."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pipeline import PACKAGE_DIR

MAX_MODULE_LINES = 400
MAX_CLASS_LINES = 150
MODULES = sorted(PACKAGE_DIR.rglob("*.py"))
# Layers a module may not import from (pure text/nlp/trail logic knows nothing of storage or
# Dagster; stages know nothing of Dagster).
FORBIDDEN = {
    "text": ("pipeline.stages", "pipeline.store", "pipeline.defs", "dagster", "duckdb"),
    "nlp": ("pipeline.stages", "pipeline.store", "pipeline.defs", "dagster", "duckdb"),
    "trail": ("pipeline.stages", "pipeline.store", "pipeline.defs", "dagster", "duckdb"),
    "models": ("pipeline.stages", "pipeline.store", "pipeline.defs", "dagster"),
    "store": ("pipeline.stages", "pipeline.defs", "dagster"),
    "stages": ("pipeline.defs", "dagster"),
}


def name(path: Path) -> str:
    return path.relative_to(PACKAGE_DIR.parent).as_posix()


@pytest.mark.parametrize("path", MODULES, ids=name)
def test_modules_are_small_and_say_what_they_are_for(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    assert len(source.splitlines()) <= MAX_MODULE_LINES
    assert ast.get_docstring(tree), "a one-line docstring says what the module is for"
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            assert node.end_lineno - node.lineno + 1 <= MAX_CLASS_LINES, node.name


@pytest.mark.parametrize("path", [p for p in MODULES
                                  if p.relative_to(PACKAGE_DIR).parts[0] in FORBIDDEN], ids=name)
def test_layers_import_only_downward(path: Path) -> None:
    layer = path.relative_to(PACKAGE_DIR).parts[0]
    imported = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
        elif isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
    bad = sorted(m for m in imported for f in FORBIDDEN[layer] if m == f or m.startswith(f + "."))
    assert bad == []
