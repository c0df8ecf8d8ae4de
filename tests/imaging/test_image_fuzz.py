"""Fuzz the loader: random bytes and damaged real files give an ImageError, nothing else."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from desktop_ocr.errors import ImageError
from desktop_ocr.imaging.load import load_pages

from .conftest import document_image


def _seed_files() -> dict[str, bytes]:
    """One small valid file per supported format, to mutate."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    image = document_image(96, 64)
    seeds: dict[str, bytes] = {}
    for fmt, options in (("JPEG", {"quality": 80}), ("PNG", {}), ("BMP", {}),
                         ("TIFF", {"compression": "tiff_lzw"}), ("WEBP", {}), ("HEIF", {}),
                         ("PDF", {"resolution": 72.0})):
        buffer = io.BytesIO()
        image.save(buffer, fmt, **options)
        seeds[fmt] = buffer.getvalue()
    return seeds


SEEDS = _seed_files()

_mutation = st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255))


def _check(path: Path) -> None:
    try:
        pages = load_pages(path, max_pages=5)
    except ImageError as error:
        assert error.code.startswith("image.")
        assert error.message and error.message_zh
        return
    assert pages
    for page in pages:
        assert isinstance(page.image, Image.Image) and page.image.mode == "RGB"
        assert min(page.image.size) >= 1


@pytest.fixture(scope="module")
def fuzz_file(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "fuzzed input.jpg"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(min_size=1, max_size=2048))
def test_random_bytes(fuzz_file, data):
    fuzz_file.write_bytes(data)
    _check(fuzz_file)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    fmt=st.sampled_from(sorted(SEEDS)),
    mutations=st.lists(_mutation, min_size=1, max_size=8),
    cut=st.one_of(st.none(), st.floats(min_value=0.0, max_value=1.0)),
    header_only=st.booleans(),
)
def test_mutated_valid_files(fuzz_file, fmt, mutations, cut, header_only):
    data = bytearray(SEEDS[fmt])
    # Header mutations hit the parsers (sizes, counts, offsets); body ones the decoders.
    span = min(len(data), 64) if header_only else len(data)
    for position, value in mutations:
        data[position % span] = value
    if cut is not None:
        data = data[: max(1, int(len(data) * cut))]
    fuzz_file.write_bytes(bytes(data))
    _check(fuzz_file)
