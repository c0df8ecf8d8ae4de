"""The ``real`` family (issue 10, ADR 0033): every design, blank forms, the seed-reached
cases (one-column 4th edition, brush font, municipalities, long names, small card photos)
and the truth conventions a reader of the real designs must meet."""

from __future__ import annotations

import datetime as dt
import json
import re

import numpy as np
import opencc
import pytest

from desktop_ocr.documents.schema import get_document_type
from desktop_ocr.synthetic import (
    CAPTURE_STYLES,
    DESIGNS,
    FAMILIES,
    GeneratorError,
    generate,
    places_cn,
)
from desktop_ocr.synthetic.__main__ import main as cli_main
from desktop_ocr.synthetic.real import plan
from desktop_ocr.synthetic.real.printing import traditional

PAIRS = [(t, d) for t, designs in DESIGNS.items() for d in designs]
CERTS = DESIGNS["birth_certificate"]
_TO_SIMPLIFIED = opencc.OpenCC("t2s.json")


def _area(a, b) -> int:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(0, w) * max(0, h)


def _ink(image, box) -> float:
    """Share of dark pixels in ``box`` (printing, not paper or security print)."""
    x0, y0, x1, y1 = box
    grey = np.asarray(image.convert("L").crop((x0, y0, x1, y1)), dtype=np.int16)
    return float((grey < 110).mean()) if grey.size else 0.0


def test_designs_are_exported_and_real_is_a_family():
    assert DESIGNS == {"ghana_card": ("ecowas", "nia"), "ghana_voter": ("ec",),
                       "birth_certificate": ("4th", "5th", "7th")}
    assert "real" in FAMILIES


@pytest.mark.parametrize(("document_type", "design"), PAIRS)
def test_same_seed_same_document_and_design_left_to_the_seed_is_the_named_one(
        make_doc, document_type, design):
    seed = next(s for s in range(12) if plan(document_type, s).design == design)
    a = make_doc(document_type, seed, "scan", "real", design)
    b = generate(document_type, seed, family="real")  # design chosen by the seed
    assert a.design == b.design == design and a.family == "real"
    assert a.layout == b.layout and a.layout.startswith(f"{design}:")
    assert a.truth == b.truth
    assert np.array_equal(np.asarray(a.image), np.asarray(b.image))
    other = make_doc(document_type, seed + len(DESIGNS[document_type]), "scan", "real", design)
    assert other.truth != a.truth


@pytest.mark.parametrize(("document_type", "design"), PAIRS)
def test_truth_keys_are_the_vendor_keys_and_printed_values_have_boxes(make_doc, document_type,
                                                                      design):
    keys = get_document_type(document_type).keys
    for seed in range(3):
        doc = make_doc(document_type, seed, "scan", "real", design)
        assert tuple(doc.truth) == keys
        assert all(isinstance(v, str) for v in doc.truth.values())
        printed = {k for k, v in doc.truth.items() if v}
        assert printed <= set(doc.value_boxes), (seed, printed - set(doc.value_boxes))
        # unlabelled on some designs: NIA's document number, a voter ID under the portrait
        assert printed <= set(doc.label_boxes) | {"document_number", "voter_id_number"}


@pytest.mark.parametrize(("document_type", "design"), PAIRS)
def test_no_value_is_printed_over_another_text(make_doc, document_type, design):
    """What a reader calls text over text: a value piece on a pre-printed word, or on
    another value.  The printer's offset may put a value on a pre-printed *line*."""
    for seed in range(4):
        doc = make_doc(document_type, seed, "scan", "real", design)
        assert doc.fill_boxes and doc.form_boxes
        w, h = doc.image.size
        for box in doc.fill_boxes:
            assert 0 <= box[0] < box[2] <= w and 0 <= box[1] < box[3] <= h
            hits = [f for f in doc.form_boxes if _area(box, f) > 0]
            assert hits == [], (seed, doc.layout, box, hits)
        pieces = doc.fill_boxes
        for i, a in enumerate(pieces):
            for b in pieces[i + 1:]:
                assert _area(a, b) == 0, (seed, doc.layout, a, b)


@pytest.mark.parametrize(("document_type", "design"), PAIRS)
def test_blank_form_is_the_same_form_with_nothing_filled_in(make_doc, document_type, design):
    seed = 1
    blank = make_doc(document_type, seed, "scan", "real", design, blank=True)
    filled = make_doc(document_type, seed, "scan", "real", design)
    assert blank.blank and blank.design == design
    assert set(blank.truth.values()) == {""}
    assert tuple(blank.truth) == get_document_type(document_type).keys
    assert blank.value_boxes == {} and blank.fill_boxes == []
    # the very same pre-printed form: every word where the filled document has it
    assert blank.form_boxes == filled.form_boxes and len(blank.form_boxes) >= 8
    assert blank.label_boxes == filled.label_boxes
    for box in blank.form_boxes[:40]:
        assert _ink(blank.image, box) > 0.02
    # and no value ink where the filled document printed its values
    for key, box in filled.value_boxes.items():
        if key == "code":
            continue
        assert _ink(blank.image, box) < _ink(filled.image, box) * 0.6 + 0.01, key


@pytest.mark.parametrize("design", ["5th", "7th", "4th"])
def test_blank_certificate_keeps_its_preprinted_serial(make_doc, design):
    blank = make_doc("birth_certificate", 1, "scan", "real", design, blank=True)
    label = blank.label_boxes["code"]
    x0, y0 = max(0, label[0] - 40), max(0, label[1] - 60)
    region = np.asarray(blank.image.crop((x0, y0, label[2] + 420, label[3] + 60)),
                        dtype=np.int16)
    red = (region[..., 0] > 150) & (region[..., 1] < 90) & (region[..., 2] < 90)
    assert red.sum() > 150  # the red serial number is printed on the blank stock


@pytest.mark.parametrize("family", ["standard", "alt"])
@pytest.mark.parametrize("document_type", list(DESIGNS))
def test_older_families_draw_blank_forms_too(make_doc, family, document_type):
    blank = make_doc(document_type, 2, "scan", family, blank=True)
    filled = make_doc(document_type, 2, "scan", family)
    assert set(blank.truth.values()) == {""} and blank.value_boxes == {}
    assert blank.label_boxes == filled.label_boxes and blank.layout == filled.layout
    inked = [key for key, box in filled.value_boxes.items()
             if key != "code" and _ink(blank.image, box) > _ink(filled.image, box) * 0.6 + 0.01]
    assert inked == []


@pytest.mark.parametrize("style", CAPTURE_STYLES)
@pytest.mark.parametrize(("document_type", "design"), PAIRS)
def test_every_design_renders_every_capture_style(make_doc, document_type, design, style):
    seed = 5
    doc = make_doc(document_type, seed, style, "real", design)
    scan = make_doc(document_type, seed, "scan", "real", design)
    assert doc.truth == scan.truth and doc.design == design and doc.style == style
    assert doc.image.mode == "RGB" and max(doc.image.size) <= 1700
    w, h = doc.image.size
    for box in doc.value_boxes.values():
        assert 0 <= box[0] < box[2] <= w and 0 <= box[1] < box[3] <= h
    grey = np.asarray(doc.image.convert("L")).astype(np.int16)
    assert (grey < np.percentile(grey, 90) - 70).mean() > 0.003


def test_card_photo_is_hand_held_and_some_are_small(make_doc):
    normal = make_doc("ghana_card", 1, "photo", "real", "ecowas")
    small = make_doc("ghana_card", 3, "photo", "real", "ecowas")
    assert not plan("ghana_card", 1).small and plan("ghana_card", 3).small
    for doc in (normal, small):  # the desk shows around the card
        border = np.asarray(doc.image.convert("RGB"))[:6].reshape(-1, 3).mean(axis=0)
        assert border.max() < 215
    # the card (1000 px wide when rendered) is 320–345 px wide in the small shot, filling
    # 55–85 % of the frame; in a normal shot it is 700–1150 px (capped to 1700 px frames)
    assert 380 <= max(small.image.size) <= 640
    assert 900 <= max(normal.image.size) <= 1700
    rotated = make_doc("ghana_card", 3, "photo_rotated", "real", "ecowas")
    assert sorted(rotated.image.size) == sorted(small.image.size)


def test_one_column_fourth_edition_front_has_the_extra_rows(make_doc):
    doc = make_doc("birth_certificate", 2, "scan", "real", "4th")
    assert doc.layout.startswith("4th:front")
    w, h = doc.image.size
    assert h > w  # portrait, one column of rows
    labels = doc.label_boxes
    # mother's block, then the type-of-place row, then the hospital, each under the other
    assert labels["motherName"][3] < labels["motherID"][1] < labels["fatherName"][1]
    assert labels["fatherID"][3] < labels["hospital"][1]
    assert doc.truth["motherAddress"] == doc.truth["fatherAddress"] == ""
    sheet = make_doc("birth_certificate", 0, "scan", "real", "4th")
    assert sheet.layout.startswith("4th:sheet") and sheet.image.size[0] > sheet.image.size[1]


@pytest.mark.parametrize("design", CERTS)
def test_brush_font_prints_traditional_glyphs_but_the_truth_is_simplified(make_doc, design):
    doc = make_doc("birth_certificate", 2, "scan", "real", design)
    assert plan("birth_certificate", 2).traditional and "traditional" in doc.layout
    assert "values_ukai" in doc.layout
    chinese = [v for k, v in doc.truth.items()
               if v and re.search(r"[\u4e00-\u9fff]", v) and k != "babySex"]
    assert chinese
    for value in chinese:
        assert _TO_SIMPLIFIED.convert(value) == value, value  # simplified truth
    assert any(traditional(v) != v for v in chinese)  # what was drawn is traditional


@pytest.mark.parametrize("design", CERTS)
def test_municipality_truth_is_what_each_slot_prints(make_doc, design):
    municipalities = {"北京市", "天津市", "上海市", "重庆市"}
    full = make_doc("birth_certificate", 3, "scan", "real", design).truth
    assert full["birthProvince"] in municipalities
    assert full["birthCity"] == full["birthProvince"]
    empty = make_doc("birth_certificate", 4, "scan", "real", design).truth
    assert empty["birthProvince"] in municipalities and empty["birthCity"] == ""
    for t in (full, empty):
        assert t["birthCounty"] and not places_cn.is_placeholder(t["birthCounty"])
        code = next(c for c, m, d in places_cn.municipal_districts()
                    if m == t["birthProvince"] and d == t["birthCounty"])
        assert code


@pytest.mark.parametrize("design", ["5th", "7th"])
def test_long_names_wrap_inside_their_own_cell(make_doc, design):
    doc = make_doc("birth_certificate", 1, "scan", "real", design)
    assert plan("birth_certificate", 1).long_names
    assert len(doc.truth["hospital"]) >= 12 and len(doc.truth["motherAddress"]) >= 26
    one_line = doc.value_boxes["babyName"][3] - doc.value_boxes["babyName"][1]
    heights = [doc.value_boxes[k][3] - doc.value_boxes[k][1]
               for k in ("motherAddress", "fatherAddress", "hospital")]
    assert max(heights) > 1.5 * one_line  # at least one printed on two lines
    for key in ("motherAddress", "fatherAddress", "hospital"):
        box = doc.value_boxes[key]
        label = doc.label_boxes[key]
        assert box[0] > label[2] and box[1] > label[1] - 3 * one_line


def test_certificate_truth_formats_and_edition_years(make_doc):
    years = {"4th": (2005, 2013), "5th": (2014, 2022), "7th": (2023, 2025)}
    for design in CERTS:
        for seed in range(3):
            t = make_doc("birth_certificate", seed, "scan", "real", design).truth
            assert re.fullmatch(r"[A-Z]\d{9}", t["code"])
            lo, hi = years[design]
            assert lo <= dt.date.fromisoformat(t["babyBirthday"]).year <= hi
            assert "市辖区" not in (t["birthCity"], t["birthCounty"])
            if design == "4th":
                assert t["motherAddress"] == t["fatherAddress"] == ""


def test_ghana_card_truth_conventions(make_doc):
    months = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
    early = 0
    for seed in range(6):
        t = make_doc("ghana_card", seed, "scan", "real", "ecowas").truth
        assert re.fullmatch(r"GHA-\d{9}-\d|GH\d{9}", t["id_number"])
        early += t["id_number"].startswith("GH") and "-" not in t["id_number"]
        assert re.fullmatch(r"\d{9}[A-Z]{2}", t["document_number"])
        assert t["middle_name"] == "" and t["first_name"]
        assert t["nationality"] == "GHANAIAN" and re.fullmatch(r"[12]\.\d\d", t["height"])
        for key in ("birthday", "issue_date", "expiry_date"):
            day, mon, year = re.fullmatch(rf"(\d\d)/({months})/(\d{{4}})", t[key]).groups()
            month = months.split("|").index(mon) + 1
            assert t[f"{key}_s"] == f"{day}-{month:02d}-{year}"
    assert early == 1  # seed 5 (n % 6 == 5) has the launch specimen's form
    for seed in range(6):
        t = make_doc("ghana_card", seed, "scan", "real", "nia").truth
        assert re.fullmatch(r"GHA-\d{9}-\d", t["id_number"])
        assert re.fullmatch(r"[A-Z]{2}\d{7}", t["document_number"])
        assert t["nationality"] == t["place_of_issue"] == t["issue_date"] == ""
        assert t["issue_date_s"] == ""
        for key in ("birthday", "expiry_date"):
            month, day, year = t[key].split("/")
            assert t[f"{key}_s"] == f"{day}-{month}-{year}" and int(month) <= 12


def test_voter_card_prints_age_or_date_of_birth(make_doc):
    layouts = set()
    for seed in range(6):
        doc = make_doc("ghana_voter", seed, "scan", "real", "ec")
        t = doc.truth
        layouts.add(doc.layout)
        assert re.fullmatch(r"\d{10}", t["voter_id_number"])
        assert re.fullmatch(r"[A-Z]\d{6}[A-Z]{0,2}", t["polling_station_code"])
        assert bool(t["age"]) != bool(t["birthday"])
        assert bool(t["birthday"]) == bool(t["birthday_s"])
        assert (t["age"] != "") == plan("ghana_voter", seed).age_only
    assert len(layouts) >= 4  # positions vary: the engine must read by labels and shapes


def test_design_needs_the_real_family_and_must_exist():
    with pytest.raises(GeneratorError, match="ecowas"):
        generate("ghana_card", 1, design="ecowas")  # standard family has no designs
    with pytest.raises(GeneratorError, match="6th"):
        generate("birth_certificate", 1, family="real", design="6th")
    with pytest.raises(GeneratorError):
        generate("ghana_voter", 1, family="real", design="5th")


def test_cli_writes_real_designs_and_blank_forms(tmp_path):
    code = cli_main([str(tmp_path), "--type", "all", "--family", "real", "--design", "nia",
                     "--blank", "--count", "1"])
    assert code == 0
    manifest = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    assert sorted(manifest) == ["real_nia_blank_ghana_card_scan_0000.jpg"]
    entry = manifest["real_nia_blank_ghana_card_scan_0000.jpg"]
    assert entry["design"] == "nia" and entry["blank"] is True
    assert set(entry["truth"].values()) == {""}
    assert (tmp_path / "real_nia_blank_ghana_card_scan_0000.jpg").is_file()
    assert cli_main([str(tmp_path), "--design", "nia"]) == 2  # family standard


@pytest.mark.parametrize(("document_type", "design"), PAIRS)
def test_real_truth_passes_the_validators_and_is_already_normalised(make_doc, document_type,
                                                                    design):
    """The truth is what a correct engine returns; the project's checks must accept it
    (a record says the design it was read from: NIA prints dates month first)."""
    from desktop_ocr.documents.normalize import normalize_record
    from desktop_ocr.documents.record import FieldValue, Record
    from desktop_ocr.documents.validate import validate_record

    for seed in range(3):
        truth = make_doc(document_type, seed, "scan", "real", design).truth
        record = Record.empty("generated", document_type)
        record.design = "5th" if design == "7th" else design  # one description: 5th–7th
        record.fields = {k: FieldValue(value=v) for k, v in truth.items()}
        warnings = validate_record(record, today=dt.date(2025, 7, 1))
        assert [(w.field, w.code) for w in warnings] == [], seed
        normalize_record(record)
        assert {k: record.value(k) for k in truth} == truth, seed
