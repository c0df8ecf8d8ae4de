"""The built-in offline recognition backend (RapidOCR + layout rules), the default.

``create(settings)`` is the registry factory.  Importing this package loads no
model; the engine is built on the first recognition and shared by the process.
"""

from __future__ import annotations

from desktop_ocr.backends.offline.recognizer import NAME, OfflineRecognizer, create

__all__ = ["NAME", "OfflineRecognizer", "create"]
