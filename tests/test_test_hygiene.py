"""The test run itself: a hung test fails fast instead of holding CI."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_global_timeout_is_configured(pytestconfig):
    assert 0 < float(pytestconfig.getini("timeout")) <= 600


def test_a_test_stuck_in_a_modal_qt_dialog_is_stopped(tmp_path: Path):
    """The project's timeout method also ends a test blocked inside Qt's event loop."""
    stuck = tmp_path / "test_stuck.py"
    stuck.write_text(textwrap.dedent("""
        from PySide6.QtWidgets import QApplication, QMessageBox

        def test_waits_for_a_click_that_never_comes():
            app = QApplication.instance() or QApplication([])
            QMessageBox(QMessageBox.Icon.Warning, "Record store", "modal").exec()
    """), encoding="utf-8")
    started = time.monotonic()
    # The project's own settings, with only the timeout shortened for this check.
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"),
         "--rootdir", str(tmp_path), "-p", "no:cacheprovider", "-o", "timeout=3", str(stuck)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=tmp_path)
    assert time.monotonic() - started < 60
    assert result.returncode != 0
    assert "Timeout" in result.stdout + result.stderr
