"""What the clerk reads for a status, a document type and a backend: one table each.

Why one place: the queue, the form, the history and the choosers all name the
same things; a status word, for instance, is translated here once
(``RecordStatus`` is the one lifecycle vocabulary) instead of in each widget.
Document types and backends bring their own labels (the schema, the backend's
description); status words go through Qt's translations (ADR 0062).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_ocr.backends.base import BackendDescription
from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.documents.review import Assessment
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.gui import i18n

#: Statuses the clerk still has to check.
TO_REVIEW = (RecordStatus.RECOGNIZED, RecordStatus.EDITED)


def status_label(status: RecordStatus) -> str:
    """The status word shown to the clerk (translated)."""
    return {
        RecordStatus.QUEUED: QCoreApplication.translate("Labels", "Queued"),
        RecordStatus.RECOGNIZING: QCoreApplication.translate("Labels", "Recognising…"),
        RecordStatus.RECOGNIZED: QCoreApplication.translate("Labels", "Needs review"),
        RecordStatus.EDITED: QCoreApplication.translate("Labels", "Edited, not yet confirmed"),
        RecordStatus.CONFIRMED: QCoreApplication.translate("Labels", "Confirmed"),
        RecordStatus.FAILED: QCoreApplication.translate("Labels", "Failed"),
    }[status]


def worklist_label(status: RecordStatus, check: Assessment, record: Record | None) -> str:
    """What the clerk has to do with a document, in a few words (the queue's Status)."""
    if status is RecordStatus.FAILED:
        if record is not None and record.error is not None and record.error.code == "cancelled":
            return QCoreApplication.translate("Labels", "Cancelled")
        return status_label(status)
    if status is RecordStatus.CONFIRMED:
        if record is not None and record.journal.override:
            return QCoreApplication.translate("Labels", "Confirmed with a reason")
        return status_label(status)
    if status not in TO_REVIEW:
        return status_label(status)
    if check.red:
        return QCoreApplication.translate("Labels", "Fix %n field(s)", "", len(check.red))
    if check.to_visit:
        return QCoreApplication.translate("Labels", "Check %n field(s)", "",
                                          len(check.to_visit))
    return QCoreApplication.translate("Labels", "Ready to confirm")


def type_label(name: str | None) -> str:
    """A document type as the queue and the history show it (``auto``: Auto-detect)."""
    if not name or name == "auto":
        return QCoreApplication.translate("Labels", "Auto-detect")
    spec = DOCUMENT_TYPES.get(name)
    return spec.label(i18n.schema_language()) if spec else name


def document_label(name: str) -> str:
    """A document type as the type choosers offer it (the birth certificate in both
    languages: clerks know it by its Chinese name)."""
    if name == "auto" or name not in DOCUMENT_TYPES:
        return type_label(name)
    spec = DOCUMENT_TYPES[name]
    if spec.both_labels:
        other = spec.label("en" if i18n.schema_language() == "zh" else "zh")
        return f"{spec.label(i18n.schema_language())} / {other}"
    return spec.label(i18n.schema_language())


def backend_label(description: BackendDescription) -> str:
    return description.title(i18n.schema_language())


def side_label(record: Record | None) -> str:
    """Which sides of a card a record holds, when it says (""): "front and back" for a
    front paired with its back side, "back side only" for a back alone
    (``documents.back``: ``Record.extra["mrz"]``)."""
    info = record.extra.get("mrz") if record is not None else None
    if not isinstance(info, dict):
        return ""
    if info.get("front") is False:
        return QCoreApplication.translate("Labels", "back side only")
    return QCoreApplication.translate("Labels", "front and back")
