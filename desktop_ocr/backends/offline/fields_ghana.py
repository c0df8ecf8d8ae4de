"""Fields of the Ghana Card (ECOWAS identity card) and the Ghana voter ID card.

Why: both cards print a small label with its value under it (or, on some voter
cards, beside it); the labels are bilingual on the Ghana Card (``Surname/Nom``).
Values are checked by shape (a date is a date, the sex is M/F...) so a missing
value is left blank instead of borrowing the next field's.  Identifiers with a
fixed shape (``GHA-#########-#``, the ten-digit voter number) are also found
without their label, which cards often omit or print tiny.
"""

from __future__ import annotations

import re

from desktop_ocr.backends.offline import repair
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
    s = clean_name(s).upper()
    # A digit inside a name is a misread letter (K0FI, MENSA5): 0→O, 1→I, 5→S, 8→B.
    s = re.sub(r"(?<=[A-Z])[0158]|[0158](?=[A-Z])",
               lambda m: m.group(0).translate(repair.TO_LETTER), s)
    s = re.sub(r"[^A-Z' \-]", "", s)
    return re.sub(r"\s+", " ", s).strip(" -'")


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
    return out
