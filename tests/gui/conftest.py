"""Fixtures for the GUI tests: an isolated home, a deterministic test backend, the window.

The test backend (registered as ``test-fake``) reads what it returns from the
generated image itself: each test document is a synthetic document saved as PNG
with its ground truth and value boxes in a PNG text chunk.  So the worker, the
pipeline (load → recognise → normalise → validate), the form and the export all
run for real, with no OCR model needed (the real offline engine has its own
tests and benchmark).  A gate lets a test hold recognition mid-batch.
"""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from desktop_ocr.backends import registry
from desktop_ocr.backends.base import CancelToken
from desktop_ocr.documents.record import FieldValue, Record
from desktop_ocr.errors import BackendError, Cancelled
from desktop_ocr.imaging.types import PageImage

TEST_BACKEND = "test-fake"
TRUTH_KEY = "desktop_ocr_test_truth"


class Gate:
    """Holds recognition of every document while closed (tests open it)."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.open.set()
        self.waiting = threading.Semaphore(0)

    def close(self) -> None:
        """Hold the next recognitions; forget documents that already passed."""
        while self.waiting.acquire(blocking=False):
            pass
        self.open.clear()


GATE = Gate()


class FakeRecognizer:
    """Deterministic: returns the truth stored in the PNG, with its boxes."""

    name = TEST_BACKEND

    def __init__(self) -> None:
        self.calls = 0

    def availability(self) -> tuple[bool, str]:
        return True, ""

    def recognize(self, page: PageImage, document_type: str = "auto",
                  cancel: CancelToken | None = None) -> Record:
        self.calls += 1
        GATE.waiting.release()
        while not GATE.open.wait(0.02):
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
        if page.original_bytes is None:  # a PDF page: no PNG text to read, an empty form
            return Record.empty(page.source, "ghana_voter" if document_type == "auto"
                                else document_type, backend=self.name)
        info = Image.open(io.BytesIO(page.original_bytes)).text  # type: ignore[attr-defined]
        if TRUTH_KEY not in info:
            raise BackendError("This image holds no test truth.", code="test.no_truth")
        data = json.loads(info[TRUTH_KEY])
        doc_type = data["document_type"] if document_type == "auto" else document_type
        record = Record.empty(page.source, doc_type, backend=self.name)
        for key in record.fields:
            if doc_type == data["document_type"] and key in data["fields"]:
                box = data["boxes"].get(key)
                record.fields[key] = FieldValue(
                    value=data["fields"][key],
                    confidence=data.get("confidence", {}).get(key, 0.97),
                    box=tuple(box) if box else None)
        record.timings["recognize"] = 1.0
        return record

    def close(self) -> None:
        pass


registry.register(TEST_BACKEND, lambda _settings: FakeRecognizer())


def write_document(path: Path, document_type: str = "ghana_card", seed: int = 1, *,
                   overrides: dict[str, str] | None = None,
                   confidence: dict[str, float] | None = None,
                   scale: float = 0.5) -> dict[str, str]:
    """Generate a synthetic document and save it as PNG with its truth; returns the truth."""
    from desktop_ocr.synthetic import generate

    doc = generate(document_type, seed=seed, style="scan")
    truth = dict(doc.truth)
    truth.update(overrides or {})
    image = doc.image
    boxes = {k: [round(v * scale) for v in b] for k, b in doc.value_boxes.items()}
    if scale != 1:
        image = image.resize((round(image.width * scale), round(image.height * scale)))
    meta = PngInfo()
    meta.add_text(TRUTH_KEY, json.dumps({"document_type": document_type, "fields": truth,
                                         "boxes": boxes, "confidence": confidence or {}}))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "PNG", pnginfo=meta)
    return truth


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
def prefs(tmp_path: Path):
    """UI preferences in a temporary INI file (labelme's isolated-settings pattern)."""
    from desktop_ocr.gui.prefs import Preferences

    return Preferences(str(tmp_path / "ui.ini"))


@pytest.fixture
def make_window(qtbot, prefs, tmp_path: Path):
    """Build the real main window (English, test backend selected) and close it after."""
    from desktop_ocr.gui.app import build_window, make_application
    from desktop_ocr.records.store import RecordStore

    make_application()
    windows = []

    def factory(language: str = "en", store_path: Path | None = None, **kwargs):
        store = RecordStore(store_path or tmp_path / "records.db")
        win = build_window(prefs=prefs, store=store, language=language, **kwargs)
        win.backend_combo.addItem("Test backend", TEST_BACKEND)
        win.backend_combo.setCurrentIndex(win.backend_combo.findData(TEST_BACKEND))
        win.show()
        qtbot.waitExposed(win)
        windows.append(win)
        return win

    yield factory
    GATE.open.set()
    for win in windows:
        # close like a clerk would, and let the worker stop by itself before Qt deletes it
        win.close()
        qtbot.waitUntil(lambda w=win: not w.worker.isRunning(), timeout=15000)
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


def wait_until_idle(qtbot, win, timeout: int = 20000) -> None:
    """Every queued document has an outcome."""
    from desktop_ocr.gui.queue_model import ItemState

    def done() -> bool:
        items = win.model.items
        return bool(items) and all(
            it.state not in (ItemState.QUEUED, ItemState.RECOGNISING) for it in items)

    qtbot.waitUntil(done, timeout=timeout)


@pytest.fixture
def idle():
    return wait_until_idle


def elapsed_ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000
