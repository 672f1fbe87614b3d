"""Where the shipped files (demo data, translations, fonts, icons) are."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Inside a frozen bundle, inside an installed wheel (``wijkinfo/_resources``, see setup.py),
    or ``resources/`` beside the package in a checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    installed = _PACKAGE / "_resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"
