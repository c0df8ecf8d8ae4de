"""The export dialog for Excel in every locale: XLSX first, CSV with the right delimiter."""

from __future__ import annotations

import csv
import io

import pytest
from gui_helpers import drop

pytestmark = pytest.mark.gui


def test_xlsx_is_proposed_and_csv_offers_delimiters(qtbot, make_window, docs, idle, tmp_path):
    from desktop_ocr.gui.export_dialog import ExportDialog

    win = make_window()
    assert drop(win, [docs("card.png", "ghana_card", seed=41)])
    idle(qtbot, win)
    records = [it.record for it in win.model.items]
    dialog = ExportDialog(records, win.settings, win)
    dialog.show()
    assert dialog.format_combo.itemData(0) == "xlsx"  # first, and the default
    assert dialog.format_combo.currentData() == "xlsx"
    assert not dialog.delimiter_combo.isVisible() and not dialog.csv_note.isVisible()

    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert dialog.delimiter_combo.isVisible()
    assert "XLSX" in dialog.csv_note.text() and dialog.csv_note.isVisible()
    assert [dialog.delimiter_combo.itemData(i) for i in range(dialog.delimiter_combo.count())] \
        == ["comma", "semicolon", "tab"]
    dialog.delimiter_combo.setCurrentIndex(dialog.delimiter_combo.findData("semicolon"))
    dialog.all_radio.setChecked(True)  # nothing is confirmed yet
    out = tmp_path / "records.csv"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.start_export()
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Source file", "Page"]
    assert len(rows) == 2 and len(rows[1]) == len(rows[0])
    # The choice is remembered for the next export.
    again = ExportDialog(records, win.settings, win)
    assert again.delimiter_combo.currentData() == "semicolon"


def _export_dialog(qtbot, win):
    """The export dialog as Ctrl+S opens it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop_ocr.gui.export_dialog import ExportDialog

    before = set(win.findChildren(ExportDialog))
    win.activateWindow()  # back from an earlier dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.queue.view.setFocus()
    qtbot.keyClick(win.queue.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in set(win.findChildren(ExportDialog))
                                - before))
    dialog = next(d for d in set(win.findChildren(ExportDialog)) - before if d.isVisible())
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_word_of_the_export_dialog_is_whole_and_headers_follow_the_window(
        qtbot, make_window, docs, idle, tmp_path, language):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

    win = make_window(language=language)
    assert drop(win, [docs("card.png", "ghana_card", seed=41),
                      docs("voter.png", "ghana_voter", seed=42)])
    idle(qtbot, win)
    dialog = _export_dialog(qtbot, win)
    # the headers are proposed in the window's language
    assert dialog.language_combo.currentData() == ("zh" if language == "zh_CN" else "en")
    for fmt in ("xlsx", "csv", "json"):
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
        for scope in (dialog.all_radio, dialog.confirmed_radio):
            scope.setChecked(True)
            qtbot.wait(20)
            for widget in dialog.findChildren(QWidget):
                if not isinstance(widget, (QLabel, QAbstractButton, QComboBox)) \
                        or not widget.isVisible() \
                        or (isinstance(widget, QLabel) and widget.wordWrap()):
                    continue
                assert widget.sizeHint().width() <= widget.width(), (fmt, widget.text()
                                                                     if hasattr(widget, "text")
                                                                     else widget.currentText())
    assert "changed and confirmed" in dialog.audit_check.toolTip() or \
        "修改和确认" in dialog.audit_check.toolTip()  # the long words: on hover

    # A language the clerk chose is proposed next time, whatever the window's language
    other = "en" if language == "zh_CN" else "zh"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(other))
    dialog.all_radio.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "records.json"))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.start_export()
    again = _export_dialog(qtbot, win)
    assert again.language_combo.currentData() == other
    again.reject()
