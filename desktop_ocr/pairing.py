"""One record per card: a front and a back side dropped together become one record.

Why widget-free here: the command line (``recognize`` on a folder or a PDF) and the
queue (pair / unpair by hand) must pair the same way, so the rules live beside
``recognition`` and work on records only.  A back side is a record whose
``extra["mrz"]["front"]`` is False (``documents.back.record_from_zone``); a front is a
record of a type with a back side (``DocumentType.back``) and no zone yet.

:func:`pair_records` pairs, in the order the documents came (files sorted, pages in
order), a front with the back next to it when:

1. they are consecutive pages of one PDF (either page first);
2. they are files of one folder whose names differ only by a side word
   (``card-front.jpg`` / ``card-back.jpg``, ``recto``/``verso``, ``正面``/``背面``);
3. they are files of one folder whose names end in consecutive numbers with the same
   stem (``scan_0007`` / ``scan_0008``, ``card1`` / ``card2``) — a duplex scanner's
   output — *and* they agree on at least one fact that tells people apart (the document
   or personal number, the surname, the given names or the date of birth; not the sex,
   the nationality or an expiry date many cards share): a stack of fronts scanned before
   a stack of backs must not be paired one off;
4. what is left: a back and a front, anywhere in the batch, whose document number or
   personal number is the same, when exactly one front has it.

Rules 1 and 2 pair whatever the two say (a disagreement is then flagged red by the
cross-check — that is the point) unless they are plainly two people: three or more of
the facts that tell people apart read on both sides and none agreeing.  Rules 3 and 4
need the evidence.  :func:`pair` and
:func:`unpair` are the clerk's manual actions (the queue session's, which can undo
them: :func:`take_back` and :func:`back_record` are their halves).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from desktop_ocr.documents.back import attach, compare, detach, record_from_zone, zone_of
from desktop_ocr.documents.mrz import MrzError, parse_td1
from desktop_ocr.documents.record import Record
from desktop_ocr.documents.review import CheckPolicy, rejudge
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.errors import OcrError

__all__ = ["PairingError", "back_record", "find_pairs", "is_back", "is_front", "is_paired",
           "pair", "pair_records", "take_back", "unpair"]

_SIDE_WORDS = r"front|back|recto|verso|face|rear|reverse|obverse|正面|背面|反面"
_SIDE = re.compile(rf"(?i)(?:^|[\s_.\-]*)({_SIDE_WORDS})(?=$|[\s_.\-])")
_NUMBER_END = re.compile(r"^(.*?)(\d+)$")


class PairingError(OcrError):
    """Two records that cannot be one card (not a front and a back of one type)."""

    default_code = "pairing.invalid"


def is_back(record: Record) -> bool:
    """A back side alone: its fields are its zone's."""
    info = record.extra.get("mrz")
    return isinstance(info, dict) and info.get("front") is False and record.error is None


def is_front(record: Record) -> bool:
    """A front of a type that has a back side, with no back attached yet."""
    spec = DOCUMENT_TYPES.get(record.document_type or "")
    return (spec is not None and spec.back is not None and record.error is None
            and "mrz" not in record.extra and any(f.value for f in record.fields.values()))


def is_paired(record: Record) -> bool:
    """A front that holds its back side's zone (one record for the card)."""
    info = record.extra.get("mrz")
    return isinstance(info, dict) and info.get("front") is True and record.error is None


def pair(front: Record, back: Record, policy: CheckPolicy | None = None, *,
         at: str | None = None) -> Record:
    """The clerk's "pair": ``back``'s zone attached to ``front`` (one record, the front's
    fields, checked against the zone and validated again by ``policy``'s thresholds; the
    trail says which back side; a confirmed front is re-opened, ``documents.review``).
    Either order.  Raises ``PairingError`` when they are not a front and a back of one
    type."""
    if not (is_front(front) and is_back(back)) and is_front(back) and is_back(front):
        front, back = back, front
    if not is_front(front) or not is_back(back) or front.document_type != back.document_type:
        raise PairingError(
            "Only a front and a back side of the same kind of card can be paired.",
            message_zh="只能将同一种证件的正面和背面配对。")
    info = dict(back.extra["mrz"])
    info.update(source=back.source, page=back.page)  # where the back side was read
    attach(front, info)
    rejudge(front, "pair", policy, detail=_where(back.source, back.page), at=at)
    return front


def take_back(record: Record, policy: CheckPolicy | None = None, *,
              at: str | None = None) -> dict[str, Any]:
    """The back side out of a paired record (confidences the zone raised put back,
    validated again, in the trail, a confirmed record re-opened); returns the zone's
    ``extra["mrz"]``.  Raises ``PairingError`` for a record holding no back side."""
    if not is_paired(record) or DOCUMENT_TYPES.get(record.document_type or "") is None:
        raise PairingError("This record holds no back side to take apart.",
                           message_zh="此记录不含可拆分的证件背面。")
    info = detach(record)
    assert info is not None
    rejudge(record, "unpair", policy,
            detail=_where(str(info.get("source") or ""), info.get("page")), at=at)
    return info


def back_record(info: dict[str, Any], document_type: str, *, backend: str = "",
                source: str = "") -> Record:
    """The back side a zone's ``extra["mrz"]`` describes, as a record of its own again
    (validated; ``source`` where it was read when ``info`` does not say)."""
    from desktop_ocr.recognition import finish_record

    spec = DOCUMENT_TYPES[document_type]
    try:
        zone = parse_td1(tuple(info.get("lines") or ()))
    except MrzError as exc:  # pragma: no cover - lines were parsed when stored
        raise PairingError("The back side's zone cannot be read again.",
                           message_zh="无法重新读取背面机读区。") from exc
    back = record_from_zone(zone, spec, source=str(info.get("source") or source),
                            page=info.get("page"), confidence=info.get("confidence"),
                            backend=backend)
    back.extra["mrz"].update(source=back.source, page=back.page)
    return finish_record(back)


def unpair(record: Record, policy: CheckPolicy | None = None, *,
           at: str | None = None) -> tuple[Record, Record]:
    """The clerk's "unpair": the front record without the zone (:func:`take_back`), and
    the back side as a record of its own again (:func:`back_record`).  Raises
    ``PairingError`` for a record holding no back side."""
    info = take_back(record, policy, at=at)
    back = back_record(info, record.document_type or "", backend=record.backend,
                       source=record.source)
    return record, back


def _where(source: str, page: int | None) -> str:
    return f"{source} · p.{page}" if page else source


# ---------------------------------------------------------------------------- batches

def _split(source: str) -> tuple[str, str]:
    p = PurePath(source)
    return str(p.parent), p.stem


def _side_pair(a: Record, b: Record) -> bool:
    """Names that differ only by a side word (rule 2)."""
    (da, sa), (db, sb) = _split(a.source), _split(b.source)
    if da != db or a.source == b.source:
        return False
    wa, wb = _SIDE.search(sa), _SIDE.search(sb)
    if wa is None or wb is None or wa.group(1).lower() == wb.group(1).lower():
        return False
    return _SIDE.sub("", sa).lower() == _SIDE.sub("", sb).lower()


def _numbered_pair(a: Record, b: Record) -> bool:
    """Names ending in consecutive numbers with the same stem (rule 3, before evidence)."""
    (da, sa), (db, sb) = _split(a.source), _split(b.source)
    ma, mb = _NUMBER_END.match(sa), _NUMBER_END.match(sb)
    if da != db or ma is None or mb is None or ma.group(1) != mb.group(1):
        return False
    return abs(int(ma.group(2)) - int(mb.group(2))) == 1


def _page_pair(a: Record, b: Record) -> bool:
    return (a.source == b.source and a.page is not None and b.page is not None
            and abs(a.page - b.page) == 1)


# Zone elements whose agreement tells two people apart (rule 3's evidence).
_TELLING = frozenset({"document_number", "personal_number", "surname", "given_names",
                      "birth_date"})


def _agree(front: Record, back: Record) -> bool:
    """Do the front and the back's zone agree on at least one fact that tells people
    apart?"""
    spec = DOCUMENT_TYPES[front.document_type or ""]
    zone = zone_of(back)
    if zone is None:
        return False
    values = {k: v.value for k, v in front.fields.items()}
    return any(c.agrees and c.twin.element in _TELLING
               for c in compare(spec, zone, values, spec.design(front.design)))


def _strangers(front: Record, back: Record) -> bool:
    """Two people: of the facts that tell people apart, three or more were read on both
    sides and none agrees (a misread front still agrees on its name or birth date)."""
    spec = DOCUMENT_TYPES[front.document_type or ""]
    zone = zone_of(back)
    if zone is None:
        return False
    values = {k: v.value for k, v in front.fields.items()}
    told = [c.agrees for c in compare(spec, zone, values, spec.design(front.design))
            if c.twin.element in _TELLING and c.agrees is not None]
    return len(told) >= 3 and not any(told)


def _numbers(record: Record) -> set[str]:
    """A front's document and personal numbers, compacted (rule 4)."""
    spec = DOCUMENT_TYPES[record.document_type or ""]
    assert spec.back is not None
    keys = [t.front[0] for t in spec.back.twins
            if t.element in ("document_number", "personal_number")]
    return {re.sub(r"[^A-Z0-9]", "", record.value(k).upper()) for k in keys} - {""}


def _zone_numbers(back: Record) -> set[str]:
    fields = back.extra["mrz"].get("fields") or {}
    return {re.sub(r"[^A-Z0-9]", "", str(fields.get(k) or "").upper())
            for k in ("document_number", "personal_number")} - {""}


def find_pairs(records: Sequence[Record]) -> list[tuple[int, int]]:
    """The (front, back) positions in ``records`` — the documents in the order they came
    — that the rules (module docstring) make one card; each record in one pair at most.

    A record that is neither a front nor a back side alone (another type, a failed
    read, a front already paired) only separates its neighbours.
    """
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []

    def sides(i: int, j: int) -> tuple[int, int] | None:
        if i in taken or j in taken:
            return None
        a, b = records[i], records[j]
        if a.document_type != b.document_type:
            return None
        if is_front(a) and is_back(b):
            return i, j
        if is_back(a) and is_front(b):
            return j, i
        return None

    for rule, evidence in ((_page_pair, False), (_side_pair, False), (_numbered_pair, True)):
        for i in range(len(records) - 1):
            found = sides(i, i + 1)
            if found is None or not rule(records[i], records[i + 1]):
                continue
            front, back = found
            if evidence and not _agree(records[front], records[back]):
                continue
            if _strangers(records[front], records[back]):  # named alike, two people
                continue
            pairs.append(found)
            taken.update(found)
    # rule 4 — fronts indexed by number once: an archive batch of 10^5 documents must
    # not compare every back with every front
    by_number: dict[tuple[str | None, str], list[int]] = {}
    for j, r in enumerate(records):
        if j not in taken and is_front(r):
            for number in _numbers(r):
                by_number.setdefault((r.document_type, number), []).append(j)
    for i, back in enumerate(records):
        if i in taken or not is_back(back):
            continue
        fronts = sorted({j for number in _zone_numbers(back)
                         for j in by_number.get((back.document_type, number), ())
                         if j not in taken})
        if len(fronts) == 1:
            pairs.append((fronts[0], i))
            taken.update((fronts[0], i))
    return pairs


def pair_records(records: Sequence[Record]) -> list[Record]:
    """The batch with each front and back side of one card made one record (rules in
    the module docstring, :func:`find_pairs`), where the earlier of the two was; every
    other record is kept as it is, in order."""
    out: list[Record | None] = list(records)
    for front, back in find_pairs(records):
        joined = pair(records[front], records[back])
        out[min(front, back)] = joined
        out[max(front, back)] = None
    return [r for r in out if r is not None]
