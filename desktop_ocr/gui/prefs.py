"""The clerk's UI preferences (not secrets, not backend credentials).

Why a ``QSettings`` subclass with one declared tuple of defaults (NormCap's
pattern): every preference, its type and its default live in one place, missing
keys are filled on start, and tests point the whole thing at a temporary INI file
(labelme's pattern) so no test touches a developer's real settings.  Credentials
never go here: they go through ``desktop_ocr.settings_store`` / ``secrets``.
Choices the command line shares (UI language, masking, retention, default
backend) live in ``settings_store.AppPreferences``, not here, so there is one
source of truth for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSettings

from desktop_ocr import paths


@dataclass(frozen=True, slots=True)
class Pref:
    key: str
    default: Any
    type_: type
    help: str


DEFAULT_PREFS: tuple[Pref, ...] = (
    Pref("ui/geometry", b"", bytes, "Main window geometry"),
    Pref("ui/splitter", b"", bytes, "Queue | viewer | form splitter sizes"),
    Pref("recognition/document_type", "auto", str, "Document type for what is dropped next"),
    Pref("export/format", "xlsx", str, "Default export format: csv, xlsx or json"),
    Pref("export/confirmed_only", False, bool, "Export only confirmed records by default"),
    Pref("export/language", "en", str, "Header language of exports: en or zh"),
    Pref("export/delimiter", "comma", str, "CSV delimiter: comma, semicolon or tab"),
    Pref("export/last_dir", "", str, "Folder of the last export"),
    Pref("intake/last_dir", "", str, "Folder of the last File → Open"),
    Pref("intake/watch_folder", "", str, "Scanner hot folder; empty = off"),
)
_BY_KEY = {p.key: p for p in DEFAULT_PREFS}


def _coerce(pref: Pref, value: Any) -> Any:
    """INI files give strings back; turn them into the declared type."""
    if value is None:
        return pref.default
    if pref.type_ is bool:
        if isinstance(value, str):
            return value.strip().lower() in {"1", "true", "yes", "on"}
        return bool(value)
    if pref.type_ is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            return pref.default
    if pref.type_ is bytes:
        if hasattr(value, "data"):  # QByteArray
            return bytes(value.data())
        return bytes(value) if isinstance(value, bytes | bytearray) else pref.default
    return str(value)


class Preferences(QSettings):
    """Typed access to the UI preferences; missing keys are set to their default."""

    defaults = DEFAULT_PREFS

    def __init__(self, path: str | None = None, parent: QObject | None = None) -> None:
        ini = path or str(paths.config_dir() / "ui.ini")
        super().__init__(ini, QSettings.Format.IniFormat, parent)
        self.setFallbacksEnabled(False)
        for pref in self.defaults:
            if not self.contains(pref.key):
                self.setValue(pref.key, pref.default)

    def get(self, key: str) -> Any:
        pref = _BY_KEY[key]
        return _coerce(pref, self.value(key, pref.default))

    def put(self, key: str, value: Any) -> None:
        if key not in _BY_KEY:
            raise KeyError(key)
        self.setValue(key, value)
