"""Identifier formats: one description per identifier, read by every layer.

Why one place: validation (is it well formed, does its check digit hold), the
normaliser (separators and case of what a clerk typed or a vendor sent), the
offline engine (undo OCR's letter/digit confusions by position), the log masker
and the on-screen mask all need the same facts about the same numbers.  Held in
five places they drifted apart (a polling-station code with two suffix letters
passed validation but the engine dropped it); held here they cannot.

An identifier is described by its printed *forms*, written as templates:

* ``9`` a digit, ``@`` a Latin capital letter, ``#`` a check character (a digit
  or the letter X);
* ``-`` a separator the document prints (OCR may drop or change it; it is put
  back in the canonical value);
* any other character is printed as is (``GHA``).

Reading OCR text against a template repairs each position by its kind only —
a letter read where a digit belongs (``O``→``0``, ``I``→``1``, ``S``→``5``…),
a digit read where a letter belongs (``0``→``O``, ``1``→``I``…) — and reports
how many positions it changed, so a value that needed repairs is shown as less
certain.  Where the identifier has a check digit, a repaired reading is kept
only when the check digit holds.

Sources of the rules: GB 11643-1999 (Chinese citizen identification number,
ISO 7064 MOD 11-2 check character, via python-stdnum ``cn.ric``); the Ghana
Card PIN ``GHA-#########-#`` printed by the National Identification Authority
(the check-digit algorithm is not published, so only the shape is checked; the
2017 ECOWAS launch specimen prints an early ``GH#########`` form); the Electoral
Commission of Ghana's 10-digit voter ID and its polling-station codes (a region
letter, six digits, and one or two letters when a station was split); the
出生医学证明 serial (one series letter and nine digits, printed in red).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from stdnum.cn import ric

__all__ = [
    "BIRTH_CERTIFICATE_NUMBER",
    "CN_RESIDENT_ID",
    "GHANA_CARD_DOCUMENT_NUMBER",
    "GHANA_PIN",
    "IDENTIFIERS",
    "INVALID",
    "MASKED",
    "POLLING_STATION_CODE",
    "REPAIRED",
    "TO_DIGIT",
    "TO_LETTER",
    "VALID",
    "VOTER_ID",
    "Identifier",
    "Problem",
    "Reading",
    "cn_id_birth_date",
    "compact",
    "mask_identifiers",
]

VALID, REPAIRED, INVALID, MASKED = "valid", "repaired", "invalid", "masked"

# A letter read where a digit is printed, and the reverse (OCR's usual confusions).
TO_DIGIT = str.maketrans({"O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1",
                          "|": "1", "!": "1", "T": "7", "S": "5", "B": "8", "Z": "2",
                          "G": "6", "A": "4", "o": "0", "l": "1", "i": "1", "s": "5",
                          "b": "6", "z": "2", "g": "9", "q": "9"})
TO_LETTER = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "G",
                           "4": "A", "7": "T"})

_SEPARATORS = re.compile(r"[\s\-_.·,，:：/\\–—]")
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff0d"})


def compact(text: str | None) -> str:
    """``text`` without spaces and separators, full-width forms folded (``Ｇ`` → ``G``)."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text or ""))


@dataclass(frozen=True, slots=True)
class Reading:
    """An identifier read from OCR text.

    ``status``: ``valid`` (read as printed), ``repaired`` (OCR confusions undone
    by position), ``masked`` (a vendor's masked value), ``invalid`` (not this
    identifier; ``value`` is then the compacted text).  ``suggestion`` is a
    check-digit-passing variant one OCR confusion away — shown, never applied.
    """

    value: str
    status: str
    suggestion: str | None = None

    @property
    def factor(self) -> float:
        """Multiplier for the OCR confidence of the field (a repair is less certain)."""
        return {VALID: 1.0, MASKED: 1.0, REPAIRED: 0.85}.get(self.status, 0.3)


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a value is not a well-formed identifier (a validation warning's content)."""

    code: str
    message_en: str
    message_zh: str
    severity: str = "error"  # "error" (red) or "warning" (amber)


def _slots(template: str) -> str:
    return template.replace("-", "")


def _fit(chars: str, slots: str) -> tuple[str, int] | None:
    """``chars`` read into ``slots`` position by position: (value, repairs) or None.

    A form's letter positions are what tells it from a plain number: when every one
    of two or more had to be made from a digit (``82439727`` as ``B243972T``), it is
    not that identifier (a lone series letter read as a digit, ``0410244480`` for
    O410244480, is OCR's usual slip)."""
    out: list[str] = []
    repairs = 0
    letters = sum(1 for slot in slots if slot == "@")
    letter_repairs = 0
    for c, slot in zip(chars, slots, strict=True):
        up = c.upper()
        if slot == "9" or (slot == "#" and up != "X"):
            d = c if c.isdigit() and c.isascii() else c.translate(TO_DIGIT)
            if not (d.isdigit() and d.isascii()):
                return None
        elif slot == "#":
            d = "X"
        elif slot == "@":
            d = up if up.isalpha() and up.isascii() else c.translate(TO_LETTER)
            if not (d.isalpha() and d.isascii()):
                return None
            letter_repairs += d != up
        else:  # a printed literal (GHA)
            d = up if up == slot else c.translate(TO_LETTER).upper()
            if d != slot:
                return None
        repairs += d != c
        out.append(d)
    if letters >= 2 and letter_repairs == letters:
        return None
    return "".join(out), repairs


def _compact_map(raw: str) -> tuple[str, list[int]]:
    """``compact(raw)`` and, per character of it, its index in ``raw``."""
    chars: list[str] = []
    where: list[int] = []
    for i, c in enumerate(raw):
        if not _SEPARATORS.fullmatch(c):
            chars.append(c)
            where.append(i)
    return "".join(chars), where


def _continues(raw: str, where: list[int], a: int, b: int, slots: str) -> bool:
    """Does the number run on right outside the window ``[a, b)`` (a 10-digit window
    inside a 13-digit barcode number is not a voter ID)?"""
    if slots[0] in "9#" and a > 0 and where[a] > 0 and raw[where[a] - 1].isdigit():
        return True
    end = where[b - 1] + 1
    return slots[-1] in "9#" and end < len(raw) and raw[end].isdigit()


def _format(value: str, template: str) -> str:
    out: list[str] = []
    it = iter(value)
    for slot in template:
        out.append("-" if slot == "-" else next(it))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Identifier:
    """One identifier: its printed forms, masked forms, check digit and masks.

    ``forms``: templates (see the module docstring), the canonical one first.
    ``loose``: a shape that is unusual but not impossible (warned amber, not red).
    ``masked``: a vendor's masked spelling (``500234************``).
    ``check``: the check-digit rule on a canonical value, when the identifier has one.
    ``keep``: how many leading and trailing characters a mask leaves visible
    (``None``: the identifier is not personal and is never masked).
    ``find``: where it appears in free text (log masking).
    """

    name: str
    label_en: str
    label_zh: str
    forms: tuple[str, ...]
    example: str
    masked: re.Pattern[str] | None = None
    loose: re.Pattern[str] | None = None
    check: Callable[[str], bool] | None = None
    keep: tuple[int, int] | None = None
    find: re.Pattern[str] | None = None
    upper: bool = True
    messages: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Finer rules of one identifier (the birth date inside a resident ID...), run
    # instead of the generic format/check-digit problems.
    rules: Callable[[str], list[Problem]] | None = None
    # True: a value of the ``loose`` shape is accepted without a word (series whose
    # spelling changed over the years), not pointed out as unusual.
    loose_ok: bool = False

    # ------------------------------------------------------------ canonical values

    def normalize(self, text: str | None) -> str:
        """What a clerk typed or a vendor sent, in canonical spelling when it has a
        printed form (separators put back, ``x`` → ``X``); otherwise the text
        without spaces (a masked ``439300xxxx`` keeps its case)."""
        raw = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).translate(_DASHES)
        bare = compact(raw).upper()
        for template in self.forms:
            slots = _slots(template)
            if len(bare) == len(slots):
                fit = _fit(bare, slots)
                if fit is not None and fit[1] == 0:
                    return _format(fit[0], template)
        if self.masked is not None and self.masked.fullmatch(raw):
            return raw
        return raw.upper() if self.upper and not self._masked_lower(raw) else raw

    def _masked_lower(self, raw: str) -> bool:
        return self.masked is not None and bool(self.masked.fullmatch(raw))

    def tidy_typed(self, value: str) -> str:
        """What a clerk typed, with only the case of the identifier's letters put right
        (GB 11643's check character ``x`` → ``X``, a ``gha`` prefix → ``GHA``) when it
        has one of the printed forms; otherwise exactly as typed, so a mistyped number
        keeps its warning.  Called when the clerk leaves the field, never per key."""
        upper = unicodedata.normalize("NFKC", value).upper()
        if upper == value or not self.well_shaped(self.normalize(upper)):
            return value
        return upper

    def well_formed(self, value: str) -> bool:
        """Exactly one of the printed forms (separators as printed), check digit holding."""
        for template in self.forms:
            slots = _slots(template)
            if len(value) != len(template):
                continue
            bare = value.replace("-", "") if "-" in template else value
            if len(bare) != len(slots) or _format(bare, template) != value:
                continue
            fit = _fit(bare, slots)
            if fit is not None and fit[1] == 0:
                return self.check is None or self.check(bare)
        return False

    def problems(self, value: str) -> list[Problem]:
        """Why ``value`` (already normalised) is not a good identifier; [] when it is."""
        if self.well_formed(value):
            return []
        if (self.masked is not None and re.search(r"[*xX]", value)
                and self.masked.fullmatch(value)):
            en, zh = self.messages.get("masked", (
                f"{self.label_en} is masked; only its visible characters can be checked.",
                f"{self.label_zh}已部分隐藏，只能核对可见的字符。"))
            return [Problem(f"{self.name}.masked", en, zh, "warning")]
        if self.rules is not None:
            return self.rules(value)
        if self.check is not None and any(self._shape_only(value, t) for t in self.forms):
            en, zh = self.messages.get("checksum", (
                "Check digit does not match: a character is misread or mistyped.",
                "校验位不符：有字符识别或录入错误。"))
            return [Problem(f"{self.name}.checksum", en, zh)]
        if self.loose is not None and self.loose.fullmatch(value):
            if self.loose_ok:
                return []
            en, zh = self.messages.get("unusual", (
                f"Unusual {self.label_en}; most look like {self.example}.",
                f"{self.label_zh}格式少见；通常形如 {self.example}。"))
            return [Problem(f"{self.name}.unusual", en, zh, "warning")]
        en, zh = self.messages.get("format", (
            f"A {self.label_en} looks like {self.example}.",
            f"{self.label_zh}格式应为 {self.example}。"))
        return [Problem(f"{self.name}.format", en, zh)]

    def _shape_only(self, value: str, template: str) -> bool:
        bare = value.replace("-", "")
        slots = _slots(template)
        if len(bare) != len(slots):
            return False
        fit = _fit(bare, slots)
        return fit is not None and fit[1] == 0

    # ------------------------------------------------------------------ OCR reading

    def read(self, text: str | None, *, anywhere: bool = True) -> Reading:
        """The identifier in OCR ``text``, confusions undone by position.

        The reading that needed the fewest repairs wins (``123456789AR`` is a
        document number as printed, not ``IZ3456789`` with two letters forced into
        its first digits); with a check digit, a repaired reading must pass it.  A
        reading needing more than a quarter of its positions repaired is not one
        (``28:AUG/2029`` is a date, not the document number ``ZB4062029``).
        ``anywhere=False`` asks that the whole text be the identifier.
        """
        raw = unicodedata.normalize("NFKC", text or "").replace("＊", "*").replace("×", "X")
        if self.masked is not None and "*" in raw:
            spaced = re.sub(r"\s+", "", raw).translate(_DASHES)
            for cand in (spaced, compact(raw)):
                m = self.masked.search(cand) if anywhere else self.masked.fullmatch(cand)
                if m and "*" in m.group(0):
                    return Reading(m.group(0), MASKED)
        s, where = _compact_map(raw)
        best: tuple[int, int, int, str, str] | None = None  # (repairs, -len, start, value, bare)
        for template in self.forms:
            slots = _slots(template)
            n = len(slots)
            starts = range(len(s) - n + 1) if anywhere else ([0] if len(s) == n else [])
            for i in starts:
                if _continues(raw, where, i, i + n, slots):
                    continue
                fit = _fit(s[i:i + n], slots)
                if fit is None or fit[1] > max(1, n // 4):
                    continue  # too many confusions: other text (28:AUG/2029), not this
                bare, repairs = fit
                if self.check is not None and not self.check(bare):
                    # Failing its check digit: the document's own (wrong) number, or a
                    # misread — kept (and flagged by validation) only if nothing passes.
                    repairs += n + 1
                key = (repairs, -n, i, _format(bare, template), bare)
                if best is None or key < best:
                    best = key
        if best is None:
            return Reading(s.upper(), INVALID)
        repairs, neg_n, _, value, bare = best
        if repairs > -neg_n:  # the check digit fails
            return Reading(value, INVALID, None if repairs > -neg_n + 1 else self._suggest(bare))
        return Reading(value, VALID if repairs == 0 else REPAIRED)

    def shaped(self, text: str | None) -> bool:
        """Reads as this identifier: valid, repaired, masked, or as printed with a
        failing check digit (a document's own wrong number is still its value)."""
        r = self.read(text)
        return r.status != INVALID or (self.check is not None and self.well_shaped(r.value))

    def well_shaped(self, value: str) -> bool:
        """One of the printed forms, ignoring the check digit."""
        return any(self._shape_only(value, t) for t in self.forms)

    def _suggest(self, bare: str) -> str | None:
        if self.check is None:
            return None
        options = []
        for i, ch in enumerate(bare):
            for alt in _DIGIT_SWAPS.get(ch, ""):
                cand = bare[:i] + alt + bare[i + 1:]
                if self.check(cand):
                    options.append(cand)
        return options[0] if len(options) == 1 else None

    # ---------------------------------------------------------------------- masks

    def mask(self, value: str) -> str:
        """The value with its middle hidden (logs, "mask ID numbers on screen")."""
        if self.keep is None or not value:
            return value
        head, tail = self.keep
        chars = [c for c in value if c != "-"]
        if sum(c.isdigit() for c in chars) < head + tail:
            return value  # already masked, or too short to tell anything
        hidden = [i for i, c in enumerate(value) if c != "-"]
        visible = set(hidden[:head] + hidden[len(hidden) - tail:])
        return "".join(c if c == "-" or i in visible else "*" for i, c in enumerate(value))


# Digit pairs OCR swaps; only used to *suggest* a number that passes the check digit.
_DIGIT_SWAPS = {"0": "86", "1": "7", "3": "8", "5": "6", "6": "58", "7": "1", "8": "360",
                "9": "4", "4": "9", "2": "7"}


def _cn_check(bare: str) -> bool:
    """GB 11643 check character, and a birth date from 1900 to today inside it."""
    try:
        if not ric.is_valid(bare):
            return False
    except Exception:  # stdnum's region lookup can raise on odd input
        return False
    born = bare[6:14]
    try:
        day = dt.date(int(born[:4]), int(born[4:6]), int(born[6:]))
    except ValueError:
        return False
    return day.year >= 1900 and day <= dt.date.today()


def _cn_problems(value: str) -> list[Problem]:
    """GB 11643 in the order a clerk can act on: length, characters, check
    character, the birth date inside, the region code."""
    if "*" in value:
        return [Problem("cn_id.format", "Masked ID number does not have 18 characters.",
                        "部分隐藏的身份证号码不是18位。")]
    if len(value) != 18:
        extra = " (old 15-digit numbers were replaced in 2004)" if len(value) == 15 else ""
        return [Problem("cn_id.length",
                        f"A resident ID number has 18 characters, this one has {len(value)}{extra}.",
                        f"居民身份证号码应为18位，此号码为{len(value)}位。")]
    if not value[:17].isdigit() or not (value[17].isdigit() or value[17] == "X"):
        return [Problem("cn_id.format",
                        "Only digits (and X as the last character) belong in a resident ID number.",
                        "身份证号码只能包含数字（末位可为X）。")]
    if value[-1] != ric.calc_check_digit(value):
        return [Problem("cn_id.checksum",
                        "Check digit does not match: a digit is misread or mistyped.",
                        "校验位不符：有数字识别或录入错误。")]
    born = cn_id_birth_date(value)
    if born is None or born > dt.date.today() or born.year < 1900:
        return [Problem("cn_id.birth_date",
                        "The birth date inside the ID number is not a real past date.",
                        "身份证号码中的出生日期无效。")]
    try:
        ric.get_birth_place(value)
    except Exception:
        return [Problem("cn_id.region",
                        "The region code (first 6 digits) is not a known county.",
                        "前6位地区代码不是已知的行政区划。", "warning")]
    return []


def cn_id_birth_date(value: str) -> dt.date | None:
    """The birth date in digits 7–14 of a (possibly masked) resident ID, if all visible."""
    part = value[6:14]
    if len(value) != 18 or not part.isdigit():
        return None
    try:
        return dt.date(int(part[:4]), int(part[4:6]), int(part[6:]))
    except ValueError:
        return None


CN_RESIDENT_ID = Identifier(
    name="cn_id",
    label_en="resident ID number",
    label_zh="居民身份证号码",
    forms=("99999999999999999#",),
    example="330106199001011234",
    masked=re.compile(r"[0-9*]{17}[0-9Xx*]"),
    check=_cn_check,
    keep=(4, 2),
    rules=_cn_problems,
    find=re.compile(r"(?<![0-9*])([0-9*]{6} ?[0-9*]{8} ?[0-9*]{3}[0-9Xx*]|[0-9]{15})(?![0-9*])"),
    messages={
        "checksum": ("Check digit does not match: a digit is misread or mistyped.",
                     "校验位不符：有数字识别或录入错误。"),
        "masked": ("ID number is masked; only the visible digits can be checked.",
                   "身份证号码已部分隐藏，只能核对可见的数字。"),
    },
)

GHANA_PIN = Identifier(
    name="gha_pin",
    label_en="Ghana Card PIN",
    label_zh="加纳身份证号码",
    # The early form is printed on the 2017 ECOWAS launch specimen (GH000000023).
    forms=("GHA-999999999-9", "GH999999999"),
    example="GHA-123456789-0",
    masked=re.compile(r"GHA-[\d*Xx]{9}-[\d*Xx]", re.IGNORECASE),
    keep=(5, 1),
    find=re.compile(r"(?<![A-Za-z])GHA[- ]?[0-9]{9}[- ]?[0-9]", re.IGNORECASE),
    messages={"masked": ("Ghana Card PIN is masked; it cannot be checked.",
                         "加纳身份证号码已部分隐藏，无法核对。")},
)

GHANA_CARD_DOCUMENT_NUMBER = Identifier(
    name="gha_document_number",
    label_en="Ghana Card document number",
    label_zh="加纳身份证证件编号",
    # NIA cards: two letters and seven digits (AC9139819); ECOWAS: nine digits and
    # two letters (123456789AR).
    forms=("@@9999999", "999999999@@"),
    example="AC9139819",
    masked=re.compile(r"[A-Z0-9]{2,9}\*{3,}[A-Z0-9*]{0,4}", re.IGNORECASE),
)

VOTER_ID = Identifier(
    name="voter_id",
    label_en="voter ID number",
    label_zh="选民卡号码",
    forms=("9999999999",),
    example="4393001234",
    masked=re.compile(r"[\d*Xx]{10}"),
    keep=(2, 2),
    find=re.compile(r"(?<![0-9A-Za-z])[0-9]{10}(?![0-9A-Za-z])"),
    upper=False,
    messages={"format": ("A voter ID number has exactly 10 digits.", "选民卡号码应为10位数字。"),
              "masked": ("Voter ID number is masked; it cannot be checked.",
                         "选民卡号码已部分隐藏，无法核对。")},
)

POLLING_STATION_CODE = Identifier(
    name="polling_station",
    label_en="polling station code",
    label_zh="投票站编号",
    forms=("@999999", "@999999@", "@999999@@"),
    example="C110101",
    masked=re.compile(r"[A-Z][\dXx*]{3,8}[A-Z*]{0,2}"),
    # The EC re-coded stations after new regions were created: other letter/digit
    # counts are doubtful, not impossible.
    loose=re.compile(r"[A-Z]{1,2}\d{4,8}[A-Z]{0,2}"),
    messages={
        "unusual": ("Unusual polling station code; most look like C110101 or C110101A.",
                    "投票站编号格式少见；通常形如 C110101 或 C110101A。"),
        "format": ("A polling station code is a region letter and six digits, e.g. C110101.",
                   "投票站编号应为一个地区字母加六位数字，例如 C110101。"),
        "masked": ("Polling station code is masked; it cannot be checked.",
                   "投票站编号已部分隐藏，无法核对。"),
    },
)

BIRTH_CERTIFICATE_NUMBER = Identifier(
    name="bc_number",
    label_en="certificate number",
    label_zh="出生证编号",
    # One series letter and nine digits, sometimes printed with a space (F 360343300).
    forms=("@999999999",),
    example="F360343300",
    # Older series and the vendor's own sample ("出生证1234567890") spell it otherwise.
    loose=re.compile(r"(?:出生证)?[A-Z]?\d{9,11}"),
    loose_ok=True,
    keep=(2, 2),
    find=re.compile(r"(?<![0-9A-Za-z])[A-Z] ?[0-9]{9}(?![0-9A-Za-z])"),
)

IDENTIFIERS: dict[str, Identifier] = {
    i.name: i for i in (CN_RESIDENT_ID, GHANA_PIN, GHANA_CARD_DOCUMENT_NUMBER, VOTER_ID,
                        POLLING_STATION_CODE, BIRTH_CERTIFICATE_NUMBER)
}


def mask_identifiers(text: str, *, certificates: bool = False) -> str:
    """Every personal identity number in free ``text`` masked (logs, support files).

    ``certificates`` also masks birth-certificate numbers (a series letter and nine
    digits): logs and the server's access log do; the "mask ID numbers on screen"
    option does not (the clerk checks the certificate code against the paper).

    >>> mask_identifiers("id 330106202001011234 pin GHA-123456789-1 voter 1234567890")
    'id 3301************34 pin GHA-12*******-1 voter 12******90'
    >>> mask_identifiers("birth certificate N158084930", certificates=True)
    'birth certificate N1******30'
    """
    if not text:
        return text
    idents = (GHANA_PIN, CN_RESIDENT_ID, VOTER_ID)
    if certificates:
        idents += (BIRTH_CERTIFICATE_NUMBER,)
    for ident in idents:
        if ident.find is None:
            continue
        text = ident.find.sub(lambda m, i=ident: _mask_found(i, m.group(0)), text)
    return text


def _mask_found(ident: Identifier, found: str) -> str:
    if ident is GHANA_PIN:
        bare = compact(found).upper()
        return ident.mask(f"GHA-{bare[3:12]}-{bare[12]}")
    if ident is CN_RESIDENT_ID:
        bare = found.replace(" ", "")
        if sum(c.isdigit() for c in bare) < 6:
            return found
        return bare[:4] + "*" * (len(bare) - 6) + bare[-2:]
    return ident.mask(found)
