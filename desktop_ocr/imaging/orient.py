"""Geometric orientation of page images: EXIF orientation and quarter turns.

Why here and nothing smarter: phones store photos sideways and say so in the EXIF
``Orientation`` tag; every later step (the form preview, the OCR, the cloud upload)
must see the picture upright, so intake applies it once.  Orientation from the
*text* (an upside-down scan without EXIF) is the OCR engine's business — the
offline backend detects it itself — so this module stays free of OCR.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import replace

from PIL import Image, ImageOps

from desktop_ocr.imaging.types import PageImage

log = logging.getLogger(__name__)

_EXIF_ORIENTATION = 0x0112
_ORIENTATION_WORDS = {
    2: "mirrored",
    3: "rotated 180°",
    4: "flipped vertically",
    5: "transposed",
    6: "rotated 90° clockwise",
    7: "transversed",
    8: "rotated 90° counter-clockwise",
}


def exif_orientation(image: Image.Image) -> int:
    """The EXIF orientation value (1–8), 1 when absent or unreadable."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = image.getexif().get(_EXIF_ORIENTATION, 1)
    except Exception:  # malformed EXIF must never stop intake
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def apply_exif_orientation(image: Image.Image) -> tuple[Image.Image, str | None]:
    """Return the image turned upright per its EXIF tag, and a note when it was turned.

    A broken EXIF block is ignored (the pixels are still good): the image is
    returned as stored and the note says so.
    """
    orientation = exif_orientation(image)
    if orientation == 1:
        return image, None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            upright = ImageOps.exif_transpose(image)
    except Exception as exc:  # Pillow raises assorted errors on malformed EXIF
        log.info("EXIF orientation %s could not be applied: %s", orientation, exc)
        return image, "EXIF orientation tag unreadable; image used as stored"
    if upright is None:  # pragma: no cover - only with in_place=True
        return image, None
    return upright, f"turned upright from EXIF orientation {orientation} " \
                    f"(stored {_ORIENTATION_WORDS.get(orientation, 'rotated')})"


def rotate_page(page: PageImage, quarter_turns: int) -> PageImage:
    """A copy of ``page`` rotated clockwise by ``quarter_turns`` × 90° (e.g. a GUI button).

    The original file no longer matches the pixels, so it is marked as not to be
    sent as-is (a cloud backend re-encodes the upright pixels instead).
    """
    turns = quarter_turns % 4
    if turns == 0:
        return page
    method = {1: Image.Transpose.ROTATE_270, 2: Image.Transpose.ROTATE_180,
              3: Image.Transpose.ROTATE_90}[turns]
    return replace(
        page,
        image=page.image.transpose(method),
        original_sendable=False,
        notes=[*page.notes, f"rotated {turns * 90}° clockwise by the user"],
    )
