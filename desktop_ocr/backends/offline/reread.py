"""Reading again where a printed label says a value must be.

Why: the text detector misses a short value on a busy background — ``1.85M`` under
``Size / Taille`` on the ECOWAS card's guilloché, a date over a watermark — while it
finds the label above it.  The design says where that label's value stands (below,
or to the right), so the region is recognised directly as one line, without
detection.  What comes back must pass the same field checks as any other value
(shape, never a printed word), so a region holding only background or the next
label gives nothing.  Only fields with a strict shape are read this way (dates,
numbers, identifiers, sex): an empty region's background reads as a letter or two
(``XV`` under an empty ``Previous Names``), which a name check cannot tell from a
short name — so a name whose label stands over nothing stays empty.
"""

from __future__ import annotations

from desktop_ocr.backends.offline.layout import Found, Segment
from desktop_ocr.backends.offline.page import PageText
from desktop_ocr.backends.offline.reader import Tables, field_check, value_of
from desktop_ocr.documents.design import Design, ValueAt
from desktop_ocr.documents.fields import FieldKind

Values = dict[str, tuple[str, float, Found | None]]

# At most this many regions per page: re-reading is a repair, not a second pass.
MAX_REGIONS = 8
# A value read this way is less certain than one the detector found.
FACTOR = 0.85
# The recogniser must be this sure of what it read in the region.
MIN_SCORE = 0.8
_STRICT = frozenset({FieldKind.DATE, FieldKind.DATE_RAW, FieldKind.NUMBER, FieldKind.WEIGHT,
                     FieldKind.SEX})

Box = tuple[float, float, float, float]


def region(label: Segment, labels: list[Segment], at: ValueAt, reach: float = 12.0
           ) -> Box | None:
    """Where ``label``'s value stands: under it (to the next label on its row) or to
    its right (to the next label on its row, at most ``reach`` label heights), one
    value line tall."""
    h = label.h
    row_next = [s.x0 for s in labels if s is not label and abs(s.cy - label.cy) < 0.6 * h
                and s.x0 > label.x1 - 0.2 * h]
    if at is ValueAt.RIGHT:
        x0 = label.x1 + 0.1 * h
        x1 = min(row_next, default=label.x1 + reach * h) - 0.2 * h
        box = (x0, label.y0 - 0.25 * h, x1, label.y1 + 0.25 * h)
    else:
        below = [s.y0 for s in labels if s is not label and s.cy > label.cy + 0.6 * h
                 and s.x0 < label.x1 and s.x1 > label.x0]
        x1 = min(row_next, default=label.x0 + 14 * h) - 0.2 * h
        y1 = min([label.y1 + 1.35 * h, *below])
        box = (label.x0 - 0.3 * h, label.y1 - 0.05 * h, x1, y1)
    if box[2] - box[0] < 1.5 * h or box[3] - box[1] < 0.6 * h:
        return None
    return box


def reread_missing(page: PageText, segs: list[Segment], values: Values, t: Tables,
                   design: Design | None, printed: frozenset[str]) -> Values:
    """Values for printed fields that are still empty, read from the region their label
    points at; only those that pass the field's check."""
    labels = [s for s in segs if s.key is not None]
    keys = set(t.spec.keys)
    wanted: list[tuple[str, Box]] = []
    for lab in sorted(labels, key=lambda s: (s.cy, s.x0)):
        key = lab.key or ""
        if key not in keys or key not in printed or values.get(key, ("",))[0]:
            continue
        fs = t.spec.field(key)
        if fs.identifier is None and fs.kind not in _STRICT:
            continue
        if any(k == key for k, _ in wanted):
            continue
        at = (design.value_at(key) if design is not None else None) or t.value_at.get(key)
        box = region(lab, labels, at or ValueAt.RIGHT)
        if box is not None:
            wanted.append((key, box))
        if len(wanted) >= MAX_REGIONS:
            break
    out: Values = {}
    if not wanted:
        return out
    lines = page.read_boxes([b for _, b in wanted])
    if len(lines) != len(wanted):  # a page without its image (lines given, not read)
        return out
    for (key, _box), line in zip(wanted, lines, strict=True):
        fs = t.spec.field(key)
        if (not line.text or line.score < MIN_SCORE
                or not field_check(fs, design, t.never)(line.text)):
            continue
        value, factor = value_of(fs, line.text, design)
        if value:
            seg = Segment(line.text, line, 0.0, 1.0, line.box)
            out[key] = (value, line.score * factor * FACTOR, Found(line.text, line.score, [seg]))
    return out
