"""The window's one settings object: saved once, announced once, never saving the environment.

Why: every part of the window reads the declared settings through ``AppSettings``
and hears ``settingsChanged``; a value that came from ``DESKTOP_OCR_*`` must not be
written to disk by a save, and the preferences an earlier version kept in
``ui.ini`` must survive the move to ``settings.json``.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from desktop_ocr import paths
from desktop_ocr.gui.settings import AppSettings
from desktop_ocr.settings_store import load_settings


def test_an_update_is_saved_and_announced_with_the_keys_that_changed(qtbot):
    settings = AppSettings(env={})
    with qtbot.waitSignal(settings.settingsChanged) as changed:
        settings.update({"export.format": "csv", "preferences.mask_ids_on_screen": True,
                         "export.audit": True})  # unchanged: not announced
    assert changed.args == [frozenset({"export.format", "preferences.mask_ids_on_screen"})]
    assert settings.get("export.format") == "csv"
    saved = json.loads((paths.config_dir() / "settings.json").read_text("utf-8"))
    assert saved["export"]["format"] == "csv"
    with qtbot.assertNotEmitted(settings.settingsChanged):
        assert settings.update({"export.format": "csv"}) == frozenset()


def test_an_environment_value_is_in_effect_but_never_saved(qtbot):
    env = {"DESKTOP_OCR_ACCUAUTH_URL": "http://127.0.0.1:9/from-env"}
    settings = AppSettings(env=env)
    assert settings.get("accuauth.base_url") == "http://127.0.0.1:9/from-env"
    assert settings.saved().get("accuauth.base_url") == ""
    settings.update({"accuauth.send_as": "image_base64"})
    assert load_settings(env={}).get("accuauth.base_url") == ""
    assert settings.get("accuauth.base_url") == "http://127.0.0.1:9/from-env"


def test_preferences_of_an_earlier_version_are_moved_once(qtbot):
    ini_path = paths.config_dir() / "ui.ini"
    ini = QSettings(str(ini_path), QSettings.Format.IniFormat)
    ini.setValue("export/format", "json")
    ini.setValue("export/confirmed_only", True)
    ini.setValue("intake/watch_folder", "/scans/in")
    ini.setValue("ui/geometry", QByteArray(b"\x01\x02geometry"))
    ini.sync()
    del ini

    settings = AppSettings(env={})
    assert settings.get("export.format") == "json"
    assert settings.get("export.confirmed_only") is True
    assert settings.get("preferences.watch_folder") == "/scans/in"
    assert QByteArray.fromBase64(settings.get("window.geometry").encode()).data() \
        == b"\x01\x02geometry"
    assert not ini_path.exists() and ini_path.with_name("ui.ini.imported").exists()
    assert load_settings(env={}).get("export.format") == "json"
