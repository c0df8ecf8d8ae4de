"""Checking identifiers and undoing the OCR confusions that break them.

Why: an ID number that is one glyph off is worse than a blank one — it looks
right to a hurried clerk.  Each identifier has a format (and the Chinese one a
checksum); when the text read fails it, the glyphs OCR typically confuses
(O/0, I/1, S/5, B/8, Z/2, G/6...) are tried before giving up, and the result
says how sure we are so the form can flag it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from stdnum.cn import ric

# Letter read where a digit is printed, and the reverse.
TO_DIGIT = str.maketrans({"O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1",
                          "|": "1", "!": "1", "T": "7", "S": "5", "B": "8", "Z": "2",
                          "G": "6", "A": "4", "o": "0", "l": "1", "i": "1", "s": "5",
                          "b": "6", "z": "2", "g": "9", "q": "9"})
TO_LETTER = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "G",
                           "4": "A", "7": "T"})
# Digit pairs OCR swaps; only used to *suggest* a number that passes the checksum.
_DIGIT_SWAPS = {"0": "86", "1": "7", "3": "8", "5": "6", "6": "58", "7": "1", "8": "360",
                "9": "4", "4": "9", "2": "7"}

VALID, REPAIRED, INVALID, MASKED = "valid", "repaired", "invalid", "masked"


@dataclass(frozen=True, slots=True)
class Checked:
    value: str
    status: str  # valid / repaired / invalid / masked
    suggestion: str | None = None  # a checksum-passing variant, never applied silently

    @property
    def factor(self) -> float:
        """Multiplier applied to the OCR confidence of the field."""
        return {VALID: 1.0, MASKED: 1.0, REPAIRED: 0.85}.get(self.status, 0.3)


def compact(text: str) -> str:
    return re.sub(r"[\s\-_.·,，:：/\\]", "", text or "")


def _digits(s: str) -> str:
    return s.translate(TO_DIGIT)


# --------------------------------------------------------------------- Chinese ID

_RE_CN_ID = re.compile(r"[0-9A-Za-z|!]{17}[0-9Xx×]")
_RE_CN_MASKED = re.compile(r"[0-9]{0,14}[*＊]{4,}[0-9Xx*＊]{0,4}")


def cn_id(text: str) -> Checked:
    """An 18-character resident ID: checksum (ISO 7064) and birth date checked."""
    s = compact(text).replace("＊", "*").replace("×", "X")
    if m := _RE_CN_MASKED.search(s):
        return Checked(m.group(0), MASKED)
    cands = [s[i:i + 18] for i in range(0, max(1, len(s) - 17))] if len(s) >= 18 else []
    for raw in cands:
        if not _RE_CN_ID.fullmatch(raw):
            continue
        fixed = _digits(raw[:17]) + ("X" if raw[17] in "Xx×" else _digits(raw[17]))
        if _ric_ok(fixed):
            return Checked(fixed, VALID if fixed == raw else REPAIRED)
        if fixed.isdigit() or fixed[:17].isdigit():
            # Every glyph reads as a digit yet the checksum fails: either OCR swapped
            # two digits or the document itself carries a wrong number.  A digit swap
            # that passes is only a suggestion: writing it into the field would show
            # the clerk a valid-looking number that is not the one printed.
            options = _single_swaps(fixed, _plausible_cn_id)
            return Checked(fixed, INVALID, options[0] if len(options) == 1 else None)
    return Checked(s, INVALID)


def cn_id_shaped(text: str) -> bool:
    """Reads as a resident ID (valid, repaired, masked, or 18 digits failing the checksum).

    A printed number with a wrong checksum is still the ID field's value: it is
    kept (and flagged by validation) rather than left blank.
    """
    checked = cn_id(text)
    return checked.status != INVALID or bool(_RE_CN_ID_DIGITS.fullmatch(checked.value))


_RE_CN_ID_DIGITS = re.compile(r"[0-9]{17}[0-9X]")


def _ric_ok(value: str) -> bool:
    """stdnum's check (checksum, birth date, region); its region lookup can raise."""
    try:
        return ric.is_valid(value)
    except Exception:
        return False


def _plausible_cn_id(value: str) -> bool:
    """Checksum right, born 1900..today, and a province code that exists."""
    if not _ric_ok(value):
        return False
    year = int(value[6:10])
    if not 1900 <= year <= dt.date.today().year:
        return False
    from desktop_ocr.backends.offline.places import province_codes

    return value[:2] in province_codes()


def _single_swaps(value: str, ok) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for i, ch in enumerate(value):
        for alt in _DIGIT_SWAPS.get(ch, ""):
            cand = value[:i] + alt + value[i + 1:]
            if ok(cand):
                out.append(cand)
    return out


# --------------------------------------------------------------------- Ghana card

_RE_PIN = re.compile(r"GHA([0-9A-Z|!]{9})([0-9A-Z|!])")


def gha_pin(text: str) -> Checked:
    """``GHA-#########-#``: the digit positions must be digits (no public checksum)."""
    s = compact(text).upper()
    s = s.replace("GH4", "GHA").replace("6HA", "GHA").replace("CHA", "GHA")
    m = _RE_PIN.search(s)
    if not m:
        return Checked(s, INVALID)
    body, check = m.group(1), m.group(2)
    fixed_body, fixed_check = _digits(body), _digits(check)
    if fixed_body.isdigit() and fixed_check.isdigit():
        value = f"GHA-{fixed_body}-{fixed_check}"
        return Checked(value, VALID if (body, check) == (fixed_body, fixed_check) else REPAIRED)
    return Checked(s, INVALID)


_RE_DOCNO = re.compile(r"([A-Z0-9]{2})([0-9A-Z]{7})")


def gha_document_number(text: str) -> Checked:
    """Ghana Card document number: two letters and seven digits (``AR1234567``)."""
    s = compact(text).upper()
    for m in _RE_DOCNO.finditer(s):
        head, tail = m.group(1), m.group(2)
        fh, ft = head.translate(TO_LETTER), _digits(tail)
        if fh.isalpha() and ft.isdigit():
            return Checked(fh + ft, VALID if (fh, ft) == (head, tail) else REPAIRED)
    return Checked(s, INVALID)


# --------------------------------------------------------------------- voter card

_RE_VOTER = re.compile(r"(?<![0-9A-Z])[0-9OQDIL|SBZG]{10}(?![0-9A-Z])")


def voter_id(text: str) -> Checked:
    """The ten-digit voter ID number."""
    s = compact(text).upper()
    if s.isdigit() and len(s) == 10:
        return Checked(s, VALID)
    m = _RE_VOTER.search(s)
    if m:
        fixed = _digits(m.group(0))
        if fixed.isdigit():
            return Checked(fixed, VALID if fixed == m.group(0) else REPAIRED)
    return Checked(s, INVALID)


_RE_STATION = re.compile(r"([A-Z0-9])([0-9OQDILSBZG]{6})([A-Z]?)$")


def polling_station(text: str) -> Checked:
    """A polling station code: one letter and six digits, sometimes a letter suffix."""
    s = compact(text).upper()
    m = _RE_STATION.search(s)
    if not m:
        return Checked(s, INVALID)
    lead, body, tail = m.groups()
    fl, fb = lead.translate(TO_LETTER), _digits(body)
    if fl.isalpha() and fb.isdigit():
        value = fl + fb + tail
        return Checked(value, VALID if value == m.group(0) else REPAIRED)
    return Checked(s, INVALID)


# --------------------------------------------------------------------- certificate no.

_RE_BC_CODE = re.compile(r"([A-Z]?)([0-9OQDILSBZG]{9,11})")


def bc_code(text: str) -> Checked:
    """Birth certificate number: an optional series letter and 9–11 digits."""
    s = compact(text).upper()
    s = re.sub(r"^(编号|NO\.?|N0)(?=.{9})", "", s)
    # The serial is a series letter and nine digits; a leading 0 before nine
    # digits is the letter O read as a zero.
    if re.fullmatch(r"0\d{9}", s):
        return Checked("O" + s[1:], REPAIRED)
    for m in _RE_BC_CODE.finditer(s):
        lead, body = m.groups()
        fb = _digits(body)
        if fb.isdigit():
            value = lead + fb
            return Checked(value, VALID if value == m.group(0) else REPAIRED)
    return Checked(s, INVALID)
