"""Robustness of the extraction rules without the model (fast): misread short labels,
a colon after the label, ALL CAPS labels, labels without their French half, and the
place of birth of municipalities and province-governed county-level cities."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_ocr.backends.offline.fields_birth import extract as extract_birth
from desktop_ocr.backends.offline.fields_ghana import (
    extract_card,
    extract_voter,
)
from desktop_ocr.backends.offline.labels import find_labels
from desktop_ocr.backends.offline.layout import segment_lines
from desktop_ocr.backends.offline.page import TextLine
from desktop_ocr.backends.offline.places import split_place
from desktop_ocr.backends.offline.reader import tables

BIRTH_LABELS = tables("birth_certificate").labels
CARD_LABELS = tables("ghana_card").labels
VOTER_LABELS = tables("ghana_voter").labels
SPLITTERS = tables("ghana_card").splitters



def line(text: str, x0: float, y0: float, x1: float, y1: float, score: float = 0.99) -> TextLine:
    quad = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)
    return TextLine(text, score, (x0, y0, x1, y1), quad)


def _parents(mother_nat: str, mother_eth: str) -> list[TextLine]:
    """Two parent columns; the mother's 国籍/民族 labels as given."""
    rows = []
    for i, (left, lv, right, rv) in enumerate([
        ("母亲姓名", "李红", "父亲姓名", "张伟"),
        ("年龄", "28", "年龄", "30"),
        (mother_nat, "中国", "国籍", "中国"),
        (mother_eth, "汉族", "民族", "回族"),
    ]):
        y = 300 + 50 * i
        rows += [line(left, 60, y, 60 + 30 * len(left), y + 30), line(lv, 200, y, 260, y + 30),
                 line(right, 560, y, 560 + 30 * len(right), y + 30),
                 line(rv, 700, y, 760, y + 30)]
    return [line("出生医学证明", 300, 20, 700, 80), *rows]


def test_short_chinese_labels_with_a_misread_glyph_anchor_by_position():
    out = extract_birth(segment_lines(_parents("国箱", "民旅"), BIRTH_LABELS))
    assert out["motherNationality"][0] == "中国"
    assert out["motherEthnic"][0] == "汉族"
    assert out["fatherEthnic"][0] == "回族"
    assert out["motherAge"][0] == "28" and out["fatherAge"][0] == "30"


def test_misread_label_merged_with_its_value():
    lines = _parents("国籍", "民族")
    lines = [ln for ln in lines if not (ln.text in ("民族", "汉族") and ln.x0 < 300)]
    lines.append(line("民旅汉族", 60, 450, 180, 480))
    out = extract_birth(segment_lines(lines, BIRTH_LABELS))
    assert out["motherEthnic"][0] == "汉族"


def test_a_value_one_glyph_from_a_label_stays_a_value():
    """汉族 is one glyph from 民族, 中国 from nothing: values in a label column (a form
    that prints values under their labels) must not be turned into labels."""
    lines = [
        line("出生医学证明", 300, 20, 700, 80),
        line("母亲姓名", 60, 300, 180, 330), line("李红", 200, 300, 260, 330),
        line("民族", 60, 350, 120, 380), line("住址", 300, 350, 360, 380),
        line("汉族", 60, 390, 120, 420), line("浙江省杭州市西湖区文三路1号", 300, 390, 700, 420),
    ]
    segs = segment_lines(lines, BIRTH_LABELS)
    from desktop_ocr.backends.offline.fields_birth import value_words
    from desktop_ocr.backends.offline.layout import promote_misread_labels

    promoted = promote_misread_labels(segs, BIRTH_LABELS, value_words())
    assert [s.text for s in promoted if s.key] == [s.text for s in segs if s.key]


def test_long_chinese_label_with_one_glyph_wrong_but_never_the_wrong_parent():
    keys = [m.key for m in find_labels("母亲国箱中国", BIRTH_LABELS)]
    assert keys == ["motherNationality"]
    assert [m.key for m in find_labels("出生孕用39周", BIRTH_LABELS)] == ["gestationalAge"]
    # 毋亲姓名: one glyph from both 母亲姓名 and 父亲姓名 — no parent guessed.
    keys = {m.key for m in find_labels("毋亲姓名李红", BIRTH_LABELS)}
    assert not keys & {"motherName", "fatherName"}


@pytest.mark.parametrize("surname, first", [
    ("SURNAME: MENSAH", "FIRSTNAMES: KWAME KOFI"),
    ("Surname: Mensah", "Firstnames: Kwame Kofi"),
    ("SURNAME/NOM: MENSAH", "FIRSTNAMES/PRÉNOMS: KWAME KOFI"),
    ("Surname MENSAH", "First Names KWAME KOFI"),
])
def test_card_labels_with_colon_caps_and_no_french(surname, first):
    lines = [
        line("REPUBLIC OF GHANA", 300, 20, 700, 50),
        line(surname, 300, 100, 600, 125),
        line(first, 300, 150, 640, 175),
        line("DATE OF BIRTH: 10/05/1984", 300, 200, 620, 225),
        line("SEX: M", 300, 250, 400, 275),
    ]
    out = extract_card(segment_lines(lines, CARD_LABELS, SPLITTERS))
    assert out["surname"][0] == "MENSAH"
    # One "First Names" field printed: the whole value is first_name (issue 10).
    assert out["first_name"][0] == "KWAME KOFI" and not out.get("middle_name", ("",))[0]
    assert (out["birthday"][0], out["birthday_s"][0]) == ("10/05/1984", "10-05-1984")
    assert out["gender"][0] == "M"


def test_voter_card_colon_labels():
    lines = [
        line("ELECTORAL COMMISSION OF GHANA", 200, 20, 700, 50),
        line("SURNAME: OWUSU", 300, 100, 560, 125),
        line("OTHER NAMES: AMA SERWAA", 300, 150, 640, 175),
        line("SEX: F", 300, 200, 400, 225), line("AGE: 34", 450, 200, 560, 225),
    ]
    out = extract_voter(segment_lines(lines, VOTER_LABELS, SPLITTERS))
    assert out["surname"][0] == "OWUSU"
    assert out["other_names"][0] == "AMA SERWAA"
    assert out["gender"][0] == "F" and out["age"][0] == "34"


def test_chinese_labels_with_a_full_width_colon():
    lines = [
        line("出生医学证明", 300, 20, 700, 80),
        line("新生儿姓名：张小明", 60, 150, 360, 190),
        line("性别：男", 560, 150, 680, 190),
        line("出生体重：3250克", 60, 250, 330, 290),
        line("母亲姓名：李红", 60, 350, 280, 390),
    ]
    out = extract_birth(segment_lines(lines, BIRTH_LABELS))
    assert out["babyName"][0] == "张小明"
    assert out["babySex"][0] == "男"
    assert out["birthWeight"][0] == "3.25"
    assert out["motherName"][0] == "李红"


@pytest.mark.parametrize("text, want", [
    # Municipalities: districts under the table's 市辖区 (the table's convention), counties of
    # Chongqing under its 县 entry; the municipality alone has no city.
    ("北京市朝阳区", ("北京市", "市辖区", "朝阳区")),
    ("北京 省 北京 市 朝阳 县（区）", ("北京市", "市辖区", "朝阳区")),
    ("上海市浦东新区", ("上海市", "市辖区", "浦东新区")),
    ("天津市和平区", ("天津市", "市辖区", "和平区")),
    ("重庆市石柱土家族自治县", ("重庆市", "县", "石柱土家族自治县")),
    ("天津市", ("天津市", "", "")),
    # County-level units governed directly by the province: the level their name carries.
    ("湖北省仙桃市", ("湖北省", "仙桃市", "")),
    ("湖北 省 仙桃 市 县（区）", ("湖北省", "仙桃市", "")),
    ("新疆维吾尔自治区石河子市", ("新疆维吾尔自治区", "石河子市", "")),
    ("海南省定安县", ("海南省", "", "定安县")),
    ("湖北省神农架林区", ("湖北省", "", "神农架林区")),
    # Prefecture-level cities without counties.
    ("广东省东莞市", ("广东省", "东莞市", "")),
    # 朝阳区 of Changchun is not Beijing's.
    ("吉林省长春市朝阳区", ("吉林省", "长春市", "朝阳区")),
])
def test_place_of_birth_municipalities_and_direct_county_cities(text, want):
    p = split_place(text)
    assert (p.province, p.city, p.county) == want


def test_card_values_without_readable_labels_by_shape_and_order():
    """A fax where the small labels vanished and only the bold values remain."""
    lines = [
        line("REPUBLIC OF GHANA", 300, 20, 700, 50),
        line("ECOWAS IDENTITY CARD", 320, 55, 680, 80),
        line("ANNAN", 300, 120, 400, 150),
        line("AMA SERWAA", 300, 175, 470, 205),
        line("GHANAIAN", 300, 260, 440, 290), line("F", 520, 260, 540, 290),
        line("1.70", 700, 260, 760, 290),
        line("15/03/1956", 300, 330, 460, 360), line("BK1862846", 600, 330, 760, 360),
        line("21/05/2032", 600, 400, 760, 430), line("22/05/2022", 300, 400, 460, 430),
        line("Sunyani wmwm", 600, 460, 760, 500),  # a signature, mixed case
        line("SUNYANI", 300, 470, 430, 500),
        line("GHA-853724178-5", 300, 560, 600, 600),
    ]
    out = extract_card(segment_lines(lines, CARD_LABELS, SPLITTERS))
    got = {k: v[0] for k, v in out.items()}
    assert got["surname"] == "ANNAN"
    assert got["first_name"] == "AMA SERWAA" and not got.get("middle_name")
    assert got["nationality"] == "GHANAIAN" and got["gender"] == "F" and got["height"] == "1.70"
    assert got["birthday"] == "15/03/1956"
    assert (got["issue_date"], got["expiry_date"]) == ("22/05/2022", "21/05/2032")
    assert got["document_number"] == "BK1862846"
    assert got["place_of_issue"] == "SUNYANI"
    assert got["id_number"] == "GHA-853724178-5"
    # Filled from shape and order, not from a label: the form flags them for checking.
    assert out["surname"][1] < 0.8


def test_a_label_that_was_read_is_never_overridden_by_the_fallback():
    lines = [
        line("REPUBLIC OF GHANA", 300, 20, 700, 50),
        line("Surname/Nom", 300, 100, 420, 118), line("MENSAH", 300, 120, 420, 150),
        line("KWAME", 300, 175, 420, 205),
        line("M", 520, 260, 540, 290), line("1.80", 700, 260, 760, 290),
    ]
    out = extract_card(segment_lines(lines, CARD_LABELS, SPLITTERS))
    assert out["surname"][0] == "MENSAH" and out["surname"][1] > 0.9
    # The second name line (its label lost) is the first names, flagged as a guess.
    assert out["first_name"][0] == "KWAME" and out["first_name"][1] < 0.8


def test_voter_values_without_labels_by_shape_and_order():
    lines = [
        line("ELECTORAL COMMISSION OF GHANA", 200, 20, 700, 50),
        line("DARKO", 300, 100, 400, 130), line("GODFRED KOJO", 300, 150, 500, 180),
        line("M", 300, 200, 320, 230), line("54", 450, 200, 480, 230),
        line("L986529", 300, 250, 420, 280), line("2288826798", 300, 300, 480, 330),
        line("06/06/2023", 300, 400, 460, 430), line("28/02/1969", 300, 350, 460, 380),
    ]
    out = extract_voter(segment_lines(lines, VOTER_LABELS, SPLITTERS))
    got = {k: v[0] for k, v in out.items()}
    assert (got["surname"], got["other_names"]) == ("DARKO", "GODFRED KOJO")
    assert (got["gender"], got["age"]) == ("M", "54")
    assert got["polling_station_code"] == "L986529" and got["voter_id_number"] == "2288826798"
    assert (got["birthday"], got["registry_date"]) == ("28/02/1969", "06/06/2023")


def test_birth_certificate_whose_printed_form_dropped_out():
    """A black-and-white fax of the certificate: the coloured form (labels, slot words)
    is gone, only the printer's values are left, in the national form's order."""
    rows = [
        [("张小明", 160), ("男", 600)],
        [("2024年03月15日08时30分", 160)],
        [("浙江省杭州市西湖区", 160)],
        [("39", 170), ("良好", 570)],
        [("3250", 160), ("50", 570)],
        [("李红", 160), ("28", 620)],
        [("中国", 140), ("汉族", 560)],
        [("浙江省杭州市西湖区文三路1号", 120)],
        [("330106199001011248", 230)],
        [("张伟", 160), ("30", 620)],
        [("中国", 140), ("汉族", 560)],
        [("浙江省杭州市西湖区文三路1号", 120)],
        [("330106198802023228", 230)],
        [("杭州市妇幼保健院", 220)],
        [("2024年03月20日", 600)],
    ]
    lines = [line("出生医学证明", 320, 60, 630, 130)]
    for i, row in enumerate(rows):
        y = 200 + 50 * i
        lines += [line(t, x, y, x + 30 * len(t), y + 32) for t, x in row]
    out = extract_birth(segment_lines(lines, BIRTH_LABELS))
    got = {k: v[0] for k, v in out.items()}
    assert (got["babyName"], got["babySex"], got["babyBirthday"]) == ("张小明", "男", "2024-03-15")
    assert (got["birthProvince"], got["birthCity"], got["birthCounty"]) == (
        "浙江省", "杭州市", "西湖区")
    assert (got["gestationalAge"], got["birthWeight"], got["birthLength"]) == ("39", "3.25", "50")
    assert got["hospital"] == "杭州市妇幼保健院"
    assert (got["motherName"], got["motherAge"], got["motherID"]) == (
        "李红", "28", "330106199001011248")
    assert (got["fatherName"], got["fatherAge"], got["fatherID"]) == (
        "张伟", "30", "330106198802023228")
    assert got["motherEthnic"] == got["fatherEthnic"] == "汉族"
    assert got["fatherAddress"] == "浙江省杭州市西湖区文三路1号"
    # Guessed from shape and order: low confidence, so the form asks the clerk to check.
    assert all(v[1] <= 0.6 for v in out.values())


def _parents_table(heads: list[tuple[str, float]]) -> list[TextLine]:
    """Parents as a table: column heads, then rows 姓名 / 年龄 / 民族 / 住址 (wrapped)."""
    lines = [line("出生医学证明", 320, 20, 630, 80)]
    lines += [line(t, x, 600, x + 60, 630) for t, x in heads]
    rows = [("姓名", "付明峰", "付梓玲"), ("年龄", "37", "39"), ("民族", "回族", "汉族")]
    for i, (lab, left, right) in enumerate(rows):
        y = 660 + 50 * i
        lines += [line(lab, 70, y, 70 + 30 * len(lab), y + 30),
                  line(left, 250, y, 250 + 30 * len(left), y + 30),
                  line(right, 700, y, 700 + 30 * len(right), y + 30)]
    lines += [line("住址", 70, 830, 130, 860),
              line("辽宁省沈阳市于洪区东风西", 250, 815, 580, 840),
              line("路34号碧水苑", 250, 845, 420, 870),
              line("辽宁省沈阳市于洪区解放北路307号", 700, 830, 1100, 860),
              line("健康状况", 70, 900, 190, 930)]
    return lines


@pytest.mark.parametrize("heads", [
    [("父亲", 400), ("母亲", 860)],
    [("父", 400), ("母亲", 860)],  # one head half lost: the first row tells the columns
])
def test_parents_printed_as_a_table_with_column_heads(heads):
    out = extract_birth(segment_lines(_parents_table(heads), BIRTH_LABELS))
    got = {k: v[0] for k, v in out.items()}
    assert (got["fatherName"], got["fatherAge"], got["fatherEthnic"]) == ("付明峰", "37", "回族")
    assert (got["motherName"], got["motherAge"], got["motherEthnic"]) == ("付梓玲", "39", "汉族")
    assert got["fatherAddress"] == "辽宁省沈阳市于洪区东风西路34号碧水苑"  # wrapped in its cell
    assert got["motherAddress"] == "辽宁省沈阳市于洪区解放北路307号"


def test_diagonal_watermark_gives_no_values_but_a_tall_merged_box_does():
    def tl(text, box, thick):
        ln = line(text, *box)
        ln.thick = thick
        return ln

    lines = [tl("医疗机构名称", (80, 1085, 214, 1119), 34),
             tl("靖安县人民医院", (236, 1093, 433, 1133), 40),
             tl("学证明", (223, 1151, 366, 1261), 45),  # 30° watermark: tall box, thin line
             tl("Date of Issuance", (296, 450, 576, 471), 21),
             # PIN and date on neighbouring baselines boxed together: tall box, thick line
             tl("GHA-857186478-2 17/10/2023", (31, 449, 472, 510), 58)]
    segs = segment_lines(lines, BIRTH_LABELS)
    values = [s.text for s in segs if s.key is None]
    assert "学证明" not in values
    assert "GHA-857186478-2 17/10/2023" in values
    out = extract_birth(segs)
    assert out["hospital"][0] == "靖安县人民医院"


def test_short_label_glued_to_its_capitalised_value():
    lines = [line("ELECTORAL COMMISSION OF GHANA", 200, 20, 700, 50),
             line("Surname ANNAN", 296, 126, 491, 153),
             line("SexFEMALE", 296, 226, 455, 254), line("Age 50", 632, 224, 724, 260)]
    out = extract_voter(segment_lines(lines, VOTER_LABELS, SPLITTERS))
    assert out["gender"][0] == "F" and out["age"][0] == "50"
    assert find_labels("ESSEX Sexton", VOTER_LABELS) == []


def test_address_that_swallowed_the_nationality_above_and_the_id_below():
    lines = [
        line("出生医学证明", 300, 20, 700, 80),
        line("母亲姓名", 60, 300, 180, 330), line("何嘉诗", 200, 300, 290, 330),
        line("住址", 60, 400, 120, 430),
        line("中国宣城市宁国市文化西路79号东方苑330106199001011248", 200, 385, 900, 440),
    ]
    out = extract_birth(segment_lines(lines, BIRTH_LABELS))
    assert out["motherAddress"][0] == "宣城市宁国市文化西路79号东方苑"
    assert out["motherNationality"][0] == "中国"
    assert out["motherID"][0] == "330106199001011248"
