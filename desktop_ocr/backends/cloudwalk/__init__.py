"""CloudWalk (云从) birth-certificate OCR: the backend as the app sees it.

Why a package with a light face: the app lists every backend at start-up (the
window's chooser, the settings dialog, ``--backend``), so this module holds only
the description; what the service reads, accepts and needs set is in
:mod:`.service`, and the HTTP client (:mod:`.client`, with requests and the
SM2/SM4 envelope) is imported when a recognizer is made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_ocr.backends.base import BackendDescription
from desktop_ocr.backends.cloudwalk.service import (
    DOCUMENT_TYPE,
    LIMITS,
    NAME,
    CloudWalkEnvelope,
    CloudWalkSettings,
)
from desktop_ocr.config import Settings

if TYPE_CHECKING:
    from desktop_ocr.backends.cloudwalk.client import CloudWalkRecognizer


def create(settings: Settings) -> CloudWalkRecognizer:
    """Registry factory: the HTTP client, configured from ``settings``."""
    from desktop_ocr.backends.cloudwalk.client import CloudWalkRecognizer

    return CloudWalkRecognizer(settings.section(NAME, CloudWalkSettings), settings.transport)


DESCRIPTION = BackendDescription(
    name=NAME,
    label=("CloudWalk", "云从"),
    factory=create,
    document_types=(DOCUMENT_TYPE,),
    concurrency=3,  # time goes on the network; the vendor limits requests per second
    settings_type=CloudWalkSettings,
    limits=LIMITS,
)

__all__ = ["DESCRIPTION", "LIMITS", "NAME", "CloudWalkEnvelope", "CloudWalkSettings", "create"]
