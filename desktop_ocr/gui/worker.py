"""The recognition worker: a QThread that loads and recognises queued documents.

Why this shape (ADR 0060): the GUI thread must never wait on a model, a socket or
a disk read, and a clerk must be able to keep editing, pause and cancel.  One
long-lived ``QThread`` owns the job queue and the recognisers (the offline model
is loaded once, in this thread, and reused for the whole session).  Offline
recognition runs one document at a time (one model, two cores); cloud backends
get a small bounded pool because their time is spent waiting on the network.

It reports by signals named for what happened; they are emitted from worker
threads and delivered queued on the GUI thread.  Cancellation is cooperative:
``requestInterruption`` for the thread plus a :class:`CancelToken` that backends
check between steps and during I/O.  ``terminate()`` is never used.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread, Signal

from desktop_ocr.backends.base import CancelToken, Recognizer
from desktop_ocr.config import BackendSettings
from desktop_ocr.documents.record import ErrorInfo, RecordStatus
from desktop_ocr.errors import OcrError

log = logging.getLogger(__name__)

CLOUD_CONCURRENCY = 3
"""At most this many documents in flight to a cloud backend (vendor rate limits)."""


@dataclass(frozen=True, slots=True)
class Job:
    item_id: int
    source: str
    document_type: str = "auto"
    backend: str = "offline"


def concurrency_for(backend: str) -> int:
    return 1 if backend == "offline" or backend.startswith("test") else CLOUD_CONCURRENCY


class RecognitionWorker(QThread):
    recordStarted = Signal(int)  # item id
    recordRecognized = Signal(int, object)  # item id, list[Record] (one per page)
    recordFailed = Signal(int, object)  # item id, ErrorInfo
    batchProgress = Signal(int, int)  # documents done, documents in this batch
    batchFinished = Signal(int, int, bool)  # done, failed, cancelled

    def __init__(self, settings: Callable[[], BackendSettings] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecognitionWorker")
        self._settings = settings or BackendSettings
        self._jobs: queue.Queue[tuple[Job, CancelToken]] = queue.Queue()
        self._lock = threading.Lock()
        self._create_lock = threading.Lock()
        self._token = CancelToken()
        self._running = threading.Event()
        self._running.set()
        self._wake = threading.Event()
        self._recognizers: dict[str, Recognizer] = {}
        self._reset_backends = False
        self._total = 0
        self._done = 0
        self._failed = 0
        self._cancelled = False
        self._in_flight = 0
        self._stopped = False
        self._warm: str | None = None

    # --- called from the GUI thread ---------------------------------------
    def submit(self, jobs: list[Job]) -> None:
        """Queue documents; starts the thread on first use (never after ``shutdown``)."""
        if self._stopped:
            return
        with self._lock:
            for job in jobs:
                self._jobs.put((job, self._token))
            self._total += len(jobs)
            total, done = self._total, self._done
        self.batchProgress.emit(done, total)
        self._wake.set()
        if not self.isRunning():
            self.start()

    def warm_up(self, backend: str) -> None:
        """Load ``backend``'s model now, in the worker, while the clerk is still picking
        files — the first document then takes as long as every other one."""
        if self._stopped or self.isRunning():
            return
        self._warm = backend
        self.start()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()
        self._wake.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._in_flight > 0 or not self._jobs.empty()

    def cancel(self) -> list[int]:
        """Cancel the batch: queued jobs are dropped, running ones stop at the next check.

        Returns the ids of the jobs dropped from the queue (they never started).
        """
        dropped: list[int] = []
        with self._lock:
            old, self._token = self._token, CancelToken()
            old.cancel()
            while True:
                try:
                    job, _ = self._jobs.get_nowait()
                except queue.Empty:
                    break
                dropped.append(job.item_id)
            self._cancelled = True
            self._total -= len(dropped)
        self._running.set()
        self._wake.set()
        return dropped

    def backends_changed(self) -> None:
        """Settings were saved: rebuild recognisers before the next document."""
        with self._lock:
            self._reset_backends = True

    def shutdown(self) -> None:
        """Ask the thread to stop (non-blocking); ``finished`` is emitted when it has."""
        self._stopped = True
        self.cancel()
        self.requestInterruption()
        self._wake.set()

    # --- the worker thread ---------------------------------------------------
    def run(self) -> None:
        pools: dict[int, ThreadPoolExecutor] = {}
        slots: dict[str, threading.Semaphore] = {}
        try:
            if self._warm:
                self._warm_up(self._warm)
            while not self.isInterruptionRequested():
                if not self._running.is_set():
                    self._wake.wait(0.1)
                    self._wake.clear()
                    continue
                try:
                    job, token = self._jobs.get(timeout=0.1)
                except queue.Empty:
                    self._maybe_finish_batch()
                    if self._reset_backends and not self.busy:
                        self._close_recognizers()
                    continue
                if token.cancelled:
                    self._count(job.item_id, failed=True, cancelled=True)
                    continue
                size = concurrency_for(job.backend)
                slot = slots.setdefault(job.backend, threading.Semaphore(size))
                if self._wait_for_slot(slot, token):
                    pool = pools.get(size)
                    if pool is None:
                        pool = pools[size] = ThreadPoolExecutor(
                            max_workers=size, thread_name_prefix=f"ocr-{size}")
                    with self._lock:
                        self._in_flight += 1
                    fut: Future[None] = pool.submit(self._process, job, token)
                    fut.add_done_callback(lambda _f, s=slot: s.release())
                    continue
                self._count(job.item_id, failed=True, cancelled=True)
        finally:
            for pool in pools.values():
                pool.shutdown(wait=True, cancel_futures=True)
            self._maybe_finish_batch()
            self._close_recognizers()

    def _wait_for_slot(self, slot: threading.Semaphore, token: CancelToken) -> bool:
        """Wait for a free slot while not paused; False if cancelled or shutting down."""
        while not (self.isInterruptionRequested() or token.cancelled):
            if not self._running.is_set():
                self._wake.wait(0.1)
                self._wake.clear()
                continue
            if slot.acquire(timeout=0.1):
                if self._running.is_set():
                    return True
                slot.release()  # paused while we waited
        return False

    def _warm_up(self, name: str) -> None:
        """Recognise a tiny blank page: loads the model through the public interface.

        The blank page is expected to fail ("which document is this?"); only the
        side effect — a loaded model — matters.  Never for cloud backends (that
        would send a request).
        """
        from PIL import Image

        from desktop_ocr.imaging.types import PageImage

        if name != "offline":
            return
        try:
            rec = self._recognizer(name)
            rec.recognize(PageImage(image=Image.new("RGB", (96, 96), "white"),
                                    source="warm-up"), "auto", self._token)
        except Exception as exc:  # expected for a blank page; a real problem shows later
            log.debug("warm-up of %s ended with %s", name, type(exc).__name__)

    def _recognizer(self, name: str) -> Recognizer:
        from desktop_ocr.backends.registry import create_recognizer

        with self._create_lock:  # one recogniser per backend, even with a cloud pool
            with self._lock:
                rec = self._recognizers.get(name)
            if rec is None:
                rec = create_recognizer(name, self._settings())
                with self._lock:
                    self._recognizers[name] = rec
        return rec

    def _close_recognizers(self) -> None:
        with self._lock:
            recs, self._recognizers = self._recognizers, {}
            self._reset_backends = False
        for rec in recs.values():
            try:
                rec.close()
            except Exception:  # closing must never take the app down
                log.exception("closing a recogniser failed")

    def _process(self, job: Job, token: CancelToken) -> None:
        from desktop_ocr.recognition import recognize_path

        self.recordStarted.emit(job.item_id)
        try:
            token.raise_if_cancelled()
            recognizer = self._recognizer(job.backend)
            records = recognize_path(job.source, recognizer, job.document_type, token)
        except OcrError as exc:
            self._fail(job, ErrorInfo(exc.code, exc.message, exc.retryable), exc.code)
            return
        except Exception as exc:  # a bug in a backend must not end the batch
            log.exception("recognition of a document failed unexpectedly")
            info = ErrorInfo("internal_error", f"Recognition failed unexpectedly "
                                               f"({type(exc).__name__}).")
            self._fail(job, info, info.code)
            return
        cancelled = bool(records) and all(
            r.error is not None and r.error.code == "cancelled" for r in records)
        if cancelled:
            self._fail(job, records[0].error or ErrorInfo("cancelled", "Cancelled."),
                       "cancelled")
            return
        ok = any(r.status is not RecordStatus.FAILED for r in records)
        self.recordRecognized.emit(job.item_id, records)
        self._count(job.item_id, failed=not ok)

    def _fail(self, job: Job, info: ErrorInfo, code: str) -> None:
        self.recordFailed.emit(job.item_id, info)
        self._count(job.item_id, failed=True, cancelled=code == "cancelled", in_flight=True)

    def _count(self, item_id: int, *, failed: bool, cancelled: bool = False,
               in_flight: bool | None = None) -> None:
        started = in_flight if in_flight is not None else not cancelled
        with self._lock:
            if started:
                self._in_flight -= 1
            if cancelled and not started:
                self._total -= 1  # dropped before it ran: not part of the batch any more
            else:
                self._done += 1
                self._failed += int(failed)
            done, total = self._done, self._total
        if cancelled and not started:
            self.recordFailed.emit(item_id, ErrorInfo("cancelled", "Cancelled."))
        self.batchProgress.emit(done, total)

    def _maybe_finish_batch(self) -> None:
        with self._lock:
            if self._in_flight or not self._jobs.empty() or (self._total == 0
                                                             and not self._cancelled):
                return
            done, failed, cancelled = self._done, self._failed, self._cancelled
            self._total = self._done = self._failed = 0
            self._cancelled = False
        self.batchFinished.emit(done, failed, cancelled)

