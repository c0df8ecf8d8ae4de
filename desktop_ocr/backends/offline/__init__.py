"""The built-in offline recognition backend (RapidOCR + layout rules), the default.

Importing this package loads no model and no OCR runtime: the registry reads
``DESCRIPTION`` at start-up, and ``create`` imports the engine only when a
recognizer is made (the engine itself loads the model on the first document).
"""

from __future__ import annotations

from desktop_ocr.backends.base import BackendDescription, Recognizer
from desktop_ocr.config import Settings

NAME = "offline"


def create(settings: Settings | None = None) -> Recognizer:
    """Registry factory: an :class:`~.recognizer.OfflineRecognizer` (free to make)."""
    from desktop_ocr.backends.offline.recognizer import OfflineRecognizer

    return OfflineRecognizer(settings)


DESCRIPTION = BackendDescription(
    name=NAME,
    label=("Offline (on this computer)", "离线（本机）"),
    factory=create,
    concurrency=1,  # one model on two cores: one document at a time
    preload=True,
    isolated=True,  # the model holds the GIL for up to a second: never in the window's process
    local=True,
)

__all__ = ["DESCRIPTION", "NAME", "create"]
