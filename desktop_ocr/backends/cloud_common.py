"""Pieces both cloud clients share: image fitting, record building, vendor errors.

Why: the two vendor modules should read like their API documents; everything
that is not vendor-specific (re-encoding under a size limit, turning a vendor's
flat dict into a :class:`Record`, timing) lives here once.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.documents.schema import FieldKind, get_document_type
from desktop_ocr.documents.values import date_s
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


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_KG = re.compile(r"^\d{1,2}(\.\d+)?$")


def _vendor_form(kind: FieldKind, value: str, sex_style: str) -> str:
    """``value`` unchanged when already in the vendor's spelling, else normalised.

    Only the kinds whose vendor spelling is fixed by the API documents are
    touched (ISO birth date, kilograms, 男/女 or M/F); a value the normaliser
    cannot read is kept as given so the clerk sees what the vendor sent.
    """
    from desktop_ocr.documents import normalize

    if not value:
        return value
    if kind is FieldKind.DATE and not _ISO_DATE.match(value):
        return normalize.normalize_date_iso(value) or value
    if kind is FieldKind.WEIGHT and not _KG.match(value):
        return normalize.weight_kg(value) or value
    if kind is FieldKind.SEX and value not in ("男", "女", "M", "F"):
        return normalize.normalize_sex(value, sex_style) or value
    return value


def build_record(
    page: PageImage,
    document_type: str,
    backend: str,
    values: Mapping[str, Any],
) -> Record:
    """A recognised record with every key of the type, vendor values kept as given.

    An empty ``*_s`` date is derived from its raw date (the vendor sends both,
    but the voter card example shows them blank together or not at all).
    """
    spec = get_document_type(document_type)
    sex_style = spec.sex_spelling
    record = Record.empty(page.source, document_type, backend)
    record.page = page.page
    for fs in spec.fields:
        record.fields[fs.key].value = _vendor_form(fs.kind, as_text(values.get(fs.key)),
                                                   sex_style)
    for fs in spec.fields:
        if fs.kind is FieldKind.DATE_S and fs.derived_from and not record.value(fs.key):
            raw = record.value(fs.derived_from)
            if raw:
                record.fields[fs.key].value = date_s(raw, past=fs.past)
    record.status = RecordStatus.RECOGNIZED
    record.notes.extend(page.notes)
    return record
