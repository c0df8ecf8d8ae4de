"""The clerk's verification, driven through the real window: confirm means checked.

Each test is a rule a clerk would notice (issue 12): a red field stops Ctrl+Enter;
an override needs a reason that is stored and exported; amber fields must be
visited and the form counts them; an edit is marked, shows the value read and
can be reverted; undo works across document switches and restarts; the queue
is a worklist (counts, filter, Delete with undo, duplicates); the export
proposes confirmed records and never replaces a file without asking.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from gui_helpers import drop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton

from desktop_ocr.documents.record import RecordStatus
from desktop_ocr.gui import glyphs
from desktop_ocr.records.store import RecordStore

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open(qtbot, make_window, idle, paths, **kwargs):
    """The real window with ``paths`` dropped and read, the first one selected."""
    win = make_window(**kwargs)
    assert drop(win, paths)
    qtbot.waitUntil(lambda: win.model.rowCount() == len(paths), timeout=10000)
    idle(qtbot, win)
    win.queue.select_row(0)
    return win


def _ctrl_enter(qtbot, win, modifiers=CTRL) -> None:
    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_Return, modifiers)


def _type(qtbot, win, key: str, text: str) -> None:
    editor = win.form.row(key).editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def test_a_red_field_blocks_ctrl_enter_and_says_why(qtbot, make_window, docs, idle):
    # A Ghana Card whose sex reads "X": invalid, red
    win = _open(qtbot, make_window, idle, [docs("bad.png", "ghana_card", seed=3,
                                                overrides={"gender": "X"}),
                                           docs("next.png", "ghana_card", seed=4)])
    item = win.model.items[0]
    assert item.check.red == ("gender",)
    assert win.form.row("gender").severity == "error"
    check = win.form.check_label
    assert check.isVisible() and "Cannot confirm: 1 field to fix" in check.text()
    assert win.form.override_button.isVisible()
    # The queue says what to do with it
    assert win.model.data(win.model.index(0, win.model.COL_STATUS)) == "Fix 1 field"
    assert win.model.data(win.model.index(0, win.model.COL_CHECK)).startswith(glyphs.ERROR)

    win.form.row("surname").editor.setFocus()
    _ctrl_enter(qtbot, win)

    assert item.status is RecordStatus.RECOGNIZED  # not confirmed
    assert win.queue.current_item() is item  # the clerk stays on it
    assert QApplication.focusWidget() is win.form.row("gender").editor  # at the red field
    assert "Cannot confirm" in win.statusBar().currentMessage()

    # Fixing it lets Ctrl+Enter confirm and move on
    _type(qtbot, win, "gender", "M")
    assert item.check.red == ()
    _ctrl_enter(qtbot, win)
    assert item.status is RecordStatus.CONFIRMED
    assert win.queue.current_item() is win.model.items[1]


def test_override_needs_a_reason_that_is_stored_and_exported(qtbot, make_window, docs, idle,
                                                             tmp_path):
    store_path = tmp_path / "override.db"
    win = _open(qtbot, make_window, idle, [docs("bad.png", "ghana_card", seed=3,
                                                overrides={"gender": "X"})],
                store_path=store_path)
    item = win.model.items[0]
    win.form.row("surname").editor.setFocus()
    with qtbot.waitSignal(win.checking.overrideOffered, timeout=5000) as offered:
        _ctrl_enter(qtbot, win, CTRL_SHIFT)
    dialog = offered.args[0]
    assert "Sex" in dialog.findChild(QLabel, "overrideProblems").text()
    assert not dialog.ok_button.isEnabled()  # no reason, no override ...
    hint = dialog.findChild(QLabel, "overrideHint")
    assert hint.isVisible()  # ... and the clerk is told what is needed
    assert hint.text() == "Write a reason of at least 4 characters to confirm."
    qtbot.keyClicks(dialog.reason, " ok ")  # too short
    assert not dialog.ok_button.isEnabled() and hint.isVisible()
    dialog.reason.clear()
    qtbot.keyClicks(dialog.reason, "Card says X; confirmed with the holder")
    assert not hint.isVisible()
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert item.status is RecordStatus.CONFIRMED
    assert item.overridden
    assert win.model.data(win.model.index(0, win.model.COL_STATUS)) == \
        "Confirmed with a reason"
    win.store.flush()
    with RecordStore(store_path) as store:
        stored = store.get(item.record.id)
    assert stored.journal.override == "Card says X; confirmed with the holder"
    assert stored.journal.audit[-1].action == "override"

    # The export carries the reason and the level of every warning
    from desktop_ocr.gui.export_dialog import ExportDialog

    out = tmp_path / "checked.csv"
    export = ExportDialog([item.record], win.settings, win)
    export.format_combo.setCurrentIndex(export.format_combo.findData("csv"))
    export.path_edit.setText(str(out))
    with qtbot.waitSignal(export.exported, timeout=10000):
        export.start_export()
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Override reason"] == "Card says X; confirmed with the holder"
    assert row["Status"] == "Confirmed"
    assert "[error] Sex:" in row["Warnings"]
    assert "override" in row["Audit trail"]


def test_what_an_override_overrode_is_exported_in_words(qtbot, make_window, docs, idle,
                                                        tmp_path):
    import openpyxl

    from desktop_ocr.gui.export_dialog import ExportDialog

    # A Ghana Card with an invalid sex and a doubtful surname the clerk never went to
    win = _open(qtbot, make_window, idle, [docs("bad.png", "ghana_card", seed=3,
                                                overrides={"gender": "X"},
                                                confidence={"surname": 0.4})])
    item = win.model.items[0]
    win.form.row("first_name").editor.setFocus()
    with qtbot.waitSignal(win.checking.overrideOffered, timeout=5000) as offered:
        _ctrl_enter(qtbot, win, CTRL_SHIFT)
    qtbot.keyClicks(offered.args[0].reason, "Seen the holder")
    qtbot.keyClick(offered.args[0].reason, Qt.Key.Key_Return)
    assert item.status is RecordStatus.CONFIRMED

    details = {}
    for language in ("en", "zh"):
        out = tmp_path / f"checked_{language}.xlsx"
        export = ExportDialog([item.record], win.settings, win)
        export.format_combo.setCurrentIndex(export.format_combo.findData("xlsx"))
        export.language_combo.setCurrentIndex(export.language_combo.findData(language))
        export.audit_check.setChecked(True)
        export.path_edit.setText(str(out))
        with qtbot.waitSignal(export.exported, timeout=10000):
            export.start_export()
        trail = openpyxl.load_workbook(out).worksheets[-1]
        rows = [[c.value for c in r] for r in trail.iter_rows(min_row=2)]
        details[language] = next(r[-1] for r in rows if r[-2] == "Seen the holder")
    # the field labels and the messages in the export's language, never codes
    assert details["en"] == "Sex: Sex should be M or F.; Surname: not looked at"
    assert details["zh"] == "性别：性别应为“M”或“F”。；姓：未查看"


def test_amber_fields_must_be_visited_and_the_form_counts_them(qtbot, make_window, docs,
                                                               idle):
    path = docs("doubt.png", "ghana_voter", seed=21,
                confidence={"surname": 0.41, "polling_station_code": 0.55})
    win = _open(qtbot, make_window, idle, [path])
    item = win.model.items[0]
    assert item.check.to_visit == ("surname", "polling_station_code")
    check = win.form.check_label
    assert "2 fields to check" in check.text()
    assert win.form.row("surname").to_visit
    assert glyphs.TO_CHECK in win.form.row("surname").label.text()
    assert win.model.data(win.model.index(0, win.model.COL_STATUS)) == "Check 2 fields"

    # Ctrl+Enter first goes to the fields still to check, one at a time
    win.queue.view.setFocus()
    _ctrl_enter(qtbot, win)
    assert QApplication.focusWidget() is win.form.row("surname").editor
    assert item.status is RecordStatus.RECOGNIZED
    assert "1 field to check" in check.text()
    assert not win.form.row("surname").to_visit

    # Enter in a field accepts it and goes to the next one to check
    qtbot.keyClick(win.form.row("surname").editor, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is win.form.row("polling_station_code").editor
    assert item.check.to_visit == ()
    assert "Ready to confirm" in check.text()

    _ctrl_enter(qtbot, win)
    assert item.status is RecordStatus.CONFIRMED

    # The threshold is a setting: at 40 % the surname would not have been amber
    win.settings.update({"checking.low_confidence": 40})
    assert win.session.policy.low_confidence == pytest.approx(0.40)


def test_the_cursor_put_in_a_field_by_the_program_is_not_the_clerks_visit(
        qtbot, make_window, docs, idle):
    # A is clean; B and C each have one doubtful field, where the cursor lands when they open
    win = _open(qtbot, make_window, idle, [
        docs("a.png", "ghana_voter", seed=1),
        docs("b.png", "ghana_voter", seed=2, confidence={"polling_station_code": 0.3}),
        docs("c.png", "ghana_voter", seed=3, confidence={"surname": 0.3})])
    a, b, c = win.model.items
    win.form.focus_first_field()
    _ctrl_enter(qtbot, win)
    assert a.status is RecordStatus.CONFIRMED and win.queue.current_item() is b
    editor = win.form.row("polling_station_code").editor
    assert QApplication.focusWidget() is editor  # the cursor waits in B's amber field ...
    assert b.check.to_visit == ("polling_station_code",)  # ... which is still to check
    assert "1 field to check" in win.form.check_label.text()

    # Neither the Ctrl of a second Ctrl+Enter nor the window coming back is a look at it
    qtbot.keyPress(editor, Qt.Key.Key_Control)
    qtbot.keyRelease(editor, Qt.Key.Key_Control)
    win.activateWindow()
    QApplication.processEvents()
    assert b.check.to_visit == ("polling_station_code",)
    # A second Ctrl+Enter (a double press) does not confirm B: it shows the field to check
    _ctrl_enter(qtbot, win)
    assert b.status is RecordStatus.RECOGNIZED
    assert "still to check" in win.statusBar().currentMessage()
    _ctrl_enter(qtbot, win)  # the clerk has been shown it: now B is confirmed
    assert b.status is RecordStatus.CONFIRMED and win.queue.current_item() is c

    # In C the clerk clicks into the field where the cursor already is: that is a visit
    editor = win.form.row("surname").editor
    assert QApplication.focusWidget() is editor and c.check.to_visit == ("surname",)
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    assert c.check.to_visit == ()
    assert "Ready to confirm" in win.form.check_label.text()
    _ctrl_enter(qtbot, win)
    assert c.status is RecordStatus.CONFIRMED


def test_an_edit_is_marked_shows_the_value_read_and_reverts(qtbot, make_window, docs, idle):
    win = _open(qtbot, make_window, idle, [docs("card.png", "ghana_card", seed=5)])
    rec = win.model.items[0].record
    read = rec.value("surname")
    row = win.form.row("surname")
    assert not row.revert_button.isVisible()

    _type(qtbot, win, "surname", "CORRECTED")
    assert rec.fields["surname"].edited and rec.fields["surname"].read == read
    assert glyphs.EDITED in row.label.text()
    assert f"Read as: «{read}»" in row.editor.toolTip()
    assert row.revert_button.isVisible()
    assert read in row.revert_button.toolTip()

    qtbot.mouseClick(row.revert_button, Qt.MouseButton.LeftButton)
    assert rec.value("surname") == read and not rec.fields["surname"].edited
    assert row.editor.value() == read
    assert glyphs.EDITED not in row.label.text()
    assert not row.revert_button.isVisible()
    assert rec.status is RecordStatus.RECOGNIZED
    assert [a.action for a in rec.journal.audit] == ["read", "edit", "revert"]


def test_a_derived_date_is_read_only_and_follows_the_printed_one(qtbot, make_window, docs,
                                                                 idle):
    win = _open(qtbot, make_window, idle, [docs("card.png", "ghana_card", seed=3)])
    derived = win.form.row("birthday_s")
    assert derived.editor.isReadOnly()
    assert derived.editor.parentWidget() is win.form.row("birthday").editor.parentWidget()
    _type(qtbot, win, "birthday", "28/03/1989")
    assert win.model.items[0].record.value("birthday_s") == "28-03-1989"
    assert derived.editor.value() == "28-03-1989"
    # Tab from the printed date skips its derived form
    qtbot.keyClick(win.form.row("birthday").editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is win.form.row("gender").editor


def test_undo_after_switching_documents_and_after_a_restart(qtbot, make_window, docs, idle,
                                                            tmp_path):
    store_path = tmp_path / "undo.db"
    paths = [docs("a.png", "ghana_card", seed=5), docs("b.png", "ghana_card", seed=6)]
    win = _open(qtbot, make_window, idle, paths, store_path=store_path)
    first = win.model.items[0]
    read = first.record.value("surname")
    _type(qtbot, win, "surname", "TYPED ON A")

    # Switch to the other document and back: Ctrl+Z in the field undoes the whole correction
    win.queue.select_row(1)
    win.queue.select_row(0)
    editor = win.form.row("surname").editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert first.record.value("surname") == read
    assert editor.value() == read
    qtbot.keyClick(editor, Qt.Key.Key_Y, CTRL)  # and redo
    assert first.record.value("surname") == "TYPED ON A"

    # After a restart the record's undo stack is still there
    win.close()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=15000)
    again = make_window(store_path=store_path)
    qtbot.waitUntil(lambda: again.model.rowCount() == 2, timeout=10000)
    again.queue.select_row(0)
    restored = again.model.items[0]
    assert restored.record.value("surname") == "TYPED ON A"
    again.form.row("first_name").editor.setFocus()
    qtbot.keyClick(again.form.row("first_name").editor, Qt.Key.Key_Z, CTRL)
    assert restored.record.value("surname") == read
    assert QApplication.focusWidget() is again.form.row("surname").editor  # where it changed
    assert again.form.row("surname").editor.value() == read


def test_delete_removes_from_the_queue_never_the_file_and_ctrl_z_brings_back(
        qtbot, make_window, docs, idle, tmp_path):
    store_path = tmp_path / "delete.db"
    paths = [docs(f"d{i}.png", "ghana_voter", seed=70 + i) for i in range(3)]
    win = _open(qtbot, make_window, idle, paths, store_path=store_path)
    counts = []
    win.session.countsChanged.connect(counts.append)
    view = win.queue.view
    view.setFocus()
    win.queue.select_row(0)
    view.selectionModel().select(win.queue.proxy.index(1, 0),
                                 view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)
    qtbot.keyClick(view, Qt.Key.Key_Delete)

    assert [Path(it.source).name for it in win.model.items] == ["d2.png"]
    assert all(p.exists() for p in paths)  # never the files
    assert counts[-1].to_review == 1  # counters true at once
    assert "Removed 2 documents" in win.statusBar().currentMessage()
    win.store.flush()
    assert len(win.store.store.queue()) == 1  # archived, in the history

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert [Path(it.source).name for it in win.model.items] == ["d0.png", "d1.png", "d2.png"]
    assert counts[-1].to_review == 3
    win.store.flush()
    assert len(win.store.store.queue()) == 3


def test_the_same_document_twice_is_asked_about(qtbot, make_window, docs, idle, tmp_path):
    original = docs("card.png", "ghana_card", seed=7)
    copy = tmp_path / "elsewhere" / "card-again.png"
    copy.parent.mkdir()
    copy.write_bytes(original.read_bytes())
    other = docs("other.png", "ghana_card", seed=8)
    win = _open(qtbot, make_window, idle, [original])

    # Dropped again, under another name, with a new document: the clerk is asked
    assert drop(win, [copy, other])
    qtbot.waitUntil(lambda: win.intake.duplicates_question is not None
                    and win.intake.duplicates_question.isVisible(), timeout=10000)
    box = win.intake.duplicates_question
    assert "1 file already in the queue" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "skipDuplicatesButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=5000)
    assert [Path(it.source).name for it in win.model.items] == ["card.png", "other.png"]
    assert "Not added again" in win.statusBar().currentMessage()
    idle(qtbot, win)

    # Confirmed, then taken out of the queue: still known ("confirmed before")
    win.queue.select_row(0)
    win.form.focus_first_field()
    win.confirm_and_next()
    assert win.model.items[0].status is RecordStatus.CONFIRMED
    win.session.clear_confirmed()
    win.intake.duplicates_question = None
    assert drop(win, [copy])
    qtbot.waitUntil(lambda: win.intake.duplicates_question is not None
                    and win.intake.duplicates_question.isVisible(), timeout=10000)
    assert "1 file confirmed before" in win.intake.duplicates_question.text()
    add = win.intake.duplicates_question.findChild(QPushButton, "addDuplicatesButton")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)  # the clerk wants it anyway
    qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=5000)


def test_the_same_document_twice_in_one_drop_is_one_document(qtbot, make_window, docs,
                                                              idle, tmp_path):
    card = docs("card.png", "ghana_card", seed=7)
    copy = tmp_path / "elsewhere" / "card (1).png"
    copy.parent.mkdir()
    copy.write_bytes(card.read_bytes())
    win = make_window()

    # The same file twice and a copy of it, in one drop on an empty queue: nothing to ask
    assert drop(win, [card, card, copy])
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: "each document is added once" in win.statusBar().currentMessage())
    assert win.statusBar().currentMessage().startswith("2 files held the same document")
    assert win.intake.duplicates_question is None
    idle(qtbot, win)
    assert win.model.rowCount() == 1

    # Dropped again with a new document twice: asked about the one really in the queue only
    other = docs("other.png", "ghana_card", seed=8)
    assert drop(win, [card, other, other])
    qtbot.waitUntil(lambda: win.intake.duplicates_question is not None
                    and win.intake.duplicates_question.isVisible(), timeout=10000)
    box = win.intake.duplicates_question
    assert "1 file already in the queue" in box.text()
    assert "1 file held the same document" in box.informativeText()
    qtbot.mouseClick(box.findChild(QPushButton, "addDuplicatesButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=5000)
    qtbot.wait(200)
    assert sorted(Path(it.source).name for it in win.model.items) == [
        "card.png", "card.png", "other.png"]  # the card again, as asked; the new one once


def test_export_proposes_confirmed_and_asks_before_replacing_a_file(qtbot, make_window, docs,
                                                                     idle, tmp_path):
    from desktop_ocr.gui.export_dialog import ExportDialog

    win = _open(qtbot, make_window, idle, [docs("a.png", "ghana_voter", seed=1),
                                           docs("b.png", "ghana_voter", seed=2)])
    win.form.focus_first_field()
    win.confirm_and_next()
    assert win.session.counts().confirmed == 1

    win.queue.view.setFocus()
    qtbot.keyClick(win.queue.view, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in win.findChildren(ExportDialog)))
    dialog = next(d for d in win.findChildren(ExportDialog) if d.isVisible())
    assert dialog.confirmed_radio.isChecked()  # the default scope: what was checked
    assert dialog.summary.text() == "1 record will be exported."
    dialog.all_radio.setChecked(True)
    assert "1 of them not reviewed" in dialog.summary.text()
    dialog.confirmed_radio.setChecked(True)

    previous = tmp_path / "records.csv"
    previous.write_text("two confirmed records from yesterday\n", encoding="utf-8")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    dialog.path_edit.setText(str(previous))
    with qtbot.waitSignal(dialog.replaceAsked, timeout=5000) as asked:
        dialog.save_button.click()
    box = asked.args[0]
    assert "records.csv already exists" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert previous.read_text("utf-8") == "two confirmed records from yesterday\n"
    assert dialog.isVisible()

    with qtbot.waitSignal(dialog.replaceAsked, timeout=5000) as asked:
        dialog.save_button.click()
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        qtbot.mouseClick(asked.args[0].button(QMessageBox.StandardButton.Yes),
                         Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO(previous.read_text("utf-8-sig"))))
    assert len(rows) == 2 and rows[1][0].endswith("a.png")
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_editing_a_confirmed_record_reopens_it_and_counters_stay_true(qtbot, make_window,
                                                                      docs, idle):
    win = _open(qtbot, make_window, idle, [docs("a.png", "ghana_voter", seed=1),
                                           docs("b.png", "ghana_voter", seed=2)])
    first = win.model.items[0]
    win.form.focus_first_field()
    win.confirm_and_next()
    assert win.session.counts().confirmed == 1 and win.status_line.progress_label.text() \
        .endswith("1 to review · 1 confirmed · 0 failed")
    win.queue.select_row(0)
    _type(qtbot, win, "surname", "CHANGED")
    assert first.status is RecordStatus.EDITED
    assert "re-opens it" in win.statusBar().currentMessage()
    assert win.status_line.progress_label.text().endswith("2 to review · 0 confirmed · 0 failed")
    assert [a.action for a in first.record.journal.audit][-2:] == ["edit", "reopen"]


def test_queue_filter_sort_and_type_shown_as_read(qtbot, make_window, docs, idle):
    win = _open(qtbot, make_window, idle, [
        docs("ghana_card_00.png", "ghana_card", seed=3, overrides={"gender": "X"}),
        docs("ghana_voter_00.png", "ghana_voter", seed=21, confidence={"surname": 0.4}),
        docs("ghana_voter_01.png", "ghana_voter", seed=22)])
    queue = win.queue
    # the type read is shown for the current document, not "Auto-detect"
    assert queue.type_combo.current_name() == "ghana_card"
    # names: the part that tells them apart and the extension stay readable even in a
    # narrow column, the full path is the tooltip
    from PySide6.QtGui import QFontMetrics

    from desktop_ocr.gui.name_elision import NameTeller, elide_name

    metrics = QFontMetrics(queue.view.font())
    names = ["ghana_card_00.png", "ghana_voter_00.png", "ghana_voter_01.png"]
    teller = NameTeller(names)
    for width in (metrics.horizontalAdvance("ghana_card_0….png"),
                  metrics.horizontalAdvance("gha…00.png")):
        shown = [elide_name(n, metrics, width, teller) for n in names]
        assert len(set(shown)) == 3 and all(n.endswith(".png") for n in shown), shown
    assert win.model.data(win.model.index(0, 0), Qt.ItemDataRole.ToolTipRole).endswith(
        "ghana_card_00.png")

    queue.filter_combo.setCurrentIndex(queue.filter_combo.findData("confirmed"))
    assert queue.proxy.rowCount() == 0
    queue.filter_combo.setCurrentIndex(queue.filter_combo.findData("to_check"))
    assert queue.proxy.rowCount() == 3
    queue.filter_combo.setCurrentIndex(queue.filter_combo.findData("all"))
    # sort by what to do: fix first, then check, then ready
    queue.view.sortByColumn(win.model.COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert [Path(it.source).name for it in queue.view_items()] == [
        "ghana_card_00.png", "ghana_voter_00.png", "ghana_voter_01.png"]
    queue.view.sortByColumn(win.model.COL_STATUS, Qt.SortOrder.DescendingOrder)
    assert Path(queue.view_items()[0].source).name == "ghana_voter_01.png"
    # every column stays in view in a narrow queue panel
    header = queue.view.horizontalHeader()
    status_right = header.sectionViewportPosition(win.model.COL_STATUS) + \
        header.sectionSize(win.model.COL_STATUS)
    assert status_right <= queue.view.viewport().width()


def test_camera_names_read_differently_in_the_queue_and_line_up(qtbot, make_window, docs,
                                                               idle, tmp_path):
    # A camera's and a scanner's names differ at the end, people's names near the start;
    # a file that could not be read has no thumbnail
    names = ["IMG_20261201_103455.jpg", "IMG_20261201_103512.jpg",
             "Scan_2026-12-01_0001.png", "Scan_2026-12-01_0002.png",
             "ghana_card_0001.png", "ghana_voter_0001.png"]
    paths = [docs(n, "ghana_card", seed=100 + i) for i, n in enumerate(names)]
    broken = tmp_path / "docs" / "IMG_20261201_103599.jpg"
    broken.write_bytes(b"\xff\xd8\xff not really a JPEG")
    win = _open(qtbot, make_window, idle, [*paths, broken])
    win.resize(1366, 768)
    qtbot.waitUntil(lambda: win.width() == 1366)
    queue = win.queue
    assert win.model.items[-1].status is RecordStatus.FAILED
    shown = queue.shown_names()
    print(shown)
    assert any("…" in name for name in shown)  # the column is too narrow for them ...
    assert len(set(shown)) == len(shown)  # ... and still no two read the same
    assert [Path(n).suffix for n in shown] == [Path(n).suffix for n in [*names, broken.name]]
    assert win.model.data(win.model.index(0, 0), Qt.ItemDataRole.ToolTipRole).endswith(
        names[0])

    # Every name starts at the same place, the failed file's (no thumbnail) too
    queue.view.clearSelection()
    queue.view.setCurrentIndex(queue.proxy.index(-1, 0))
    image = queue.view.viewport().grab().toImage()
    starts = []
    for row in range(queue.proxy.rowCount()):
        cell = queue.view.visualRect(queue.proxy.index(row, 0))
        inked = [x for x in range(cell.left() + queue.view.iconSize().width() + 2, cell.right())
                 for y in range(cell.top() + 4, cell.bottom() - 4)
                 if image.pixelColor(x, y).lightness() < 110]
        starts.append(min(inked))
    assert max(starts) - min(starts) <= 3, starts


def test_the_scanner_delivering_a_document_again_is_skipped_with_a_note(qtbot, make_window,
                                                                        docs, idle, tmp_path):
    watched = tmp_path / "scanner"
    watched.mkdir()
    original = docs("scan.png", "ghana_card", seed=9)
    win = _open(qtbot, make_window, idle, [original], hot_folder_poll_ms=60)
    win.set_watch_folder(str(watched))
    (watched / "scan-0002.png").write_bytes(original.read_bytes())  # the same sheet again
    qtbot.waitUntil(lambda: "Not added again: 1 file already in the queue"
                    in win.statusBar().currentMessage(), timeout=10000)
    assert win.model.rowCount() == 1
    assert win.intake.duplicates_question is None  # nobody at the scanner to ask
