"""A fourth document type is its own module's data: the engine reads it with no new code.

The type below (a made-up library card) exists only in this test: registering its
``DocumentType`` with one design is all it takes for type detection, the layout
reader, validation and the not-found flags to work on it.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from desktop_ocr.backends.offline import doctype
from desktop_ocr.backends.offline.page import PageText, TextLine
from desktop_ocr.backends.offline.recognizer import interpret
from desktop_ocr.documents import schema
from desktop_ocr.documents.design import Design, Printed, ValueAt
from desktop_ocr.documents.fields import DocumentType, FieldKind, FieldSpec
from desktop_ocr.documents.identifiers import Identifier
from desktop_ocr.documents.validate import validate_record

MEMBER_NUMBER = Identifier(name="member_number", label_en="member number",
                           label_zh="会员号", forms=("LIB-999999",), example="LIB-123456")
B = ValueAt.BELOW
LIBRARY_CARD = DocumentType(
    name="library_card", label_zh="借书证", label_en="Library card", sex_spelling="letter",
    fields=(
        FieldSpec("member_number", "会员号", "Member number", FieldKind.CODE, True,
                  identifier=MEMBER_NUMBER, history="id"),
        FieldSpec("holder", "持证人", "Holder", FieldKind.NAME, True, history="name"),
        FieldSpec("valid_until", "有效期（原始）", "Valid until (as printed)", FieldKind.DATE_RAW),
        FieldSpec("valid_until_s", "有效期", "Valid until (dd-mm-yyyy)", FieldKind.DATE_S,
                  derived_from="valid_until"),
    ),
    designs=(Design(
        name="city", document_type="library_card", label_en="City library",
        label_zh="市图书馆", titles=("CITY LIBRARY MEMBERSHIP",),
        printed=(Printed("holder", ("Card Holder",), B),
                 Printed("member_number", ("Member No",), B),
                 Printed("valid_until", ("Valid Until",), B)),
        prints=frozenset({"member_number", "holder", "valid_until"}),
    ),),
)


@pytest.fixture()
def library_card(monkeypatch):
    monkeypatch.setitem(schema.DOCUMENT_TYPES, "library_card", LIBRARY_CARD)
    doctype.keywords.cache_clear()
    yield LIBRARY_CARD
    doctype.keywords.cache_clear()


def line(text: str, x0: float, y0: float, x1: float, y1: float) -> TextLine:
    quad = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)
    return TextLine(text, 0.99, (x0, y0, x1, y1), quad)


def test_a_new_type_is_detected_read_and_checked_from_its_description(library_card):
    page = PageText([
        line("CITY LIBRARY MEMBERSHIP", 100, 10, 600, 50),
        line("Card Holder", 100, 80, 220, 100), line("AMA BOATENG", 100, 100, 300, 126),
        line("Member No", 100, 140, 200, 160), line("LIB-4O2816", 100, 160, 260, 186),
        line("Valid Until", 320, 140, 420, 160),
    ], rotation=0, skew=0.0, size=(700, 300))
    record = interpret(page, "auto")
    assert record.document_type == "library_card" and record.design == "city"
    assert record.value("holder") == "AMA BOATENG"
    assert record.value("member_number") == "LIB-402816"  # O read for 0, by position
    assert record.fields["member_number"].confidence < 0.9  # a repaired reading
    # Printed but empty: flagged for the clerk, never invented.
    assert [w.code for w in record.warnings if w.field == "valid_until"] == ["not_found"]
    record.fields["member_number"].value = "LIB-40281"
    codes = {w.code for w in validate_record(record)}
    assert "member_number.format" in codes
    assert re.fullmatch(r"LIB-\d{6}", MEMBER_NUMBER.example)
