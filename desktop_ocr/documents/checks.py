"""What a cross-field check sees and says: the values of one record, and findings.

Why a module of its own: each document type declares its own cross-field checks
(parents' IDs against their ages, a card's expiry after its issue...) in its own
module, and ``validate`` runs them; both need this small context without importing
each other or the record type.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop_ocr.documents.values import parse_date

if TYPE_CHECKING:
    from desktop_ocr.documents.design import Design
    from desktop_ocr.documents.fields import DocumentType

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One doubt about one field (becomes a ``FieldWarning``)."""

    field: str
    code: str
    message: str
    message_zh: str
    severity: str = WARNING


@dataclass(slots=True)
class Checks:
    """The values of one record (read only) and the findings collected on them.

    ``design``: the printed design the record was read from, when known — it says
    how its dates are written (day or month first).
    """

    values: Mapping[str, str]
    spec: DocumentType
    today: dt.date
    design: Design | None = None
    out: list[Finding] = field(default_factory=list)

    def value(self, key: str) -> str:
        return (self.values.get(key) or "").strip()

    def add(self, key: str, code: str, en: str, zh: str, severity: str = WARNING) -> None:
        self.out.append(Finding(key, code, en, zh, severity))

    @property
    def day_first(self) -> bool:
        return self.design is None or self.design.day_first

    def date(self, key: str) -> dt.date | None:
        """The field's date (None when empty or unreadable)."""
        try:
            past = self.spec.field(key).past
        except KeyError:
            past = False
        return parse_date(self.value(key), past=past, day_first=self.day_first)


def full_years(born: dt.date, on: dt.date) -> int:
    """Full years of age on a given day."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
