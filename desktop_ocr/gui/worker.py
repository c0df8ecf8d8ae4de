"""The recognition worker: reads queued documents on lanes off the GUI thread.

Why this shape (ADR 0060): the GUI thread must never wait on a model, a socket or
a disk read, and a clerk must be able to keep editing, pause and cancel.  Each
backend gets a :class:`~desktop_ocr.gui.offthread.Lane` with as many threads as
its description's ``concurrency`` (the offline model reads one document at a
time on two cores; a cloud service waits on the network), and one recognizer,
made on first use and kept for the session (the offline model loads once).  A
backend whose description says ``isolated`` (the offline engine, which holds the
GIL while it works) runs in a child process of its own instead
(:class:`~desktop_ocr.recognition_process.RecognitionProcess`, ADR 0066): the
lane thread only waits for it, so the window never stalls behind the model.

It reports by signals named for what happened, on the GUI thread.  Cancellation
is cooperative: queued documents are dropped, and a :class:`CancelToken` that
backends check between steps and during I/O stops the running ones; nothing is
ever terminated.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_ocr.backends import registry
from desktop_ocr.backends.base import CancelToken, Recognizer
from desktop_ocr.config import Settings
from desktop_ocr.documents.record import ErrorInfo, Record, RecordStatus
from desktop_ocr.errors import OcrError
from desktop_ocr.gui.offthread import Lane
from desktop_ocr.recognition import recognize_path, warm_up
from desktop_ocr.recognition_process import RecognitionProcess

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Job:
    item_id: int
    source: str
    document_type: str = "auto"
    backend: str = "offline"


class RecognitionWorker(QObject):
    recordStarted = Signal(int)  # item id
    recordRecognized = Signal(int, object)  # item id, list[Record] (one per page)
    recordFailed = Signal(int, object)  # item id, ErrorInfo
    batchProgress = Signal(int, int)  # documents done, documents in this batch
    batchFinished = Signal(int, int, bool)  # done, failed, cancelled
    stopped = Signal()  # after shutdown(): nothing runs any more

    def __init__(self, settings: Callable[[], Settings] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecognitionWorker")
        self._settings = settings or Settings
        self._lanes: dict[str, Lane] = {}
        self._recognizers: dict[str, Recognizer | RecognitionProcess] = {}
        self._create_lock = threading.Lock()  # one recognizer per backend, even with a pool
        self._token = CancelToken()
        self._paused = False
        self._reset_backends = False
        self._stopping = False
        self._total = self._done = self._failed = 0
        self._cancelled = False

    # --- the GUI thread -----------------------------------------------------------------
    def submit(self, jobs: list[Job]) -> None:
        """Queue documents, read in order on their backend's lane (never after ``shutdown``)."""
        if self._stopping:
            return
        token = self._token
        for job in jobs:
            self._lane(job.backend).run(
                partial(self._process, job, token), partial(self._on_read, job),
                partial(self._on_error, job), started=self._on_started, tag=job.item_id)
        self._total += len(jobs)
        self.batchProgress.emit(self._done, self._total)

    def warm_up(self, backend: str) -> None:
        """Load a preloading backend's model now, while the clerk is still picking files:
        the first document then takes as long as every other one."""
        try:
            preload = registry.get(backend).preload
        except OcrError:
            return
        lane = self._lane(backend)
        if preload and not self._stopping and not lane.busy:
            lane.run(partial(self._warm_up, backend))

    def pause(self) -> None:
        self._paused = True
        for lane in self._lanes.values():
            lane.pause()

    def resume(self) -> None:
        self._paused = False
        for lane in self._lanes.values():
            lane.resume()

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def busy(self) -> bool:
        return any(lane.busy for lane in self._lanes.values())

    def cancel(self) -> list[int]:
        """Cancel the batch: queued jobs are dropped, running ones stop at the next check.

        Returns the ids of the jobs dropped from the queue (they never started).
        """
        old, self._token = self._token, CancelToken()
        old.cancel()
        dropped = [item_id for lane in self._lanes.values() for item_id in lane.clear()]
        self._total -= len(dropped)
        self._cancelled = True
        self.resume()
        if not self.busy:
            QTimer.singleShot(0, self._on_lane_idle)
        return dropped

    def backends_changed(self) -> None:
        """Settings were saved: make recognizers anew before the next document."""
        self._reset_backends = True
        if not self.busy:
            self._close_recognizers()

    def release(self) -> None:
        """The window is closing and nothing reads: close every recogniser now (the
        offline engine's process ends with it, not with the app)."""
        self._stopping = True
        self._close_recognizers()

    def shutdown(self) -> None:
        """Stop (non-blocking): ``stopped`` is emitted once nothing runs any more."""
        self._stopping = True
        self.cancel()

    # --- lane threads -------------------------------------------------------------------
    def _process(self, job: Job, token: CancelToken) -> list[Record]:
        token.raise_if_cancelled()
        engine = self._recognizer(job.backend)
        if isinstance(engine, RecognitionProcess):
            return engine.recognize_path(job.source, job.document_type, token)
        return recognize_path(job.source, engine, job.document_type, token)

    def _warm_up(self, name: str) -> None:
        """Load the model now (in its own process, for an isolated backend)."""
        try:
            engine = self._recognizer(name)
            if isinstance(engine, RecognitionProcess):
                engine.warm_up()
            else:
                warm_up(engine, self._token)
        except Exception as exc:  # a real problem shows with the first document
            log.debug("warm-up of %s ended with %s", name, type(exc).__name__)

    def _recognizer(self, name: str) -> Recognizer | RecognitionProcess:
        with self._create_lock:
            rec = self._recognizers.get(name)
            if rec is None:
                if registry.get(name).isolated:
                    rec = RecognitionProcess(name, self._settings())
                else:
                    rec = registry.create_recognizer(name, self._settings())
                self._recognizers[name] = rec
        return rec

    # --- results, on the GUI thread --------------------------------------------------------
    def _lane(self, backend: str) -> Lane:
        lane = self._lanes.get(backend)
        if lane is None:
            try:
                threads = registry.get(backend).concurrency
            except OcrError:
                threads = 1  # the job fails with "unknown backend"
            lane = self._lanes[backend] = Lane(f"recognition:{backend}", threads, self)
            lane.idle.connect(self._on_lane_idle)
            if self._paused:
                lane.pause()
        return lane

    def _on_started(self, item_id: int) -> None:
        self.recordStarted.emit(item_id)

    def _on_read(self, job: Job, records: list[Record]) -> None:
        cancelled = bool(records) and all(
            r.error is not None and r.error.code == "cancelled" for r in records)
        if cancelled:
            self._finished_one(job, failed=True, error=records[0].error)
            return
        self.recordRecognized.emit(job.item_id, records)
        self._finished_one(job, failed=all(r.status is RecordStatus.FAILED for r in records))

    def _on_error(self, job: Job, exc: Exception) -> None:
        if isinstance(exc, OcrError):
            info = ErrorInfo.of(exc)
        else:  # a bug in a backend must not end the batch
            log.error("recognition of a document failed unexpectedly", exc_info=exc)
            info = ErrorInfo("internal_error",
                             f"Recognition failed unexpectedly ({type(exc).__name__}).")
        self._finished_one(job, failed=True, error=info)

    def _finished_one(self, job: Job, *, failed: bool, error: ErrorInfo | None = None) -> None:
        self._done += 1
        self._failed += int(failed)
        if error is not None:
            self.recordFailed.emit(job.item_id, error)
        self.batchProgress.emit(self._done, self._total)

    def _on_lane_idle(self) -> None:
        if self.busy:
            return
        if self._total or self._cancelled:
            done, failed, cancelled = self._done, self._failed, self._cancelled
            self._total = self._done = self._failed = 0
            self._cancelled = False
            self.batchFinished.emit(done, failed, cancelled)
        if self._reset_backends or self._stopping:
            self._close_recognizers()
        if self._stopping:
            self.stopped.emit()

    def _close_recognizers(self) -> None:
        with self._create_lock:
            recs, self._recognizers = self._recognizers, {}
            self._reset_backends = False
        for rec in recs.values():
            try:
                rec.close()
            except Exception:  # closing must never take the app down
                log.exception("closing a recogniser failed")
