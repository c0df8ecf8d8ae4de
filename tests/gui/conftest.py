"""Fixtures for the GUI tests: an isolated home (store, settings), the test backend, the window.

The test backend and helpers live in ``gui_helpers`` (see its docstring).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from gui_helpers import GATE, TEST_BACKEND, Gate, wait_until_idle, write_document


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Store, settings.json, secrets and cache of each test live in its own folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("DESKTOP_OCR_HOME", str(home))
    GATE.open.set()
    while GATE.waiting.acquire(blocking=False):
        pass
    return home


@pytest.fixture
def gate() -> Iterator[Gate]:
    yield GATE
    GATE.open.set()


@pytest.fixture
def make_window(qtbot, tmp_path: Path):
    """Build the real main window (English, test backend selected) and close it after."""
    from desktop_ocr.gui.app import build_window, make_application
    from desktop_ocr.records.store import RecordStore

    make_application()
    windows = []

    def factory(language: str = "en", store_path: Path | None = None, *,
                app_store: bool = False, **kwargs):
        """``app_store``: let the window open the app's own store (in the isolated home)."""
        store = None if app_store else RecordStore(store_path or tmp_path / "records.db")
        win = build_window(store=store, language=language, **kwargs)
        win.backend_combo.set_current_name(TEST_BACKEND)  # the registry offers it
        win.show()
        qtbot.waitExposed(win)
        windows.append(win)
        return win

    yield factory
    GATE.open.set()
    for win in windows:
        # close like a clerk would, and let the worker stop by itself before Qt deletes it
        win.close()
        qtbot.waitUntil(lambda w=win: not w.session.busy, timeout=15000)
        qtbot.waitUntil(lambda w=win: not w.isVisible(), timeout=15000)
        win.deleteLater()
    from desktop_ocr.gui import i18n

    i18n.install("en")


@pytest.fixture
def docs(tmp_path: Path) -> Callable[..., Path]:
    def make(name: str, document_type: str = "ghana_card", seed: int = 1, **kw) -> Path:
        path = tmp_path / "docs" / name
        write_document(path, document_type, seed, **kw)
        return path

    return make


@pytest.fixture
def idle():
    return wait_until_idle
