"""The layering rule: Qt lives in wijkinfo/ui and app.py only."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "wijkinfo"
ALLOWED = {PACKAGE / "app.py"}


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] in ("PySide6", "shiboken6")]
    return found


def test_no_pyside6_below_ui():
    offenders = {
        str(p.relative_to(PACKAGE)): _qt_imports(p)
        for p in PACKAGE.rglob("*.py")
        if (PACKAGE / "ui") not in p.parents and p not in ALLOWED and _qt_imports(p)
    }
    assert offenders == {}


def test_the_check_sees_qt_where_it_is():
    """Guard against a scanner that finds nothing: the ui package does import Qt."""
    assert _qt_imports(PACKAGE / "ui" / "main_window.py")
