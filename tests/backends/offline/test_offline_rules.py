"""Extraction rules without the model: label matching, pairing, repair, places (fast)."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_ocr.backends.offline import doctype
from desktop_ocr.backends.offline.fields_birth import extract as extract_birth
from desktop_ocr.backends.offline.fields_ghana import extract_card
from desktop_ocr.backends.offline.labels import find_labels
from desktop_ocr.backends.offline.layout import segment_lines
from desktop_ocr.backends.offline.page import TextLine
from desktop_ocr.backends.offline.places import split_place
from desktop_ocr.backends.offline.reader import tables
from desktop_ocr.documents.identifiers import (
    BIRTH_CERTIFICATE_NUMBER,
    CN_RESIDENT_ID,
    GHANA_CARD_DOCUMENT_NUMBER,
    GHANA_PIN,
    INVALID,
    MASKED,
    POLLING_STATION_CODE,
    REPAIRED,
    VALID,
    VOTER_ID,
    Reading,
)
from desktop_ocr.errors import BackendError

BIRTH_LABELS = tables("birth_certificate").labels
CARD_LABELS = tables("ghana_card").labels
VOTER_LABELS = tables("ghana_voter").labels
SPLITTERS = tables("ghana_card").splitters



def line(text: str, x0: float, y0: float, x1: float, y1: float, score: float = 0.99) -> TextLine:
    quad = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)
    return TextLine(text, score, (x0, y0, x1, y1), quad)


@pytest.mark.parametrize("text, key", [
    ("Sumame/Nom", "surname"),
    ("Firstnarnes/Prénoms", "first_name"),
    ("Previous Narnes/Noms Antérieurs", "previous_name"),
    ("Date 0f Birth/Date de Naissance", "birthday"),
    ("Natlonality", "nationality"),
])
def test_labels_survive_ocr_slips(text, key):
    assert [m.key for m in find_labels(text, CARD_LABELS)][:1] == [key]


def test_short_labels_only_match_whole_words():
    labels = {"gender": ("Sex",), "age": ("Age",)}
    assert find_labels("ESSEX PASSAGE", labels) == []
    assert [m.key for m in find_labels("Sex: M", labels)] == ["gender"]


def test_merged_label_and_value_lines_are_split():
    lines = [
        line("出生医学证明", 300, 20, 700, 80),
        line("新生儿姓名张小明", 60, 150, 330, 190),
        line("性别男", 560, 150, 660, 190),
        line("母亲姓名李红", 60, 250, 260, 290),
        line("父亲姓名", 560, 250, 690, 290),
        line("张伟", 700, 245, 770, 285),  # printed a little high: printer offset
    ]
    out = extract_birth(segment_lines(lines, BIRTH_LABELS))
    assert out["babyName"][0] == "张小明"
    assert out["babySex"][0] == "男"
    assert out["motherName"][0] == "李红"
    assert out["fatherName"][0] == "张伟"
    # The value's box is the value part of the merged line, not the label.
    x0, _, x1, _ = out["babyName"][2].orig_box()
    assert x0 > 200 and x1 <= 330


def test_card_values_below_labels_and_merged_pin_and_date():
    lines = [
        line("Surname/Nom MENSAH", 300, 100, 520, 125),
        line("Firstnames/Prénoms", 300, 150, 470, 170),
        line("KWAME KOFI", 300, 172, 470, 200),
        line("Previous Names/Noms Antérieurs", 300, 215, 560, 235),
        line("Nationality/Nationalité", 300, 270, 480, 290),
        line("GHANAIAN", 300, 292, 450, 320),
        line("Date of Issuance/Date de délivrance", 300, 340, 600, 360),
        line("GHA-712345678-3 04/03/2020", 30, 362, 470, 392),
    ]
    out = extract_card(segment_lines(lines, CARD_LABELS, SPLITTERS))
    assert out["surname"][0] == "MENSAH"
    assert out["first_name"][0] == "KWAME KOFI"  # one "Firstnames" field printed
    assert "previous_name" not in out  # empty on the card: not borrowed from the next field
    assert out["nationality"][0] == "GHANAIAN"
    assert out["id_number"][0] == "GHA-712345678-3"
    assert (out["issue_date"][0], out["issue_date_s"][0]) == ("04/03/2020", "04-03-2020")


def test_chinese_id_confusions_are_repaired_by_checksum():
    good = "11010519491231002X"
    assert CN_RESIDENT_ID.read(good) == Reading(good, VALID)
    fixed = CN_RESIDENT_ID.read("11O1O519491231OO2X")  # letter O read for zeros
    assert fixed == Reading(good, REPAIRED)
    assert fixed.factor < 1.0
    swapped = CN_RESIDENT_ID.read("11010519491231082X")  # 0 read as 8: only one fix passes
    # ...but digits are never rewritten: the number as printed stays, flagged invalid,
    # with the checksum-passing variant only as a suggestion.
    assert swapped == Reading("11010519491231082X", INVALID, good)
    assert swapped.factor < 0.5
    assert CN_RESIDENT_ID.read("1101051949123100").status == INVALID  # digits lost
    assert CN_RESIDENT_ID.read("500234************").status == MASKED


def test_ghana_identifiers_are_repaired_by_format():
    assert GHANA_PIN.read("GHA-7I2345678-3").value == "GHA-712345678-3"
    assert GHANA_PIN.read("GHA 712345678 3").status == VALID
    assert GHANA_CARD_DOCUMENT_NUMBER.read("AR12345G7").value == "AR1234567"
    assert VOTER_ID.read("43930O1234") == Reading("4393001234", REPAIRED)
    assert POLLING_STATION_CODE.read("CI10101").value == "C110101"
    assert BIRTH_CERTIFICATE_NUMBER.read("0410244480").value == "O410244480"


@pytest.mark.parametrize("text, want", [
    ("广东省深圳市南山区", ("广东省", "深圳市", "南山区")),
    ("广东 省 深圳 市 南山 县（区）", ("广东省", "深圳市", "南山区")),
    ("深圳市南山区", ("广东省", "深圳市", "南山区")),
    ("广西壮族自治区南宁市青秀区", ("广西壮族自治区", "南宁市", "青秀区")),
    ("浙江省杭州市西湖区文三路123号", ("浙江省", "杭州市", "西湖区")),
])
def test_place_of_birth_is_split_with_the_division_table(text, want):
    p = split_place(text)
    assert (p.province, p.city, p.county) == want


def test_document_type_from_title_and_labels():
    assert doctype.detect([line("ELECTORAL COMMISSION OF GHANA", 0, 0, 500, 30)]) == "ghana_voter"
    assert doctype.detect([line("ECOWAS IDENTITY CARD", 0, 0, 500, 30)]) == "ghana_card"
    assert doctype.detect([line("出生医学证明", 0, 0, 500, 60)]) == "birth_certificate"
    # Title lost, labels still tell.
    assert doctype.detect([line("Firstnames/Prénoms", 0, 0, 200, 20),
                           line("Document Number", 0, 40, 200, 60)]) == "ghana_card"
    with pytest.raises(BackendError) as info:
        doctype.detect([line("hello", 0, 0, 100, 20)])
    assert info.value.code == "offline.unknown_document"


def test_label_search_survives_any_unicode():
    import random

    rng = random.Random(5)
    alphabet = [chr(c) for c in range(32, 0x3100)] + list("ßﬁǅ出生医学证明")
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for m in find_labels(text, CARD_LABELS):
            assert 0 <= m.start < m.end <= len(text)


@pytest.mark.parametrize("printed, iso", [
    ("2024年03月15日08时30分", "2024-03-15"),
    ("2016 10 月 23 日 15 时 50 分", "2016-10-23"),  # 年 slot word lost
    ("2023 年 Y 04 月 M 09 D 日", "2023-04-09"),  # English slot letters in between
    ("2023 09 日 06 32 分", ""),  # 月 lost: blank rather than day-as-month
])
def test_birth_time_in_printed_slots(printed, iso):
    from desktop_ocr.backends.offline.fields_birth import parse_birth_date

    assert parse_birth_date(printed) == iso


def test_an_id_printed_with_a_wrong_checksum_is_kept_as_the_id():
    # A document can carry a mistyped number: it is still the ID field's value,
    # kept exactly as printed so validation can flag it for the clerk.
    assert CN_RESIDENT_ID.shaped("330106199301012351")
    assert CN_RESIDENT_ID.read("330106199301012351").value == "330106199301012351"
    assert CN_RESIDENT_ID.shaped("500234************")
    assert not CN_RESIDENT_ID.shaped("杭州市西湖区文三路123号")
    assert not CN_RESIDENT_ID.shaped("3301061993")
