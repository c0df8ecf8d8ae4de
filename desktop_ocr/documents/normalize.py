"""Turn recognised text into the forms the vendors return and the clerk expects.

Why: the offline engine, the two cloud clients and the clerk's own typing all
produce the same facts in many spellings (``2026年1月1日``, ``01.01.2026``,
``3200克``, ``MALE``...).  Every record goes through here once, so the form, the
validators and the exports see one spelling per fact.  The readers of each
spelling are in ``documents.values``; identifier spellings in
``documents.identifiers``; what each field is comes from its ``FieldSpec``.

The rule of this module: **never invent a value**.  A helper that cannot read
its input returns ``""`` (or ``None``); :func:`normalize_field` then keeps the
text as it was, so the clerk still sees it and the validator can flag it.
"""

from __future__ import annotations

import re
import unicodedata

from desktop_ocr.documents.fields import FieldKind
from desktop_ocr.documents.identifiers import CN_RESIDENT_ID, GHANA_PIN, Identifier
from desktop_ocr.documents.record import FieldValue, Record
from desktop_ocr.documents.schema import get_document_type
from desktop_ocr.documents.values import (
    clean_name,
    clean_text,
    date_s,
    normalize_date_iso,
    normalize_sex,
    number_text,
    parse_date,
    weight_kg,
)

__all__ = [
    "clean_name",
    "clean_text",
    "date_s",
    "normalize_date_iso",
    "normalize_field",
    "normalize_record",
    "normalize_sex",
    "parse_date",
    "weight_kg",
]

_DEFAULT_IDENTIFIERS = {FieldKind.CN_ID: CN_RESIDENT_ID, FieldKind.GHA_PIN: GHANA_PIN}
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff0d"})


def normalize_field(
    kind: FieldKind | str,
    value: str | None,
    *,
    sex_style: str | None = None,
    past: bool = False,
    day_first: bool = True,
    identifier: Identifier | None = None,
) -> str:
    """One field's value in its canonical spelling, or the cleaned text if unreadable.

    ``sex_style`` (``zh``/``letter``) forces the sex spelling; by default the
    script of the input is kept.  ``past`` says the date cannot be in the future,
    which decides two-digit years; ``day_first`` how a numeric date is ordered.
    ``identifier``: the field's identifier format (separators and case put right;
    a vendor's masked value is kept as sent).
    """
    kind = FieldKind(kind)
    text = "" if value is None else str(value)
    identifier = identifier or _DEFAULT_IDENTIFIERS.get(kind)
    if identifier is not None:
        return identifier.normalize(text)
    if kind is FieldKind.NAME:
        return clean_name(text)
    if kind is FieldKind.DATE:
        return normalize_date_iso(text, past=past, day_first=day_first) or clean_text(text)
    if kind is FieldKind.DATE_RAW:
        return clean_text(text)
    if kind is FieldKind.DATE_S:
        return date_s(text, past=past, day_first=day_first) or clean_text(text)
    if kind is FieldKind.WEIGHT:
        return weight_kg(text) or clean_text(text)
    if kind is FieldKind.SEX:
        style = sex_style or ("letter" if re.search(r"[A-Za-z]", text) else "zh")
        return normalize_sex(text, style) or clean_text(text)
    if kind is FieldKind.NUMBER:
        return number_text(text)
    if kind in (FieldKind.VOTER_ID, FieldKind.CODE):
        # Case is kept: a vendor's masked "439300xxxx" must come out as it went in.
        return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).translate(_DASHES)
    return clean_text(text)


def normalize_record(record: Record) -> None:
    """Normalise every known field of a record in place and fill empty ``*_s`` fields.

    Values a clerk typed (``edited``) are left exactly as typed; only an empty
    derived ``*_s`` field is filled from its raw field, never overwritten.  A
    ``*_s`` date is read in the order the record's design prints dates.
    """
    if not isinstance(record, Record) or not record.document_type:
        return
    spec = get_document_type(record.document_type)
    design = spec.design(record.design)
    day_first = design is None or design.day_first
    for fs in spec.fields:
        fv = record.fields.get(fs.key)
        if fv is None or fv.edited or not fv.value:
            continue
        # A *_s value is already dd-mm-yyyy: read it day first whatever the design.
        fv.value = normalize_field(fs.kind, fv.value, sex_style=spec.sex_spelling,
                                   past=fs.past, identifier=fs.identifier,
                                   day_first=day_first or fs.kind is FieldKind.DATE_S)
    for fs in spec.fields:
        if fs.kind is not FieldKind.DATE_S or not fs.derived_from:
            continue
        raw = record.fields.get(fs.derived_from)
        if raw is None or not raw.value:
            continue
        current = record.fields.get(fs.key)
        if current is not None and current.value:
            continue
        derived = date_s(raw.value, past=fs.past, day_first=day_first)
        if not derived:
            continue
        if current is None:
            record.fields[fs.key] = FieldValue(value=derived, confidence=raw.confidence)
        else:
            current.value = derived
            if current.confidence is None:
                current.confidence = raw.confidence


