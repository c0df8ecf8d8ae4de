"""Fields of the Ghana Card (ECOWAS identity card) and the Ghana voter ID card.

Why: both cards print a small label with its value under it (or, on some voter
cards, beside it); the labels are bilingual on the Ghana Card (``Surname/Nom``).
Values are checked by shape (a date is a date, the sex is M/F...) so a missing
value is left blank instead of borrowing the next field's.  Identifiers with a
fixed shape (``GHA-#########-#``, the ten-digit voter number) are also found
without their label, which cards often omit or print tiny.
"""

from __future__ import annotations

import difflib
import functools
import re

from desktop_ocr.backends.offline import repair
from desktop_ocr.backends.offline.labels import fold_label
from desktop_ocr.backends.offline.layout import Found, Segment, value_for
from desktop_ocr.documents.normalize import clean_name, date_s, normalize_sex, parse_date

CARD_LABELS: dict[str, tuple[str, ...]] = {
    "surname": ("Surname", "Nom"),
    "firstnames": ("Firstnames", "First Names", "Firstname", "Given Names", "Prénoms", "Prenoms"),
    "previous_name": ("Previous Names", "Previous Name", "Noms Antérieurs", "Noms Anterieurs"),
    "nationality": ("Nationality", "Nationalité"),
    "gender": ("Sex", "Sexe", "Gender"),
    "height": ("Height", "Taille", "Height (m)", "Taille (m)"),
    "birthday": ("Date of Birth", "Date de Naissance", "Birth Date"),
    "document_number": ("Document Number", "Numéro du document", "Numéro de document",
                        "Document No", "Doc No"),
    "place_of_issue": ("Place of Issuance", "Place of Issue", "Lieu de délivrance"),
    "issue_date": ("Date of Issuance", "Date of Issue", "Date de délivrance", "Issue Date"),
    "expiry_date": ("Date of Expiry", "Date d'expiration", "Expiry Date", "Date of Expiration"),
    "id_number": ("Personal ID Number", "Personal ID No", "Numéro d'identification personnel",
                  "ID Number"),
    "_other": ("Holder's Signature", "Signature du Titulaire", "Signature"),
    "_title": ("ECOWAS IDENTITY CARD", "REPUBLIC OF GHANA", "National Identification Authority",
               "CARTE D'IDENTITE CEDEAO", "République du Ghana"),
}

VOTER_LABELS: dict[str, tuple[str, ...]] = {
    "voter_id_number": ("Voter ID Number", "Voter ID No", "Voter ID", "ID Number"),
    "surname": ("Surname", "Last Name"),
    "other_names": ("Other Names", "Other Name", "Othernames", "First Names", "Given Names"),
    "age": ("Age",),
    "gender": ("Sex", "Gender"),
    "birthday": ("Date of Birth", "Birth Date", "DOB"),
    "registry_date": ("Date of Registration", "Registration Date", "Reg. Date", "Date Registered"),
    "polling_station_code": ("Polling Station Code", "Polling Station", "PS Code",
                             "Station Code"),
    "_other": ("Signature", "Thumbprint"),
    "_title": ("ELECTORAL COMMISSION OF GHANA", "ELECTORAL COMMISSION", "VOTER ID CARD",
               "VOTERS ID CARD", "VOTER IDENTITY CARD"),
}

# Values the detector may merge with a neighbour on the same baseline.
SPLITTERS = (
    re.compile(r"GHA\s*[-–]?\s*[0-9OIlSBZG]{9}\s*[-–]?\s*[0-9OIlSBZG]", re.IGNORECASE),
    re.compile(r"(?<!\d)\d{2}\s*/\s*\d{2}\s*/\s*\d{4}(?!\d)"),
    re.compile(r"(?<!\d)\d{4}\s*/\s*\d{2}\s*/\s*\d{2}(?!\d)"),
)

_NAME = re.compile(r"^[A-Z][A-Z' \-.]*[A-Z.]$|^[A-Z]$")


def _upper_name(s: str) -> str:
    s = clean_name(_drop_label_words(s)).upper()
    # A digit inside a name is a misread letter (K0FI, MENSA5): 0→O, 1→I, 5→S, 8→B.
    s = re.sub(r"(?<=[A-Z])[0158]|[0158](?=[A-Z])",
               lambda m: m.group(0).translate(repair.TO_LETTER), s)
    s = re.sub(r"[^A-Z' \-]", "", s)
    return re.sub(r"\s+", " ", s).strip(" -'")


@functools.lru_cache(maxsize=1)
def _label_words() -> tuple[str, ...]:
    """Every label of both cards, folded, and each of their words of 4+ letters."""
    out: set[str] = set()
    for table in (CARD_LABELS, VOTER_LABELS):
        for variants in table.values():
            for v in variants:
                out.add(fold_label(v))
                out.update(fold_label(w) for w in re.split(r"[\s/]+", v) if len(w) >= 4)
    return tuple(sorted(x for x in out if len(x) >= 4))


def label_like(text: str) -> bool:
    """A misread label (``SHENAM``, ``CTUHER NAMLS``), not a value: closer to a label
    word than names usually are (difflib ratio ≥ 0.72 against a label word of six
    letters or more and about the same length)."""
    t = fold_label(text)
    if len(t) < 6:
        return False
    for w in _label_words():
        if len(w) < 6 or abs(len(w) - len(t)) > 2:
            continue
        sm = difflib.SequenceMatcher(None, t, w)
        if sm.real_quick_ratio() >= 0.72 and sm.quick_ratio() >= 0.72 and sm.ratio() >= 0.72:
            return True
    return False


def _drop_label_words(text: str) -> str:
    """``SEENAME TAMAKLOE`` → ``TAMAKLOE``: a misread label read into the value's line."""
    words = text.split()
    while len(words) > 1 and len(words[0]) >= 6 and label_like(words[0].rstrip(":")):
        words = words[1:]
    return " ".join(words)


def _name_ok(s: str) -> bool:
    t = _upper_name(s)
    digits = sum(c.isdigit() for c in s)
    return bool(t) and len(t) >= 2 and bool(_NAME.match(t)) and digits <= max(1, len(t) // 4)


def _date_ok(s: str) -> bool:
    return parse_date(_date_raw(s)) is not None


def _date_raw(s: str) -> str:
    """A printed date with OCR letters in digit places repaired (``1O/05/1984``)."""
    t = re.sub(r"\s+", "", s)
    t = t.translate(repair.TO_DIGIT) if re.search(r"\d", t) else t
    m = re.search(r"\d{1,4}[/.\-]?\d{1,2}[/.\-]\d{2,4}|\d{8}", t)
    return m.group(0) if m else t


def _sex(s: str) -> str:
    t = re.sub(r"[^A-Za-z]", "", s).upper()
    return normalize_sex(t, "letter") if t else ""


def _height(s: str) -> str:
    m = re.search(r"\d[.,]\d{2}", s.replace(" ", ""))
    return m.group(0).replace(",", ".") if m else ""


def _digits(s: str) -> str:
    m = re.search(r"\d{1,3}", s.translate(repair.TO_DIGIT).replace(" ", ""))
    return m.group(0) if m else ""


def _nationality(s: str) -> str:
    t = _upper_name(s)
    return t if len(t) >= 4 else ""


CARD_CHECKS = {
    "surname": _name_ok, "firstnames": _name_ok, "previous_name": _name_ok,
    "nationality": lambda s: bool(_nationality(s)),
    "gender": lambda s: bool(_sex(s)),
    "height": lambda s: bool(_height(s)),
    "birthday": _date_ok, "issue_date": _date_ok, "expiry_date": _date_ok,
    "document_number": lambda s: repair.gha_document_number(s).status != repair.INVALID,
    "place_of_issue": _name_ok,
    "id_number": lambda s: repair.gha_pin(s).status != repair.INVALID,
}
VOTER_CHECKS = {
    "surname": _name_ok, "other_names": _name_ok,
    "gender": lambda s: bool(_sex(s)),
    "age": lambda s: bool(_digits(s)) and 16 <= int(_digits(s)) <= 130,
    "birthday": _date_ok, "registry_date": _date_ok,
    "voter_id_number": lambda s: repair.voter_id(s).status != repair.INVALID,
    "polling_station_code": lambda s: repair.polling_station(s).status != repair.INVALID,
}

Result = dict[str, tuple[str, float, Found | None]]


def _labelled(segs: list[Segment], checks: dict) -> dict[str, Found]:  # type: ignore[type-arg]
    """Best value per label key (labels read with a higher score win)."""
    found: dict[str, Found] = {}
    for lab in sorted((s for s in segs if s.key and not s.key.startswith("_")),
                      key=lambda s: (s.cy, s.x0)):
        key = lab.key or ""
        if key in found:
            continue
        f = value_for(lab, segs, mode="card", check=checks.get(key, lambda s: bool(s)))
        if f is not None:
            found[key] = f
    return found


def _put(out: Result, key: str, value: str, f: Found | None, factor: float = 1.0) -> None:
    if value:
        out[key] = (value, (f.score if f else 0.5) * factor, f)


def _date(out: Result, key: str, f: Found | None, past: bool) -> None:
    if f is None:
        return
    raw = _date_raw(f.text)
    _put(out, key, raw, f)
    _put(out, f"{key}_s", date_s(raw, past=past), f)


def _anywhere(segs: list[Segment], test) -> Found | None:  # type: ignore[no-untyped-def]
    best: Segment | None = None
    for s in segs:
        if s.key is None and test(s.text) and (best is None or s.score > best.score):
            best = s
    return None if best is None else Found(best.text, best.score, [best])


def extract_card(segs: list[Segment]) -> Result:
    out: Result = {}
    f = _labelled(segs, CARD_CHECKS)
    if "surname" in f:
        _put(out, "surname", _upper_name(f["surname"].text), f["surname"])
    if "firstnames" in f:
        names = _upper_name(f["firstnames"].text).split()
        if names:
            _put(out, "first_name", names[0], f["firstnames"])
            if len(names) > 1:
                _put(out, "middle_name", " ".join(names[1:]), f["firstnames"])
            else:
                out["middle_name"] = ("", f["firstnames"].score, None)
    if "previous_name" in f:
        _put(out, "previous_name", _upper_name(f["previous_name"].text), f["previous_name"])
    if "nationality" in f:
        _put(out, "nationality", _nationality(f["nationality"].text), f["nationality"])
    if "gender" in f:
        _put(out, "gender", _sex(f["gender"].text), f["gender"])
    if "height" in f:
        _put(out, "height", _height(f["height"].text), f["height"])
    if "place_of_issue" in f:
        _put(out, "place_of_issue", _upper_name(f["place_of_issue"].text), f["place_of_issue"])
    _date(out, "birthday", f.get("birthday"), past=True)
    _date(out, "issue_date", f.get("issue_date"), past=True)
    _date(out, "expiry_date", f.get("expiry_date"), past=False)
    doc = f.get("document_number")
    if doc is not None:
        checked = repair.gha_document_number(doc.text)
        _put(out, "document_number", checked.value, doc, checked.factor)
    pin_f = f.get("id_number") or _anywhere(
        segs, lambda t: repair.gha_pin(t).status != repair.INVALID)
    if pin_f is not None:
        checked = repair.gha_pin(pin_f.text)
        _put(out, "id_number", checked.value, pin_f, checked.factor)
    card_fallback(segs, out)
    return out


def extract_voter(segs: list[Segment]) -> Result:
    out: Result = {}
    f = _labelled(segs, VOTER_CHECKS)
    for key in ("surname", "other_names"):
        if key in f:
            _put(out, key, _upper_name(f[key].text), f[key])
    if "gender" in f:
        _put(out, "gender", _sex(f["gender"].text), f["gender"])
    if "age" in f:
        _put(out, "age", _digits(f["age"].text), f["age"])
    _date(out, "birthday", f.get("birthday"), past=True)
    _date(out, "registry_date", f.get("registry_date"), past=True)
    st = f.get("polling_station_code")
    if st is not None:
        checked = repair.polling_station(st.text)
        _put(out, "polling_station_code", checked.value, st, checked.factor)
    vid = f.get("voter_id_number") or _anywhere(
        segs, lambda t: bool(re.fullmatch(r"\d{10}", repair.compact(t))))
    if vid is None:
        vid = _anywhere(segs, lambda t: repair.voter_id(t).status != repair.INVALID
                        and len(repair.compact(t)) <= 12)
    if vid is not None:
        checked = repair.voter_id(vid.text)
        _put(out, "voter_id_number", checked.value, vid, checked.factor)
    voter_fallback(segs, out)
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
    tall as the other values (labels are printed smaller than values)."""
    letters = [c for c in s.text if c.isalpha()]
    return (len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)
            and s.h >= 0.8 * value_h and _name_ok(s.text) and not label_like(s.text))


def _value_height(out: Result) -> float:
    """Median height of the values already read (their labels were found)."""
    hs = sorted(p.h for v in out.values() if v[2] is not None for p in v[2].segments)
    return hs[len(hs) // 2] if hs else 0.0


def _one(segs: list[Segment], test) -> Segment | None:  # type: ignore[no-untyped-def]
    hits = [s for s in segs if test(s.text)]
    return hits[0] if len(hits) == 1 else None


def _weak(s: Segment) -> Found:
    return Found(s.text, s.score * _FALLBACK, [s])


def _fill_dates(out: Result, free: list[Segment], keys: tuple[tuple[str, bool], ...]) -> None:
    """Dates by time order (born < issued < expires; born < registered) when the
    dates left over are exactly as many as the date fields missing."""
    missing = [(k, past) for k, past in keys if k not in out]
    dates = [(parse_date(_date_raw(s.text)), s) for s in free if _date_ok(s.text)]
    if not missing or len(dates) != len(missing):
        return
    dates.sort(key=lambda d: d[0])  # type: ignore[arg-type, return-value]
    known = {k: parse_date(out[k][0]) for k, _ in keys if k in out}
    order = [k for k, _ in keys]
    for (key, _past), (when, _s) in zip(missing, dates, strict=True):
        i = order.index(key)
        before = [known[k] for k in order[:i] if known.get(k)]
        after = [known[k] for k in order[i + 1:] if known.get(k)]
        if any(b > when for b in before) or any(a < when for a in after):  # type: ignore[operator]
            return
    for (key, past), (_, s) in zip(missing, dates, strict=True):
        _date(out, key, _weak(s), past)


def card_fallback(segs: list[Segment], out: Result) -> None:
    """Ghana Card fields the labels did not give, from shape and order."""
    free = _free(segs, out)
    if "document_number" not in out and (s := _one(
            free, lambda t: len(repair.compact(t)) == 9
            and repair.gha_document_number(t).status != repair.INVALID)):
        checked = repair.gha_document_number(s.text)
        _put(out, "document_number", checked.value, _weak(s), checked.factor)
    if "height" not in out and (s := _one(free, lambda t: bool(
            re.fullmatch(r"\d[.,]\d{2}", t.replace(" ", ""))))):
        _put(out, "height", _height(s.text), _weak(s))
    if "gender" not in out and (s := _one(free, lambda t: t.strip().upper() in ("M", "F"))):
        _put(out, "gender", _sex(s.text), _weak(s))
    _fill_dates(out, _free(segs, out), (("birthday", True), ("issue_date", True),
                                         ("expiry_date", False)))
    # The row of nationality, sex and height splits the names above from the rest.
    row = [out[k][2].segments[0] for k in ("gender", "height") if k in out and out[k][2]]
    values = [s for s in segs if s.key is None]
    value_h = _value_height(out)
    names = sorted((s for s in values if _caps_name(s, value_h)), key=lambda s: s.cy)
    if not row:
        return
    anchor = row[0]
    if "nationality" not in out:
        same = [s for s in names if abs(s.cy - anchor.cy) < 0.7 * max(s.h, anchor.h)
                and s.x0 < anchor.x0]
        if same and id(same[0]) in {id(f) for f in _free(segs, out)}:
            _put(out, "nationality", _nationality(same[0].text), _weak(same[0]))
    above = [s for s in names if s.y1 < anchor.y0]
    free_ids = {id(s) for s in _free(segs, out)}
    if "surname" not in out and len(above) >= 2 and id(above[0]) in free_ids:
        _put(out, "surname", _upper_name(above[0].text), _weak(above[0]))
    if "first_name" not in out and len(above) >= 2 and id(above[1]) in free_ids:
        parts = _upper_name(above[1].text).split()
        if parts:
            _put(out, "first_name", parts[0], _weak(above[1]))
            out["middle_name"] = (" ".join(parts[1:]), above[1].score * _FALLBACK,
                                  _weak(above[1]) if len(parts) > 1 else None)
    dates = [out[k][2].segments[0] for k in ("issue_date", "expiry_date")
             if k in out and out[k][2]]
    if "place_of_issue" not in out and dates:
        last = max(d.y1 for d in dates)
        below = [s for s in _free(segs, out) if _caps_name(s, value_h)
                 and s.y0 > last - 0.3 * s.h]
        if len(below) == 1:
            _put(out, "place_of_issue", _upper_name(below[0].text), _weak(below[0]))


def voter_fallback(segs: list[Segment], out: Result) -> None:
    """Voter card fields the labels did not give, from shape and order."""
    free = _free(segs, out)
    if "gender" not in out and (s := _one(free, lambda t: t.strip().upper() in ("M", "F"))):
        _put(out, "gender", _sex(s.text), _weak(s))
    if "age" not in out and (s := _one(free, lambda t: bool(re.fullmatch(r"\d{2,3}", t.strip()))
                                       and 18 <= int(t.strip()) <= 120)):
        _put(out, "age", s.text.strip(), _weak(s))
    if "polling_station_code" not in out and (s := _one(
            free, lambda t: bool(re.fullmatch(r"[A-Z]\d{6}[A-Z]?", repair.compact(t).upper())))):
        checked = repair.polling_station(s.text)
        _put(out, "polling_station_code", checked.value, _weak(s), checked.factor)
    _fill_dates(out, _free(segs, out), (("birthday", True), ("registry_date", True)))
    value_h = _value_height(out)
    names = sorted((s for s in segs if s.key is None and _caps_name(s, value_h)),
                   key=lambda s: s.cy)
    free_ids = {id(s) for s in _free(segs, out)}
    for key, i in (("surname", 0), ("other_names", 1)):
        if key not in out and len(names) >= 2 and id(names[i]) in free_ids:
            _put(out, key, _upper_name(names[i].text), _weak(names[i]))
