"""One backend's recognition pipeline in a child process of its own.

Why (ADR 0066): the offline engine is CPU-bound Python and C++ that holds the GIL
for long stretches — loading the model held it for up to 0.9 s and reading a page
for about 0.1 s at a time — so in a thread of the window's process it froze the
window while the clerk typed (``bench/gui_stall.py``).  In a child process it
shares no GIL with the window.  A backend asks for this with
``BackendDescription.isolated``; the window's worker then sends each document's
path here instead of reading it in its own thread, and the whole pipeline
(:func:`desktop_ocr.recognition.recognize_path`: load, orient, limits, recognise,
validate) runs in the child.  Records come back pickled.

The engine is ``concurrent.futures.ProcessPoolExecutor`` with one ``spawn``ed
process (no fork of a parent that holds Qt's threads), the standard library's
well-known pool, as in ``recognize --jobs`` (``desktop_ocr.batch.local``).

- **Cancel**: each call has a number; cancelling a call writes its number into a
  shared integer that the child's :class:`CancelToken` reads between steps, so the
  running document stops at its next check without killing the loaded model.
- **A crash** of the child (out of memory, a fault in a native library) fails only
  the document being read, with :class:`EngineStopped` (``engine.stopped``); the
  next document starts a new child.
- **The window closing or crashing**: :meth:`RecognitionProcess.close` stops the
  child; if the parent dies first, the child notices within a second and exits.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from desktop_ocr.backends.base import CancelToken, Recognizer
from desktop_ocr.config import Settings
from desktop_ocr.documents.record import Record
from desktop_ocr.errors import BackendError

log = logging.getLogger(__name__)

_POLL_S = 0.1  # how often a waiting caller looks at its token (cancel latency)


class EngineStopped(BackendError):
    """The recognition process ended while reading a document (crash, out of memory)."""

    default_code = "engine.stopped"

    def __init__(self) -> None:
        super().__init__(
            "The recognition engine stopped unexpectedly while reading this document. "
            "Read it again; if it happens again, the file may be too large for this computer.",
            message_zh="识别引擎在读取此文件时意外停止。请重新识别；如果再次发生，"
                       "该文件可能超出本机的处理能力。",
            retryable=True)


# --- the child process ------------------------------------------------------------------
_child: dict[str, Any] = {}


class _SharedCancelToken(CancelToken):
    """A token cancelled when the parent writes a call number >= ours into ``shared``."""

    def __init__(self, shared: Any, number: int) -> None:
        super().__init__()
        self._shared, self._number = shared, number

    @property
    def cancelled(self) -> bool:
        if not self._event.is_set() and self._shared.value >= self._number:
            self._event.set()
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self.cancelled:
            super().raise_if_cancelled()

    def wait(self, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while not self.cancelled:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self._event.wait(min(left, _POLL_S))
        return True


def _watch_parent() -> None:
    """Exit when the parent process is gone: no orphan keeps a model in memory."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    parent.join()
    os._exit(0)


def _lower_priority() -> None:
    """Below the window's priority: on a two-core desk the engine's threads took the
    CPU from the window while the model loaded (50-80 ms stalls); the clerk's typing
    must win, and recognition loses little while the window is idle."""
    import psutil

    try:
        below = getattr(psutil, "BELOW_NORMAL_PRIORITY_CLASS", 10)  # Windows class, else nice
        psutil.Process().nice(below)
    except (OSError, psutil.Error) as exc:  # not allowed here: run at the same priority
        log.debug("could not lower the recognition process's priority: %s", exc)


def _init_child(backend: str, settings: Settings, shared: Any) -> None:
    """Pool initializer: what never fails; the recogniser is built by the first call,
    so that a backend that cannot start says why (its error comes back to the caller)."""
    import signal

    # Ctrl+C in a terminal reaches the whole group; the window decides, not the child.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _lower_priority()
    threading.Thread(target=_watch_parent, name="parent-watch", daemon=True).start()
    _child.update(backend=backend, settings=settings, shared=shared)


def _recognizer() -> Recognizer:
    recognizer = _child.get("recognizer")
    if recognizer is None:
        from desktop_ocr.backends.registry import create_recognizer

        recognizer = _child["recognizer"] = create_recognizer(_child["backend"],
                                                              _child["settings"])
    return recognizer


def _warm_up() -> None:
    from desktop_ocr.recognition import warm_up

    warm_up(_recognizer())


def _recognize_in_child(path: str, document_type: str, number: int) -> list[Record]:
    from desktop_ocr.recognition import recognize_path

    token = _SharedCancelToken(_child["shared"], number)
    return recognize_path(path, _recognizer(), document_type, token)


# --- the parent ---------------------------------------------------------------------------
class RecognitionProcess:
    """``backend``'s recogniser, built from ``settings`` in a spawned child process.

    Thread-safe: any thread may call :meth:`warm_up`, :meth:`recognize_path`
    (calls run one at a time, in order) and :meth:`close`.  The child starts on
    the first call.
    """

    def __init__(self, backend: str, settings: Settings) -> None:
        self.backend = backend
        self._settings = settings
        self._ctx = multiprocessing.get_context("spawn")
        # A raw shared integer: written only by this process, read by the child.
        self._cancelled_upto = self._ctx.RawValue("q", 0)
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._closed = False

    def warm_up(self) -> None:
        """Start the child and load the model now, while nothing waits for it; blocks
        until done (call it from a worker thread)."""
        self._wait(self._ensure_pool().submit(_warm_up), None, 0)

    def recognize_path(self, path: str, document_type: str = "auto",
                       cancel: CancelToken | None = None) -> list[Record]:
        """Every page of ``path`` as records (as :func:`~desktop_ocr.recognition.recognize_path`).

        Raises :class:`EngineStopped` when the child ends during the call, and
        :class:`~desktop_ocr.errors.Cancelled` (inside the records, as the
        pipeline does) when ``cancel`` is set meanwhile.
        """
        number = next(self._numbers)
        pool = self._ensure_pool()
        try:
            future = pool.submit(_recognize_in_child, os.fspath(path), document_type, number)
        except (BrokenProcessPool, RuntimeError) as exc:  # broken or shut down meanwhile
            self._discard(pool)
            raise EngineStopped() from exc
        return self._wait(future, cancel, number)

    def close(self) -> None:
        """Stop the child now (a document being read is abandoned); idempotent."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            _stop(pool)

    # --- helpers ------------------------------------------------------------------------
    def _ensure_pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._closed:
                raise EngineStopped()
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    1, mp_context=self._ctx, initializer=_init_child,
                    initargs=(self.backend, self._settings, self._cancelled_upto))
            return self._pool

    def _wait(self, future: Future[Any], cancel: CancelToken | None, number: int) -> Any:
        asked_to_cancel = False
        while True:
            try:
                return future.result(timeout=_POLL_S)
            except FutureTimeout:
                if cancel is not None and cancel.cancelled and not asked_to_cancel:
                    self._cancelled_upto.value = max(self._cancelled_upto.value, number)
                    asked_to_cancel = True
            except BrokenProcessPool as exc:
                log.warning("the %s recognition process ended unexpectedly", self.backend)
                self._discard(None)
                raise EngineStopped() from exc

    def _discard(self, pool: ProcessPoolExecutor | None) -> None:
        """Forget a broken pool: the next call starts a new child."""
        with self._lock:
            broken = self._pool if pool is None or pool is self._pool else None
            if broken is not None:
                self._pool = None
        if broken is not None:
            _stop(broken)


def _stop(pool: ProcessPoolExecutor) -> None:
    processes = [p for p in getattr(pool, "_processes", {}).values() if p.is_alive()]
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.kill()
    for process in processes:
        process.join(5)
