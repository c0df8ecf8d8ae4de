"""The shared pipeline: pages, failures that never end a batch, cancel, revalidation."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from desktop_ocr.backends.base import CancelToken
from desktop_ocr.documents.record import FieldValue, FieldWarning, Record, RecordStatus
from desktop_ocr.imaging.types import PageImage
from desktop_ocr.recognition import expand_inputs, recognize_path, revalidate


class _SizeRecognizer:
    """Test backend: reports the page size as the card height, so pages are distinguishable."""

    name = "test-size"

    def __init__(self, fail_on_width: int | None = None, crash: bool = False) -> None:
        self.fail_on_width = fail_on_width
        self.crash = crash
        self.seen: list[tuple[int, int]] = []

    def availability(self) -> tuple[bool, str]:
        return True, ""

    def recognize(self, page: PageImage, document_type: str = "auto",
                  cancel: CancelToken | None = None) -> Record:
        self.seen.append(page.image.size)
        if self.crash:
            raise ZeroDivisionError("bug")
        record = Record.empty(page.source, "ghana_card", self.name)
        record.fields["height"] = FieldValue(str(page.image.size[0]), 0.9)
        record.fields["id_number"] = FieldValue("GHA-12345678-1", 0.9)  # one digit short
        record.warnings.append(FieldWarning("surname", "offline.low_contrast", "faint print"))
        return record

    def close(self) -> None:
        pass


def _pdf(path: Path, pages: int) -> Path:
    images = [Image.new("RGB", (400 + 100 * i, 600), "white") for i in range(pages)]
    images[0].save(path, save_all=True, append_images=images[1:], resolution=72)
    return path


def test_multipage_pdf_gives_one_record_per_page(tmp_path):
    pdf = _pdf(tmp_path / "batch.pdf", 3)
    backend = _SizeRecognizer()
    records = recognize_path(pdf, backend, "ghana_card")
    assert [r.page for r in records] == [1, 2, 3]
    assert all(r.source == str(pdf) for r in records)
    widths = [int(r.value("height")) for r in records]
    assert widths == sorted(widths) and len(set(widths)) == 3


def test_single_image_record_is_normalised_and_validated(tmp_path):
    image = tmp_path / "card.png"
    Image.new("RGB", (640, 400), "white").save(image)
    [record] = recognize_path(image, _SizeRecognizer(), "ghana_card")
    assert record.page is None
    assert record.status is RecordStatus.RECOGNIZED
    codes = {w.code for w in record.warnings}
    assert "offline.low_contrast" in codes  # the backend's own warning is kept
    assert any(w.field == "id_number" for w in record.warnings if w.origin == "validation")
    assert "load" in record.timings


def test_revalidate_after_edit_clears_fixed_warning_keeps_backend_one(tmp_path):
    image = tmp_path / "card.png"
    Image.new("RGB", (640, 400), "white").save(image)
    [record] = recognize_path(image, _SizeRecognizer(), "ghana_card")
    record.set_value("id_number", "GHA-123456789-1")
    revalidate(record)
    assert not [w for w in record.warnings if w.field == "id_number"]
    assert any(w.code == "offline.low_contrast" for w in record.warnings)
    assert record.status is RecordStatus.EDITED


def test_bad_file_becomes_failed_record(tmp_path):
    bad = tmp_path / "photo.jpg"
    bad.write_text("this is text, not a JPEG")
    [record] = recognize_path(bad, _SizeRecognizer())
    assert record.status is RecordStatus.FAILED
    assert record.error is not None and record.error.code.startswith("image.")


def test_backend_crash_is_contained(tmp_path):
    image = tmp_path / "card.png"
    Image.new("RGB", (640, 400), "white").save(image)
    [record] = recognize_path(image, _SizeRecognizer(crash=True), "ghana_card")
    assert record.error is not None and record.error.code == "backend.internal_error"
    assert record.document_type == "ghana_card"


def test_cancel_stops_before_recognising(tmp_path):
    pdf = _pdf(tmp_path / "batch.pdf", 2)
    cancel = CancelToken()
    cancel.cancel()
    backend = _SizeRecognizer()
    records = recognize_path(pdf, backend, "ghana_card", cancel)
    assert backend.seen == []
    assert records[0].error is not None and records[0].error.code == "cancelled"


def test_expand_inputs_walks_folders_and_reports_skips(tmp_path):
    (tmp_path / "sub").mkdir()
    Image.new("RGB", (10, 10)).save(tmp_path / "sub" / "b.png")
    Image.new("RGB", (10, 10)).save(tmp_path / "a.jpg")
    (tmp_path / "readme.txt").write_text("x")
    (tmp_path / ".hidden.png").write_bytes(b"")
    files, skipped = expand_inputs([tmp_path])
    assert [Path(f).name for f in files] == ["a.jpg", "b.png"]
    assert [Path(s.path).name for s in skipped] == ["readme.txt"]
