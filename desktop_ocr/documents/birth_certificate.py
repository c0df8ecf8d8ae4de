"""The Chinese birth medical certificate (出生医学证明): fields, checks, printed designs.

Field keys are exactly those of the CloudWalk ``birthCertificate`` API.  Values are
returned in simplified characters (mainland certificates are printed in them);
the place of birth holds what each slot of the form prints (``重庆市 重庆市 渝北区``
→ 重庆市 / 重庆市 / 渝北区; a slot printed empty stays empty); the birth weight is
in kilograms as the vendor returns it (3250 克 → ``3.25``).

Designs in circulation (issue 10):

* ``4th`` (2005–2013): landscape, three parts side by side — 正页 (bilingual) on
  the left, 副页 and 存根 (Chinese only, the same values) on the right; sex and the
  type of place of birth are tick boxes; 出生证编号 is one letter and nine digits
  printed in red (``F 360343300``); legal text in both margins and a seal.
* ``5th`` (5th, 6th and 7th editions, 2014–): A4 portrait, 正页 (bilingual
  labels) over 副页 and 存根 (Chinese only); 编号 at the bottom right of each
  part; the 7th edition adds a barcode.  A photo of the 正页 alone and a scan of
  the whole sheet are both common.
* ``standard`` and ``alt``: the project's own generated families (ADR 0032).

Reader keys: the vendor keys, plus ``place`` (the three place fields, split by
slot or by the national division table); ``p_Age``, ``p_Nationality``,
``p_Ethnic``, ``p_Address``, ``p_ID``, ``p_Name`` (a label repeated for each
parent: it belongs to the parent whose name label heads its block or column);
``col_mother`` / ``col_father`` (column heads of a parents table).
"""

from __future__ import annotations

from stdnum.cn import ric

from desktop_ocr.documents.checks import ERROR, Checks, full_years
from desktop_ocr.documents.design import Design, Printed, ValueAt
from desktop_ocr.documents.fields import DocumentType, FieldKind, FieldSpec, Plausible
from desktop_ocr.documents.identifiers import (
    BIRTH_CERTIFICATE_NUMBER,
    CN_RESIDENT_ID,
    cn_id_birth_date,
)

K = FieldKind
F = FieldSpec

CHINESE_NATIONALITY = frozenset({"中国", "中國", "中华人民共和国", "中華人民共和國", "CHINA",
                                 "CHN", "PRC"})


# The 56 ethnic groups of China (GB/T 3304-1991), as printed in 民族.  汉族 first, then
# the order the generator has always drawn them in (its documents stay the same).
ETHNIC_GROUPS: tuple[str, ...] = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
    "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族",
    "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族",
    "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
    "高山族",
)
NATIONALITIES = frozenset({"中国", "中华人民共和国"})


def is_chinese(nationality: str) -> bool:
    """An empty nationality counts as Chinese (the national form's default)."""
    return not nationality or nationality.strip().upper() in CHINESE_NATIONALITY


def _parent_id(role: str, label_zh: str, label_en: str) -> FieldSpec:
    # A foreign parent's document number may be a passport: the resident-ID rules
    # apply only when the parent's nationality is Chinese.
    return F(f"{role}ID", label_zh, label_en, K.CN_ID, identifier=CN_RESIDENT_ID,
             only_if=(f"{role}Nationality", is_chinese))


FIELDS = (
    F("babyName", "新生儿姓名", "Baby's name", K.NAME, True, history="name"),
    F("babySex", "性别", "Sex", K.SEX, True),
    F("babyBirthday", "出生时间", "Date of birth", K.DATE, True, past=True),
    F("birthProvince", "出生地点（省）", "Place of birth: province", K.TEXT, True),
    F("birthCity", "出生地点（市）", "Place of birth: city", K.TEXT),
    F("birthCounty", "出生地点（县/区）", "Place of birth: county", K.TEXT),
    F("birthWeight", "出生体重（千克）", "Birth weight (kg)", K.WEIGHT,
      plausible=Plausible(0.3, 7.0, "kg", "千克")),
    F("birthLength", "出生身长（厘米）", "Birth length (cm)", K.NUMBER,
      plausible=Plausible(20, 70, "cm", "厘米")),
    F("gestationalAge", "出生孕周", "Gestational age (weeks)", K.NUMBER,
      plausible=Plausible(20, 45, "weeks", "周")),
    F("code", "出生证编号", "Certificate number", K.CODE, True,
      identifier=BIRTH_CERTIFICATE_NUMBER, history="id"),
    F("hospital", "医疗机构名称", "Hospital", K.TEXT),
    F("fatherName", "父亲姓名", "Father's name", K.NAME),
    F("fatherAge", "父亲年龄", "Father's age", K.NUMBER,
      plausible=Plausible(12, 90, "years", "岁")),
    F("fatherNationality", "父亲国籍", "Father's nationality", K.TEXT,
      vocabulary=NATIONALITIES),
    F("fatherEthnic", "父亲民族", "Father's ethnicity", K.TEXT,
      vocabulary=frozenset(ETHNIC_GROUPS)),
    F("fatherAddress", "父亲住址", "Father's address", K.TEXT),
    _parent_id("father", "父亲身份证件号码", "Father's ID number"),
    F("motherName", "母亲姓名", "Mother's name", K.NAME, True),
    F("motherAge", "母亲年龄", "Mother's age", K.NUMBER,
      plausible=Plausible(10, 65, "years", "岁")),
    F("motherNationality", "母亲国籍", "Mother's nationality", K.TEXT,
      vocabulary=NATIONALITIES),
    F("motherEthnic", "母亲民族", "Mother's ethnicity", K.TEXT,
      vocabulary=frozenset(ETHNIC_GROUPS)),
    F("motherAddress", "母亲住址", "Mother's address", K.TEXT),
    _parent_id("mother", "母亲身份证件号码", "Mother's ID number"),
)


def _usable_id(value: str, c: Checks) -> bool:
    """Masked IDs lend their visible digits; an unmasked one only if it passed its own
    checks (a misread ID would otherwise add a second, misleading warning)."""
    if "*" in value:
        return CN_RESIDENT_ID.masked is not None and bool(
            CN_RESIDENT_ID.masked.fullmatch(value)) and len(value) == 18
    if len(value) != 18 or not value[:17].isdigit() or value[-1] != ric.calc_check_digit(value):
        return False
    born = cn_id_birth_date(value)
    return born is not None and born <= c.today


def check_parents(c: Checks) -> None:
    """GB 11643: the 17th digit is odd for a man, even for a woman; the birth date in
    a parent's ID fits the age printed beside it."""
    baby_born = c.date("babyBirthday")
    for role, odd, zh_role in (("father", True, "父亲"), ("mother", False, "母亲")):
        id_key, age_key = f"{role}ID", f"{role}Age"
        value = ric.compact(c.value(id_key))
        if not _usable_id(value, c) or not is_chinese(c.value(f"{role}Nationality")):
            continue
        sex_digit = value[16]
        if sex_digit.isdigit() and (int(sex_digit) % 2 == 1) != odd:
            want_en, want_zh = ("odd (male)", "奇数（男）") if odd else ("even (female)", "偶数（女）")
            c.add(id_key, f"{role}_id.sex",
                  f"The 17th digit of the {role}'s ID must be {want_en}: "
                  "the ID is misread or the parents' fields are swapped.",
                  f"{zh_role}身份证号码第17位应为{want_zh}：号码识别有误或父母信息填反。", ERROR)
        born = cn_id_birth_date(value)
        age_text = c.value(age_key)
        if born is None or baby_born is None or not age_text.isdigit():
            continue
        expected = full_years(born, baby_born)
        if abs(int(age_text) - expected) > 1:
            c.add(age_key, "age.mismatch",
                  f"Age {age_text} does not fit the birth date in the {role}'s ID "
                  f"(about {expected} when the baby was born).",
                  f"年龄{age_text}与{zh_role}身份证中的出生日期不符（新生儿出生时约{expected}岁）。")


# ------------------------------------------------------------------------ designs

R = ValueAt.RIGHT
_DATE_SLOTS = ("年", "月", "日", "时", "分")
_PLACE_SLOTS = ("省", "市", "县(区)", "县（区）", "区", "县")
_PARENTS = (
    Printed("motherName", ("母亲姓名", "Mother's Name")),
    Printed("fatherName", ("父亲姓名", "Father's Name")),
    Printed("p_Age", ("年龄",)),
    Printed("p_Nationality", ("国籍",)),
    Printed("p_Ethnic", ("民族",)),
    Printed("p_Address", ("住址",)),
)
_ALL_KEYS = frozenset(f.key for f in FIELDS)
# A birth registered without the father leaves his whole block empty.
_FATHER = frozenset(f.key for f in FIELDS if f.key.startswith("father"))
# Pre-printed on every blank form of these designs: the legal and ministry texts.
# The 副页 and 存根 repeat the 正页's values below it (5th edition) or beside it (4th).
_PARTS = ("出生医学证明副页", "出生医学证明存根")
_TITLES = ("出生医学证明", "MEDICAL CERTIFICATE OF BIRTH", "出生医学证明副页", "出生医学证明存根",
           "Birth Certificate")
_LEGAL = ("国家卫生和计划生育委员会", "国家卫生健康委员会", "中华人民共和国卫生部", "中华人民共和国",
          "出生医学证明专用章", "样证", "样本", "此副页由户口登记机关裁切保存", "此存根由签发机构保存",
          "户口登记机关", "签发机构保存", "正页", "副页", "存根")  # the parts' names, printed alone too

FIFTH = Design(
    name="5th",
    document_type="birth_certificate",
    label_en="出生医学证明, 5th–7th edition (A4 portrait)",
    label_zh="出生医学证明（第五至七版，竖版）",
    titles=_TITLES,
    printed=(
        Printed("babyName", ("新生儿姓名",)),
        Printed("babySex", ("性别",)),
        Printed("babyBirthday", ("出生时间",), R, _DATE_SLOTS),
        Printed("gestationalAge", ("出生孕周",), R, ("周",)),
        Printed("birthWeight", ("出生体重",), R, ("克",)),
        Printed("birthLength", ("出生身长",), R, ("厘米",)),
        Printed("place", ("出生地点",), R, _PLACE_SLOTS),
        Printed("hospital", ("医疗机构名称",)),
        *_PARENTS,
        Printed("p_ID", ("有效身份证件号码",)),
        Printed("code", ("编号",)),
    ),
    prints=_ALL_KEYS,
    may_be_blank=_FATHER,
    blocks=(_FATHER,),
    parts=_PARTS,
    other_labels=("有效身份证件类别", "签发机构(盖专用章)", "签发机构", "签发日期", "接生人员姓名",
                  "领证人员签字", "签发人员签字"),
    form_words=(*_LEGAL, "居民身份证", "护照", "其他", "盖专用章"),
    twins=("Neonatal Name", "Gender", "Time of Birth", "Year", "Month", "Day", "Hour",
           "Minute", "Gestational Age", "Week", "Birth Weight", "Birth Length", "cm",
           "Birth Place", "Province", "City", "County", "Medical Institutions",
           "Mother's Name", "Father's Name", "Age", "Nationality", "Ethnic Group", "Address",
           "Valid Identification", "Identity Card", "Passport", "Others",
           "Valid Identification No.", "Issued Authority (Stamp)", "Date Issued", "No."),
    preprinted=frozenset({"code"}),
)

FOURTH = Design(
    name="4th",
    document_type="birth_certificate",
    label_en="出生医学证明, 4th edition (landscape)",
    label_zh="出生医学证明（第四版，横版）",
    titles=_TITLES,
    printed=(
        Printed("babyName", ("新生儿姓名",)),
        Printed("babySex", ("性别",), options=("男", "女")),
        Printed("babyBirthday", ("出生日期",), R, _DATE_SLOTS),
        Printed("place", ("出生地",), R, (*_PLACE_SLOTS, "乡", "乡(镇)")),
        Printed("gestationalAge", ("出生孕周",), R, ("周",)),
        Printed("birthWeight", ("体重",), R, ("克",)),
        Printed("birthLength", ("身长",), R, ("公分", "厘米")),
        Printed("hospital", ("接生机构名称",)),
        *_PARENTS,
        Printed("p_ID", ("身份证号", "身份证编号", "身份证件号码")),
        Printed("code", ("出生证编号",)),
    ),
    prints=_ALL_KEYS,
    may_be_blank=_FATHER,
    blocks=(_FATHER,),
    parts=_PARTS,
    other_labels=("健康状况", "出生地点分类", "签发日期", "签证机构(盖专用章)", "签证机构"),
    form_words=(*_LEGAL, "良好", "一般", "差", "医院", "妇幼保健院", "家庭", "其它", "其他",
                "盖专用章", "男", "女"),
    twins=("Name", "Sex", "Male", "Female", "Date of Birth", "Place of Birth", "Province",
           "City", "County", "Gestational Age", "Weeks", "Health", "Weight", "Length",
           "Mother's Name", "Father's Name", "Age", "Nationality", "Ethnic Group", "ID No.",
           "Type of Place of Birth", "Hospital", "Name of Medical Institution",
           "Certificate No."),
    preprinted=frozenset({"code"}),
)

_OWN_FAMILY = (
    Printed("babyName", ("新生儿姓名", "婴儿姓名", "新生儿名字")),
    Printed("babySex", ("性别",)),
    Printed("babyBirthday", ("出生时间", "出生日期"), R, _DATE_SLOTS),
    Printed("place", ("出生地点", "出生地址"), R, _PLACE_SLOTS),
    Printed("gestationalAge", ("出生孕周", "孕周"), R, ("周",)),
    Printed("birthWeight", ("出生体重", "体重"), R, ("克",)),
    Printed("birthLength", ("出生身长", "身长"), R, ("厘米",)),
    Printed("code", ("出生证编号", "出生医学证明编号", "证明编号", "编号")),
    Printed("hospital", ("医疗机构名称", "接生机构名称", "助产机构名称", "医疗机构", "接生机构")),
    *_PARENTS,
    Printed("motherAge", ("母亲年龄",)),
    Printed("fatherAge", ("父亲年龄",)),
    Printed("motherNationality", ("母亲国籍",)),
    Printed("fatherNationality", ("父亲国籍",)),
    Printed("motherEthnic", ("母亲民族",)),
    Printed("fatherEthnic", ("父亲民族",)),
    Printed("motherAddress", ("母亲住址",)),
    Printed("fatherAddress", ("父亲住址",)),
    Printed("motherID", ("母亲有效身份证件号码", "母亲身份证件号码", "母亲身份证号码", "母亲身份证号")),
    Printed("fatherID", ("父亲有效身份证件号码", "父亲身份证件号码", "父亲身份证号码", "父亲身份证号")),
    Printed("p_Address", ("地址",)),
    Printed("p_ID", ("有效身份证件号码", "身份证件号码", "身份证号码", "身份证号", "证件号码")),
    Printed("p_Name", ("姓名",)),
    Printed("col_mother", ("母亲",)),
    Printed("col_father", ("父亲",)),
)
_OWN_FORM_WORDS = ("健康状况", "出生地分类", "签发日期", "签发机构", "签发机构盖章", "盖章", "证件类别",
                   "证件类型", "有效身份证件类别", "身份证件类别")
_OWN_TWINS = ("Birth Certificate", "Gestational Age", "Health Status", "Birth Weight",
              "Birth Length", "Date of Birth", "Place of Birth", "Ethnic Group", "Nationality",
              "ID Card No.", "Certificate No.", "Name of Medical Institution",
              "Type of Place of Birth", "Issued Date", "Issued by", "County/District",
              "Province", "City", "weeks", "Address", "Name", "Sex", "Age", "Weight", "Length",
              "Health", "Mother", "Father", "ID No.", "ID Type", "Date of Issue",
              "Medical Institution", "Type of Place", "Issuing Authority", "Seal")

STANDARD = Design(
    name="standard",
    document_type="birth_certificate",
    label_en="generated (standard family)",
    label_zh="生成样本（标准系列）",
    titles=_TITLES,
    printed=_OWN_FAMILY,
    prints=_ALL_KEYS,
    may_be_blank=_FATHER,
    blocks=(_FATHER,),
    parts=_PARTS,
    other_labels=_OWN_FORM_WORDS,
    form_words=_LEGAL,
    twins=_OWN_TWINS,
    preprinted=frozenset({"code"}),  # the serial is on the stock, as on real forms
)

ALT = Design(
    name="alt",
    document_type="birth_certificate",
    label_en="generated (alt family)",
    label_zh="生成样本（备选系列）",
    titles=_TITLES,
    printed=_OWN_FAMILY,
    prints=_ALL_KEYS,
    may_be_blank=_FATHER,
    blocks=(_FATHER,),
    parts=_PARTS,
    other_labels=_OWN_FORM_WORDS,
    form_words=_LEGAL,
    twins=_OWN_TWINS,
    preprinted=frozenset({"code"}),  # the serial is on the stock, as on real forms
)

BIRTH_CERTIFICATE = DocumentType(
    name="birth_certificate",
    label_zh="出生医学证明",
    label_en="Birth certificate",
    fields=FIELDS,
    sex_spelling="zh",
    cross_checks=(check_parents,),
    designs=(FIFTH, FOURTH, STANDARD, ALT),
    both_labels=True,
)
