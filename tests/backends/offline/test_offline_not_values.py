"""Printed things that have a value's shape but are no value (issue 10's trial, round 2).

Each case is a whole kind found by trying the engine on documents drawn by hand: a fax
machine's transmission header, a label the OCR misread (unsure), a label and its twin
run together, a tick-box word's piece, a margin sentence under an address, a number
elsewhere on the page for an empty labelled field, a number for a place.  Lines are
what an OCR gives (fast: no model); values are dummy data made up here.
"""

from __future__ import annotations

import numpy as np
import pytest

from desktop_ocr.backends.offline import reader, transmission
from desktop_ocr.backends.offline.page import PageText, TextLine
from desktop_ocr.backends.offline.recognizer import interpret
from desktop_ocr.errors import NothingRead


def line(text: str, x0: float, y0: float, x1: float, y1: float, score: float = 0.99) -> TextLine:
    quad = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)
    return TextLine(text, score, (x0, y0, x1, y1), quad)


def page(*lines: TextLine, size: tuple[int, int] = (906, 534)) -> PageText:
    return PageText(list(lines), rotation=0, skew=0.0, size=size)


FAX_HEADER = (line("2025-04-02 14:15", 10, 5, 159, 22), line("FROM: +86 460 4766", 179, 5, 348, 22),
              line("P.001/003", 367, 5, 455, 22))


@pytest.mark.parametrize("text", ["FROM: +86 460 4766", "P.001/003", "PAGE 1/2",
                                  "2020-03-27 12:11 FROM:+233 93 134 29", "TO: 0302 123456",
                                  "2020-04-13·07:25"])
def test_transmission_header_words(text):
    assert transmission.is_header_text(text)


@pytest.mark.parametrize("text", ["13/JUN/1986", "2015年09月30日08时15分", "GHA-123456789-0",
                                  "P912486B", "ACCRA"])
def test_values_are_no_header_words(text):
    assert not transmission.is_header_text(text)


def test_a_header_inside_the_page_is_kept():
    """Only the page's edge band holds a transmission header."""
    mid = line("FROM: ACCRA", 100, 250, 300, 270)
    assert transmission.without_header([mid], 534) == [mid]


def test_a_faxed_blank_voter_card_gives_nothing_from_its_header():
    """The header's date, number and page count have the shapes of a voter ID and a
    polling-station code; with misread labels (SIRNAML, SFX) the card is still blank."""
    p = page(*FAX_HEADER,
             line("ELECTORAL COMMISSION OF GHANA", 157, 63, 525, 88),
             line("VOTER ID CARD", 279, 89, 407, 109),
             line("SIRNAML.", 200, 123, 262, 139, 0.63), line("OTHER NAMES", 199, 145, 286, 162),
             line("SFX", 200, 170, 226, 186, 0.62), line("AGE", 329, 170, 358, 187),
             line("POLLING STATION CODE", 199, 192, 338, 209),
             line("DATE OF BIRTH", 197, 242, 291, 259),
             line("DATE OF REGISTRATION", 198, 267, 334, 283))
    with pytest.raises(NothingRead) as err:
        interpret(p, "ghana_voter")
    assert err.value.code == "recognition.nothing_found"


def test_unsure_latin_readings_of_labels_are_labels_but_sure_names_stay():
    never = reader.tables("ghana_card").never
    for misread in ("SURINAME", "SIRNAML", "URFH NAMES", "SFX", "NASIVNALTYNATIONAITE"):
        assert never.like_label(misread), misread
    for name in ("MENSAH", "ASANTE", "KWABENA SAMUEL KWAME", "ABENA", "ADJOA", "AMA"):
        assert not never.like_label(name), name
    assert "NATIONALITYNATIONALITE" in never  # a label and its twin read as one line


def test_pieces_and_sentences_of_the_printed_form_are_no_values():
    never = reader.tables("birth_certificate").never
    assert never.near_label("居民")  # of the tick box 居民身份证: dropped when read unsurely
    assert "存根" in never and "副页" in never  # the sheet's parts
    assert "中华人民共和国国家卫生健康委员会监制" in never  # the margin, under an address
    assert "北京市西城区国家卫生健康委员会宿舍" not in never  # an address naming it


def test_a_number_elsewhere_is_not_the_value_of_an_empty_labelled_field():
    """出生孕周 printed and left empty: the 28 of 签发日期 is not the gestational age."""
    p = page(
        line("出生医学证明", 413, 71, 808, 146),
        line("新生儿姓名", 83, 238, 223, 276), line("欧阳思琪", 240, 238, 400, 276),
        line("性别", 613, 236, 680, 278), line("女", 700, 236, 730, 278),
        line("出生孕周", 83, 417, 199, 455), line("周 出生体重", 290, 420, 448, 451),
        line("2980", 460, 417, 540, 455), line("克", 568, 422, 611, 451),
        line("母亲姓名", 83, 600, 199, 640), line("林小红", 240, 600, 360, 640),
        line("签发日期 2015", 85, 1469, 288, 1506), line("09", 380, 1469, 420, 1504),
        line("28", 496, 1469, 546, 1504),
        size=(1240, 1754))
    record = interpret(p, "birth_certificate")
    assert record.value("babyName") == "欧阳思琪"
    assert record.value("gestationalAge") == ""
    assert any(w.field == "gestationalAge" and w.code == "not_found" for w in record.warnings)


def test_a_number_is_no_place():
    check = reader.field_check(reader.tables("ghana_card").spec.field("place_of_issue"), None,
                               reader.tables("ghana_card").never)
    assert not check("519707") and check("ACCRA") and check("SEFWI WIAWSO")


def test_numbers_are_digits_in_their_plausible_range():
    from desktop_ocr.backends.offline.precision import keep_values

    t = reader.tables("birth_certificate")
    got = keep_values({"birthWeight": ("一克", 0.9, None), "birthLength": ("9", 0.9, None),
                       "gestationalAge": ("39", 0.9, None), "babyName": ("李明", 0.9, None)},
                      t.spec, t)
    assert set(got) == {"gestationalAge", "babyName"}


def test_a_few_weak_values_of_a_many_field_form_are_a_blank_form():
    """A degraded blank 4th-edition sheet: a tick read as 女, a misread label as a name,
    a stray number by 孕周 — three weak values of twenty printed fields."""
    from desktop_ocr.backends.offline.precision import sparse

    t = reader.tables("birth_certificate")
    printed = reader.printed_keys(t.spec, None)
    weak = {"babySex": ("女", 0.6, None), "babyName": ("出日", 0.6, None),
            "gestationalAge": ("25", 0.6, None), "code": ("J654420009", 0.99, None)}
    assert sparse(weak, t.spec, printed, frozenset({"code"}))
    dated = {**weak, "babyBirthday": ("2015-09-30", 0.9, None)}  # a date is never form text
    assert not sparse(dated, t.spec, printed, frozenset({"code"}))
