"""Where API keys and secrets live: the OS keyring, or an encrypted file when there is none.

Why: vendor secrets must never sit in plain text in the config file, QSettings
or a log.  The OS keyring (Windows Credential Manager, macOS Keychain, Secret
Service / KWallet) is the right home.  Headless Linux desks and some kiosks
have no usable keyring backend, so there the secrets are kept in a file
encrypted with Fernet (AES-128-CBC + HMAC-SHA256, ``cryptography``), whose key
is a separate 0600 per-user file in the data folder, away from the config
folder.  That protects against casual reading of the config folder, a copied
or backed-up config, a support bundle; it does NOT protect against code
running as the same user (see docs/adr/0071-secret-storage-fallback.md).

Plain-text keyring backends (``keyrings.alt`` file keyrings) are refused: they
would put the secret on disk in the clear, the very thing this module avoids.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import time
from pathlib import Path

import keyring
import keyring.errors
from cryptography.fernet import Fernet, InvalidToken
from keyring.backend import KeyringBackend

from desktop_ocr import paths
from desktop_ocr.errors import ConfigError

log = logging.getLogger(__name__)

SERVICE = "desktop-ocr"
SECRETS_FILENAME = "secrets.enc"
KEY_FILENAME = "secrets.key"

#: Backends that exist but cannot keep a secret safely (or at all).
_REFUSED_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _is_usable(backend: KeyringBackend) -> bool:
    """True if ``backend`` is a real, non-plaintext keyring that can store secrets."""
    module = type(backend).__module__
    if module.startswith(_REFUSED_MODULE_PREFIXES):
        return False
    if module == "keyring.backends.chainer":
        chained = getattr(backend, "backends", [])
        return any(_is_usable(b) for b in chained)
    try:
        return float(backend.priority) > 0  # type: ignore[arg-type]
    except Exception:  # a backend whose priority check itself fails is not usable
        return False


class SecretStore:
    """Get, set and delete named secrets (``cloudwalk.app_secret`` ...).

    ``backend_name`` says where they go: ``keyring:<Backend>`` or
    ``encrypted-file``.  If the keyring fails at run time (D-Bus gone, locked
    wallet), the store falls back to the encrypted file for that call and
    logs the reason (never the secret).
    """

    def __init__(
        self,
        *,
        backend: KeyringBackend | None = None,
        use_keyring: bool = True,
        file_dir: Path | None = None,
        key_dir: Path | None = None,
    ) -> None:
        self._file_dir = file_dir
        self._key_dir = key_dir
        self._keyring: KeyringBackend | None = None
        if use_keyring:
            candidate = backend if backend is not None else keyring.get_keyring()
            if _is_usable(candidate):
                self._keyring = candidate
            else:
                log.info("no usable OS keyring (%s); secrets go to an encrypted file",
                         type(candidate).__name__)

    # ---------------------------------------------------------------- public

    @property
    def backend_name(self) -> str:
        if self._keyring is not None:
            return f"keyring:{type(self._keyring).__name__}"
        return "encrypted-file"

    @property
    def uses_keyring(self) -> bool:
        return self._keyring is not None

    def get(self, name: str) -> str | None:
        """The secret, or ``None`` if it was never set (or cannot be read)."""
        value: str | None = None
        if self._keyring is not None:
            try:
                value = self._keyring.get_password(SERVICE, name)
            except Exception as exc:  # keyring backends raise many types (D-Bus, OS)
                log.warning("keyring read failed (%s); trying the encrypted file",
                            type(exc).__name__)
        if value is None:
            value = self._read_file().get(name)
        if value:
            _register_for_masking(value)
        return value

    def set(self, name: str, value: str) -> None:
        """Store ``value`` under ``name``; an empty value deletes it."""
        if not value:
            self.delete(name)
            return
        _register_for_masking(value)
        if self._keyring is not None:
            try:
                self._keyring.set_password(SERVICE, name, value)
            except Exception as exc:
                log.warning("keyring write failed (%s); using the encrypted file",
                            type(exc).__name__)
            else:
                self._drop_from_file(name)  # never two copies that can disagree
                return
        data = self._read_file()
        data[name] = value
        self._write_file(data)

    def delete(self, name: str) -> None:
        """Forget ``name`` everywhere it might be; missing is not an error."""
        if self._keyring is not None:
            try:
                self._keyring.delete_password(SERVICE, name)
            except keyring.errors.PasswordDeleteError:
                pass
            except Exception as exc:
                log.warning("keyring delete failed (%s)", type(exc).__name__)
        self._drop_from_file(name)

    # ---------------------------------------------------------------- encrypted file

    @property
    def file_path(self) -> Path:
        return (self._file_dir or paths.config_dir()) / SECRETS_FILENAME

    @property
    def key_path(self) -> Path:
        return (self._key_dir or paths.data_dir()) / KEY_FILENAME

    def _fernet(self, create: bool) -> Fernet | None:
        path = self.key_path
        try:
            return Fernet(path.read_bytes().strip())
        except FileNotFoundError:
            if not create:
                return None
        except (ValueError, OSError) as exc:
            log.error("the secret key file %s is unreadable (%s)", path, type(exc).__name__)
            if not create:
                return None
            _move_aside(path)
        key = Fernet.generate_key()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # O_EXCL: if another process created it meanwhile, use theirs.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return Fernet(path.read_bytes().strip())
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
            fh.flush()
            os.fsync(fh.fileno())
        return Fernet(key)

    def _read_file(self) -> dict[str, str]:
        path = self.file_path
        if not path.exists():
            return {}
        fernet = self._fernet(create=False)
        try:
            if fernet is None:
                raise InvalidToken
            data = json.loads(fernet.decrypt(path.read_bytes()).decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
            return {str(k): str(v) for k, v in data.items()}
        except (InvalidToken, ValueError, OSError) as exc:
            # Keep the unreadable file (never delete a user's data silently);
            # the clerk will be asked for the secrets again.
            moved = _move_aside(path)
            log.error("stored secrets could not be decrypted (%s); kept as %s",
                      type(exc).__name__, moved)
            return {}

    def _write_file(self, data: dict[str, str]) -> None:
        path = self.file_path
        if not data:
            path.unlink(missing_ok=True)
            return
        try:
            fernet = self._fernet(create=True)
            assert fernet is not None
            token = fernet.encrypt(json.dumps(data, ensure_ascii=False).encode("utf-8"))
            _atomic_write(path, token, mode=0o600)
        except OSError as exc:
            raise ConfigError(
                f"The secrets could not be saved to {path}: {exc.strerror or exc}.",
                code="config.secret_write_failed",
                message_zh=f"密钥无法保存到 {path}：{exc.strerror or exc}。",
                retryable=True,
                detail=str(exc),
            ) from exc

    def _drop_from_file(self, name: str) -> None:
        if not self.file_path.exists():
            return
        data = self._read_file()
        if name in data:
            del data[name]
            self._write_file(data)


def _atomic_write(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write to a temp file in the same folder, fsync, then ``os.replace``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _move_aside(path: Path) -> Path:
    target = path.with_name(f"{path.name}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
    with contextlib.suppress(OSError):
        path.replace(target)
    return target


def _register_for_masking(value: str) -> None:
    """Tell the log filter this exact string is secret (import late: no cycle)."""
    from desktop_ocr.logging_setup import register_secret

    register_secret(value)
