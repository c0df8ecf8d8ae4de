"""ICAO Doc 9303 machine-readable zones: the TD1 format, its check digits, and OCR repair.

Why our own: the popular Python ``mrz`` package is GPL-3 (this project is MIT) and the
rest of what PyPI offers either reads images itself or parses only clean text; the rule
is small, fully specified and tested here on the standard's own published examples.

The TD1 zone (ICAO Doc 9303 Part 5, "TD1 size MROTDs": identity cards of 85.6 × 54 mm)
is three lines of 30 characters of ``A–Z``, ``0–9`` and the filler ``<`` in the OCR-B
typeface::

    line 1  II SSS NNNNNNNNN C OOOOOOOOOOOOOOO
            document code (2), issuing state (3), document number (9), its check
            digit, optional data (15)
    line 2  BBBBBB C X EEEEEE C NNN OOOOOOOOOOO C
            date of birth YYMMDD, check, sex (M, F or <), date of expiry YYMMDD, check,
            nationality (3), optional data (11), composite check digit
    line 3  SURNAME<<GIVEN<NAMES<<<<<<<<<<<<<
            primary identifier, ``<<``, secondary identifier; ``<`` between parts

A document number longer than nine characters (Part 5 §4.2.2, note j): its first nine
characters in the number's place, ``<`` in place of its check digit, and the rest of the
number at the start of the optional data, followed by its check digit and a filler.

Check digits (Part 3 §4.9): characters valued ``0–9`` → 0–9, ``A–Z`` → 10–35, ``<`` → 0,
weighted 7, 3, 1 repeating, summed, modulo 10.  The composite check digit covers line 1
from the document number on (positions 6–30) and line 2's positions 1–7, 9–15 and 19–29.
The names, sex and nationality are covered by no check digit in TD1.

OCR repair (:func:`read_td1`) works **by position**: a letter read where only a digit
can stand (``O``→``0``, ``I``→``1``, ``S``→``5``, ``B``→``8``…) and a digit read where
only a letter can stand are undone from the position's class alone; a filler run read
too long or too short is stretched back to the line's 30 characters where the format
says fillers stand (the end of the names, the optional data); a ``K`` standing in a
filler run is a filler (``<`` and ``K`` look alike to a recogniser).  A position that
may hold a letter or a digit (a document number) is not guessed here: a check digit is
one in ten, so "the swap that makes it hold" is wrong too often; the document type,
which knows its numbers' forms, repairs them by position (``documents.back``,
:func:`replace_number`).  A digit read as another digit is never "repaired": its check
digit fails and the zone is not verified.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import cycle
from typing import Any

__all__ = [
    "FILLER",
    "TD1_LENGTH",
    "MrzError",
    "Td1",
    "check_digit",
    "compose_td1",
    "find_td1",
    "mrz_name",
    "parse_td1",
    "read_td1",
    "replace_number",
    "zone_date",
]

FILLER = "<"
TD1_LENGTH = 30
_WEIGHTS = (7, 3, 1)
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# Where a recogniser reads one glyph for another in OCR-B (by the class a position holds).
_TO_DIGIT = {"O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1", "T": "7", "Z": "2",
             "S": "5", "B": "8", "G": "6", "A": "4"}
_TO_LETTER = {"0": "O", "1": "I", "2": "Z", "4": "A", "5": "S", "6": "G", "7": "T", "8": "B"}
# Glyphs a recogniser gives for the filler chevron, and Greek and Cyrillic capitals it
# gives for their Latin look-alikes (a multilingual model's ``Ρ`` for ``P``).
_FILLERS = str.maketrans({c: FILLER for c in "‹〈＜《〔(«[{くヘハへ"})
_LATIN = str.maketrans("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧАВЕКМНОРСТУХ∪∨×", "ABEZHIKMNOPTYXABEKMHOPCTYXUVX")


class MrzError(ValueError):
    """A text that is not a well-formed zone of the format asked for."""


def check_digit(text: str) -> str:
    """The ICAO 9303 check digit of ``text`` (``A–Z``, ``0–9``, ``<``): 7-3-1 weights.

    >>> check_digit("D23145890"), check_digit("740812"), check_digit("520727")
    ('7', '2', '3')

    Raises ``MrzError`` for a character outside the zone's alphabet.
    """
    total = 0
    for ch, weight in zip(text, cycle(_WEIGHTS)):
        if ch == FILLER:
            value = 0
        else:
            value = _ALPHABET.find(ch)
            if value < 0:
                raise MrzError(f"{ch!r} is not a character of a machine-readable zone")
        total += value * weight
    return str(total % 10)


def _holds(text: str, digit: str) -> bool:
    try:
        return check_digit(text) == digit
    except MrzError:
        return False


def mrz_name(name: str) -> str:
    """A printed name as the zone writes it (Part 3 §4.6): capitals without accents,
    apostrophes dropped, hyphens, spaces and other marks as single fillers.

    >>> mrz_name("Owusu-Ansah"), mrz_name("N'Guessan Ama"), mrz_name("Adèle")
    ('OWUSU<ANSAH', 'NGUESSAN<AMA', 'ADELE')
    """
    plain = unicodedata.normalize("NFKD", name or "")
    plain = "".join(c for c in plain if not unicodedata.combining(c)).upper()
    plain = re.sub(r"['’`]", "", plain)
    plain = re.sub(r"[^A-Z]+", FILLER, plain)
    return plain.strip(FILLER)


def zone_date(yymmdd: str, *, past: bool, today: dt.date | None = None) -> dt.date | None:
    """A zone's ``YYMMDD`` as a date; the century is not in the zone (Part 3 §4.7):
    a birth date (``past``) is the latest such date not after today, an expiry date the
    one within fifty years of today.  None when the text is not a real date."""
    if not re.fullmatch(r"\d{6}", yymmdd or ""):
        return None
    today = today or dt.date.today()
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    century = today.year // 100 * 100
    candidates = []
    for base in (century - 100, century, century + 100):
        try:
            candidates.append(dt.date(base + yy, mm, dd))
        except ValueError:
            return None
    if past:
        earlier = [d for d in candidates if d <= today]
        return max(earlier) if earlier else None
    return min(candidates, key=lambda d: abs((d - today).days))


@dataclass(frozen=True, slots=True)
class Td1:
    """A TD1 zone, element by element (fillers stripped, one filler inside a name → a
    space), with each check digit's verdict.

    ``checks``: ``document_number``, ``birth_date``, ``expiry_date``, ``composite`` →
    True when the printed check digit holds.  ``repairs``: positions changed by the OCR
    repair (0 for a zone parsed as given).
    """

    lines: tuple[str, str, str]
    document_code: str
    issuing_state: str
    document_number: str
    optional_data_1: str
    birth_date: str
    sex: str
    expiry_date: str
    nationality: str
    optional_data_2: str
    surname: str
    given_names: str
    checks: dict[str, bool] = field(default_factory=dict)
    repairs: int = 0

    @property
    def valid(self) -> bool:
        """Every check digit of the zone holds."""
        return bool(self.checks) and all(self.checks.values())

    @property
    def names_truncated(self) -> bool:
        """Line 3 is full to its last character: the names may have been cut (Part 3
        §4.6.4), so a longer printed name that starts the same still agrees."""
        return not self.lines[2].endswith(FILLER)

    def birth(self, today: dt.date | None = None) -> dt.date | None:
        return zone_date(self.birth_date, past=True, today=today)

    def expiry(self, today: dt.date | None = None) -> dt.date | None:
        return zone_date(self.expiry_date, past=False, today=today)

    def to_dict(self) -> dict[str, Any]:
        """JSON form: the lines, every element, the check digits' verdicts."""
        return {
            "lines": list(self.lines),
            "valid": self.valid,
            "checks": dict(self.checks),
            "fields": {
                "document_code": self.document_code,
                "issuing_state": self.issuing_state,
                "document_number": self.document_number,
                "optional_data_1": self.optional_data_1,
                "birth_date": self.birth_date,
                "sex": self.sex,
                "expiry_date": self.expiry_date,
                "nationality": self.nationality,
                "optional_data_2": self.optional_data_2,
                "surname": self.surname,
                "given_names": self.given_names,
            },
        }


def _strip(text: str) -> str:
    return text.strip(FILLER)


def _names(line: str) -> tuple[str, str]:
    primary, _, secondary = line.partition(FILLER * 2)
    primary = primary.strip(FILLER).replace(FILLER, " ")
    # the secondary identifier ends at the first run of fillers of two or more
    secondary = re.split(r"<{2,}", secondary.strip(FILLER))[0].replace(FILLER, " ")
    return primary, secondary


def parse_td1(lines: Sequence[str], repairs: int = 0) -> Td1:
    """The elements of a TD1 zone given as its three lines (exactly 30 characters of
    ``A–Z 0–9 <`` each); raises ``MrzError`` otherwise.  Check digits are judged, not
    required: a zone whose digits fail still parses (``Td1.checks`` says which)."""
    if len(lines) != 3:
        raise MrzError("a TD1 zone has three lines")
    l1, l2, l3 = (str(x) for x in lines)
    for line in (l1, l2, l3):
        if len(line) != TD1_LENGTH or not re.fullmatch(r"[A-Z0-9<]+", line):
            raise MrzError(f"not a TD1 line of {TD1_LENGTH} characters: {line!r}")
    number, number_cd, optional_1 = l1[5:14], l1[14], l1[15:30]
    number_text = number
    if number_cd == FILLER and not number.endswith(FILLER):
        # a long document number: the rest of it and its check digit open the optional data
        m = re.match(r"([A-Z0-9]*?)(\d)(<|$)", optional_1)
        if m is not None:
            number_text = number + m.group(1)
            number_cd = m.group(2)
            optional_1 = optional_1[m.end():]
    checks = {
        "document_number": _holds(number_text, number_cd),
        "birth_date": _holds(l2[0:6], l2[6]),
        "expiry_date": _holds(l2[8:14], l2[14]),
        "composite": _holds(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29]),
    }
    surname, given = _names(l3)
    return Td1(
        lines=(l1, l2, l3),
        document_code=_strip(l1[0:2]),
        issuing_state=_strip(l1[2:5]),
        document_number=_strip(number_text),
        optional_data_1=_strip(optional_1),
        birth_date=l2[0:6],
        sex=_strip(l2[7]),
        expiry_date=l2[8:14],
        nationality=_strip(l2[15:18]),
        optional_data_2=_strip(l2[18:29]),
        surname=surname,
        given_names=given,
        checks=checks,
        repairs=repairs,
    )


def _pad(text: str, n: int) -> str:
    if len(text) > n:
        raise MrzError(f"{text!r} does not fit in {n} characters")
    return text + FILLER * (n - len(text))


def compose_td1(*, document_code: str, issuing_state: str, document_number: str,
                birth_date: str, sex: str, expiry_date: str, nationality: str,
                surname: str, given_names: str, optional_data_1: str = "",
                optional_data_2: str = "") -> tuple[str, str, str]:
    """The three lines an issuer prints for these elements, with every check digit
    (dates ``YYMMDD``; names as printed, turned into the zone's spelling and cut to fit).

    A document number longer than nine characters follows the long-number rule; the
    optional data then follows its check digit and a filler.  Raises ``MrzError`` when
    an element does not fit.
    """
    number = re.sub(r"[^A-Z0-9]", "", unicodedata.normalize("NFKC", document_number).upper())
    if len(number) <= 9:
        head = _pad(number, 9) + check_digit(_pad(number, 9))
        optional = optional_data_1
    else:
        head = number[:9] + FILLER
        optional = number[9:] + check_digit(number) + FILLER + optional_data_1
    l1 = _pad(document_code, 2) + _pad(issuing_state, 3) + head + _pad(optional, 15)
    l2_head = (birth_date + check_digit(birth_date) + (sex or FILLER) + expiry_date
               + check_digit(expiry_date) + _pad(nationality, 3) + _pad(optional_data_2, 11))
    composite = check_digit(l1[5:30] + l2_head[0:7] + l2_head[8:15] + l2_head[18:29])
    l2 = l2_head + composite
    names = mrz_name(surname) + FILLER * 2 + mrz_name(given_names)
    l3 = names[:TD1_LENGTH] + FILLER * (TD1_LENGTH - len(names))
    for line in (l1, l2, l3):
        if len(line) != TD1_LENGTH:
            raise MrzError(f"element too long for a TD1 line: {line!r}")
    return l1, l2, l3


# ------------------------------------------------------------------------- OCR reading

def _clean(text: str) -> str:
    """OCR text of a zone line: full-width forms folded, spaces dropped, filler look-alikes
    as fillers, capitals."""
    t = unicodedata.normalize("NFKD", text or "").translate(_FILLERS).translate(_LATIN)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"\s+", "", t).upper()
    return re.sub(r"[^A-Z0-9<]", FILLER, t)


def _kfillers(text: str) -> str:
    """A ``K`` (or a run of them) with two fillers before it and a filler or the line's
    end after it is a filler read as ``K``."""
    prev = None
    while prev != text:
        prev = text
        text = re.sub(r"(?<=<<)K+(?=<|$)", lambda m: FILLER * len(m.group(0)), text)
    return text


def _fit(text: str, n: int) -> str:
    """``text`` brought to ``n`` characters where a zone has fillers: trailing fillers
    added or removed (a filler run is what a recogniser miscounts)."""
    if len(text) < n:
        return text + FILLER * (n - len(text))
    if len(text) > n:
        body = text.rstrip(FILLER)
        if len(body) <= n:
            return body + FILLER * (n - len(body))
        return text[:n]
    return text


def _as_digits(text: str) -> tuple[str, int]:
    out = "".join(c if c.isdigit() else _TO_DIGIT.get(c, c) for c in text)
    return out, sum(a != b for a, b in zip(out, text, strict=True))


def _as_letters(text: str, filler_ok: bool = True) -> tuple[str, int]:
    out = "".join(c if (c.isalpha() or (filler_ok and c == FILLER)) else _TO_LETTER.get(c, c)
                  for c in text)
    return out, sum(a != b for a, b in zip(out, text, strict=True))


def _line1(raw: str) -> tuple[str, int]:
    t = _fit(_kfillers(raw), TD1_LENGTH)
    code, n1 = _as_letters(t[0:2])
    state, n2 = _as_letters(t[2:5])
    number, cd, rest = t[5:14], t[14], t[15:30]
    repairs = n1 + n2
    if cd != FILLER:
        cd, n3 = _as_digits(cd)
        repairs += n3
    return code + state + number + cd + rest, repairs


def _line2(raw: str) -> tuple[str, int]:
    t = _kfillers(raw)
    if len(t) < 19:
        t = _fit(t, TD1_LENGTH)
    head, composite = t[:18], t[-1]
    optional = t[18:-1]
    optional = _fit(optional, 11) if len(optional) != 11 else optional
    born, n1 = _as_digits(head[0:7])
    sex = head[7]
    sex = {"H": "M", "N": "M", "P": "F", "E": "F", "K": FILLER}.get(sex, sex)
    expires, n2 = _as_digits(head[8:15])
    nation, n3 = _as_letters(head[15:18])
    composite, n4 = _as_digits(composite)
    out = born + sex + expires + nation + optional + composite
    return out, n1 + n2 + n3 + n4 + (sex != head[7])


def _line3(raw: str) -> tuple[str, int]:
    t = _kfillers(raw)
    letters, n = _as_letters(t)
    letters = re.sub(r"[^A-Z<]", FILLER, letters)
    # a name ends where fillers run on: what follows a run of three or more is filler
    m = re.search(r"[A-Z]<{3,}", letters)
    if m is not None and "<<" in letters[: m.start() + 1]:
        letters = letters[: m.start() + 1]
    return _fit(letters, TD1_LENGTH), n


def read_td1(texts: Sequence[str]) -> Td1 | None:
    """The zone in three OCR lines (top to bottom), repaired by position; None when they
    cannot be a TD1 zone (a line far from 30 characters, line 2 not starting with a
    date).  Check digits are judged on the repaired lines; ``Td1.repairs`` counts the
    positions changed."""
    if len(texts) != 3:
        return None
    raw = [_clean(t) for t in texts]
    if any(not 24 <= len(r) <= 36 for r in raw):
        return None
    try:
        l1, r1 = _line1(raw[0])
        l2, r2 = _line2(raw[1])
        l3, r3 = _line3(raw[2])
        zone = parse_td1((l1, l2, l3), repairs=r1 + r2 + r3)
    except MrzError:
        return None
    if not re.fullmatch(r"\d{6}", zone.birth_date) or not re.fullmatch(r"\d{6}",
                                                                       zone.expiry_date):
        return None
    return zone


def replace_number(zone: Td1, number: str) -> Td1:
    """``zone`` with its document number read as ``number`` (same length; each character
    put back where the number is printed, its long-number overflow included): a type
    that knows its numbers' forms repairs them by position and keeps the result when
    the number's check digit then holds."""
    if len(number) != len(zone.document_number):
        raise MrzError("a repaired document number keeps its length")
    l1 = list(zone.lines[0])
    places = list(range(5, 14))
    if l1[14] == FILLER and len(number) > 9:
        places += list(range(15, 15 + len(number) - 9))
    changed = 0
    for i, ch in zip(places, number, strict=False):
        changed += l1[i] != ch
        l1[i] = ch
    return parse_td1(("".join(l1), zone.lines[1], zone.lines[2]),
                     repairs=zone.repairs + changed)


def looks_like_line(text: str) -> bool:
    """Could this OCR text be a TD1 line: 24–36 characters after cleaning, mostly
    zone characters, with a filler or a long run of capitals and digits."""
    raw = re.sub(r"\s+", "", unicodedata.normalize("NFKD", text or "")).translate(_FILLERS)
    raw = "".join(c for c in raw if not unicodedata.combining(c))
    raw = raw.translate(_LATIN)
    if not 24 <= len(raw) <= 36:
        return False
    good = sum(1 for c in raw.upper() if c in _ALPHABET or c == FILLER)
    return good >= 0.85 * len(raw) and (FILLER in raw or raw.upper() == raw)


def find_td1(texts: Iterable[str]) -> tuple[tuple[int, int, int], Td1] | None:
    """The TD1 zone among OCR lines in reading order: three consecutive zone-like lines
    that read as a zone (the best by check digits held, then fewest repairs), with their
    indexes; None when there is none."""
    items = list(texts)
    idx = [i for i, t in enumerate(items) if looks_like_line(t)]
    best: tuple[tuple[int, int], tuple[int, int, int], Td1] | None = None
    for a, b, c in zip(idx, idx[1:], idx[2:], strict=False):
        zone = read_td1([items[a], items[b], items[c]])
        if zone is None:
            continue
        score = (sum(zone.checks.values()), -zone.repairs)
        if best is None or score > best[0]:
            best = (score, (a, b, c), zone)
    return None if best is None else (best[1], best[2])
