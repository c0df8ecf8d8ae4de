"""ICAO 9303 TD1 zones: check digits, parsing and OCR repair, on the standard's own examples.

Sources of the examples: ICAO Doc 9303 Part 5 (the TD1 specimen of "UTO", Anna Maria
Eriksson), Part 11 Appendix D.2 (a TD1 with a 12-character document number), Part 4
(the TD3 specimen's document number, dates and personal number with their check digits)
and Part 3's worked check digit (520727 → 3).
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_ocr.documents import mrz

SPECIMEN = ("I<UTOD231458907<<<<<<<<<<<<<<<",
            "7408122F1204159UTO<<<<<<<<<<<6",
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
LONG_NUMBER = ("I<UTOD23145890<7349<<<<<<<<<<<",
               "3407127M9507122UTO<<<<<<<<<<<2",
               "STEVENSON<<PETER<JOHN<<<<<<<<<")


@pytest.mark.parametrize(("text", "digit"), [
    ("520727", "3"),  # Part 3's worked example
    ("L898902C3", "6"), ("740812", "2"), ("120415", "9"), ("ZE184226B", "1"),  # Part 4
    ("D23145890", "7"), ("D23145890734", "9"),  # Part 5, Part 11
    ("<<<<<<", "0"),
])
def test_check_digit_of_the_standards_examples(text: str, digit: str) -> None:
    assert mrz.check_digit(text) == digit


def test_check_digit_refuses_characters_outside_the_zone() -> None:
    with pytest.raises(mrz.MrzError):
        mrz.check_digit("AB-12")


def test_the_part_5_specimen_parses_with_every_check_digit_holding() -> None:
    zone = mrz.parse_td1(SPECIMEN)
    assert (zone.document_code, zone.issuing_state, zone.document_number) == ("I", "UTO",
                                                                              "D23145890")
    assert (zone.birth_date, zone.sex, zone.expiry_date, zone.nationality) == (
        "740812", "F", "120415", "UTO")
    assert (zone.surname, zone.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert zone.valid and zone.repairs == 0
    assert zone.birth(dt.date(2026, 1, 1)) == dt.date(1974, 8, 12)
    assert zone.expiry(dt.date(2010, 1, 1)) == dt.date(2012, 4, 15)


def test_a_long_document_number_continues_in_the_optional_data() -> None:
    zone = mrz.parse_td1(LONG_NUMBER)
    assert zone.document_number == "D23145890734"
    assert zone.optional_data_1 == ""
    assert zone.valid
    assert (zone.surname, zone.given_names, zone.sex) == ("STEVENSON", "PETER JOHN", "M")


def test_composing_gives_back_the_standards_lines() -> None:
    assert mrz.compose_td1(
        document_code="I", issuing_state="UTO", document_number="D23145890",
        birth_date="740812", sex="F", expiry_date="120415", nationality="UTO",
        surname="Eriksson", given_names="Anna Maria") == SPECIMEN
    assert mrz.compose_td1(
        document_code="I", issuing_state="UTO", document_number="D23145890734",
        birth_date="340712", sex="M", expiry_date="950712", nationality="UTO",
        surname="Stevenson", given_names="Peter John") == LONG_NUMBER


def test_a_wrong_digit_fails_only_the_checks_covering_it() -> None:
    l2 = SPECIMEN[1][:3] + "9" + SPECIMEN[1][4:]  # a digit of the birth date
    zone = mrz.parse_td1((SPECIMEN[0], l2, SPECIMEN[2]))
    assert zone.checks == {"document_number": True, "birth_date": False,
                           "expiry_date": True, "composite": False}
    assert not zone.valid


def test_names_are_written_as_the_zone_spells_them() -> None:
    assert mrz.mrz_name("Owusu-Ansah") == "OWUSU<ANSAH"
    assert mrz.mrz_name("N'Guessan Ama") == "NGUESSAN<AMA"
    assert mrz.mrz_name("Adèle") == "ADELE"
    lines = mrz.compose_td1(
        document_code="ID", issuing_state="GHA", document_number="AC9139819",
        birth_date="860613", sex="M", expiry_date="300101", nationality="GHA",
        surname="Amankwaah-Boateng", given_names="Kwabena Nana Yaw")
    assert lines[2] == "AMANKWAAH<BOATENG<<KWABENA<NAN"  # cut to fit
    zone = mrz.parse_td1(lines)
    assert zone.names_truncated
    assert (zone.surname, zone.given_names) == ("AMANKWAAH BOATENG", "KWABENA NAN")


def test_dates_take_the_century_a_birth_or_an_expiry_needs() -> None:
    today = dt.date(2026, 6, 1)
    assert mrz.zone_date("580301", past=True, today=today) == dt.date(1958, 3, 1)
    assert mrz.zone_date("150301", past=True, today=today) == dt.date(2015, 3, 1)
    assert mrz.zone_date("350301", past=False, today=today) == dt.date(2035, 3, 1)
    assert mrz.zone_date("991301", past=True, today=today) is None


# ------------------------------------------------------------------------ OCR repair

def test_ocr_confusions_are_undone_by_position() -> None:
    zone = mrz.read_td1([
        "I<UTOD23145890 7<<<<<<<<<<<<<",  # a space, a filler run one short
        "74O8122F12O4159UT0<<<<<<<<<<6",  # O for 0 in dates, 0 for O in a code
        "ERIKS5ON<<ANNA<MAR1A<<<<<<<<<<<<<<<",  # digits in names, a run too long
    ])
    assert zone is not None and zone.lines == SPECIMEN
    assert zone.valid and zone.repairs == 5


def test_a_k_inside_a_filler_run_is_a_filler_and_lookalikes_are_latin() -> None:
    zone = mrz.read_td1([
        "I<UTOD231458907<<<<<K<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<KK<6",
        "ΕRIKSSON<<ANNA<MARIA<<<<<<<<<K",  # a Greek capital Epsilon
    ])
    assert zone is not None and zone.lines == SPECIMEN


def test_a_document_number_is_never_guessed_from_its_check_digit() -> None:
    # D23I45890 and D23I45B90 both make the check digit 7 hold: the zone alone cannot
    # tell, so nothing is changed and the digit fails (the type repairs by its forms)
    zone = mrz.read_td1(["I<UTOD23I458907<<<<<<<<<<<<<<<", SPECIMEN[1], SPECIMEN[2]])
    assert zone is not None and zone.document_number == "D23I45890"
    assert not zone.checks["document_number"]
    fixed = mrz.replace_number(zone, "D23145890")
    assert fixed.lines == SPECIMEN and fixed.valid and fixed.repairs == 1
    long = mrz.replace_number(mrz.parse_td1(LONG_NUMBER), "D23145890734")
    assert long.lines == LONG_NUMBER


def test_a_digit_misread_as_another_digit_is_never_repaired() -> None:
    zone = mrz.read_td1([SPECIMEN[0], "7408172F1204159UTO<<<<<<<<<<<6", SPECIMEN[2]])
    assert zone is not None
    assert zone.birth_date == "740817" and not zone.checks["birth_date"]


def test_the_zone_is_found_among_a_pages_lines() -> None:
    page = ["REPUBLIC OF UTOPIA", "Signature", *SPECIMEN, "12345"]
    hit = mrz.find_td1(page)
    assert hit is not None
    assert hit[0] == (2, 3, 4) and hit[1].lines == SPECIMEN
    assert mrz.find_td1(["Surname", "ERIKSSON", "Date of Birth", "12/08/1974"]) is None


@pytest.mark.parametrize("lines", [
    ("I<UTOD231458907", SPECIMEN[1], SPECIMEN[2]),  # a line far too short
    (SPECIMEN[0], "ERIKSSON<<ANNA<MARIA<<<<<<<<<<", SPECIMEN[2]),  # no dates in line 2
])
def test_text_that_is_not_a_zone_reads_as_none(lines: tuple[str, str, str]) -> None:
    assert mrz.read_td1(lines) is None


def test_parse_refuses_lines_of_another_length() -> None:
    with pytest.raises(mrz.MrzError):
        mrz.parse_td1((SPECIMEN[0] + "<", SPECIMEN[1], SPECIMEN[2]))
