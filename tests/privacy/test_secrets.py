"""Secrets live in the OS keyring, or encrypted at rest when there is none."""

from __future__ import annotations

import stat
from pathlib import Path

import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from desktop_ocr.secrets import SecretStore

SECRET = "cw-secret-7f3a9c2e1b"


class MemoryKeyring(KeyringBackend):
    """A working OS-keyring stand-in (the tests never touch the developer's keyring)."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.broken = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.broken:
            raise keyring.errors.KeyringError("D-Bus went away")
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.broken:
            raise keyring.errors.PasswordSetError("wallet locked")
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.items[(service, username)]


def test_without_a_keyring_secrets_are_encrypted_on_disk(home: Path) -> None:
    # Given a headless machine (tests use keyring.backends.fail)
    store = SecretStore()
    assert store.backend_name == "encrypted-file"
    # When a secret is saved
    store.set("cloudwalk.app_secret", SECRET)
    # Then it reads back, from a file that does not contain it
    assert SecretStore().get("cloudwalk.app_secret") == SECRET
    assert store.file_path.exists()
    assert SECRET.encode() not in store.file_path.read_bytes()
    # and the key is a separate 0600 file, not in the config folder
    assert store.key_path.parent != store.file_path.parent
    assert stat.S_IMODE(store.key_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.file_path.stat().st_mode) == 0o600


def test_set_get_delete_several(home: Path) -> None:
    store = SecretStore()
    store.set("a", "alpha-value")
    store.set("b", "beta-value")
    store.delete("a")
    store.delete("never-set")  # no error
    assert store.get("a") is None
    assert store.get("b") == "beta-value"
    store.set("b", "")  # empty means delete
    assert store.get("b") is None
    assert not store.file_path.exists()  # nothing left to keep


def test_lost_key_means_secrets_asked_again_not_a_crash(home: Path) -> None:
    store = SecretStore()
    store.set("accuauth.api_secret", SECRET)
    store.key_path.unlink()
    # Then the secret is gone (cannot be decrypted), the file is kept aside, not deleted
    assert SecretStore().get("accuauth.api_secret") is None
    kept = list(store.file_path.parent.glob("secrets.enc.unreadable-*"))
    assert len(kept) == 1
    # and a new secret can be saved
    store.set("accuauth.api_secret", "new-secret-value")
    assert SecretStore().get("accuauth.api_secret") == "new-secret-value"


def test_a_usable_keyring_is_preferred(home: Path) -> None:
    ring = MemoryKeyring()
    store = SecretStore(backend=ring)
    assert store.backend_name == "keyring:MemoryKeyring"
    store.set("cloudwalk.sm4_key", SECRET)
    assert ring.items[("desktop-ocr", "cloudwalk.sm4_key")] == SECRET
    assert store.get("cloudwalk.sm4_key") == SECRET
    assert not store.file_path.exists()
    store.delete("cloudwalk.sm4_key")
    assert ring.items == {}


def test_keyring_failing_at_run_time_falls_back_to_the_encrypted_file(home: Path) -> None:
    ring = MemoryKeyring()
    store = SecretStore(backend=ring)
    ring.broken = True
    store.set("accuauth.api_id", "api-id-123456")
    assert store.file_path.exists()
    assert store.get("accuauth.api_id") == "api-id-123456"
    # when the keyring works again, saving there removes the file copy
    ring.broken = False
    store.set("accuauth.api_id", "api-id-654321")
    assert store.get("accuauth.api_id") == "api-id-654321"
    assert not store.file_path.exists()


@pytest.mark.parametrize(
    "module", ["keyrings.alt.file", "keyring.backends.null", "keyring.backends.fail"]
)
def test_plaintext_or_null_keyrings_are_refused(home: Path, module: str) -> None:
    cls = type("Backend", (MemoryKeyring,), {"__module__": module})
    assert SecretStore(backend=cls()).backend_name == "encrypted-file"
