"""Run work off the GUI thread: the one way the window does it.

Why one way: the window reads documents, loads page images and thumbnails,
walks dropped folders, writes the record store and exports files, and each must
leave the GUI thread free for the clerk (ADR 0060).  A :class:`Lane` is a named
queue of calls with at most ``threads`` of them running at once, each on a
thread of the lane's own ``QThreadPool``.  It hands every result (or exception)
back to a callback on the GUI thread, keeps calls in order (``first=True`` puts a
call at the head: the page the clerk looks at before thumbnails), can be paused
and resumed, and drops the calls not started yet on :meth:`clear` — telling the
caller which.  Calls are fed from the lane's own threads, so the queue drains
even while the GUI thread waits in :meth:`wait` (closing the window).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


@dataclass(slots=True)
class _Call:
    fn: Callable[[], Any]
    done: Callable[[Any], None] | None
    failed: Callable[[Exception], None] | None
    started: Callable[[Any], None] | None
    tag: Any


class _Runnable(QRunnable):
    def __init__(self, lane: Lane, call: _Call) -> None:
        super().__init__()
        self.lane, self.call = lane, call

    def run(self) -> None:
        self.lane._execute(self.call)


class _Courier(QObject):
    """Carries (callback, value) from a lane thread to the GUI thread (queued)."""

    delivered = Signal(object, object)


class Lane(QObject):
    """A queue of calls run on at most ``threads`` threads; results come back on the GUI thread.

    ``run(fn, done, failed, started=..., first=..., tag=...)``: ``fn()`` runs on a
    lane thread; ``done(result)`` or ``failed(exception)`` is called on the GUI
    thread (an exception without ``failed`` is logged); ``started(tag)`` when the
    call starts.  ``idle`` is emitted on the GUI thread after the last result once
    nothing is queued or running.
    """

    idle = Signal()

    def __init__(self, name: str, threads: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"lane:{name}")
        self.name = name
        self.threads = max(1, threads)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(self.threads)
        self._lock = threading.Lock()
        self._drained = threading.Condition(self._lock)
        self._queue: deque[_Call] = deque()
        self._running = 0
        self._paused = False
        self._courier = _Courier(self)
        self._courier.delivered.connect(self._deliver)

    # --- any thread --------------------------------------------------------------
    def run(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None,
            failed: Callable[[Exception], None] | None = None, *,
            started: Callable[[Any], None] | None = None, first: bool = False,
            tag: Any = None) -> None:
        call = _Call(fn, done, failed, started, tag)
        with self._lock:
            (self._queue.appendleft if first else self._queue.append)(call)
            self._start_more()

    def clear(self) -> list[Any]:
        """Drop the calls not started yet; returns their tags, in queue order."""
        with self._lock:
            dropped = [call.tag for call in self._queue]
            self._queue.clear()
            self._notify_if_drained()
        return dropped

    def pause(self) -> None:
        """Start nothing new (running calls finish)."""
        with self._lock:
            self._paused = True

    def resume(self) -> None:
        with self._lock:
            self._paused = False
            self._start_more()

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def busy(self) -> bool:
        """Something is queued or running."""
        with self._lock:
            return bool(self._running or self._queue)

    @property
    def running(self) -> int:
        with self._lock:
            return self._running

    def wait(self, timeout: float | None = None) -> bool:
        """Block until nothing is queued (unless paused) or running; False on timeout.

        Only for closing the window: everything else gets its results by callback.
        """
        with self._lock:
            return self._drained.wait_for(
                lambda: not self._running and (self._paused or not self._queue), timeout)

    def shutdown(self, timeout: float = 5.0) -> bool:
        """Drop what has not started and wait (bounded) for what runs."""
        self.clear()
        return self.wait(timeout)

    # --- inside the lane -----------------------------------------------------------
    def _start_more(self) -> None:  # holds the lock
        while not self._paused and self._queue and self._running < self.threads:
            call = self._queue.popleft()
            self._running += 1
            self._pool.start(_Runnable(self, call))

    def _notify_if_drained(self) -> None:  # holds the lock
        if not self._running and (self._paused or not self._queue):
            self._drained.notify_all()

    def _execute(self, call: _Call) -> None:
        if call.started is not None:
            self._courier.delivered.emit(call.started, call.tag)
        try:
            result = call.fn()
        except Exception as exc:  # handed to the GUI thread, which says what went wrong
            if call.failed is None:
                log.error("a call on the %s lane failed", self.name, exc_info=exc)
            else:
                self._courier.delivered.emit(call.failed, exc)
        else:
            if call.done is not None:
                self._courier.delivered.emit(call.done, result)
        with self._lock:
            self._running -= 1
            self._start_more()
            idle = not self._running and not self._queue
            self._notify_if_drained()
        if idle:
            self._courier.delivered.emit(self._emit_idle, None)

    # --- the GUI thread -------------------------------------------------------------
    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        callback(value)

    def _emit_idle(self, _none: None) -> None:
        if not self.busy:
            self.idle.emit()
