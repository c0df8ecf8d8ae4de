"""A card's back side: the Ghana Card's zone read against its front (issue 15).

The zones are composed by the project's own ``documents.mrz.compose_td1`` from generated
values (never a real card); the front records are built by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_ocr.documents import back, mrz
from desktop_ocr.documents.ghana_card import BACK, zone_pin
from desktop_ocr.documents.record import FieldValue, Record
from desktop_ocr.documents.schema import GHANA_CARD
from desktop_ocr.documents.validate import validate_record
from desktop_ocr.recognition import finish_record, revalidate

TODAY = dt.date(2026, 11, 1)
PIN = "GHA-712345678-9"


def nia_zone(**changes: str) -> mrz.Td1:
    values = dict(document_code="ID", issuing_state="GHA", document_number="AC9139819",
                  optional_data_1="GHA7123456789", birth_date="860613", sex="F",
                  expiry_date="300110", nationality="GHA", surname="Mensah",
                  given_names="Akosua Ama")
    values.update(changes)
    return mrz.parse_td1(mrz.compose_td1(**values))


def nia_front(**changes: str) -> Record:
    """The front of the same card, NIA design (dates month first)."""
    record = Record.empty("front.jpg", "ghana_card", backend="test")
    record.design = "nia"
    values = dict(id_number=PIN, document_number="AC9139819", surname="MENSAH",
                  first_name="AKOSUA", middle_name="AMA", birthday="06/13/1986",
                  birthday_s="13-06-1986", gender="F", height="1.62",
                  expiry_date="01/10/2030", expiry_date_s="10-01-2030")
    values.update(changes)
    for key, value in values.items():
        record.fields[key] = FieldValue(value, confidence=0.9)
    return record


def with_zone(front: Record, zone: mrz.Td1) -> Record:
    back.attach(front, back.zone_info(zone, BACK, source="back.jpg", page=None,
                                      confidence=0.97, front=True), today=TODAY)
    return front


def findings(record: Record) -> dict[str, dict[str, str]]:
    """code -> {field: severity}."""
    out: dict[str, dict[str, str]] = {}
    for w in validate_record(record, today=TODAY):
        out.setdefault(w.code, {})[w.field] = w.severity
    return out


# ---------------------------------------------------------------- the Ghana Card's zone

def test_the_pin_is_found_where_the_card_has_room_for_it() -> None:
    assert zone_pin(nia_zone()) == PIN
    ecowas = dict(document_number="123456789AR")
    assert zone_pin(nia_zone(optional_data_1="GH000000023", **ecowas)) == "GH000000023"
    assert zone_pin(nia_zone(optional_data_1="", optional_data_2="7123456789",
                             **ecowas)) == PIN
    assert zone_pin(nia_zone(optional_data_1="")) == ""


def test_the_ghana_card_accepts_its_own_zone_only() -> None:
    assert BACK.accepts(nia_zone())
    assert BACK.accepts(nia_zone(document_code="IO"))  # the second letter misread
    assert not BACK.accepts(nia_zone(issuing_state="NGA"))
    assert not BACK.accepts(nia_zone(document_code="P"))


def test_misreads_the_type_knows_are_settled() -> None:
    settled = BACK.settle(nia_zone(document_code="IO"))
    assert settled.lines[0].startswith("IDGHA") and settled.valid
    good = nia_zone()
    misread = mrz.parse_td1((good.lines[0].replace("AC9139819", "4C9I39819"), *good.lines[1:]))
    assert not misread.checks["document_number"]
    settled = BACK.settle(misread)
    assert settled.document_number == "AC9139819" and settled.valid
    # a digit read as another digit is not a confusion of kind: left failing
    wrong = mrz.parse_td1((good.lines[0].replace("AC9139819", "AC9139810"), *good.lines[1:]))
    assert not BACK.settle(wrong).checks["document_number"]


# ------------------------------------------------------------------------- cross-check

def test_an_agreeing_zone_confirms_the_front_and_raises_its_confidence() -> None:
    record = with_zone(nia_front(), nia_zone())
    found = findings(record)
    assert set(found) == {back.CONFIRMED}
    assert found[back.CONFIRMED] == {
        k: "info" for k in ("id_number", "document_number", "surname", "first_name",
                            "middle_name", "birthday", "birthday_s", "expiry_date",
                            "expiry_date_s", "gender")}
    assert record.fields["id_number"].confidence == back.CONFIRMED_CONFIDENCE
    assert record.fields["height"].confidence == 0.9  # the back does not print it
    assert back.verdict(record, TODAY) == "yes"


def test_a_misread_pin_is_red_with_both_readings() -> None:
    record = with_zone(nia_front(id_number="GHA-712345673-9"), nia_zone())
    warning = next(w for w in validate_record(record, today=TODAY)
                   if w.code == back.MISMATCH)
    assert (warning.field, warning.severity) == ("id_number", "error")
    assert "GHA-712345673-9" in warning.message and PIN in warning.message
    assert "GHA-712345673-9" in (warning.message_zh or "")
    assert record.fields["id_number"].confidence == 0.9  # not raised
    assert back.verdict(record, TODAY) == "no"


def test_a_misread_date_is_red_on_both_fields_showing_it() -> None:
    record = with_zone(nia_front(birthday="06/18/1986", birthday_s="18-06-1986"), nia_zone())
    assert findings(record)[back.MISMATCH] == {"birthday": "error", "birthday_s": "error"}
    message = next(w.message for w in validate_record(record, today=TODAY)
                   if w.code == back.MISMATCH)
    # the zone's date and the front's numbers as read, neither day- nor month-first
    assert "06/18/1986 (18 JUN 1986)" in message and "13 JUN 1986" in message


def test_a_month_first_front_and_a_day_first_one_both_agree_with_the_zone() -> None:
    ecowas = nia_front(birthday="13/JUN/1986", expiry_date="10/JAN/2030")
    ecowas.design = "ecowas"
    assert back.MISMATCH not in findings(with_zone(ecowas, nia_zone()))


def test_names_no_check_digit_covers_disagree_in_amber() -> None:
    record = with_zone(nia_front(surname="MENSAM"), nia_zone())
    assert findings(record)[back.MISMATCH_UNSURE] == {"surname": "warning"}
    assert back.verdict(record, TODAY) == "no"


def test_a_zone_failing_its_check_digits_confirms_nothing_it_does_not_vouch_for() -> None:
    good = nia_zone()
    spoilt = mrz.parse_td1((good.lines[0], good.lines[1][:6] + "0" + good.lines[1][7:],
                            good.lines[2]))
    record = with_zone(nia_front(), spoilt)
    found = findings(record)
    assert found[back.CHECKSUM] == {"": "warning"}
    confirmed = set(found[back.CONFIRMED])
    assert "birthday" not in confirmed and "surname" not in confirmed  # zone not valid
    assert {"document_number", "expiry_date"} <= confirmed  # their own digits hold
    assert back.verdict(record, TODAY) == "no"


def test_a_field_the_front_missed_is_pointed_out_with_the_zones_reading() -> None:
    record = with_zone(nia_front(document_number=""), nia_zone())
    w = next(w for w in validate_record(record, today=TODAY) if w.code == back.FRONT_EMPTY)
    assert (w.field, w.severity) == ("document_number", "warning")
    assert "AC9139819" in w.message
    assert record.value("document_number") == ""  # never filled in for the clerk
    assert back.verdict(record, TODAY) == "no"  # a front read incompletely is not verified
    # the NIA design prints no nationality: its absence on the front is no gap
    assert back.verdict(with_zone(nia_front(), nia_zone()), TODAY) == "yes"


def test_the_clerks_correction_clears_the_red() -> None:
    record = with_zone(nia_front(id_number="GHA-712345673-9"), nia_zone())
    finish_record(record)
    assert any(w.code == back.MISMATCH for w in record.warnings)
    record.set_value("id_number", PIN)
    revalidate(record)
    assert not any(w.code == back.MISMATCH for w in record.warnings)
    assert back.verdict(record) == "yes"


def test_detach_gives_back_the_confidence_the_zone_raised() -> None:
    record = with_zone(nia_front(), nia_zone())
    info = back.detach(record)
    assert info is not None and info["lines"] == list(nia_zone().lines)
    assert "mrz" not in record.extra
    assert record.fields["id_number"].confidence == 0.9
    assert back.verdict(record) == "none"


# ----------------------------------------------------------------------- a back alone

def test_a_back_alone_is_a_record_of_what_its_zone_holds() -> None:
    record = finish_record(back.record_from_zone(
        nia_zone(), GHANA_CARD, source="back.jpg", page=None, confidence=0.95,
        backend="test", today=TODAY))
    assert record.value("id_number") == PIN
    assert record.value("first_name") == "AKOSUA AMA" and record.value("middle_name") == ""
    assert (record.value("birthday"), record.value("birthday_s")) == ("13/06/1986",
                                                                      "13-06-1986")
    assert record.value("expiry_date_s") == "10-01-2030"
    assert record.value("nationality") == "GHANAIAN"
    assert record.value("height") == ""
    codes = {w.code for w in record.warnings}
    assert back.FRONT_MISSING in codes
    assert not codes & {back.MISMATCH, back.CONFIRMED}  # its fields are the zone's own
    assert back.verdict(record) == "no"  # the digits hold, but no front was checked


def test_a_back_alone_with_a_failing_digit_flags_the_fields_it_covers() -> None:
    good = nia_zone()
    spoilt = mrz.parse_td1((good.lines[0], good.lines[1][:6] + "0" + good.lines[1][7:],
                            good.lines[2]))
    record = finish_record(back.record_from_zone(
        spoilt, GHANA_CARD, source="back.jpg", page=None, confidence=0.95, today=TODAY))
    flagged = {w.field for w in record.warnings if w.code == back.CHECKSUM}
    # the birth digit fails, and the composite with it: the PIN is covered by it alone
    assert flagged == {"", "birthday", "birthday_s", "id_number"}
    assert back.verdict(record) == "no"


# ------------------------------------------------------------------------ serialising

def test_the_zone_goes_beside_the_fields_and_comes_back() -> None:
    record = finish_record(with_zone(nia_front(id_number="GHA-712345673-9"), nia_zone()))
    data = record.to_dict()
    assert data["mrz"]["lines"] == list(nia_zone().lines)
    assert data["mrz"]["valid"] is True and data["mrz"]["source"] == "back.jpg"
    assert data["mrz"]["fields"]["personal_number"] == PIN
    assert set(data["fields"]) == set(GHANA_CARD.keys)  # the vendor shape is unchanged
    notes = [w for w in data["warnings"] if w["code"] == back.CONFIRMED]
    assert notes and all(w["severity"] == "info" for w in notes)
    again = Record.from_dict(data)
    assert again.extra["mrz"] == record.extra["mrz"]
    assert {w.severity for w in again.warnings if w.code == back.CONFIRMED} == {"info"}
    assert "mrz" not in nia_front().to_dict()


def test_the_store_keeps_the_zone(tmp_path: Path) -> None:
    from desktop_ocr.records.store import RecordStore

    store = RecordStore(tmp_path / "records.db")
    try:
        rid = store.add(with_zone(nia_front(), nia_zone()))
        assert back.zone_of(store.get(rid)) == nia_zone()
    finally:
        store.close()


@pytest.mark.parametrize("element", ["document_number", "birth_date", "expiry_date"])
def test_each_check_digit_is_named_when_it_fails(element: str) -> None:
    good = nia_zone()
    l1, l2 = good.lines[0], good.lines[1]
    if element == "document_number":
        l1 = l1[:14] + str((int(l1[14]) + 1) % 10) + l1[15:]
    elif element == "birth_date":
        l2 = l2[:6] + str((int(l2[6]) + 1) % 10) + l2[7:]
    else:
        l2 = l2[:14] + str((int(l2[14]) + 1) % 10) + l2[15:]
    record = with_zone(nia_front(), mrz.parse_td1((l1, l2, good.lines[2])))
    w = next(w for w in validate_record(record, today=TODAY) if w.code == back.CHECKSUM)
    assert element.replace("_", " ").replace("birth date", "date of birth").replace(
        "expiry date", "date of expiry") in w.message
