"""Drag and drop onto the real window: files, a folder, unsupported files."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import drop
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication

from desktop_ocr.documents.record import RecordStatus

pytestmark = pytest.mark.gui


def test_drop_files_and_folder_fills_queue_and_form(qtbot, make_window, docs, idle, tmp_path):
    # Given two loose images and a folder with a nested document and a text file
    card = docs("card.png", "ghana_card", seed=3)
    voter = docs("voter.png", "ghana_voter", seed=4)
    folder = tmp_path / "scans"
    nested = folder / "monday"
    from gui_helpers import write_document

    truth = write_document(nested / "birth.png", "birth_certificate", seed=5)
    (nested / "notes.txt").write_text("not a document")
    win = make_window()

    # When they are dropped on the window
    assert drop(win, [card, voter, folder])

    # Then all three documents are queued and recognised in the background
    qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=10000)
    idle(qtbot, win)
    assert [it.needs_review for it in win.model.items] == [True] * 3
    # each document is one row in the record store (the queued placeholder was reused)
    win.store.flush()
    assert win.store.store.count() == 3
    assert {r.status.value for r in win.store.store.queue()} == {"recognized"}
    # the text file is listed with a reason, not silently dropped
    dialog = win._skipped_dialog
    assert dialog is not None and dialog.isVisible()
    entries = dialog.entries()
    assert [Path(p).name for p, _ in entries] == ["notes.txt"]
    assert "plain text" in entries[0][1]  # what the file is, found from its content

    # and selecting the birth certificate shows its fields in the form
    row = next(i for i, it in enumerate(win.model.items) if it.source.endswith("birth.png"))
    win.queue.select_row(row)
    assert win.form.row("babyName").editor.value() == truth["babyName"]
    assert win.form.row("code").editor.value() == truth["code"]
    # and the viewer shows the page (loaded off the GUI thread)
    qtbot.waitUntil(win.viewer.has_image, timeout=10000)
    # thumbnails were made for the queue
    qtbot.waitUntil(lambda: all(win.model.thumbnail(it) is not None for it in win.model.items),
                    timeout=10000)


def test_drag_of_non_file_is_refused(make_window):
    win = make_window()
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(QPointF(1, 1), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, enter)
    assert not enter.isAccepted()
    assert win.model.rowCount() == 0


def test_broken_file_fails_with_reason_and_batch_goes_on(qtbot, make_window, docs, idle,
                                                         tmp_path):
    good = docs("good.png")
    bad = tmp_path / "docs" / "truncated.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 40)
    win = make_window()
    assert drop(win, [bad, good])
    qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=10000)
    idle(qtbot, win)
    by_name = {Path(it.source).name: it for it in win.model.items}
    assert by_name["good.png"].needs_review
    failed = by_name["truncated.jpg"]
    assert failed.status is RecordStatus.FAILED
    assert failed.reason  # the clerk sees why
    index = win.model.index(win.model.row_of(failed.item_id), win.model.COL_STATUS)
    assert win.model.data(index) == "Failed"  # short: the Status column stays in view
    assert failed.reason in win.model.data(index, Qt.ItemDataRole.ToolTipRole)  # and why


def test_a_pdf_becomes_one_queue_item_per_page(qtbot, make_window, idle, tmp_path):
    from PIL import Image

    pdf = tmp_path / "two-pages.pdf"
    pages = [Image.new("RGB", (400, 300), c) for c in ("white", "lightgrey")]
    pages[0].save(pdf, "PDF", save_all=True, append_images=pages[1:], resolution=72)
    win = make_window()
    assert drop(win, [pdf])
    qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=15000)
    idle(qtbot, win)
    names = [it.display_name for it in win.model.items]
    assert names == ["two-pages.pdf · p.1", "two-pages.pdf · p.2"]
    assert [it.record.page for it in win.model.items] == [1, 2]
