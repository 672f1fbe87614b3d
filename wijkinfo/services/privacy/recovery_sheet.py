"""Writing the recovery sheet PDF (the code is never stored; the file is for printing)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.languages import check_language
from wijkinfo.services.settings import get_setting


def write_recovery_sheet(
    store: Store, *, code: str, path: Path, today: date | None = None, language: str = "nl"
) -> Path:
    """The sheet for ``code`` at ``path``, which must lie outside the data folder, in
    ``language`` (the one the coordinator reads)."""
    check_language(language)
    path = Path(path)
    if store.paths.holds(path):
        raise UserError(
            "Bewaar het herstelblad niet in de gegevensmap {root}: dan staat de code naast de "
            "gegevens. Kies een andere plek.",
            root=store.paths.root,
        )
    if not path.parent.is_dir():
        raise UserError("De map {folder} bestaat niet. Kies een andere plek.", folder=path.parent)
    with store.sessions() as session:
        point_name = get_setting(session, "point_name") or "Wijkinformatiepunt"
    from wijkinfo.reports.recovery_sheet import build_recovery_sheet  # reportlab when asked

    return build_recovery_sheet(
        path, code=code, point_name=str(point_name), today=today or date.today(), language=language
    )
