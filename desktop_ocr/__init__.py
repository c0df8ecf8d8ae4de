"""desktop-ocr: turn photos and scans of identity documents into checked records."""

import os as _os

# onnxruntime >= 1.29 sends a usage event on import unless this is set *before*
# the import; every entry point imports this package first, so set it here.
_os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

__version__ = "0.1.0"
