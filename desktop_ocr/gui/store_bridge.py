"""Persist records and edits to the record store without blocking the GUI.

Why: every ``RecordStore`` write is an fsynced SQLite transaction — right for
"no edit is ever lost", wrong for the GUI thread (a slow disk would stall
typing).  Writes go, in order, to the one-thread ``store`` lane; the GUI hands
over a *snapshot* of the record so the lane never reads an object the clerk is
editing.  ``flush`` on close waits for the queue to drain (bounded).
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.errors import OcrError, StoreError
from desktop_ocr.gui.offthread import Lane
from desktop_ocr.records.store import RecordStore, default_path

log = logging.getLogger(__name__)

#: SQLite's name for a database that lives only in memory (nothing written to disk).
IN_MEMORY = ":memory:"


class OpenedStore(NamedTuple):
    store: RecordStore
    problem: StoreError | None  # why the real store could not be used (None: it is used)
    path: Path  # the store file the app tried to open


def open_record_store(path: str | Path | None = None) -> OpenedStore:
    """The clerk's record store, or a temporary one when it cannot be opened.

    Why not fail: the store may be locked by another copy of the app, written by a
    newer version, or in a folder the user may not write; the clerk can still
    recognise, check and export today's documents.  The stand-in lives only in
    memory (no copy of ID data left in a temp folder) and the window says that
    nothing will be kept.  Only the error code is logged (the message holds paths).
    """
    target = Path(path) if path is not None else default_path()
    try:
        return OpenedStore(RecordStore(target), None, target)
    except StoreError as exc:
        log.error("record store could not be opened (%s); using a temporary in-memory store",
                  exc.code)
        return OpenedStore(RecordStore(IN_MEMORY), exc, target)


class StoreBridge(QObject):
    """Ordered writes to a ``RecordStore`` on the ``store`` lane; reads for history run there too."""

    storeFailed = Signal(str)  # message for the clerk

    def __init__(self, store: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._lane = Lane("store", 1, self)

    def _submit(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        self._lane.run(fn, done, self._failed)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, OcrError):
            log.error("record store write failed: %s", exc.code)
            self.storeFailed.emit(exc.message)
        else:  # the store must never take the window down
            # A bug, not a disk problem: the traceback goes to the log, the clerk gets
            # words (never Python's own exception text).
            log.error("record store write failed", exc_info=exc)
            self.storeFailed.emit(QCoreApplication.translate(
                "StoreBridge", "A change could not be saved to the record store "
                "because of an internal error ({0}). The details are in the log file.")
                .replace("{0}", type(exc).__name__))

    def save(self, record: Record, *, same_row_as: Record | None = None) -> None:
        """Add ``record`` (first time) or update it; sets ``record.id`` when added.

        ``same_row_as``: the record this one replaces (a queued placeholder, or the
        previous reading of a re-recognised document) — its row is reused even if
        its own ``add`` is still waiting in this queue.
        """
        snapshot = copy.deepcopy(record)

        def write() -> None:
            if snapshot.id is None:
                known = record.id if record.id is not None else (
                    same_row_as.id if same_row_as is not None else None)
                if known is not None:
                    snapshot.id = record.id = known
            if snapshot.id is None:
                record.id = self.store.add(snapshot)
            else:
                self.store.update(snapshot)

        self._submit(write)

    def save_new(self, records: list[Record]) -> None:
        """Add a whole drop of new records in one transaction (one fsync, not fifty)."""
        snapshots = [copy.deepcopy(r) for r in records]

        def write() -> None:
            ids = self.store.add_many(snapshots)
            for record, record_id in zip(records, ids, strict=True):
                record.id = record_id

        self._submit(write)

    def mark_recognizing(self, record: Record) -> None:
        """Note on disk that a worker is reading ``record`` now (status ``RECOGNIZING``).

        Why: if the app dies during this reading, the next start knows which
        document was being read and does not start it again by itself — it may be
        the document that brought the app down (no crash loop).
        """
        def write() -> None:
            if record.id is not None:
                self.store.set_status(record.id, RecordStatus.RECOGNIZING)

        self._submit(write)

    def query(self, fn: Callable[[Any], Any], callback: Callable[[Any], None]) -> None:
        """Run ``fn(store)`` after the writes queued so far, and ``callback(result)``
        on the GUI thread (``None`` if it failed: the clerk is told by ``storeFailed``)."""
        def failed(exc: Exception) -> None:
            self._failed(exc)
            callback(None)

        self._lane.run(lambda: fn(self.store), callback, failed)

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every queued write is on disk (closing the window; tests)."""
        if not self._lane.wait(timeout):
            raise TimeoutError(f"record store writes still running after {timeout} s")

    def close(self) -> None:
        self._lane.wait(10.0)
        try:
            self.store.close()
        except Exception:
            log.exception("closing the record store failed")
