"""The cryptography under sealed contact details, with no database in it.

- Sealing to a public key is HPKE (RFC 9180, base mode) from ``cryptography``: DHKEM(X25519,
  HKDF-SHA256), HKDF-SHA256, AES-256-GCM. An ephemeral key per message, so the same phone
  number sealed twice gives two unrelated ciphertexts. ``info`` binds a ciphertext to its place
  (the signal and the key it was sealed to): moved to another row, it does not open.
- A private key is wrapped by a key derived from a password (or a recovery code) with Argon2id
  (argon2-cffi), own random salt per wrap, then AES-256-GCM. The parameters travel with the
  wrap, so a later wijkinfo can raise them without locking anyone out.

Every failure to open is one of two errors: :class:`WrongSecret` (the password or code does not
fit) or :class:`Damaged` (the bytes were changed, cut or are not ours). Nothing here logs.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
from dataclasses import dataclass, field

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from wijkinfo.services.errors import UserError

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
SEALED_PREFIX = "wks1."  # format version 1 of a sealed value as text
KEY_BYTES = 32
ENC_BYTES = 32  # the ephemeral X25519 public key at the front of an HPKE ciphertext
TAG_BYTES = 16
MAX_SEALED_TEXT = 64 * 1024
WRAP_FORMAT = 1


@dataclass(frozen=True)
class KdfProfile:
    """Argon2id cost. The default is RFC 9106's second recommendation (64 MiB, 3 passes, 4
    lanes): about half a second on a desk laptop, once per sign-in."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4


#: The cost for new wraps; tests put a cheap profile here (the stored wrap names its own).
PASSWORD_PROFILE = KdfProfile()
# Refuse absurd stored parameters instead of trying them (a damaged or hostile key row).
_MAX_TIME, _MAX_MEMORY_KIB, _MAX_LANES = 20, 1024 * 1024, 16


class SealedError(UserError):
    """A sealed value or wrapped key could not be opened; nothing from it was used."""


class Damaged(SealedError):
    """The bytes were changed, cut short, or are no sealed value of wijkinfo."""


class WrongSecret(SealedError):
    """The password or recovery code does not open this key."""


def damaged() -> Damaged:
    return Damaged(
        "Deze contactgegevens zijn beschadigd of veranderd en zijn niet te lezen. "
        "De rest van het signaal is in orde."
    )


@dataclass
class Unlocked:
    """A key holder's private key, in memory while that coordinator is signed in.

    ``org_keys`` caches the organisation keys opened with it. Never printed or compared.
    """

    holder_id: str
    private_key: X25519PrivateKey = field(repr=False)
    org_keys: dict[str, X25519PrivateKey] = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        return f"Unlocked(holder_id={self.holder_id!r})"


def new_private_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def public_text(key: X25519PrivateKey | X25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, X25519PrivateKey) else key
    return base64.b64encode(public.public_bytes_raw()).decode()


def load_public(text: str) -> X25519PublicKey:
    try:
        raw = base64.b64decode(text, validate=True)
        return X25519PublicKey.from_public_bytes(raw)
    except (ValueError, binascii.Error, TypeError):
        raise damaged() from None


def private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes_raw()


def load_private(raw: bytes) -> X25519PrivateKey:
    try:
        return X25519PrivateKey.from_private_bytes(raw)
    except ValueError:
        raise damaged() from None


def seal(public: X25519PublicKey, plaintext: bytes, *, info: bytes) -> str:
    """``plaintext`` sealed to ``public``, as text for a database column."""
    blob = SUITE.encrypt(plaintext, public, info=info)
    return SEALED_PREFIX + base64.urlsafe_b64encode(blob).decode()


def parse_sealed(text: object) -> bytes:
    """The ciphertext bytes of a sealed value, or Damaged; never anything else."""
    if not isinstance(text, str) or not text.startswith(SEALED_PREFIX):
        raise damaged()
    if len(text) > MAX_SEALED_TEXT:
        raise damaged()
    body = text[len(SEALED_PREFIX) :]
    try:
        blob = base64.urlsafe_b64decode(body.encode("ascii"))
    except (ValueError, binascii.Error, UnicodeEncodeError):
        raise damaged() from None
    # Strict: only the canonical encoding, so that two texts never stand for one ciphertext.
    if base64.urlsafe_b64encode(blob).decode() != body or len(blob) < ENC_BYTES + TAG_BYTES:
        raise damaged()
    return blob


def open_sealed(private: X25519PrivateKey, text: object, *, info: bytes) -> bytes:
    """Open a sealed value; a changed byte, another key or another ``info`` raise Damaged."""
    blob = parse_sealed(text)
    try:
        return SUITE.decrypt(blob, private, info=info)
    except (InvalidTag, ValueError):
        raise damaged() from None


def derive(secret: str, salt: bytes, profile: KdfProfile) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=profile.time_cost,
        memory_cost=profile.memory_kib,
        parallelism=profile.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def wrap(private: X25519PrivateKey, secret: str, *, context: str) -> str:
    """The private key encrypted under a key derived from ``secret`` (JSON text)."""
    profile = PASSWORD_PROFILE
    salt = os.urandom(16)
    nonce = os.urandom(12)
    kek = derive(secret, salt, profile)
    body = AESGCM(kek).encrypt(nonce, private_bytes(private), _wrap_aad(context))
    return json.dumps(
        {
            "v": WRAP_FORMAT,
            "kdf": "argon2id",
            "t": profile.time_cost,
            "m": profile.memory_kib,
            "p": profile.parallelism,
            "salt": base64.b64encode(salt).decode(),
            "nonce": base64.b64encode(nonce).decode(),
            "key": base64.b64encode(body).decode(),
        },
        separators=(",", ":"),
    )


def unwrap(wrapped: object, secret: str, *, context: str) -> X25519PrivateKey:
    """The private key from :func:`wrap`; WrongSecret or Damaged otherwise."""
    try:
        data = json.loads(wrapped) if isinstance(wrapped, str) else None
        if not isinstance(data, dict) or data.get("kdf") != "argon2id":
            raise ValueError
        if data.get("v") != WRAP_FORMAT:
            raise ValueError
        profile = KdfProfile(int(data["t"]), int(data["m"]), int(data["p"]))
        salt = base64.b64decode(data["salt"], validate=True)
        nonce = base64.b64decode(data["nonce"], validate=True)
        body = base64.b64decode(data["key"], validate=True)
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise damaged() from None
    if not (
        1 <= profile.time_cost <= _MAX_TIME
        and 8 * profile.parallelism <= profile.memory_kib <= _MAX_MEMORY_KIB
        and 1 <= profile.parallelism <= _MAX_LANES
        and len(salt) >= 8
        and len(nonce) == 12
    ):
        raise damaged()
    kek = derive(secret, salt, profile)
    try:
        raw = AESGCM(kek).decrypt(nonce, body, _wrap_aad(context))
    except InvalidTag:
        raise WrongSecret(
            "Het wachtwoord of de herstelcode opent deze sleutel niet. Probeer het opnieuw."
        ) from None
    return load_private(raw)


def _wrap_aad(context: str) -> bytes:
    return b"wijkinfo key wrap v1|" + context.encode("utf-8")


# Recovery codes: 25 symbols of Crockford's base32 (125 bits), in groups of five, so that a
# code read aloud or typed from paper survives I/1, O/0, case and spaces.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_SYMBOLS = 25


def new_recovery_code() -> str:
    symbols = "".join(secrets.choice(_ALPHABET) for _ in range(RECOVERY_SYMBOLS))
    return "-".join(symbols[i : i + 5] for i in range(0, RECOVERY_SYMBOLS, 5))


def normalise_recovery_code(text: str) -> str:
    """The code as typed, in its printed form; UserError when it cannot be one."""
    table = str.maketrans({"O": "0", "I": "1", "L": "1"})
    clean = "".join(ch for ch in text.upper() if ch.isalnum()).translate(table)
    if len(clean) != RECOVERY_SYMBOLS or any(ch not in _ALPHABET for ch in clean):
        raise UserError(
            "Een herstelcode heeft {n} letters en cijfers, in groepjes van vijf. "
            "Kijk de code op het herstelblad na.",
            n=RECOVERY_SYMBOLS,
        )
    return "-".join(clean[i : i + 5] for i in range(0, RECOVERY_SYMBOLS, 5))
