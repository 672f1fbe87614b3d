"""The hub as this machine's configured sync target: the address and login in the settings, the
login's password in the keyring or, without one, in memory only — never in the database."""

from __future__ import annotations

import shutil

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from tests.cli.test_sync_cli import add_service
from tests.sync.conftest import seed_people
from wijkinfo.cli import main
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.people.auth import Actor
from wijkinfo.services.sync import hub_settings
from wijkinfo.services.sync.sync_settings import read_settings
from wijkinfo.services.sync.target import sync_once
from wijkinfo.sync.hub.connection import HubUnavailable, parse_address
from wijkinfo.sync.hub.schema import DESK_ROLE, init_hub

COORDINATOR = Actor(user_id=None, name="Coördinator", role="coordinator")
VOLUNTEER = Actor(user_id=None, name="Vrijwilliger", role="volunteer")
SECRET = "Balie-Noord wachtwoord 7!"
PASSPHRASE = "de linde bloeit"


class ProcessKeyring(KeyringBackend):
    """A keyring that lives in this test process. CI machines have no Secret Service or
    Credential Manager; this backend takes their place through keyring's own backend API."""

    # Below keyring's 'fail' placeholder: found among the backends once this module is
    # imported, it must never be chosen by itself, only set by the fixture below.
    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@pytest.fixture
def no_keyring():
    """This machine as it is: no keyring backend (keyring's 'fail' placeholder)."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    hub_settings._in_memory.clear()
    yield
    hub_settings._in_memory.clear()
    keyring.set_keyring(before)


@pytest.fixture
def with_keyring():
    before = keyring.get_keyring()
    ring = ProcessKeyring()
    keyring.set_keyring(ring)
    hub_settings._in_memory.clear()
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def desk_hub(pg_server, hub_db):
    """A hub with one desk login that needs its password; returns (server address, login)."""
    login = f"noord_{hub_db[-6:]}"
    with psycopg.connect(pg_server.dsn(hub_db), autocommit=True) as conn:
        conn.execute(
            f"DO $$ BEGIN CREATE ROLE {DESK_ROLE} NOLOGIN; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
        conn.execute(f'GRANT CONNECT, TEMPORARY ON DATABASE "{hub_db}" TO {DESK_ROLE}')
        conn.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{SECRET}' IN ROLE {DESK_ROLE}")
    init_hub(parse_address(pg_server.dsn(hub_db)))
    yield f"postgresql:///{hub_db}?host={pg_server.folder}&port={pg_server.port}", login
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{hub_db}" WITH (FORCE)')
        conn.execute(f"DROP ROLE IF EXISTS {login}")


def _data_folder(tmp_path, migrated_template, name):
    root = tmp_path / name
    root.mkdir()
    shutil.copyfile(migrated_template, root / "wijkinfo.sqlite")
    seed_people(root / "wijkinfo.sqlite")
    return root


def test_without_a_keyring_the_password_stays_in_memory_only(
    no_keyring, desk_hub, tmp_path, migrated_template
):
    server, login = desk_hub
    root = _data_folder(tmp_path, migrated_template, "desk")
    add_service(root, "Schuldhulp Lindestad")
    store = open_store(DataPaths(root), backups=False)
    try:
        assert not hub_settings.has_keyring()
        check = hub_settings.test_hub(
            store, server=server, login=login, password=SECRET, passphrase=PASSPHRASE
        )
        assert check.label.startswith(f"{login}@") and check.key_remembered
        address, in_keyring = hub_settings.save_hub(
            store, actor=COORDINATOR, server=server, login=login, password=SECRET
        )
        assert not in_keyring and read_settings(store).folder == address
        summary = sync_once(store, actor=COORDINATOR)  # the configured hub, as for a folder
        assert summary.line().startswith(f"Gesynchroniseerd met {login}@")
        assert summary.sent == 2 and summary.ok
        hub_settings._in_memory.clear()  # wijkinfo started again
        with pytest.raises(HubUnavailable) as exc:
            sync_once(store, actor=COORDINATOR)
        assert "vraagt het wachtwoord van de login" in str(exc.value)
        assert "\n" not in str(exc.value)
    finally:
        store.close()
    for path in root.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_with_a_keyring_the_password_goes_there_and_sync_needs_nothing_else(
    with_keyring, desk_hub, tmp_path, migrated_template, capsys
):
    server, login = desk_hub
    root = _data_folder(tmp_path, migrated_template, "desk")
    add_service(root, "Buurtbus")
    store = open_store(DataPaths(root), backups=False)
    try:
        address, in_keyring = hub_settings.save_hub(
            store, actor=COORDINATOR, server=server, login=login, password=SECRET
        )
        assert in_keyring and list(with_keyring.saved.values()) == [SECRET]
        assert hub_settings._in_memory == {}
        hub_settings.test_hub(store, server=server, login=login, password="", passphrase=PASSPHRASE)
    finally:
        store.close()
    # `wijkinfo sync` without a target uses the configured hub: same line, same exit code.
    code = main(["--data-dir", str(root), "sync"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "") and "0 binnengekomen, 2 verstuurd" in out
    assert f"met {login}@" in out
    with_keyring.saved.clear()  # the keyring lost it: one line saying what to do
    code = main(["--data-dir", str(root), "sync"])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and "vraagt het wachtwoord" in err
    assert len(err.strip().splitlines()) == 1


def test_a_wrong_password_in_the_test_is_one_line_and_saves_nothing(no_keyring, desk_hub, store):
    server, login = desk_hub
    with pytest.raises(HubUnavailable) as exc:
        hub_settings.test_hub(store, server=server, login=login, password="Wrong-Pass-1")
    assert "weigert de login" in str(exc.value) and "Wrong-Pass-1" not in str(exc.value)
    assert read_settings(store).folder is None and hub_settings._in_memory == {}


@pytest.mark.parametrize(
    ("server", "login", "says"),
    [
        ("hub.example.nl/wijkinfo", "noord", "begint met postgresql://"),
        ("postgresql://noord:geheim@hub.example.nl/wijkinfo", "noord", "niet in het serveradres"),
        ("postgresql://hub.example.nl/wijkinfo", "  ", "login van deze balie"),
        ("postgresql://hub.example.nl/wijkinfo?nonsense=1", "noord", "Schrijf het zoals"),
    ],
)
def test_a_bad_address_or_login_is_one_line_and_changes_nothing(store, server, login, says):
    with pytest.raises(Exception, match=says):
        hub_settings.save_hub(store, actor=COORDINATOR, server=server, login=login, password="x")
    assert read_settings(store).folder is None


def test_only_a_coordinator_chooses_the_hub(store):
    with pytest.raises(Exception, match="coördinator|recht|mag"):
        hub_settings.save_hub(
            store, actor=VOLUNTEER, server="postgresql://h/db", login="noord", password="x"
        )


def test_a_login_typed_into_the_address_gives_way_to_the_login_field():
    url = hub_settings.hub_address(
        "postgresql://oud@hub.example.nl:5433/wk?sslmode=require", "noord"
    )
    assert url == "postgresql://noord@hub.example.nl:5433/wk?sslmode=require"
