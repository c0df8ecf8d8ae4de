"""The loader: every format a clerk drops in becomes upright RGB pages."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from desktop_ocr.imaging.load import SUPPORTED_SUFFIXES, is_supported, load_pages

from .conftest import document_image, write_blank_pdf

SINGLE_IMAGE_FORMATS = [
    ("card.jpg", "JPEG"),
    ("card.png", "PNG"),
    ("card.bmp", "BMP"),
    ("card.tif", "TIFF"),
    ("card.webp", "WEBP"),
    ("card.heic", "HEIF"),
    ("card.avif", "AVIF"),
]


def _dark_fraction(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    grey = np.asarray(image.convert("L").crop(box))
    return float((grey < 100).mean())


@pytest.mark.parametrize(("name", "fmt"), SINGLE_IMAGE_FORMATS)
def test_single_image_formats_load_as_one_rgb_page_with_original(make_file, doc, name, fmt):
    path = make_file(name, doc)
    pages = load_pages(path)
    assert len(pages) == 1
    page = pages[0]
    assert page.image.mode == "RGB"
    assert page.size == doc.size
    assert page.page is None
    assert page.original_format == fmt
    assert page.original_bytes == path.read_bytes()
    assert page.source == str(path)
    # The header bar is still dark and the paper still light: pixels, not garbage.
    assert _dark_fraction(page.image, (0, 0, doc.width, doc.height // 8)) > 0.9
    assert _dark_fraction(page.image, (0, doc.height - 10, doc.width, doc.height)) < 0.05


def test_multi_page_tiff_gives_one_page_each(make_file, doc):
    second = doc.rotate(180)
    path = make_file("scan.tiff", doc, save_all=True, append_images=[second, doc],
                     compression="tiff_lzw")
    pages = load_pages(path)
    assert [p.page for p in pages] == [1, 2, 3]
    assert all(p.original_bytes is None for p in pages)  # no single original to send
    # page 2 is upside down: its dark header bar is at the bottom
    assert _dark_fraction(pages[1].image, (0, doc.height - doc.height // 8, doc.width,
                                            doc.height)) > 0.9


def test_pdf_pages_are_rendered_at_about_200_dpi(make_file, doc):
    path = make_file("two.pdf", doc, "PDF", save_all=True, resolution=100.0,
                     append_images=[doc.transpose(Image.Transpose.ROTATE_90)])
    pages = load_pages(path)
    assert [p.page for p in pages] == [1, 2]
    # 400 px at 100 dpi = 4 inches → 800 px at 200 dpi
    assert pages[0].size == (800, 520)
    assert pages[1].size == (520, 800)
    assert all(p.image.mode == "RGB" and p.original_bytes is None for p in pages)
    assert _dark_fraction(pages[0].image, (0, 0, 800, 60)) > 0.9
    assert "200 dpi" in pages[0].notes[0]


def test_pdf_poster_page_is_capped_in_size(tmp_path):
    path = write_blank_pdf(tmp_path / "poster.pdf", 1, size_pt=(72 * 40, 72 * 30))  # 40"×30"
    (page,) = load_pages(path)
    assert max(page.size) <= 3500
    assert page.size == (3500, 2625)


def test_exif_rotated_jpeg_comes_out_upright(make_file):
    upright = Image.new("RGB", (200, 300), "white")
    upright.paste((0, 0, 0), (0, 0, 200, 60))  # dark band on top
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # as a sideways phone stores it
    exif = Image.Exif()
    exif[0x0112] = 6
    path = make_file("sideways.jpg", stored, exif=exif.tobytes(), quality=95)
    (page,) = load_pages(path)
    assert page.size == (200, 300)
    assert _dark_fraction(page.image, (0, 0, 200, 50)) > 0.95
    assert _dark_fraction(page.image, (0, 250, 200, 300)) < 0.05
    assert any("EXIF orientation 6" in note for note in page.notes)
    assert page.original_sendable is False  # the upload must be the upright pixels


@pytest.mark.parametrize("orientation", [3, 8])
def test_other_exif_orientations(make_file, orientation):
    upright = Image.new("RGB", (240, 160), "white")
    upright.paste((0, 0, 0), (0, 0, 240, 40))
    inverse = {3: Image.Transpose.ROTATE_180, 8: Image.Transpose.ROTATE_270}[orientation]
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = make_file("turned.jpg", upright.transpose(inverse), exif=exif.tobytes(), quality=95)
    (page,) = load_pages(path)
    assert page.size == (240, 160)
    assert _dark_fraction(page.image, (0, 0, 240, 30)) > 0.95


def test_content_decides_the_format_not_the_suffix(make_file, doc):
    path = make_file("really-a-png.jpg", doc, "PNG")
    (page,) = load_pages(path)
    assert page.original_format == "PNG"


def test_transparent_png_is_flattened_onto_white(make_file):
    rgba = Image.new("RGBA", (200, 100), (0, 0, 0, 0))  # fully transparent black
    rgba.paste((0, 0, 0, 255), (10, 10, 190, 30))  # opaque black text bar
    (page,) = load_pages(make_file("clear.png", rgba))
    assert page.image.getpixel((100, 80)) == (255, 255, 255)
    assert page.image.getpixel((100, 20)) == (0, 0, 0)
    assert page.original_sendable is False


def test_palette_cmyk_and_greyscale_become_rgb(make_file, doc):
    for name, image in (("pal.png", doc.convert("P")), ("grey.png", doc.convert("L")),
                        ("bw.bmp", doc.convert("1", dither=Image.Dither.NONE)), ("cmyk.jpg", doc.convert("CMYK"))):
        (page,) = load_pages(make_file(name, image))
        assert page.image.mode == "RGB"
        assert _dark_fraction(page.image, (0, 0, doc.width, doc.height // 8)) > 0.9, name


def test_16_bit_greyscale_png_keeps_its_contrast(make_file):
    ramp = np.tile(np.linspace(0, 65535, 256, dtype=np.uint16), (64, 1))
    path = make_file("deep.png", Image.fromarray(ramp))
    assert Image.open(path).mode.startswith("I")
    (page,) = load_pages(path)
    grey = np.asarray(page.image.convert("L"))
    assert grey[:, 0].max() < 10 and grey[:, -1].min() > 245  # not clipped to white


def test_big_jpeg_is_decoded_at_reduced_size(make_file, monkeypatch):
    import desktop_ocr.imaging.load as load_module

    monkeypatch.setattr(load_module, "WORKING_PIXELS", 200_000)
    path = make_file("big.jpg", document_image(800, 520), quality=90)
    (page,) = load_pages(path)
    assert page.size == (400, 260)
    assert any("reduced size" in note for note in page.notes)
    assert page.original_bytes == path.read_bytes()  # the full original is kept


def test_chinese_path_with_spaces(tmp_path, doc):
    folder = tmp_path / "出生 医学 证明" / "扫描 件"
    folder.mkdir(parents=True)
    doc.save(folder / "张 三 2026.jpg")
    doc.save(folder / "李 四.pdf")
    (jpg,) = load_pages(folder / "张 三 2026.jpg")
    (pdf,) = load_pages(str(folder / "李 四.pdf"))
    assert jpg.size == doc.size and jpg.source.endswith("张 三 2026.jpg")
    assert pdf.image.mode == "RGB" and pdf.page == 1


def test_load_a_single_page_of_a_long_pdf(tmp_path):
    path = write_blank_pdf(tmp_path / "long.pdf", 120)
    (page,) = load_pages(path, page=7)
    assert page.page == 7


def test_suffixes_offered_for_folders():
    for suffix in (".jpg", ".JPEG", ".png", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".pdf"):
        assert is_supported(Path("x" + suffix))
    assert not is_supported("notes.txt") and not is_supported("archive.zip")
    assert ".heif" in SUPPORTED_SUFFIXES


def test_a_thumbnail_asks_for_a_small_decode_and_gets_the_page_upright(make_file):
    """The window's thumbnails decode a big JPEG at 1/8 of its size (cheap), still
    turned as its EXIF says."""
    image = document_image(1600, 1040)
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: turn 90° clockwise to show
    path = make_file("side.jpg", image, quality=90, exif=exif)
    (full,) = load_pages(path)
    (small,) = load_pages(path, page=1, working_pixels=256 * 256)
    assert full.size == (1040, 1600)
    assert small.size == (130, 200)  # 1/8, upright like the full page
