"""A day of emitted signals never ends the app: the Qt binding's reference fault is contained.

Why: PySide6 6.12.0's ``SignalInstance.emit`` drops a reference to ``True`` each
time; on Python 3.11 that ended the interpreter ("bool_dealloc") after a few
thousand signals — a busy morning.  ``desktop_ocr.gui`` gives ``True``, ``False``
and ``None`` spare references when the binding does this.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

CHILD = """
import desktop_ocr.gui  # the guard
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Emitter(QObject):
    happened = Signal(int)
emitter = Emitter()
seen = []
emitter.happened.connect(seen.append)
for n in range(50_000):
    emitter.happened.emit(n)
assert len(seen) == 50_000
print("alive")
"""


def test_fifty_thousand_signals_leave_the_process_alive():
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[2],
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive"
