"""The last word on every value the reader found: is it really the value?

Why: a clerk trusts a filled field far more than an empty one, so an invented value
(a label, a header, a tick-box word or a margin sentence returned as a value) is the
most expensive error the engine can make.  The reader already checks each candidate
against the field's shape and the printed words of every design; this pass looks at
the finished values once more, with what only the whole value shows:

* a name or text value that is a printed word of the type's designs, or OCR's
  misreading of one, is dropped (``性删`` where 性别 is printed: a two-glyph word one
  glyph off a label is dropped when the OCR itself was unsure of it — a real name
  one glyph from a label, ``国庆``, is read with high confidence); the same for Latin
  text near a printed word (``SIRNAML``, ``SURINAME`` read unsurely where SURNAME is
  printed);
* a number (weight, length, weeks, age) is digits within the field's plausible range
  ("outside it a misread is likelier than the truth"): ``一克`` on a blank form's
  weight line, a stray ``9`` for a length, are not values;
* a ``*_s`` date whose as-printed date was dropped goes with it.

:func:`sparse` then asks the whole reading: a form of many printed fields of which
only a few weak values were read (guessed or unsure; no identifier that checks, no
date) is a blank or unreadable form, not a record of those few — they were form text
misread.

Dropped fields stay empty, so the recogniser flags them ``not_found``.
"""

from __future__ import annotations

import re

from desktop_ocr.backends.offline.layout import Found
from desktop_ocr.backends.offline.reader import Tables
from desktop_ocr.documents.fields import DocumentType, FieldKind, FieldSpec
from desktop_ocr.documents.identifiers import REPAIRED, VALID

Values = dict[str, tuple[str, float, Found | None]]

# Below this OCR confidence a two-glyph word one glyph off a label is taken for the label.
SURE_READ = 0.95
_WORDS = (FieldKind.NAME, FieldKind.TEXT)
_NUMBERS = (FieldKind.NUMBER, FieldKind.WEIGHT)
_NUMBER = re.compile(r"\d+(\.\d+)?")
#: a reading with fewer of the printed fields than this share, all weak, is no record
SPARSE = 0.25
#: below this many printed fields a form is too small to judge by its share
SPARSE_MIN_PRINTED = 8
#: a value below this confidence (a guess by shape or order, an unsure reading) is weak
WEAK = 0.8


def keep_values(values: Values, spec: DocumentType, tables: Tables) -> Values:
    """``values`` without the ones that are printed words, not values."""
    keys = set(spec.keys)
    out: Values = {}
    for key, (value, conf, found) in values.items():
        if key not in keys or not value:
            continue
        fs = spec.field(key)
        if fs.kind in _WORDS and _printed_word(value, found, tables):
            continue
        if fs.kind in _NUMBERS and not _plausible_number(value, fs):
            continue
        out[key] = (value, conf, found)
    for fs in spec.fields:
        if fs.derived_from and fs.key in out and fs.derived_from not in out:
            del out[fs.key]
    return out


def _printed_word(value: str, found: Found | None, tables: Tables) -> bool:
    never = tables.never
    if value in never or (found is not None and found.text in never):
        return True
    score = found.score if found is not None else 0.0
    return score < SURE_READ and (never.near_label(value) or never.like_label(value))


def _plausible_number(value: str, fs: FieldSpec) -> bool:
    if not _NUMBER.fullmatch(value):
        return False
    return fs.plausible is None or fs.plausible.low <= float(value) <= fs.plausible.high


def sparse(values: Values, spec: DocumentType, printed: frozenset[str],
           preprinted: frozenset[str]) -> bool:
    """Only a few weak values of a form that prints many fields: a blank form (or one
    too degraded to read) whose printed words were misread as values.

    ``printed``: the keys the design prints; ``preprinted``: those on the blank stock
    (a certificate's serial), which say nothing about whether the form was filled.
    Strong values — one read surely beside its label (confidence ``WEAK`` or more), an
    identifier whose check digit holds, a date — are not misread form text, so one of
    them keeps the reading.
    """
    asked = [k for k in printed if k not in preprinted and not spec.field(k).derived_from]
    if len(asked) < SPARSE_MIN_PRINTED:
        return False
    found = [k for k in asked if k in values and values[k][0]]
    if len(found) >= SPARSE * len(asked):
        return False
    return not any(values[k][1] >= WEAK or _strong(spec.field(k), values[k][0]) for k in found)


def _strong(fs: FieldSpec, value: str) -> bool:
    if fs.identifier is not None and fs.identifier.check is not None:
        return fs.identifier.read(value).status in (VALID, REPAIRED)  # the check digit holds
    return fs.kind in (FieldKind.DATE, FieldKind.DATE_RAW)
