"""Normalisation: every spelling the documents, vendors and clerks use becomes one."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_ocr.documents.normalize import (
    clean_name,
    date_s,
    normalize_date_iso,
    normalize_field,
    normalize_record,
    normalize_sex,
    weight_kg,
)
from desktop_ocr.documents.schema import FieldKind


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2026年01月01日10时30分", "2026-01-01"),
        ("2026年1月1日", "2026-01-01"),
        ("2026 年 1 月 15 日", "2026-01-15"),
        ("出生时间：2026年3月8日8时", "2026-03-08"),
        ("二〇二六年一月十五日", "2026-01-15"),
        ("２０２６年１２月３１日", "2026-12-31"),
        ("2026-1-1", "2026-01-01"),
        ("2026-01-01 10:30", "2026-01-01"),
        ("2026-01-01T10:30:00", "2026-01-01"),
        ("2026.01.01", "2026-01-01"),
        ("2026/01/31", "2026-01-31"),
        ("20260101", "2026-01-01"),
        ("01.01.2026", "2026-01-01"),
        ("10/05/1984", "1984-05-10"),
        ("10-05-1984", "1984-05-10"),
        ("10.05.1984", "1984-05-10"),
        ("10 / 05 / 1984", "1984-05-10"),
        ("0403/2020", "2020-03-04"),
        ("04/032020", "2020-03-04"),
        ("10 MAY 1984", "1984-05-10"),
        ("10 May 1984", "1984-05-10"),
        ("10-MAY-1984", "1984-05-10"),
        ("10 SEPT 2001", "2001-09-10"),
        ("10 September 2001", "2001-09-10"),
        ("May 10, 1984", "1984-05-10"),
        ("29/02/2024", "2024-02-29"),
    ],
)
def test_dates_in_every_printed_form_become_iso(text: str, iso: str) -> None:
    assert normalize_date_iso(text) == iso


@pytest.mark.parametrize(
    "text",
    ["", None, "   ", "abc", "31/02/2020", "29/02/2023", "2026年13月1日", "2026-00-10",
     "10 MAI 1984", "12345", "32/01/2020", "出生时间"],
)
def test_unreadable_dates_give_none_not_a_guess(text: str | None) -> None:
    assert normalize_date_iso(text) is None
    assert date_s(text) == ""


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10/05/1984", "10-05-1984"),
        ("10-05-1984", "10-05-1984"),
        ("10.05.1984", "10-05-1984"),
        ("0403/2020", "04-03-2020"),  # the vendor's own sample
        ("03/03/2030", "03-03-2030"),
        ("2020/06/30", "30-06-2020"),  # voter card registry date
        ("10 MAY 1984", "10-05-1984"),
        ("10 May 84", "10-05-1984"),
    ],
)
def test_date_s_is_the_vendors_dd_mm_yyyy(raw: str, expected: str) -> None:
    assert date_s(raw) == expected


def test_two_digit_years_follow_what_the_date_is() -> None:
    this_year = dt.date.today().year % 100
    future = f"{(this_year + 4) % 100:02d}"
    # An expiry date a few years ahead stays in this century...
    assert date_s(f"03/03/{future}").endswith(f"20{future}")
    # ...but a birth date can never be in the future.
    assert date_s(f"03/03/{future}", past=True).endswith(f"19{future}")
    assert date_s("10 May 84", past=True) == "10-05-1984"


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_any_real_date_survives_each_spelling(day: dt.date) -> None:
    for fmt in ("%Y年%m月%d日", "%Y-%m-%d", "%Y.%m.%d", "%Y%m%d", "%d/%m/%Y", "%d.%m.%Y",
                "%d %b %Y", "%d %B %Y"):
        assert normalize_date_iso(day.strftime(fmt)) == day.isoformat(), fmt
    assert date_s(day.strftime("%d/%m/%Y")) == day.strftime("%d-%m-%Y")


@pytest.mark.parametrize(
    ("text", "kg"),
    [
        ("3200克", "3.2"),
        ("3200g", "3.2"),
        ("3200 g", "3.2"),
        ("3250克", "3.25"),
        ("4000g", "4"),
        ("3.2千克", "3.2"),
        ("3.2kg", "3.2"),
        ("3.2 KG", "3.2"),
        ("3,2 kg", "3.2"),
        ("3.20公斤", "3.2"),
        ("4.000 kg", "4"),
        ("3,200 g", "3.2"),
        ("3.200 g", "3.2"),
        ("３２００ｇ", "3.2"),
        ("6.4斤", "3.2"),
        ("3.2", "3.2"),
        ("3250", "3.25"),  # no unit and > 100: grams
        ("体重3300克", "3.3"),
    ],
)
def test_weight_becomes_kilograms_without_trailing_zeros(text: str, kg: str) -> None:
    assert weight_kg(text) == kg


@pytest.mark.parametrize("text", ["", None, "克", "abc", "0 g", "重量未知"])
def test_unreadable_weight_is_empty(text: str | None) -> None:
    assert weight_kg(text) == ""


@pytest.mark.parametrize(
    ("text", "zh", "letter"),
    [
        ("男", "男", "M"), ("女", "女", "F"), ("男性", "男", "M"), ("女性", "女", "F"),
        ("M", "男", "M"), ("F", "女", "F"), ("m", "男", "M"), ("f", "女", "F"),
        ("MALE", "男", "M"), ("FEMALE", "女", "F"), ("Male", "男", "M"), ("female", "女", "F"),
        (" M. ", "男", "M"), ("Ｍ", "男", "M"),
    ],
)
def test_sex_spellings(text: str, zh: str, letter: str) -> None:
    assert normalize_sex(text, "zh") == zh
    assert normalize_sex(text, "letter") == letter


@pytest.mark.parametrize("text", ["", None, "X", "未知", "MF", "1"])
def test_unknown_sex_is_empty(text: str | None) -> None:
    assert normalize_sex(text, "zh") == ""
    assert normalize_sex(text, "letter") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  张三 ", "张三"),
        ("张 三", "张三"),  # OCR gap between Chinese characters
        ("：李四", "李四"),
        ("ＡＤＪＯＬ", "ADJOL"),
        ("  KWAME \n  NKRUMAH  ", "KWAME NKRUMAH"),
        ("McDonald", "McDonald"),  # case is never changed
        ("阿不都·热合曼", "阿不都·热合曼"),
        ("", ""),
        (None, ""),
    ],
)
def test_clean_name(text: str | None, expected: str) -> None:
    assert clean_name(text) == expected


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        (FieldKind.DATE, "2026年1月1日", "2026-01-01"),
        (FieldKind.DATE, "not a date", "not a date"),  # kept for the clerk, flagged later
        (FieldKind.DATE_RAW, " 10/05/1984 ", "10/05/1984"),  # as printed
        (FieldKind.DATE_S, "10/05/1984", "10-05-1984"),
        (FieldKind.WEIGHT, "3200克", "3.2"),
        (FieldKind.WEIGHT, "heavy", "heavy"),
        (FieldKind.NUMBER, "28岁", "28"),
        (FieldKind.NUMBER, "50 厘米", "50"),
        (FieldKind.NUMBER, "40周", "40"),
        (FieldKind.NUMBER, "1,67 m", "1.67"),
        (FieldKind.NUMBER, "39+5", "39+5"),
        (FieldKind.SEX, "MALE", "M"),
        (FieldKind.SEX, "男性", "男"),
        (FieldKind.CN_ID, "33010619900307001x", "33010619900307001X"),
        (FieldKind.CN_ID, "500234＊＊＊＊＊＊＊＊＊＊＊＊", "500234************"),
        (FieldKind.CN_ID, "3301 0619 9003 0700 14", "330106199003070014"),
        (FieldKind.GHA_PIN, "gha 721263548 2", "GHA-721263548-2"),
        (FieldKind.GHA_PIN, "GHA–721263548–2", "GHA-721263548-2"),
        (FieldKind.GHA_PIN, "GHA-72126****-2", "GHA-72126****-2"),
        (FieldKind.VOTER_ID, "4393 0012 34", "4393001234"),
        (FieldKind.VOTER_ID, "439300xxxx", "439300xxxx"),  # vendor masking kept as is
        (FieldKind.CODE, " C110 101A ", "C110101A"),
        (FieldKind.CODE, "出生证1234567890", "出生证1234567890"),
        (FieldKind.TEXT, "杭州市 西湖区  文三路１２３号", "杭州市西湖区文三路123号"),
        (FieldKind.TEXT, "  ACCRA   CENTRAL ", "ACCRA CENTRAL"),
    ],
)
def test_normalize_field(kind: FieldKind, value: str, expected: str) -> None:
    assert normalize_field(kind, value) == expected


def test_vendor_sample_values_pass_unchanged(record_of) -> None:
    """A cloud answer already in the vendor's spelling must come out exactly as sent."""
    card = {"id_number": "GHA-72126****-2", "document_number": "AM309****",
            "first_name": "FELAX", "middle_name": "", "surname": "ADJOL", "previous_name": "",
            "birthday": "10/05/1984", "birthday_s": "10-05-1984", "gender": "M",
            "height": "1.67", "issue_date": "0403/2020", "issue_date_s": "04-03-2020",
            "expiry_date": "03/03/2030", "expiry_date_s": "03-03-2030",
            "place_of_issue": "ACCRA", "nationality": "GHANAIAN"}
    voter = {"birthday": "", "birthday_s": "", "age": "18", "gender": "M",
             "other_names": "DOM***", "polling_station_code": "C110XXX",
             "registry_date": "2020/06/30", "registry_date_s": "30-06-2020",
             "surname": "BRITWUM", "voter_id_number": "439300xxxx"}
    birth = {"babyBirthday": "2026-01-01", "birthProvince": "浙江省", "birthCity": "杭州市",
             "birthCounty": "西湖区", "birthWeight": "3.2", "birthLength": "50",
             "gestationalAge": "40", "babyName": "小明", "babySex": "男",
             "code": "出生证1234567890", "hospital": "杭州市第一人民医院", "fatherName": "张三",
             "fatherID": "500234************", "fatherNationality": "中国",
             "fatherEthnic": "汉族", "fatherAddress": "杭州市西湖区文三路123号",
             "fatherAge": "28", "motherName": "李四", "motherID": "500234************",
             "motherNationality": "中国", "motherEthnic": "汉族",
             "motherAddress": "杭州市西湖区文三路123号", "motherAge": "26"}
    for document_type, values in (("ghana_card", card), ("ghana_voter", voter),
                                  ("birth_certificate", birth)):
        record = record_of(document_type, **values)
        normalize_record(record)
        assert {k: record.value(k) for k in values} == values


def test_normalize_field_sex_style_is_forced_by_document() -> None:
    assert normalize_field(FieldKind.SEX, "M", sex_style="zh") == "男"
    assert normalize_field(FieldKind.SEX, "女", sex_style="letter") == "F"


def test_normalize_record_birth_certificate(record_of) -> None:
    record = record_of("birth_certificate", babyName=" 王 小明 ", babySex="MALE",
                       babyBirthday="2026年01月01日10时30分", birthWeight="3250克",
                       fatherAge="35岁", fatherID="33010619900307001x")
    normalize_record(record)
    assert record.value("babyName") == "王小明"
    assert record.value("babySex") == "男"
    assert record.value("babyBirthday") == "2026-01-01"
    assert record.value("birthWeight") == "3.25"
    assert record.value("fatherAge") == "35"
    assert record.value("fatherID") == "33010619900307001X"


def test_normalize_record_fills_empty_s_fields_from_raw(record_of) -> None:
    record = record_of("ghana_card", birthday="10/05/1984", issue_date="0403/2020",
                       expiry_date="03/03/2030", gender="Male")
    record.fields["birthday"].confidence = 0.9
    normalize_record(record)
    assert record.value("birthday") == "10/05/1984"  # raw stays as printed
    assert record.value("birthday_s") == "10-05-1984"
    assert record.value("issue_date_s") == "04-03-2020"
    assert record.value("expiry_date_s") == "03-03-2030"
    assert record.fields["birthday_s"].confidence == 0.9
    assert record.value("gender") == "M"


def test_normalize_record_never_overwrites_or_invents(record_of) -> None:
    record = record_of("ghana_voter", birthday="12/08/1983", birthday_s="13-08-1983",
                       registry_date="unreadable")
    normalize_record(record)
    assert record.value("birthday_s") == "13-08-1983"  # kept; the validator flags it
    assert record.value("registry_date_s") == ""  # nothing to derive from


def test_normalize_record_adds_missing_s_field(record_of) -> None:
    record = record_of("ghana_voter", registry_date="2020/06/30")
    del record.fields["registry_date_s"]
    normalize_record(record)
    assert record.value("registry_date_s") == "30-06-2020"


def test_normalize_record_leaves_clerk_edits_alone(record_of) -> None:
    record = record_of("birth_certificate")
    record.set_value("babySex", "male (per mother)")
    normalize_record(record)
    assert record.value("babySex") == "male (per mother)"
