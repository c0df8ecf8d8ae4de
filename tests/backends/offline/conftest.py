"""Fixtures of the offline engine tests: one model per test session, generated documents.

Why session scope: loading the ONNX sessions costs about a second and a few hundred MB;
every test shares the process-wide engine exactly as the app does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_ocr.backends.offline.engine import OcrEngine, get_engine
from desktop_ocr.backends.offline.recognizer import OfflineRecognizer, create
from desktop_ocr.imaging.load import load_pages
from desktop_ocr.imaging.types import PageImage
from desktop_ocr.synthetic import SyntheticDocument, generate, save


@pytest.fixture(scope="session")
def engine() -> OcrEngine:
    return get_engine()


@pytest.fixture(scope="session")
def recognizer(engine: OcrEngine) -> OfflineRecognizer:
    return create(None)


@pytest.fixture(scope="session")
def doc_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("offline-docs")


@pytest.fixture(scope="session")
def make_doc(doc_dir: Path) -> Callable[..., tuple[SyntheticDocument, PageImage]]:
    """Generate a document, write it to disk and load it the way the app does."""

    def make(document_type: str, seed: int, style: str = "scan"
             ) -> tuple[SyntheticDocument, PageImage]:
        doc = generate(document_type, seed, style)
        path = save(doc, doc_dir / f"{document_type}-{style}-{seed}.jpg")
        return doc, load_pages(path)[0]

    return make

