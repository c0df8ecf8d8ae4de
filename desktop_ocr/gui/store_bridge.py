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
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_ocr.documents.record import Record
from desktop_ocr.errors import OcrError

log = logging.getLogger(__name__)


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
                log.exception("record store write failed")
                self.storeFailed.emit(str(exc))
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
