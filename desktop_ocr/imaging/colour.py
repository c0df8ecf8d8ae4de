"""Turn any decoded image mode into 8-bit RGB that looks like the document.

Why not just ``image.convert("RGB")``: Pillow's plain conversion clips 16-bit
greyscale (``I;16``) to white, and drops transparency to black — a transparent PNG
of an ID card with black text on a transparent background becomes black on black.
Scans and screenshots regularly come in these modes, so each gets the conversion
that keeps the text visible.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

_PLAIN = {"RGB"}
_HIGH_BIT = {"I", "I;16", "I;16L", "I;16B", "I;16N", "F"}


def to_rgb(image: Image.Image) -> tuple[Image.Image, str | None, bool]:
    """Return ``(rgb_image, note, appearance_changed)``.

    ``appearance_changed`` is True when a plain decoder of the original file would
    show something different from the result (flattened transparency, CMYK,
    rescaled 16-bit), i.e. when the original bytes should not be sent as they are.
    """
    mode = image.mode
    if mode in _PLAIN:
        return image, None, False
    if mode in ("L", "1"):
        return image.convert("RGB"), None, False
    if mode in _HIGH_BIT:
        return _high_bit_to_rgb(image), f"converted from {mode} (high bit depth) to 8-bit", True
    if mode == "P":
        if "transparency" in image.info:
            return _flatten(image.convert("RGBA")), "transparency flattened onto white", True
        return image.convert("RGB"), None, False
    if mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = image.convert("RGBA")
        alpha_min, _ = rgba.getchannel("A").getextrema()
        if alpha_min == 255:  # an alpha channel that is fully opaque changes nothing
            return rgba.convert("RGB"), None, False
        return _flatten(rgba), "transparency flattened onto white", True
    if mode == "CMYK":
        return image.convert("RGB"), "converted from CMYK", True
    # YCbCr, LAB, HSV, I;16 variants Pillow may add: its own conversion is right.
    return image.convert("RGB"), f"converted from {mode}", True


def _flatten(rgba: Image.Image) -> Image.Image:
    """Composite onto white: documents are dark text on light paper."""
    background = Image.new("RGB", rgba.size, (255, 255, 255))
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background


def _high_bit_to_rgb(image: Image.Image) -> Image.Image:
    """Scale 16/32-bit or float greyscale to 0–255 by its actual value range.

    16-bit scans use the full 0–65535 range; some TIFF writers store 12-bit data
    in 16-bit containers, and float images have arbitrary ranges — stretching the
    real range keeps the contrast of all of them.
    """
    array = np.asarray(image, dtype=np.float64)
    finite = array[np.isfinite(array)]
    low = float(finite.min()) if finite.size else 0.0
    high = float(finite.max()) if finite.size else 0.0
    if image.mode != "F" and low >= 0 and high <= 255:
        scaled = np.nan_to_num(array)
    elif image.mode != "F" and low >= 0 and high > 4095:
        scaled = np.nan_to_num(array) / 257.0  # full 16-bit range
    elif high > low:
        scaled = (np.nan_to_num(array, nan=low) - low) * (255.0 / (high - low))
    else:
        scaled = np.zeros_like(array)
    grey = Image.fromarray(np.clip(scaled, 0, 255).astype(np.uint8), mode="L")
    return grey.convert("RGB")
