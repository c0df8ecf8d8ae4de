"""The offline engine on a Ghana Card's back side (issue 15): the zone is found, read
exactly and its check digits judged; a back alone is a record flagged that the front is
missing; a page showing both sides gives the front's record checked by the zone.

Rule tests (``interpret`` on lines, no model) first, then the model on generated backs.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from desktop_ocr.backends.offline.page import PageText, TextLine
from desktop_ocr.backends.offline.recognizer import interpret
from desktop_ocr.backends.offline.zone import find_zone
from desktop_ocr.documents import back
from desktop_ocr.documents.mrz import compose_td1
from desktop_ocr.imaging.load import load_pages
from desktop_ocr.recognition import finish_record, recognize_path
from desktop_ocr.synthetic import generate, save

ZONE = compose_td1(document_code="ID", issuing_state="GHA", document_number="AC9139819",
                   optional_data_1="GHA7123456789", birth_date="860613", sex="F",
                   expiry_date="300110", nationality="GHA", surname="Mensah",
                   given_names="Akosua Ama")


def line(text: str, x0: float, y0: float, x1: float, y1: float, score: float = 0.98
         ) -> TextLine:
    quad = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)
    return TextLine(text, score, (x0, y0, x1, y1), quad)


def zone_lines(top: float = 470, texts: tuple[str, ...] = ZONE) -> list[TextLine]:
    return [line(t, 60, top + 42 * i, 940, top + 42 * i + 30) for i, t in enumerate(texts)]


def page(lines: list[TextLine]) -> PageText:
    return PageText(lines, 0, 0.0, (1000, 630))


# ------------------------------------------------------------------------ rules (fast)

def test_a_zone_split_by_the_detector_is_joined_back_into_its_row() -> None:
    lines = zone_lines()
    first = lines[0]
    halves = [line(first.text[:16], 60, first.y0, 520, first.y1),
              line(first.text[16:], 540, first.y0, 940, first.y1)]
    found = find_zone([*halves, *lines[1:]])
    assert found is not None and found.zone.lines == ZONE and found.spec.name == "ghana_card"


def test_a_back_alone_gives_the_zones_record_flagged_front_missing() -> None:
    lines = [line("This card is the property of the Government of Ghana.", 60, 50, 700, 70),
             *zone_lines()]
    record = finish_record(interpret(page(lines), "auto", "back.jpg"))
    assert record.document_type == "ghana_card" and record.design is None
    assert record.value("id_number") == "GHA-712345678-9"
    assert record.value("surname") == "MENSAH" and record.value("first_name") == "AKOSUA AMA"
    assert record.value("birthday_s") == "13-06-1986"
    assert record.fields["surname"].box == (60, 554, 940, 584)  # the zone's third line
    assert record.extra["mrz"]["front"] is False and record.extra["mrz"]["valid"] is True
    assert {w.code for w in record.warnings} >= {back.FRONT_MISSING}


def test_a_page_showing_both_sides_is_the_front_checked_by_its_zone() -> None:
    front = [line("REPUBLIC OF GHANA", 300, 30, 700, 60),
             line("Surname", 330, 130, 420, 145), line("MENSAH", 330, 150, 470, 172),
             line("First Name", 330, 185, 440, 200), line("AKOSUA", 330, 205, 470, 227),
             line("Sex", 330, 240, 370, 255), line("F", 330, 260, 345, 282),
             line("Date of Birth", 440, 240, 570, 255), line("06/13/1986", 440, 260, 600, 282),
             line("Personal ID Number", 440, 300, 640, 315),
             line("GHA-712345673-9", 440, 320, 680, 342)]  # the front misread a digit
    record = finish_record(interpret(page([*front, *zone_lines(top=700)]), "auto", "both.jpg"))
    assert record.value("surname") == "MENSAH" and record.value("id_number") == "GHA-712345673-9"
    assert record.extra["mrz"]["front"] is True
    red = [w for w in record.warnings if w.code == back.MISMATCH]
    assert [(w.field, w.severity) for w in red] == [("id_number", "error")]
    assert any(w.code == back.CONFIRMED and w.field == "surname" for w in record.warnings)
    assert back.verdict(record) == "no"


def test_a_zone_of_another_state_or_a_type_without_a_back_is_not_a_ghana_card() -> None:
    other = compose_td1(document_code="ID", issuing_state="NGA", document_number="A12345678",
                        birth_date="860613", sex="F", expiry_date="300110",
                        nationality="NGA", surname="Okafor", given_names="Ada")
    assert find_zone(zone_lines(texts=other)) is None
    assert find_zone(zone_lines(), "birth_certificate") is None


# ------------------------------------------------------------------------- the model

@pytest.fixture(scope="module")
def backs(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("backs")

    def make(seed: int, style: str):
        doc = generate("ghana_card", seed, style, family="real", side="back")
        return doc, save(doc, folder / f"back-{style}-{seed}.jpg")

    return make


@pytest.mark.parametrize(("seed", "style"), [(0, "scan"), (1, "scan"), (2, "photo"),
                                             (3, "photo")])
def test_generated_backs_are_read_exactly(recognizer, backs, seed: int, style: str) -> None:
    doc, path = backs(seed, style)
    [record] = recognize_path(path, recognizer, "auto")
    assert record.error is None and record.document_type == "ghana_card"
    zone = record.extra["mrz"]
    assert tuple(zone["lines"]) == doc.mrz and zone["valid"] is True
    assert (zone["source"], zone["page"]) == (str(path), None)
    assert {k: record.value(k) for k in doc.truth} == doc.truth
    assert any(w.code == back.FRONT_MISSING for w in record.warnings)


def test_a_wrong_check_digit_on_the_card_is_reported(recognizer, backs) -> None:
    doc, path = backs(4, "scan")
    assert doc.mrz_valid is False
    [record] = recognize_path(path, recognizer, "ghana_card")
    assert tuple(record.extra["mrz"]["lines"]) == doc.mrz
    assert record.extra["mrz"]["valid"] is False
    assert any(w.code == back.CHECKSUM for w in record.warnings)
    assert back.verdict(record) == "no"


def test_front_and_back_scanned_on_one_sheet(recognizer, tmp_path: Path) -> None:
    front = generate("ghana_card", 1, "scan", family="real")
    rear = generate("ghana_card", 1, "scan", family="real", side="back")
    sheet = Image.new("RGB", (1100, 1400), (250, 250, 250))
    sheet.paste(front.image, (50, 40))
    sheet.paste(rear.image, (50, 730))
    path = tmp_path / "both-sides.png"
    sheet.save(path)
    [record] = recognize_path(path, recognizer, "auto")
    assert record.design == front.design and record.extra["mrz"]["front"] is True
    assert record.value("id_number") == front.truth["id_number"]
    assert not [w for w in record.warnings if w.code.startswith("mrz.mismatch")]
    assert back.verdict(record) == "yes"
    assert len(load_pages(path)) == 1
