"""Each privacy test gets its own empty app home, so "every file the app wrote" is exact."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_ocr import logging_setup


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "home"
    monkeypatch.setenv("DESKTOP_OCR_HOME", str(root))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    yield root
    logging_setup.reset_logging()


@pytest.fixture
def files_written(home: Path):
    """Call it to list every file under the app home at that moment."""
    return lambda: sorted(p for p in home.rglob("*") if p.is_file())
