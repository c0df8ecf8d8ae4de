"""One recogniser per worker process, a bounded wait line, and an honest "busy".

Why: backends need not be thread-safe and the offline engine uses every core it
is given, so each process runs one recognition at a time on a worker thread
(the event loop keeps accepting and answering meanwhile).  Requests beyond
``max_waiting`` are not queued for minutes: the route answers busy with a
``Retry-After`` estimated from the recent seconds per document.
"""

from __future__ import annotations

import math
import threading
import time

import anyio
import anyio.to_thread

from desktop_ocr.backends.base import Recognizer
from desktop_ocr.config import BackendSettings
from desktop_ocr.documents.record import Record
from desktop_ocr.imaging.types import PageImage

DEFAULT_MAX_WAITING = 64


class Busy(Exception):
    """This process already has ``max_waiting`` documents in hand."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(retry_after)
        self.retry_after = retry_after


class EngineSlot:
    """The process's recogniser (a Recognizer, or a registry name built on first use)."""

    def __init__(self, recognizer: Recognizer | str, settings: BackendSettings | None = None,
                 *, max_waiting: int = DEFAULT_MAX_WAITING) -> None:
        self._recognizer = recognizer if not isinstance(recognizer, str) else None
        self.backend_name = recognizer if isinstance(recognizer, str) else recognizer.name
        self._settings = settings
        self.max_waiting = max(1, int(max_waiting))
        self._build_lock = threading.Lock()
        self._limiter: anyio.CapacityLimiter | None = None
        self._in_hand = 0  # touched on the event loop thread only
        self._seconds_per_doc = 1.0  # running estimate for Retry-After

    def recognizer(self) -> Recognizer:
        """The recogniser, built now if it was given by name (raises OcrError)."""
        with self._build_lock:
            if self._recognizer is None:
                from desktop_ocr.backends.registry import create_recognizer

                self._recognizer = create_recognizer(self.backend_name, self._settings)
            return self._recognizer

    @property
    def in_hand(self) -> int:
        return self._in_hand

    def retry_after(self) -> int:
        return max(1, math.ceil(self._in_hand * self._seconds_per_doc))

    async def recognize(self, page: PageImage) -> Record:
        """The checked record of ``page`` asked as ``auto`` (never raises but Busy)."""
        if self._in_hand >= self.max_waiting:
            raise Busy(self.retry_after())
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(1)
        self._in_hand += 1
        try:
            return await anyio.to_thread.run_sync(self._run, page, limiter=self._limiter)
        finally:
            self._in_hand -= 1

    def _run(self, page: PageImage) -> Record:
        from desktop_ocr.recognition import recognize_page

        started = time.perf_counter()
        try:
            return recognize_page(page, self.recognizer(), "auto")
        finally:
            spent = time.perf_counter() - started
            self._seconds_per_doc = 0.8 * self._seconds_per_doc + 0.2 * spent

    def close(self) -> None:
        if self._recognizer is not None:
            self._recognizer.close()
