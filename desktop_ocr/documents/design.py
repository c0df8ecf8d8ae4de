"""A printed design of a document, described as data.

Why: the same document type circulates in several designs (the Ghana Card's ECOWAS
and NIA printings, five editions of the 出生医学证明), and each prints the same
facts under other label words, in other places, with other date spellings.  What
differs is *data*: which labels (in every language the design prints), where a
value stands relative to its label, the slot words inside a value's cell, which
fields the design prints at all, how it writes dates, and which printed words are
never values (headers, tick-box words, margin sentences).  One layout reader
(``backends/offline``) reads every design from its description; adding a design
is adding a description (and a generator rendition), not a code path.

Reader keys (``Printed.key``) are the vendor field keys, or a group key the
document type's module documents (``place`` → birthProvince/City/County; ``p_Age``
→ the mother's or the father's age, whichever parent's block the label is in).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ValueAt(StrEnum):
    """Where a value stands relative to its label (an inline value, printed right
    after the label in the same line, is always accepted too)."""

    RIGHT = "right"  # on the label's row, to its right (forms; "Date of Expiry: 03/03/2030")
    BELOW = "below"  # under the label (ID cards)
    NEAR = "near"  # below or to the right, whichever fits and is nearer


@dataclass(frozen=True, slots=True)
class Printed:
    """One printed label and the value it announces.

    ``labels``: every spelling the design prints for it, in each of its languages
    (``Surname``, ``Nom``), including common truncations (``Personal ID Numbe``).
    ``slots``: slot words printed inside the value's cell (``年 月 日``); they belong
    to the value's cell and are dropped from the value.
    ``options``: tick-box words printed in the value's cell (``男 女``): the value is
    the one whose box is marked — never a word just because it is printed.
    """

    key: str
    labels: tuple[str, ...]
    value_at: ValueAt = ValueAt.RIGHT
    slots: tuple[str, ...] = ()
    options: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Design:
    """One printed design of one document type.

    ``titles``: header lines that tell the design apart; never values.
    ``printed``: the labels and their values.
    ``prints``: vendor keys this design prints a value for; one left empty after
    reading is flagged ``not_found`` (a field the design does not print is not).
    ``other_labels``: labels of cells that hold no vendor field (健康状况, 签发机构,
    Holder's Signature): they end a row and are never a value.
    ``form_words``: other pre-printed words — tick-box words (男 女, 医院 妇幼保健院
    家庭 其它), margin sentences, stamps — never a value, but no fence either (a
    hospital's name may contain 医院).
    ``twins``: a label's second-language twin printed under or after it
    (``Neonatal Name``): part of the label, never a value, never a fence.
    ``day_first``: numeric dates are printed day first (``13/06/1986``); the NIA
    design prints month first (``06/13/1986``).
    ``preprinted``: fields printed on the blank form itself (the certificate's
    serial): found alone, they do not make a filled document.
    ``may_be_blank``: printed fields whose row is often left empty on a filled
    document (previous names, a middle name, the father's block, a voter card's age
    or date of birth — older cards print one, newer the other): flagged
    ``not_found`` only when something was printed where their value stands, or
    when another field of their ``blocks`` was filled.
    ``blocks``: fields filled together or not at all (the father's name, age, ID…).
    ``parts``: titles of further copies of the form printed on the same sheet
    (副页, 存根): each repeats the values, so a whole-sheet scan is read part by part.
    """

    name: str
    document_type: str
    label_en: str
    label_zh: str
    titles: tuple[str, ...]
    printed: tuple[Printed, ...]
    prints: frozenset[str]
    other_labels: tuple[str, ...] = ()
    form_words: tuple[str, ...] = ()
    twins: tuple[str, ...] = ()
    day_first: bool = True
    preprinted: frozenset[str] = frozenset()
    may_be_blank: frozenset[str] = frozenset()
    blocks: tuple[frozenset[str], ...] = ()
    parts: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"Design({self.document_type}/{self.name})"

    def label_table(self) -> dict[str, tuple[str, ...]]:
        """Reader key → every printed spelling (the layout reader's anchors)."""
        out: dict[str, list[str]] = {}
        for p in self.printed:
            out.setdefault(p.key, []).extend(p.labels)
        return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}

    def value_at(self, key: str) -> ValueAt | None:
        for p in self.printed:
            if p.key == key:
                return p.value_at
        return None


def merged_labels(designs: tuple[Design, ...]) -> dict[str, tuple[str, ...]]:
    """Every design's labels per reader key, plus ``_other`` (labels of cells that hold
    no field: they end a row, never a value), ``_title`` and ``_en`` (twins).

    The reader anchors on the labels of *every* design of the type: a label of
    another design printed on this one still fences off its neighbours' values.
    """
    out: dict[str, dict[str, None]] = {}
    for d in designs:
        for key, labels in d.label_table().items():
            out.setdefault(key, {}).update(dict.fromkeys(labels))
        out.setdefault("_other", {}).update(dict.fromkeys(d.other_labels))
        out.setdefault("_title", {}).update(dict.fromkeys(d.titles))
        out.setdefault("_en", {}).update(dict.fromkeys(d.twins))
    return {k: tuple(v) for k, v in out.items()}


def part_titles(designs: tuple[Design, ...]) -> tuple[str, ...]:
    """Every design's titles of further copies of the form (see ``Design.parts``)."""
    return tuple(dict.fromkeys(t for d in designs for t in d.parts))


def never_values(designs: tuple[Design, ...]) -> tuple[str, ...]:
    """Every printed word of the type's designs that is not a value: labels, twins,
    titles, form words (a value that reads as one of them was invented)."""
    words: dict[str, None] = {}
    for d in designs:
        words.update(dict.fromkeys(d.titles))
        words.update(dict.fromkeys(d.other_labels))
        words.update(dict.fromkeys(d.form_words))
        words.update(dict.fromkeys(d.twins))
        for p in d.printed:
            words.update(dict.fromkeys(p.labels))
            words.update(dict.fromkeys(p.slots))
    return tuple(words)
