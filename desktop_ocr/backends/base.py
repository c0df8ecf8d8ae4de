"""The one interface every recognition backend satisfies.

Why: the CLI, the GUI worker and the local vendor server all drive backends the
same way, so offline and cloud engines are interchangeable (NormCap's handler
Protocol pattern).
"""

from __future__ import annotations

import threading
from typing import Protocol, runtime_checkable

from desktop_ocr.documents.record import Record
from desktop_ocr.errors import Cancelled
from desktop_ocr.imaging.types import PageImage


class CancelToken:
    """Set from any thread; checked by backends between steps and during I/O."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; returns True (early) if cancelled meanwhile."""
        return self._event.wait(seconds)


@runtime_checkable
class Recognizer(Protocol):
    """A recognition backend.

    ``recognize`` returns a :class:`Record` whose ``fields`` hold every key of the
    recognised document type (blank when not found), ``document_type`` set (also
    when ``document_type="auto"`` was asked), ``backend`` = ``name`` and
    ``timings`` filled.  It raises :class:`desktop_ocr.errors.OcrError`
    subclasses with stable codes on failure, and ``Cancelled`` when ``cancel`` is
    set.  Validation warnings are added by the caller (``recognition`` module).
    """

    name: str

    def availability(self) -> tuple[bool, str]:
        """(usable now, a reason shown to the clerk when not)."""
        ...

    def recognize(
        self,
        page: PageImage,
        document_type: str = "auto",
        cancel: CancelToken | None = None,
    ) -> Record: ...

    def close(self) -> None:
        """Release sessions / models."""
        ...
