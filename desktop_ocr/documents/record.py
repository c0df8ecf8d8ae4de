"""The typed record that flows through the whole app.

Why: recognition, the form, the store and the exports all pass the same object,
so there is one place that knows what a record holds and how it is written as
JSON: ``to_dict()`` is the CLI contract of the foundation issue (README), and
``to_dict(complete=True)`` the same shape plus everything else the record holds
(edited flags, warning severity and origin, timings), which the record store
keeps.  ``from_dict`` reads both, so there is one serialiser, not one per user.
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
    """One field's value with how sure the backend was and where it sits on the image."""

    value: str = ""
    confidence: float | None = None
    box: Box | None = None
    edited: bool = False

    def to_dict(self, *, complete: bool = False) -> dict[str, Any]:
        """``{"value", "confidence" (4 decimals), "box"}``; ``complete``: the exact
        confidence and ``edited`` as well."""
        if complete:
            return {"value": self.value, "confidence": self.confidence,
                    "box": None if self.box is None else [int(v) for v in self.box],
                    "edited": self.edited}
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
        return cls(
            value="" if data.get("value") is None else str(data.get("value")),
            confidence=None if conf is None else float(conf),
            box=None if not box else (int(box[0]), int(box[1]), int(box[2]), int(box[3])),
            edited=bool(data.get("edited", False)),
        )


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
        """``{"field", "code", "message"}`` (and ``"severity": "info"`` for a note, read
        back as a note, not as a doubt); ``complete``: with severity, the Chinese message
        and the origin too."""
        out: dict[str, Any] = {"field": self.field, "code": self.code, "message": self.message}
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
    code: str
    message: str
    retryable: bool = False

    def to_dict(self, *, complete: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message}
        if complete:
            out["retryable"] = self.retryable
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ErrorInfo:
        return cls(str(data.get("code", "error")), str(data.get("message", "")),
                   bool(data.get("retryable", False)))


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
        """A clerk's edit: keeps the value, marks it edited and the record edited."""
        fv = self.fields.setdefault(key, FieldValue())
        if fv.value == value:
            return
        fv.value = value
        fv.edited = True
        fv.confidence = 1.0
        if self.status in (RecordStatus.RECOGNIZED, RecordStatus.CONFIRMED):
            self.status = RecordStatus.EDITED

    def to_dict(self, *, complete: bool = False) -> dict[str, Any]:
        """The CLI's JSON shape (fixed contract, see the README) plus a few extra keys.

        ``complete=True`` adds what the contract leaves out — each field's exact
        confidence and ``edited`` flag, each warning's severity, Chinese message and
        origin, the error's ``retryable``, the timings per stage — so that
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
        if complete:
            out["timings"] = dict(self.timings)
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
        )
