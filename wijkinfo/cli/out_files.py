"""Where a command may write the file it was asked for (``--out``, ``--csv``).

Never over an existing file unless ``--force`` says so, and never inside the data folder (the
database, its -wal, a backup): a typo there would destroy what the file was meant to save.
"""

from __future__ import annotations

from pathlib import Path

from wijkinfo.services.datafolder.paths import DataPaths
from wijkinfo.services.errors import UserError


def output_file(paths: DataPaths, raw: str | None, *, force: bool, option: str = "--out") -> Path:
    """The checked path for ``raw``; UserError (one line, nothing written) when it may not be."""
    if raw is None or not raw.strip():
        raise UserError(
            "Geef bij {option} een bestandsnaam, bijvoorbeeld {option} brief.pdf.", option=option
        )
    try:
        out = Path(raw).expanduser().absolute()
    except RuntimeError:  # "~name" of a user this machine does not know: a plain name then
        out = Path(raw).absolute()
    if out.is_dir():
        raise UserError(
            "{out} is een map. Geef bij {option} een bestandsnaam in die map.",
            out=out,
            option=option,
        )
    if paths.holds(out) or paths.holds(out.parent):
        raise UserError(
            "{out} ligt in de gegevensmap {root}. Kies een plek buiten die map, "
            "bijvoorbeeld uw map Documenten.",
            out=out,
            root=paths.root,
        )
    if not out.parent.is_dir():
        raise UserError("De map {folder} bestaat niet. Kies een andere map.", folder=out.parent)
    if out.exists() and not force:
        raise UserError(
            "{out} bestaat al. Kies een nieuwe bestandsnaam, of voeg --force toe om het te "
            "vervangen.",
            out=out,
        )
    return out
