"""Generated image files for the intake tests: every format, and every kind of bad file."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont


def document_image(width: int = 400, height: int = 260) -> Image.Image:
    """A small card-like RGB image: dark text and a dark header bar on light paper."""
    image = Image.new("RGB", (width, height), (245, 242, 235))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, height // 6), fill=(20, 40, 90))
    font = ImageFont.load_default(size=max(10, height // 12))
    for row in range(3):
        draw.text((width // 20, height // 4 + row * height // 5), f"NAME {row} GHA-7212",
                  fill=(10, 10, 10), font=font)
    return image


def noisy_photo(width: int, height: int, *, noise: float = 10.0, seed: int = 0) -> Image.Image:
    """A phone-photo-like image that JPEG cannot squeeze: gradient, sensor noise, text.

    The noise is a 509×509 tile repeated — JPEG works on 8×8 blocks and cannot
    exploit a repeat that long — which keeps a 24 MP image fast to generate.
    """
    rng = np.random.default_rng(seed)
    tile = np.rint(rng.normal(0.0, noise, size=(509, 509, 3))).astype(np.int16)
    reps = (height // 509 + 1, width // 509 + 1, 1)
    pixels = np.tile(tile, reps)[:height, :width]  # int16: a third of float64's memory
    pixels += 150
    pixels += np.linspace(0, 60, width).astype(np.int16)[None, :, None]
    pixels += np.linspace(0, -40, height).astype(np.int16)[:, None, None]
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="RGB")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=max(12, height // 40))
    for row in range(10):
        draw.text((width // 8, height // 8 + row * height // 14),
                  f"SURNAME GIVEN NAMES GHA-72126{row:04d}-2", fill=(15, 15, 15), font=font)
    return image


def write_png_bomb(path: Path, width: int, height: int) -> Path:
    """A valid 1-bit PNG of width×height pixels, all zero: tiny on disk, huge decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    row = b"\x00" * (1 + (width + 7) // 8)
    compressor = zlib.compressobj(9)
    block = row * 1000
    idat = bytearray()
    for _ in range(height // 1000):
        idat += compressor.compress(block)
    idat += compressor.compress(row * (height % 1000))
    idat += compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", bytes(idat))
                     + chunk(b"IEND", b""))
    return path


def write_blank_pdf(path: Path, pages: int, size_pt: tuple[float, float] = (595, 842)) -> Path:
    """A PDF with ``pages`` empty A4 pages (pypdfium2 writes it)."""
    document = pdfium.PdfDocument.new()
    try:
        for _ in range(pages):
            document.new_page(*size_pt).close()
        document.save(path)
    finally:
        document.close()
    return path


@pytest.fixture
def doc() -> Image.Image:
    return document_image()


@pytest.fixture
def make_file(tmp_path: Path) -> Callable[..., Path]:
    """Save ``image`` as ``name`` (format from ``fmt`` or the suffix) under tmp_path."""

    def make(name: str, image: Image.Image | None = None, fmt: str | None = None,
             **options: object) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        picture = image if image is not None else document_image()
        if (fmt or "").upper() in ("HEIF", "HEIC") or path.suffix.lower() in (".heic", ".heif"):
            import pillow_heif

            pillow_heif.register_heif_opener()
            fmt = "HEIF"
        picture.save(path, fmt, **options)
        return path

    return make
