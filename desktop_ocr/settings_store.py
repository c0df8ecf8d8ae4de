"""Saved settings: non-secret values in a JSON file, secrets in the SecretStore.

Why: the settings dialog, the CLI and outside checks share one configuration.
URLs, envelope options, transport limits and app preferences are harmless and
live in ``settings.json`` in the config folder (written atomically: temp file
then ``os.replace``, so a crash mid-save leaves the previous file).  Keys and
secrets (``app_key``, ``app_secret``, ``sm4_key``, ``api_id``, ``api_secret``)
never go into that file: they go to :class:`desktop_ocr.secrets.SecretStore`.
Environment variables (``DESKTOP_OCR_*``) override both, and are never saved
unless the caller saves them deliberately.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from desktop_ocr import paths
from desktop_ocr.config import (
    AccuAuthSettings,
    BackendSettings,
    CloudWalkSettings,
    TransportSettings,
    apply_environment,
)
from desktop_ocr.errors import ConfigError
from desktop_ocr.logging_setup import register_secret
from desktop_ocr.secrets import SecretStore

log = logging.getLogger(__name__)

SETTINGS_FILENAME = "settings.json"
FORMAT_VERSION = 1

#: (section, attribute) → secret name in the SecretStore.
SECRET_FIELDS: dict[tuple[str, str], str] = {
    ("cloudwalk", "app_key"): "cloudwalk.app_key",
    ("cloudwalk", "app_secret"): "cloudwalk.app_secret",
    ("cloudwalk", "sm4_key"): "cloudwalk.sm4_key",
    ("accuauth", "api_id"): "accuauth.api_id",
    ("accuauth", "api_secret"): "accuauth.api_secret",
}


@dataclass(frozen=True, slots=True)
class AppPreferences:
    """The few app-wide choices the CLI needs as well as the GUI.

    ``retention_days``: purge records older than this many days (``None``: keep).
    ``mask_ids_on_screen``: show ID numbers masked, for shared desks.
    """

    retention_days: int | None = None
    mask_ids_on_screen: bool = False
    default_backend: str = "offline"
    language: str = ""  # "" follows the system; "en" or "zh_CN"


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILENAME


# ---------------------------------------------------------------- file


def _read_json() -> dict[str, Any]:
    path = settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        target = path.with_name(f"{path.name}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
        with contextlib.suppress(OSError):
            path.replace(target)
        log.error("settings file unreadable (%s); kept as %s, using defaults",
                  type(exc).__name__, target)
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(data: dict[str, Any]) -> None:
    """Temp file + fsync + ``os.replace``: a failed save leaves the previous file."""
    path = settings_path()
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise ConfigError(
            f"The settings could not be saved to {path}: {exc.strerror or exc}. "
            "The previous settings are unchanged.",
            code="config.write_failed",
            message_zh=f"设置无法保存到 {path}：{exc.strerror or exc}。原有设置未改变。",
            retryable=True,
            detail=str(exc),
        ) from exc


def _coerce(cls: type, data: Any, default: Any) -> Any:
    """Build dataclass ``cls`` from ``data``, keeping the default for any value
    of the wrong type (a hand-edited file must not stop the app)."""
    if not isinstance(data, Mapping):
        return default
    changes: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        current = getattr(default, f.name)
        if dataclasses.is_dataclass(current):
            changes[f.name] = _coerce(type(current), value, current)
        elif isinstance(current, bool):
            if isinstance(value, bool):
                changes[f.name] = value
        elif isinstance(current, int | float) and not isinstance(value, bool):
            if isinstance(value, int | float):
                changes[f.name] = type(current)(value)
        elif isinstance(current, str):
            if isinstance(value, str):
                changes[f.name] = value
        elif current is None and (value is None or isinstance(value, int)):
            changes[f.name] = value
    return replace(default, **changes)


def _non_secret_dict(obj: Any, section: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(obj):
        if (section, f.name) in SECRET_FIELDS:
            continue
        value = getattr(obj, f.name)
        out[f.name] = dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value
    return out


# ---------------------------------------------------------------- backend settings


def load_backend_settings(
    env: Mapping[str, str] | None = None, *, secrets: SecretStore | None = None
) -> BackendSettings:
    """Saved settings + secrets, then ``DESKTOP_OCR_*`` environment overrides.

    Pass ``env={}`` to get only what is saved (the settings dialog does, so it
    does not save environment values by accident).
    """
    data = _read_json()
    settings = BackendSettings(
        cloudwalk=_coerce(CloudWalkSettings, data.get("cloudwalk"), CloudWalkSettings()),
        accuauth=_coerce(AccuAuthSettings, data.get("accuauth"), AccuAuthSettings()),
        transport=_coerce(TransportSettings, data.get("transport"), TransportSettings()),
    )
    store = secrets or SecretStore()
    cw_secrets: dict[str, str] = {}
    aa_secrets: dict[str, str] = {}
    for (section, attr), name in SECRET_FIELDS.items():
        value = store.get(name)
        if value:
            (cw_secrets if section == "cloudwalk" else aa_secrets)[attr] = value
    settings = replace(
        settings,
        cloudwalk=replace(settings.cloudwalk, **cw_secrets),
        accuauth=replace(settings.accuauth, **aa_secrets),
    )
    settings = apply_environment(settings, env)
    for section, attr in SECRET_FIELDS:
        register_secret(getattr(getattr(settings, section), attr))
    return settings


def save_backend_settings(
    settings: BackendSettings, *, secrets: SecretStore | None = None
) -> None:
    """Write non-secret values to ``settings.json`` and secrets to the SecretStore.

    An empty secret deletes the stored one.  App preferences in the same file
    are kept as they are.
    """
    store = secrets or SecretStore()
    for (section, attr), name in SECRET_FIELDS.items():
        store.set(name, getattr(getattr(settings, section), attr))
    data = _read_json()
    data["version"] = FORMAT_VERSION
    data["cloudwalk"] = _non_secret_dict(settings.cloudwalk, "cloudwalk")
    data["accuauth"] = _non_secret_dict(settings.accuauth, "accuauth")
    data["transport"] = _non_secret_dict(settings.transport, "transport")
    _write_json(data)


# ---------------------------------------------------------------- app preferences


def load_preferences() -> AppPreferences:
    return _coerce(AppPreferences, _read_json().get("preferences"), AppPreferences())


def save_preferences(prefs: AppPreferences) -> None:
    if prefs.retention_days is not None and prefs.retention_days < 0:
        raise ValueError("retention_days must be zero or more, or None to keep records")
    data = _read_json()
    data["version"] = FORMAT_VERSION
    data["preferences"] = dataclasses.asdict(prefs)
    _write_json(data)


__all__ = [
    "SECRET_FIELDS",
    "AppPreferences",
    "load_backend_settings",
    "load_preferences",
    "save_backend_settings",
    "save_preferences",
    "settings_path",
]
