"""The folder transport on real folders: convergence, relays, and every kind of bad file."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from tests.sync.log_engine import SCHEMA, LogEngine
from wijkinfo.sync import keys
from wijkinfo.sync.folder import FolderSchemaTooNew, FolderTransport
from wijkinfo.sync.folder_files import SYNC_DIR, list_files
from wijkinfo.sync.keys import KdfProfile

FAST = KdfProfile(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PASS = "de linde bloeit"
NAME = "Schuldhulp Geldfit Lindestad"
PHONE = "030-2818100"


def make_folder(path: Path) -> keys.FolderKey:
    path.mkdir(parents=True, exist_ok=True)
    return keys.create_folder_key(path, PASS, profile=FAST)


def sync(engine: LogEngine, folder: Path, key, **kw):
    t = FolderTransport(folder, key, engine, known_schemas={SCHEMA, "older-1"}, **kw)
    pulled = t.pull()
    applied = t.apply(pulled)
    written = t.push()
    return pulled, applied, written


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "Nextcloud" / "wijkinfo"


@pytest.fixture
def key(folder):
    return make_folder(folder)


def desk(tmp_path, name) -> LogEngine:
    return LogEngine(tmp_path / f"{name}.sqlite")


def files_of(folder: Path, engine: LogEngine) -> list:
    return list_files(folder / SYNC_DIR / engine.replica_id())


def test_two_desks_converge_and_the_folder_holds_no_plain_text(tmp_path, folder, key):
    a, b = desk(tmp_path, "a"), desk(tmp_path, "b")
    a.write("service", "s1", {"name": NAME, "phone": PHONE})
    a.write("service", "s2", {"name": "Buurthuis De Linde"})
    b.write("signal", "g1", {"text": "mevrouw Doğan wacht al weken"})
    sync(a, folder, key)
    sync(b, folder, key)
    sync(a, folder, key)
    assert a.rows() == b.rows() and len(a.rows()) == 3
    everything = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    for secret in (NAME, PHONE, "Linde", "Doğan", "2818100"):
        assert secret.encode() not in everything


def test_a_second_run_reads_nothing_again(tmp_path, folder, key):
    a, b = desk(tmp_path, "a"), desk(tmp_path, "b")
    a.write("service", "s1", {"name": NAME})
    sync(a, folder, key)
    _, first, _ = sync(b, folder, key)
    _, again, written = sync(b, folder, key)
    assert (first.applied, again.files, written) == (1, 0, 0)


def test_changes_are_relayed_between_folders(tmp_path):
    f1, f2 = tmp_path / "usb", tmp_path / "cloud"
    k1, k2 = make_folder(f1), make_folder(f2)
    a, b, c = desk(tmp_path, "a"), desk(tmp_path, "b"), desk(tmp_path, "c")
    a.write("service", "s1", {"name": NAME})
    sync(a, f1, k1)
    sync(b, f1, k1)
    sync(b, f2, k2)
    sync(c, f2, k2)
    c.write("service", "s1", {"name": "Geldfit (nieuw)"})
    for d, f, k in ((c, f2, k2), (b, f2, k2), (b, f1, k1), (a, f1, k1)):
        sync(d, f, k)
    assert a.rows() == b.rows() == c.rows()
    assert a.rows()[("service", "s1")] == {"name": "Geldfit (nieuw)"}


def test_replayed_files_change_nothing(tmp_path, folder, key):
    a, b = desk(tmp_path, "a"), desk(tmp_path, "b")
    for n in range(5):
        a.write("service", f"s{n}", {"name": f"dienst {n}"})
    sync(a, folder, key)
    sync(b, folder, key)
    b.db.execute("DELETE FROM cursor")  # as if the cursor were lost: read it all again
    _, again, _ = sync(b, folder, key)
    assert again.applied == 0 and again.already_known == 5
    assert len(b.log_keys()) == len(set(b.log_keys())) == 5


def test_never_touches_another_desks_files(tmp_path, folder, key):
    a, b = desk(tmp_path, "a"), desk(tmp_path, "b")
    for n in range(30):
        a.write("service", f"s{n}", {"name": f"dienst {n}"})
        sync(a, folder, key)
    a_dir = folder / SYNC_DIR / a.replica_id()

    def digest():
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in a_dir.iterdir()}

    before = digest()
    for n in range(30):
        b.write("signal", f"g{n}", {"text": "x"})
        sync(b, folder, key, merge_after=4)
    assert digest() == before


def test_small_files_are_merged_and_readers_at_any_point_still_get_everything(
    tmp_path, folder, key
):
    a, early, late = desk(tmp_path, "a"), desk(tmp_path, "early"), desk(tmp_path, "late")
    for n in range(12):
        a.write("service", f"s{n}", {"name": f"dienst {n}"})
        sync(a, folder, key, merge_after=100)
        if n == 4:
            sync(early, folder, key)
    assert len(files_of(folder, a)) == 12
    sync(a, folder, key, merge_after=3, batch_limit=5)
    merged = files_of(folder, a)
    assert len(merged) == 3 and merged[0].first == 1
    assert all(x.last + 1 == y.first for x, y in zip(merged, merged[1:], strict=False))
    sync(early, folder, key)
    sync(late, folder, key)
    assert early.rows() == late.rows() == a.rows() and len(a.rows()) == 12


def test_temp_files_and_conflicted_copies_are_skipped(tmp_path, folder, key):
    a, b = desk(tmp_path, "a"), desk(tmp_path, "b")
    a.write("service", "s1", {"name": NAME})
    sync(a, folder, key)
    (good,) = files_of(folder, a)
    other = desk(tmp_path, "other")
    other.write("service", "s1", {"name": "vervalst"})
    t = FolderTransport(folder, key, other, known_schemas={SCHEMA})
    t.push()
    (forged,) = files_of(folder, other)
    for dup in (
        f"{good.path.stem} (conflicted copy 2026-12-01).wks",
        f"{good.path.stem} (1).wks",
        f".{good.path.name}.abcd1234.tmp",
    ):
        shutil.copy(forged.path, good.path.with_name(dup))
    shutil.rmtree(forged.path.parent)
    (folder / SYNC_DIR / f"{a.replica_id()} (conflicted copy)").mkdir()
    pulled, applied, _ = sync(b, folder, key)
    assert pulled.skipped == () and applied.applied == 1
    assert b.rows()[("service", "s1")] == {"name": NAME}


def test_a_renamed_file_is_rejected(tmp_path, folder, key):
    a, b = desk(tmp_path, "a"), desk(tmp_path, "b")
    for n in range(3):
        a.write("service", f"s{n}", {"name": f"dienst {n}"})
    sync(a, folder, key)
    (f,) = files_of(folder, a)
    f.path.rename(f.path.with_name("c-000000000001-000000000009.wks"))
    pulled, applied, _ = sync(b, folder, key)
    assert applied.applied == 0 and "hernoemd" in pulled.skipped[0]
    assert b.rows() == {}


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda raw: raw[: len(raw) // 2], id="truncated"),
        pytest.param(lambda raw: b"", id="zero-byte"),
        pytest.param(lambda raw: raw[:-1] + bytes([raw[-1] ^ 1]), id="one-bit"),
    ],
)
def test_a_damaged_file_is_skipped_and_read_once_it_is_whole(tmp_path, folder, key, damage):
    a, b = desk(tmp_path, "a"), desk(tmp_path, "b")
    a.write("service", "s1", {"name": NAME})
    sync(a, folder, key)
    a.write("service", "s2", {"name": "later"})
    sync(a, folder, key)
    first, second = files_of(folder, a)
    whole = first.path.read_bytes()
    first.path.write_bytes(damage(whole))
    pulled, applied, _ = sync(b, folder, key)
    # The second file waits for the first: the order of one desk's changes is kept.
    assert applied.applied == 0 and pulled.retry_later == 1 and b.rows() == {}
    first.path.write_bytes(whole)  # the cloud client finished downloading
    _, applied, _ = sync(b, folder, key)
    assert applied.applied == 2


def test_foreign_and_wrong_key_files_are_skipped(tmp_path, folder, key):
    a, b = desk(tmp_path, "a"), desk(tmp_path, "b")
    elsewhere = tmp_path / "andere-map"
    other_key = make_folder(elsewhere)
    a.write("service", "s1", {"name": NAME})
    sync(a, elsewhere, other_key)
    (alien,) = files_of(elsewhere, a)
    a_dir = folder / SYNC_DIR / a.replica_id()
    a_dir.mkdir(parents=True)
    shutil.copy(alien.path, a_dir / alien.path.name)
    stranger = folder / SYNC_DIR / "0badc0de-0000-4000-8000-000000000000"
    stranger.mkdir()
    (stranger / "c-000000000001-000000000001.wks").write_bytes(b"PK\x03\x04 not ours")
    pulled, applied, _ = sync(b, folder, key)
    assert applied.applied == 0 and b.rows() == {}
    assert sorted(s.split(": ")[1] for s in pulled.skipped) == [
        "geen syncbestand",
        "met een andere sleutel versleuteld",
    ]


def test_a_newer_schema_stops_everything_before_anything_is_applied(tmp_path, folder, key):
    a, b = desk(tmp_path, "a"), desk(tmp_path, "b")
    newer = LogEngine(tmp_path / "newer.sqlite", schema="9999_future")
    a.write("service", "s1", {"name": NAME})
    sync(a, folder, key)
    newer.write("service", "s9", {"name": "uit de toekomst"})
    FolderTransport(folder, key, newer, known_schemas={"9999_future"}).push()
    with pytest.raises(FolderSchemaTooNew, match="Werk wijkinfo bij"):
        sync(b, folder, key)
    assert b.rows() == {} and b.cursor(source=a.replica_id(), transport="folder") is None


def test_an_older_schema_is_read(tmp_path, folder, key):
    old, b = LogEngine(tmp_path / "old.sqlite", schema="older-1"), desk(tmp_path, "b")
    old.write("service", "s1", {"name": NAME})
    FolderTransport(folder, key, old, known_schemas={"older-1"}).push()
    _, applied, _ = sync(b, folder, key)
    assert applied.applied == 1


def test_desks_seen(tmp_path, folder, key):
    a, b = desk(tmp_path, "a"), desk(tmp_path, "b")
    FolderTransport(folder, key, a, known_schemas={SCHEMA}).write_desk("Balie Buurthuis")
    t = FolderTransport(folder, key, b, known_schemas={SCHEMA})
    t.write_desk("Coördinator")
    assert sorted(d.name for d in t.desks()) == ["Balie Buurthuis", "Coördinator"]
    assert {d.replica for d in t.desks()} == {a.replica_id(), b.replica_id()}
    assert os.path.exists(folder / SYNC_DIR / a.replica_id() / "desk.wks")


def test_cancel_between_files_keeps_what_came_in_and_the_rest_follows(tmp_path, folder, key):
    from wijkinfo.services.progress import Cancelled, Progress

    a, b = desk(tmp_path, "a"), desk(tmp_path, "b")
    for n in range(3):
        a.write("service", f"s{n}", {"name": f"dienst {n}"})
        sync(a, folder, key)
    progress = Progress(lambda done, total: progress.cancel() if done == 1 else None)
    t = FolderTransport(folder, key, b, known_schemas={SCHEMA})
    with pytest.raises(Cancelled):
        t.apply(t.pull(), progress)
    assert len(b.rows()) == 2  # asked while the second file was applied: it stops after it
    _, rest, _ = sync(b, folder, key)
    assert rest.applied == 1 and b.rows() == a.rows()
