"""The README's TLS recipe on a real server: the organisation's CA, ``sslmode=verify-full``.

A server of its own (TLS needs TCP) with a certificate for ``localhost`` signed by a test CA; a
desk that checks against that CA syncs, one that checks against another CA is refused in one
line, and a desk without TLS is not let in at all.
"""

from __future__ import annotations

import datetime
import socket
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.sync.hub.memory_engine import SCHEMA, MemoryEngine
from tests.sync.hub.pg_server import PgServer, remove_server, start_server
from wijkinfo.sync.hub.connection import HubUnavailable, parse_address
from wijkinfo.sync.hub.schema import init_hub
from wijkinfo.sync.hub.transport import sync_hub

PASSWORD = "tls-Desk-Secret"


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _cert(subject: str, key, issuer: str, issuer_key, *, ca: bool) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if not ca:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False
        )
    return builder.sign(issuer_key, hashes.SHA256())


def _ca(tmp: Path, name: str) -> tuple[Path, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = _cert(name, key, name, key, ca=True)
    path = tmp / f"{name}.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path, key


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def tls_server(tmp_path, pg_server) -> Iterator[tuple[PgServer, Path]]:
    """``pg_server`` proves PostgreSQL is here; this one adds TLS on a TCP port of its own."""
    ca_path, ca_key = _ca(tmp_path, "Gemeente-CA")
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = _cert("localhost", server_key, "Gemeente-CA", ca_key, ca=False)
    server = start_server(
        port=_free_port(),
        listen="127.0.0.1",
        options="-c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key",
        hba="hostssl all all 127.0.0.1/32 scram-sha-256\n",
        files={
            "server.crt": server_cert.public_bytes(serialization.Encoding.PEM),
            "server.key": _pem_key(server_key),
        },
    )
    with psycopg.connect(server.dsn(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE hub")
        conn.execute(f"CREATE ROLE balie LOGIN PASSWORD '{PASSWORD}' SUPERUSER")
    yield server, ca_path
    remove_server(server)


def test_a_desk_that_checks_the_organisations_ca_syncs(tls_server):
    server, ca = tls_server
    url = f"postgresql://balie@localhost:{server.port}/hub?sslmode=verify-full&sslrootcert={ca}"
    address = parse_address(url, password=PASSWORD)
    init_hub(address)
    desk = MemoryEngine("desk-tls")
    desk.write("signal", "s1", n=1)
    assert sync_hub(desk, address, b"k" * 32, schema_known=lambda r: r == SCHEMA).new_on_hub == 1
    with psycopg.connect(address.conninfo) as conn:
        assert conn.info.pgconn.ssl_in_use


def test_another_ca_or_no_tls_is_refused_in_one_line(tls_server, tmp_path):
    server, _ = tls_server
    other, _ = _ca(tmp_path, "Andere-CA")
    for query in (f"sslmode=verify-full&sslrootcert={other}", "sslmode=disable"):
        address = parse_address(
            f"postgresql://balie@localhost:{server.port}/hub?{query}", password=PASSWORD
        )
        with pytest.raises(HubUnavailable) as exc:
            init_hub(address)
        line = str(exc.value)
        assert "\n" not in line and PASSWORD not in line
