"""The real designs, read from the lines an OCR gives (fast: no model).

Layouts follow the designs of issue 10 (ECOWAS and NIA Ghana Cards, the 5th-edition
出生医学证明, blank forms); values are dummy data made up here.
"""

from __future__ import annotations

import numpy as np
import pytest

from desktop_ocr.backends.offline.page import PageText, TextLine
from desktop_ocr.backends.offline.recognizer import interpret
from desktop_ocr.errors import NothingRead


def line(text: str, x0: float, y0: float, x1: float, y1: float, score: float = 0.99) -> TextLine:
    quad = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)
    return TextLine(text, score, (x0, y0, x1, y1), quad)


def page(*lines: TextLine) -> PageText:
    return PageText(list(lines), rotation=0, skew=0.0, size=(1000, 700))


def values(record) -> dict[str, str]:
    return {k: v.value for k, v in record.fields.items() if v.value}


def ecowas(previous_label: str = "Previous or Maiden Names / Noms précédents ou de jeune fille",
           previous: str | None = "MARK") -> PageText:
    rows = [
        line("ECOWAS IDENTITY CARD", 193, 5, 666, 40),
        line("CARTE D'IDENTITE CEDEAO / BILHETE DE IDENTIDADE CEDEAO", 192, 42, 664, 65),
        line("REPUBLIC OF GHANA", 296, 65, 562, 87),
        line("Surname / Nom", 244, 123, 365, 143), line("ARABA", 245, 143, 309, 163),
        line("First Names / Prénoms", 245, 163, 426, 180), line("COCO AMA", 245, 181, 340, 199),
        line(previous_label, 240, 200, 560, 217),
        line("Nationality / Nationalité", 246, 235, 423, 254), line("GHANAIAN", 247, 254, 341, 271),
        line("Date of Birth / Date de Naissance", 245, 272, 491, 290),
        line("13/JUN/1986", 246, 290, 355, 307),
        line("Date of Issuance / Date d'émission", 245, 309, 502, 327),
        line("15/AUG/2017", 245, 327, 361, 344),
        line("Personal ID Number", 243, 347, 400, 366), line("Size / Taille", 420, 347, 480, 366),
        line("Sex / Sexe", 503, 347, 586, 366),
        line("GHA-123456789-0", 247, 367, 380, 384), line("1.85M", 420, 367, 470, 384),
        line("F", 503, 367, 520, 384),
        line("Document number / Numéro du document", 247, 390, 557, 407),
        line("123456789AR", 247, 407, 363, 425),
        line("Place of Issuance / Lieu de délivrance", 246, 426, 526, 445),
        line("ACCRA", 246, 445, 310, 462),
        line("Date of Expiry / Date d'expiration", 245, 462, 488, 479),
        line("14/AUG/2027", 246, 479, 356, 496),
        line("781804", 723, 471, 833, 497),
    ]
    if previous is not None:
        rows.append(line(previous, 247, 217, 301, 235))
    return page(*rows)


def test_ecowas_card_every_printed_value():
    record = interpret(ecowas(), "auto")
    assert record.document_type == "ghana_card" and record.design == "ecowas"
    assert values(record) == {
        "surname": "ARABA", "first_name": "COCO AMA", "previous_name": "MARK",
        "nationality": "GHANAIAN", "birthday": "13/JUN/1986", "birthday_s": "13-06-1986",
        "issue_date": "15/AUG/2017", "issue_date_s": "15-08-2017",
        "id_number": "GHA-123456789-0", "height": "1.85", "gender": "F",
        "document_number": "123456789AR", "place_of_issue": "ACCRA",
        "expiry_date": "14/AUG/2027", "expiry_date_s": "14-08-2027",
    }
    # The ECOWAS design has no middle-name row: not flagged, not filled.
    assert not [w for w in record.warnings if w.code == "not_found"]


def test_ecowas_previous_names_label_misread_takes_the_name_by_order():
    record = interpret(ecowas("Previorecedaiden aneune mle"), "auto")
    assert record.value("previous_name") == "MARK"
    assert record.fields["previous_name"].confidence < 0.8  # a guess by order: flagged


def test_ecowas_empty_previous_names_is_neither_filled_nor_flagged():
    record = interpret(ecowas(previous=None), "auto")
    assert record.value("previous_name") == ""
    assert not [w for w in record.warnings if w.field == "previous_name"]


def nia() -> PageText:
    return page(
        line("REPUBLIC OF GHANA", 300, 10, 620, 40),
        line("National Identity Card", 320, 42, 600, 66),
        line("Surname", 300, 90, 380, 106), line("MENSAH", 300, 106, 400, 126),
        line("First Name", 300, 130, 390, 146), line("KOFI", 300, 146, 360, 166),
        line("Middle Name(s)", 300, 170, 420, 186), line("ATTA", 300, 186, 360, 206),
        line("Previous or Maiden Name", 300, 210, 500, 226),
        line("Sex", 300, 250, 330, 266), line("Date of Birth", 420, 250, 520, 266),
        line("M", 300, 266, 316, 286), line("05/13/1986", 420, 266, 530, 286),
        line("Height (m)", 300, 290, 380, 306), line("Personal ID Numbe", 420, 290, 560, 306),
        line("1.72", 300, 306, 350, 326), line("GHA-987654321-5", 420, 306, 580, 326),
        line("Date of Expiry:", 300, 340, 420, 356), line("03/02/2030", 430, 340, 530, 356),
        line("AC9139819", 40, 400, 160, 420),
        line("781804", 720, 400, 800, 420),
    )


def test_nia_card_reads_month_first_dates_and_the_unlabelled_number():
    record = interpret(nia(), "auto")
    assert record.document_type == "ghana_card" and record.design == "nia"
    got = values(record)
    assert got["surname"] == "MENSAH" and got["first_name"] == "KOFI"
    assert got["middle_name"] == "ATTA"
    assert got["birthday"] == "05/13/1986" and got["birthday_s"] == "13-05-1986"
    assert got["expiry_date"] == "03/02/2030" and got["expiry_date_s"] == "02-03-2030"
    assert got["height"] == "1.72" and got["gender"] == "M"
    assert got["id_number"] == "GHA-987654321-5"
    assert got["document_number"] == "AC9139819"
    # NIA prints no nationality, place or date of issue: empty and not flagged.
    for key in ("nationality", "place_of_issue", "issue_date"):
        assert key not in got
        assert not [w for w in record.warnings if w.field == key]
    assert "781804" not in got.values()


def test_header_and_misread_labels_are_never_values():
    """A small, blurred card: labels read wrong, the header read in pieces."""
    record = interpret(page(
        line("REPUBLIC OF GHANA", 300, 10, 620, 40),
        line("NTITY CARD", 420, 42, 600, 66),
        line("Surname", 300, 90, 380, 106), line("OWUSU", 300, 106, 400, 126),
        line("First Names", 300, 130, 390, 146), line("ABENA", 300, 146, 380, 166),
        line("Previous Names", 300, 170, 420, 186), line("NOMS ARTINIEURS", 300, 186, 460, 206),
        line("Nationality", 300, 210, 400, 226), line("RNATIONALT", 300, 226, 420, 246),
        line("Sex", 300, 250, 330, 266), line("F", 300, 266, 316, 286),
    ), "ghana_card")
    got = values(record)
    assert got["surname"] == "OWUSU" and got["first_name"] == "ABENA"
    assert "previous_name" not in got and "nationality" not in got
    assert "NTITY CARD" not in got.values()


def blank_fifth_edition() -> PageText:
    """What the OCR reads on an empty 5th-edition sheet: labels, some misread (性删,
    年始), tick boxes, the pre-printed serial."""
    return page(
        line("出生医学证明", 426, 87, 797, 153), line("MEDICAL CERTIFICATE OF BIRTH", 438, 155, 789, 184),
        line("新生儿姓名", 102, 217, 195, 242), line("性删", 468, 217, 520, 244, 0.75),
        line("出生时间", 580, 219, 660, 244), line("年", 791, 219, 817, 242),
        line("日", 942, 221, 966, 244), line("分", 1094, 222, 1121, 246),
        line("Neonatal Name", 102, 242, 199, 261), line("Gender", 465, 242, 521, 262),
        line("出生孕周", 104, 262, 179, 288), line("周", 363, 264, 385, 290),
        line("出生体重", 467, 261, 549, 292), line("出生身长", 788, 262, 868, 293),
        line("出生地点", 102, 310, 179, 335), line("省", 314, 312, 339, 337),
        line("县(区)", 611, 314, 667, 339), line("医疗机构名称", 674, 314, 789, 339),
        line("母亲姓名", 102, 394, 180, 419), line("年始", 355, 389, 406, 422, 0.69),
        line("住址", 788, 394, 835, 421),
        line("有效身份证件类别", 102, 443, 241, 468), line("居民身份证 □", 264, 445, 361, 470),
        line("护照□", 386, 443, 445, 468), line("其他", 470, 445, 514, 470),
        line("父亲姓名", 104, 516, 179, 541), line("年龄", 358, 513, 404, 547),
        line("国籍", 467, 516, 510, 545), line("民族", 674, 515, 725, 548),
        line("签发机构(盖专用章)", 104, 664, 257, 687), line("签发日期", 104, 711, 180, 736),
        line("编号", 809, 711, 853, 740), line("0 000000000", 888, 715, 1045, 746),
        line("此副页由户口登记机关裁切保存", 1150, 900, 1190, 1200),
        line("中华人民共和国国家卫生和计划生育委员会监制", 60, 1700, 800, 1730),
    )


def test_a_blank_form_gives_no_values_and_fails_nothing_found():
    with pytest.raises(NothingRead) as err:
        interpret(blank_fifth_edition(), "auto")
    assert err.value.code == "recognition.nothing_found"
    assert err.value.document_type == "birth_certificate"


def test_a_real_name_one_glyph_from_a_label_is_kept_when_read_surely():
    """国庆 is one glyph from 国籍: printed where a name belongs and read with a high
    score it is the name (a misread label is read unsurely)."""
    p = blank_fifth_edition()
    p.lines.append(line("国庆", 230, 217, 290, 244, 0.99))
    p.lines.append(line("男", 530, 217, 550, 244, 0.99))
    record = interpret(p, "auto")
    assert record.value("babyName") == "国庆"
    assert record.value("babySex") == "男"


def test_seal_and_tick_box_words_of_a_blank_form_are_no_values():
    """A blank form's "(盖章)" beside 签发机构 and its empty tick boxes (``□家庭`` read
    as ``口家庭``) are printed words: the form is blank, not a baby called 盖章."""
    p = page(
        line("出生医学证明", 470, 223, 813, 294), line("出生证编号", 784, 321, 891, 351),
        line("R432372160", 894, 326, 1039, 356),
        line("新生儿姓名", 182, 381, 293, 416), line("性别", 716, 379, 768, 413),
        line("出生时间", 180, 437, 273, 473), line("出生地点", 182, 496, 273, 528),
        line("母亲姓名", 181, 666, 269, 696), line("父亲姓名", 177, 869, 264, 905),
        line("口家庭", 556, 1091, 638, 1128, 0.88), line("出生地分类", 173, 1082, 285, 1117),
        line("签发机构", 667, 1316, 762, 1346), line("(盖章)", 750, 1316, 822, 1348),
        line("口家庭", 200, 400, 300, 420, 0.9),  # where the baby's name belongs
    )
    with pytest.raises(NothingRead) as err:
        interpret(p, "birth_certificate")
    assert err.value.code == "recognition.nothing_found"
