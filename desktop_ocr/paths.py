"""Where the app keeps its own files (settings, record store, logs).

Why: one place decides the per-user folders (platformdirs), and
``DESKTOP_OCR_HOME`` moves all of them at once (portable installs, tests).
Images are never copied here unless the user asks.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "desktop-ocr"


def _home() -> Path | None:
    value = os.environ.get("DESKTOP_OCR_HOME", "").strip()
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home()
    return _ensure(home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME)))


def data_dir() -> Path:
    home = _home()
    return _ensure(home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME)))


def log_dir() -> Path:
    home = _home()
    return _ensure(home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME)))


def cache_dir() -> Path:
    home = _home()
    return _ensure(home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME)))
