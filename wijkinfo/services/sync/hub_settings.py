"""A PostgreSQL hub as this machine's sync target, and the password of its desk login.

The target is the same setting as the sync folder (``sync_settings.FOLDER``): a folder path, or
a ``postgresql://login@server/database`` address — never with a password in it. The login's
password goes to the operating system's keyring (Windows Credential Manager, macOS Keychain,
the Secret Service on Linux) through ``keyring``. Where there is none, it is kept in this
process's memory only, so it is asked again at each start of wijkinfo; it is never written to
the database or a settings file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import keyring
import keyring.errors
from keyring.backends import chainer, fail

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.sync import sync_settings as cfg
from wijkinfo.sync import keys

if TYPE_CHECKING:
    import psycopg

    from wijkinfo.sync.hub.connection import HubAddress
    from wijkinfo.sync.hub.schema import HubInfo

KEYRING_SERVICE = "wijkinfo-hub"
# Without a keyring: the password of each address, for as long as this process runs.
_in_memory: dict[str, str] = {}


@dataclass(frozen=True)
class HubCheck:
    label: str  # login@server/database
    schema: int
    key_remembered: bool  # the data passphrase was given and fits


def _remembered_as(hub_id: str) -> Path:
    # sync_settings remembers keys per folder path; a hub has no path, so it gets a name.
    return Path(f"postgresql-hub-{hub_id}")


def unlock_and_remember(
    store: Store,
    conn: psycopg.Connection,
    hub: HubAddress,
    info: HubInfo,
    passphrase: str,
    *,
    profile: keys.KdfProfile = keys.DEFAULT_PROFILE,
) -> bytes:
    """Unlock the hub's data key (the first desk sets it) and remember it on this machine."""
    from wijkinfo.sync.hub.hub_key import unlock_hub_key

    key, _created = unlock_hub_key(conn, hub, passphrase, profile=profile)
    cfg.remember(store, folder=_remembered_as(info.hub_id), folder_id=info.hub_id, key=key)
    return key


def is_hub_target(target: str | None) -> bool:
    from wijkinfo.sync.hub.connection import is_hub_address

    return bool(target) and is_hub_address(str(target))


def has_keyring() -> bool:
    """A real keyring backend is there (not keyring's 'fail' placeholder)."""
    backend = keyring.get_keyring()
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return not isinstance(backend, fail.Keyring)


def hub_address(server: str, login: str) -> str:
    """``postgresql://login@server/...`` from what a coordinator typed: the address as the
    organisation gave it and the desk's login. Refuses a password in the address."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    from wijkinfo.sync.hub.connection import is_hub_address, parse_address

    server, login = server.strip(), login.strip()
    if not is_hub_address(server):
        raise UserError(
            "Het serveradres begint met postgresql:// , zoals "
            "postgresql://hub.example.nl/wijkinfo_hub. Er is niets veranderd."
        )
    parse_address(server)  # one clear line when it cannot be read
    if conninfo_to_dict(server).get("password"):
        raise UserError(
            "Zet het wachtwoord niet in het serveradres, maar in het veld Wachtwoord. "
            "Er is niets veranderd."
        )
    if not login:
        raise UserError("Vul de login van deze balie in. Er is niets veranderd.")
    parts = urlsplit(server)
    host = parts.netloc.rsplit("@", 1)[-1]  # a login typed into the address gives way
    netloc = f"{quote(login, safe='')}@{host}"
    url = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    make_conninfo(url)  # the result must still be a readable address
    return url


def _account(address: str) -> str:
    from wijkinfo.sync.hub.connection import parse_address

    return parse_address(address).label


def remember_password(address: str, password: str) -> bool:
    """Keep the login's password; True when it went to the keyring (False: memory only)."""
    account = _account(address)
    if has_keyring():
        try:
            keyring.set_password(KEYRING_SERVICE, account, password)
            _in_memory.pop(account, None)
            return True
        except keyring.errors.KeyringError:
            pass  # locked or refused: keep it for this session instead
    _in_memory[account] = password
    return False


def stored_password(address: str) -> str | None:
    account = _account(address)
    if account in _in_memory:
        return _in_memory[account]
    if not has_keyring():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, account)
    except keyring.errors.KeyringError:
        return None


def split_address(address: str) -> tuple[str, str]:
    """The server address and the login, as the coordinator typed them."""
    parts = urlsplit(address)
    login, _, host = parts.netloc.rpartition("@")
    # built by hand: urlunsplit drops the "//" of a socket address without a host
    # (postgresql:///hub?host=/run/postgresql), which then no longer parses as a server
    server = f"{parts.scheme}://{host}{parts.path}"
    server += f"?{parts.query}" if parts.query else ""
    server += f"#{parts.fragment}" if parts.fragment else ""
    return server, unquote(login)


def save_hub(
    store: Store,
    *,
    actor: Actor,
    server: str,
    login: str,
    password: str | None,
    auto: bool | None = None,
    interval_minutes: int | None = None,
    desk_name: str | None = None,
    auto_start: bool | None = None,
    auto_close: bool | None = None,
) -> tuple[str, bool]:
    """A coordinator makes the hub this machine's sync target; returns the address and whether
    the password went to the keyring. Sync settings not given stay as they are."""
    require(actor, "settings.edit")
    address = hub_address(server, login)
    settings = cfg.read_settings(store)
    cfg.save_settings(
        store,
        actor=actor,
        folder=address,
        auto=settings.auto if auto is None else auto,
        interval_minutes=interval_minutes or settings.interval_minutes,
        desk_name=settings.desk_name if desk_name is None else desk_name,
        auto_start=auto_start,
        auto_close=auto_close,
    )
    in_keyring = remember_password(address, password) if password else False
    return address, in_keyring


def test_hub(
    store: Store, *, server: str, login: str, password: str, passphrase: str = ""
) -> HubCheck:
    """Connect, check the hub's version and, with ``passphrase``, unlock and remember the data
    key; one clear line when anything fails. Nothing of the desk's data changes."""
    from wijkinfo.sync.hub.connection import connect, parse_address
    from wijkinfo.sync.hub.schema import check_hub

    address = hub_address(server, login)
    hub = parse_address(address, password=password or stored_password(address))
    with connect(hub, autocommit=True) as conn:
        info = check_hub(conn, hub)
        if passphrase:
            unlock_and_remember(store, conn, hub, info, passphrase)
    return HubCheck(hub.label, info.schema, bool(passphrase))
