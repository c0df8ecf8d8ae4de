"""The Ghana Card's back side (issue 15): the same holder as the front of its seed, a TD1
zone in OCR-B whose check digits hold (but for the seeds that print one wrong), scan and
photo captures, and nothing changed for the documents that existed before."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from desktop_ocr.documents.mrz import parse_td1
from desktop_ocr.synthetic import SIDES, GeneratorError, fonts, generate
from desktop_ocr.synthetic.real import plan


def _date(text: str, month_first: bool) -> dt.date:
    a, b, year = text.split("/")
    if b.isalpha():
        months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
                  "NOV", "DEC"]
        return dt.date(int(year), months.index(b) + 1, int(a))
    m, d = (int(a), int(b)) if month_first else (int(b), int(a))
    return dt.date(int(year), m, d)


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 5, 11])
def test_the_back_shows_the_fronts_holder_in_a_valid_zone(seed: int) -> None:
    front = generate("ghana_card", seed, "scan", family="real")
    back = generate("ghana_card", seed, "scan", family="real", side="back")
    assert back.side == "back" and back.design == front.design
    assert back.mrz_valid is True
    zone = parse_td1(back.mrz)
    assert zone.valid and zone.document_code == "ID" and zone.issuing_state == "GHA"
    t, f = back.truth, front.truth
    assert t["id_number"] == f["id_number"] and t["document_number"] == f["document_number"]
    assert zone.document_number == f["document_number"]
    assert t["surname"] == f["surname"]
    assert t["first_name"] == " ".join(p for p in (f["first_name"], f["middle_name"]) if p)
    assert t["birthday_s"] == f["birthday_s"] and t["expiry_date_s"] == f["expiry_date_s"]
    month_first = front.design == "nia"
    born = _date(f["birthday"], month_first)
    assert zone.birth_date == born.strftime("%y%m%d")
    assert t["birthday"] == born.strftime("%d/%m/%Y")
    assert t["gender"] == f["gender"] and t["nationality"] == "GHANAIAN"
    assert t["height"] == t["previous_name"] == t["issue_date"] == t["middle_name"] == ""
    assert set(t) == set(f)


def test_some_seeds_print_one_check_digit_wrong() -> None:
    seeds = [s for s in range(20) if plan("ghana_card", s).bad_check_digit]
    assert seeds == [4, 9, 14, 19]
    for seed in seeds[:2]:
        back = generate("ghana_card", seed, "scan", family="real", side="back")
        zone = parse_td1(back.mrz)
        assert back.mrz_valid is False and not zone.valid
        assert sum(not ok for ok in zone.checks.values()) in (1, 2)  # its own + composite
        assert back.layout.endswith("bad_check_digit")


def test_the_zone_is_printed_in_ocr_b_at_ten_characters_per_inch() -> None:
    face = fonts.font("ocr_b")
    assert face.debian_package == "fonts-ocr-b"
    back = generate("ghana_card", 1, "scan", family="real", side="back")
    assert len(back.fill_boxes) == 3  # the three zone lines, top to bottom
    widths = [b[2] - b[0] for b in back.fill_boxes]
    card_mm = back.image.size[0] / 85.6
    assert all(abs(w - 30 * 2.54 * card_mm) < 0.06 * w for w in widths)
    assert back.fill_boxes[2][3] < back.image.size[1]


@pytest.mark.parametrize("style", ["photo", "scan_gray"])
def test_other_capture_styles_keep_the_zone_and_truth(style: str) -> None:
    scan = generate("ghana_card", 2, "scan", family="real", side="back")
    other = generate("ghana_card", 2, style, family="real", side="back")
    assert other.mrz == scan.mrz and other.truth == scan.truth
    assert other.image.size != scan.image.size or not np.array_equal(
        np.asarray(other.image), np.asarray(scan.image))


def test_a_blank_back_has_no_zone() -> None:
    blank = generate("ghana_card", 1, "scan", family="real", side="back", blank=True)
    assert blank.mrz == () and blank.mrz_valid is None
    assert not any(blank.truth.values())


def test_the_fronts_are_the_documents_they_were() -> None:
    assert SIDES == ("front", "back")
    a = generate("ghana_card", 3, "scan", family="real")
    b = generate("ghana_card", 3, "scan", family="real", side="front")
    assert a.side == "front" and a.mrz == () and a.truth == b.truth
    assert np.array_equal(np.asarray(a.image), np.asarray(b.image))


@pytest.mark.parametrize(("document_type", "family"), [
    ("birth_certificate", "real"), ("ghana_voter", "real"), ("ghana_card", "standard")])
def test_a_back_side_exists_only_for_the_real_ghana_card(document_type: str,
                                                        family: str) -> None:
    with pytest.raises(GeneratorError):
        generate(document_type, 1, family=family, side="back")
    with pytest.raises(GeneratorError):
        generate("ghana_card", 1, family="real", side="inside")


def test_the_generator_cli_writes_both_sides(tmp_path) -> None:
    import json

    from desktop_ocr.synthetic.__main__ import main

    assert main([str(tmp_path), "--type", "ghana_card", "--family", "real", "--count", "1",
                 "--seed", "1", "--back"]) == 0
    manifest = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    stem = "real_nia_ghana_card_scan_0001"
    front, back = f"{stem}_front.jpg", f"{stem}_back.jpg"
    assert set(manifest) == {front, back}
    assert manifest[back]["side"] == "back" and len(manifest[back]["mrz"]) == 3
    assert "side" not in manifest[front]
    assert (tmp_path / back).stat().st_size > 0
