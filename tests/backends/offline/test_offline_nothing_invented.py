"""Precision first: pages that hold no document give a failure, not an empty record;
strips and tall images are read (OCR-heavy: marked slow)."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from desktop_ocr.errors import NothingRead
from desktop_ocr.imaging.types import PageImage
from desktop_ocr.recognition import recognize_path
from desktop_ocr.synthetic import fonts

pytestmark = pytest.mark.slow


def test_a_blank_page_fails_with_no_text(recognizer):
    page = PageImage(Image.new("RGB", (1240, 1754), (250, 250, 247)), "blank.png")
    with pytest.raises(NothingRead) as err:
        recognizer.recognize(page, "birth_certificate")
    assert err.value.code == "recognition.no_text"
    assert err.value.document_type == "birth_certificate"
    assert err.value.message and err.value.message_zh != err.value.message


def test_text_that_is_not_the_chosen_type_fails_with_nothing_found(recognizer):
    """A letter read as a Ghana Card: lines of text, none of the card's fields."""
    img = Image.new("RGB", (1400, 900), (255, 255, 255))
    d = ImageDraw.Draw(img)
    face = fonts.available(fonts.LATIN_SANS)[0].at(34)
    for i, text in enumerate(("Dear colleagues,", "the meeting moves to Thursday afternoon",
                              "in the small conference room.", "Kind regards")):
        d.text((80, 100 + 90 * i), text, font=face, fill=(20, 20, 20))
    with pytest.raises(NothingRead) as err:
        recognizer.recognize(PageImage(img, "letter.png"), "ghana_card")
    assert err.value.code == "recognition.nothing_found"


def test_failed_page_is_a_failed_record_with_its_type(recognizer, tmp_path):
    path = tmp_path / "blank.png"
    Image.new("RGB", (900, 600), (255, 255, 255)).save(path)
    record, = recognize_path(path, recognizer, "ghana_voter")
    assert record.status == "failed" and record.error is not None
    assert record.error.code == "recognition.no_text"
    assert record.document_type == "ghana_voter"
    assert not any(f.value for f in record.fields.values())


@pytest.mark.parametrize("size, at", [((8000, 670), (3000, 0)), ((670, 5400), (0, 2000))])
def test_a_card_inside_a_strip_is_read(recognizer, make_doc, size, at):
    """An 8:1 panorama (or a tall scan strip) with the card in it: detected in tiles,
    every field read, none cut in two at a tile edge."""
    doc, page = make_doc("ghana_card", 5, "scan")
    w = min(size)
    card = page.image.resize((w * 1064 // 670, w) if size[0] > size[1] else (w, w * 630 // 1000))
    strip = Image.new("RGB", size, (200, 195, 190))
    strip.paste(card, at)
    record = recognizer.recognize(PageImage(strip, "strip.jpg"), "auto")
    assert record.document_type == "ghana_card"
    wrong = {k: (record.value(k), v) for k, v in doc.truth.items() if record.value(k) != v}
    assert not wrong


def test_a_failed_record_says_how_long_and_why_in_both_languages(tmp_path):
    """A blank page fails with its time spent and the zh message kept for exports."""
    from desktop_ocr.backends.offline.recognizer import create
    from desktop_ocr.recognition import recognize_path
    from desktop_ocr.records.export import render_records

    path = tmp_path / "blank.png"
    Image.new("RGB", (1240, 1754), (250, 250, 247)).save(path)
    [record] = recognize_path(str(path), create(), "birth_certificate")
    assert record.error is not None and record.error.code == "recognition.no_text"
    assert record.elapsed_ms > 0
    assert record.error.message_zh and record.error.text("zh") != record.error.message
    assert record.error.text("zh") in render_records([record], "csv", language="zh").decode("utf-8-sig")
