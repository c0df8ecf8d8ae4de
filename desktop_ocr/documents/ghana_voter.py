"""The Ghana voter ID card: its fields, checks and printed designs.

Field keys are exactly those of the AccuAuth ``/ocr/idcard`` API (``card_info`` of
a ``VOTER`` card).  The API returns both ``age`` and ``birthday``: older cards
print the age, newer ones the date of birth, so either may be empty.

Designs: ``ec`` — the Electoral Commission's card ("ELECTORAL COMMISSION OF GHANA",
"VOTER ID CARD"; Surname, Other Names, Sex, Date of Birth or Age, Date of
Registration, Polling Station Code, the 10-digit Voter ID Number, a portrait and a
barcode).  No specimen is held, so it is described by its labels and value shapes,
never by positions (``ValueAt.NEAR``: below or beside); the project's own generated
families print this design in other arrangements.
"""

from __future__ import annotations

from desktop_ocr.documents.checks import ERROR, Checks, full_years
from desktop_ocr.documents.design import Design, Printed, ValueAt
from desktop_ocr.documents.fields import DocumentType, FieldKind, FieldSpec, Plausible
from desktop_ocr.documents.identifiers import POLLING_STATION_CODE, VOTER_ID

K = FieldKind
F = FieldSpec

FIELDS = (
    F("voter_id_number", "选民卡号码", "Voter ID number", K.VOTER_ID, True,
      identifier=VOTER_ID, history="id"),
    F("surname", "姓", "Surname", K.NAME, True, history="name"),
    F("other_names", "名字（不含姓）", "Other names", K.NAME, True, history="name"),
    F("age", "年龄", "Age", K.NUMBER, plausible=Plausible(18, 120, "years", "岁")),
    F("gender", "性别", "Sex", K.SEX, True),
    F("birthday", "出生日期（原始）", "Date of birth (as printed)", K.DATE_RAW, past=True),
    F("birthday_s", "出生日期", "Date of birth (dd-mm-yyyy)", K.DATE_S, False, "birthday",
      past=True),
    F("registry_date", "登记日期（原始）", "Date of registration (as printed)", K.DATE_RAW,
      past=True),
    F("registry_date_s", "登记日期", "Date of registration (dd-mm-yyyy)", K.DATE_S, False,
      "registry_date", past=True),
    F("polling_station_code", "投票站编号", "Polling station code", K.CODE, True,
      identifier=POLLING_STATION_CODE),
)


def check_age(c: Checks) -> None:
    """Registered after birth; the printed age fits the date of birth."""
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
        expected = full_years(born, registered)
        if abs(age - expected) > 1:
            c.add("age", "age.mismatch",
                  f"Age {age} does not fit the date of birth (about {expected} at registration).",
                  f"年龄{age}与出生日期不符（登记时约{expected}岁）。")
    elif age > full_years(born, c.today) + 1:
        c.add("age", "age.mismatch",
              f"Age {age} is more than the date of birth allows today.",
              f"年龄{age}大于按出生日期计算的当前年龄。")


N = ValueAt.NEAR
_HEADERS = ("ELECTORAL COMMISSION OF GHANA", "ELECTORAL COMMISSION", "VOTER ID CARD",
            "VOTERS ID CARD", "VOTER IDENTITY CARD", "REPUBLIC OF GHANA", "SPECIMEN", "SAMPLE")
_OTHER = ("Signature", "Thumbprint", "Holder's Signature")
_PRINTED = (
    Printed("voter_id_number", ("Voter ID Number", "Voter ID No", "Voter ID", "ID Number",
                                "Voter's ID Number"), N),
    Printed("surname", ("Surname", "Last Name"), N),
    Printed("other_names", ("Other Names", "Other Name", "Othernames", "First Names",
                            "Given Names"), N),
    Printed("age", ("Age",), N),
    Printed("gender", ("Sex", "Gender"), N),
    Printed("birthday", ("Date of Birth", "Birth Date", "DOB"), N),
    Printed("registry_date", ("Date of Registration", "Registration Date", "Reg. Date",
                              "Date Registered"), N),
    Printed("polling_station_code", ("Polling Station Code", "Polling Station", "PS Code",
                                     "Station Code"), N),
)
_PRINTS = frozenset({"voter_id_number", "surname", "other_names", "age", "gender",
                     "birthday", "registry_date", "polling_station_code"})

EC = Design(
    name="ec",
    document_type="ghana_voter",
    label_en="Electoral Commission voter ID card",
    label_zh="选举委员会选民卡",
    titles=_HEADERS[:5],
    printed=_PRINTED,
    prints=_PRINTS,
    other_labels=_OTHER,
    form_words=_HEADERS,
    # Older cards print the age, newer ones the date of birth.
    may_be_blank=frozenset({"age", "birthday"}),
)

GHANA_VOTER = DocumentType(
    name="ghana_voter",
    label_zh="加纳选民卡",
    label_en="Ghana voter ID",
    fields=FIELDS,
    sex_spelling="letter",
    cross_checks=(check_age,),
    designs=(EC,),
)
