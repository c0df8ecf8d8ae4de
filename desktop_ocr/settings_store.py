"""Saved settings: non-secret values in a JSON file, secrets in the SecretStore.

Why: the settings dialog, the window, the CLI and outside checks share one
configuration, made from one declaration (``desktop_ocr.config``): the app's
sections plus each backend's (``BackendDescription.settings_type``).  Values
are kept per section in ``settings.json`` in the config folder (written
atomically: temp file then ``os.replace``, so a crash mid-save leaves the
previous file).  Every setting declared ``secret`` goes to
:class:`desktop_ocr.secrets.SecretStore` under its key (``cloudwalk.app_key``),
never into that file.  Declared environment variables (``DESKTOP_OCR_*``)
override both, and are never saved unless the caller saves them deliberately.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop_ocr import paths
from desktop_ocr.backends import registry
from desktop_ocr.config import (
    APP_SECTIONS,
    AppPreferences,
    ExportPreferences,
    Setting,
    Settings,
    TransportSettings,
    WindowState,
    apply_environment,
    declared,
)
from desktop_ocr.errors import ConfigError
from desktop_ocr.logging_setup import register_secret
from desktop_ocr.secrets import SecretStore

log = logging.getLogger(__name__)

SETTINGS_FILENAME = "settings.json"
FORMAT_VERSION = 1


def section_types() -> dict[str, type]:
    """Every settings section: the app's, then each backend's that has settings."""
    return {**APP_SECTIONS, **{d.name: d.settings_type for d in registry.descriptions()
                               if d.settings_type is not None}}


def declarations() -> list[Setting]:
    """Every declared setting, section by section (the dialog, the CLI help)."""
    return [s for name, kind in section_types().items() for s in declared(name, kind)]


def default_settings() -> Settings:
    return Settings({name: kind() for name, kind in section_types().items()})


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


_MISSING = object()


class _Secrets:
    """The SecretStore, opened only if a section holds a secret (the keyring is slow)."""

    def __init__(self, store: SecretStore | None) -> None:
        self._store = store

    def __call__(self) -> SecretStore:
        if self._store is None:
            self._store = SecretStore()
        return self._store


def _lookup(data: Any, path: list[str]) -> Any:
    for part in path:
        if not isinstance(data, Mapping) or part not in data:
            return _MISSING
        data = data[part]
    return data


def _from_saved(name: str, kind: type, data: Any, secrets: _Secrets) -> Any:
    """Section ``name`` from its JSON object and the secret store; a value of the
    wrong type keeps its default (a hand-edited file must not stop the app)."""
    values: dict[str, Any] = {}
    for s in declared(name, kind):
        if s.info.secret:
            value = secrets().get(s.key)
        else:
            value = _lookup(data, s.key.split(".")[1:])
            value = _MISSING if value is _MISSING else s.coerce(value)
        if value is not _MISSING and (value or not s.info.secret):
            values[s.key] = value
    return Settings({name: kind()}).with_values(values).section(name, kind)


def _without_secrets(name: str, section: Any) -> dict[str, Any]:
    out = asdict(section)
    for s in declared(name, type(section)):
        if s.info.secret:
            node = out
            *parents, last = s.key.split(".")[1:]
            for part in parents:
                node = node[part]
            node.pop(last, None)
    return out


def load_settings(
    env: Mapping[str, str] | None = None, *, secrets: SecretStore | None = None
) -> Settings:
    """Saved settings + secrets, then the declared ``DESKTOP_OCR_*`` overrides.

    Pass ``env={}`` to get only what is saved (the settings dialog does, so it
    does not save environment values by accident).  Every secret is registered
    for masking in the logs.
    """
    data = _read_json()
    store = _Secrets(secrets)
    settings = Settings({name: _from_saved(name, kind, data.get(name), store)
                         for name, kind in section_types().items()})
    settings = apply_environment(settings, env)
    for s, value in settings.settings():
        if s.info.secret:
            register_secret(value)
    return settings


def save_settings(settings: Settings, *, secrets: SecretStore | None = None) -> None:
    """Write the sections ``settings`` holds: non-secret values to ``settings.json``,
    secrets to the SecretStore (an empty secret deletes the stored one).  Other
    sections in the file are kept as they are."""
    store = _Secrets(secrets)
    for s, value in settings.settings():
        if s.info.secret:
            store().set(s.key, value)
    data = _read_json()
    data["version"] = FORMAT_VERSION
    for name, section in settings.sections().items():
        data[name] = _without_secrets(name, section)
    _write_json(data)


# ---------------------------------------------------------------- the earlier names


def load_backend_settings(
    env: Mapping[str, str] | None = None, *, secrets: SecretStore | None = None
) -> Settings:
    """:func:`load_settings` (the name from when only backends had settings)."""
    return load_settings(env, secrets=secrets)


def save_backend_settings(settings: Settings, *, secrets: SecretStore | None = None) -> None:
    """:func:`save_settings` (the name from when only backends had settings)."""
    save_settings(settings, secrets=secrets)


def load_preferences() -> AppPreferences:
    """The ``preferences`` section as saved (no secrets, no environment)."""
    return _from_saved("preferences", AppPreferences, _read_json().get("preferences"),
                       _Secrets(None))


def save_preferences(prefs: AppPreferences) -> None:
    if prefs.retention_days is not None and prefs.retention_days < 0:
        raise ValueError("retention_days must be zero or more, or None to keep records")
    save_settings(Settings(preferences=prefs))


__all__ = [
    "AppPreferences",
    "ExportPreferences",
    "TransportSettings",
    "WindowState",
    "declarations",
    "default_settings",
    "load_backend_settings",
    "load_preferences",
    "load_settings",
    "save_backend_settings",
    "save_preferences",
    "save_settings",
    "section_types",
    "settings_path",
]
