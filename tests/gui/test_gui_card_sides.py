"""Both sides of a Ghana Card in the real window (issue 15): pairing, unpairing, mismatches.

Driven through the window a clerk uses: files dropped on it, the queue's selection, the
Edit menu's and the queue's context menu's actions, Ctrl+Z with the queue focused,
Ctrl+Enter and Ctrl+Shift+Enter.  The test backend reads the generated back side's zone
as the offline engine would (``gui_helpers``); the front and the back of one seed are
the same holder (``synthetic.real.ghana_back``).  Seed 2 is an ECOWAS card whose zone's
check digits all hold.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from gui_helpers import drop
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop_ocr.documents import back
from desktop_ocr.documents.record import RecordStatus
from desktop_ocr.gui import glyphs
from desktop_ocr.records.store import RecordStore

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SEED = 2
PIN = "GHA-573287524-8"  # seed 2's, front and zone


def _drop_and_read(qtbot, win, idle, paths: list[Path]) -> None:
    assert drop(win, paths)
    idle(qtbot, win)


def _codes(item, key: str) -> list[str]:
    return [w.code for w in item.record.warnings if w.field == key]


def _select(win, *items) -> None:
    """Select documents in the queue as Ctrl+click does; the first is current."""
    view, proxy = win.queue.view, win.queue.proxy
    win.queue.select_item(items[0])
    for item in items[1:]:
        view.selectionModel().select(
            proxy.index(win.queue.view_row(item), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    view.setFocus()


def _ctrl_z_in_queue(qtbot, win) -> None:
    win.queue.view.setFocus()
    qtbot.keyClick(win.queue.view, Qt.Key.Key_Z, CTRL)


def test_sides_dropped_together_are_one_document_and_the_clerk_unpairs_and_pairs(
        qtbot, make_window, docs, idle, tmp_path):
    store_path = tmp_path / "cards.db"
    win = make_window(store_path=store_path)
    _drop_and_read(qtbot, win, idle, [
        docs("ama-front.png", seed=SEED, family="real"),
        docs("ama-back.png", seed=SEED, family="real", side="back")])

    # Named alike but for front/back: paired as the back was read — one document
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=10000)
    card = win.model.items[0]
    assert card.source.endswith("ama-front.png")
    assert "1 card: front and back side paired into one document" in \
        win.statusBar().currentMessage()
    doc_text = win.model.data(win.model.index(0, win.model.COL_DOCUMENT))
    assert doc_text.endswith("Ghana Card · front and back")
    win.queue.select_item(card)
    side = win.form.findChild(QLabel, "formBackSide")
    assert side.isVisible() and "ama-back.png" in side.text()
    # what the zone confirmed is marked green with a check, never as a doubt
    row = win.form.row("id_number")
    assert row.severity == "info" and glyphs.OK in row.label.text()
    assert card.check.red == () and "id_number" not in card.check.amber

    # The Edit menu and the queue's context menu offer both actions
    edit = win.menu_edit.actions()
    assert win.act_pair in edit and win.act_unpair in edit
    assert win.act_pair in win.queue.view.actions() and win.act_unpair in win.queue.view.actions()
    assert win.act_unpair.isEnabled() and not win.act_pair.isEnabled()

    # Unpair: the back side is a document of its own again, right after the front
    win.act_unpair.trigger()
    assert win.model.rowCount() == 2
    front, rear = win.session.items
    assert front is card and rear.source.endswith("ama-back.png")
    assert "mrz" not in card.record.extra and row.severity != "info"
    assert win.model.data(win.model.index(1, win.model.COL_DOCUMENT)).endswith(
        "Ghana Card · back side only")
    win.queue.select_item(rear)
    notes = win.form.findChild(QLabel, "formNotes")
    assert notes.isVisible() and "front of the card is missing" in notes.text()
    assert not win.act_unpair.isEnabled()

    # Pair by hand: select both (Ctrl+click), Edit → Pair front and back side
    _select(win, rear, front)
    assert win.act_pair.isEnabled()
    win.act_pair.trigger()
    assert win.session.items == [card] and card.record.extra["mrz"]["front"] is True
    assert win.queue.current_item() is card
    assert "one document now" in win.statusBar().currentMessage()
    assert [a.action for a in card.record.journal.audit][-3:] == ["pair", "unpair", "pair"]

    # Ctrl+Z in the queue takes them apart again; a second Ctrl+Z undoes the unpairing
    _ctrl_z_in_queue(qtbot, win)
    assert [it.source for it in win.session.items] == [card.source, rear.source]
    assert "mrz" not in card.record.extra
    _ctrl_z_in_queue(qtbot, win)
    assert win.session.items == [card] and "mrz" in card.record.extra

    # The pairing is on disk: a restart shows one document for the card
    win.store.flush()
    with RecordStore(store_path) as store:
        queued = store.queue()
    assert [(r.source.rsplit("/", 1)[-1], bool(r.extra.get("mrz"))) for r in queued] == \
        [("ama-front.png", True)]


def test_a_front_misread_is_paired_by_hand_red_and_never_confirmed_silently(
        qtbot, make_window, docs, idle, tmp_path):
    # The front's PIN and document number were misread: no rule can tell the two sides
    # belong together (the names differ, no number is shared); the clerk pairs them.
    win = make_window()
    _drop_and_read(qtbot, win, idle, [
        docs("scan.png", seed=SEED, family="real",
             overrides={"id_number": "GHA-573287521-8", "document_number": "745578788DJ"}),
        docs("rear.png", seed=SEED, family="real", side="back")])
    assert win.model.rowCount() == 2
    front, rear = win.session.items
    assert front.check.red == ()  # alone, nothing on the front is wrong
    _select(win, front, rear)
    win.act_pair.trigger()
    assert win.session.items == [front]

    # Both readings, red, on each field the zone contradicts
    assert front.check.red == ("id_number", "document_number")
    assert back.MISMATCH in _codes(front, "id_number")
    row = win.form.row("id_number")
    assert row.severity == "error" and row.warning.isVisible()
    assert "GHA-573287521-8" in row.warning.text() and PIN in row.warning.text()
    assert "disagree in 2 fields" in win.statusBar().currentMessage()
    assert win.model.data(win.model.index(0, win.model.COL_STATUS)) == "Fix 2 fields"

    # Ctrl+Enter is blocked, at the red field, saying why
    win.form.row("surname").editor.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert front.status is not RecordStatus.CONFIRMED
    assert QApplication.focusWidget() is win.form.row("id_number").editor
    assert "Cannot confirm" in win.statusBar().currentMessage()

    # Confirming over it needs the clerk's reason, which the export carries with
    # mrz_verified "no" and the mismatch as an error
    with qtbot.waitSignal(win.checking.overrideOffered, timeout=5000) as offered:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL_SHIFT)
    dialog = offered.args[0]
    problems = dialog.findChild(QLabel, "overrideProblems").text()
    assert "GHA-573287521-8" in problems and PIN in problems
    qtbot.keyClicks(dialog.reason, "Holder showed the NIA letter")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert front.status is RecordStatus.CONFIRMED and front.overridden

    from desktop_ocr.gui.export_dialog import ExportDialog

    out = tmp_path / "cards.csv"
    export = ExportDialog([front.record], win.settings, win)
    export.format_combo.setCurrentIndex(export.format_combo.findData("csv"))
    export.path_edit.setText(str(out))
    with qtbot.waitSignal(export.exported, timeout=10000):
        export.start_export()
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    exported = dict(zip(rows[0], rows[1], strict=True))
    assert exported["mrz_verified"] == "no"
    assert exported["Override reason"] == "Holder showed the NIA letter"
    assert "[error] Personal ID number: front reads GHA-573287521-8" in exported["Warnings"]


def test_correcting_the_front_to_what_the_zone_reads_turns_red_into_confirmed(
        qtbot, make_window, docs, idle):
    # A date of birth misread on the front; names alike, so paired as they were read
    win = make_window()
    _drop_and_read(qtbot, win, idle, [
        docs("kofi_front.png", seed=SEED, family="real", overrides={"birthday": "09/DEC/1965"}),
        docs("kofi_back.png", seed=SEED, family="real", side="back")])
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=10000)
    card = win.model.items[0]
    win.queue.select_item(card)
    assert "birthday" in card.check.red and back.MISMATCH in _codes(card, "birthday")
    assert "09 DEC 1964" in win.form.row("birthday").warning.text()  # the zone's reading

    editor = win.form.row("birthday").editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "09/DEC/1964")
    assert card.check.red == ()
    assert back.CONFIRMED in _codes(card, "birthday")
    assert win.form.row("birthday").severity == "info"
    for _ in range(6):  # Ctrl+Enter walks what is left to check, then confirms
        if card.status is RecordStatus.CONFIRMED:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert card.status is RecordStatus.CONFIRMED and not card.overridden


def test_reading_a_paired_front_again_keeps_its_back_side(qtbot, make_window, docs, idle):
    win = make_window()
    _drop_and_read(qtbot, win, idle, [
        docs("esi_front.png", seed=SEED, family="real"),
        docs("esi_back.png", seed=SEED, family="real", side="back")])
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=10000)
    card = win.model.items[0]
    first = card.record
    win.queue.select_item(card)
    win.act_rerun.trigger()  # F5: a new reading of the front
    qtbot.waitUntil(lambda: card.record is not first, timeout=10000)
    idle(qtbot, win)
    assert win.session.items == [card]
    assert card.record.extra["mrz"]["source"].endswith("esi_back.png")
    assert back.CONFIRMED in _codes(card, "id_number")
