"""A card's machine-readable zone among the lines read on a page (issue 15).

Why here: the PP-OCR recogniser reads OCR-B lines like any other print, but the
detector may cut one zone line in two (a long run of fillers is faint) and the
recogniser miscounts filler runs; so the lines of a page are first joined into rows
(boxes on one baseline, left to right), and the rows handed to
``documents.mrz.find_td1``, which repairs them by position and judges the check
digits.  Which type a zone belongs to is the type's own description
(``DocumentType.back``).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from desktop_ocr.backends.offline.page import TextLine
from desktop_ocr.documents.fields import DocumentType
from desktop_ocr.documents.mrz import Td1, find_td1, looks_like_line
from desktop_ocr.documents.schema import DOCUMENT_TYPES

Box = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class ZoneFound:
    """A zone read on a page: the zone, its type, the page lines it was read from, the
    OCR's mean confidence over them and each zone line's box in the image's pixels."""

    zone: Td1
    spec: DocumentType
    lines: tuple[TextLine, ...]
    confidence: float
    boxes: tuple[Box, Box, Box]


def _rows(lines: list[TextLine]) -> list[list[TextLine]]:
    """Lines grouped into rows (centres within half a line height), top to bottom, each
    row left to right."""
    rows: list[list[TextLine]] = []
    for ln in sorted(lines, key=lambda x: (x.cy, x.x0)):
        if rows and abs(ln.cy - rows[-1][0].cy) < 0.5 * min(ln.h, rows[-1][0].h):
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return [sorted(r, key=lambda x: x.x0) for r in rows]


def _union(boxes: list[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def find_zone(lines: list[TextLine], document_type: str | None = None) -> ZoneFound | None:
    """The TD1 zone on a page whose lines are ``lines`` (upright frame), when one reads as
    the back side of ``document_type`` (None: of any type that has one); else None.

    Cheap on pages without one: only rows of 24–36 zone-like characters are tried.
    """
    backs = [s for s in DOCUMENT_TYPES.values() if s.back is not None
             and (document_type is None or s.name == document_type)]
    if not backs:
        return None
    rows = _rows([ln for ln in lines if ln.text.strip()])
    texts = ["".join("".join(ln.text.split()) for ln in row) for row in rows]
    if sum(looks_like_line(t) for t in texts) < 3:
        return None
    hit = find_td1(texts)
    if hit is None:
        return None
    (a, b, c), zone = hit
    spec = next((s for s in backs if s.back is not None and s.back.accepts(zone)), None)
    if spec is None:
        return None
    assert spec.back is not None
    zone = spec.back.settle(zone)
    used = [ln for i in (a, b, c) for ln in rows[i]]
    conf = statistics.fmean(ln.score for ln in used) if used else 0.0
    boxes = tuple(_union([ln.orig_box for ln in rows[i]]) for i in (a, b, c))
    return ZoneFound(zone, spec, tuple(used), conf, boxes)  # type: ignore[arg-type]
