"""The Ghana Card (national identity card): its fields, checks and printed designs.

Field keys are exactly those of the AccuAuth ``/ocr/idcard`` API (``card_info`` of
an ``ID`` card, front side).  Dates: the raw field holds the date exactly as
printed, the ``*_s`` field its ``dd-mm-yyyy`` form.

Designs in circulation (issue 10; the ECOWAS one after the 2017 launch specimen):

* ``ecowas``: "ECOWAS IDENTITY CARD", bilingual English/French labels printed
  small *above* each value, one ``First Names`` field (the whole value is
  ``first_name``; ``middle_name`` stays empty), height as ``Size / Taille``
  (``1.85M``), dates ``13/JUN/1986``, PIN ``GHA-XXXXXXXXX-X`` (the launch
  specimen's early ``GH000000023`` too), document number ``123456789AR``.
* ``nia``: "REPUBLIC OF GHANA / National Identity Card", English labels above
  values, ``First Name`` and ``Middle Name(s)`` on their own rows, ``Date of
  Expiry:`` with its value to the right, an unlabelled document number bottom left
  (``AC9139819``), dates month first ``MM/DD/YYYY``; no nationality, place or date
  of issue.
* ``standard`` and ``alt``: the project's own generated families (ADR 0032).

Reader keys are the vendor keys.  A 6-digit number printed under the portrait is
not a field of any design.

The back side (``BACK``, issue 15, ADR 0012) prints an ICAO 9303 TD1 zone: three lines of
30 OCR-B characters whose check digits vouch for the document number, the dates and the
whole zone.  The NIA publishes no description of it; what the project assumes, from the
standard and from public integrations that read real cards (document code ``ID``, issuing
state ``GHA``), is in ``BACK.assumptions``.  The vendor API reads the front only
(``card_side`` "front"): the back's reading is kept beside the fields
(``Record.extra["mrz"]``) and checks them (``documents.back``).
"""

from __future__ import annotations

import re

from desktop_ocr.documents.back import BackSide, Twin
from desktop_ocr.documents.checks import ERROR, Checks
from desktop_ocr.documents.design import Design, Printed, ValueAt
from desktop_ocr.documents.fields import DocumentType, FieldKind, FieldSpec, Plausible
from desktop_ocr.documents.identifiers import GHANA_CARD_DOCUMENT_NUMBER, GHANA_PIN, VALID
from desktop_ocr.documents.mrz import Td1

K = FieldKind
F = FieldSpec

# Nationalities as cards print them (demonyms in capitals): citizens' cards print
# GHANAIAN; non-citizens' cards their own nationality.  A hyphen stands for a space.
NATIONALITIES = frozenset(w.replace("-", " ") for w in ["GHANAIAN", "NIGERIAN", "TOGOLESE", "BURKINABE", "IVORIAN", "BENINESE", "MALIAN", "NIGERIEN", "SENEGALESE", "GAMBIAN", "GUINEAN", "BISSAU-GUINEAN", "LIBERIAN", "SIERRA-LEONEAN", "CAPE-VERDEAN", "CAMEROONIAN", "CHADIAN", "SUDANESE", "SOUTH-AFRICAN", "KENYAN", "UGANDAN", "TANZANIAN", "ETHIOPIAN", "ERITREAN", "EGYPTIAN", "MOROCCAN", "ALGERIAN", "TUNISIAN", "LIBYAN", "ZIMBABWEAN", "ZAMBIAN", "MALAWIAN", "MOZAMBICAN", "ANGOLAN", "NAMIBIAN", "BOTSWANAN", "CONGOLESE", "GABONESE", "EQUATOGUINEAN", "RWANDAN", "BURUNDIAN", "SOMALI", "MAURITANIAN", "MAURITIAN", "MALAGASY", "BRITISH", "AMERICAN", "CANADIAN", "FRENCH", "GERMAN", "DUTCH", "BELGIAN", "ITALIAN", "SPANISH", "PORTUGUESE", "IRISH", "SWISS", "AUSTRIAN", "SWEDISH", "NORWEGIAN", "DANISH", "FINNISH", "POLISH", "RUSSIAN", "UKRAINIAN", "GREEK", "TURKISH", "CHINESE", "INDIAN", "PAKISTANI", "BANGLADESHI", "SRI-LANKAN", "NEPALESE", "JAPANESE", "KOREAN", "FILIPINO", "VIETNAMESE", "THAI", "MALAYSIAN", "INDONESIAN", "SINGAPOREAN", "LEBANESE", "SYRIAN", "JORDANIAN", "ISRAELI", "IRANIAN", "IRAQI", "SAUDI", "EMIRATI", "QATARI", "KUWAITI", "BRAZILIAN", "MEXICAN", "COLOMBIAN", "ARGENTINE", "CUBAN", "JAMAICAN", "TRINIDADIAN", "BARBADIAN", "AUSTRALIAN", "NEW-ZEALANDER"])

FIELDS = (
    F("id_number", "身份证号码", "Personal ID number", K.GHA_PIN, True,
      identifier=GHANA_PIN, history="id"),
    F("document_number", "证件编号", "Document number", K.CODE,
      identifier=GHANA_CARD_DOCUMENT_NUMBER),
    F("surname", "姓", "Surname", K.NAME, True, history="name"),
    F("first_name", "名", "First names", K.NAME, True, history="name"),
    F("middle_name", "中间名", "Middle name", K.NAME, history="name"),
    F("previous_name", "曾用名", "Previous names", K.NAME),
    F("birthday", "出生日期（原始）", "Date of birth (as printed)", K.DATE_RAW, True, past=True),
    F("birthday_s", "出生日期", "Date of birth (dd-mm-yyyy)", K.DATE_S, False, "birthday",
      past=True),
    F("gender", "性别", "Sex", K.SEX, True),
    F("height", "身高", "Height (m)", K.NUMBER, plausible=Plausible(0.5, 2.5, "m", "米")),
    F("issue_date", "发证日期（原始）", "Date of issue (as printed)", K.DATE_RAW, past=True),
    F("issue_date_s", "发证日期", "Date of issue (dd-mm-yyyy)", K.DATE_S, False, "issue_date",
      past=True),
    F("expiry_date", "到期日期（原始）", "Date of expiry (as printed)", K.DATE_RAW),
    F("expiry_date_s", "到期日期", "Date of expiry (dd-mm-yyyy)", K.DATE_S, False, "expiry_date"),
    F("place_of_issue", "签发地", "Place of issuance", K.TEXT),
    F("nationality", "国籍", "Nationality", K.TEXT, vocabulary=NATIONALITIES, closed=True),
)


def check_dates(c: Checks) -> None:
    """Born before issued, issued before expiry; an expired card is pointed out."""
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


# ------------------------------------------------------------------------ designs

_HEADERS = ("ECOWAS IDENTITY CARD", "CARTE D'IDENTITE CEDEAO", "BILHETE DE IDENTIDADE CEDEAO",
            "REPUBLIC OF GHANA", "République du Ghana", "National Identification Authority",
            "National Identity Card", "SPECIMEN", "SAMPLE")
_SIGNATURE = ("Holder's Signature", "Signature du Titulaire", "Signature")
_ALL_KEYS = frozenset(f.key for f in FIELDS if f.kind is not K.DATE_S)
B = ValueAt.BELOW

ECOWAS = Design(
    name="ecowas",
    document_type="ghana_card",
    label_en="ECOWAS identity card",
    label_zh="西共体身份证版",
    titles=("ECOWAS IDENTITY CARD", "CARTE D'IDENTITE CEDEAO", "BILHETE DE IDENTIDADE CEDEAO",
            "REPUBLIC OF GHANA"),
    printed=(
        Printed("surname", ("Surname", "Nom"), B),
        Printed("first_name", ("First Names", "Firstnames", "Prénoms", "Prenoms"), B),
        Printed("previous_name", ("Previous or Maiden Names", "Previous or Maiden Name",
                                  "Noms précédents ou de jeune fille", "Previous Names",
                                  "Noms précédents"), B),
        Printed("nationality", ("Nationality", "Nationalité"), B),
        Printed("birthday", ("Date of Birth", "Date de Naissance"), B),
        Printed("issue_date", ("Date of Issuance", "Date d'émission", "Date d'emission"), B),
        Printed("id_number", ("Personal ID Number", "Personal ID No"), B),
        Printed("height", ("Size", "Taille"), B),
        Printed("gender", ("Sex", "Sexe"), B),
        Printed("document_number", ("Document number", "Numéro du document"), B),
        Printed("place_of_issue", ("Place of Issuance", "Lieu de délivrance"), B),
        Printed("expiry_date", ("Date of Expiry", "Date d'expiration"), B),
    ),
    prints=_ALL_KEYS - {"middle_name"},
    other_labels=_SIGNATURE,
    form_words=_HEADERS,
    may_be_blank=frozenset({"previous_name"}),
)

NIA = Design(
    name="nia",
    document_type="ghana_card",
    label_en="National Identity Card (NIA)",
    label_zh="国家身份证版（NIA）",
    titles=("REPUBLIC OF GHANA", "National Identity Card", "National Identification Authority"),
    printed=(
        Printed("surname", ("Surname",), B),
        Printed("first_name", ("First Name", "First Names"), B),
        Printed("middle_name", ("Middle Name(s)", "Middle Names", "Middle Name"), B),
        Printed("previous_name", ("Previous or Maiden Name", "Previous or Maiden Names",
                                  "Maiden Name"), B),
        Printed("gender", ("Sex",), B),
        Printed("birthday", ("Date of Birth",), B),
        Printed("height", ("Height (m)", "Height"), B),
        Printed("id_number", ("Personal ID Number", "Personal ID Numbe", "Personal ID No"), B),
        Printed("expiry_date", ("Date of Expiry",), ValueAt.RIGHT),
    ),
    prints=frozenset({"id_number", "document_number", "surname", "first_name", "middle_name",
                      "previous_name", "birthday", "gender", "height", "expiry_date"}),
    other_labels=_SIGNATURE,
    form_words=_HEADERS,
    day_first=False,
    may_be_blank=frozenset({"middle_name", "previous_name"}),
)

_OWN_FAMILY = (
    Printed("surname", ("Surname", "Nom"), B),
    Printed("first_name", ("Firstnames", "First Names", "Given Names", "Prénoms"), B),
    Printed("previous_name", ("Previous Names", "Noms Antérieurs", "Noms Anterieurs"), B),
    Printed("nationality", ("Nationality", "Nationalité"), B),
    Printed("gender", ("Sex", "Sexe", "Gender"), B),
    Printed("height", ("Height", "Taille", "Height (m)", "Taille (m)"), B),
    Printed("birthday", ("Date of Birth", "Date de Naissance", "Birth Date"), B),
    Printed("document_number", ("Document Number", "Numéro de Document", "Document No",
                                "Doc No"), B),
    Printed("place_of_issue", ("Place of Issuance", "Place of Issue", "Lieu de délivrance"), B),
    Printed("issue_date", ("Date of Issuance", "Date of Issue", "Date de délivrance",
                           "Issue Date"), B),
    Printed("expiry_date", ("Date of Expiry", "Date d'expiration", "Expiry Date",
                            "Date of Expiration"), B),
    Printed("id_number", ("Personal ID Number", "Numéro d'Identification Personnel",
                          "ID Number"), B),
)

STANDARD = Design(
    name="standard",
    document_type="ghana_card",
    label_en="generated (standard family)",
    label_zh="生成样本（标准系列）",
    titles=("ECOWAS IDENTITY CARD", "REPUBLIC OF GHANA"),
    printed=_OWN_FAMILY,
    prints=_ALL_KEYS - {"middle_name"},
    other_labels=_SIGNATURE,
    form_words=_HEADERS,
    may_be_blank=frozenset({"previous_name"}),
)

ALT = Design(
    name="alt",
    document_type="ghana_card",
    label_en="generated (alt family)",
    label_zh="生成样本（备选系列）",
    titles=("ECOWAS IDENTITY CARD", "REPUBLIC OF GHANA"),
    printed=(*_OWN_FAMILY,
             Printed("document_number", ("Document No.",), ValueAt.NEAR)),
    prints=_ALL_KEYS - {"middle_name"},
    other_labels=_SIGNATURE,
    form_words=_HEADERS,
    may_be_blank=frozenset({"previous_name"}),
)

# ------------------------------------------------------------------------ back side

def zone_pin(zone: Td1) -> str:
    """The PIN the zone's optional data holds, in its printed form (``GHA-123456789-0``),
    or "" (see ``BACK.assumptions`` for where it is looked for)."""
    for text in (zone.optional_data_1, zone.optional_data_2):
        bare = text.replace("<", "")
        for form in ("GHA", "GH"):
            i = bare.find(form)
            if i < 0:
                continue
            reading = GHANA_PIN.read(bare[i:], anywhere=False)
            if reading.status == VALID:
                return reading.value
    digits = zone.optional_data_2.replace("<", "")
    if re.fullmatch(r"\d{10}", digits):
        return f"GHA-{digits[:9]}-{digits[9]}"
    return ""


BACK = BackSide(
    document_codes=("ID", "I"),
    issuing_states=("GHA",),
    twins=(
        Twin(("id_number",), "personal_number"),
        Twin(("document_number",), "document_number"),
        Twin(("surname",), "surname"),
        Twin(("first_name", "middle_name"), "given_names"),
        Twin(("birthday",), "birth_date"),
        Twin(("expiry_date",), "expiry_date"),
        Twin(("gender",), "sex"),
        Twin(("nationality",), "nationality"),
    ),
    personal_number=zone_pin,
    nationalities={"GHA": "GHANAIAN"},
    number_format=GHANA_CARD_DOCUMENT_NUMBER,
    assumptions=(
        "Document code ID (a one-letter I is accepted), issuing state GHA, nationality "
        "the holder's (GHA for citizens); the document number as the front prints it, an "
        "11-character ECOWAS number by the long-number rule of ICAO 9303 Part 5; the PIN "
        "without its hyphens in optional data 1 (GHA and ten digits, or the early GH and "
        "nine), and where line 1 has no room left for it (an ECOWAS number's overflow) its "
        "ten digits in optional data 2; surname, then every given name (first and middle "
        "names) in line 3."),
)

GHANA_CARD = DocumentType(
    name="ghana_card",
    label_zh="加纳身份证",
    label_en="Ghana Card",
    fields=FIELDS,
    sex_spelling="letter",
    cross_checks=(check_dates,),
    designs=(ECOWAS, NIA, STANDARD, ALT),
    back=BACK,
)
