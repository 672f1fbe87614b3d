"""A throwaway PostgreSQL server for the hub tests and bench/hub.py, without Docker.

initdb refuses to run as root, so under root the cluster belongs to the ``postgres`` user (made
by Debian's ``postgresql`` package) and every server command runs through ``runuser``. The
server listens on a Unix socket in its own folder only (``listen_addresses=''``), so two
servers (one per pytest-xdist worker) never fight over a TCP port.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "test"
PORT = 54321  # names the socket file only; each server has its own socket folder


def find_bindir() -> Path | None:
    """Debian keeps initdb and pg_ctl outside PATH, in /usr/lib/postgresql/<major>/bin."""
    override = os.environ.get("WIJKINFO_PG_BINDIR")
    if override:
        return Path(override) if (Path(override) / "initdb").exists() else None
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
    )
    for folder in reversed(candidates):
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def why_unavailable() -> str | None:
    """None when a server can be started here, else one line saying what is missing."""
    if find_bindir() is None:
        return "PostgreSQL is not installed (apt install postgresql, or make test)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root but there is no postgres user to own the test cluster"
    return None


@dataclass
class PgServer:
    """One running cluster in ``folder``; ``dsn(db)`` connects over its socket."""

    bindir: Path
    folder: Path
    port: int = PORT
    listen: str = ""  # '' = Unix socket only; '127.0.0.1' for a test over TCP (TLS)
    options: str = ""  # more -c settings

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def dsn(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        return f"host={self.folder} port={self.port} user={user} dbname={dbname}"

    def url(self, dbname: str = "postgres", user: str = SUPERUSER, password: str = "") -> str:
        """The postgresql:// form a desk is given; the socket folder goes in ``host=``."""
        secret = f":{password}" if password else ""
        return f"postgresql://{user}{secret}@/{dbname}?host={self.folder}&port={self.port}"

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> None:
        options = (
            f"-k {self.folder} -p {self.port} -c listen_addresses='{self.listen}' "
            # Throwaway data: no fsync. Commits still reach the OS before they return, so an
            # immediate stop (a test cutting every connection) loses nothing committed.
            "-c fsync=off -c full_page_writes=off "
            f"-c shared_buffers=32MB -c max_connections=100 {self.options}"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-o", options, "-w",
            "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        """Every open connection is cut, as when the organisation's server reboots."""
        self.stop("immediate")
        self.start()


def start_server(
    *,
    port: int = PORT,
    listen: str = "",
    options: str = "",
    hba: str = "",
    files: dict | None = None,
) -> PgServer:
    """A new cluster, started. ``files`` (name: bytes) are written into its data folder first
    (a TLS certificate and key), ``hba`` lines are added to the login rules."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError(why_unavailable())
    # Short path: a Unix socket path must stay under ~107 bytes.
    folder = Path(tempfile.mkdtemp(prefix="wkpg-"))
    if os.geteuid() == 0:
        os.chown(folder, pwd.getpwnam("postgres").pw_uid, -1)
    server = PgServer(bindir, folder, port=port, listen=listen, options=options)
    server._run(
        "initdb", "-D", str(server.data), "-A", "trust", "-U", SUPERUSER, "-E", "UTF8",
        "--locale=C.UTF-8", "--no-sync",
    )  # fmt: skip
    # The test superuser needs no password; every other login (a desk) must give its own, so
    # a wrong password is refused as on a real hub.
    (server.data / "pg_hba.conf").write_text(
        f"local all {SUPERUSER} trust\nlocal all all scram-sha-256\n{hba}", encoding="utf-8"
    )
    for name, content in (files or {}).items():
        target = server.data / name
        target.write_bytes(content)
        target.chmod(0o600)
        if os.geteuid() == 0:
            os.chown(target, pwd.getpwnam("postgres").pw_uid, -1)
    server.start()
    return server


def remove_server(server: PgServer) -> None:
    # Already down when a test stopped it; the folder goes anyway.
    with contextlib.suppress(subprocess.CalledProcessError):
        server.stop("immediate")
    shutil.rmtree(server.folder, ignore_errors=True)
