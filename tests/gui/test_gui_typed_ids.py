"""Identifiers typed by a clerk are tidied when the clerk leaves the field.

A lowercase ``x`` as the check character of a Chinese resident ID (GB 11643) is
rejected by banks and registries; recognised IDs are already upper case, typed ones
must be too — in the form, in the record store and in the export.
"""

from __future__ import annotations

import csv
import io

import pytest
from gui_helpers import drop
from PySide6.QtCore import Qt
from stdnum.cn import ric

from desktop_ocr.records.export import export_records

pytestmark = pytest.mark.gui


def _id_with_check_x() -> str:
    """A generated ID number (Hangzhou, 1990) whose GB 11643 check character is X."""
    for sequence in range(1, 1000, 2):  # odd 17th digit: a man (the father)
        body = f"330106199003{sequence % 28 + 1:02d}{sequence:03d}"[:17]
        if ric.calc_check_digit(body + "?") == "X":  # it ignores the last character
            return body + "X"
    raise AssertionError("no check character X in the range tried")


def test_lowercase_x_becomes_upper_case_when_the_clerk_leaves_the_field(
        qtbot, make_window, docs, idle, tmp_path):
    number = _id_with_check_x()
    typed = number[:-1] + "x"
    win = make_window()
    assert drop(win, [docs("birth.png", "birth_certificate", seed=21)])
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=10000)
    idle(qtbot, win)
    win.queue.select_row(0)
    editor = win.form.row("fatherID").editor

    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, typed)
    record = win.model.items[0].record
    assert record.value("fatherID") == typed  # never changed under the clerk's fingers
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # leaves the field

    assert editor.value() == number
    assert editor.text() == number
    assert record.value("fatherID") == number
    assert not [w for w in record.warnings if w.field == "fatherID"]
    win.store.flush()
    [stored] = win.store.store.queue()
    assert stored.value("fatherID") == number
    out = export_records([record], tmp_path / "out.csv", "csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0]["Father's ID number"] == number
