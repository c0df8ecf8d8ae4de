"""Settings (secrets never in plain text, cloud backends enabled once configured),
history search and re-export, About, and the real offline engine end to end."""

from __future__ import annotations

import json

import pytest
from gui_helpers import drop

from desktop_ocr import __version__, paths

pytestmark = pytest.mark.gui


def test_settings_keep_secrets_out_of_plain_files_and_enable_backend(qtbot, make_window,
                                                                      tmp_path):
    win = make_window()
    combo = win.backend_combo
    assert not combo.is_enabled("accuauth")
    tip = combo.model().item(combo.findData("accuauth")).toolTip()
    assert "Settings" in tip  # the clerk is told how to enable it

    from desktop_ocr.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(win.settings, win)
    secret = "s3cret-Value-For-Test-9321"
    dialog.editor("accuauth.base_url").setText("http://127.0.0.1:9/ocr")
    dialog.editor("accuauth.api_id").setText("clerk-desk-7")
    dialog.editor("accuauth.api_secret").setText(secret)
    dialog.editor("preferences.mask_ids_on_screen").setChecked(True)
    dialog.save()

    assert combo.is_enabled("accuauth")
    for path in paths.config_dir().rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    saved = json.loads((paths.config_dir() / "settings.json").read_text("utf-8"))
    assert saved["accuauth"]["base_url"] == "http://127.0.0.1:9/ocr"
    # and it can be read back (keyring or encrypted file)
    from desktop_ocr.settings_store import load_backend_settings

    assert load_backend_settings(env={}).accuauth.api_secret == secret


def test_masked_ids_on_screen(qtbot, make_window, docs, idle):
    from desktop_ocr.settings_store import AppPreferences, save_preferences

    save_preferences(AppPreferences(mask_ids_on_screen=True))
    win = make_window()
    assert drop(win, [docs("card.png", "ghana_card", seed=5)])
    idle(qtbot, win)
    win.queue.select_row(0)
    editor = win.form.row("id_number").editor
    real = win.model.items[0].record.value("id_number")
    shown = editor.text()
    assert shown != real
    assert "*" in shown or "•" in shown
    editor.setFocus()
    qtbot.waitUntil(lambda: editor.text() == real)  # shown in full while being edited


def test_history_search_and_reexport(qtbot, make_window, docs, idle, tmp_path):
    win = make_window()
    assert drop(win, [docs("a.png", "ghana_card", seed=7), docs("b.png", "ghana_voter", seed=8)])
    idle(qtbot, win)
    surname = win.model.items[0].record.value("surname")
    win.store.flush()

    from desktop_ocr.gui.history_dialog import HistoryDialog

    dialog = HistoryDialog(win.store, win.settings, win)
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 2, timeout=10000)
    dialog.text_edit.setText(surname)
    with qtbot.waitSignal(dialog.searched, timeout=10000) as found:
        dialog.search()
    assert found.args[0] >= 1
    assert surname in dialog.results.topLevelItem(0).text(1)

    from desktop_ocr.gui.export_dialog import ExportDialog

    out = tmp_path / "again.json"
    export = ExportDialog(dialog.selected_records(), win.settings, dialog)
    export.format_combo.setCurrentIndex(export.format_combo.findData("json"))
    export.all_radio.setChecked(True)  # none of them confirmed
    export.path_edit.setText(str(out))
    with qtbot.waitSignal(export.exported, timeout=10000):
        export.start_export()
    assert surname in out.read_text("utf-8")


def test_about_names_version_and_models(make_window):
    from desktop_ocr.about import model_files
    from desktop_ocr.gui.about_dialog import AboutDialog

    win = make_window()
    text = AboutDialog(win).label.text()
    assert __version__ in text
    assert "onnxruntime" in text and "Offline" in text
    for name in model_files():
        assert name in text


@pytest.mark.slow
def test_real_offline_engine_fills_the_form(qtbot, make_window, tmp_path, idle):
    """The default backend, for real: a generated Ghana card read by the OCR model."""
    from desktop_ocr.synthetic import generate, save

    doc = generate("ghana_card", seed=12, style="scan")
    path = tmp_path / "card.jpg"
    save(doc, path)
    win = make_window()
    win.backend_combo.set_current_name("offline")
    assert drop(win, [path])
    idle(qtbot, win, timeout=120000)
    win.queue.select_row(0)
    item = win.model.items[0]
    assert item.needs_review
    assert item.record.document_type == "ghana_card"
    assert win.form.row("id_number").editor.value() == doc.truth["id_number"]
    assert win.form.row("surname").editor.value() == doc.truth["surname"]
