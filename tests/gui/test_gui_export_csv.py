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
