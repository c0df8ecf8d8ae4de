"""The offline backend: the ``Recognizer`` the app uses by default.

Why a thin class: all state (the ONNX sessions) lives in the process-wide engine
of :mod:`engine`, so creating a recognizer is free, every recognizer in the
process (CLI, GUI worker, local server, tests) shares one model, and nothing is
loaded until the first document — choosing a cloud backend never pays for it.
"""

from __future__ import annotations

import logging
import time

from desktop_ocr.backends.base import CancelToken
from desktop_ocr.backends.offline import doctype, engine
from desktop_ocr.backends.offline.fields_birth import LABELS as BIRTH_LABELS
from desktop_ocr.backends.offline.fields_birth import SPLITTERS as BIRTH_SPLITTERS
from desktop_ocr.backends.offline.fields_birth import extract as extract_birth
from desktop_ocr.backends.offline.fields_ghana import (
    CARD_LABELS,
    SPLITTERS,
    VOTER_LABELS,
    extract_card,
    extract_voter,
)
from desktop_ocr.backends.offline.layout import segment_lines
from desktop_ocr.backends.offline.page import read_page
from desktop_ocr.config import BackendSettings
from desktop_ocr.documents.record import FieldValue, Record, RecordStatus
from desktop_ocr.documents.schema import AUTO, DOCUMENT_TYPES
from desktop_ocr.errors import BackendError, BackendUnavailable
from desktop_ocr.imaging.types import PageImage

log = logging.getLogger(__name__)

NAME = "offline"

_EXTRACTORS = {
    "birth_certificate": (BIRTH_LABELS, BIRTH_SPLITTERS, extract_birth),
    "ghana_card": (CARD_LABELS, SPLITTERS, extract_card),
    "ghana_voter": (VOTER_LABELS, SPLITTERS, extract_voter),
}


class OfflineRecognizer:
    """RapidOCR on the CPU plus layout rules per document type; no network at all."""

    name = NAME

    def __init__(self, settings: BackendSettings | None = None,
                 options: engine.EngineOptions | None = None) -> None:
        self.settings = settings or BackendSettings()
        self.options = options

    def availability(self) -> tuple[bool, str]:
        try:
            engine.model_paths(self.options.model_dir if self.options else None)
        except BackendUnavailable as exc:
            return False, exc.message
        return True, ""

    def recognize(self, page: PageImage, document_type: str = AUTO,
                  cancel: CancelToken | None = None) -> Record:
        if document_type != AUTO and document_type not in DOCUMENT_TYPES:
            raise BackendError(
                f"Unknown document type {document_type!r}.",
                message_zh=f"未知的证件类型 {document_type!r}。",
                code="offline.bad_type",
            )

        def checkpoint() -> None:
            if cancel is not None:
                cancel.raise_if_cancelled()

        checkpoint()
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        eng = engine.get_engine(self.options)
        timings["load"] = (time.perf_counter() - t0) * 1000
        checkpoint()
        steps: dict[str, float] = {}
        t1 = time.perf_counter()
        try:
            text = read_page(page.image, eng, checkpoint, steps)
        except MemoryError as exc:
            raise BackendError("The image is too large to recognise on this computer.",
                               message_zh="图片过大，本机无法识别。",
                               code="offline.out_of_memory") from exc
        timings["ocr"] = (time.perf_counter() - t1) * 1000
        checkpoint()

        t2 = time.perf_counter()
        doc = doctype.detect(text.lines) if document_type == AUTO else document_type
        labels, splitters, extract = _EXTRACTORS[doc]
        segs = segment_lines(text.lines, labels, splitters)
        values = extract(segs)
        record = Record.empty(page.source, doc, backend=NAME)
        record.page = page.page
        for key in record.fields:
            if key in values:
                value, conf, found = values[key]
                record.fields[key] = FieldValue(
                    value=value, confidence=max(0.0, min(1.0, conf)),
                    box=found.orig_box() if found is not None else None)
            else:
                record.fields[key] = FieldValue(value="", confidence=0.0)
        timings["extract"] = (time.perf_counter() - t2) * 1000
        record.timings = timings
        if text.rotation:
            record.notes.append(f"page turned {text.rotation}° to read it")
        record.status = RecordStatus.RECOGNIZED
        log.debug("offline: %s, %d lines, rotation %d, skew %.1f, steps %s", doc,
                  len(text.lines), text.rotation, text.skew,
                  {k: round(v) for k, v in steps.items()})
        return record

    def close(self) -> None:
        """The shared engine stays loaded for other recognizers in the process."""


def create(settings: BackendSettings | None = None) -> OfflineRecognizer:
    return OfflineRecognizer(settings)
