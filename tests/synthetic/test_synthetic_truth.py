"""The ground truth is complete, valid and consistent with how the documents are printed."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from stdnum.cn import ric

from desktop_ocr.documents.normalize import normalize_record
from desktop_ocr.documents.record import FieldValue, Record
from desktop_ocr.documents.schema import get_document_type
from desktop_ocr.documents.validate import validate_record
from desktop_ocr.synthetic import DOCUMENT_TYPES
from desktop_ocr.synthetic.places_cn import counties

SEEDS = range(10)
TODAY = dt.date(2025, 7, 1)


def _record(document_type: str, truth: dict[str, str]) -> Record:
    record = Record.empty("generated", document_type)
    record.fields = {k: FieldValue(value=v) for k, v in truth.items()}
    return record


@pytest.mark.parametrize("document_type", DOCUMENT_TYPES)
def test_truth_has_exactly_the_vendor_keys_in_schema_order(make_doc, document_type):
    doc = make_doc(document_type, 0, "scan")
    assert tuple(doc.truth) == get_document_type(document_type).keys
    assert all(isinstance(v, str) for v in doc.truth.values())


@pytest.mark.parametrize("document_type", DOCUMENT_TYPES)
@pytest.mark.parametrize("seed", SEEDS)
def test_truth_passes_the_project_validators_without_any_warning(make_doc, document_type, seed):
    truth = make_doc(document_type, seed, "scan").truth
    warnings = validate_record(_record(document_type, truth), today=TODAY)
    assert [(w.field, w.code) for w in warnings] == []


@pytest.mark.parametrize("document_type", DOCUMENT_TYPES)
def test_truth_is_already_normalised(make_doc, document_type):
    """The truth is what an engine outputs *after* normalisation, so normalising it again
    must not change a single value."""
    for seed in range(4):
        truth = make_doc(document_type, seed, "scan").truth
        record = _record(document_type, truth)
        normalize_record(record)
        assert {k: record.value(k) for k in truth} == truth


def test_birth_certificate_facts_are_real_and_consistent(make_doc):
    real = {(c.province, c.city, c.county) for c in counties()}
    for seed in range(6):
        t = make_doc("birth_certificate", seed, "scan").truth
        assert (t["birthProvince"], t["birthCity"], t["birthCounty"]) in real
        assert t["babySex"] in {"男", "女"}
        born = dt.date.fromisoformat(t["babyBirthday"])
        for role, odd in (("father", True), ("mother", False)):
            number = t[f"{role}ID"]
            assert ric.is_valid(number), number
            assert int(number[16]) % 2 == (1 if odd else 0)
            birth = ric.get_birth_date(number)
            age = born.year - birth.year - ((born.month, born.day) < (birth.month, birth.day))
            assert str(age) == t[f"{role}Age"]
            assert t[f"{role}Nationality"] == "中国"
            assert t[f"{role}Ethnic"].endswith("族")
        assert re.fullmatch(r"[A-Z]\d{9}", t["code"])
        assert 2.5 <= float(t["birthWeight"]) <= 4.2
        assert t["birthWeight"] == t["birthWeight"].rstrip("0")  # vendor form "3.2", not "3.20"
        assert 46 <= int(t["birthLength"]) <= 55
        assert 36 <= int(t["gestationalAge"]) <= 41


def test_ghana_card_name_rule_and_formats(make_doc):
    for seed in range(8):
        t = make_doc("ghana_card", seed, "scan").truth
        assert re.fullmatch(r"GHA-\d{9}-\d", t["id_number"])
        assert re.fullmatch(r"[A-Z]{2}\d{7}", t["document_number"])
        # One Firstnames field is printed: its whole value is first_name (issue 10).
        assert t["first_name"] and t["first_name"].replace(" ", "").isalpha()
        assert t["middle_name"] == ""
        assert t["gender"] in {"M", "F"}
        assert re.fullmatch(r"[12]\.\d\d", t["height"])
        assert t["nationality"] == "GHANAIAN"
        for key in ("birthday", "issue_date", "expiry_date"):
            day, month, year = t[key].split("/")
            assert t[f"{key}_s"] == f"{day}-{month}-{year}"


def test_voter_card_formats(make_doc):
    seen_without_birthday = seen_with_birthday = False
    for seed in range(10):
        t = make_doc("ghana_voter", seed, "scan").truth
        assert re.fullmatch(r"\d{10}", t["voter_id_number"])
        assert re.fullmatch(r"[A-Z]\d{6}[A-Z]?", t["polling_station_code"])
        assert int(t["age"]) >= 18
        assert re.fullmatch(r"\d\d-\d\d-\d{4}", t["registry_date_s"])
        if t["birthday"]:
            seen_with_birthday = True
            assert t["birthday_s"] == t["birthday"].replace("/", "-")
        else:
            seen_without_birthday = True
            assert t["birthday_s"] == ""
    assert seen_with_birthday and seen_without_birthday


def test_names_and_places_vary_across_seeds(make_doc):
    babies = {make_doc("birth_certificate", s, "scan").truth["babyName"] for s in range(6)}
    surnames = {make_doc("ghana_card", s, "scan").truth["surname"] for s in range(8)}
    assert len(babies) >= 5
    assert len(surnames) >= 5
