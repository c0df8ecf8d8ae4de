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
* a ``*_s`` date whose as-printed date was dropped goes with it.

Dropped fields stay empty, so the recogniser flags them ``not_found``.
"""

from __future__ import annotations

from desktop_ocr.backends.offline.layout import Found
from desktop_ocr.backends.offline.reader import Tables
from desktop_ocr.documents.fields import DocumentType, FieldKind

Values = dict[str, tuple[str, float, Found | None]]

# Below this OCR confidence a two-glyph word one glyph off a label is taken for the label.
SURE_READ = 0.9
_WORDS = (FieldKind.NAME, FieldKind.TEXT)


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
