"""One record per card (issue 15): fronts and back sides paired by page, by name, by
consecutive scans that agree, and by their numbers; paired and unpaired by hand.

Records are built without the model: fronts by hand, backs from zones composed by
``documents.mrz.compose_td1`` from generated values.
"""

from __future__ import annotations

import pytest

from desktop_ocr.documents import back
from desktop_ocr.documents.mrz import compose_td1, parse_td1
from desktop_ocr.documents.record import FieldValue, Record, RecordStatus
from desktop_ocr.documents.schema import GHANA_CARD
from desktop_ocr.pairing import PairingError, is_back, is_front, pair, pair_records, unpair
from desktop_ocr.recognition import finish_record


def front(source: str, pin: str = "GHA-712345678-9", number: str = "AC9139819",
          surname: str = "MENSAH", born: str = "860613", page: int | None = None,
          given: str = "AKOSUA") -> Record:
    record = Record.empty(source, "ghana_card", backend="test")
    record.design = "nia"
    record.page = page
    values = {"id_number": pin, "document_number": number, "surname": surname,
              "first_name": given, "birthday": f"{born[2:4]}/{born[4:]}/19{born[:2]}",
              "gender": "F", "expiry_date": "01/10/2030"}
    for key, value in values.items():
        record.fields[key] = FieldValue(value, confidence=0.9)
    return finish_record(record)


def rear(source: str, pin: str = "GHA-712345678-9", number: str = "AC9139819",
         surname: str = "MENSAH", born: str = "860613", page: int | None = None,
         given: str = "AKOSUA") -> Record:
    zone = parse_td1(compose_td1(
        document_code="ID", issuing_state="GHA", document_number=number,
        optional_data_1=pin.replace("-", ""), birth_date=born, sex="F",
        expiry_date="300110", nationality="GHA", surname=surname, given_names=given))
    record = back.record_from_zone(zone, GHANA_CARD, source=source, page=page,
                                   confidence=0.97, backend="test")
    record.extra["mrz"].update(source=source, page=page)
    return finish_record(record)


def test_pages_of_one_pdf_are_one_card_whichever_comes_first() -> None:
    records = [front("cards.pdf", page=1), rear("cards.pdf", page=2),
               rear("cards.pdf", page=3, pin="GHA-111111111-1", number="AB1111111",
                    surname="OWUSU"),
               front("cards.pdf", page=4, pin="GHA-111111111-1", number="AB1111111",
                     surname="OWUSU")]
    paired = pair_records(records)
    assert len(paired) == 2
    assert [(r.page, r.extra["mrz"]["page"]) for r in paired] == [(1, 2), (4, 3)]
    assert all(back.verdict(r) == "yes" for r in paired)


def test_names_differing_by_a_side_word_are_one_card_even_when_they_disagree() -> None:
    # the front misread its PIN: paired anyway, and the disagreement is red
    records = [rear("scans/ama-back.jpg"), front("scans/ama-front.jpg", pin="GHA-712345673-9")]
    [card] = pair_records(records)
    assert card.source == "scans/ama-front.jpg"
    assert card.extra["mrz"]["source"] == "scans/ama-back.jpg"
    red = [w for w in card.warnings if w.code == back.MISMATCH]
    assert [(w.field, w.severity) for w in red] == [("id_number", "error")]
    assert back.verdict(card) == "no"


def test_consecutive_scans_pair_only_when_they_agree() -> None:
    records = [front("in/scan_0001.jpg"), rear("in/scan_0002.jpg"),
               front("in/scan_0003.jpg", pin="GHA-222222222-2", number="AB2222222",
                     surname="BOATENG", born="790302", given="KOFI"),
               # the next scan is another card's back: only the sex, the nationality and
               # the expiry date agree, which many cards share — not paired
               rear("in/scan_0004.jpg", pin="GHA-333333333-3", number="AB3333333",
                    surname="OFORI", born="910521", given="ESI")]
    paired = pair_records(records)
    assert [r.source for r in paired] == ["in/scan_0001.jpg", "in/scan_0003.jpg",
                                          "in/scan_0004.jpg"]
    assert paired[0].extra["mrz"]["source"] == "in/scan_0002.jpg"
    assert "mrz" not in paired[1].extra and is_back(paired[2])


def test_a_stack_of_fronts_then_a_stack_of_backs_is_paired_by_numbers() -> None:
    cards = [("GHA-100000001-1", "AB1000001", "ADJEI", "700101", None, "KWAME"),
             ("GHA-100000002-2", "AB1000002", "OFORI", "880808", None, "ABENA")]
    fronts = [front(f"in/{i}.jpg", *c) for i, c in enumerate(cards, 1)]
    backs = [rear(f"in/{i}.jpg", *c) for i, c in enumerate(cards, 3)]
    paired = pair_records([*fronts, *backs])
    assert [(r.source, r.extra["mrz"]["source"]) for r in paired] == [
        ("in/1.jpg", "in/3.jpg"), ("in/2.jpg", "in/4.jpg")]


def test_a_number_two_fronts_share_pairs_neither() -> None:
    # two fronts of one number (a card scanned twice): which one the back belongs to
    # cannot be told, so it stays apart; another card's sides still pair
    records = [front("in/a.jpg"), front("in/b.jpg"),
               front("in/c.jpg", pin="GHA-100000002-2", number="AB1000002", surname="OFORI"),
               rear("in/x.jpg"),
               rear("in/y.jpg", pin="GHA-100000002-2", number="AB1000002", surname="OFORI")]
    paired = pair_records(records)
    assert [r.source for r in paired] == ["in/a.jpg", "in/b.jpg", "in/c.jpg", "in/x.jpg"]
    assert paired[2].extra["mrz"]["source"] == "in/y.jpg"
    assert is_back(paired[3]) and "mrz" not in paired[0].extra


def test_records_of_other_kinds_are_left_alone_in_order() -> None:
    birth = finish_record(Record.empty("cert.jpg", "birth_certificate"))
    failed = Record.failed("bad.jpg", back_error())
    lone = rear("x/other-back.jpg", pin="GHA-999999999-9", number="AB9999999")
    out = pair_records([birth, failed, lone])
    assert out == [birth, failed, lone]
    assert is_back(lone) and not is_front(lone) and not is_back(birth)


def back_error():
    from desktop_ocr.documents.record import ErrorInfo

    return ErrorInfo("image.unreadable", "The file could not be read.")


def test_pair_and_unpair_by_hand_give_back_both_records() -> None:
    f = front("a.jpg", pin="GHA-712345673-9")
    b = rear("b.jpg")
    f.status = RecordStatus.CONFIRMED
    f.journal.override = "checked by phone"
    card = pair(b, f)  # either order
    assert card is f and card.extra["mrz"]["source"] == "b.jpg"
    # what was confirmed has changed: to review again, the override gone, in the trail
    assert card.status is RecordStatus.RECOGNIZED and card.journal.override is None
    assert [(a.action, a.detail) for a in card.journal.audit] == [("pair", "b.jpg"),
                                                                  ("reopen", None)]
    assert card.fields["surname"].confidence == back.CONFIRMED_CONFIDENCE
    again_front, again_back = unpair(card)
    assert "mrz" not in again_front.extra
    assert again_front.fields["surname"].confidence == 0.9
    assert not any(w.code.startswith("mrz.") for w in again_front.warnings)
    assert again_back.source == "b.jpg" and is_back(again_back)
    assert again_back.value("id_number") == "GHA-712345678-9"
    assert any(w.code == back.FRONT_MISSING for w in again_back.warnings)
    assert card.journal.audit[-1].action == "unpair"
    assert card.journal.audit[-1].detail == "b.jpg"


def test_only_a_front_and_a_back_of_one_kind_pair() -> None:
    with pytest.raises(PairingError):
        pair(front("a.jpg"), front("b.jpg"))
    with pytest.raises(PairingError):
        pair(rear("a.jpg"), rear("b.jpg"))
    with pytest.raises(PairingError):
        unpair(front("a.jpg"))
    with pytest.raises(PairingError):
        unpair(rear("a.jpg"))


@pytest.mark.parametrize("pages", [(None, None), (1, 2)])
def test_two_people_named_alike_or_on_consecutive_pages_stay_two_records(pages) -> None:
    """card_front / card_back (or pages 1 and 2) of two different people: PIN, number,
    name and birth date all differ — a clerk's mix-up, not one card to flag red."""
    p1, p2 = pages
    name = "cards.pdf" if p1 else "card_front.jpg"
    other = "cards.pdf" if p1 else "card_back.jpg"
    records = [front(name, page=p1),
               rear(other, page=p2, pin="GHA-573287524-8", number="AB5732875",
                    surname="OPOKU", born="700101", given="KOFI")]
    paired = pair_records(records)
    assert len(paired) == 2
    assert is_front(paired[0]) and is_back(paired[1])
