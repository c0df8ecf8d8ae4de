"""Child process of the app-level crash test: the real window, mid-batch, with edits made.

Why a separate script: SIGKILL can only be tested on a real process.  This runs
the window exactly as ``desktop_ocr.gui.app`` builds it (its own record store in
``DESKTOP_OCR_HOME``), drops a folder of generated documents on it through the
real drag-and-drop path, and, while the batch is still running, corrects fields
the way a clerk does: select the document in the queue, type into the form's
editor; the form's own signal path keeps and persists the edit.

It reports on stdout, one JSON object per line, each line only once the record
store's ordered write queue has passed the change it reports (the store's
guarantee: a change is on disk once its write ran; the parent checks that claim
after the kill):

- ``{"event": "recognised", "source": ..., "status": ...}`` per recognised document,
- ``{"event": "edit", "source": ..., "key": ..., "value": ...}`` per corrected field,
- ``{"event": "confirmed", "source": ...}`` for the document the clerk confirmed,
- ``{"event": "mid_batch", "remaining": n, "recognised": m, "recognising": source}``
  once every edit is stored, while ``n`` documents still wait for recognition
  and ``source`` is being read (and marked so in the store): the parent kills now.

The test backend sleeps per document so the batch is still running then; once
the edits are made it holds the document it is reading, so the kill lands
*during* a reading (the crash-loop case the restart must not repeat by itself).
A watchdog ends the process if the parent never kills it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_helpers import TEST_BACKEND, FakeRecognizer, drop
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_ocr.backends import registry
from desktop_ocr.backends.base import CancelToken
from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.errors import Cancelled
from desktop_ocr.gui.app import build_window, make_application
from desktop_ocr.gui.main_window import MainWindow
from desktop_ocr.imaging.types import PageImage

#: What the clerk corrects on each document type (two name fields each).
EDITS: dict[str, tuple[tuple[str, str], ...]] = {
    "ghana_card": (("surname", "MENSAH-CORRECTED {n}"), ("first_name", "AKOSUA {n}")),
    "ghana_voter": (("surname", "OWUSU-CORRECTED {n}"), ("other_names", "KWAME {n}")),
    "birth_certificate": (("babyName", "王小明{n}"), ("motherName", "李秀英{n}")),
}


#: Set by the driver once the edits are stored: the reading under way never ends.
HOLD = threading.Event()
#: The source the held reading is of (set by the worker thread when it holds).
HELD: list[str] = []


class SlowRecognizer(FakeRecognizer):
    """The test backend, taking ``delay`` seconds per document (cancellable)."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay

    def recognize(self, page: PageImage, document_type: str = "auto",
                  cancel: CancelToken | None = None) -> Record:
        deadline = time.monotonic() + self.delay
        while time.monotonic() < deadline:
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            time.sleep(0.02)
        while HOLD.is_set():  # the app is killed during this reading
            if not HELD:
                HELD.append(page.source)
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            time.sleep(0.02)
        return super().recognize(page, document_type, cancel)


def type_into(editor: QLineEdit, text: str) -> None:
    """Replace the editor's text as typed: keys for ASCII, an input-method commit for
    Chinese (how a clerk's IME delivers it; QTest has no keys for those characters)."""
    editor.setFocus()
    editor.selectAll()
    if text.isascii():
        QTest.keyClicks(editor, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)


def emit(event: str, **data: object) -> None:
    print(json.dumps({"event": event, **data}, ensure_ascii=False), flush=True)


class Driver:
    """Watches the batch, makes the edits once enough documents are recognised."""

    def __init__(self, win: MainWindow, edit_documents: int) -> None:
        self.win = win
        self.edit_documents = edit_documents
        self.recognised: list[int] = []  # item ids, in order
        self.editing_started = False
        win.worker.recordRecognized.connect(self._on_recognized)  # after the window's slot

    def after_stored(self, report) -> None:
        """Call ``report`` on the GUI thread once every store write queued so far ran."""
        self.win.store.query(lambda _store: None, lambda _none: report())

    def _on_recognized(self, item_id: int, _records: list[Record]) -> None:
        item = self.win.model.by_id(item_id)
        if item is None or item.record is None:
            return
        self.recognised.append(item_id)
        source, status = item.source, item.record.status.value
        self.after_stored(lambda: emit("recognised", source=source, status=status))
        if len(self.recognised) >= self.edit_documents and not self.editing_started:
            self.editing_started = True
            QTimer.singleShot(0, self.make_edits)

    def make_edits(self) -> None:
        """Type corrections into the form like a clerk: select, click into the field, type;
        the first corrected document is confirmed with the form's Confirm button."""
        win = self.win
        for n, item_id in enumerate(self.recognised[: self.edit_documents], start=1):
            item = win.model.by_id(item_id)
            assert item is not None and item.record is not None
            win.queue.select_row(win.model.row_of(item_id))
            assert win.form.record is item.record, "the form shows the selected document"
            doc_type = item.record.document_type or ""
            for key, pattern in EDITS[doc_type]:
                value = pattern.format(n=n)
                editor = win.form.row(key).editor
                type_into(editor, value)
                source = item.source
                self.after_stored(
                    lambda s=source, k=key, v=value: emit("edit", source=s, key=k, value=v))
            if n == 1:  # the clerk is done with the first one: Confirm
                QTest.mouseClick(win.form.confirm_button, Qt.MouseButton.LeftButton)
                self.after_stored(lambda s=item.source: emit("confirmed", source=s))
        self.after_stored(self.report_mid_batch)

    def report_mid_batch(self) -> None:
        """Hold the reading under way; report once the window shows it as being read
        (so its ``recognizing`` mark, queued before, is on disk after ``after_stored``)."""
        HOLD.set()
        items = self.win.model.items
        held = next((it for it in items if HELD and it.source == HELD[0]), None)
        if held is None or held.status is not RecordStatus.RECOGNIZING:
            QTimer.singleShot(20, self.report_mid_batch)
            return
        waiting = sum(1 for it in items if it.status in (RecordStatus.QUEUED, RecordStatus.RECOGNIZING))
        self.after_stored(lambda: emit(
            "mid_batch", remaining=waiting, recognised=len(items) - waiting,
            busy=self.win.worker.busy, recognising=held.source))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of generated documents to drop")
    parser.add_argument("--edit-documents", type=int, default=3)
    parser.add_argument("--delay", type=float, default=0.4, help="seconds per document")
    parser.add_argument("--watchdog", type=float, default=60.0)
    args = parser.parse_args(argv)

    registry.register(TEST_BACKEND, lambda _settings: SlowRecognizer(args.delay))
    app = make_application()
    win = build_window(language="en")  # store and settings: the default ones
    win.backend_combo.set_current_name(TEST_BACKEND)  # the registry offers it
    driver = Driver(win, args.edit_documents)
    win.show()
    QTimer.singleShot(0, lambda: drop(win, [args.folder]) or emit("drop_refused"))
    QTimer.singleShot(int(args.watchdog * 1000), lambda: os._exit(3))  # never outlive the test
    code = app.exec()
    del driver
    return code


if __name__ == "__main__":
    sys.exit(main())
