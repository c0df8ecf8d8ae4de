"""Document types and their field schemas.

Why: every layer (extraction, vendor clients, form, export) needs the same list
of fields in the same order with the vendor's exact keys; keeping it declared once
here means the GUI form and the export columns can never drift from the APIs.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FieldKind(StrEnum):
    """What a field holds; drives normalisation, validation and the editor used."""

    TEXT = "text"
    NAME = "name"
    DATE = "date"  # ISO yyyy-mm-dd (birth certificate)
    DATE_RAW = "date_raw"  # date exactly as printed (Ghana cards)
    DATE_S = "date_s"  # vendor dd-mm-yyyy form derived from the raw one
    NUMBER = "number"
    WEIGHT = "weight"  # kilograms, as the vendor returns it ("3.2")
    SEX = "sex"
    CN_ID = "cn_id"  # Chinese resident identity number (18 chars, may be masked)
    GHA_PIN = "gha_pin"  # Ghana Card PIN GHA-#########-#
    VOTER_ID = "voter_id"  # Ghana voter ID, 10 digits
    CODE = "code"  # document / polling station / certificate codes


@dataclass(frozen=True, slots=True)
class FieldSpec:
    key: str
    label_zh: str
    label_en: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = False
    # For *_s fields: the key of the raw field it is derived from.
    derived_from: str | None = None

    def label(self, language: str = "en") -> str:
        return self.label_zh if language.lower().startswith("zh") else self.label_en


@dataclass(frozen=True, slots=True)
class DocumentType:
    name: str
    label_zh: str
    label_en: str
    vendor: str  # which cloud vendor reads this type
    fields: tuple[FieldSpec, ...]

    def label(self, language: str = "en") -> str:
        return self.label_zh if language.lower().startswith("zh") else self.label_en

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    def field(self, key: str) -> FieldSpec:
        for spec in self.fields:
            if spec.key == key:
                return spec
        raise KeyError(key)


K = FieldKind
F = FieldSpec

BIRTH_CERTIFICATE = DocumentType(
    name="birth_certificate",
    label_zh="出生医学证明",
    label_en="Birth certificate",
    vendor="cloudwalk",
    fields=(
        F("babyName", "新生儿姓名", "Baby's name", K.NAME, True),
        F("babySex", "性别", "Sex", K.SEX, True),
        F("babyBirthday", "出生时间", "Date of birth", K.DATE, True),
        F("birthProvince", "出生地点（省）", "Place of birth: province", K.TEXT, True),
        F("birthCity", "出生地点（市）", "Place of birth: city", K.TEXT),
        F("birthCounty", "出生地点（县/区）", "Place of birth: county", K.TEXT),
        F("birthWeight", "出生体重（千克）", "Birth weight (kg)", K.WEIGHT),
        F("birthLength", "出生身长（厘米）", "Birth length (cm)", K.NUMBER),
        F("gestationalAge", "出生孕周", "Gestational age (weeks)", K.NUMBER),
        F("code", "出生证编号", "Certificate number", K.CODE, True),
        F("hospital", "医疗机构名称", "Hospital", K.TEXT),
        F("fatherName", "父亲姓名", "Father's name", K.NAME),
        F("fatherAge", "父亲年龄", "Father's age", K.NUMBER),
        F("fatherNationality", "父亲国籍", "Father's nationality", K.TEXT),
        F("fatherEthnic", "父亲民族", "Father's ethnicity", K.TEXT),
        F("fatherAddress", "父亲住址", "Father's address", K.TEXT),
        F("fatherID", "父亲身份证件号码", "Father's ID number", K.CN_ID),
        F("motherName", "母亲姓名", "Mother's name", K.NAME, True),
        F("motherAge", "母亲年龄", "Mother's age", K.NUMBER),
        F("motherNationality", "母亲国籍", "Mother's nationality", K.TEXT),
        F("motherEthnic", "母亲民族", "Mother's ethnicity", K.TEXT),
        F("motherAddress", "母亲住址", "Mother's address", K.TEXT),
        F("motherID", "母亲身份证件号码", "Mother's ID number", K.CN_ID),
    ),
)

GHANA_CARD = DocumentType(
    name="ghana_card",
    label_zh="加纳身份证",
    label_en="Ghana Card",
    vendor="accuauth",
    fields=(
        F("id_number", "身份证号码", "Personal ID number", K.GHA_PIN, True),
        F("document_number", "证件编号", "Document number", K.CODE),
        F("surname", "姓", "Surname", K.NAME, True),
        F("first_name", "名", "First names", K.NAME, True),
        F("middle_name", "中间名", "Middle name", K.NAME),
        F("previous_name", "曾用名", "Previous names", K.NAME),
        F("birthday", "出生日期（原始）", "Date of birth (as printed)", K.DATE_RAW, True),
        F("birthday_s", "出生日期", "Date of birth (dd-mm-yyyy)", K.DATE_S, False, "birthday"),
        F("gender", "性别", "Sex", K.SEX, True),
        F("height", "身高", "Height (m)", K.NUMBER),
        F("issue_date", "发证日期（原始）", "Date of issue (as printed)", K.DATE_RAW),
        F("issue_date_s", "发证日期", "Date of issue (dd-mm-yyyy)", K.DATE_S, False, "issue_date"),
        F("expiry_date", "到期日期（原始）", "Date of expiry (as printed)", K.DATE_RAW),
        F("expiry_date_s", "到期日期", "Date of expiry (dd-mm-yyyy)", K.DATE_S, False, "expiry_date"),
        F("place_of_issue", "签发地", "Place of issuance", K.TEXT),
        F("nationality", "国籍", "Nationality", K.TEXT),
    ),
)

GHANA_VOTER = DocumentType(
    name="ghana_voter",
    label_zh="加纳选民卡",
    label_en="Ghana voter ID",
    vendor="accuauth",
    fields=(
        F("voter_id_number", "选民卡号码", "Voter ID number", K.VOTER_ID, True),
        F("surname", "姓", "Surname", K.NAME, True),
        F("other_names", "名字（不含姓）", "Other names", K.NAME, True),
        F("age", "年龄", "Age", K.NUMBER),
        F("gender", "性别", "Sex", K.SEX, True),
        F("birthday", "出生日期（原始）", "Date of birth (as printed)", K.DATE_RAW),
        F("birthday_s", "出生日期", "Date of birth (dd-mm-yyyy)", K.DATE_S, False, "birthday"),
        F("registry_date", "登记日期（原始）", "Date of registration (as printed)", K.DATE_RAW),
        F(
            "registry_date_s", "登记日期", "Date of registration (dd-mm-yyyy)",
            K.DATE_S, False, "registry_date",
        ),
        F("polling_station_code", "投票站编号", "Polling station code", K.CODE, True),
    ),
)

DOCUMENT_TYPES: dict[str, DocumentType] = {
    t.name: t for t in (BIRTH_CERTIFICATE, GHANA_CARD, GHANA_VOTER)
}

AUTO = "auto"


def get_document_type(name: str) -> DocumentType:
    """Look a document type up by its stable name; a clear error for an unknown one."""
    try:
        return DOCUMENT_TYPES[name]
    except KeyError:
        known = ", ".join(DOCUMENT_TYPES)
        raise ValueError(f"unknown document type {name!r} (known: {known})") from None
