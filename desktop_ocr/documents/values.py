"""Reading printed values: text, dates, weights, sex and plain numbers.

Why a module of its own: the document types (their cross-checks), the
normaliser, the validators and the offline engine all read the same facts from
text in many spellings (``2026年1月1日``, ``01.01.2026``, ``13/JUN/1986``,
``3200克``, ``MALE``...).  These functions depend on nothing else in the
project, so every layer can use them without import cycles.

The rule: **never invent a value** — a helper that cannot read its input
returns ``""`` (or ``None``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

__all__ = [
    "clean_name",
    "clean_text",
    "date_s",
    "normalize_date_iso",
    "normalize_sex",
    "number_text",
    "parse_date",
    "weight_kg",
]

# --------------------------------------------------------------------------- text

_WS = re.compile(r"\s+")
# A space between two CJK characters is an OCR artefact (Chinese has no spaces).
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff0d"})


def _nfkc(text: str | None) -> str:
    """Fold full-width digits, letters and punctuation to their plain forms."""
    if not text:
        return ""
    return unicodedata.normalize("NFKC", str(text))


def clean_text(text: str | None) -> str:
    """Trim, collapse inner whitespace, fold full-width forms, drop CJK gaps."""
    out = _WS.sub(" ", _nfkc(text)).strip()
    return _CJK_GAP.sub("", out)


def clean_name(text: str | None) -> str:
    """A person's name as printed: trimmed, single spaces, no full-width letters.

    Case is kept (a clerk's ``McDonald`` stays), label residue such as a leading
    ``：`` is dropped, and the gaps OCR puts between Chinese characters go.
    """
    out = clean_text(text)
    return out.lstrip(":;,. ").strip()


# --------------------------------------------------------------------------- dates

_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0, "O": 0}
_CN_NUM = "〇零○一二三四五六七八九十"

_MONTHS = {
    "JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6, "JUL": 7, "AUG": 8,
    "SEP": 9, "SEPT": 9, "OCT": 10, "NOV": 11, "DEC": 12,
}

_RE_CJK = re.compile(
    rf"([0-9]{{4}}|[{_CN_NUM}]{{4}})\s*年\s*([0-9]{{1,2}}|[{_CN_NUM}]{{1,3}})\s*月\s*"
    rf"([0-9]{{1,2}}|[{_CN_NUM}]{{1,3}})\s*(?:日|号|號)?"
)
_SEP = r"\s*[-./]\s*"
# The optional tail lets "2026-01-01 10:30" or "2026-01-01T10:30:00" through.
_TIME_TAIL = r"(?:\s*T?\s*\d{1,2}\s*[:时點点H]\s*\d{0,2}.*)?"
_RE_YMD = re.compile(rf"(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}}){_TIME_TAIL}")
_RE_DMY = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}}|\d{{2}})")
# The vendor's own sample has "0403/2020" for 04-03-2020: one separator dropped.
_RE_DDMM_Y = re.compile(rf"(\d{{2}})(\d{{2}}){_SEP}(\d{{4}})")
_RE_DD_MMY = re.compile(rf"(\d{{2}}){_SEP}(\d{{2}})(\d{{4}})")
_RE_8 = re.compile(r"(\d{8})")
_RE_D_MON_Y = re.compile(r"(\d{1,2})\s*[-./ ]?\s*([A-Z]{3,9})\.?\s*[-./, ]?\s*(\d{4}|\d{2})")
_RE_MON_D_Y = re.compile(r"([A-Z]{3,9})\.?\s*(\d{1,2})(?:ST|ND|RD|TH)?\s*,?\s*(\d{4})")


def _cn_int(text: str) -> int | None:
    """``2026``/``二〇二六`` → 2026, ``十五`` → 15, ``二十`` → 20 (month/day/year)."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        if all(c in _CN_DIGITS for c in text):
            return int("".join(str(_CN_DIGITS[c]) for c in text))
        return None
    tens, _, ones = text.partition("十")
    t = 1 if tens == "" else _CN_DIGITS.get(tens)
    o = 0 if ones == "" else _CN_DIGITS.get(ones)
    if t is None or o is None or len(tens) > 1 or len(ones) > 1:
        return None
    return t * 10 + o


_MONTH_NAMES = (
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
    "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
)


def _month(name: str) -> int | None:
    """``MAY``, ``Sept``, ``SEPTEMBER`` → 5, 9, 9; anything else → ``None``."""
    name = name.upper()
    if name in _MONTHS:
        return _MONTHS[name]
    for number, full in enumerate(_MONTH_NAMES, start=1):
        if len(name) >= 3 and full.startswith(name):
            return number
    return None


def _year(text: str, *, past: bool, today: dt.date | None = None) -> int:
    """Expand a two-digit year.

    ``past=True`` (birth and registration dates) takes the latest year not after
    today; otherwise a 20-year window into the future (expiry dates: ``30`` →
    2030) with older years in the 1900s.
    """
    year = int(text)
    if len(text) != 2:
        return year
    now = (today or dt.date.today()).year
    century = now - now % 100
    candidate = century + year
    limit = now if past else now + 20
    return candidate if candidate <= limit else candidate - 100


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse_date(text: str | None, *, past: bool = False,
               day_first: bool = True) -> dt.date | None:
    """Read a date in any of the spellings the documents and vendors use.

    Numeric dates that do not start with a four-digit year are read day first
    (``10/05/1984`` is 10 May): that is how the ECOWAS Ghana Card and voter cards
    print them, and Chinese documents always lead with the year.  A design that
    prints month first (the NIA "National Identity Card": ``05/10/1984``) passes
    ``day_first=False``.  Returns ``None`` for text that is not a real calendar date.
    """
    s = _nfkc(text).strip().upper().translate(_DASHES)
    if not s:
        return None
    m = _RE_CJK.search(s)
    if m:
        parts = [_cn_int(g) for g in m.groups()]
        if None in parts:
            return None
        return _make(*parts)  # type: ignore[misc]
    if m := _RE_YMD.fullmatch(s):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    for pattern in (_RE_DMY, _RE_DDMM_Y, _RE_DD_MMY):
        if m := pattern.fullmatch(s):
            first, second = int(m[1]), int(m[2])
            day, month = (first, second) if day_first else (second, first)
            return _make(_year(m[3], past=past), month, day)
    if m := _RE_8.fullmatch(s):
        digits = m[1]
        as_ymd = _make(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        if as_ymd is not None and 1850 <= as_ymd.year <= 2150:
            return as_ymd
        return _make(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    if m := _RE_D_MON_Y.fullmatch(s):
        month = _month(m[2])
        return None if month is None else _make(_year(m[3], past=past), month, int(m[1]))
    if m := _RE_MON_D_Y.fullmatch(s):
        month = _month(m[1])
        return None if month is None else _make(int(m[3]), month, int(m[2]))
    return None


def normalize_date_iso(text: str | None, *, past: bool = False,
                       day_first: bool = True) -> str | None:
    """``2026年1月1日`` / ``01.01.2026`` / ``20260101`` → ``2026-01-01``; ``None`` if unreadable."""
    d = parse_date(text, past=past, day_first=day_first)
    return None if d is None else d.isoformat()


def date_s(raw: str | None, *, past: bool = False, day_first: bool = True) -> str:
    """The vendor's ``*_s`` form ``dd-mm-yyyy`` of a printed date; ``""`` when unreadable.

    ``10/05/1984`` → ``10-05-1984``; ``0403/2020`` → ``04-03-2020``;
    ``13/JUN/1986`` → ``13-06-1986``; month first (``day_first=False``):
    ``05/10/1984`` → ``10-05-1984``.
    """
    d = parse_date(raw, past=past, day_first=day_first)
    return "" if d is None else d.strftime("%d-%m-%Y")


# --------------------------------------------------------------------------- weight

_RE_WEIGHT = re.compile(
    r"(\d+(?:[.,]\d+)*)\s*(千克|公斤|kgs?|kilos?|kilograms?|克|grams?|gms?|g|斤)?",
)
_KG_UNITS = {"千克", "公斤", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"}
_G_UNITS = {"克", "g", "gm", "gms", "gram", "grams"}


def _decimal(number: str) -> Decimal | None:
    """``3,2`` (decimal comma) → 3.2 but ``3,200`` (thousands) → 3200."""
    if "," in number:
        head, _, tail = number.rpartition(",")
        if "." not in number and len(tail) == 3 and "," not in head:
            number = head + tail
        elif "." not in number:
            number = head.replace(",", "") + "." + tail
        else:
            number = number.replace(",", "")
    try:
        return Decimal(number)
    except InvalidOperation:
        return None


def _plain(d: Decimal) -> str:
    """``Decimal('3.250')`` → ``3.25``, ``Decimal('4.0')`` → ``4``."""
    return format(d.normalize(), "f")


def weight_kg(text: str | None) -> str:
    """A birth weight in kilograms as the vendor returns it (``"3.2"``), ``""`` if unreadable.

    Grams (``3200克``, ``3200 g``) are converted; a number without a unit, or a
    "kg" figure above 100, is taken as grams because no newborn weighs 100 kg.
    ``斤`` (half a kilogram) is understood too.
    """
    s = _nfkc(text).strip().lower()
    m = _RE_WEIGHT.search(s)
    if not m:
        return ""
    value = _decimal(m[1])
    if value is None or value <= 0:
        return ""
    unit = m[2] or ""
    if unit in _G_UNITS and value < 100 and re.fullmatch(r"\d{1,3}\.\d{3}", m[1]):
        value *= 1000  # "3.200 g": a dot as thousands separator
    if unit == "斤":
        kg = value / 2
    elif unit in _G_UNITS or value > 100:
        kg = value / 1000
    else:
        kg = value
    return _plain(kg)


# --------------------------------------------------------------------------- sex

_MALE = {"男", "男性", "M", "MALE", "MAN"}
_FEMALE = {"女", "女性", "F", "FEMALE", "WOMAN"}


def normalize_sex(text: str | None, style: str = "zh") -> str:
    """``男``/``M``/``Male`` → ``男`` (style ``zh``) or ``M`` (style ``letter``); ``""`` if unknown."""
    s = _nfkc(text).strip().upper().rstrip(".")
    s = _WS.sub("", s)
    if s in _MALE:
        male = True
    elif s in _FEMALE:
        male = False
    else:
        return ""
    if style == "letter":
        return "M" if male else "F"
    return "男" if male else "女"


_RE_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")
_NUMBER_SUFFIX = re.compile(
    r"\s*(岁|周岁|周|週|厘米|公分|cm|m|米|years?|yrs?|weeks?|wks?)\s*\.?$", re.IGNORECASE
)


def number_text(text: str | None) -> str:
    """``28岁`` → ``28``, ``50 cm`` → ``50``, ``1,67`` → ``1.67``; other text kept as is."""
    s = clean_text(text)
    bare = _NUMBER_SUFFIX.sub("", s)
    if _RE_NUMBER.fullmatch(bare):
        return bare.replace(",", ".")
    return s


