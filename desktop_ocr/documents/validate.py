"""Checks that tell the clerk which values to look at again.

Why: OCR misreads digits and swaps fields; a clerk confirming hundreds of
records needs the doubtful ones pointed out.  The checks only *report*
(:class:`FieldWarning` with a stable ``code``); they never change a value —
see docs/adr/0010-warnings-never-change-values.md.

Severity: ``error`` means the value cannot be right as it stands (a wrong
check digit, a date that does not exist, a card that expires before it was
issued); ``warning`` means it is doubtful or cannot be checked (missing,
masked, an age one or two years off, an unusual code shape).

Rules that are not obvious:

* Chinese resident ID (GB 11643): checksum, embedded birth date and region via
  python-stdnum ``cn.ric``.  Vendors mask IDs (``500234************``,
  ``3301************34``); a masked ID is reported as ``cn_id.masked`` and the
  digits that are still visible (birth date, sex digit) are still cross-checked.
  A parent whose nationality is not Chinese may carry a passport number, so the
  resident-ID rules are not applied to it.
* Ghana Card PIN: ``GHA-`` + 9 digits + ``-`` + 1 check digit.  The check-digit
  algorithm is not published, so only the shape is checked.
* Voter ID: 10 digits (the number on the biometric voter cards since 2012).
* Polling station code: the Electoral Commission codes a station as one region
  letter, six digits (two each for constituency, electoral area and station)
  and, when an over-subscribed station was split, one or two suffix letters:
  ``C110101``, ``C110101A``.  Letters + digits in another count are reported as
  doubtful (``polling_station.unusual``) rather than invalid, because the EC has
  re-coded stations after creating new regions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from stdnum.cn import ric
from stdnum.exceptions import ValidationError

from desktop_ocr.documents.normalize import parse_date, weight_kg
from desktop_ocr.documents.record import FieldWarning, Record
from desktop_ocr.documents.schema import DocumentType, FieldKind, get_document_type

__all__ = ["ERROR", "WARNING", "validate_record"]

ERROR = "error"
WARNING = "warning"

_PAST_DATE_KEYS = frozenset({"babyBirthday", "birthday", "issue_date", "registry_date"})
_CHINESE_NATIONALITY = frozenset({"中国", "中國", "中华人民共和国", "中華人民共和國", "CHINA", "CHN", "PRC"})

_RE_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_RE_DATE_S = re.compile(r"\d{2}-\d{2}-\d{4}")
_RE_PIN = re.compile(r"GHA-\d{9}-\d")
_RE_PIN_MASKED = re.compile(r"GHA-[\d*Xx]{9}-[\d*Xx]")
_RE_VOTER = re.compile(r"\d{10}")
_RE_VOTER_MASKED = re.compile(r"[\d*Xx]{10}")
_RE_STATION = re.compile(r"[A-Z]\d{6}[A-Z]{0,2}")
_RE_STATION_LOOSE = re.compile(r"[A-Z]{1,2}\d{4,8}[A-Z]{0,2}")
_RE_STATION_MASKED = re.compile(r"[A-Z][\dXx*]{3,8}[A-Z*]{0,2}")
_RE_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_RE_CN_MASKED = re.compile(r"[\d*]{17}[\dX*]")

# Plausible ranges: outside them the value is more likely misread than true.
_RANGES: dict[str, tuple[float, float, str, str]] = {
    "birthLength": (20, 70, "cm", "厘米"),
    "gestationalAge": (20, 45, "weeks", "周"),
    "fatherAge": (12, 90, "years", "岁"),
    "motherAge": (10, 65, "years", "岁"),
    "age": (18, 120, "years", "岁"),
    "height": (0.5, 2.5, "m", "米"),
}
_WEIGHT_RANGE = (0.3, 7.0)


class _Checks:
    """Collects warnings for one record; every check reads, none writes."""

    def __init__(self, record: Record, spec: DocumentType, today: dt.date) -> None:
        self.record = record
        self.spec = spec
        self.today = today
        self.out: list[FieldWarning] = []

    def value(self, key: str) -> str:
        return self.record.value(key).strip()

    def add(self, key: str, code: str, en: str, zh: str, severity: str = WARNING) -> None:
        self.out.append(FieldWarning(field=key, code=code, message=en, severity=severity,
                                     message_zh=zh))

    def date(self, key: str) -> dt.date | None:
        return parse_date(self.value(key), past=key in _PAST_DATE_KEYS)


# --------------------------------------------------------------------------- per field

def _check_required(c: _Checks) -> None:
    for fs in c.spec.fields:
        if fs.required and not c.value(fs.key):
            c.add(fs.key, "required.missing",
                  f"{fs.label_en} is required but empty.",
                  f"{fs.label_zh}为必填项，目前为空。")


def _check_date(c: _Checks, key: str, kind: FieldKind) -> None:
    text = c.value(key)
    d = c.date(key)
    if d is None:
        c.add(key, "date.invalid",
              "Not a real calendar date; check the digits.",
              "不是有效的日期，请核对数字。", ERROR)
        return
    if kind is FieldKind.DATE and not _RE_ISO.fullmatch(text):
        c.add(key, "date.format",
              "Date is readable but not written as yyyy-mm-dd.",
              "日期可以识别，但不是 yyyy-mm-dd 格式。")
    if key in _PAST_DATE_KEYS and d > c.today:
        c.add(key, "date.future",
              "Date lies in the future.",
              "日期晚于今天。", ERROR)


def _check_date_s(c: _Checks, key: str, derived_from: str | None) -> None:
    text = c.value(key)
    d = parse_date(text) if _RE_DATE_S.fullmatch(text) else None
    if d is None:
        c.add(key, "date_s.format",
              "Expected a real date written as dd-mm-yyyy.",
              "应为 dd-mm-yyyy 格式的有效日期。", ERROR)
        return
    if derived_from and c.value(derived_from):
        raw = c.date(derived_from)
        if raw is not None and raw != d:
            c.add(key, "date_s.mismatch",
                  "Does not match the date as printed on the card.",
                  "与证件上印刷的日期不一致。")


def _cn_visible_birth_date(value: str) -> dt.date | None:
    """The birth date digits 7–14 of a (possibly masked) resident ID, if all visible."""
    part = value[6:14]
    if len(value) != 18 or not part.isdigit():
        return None
    try:
        return dt.date(int(part[:4]), int(part[4:6]), int(part[6:]))
    except ValueError:
        return None


def _check_cn_id(c: _Checks, key: str) -> None:
    value = ric.compact(c.value(key))
    if "*" in value:
        if _RE_CN_MASKED.fullmatch(value):
            c.add(key, "cn_id.masked",
                  "ID number is masked; only the visible digits can be checked.",
                  "身份证号码已部分隐藏，只能核对可见的数字。")
        else:
            c.add(key, "cn_id.format",
                  "Masked ID number does not have 18 characters.",
                  "部分隐藏的身份证号码不是18位。", ERROR)
        return
    if len(value) != 18:
        extra = " (old 15-digit numbers were replaced in 2004)" if len(value) == 15 else ""
        c.add(key, "cn_id.length",
              f"A resident ID number has 18 characters, this one has {len(value)}{extra}.",
              f"居民身份证号码应为18位，此号码为{len(value)}位。", ERROR)
        return
    if not value[:17].isdigit() or not (value[17].isdigit() or value[17] == "X"):
        c.add(key, "cn_id.format",
              "Only digits (and X as the last character) belong in a resident ID number.",
              "身份证号码只能包含数字（末位可为X）。", ERROR)
        return
    if value[-1] != ric.calc_check_digit(value):
        c.add(key, "cn_id.checksum",
              "Check digit does not match: a digit is misread or mistyped.",
              "校验位不符：有数字识别或录入错误。", ERROR)
        return
    born = _cn_visible_birth_date(value)
    if born is None or born > c.today or born.year < 1900:
        c.add(key, "cn_id.birth_date",
              "The birth date inside the ID number is not a real past date.",
              "身份证号码中的出生日期无效。", ERROR)
        return
    try:
        ric.get_birth_place(value)
    except ValidationError:
        c.add(key, "cn_id.region",
              "The region code (first 6 digits) is not a known county.",
              "前6位地区代码不是已知的行政区划。")


def _check_gha_pin(c: _Checks, key: str) -> None:
    value = c.value(key).upper()
    if _RE_PIN.fullmatch(value):
        return
    if _RE_PIN_MASKED.fullmatch(value):
        c.add(key, "gha_pin.masked",
              "Ghana Card PIN is masked; it cannot be checked.",
              "加纳身份证号码已部分隐藏，无法核对。")
        return
    c.add(key, "gha_pin.format",
          "A Ghana Card PIN looks like GHA-123456789-0.",
          "加纳身份证号码格式应为 GHA-123456789-0。", ERROR)


def _check_voter_id(c: _Checks, key: str) -> None:
    value = c.value(key)
    if _RE_VOTER.fullmatch(value):
        return
    if _RE_VOTER_MASKED.fullmatch(value):
        c.add(key, "voter_id.masked",
              "Voter ID number is masked; it cannot be checked.",
              "选民卡号码已部分隐藏，无法核对。")
        return
    c.add(key, "voter_id.format",
          "A voter ID number has exactly 10 digits.",
          "选民卡号码应为10位数字。", ERROR)


def _check_polling_station(c: _Checks, key: str) -> None:
    value = c.value(key).upper()
    if _RE_STATION.fullmatch(value):
        return
    if _RE_STATION_LOOSE.fullmatch(value):
        c.add(key, "polling_station.unusual",
              "Unusual polling station code; most look like C110101 or C110101A.",
              "投票站编号格式少见；通常形如 C110101 或 C110101A。")
        return
    if re.search(r"[Xx*]", value) and _RE_STATION_MASKED.fullmatch(value):
        c.add(key, "polling_station.masked",
              "Polling station code is masked; it cannot be checked.",
              "投票站编号已部分隐藏，无法核对。")
        return
    c.add(key, "polling_station.format",
          "A polling station code is a region letter and six digits, e.g. C110101.",
          "投票站编号应为一个地区字母加六位数字，例如 C110101。", ERROR)


def _check_sex(c: _Checks, key: str) -> None:
    allowed = ("男", "女") if c.spec.name == "birth_certificate" else ("M", "F")
    if c.value(key) not in allowed:
        c.add(key, "sex.invalid",
              f"Sex should be {allowed[0]} or {allowed[1]}.",
              f"性别应为“{allowed[0]}”或“{allowed[1]}”。", ERROR)


def _check_number(c: _Checks, key: str) -> None:
    value = c.value(key)
    if not _RE_NUMBER.fullmatch(value):
        c.add(key, "number.invalid", "Not a number.", "不是数字。", ERROR)
        return
    if key in _RANGES:
        low, high, unit_en, unit_zh = _RANGES[key]
        if not low <= float(value) <= high:
            c.add(key, "number.range",
                  f"Unusual value: expected {low:g}–{high:g} {unit_en}.",
                  f"数值异常：通常为{low:g}–{high:g}{unit_zh}。")


def _check_weight(c: _Checks, key: str) -> None:
    value = c.value(key)
    if not _RE_NUMBER.fullmatch(value):
        readable = weight_kg(value)
        c.add(key, "weight.invalid",
              "Birth weight should be a number of kilograms, e.g. 3.2"
              + (f" (this reads as {readable} kg)." if readable else "."),
              "出生体重应为千克数，例如 3.2" + (f"（可读作 {readable} 千克）。" if readable else "。"),
              ERROR)
        return
    low, high = _WEIGHT_RANGE
    if not low <= float(value) <= high:
        c.add(key, "weight.range",
              f"Unusual birth weight: expected {low:g}–{high:g} kg.",
              f"出生体重异常：通常为{low:g}–{high:g}千克。")


_FIELD_CHECKS: dict[FieldKind, Callable[[_Checks, str], None]] = {
    FieldKind.CN_ID: _check_cn_id,
    FieldKind.GHA_PIN: _check_gha_pin,
    FieldKind.VOTER_ID: _check_voter_id,
    FieldKind.SEX: _check_sex,
    FieldKind.NUMBER: _check_number,
    FieldKind.WEIGHT: _check_weight,
}


def _check_fields(c: _Checks) -> None:
    for fs in c.spec.fields:
        if not c.value(fs.key):
            continue
        if fs.kind in (FieldKind.DATE, FieldKind.DATE_RAW):
            _check_date(c, fs.key, fs.kind)
        elif fs.kind is FieldKind.DATE_S:
            _check_date_s(c, fs.key, fs.derived_from)
        elif fs.kind is FieldKind.CN_ID and not _is_chinese(
            c.value(fs.key.removesuffix("ID") + "Nationality")
        ):
            continue  # a foreign parent's document number may be a passport
        elif fs.key == "polling_station_code":
            _check_polling_station(c, fs.key)
        elif fs.kind in _FIELD_CHECKS:
            _FIELD_CHECKS[fs.kind](c, fs.key)


# --------------------------------------------------------------------------- cross-field

def _years(born: dt.date, on: dt.date) -> int:
    """Full years of age on a given day."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _is_chinese(nationality: str) -> bool:
    return not nationality or nationality.upper() in _CHINESE_NATIONALITY


def _usable_for_cross_check(value: str, today: dt.date) -> bool:
    """Masked IDs lend their visible digits; an unmasked one only if it passed its own
    checks (a misread ID would otherwise add a second, misleading warning)."""
    if "*" in value:
        return bool(_RE_CN_MASKED.fullmatch(value))
    if len(value) != 18 or not value[:17].isdigit() or value[-1] != ric.calc_check_digit(value):
        return False
    born = _cn_visible_birth_date(value)
    return born is not None and born <= today


def _check_parents(c: _Checks) -> None:
    baby_born = c.date("babyBirthday")
    for role, odd, zh_role in (("father", True, "父亲"), ("mother", False, "母亲")):
        id_key, age_key = f"{role}ID", f"{role}Age"
        value = ric.compact(c.value(id_key))
        if not _usable_for_cross_check(value, c.today) or not _is_chinese(c.value(f"{role}Nationality")):
            continue
        sex_digit = value[16]
        if sex_digit.isdigit() and (int(sex_digit) % 2 == 1) != odd:
            want_en, want_zh = ("odd (male)", "奇数（男）") if odd else ("even (female)", "偶数（女）")
            c.add(id_key, f"{role}_id.sex",
                  f"The 17th digit of the {role}'s ID must be {want_en}: "
                  "the ID is misread or the parents' fields are swapped.",
                  f"{zh_role}身份证号码第17位应为{want_zh}：号码识别有误或父母信息填反。", ERROR)
        born = _cn_visible_birth_date(value)
        age_text = c.value(age_key)
        if born is None or baby_born is None or not age_text.isdigit():
            continue
        expected = _years(born, baby_born)
        if abs(int(age_text) - expected) > 1:
            c.add(age_key, "age.mismatch",
                  f"Age {age_text} does not fit the birth date in the {role}'s ID "
                  f"(about {expected} when the baby was born).",
                  f"年龄{age_text}与{zh_role}身份证中的出生日期不符（新生儿出生时约{expected}岁）。")


def _check_ghana_card(c: _Checks) -> None:
    born, issued, expires = c.date("birthday"), c.date("issue_date"), c.date("expiry_date")
    if issued and expires and expires <= issued:
        c.add("expiry_date", "expiry.before_issue",
              "Expiry date is not after the issue date.",
              "到期日期不晚于发证日期。", ERROR)
    if born and issued and issued < born:
        c.add("issue_date", "issue.before_birth",
              "Issue date is before the date of birth.",
              "发证日期早于出生日期。", ERROR)
    if expires and expires < c.today and not (issued and expires <= issued):
        c.add("expiry_date", "expiry.passed",
              "The card has expired.",
              "证件已过期。")


def _check_voter(c: _Checks) -> None:
    born, registered = c.date("birthday"), c.date("registry_date")
    if born and registered and registered < born:
        c.add("registry_date", "registry.before_birth",
              "Registration date is before the date of birth.",
              "登记日期早于出生日期。", ERROR)
        return
    age_text = c.value("age")
    if born is None or not age_text.isdigit():
        return
    age = int(age_text)
    if registered is not None:
        expected = _years(born, registered)
        if abs(age - expected) > 1:
            c.add("age", "age.mismatch",
                  f"Age {age} does not fit the date of birth (about {expected} at registration).",
                  f"年龄{age}与出生日期不符（登记时约{expected}岁）。")
    elif age > _years(born, c.today) + 1:
        c.add("age", "age.mismatch",
              f"Age {age} is more than the date of birth allows today.",
              f"年龄{age}大于按出生日期计算的当前年龄。")


_CROSS_CHECKS: dict[str, Callable[[_Checks], None]] = {
    "birth_certificate": _check_parents,
    "ghana_card": _check_ghana_card,
    "ghana_voter": _check_voter,
}


def validate_record(record: Record, today: dt.date | None = None) -> list[FieldWarning]:
    """Every doubt about a record's values, in schema order then cross-field.

    ``today`` fixes "now" for future-date and expiry checks (tests, re-runs).
    A record without a document type, or a failed one nobody has filled in yet,
    gets no warnings (its error says everything).  The record is not modified;
    the caller decides where the warnings go.
    """
    if not record.document_type:
        return []
    if record.error is not None and not any(f.value.strip() for f in record.fields.values()):
        return []
    spec = get_document_type(record.document_type)
    checks = _Checks(record, spec, today or dt.date.today())
    _check_required(checks)
    _check_fields(checks)
    _CROSS_CHECKS[spec.name](checks)
    return checks.out
