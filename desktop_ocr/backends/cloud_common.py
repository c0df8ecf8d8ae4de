"""Pieces both cloud clients share: image fitting, record building, vendor errors.

Why: the two vendor modules should read like their API documents; everything
that is not vendor-specific (re-encoding under a size limit, turning a vendor's
flat dict into a :class:`Record`, timing) lives here once.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.errors import BackendError
from desktop_ocr.imaging.types import EncodedImage, PageImage


class VendorError(BackendError):
    """The vendor answered, and the answer is an error (or unusable)."""

    default_code = "vendor.error"


def fit_image(page: PageImage, limits: Any) -> EncodedImage:
    """The page's bytes within the vendor's limits (original when it already fits)."""
    from desktop_ocr.imaging.fit import fit_to_limits  # imported late: keeps CLI start fast

    return fit_to_limits(page, limits)


@contextmanager
def timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    """Add the milliseconds spent in the block to ``timings[stage]``."""
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + (time.perf_counter() - start) * 1000.0


def as_text(value: Any) -> str:
    """A vendor value as the string we store (numbers kept as written, null → "")."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def build_record(
    page: PageImage,
    document_type: str,
    backend: str,
    values: Mapping[str, Any],
) -> Record:
    """A recognised record with every key of the type, vendor values kept as given.

    ``normalize_record`` only rewrites values that are not yet in the canonical
    (vendor) spelling, and fills an empty ``*_s`` date from its raw date.
    """
    from desktop_ocr.documents.normalize import normalize_record

    record = Record.empty(page.source, document_type, backend)
    record.page = page.page
    for key, fv in record.fields.items():
        fv.value = as_text(values.get(key))
    normalize_record(record)
    record.status = RecordStatus.RECOGNIZED
    record.notes.extend(page.notes)
    return record
