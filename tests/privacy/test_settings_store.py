"""Settings round trip: non-secrets in settings.json, secrets never in any file in clear."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_ocr.backends.accuauth import AccuAuthSettings
from desktop_ocr.backends.cloudwalk import CloudWalkEnvelope, CloudWalkSettings
from desktop_ocr.config import BackendSettings, TransportSettings
from desktop_ocr.documents.record import FieldValue, Record
from desktop_ocr.logging_setup import reset_logging, setup_logging
from desktop_ocr.records.store import RecordStore
from desktop_ocr.settings_store import (
    AppPreferences,
    default_settings,
    load_backend_settings,
    load_preferences,
    save_backend_settings,
    save_preferences,
    settings_path,
)

SECRETS = {
    "app_key": "cw-appkey-5d1e0b9a77",
    "app_secret": "cw-secret-7f3a9c2e1b44",
    "sm4_key": "0123456789abcdeffedcba9876543210",
    "api_id": "aa-apiid-88c2d4e6f0",
    "api_secret": "aa-apisecret-13579bdf2468",
}


def full_settings() -> BackendSettings:
    return BackendSettings(
        cloudwalk=CloudWalkSettings(
            base_url="https://cloudwalk.example:8443/ocr",
            app_key=SECRETS["app_key"],
            app_secret=SECRETS["app_secret"],
            sm2_public_key="04" + "ab" * 64,
            sm4_key=SECRETS["sm4_key"],
            envelope=CloudWalkEnvelope(mode="sm", sm4_mode="CBC", sm4_iv="00" * 16),
        ),
        accuauth=AccuAuthSettings(
            base_url="https://accuauth.example/api",
            api_id=SECRETS["api_id"],
            api_secret=SECRETS["api_secret"],
            send_as="image_base64",
        ),
        transport=TransportSettings(connect_timeout=3.0, read_timeout=20.0, retries=5),
    )


def test_settings_round_trip(home: Path) -> None:
    settings = full_settings()
    save_backend_settings(settings)
    assert load_backend_settings(env={}) == settings


def test_no_secret_in_any_file_the_app_wrote(home: Path, files_written) -> None:
    # Given an app that saved its settings, logged, and stored records
    log_file = setup_logging(logging.DEBUG)
    save_backend_settings(full_settings())
    save_preferences(AppPreferences(retention_days=30, mask_ids_on_screen=True))
    loaded = load_backend_settings(env={})
    log = logging.getLogger("desktop_ocr.test")
    log.info("loaded settings %r", loaded)  # a careless debug line
    log.debug("headers %s", {"X-DF-API-SECRET": SECRETS["api_secret"]})
    with RecordStore() as store:
        record = Record.empty("/scans/card.jpg", "ghana_card")
        record.fields["surname"] = FieldValue("Mensah")
        store.add(record)
    reset_logging()
    # When every file under the app's home is read
    files = files_written()
    assert log_file in files
    assert settings_path() in files
    # Then no secret appears in any of them
    for path in files:
        data = path.read_bytes()
        for name, secret in SECRETS.items():
            assert secret.encode() not in data, f"{name} found in {path}"
            assert secret.encode("utf-16-le") not in data, f"{name} found in {path}"
    # while the non-secret settings are in the plain JSON file
    saved = json.loads(settings_path().read_text(encoding="utf-8"))
    assert saved["cloudwalk"]["base_url"] == "https://cloudwalk.example:8443/ocr"
    assert saved["accuauth"]["send_as"] == "image_base64"
    assert "app_secret" not in saved["cloudwalk"] and "api_secret" not in saved["accuauth"]


def test_environment_overrides_and_is_not_saved_back(home: Path) -> None:
    save_backend_settings(full_settings())
    env = {"DESKTOP_OCR_ACCUAUTH_API_SECRET": "from-env-secret-999",
           "DESKTOP_OCR_ACCUAUTH_URL": "http://127.0.0.1:9/x"}
    merged = load_backend_settings(env=env)
    assert merged.accuauth.api_secret == "from-env-secret-999"
    assert merged.accuauth.base_url == "http://127.0.0.1:9/x"
    # the dialog loads without env, so saving does not persist env values
    save_backend_settings(load_backend_settings(env={}))
    assert load_backend_settings(env={}).accuauth.api_secret == SECRETS["api_secret"]


def test_clearing_a_secret_removes_it(home: Path) -> None:
    save_backend_settings(full_settings())
    cleared = full_settings().replace(accuauth=replace(full_settings().accuauth, api_secret=""))
    save_backend_settings(cleared)
    assert load_backend_settings(env={}).accuauth.api_secret == ""


def test_defaults_when_nothing_saved_and_bad_file_kept_aside(home: Path) -> None:
    assert load_backend_settings(env={}) == default_settings()
    assert load_preferences() == AppPreferences()
    settings_path().write_text("{ not json", encoding="utf-8")
    assert load_backend_settings(env={}) == default_settings()
    assert list(settings_path().parent.glob("settings.json.unreadable-*"))


def test_hand_edited_wrong_types_fall_back_per_value(home: Path) -> None:
    settings_path().write_text(json.dumps({
        "transport": {"retries": "many", "read_timeout": 5},
        "preferences": {"retention_days": 14, "mask_ids_on_screen": "yes"},
    }), encoding="utf-8")
    loaded = load_backend_settings(env={})
    assert loaded.transport.retries == TransportSettings().retries
    assert loaded.transport.read_timeout == 5.0
    prefs = load_preferences()
    assert prefs.retention_days == 14
    assert prefs.mask_ids_on_screen is False


def test_preferences_and_backend_settings_share_the_file(home: Path) -> None:
    save_preferences(AppPreferences(retention_days=90, mask_ids_on_screen=True))
    save_backend_settings(full_settings())
    assert load_preferences() == AppPreferences(retention_days=90, mask_ids_on_screen=True)
    save_preferences(AppPreferences())
    assert load_backend_settings(env={}).cloudwalk.base_url.startswith("https://cloudwalk")
    assert not list(settings_path().parent.glob(".settings.json.*.tmp"))


def test_failed_save_is_a_config_error_and_keeps_the_previous_file(
    home: Path, monkeypatch
) -> None:
    from desktop_ocr import settings_store
    from desktop_ocr.errors import ConfigError

    save_preferences(AppPreferences(retention_days=7))
    before = settings_path().read_bytes()

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_store.os, "replace", disk_full)
    with pytest.raises(ConfigError) as info:
        save_preferences(AppPreferences(retention_days=99))
    assert info.value.code == "config.write_failed"
    assert "No space left" in info.value.message
    assert settings_path().read_bytes() == before
    assert not list(settings_path().parent.glob(".settings.json.*"))
