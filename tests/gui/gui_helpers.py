"""Shared helpers of the GUI tests: the deterministic test backend, document writer, drops.

A module of its own (not conftest) so test modules import it by a unique name.

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
from pathlib import Path

from PIL import Image
from PIL.PngImagePlugin import PngInfo
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop_ocr.backends import registry
from desktop_ocr.backends.base import CancelToken
from desktop_ocr.documents.record import FieldValue, Record, RecordStatus
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
        if data.get("mrz") and doc_type == data["document_type"]:  # a card's back side
            from desktop_ocr.documents.back import record_from_zone
            from desktop_ocr.documents.mrz import parse_td1
            from desktop_ocr.documents.schema import DOCUMENT_TYPES

            return record_from_zone(parse_td1(tuple(data["mrz"])), DOCUMENT_TYPES[doc_type],
                                    source=page.source, page=None, confidence=0.97,
                                    backend=self.name)
        record = Record.empty(page.source, doc_type, backend=self.name)
        record.design = data.get("design") or None
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
                   scale: float = 0.5, family: str = "standard",
                   side: str = "front") -> dict[str, str]:
    """Generate a synthetic document and save it as PNG with its truth; returns the truth.

    ``side="back"`` (a Ghana Card of family ``real``): the card's back side, whose zone
    the test backend reads as the offline engine would (``documents.back``)."""
    from desktop_ocr.synthetic import generate

    doc = generate(document_type, seed=seed, style="scan", family=family, side=side)
    truth = dict(doc.truth)
    truth.update(overrides or {})
    image = doc.image
    boxes = {k: [round(v * scale) for v in b] for k, b in doc.value_boxes.items()}
    if scale != 1:
        image = image.resize((round(image.width * scale), round(image.height * scale)))
    meta = PngInfo()
    meta.add_text(TRUTH_KEY, json.dumps({"document_type": document_type, "fields": truth,
                                         "boxes": boxes, "confidence": confidence or {},
                                         "design": getattr(doc, "design", None),
                                         "mrz": list(doc.mrz) if side == "back" else []}))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "PNG", pnginfo=meta)
    return truth


def wait_until_idle(qtbot, win, timeout: int = 20000) -> None:
    """Every queued document has an outcome."""

    def done() -> bool:
        items = win.model.items
        return bool(items) and all(
            it.status not in (RecordStatus.QUEUED, RecordStatus.RECOGNIZING) for it in items)

    qtbot.waitUntil(done, timeout=timeout)


def _mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(win, paths: list[Path]) -> bool:
    """Send a real drag-enter and drop (labelme's drag-and-drop test pattern)."""
    mime = _mime(paths)
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, event)
    return True
