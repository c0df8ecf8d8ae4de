"""Checks that tell the clerk which values to look at again.

Why: OCR misreads digits and swaps fields; a clerk confirming hundreds of
records needs the doubtful ones pointed out.  The checks only *report*
(:class:`FieldWarning` with a stable ``code``); they never change a value —
see docs/adr/0010-warnings-never-change-values.md.

Severity: ``error`` means the value cannot be right as it stands (a wrong
check digit, a date that does not exist, a card that expires before it was
issued); ``warning`` means it is doubtful or cannot be checked (missing,
masked, an age one or two years off, an unusual code shape, a value read with
low confidence).

Everything type-specific comes from the field's ``FieldSpec`` (kind, identifier
format, past date, plausible range) and the type's own cross-field checks
(``documents/<type>.py``); identifier rules, with their sources, are in
``documents.identifiers``.
"""

from __future__ import annotations

import datetime as dt
import re

from desktop_ocr.documents.back import INFO, cross_check, zone_of
from desktop_ocr.documents.checks import ERROR, WARNING, Checks, Finding
from desktop_ocr.documents.fields import DATE_KINDS, FieldKind, FieldSpec
from desktop_ocr.documents.record import FieldWarning, Record
from desktop_ocr.documents.schema import get_document_type
from desktop_ocr.documents.values import parse_date, weight_kg

__all__ = ["ERROR", "LOW_CONFIDENCE", "WARNING", "revalidate", "validate_record"]

# A value read below this confidence is shown amber ("please check"): the engine's
# guesses (a value placed by shape and order, an identifier whose glyphs needed
# repairs) land below it by design.  The default of the ``checking.low_confidence``
# setting (the window passes the clerk's threshold).
LOW_CONFIDENCE = 0.8

_RE_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_RE_DATE_S = re.compile(r"\d{2}-\d{2}-\d{4}")
_RE_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _check_required(c: Checks, said: set[str]) -> None:
    """Required but empty — unless the backend already said it was not found there."""
    for fs in c.spec.fields:
        if fs.required and not c.value(fs.key) and fs.key not in said:
            c.add(fs.key, "required.missing",
                  f"{fs.label_en} is required but empty.",
                  f"{fs.label_zh}为必填项，目前为空。")


def _check_date(c: Checks, fs: FieldSpec) -> None:
    text = c.value(fs.key)
    d = c.date(fs.key)
    if d is None:
        c.add(fs.key, "date.invalid",
              "Not a real calendar date; check the digits.",
              "不是有效的日期，请核对数字。", ERROR)
        return
    if fs.kind is FieldKind.DATE and not _RE_ISO.fullmatch(text):
        c.add(fs.key, "date.format",
              "Date is readable but not written as yyyy-mm-dd.",
              "日期可以识别，但不是 yyyy-mm-dd 格式。")
    if fs.past and d > c.today:
        c.add(fs.key, "date.future",
              "Date lies in the future.",
              "日期晚于今天。", ERROR)


def _check_date_s(c: Checks, fs: FieldSpec) -> None:
    text = c.value(fs.key)
    d = parse_date(text) if _RE_DATE_S.fullmatch(text) else None
    if d is None:
        c.add(fs.key, "date_s.format",
              "Expected a real date written as dd-mm-yyyy.",
              "应为 dd-mm-yyyy 格式的有效日期。", ERROR)
        return
    if fs.derived_from and c.value(fs.derived_from):
        raw = c.date(fs.derived_from)
        if raw is not None and raw != d:
            c.add(fs.key, "date_s.mismatch",
                  "Does not match the date as printed on the card.",
                  "与证件上印刷的日期不一致。")


def _check_identifier(c: Checks, fs: FieldSpec) -> None:
    assert fs.identifier is not None
    value = c.value(fs.key)
    value = value.upper() if fs.identifier.upper else value
    for p in fs.identifier.problems(value):
        c.add(fs.key, p.code, p.message_en, p.message_zh, p.severity)


def _check_sex(c: Checks, fs: FieldSpec) -> None:
    allowed = ("男", "女") if c.spec.sex_spelling == "zh" else ("M", "F")
    if c.value(fs.key) not in allowed:
        c.add(fs.key, "sex.invalid",
              f"Sex should be {allowed[0]} or {allowed[1]}.",
              f"性别应为“{allowed[0]}”或“{allowed[1]}”。", ERROR)


def _check_number(c: Checks, fs: FieldSpec) -> None:
    value = c.value(fs.key)
    if not _RE_NUMBER.fullmatch(value):
        c.add(fs.key, "number.invalid", "Not a number.", "不是数字。", ERROR)
        return
    r = fs.plausible
    if r is not None and not r.low <= float(value) <= r.high:
        c.add(fs.key, "number.range",
              f"Unusual value: expected {r.low:g}–{r.high:g} {r.unit_en}.",
              f"数值异常：通常为{r.low:g}–{r.high:g}{r.unit_zh}。")


def _check_weight(c: Checks, fs: FieldSpec) -> None:
    value = c.value(fs.key)
    if not _RE_NUMBER.fullmatch(value):
        readable = weight_kg(value)
        c.add(fs.key, "weight.invalid",
              "Birth weight should be a number of kilograms, e.g. 3.2"
              + (f" (this reads as {readable} kg)." if readable else "."),
              "出生体重应为千克数，例如 3.2" + (f"（可读作 {readable} 千克）。" if readable else "。"),
              ERROR)
        return
    r = fs.plausible
    if r is not None and not r.low <= float(value) <= r.high:
        c.add(fs.key, "weight.range",
              f"Unusual birth weight: expected {r.low:g}–{r.high:g} kg.",
              f"出生体重异常：通常为{r.low:g}–{r.high:g}千克。")


def _check_fields(c: Checks) -> None:
    for fs in c.spec.fields:
        if not c.value(fs.key):
            continue
        if fs.only_if is not None:
            other, holds = fs.only_if
            if not holds(c.value(other)):
                continue
        if fs.kind in DATE_KINDS:
            _check_date(c, fs)
        elif fs.kind is FieldKind.DATE_S:
            _check_date_s(c, fs)
        elif fs.identifier is not None:
            _check_identifier(c, fs)
        elif fs.kind is FieldKind.SEX:
            _check_sex(c, fs)
        elif fs.kind is FieldKind.NUMBER:
            _check_number(c, fs)
        elif fs.kind is FieldKind.WEIGHT:
            _check_weight(c, fs)


def _check_confidence(c: Checks, record: Record, flagged: set[str], threshold: float) -> None:
    """A value the backend read with low confidence is pointed out (unless the clerk
    typed it, or another warning already points at it)."""
    for fs in c.spec.fields:
        fv = record.fields.get(fs.key)
        if (fv is None or fv.edited or not fv.value or fv.confidence is None
                or fv.confidence >= threshold or fs.key in flagged
                or fs.derived_from):
            continue
        pct = round(fv.confidence * 100)
        c.add(fs.key, "confidence.low",
              f"Read with low confidence ({pct}%): please check against the image.",
              f"识别置信度较低（{pct}%），请对照图片核对。")


def _warning(f: Finding) -> FieldWarning:
    return FieldWarning(field=f.field, code=f.code, message=f.message, severity=f.severity,
                        message_zh=f.message_zh)


def validate_record(record: Record, today: dt.date | None = None, *,
                    low_confidence: float = LOW_CONFIDENCE) -> list[FieldWarning]:
    """Every doubt about a record's values, in schema order, then cross-field, then a
    back side's zone against the front, then the values read with a confidence below
    ``low_confidence`` (0–1).

    ``today`` fixes "now" for future-date and expiry checks (tests, re-runs).
    A record without a document type, or a failed one nobody has filled in yet,
    gets no warnings (its error says everything).  The record is not modified;
    the caller decides where the warnings go.
    """
    if not record.document_type:
        return []
    if record.error is not None and not any(f.value.strip() for f in record.fields.values()):
        return []
    spec = get_document_type(record.document_type)
    checks = Checks(values={k: v.value for k, v in record.fields.items()}, spec=spec,
                    today=today or dt.date.today(), design=spec.design(record.design))
    _check_required(checks, {w.field for w in record.warnings
                             if w.origin == "backend" and w.code == "not_found"})
    _check_fields(checks)
    for check in spec.cross_checks:
        check(checks)
    zone = zone_of(record)
    if zone is not None and spec.back is not None:
        # a back side's zone against the front (red on a disagreement, an info note
        # where it confirms the value; documents.back)
        cross_check(checks, zone, front=bool(record.extra["mrz"].get("front", True)))
    flagged = {f.field for f in checks.out if f.severity != INFO}
    flagged |= {w.field for w in record.warnings if w.origin == "backend"}
    _check_confidence(checks, record, flagged, low_confidence)
    return [_warning(f) for f in checks.out]


def revalidate(record: Record, *, low_confidence: float = LOW_CONFIDENCE,
               today: dt.date | None = None) -> Record:
    """Recompute the validation warnings (in place); the backend's stay.

    A backend warning about a field the clerk has since typed is held in the
    record's journal, not shown (the clerk's value is not the one it was about),
    and is back in force once the edit is undone or reverted.
    """
    backend = [w for w in (*record.warnings, *record.journal.held) if w.origin == "backend"]

    def typed(w: FieldWarning) -> bool:
        fv = record.fields.get(w.field)
        return fv is not None and fv.edited

    record.journal.held = [w for w in backend if typed(w)]
    record.warnings = [w for w in backend if not typed(w)]
    if record.document_type:
        record.warnings += validate_record(record, today, low_confidence=low_confidence)
    return record
