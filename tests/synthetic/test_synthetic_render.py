"""Rendering: every type and style, determinism, boxes, save() and EXIF orientation."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image, ImageOps

from desktop_ocr.synthetic import (
    CAPTURE_STYLES,
    DOCUMENT_TYPES,
    FontMissingError,
    GeneratorError,
    generate,
    save,
)
from desktop_ocr.synthetic import fonts as fonts_module
from desktop_ocr.synthetic.__main__ import main as cli_main


@pytest.mark.parametrize("style", CAPTURE_STYLES)
@pytest.mark.parametrize("document_type", DOCUMENT_TYPES)
def test_every_type_and_style_renders_a_small_rgb_image(make_doc, document_type, style):
    doc = make_doc(document_type, 3, style)
    assert doc.document_type == document_type and doc.style == style and doc.seed == 3
    assert doc.image.mode == "RGB"
    long_side = max(doc.image.size)
    if document_type == "birth_certificate":
        assert (1400 if style in ("scan", "photo", "photo_rotated") else 1150) <= long_side
    else:
        assert (900 if style in ("scan", "photo", "photo_rotated") else 550) <= long_side
    assert long_side <= 1700
    # not a blank page: real ink on it (relative to the paper, lighting varies)
    grey = np.asarray(doc.image.convert("L")).astype(np.int16)
    paper_level = np.percentile(grey, 90)
    assert (grey < paper_level - 70).mean() > 0.005


def test_same_seed_gives_identical_pixels_and_truth():
    a = generate("ghana_voter", 11, "photo")
    b = generate("ghana_voter", 11, "photo")
    assert a.truth == b.truth
    assert a.exif_orientation == b.exif_orientation
    assert np.array_equal(np.asarray(a.image), np.asarray(b.image))


def test_other_seed_gives_another_document(make_doc):
    assert make_doc("ghana_card", 1, "scan").truth != make_doc("ghana_card", 2, "scan").truth


def test_capture_style_keeps_the_person(make_doc):
    """Scan and photo of one seed show the same document (per-document benchmark)."""
    for document_type in DOCUMENT_TYPES:
        assert (make_doc(document_type, 5, "scan").truth
                == make_doc(document_type, 5, "photo").truth)


def test_photo_differs_from_scan(make_doc):
    scan, photo = make_doc("ghana_card", 4, "scan"), make_doc("ghana_card", 4, "photo")
    assert scan.image.size != photo.image.size


def _centre_y(box) -> float:
    return (box[1] + box[3]) / 2


@pytest.mark.parametrize("seed", range(8))
def test_birth_certificate_values_sit_on_their_label_line(make_doc, seed):
    """The printer offset moves values, but each stays on the line of its own bilingual
    label (its vertical centre within the label block), to the right of it, and no other
    label lies between label and value — the promise layout-based extraction relies on."""
    doc = make_doc("birth_certificate", seed, "scan")
    labels = doc.label_boxes
    for key, value in doc.value_boxes.items():
        label = labels[key]
        assert label[1] <= _centre_y(value) <= label[3], key
        assert value[0] > label[2], key
        between = [k for k, b in labels.items()
                   if b != label and label[2] <= b[0] < value[0]
                   and b[1] <= _centre_y(value) <= b[3]]
        assert between == [], key


@pytest.mark.parametrize("document_type", ["ghana_card", "ghana_voter"])
def test_card_values_are_below_or_beside_their_label(make_doc, document_type):
    for seed in range(8):
        doc = make_doc(document_type, seed, "scan")
        width, height = doc.image.size
        for key, value in doc.value_boxes.items():
            assert 0 <= value[0] < value[2] <= width and 0 <= value[1] < value[3] <= height
            if key not in doc.label_boxes:
                continue  # the voter ID number is printed without a label
            label = doc.label_boxes[key]
            below = 0 <= value[1] - label[3] <= 20 and abs(value[0] - label[0]) <= 4
            beside = label[1] <= _centre_y(value) <= label[3] + 8 and 0 < value[0] - label[2] < 30
            assert below or beside, (seed, key)


def test_boxes_follow_the_photo_warp(make_doc):
    doc = make_doc("ghana_card", 2, "photo")
    width, height = doc.image.size
    assert set(doc.value_boxes) >= {"surname", "id_number", "birthday"}
    for box in doc.value_boxes.values():
        assert 0 <= box[0] < box[2] <= width and 0 <= box[1] < box[3] <= height
    # the surname box still holds dark ink after the warp
    x0, y0, x1, y1 = doc.value_boxes["surname"]
    crop = np.asarray(doc.image.convert("L").crop((x0, y0, x1, y1)))
    assert crop.min() < 110


@pytest.mark.parametrize("suffix", [".png", ".jpg"])
def test_save_writes_a_loadable_file(tmp_path, make_doc, suffix):
    doc = make_doc("ghana_voter", 0, "scan")
    path = save(doc, tmp_path / f"voter{suffix}")
    with Image.open(path) as img:
        assert img.format == ("PNG" if suffix == ".png" else "JPEG")
        assert img.size == doc.image.size
        img.load()


def test_save_refuses_an_unknown_suffix(tmp_path, make_doc):
    with pytest.raises(GeneratorError) as err:
        save(make_doc("ghana_voter", 0, "scan"), tmp_path / "voter.gif")
    assert err.value.code == "synthetic.invalid_argument"


def _rotated_seeds(make_doc, document_type: str, want_exif: bool, count: int) -> list[int]:
    found: list[int] = []
    for seed in range(60):
        doc = make_doc(document_type, seed, "photo_rotated")
        if (doc.exif_orientation is not None) == want_exif:
            found.append(seed)
            if len(found) == count:
                break
    return found


@pytest.mark.parametrize("suffix", [".jpg", ".png"])
def test_exif_orientation_round_trips(tmp_path, make_doc, suffix):
    """Stored pixels are sideways; a loader that honours EXIF gets the upright image back."""
    orientations = set()
    for seed in _rotated_seeds(make_doc, "ghana_card", True, 3):
        doc = make_doc("ghana_card", seed, "photo_rotated")
        orientations.add(doc.exif_orientation)
        path = save(doc, tmp_path / f"card{seed}{suffix}")
        with Image.open(path) as raw:
            assert raw.getexif().get(0x0112) == doc.exif_orientation
            if doc.exif_orientation in (6, 8):
                assert raw.size == doc.image.size[::-1]
            upright = ImageOps.exif_transpose(raw).convert("RGB")
        assert upright.size == doc.image.size
        diff = np.abs(np.asarray(upright, np.int16) - np.asarray(doc.image, np.int16))
        assert diff.mean() < 6  # JPEG noise only, not a wrong rotation
    assert orientations  # at least one EXIF-rotated sample was checked


def test_rotation_without_exif_is_in_the_pixels(tmp_path, make_doc):
    seed = _rotated_seeds(make_doc, "ghana_voter", False, 1)[0]
    doc = make_doc("ghana_voter", seed, "photo_rotated")
    path = save(doc, tmp_path / "voter.png")
    with Image.open(path) as img:
        assert 0x0112 not in img.getexif()
        assert img.size == doc.image.size
    upright_photo = make_doc("ghana_voter", seed, "photo").image
    # a card is landscape; turned by 90/270 it is portrait, by 180 it stays landscape
    assert doc.image.size in (upright_photo.size, upright_photo.size[::-1])


def test_unknown_type_or_style_is_a_clear_error():
    with pytest.raises(GeneratorError, match="passport"):
        generate("passport", 1)
    with pytest.raises(GeneratorError, match="xerox"):
        generate("ghana_card", 1, "xerox")
    with pytest.raises(GeneratorError, match="modern"):
        generate("ghana_card", 1, family="modern")


def test_missing_fonts_name_the_debian_package(monkeypatch):
    monkeypatch.setattr(fonts_module, "_FONT_DIRS", ())
    monkeypatch.setattr(fonts_module, "_fc_match", lambda family: None)
    fonts_module.font.cache_clear()
    try:
        with pytest.raises(FontMissingError) as err:
            fonts_module.available(fonts_module.CJK_ANY)
        assert "fonts-wqy-microhei" in err.value.message
        assert err.value.code == "synthetic.font_missing"
    finally:
        fonts_module.font.cache_clear()


def test_fonts_and_layouts_vary_across_seeds(make_doc):
    layouts = [make_doc("birth_certificate", seed, "scan").layout for seed in range(8)]
    value_fonts = {part for layout in layouts for part in layout.split("-")
                   if part.startswith("values_")}
    assert len(value_fonts) >= 2
    assert len(set(layouts)) >= 6
    voter_layouts = {make_doc("ghana_voter", seed, "scan").layout for seed in range(8)}
    assert len(voter_layouts) >= 3


def test_cli_writes_images_and_truth(tmp_path, capsys):
    code = cli_main([str(tmp_path), "--type", "ghana_card", "--count", "2", "--style", "scan"])
    assert code == 0
    manifest = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    assert sorted(manifest) == ["ghana_card_scan_0000.jpg", "ghana_card_scan_0001.jpg"]
    for name, entry in manifest.items():
        assert (tmp_path / name).is_file()
        assert entry["truth"] == generate("ghana_card", entry["seed"]).truth
    assert "wrote 2 documents" in capsys.readouterr().out


def test_longest_place_names_stay_inside_the_form(monkeypatch):
    """Autonomous counties have names of 15 characters; they must not run off the form."""
    from desktop_ocr.synthetic import birth_certificate, places_cn

    longest = max(places_cn.counties(),
                  key=lambda c: len(c.province) + len(c.city) + len(c.county))
    monkeypatch.setattr(places_cn, "pick_county", lambda rng: longest)
    for seed in range(3):
        doc = generate("birth_certificate", seed)
        assert doc.truth["birthCounty"] == longest.county
        for key in ("birthProvince", "birthCity", "birthCounty", "hospital", "fatherAddress"):
            assert doc.value_boxes[key][2] < birth_certificate.WIDTH - birth_certificate.MARGIN
