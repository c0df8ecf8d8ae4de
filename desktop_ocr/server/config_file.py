"""The office server's configuration: credentials, SM2/SM4 keys and the token key.

Why a file created on first start: every worker process and every restart must
accept the same credentials and tokens, and the desks are configured once.  The
file (default ``<config dir>/server.json``, mode 0600) holds only what is not
secret: the AccuAuth API id, the CloudWalk App Key, the SM2 public key and an id
naming this configuration.  The secrets (API secret, App Secret, SM2 private
key, SM4 key, token key) go where the app keeps its own secrets
(:mod:`desktop_ocr.secrets`: the OS keyring, or a Fernet-encrypted file whose
key is a separate 0600 file) under ``server.<id>.<name>``; loading them
registers them with the log masking, so they never reach a log.

Shape of the file::

    {"format": "desktop-ocr-server/1", "id": "<16 hex>", "api_id": "df-…",
     "app_key": "cw-…", "sm2_public_key": "04…", "token_ttl": 43200}
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_ocr import paths
from desktop_ocr.errors import ConfigError
from desktop_ocr.server.keys import ServerKeys
from desktop_ocr.server.tokens import new_token_key

FORMAT = "desktop-ocr-server/1"
FILENAME = "server.json"
DEFAULT_TOKEN_TTL = 12 * 3600  # seconds; CloudWalk's documented default
SECRET_NAMES = ("api_secret", "app_secret", "sm2_private_key", "sm4_key", "token_key")


def default_path() -> Path:
    return paths.config_dir() / FILENAME


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Everything a worker needs to check callers; secrets included (memory only)."""

    config_id: str
    api_id: str
    api_secret: str
    app_key: str
    app_secret: str
    keys: ServerKeys
    token_key: str  # 64 hex digits
    token_ttl: int = DEFAULT_TOKEN_TTL
    secret_store: str = "memory"  # where the secrets live: keyring:<Backend>, encrypted-file

    @classmethod
    def generate(cls, *, token_ttl: int = DEFAULT_TOKEN_TTL) -> ServerConfig:
        """Fresh credentials and keys, in memory (the test harness, first start)."""
        return cls(
            config_id=secrets.token_hex(8),
            api_id="df-" + secrets.token_hex(6),
            api_secret=secrets.token_urlsafe(18),
            app_key="cw-" + secrets.token_hex(6),
            app_secret=secrets.token_urlsafe(18),
            keys=ServerKeys.generate(),
            token_key=new_token_key(),
            token_ttl=int(token_ttl),
        )

    def with_ttl(self, token_ttl: int) -> ServerConfig:
        return replace(self, token_ttl=int(token_ttl))


def load_or_create(path: Path | str | None = None, *, store: object | None = None,
                   ) -> tuple[ServerConfig, bool]:
    """The configuration at ``path`` (default :func:`default_path`), created when absent.

    Returns ``(config, created)``; ``created`` is True on first start, when the
    caller shows the credentials once.  Raises :class:`ConfigError`
    (``server.config_invalid`` / ``server.secrets_missing`` /
    ``server.config_write_failed``) with what to do.
    """
    from desktop_ocr.secrets import SecretStore

    target = Path(path) if path is not None else default_path()
    secret_store = store if store is not None else SecretStore()
    assert isinstance(secret_store, SecretStore)
    if target.exists():
        return _load(target, secret_store), False
    config = ServerConfig.generate()
    config = replace(config, secret_store=secret_store.backend_name)
    for name in SECRET_NAMES:
        secret_store.set(_secret_key(config.config_id, name), _secret_value(config, name))
    public = {"format": FORMAT, "id": config.config_id, "api_id": config.api_id,
              "app_key": config.app_key, "sm2_public_key": config.keys.sm2_public_key,
              "token_ttl": config.token_ttl}
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL: two servers started at once must not both write (the loser loads).
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _load(target, secret_store), False
    except OSError as exc:
        raise ConfigError(
            f"The server configuration cannot be written to {target}: {exc.strerror or exc}.",
            code="server.config_write_failed",
            message_zh=f"无法写入服务器配置 {target}：{exc.strerror or exc}。",
        ) from exc
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(public, fh, indent=2)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    return config, True


def _secret_key(config_id: str, name: str) -> str:
    return f"server.{config_id}.{name}"


def _secret_value(config: ServerConfig, name: str) -> str:
    if name == "sm2_private_key":
        return config.keys.sm2_private_key
    if name == "sm4_key":
        return config.keys.sm4_key
    return str(getattr(config, name))


def _invalid(target: Path, why: str) -> ConfigError:
    return ConfigError(
        f"The server configuration {target} is unusable ({why}). Move it away to create "
        "new credentials on the next start (the desks then need the new ones).",
        code="server.config_invalid",
        message_zh=f"服务器配置 {target} 无法使用（{why}）。移走该文件，下次启动时会生成新的凭据。",
    )


def _load(target: Path, store: object) -> ServerConfig:
    from desktop_ocr.backends import sm_crypto

    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _invalid(target, type(exc).__name__) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _invalid(target, f"not a {FORMAT} file")
    try:
        config_id = str(data["id"])
        api_id, app_key = str(data["api_id"]), str(data["app_key"])
        public_key = str(data["sm2_public_key"])
        ttl = int(data.get("token_ttl", DEFAULT_TOKEN_TTL))
    except (KeyError, TypeError, ValueError) as exc:
        raise _invalid(target, f"missing or bad entry {exc}") from exc
    values = {name: store.get(_secret_key(config_id, name))  # type: ignore[attr-defined]
              for name in SECRET_NAMES}
    missing = [name for name, value in values.items() if not value]
    if missing:
        raise ConfigError(
            f"The secrets of the server configuration {target} are not in this user's secret "
            f"store ({', '.join(missing)} missing). Run the server as the user who created "
            "it, or move the file away to create new credentials.",
            code="server.secrets_missing",
            message_zh=f"服务器配置 {target} 的密钥不在本用户的密钥库中。请以创建它的用户运行，"
                       "或移走该文件以生成新的凭据。",
        )
    keys = ServerKeys(str(values["sm2_private_key"]), public_key, str(values["sm4_key"]))
    try:
        sm_crypto.normalize_public_key(keys.sm2_public_key)
        sm_crypto.parse_sm4_key(keys.sm4_key)
        bytes.fromhex(str(values["token_key"]))
    except (ConfigError, ValueError, TypeError) as exc:
        raise _invalid(target, "a key does not parse") from exc
    return ServerConfig(
        config_id=config_id, api_id=api_id, api_secret=str(values["api_secret"]),
        app_key=app_key, app_secret=str(values["app_secret"]), keys=keys,
        token_key=str(values["token_key"]), token_ttl=ttl,
        secret_store=store.backend_name,  # type: ignore[attr-defined]
    )
