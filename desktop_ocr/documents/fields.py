"""What a document type is made of: its fields, each with everything known about it.

Why: the form, the normaliser, the validators, the exports, the history and the
offline engine all ask the same questions of a field (what kind of value, which
identifier format, can the date lie in the future, what range is plausible, is it
shown in the history).  Each answer is an attribute of the field, declared once in
the type's own module (``documents/birth_certificate.py``...), so adding a type
never means teaching a dozen modules its field names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop_ocr.documents.identifiers import Identifier

if TYPE_CHECKING:
    from desktop_ocr.documents.back import BackSide
    from desktop_ocr.documents.checks import Checks
    from desktop_ocr.documents.design import Design


class FieldKind(StrEnum):
    """What a field holds; drives normalisation, validation and the editor used."""

    TEXT = "text"
    NAME = "name"
    DATE = "date"  # ISO yyyy-mm-dd (birth certificate)
    DATE_RAW = "date_raw"  # date exactly as printed (Ghana cards)
    DATE_S = "date_s"  # vendor dd-mm-yyyy form derived from the raw one
    NUMBER = "number"
    WEIGHT = "weight"  # kilograms, as the vendor returns it ("3.2")
    SEX = "sex"
    CN_ID = "cn_id"  # Chinese resident identity number (18 chars, may be masked)
    GHA_PIN = "gha_pin"  # Ghana Card PIN GHA-#########-#
    VOTER_ID = "voter_id"  # Ghana voter ID, 10 digits
    CODE = "code"  # document / polling station / certificate codes


DATE_KINDS = frozenset({FieldKind.DATE, FieldKind.DATE_RAW})


@dataclass(frozen=True, slots=True)
class Plausible:
    """The range a true value lies in; outside it a misread is likelier than the truth."""

    low: float
    high: float
    unit_en: str
    unit_zh: str


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a document type, keyed exactly as the vendor API names it.

    ``identifier``: the identifier format the value must have (``documents.identifiers``).
    ``past``: a date that cannot lie in the future (birth, issue, registration).
    ``plausible``: the usual range of a number.
    ``derived_from``: for a ``*_s`` date, the as-printed field it is computed from.
    ``history``: ``"name"`` or ``"id"`` when the History list shows the field.
    ``only_if``: (other field, predicate on its value) — the identifier rules apply
    only when it holds (a foreign parent's document number may be a passport).
    ``vocabulary``: values the field commonly holds that a design may also print
    as a form word or that sit one glyph from a label (汉族 / 民族): always values.
    ``closed``: the value is one of the vocabulary (a nationality on a Ghana Card):
    anything else read there is a misread or not the value.
    """

    key: str
    label_zh: str
    label_en: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = False
    derived_from: str | None = None
    identifier: Identifier | None = None
    past: bool = False
    plausible: Plausible | None = None
    history: str | None = None
    only_if: tuple[str, Callable[[str], bool]] | None = None
    vocabulary: frozenset[str] = frozenset()
    closed: bool = False

    def label(self, language: str = "en") -> str:
        return self.label_zh if language.lower().startswith("zh") else self.label_en


CrossCheck = Callable[["Checks"], None]


@dataclass(frozen=True, slots=True)
class DocumentType:
    """A document type: its fields in vendor order, how it spells sex, its cross-field
    checks and the printed designs in circulation (``documents.design``).

    ``sex_spelling``: ``"zh"`` (男/女) or ``"letter"`` (M/F), as the vendor returns it.
    ``both_labels``: choosers show the type in both languages (clerks know the
    出生医学证明 by its Chinese name whatever the interface language).
    ``back``: the machine-readable zone its back side prints and which front field each
    element repeats (``documents.back``); None for a type whose back holds no zone.
    """

    name: str
    label_zh: str
    label_en: str
    fields: tuple[FieldSpec, ...]
    sex_spelling: str
    cross_checks: tuple[CrossCheck, ...] = ()
    designs: tuple[Design, ...] = field(default=())
    both_labels: bool = False
    back: BackSide | None = None

    def label(self, language: str = "en") -> str:
        return self.label_zh if language.lower().startswith("zh") else self.label_en

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    def field(self, key: str) -> FieldSpec:
        for spec in self.fields:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def design(self, name: str | None) -> Design | None:
        """The named design of this type, or None (unknown or not given)."""
        for d in self.designs:
            if d.name == name:
                return d
        return None

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every field's known values (see ``FieldSpec.vocabulary``)."""
        return frozenset().union(*(f.vocabulary for f in self.fields))

    @property
    def history_name_keys(self) -> tuple[str, ...]:
        """Fields joined into the name the History list shows, in field order."""
        return tuple(f.key for f in self.fields if f.history == "name")

    @property
    def history_id_key(self) -> str | None:
        """The field the History list shows as the document's number."""
        return next((f.key for f in self.fields if f.history == "id"), None)
