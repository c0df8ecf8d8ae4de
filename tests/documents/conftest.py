"""Fixtures for the document-model tests: generated (never real) ID numbers and records."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from stdnum.cn import ric

from desktop_ocr.documents.record import Record


def _cn_id(birth: str, seq: int, region: str = "330106") -> str:
    """A resident ID with a correct check digit: ``birth`` is yyyymmdd, ``seq`` 0-999
    (odd for a man, even for a woman)."""
    body = f"{region}{birth}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


@pytest.fixture
def cn_id() -> Callable[..., str]:
    return _cn_id


def make_record(document_type: str, **values: str) -> Record:
    record = Record.empty("generated.jpg", document_type, backend="test")
    for key, value in values.items():
        record.fields[key].value = value
    return record


@pytest.fixture
def record_of() -> Callable[..., Record]:
    """``record_of("ghana_card", surname="X")``: a record with only those values set."""
    return make_record


@pytest.fixture
def birth_record() -> Callable[..., Record]:
    """A consistent birth certificate; keyword arguments override single fields."""

    def build(**overrides: str) -> Record:
        values = {
            "babyName": "王小明",
            "babySex": "男",
            "babyBirthday": "2026-01-01",
            "birthProvince": "浙江省",
            "birthCity": "杭州市",
            "birthCounty": "西湖区",
            "birthWeight": "3.2",
            "birthLength": "50",
            "gestationalAge": "40",
            "code": "Q330123456",
            "hospital": "杭州市第一人民医院",
            "fatherName": "王建国",
            "fatherAge": "35",
            "fatherNationality": "中国",
            "fatherEthnic": "汉族",
            "fatherID": _cn_id("19900307", 1),
            "motherName": "李秀英",
            "motherAge": "33",
            "motherNationality": "中国",
            "motherEthnic": "汉族",
            "motherID": _cn_id("19920715", 2),
        }
        values.update(overrides)
        return make_record("birth_certificate", **values)

    return build


@pytest.fixture
def card_record() -> Callable[..., Record]:
    def build(**overrides: str) -> Record:
        values = {
            "id_number": "GHA-721263548-2",
            "document_number": "AM3094521",
            "surname": "ADJEI",
            "first_name": "FELIX",
            "birthday": "10/05/1984",
            "birthday_s": "10-05-1984",
            "gender": "M",
            "height": "1.67",
            "issue_date": "04/03/2020",
            "issue_date_s": "04-03-2020",
            "expiry_date": "03/03/2030",
            "expiry_date_s": "03-03-2030",
            "place_of_issue": "ACCRA",
            "nationality": "GHANAIAN",
        }
        values.update(overrides)
        return make_record("ghana_card", **values)

    return build


@pytest.fixture
def voter_record() -> Callable[..., Record]:
    def build(**overrides: str) -> Record:
        values = {
            "voter_id_number": "4393001234",
            "surname": "BRITWUM",
            "other_names": "DOMINIC KOFI",
            "age": "36",
            "gender": "M",
            "birthday": "12/08/1983",
            "birthday_s": "12-08-1983",
            "registry_date": "2020/06/30",
            "registry_date_s": "30-06-2020",
            "polling_station_code": "C110101",
        }
        values.update(overrides)
        return make_record("ghana_voter", **values)

    return build
