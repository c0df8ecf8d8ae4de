"""The form's mark for a value a card's back side confirmed (issue 15): green, never amber.

Driven on the real ``FieldRow`` widget: the note is an ``info`` warning
(``documents.back``), and a field with only such a note must not look doubtful; a red
mismatch next to it still wins.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from desktop_ocr.documents.back import CONFIRMED, MISMATCH
from desktop_ocr.documents.record import FieldValue, FieldWarning
from desktop_ocr.documents.schema import GHANA_CARD
from desktop_ocr.gui import glyphs
from desktop_ocr.gui.field_editor import ERROR_COLOUR, INFO_COLOUR, WARNING_COLOUR, FieldRow

pytestmark = pytest.mark.gui

CONFIRMED_NOTE = FieldWarning("id_number", CONFIRMED,
                              "Confirmed by the card's machine-readable zone (back side).",
                              severity="info", message_zh="已与证件背面机读区核对一致。")


@pytest.fixture
def row(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    row = FieldRow(GHANA_CARD.field("id_number"), parent)
    parent.show()
    yield row
    parent.close()


def test_a_confirmed_value_is_marked_green(row) -> None:
    row.relabel("en")
    row.show_state([CONFIRMED_NOTE], FieldValue("GHA-712345678-9", 0.99), "en")
    assert row.severity == "info"
    # a check mark by the label, a green border, the note on hover and in the field
    assert row.label.text().endswith(glyphs.OK) and INFO_COLOUR in row.label.styleSheet()
    assert INFO_COLOUR in row.editor.styleSheet()
    assert WARNING_COLOUR not in row.editor.styleSheet()
    assert "machine-readable zone" in row.editor.toolTip()
    row.editor.setFocus()
    assert row.warning.isVisible()
    assert row.warning.text().startswith(glyphs.OK)
    assert "machine-readable zone" in row.warning.text()
    assert INFO_COLOUR in row.warning.styleSheet()


def test_the_mark_speaks_chinese_too(row) -> None:
    row.show_state([CONFIRMED_NOTE], FieldValue("GHA-712345678-9", 0.99), "zh_CN")
    assert "机读区" in row.warning.text()


def test_a_mismatch_or_a_doubt_outranks_the_mark(row) -> None:
    red = FieldWarning("id_number", MISMATCH, "front reads A, the back's zone B",
                       severity="error")
    row.show_state([CONFIRMED_NOTE, red], FieldValue("GHA-712345678-9", 0.99), "en")
    assert row.severity == "error" and ERROR_COLOUR in row.warning.styleSheet()
    assert glyphs.OK not in row.label.text()
    low = FieldWarning("id_number", "confidence.low", "Read with low confidence (40%)")
    row.show_state([CONFIRMED_NOTE, low], FieldValue("GHA-712345678-9", 0.4), "en")
    assert row.severity == "warning"  # read with low confidence: still please check
