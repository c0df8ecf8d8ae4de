"""The registry of document types.

Why: every layer (extraction, vendor clients, form, export) looks a type up by its
stable name here.  Each type is one module (``documents/birth_certificate.py``,
``ghana_card.py``, ``ghana_voter.py``) holding its fields with everything per field,
its cross-field checks and its printed designs; adding a type is adding its module
and one line below (plus its generator rendition).
"""

from __future__ import annotations

from desktop_ocr.documents.birth_certificate import BIRTH_CERTIFICATE
from desktop_ocr.documents.fields import DocumentType, FieldKind, FieldSpec, Plausible
from desktop_ocr.documents.ghana_card import GHANA_CARD
from desktop_ocr.documents.ghana_voter import GHANA_VOTER

__all__ = [
    "AUTO",
    "BIRTH_CERTIFICATE",
    "DOCUMENT_TYPES",
    "GHANA_CARD",
    "GHANA_VOTER",
    "DocumentType",
    "FieldKind",
    "FieldSpec",
    "Plausible",
    "get_document_type",
]

DOCUMENT_TYPES: dict[str, DocumentType] = {
    t.name: t for t in (BIRTH_CERTIFICATE, GHANA_CARD, GHANA_VOTER)
}

AUTO = "auto"


def get_document_type(name: str) -> DocumentType:
    """Look a document type up by its stable name; a clear error for an unknown one."""
    try:
        return DOCUMENT_TYPES[name]
    except KeyError:
        known = ", ".join(DOCUMENT_TYPES)
        raise ValueError(f"unknown document type {name!r} (known: {known})") from None
