"""Run one blocking call off the GUI thread and get the result back as a signal.

Why: exports (a disk write, possibly to a slow network share) and history
searches must not freeze the window; this is the smallest tool for "do this
elsewhere, tell me when done" that keeps exceptions typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn, self.signals = fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI, which shows the message
            self.signals.failed.emit(exc)
            return
        self.signals.succeeded.emit(result)


class BackgroundTask(QObject):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.succeeded.connect(self.succeeded)
        self._signals.failed.connect(self.failed)
        self._fn = fn

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Task(self._fn, self._signals))
