"""Persist records and edits to the record store without blocking the GUI.

Why: every ``RecordStore`` write is an fsynced SQLite transaction — right for
"no edit is ever lost", wrong for the GUI thread (a slow disk would stall
typing).  Writes go, in order, to one background thread; the GUI hands over a
*snapshot* of the record so the worker never reads an object the clerk is
editing.  ``flush`` on close waits for the queue to drain (bounded).
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_ocr.documents.record import Record
from desktop_ocr.errors import OcrError, StoreError
from desktop_ocr.records.store import RECOGNIZING, RecordStore, default_path

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
    """Ordered, asynchronous writes to a ``RecordStore``; reads for history run here too."""

    storeFailed = Signal(str)  # message for the clerk
    resultReady = Signal(object, object)  # callback, result (delivered on the GUI thread)

    def __init__(self, store: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._live: dict[int, Record] = {}  # snapshot id() -> live record, for ids
        self.resultReady.connect(lambda cb, result: cb(result))

    def _submit(self, fn: Callable[[], Any]) -> Future[Any]:
        def guarded() -> Any:
            try:
                return fn()
            except OcrError as exc:
                log.error("record store write failed: %s", exc.code)
                self.storeFailed.emit(exc.message)
            except Exception as exc:  # the store must never take the window down
                # A bug, not a disk problem: the traceback goes to the log, the clerk
                # gets words (never Python's own exception text).
                log.exception("record store write failed")
                self.storeFailed.emit(QCoreApplication.translate(
                    "StoreBridge", "A change could not be saved to the record store "
                    "because of an internal error ({0}). The details are in the log file.")
                    .replace("{0}", type(exc).__name__))
            return None

        return self._pool.submit(guarded)

    def save(self, record: Record, *, same_row_as: Record | None = None) -> Future[Any]:
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

        return self._submit(write)

    def save_new(self, records: list[Record]) -> Future[Any]:
        """Add a whole drop of new records in one transaction (one fsync, not fifty)."""
        snapshots = [copy.deepcopy(r) for r in records]

        def write() -> None:
            ids = self.store.add_many(snapshots)
            for record, record_id in zip(records, ids, strict=True):
                record.id = record_id

        return self._submit(write)

    def mark_recognizing(self, record: Record) -> Future[Any]:
        """Note on disk that a worker is reading ``record`` now (store status ``recognizing``).

        Why: if the app dies during this reading, the next start knows which
        document was being read and does not start it again by itself — it may be
        the document that brought the app down (no crash loop).
        """
        def write() -> None:
            if record.id is not None:
                self.store.set_status(record.id, RECOGNIZING)

        return self._submit(write)

    def query(self, fn: Callable[[Any], Any], callback: Callable[[Any], None]) -> None:
        """Run ``fn(store)`` off the GUI thread and call ``callback(result)`` on it."""
        def run() -> None:
            self.resultReady.emit(callback, fn(self.store))

        self._submit(run)

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every queued write is on disk (used when the window closes)."""
        self._submit(lambda: None).result(timeout=timeout)

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        try:
            self.store.close()
        except Exception:
            log.exception("closing the record store failed")
