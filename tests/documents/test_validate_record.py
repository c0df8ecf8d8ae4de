"""Validators: each check on good, bad and masked values; values are never changed."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from desktop_ocr.documents.record import ErrorInfo, Record
from desktop_ocr.documents.validate import validate_record

TODAY = dt.date(2026, 11, 1)


def codes(record: Record) -> dict[str, set[str]]:
    """code -> fields it was raised on."""
    out: dict[str, set[str]] = {}
    for w in validate_record(record, today=TODAY):
        out.setdefault(w.code, set()).add(w.field)
    return out


def severity(record: Record, code: str) -> str:
    return next(w.severity for w in validate_record(record, today=TODAY) if w.code == code)


# --------------------------------------------------------------------------- clean records

def test_consistent_records_have_no_warnings(birth_record, card_record, voter_record) -> None:
    for record in (birth_record(), card_record(), voter_record()):
        assert validate_record(record, today=TODAY) == []


def test_every_warning_is_bilingual_with_a_stable_code(birth_record) -> None:
    record = birth_record(babyName="", fatherID="330106199003070013", birthWeight="x")
    warnings = validate_record(record, today=TODAY)
    assert warnings
    for w in warnings:
        assert w.severity in ("error", "warning")
        assert w.message and w.message_zh and w.message != w.message_zh
        assert "." in w.code
        assert "330106199003070013" not in w.message  # no ID numbers in messages (logs)


def test_validators_never_change_values(birth_record, card_record, voter_record) -> None:
    records = [
        birth_record(babyBirthday="2026年1月1日", fatherID="33010619900307001x",
                     birthWeight="3200克", babySex="MALE"),
        card_record(id_number="gha 1234", birthday_s="1984-05-10"),
        voter_record(age="abc", polling_station_code="c1101"),
    ]
    for record in records:
        before = copy.deepcopy(record)
        validate_record(record, today=TODAY)
        assert record == before


def test_failed_record_without_type_is_not_validated() -> None:
    assert validate_record(Record(source="x.jpg"), today=TODAY) == []


def test_failed_record_is_validated_once_the_clerk_fills_it(record_of) -> None:
    record = record_of("ghana_voter")
    record.error = ErrorInfo("backend.timeout", "The service did not answer.")
    assert validate_record(record, today=TODAY) == []  # no "missing" noise on a failure
    record.set_value("voter_id_number", "12345")
    found = {w.code for w in validate_record(record, today=TODAY)}
    assert {"voter_id.format", "required.missing"} <= found


def test_vendor_sample_answers_only_report_masking(record_of) -> None:
    # The exact sample responses of the two API documents.
    birth = record_of(
        "birth_certificate", babyBirthday="2026-01-01", birthProvince="浙江省",
        birthCity="杭州市", birthCounty="西湖区", birthWeight="3.2", birthLength="50",
        gestationalAge="40", babyName="小明", babySex="男", code="出生证1234567890",
        hospital="杭州市第一人民医院", fatherName="张三", fatherID="500234************",
        fatherNationality="中国", fatherEthnic="汉族", fatherAge="28", motherName="李四",
        motherID="500234************", motherNationality="中国", motherEthnic="汉族",
        motherAge="26")
    card = record_of(
        "ghana_card", id_number="GHA-72126****-2", document_number="AM309****",
        first_name="FELAX", surname="ADJOL", birthday="10/05/1984", birthday_s="10-05-1984",
        gender="M", height="1.67", issue_date="0403/2020", issue_date_s="04-03-2020",
        expiry_date="03/03/2030", expiry_date_s="03-03-2030", place_of_issue="ACCRA",
        nationality="GHANAIAN")
    voter = record_of(
        "ghana_voter", age="18", gender="M", other_names="DOM***",
        polling_station_code="C110XXX", registry_date="2020/06/30",
        registry_date_s="30-06-2020", surname="BRITWUM", voter_id_number="439300xxxx")
    assert codes(birth) == {"cn_id.masked": {"fatherID", "motherID"}}
    # The document number is an identifier with a format too: its masking is said.
    assert codes(card) == {"gha_pin.masked": {"id_number"},
                           "gha_document_number.masked": {"document_number"}}
    assert codes(voter) == {"voter_id.masked": {"voter_id_number"},
                            "polling_station.masked": {"polling_station_code"}}
    for record in (birth, card, voter):
        assert all(w.severity == "warning" for w in validate_record(record, today=TODAY))


# --------------------------------------------------------------------------- required

def test_required_fields_missing_is_a_warning(birth_record, voter_record) -> None:
    record = birth_record(babyName="", motherName="  ", code="")
    assert codes(record)["required.missing"] == {"babyName", "motherName", "code"}
    assert severity(record, "required.missing") == "warning"
    assert codes(voter_record(polling_station_code=""))["required.missing"] == {
        "polling_station_code"}


# --------------------------------------------------------------------------- Chinese ID

def test_cn_id_checksum(birth_record, cn_id) -> None:
    good = cn_id("19900307", 1)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    record = birth_record(fatherID=bad)
    assert codes(record) == {"cn_id.checksum": {"fatherID"}}
    assert severity(record, "cn_id.checksum") == "error"


def test_cn_id_with_x_check_digit(birth_record, cn_id) -> None:
    for seq in range(1, 999, 2):
        number = cn_id("19900307", seq)
        if number.endswith("X"):
            break
    assert number.endswith("X")
    assert codes(birth_record(fatherID=number)) == {}
    assert "cn_id.checksum" in codes(birth_record(fatherID=number[:-1] + "0"))


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("33010619900307001", "cn_id.length"),
        ("330106900307001", "cn_id.length"),  # old 15-digit number
        ("3301061990030700145", "cn_id.length"),
        ("33010619900307O014", "cn_id.format"),  # letter O for zero
        ("X30106199003070014", "cn_id.format"),
    ],
)
def test_cn_id_shape(birth_record, value: str, code: str) -> None:
    record = birth_record(fatherID=value)
    assert codes(record) == {code: {"fatherID"}}
    assert severity(record, code) == "error"


def test_cn_id_embedded_birth_date_must_exist(birth_record, cn_id) -> None:
    assert codes(birth_record(fatherID=cn_id("19901307", 1))) == {
        "cn_id.birth_date": {"fatherID"}}
    assert codes(birth_record(fatherID=cn_id("19900230", 1))) == {
        "cn_id.birth_date": {"fatherID"}}
    assert codes(birth_record(fatherID=cn_id("20300101", 1))) == {
        "cn_id.birth_date": {"fatherID"}}  # born in the future


def test_cn_id_unknown_region_is_only_doubtful(birth_record, cn_id) -> None:
    record = birth_record(fatherID=cn_id("19900307", 1, region="990000"))
    assert codes(record) == {"cn_id.region": {"fatherID"}}
    assert severity(record, "cn_id.region") == "warning"


@pytest.mark.parametrize("masked", ["500234************", "3301************34",
                                    "330106********001X"])
def test_masked_cn_id_is_accepted_as_masked(birth_record, masked: str) -> None:
    record = birth_record(fatherID=masked)
    assert codes(record) == {"cn_id.masked": {"fatherID"}}
    assert severity(record, "cn_id.masked") == "warning"


@pytest.mark.parametrize("masked", ["500234***********", "500234*****A******"])
def test_badly_masked_cn_id_is_an_error(birth_record, masked: str) -> None:
    record = birth_record(fatherID=masked)
    assert codes(record) == {"cn_id.format": {"fatherID"}}


def test_foreign_parent_may_carry_a_passport_number(birth_record) -> None:
    record = birth_record(fatherNationality="加拿大", fatherID="AB1234567")
    assert codes(record) == {}


# --------------------------------------------------------------------------- parents

def test_father_id_sex_digit_must_be_odd(birth_record, cn_id) -> None:
    record = birth_record(fatherID=cn_id("19900307", 2))
    assert codes(record) == {"father_id.sex": {"fatherID"}}
    assert severity(record, "father_id.sex") == "error"


def test_mother_id_sex_digit_must_be_even(birth_record, cn_id) -> None:
    record = birth_record(motherID=cn_id("19920715", 3))
    assert codes(record) == {"mother_id.sex": {"motherID"}}


def test_swapped_parent_ids_are_caught(birth_record, cn_id) -> None:
    record = birth_record(fatherID=cn_id("19920715", 2), motherID=cn_id("19900307", 1),
                          fatherAge="33", motherAge="35")
    found = codes(record)
    assert found["father_id.sex"] == {"fatherID"}
    assert found["mother_id.sex"] == {"motherID"}


@pytest.mark.parametrize(("age", "flagged"),
                         [("35", False), ("34", False), ("36", False), ("33", True),
                          ("37", True), ("53", True)])
def test_parent_age_against_id_birth_date(birth_record, age: str, flagged: bool) -> None:
    # Father born 1990-03-07, baby 2026-01-01: 35 at the birth; ±1 year tolerated.
    found = codes(birth_record(fatherAge=age))
    assert ("age.mismatch" in found) is flagged
    if flagged:
        assert found["age.mismatch"] == {"fatherAge"}


def test_masked_id_still_checks_visible_digits(birth_record) -> None:
    # Birth date visible, sex digit and checksum hidden.
    record = birth_record(fatherID="33010619900307****", fatherAge="30")
    assert codes(record) == {"cn_id.masked": {"fatherID"}, "age.mismatch": {"fatherAge"}}
    record = birth_record(motherID="33010619920715**1*")
    assert codes(record) == {"cn_id.masked": {"motherID"}, "mother_id.sex": {"motherID"}}


def test_misread_id_gives_one_warning_not_two(birth_record, cn_id) -> None:
    bad = cn_id("19900307", 1)[:-1]
    bad += "1" if cn_id("19900307", 1)[-1] != "1" else "2"
    assert codes(birth_record(fatherID=bad, fatherAge="50")) == {"cn_id.checksum": {"fatherID"}}


# --------------------------------------------------------------------------- dates

def test_birth_date_that_does_not_exist(birth_record) -> None:
    record = birth_record(babyBirthday="2025-02-29")
    assert codes(record)["date.invalid"] == {"babyBirthday"}
    assert severity(record, "date.invalid") == "error"


def test_birth_date_in_the_future(birth_record, card_record) -> None:
    assert codes(birth_record(babyBirthday="2026-11-02"))["date.future"] == {"babyBirthday"}
    assert "date.future" not in codes(birth_record(babyBirthday="2026-11-01"))
    found = codes(card_record(birthday="10/05/2027", birthday_s="10-05-2027"))
    assert found["date.future"] == {"birthday"}


def test_readable_but_non_iso_date_is_doubtful(birth_record) -> None:
    record = birth_record(babyBirthday="2026年1月1日")
    assert codes(record) == {"date.format": {"babyBirthday"}}
    assert severity(record, "date.format") == "warning"


def test_expiry_may_be_in_the_future_but_not_before_issue(card_record) -> None:
    assert codes(card_record()) == {}
    record = card_record(expiry_date="03/03/2019", expiry_date_s="03-03-2019")
    assert codes(record) == {"expiry.before_issue": {"expiry_date"}}
    assert severity(record, "expiry.before_issue") == "error"


def test_expired_card_is_pointed_out(card_record) -> None:
    record = card_record(issue_date="04/03/2010", issue_date_s="04-03-2010",
                         expiry_date="03/03/2020", expiry_date_s="03-03-2020")
    assert codes(record) == {"expiry.passed": {"expiry_date"}}


def test_issue_before_birth(card_record) -> None:
    record = card_record(birthday="10/05/2021", birthday_s="10-05-2021")
    assert codes(record) == {"issue.before_birth": {"issue_date"}}


def test_raw_date_that_cannot_be_read(card_record) -> None:
    record = card_record(issue_date="31/02/2020")
    found = codes(record)
    assert found["date.invalid"] == {"issue_date"}


def test_date_s_must_match_the_printed_date(card_record) -> None:
    record = card_record(birthday_s="11-05-1984")
    assert codes(record) == {"date_s.mismatch": {"birthday_s"}}
    assert severity(record, "date_s.mismatch") == "warning"
    # The vendor's odd raw form still matches its _s form.
    assert codes(card_record(issue_date="0403/2020")) == {}


@pytest.mark.parametrize("value", ["1984-05-10", "10/05/1984", "31-02-1984", "10-5-1984"])
def test_date_s_must_be_dd_mm_yyyy(card_record, value: str) -> None:
    record = card_record(birthday_s=value)
    assert codes(record) == {"date_s.format": {"birthday_s"}}
    assert severity(record, "date_s.format") == "error"


# --------------------------------------------------------------------------- Ghana numbers

@pytest.mark.parametrize("value", ["GHA-721263548-2", "GHA-000000001-0"])
def test_gha_pin_good(card_record, value: str) -> None:
    assert codes(card_record(id_number=value)) == {}


@pytest.mark.parametrize("value", ["GHA-72126354-2", "GHA-7212635482", "GHB-721263548-2",
                                   "721263548-2", "GHA-72126354A-2", "GHA-721263548-23"])
def test_gha_pin_bad(card_record, value: str) -> None:
    record = card_record(id_number=value)
    assert codes(record) == {"gha_pin.format": {"id_number"}}
    assert severity(record, "gha_pin.format") == "error"


@pytest.mark.parametrize("value", ["GHA-72126****-2", "GHA-*********-*"])
def test_gha_pin_masked(card_record, value: str) -> None:
    assert codes(card_record(id_number=value)) == {"gha_pin.masked": {"id_number"}}


@pytest.mark.parametrize(("value", "code"),
                         [("4393001234", None), ("439300xxxx", "voter_id.masked"),
                          ("439300****", "voter_id.masked"), ("439300123", "voter_id.format"),
                          ("43930012345", "voter_id.format"), ("43930O1234", "voter_id.format"),
                          ("4393-001234", "voter_id.format")])
def test_voter_id(voter_record, value: str, code: str | None) -> None:
    found = codes(voter_record(voter_id_number=value))
    assert found == ({} if code is None else {code: {"voter_id_number"}})


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("C110101", None),
        ("C110101A", None),  # split station
        ("F020701AB", None),
        ("C110XXX", "polling_station.masked"),  # the vendor's masked sample
        ("C110***", "polling_station.masked"),
        ("SC0101", "polling_station.unusual"),
        ("C11010", "polling_station.unusual"),
        ("1101010", "polling_station.format"),
        ("C-110101", "polling_station.format"),
        ("ACCRA", "polling_station.format"),
    ],
)
def test_polling_station_code(voter_record, value: str, code: str | None) -> None:
    found = codes(voter_record(polling_station_code=value))
    assert found == ({} if code is None else {code: {"polling_station_code"}})


def test_voter_age_against_birthday_at_registration(voter_record) -> None:
    # Born 1983-08-12, registered 2020-06-30: 36 at registration.
    assert codes(voter_record(age="37")) == {}
    assert codes(voter_record(age="40")) == {"age.mismatch": {"age"}}
    assert severity(voter_record(age="40"), "age.mismatch") == "warning"


def test_voter_age_without_registration_date(voter_record) -> None:
    assert codes(voter_record(registry_date="", registry_date_s="", age="36")) == {}
    found = codes(voter_record(registry_date="", registry_date_s="", age="60"))
    assert found == {"age.mismatch": {"age"}}


def test_voter_registered_before_birth(voter_record) -> None:
    found = codes(voter_record(registry_date="1980/06/30", registry_date_s="30-06-1980"))
    assert found == {"registry.before_birth": {"registry_date"}}


# --------------------------------------------------------------------------- other kinds

def test_sex_values_per_document(birth_record, card_record) -> None:
    assert codes(birth_record(babySex="M")) == {"sex.invalid": {"babySex"}}
    assert codes(card_record(gender="男")) == {"sex.invalid": {"gender"}}
    assert codes(card_record(gender="F")) == {}


def test_numbers(birth_record, card_record) -> None:
    assert codes(birth_record(birthLength="五十")) == {"number.invalid": {"birthLength"}}
    found = codes(birth_record(gestationalAge="80"))
    assert found == {"number.range": {"gestationalAge"}}
    assert codes(card_record(height="167")) == {"number.range": {"height"}}


def test_weight(birth_record) -> None:
    record = birth_record(birthWeight="3200克")
    assert codes(record) == {"weight.invalid": {"birthWeight"}}
    message = next(w.message for w in validate_record(record, today=TODAY))
    assert "3.2" in message  # tells the clerk what it reads as, without changing it
    assert codes(birth_record(birthWeight="32")) == {"weight.range": {"birthWeight"}}
    assert codes(birth_record(birthWeight="0.6")) == {}
