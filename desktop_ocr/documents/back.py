"""The back side of a card: its machine-readable zone, and the front read against it.

Why data on the type: a card's back repeats the front's most important facts in an ICAO
9303 zone whose check digits a machine can verify (``documents.mrz``).  Which zone format,
which issuing state, and which front field each element repeats is knowledge of the
document type, so it is declared in the type's own module (``BackSide``, held by
``DocumentType.back``; the Ghana Card's in ``documents/ghana_card.py``) and read here by
code that knows no type (ADR 0012).

A record that holds a back side carries the zone in ``Record.extra["mrz"]``
(:func:`zone_info`): the three lines, every element, each check digit's verdict, where the
back was read (``source``, ``page``), whether a front is in the same record (``front``)
and which fields the pairing made more certain (``raised``).  The vendor-shaped
``fields`` stay the front's; the zone never overwrites them.

The cross-check (:func:`cross_check`, run by validation after every edit) compares each
front field with its twin element:

* **disagreement** → ``mrz.mismatch``, red (``error``) on the front field (and on a date's
  ``*_s`` twin), the message holding both readings — when a check digit that holds vouches
  for the zone's element (document number, dates; the PIN in the optional data by the
  composite digit); when none does (names, sex and nationality, which no TD1 digit
  covers, or an element whose own digit fails) it is ``mrz.mismatch_unsure``, amber: the
  back's reading may be the wrong one;
* **agreement** where a holding check digit vouches for the element, or, for elements no
  digit covers, where every digit of the zone holds (two independent readings agree on a
  zone read right) → ``mrz.confirmed``, severity ``info``: a note the form shows as
  "confirmed by the card's machine-readable zone" (never a doubt); pairing also raises
  the field's confidence (:func:`attach`);
* a front field left empty that the zone holds → ``mrz.front_empty``, amber, with the
  zone's reading; a zone whose check digits fail → ``mrz.checksum`` on the record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop_ocr.documents.checks import ERROR, WARNING, Checks
from desktop_ocr.documents.fields import FieldKind
from desktop_ocr.documents.identifiers import REPAIRED, Identifier
from desktop_ocr.documents.mrz import MrzError, Td1, mrz_name, parse_td1, replace_number
from desktop_ocr.documents.values import parse_date

if TYPE_CHECKING:
    from desktop_ocr.documents.design import Design
    from desktop_ocr.documents.fields import DocumentType
    from desktop_ocr.documents.record import Record

__all__ = [
    "CONFIRMED",
    "INFO",
    "BackSide",
    "Comparison",
    "Twin",
    "attach",
    "compare",
    "cross_check",
    "detach",
    "record_from_zone",
    "verdict",
    "zone_info",
    "zone_of",
]

INFO = "info"
CONFIRMED = "mrz.confirmed"
MISMATCH = "mrz.mismatch"
MISMATCH_UNSURE = "mrz.mismatch_unsure"
FRONT_EMPTY = "mrz.front_empty"
FRONT_MISSING = "mrz.front_missing"
CHECKSUM = "mrz.checksum"
# The confidence of a front field the zone confirms (two independent readings agree
# and a check digit vouches for the zone's).
CONFIRMED_CONFIDENCE = 0.99

# The check digit covering each element of a TD1 zone; the others (names, sex,
# nationality) are covered by none, so only the whole zone holding vouches for them.
_COVERED_BY = {"document_number": "document_number", "birth_date": "birth_date",
               "expiry_date": "expiry_date", "personal_number": "composite"}
_DIGIT_NAMES = {"document_number": ("document number", "证件编号"),
                "birth_date": ("date of birth", "出生日期"),
                "expiry_date": ("date of expiry", "到期日期"),
                "composite": ("composite", "总校验位")}


@dataclass(frozen=True, slots=True)
class Twin:
    """A front field (several are joined with a space: first and middle names) and the
    zone element repeating it: ``document_number``, ``personal_number``, ``surname``,
    ``given_names``, ``birth_date``, ``expiry_date``, ``sex`` or ``nationality``."""

    front: tuple[str, ...]
    element: str


@dataclass(frozen=True, slots=True)
class BackSide:
    """What a type's back side prints: a TD1 zone of these document codes and issuing
    states, the front field each element repeats, where the issuer puts the holder's
    personal number in the optional data, and how the front spells a zone's
    nationality code (``GHA`` → ``GHANAIAN``).

    ``number_format``: the document number's printed forms (``documents.identifiers``),
    by which a misread letter or digit in it is repaired by position.
    ``assumptions``: what the issuer does not publish and the project assumed (shown in
    the ADR and the type's docstring; kept here so the code says it too).
    """

    document_codes: tuple[str, ...]
    issuing_states: tuple[str, ...]
    twins: tuple[Twin, ...]
    personal_number: Callable[[Td1], str]
    nationalities: Mapping[str, str] = field(default_factory=dict)
    number_format: Identifier | None = None
    assumptions: str = ""

    def accepts(self, zone: Td1) -> bool:
        """Is ``zone`` this back side's: its issuing state, and the first letter of its
        document code (the type of document, Part 5 §4.2.2; the second is the issuer's
        choice and the one a recogniser misreads: ``IO`` for ``ID``)?"""
        code = zone.document_code[:1]
        return zone.issuing_state in self.issuing_states and any(
            c.startswith(code) for c in self.document_codes if code)

    def settle(self, zone: Td1) -> Td1:
        """``zone`` as this back side prints it, where OCR misread what the type knows:
        the document code's second letter (no check digit covers the code, and a
        recogniser reads ``ID`` as ``IO``: the one code of that type the issuer uses),
        and a letter read for a digit or the reverse in the document number, repaired by
        position by the number's printed forms — kept only when the number's check
        digit then holds."""
        first = zone.document_code[:1]
        known = [c for c in self.document_codes if len(c) == 2 and c[0] == first]
        if len(known) == 1 and zone.lines[0][:2] != known[0]:
            l1 = known[0] + zone.lines[0][2:]
            zone = parse_td1((l1, zone.lines[1], zone.lines[2]), repairs=zone.repairs + 1)
        if self.number_format is not None and not zone.checks.get("document_number"):
            reading = self.number_format.read(zone.document_number, anywhere=False)
            if reading.status == REPAIRED and len(reading.value) == len(zone.document_number):
                fixed = replace_number(zone, reading.value)
                if fixed.checks.get("document_number"):
                    zone = fixed
        return zone

    def element(self, zone: Td1, name: str) -> str:
        """The element ``name`` of ``zone`` as text ("" when the zone leaves it empty)."""
        if name == "personal_number":
            return self.personal_number(zone)
        return str(getattr(zone, name))


# ------------------------------------------------------------------------ the zone record

def zone_info(zone: Td1, back: BackSide, *, source: str, page: int | None,
              confidence: float | None, front: bool) -> dict[str, Any]:
    """``Record.extra["mrz"]`` for a zone read from ``source`` (``page`` of a PDF):
    ``lines``, ``valid``, ``checks`` and ``fields`` (every element, plus
    ``personal_number``), ``source``, ``page``, ``confidence`` (the OCR's, 0–1),
    ``front`` (a front side is in the record) and ``raised`` (field → confidence before
    the zone confirmed it)."""
    info = zone.to_dict()
    info["fields"]["personal_number"] = back.personal_number(zone)
    info.update(source=source, page=page,
                confidence=None if confidence is None else round(float(confidence), 4),
                front=front, raised={})
    return info


def zone_of(record: Record) -> Td1 | None:
    """The zone a record holds (parsed again from its lines), or None."""
    info = record.extra.get("mrz")
    if not isinstance(info, dict):
        return None
    try:
        return parse_td1(tuple(info.get("lines") or ()))
    except MrzError:
        return None


def _date_text(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _line_of(zone: Td1, element: str, back: BackSide) -> int:
    """The zone line (0–2) printing ``element``."""
    if element == "document_number":
        return 0
    if element in ("surname", "given_names"):
        return 2
    if element == "personal_number":
        digits = "".join(c for c in back.personal_number(zone) if c.isdigit())
        return 0 if digits and digits in zone.lines[0] else 1
    return 1


def record_from_zone(zone: Td1, spec: DocumentType, *, source: str, page: int | None,
                     confidence: float | None, backend: str = "",
                     line_boxes: Sequence[tuple[int, int, int, int]] | None = None,
                     today: dt.date | None = None) -> Record:
    """A record of a back side alone: each front field filled from its twin element
    (dates written day first ``dd/mm/yyyy``, the nationality in the front's spelling),
    its box the zone line printing it (``line_boxes``: the three lines' boxes in the
    image's pixels, when known), the zone in ``extra["mrz"]``, and a
    ``mrz.front_missing`` warning on the record."""
    from desktop_ocr.documents.record import FieldValue, FieldWarning, Record, RecordStatus

    back = spec.back
    if back is None:
        raise ValueError(f"{spec.name} has no back side")
    record = Record.empty(source, spec.name, backend=backend)
    record.page = page
    conf = 0.0 if confidence is None else float(confidence)
    for twin in back.twins:
        text = back.element(zone, twin.element)
        if not text:
            continue
        first = spec.field(twin.front[0])
        if first.kind in (FieldKind.DATE_RAW, FieldKind.DATE):
            day = (zone.birth(today) if twin.element == "birth_date" else zone.expiry(today))
            if day is None:
                continue
            text = day.isoformat() if first.kind is FieldKind.DATE else _date_text(day)
        elif twin.element == "nationality":
            text = back.nationalities.get(text, "")
            if not text:
                continue
        # several front fields share one element (first and middle names): the zone
        # cannot tell where one ends, so the whole goes into the first
        box = line_boxes[_line_of(zone, twin.element, back)] if line_boxes else None
        record.fields[twin.front[0]] = FieldValue(value=text, confidence=conf, box=box)
    for key, fv in record.fields.items():
        if not fv.value:
            record.fields[key] = FieldValue(value="", confidence=0.0)
    record.extra["mrz"] = zone_info(zone, back, source=source, page=page,
                                    confidence=confidence, front=False)
    record.warnings.append(FieldWarning(
        field="", code=FRONT_MISSING,
        message="Back side only: the front of the card is missing — add it to check the "
                "fields printed only there.",
        message_zh="只有证件背面：缺少正面，请补充正面以核对仅印在正面的字段。",
        severity=WARNING, origin="backend"))
    record.status = RecordStatus.RECOGNIZED
    return record


# ---------------------------------------------------------------------------- comparing

@dataclass(frozen=True, slots=True)
class Comparison:
    """One front field (or joined fields) against its zone element.

    ``agrees``: None when there is nothing to compare (one side empty, a code the type
    cannot spell); ``vouched``: a check digit covering the element holds, so the zone's
    reading is right; ``confirms``: an agreement confirms the front (vouched, or — for
    elements no digit covers — every digit of the zone holds).  ``front``: the front
    as printed (a numeric date with how it was read: ``06/18/1986 (18 JUN 1986)``);
    ``back``: the zone's element as a clerk reads it (a date as ``13 JUN 1986``).
    """

    twin: Twin
    front: str
    back: str
    agrees: bool | None
    vouched: bool
    confirms: bool


_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV",
           "DEC")


def unambiguous_date(day: dt.date) -> str:
    """``14 JUN 1990``: neither day-first nor month-first (Ghana's cards print dates
    this way; a clerk comparing a front read month-first with the zone cannot
    mistake it).  Month names fixed, whatever the machine's locale."""
    return f"{day.day:02d} {_MONTHS[day.month - 1]} {day.year}"


def _vouched(zone: Td1, element: str) -> bool:
    digit = _COVERED_BY.get(element)
    return bool(digit) and zone.checks.get(digit, False)


def _same_name(front: str, back: str, truncated: bool) -> bool:
    a, b = mrz_name(front), mrz_name(back)
    return a == b or (truncated and bool(b) and a.startswith(b))


def compare(spec: DocumentType, zone: Td1, values: Mapping[str, str],
            design: Design | None = None, today: dt.date | None = None) -> list[Comparison]:
    """Every twin of the type's back side compared with the front values."""
    back = spec.back
    if back is None:
        return []
    out: list[Comparison] = []
    for twin in back.twins:
        front = " ".join(v for v in ((values.get(k) or "").strip() for k in twin.front) if v)
        element = back.element(zone, twin.element)
        fs = spec.field(twin.front[0])
        vouched = _vouched(zone, twin.element)
        confirms = vouched or (twin.element not in _COVERED_BY and zone.valid)
        shown = element
        agrees: bool | None
        if fs.kind in (FieldKind.DATE_RAW, FieldKind.DATE):
            day = zone.birth(today) if twin.element == "birth_date" else zone.expiry(today)
            shown = unambiguous_date(day) if day else element
            mine = parse_date(front, past=fs.past,
                              day_first=design is None or design.day_first) if front else None
            if mine is not None and not any(ch.isalpha() for ch in front):
                # 06/13/1990 beside 14 JUN 1990 hides which part differs: say how
                # the front's numbers were read too
                front = f"{front} ({unambiguous_date(mine)})"
            if not front or not element:
                agrees = None
            elif mine is None:
                agrees = False
            else:
                agrees = mine.strftime("%y%m%d") == element
        elif twin.element == "nationality":
            shown = back.nationalities.get(element, "")
            agrees = None if not (front and shown) else front.upper() == shown
            shown = shown or element
        elif fs.identifier is not None:
            agrees = (None if not (front and element)
                      else fs.identifier.normalize(front) == fs.identifier.normalize(element))
        elif fs.kind is FieldKind.NAME:
            agrees = (None if not (front and element)
                      else _same_name(front, element, zone.names_truncated))
        else:
            agrees = (None if not (front and element)
                      else front.replace(" ", "").upper() == element.upper())
        out.append(Comparison(twin, front, shown, agrees, vouched, confirms))
    return out


def _keys(spec: DocumentType, twin: Twin, values: Mapping[str, str]) -> list[str]:
    """The front fields a finding about ``twin`` goes on: each filled one, and the
    ``*_s`` twin of a date (both show the same date)."""
    keys = [k for k in twin.front if (values.get(k) or "").strip()] or [twin.front[0]]
    keys += [f.key for f in spec.fields if f.derived_from in keys]
    return keys


def cross_check(c: Checks, zone: Td1, *, front: bool = True) -> None:
    """The front against the zone (see the module docstring), as findings on ``c``.
    ``front=False`` (a back side alone, its fields the zone's own): only the check
    digits are judged — and a failing one flags the fields whose values it covers."""
    spec = c.spec
    failing = [d for d, ok in zone.checks.items() if not ok]
    if failing:
        en = ", ".join(_DIGIT_NAMES[d][0] for d in failing)
        zh = "、".join(_DIGIT_NAMES[d][1] for d in failing)
        c.add("", CHECKSUM,
              f"The back's machine-readable zone fails its check digits ({en}): a character "
              "was misread; compare the zone with the card.",
              f"背面机读区校验位不符（{zh}）：有字符识别错误，请对照证件核对。")
    if not front and spec.back is not None:
        for twin in spec.back.twins:
            digit = _COVERED_BY.get(twin.element)
            if digit in failing and c.value(twin.front[0]):
                for key in _keys(spec, twin, c.values):
                    c.add(key, CHECKSUM,
                          "The zone's check digit for this value fails: it may be misread; "
                          "compare it with the card.",
                          "机读区中此项的校验位不符，可能识别有误，请对照证件核对。")
    if not front or spec.back is None:
        return
    prints = c.design.prints if c.design is not None else None
    for cmp in compare(spec, zone, c.values, c.design, c.today):
        twin = cmp.twin
        # the message goes under the field itself; joined fields say which they are
        head_en = head_zh = ""
        if len(twin.front) > 1:
            head_en = " and ".join(spec.field(k).label_en for k in twin.front) + ": "
            head_zh = "、".join(spec.field(k).label_zh for k in twin.front) + "："
        if cmp.agrees is None:
            if (not cmp.front and cmp.back and cmp.confirms and twin.element != "nationality"
                    and (prints is None or twin.front[0] in prints)):
                c.add(twin.front[0], FRONT_EMPTY,
                      f"Not read on the front; the back's machine-readable zone reads "
                      f"{cmp.back} — check the front.",
                      f"正面未识别到；背面机读区为 {cmp.back}，请核对正面。")
            continue
        if cmp.agrees:
            if cmp.confirms:
                for key in _keys(spec, twin, c.values):
                    c.add(key, CONFIRMED,
                          "Confirmed by the card's machine-readable zone (back side).",
                          "已与证件背面机读区核对一致。", INFO)
            continue
        severity, code = (ERROR, MISMATCH) if cmp.vouched else (WARNING, MISMATCH_UNSURE)
        tail_en = ("check both sides of the card." if cmp.vouched else
                   "no check digit vouches for the zone's reading either; "
                   "check both sides of the card.")
        tail_zh = "请核对证件两面。" if cmp.vouched else "机读区该项无校验位证实，请核对证件两面。"
        for key in _keys(spec, twin, c.values):
            c.add(key, code,
                  f"{head_en}front reads {cmp.front}, the back's machine-readable zone "
                  f"{cmp.back} — {tail_en}",
                  f"{head_zh}正面为 {cmp.front}，背面机读区为 {cmp.back}，两者不一致——{tail_zh}",
                  severity)


def _missing_on_front(cmp: Comparison, design: Design | None) -> bool:
    """The zone holds a value for a field the front's design prints but the front is
    empty there (a front read incompletely is not verified by its back)."""
    return (cmp.agrees is None and not cmp.front and bool(cmp.back)
            and (design is None or cmp.twin.front[0] in design.prints))


def verdict(record: Record, today: dt.date | None = None) -> str:
    """``yes`` (the zone's check digits hold and every front field it repeats that the
    front's design prints agrees with it — none is empty), ``no`` (a digit fails, a
    field disagrees or is missing on the front, or there is no front: a back side
    alone) or ``none`` (no back side in the record): the export's ``mrz_verified``
    column."""
    from desktop_ocr.documents.schema import DOCUMENT_TYPES

    zone = zone_of(record)
    if zone is None:
        return "none"
    spec = DOCUMENT_TYPES.get(record.document_type or "")
    if spec is None or spec.back is None or not zone.valid:
        return "no"
    if not record.extra["mrz"].get("front", True):
        return "no"  # a back alone: its digits hold, but no front was checked against it
    values = {k: v.value for k, v in record.fields.items()}
    design = spec.design(record.design)
    for cmp in compare(spec, zone, values, design, today):
        if cmp.agrees is False or _missing_on_front(cmp, design):
            return "no"
    return "yes"


# ------------------------------------------------------------------- pairing a record

def attach(front: Record, info: Mapping[str, Any], today: dt.date | None = None) -> Record:
    """The front record with a back side's zone (``info`` as :func:`zone_info` made it):
    ``extra["mrz"]`` set (``front`` True), and each front field the zone confirms raised
    to ``CONFIRMED_CONFIDENCE`` (its earlier confidence kept in ``raised`` so that
    :func:`detach` can put it back).  Validation is the caller's (it adds the findings)."""
    from desktop_ocr.documents.schema import DOCUMENT_TYPES

    detach(front)
    data = dict(info)
    data["front"] = True
    data["raised"] = {}
    front.extra["mrz"] = data
    spec = DOCUMENT_TYPES.get(front.document_type or "")
    zone = zone_of(front)
    if spec is None or zone is None:
        return front
    values = {k: v.value for k, v in front.fields.items()}
    for cmp in compare(spec, zone, values, spec.design(front.design), today):
        if not (cmp.agrees and cmp.confirms):
            continue
        for key in _keys(spec, cmp.twin, values):
            fv = front.fields.get(key)
            if fv is None or not fv.value or fv.edited:
                continue
            if fv.confidence is None or fv.confidence < CONFIRMED_CONFIDENCE:
                data["raised"][key] = fv.confidence
                fv.confidence = CONFIRMED_CONFIDENCE
    return front


def detach(record: Record) -> dict[str, Any] | None:
    """Take a back side's zone out of a front record (confidences the zone raised put
    back); returns the zone's ``extra["mrz"]`` or None when there was none."""
    info = record.extra.pop("mrz", None)
    if not isinstance(info, dict):
        return None
    for key, conf in (info.get("raised") or {}).items():
        fv = record.fields.get(key)
        if fv is not None and not fv.edited and fv.confidence == CONFIRMED_CONFIDENCE:
            fv.confidence = conf
    return info
