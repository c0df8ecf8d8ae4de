"""Fields of the Ghana Card (ECOWAS identity card) and the Ghana voter ID card.

Why: both cards print a small label with its value under it (or, on some voter
cards, beside it); the labels are bilingual on the Ghana Card (``Surname/Nom``).
Values are checked by shape (a date is a date, the sex is M/F...) so a missing
value is left blank instead of borrowing the next field's.  Identifiers with a
fixed shape (``GHA-#########-#``, the ten-digit voter number) are also found
without their label, which cards often omit or print tiny.
"""

from __future__ import annotations

import itertools
import re

from desktop_ocr.backends.offline.layout import Found, Segment
from desktop_ocr.backends.offline.page import PageText
from desktop_ocr.backends.offline.reader import (
    Check,
    NeverValues,
    date_ok,
    date_text,
    derived_date,
    height_m,
    in_vocabulary,
    latin_name,
    name_ok,
    read_labelled,
    sex_letter,
    tables,
    value_of,
)
from desktop_ocr.documents.design import Design
from desktop_ocr.documents.fields import FieldKind
from desktop_ocr.documents.identifiers import (
    GHANA_CARD_DOCUMENT_NUMBER,
    GHANA_PIN,
    INVALID,
    POLLING_STATION_CODE,
    VOTER_ID,
    compact,
)
from desktop_ocr.documents.values import parse_date

Result = dict[str, tuple[str, float, Found | None]]


def _never() -> NeverValues:
    return tables("ghana_card").never


def _upper_name(s: str) -> str:
    return latin_name(_drop_label_words(s))


def label_like(text: str) -> bool:
    """A misread label (``SHENAM``, ``CTUHER NAMLS``), not a value: a printed word of
    either card's designs, or OCR's near miss of one (``reader.NeverValues``)."""
    return text in tables("ghana_card").never or text in tables("ghana_voter").never


def _drop_label_words(text: str) -> str:
    """``SEENAME TAMAKLOE`` → ``TAMAKLOE``: a misread label read into the value's line."""
    words = text.split()
    while len(words) > 1 and len(words[0]) >= 6 and label_like(words[0].rstrip(":")):
        words = words[1:]
    return " ".join(words)


def _name_ok(s: str) -> bool:
    return name_ok(_drop_label_words(s)) and not label_like(s)


def _put(out: Result, key: str, value: str, f: Found | None, factor: float = 1.0) -> None:
    if value:
        out[key] = (value, (f.score if f else 0.5) * factor, f)


def _date(out: Result, key: str, f: Found | None, design: Design | None,
          factor: float = 1.0) -> None:
    if f is None:
        return
    raw = date_text(f.text)
    spec = tables("ghana_card").spec if key in tables("ghana_card").spec.keys \
        else tables("ghana_voter").spec
    _put(out, key, raw, f, factor)
    _put(out, f"{key}_s", derived_date(spec.field(f"{key}_s"), raw, design), f, factor)


def _anywhere(segs: list[Segment], test) -> Found | None:  # type: ignore[no-untyped-def]
    best: Segment | None = None
    for s in segs:
        if s.key is None and test(s.text) and (best is None or s.score > best.score):
            best = s
    return None if best is None else Found(best.text, best.score, [best])


def _read(segs: list[Segment], document_type: str, design: Design | None, out: Result,
          checks: dict[str, Check]) -> dict[str, Found]:
    """Every labelled field of a card, converted to its vendor value."""
    t = tables(document_type)
    found = read_labelled(segs, t, design, checks)
    for key, f in found.items():
        fs = t.spec.field(key)
        if fs.kind is FieldKind.DATE_RAW:
            _date(out, key, f, design)
        elif fs.kind is FieldKind.NAME or key == "place_of_issue":
            _put(out, key, _upper_name(f.text), f)
        elif key == "nationality":
            _put(out, key, _nationality(f.text), f)
        else:
            value, factor = value_of(fs, f.text, design)
            _put(out, key, value, f, factor)
    return found


def _nationality(s: str) -> str:
    """A nationality the card can print (``documents.ghana_card.NATIONALITIES``)."""
    return in_vocabulary(tables("ghana_card").spec.field("nationality"), s)[0]


_NAME_CHECKS: dict[str, Check] = {
    "surname": _name_ok, "first_name": _name_ok, "middle_name": _name_ok,
    "previous_name": _name_ok, "other_names": _name_ok, "place_of_issue": _name_ok,
    "nationality": lambda s: bool(_nationality(s)) and not label_like(s),
}


def extract_card(segs: list[Segment], design: Design | None = None,
                 page: PageText | None = None) -> Result:
    """Ghana Card fields: labelled ones, then the PIN anywhere, then shape and order."""
    out: Result = {}
    _read(segs, "ghana_card", design, out, _NAME_CHECKS)
    if "id_number" not in out:
        pin_f = _anywhere(segs, lambda t: GHANA_PIN.read(t).status != INVALID)
        if pin_f is not None:
            checked = GHANA_PIN.read(pin_f.text)
            _put(out, "id_number", checked.value, pin_f, checked.factor)
    card_fallback(segs, out, design)
    return out


def extract_voter(segs: list[Segment], design: Design | None = None,
                  page: PageText | None = None) -> Result:
    """Voter card fields: labelled ones, the ten-digit number anywhere, shape and order."""
    out: Result = {}
    _read(segs, "ghana_voter", design, out, _NAME_CHECKS)
    if "voter_id_number" not in out:
        vid = _anywhere(segs, lambda t: bool(re.fullmatch(r"\d{10}", compact(t))))
        if vid is None:
            vid = _anywhere(segs, lambda t: VOTER_ID.read(t).status != INVALID
                            and len(compact(t)) <= 12)
        if vid is not None:
            checked = VOTER_ID.read(vid.text)
            _put(out, "voter_id_number", checked.value, vid, checked.factor)
    voter_fallback(segs, out, design)
    return out


# ----------------------------------------------------------------- labels unreadable
#
# Why: on a fax, a faint photo or a worn card the small printed labels are often the
# first thing lost while the bold values survive.  Both cards print a fixed set of
# fields in a fixed order (names first, then the row of nationality / sex / height,
# dates in time order, place of issuance last), and most values have a shape only
# one field can have.  Fields the labels did not give are filled from that, at a
# lower confidence so the form flags them; a field already read by its label is
# never replaced.

_FALLBACK = 0.7


def _free(segs: list[Segment], out: Result) -> list[Segment]:
    used = {id(p) for v in out.values() if v[2] is not None for p in v[2].segments}
    return [s for s in segs if s.key is None and id(s) not in used]


def _caps_name(s: Segment, value_h: float = 0.0) -> bool:
    """A printed name: capitals (a signature or a misread label is mixed case), as
    tall as the other values (labels are printed smaller than values), no digit (a
    barcode's text read as letters)."""
    letters = [c for c in s.text if c.isalpha()]
    return (len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)
            and not any(c.isdigit() for c in s.text)
            and s.h >= 0.8 * value_h and _name_ok(s.text) and not label_like(s.text))


def _sex_word(text: str) -> bool:
    """A value that is the sex alone: M, F, MALE, FEMALE (or a one-letter misread)."""
    t = text.strip()
    return t.isalpha() and len(t) <= 6 and t.isupper() and bool(sex_letter(t))


def _value_height(out: Result) -> float:
    """Median height of the values already read (their labels were found)."""
    hs = sorted(p.h for v in out.values() if v[2] is not None for p in v[2].segments)
    return hs[len(hs) // 2] if hs else 0.0


def _one(segs: list[Segment], test) -> Segment | None:  # type: ignore[no-untyped-def]
    hits = [s for s in segs if test(s.text)]
    return hits[0] if len(hits) == 1 else None


def _weak(s: Segment) -> Found:
    return Found(s.text, s.score * _FALLBACK, [s])


def _fill_dates(out: Result, free: list[Segment], keys: tuple[str, ...],
                design: Design | None) -> None:
    """Dates by time order (born < issued < expires; born < registered) when the
    dates left over are exactly as many as the date fields missing (of those the
    design prints)."""
    day_first = design is None or design.day_first
    keys = tuple(k for k in keys if design is None or k in design.prints)
    missing = [k for k in keys if k not in out]

    def when(text: str):  # type: ignore[no-untyped-def]
        return parse_date(date_text(text), day_first=day_first)

    dates = [(when(s.text), s) for s in free if date_ok(s.text, day_first)]
    if not missing or len(dates) != len(missing):
        return
    dates.sort(key=lambda d: d[0])  # type: ignore[arg-type, return-value]
    known = {k: when(out[k][0]) for k in keys if k in out}
    for key, (day, _s) in zip(missing, dates, strict=True):
        i = keys.index(key)
        before = [known[k] for k in keys[:i] if known.get(k)]
        after = [known[k] for k in keys[i + 1:] if known.get(k)]
        if any(b > day for b in before) or any(a < day for a in after):  # type: ignore[operator]
            return
    for key, (_, s) in zip(missing, dates, strict=True):
        _date(out, key, _weak(s), design)


_CARD_NAMES = ("surname", "first_name", "middle_name", "previous_name")


def _names_by_order(out: Result, names: list[Segment], keys: tuple[str, ...],
                    free_ids: set[int]) -> None:
    """Printed names whose labels were lost, given the name field their place in the
    printed order leaves: between two names a label placed, the missing fields there
    take the free names in order when there are exactly as many of each, or when the
    names are fewer and the required fields come first — or the one required field
    there takes the one free name (an empty ``Previous Names`` row prints nothing)."""
    pinned: dict[int, int] = {}  # position in names -> index in keys
    for i, seg in enumerate(names):
        for k, key in enumerate(keys):
            got = out.get(key)
            if got and got[2] is not None and any(p is seg for p in got[2].segments):
                pinned[i] = k
    bounds = [(-1, -1), *sorted(pinned.items()), (len(names), len(keys))]
    required = {"surname", "first_name", "other_names"}
    for (i0, k0), (i1, k1) in itertools.pairwise(bounds):
        if k1 <= k0:  # labels out of the printed order: nothing to infer between them
            continue
        gap = [names[i] for i in range(i0 + 1, i1) if id(names[i]) in free_ids]
        wanted = [keys[k] for k in range(k0 + 1, k1) if keys[k] not in out]
        if not gap or not wanted:
            continue
        if len(gap) == len(wanted):
            pairs = list(zip(wanted, gap, strict=True))
        elif len(gap) < len(wanted) and all(k in required for k in wanted[:len(gap)]):
            # Fewer names than fields: the required ones lead the printed order, and
            # the optional ones (middle, previous names) are the ones left empty.
            pairs = list(zip(wanted, gap, strict=False))
        elif len(gap) == 1 and len([k for k in wanted if k in required]) == 1:
            pairs = [(next(k for k in wanted if k in required), gap[0])]
        else:
            continue
        for key, seg in pairs:
            _put(out, key, _upper_name(seg.text), _weak(seg))


def card_fallback(segs: list[Segment], out: Result, design: Design | None = None) -> None:
    """Ghana Card fields the labels did not give, from shape and order."""
    prints = design.prints if design is not None else frozenset(_CARD_NAMES) | {
        "document_number", "height", "gender", "nationality", "place_of_issue"}
    free = _free(segs, out)
    if "document_number" not in out and "document_number" in prints and (s := _one(
            free, lambda t: len(compact(t)) in (9, 11)
            and GHANA_CARD_DOCUMENT_NUMBER.read(t, anywhere=False).status != INVALID)):
        checked = GHANA_CARD_DOCUMENT_NUMBER.read(s.text)
        _put(out, "document_number", checked.value, _weak(s), checked.factor)
    if "height" not in out and (s := _one(free, lambda t: bool(
            re.fullmatch(r"[0-2][.,]\d{2}[Mm]?", t.replace(" ", ""))))):
        _put(out, "height", height_m(s.text), _weak(s))
    if "gender" not in out and (s := _one(free, _sex_word)):
        _put(out, "gender", sex_letter(s.text), _weak(s))
    _fill_dates(out, _free(segs, out), ("birthday", "issue_date", "expiry_date"), design)
    # The row of sex and height splits the names above from the rest.
    row = [out[k][2].segments[0] for k in ("gender", "height") if k in out and out[k][2]]
    values = [s for s in segs if s.key is None]
    value_h = _value_height(out)
    names = sorted((s for s in values if _caps_name(s, value_h)), key=lambda s: s.cy)
    if not row:
        return
    anchor = min(row, key=lambda s: s.cy)
    if "nationality" not in out and "nationality" in prints:
        same = [s for s in names if abs(s.cy - anchor.cy) < 0.7 * max(s.h, anchor.h)
                and s.x0 < anchor.x0]
        if same and id(same[0]) in {id(f) for f in _free(segs, out)}:
            _put(out, "nationality", _nationality(same[0].text), _weak(same[0]))
    above = [s for s in names if s.y1 < anchor.y0 - 0.2 * anchor.h]
    keys = tuple(k for k in _CARD_NAMES if k in prints)
    _names_by_order(out, above, keys, {id(s) for s in _free(segs, out)})
    dates = [out[k][2].segments[0] for k in ("issue_date", "expiry_date")
             if k in out and out[k][2]]
    if "place_of_issue" not in out and "place_of_issue" in prints and dates:
        last = max(d.y1 for d in dates)
        below = [s for s in _free(segs, out) if _caps_name(s, value_h)
                 and s.y0 > last - 0.3 * s.h]
        if len(below) == 1:
            _put(out, "place_of_issue", _upper_name(below[0].text), _weak(below[0]))


def voter_fallback(segs: list[Segment], out: Result, design: Design | None = None) -> None:
    """Voter card fields the labels did not give, from shape and order."""
    free = _free(segs, out)
    if "gender" not in out and (s := _one(free, _sex_word)):
        _put(out, "gender", sex_letter(s.text), _weak(s))
    if "age" not in out and (s := _one(free, lambda t: bool(re.fullmatch(r"\d{2,3}", t.strip()))
                                       and 18 <= int(t.strip()) <= 120)):
        _put(out, "age", s.text.strip(), _weak(s))
    if "polling_station_code" not in out and (s := _one(
            free, lambda t: POLLING_STATION_CODE.read(t, anywhere=False).status != INVALID)):
        checked = POLLING_STATION_CODE.read(s.text)
        _put(out, "polling_station_code", checked.value, _weak(s), checked.factor)
    _fill_dates(out, _free(segs, out), ("birthday", "registry_date"), design)
    value_h = _value_height(out)
    names = sorted((s for s in segs if s.key is None and _caps_name(s, value_h)),
                   key=lambda s: s.cy)
    _names_by_order(out, names, ("surname", "other_names"),
                    {id(s) for s in _free(segs, out)})
