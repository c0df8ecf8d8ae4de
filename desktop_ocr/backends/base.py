"""The one interface every recognition backend satisfies, and how a backend describes itself.

Why: the CLI, the GUI worker and the local vendor server all drive backends the
same way, so offline and cloud engines are interchangeable (NormCap's handler
Protocol pattern).  Everything else the app needs to know about a backend — its
name and label, the document types it reads, how many documents it takes at
once, whether its model is loaded at start-up, its settings and limits — is in
its :class:`BackendDescription`, so no code outside a backend names one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from desktop_ocr.config import Settings, missing_required
from desktop_ocr.documents.record import Record
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.errors import Cancelled
from desktop_ocr.imaging.types import PageImage

if TYPE_CHECKING:
    from desktop_ocr.imaging.fit import ImageLimits


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


@dataclass(frozen=True, slots=True)
class BackendDescription:
    """What the app knows about a backend; each backend module exports one as ``DESCRIPTION``.

    ``name``: registry key, ``--backend`` value and settings section name.
    ``label``: (English, Chinese) for the clerk.  ``document_types``: the types it
    reads (the window offers only these).  ``factory(settings)`` makes a
    :class:`Recognizer` from the app's :class:`~desktop_ocr.config.Settings`.
    ``concurrency``: documents in flight at once (a cloud service waits on the
    network; one local model uses the CPU).  ``preload``: load its model when the
    window opens.  ``isolated``: the window runs it in a child process of its own,
    because it holds the GIL while it works and would freeze the window (ADR
    0066).  ``settings_type``: its settings section (declared
    with :func:`~desktop_ocr.config.setting`), or ``None``.  ``local``: documents
    never leave this computer.  ``limits``: what the service accepts.
    """

    name: str
    label: tuple[str, str]
    factory: Callable[[Settings], Recognizer]
    document_types: tuple[str, ...] = tuple(DOCUMENT_TYPES)
    concurrency: int = 1
    preload: bool = False
    isolated: bool = False
    settings_type: type | None = None
    local: bool = False
    limits: ImageLimits | None = None

    def title(self, language: str) -> str:
        """The label in ``language`` (``en`` or ``zh``)."""
        return self.label[1] if language.startswith("zh") and self.label[1] else self.label[0]

    def settings(self, settings: Settings) -> object | None:
        """This backend's section of ``settings`` (its defaults when absent)."""
        return None if self.settings_type is None else settings.section(self.name,
                                                                        self.settings_type)

    def configured(self, settings: Settings) -> bool:
        """Whether ``settings`` hold what it needs (its section's ``configured``, else
        every ``required`` setting filled)."""
        section = self.settings(settings)
        if section is None:
            return True
        configured = getattr(section, "configured", None)
        return bool(configured) if configured is not None else not missing_required(section)

    def reads(self, document_type: str) -> bool:
        return document_type == "auto" or document_type in self.document_types
