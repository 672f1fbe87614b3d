"""Sealed envelopes: a readable header bound to an encrypted payload (AES-256-GCM).

Layout of a sealed blob::

    b"WKSE" | version (1 byte) | key id (8) | header length (4, big-endian) | header | nonce (12)
    | ciphertext with its 16-byte tag

Everything before the nonce is the associated data, so a header that was changed (a file renamed
to claim another range, a schema revision edited) fails exactly like a changed payload. The key
id (an HMAC of the key, not the key) lets a reader tell "wrong key" from "damaged file" before
trying to decrypt. Transports (folder, hub) use this module as it is; keep it small and stable.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wijkinfo.services.errors import UserError

MAGIC = b"WKSE"
VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
_PREFIX = struct.Struct(">4sB8sI")  # magic, version, key id, header length
MAX_HEADER = 64 * 1024


class SealError(UserError):
    """A sealed blob could not be opened; nothing from it was used."""


class NotSealed(SealError):
    """The bytes are not a wijkinfo envelope at all (a foreign or empty file)."""


class SealTooNew(SealError):
    """Made by a newer wijkinfo with an envelope format this one does not know."""


class WrongKey(SealError):
    """Sealed with another key: the passphrase (or folder) does not match."""


class Damaged(SealError):
    """The right key, but the bytes were changed or cut short."""


def key_id(key: bytes) -> bytes:
    """Eight bytes that name a key without revealing it."""
    _check_key(key)
    return hmac.new(key, b"wijkinfo envelope key id", hashlib.sha256).digest()[:8]


def seal(key: bytes, header: bytes, payload: bytes) -> bytes:
    """Encrypt ``payload`` under ``key``; ``header`` stays readable but cannot be changed."""
    _check_key(key)
    if len(header) > MAX_HEADER:
        raise ValueError("header too long")
    prefix = _PREFIX.pack(MAGIC, VERSION, key_id(key), len(header)) + header
    nonce = os.urandom(NONCE_BYTES)
    return prefix + nonce + AESGCM(key).encrypt(nonce, payload, prefix)


def read_header(blob: bytes) -> bytes:
    """The header without decrypting (not yet authenticated: trust it only after ``unseal``)."""
    return _split(blob)[1]


def unseal(key: bytes, blob: bytes) -> tuple[bytes, bytes]:
    """Return ``(header, payload)``; raise NotSealed, SealTooNew, WrongKey or Damaged."""
    _check_key(key)
    prefix, header, nonce, body = _split(blob)
    if not hmac.compare_digest(prefix[5:13], key_id(key)):
        raise WrongKey(
            "Dit bestand is met een ander wachtwoord versleuteld. "
            "Controleer het wachtwoord van de syncmap."
        )
    try:
        payload = AESGCM(key).decrypt(nonce, body, prefix + header)
    except InvalidTag:
        raise Damaged(
            "Dit bestand is beschadigd of niet helemaal overgekomen; het wordt niet gebruikt."
        ) from None
    return header, payload


def _split(blob: bytes) -> tuple[bytes, bytes, bytes, bytes]:
    if len(blob) < _PREFIX.size or blob[:4] != MAGIC:
        raise NotSealed("Dit is geen syncbestand van wijkinfo.")
    magic, version, _kid, header_len = _PREFIX.unpack_from(blob)
    if version > VERSION:
        raise SealTooNew("Dit syncbestand is gemaakt met een nieuwere wijkinfo. Werk wijkinfo bij.")
    if version < 1 or header_len > MAX_HEADER:
        raise Damaged("Dit bestand is beschadigd; het wordt niet gebruikt.")
    start = _PREFIX.size
    end = start + header_len
    if len(blob) < end + NONCE_BYTES + TAG_BYTES:
        raise Damaged(
            "Dit bestand is beschadigd of niet helemaal overgekomen; het wordt niet gebruikt."
        )
    return blob[:start], blob[start:end], blob[end : end + NONCE_BYTES], blob[end + NONCE_BYTES :]


def _check_key(key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise ValueError("an envelope key is 32 bytes")
