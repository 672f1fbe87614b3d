"""`wijkinfo referral`: the same sheet from the command line, counted once."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from tests.reports.pdf_checks import pdf_text
from wijkinfo.cli import main
from wijkinfo.db.models import Referral
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store


def _referrals(d: str) -> int:
    store = open_store(DataPaths(Path(d)), backups=False)
    try:
        with store.sessions() as session:
            return session.scalar(select(func.count()).select_from(Referral))
    finally:
        store.close()


def test_referral_makes_the_sheet_and_counts_it(tmp_path, capsys, demo_data):
    d = str(tmp_path / "d")
    main(["--data-dir", d, "demo"])
    services = demo_data["services"][:2]
    out = tmp_path / "brief.pdf"
    code = main(
        [
            "--data-dir",
            d,
            "referral",
            services[0]["id"],
            services[1]["id"],
            "--question",
            "Waar kan ik heen met mijn rug?",
            "--out",
            str(out),
        ]
    )
    captured = capsys.readouterr()
    assert code == 0 and "Verwijsbrief gemaakt" in captured.out
    text = pdf_text(out.read_bytes())
    assert services[0]["name"] in text and "Waar kan ik heen met mijn rug?" in text
    assert _referrals(d) == 1


def test_referral_bad_input_is_one_line_and_changes_nothing(tmp_path, capsys):
    d = str(tmp_path / "d")
    main(["--data-dir", d, "demo"])
    capsys.readouterr()
    out = tmp_path / "brief.pdf"
    code = main(["--data-dir", d, "referral", "bestaat-niet", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "bestaat niet" in err and len(err.strip().splitlines()) == 1
    assert not out.exists() and _referrals(d) == 0
    code = main(["--data-dir", d, "referral", "x", "--out", str(tmp_path / "nee" / "b.pdf")])
    assert code == 2 and "bestaat niet" in capsys.readouterr().err
