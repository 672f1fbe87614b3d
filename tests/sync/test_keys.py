"""The folder key in a real folder: set up, unlock, wrong passphrase, change, damage."""

from __future__ import annotations

import json

import pytest

from wijkinfo.services.errors import UserError
from wijkinfo.sync import envelope, keys
from wijkinfo.sync.keys import KEY_FILE, KdfProfile, NoFolderKey, WrongPassphrase

FAST = KdfProfile(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PASS = "de linde bloeit"


def test_set_up_then_unlock_gives_the_same_key(tmp_path):
    made = keys.create_folder_key(tmp_path, PASS, profile=FAST)
    again = keys.unlock(tmp_path, PASS)
    assert again == made
    text = (tmp_path / KEY_FILE).read_text()
    assert made.key.hex() not in text and PASS not in text
    assert made.key.hex() not in repr(made)
    assert json.loads(text)["kdf"]["name"] == "argon2id"


def test_the_default_profile_is_rfc_9106_low_memory(tmp_path):
    made = keys.create_folder_key(tmp_path, PASS)
    kdf = json.loads((tmp_path / KEY_FILE).read_text())["kdf"]
    assert (kdf["time_cost"], kdf["memory_kib"], kdf["parallelism"]) == (3, 65536, 4)
    assert keys.unlock(tmp_path, PASS) == made


def test_wrong_passphrase_is_one_clear_line(tmp_path):
    keys.create_folder_key(tmp_path, PASS, profile=FAST)
    with pytest.raises(WrongPassphrase) as caught:
        keys.unlock(tmp_path, "de linde bloeide")
    assert "klopt niet" in str(caught.value) and "\n" not in str(caught.value)


def test_changing_the_passphrase_keeps_the_folder_key(tmp_path):
    made = keys.create_folder_key(tmp_path, PASS, profile=FAST)
    sealed = envelope.seal(made.key, b"h", b"a change file")
    keys.change_passphrase(tmp_path, PASS, "een nieuw wachtwoord", profile=FAST)
    with pytest.raises(WrongPassphrase):
        keys.unlock(tmp_path, PASS)
    now = keys.unlock(tmp_path, "een nieuw wachtwoord")
    assert now == made
    assert envelope.unseal(now.key, sealed) == (b"h", b"a change file")


def test_a_wrong_old_passphrase_changes_nothing(tmp_path):
    keys.create_folder_key(tmp_path, PASS, profile=FAST)
    before = (tmp_path / KEY_FILE).read_bytes()
    with pytest.raises(WrongPassphrase):
        keys.change_passphrase(tmp_path, "niet het goede", "een nieuw wachtwoord", profile=FAST)
    assert (tmp_path / KEY_FILE).read_bytes() == before


def test_set_up_refuses_a_folder_that_has_a_key_and_a_short_passphrase(tmp_path):
    with pytest.raises(UserError, match="minstens 8"):
        keys.create_folder_key(tmp_path, "kort", profile=FAST)
    keys.create_folder_key(tmp_path, PASS, profile=FAST)
    before = (tmp_path / KEY_FILE).read_bytes()
    with pytest.raises(UserError, match="al een wachtwoord"):
        keys.create_folder_key(tmp_path, PASS, profile=FAST)
    assert (tmp_path / KEY_FILE).read_bytes() == before


def test_no_key_file(tmp_path):
    with pytest.raises(NoFolderKey, match="geen sleutel"):
        keys.unlock(tmp_path, PASS)
    assert keys.folder_id(tmp_path) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b"",
        lambda b: b[: len(b) // 2],
        lambda b: b.replace(b"argon2id", b"argon2xx"),
        lambda b: json.dumps({**json.loads(b), "wrapped": "AAAA"}).encode(),
        lambda b: json.dumps({**json.loads(b), "folder_id": "other"}).encode(),
    ],
)
def test_a_damaged_key_file_says_so(tmp_path, damage):
    keys.create_folder_key(tmp_path, PASS, profile=FAST)
    path = tmp_path / KEY_FILE
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(UserError, match="beschadigd"):
        keys.unlock(tmp_path, PASS)
