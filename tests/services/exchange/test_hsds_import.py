"""Importing HSDS JSON: preview counts, one transaction, ids kept, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from wijkinfo.db.models import Phone, Service
from wijkinfo.services.directory.demo import demo_path
from wijkinfo.services.errors import PermissionDenied
from wijkinfo.services.events import DIRECTORY
from wijkinfo.services.exchange.hsds_import import ImportRefused, import_hsds
from wijkinfo.services.people.auth import CLI_ACTOR, VOLUNTEER, Actor
from wijkinfo.services.progress import Cancelled, Progress
from wijkinfo.services.search.lookup import SearchService

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "hsds-3.1" / "examples"


def count(store, model=Service) -> int:
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def write(tmp_path, data, name="in.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_demo_imports_and_reimport_updates_instead_of_duplicating(store):
    first = import_hsds(store, actor=CLI_ACTOR, path=demo_path())
    assert (first.new, first.changed, first.rejected_records) == (76, 0, 0)
    again = import_hsds(store, actor=CLI_ACTOR, path=demo_path())
    assert (again.new, again.changed, again.unchanged) == (0, 0, 76)
    assert count(store) == 76
    assert SearchService(store).search("huisarts")


def test_changed_service_is_counted_and_updated(store, demo_data, tmp_path):
    import_hsds(store, actor=CLI_ACTOR, path=demo_path())
    service = json.loads(json.dumps(demo_data["services"][0]))
    service["name"] = "Huisarts Oostpoort Nieuw"
    service["phones"] = service["phones"][:1]
    result = import_hsds(store, actor=CLI_ACTOR, path=write(tmp_path, service))
    assert (result.new, result.changed) == (0, 1)
    with store.sessions() as s:
        assert s.get(Service, service["id"]).name == "Huisarts Oostpoort Nieuw"
        assert s.scalar(select(func.count()).where(Phone.service_id == service["id"])) == 1
    assert SearchService(store).search("Oostpoort Nieuw")[0].id == service["id"]


def test_dry_run_previews_without_writing(store):
    result = import_hsds(store, actor=CLI_ACTOR, path=demo_path(), dry_run=True)
    assert result.new == 76 and not result.written
    assert count(store) == 0


def test_page_object_and_examples(store):
    result = import_hsds(store, actor=CLI_ACTOR, path=EXAMPLES / "service_list.json")
    assert result.new == 1
    full = import_hsds(store, actor=CLI_ACTOR, path=EXAMPLES / "service_full.json")
    assert full.rejected_records == 0
    assert any("latitude" in w.field for w in full.warnings)


def test_one_bad_record_refuses_all_unless_skipped(store, demo_data, tmp_path):
    services = json.loads(json.dumps(demo_data["services"][:3]))
    services[1]["status"] = "open"
    path = write(tmp_path, {**demo_data, "services": services})
    with pytest.raises(ImportRefused) as info:
        import_hsds(store, actor=CLI_ACTOR, path=path)
    assert "in.json, record 2, veld status" in str(info.value)
    assert count(store) == 0
    result = import_hsds(store, actor=CLI_ACTOR, path=path, skip_invalid=True)
    assert result.new == 2 and result.rejected_records == 1
    assert count(store) == 2


def test_cancel_changes_nothing(store):
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        import_hsds(store, actor=CLI_ACTOR, path=demo_path(), progress=progress)
    assert count(store) == 0


def test_volunteer_may_not_import(store):
    with pytest.raises(PermissionDenied):
        import_hsds(store, actor=Actor(None, "v", VOLUNTEER), path=demo_path())
    assert count(store) == 0


def test_change_published_after_commit(store):
    seen = []
    store.events.subscribe(seen.append)
    import_hsds(store, actor=CLI_ACTOR, path=demo_path())
    assert [c.topic for c in seen] == [DIRECTORY]


def test_likely_duplicate_from_other_source_is_reported(
    store, demo_data, likely_duplicate, tmp_path
):
    import_hsds(store, actor=CLI_ACTOR, path=demo_path())
    other = likely_duplicate
    result = import_hsds(store, actor=CLI_ACTOR, path=write(tmp_path, [other]))
    assert result.duplicates and result.duplicates[0].existing_id == demo_data["services"][0]["id"]
    assert "telefoonnummer" in result.duplicates[0].why


def test_coordinator_can_leave_likely_duplicates_out(store, likely_duplicate, tmp_path):
    import_hsds(store, actor=CLI_ACTOR, path=demo_path())
    other = likely_duplicate
    result = import_hsds(
        store, actor=CLI_ACTOR, path=write(tmp_path, [other]), skip_duplicates=True
    )
    assert result.skipped_duplicates == 1 and result.new == 0
    assert count(store) == 76
