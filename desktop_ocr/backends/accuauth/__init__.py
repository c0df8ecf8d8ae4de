"""AccuAuth Ghana Card / voter ID OCR: the backend as the app sees it.

Why a package with a light face: the app lists every backend at start-up, so
this module holds only the description; what the service reads, accepts and
needs set is in :mod:`.service`, and the HTTP client (:mod:`.client`, with
requests) is imported when a recognizer is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_ocr.backends.accuauth.service import (
    CARD_TYPES,
    LIMITS,
    NAME,
    SEND_AS,
    AccuAuthSettings,
)
from desktop_ocr.backends.base import BackendDescription
from desktop_ocr.config import Settings

if TYPE_CHECKING:
    from desktop_ocr.backends.accuauth.client import AccuAuthRecognizer


def create(settings: Settings) -> AccuAuthRecognizer:
    """Registry factory: the HTTP client, configured from ``settings``."""
    from desktop_ocr.backends.accuauth.client import AccuAuthRecognizer

    return AccuAuthRecognizer(settings.section(NAME, AccuAuthSettings), settings.transport)


DESCRIPTION = BackendDescription(
    name=NAME,
    label=("AccuAuth", "AccuAuth"),
    factory=create,
    document_types=tuple(CARD_TYPES.values()),
    concurrency=3,  # time goes on the network; the vendor limits requests per second
    settings_type=AccuAuthSettings,
    limits=LIMITS,
)

__all__ = ["CARD_TYPES", "DESCRIPTION", "LIMITS", "NAME", "SEND_AS", "AccuAuthSettings",
           "create"]
