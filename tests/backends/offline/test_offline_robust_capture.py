"""Scans the way other offices deliver them: small, huge, grey, faxed, over-compressed,
faded.  The generator renders one resolution and quality; these re-capture its scans so
the engine's input normalisation is exercised on what it does not produce (slow: OCR)."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from PIL import Image

from desktop_ocr.imaging.types import PageImage

pytestmark = pytest.mark.slow


def _misses(record, truth):
    return {k: (record.value(k), v) for k, v in truth.items() if record.value(k) != v}


def _jpeg(image: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def _faded(image: Image.Image) -> Image.Image:
    """Toner low on grey paper: ink and paper 70 grey levels apart, slightly soft."""
    arr = np.asarray(image.convert("RGB")).astype(np.float32)
    arr = cv2.GaussianBlur(150.0 + (arr - 128.0) * 0.3, (0, 0), 0.8)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _fax(image: Image.Image) -> Image.Image:
    gray = np.asarray(image.convert("L"))
    _, bw = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return Image.fromarray(bw).convert("1").convert("RGB")


def _scaled(image: Image.Image, f: float) -> Image.Image:
    w, h = image.size
    method = Image.Resampling.LANCZOS if f < 1 else Image.Resampling.BICUBIC
    return image.resize((round(w * f), round(h * f)), method)


def test_faded_low_contrast_birth_certificate(recognizer, make_doc):
    doc, page = make_doc("birth_certificate", 1001, "scan")
    record = recognizer.recognize(PageImage(_faded(page.image), "faded.jpg"), "auto")
    assert record.document_type == "birth_certificate"
    wrong = _misses(record, doc.truth)
    assert len(wrong) <= 2, wrong
    assert "babyBirthday" not in wrong and "babySex" not in wrong


@pytest.mark.parametrize("factor", [0.5, 2.5])
def test_card_at_half_and_two_and_a_half_times_the_resolution(recognizer, make_doc, factor):
    doc, page = make_doc("ghana_card", 1002, "scan")
    record = recognizer.recognize(PageImage(_scaled(page.image, factor), "s.png"), "auto")
    assert record.document_type == "ghana_card"
    assert len(_misses(record, doc.truth)) <= 1, _misses(record, doc.truth)
    # Boxes are in the pixels of the image given, whatever its size.
    x0, y0, x1, y1 = record.fields["surname"].box
    w, h = _scaled(page.image, factor).size
    assert 0 <= x0 < x1 <= w and 0 <= y0 < y1 <= h


def test_faxed_voter_card(recognizer, make_doc):
    doc, page = make_doc("ghana_voter", 1004, "scan")
    record = recognizer.recognize(PageImage(_fax(page.image), "fax.png"), "auto")
    assert record.document_type == "ghana_voter"
    assert len(_misses(record, doc.truth)) <= 1, _misses(record, doc.truth)


def test_grey_over_compressed_half_size_certificate(recognizer, make_doc):
    doc, page = make_doc("birth_certificate", 1003, "scan")
    image = _jpeg(_scaled(page.image.convert("L").convert("RGB"), 0.6), 30)
    record = recognizer.recognize(PageImage(image, "small.jpg"), "birth_certificate")
    wrong = _misses(record, doc.truth)
    assert len(wrong) <= 3, wrong
