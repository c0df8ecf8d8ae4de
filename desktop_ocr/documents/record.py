"""The typed record that flows through the whole app.

Why: recognition, the form, the store and the exports all pass the same object,
so there is one place that knows what a record holds and how it is written as
JSON (the CLI contract of the foundation issue).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop_ocr.documents.schema import DOCUMENT_TYPES, get_document_type

Box = tuple[int, int, int, int]


class RecordStatus(StrEnum):
    QUEUED = "queued"
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

    def to_dict(self) -> dict[str, Any]:
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

    ``severity`` is ``error`` (invalid: shown red) or ``warning`` (doubtful: amber).
    """

    field: str
    code: str
    message: str
    severity: str = "warning"
    message_zh: str | None = None
    # "validation" (recomputed after every edit) or "backend" (said by the recogniser, kept).
    origin: str = "validation"

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "code": self.code, "message": self.message}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FieldWarning:
        return cls(
            field=str(data.get("field", "")),
            code=str(data.get("code", "")),
            message=str(data.get("message", "")),
            severity=str(data.get("severity", "warning")),
        )


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    code: str
    message: str
    retryable: bool = False

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


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

    def to_dict(self) -> dict[str, Any]:
        """The CLI's JSON shape (fixed contract) plus a few extra keys."""
        out: dict[str, Any] = {
            "source": self.source,
            "document_type": self.document_type,
            "backend": self.backend,
            "fields": {k: v.to_dict() for k, v in self.fields.items()},
            "warnings": [w.to_dict() for w in self.warnings],
            "error": None if self.error is None else self.error.to_dict(),
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
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Read a record back from the CLI JSON (used by ``desktop-ocr export``)."""
        if not isinstance(data, dict) or "source" not in data:
            raise ValueError("a record needs at least a 'source'")
        doc_type = data.get("document_type")
        if doc_type is not None and doc_type not in DOCUMENT_TYPES:
            raise ValueError(f"unknown document type {doc_type!r}")
        err = data.get("error")
        status_raw = data.get("status")
        status = (RecordStatus(status_raw) if status_raw in RecordStatus._value2member_map_
                  else (RecordStatus.FAILED if err else RecordStatus.RECOGNIZED))
        elapsed = data.get("elapsed_ms")
        raw_fields = data.get("fields") or {}
        if not isinstance(raw_fields, dict):
            raise ValueError("'fields' must be an object")
        return cls(
            source=str(data["source"]),
            document_type=doc_type,
            backend=str(data.get("backend") or ""),
            fields={str(k): FieldValue.from_dict(v) for k, v in raw_fields.items()},
            warnings=[FieldWarning.from_dict(w) for w in data.get("warnings") or []],
            error=None if not err else ErrorInfo(str(err.get("code", "error")),
                                                 str(err.get("message", ""))),
            status=status,
            page=data.get("page"),
            vendor_ids={str(k): str(v) for k, v in (data.get("vendor_ids") or {}).items()},
            timings={} if elapsed is None else {"total": float(elapsed)},
            notes=[str(n) for n in data.get("notes") or []],
            design=str(data["design"]) if data.get("design") else None,
        )
