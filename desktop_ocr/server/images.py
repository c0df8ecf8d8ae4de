"""Uploaded bytes → a page to recognise (what each vendor route accepts).

Why apart from the routes: decoding is the part of a request that touches
untrusted bytes; it must refuse anything but the documented formats with a
``ValueError`` the route turns into its own code, and never raise anything else.
"""

from __future__ import annotations

import base64
import binascii
import io

from PIL import Image, ImageOps, UnidentifiedImageError

from desktop_ocr.imaging.types import PageImage


def strip_data_url(text: str) -> str:
    """Accept ``data:image/jpeg;base64,...`` as browsers send it."""
    text = text.strip()
    if text.startswith("data:") and "," in text:
        return text.split(",", 1)[1]
    return text


def b64decode(text: str) -> bytes:
    """Strict base64 (ValueError on anything else), data URLs accepted."""
    try:
        return base64.b64decode(strip_data_url(text), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"not base64: {exc}") from exc


def page_from_bytes(raw: bytes, *, allow_pdf: bool) -> PageImage:
    """Decode an uploaded image (JPEG/PNG; page 1 of a PDF when allowed).

    Raises ValueError for any other format or unreadable data.
    """
    if raw[:5] == b"%PDF-":
        if not allow_pdf:
            raise ValueError("PDF not accepted")
        import pypdfium2

        try:
            pdf = pypdfium2.PdfDocument(raw)
            try:
                image = pdf[0].render(scale=200 / 72).to_pil().convert("RGB")
            finally:
                pdf.close()
        except Exception as exc:  # pypdfium2 raises its own PdfiumError
            raise ValueError(f"unreadable PDF: {exc}") from exc
        return PageImage(image=image, source="<upload>", page=1)
    try:
        with Image.open(io.BytesIO(raw)) as probe:
            fmt = probe.format
            if fmt not in ("JPEG", "PNG"):
                raise ValueError(f"format {fmt} not accepted")
            probe.load()
            image = ImageOps.exif_transpose(probe).convert("RGB")
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError,
            Image.DecompressionBombWarning) as exc:
        raise ValueError(f"not an image: {exc}") from exc
    return PageImage(image=image, source="<upload>", original_bytes=raw, original_format=fmt)
