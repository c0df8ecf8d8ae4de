"""Auto-fit to each backend's limits: what the vendor receives, and what the record says."""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image

from desktop_ocr.backends.accuauth import LIMITS as ACCUAUTH_LIMITS
from desktop_ocr.backends.cloudwalk import LIMITS as CLOUDWALK_LIMITS
from desktop_ocr.imaging.fit import (
    LEGIBLE_LONG_SIDE,
    ImageLimits,
    fit_to_limits,
)
from desktop_ocr.imaging.load import load_pages
from desktop_ocr.imaging.orient import rotate_page
from desktop_ocr.imaging.types import PageImage

from .conftest import document_image, noisy_photo


def _decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _assert_acceptable(encoded, limits: ImageLimits) -> Image.Image:
    assert len(encoded.data) <= limits.max_bytes
    if limits.max_base64_chars is not None:
        assert len(base64.b64encode(encoded.data)) <= limits.max_base64_chars
    assert encoded.mime in limits.allowed_mimes
    image = _decoded(encoded.data)
    assert image.size == (encoded.width, encoded.height)
    assert min(image.size) >= limits.min_side
    if limits.max_side is not None:
        assert max(image.size) <= limits.max_side
    return image


@pytest.fixture(scope="module")
def phone_photo_24mp(tmp_path_factory) -> PageImage:
    """A 6000×4000 noisy phone-like photo saved as JPEG 95 (≈ 12 MB on disk)."""
    path = tmp_path_factory.mktemp("photos") / "IMG_0001.jpg"
    noisy_photo(6000, 4000, noise=14.0).save(path, quality=95)
    assert path.stat().st_size > 10_000_000
    (page,) = load_pages(path)
    return page


def test_original_is_sent_untouched_when_it_fits(make_file):
    path = make_file("card.jpg", document_image(1600, 1000), quality=90)
    (page,) = load_pages(path)
    for limits in (CLOUDWALK_LIMITS, ACCUAUTH_LIMITS):
        encoded = fit_to_limits(page, limits)
        assert encoded.data == path.read_bytes()
        assert encoded.changed is False and encoded.note is None
        assert (encoded.width, encoded.height) == (1600, 1000)


def test_png_original_is_sent_as_png(make_file):
    path = make_file("scan.png", document_image(900, 600))
    (page,) = load_pages(path)
    encoded = fit_to_limits(page, ACCUAUTH_LIMITS)
    assert encoded.mime == "image/png" and encoded.data == path.read_bytes()


@pytest.mark.parametrize("limits", [CLOUDWALK_LIMITS, ACCUAUTH_LIMITS], ids=lambda lim: lim.name)
def test_24mp_phone_photo_fits_each_backend(phone_photo_24mp, limits):
    assert len(phone_photo_24mp.original_bytes) > limits.max_bytes
    encoded = fit_to_limits(phone_photo_24mp, limits)
    image = _assert_acceptable(encoded, limits)
    assert encoded.changed is True and encoded.mime == "image/jpeg"
    assert max(image.size) >= LEGIBLE_LONG_SIDE
    assert len(encoded.data) > 0.5 * limits.byte_budget  # did not throw quality away
    assert limits.name in encoded.note and "JPEG q" in encoded.note


def test_very_noisy_photo_is_downscaled_and_says_so():
    page = PageImage(image=noisy_photo(4000, 3000, noise=45.0, seed=3), source="noisy.png")
    encoded = fit_to_limits(page, CLOUDWALK_LIMITS)
    image = _assert_acceptable(encoded, CLOUDWALK_LIMITS)
    assert image.width < 4000 and max(image.size) >= LEGIBLE_LONG_SIDE
    assert encoded.note.startswith(f"Downscaled from 4000×3000 to {image.width}×{image.height}")
    assert "JPEG q85" in encoded.note and "CloudWalk" in encoded.note
    assert abs(image.width / image.height - 4 / 3) < 0.01  # not distorted


def test_7000_px_wide_image_fits_accuauth_side_limit(make_file):
    path = make_file("wide.jpg", document_image(7000, 2000), quality=85)
    (page,) = load_pages(path)
    assert len(page.original_bytes) < ACCUAUTH_LIMITS.max_bytes  # bytes fine, sides not
    encoded = fit_to_limits(page, ACCUAUTH_LIMITS)
    image = _assert_acceptable(encoded, ACCUAUTH_LIMITS)
    assert image.size == (6000, 1714)
    assert "from 7000×2000 to 6000×1714" in encoded.note
    # CloudWalk has no side limit: the same file goes as it is.
    assert fit_to_limits(page, CLOUDWALK_LIMITS).data == path.read_bytes()


def test_100_px_image_is_upscaled_for_accuauth(make_file):
    path = make_file("thumb.png", document_image(100, 64))
    (page,) = load_pages(path)
    encoded = fit_to_limits(page, ACCUAUTH_LIMITS)
    image = _assert_acceptable(encoded, ACCUAUTH_LIMITS)
    assert min(image.size) >= 128 and image.size == (200, 128)
    assert "upscaled from 100×64 to 200×128" in encoded.note.lower()


def test_extreme_strip_is_padded_not_distorted():
    page = PageImage(image=document_image(5990, 60), source="strip.png")
    encoded = fit_to_limits(page, ACCUAUTH_LIMITS)
    image = _assert_acceptable(encoded, ACCUAUTH_LIMITS)
    assert image.size == (6000, 128)
    assert "padded with white" in encoded.note
    assert image.convert("RGB").getpixel((3000, 2)) == (255, 255, 255)


def test_formats_the_vendors_do_not_take_are_converted(make_file):
    for name in ("card.webp", "card.heic", "card.bmp", "card.tif"):
        (page,) = load_pages(make_file(name, document_image(800, 500)))
        encoded = fit_to_limits(page, ACCUAUTH_LIMITS)
        _assert_acceptable(encoded, ACCUAUTH_LIMITS)
        assert encoded.changed and "converted from" in encoded.note.lower()
        assert encoded.mime == "image/jpeg"


def test_rotated_original_is_not_sent_sideways(make_file):
    upright = document_image(600, 400)
    exif = Image.Exif()
    exif[0x0112] = 6
    path = make_file("side.jpg", upright.transpose(Image.Transpose.ROTATE_90),
                     exif=exif.tobytes())
    (page,) = load_pages(path)
    encoded = fit_to_limits(page, CLOUDWALK_LIMITS)
    assert encoded.data != path.read_bytes()
    assert (encoded.width, encoded.height) == (600, 400)
    # and a page the clerk turned in the window is sent as turned
    turned = fit_to_limits(rotate_page(page, 1), CLOUDWALK_LIMITS)
    assert (turned.width, turned.height) == (400, 600)


def test_pdf_page_is_encoded_as_jpeg_within_limits(make_file):
    path = make_file("doc.pdf", document_image(800, 500), "PDF", resolution=100.0)
    (page,) = load_pages(path)
    encoded = fit_to_limits(page, CLOUDWALK_LIMITS)
    _assert_acceptable(encoded, CLOUDWALK_LIMITS)
    assert encoded.note.startswith("Encoded as JPEG q92")


def test_png_only_backend_gets_a_png():
    limits = ImageLimits(name="PngOnly", max_bytes=150_000, allowed_mimes=frozenset({"image/png"}))
    page = PageImage(image=noisy_photo(1200, 800, noise=20.0), source="x.png")
    encoded = fit_to_limits(page, limits)
    image = _assert_acceptable(encoded, limits)
    assert image.format == "PNG" and image.width < 1200


def test_cloudwalk_budget_honours_base64_length():
    assert CLOUDWALK_LIMITS.max_bytes < 3_000_000
    assert len(base64.b64encode(b"x" * CLOUDWALK_LIMITS.byte_budget)) <= 3_000_000
    assert ACCUAUTH_LIMITS.byte_budget == 5_000_000
