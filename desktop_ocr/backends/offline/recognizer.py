"""The offline backend: the ``Recognizer`` the app uses by default.

Why a thin class: all state (the ONNX sessions) lives in the process-wide engine
of :mod:`engine`, so creating a recognizer is free, every recognizer in the
process (CLI, GUI worker, local server, tests) shares one model, and nothing is
loaded until the first document — choosing a cloud backend never pays for it.

One page goes: OCR lines → simplified script → document type → segments by the
type's labels → the design it was printed in → fields (the layout reader, plus a
type's own steps) → the precision pass → a record.  A card's back side is told by its
machine-readable zone (``zone``): it gives a record of what the zone holds, or — when the
front was scanned on the same page — the front's record with the zone beside it.  A page with no text, or none
of the type's fields, is not a record but a failure (``recognition.no_text``,
``recognition.nothing_found``); a field the design prints but that was not found
stays empty and is flagged ``not_found`` for the clerk.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable

from desktop_ocr.backends.base import CancelToken
from desktop_ocr.backends.offline import (
    doctype,
    engine,
    precision,
    reader,
    reread,
    ticks,
    transmission,
    zone,
)
from desktop_ocr.backends.offline.fields_birth import extract as extract_birth
from desktop_ocr.backends.offline.fields_ghana import extract_card, extract_voter
from desktop_ocr.backends.offline.layout import Found, Segment, segment_lines, split_parts
from desktop_ocr.backends.offline.page import PageText, read_page
from desktop_ocr.backends.offline.script import to_simplified
from desktop_ocr.config import BackendSettings
from desktop_ocr.documents.back import attach, record_from_zone, zone_info
from desktop_ocr.documents.design import Design, ValueAt, part_titles
from desktop_ocr.documents.record import FieldValue, FieldWarning, Record, RecordStatus
from desktop_ocr.documents.schema import AUTO, DOCUMENT_TYPES
from desktop_ocr.errors import BackendError, BackendUnavailable, NothingRead
from desktop_ocr.imaging.types import PageImage

log = logging.getLogger(__name__)

NAME = "offline"

Values = dict[str, tuple[str, float, Found | None]]
Extractor = Callable[[list[Segment], Design | None, PageText | None], Values]

# Types whose layout has parts no label places alone add their own steps; any other
# type is read by the layout reader from its description alone.
_EXTRACTORS: dict[str, Extractor] = {
    "birth_certificate": extract_birth,
    "ghana_card": extract_card,
    "ghana_voter": extract_voter,
}


class OfflineRecognizer:
    """RapidOCR on the CPU plus layout rules per document type; no network at all."""

    name = NAME

    def __init__(self, settings: BackendSettings | None = None,
                 options: engine.EngineOptions | None = None) -> None:
        self.settings = settings or BackendSettings()
        self.options = options

    def availability(self) -> tuple[bool, str]:
        try:
            engine.model_paths(self.options.model_dir if self.options else None)
        except BackendUnavailable as exc:
            return False, exc.message
        return True, ""

    def recognize(self, page: PageImage, document_type: str = AUTO,
                  cancel: CancelToken | None = None) -> Record:
        if document_type != AUTO and document_type not in DOCUMENT_TYPES:
            raise BackendError(
                f"Unknown document type {document_type!r}.",
                message_zh=f"未知的证件类型 {document_type!r}。",
                code="offline.bad_type",
            )

        def checkpoint() -> None:
            if cancel is not None:
                cancel.raise_if_cancelled()

        checkpoint()
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        eng = engine.get_engine(self.options)
        timings["load"] = (time.perf_counter() - t0) * 1000
        checkpoint()
        steps: dict[str, float] = {}
        t1 = time.perf_counter()
        try:
            text = read_page(page.image, eng, checkpoint, steps)
        except MemoryError as exc:
            raise BackendError("The image is too large to recognise on this computer.",
                               message_zh="图片过大，本机无法识别。",
                               code="offline.out_of_memory") from exc
        timings["ocr"] = (time.perf_counter() - t1) * 1000
        checkpoint()

        t2 = time.perf_counter()
        record = interpret(text, document_type, page.source)
        record.page = page.page
        timings["extract"] = (time.perf_counter() - t2) * 1000
        record.timings = timings
        if text.rotation:
            record.notes.append(f"page turned {text.rotation}° to read it")
            record.rotation = text.rotation  # the window shows the page the same way up
        record.status = RecordStatus.RECOGNIZED
        log.debug("offline: %s (design %s), %d lines, rotation %d, skew %.1f, steps %s",
                  record.document_type, record.design, len(text.lines), text.rotation, text.skew,
                  {k: round(v) for k, v in steps.items()})
        return record

    def close(self) -> None:
        """The shared engine stays loaded for other recognizers in the process."""


def interpret(text: PageText, document_type: str = AUTO, source: str = "") -> Record:
    """A record from the lines read on a page (everything after OCR).

    Raises ``NothingRead`` for a page with no text or none of the type's fields, and
    ``BackendError`` (``offline.unknown_document``) when asked to tell the type and
    no type's words are on the page.
    """
    for line in text.lines:
        line.text = to_simplified(line.text)
    upright_height = text.size[1] if text.rotation % 180 == 0 else text.size[0]
    text.lines = transmission.without_header(text.lines, upright_height)
    if not any(ln.text.strip() for ln in text.lines):
        raise NothingRead.no_text(None if document_type == AUTO else document_type)
    found = zone.find_zone(text.lines, None if document_type == AUTO else document_type)
    if found is not None:
        return _back_side(text, found, source)
    doc = doctype.detect(text.lines) if document_type == AUTO else document_type
    spec = DOCUMENT_TYPES[doc]
    tables = reader.tables(doc)
    segs = segment_lines(text.lines, tables.labels, tables.splitters)
    design = reader.detect_design(segs, spec, [ln.text for ln in text.lines])
    extract = _EXTRACTORS.get(doc, generic_extract(doc))
    parts = split_parts(segs, part_titles(spec.designs))
    readings = []
    for part in parts:  # a whole sheet: each copy read alone, then they vote
        reading = extract(part, design, text)
        ticks.apply(reading, part, tables.options, text)
        readings.append(reading)
    values = vote(readings) if len(readings) > 1 else readings[0]
    segs = parts[0]
    reader.order_fill(segs, values, tables, design)
    values.update(reread.reread_missing(text, segs, values, tables, design,
                                        reader.printed_keys(spec, design)))
    values = precision.keep_values(values, spec, tables)
    found = [k for k, v in values.items() if v[0] and not spec.field(k).derived_from]
    preprinted = design.preprinted if design is not None else frozenset().union(
        *(d.preprinted for d in spec.designs))
    if not found or set(found) <= preprinted \
            or precision.sparse(values, spec, reader.printed_keys(spec, design), preprinted):
        # a blank form (its serial is pre-printed), or a few misread words of one
        raise NothingRead.nothing_found(doc, spec.label_en, spec.label_zh)

    record = Record.empty(source, doc, backend=NAME)
    record.design = design.name if design is not None else None
    for key in record.fields:
        if key in values and values[key][0]:
            value, conf, where = values[key]
            record.fields[key] = FieldValue(
                value=value, confidence=max(0.0, min(1.0, conf)),
                box=where.orig_box() if where is not None else None)
        else:
            record.fields[key] = FieldValue(value="", confidence=0.0)
    record.warnings.extend(not_found_warnings(record, design, segs, values))
    return record


# Labels of the type's front a page must show besides a zone to be read as both sides
# (a card scanned front and back on one sheet); a back's own header words are fewer.
FRONT_LABELS = 3


def _back_side(text: PageText, found: zone.ZoneFound, source: str) -> Record:
    """The record of a page holding a card's machine-readable zone: the front's record
    with the zone attached when the page shows the front too, else a back-side record
    of what the zone holds (flagged ``mrz.front_missing``)."""
    spec = found.spec
    assert spec.back is not None
    used = {id(ln) for ln in found.lines}
    rest = [ln for ln in text.lines if id(ln) not in used]
    t = reader.tables(spec.name)
    keys = {s.key for s in segment_lines(rest, t.labels, t.splitters) if s.key in spec.keys}
    if len(keys) >= FRONT_LABELS:
        try:
            front = interpret(dataclasses.replace(text, lines=rest), spec.name, source)
        except NothingRead:
            pass
        else:
            return attach(front, zone_info(found.zone, spec.back, source=source, page=None,
                                           confidence=found.confidence, front=True))
    return record_from_zone(found.zone, spec, source=source, page=None,
                            confidence=found.confidence, backend=NAME,
                            line_boxes=found.boxes)


def vote(readings: list[Values]) -> Values:
    """One value per field from the copies of a form on one sheet (正页 first): the
    value most copies agree on; when they all differ, the first copy's."""
    out: Values = {}
    for key in dict.fromkeys(k for r in readings for k in r):
        groups: dict[str, list[int]] = {}
        for i, r in enumerate(readings):
            if key in r and r[key][0]:
                groups.setdefault(r[key][0], []).append(i)
        if not groups:
            continue
        value, members = max(groups.items(), key=lambda g: (len(g[1]), -g[1][0]))
        first = readings[members[0]][key]
        conf = max(readings[i][key][1] for i in members)
        out[key] = (value, conf, first[2])
    return out


def generic_extract(document_type: str) -> Extractor:
    """The layout reader alone: every labelled field, converted to its vendor value,
    and an identifier with a distinctive shape found anywhere when its label was lost."""
    def extract(segs: list[Segment], design: Design | None,
                page: PageText | None = None) -> Values:
        t = reader.tables(document_type)
        out: Values = {}
        for key, f in reader.read_labelled(segs, t, design).items():
            value, factor = reader.value_of(t.spec.field(key), f.text, design)
            if value:
                out[key] = (value, f.score * factor, f)
        for fs in t.spec.fields:
            if fs.key in out or fs.identifier is None or not fs.required:
                continue
            hits = [s for s in segs if s.key is None
                    and fs.identifier.read(s.text, anywhere=False).status in ("valid",
                                                                              "repaired")]
            if len(hits) == 1:
                r = fs.identifier.read(hits[0].text)
                out[fs.key] = (r.value, hits[0].score * r.factor * 0.8,
                               Found(hits[0].text, hits[0].score, [hits[0]]))
        return out

    return extract


def not_found_warnings(record: Record, design: Design | None, segs: list[Segment],
                       values: Values) -> list[FieldWarning]:
    """An amber ``not_found`` for each field the page's design prints that was not read
    (the clerk is asked to look; a field this design does not print is not flagged).

    A field the design may leave blank (previous names, the father's block) is
    flagged only when something is printed where its value stands, or when another
    field of its block was filled (the father's name read, his age not).
    """
    assert record.document_type is not None
    spec = DOCUMENT_TYPES[record.document_type]
    printed = reader.printed_keys(spec, design)
    blankable = design.may_be_blank if design is not None else frozenset()
    t = reader.tables(spec.name)
    used = {id(p) for v in values.values() if v[2] is not None for p in v[2].segments}
    free = [s for s in segs if s.key is None and id(s) not in used and s.text not in t.never]
    labels = [s for s in segs if s.key is not None]
    out = []
    for fs in spec.fields:
        if fs.derived_from or fs.key not in printed or record.value(fs.key):
            continue
        block = next((b for b in (design.blocks if design else ()) if fs.key in b), ())
        if fs.key in blankable and not _something_printed(fs.key, labels, free, design, t) \
                and not any(record.value(k) for k in block):
            continue
        out.append(FieldWarning(
            field=fs.key, code="not_found",
            message=f"{fs.label_en}: not found on the document — please check.",
            message_zh=f"{fs.label_zh}：证件上未找到，请核对。",
            severity="warning", origin="backend"))
    return out


def _something_printed(key: str, labels: list[Segment], free: list[Segment],
                       design: Design | None, t: reader.Tables) -> bool:
    """Is unread text standing where ``key``'s label says its value is?"""
    at = (design.value_at(key) if design is not None else None) or t.value_at.get(key)
    for lab in (s for s in labels if s.key == key):
        box = reread.region(lab, labels, at or ValueAt.RIGHT)
        if box is not None and any(box[0] <= s.cx <= box[2] and box[1] <= s.cy <= box[3]
                                   for s in free):
            return True
    return False


def create(settings: BackendSettings | None = None) -> OfflineRecognizer:
    return OfflineRecognizer(settings)
