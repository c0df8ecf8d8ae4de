"""Session-wide test isolation.

Why: no test may touch the developer's real settings, keyring, store or logs,
and Qt must run without a display (CI has none).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# Before anything imports Qt or onnxruntime.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

_HOME = tempfile.mkdtemp(prefix="desktop-ocr-test-home-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
for _var, _sub in (
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
):
    os.environ[_var] = os.path.join(_HOME, _sub)
os.environ["DESKTOP_OCR_HOME"] = _HOME
# A null keyring backend: tests never write into the developer's real keyring.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
for _name in list(os.environ):
    if _name.startswith("DESKTOP_OCR_") and _name != "DESKTOP_OCR_HOME":
        del os.environ[_name]
