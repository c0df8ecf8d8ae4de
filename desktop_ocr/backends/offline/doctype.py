"""Which document is this?  Decided from title and label words of the types' designs.

Why: with ``--type auto`` the clerk drops a mixed folder; each kind has words no
other kind prints (出生医学证明, ECOWAS IDENTITY CARD, ELECTORAL COMMISSION, Polling
Station).  The words come from the designs each type describes
(``documents/<type>.py``): a type's titles weigh most, and its label words that no
other type prints add up, so a card whose title was cut off or misread is still
recognised by its labels.  A new type or design is recognised with no edit here.
"""

from __future__ import annotations

import functools
import re

from desktop_ocr.backends.offline.labels import find_labels, fold_label
from desktop_ocr.backends.offline.page import TextLine
from desktop_ocr.documents.identifiers import VALID, Identifier
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.errors import BackendError


@functools.cache
def keywords() -> dict[str, dict[str, tuple[str, ...]]]:
    """Per type: ``title`` words (its designs' headers) and ``label`` words (labels
    of 5+ letters or 3+ glyphs that no other type prints)."""
    def labels_of(name: str) -> set[str]:
        return {label for d in DOCUMENT_TYPES[name].designs for p in d.printed
                for label in p.labels}

    def titles_of(name: str) -> set[str]:
        return {t for d in DOCUMENT_TYPES[name].designs for t in d.titles}

    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for name in DOCUMENT_TYPES:
        others = set().union(*(labels_of(o) | titles_of(o) for o in DOCUMENT_TYPES if o != name))
        other_folded = {fold_label(w) for w in others}
        own = sorted(w for w in labels_of(name) if fold_label(w) not in other_folded
                     and len(fold_label(w)) >= (3 if any(ord(c) > 0x3000 for c in w) else 5))
        titles = sorted(t for t in titles_of(name) if fold_label(t) not in other_folded)
        out[name] = {"title": tuple(titles), "label": tuple(own)}
    return out


def scores(lines: list[TextLine]) -> dict[str, float]:
    text = "\n".join(ln.text for ln in lines)
    out: dict[str, float] = {}
    for doc, groups in keywords().items():
        total = 0.0
        for group, words in groups.items():
            table = {w: (w,) for w in words}
            hits = {m.key for line in text.splitlines()
                    for m in find_labels(line, table, fuzzy_min=0.85)}
            weight = 3.0 if group == "title" else 1.0
            total += weight * min(len(hits), 2 if group == "title" else 6)
        out[doc] = total
    # An identifier whose printed form starts with letters of its own (GHA-…) found as
    # printed anywhere is a strong sign of the type whose field it is.
    for name, spec in DOCUMENT_TYPES.items():
        idents = [f.identifier for f in spec.fields if f.identifier is not None
                  and any(re.match(r"[A-Z]{2,}", form) for form in f.identifier.forms)]
        if any(ident.read(ln.text).status == VALID and _head(ident) in ln.text.upper()
               for ident in idents for ln in lines):
            out[name] = out.get(name, 0.0) + 2.0
    return out


def _head(ident: Identifier) -> str:
    """The letters an identifier's first printed form starts with (``GHA``)."""
    m = re.match(r"[A-Z]{2,}", ident.forms[0])
    return m.group(0) if m else ""


def detect(lines: list[TextLine]) -> str:
    """The document type, or BackendError ``offline.unknown_document``."""
    sc = scores(lines)
    best = max(sc, key=lambda k: sc[k])
    if sc[best] < 2.0:
        raise BackendError(
            "Could not tell which document this is; choose the type.",
            message_zh="无法判断这是哪种证件，请选择证件类型。",
            code="offline.unknown_document",
        )
    return best
