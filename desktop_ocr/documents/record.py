"""The typed record that flows through the whole app.

Why: recognition, the form, the store and the exports all pass the same object,
so there is one place that knows what a record holds and how it is written as
JSON: ``to_dict()`` is the CLI contract of the foundation issue (README), and
``to_dict(complete=True)`` the same shape plus everything else the record holds
(edited flags and the values as read, warning severity and origin, timings, the
clerk's :class:`Journal`), which the record store keeps.  ``from_dict`` reads
both, so there is one serialiser, not one per user.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop_ocr.documents.schema import DOCUMENT_TYPES, get_document_type

Box = tuple[int, int, int, int]

# Keys of ``Record.extra`` written into the record's JSON beside "fields" (when present).
EXTRA_KEYS = ("mrz",)


class RecordStatus(StrEnum):
    """The one lifecycle vocabulary of a document: store, queue and screen all use it.

    ``RECOGNIZING`` is where a document is while a backend reads it; the record
    store keeps it in its status column only (the record keeps its previous
    reading until the new one arrives), so a restart knows which document was
    being read when the app stopped.
    """

    QUEUED = "queued"
    RECOGNIZING = "recognizing"
    RECOGNIZED = "recognized"
    EDITED = "edited"
    CONFIRMED = "confirmed"
    FAILED = "failed"


@dataclass(slots=True)
class FieldValue:
    """One field's value with how sure the backend was and where it sits on the image.

    Once the clerk changed it (``edited``), ``read`` and ``read_confidence`` keep
    the value and confidence the backend read, so the form can show it and revert.
    """

    value: str = ""
    confidence: float | None = None
    box: Box | None = None
    edited: bool = False
    read: str | None = None
    read_confidence: float | None = None

    def to_dict(self, *, complete: bool = False) -> dict[str, Any]:
        """``{"value", "confidence" (4 decimals), "box"}``; ``complete``: the exact
        confidence, ``edited`` and (when edited) the value as read as well."""
        if complete:
            out: dict[str, Any] = {
                "value": self.value, "confidence": self.confidence,
                "box": None if self.box is None else [int(v) for v in self.box],
                "edited": self.edited}
            if self.edited:
                out.update(read=self.read, read_confidence=self.read_confidence)
            return out
        return {
            "value": self.value,
            "confidence": None if self.confidence is None else round(float(self.confidence), 4),
            "box": None if self.box is None else [int(v) for v in self.box],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | str | None) -> FieldValue:
        if data is None:
            return cls()
        if isinstance(data, str):  # a plain vendor-style value
            return cls(value=data)
        box = data.get("box")
        conf = data.get("confidence")
        edited = bool(data.get("edited", False))
        read = data.get("read") if edited else None
        read_conf = data.get("read_confidence") if edited else None
        return cls(
            value="" if data.get("value") is None else str(data.get("value")),
            confidence=None if conf is None else float(conf),
            box=None if not box else (int(box[0]), int(box[1]), int(box[2]), int(box[3])),
            edited=edited,
            read=None if read is None else str(read),
            read_confidence=None if read_conf is None else float(read_conf),
        )

    def copy(self) -> FieldValue:
        return FieldValue(self.value, self.confidence, self.box, self.edited, self.read,
                          self.read_confidence)


@dataclass(frozen=True, slots=True)
class FieldWarning:
    """A doubt about a value; never changes the value itself.

    ``severity`` is ``error`` (invalid: shown red), ``warning`` (doubtful: amber) or
    ``info`` (a reassurance, never a doubt: "confirmed by the card's machine-readable
    zone", ``documents.back``); an ``info`` note keeps its severity in ``to_dict``.
    """

    field: str
    code: str
    message: str
    severity: str = "warning"
    message_zh: str | None = None
    # "validation" (recomputed after every edit) or "backend" (said by the recogniser, kept).
    origin: str = "validation"

    def to_dict(self, *, complete: bool = False) -> dict[str, Any]:
        """``{"field", "code", "message"}``, ``message_zh`` when there is one (so an
        export in Chinese of a saved JSON says it in Chinese) and ``"severity": "info"``
        for a note (read back as a note, not as a doubt); ``complete``: with severity
        and the origin too."""
        out: dict[str, Any] = {"field": self.field, "code": self.code, "message": self.message}
        if self.message_zh and not complete:
            out["message_zh"] = self.message_zh
        if complete:
            out.update(severity=self.severity, message_zh=self.message_zh, origin=self.origin)
        elif self.severity == "info":
            out["severity"] = "info"
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FieldWarning:
        message_zh = data.get("message_zh")
        return cls(
            field=str(data.get("field", "")),
            code=str(data.get("code", "")),
            message=str(data.get("message", "")),
            severity=str(data.get("severity", "warning")),
            message_zh=None if message_zh is None else str(message_zh),
            origin=str(data.get("origin", "validation")),
        )


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    """Why a record failed: a stable ``code``, the English ``message`` and, when the
    error has one, its Chinese ``message_zh`` (exports and the window in Chinese)."""

    code: str
    message: str
    retryable: bool = False
    message_zh: str | None = None

    def text(self, language: str) -> str:
        """The message in ``language`` (``zh…`` or anything else for English)."""
        return self.message_zh if language.lower().startswith("zh") and self.message_zh \
            else self.message

    @classmethod
    def of(cls, exc: Any) -> ErrorInfo:
        """From an ``OcrError`` (or anything with ``code``/``message``)."""
        message = str(getattr(exc, "message", exc))
        zh = getattr(exc, "message_zh", None)
        return cls(str(getattr(exc, "code", "error")), message,
                   bool(getattr(exc, "retryable", False)), zh if zh != message else None)

    def to_dict(self, *, complete: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.message_zh:
            out["message_zh"] = self.message_zh
        if complete:
            out["retryable"] = self.retryable
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ErrorInfo:
        zh = data.get("message_zh")
        return cls(str(data.get("code", "error")), str(data.get("message", "")),
                   bool(data.get("retryable", False)), None if zh is None else str(zh))


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of a record's audit trail: what happened to it, when, and why.

    ``action``: ``read`` (a backend's reading; ``detail`` names the backend),
    ``edit``, ``revert``, ``undo``, ``redo`` (``field``, ``before`` → ``after``),
    ``confirm``, ``override`` (confirmed although ``detail`` lists problems as
    ``field: code``; ``problems`` are the same in words, English and Chinese, as
    they stood then — an export writes them in its language; ``reason`` is the
    clerk's), ``reopen`` (a confirmed record changed), ``pair`` / ``unpair`` (a card's
    back side joined the record or was taken out again; ``detail`` names where the back
    side was read, ``desktop_ocr.pairing``).  ``at`` is local time,
    ISO 8601 with its UTC offset, to the second.
    """

    at: str
    action: str
    field: str | None = None
    before: str | None = None
    after: str | None = None
    reason: str | None = None
    detail: str | None = None
    problems: tuple[FieldWarning, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k in ("at", "action", "field", "before", "after", "reason", "detail")
               if (v := getattr(self, k)) is not None}
        if self.problems:
            out["problems"] = [w.to_dict(complete=True) for w in self.problems]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuditEntry:
        def text(key: str) -> str | None:
            value = data.get(key)
            return None if value is None else str(value)

        problems = data.get("problems")
        return cls(str(data.get("at", "")), str(data.get("action", "")), text("field"),
                   text("before"), text("after"), text("reason"), text("detail"),
                   tuple(FieldWarning.from_dict(w) for w in problems
                         if isinstance(w, dict)) if isinstance(problems, list) else ())


@dataclass(slots=True)
class Step:
    """One undoable change of a record: the fields it touched, before and after.

    A field absent before (``None``) did not exist in the record.  ``open``: the
    clerk is still typing in that field, so the next keystroke joins this step
    (one undo per correction, not per character); not kept on disk.
    """

    action: str  # "edit" or "revert"
    before: dict[str, FieldValue | None]
    after: dict[str, FieldValue | None]
    at: str = ""
    open: bool = False

    def to_dict(self) -> dict[str, Any]:
        def states(d: dict[str, FieldValue | None]) -> dict[str, Any]:
            return {k: None if v is None else v.to_dict(complete=True) for k, v in d.items()}

        return {"action": self.action, "at": self.at, "before": states(self.before),
                "after": states(self.after)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Step:
        def states(d: Any) -> dict[str, FieldValue | None]:
            return {str(k): None if v is None else FieldValue.from_dict(v)
                    for k, v in (d or {}).items()}

        return cls(str(data.get("action", "edit")), states(data.get("before")),
                   states(data.get("after")), str(data.get("at", "")))


@dataclass(slots=True)
class Journal:
    """What the clerk did with a record (``documents.review`` keeps it).

    ``visited``: fields the clerk has looked at (focused or accepted);
    ``undo``/``redo``: the record's own undo stack, kept with it so that undo works
    across document switches and restarts; ``audit``: the trail, oldest first;
    ``override``: the clerk's reason when the confirmation in force overrode
    problems; ``held``: the backend's warnings about fields the clerk has since
    typed (back in force when the edit is undone or reverted).
    """

    visited: set[str] = field(default_factory=set)
    undo: list[Step] = field(default_factory=list)
    redo: list[Step] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    override: str | None = None
    held: list[FieldWarning] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.visited or self.undo or self.redo or self.audit or self.override
                    or self.held)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.visited:
            out["visited"] = sorted(self.visited)
        if self.undo:
            out["undo"] = [s.to_dict() for s in self.undo]
        if self.redo:
            out["redo"] = [s.to_dict() for s in self.redo]
        if self.audit:
            out["audit"] = [a.to_dict() for a in self.audit]
        if self.override:
            out["override"] = self.override
        if self.held:
            out["held"] = [w.to_dict(complete=True) for w in self.held]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Journal:
        data = data or {}
        return cls(
            visited={str(k) for k in data.get("visited") or []},
            undo=[Step.from_dict(s) for s in data.get("undo") or []],
            redo=[Step.from_dict(s) for s in data.get("redo") or []],
            audit=[AuditEntry.from_dict(a) for a in data.get("audit") or []],
            override=str(data["override"]) if data.get("override") else None,
            held=[FieldWarning.from_dict(w) for w in data.get("held") or []],
        )


@dataclass(slots=True)
class Record:
    """A recognised (or failed) document.

    ``source`` is the path exactly as the user gave it; ``page`` is the 1-based
    page of a multi-page PDF (``None`` for single images).  ``document_type`` is
    ``None`` only when recognition failed before the type was known.
    """

    source: str
    document_type: str | None = None
    backend: str = ""
    fields: dict[str, FieldValue] = field(default_factory=dict)
    warnings: list[FieldWarning] = field(default_factory=list)
    error: ErrorInfo | None = None
    status: RecordStatus = RecordStatus.QUEUED
    page: int | None = None
    vendor_ids: dict[str, str] = field(default_factory=dict)  # flowId, busFlowId, request_id
    timings: dict[str, float] = field(default_factory=dict)  # milliseconds per stage
    notes: list[str] = field(default_factory=list)  # e.g. "image downscaled to fit 3 MB"
    id: int | None = None  # store row id once persisted
    # The printed design the backend read (``documents.design``: "ecowas", "5th"...),
    # None when unknown; it says how the document writes its dates.
    design: str | None = None
    # Degrees the backend turned the page clockwise to read it (0, 90, 180, 270):
    # the viewer shows the page the same way up.
    rotation: int = 0
    # SHA-256 (hex) of the source file's bytes: the same document added twice.
    digest: str | None = None
    journal: Journal = field(default_factory=Journal)
    # What the record holds beyond the vendor-shaped fields, under documented keys
    # (EXTRA_KEYS): "mrz" — a card's back side, its machine-readable zone
    # (``documents.back.zone_info``).  Written beside "fields" only when present.
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def empty(cls, source: str, document_type: str, backend: str = "") -> Record:
        """A record with every field of the type present and blank."""
        spec = get_document_type(document_type)
        return cls(
            source=source,
            document_type=document_type,
            backend=backend,
            fields={k: FieldValue() for k in spec.keys},
        )

    @classmethod
    def failed(cls, source: str, error: ErrorInfo, *, backend: str = "",
               document_type: str | None = None, page: int | None = None) -> Record:
        return cls(source=source, document_type=document_type, backend=backend,
                   error=error, status=RecordStatus.FAILED, page=page)

    @property
    def elapsed_ms(self) -> int:
        return round(sum(self.timings.values()))

    def value(self, key: str) -> str:
        fv = self.fields.get(key)
        return fv.value if fv else ""

    def set_value(self, key: str, value: str) -> None:
        """A clerk's edit: keeps the value (and the value as read), marks it edited and
        the record edited.  ``documents.review.edit`` is the edit with undo and audit."""
        fv = self.fields.setdefault(key, FieldValue())
        if fv.value == value:
            return
        if not fv.edited:
            fv.read, fv.read_confidence = fv.value, fv.confidence
        fv.value = value
        fv.edited = True
        fv.confidence = 1.0
        if self.status in (RecordStatus.RECOGNIZED, RecordStatus.CONFIRMED):
            self.status = RecordStatus.EDITED

    def to_dict(self, *, complete: bool = False) -> dict[str, Any]:
        """The CLI's JSON shape (fixed contract, see the README) plus a few extra keys.

        ``complete=True`` adds what the contract leaves out — each field's exact
        confidence, ``edited`` flag and value as read, each warning's severity,
        Chinese message and origin, the error's ``retryable``, the timings per stage,
        the file's ``digest`` and the clerk's ``journal`` — so that
        :meth:`from_dict` gives back an equal record (the store's form; the row id
        is the store's, not part of the record's data).
        """
        out: dict[str, Any] = {
            "source": self.source,
            "document_type": self.document_type,
            "backend": self.backend,
            "fields": {k: v.to_dict(complete=complete) for k, v in self.fields.items()},
            "warnings": [w.to_dict(complete=complete) for w in self.warnings],
            "error": None if self.error is None else self.error.to_dict(complete=complete),
            "elapsed_ms": self.elapsed_ms,
            "status": self.status.value,
        }
        if self.page is not None:
            out["page"] = self.page
        if self.vendor_ids:
            out["vendor_ids"] = dict(self.vendor_ids)
        if self.notes:
            out["notes"] = list(self.notes)
        if self.design:
            out["design"] = self.design
        for key in EXTRA_KEYS:
            if self.extra.get(key):
                out[key] = self.extra[key]
        if self.rotation:
            out["rotation"] = self.rotation
        if complete:
            out["timings"] = dict(self.timings)
            if self.digest:
                out["digest"] = self.digest
            if self.journal:
                out["journal"] = self.journal.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, known_types_only: bool = True) -> Record:
        """Read a record from either shape of :meth:`to_dict` (CLI JSON or the store's).

        Raises ``ValueError`` for a record without ``source``, ``fields`` that is not
        an object, or (``known_types_only``, for input from outside) a document type
        this version does not know; the store reads its own rows with
        ``known_types_only=False`` so that it keeps every record it holds.  Missing
        keys take their defaults; a missing status is ``failed`` with an error, else
        ``recognized``.
        """
        if not isinstance(data, dict) or "source" not in data:
            raise ValueError("a record needs at least a 'source'")
        doc_type = data.get("document_type")
        if known_types_only and doc_type is not None and doc_type not in DOCUMENT_TYPES:
            raise ValueError(f"unknown document type {doc_type!r}")
        err = data.get("error")
        status_raw = data.get("status")
        status = (RecordStatus(status_raw) if status_raw in RecordStatus._value2member_map_
                  else (RecordStatus.FAILED if err else RecordStatus.RECOGNIZED))
        elapsed = data.get("elapsed_ms")
        raw_fields = data.get("fields") or {}
        if not isinstance(raw_fields, dict):
            raise ValueError("'fields' must be an object")
        timings = data.get("timings")
        if isinstance(timings, dict):
            stages = {str(k): float(v) for k, v in timings.items()}
        else:
            stages = {} if elapsed is None else {"total": float(elapsed)}
        return cls(
            source=str(data["source"]),
            document_type=doc_type,
            backend=str(data.get("backend") or ""),
            fields={str(k): FieldValue.from_dict(v) for k, v in raw_fields.items()},
            warnings=[FieldWarning.from_dict(w) for w in data.get("warnings") or []],
            error=None if not err else ErrorInfo.from_dict(err),
            status=status,
            page=data.get("page"),
            vendor_ids={str(k): str(v) for k, v in (data.get("vendor_ids") or {}).items()},
            timings=stages,
            notes=[str(n) for n in data.get("notes") or []],
            design=str(data["design"]) if data.get("design") else None,
            extra={k: copy.deepcopy(data[k]) for k in EXTRA_KEYS if isinstance(data.get(k), dict)},
            rotation=int(data.get("rotation") or 0) % 360,
            digest=str(data["digest"]) if data.get("digest") else None,
            journal=_journal(data),
        )


def _journal(data: dict[str, Any]) -> Journal:
    """The clerk's journal; a JSON export carries the override reason at the top
    (``override_reason``), which a re-export must keep."""
    journal = Journal.from_dict(data.get("journal"))
    if not journal.override and data.get("override_reason"):
        journal.override = str(data["override_reason"])
    return journal
