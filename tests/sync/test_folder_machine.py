"""Random desks, writes, syncs, damaged and duplicated files, crashes while writing and merges,
in any order, through one real folder: after the damage is repaired and everyone has synced
twice, every desk holds every write, once."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from tests.sync.log_engine import SCHEMA, LogEngine
from wijkinfo.sync import keys
from wijkinfo.sync.folder import FolderTransport
from wijkinfo.sync.folder_files import SYNC_DIR, list_files
from wijkinfo.sync.keys import KdfProfile

FAST = KdfProfile(time_cost=1, memory_kib=8 * 1024, parallelism=1)


class Crash(Exception):
    """A process dying at a named step (the temp file stays behind)."""


class FolderMachine(RuleBasedStateMachine):
    #: With three desks relayed copies can hide a lost file; two desks cannot.
    DESKS = 3

    def __init__(self) -> None:
        super().__init__()
        # In memory-backed /dev/shm when there is one: every file written is fsynced.
        shm = Path("/dev/shm")
        where = str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None
        self.tmp = Path(tempfile.mkdtemp(prefix="folder-machine-", dir=where))
        self.folder = self.tmp / "cloud"
        self.folder.mkdir()
        self.key = keys.create_folder_key(self.folder, "de linde bloeit", profile=FAST)
        self.desks = [LogEngine(self.tmp / f"d{n}.sqlite") for n in range(self.DESKS)]
        self.written: set[tuple[str, int]] = set()
        self.damaged: dict[Path, bytes] = {}
        self.counter = 0

    def teardown(self) -> None:
        for d in self.desks:
            d.db.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def transport(self, d: int, **kw) -> FolderTransport:
        return FolderTransport(self.folder, self.key, self.desks[d], known_schemas={SCHEMA}, **kw)

    @rule(d=st.integers(0, 5), row=st.integers(0, 5), delete=st.booleans())
    def write(self, d: int, row: int, delete: bool) -> None:
        self.counter += 1
        d %= self.DESKS
        desk = self.desks[d]
        desk.write("service", f"s{row}", None if delete else {"v": self.counter})
        self.written.add(desk.log_keys()[-1])

    @rule(d=st.integers(0, 5), merge_after=st.sampled_from([2, 4, 100]), limit=st.integers(1, 5))
    def sync(self, d: int, merge_after: int, limit: int) -> None:
        t = self.transport(d % self.DESKS, merge_after=merge_after, batch_limit=limit)
        t.apply(t.pull())
        t.push()

    @rule(d=st.integers(0, 5), step=st.sampled_from(["after_temp_write", "before_rename"]))
    def crash_while_writing(self, d: int, step: str) -> None:
        def die(point: str) -> None:
            if point == step:
                raise Crash(point)

        t = self.transport(d % self.DESKS, checkpoint=die, batch_limit=2)
        try:
            t.apply(t.pull())
            t.push()
        except Crash:
            pass

    @rule(d=st.integers(0, 5), step=st.sampled_from(["mid_apply", "before_cursor"]))
    def crash_while_applying(self, d: int, step: str) -> None:
        """The process dies while applying what it read: nothing of that batch stays, and the
        next sync reads the same files again."""
        desk = self.desks[d % self.DESKS]
        before = (desk.rows(), desk.log_keys())

        def die(point: str) -> None:
            if point == step:
                raise Crash(point)

        desk.fault = die
        t = self.transport(d % self.DESKS)
        try:
            t.apply(t.pull())
        except Crash:
            assert (desk.rows(), desk.log_keys()) == before
        finally:
            desk.fault = None

    @rule(data=st.data())
    def damage_a_file(self, data) -> None:
        files = [f for f in self._all_files() if f.path not in self.damaged]
        if not files:
            return
        # Draws that do not depend on names or sizes, which differ from run to run (random ids,
        # nonces), so that Hypothesis can replay a case.
        f = files[data.draw(st.integers(0, 10**6)) % len(files)]
        whole = f.path.read_bytes()
        cut = int(len(whole) * data.draw(st.floats(0, 0.99)))
        self.damaged[f.path] = whole
        f.path.write_bytes(whole[:cut])  # a cloud client still downloading it

    @precondition(lambda self: self.damaged)
    @rule()
    def download_finishes(self) -> None:
        for path, whole in self.damaged.items():
            if path.exists():
                path.write_bytes(whole)
        self.damaged.clear()

    @rule(data=st.data())
    def cloud_makes_a_conflicted_copy(self, data) -> None:
        files = self._all_files()
        if files:
            f = files[data.draw(st.integers(0, 10**6)) % len(files)]
            shutil.copy(f.path, f.path.with_name(f.path.stem + " (conflicted copy).wks"))

    def _all_files(self) -> list:
        base = self.folder / SYNC_DIR
        return (
            [f for r in base.iterdir() if r.is_dir() for f in list_files(r)]
            if base.exists()
            else []
        )

    @invariant()
    def no_desk_has_a_change_twice(self) -> None:
        for d in self.desks:
            keys_ = d.log_keys()
            assert len(keys_) == len(set(keys_))

    def teardown_check(self) -> None:
        self.download_finishes() if self.damaged else None
        for _ in range(2):
            for d in range(self.DESKS):
                self.sync(d, 4, 5)
        rows = [d.rows() for d in self.desks]
        assert all(r == rows[0] for r in rows)
        for d in self.desks:
            assert set(d.log_keys()) == self.written


class CheckedMachine(FolderMachine):
    def teardown(self) -> None:
        try:
            self.teardown_check()
        finally:
            super().teardown()


class TwoDesks(CheckedMachine):
    DESKS = 2


TestFolderMachine = CheckedMachine.TestCase
TestFolderMachine.settings = settings(max_examples=150, stateful_step_count=20, deadline=None)
TestTwoDesks = TwoDesks.TestCase
TestTwoDesks.settings = settings(max_examples=150, stateful_step_count=20, deadline=None)
