"""The clerk's verification of a record: what must be checked, edits with undo, the audit trail.

Why here, below the GUI: "confirm means checked" is a rule about a record, not
about a window — the queue session, the export and the tests apply the same
rule.  ABBYY's verification station is the model: fields the machine is unsure
of are routed to a person, fields that break a rule stop the record, and a
record leaves only when both were dealt with.

* **Red** fields (:attr:`Assessment.red`): a warning of severity ``error``
  (invalid: a wrong check digit, a date that does not exist) or a required field
  that is empty.  A record with a red field is confirmed only with an explicit
  override and the clerk's reason (:func:`confirm`).
* **Amber** fields: every other warning (``not_found``, ``confidence.low``, a
  cross-field doubt).  Those the :class:`CheckPolicy` names must have been
  *visited* — gone to by the clerk, or accepted with one key — before the record can be
  confirmed (:attr:`Assessment.to_visit`).  A note of severity ``info`` (a value
  a card's back side confirmed, ``documents.back``) is a reassurance, neither.
* **Other changes** of what the record holds — a card's back side paired with it
  or taken apart (``desktop_ocr.pairing``) — go through :func:`rejudge`: in the
  trail, validated again, a confirmed record re-opened.
* **Edits** (:func:`edit`, :func:`revert`, :func:`undo`, :func:`redo`) keep the
  value as read on the field, go on the record's own undo stack (one step per
  correction of a field, not per keystroke), recompute the derived ``*_s``
  dates from their as-printed field, re-validate, and write the audit trail.
  A confirmed record that changes is re-opened, never silently.

Everything is kept on the record (:class:`~desktop_ocr.documents.record.Journal`),
so the record store keeps it and undo works across document switches and restarts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from desktop_ocr.documents.fields import FieldKind
from desktop_ocr.documents.record import (
    AuditEntry,
    FieldValue,
    FieldWarning,
    Record,
    RecordStatus,
    Step,
)
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.documents.validate import LOW_CONFIDENCE, revalidate
from desktop_ocr.documents.values import date_s

__all__ = [
    "NOT_CHECKED",
    "NOT_CHECKED_WORDS",
    "UNCERTAIN",
    "VISIT_CHOICES",
    "Assessment",
    "CheckPolicy",
    "assess",
    "confirm",
    "derived_fields",
    "edit",
    "finish_edit",
    "note_read",
    "overridden",
    "redo",
    "rejudge",
    "revert",
    "undo",
    "visit",
]

#: Warning codes that say the machine is not sure of a value (not that it breaks a rule).
UNCERTAIN = frozenset({"not_found", "confidence.low"})
#: ``CheckPolicy.visit``: every amber field, only the uncertain ones, or none.
VISIT_CHOICES = ("all", "uncertain", "none")


@dataclass(frozen=True, slots=True)
class CheckPolicy:
    """The clerk's thresholds (the ``checking`` settings).

    ``low_confidence`` (0–1): a value read below it is amber (``confidence.low``).
    ``visit``: which amber fields must be visited before confirming — ``all``,
    ``uncertain`` (only ``not_found`` and ``confidence.low``) or ``none``.
    """

    low_confidence: float = LOW_CONFIDENCE
    visit: str = "all"

    def must_visit(self, codes: Iterable[str]) -> bool:
        if self.visit == "none":
            return False
        if self.visit == "uncertain":
            return any(code in UNCERTAIN for code in codes)
        return True


@dataclass(frozen=True, slots=True)
class Assessment:
    """Where a record stands for the clerk; field keys in schema order.

    ``red``: invalid, or required and empty.  ``amber``: doubtful (not red).
    ``to_visit``: amber fields the policy wants looked at and not visited yet.
    ``problems``: the red fields' reasons (field key, code), for the override.
    """

    red: tuple[str, ...] = ()
    amber: tuple[str, ...] = ()
    to_visit: tuple[str, ...] = ()
    problems: tuple[tuple[str, str], ...] = ()

    @property
    def blocked(self) -> bool:
        """Not confirmable without an override."""
        return bool(self.red)

    @property
    def ready(self) -> bool:
        """Confirmable as it stands."""
        return not self.red and not self.to_visit


def assess(record: Record, policy: CheckPolicy | None = None) -> Assessment:
    """What stops ``record`` from being confirmed (nothing for a record without a type)."""
    policy = policy or CheckPolicy()
    spec = DOCUMENT_TYPES.get(record.document_type or "")
    if spec is None:
        return Assessment()
    codes: dict[str, list[str]] = {}
    errors: dict[str, str] = {}
    for w in record.warnings:
        if w.severity == "info":  # a reassurance (confirmed by the card's back), no doubt
            continue
        codes.setdefault(w.field, []).append(w.code)
        if w.severity == "error":
            errors.setdefault(w.field, w.code)
    red: list[str] = []
    amber: list[str] = []
    to_visit: list[str] = []
    problems: list[tuple[str, str]] = []
    visited = record.journal.visited
    for fs in spec.fields:
        key = fs.key
        if key in errors:
            red.append(key)
            problems.append((key, errors[key]))
        elif fs.required and not record.value(key).strip():
            red.append(key)
            problems.append((key, "required.missing"))
        elif key in codes:
            amber.append(key)
            if key not in visited and policy.must_visit(codes[key]):
                to_visit.append(key)
    return Assessment(tuple(red), tuple(amber), tuple(to_visit), tuple(problems))


def now() -> str:
    """Local time, ISO 8601 with its UTC offset, to the second (the audit trail's clock)."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _audit(record: Record, entry: AuditEntry) -> None:
    record.journal.audit.append(entry)


def note_read(record: Record, at: str | None = None) -> None:
    """A backend's reading arrived: the first line of the trail (values as read are
    kept on the fields)."""
    detail = record.backend + (f" ({record.design})" if record.design else "")
    _audit(record, AuditEntry(at or now(), "read", detail=detail or None))


def derived_fields(record: Record, key: str) -> tuple[str, ...]:
    """The fields computed from ``key`` (a Ghana date's ``*_s`` form)."""
    spec = DOCUMENT_TYPES.get(record.document_type or "")
    if spec is None:
        return ()
    return tuple(fs.key for fs in spec.fields if fs.derived_from == key)


def _derive(record: Record, key: str) -> str:
    """The ``*_s`` value of derived field ``key`` from its as-printed field, read in
    the order the record's design prints dates ("" when it is not a date)."""
    spec = DOCUMENT_TYPES[record.document_type or ""]
    fs = spec.field(key)
    raw = record.value(fs.derived_from or "")
    if not raw or fs.kind is not FieldKind.DATE_S:
        return ""
    design = spec.design(record.design)
    return date_s(raw, past=fs.past, day_first=design is None or design.day_first) or ""


def _set(record: Record, key: str, value: str) -> None:
    """Give ``key`` the value ``value`` as the clerk's (the value as read is kept;
    typing the value as read again makes the field unedited)."""
    fv = record.fields.get(key)
    if fv is None:
        fv = record.fields[key] = FieldValue()
    if not fv.edited:
        if fv.value == value:
            return
        fv.read, fv.read_confidence = fv.value, fv.confidence
        fv.edited = True
    if value == fv.read:
        fv.value, fv.confidence = value, fv.read_confidence
        fv.edited, fv.read, fv.read_confidence = False, None, None
    else:
        fv.value, fv.confidence = value, 1.0


def _snapshot(record: Record, keys: Iterable[str]) -> dict[str, FieldValue | None]:
    return {k: None if (fv := record.fields.get(k)) is None else fv.copy() for k in keys}


def _restore(record: Record, states: dict[str, FieldValue | None]) -> None:
    for key, state in states.items():
        if state is None:
            record.fields.pop(key, None)
        else:
            record.fields[key] = state.copy()


def _settle(record: Record, policy: CheckPolicy, at: str) -> None:
    """After a change: re-validate, and say what the record's status now is (a
    confirmed record is re-opened, in the trail)."""
    revalidate(record, low_confidence=policy.low_confidence)
    if record.status is RecordStatus.CONFIRMED:
        record.status = RecordStatus.EDITED
        record.journal.override = None
        _audit(record, AuditEntry(at, "reopen"))
    if record.status in (RecordStatus.RECOGNIZED, RecordStatus.EDITED):
        edited = any(fv.edited for fv in record.fields.values())
        record.status = RecordStatus.EDITED if edited else RecordStatus.RECOGNIZED


def rejudge(record: Record, action: str, policy: CheckPolicy | None = None, *,
            detail: str | None = None, at: str | None = None) -> None:
    """What ``record`` holds changed other than by a field's value — ``action`` ``pair``
    (a card's back side joined it) or ``unpair`` (taken apart again), ``detail`` which
    back side: a line of the trail, then validated again by the clerk's thresholds, and
    a confirmed record re-opened (what the clerk confirmed is not what it holds now;
    the override, if any, no longer applies).  Field values and the undo stack of
    edits are untouched."""
    at = at or now()
    _close_step(record)
    _audit(record, AuditEntry(at, action, detail=detail))
    _settle(record, policy or CheckPolicy(), at)


def _close_step(record: Record) -> None:
    if record.journal.undo:
        record.journal.undo[-1].open = False


def finish_edit(record: Record) -> None:
    """The clerk left the field: the next keystroke starts a new undo step."""
    _close_step(record)


def _changed(before: FieldValue | None, after: FieldValue | None) -> bool:
    return (before.value if before else "") != (after.value if after else "") or (
        (before.edited if before else False) != (after.edited if after else False))


def edit(record: Record, key: str, value: str, policy: CheckPolicy | None = None, *,
         at: str | None = None) -> bool:
    """The clerk typed ``value`` into ``key``; False when nothing changed.

    Consecutive keystrokes in one field make one undo step and one ``edit`` line
    of the trail (from the value before the first keystroke to the last).  The
    derived ``*_s`` fields follow their as-printed field.  The field counts as
    visited.  A derived field itself is not edited: it follows its source.
    """
    policy = policy or CheckPolicy()
    at = at or now()
    spec = DOCUMENT_TYPES.get(record.document_type or "")
    if spec is None or key not in spec.keys or spec.field(key).derived_from:
        return False
    keys = (key, *derived_fields(record, key))
    journal = record.journal
    top = journal.undo[-1] if journal.undo else None
    joining = top is not None and top.open and top.action == "edit" and key in top.after \
        and tuple(top.after) == keys
    before = _snapshot(record, keys)
    _set(record, key, value)
    for derived in keys[1:]:
        _set(record, derived, _derive(record, derived))
    after = _snapshot(record, keys)
    journal.visited.add(key)
    if not any(_changed(before[k], after[k]) for k in keys):
        return False
    if joining and top is not None:
        top.after = after
        top.at = at
        last = journal.audit[-1] if journal.audit else None
        if last is not None and last.action == "edit" and last.field == key:
            journal.audit[-1] = replace(last, at=at, after=value)
    else:
        _close_step(record)
        journal.undo.append(Step("edit", before, after, at, open=True))
        _audit(record, AuditEntry(at, "edit", key, before[key].value if before[key] else "",
                                  value))
    journal.redo.clear()
    _settle(record, policy, at)
    return True


def revert(record: Record, key: str, policy: CheckPolicy | None = None, *,
           at: str | None = None) -> bool:
    """Give ``key`` back the value that was read (an undoable step); False when it
    was not edited."""
    policy = policy or CheckPolicy()
    fv = record.fields.get(key)
    if fv is None or not fv.edited:
        return False
    at = at or now()
    keys = (key, *derived_fields(record, key))
    before = _snapshot(record, keys)
    typed = fv.value
    _set(record, key, fv.read or "")
    for derived in keys[1:]:
        _set(record, derived, _derive(record, derived))
    _close_step(record)
    record.journal.undo.append(Step("revert", before, _snapshot(record, keys), at))
    record.journal.redo.clear()
    _audit(record, AuditEntry(at, "revert", key, typed, record.value(key)))
    _settle(record, policy, at)
    return True


def _replay(record: Record, step: Step, states: dict[str, FieldValue | None], action: str,
            policy: CheckPolicy, at: str) -> tuple[str, ...]:
    current = _snapshot(record, states)
    _restore(record, states)
    for key in states:
        was, now_ = current[key], states[key]
        if _changed(was, now_):
            _audit(record, AuditEntry(at, action, key, was.value if was else "",
                                      now_.value if now_ else ""))
    _settle(record, policy, at)
    return tuple(states)


def undo(record: Record, policy: CheckPolicy | None = None, *,
         at: str | None = None) -> tuple[str, ...]:
    """Undo the record's last change; returns the fields it touched (none left: ``()``)."""
    journal = record.journal
    if not journal.undo:
        return ()
    step = journal.undo.pop()
    step.open = False
    journal.redo.append(step)
    return _replay(record, step, step.before, "undo", policy or CheckPolicy(), at or now())


def redo(record: Record, policy: CheckPolicy | None = None, *,
         at: str | None = None) -> tuple[str, ...]:
    """Do again the change last undone; returns the fields it touched."""
    journal = record.journal
    if not journal.redo:
        return ()
    _close_step(record)
    step = journal.redo.pop()
    journal.undo.append(step)
    return _replay(record, step, step.after, "redo", policy or CheckPolicy(), at or now())


def visit(record: Record, key: str) -> bool:
    """The clerk looked at ``key`` (focused it or accepted it); True when it is new."""
    if key in record.journal.visited or key not in record.fields:
        return False
    record.journal.visited.add(key)
    return True


def confirm(record: Record, policy: CheckPolicy | None = None, *, reason: str | None = None,
            at: str | None = None) -> Assessment:
    """Confirm ``record`` if it may be; returns the assessment it was judged on.

    Confirmed when nothing is red and every field to visit was visited, or — an
    override — when ``reason`` (the clerk's words, required) is given: the reason
    and the problems it overrode are kept in the trail and on the record.
    """
    policy = policy or CheckPolicy()
    verdict = assess(record, policy)
    reason = (reason or "").strip() or None
    if not verdict.ready and reason is None:
        return verdict
    at = at or now()
    _close_step(record)
    record.status = RecordStatus.CONFIRMED
    if verdict.ready:
        record.journal.override = None
        _audit(record, AuditEntry(at, "confirm"))
    else:
        record.journal.override = reason
        problems = [f"{key}: {code}" for key, code in verdict.problems]
        problems += [f"{key}: {NOT_CHECKED}" for key in verdict.to_visit]
        _audit(record, AuditEntry(at, "override", reason=reason, detail="; ".join(problems),
                                  problems=overridden(record, verdict)))
    return verdict


#: the code of an amber field confirmed by an override without being looked at, and
#: its words (English, Chinese: the override dialog's)
NOT_CHECKED = "not checked"
NOT_CHECKED_WORDS = ("not looked at", "未查看")


def overridden(record: Record, verdict: Assessment) -> tuple[FieldWarning, ...]:
    """What an override confirms over, in words (English and Chinese): each red field's
    reason as the record's warning says it (a required field left empty: "required, but
    empty"), then each amber field not looked at (:data:`NOT_CHECKED_WORDS`)."""
    said = {(w.field, w.code): w for w in record.warnings}
    words = []
    for key, code in verdict.problems:
        warning = said.get((key, code))
        words.append(warning if warning is not None else FieldWarning(
            key, code, "required, but empty", "error", "必填，但为空"))
    words += [FieldWarning(key, NOT_CHECKED, NOT_CHECKED_WORDS[0], "warning",
                           NOT_CHECKED_WORDS[1])
              for key in verdict.to_visit]
    return tuple(words)
