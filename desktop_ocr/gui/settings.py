"""The app's settings as the window holds them: one object, one change signal.

Why: the window, the settings dialog, the export dialog and the worker read the
same declared settings (``desktop_ocr.config``), saved by ``settings_store`` in
``settings.json`` and the secret store; whoever changes one calls
:meth:`AppSettings.update`, and everyone who cares hears ``settingsChanged``
with the keys that changed — no part re-reads files or keeps its own copy.
Values in effect include ``DESKTOP_OCR_*`` overrides; the dialog edits the saved
values (:meth:`saved`) so it never saves a value that came from the environment.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from desktop_ocr import paths, settings_store
from desktop_ocr.config import Settings, apply_environment
from desktop_ocr.secrets import SecretStore

log = logging.getLogger(__name__)

#: Where the window kept its preferences before ``settings.json`` held them all.
LEGACY_UI_INI = "ui.ini"
_LEGACY_KEYS = {
    "recognition/document_type": "window.document_type",
    "export/format": "export.format",
    "export/confirmed_only": "export.confirmed_only",
    "export/language": "export.language",
    "export/last_dir": "window.export_last_dir",
    "intake/last_dir": "window.intake_last_dir",
    "intake/watch_folder": "preferences.watch_folder",
    "ui/geometry": "window.geometry",
    "ui/splitter": "window.splitter",
}


class AppSettings(QObject):
    """The settings in effect (``values``), saved by :meth:`update`, announced by
    ``settingsChanged(frozenset[str])`` with the keys (``export.format``) whose
    value in effect changed."""

    settingsChanged = Signal(object)

    def __init__(self, *, secrets: SecretStore | None = None,
                 env: Mapping[str, str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.secrets = secrets
        self._env = env
        legacy = _read_legacy_ini(paths.config_dir() / LEGACY_UI_INI)
        self._saved = settings_store.load_settings(env={}, secrets=secrets)
        if legacy:
            self._saved = self._saved.with_values(legacy)
            settings_store.save_settings(self._sections_of(self._saved, legacy),
                                         secrets=secrets)
            log.info("window preferences moved from %s to settings.json", LEGACY_UI_INI)
        self._values = apply_environment(self._saved, self._env)

    @property
    def values(self) -> Settings:
        """The settings in effect (saved, then environment overrides); immutable."""
        return self._values

    def saved(self) -> Settings:
        """The settings as saved, without environment overrides (what the dialog edits)."""
        return self._saved

    def get(self, key: str) -> Any:
        return self._values.get(key)

    def update(self, changes: Mapping[str, Any]) -> frozenset[str]:
        """Save ``changes`` (key → value) and announce what changed in effect.

        Raises ``ConfigError`` when the file cannot be written; nothing changes then.
        """
        saved = self._saved.with_values(changes)
        if saved == self._saved:
            return frozenset()
        settings_store.save_settings(self._sections_of(saved, changes), secrets=self.secrets)
        self._saved = saved
        values = apply_environment(saved, self._env)
        changed = values.changed_keys(self._values)
        self._values = values
        if changed:
            self.settingsChanged.emit(changed)
        return changed

    @staticmethod
    def _sections_of(settings: Settings, keys: Mapping[str, Any]) -> Settings:
        """Only the sections ``keys`` touch are written (and only their secrets)."""
        names = {key.split(".", 1)[0] for key in keys}
        return Settings({name: section for name, section in settings.sections().items()
                         if name in names})


def _read_legacy_ini(path: Path) -> dict[str, Any]:
    """The preferences an earlier version kept in ``ui.ini``; the file is then renamed
    (``ui.ini.imported``) so this happens once."""
    if not path.is_file():
        return {}
    ini = QSettings(str(path), QSettings.Format.IniFormat)
    declared = {s.key: s for s in settings_store.declarations()}
    found: dict[str, Any] = {}
    for ini_key, key in _LEGACY_KEYS.items():
        if not ini.contains(ini_key):
            continue
        value = ini.value(ini_key)
        if isinstance(value, QByteArray):
            value = bytes(value.toBase64().data()).decode("ascii")
        elif isinstance(value, str):
            value = declared[key].from_text(value) if value else value
        found[key] = value
    del ini
    try:
        os.replace(path, path.with_name(path.name + ".imported"))
    except OSError as exc:
        log.warning("could not rename %s after importing it: %s", path.name, exc)
    return found
