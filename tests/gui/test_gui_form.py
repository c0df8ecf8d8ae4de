"""The form: fill, edit, warn, confirm, keyboard flow, export of an edit."""

from __future__ import annotations

import csv
import json

import pytest
from gui_helpers import drop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_ocr.documents.record import RecordStatus
from desktop_ocr.gui.field_editor import ERROR_COLOUR, WARNING_COLOUR

pytestmark = pytest.mark.gui


def _recognised(qtbot, make_window, docs, idle, names_types):
    win = make_window()
    paths = [docs(name, doc_type, seed=i + 11) for i, (name, doc_type) in enumerate(names_types)]
    assert drop(win, paths)
    qtbot.waitUntil(lambda: win.model.rowCount() == len(paths), timeout=10000)
    idle(qtbot, win)
    win.queue.select_row(0)
    return win


def test_edit_is_kept_and_in_the_exported_file(qtbot, make_window, docs, idle, tmp_path):
    win = _recognised(qtbot, make_window, docs, idle, [("card.png", "ghana_card")])
    editor = win.form.row("surname").editor

    # When the clerk corrects the surname by typing
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "MENSAH-CORRECTED")

    # Then the record holds it at once, marked as edited
    rec = win.model.items[0].record
    assert rec.value("surname") == "MENSAH-CORRECTED"
    assert rec.fields["surname"].edited
    assert rec.status is RecordStatus.EDITED

    # And the export (run on a background thread) contains the edit
    from desktop_ocr.gui.export_dialog import ExportDialog

    out = tmp_path / "out.csv"
    dialog = ExportDialog([rec], win.settings, win)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    dialog.all_radio.setChecked(True)  # not confirmed yet: export it anyway, knowingly
    assert "1 of them not reviewed" in dialog.summary.text()
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.start_export()
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel-friendly UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert any("MENSAH-CORRECTED" in cell for row in rows[1:] for cell in row)

    # And the edit was persisted to the record store
    win.store.flush()
    stored = win.store.store.get(rec.id)
    assert stored.value("surname") == "MENSAH-CORRECTED"


def test_invalid_input_shows_red_warning_with_reason(qtbot, make_window, docs, idle):
    win = _recognised(qtbot, make_window, docs, idle, [("card.png", "ghana_card")])
    row = win.form.row("id_number")
    original = win.model.items[0].record.value("id_number")
    assert original and row.severity != "error"

    row.editor.setFocus()
    row.editor.selectAll()
    qtbot.keyClicks(row.editor, "GHA-12345")

    assert row.warning.isVisible()
    assert row.severity == "error"
    assert ERROR_COLOUR in row.warning.styleSheet()
    assert row.warning.text().strip("⛔ ")  # the reason is spelled out
    assert row.editor.toolTip()  # and repeated as the tooltip

    # Typing the number as printed again removes the red warning
    row.editor.selectAll()
    qtbot.keyClicks(row.editor, original)
    assert row.severity != "error"
    assert ERROR_COLOUR not in row.warning.styleSheet() or not row.warning.isVisible()


def test_low_confidence_is_amber(qtbot, make_window, docs, idle):
    win = make_window()
    path = docs("low.png", "ghana_voter", seed=21, confidence={"surname": 0.41})
    assert drop(win, [path])
    idle(qtbot, win)
    win.queue.select_row(0)
    row = win.form.row("surname")
    assert row.severity == "warning"
    assert "41%" in row.editor.toolTip()  # the reason on hover
    row.editor.setFocus()  # and written under the field while the clerk is in it
    assert row.warning.isVisible()
    assert WARNING_COLOUR in row.warning.styleSheet()
    assert "41%" in row.warning.text()


def test_focusing_a_field_outlines_its_box(qtbot, make_window, docs, idle):
    win = _recognised(qtbot, make_window, docs, idle, [("card.png", "ghana_card")])
    qtbot.waitUntil(win.viewer.has_image, timeout=10000)
    box = win.model.items[0].record.fields["surname"].box
    assert box is not None
    win.form.row("surname").editor.setFocus()
    qtbot.waitUntil(lambda: win.viewer.highlighted_box() is not None)
    rect = win.viewer.highlighted_box()
    assert rect.contains(box[0] + 1, box[1] + 1)


def test_keyboard_tab_order_and_confirm_and_next(qtbot, make_window, docs, idle):
    win = _recognised(qtbot, make_window, docs, idle,
                      [("a.png", "ghana_voter"), ("b.png", "ghana_voter")])
    from desktop_ocr.documents.schema import get_document_type

    keys = get_document_type("ghana_voter").keys
    win.form.focus_first_field()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.form.row(keys[0]).editor)

    # Tab walks the fields in schema order
    for key in keys[1:4]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is win.form.row(key).editor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is win.form.row(keys[2]).editor

    # Ctrl+Enter confirms this one and moves on to the next needing review
    first = win.model.items[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert first.status is RecordStatus.CONFIRMED
    assert first.record.status is RecordStatus.CONFIRMED
    assert win.queue.current_row() == 1
    assert QApplication.focusWidget() is win.form.row(keys[0]).editor

    # Ctrl+PgUp goes back
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp,
                   Qt.KeyboardModifier.ControlModifier)
    assert win.queue.current_row() == 0


def test_export_json_confirmed_only(qtbot, make_window, docs, idle, tmp_path):
    win = _recognised(qtbot, make_window, docs, idle,
                      [("a.png", "ghana_card"), ("b.png", "ghana_card")])
    win.confirm_and_next()
    from desktop_ocr.gui.export_dialog import ExportDialog

    records = [it.record for it in win.model.items]
    dialog = ExportDialog(records, win.settings, win)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json"))
    dialog.confirmed_radio.setChecked(True)
    out = tmp_path / "confirmed.json"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.start_export()
    data = json.loads(out.read_text("utf-8"))
    items = data if isinstance(data, list) else data.get("records", [])
    assert len(items) == 1
    assert items[0]["source"] == records[0].source


def test_shortcuts_export_and_rerecognise(qtbot, make_window, docs, idle):
    from PySide6.QtWidgets import QDialog

    from desktop_ocr.gui.export_dialog import ExportDialog

    win = _recognised(qtbot, make_window, docs, idle, [("a.png", "ghana_card")])
    win.queue.view.setFocus()
    started: list[int] = []
    win.worker.recordStarted.connect(started.append)
    qtbot.keyClick(win.queue.view, Qt.Key.Key_F5)  # F5: read the document again
    qtbot.waitUntil(lambda: started == [win.model.items[0].item_id], timeout=10000)
    idle(qtbot, win)

    qtbot.keyClick(win.queue.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in win.findChildren(ExportDialog)))
    dialog = next(d for d in win.findChildren(ExportDialog) if d.isVisible())
    assert dialog.confirmed_radio.isChecked()  # what was checked, by default
    assert dialog.summary.text().startswith("Nothing to export")  # none confirmed yet
    assert not dialog.save_button.isEnabled()
    dialog.done(QDialog.DialogCode.Rejected)
