"""Views get the data, the task runner and who is signed in (a DeskContext) and register with
a Shell; none of them imports the main window, not even for a type hint. A view that knows the
window soon reaches into it, and then the window can no longer change without breaking it."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "wijkinfo" / "ui"
WINDOW = "wijkinfo.ui.main_window"
#: the window itself, the start-up that opens the data behind it, the selftest that drives
#: the whole window like a volunteer, the settings that build it anew in another language and
#: what the old window hands to that new one (these build the window; no view does)
MAY_KNOW_THE_WINDOW = {
    "main_window.py",
    "startup.py",
    "selftest.py",
    "window_settings.py",
    "window_state.py",
}


def window_imports(source: str) -> list[int]:
    """Line numbers importing the main window (lazy and ``TYPE_CHECKING`` imports count)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        else:
            continue
        if any(n == WINDOW or n.startswith(WINDOW + ".") for n in names):
            lines.append(node.lineno)
    return sorted(lines)


def test_no_view_imports_the_main_window():
    found = {
        str(f.relative_to(UI)): window_imports(f.read_text(encoding="utf-8"))
        for f in UI.rglob("*.py")
        if f.name not in MAY_KNOW_THE_WINDOW
    }
    assert {f: lines for f, lines in found.items() if lines} == {}


def test_the_check_finds_every_way_of_importing_it():
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from wijkinfo.ui.main_window import MainWindow\n"
        "def f():\n"
        "    import wijkinfo.ui.main_window\n"
        "from wijkinfo.ui import main_window\n"
        "from wijkinfo.ui import tasks\n"
    )
    assert window_imports(source) == [3, 5, 6]
