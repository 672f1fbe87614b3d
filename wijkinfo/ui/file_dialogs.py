"""File dialogs that open where the volunteer was last time, per kind of file.

Qt's static dialogs start in the home folder, so a coordinator who keeps the monthly reports in
one folder had to walk there every time. The folder each kind ("pdf", "import", "export", …)
used last is this computer's own setting (machine_settings), never shared by sync.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from wijkinfo.services.datafolder.machine_settings import read_machine_settings, remember_folder


def start_folder(kind: str, fallback: Path | None = None) -> Path:
    """Where a ``kind`` dialog opens: the folder used last, if it still exists."""
    last = read_machine_settings().folder(kind)
    if last and Path(last).is_dir():
        return Path(last)
    return fallback if fallback is not None else Path.home()


def save_file_name(
    parent: QWidget | None,
    kind: str,
    title: str,
    suggested: str,
    pattern: str,
    *,
    fallback: Path | None = None,
) -> Path | None:
    """Ask where to save; ``suggested`` is the file name offered in the remembered folder."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(start_folder(kind, fallback) / suggested), pattern
    )
    if not chosen:
        return None
    remember_folder(kind, chosen)
    return Path(chosen)


def open_file_name(parent: QWidget | None, kind: str, title: str, pattern: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(kind)), pattern)
    if not chosen:
        return None
    remember_folder(kind, chosen)
    return Path(chosen)


def existing_folder(parent: QWidget | None, kind: str, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_folder(kind)))
    if not chosen:
        return None
    remember_folder(kind, chosen)
    return Path(chosen)
