"""File names that are not valid UTF-8, dropped on the real window.

A folder unpacked from a zip made on a Chinese Windows machine has GBK-encoded
names.  The file manager sends their bytes percent-encoded in the drop; the window
must read the document like any other, show its name with the undecodable bytes
replaced visibly, store the record (it survives a restart, image included), and never
show Python's own exception text.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import quote_from_bytes

import pytest
from gui_helpers import drop, write_document
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_ocr.gui.queue_model import QueueModel

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(os.name != "posix" or sys.platform == "darwin",
                       reason="only POSIX file systems other than APFS keep non-UTF-8 names"),
]

GBK_NAME = "出生证明".encode("gbk") + b".png"


def _gbk_document(folder: Path) -> tuple[Path, dict[str, str]]:
    path = folder / os.fsdecode(GBK_NAME)  # str with PEP 383 surrogates: opens the file
    try:
        truth = write_document(path, "ghana_card", seed=7)
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    return path, truth


def _drop_bytes(win, path: Path) -> None:
    """Drop as a file manager does: the name's own bytes, percent-encoded."""
    mime = QMimeData()
    mime.setData("text/uri-list", b"file://" + quote_from_bytes(os.fsencode(path)).encode()
                 + b"\r\n")
    for event in (QDragEnterEvent, QDropEvent):
        ev = event(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                   Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(win, ev)
        assert ev.isAccepted()


@pytest.mark.parametrize("what", ["folder", "file"])
def test_gbk_named_document_is_read_shown_and_stored(qtbot, make_window, idle, tmp_path,
                                                     monkeypatch, what):
    folder = tmp_path / "unzipped"
    path, truth = _gbk_document(folder)
    store_path = tmp_path / "records.db"
    win = make_window(store_path=store_path)
    problems: list[str] = []
    win.store.storeFailed.connect(problems.append)
    # A "Record store" warning would be modal: note its text instead of waiting on it.
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: problems.append(text))

    if what == "folder":
        assert drop(win, [folder])
    else:
        _drop_bytes(win, path)
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=10000)
    idle(qtbot, win)

    item = win.model.items[0]
    assert item.needs_review  # read like any other file
    assert item.source == str(path)  # the real name, which opens the file
    shown = win.model.data(win.model.index(0, QueueModel.COL_DOCUMENT))
    name = shown.split("\n")[0]  # the type is shown under the name
    assert name.endswith(".png") and "\ufffd" in name  # the bad bytes, visibly replaced
    win.queue.select_row(0)
    assert win.form.row("surname").editor.value() == truth["surname"]
    qtbot.waitUntil(win.viewer.has_image, timeout=10000)  # the image is shown too
    win.form.row("surname").editor.setFocus()
    qtbot.keyClicks(win.form.row("surname").editor, "X")
    win.store.flush()
    assert problems == []  # no "Record store" dialog
    [stored] = win.store.store.queue()
    assert stored.source == str(path)
    assert stored.value("surname") == truth["surname"] + "X"
    win.close()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=15000)

    # After a restart the record, its edit and its image are back.
    again = make_window(store_path=store_path)
    qtbot.waitUntil(lambda: again.model.rowCount() == 1, timeout=10000)
    restored = again.model.items[0]
    assert restored.source == str(path)
    assert restored.record is not None and restored.record.value("surname") == \
        truth["surname"] + "X"
    again.queue.select_row(0)
    qtbot.waitUntil(again.viewer.has_image, timeout=10000)


def test_a_store_bug_is_reported_in_words_not_python_text(qtbot, make_window):
    from desktop_ocr.documents.record import Record

    class BrokenStore:
        def add(self, record):
            raise UnicodeEncodeError("utf-8", "\udcb3", 0, 1, "surrogates not allowed")

        def close(self):
            pass

    from desktop_ocr.gui.store_bridge import StoreBridge

    bridge = StoreBridge(BrokenStore())
    messages: list[str] = []
    bridge.storeFailed.connect(messages.append)
    bridge.save(Record(source="a.png"))
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    bridge.close()
    assert "could not be saved" in messages[0]
    assert "codec" not in messages[0] and "surrogates" not in messages[0]
