"""The dossier of an organisation or a service: counts, what came of it, how long it took, and
the residents' words without contact details; as PDF and CSV, and from the command line."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from tests.cli.coordinator import coordinator_args
from tests.reports.pdf_checks import pdf_text
from tests.services.signals.dossier_helpers import close, org_and_service, signals_about
from tests.services.signals.signal_helpers import TODAY, log, make_people
from wijkinfo.cli import main
from wijkinfo.services.errors import PermissionDenied, UserError
from wijkinfo.services.signals import intake, review
from wijkinfo.services.signals.dossier import Subject, anonymise, build_dossier, find_subject
from wijkinfo.services.signals.dossier_files import write_dossier

OCT = (date(2026, 10, 1), date(2026, 12, 31))


@pytest.fixture
def setup(demo_store):
    kees, _f, ans = make_people(demo_store)
    org_id, org_name, service_id = org_and_service(demo_store)
    return demo_store, kees, ans, org_id, org_name, service_id


def test_the_dossier_counts_what_involves_the_organisation(setup):
    store, kees, ans, org_id, org_name, service_id = setup
    ids = signals_about(store, ans, org_id, service_id, 12)
    log(store, ans, signal_date=date(2026, 10, 3))  # about nobody: not in the dossier
    for i, sid in enumerate(ids[:6]):
        close(store, kees, sid, forwarded_on=date(2026, 11, 2), closed_on=date(2026, 11, 4 + i))
    subject = find_subject(store, actor=kees, text=org_name.upper())
    assert subject == Subject("organisatie", org_id, org_name)
    d = build_dossier(store, actor=kees, subject=subject, start=OCT[0], end=OCT[1])
    assert d.total == 12  # linked to the organisation, or to one of its services
    assert d.open_count == 6 and d.closed_count == 6
    assert dict(d.per_outcome) == {"opgelost": 6}
    assert d.durations == (2, 3, 4, 5, 6, 7) and d.median_days == 4.5 and d.slowest_days == 7
    assert d.per_month == (("2026-10", 12),)
    service = build_dossier(
        store, actor=kees, subject=Subject("dienst", service_id, "x"), start=OCT[0], end=OCT[1]
    )
    assert service.total == 6 and service.organisation == org_name
    with pytest.raises(PermissionDenied):
        build_dossier(store, actor=ans, subject=subject)


def test_names_and_numbers_are_taken_out_of_the_descriptions():
    text = anonymise(
        "Mevrouw Jansen (06-12345678, j.jansen@mail.nl, 1234 AB) wacht sinds 01-09-2026; "
        "dhr. Öztürk en familie van der Berg ook. De meneer aan de balie hielp."
    )
    assert "Jansen" not in text and "12345678" not in text and "mail.nl" not in text
    assert "1234 AB" not in text and "Öztürk" not in text and "Berg" not in text
    assert "01-09-2026" in text and "De meneer aan de balie" in text
    assert text.count("[naam]") == 3


def test_gespreksnotitie_pdf_and_csv_never_hold_contact_details_or_notes(setup, tmp_path):
    store, kees, ans, org_id, org_name, service_id = setup
    ids = signals_about(store, ans, org_id, service_id, 7)
    secret = log(
        store,
        ans,
        signal_date=date(2026, 10, 20),
        organization_ids=[org_id],
        description="Lange wachtlijst; bel mevrouw Pietersen op 0612345678.",
        contact=intake.ContactInput(name="Ria Pietersen", phone="0699999999", consent=True),
    )
    review.add_note(store, actor=kees, signal_id=secret.id, text="INTERNE NOTITIE geheim")
    for sid in ids[:5]:
        close(store, kees, sid, forwarded_on=date(2026, 11, 2), closed_on=date(2026, 11, 12))
    subject = find_subject(store, actor=kees, text=org_id)
    pdf = tmp_path / "notitie.pdf"
    write_dossier(
        store, actor=kees, subject=subject, path=pdf, start=OCT[0], end=OCT[1], today=TODAY
    )
    text = pdf_text(pdf.read_bytes())
    assert f"Gespreksnotitie: signalen over {org_name}" in text
    assert "Lange wachtlijst" in text  # the resident's words are there ...
    for leak in ("Pietersen", "0612345678", "0699999999", "INTERNE NOTITIE", "Bloemenbuurt"):
        assert leak not in text  # ... never who, how to reach them, notes or the buurt
    assert "meestal 10 dagen" in text and "< 5" in text  # 3 still open: a small number
    out = tmp_path / "dossier.csv"
    write_dossier(store, actor=kees, subject=subject, path=out, start=OCT[0], end=OCT[1])
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert ["totaal", "signalen", "8"] in rows and ["stand", "open", "< 5"] in rows
    raw = out.read_text(encoding="utf-8-sig")
    assert "Pietersen" not in raw and "INTERNE" not in raw and "0699999999" not in raw
    with pytest.raises(UserError, match=".pdf of .csv"):
        write_dossier(store, actor=kees, subject=subject, path=tmp_path / "d.docx")


def test_cli_dossier_and_report(setup, tmp_path, capsys):
    store, kees, ans, org_id, org_name, service_id = setup
    signals_about(store, ans, org_id, service_id, 6)
    root = str(store.paths.root)
    store.close()
    who = coordinator_args(root)  # Kees, as the command line asks who you are
    out = tmp_path / "d.pdf"
    args = ["--data-dir", root, *who, "signals", "dossier", org_name, "--from", "2026-10-01"]
    assert main([*args, "--out", str(out)]) == 0
    assert "Dossier van" in capsys.readouterr().out
    assert pdf_text(out.read_bytes()).startswith("Gespreksnotitie")
    assert (
        main(
            [
                "--data-dir",
                root,
                *who,
                "signals",
                "dossier",
                "Bestaat Niet",
                "--out",
                str(tmp_path / "x.csv"),
            ]
        )
        == 2
    )
    assert "geen organisatie of dienst" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
    report = tmp_path / "r.csv"
    assert (
        main(
            [
                "--data-dir",
                root,
                *who,
                "signals",
                "report",
                "--to",
                "2026-12-31",
                "--out",
                str(report),
            ]
        )
        == 0
    )
    rows = list(csv.reader(report.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert ["totaal", "signalen", "6"] in rows
    assert (
        main(["--data-dir", root, *who, "signals", "report", "--out", str(tmp_path / "r.txt")]) == 2
    )
