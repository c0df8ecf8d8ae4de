"""The ``alt`` layout family, the grey-scan and fax captures, and the two generator fixes
(long values inside their cell; no division-table placeholder as a place)."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
from PIL import Image, ImageOps

from desktop_ocr.documents.normalize import normalize_record
from desktop_ocr.documents.record import FieldValue, Record
from desktop_ocr.documents.schema import get_document_type
from desktop_ocr.documents.validate import validate_record
from desktop_ocr.synthetic import DOCUMENT_TYPES, FAMILIES, generate, places_cn, save
from desktop_ocr.synthetic.__main__ import main as cli_main

TODAY = dt.date(2025, 7, 1)


def _record(document_type: str, truth: dict[str, str]) -> Record:
    record = Record.empty("generated", document_type)
    record.fields = {k: FieldValue(value=v) for k, v in truth.items()}
    return record


def _overlaps(a, b) -> bool:
    return a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] and b[1] < a[3]


def _foreign_overlaps(doc) -> list[tuple[str, str]]:
    """Pairs (value key, other key) where a value's ink box touches another field's label
    or value — what a reader of the document would call text printed over text."""
    def base(key: str) -> str:
        return key[:-2] if key.endswith("_s") else key

    # the three place keys share one printed run on some layouts; first/middle name one label
    same = {"birthProvince": "place", "birthCity": "place", "birthCounty": "place",
            "first_name": "given", "middle_name": "given"}
    found = []
    for vkey, vbox in doc.value_boxes.items():
        for kind in (doc.label_boxes, doc.value_boxes):
            for okey, obox in kind.items():
                if same.get(base(okey), base(okey)) == same.get(base(vkey), base(vkey)):
                    continue
                if obox == doc.label_boxes.get(vkey):
                    continue  # a label shared by both parents' columns
                if _overlaps(vbox, obox):
                    found.append((vkey, okey))
    return found


OLDER = ("standard", "alt")  # the families drawn by the older renderers (ADR 0032)


def test_families_are_exported_and_standard_is_the_default(make_doc):
    assert FAMILIES == ("standard", "alt", "real")
    plain = generate("ghana_voter", 2)
    assert plain.family == "standard"
    assert plain.truth == make_doc("ghana_voter", 2, "scan", "standard").truth


@pytest.mark.parametrize("document_type", DOCUMENT_TYPES)
def test_alt_truth_has_the_vendor_keys_and_passes_the_validators(make_doc, document_type):
    keys = get_document_type(document_type).keys
    for seed in range(6):
        doc = make_doc(document_type, seed, "scan", "alt")
        assert doc.family == "alt" and doc.layout.startswith("alt-")
        assert tuple(doc.truth) == keys
        warnings = validate_record(_record(document_type, doc.truth), today=TODAY)
        assert [(w.field, w.code) for w in warnings] == [], seed
        record = _record(document_type, doc.truth)
        normalize_record(record)
        assert {k: record.value(k) for k in doc.truth} == doc.truth, seed


@pytest.mark.parametrize("document_type", DOCUMENT_TYPES)
def test_alt_is_deterministic_and_not_the_standard_document(make_doc, document_type):
    a = make_doc(document_type, 4, "scan", "alt")
    b = generate(document_type, 4, family="alt")
    assert a.truth == b.truth and a.layout == b.layout
    assert np.array_equal(np.asarray(a.image), np.asarray(b.image))
    standard = make_doc(document_type, 4, "scan", "standard")
    assert a.truth != standard.truth
    assert a.layout != standard.layout


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("document_type", DOCUMENT_TYPES)
def test_values_are_on_the_document_and_never_over_other_text(make_doc, document_type,
                                                               family):
    for seed in range(6):
        doc = make_doc(document_type, seed, "scan", family)
        width, height = doc.image.size
        for key, box in doc.value_boxes.items():
            assert 0 <= box[0] < box[2] <= width and 0 <= box[1] < box[3] <= height, key
        assert _foreign_overlaps(doc) == [], (seed, doc.layout)
        if family == "alt":
            printed = {k for k, v in doc.truth.items() if v}
            assert printed <= set(doc.value_boxes), printed - set(doc.value_boxes)


def test_alt_layouts_vary_in_what_another_renderer_would_change(make_doc):
    cert = [make_doc("birth_certificate", s, "scan", "alt").layout for s in range(6)]
    assert len(set(cert)) == 6
    assert len({part for layout in cert for part in layout.split("-")
                if part.startswith("en_")}) >= 2  # Chinese-only and bilingual labels
    cards = [make_doc("ghana_card", s, "scan", "alt").layout for s in range(6)]
    assert {"labels_title", "labels_caps"} <= {p for lay in cards for p in lay.split("-")}
    voters = [make_doc("ghana_voter", s, "scan", "alt") for s in range(6)]
    designs = {v.layout.split("-")[1] for v in voters}
    assert designs == {"2012", "2020b"}
    for voter in voters:
        if "-2012-" in voter.layout:  # the 2012 card prints no date of birth
            assert voter.truth["birthday"] == "" and voter.truth["birthday_s"] == ""
            assert voter.truth["registry_date"].endswith(voter.truth["registry_date_s"][-4:])


@pytest.mark.parametrize("style", ["scan_gray", "fax"])
@pytest.mark.parametrize("family", FAMILIES)
def test_grey_and_fax_captures_keep_the_truth_and_write_one_channel_files(
        tmp_path, make_doc, style, family):
    for document_type in ("birth_certificate", "ghana_card"):
        scan = make_doc(document_type, 1, "scan", family)
        doc = make_doc(document_type, 1, style, family)
        assert doc.truth == scan.truth
        pixels = np.asarray(doc.image)
        assert doc.image.mode == "RGB" and max(doc.image.size) <= 1700
        assert (pixels[..., 0] == pixels[..., 1]).all() and (pixels[..., 1] == pixels[..., 2]).all()
        if style == "fax":
            assert set(np.unique(pixels)) <= {0, 255}
        width, height = doc.image.size
        for box in doc.value_boxes.values():
            assert 0 <= box[0] < box[2] <= width and 0 <= box[1] < box[3] <= height
        path = save(doc, tmp_path / f"{document_type}-{style}.png")
        with Image.open(path) as img:
            assert img.mode == "L" and img.size == doc.image.size


def test_grey_scan_values_still_hold_ink(make_doc):
    doc = make_doc("ghana_card", 2, "scan_gray", "alt")
    x0, y0, x1, y1 = doc.value_boxes["surname"]
    assert np.asarray(doc.image.convert("L").crop((x0, y0, x1, y1))).min() < 100


def test_alt_photo_rotated_exif_round_trip(tmp_path, make_doc):
    for seed in range(40):
        doc = make_doc("birth_certificate", seed, "photo_rotated", "alt")
        if doc.exif_orientation is not None:
            break
    else:  # pragma: no cover - half of the seeds are tagged
        pytest.fail("no EXIF-rotated alt sample in 40 seeds")
    assert doc.truth == make_doc("birth_certificate", seed, "scan", "alt").truth
    path = save(doc, tmp_path / "cert.jpg")
    with Image.open(path) as raw:
        assert raw.getexif().get(0x0112) == doc.exif_orientation
        upright = ImageOps.exif_transpose(raw).convert("RGB")
    assert upright.size == doc.image.size
    diff = np.abs(np.asarray(upright, np.int16) - np.asarray(doc.image, np.int16))
    assert diff.mean() < 6


def test_no_place_is_a_division_table_placeholder():
    table = places_cn.counties()
    names = {n for c in table for n in (c.province, c.city, c.county)}
    assert not {n for n in names if n and places_cn.is_placeholder(n)}
    assert all(c.city or c.county for c in table)
    by_code = {c.code: c for c in table}
    # province-direct units fill the level their own name carries
    assert (by_code["429004"].province, by_code["429004"].city, by_code["429004"].county) == (
        "湖北省", "仙桃市", "")
    assert by_code["659001"].city == "石河子市"  # 自治区直辖: the placeholder is gone too
    assert (by_code["469021"].city, by_code["469021"].county) == ("", "定安县")


@pytest.mark.parametrize("family", OLDER)
@pytest.mark.parametrize("code", ["429004", "469021"])
def test_certificate_of_a_province_direct_unit(monkeypatch, family, code):
    unit = {c.code: c for c in places_cn.counties()}[code]
    real_pick = places_cn.pick_county
    calls = []

    def pick(rng):  # the place of birth; the parents' home and ID regions as usual
        calls.append(1)
        return unit if len(calls) == 1 else real_pick(rng)

    monkeypatch.setattr(places_cn, "pick_county", pick)
    doc = generate("birth_certificate", 3, family=family)
    t = doc.truth
    assert (t["birthProvince"], t["birthCity"], t["birthCounty"]) == (
        unit.province, unit.city, unit.county)
    assert not t["hospital"].startswith(("妇幼", "第一", "人民", "中心", "中医"))
    assert validate_record(_record("birth_certificate", t), today=TODAY) == []
    assert ("birthCity" in doc.value_boxes) == bool(unit.city)
    assert ("birthCounty" in doc.value_boxes) == bool(unit.county)


@pytest.mark.parametrize("family", OLDER)
def test_long_values_stay_inside_their_cell(monkeypatch, family):
    """The longest addresses and hospital names are set smaller or wrapped, never over the
    neighbouring label (the bug the engine engineer found)."""
    longest = max(places_cn.counties(), key=lambda c: len(c.city) + len(c.county))
    monkeypatch.setattr(places_cn, "address", lambda rng, county: (
        county.province + county.city + county.county + "幸福东路381号翠苑新村12幢3单元102室"
        + "（东门）")[:30])
    monkeypatch.setattr(places_cn, "hospital",
                        lambda rng, county: f"{longest.county}第一人民医院妇产科分院")
    for seed in range(3):
        doc = generate("birth_certificate", seed, family=family)
        assert len(doc.truth["fatherAddress"]) == 30
        assert _foreign_overlaps(doc) == [], (seed, doc.layout)


def test_cli_family_option(tmp_path):
    code = cli_main([str(tmp_path), "--type", "ghana_voter", "--count", "1", "--family", "all"])
    assert code == 0
    manifest = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    assert sorted(manifest) == ["alt_ghana_voter_scan_0000.jpg", "ghana_voter_scan_0000.jpg",
                                "real_ec_ghana_voter_scan_0000.jpg"]
    alt = manifest["alt_ghana_voter_scan_0000.jpg"]
    assert alt["family"] == "alt"
    assert alt["truth"] == generate("ghana_voter", 0, family="alt").truth
