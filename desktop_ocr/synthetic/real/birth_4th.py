"""出生医学证明, 4th edition (2005–2013): a landscape sheet of three parts side by side.

Drawn from issue 10's description (we hold no specimen of this edition).  The 正页 on the
left has bilingual words in one column of rows: 新生儿姓名 with 性别 男 □ 女 □; 出生日期
__年 __月 __日 __时 __分; 出生地 __省 __市 __县(区) __乡(镇); 出生孕周 __周 with
健康状况 良好 □ 一般 □ 差 □; 体重 __克 and 身长 __公分; per parent 姓名, 年龄, 国籍, 民族 and
身份证号 in 18 boxes; 出生地点分类 医院 □ 妇幼保健院 □ 家庭 □ 其它 □; 接生机构名称; 签发日期;
签证机构(盖专用章).  The red 出生证编号 (a letter and nine digits, sometimes with a space
after the letter) is pre-printed at the top right, a ministry seal is pre-printed by the
title, and a long legal note runs down both outer margins.  The 副页 and the 存根 on the
right repeat every value under Chinese-only words in narrower columns.  This edition has
no address row, so both addresses are "" in the truth.

Variant ``sheet`` is the whole landscape sheet; ``front`` is the 正页 alone, photographed or
scanned upright — the one-column portrait layout with the 健康状况, 出生地点分类 and 签发日期
rows among the fields (case a of ``real.plan``).
"""

from __future__ import annotations

import random

from desktop_ocr.synthetic import fonts
from desktop_ocr.synthetic.canvas import RGB, Canvas, guilloche, paper, rosette, seal
from desktop_ocr.synthetic.model import Box, Rendered
from desktop_ocr.synthetic.real import birth_facts
from desktop_ocr.synthetic.real.plan import Plan
from desktop_ocr.synthetic.real.printing import B, Boxes, Form, Item, Printer, S, T, W, draw_row

PART_W, PART_H = 1000, 1440  # the 正页 in its own units
SHEET_W, SHEET_H = 1700, 1180

LEGAL_LEFT = ("《出生医学证明》是依据《中华人民共和国母婴保健法》出具的，证明婴儿出生状态、"
              "血亲关系以及申报国籍、户籍取得公民身份的法定医学证明。")
LEGAL_RIGHT = ("本证明由签发机构加盖出生医学证明专用章后生效，涂改无效。请妥善保管，"
               "遗失后须持有关证明到原签发机构申请补发。")

_SEX = (("男", "Male"), ("女", "Female"))
_HEALTH = (("良好", "Good"), ("一般", "Fair"), ("差", "Poor"))
_KINDS = (("医院", "Hospital"), ("妇幼保健院", "MCH Hospital"), ("家庭", "Home"),
          ("其它", "Others"))


def _front_rows() -> list[tuple[Item, ...]]:
    rows: list[tuple[Item, ...]] = [
        (W("新生儿姓名", "Name", "babyName"), B("name", 3.0), S(1),
         W("性别", "Sex", "babySex"), T("sex", _SEX)),
        (W("出生日期", "Date of Birth", "babyBirthday"), B("year", 1.5), W("年", "Y"),
         B("month", 0.9), W("月", "M"), B("day", 0.9), W("日", "D"), B("hour", 0.9),
         W("时", "H"), B("minute", 0.9), W("分", "Min")),
        (W("出生地", "Place of Birth", "birthProvince,birthCity,birthCounty"), B("prov", 1.2),
         W("省", "Prov."), B("city", 1.2), W("市", "City"), B("county", 1.2),
         W("县(区)", "County"), B("town", 1.0), W("乡(镇)", "Town")),
        (W("出生孕周", "Gestational Age", "gestationalAge"), B("weeks", 1.0), W("周", "Weeks"),
         S(2), W("健康状况", "Health"), T("health", _HEALTH)),
        (W("体重", "Weight", "birthWeight"), B("grams", 1.0), W("克", "g"), S(3),
         W("身长", "Length", "birthLength"), B("length", 1.0), W("公分", "cm")),
    ]
    for p, who, zh, en in (("m", "mother", "母亲", "Mother's"), ("f", "father", "父亲",
                                                                   "Father's")):
        rows += [
            (W(f"{zh}姓名", f"{en} Name", f"{who}Name"), B(f"{p}_name", 2.0), S(1),
             W("年龄", "Age", f"{who}Age"), B(f"{p}_age", 0.8)),
            (W("国籍", "Nationality", f"{who}Nationality"), B(f"{p}_nat", 1.0), S(1),
             W("民族", "Ethnic Group", f"{who}Ethnic"), B(f"{p}_eth", 1.0)),
            (W("身份证号", "ID No.", f"{who}ID"), Boxes(f"{p}_id"), S(1)),
        ]
    rows += [
        (W("出生地点分类", "Type of Place"), T("place_kind", _KINDS)),
        (W("接生机构名称", "Name of Institution", "hospital"), B("hospital", 1.0, wrap=True)),
        (W("签发日期", "Date of Issue"), B("i_year", 1.5), W("年", "Y"), B("i_month", 1.0),
         W("月", "M"), B("i_day", 1.0), W("日", "D"), S(8)),
        (W("签证机构(盖专用章)", "Issuing Authority (Seal)"), S(1)),
    ]
    return rows


def _copy_rows() -> list[tuple[Item, ...]]:
    """The Chinese-only rows of the narrow 副页 and 存根 columns (two blanks a row)."""
    rows: list[tuple[Item, ...]] = [
        (W("姓名", "", "babyName"), B("name", 2.0), S(0.5), W("性别", "", "babySex"),
         T("sex", (("男", ""), ("女", "")))),
        (W("出生日期", "", "babyBirthday"), B("year", 1.6), W("年"), B("month", 1.0), W("月"),
         B("day", 1.0), W("日")),
        (S(3), B("hour", 1.0), W("时"), B("minute", 1.0), W("分"), S(0.5), W("孕周", "",
                                                                       "gestationalAge"),
         B("weeks", 1.0), W("周")),
        (W("出生地", "", "birthProvince,birthCity"), B("prov", 1.0), W("省"), B("city", 1.0),
         W("市")),
        (S(3), B("county", 1.0), W("县(区)", "", "birthCounty"), B("town", 0.8), W("乡(镇)")),
        (W("健康状况"), T("health", (("良好", ""), ("一般", ""), ("差", "")))),
        (W("体重", "", "birthWeight"), B("grams", 1.0), W("克"), S(0.5),
         W("身长", "", "birthLength"), B("length", 1.0), W("公分")),
    ]
    for p, who, zh in (("m", "mother", "母亲"), ("f", "father", "父亲")):
        rows += [
            (W(f"{zh}姓名", "", f"{who}Name"), B(f"{p}_name", 1.6), S(0.5),
             W("年龄", "", f"{who}Age"), B(f"{p}_age", 0.7)),
            (W("国籍", "", f"{who}Nationality"), B(f"{p}_nat", 1.0), S(0.5),
             W("民族", "", f"{who}Ethnic"), B(f"{p}_eth", 1.0)),
            (W("身份证号", "", f"{who}ID"), Boxes(f"{p}_id", em=0.92)),
        ]
    rows += [
        (W("出生地点分类"), T("place_kind", (("医院", ""), ("妇幼保健院", "")))),
        (S(6), T("place_kind", (("家庭", ""), ("其它", "")))),
        (W("接生机构", "", "hospital"), B("hospital", 1.0, wrap=True)),
        (W("签发日期"), B("i_year", 1.6), W("年"), B("i_month", 1.0), W("月"), B("i_day", 1.0),
         W("日")),
    ]
    return rows


def render(rng: random.Random, plan: Plan, blank: bool) -> Rendered:
    facts = birth_facts.draw(rng, plan)
    sheet = plan.variant == "sheet"
    label_face = rng.choice(fonts.available(fonts.CJK_SERIF + fonts.CJK_SANS))
    latin = rng.choice(fonts.available(fonts.LATIN_SERIF + fonts.LATIN_SANS))
    value_face = (fonts.available(fonts.CJK_BRUSH)[0] if plan.traditional
                  else rng.choice(fonts.available(fonts.CJK_ANY)))
    ink: RGB = rng.choice(((150, 60, 50), (60, 80, 130), (80, 60, 40)))
    tint: RGB = rng.choice(((240, 200, 190), (200, 215, 240), (225, 220, 190)))
    if sheet:
        width, height, k = SHEET_W, SHEET_H, 0.8
        front_x, front_y = 70.0, 16.0
    else:
        k = 1.1
        width, height = round(PART_W * k), round(PART_H * k)
        front_x, front_y = 0.0, 0.0
    printer = Printer(value_face, round(rng.randint(21, 24) * k), rng.choice(
        ((20, 20, 20), (30, 30, 50))), dx=round(rng.randint(-6, 16) * k),
        dy=round(rng.randint(-6, 5) * k), jitter=max(1, round(2 * k)),
        traditional=plan.traditional)
    image = paper((width, height), (rng.randint(245, 252), rng.randint(242, 249),
                                    rng.randint(232, 242)), rng, grain=2.0)
    guilloche(image, (0, 0, width, height), tint, rng, 0.25, density=0.7)
    rosette(image, (round(front_x + PART_W * k / 2), round(front_y + PART_H * k * 0.55)),
            round(360 * k), tint, rng, 0.3)
    canvas = Canvas(image, blank=blank)
    printed = dict(facts.printed, code=facts.serial)
    labels: dict[str, Box] = {}
    values: dict[str, Box] = {}
    forms: list[tuple[Form, list]] = []
    stamps: list[tuple[tuple, dict]] = []

    def stamp(*args: object, **kwargs: object) -> None:  # the seal goes on after printing
        stamps.append((args, kwargs))

    def part(x0: float, y0: float, w: float, rows: list[tuple[Item, ...]], first: float,
             pitch: float, zh: int, en: int | None) -> Form:
        form = Form(canvas, rng, printer, ink, label_face.at(zh),
                    latin.at(en) if en else None)
        prev = y0 + first - pitch * 0.7
        work = []
        for i, items in enumerate(rows):
            line_y = y0 + first + i * pitch
            work += draw_row(form, x0, x0 + w, line_y, prev, items, printed,
                             birth_facts.SLOT_KEYS)
            prev = line_y + (en + 4 if en else 4)
        forms.append((form, work))
        return form

    # ---- 正页 ------------------------------------------------------------------------------
    fw = PART_W * k
    canvas.draw.rectangle((front_x + 6 * k, front_y + 6 * k, front_x + fw - 6 * k,
                           front_y + PART_H * k - 6 * k), outline=ink, width=max(2, round(3 * k)))
    title_face = fonts.available(fonts.CJK_SERIF + fonts.CJK_SANS)[0]
    canvas.text((front_x + fw / 2, front_y + 95 * k), "出生医学证明", title_face.at(round(50 * k)),
                ink, "ms")
    canvas.text((front_x + fw / 2, front_y + 135 * k), "Birth Certificate",
                latin.at(round(22 * k)), ink, "ms")
    seal(canvas, (round(front_x + 150 * k), round(front_y + 95 * k)), round(55 * k),
         label_face.at(round(11 * k)), "中华人民共和国卫生部", colour=(210, 60, 50))
    front = part(front_x + 45 * k, front_y, fw - 90 * k, _front_rows(), 250 * k, 70 * k,
                 round(20 * k), round(12 * k))
    _serial(canvas, front, facts.serial, (front_x + fw - 420 * k, front_y + 190 * k),
            round(20 * k), bilingual=True)
    stamp(canvas.personal(), (round(front_x + 420 * k), round(front_y + 1345 * k)),
         round(68 * k), label_face.at(round(12 * k)), "出生医学证明专用章")

    if sheet:
        # ---- 副页, 存根 and the margins ----------------------------------------------------
        zh = 15
        for x0, w, title in ((front_x + fw + 30, 360.0, "出生医学证明副页"),
                             (front_x + fw + 420, 360.0, "出生医学证明存根")):
            canvas.draw.line((x0 - 15, 20, x0 - 15, height - 20), fill=ink, width=1)
            canvas.text((x0 + w / 2, 70), title, label_face.at(22), ink, "ms")
            form = part(x0, 0.0, w, _copy_rows(), 140.0, 52.0, zh, None)
            _serial(canvas, form, facts.serial, (x0, 108.0), zh, bilingual=False)
            stamp(canvas.personal(), (round(x0 + 250), round(height - 70)), 50,
                 label_face.at(9), "出生医学证明专用章")
        legal = label_face.at(13)
        _vertical(canvas, LEGAL_LEFT, (22, 40), legal, ink, height - 40)
        _vertical(canvas, LEGAL_RIGHT, (width - 26, 40), legal, ink, height - 40)
    else:
        legal = label_face.at(round(11 * k))
        # the 正页 alone still shows its own margin note, down the left edge
        _vertical(canvas, LEGAL_LEFT, (round(22 * k), round(180 * k)), legal, ink,
                  round((PART_H - 40) * k))
    # the hospital's printer, once the stock is printed; the 正页's boxes come first
    for form, work in forms:
        for job in work:
            job()
        for key, box in form.labels.items():
            labels.setdefault(key, box)
        for key, box in form.values.items():
            values.setdefault(key, box)
    for args, kwargs in stamps:
        seal(*args, **kwargs)  # type: ignore[arg-type]
    layout = "-".join((f"4th:{plan.variant}", f"values_{value_face.name}",
                       "traditional" if plan.traditional else "simplified"))
    truth = {} if blank else facts.truth
    return Rendered(canvas.image, truth, labels, values, layout, list(canvas.form_boxes),
                    fill_boxes=list(canvas.fill_boxes))


def _serial(canvas: Canvas, form: Form, serial: str, at: tuple[float, float], size: int, *,
            bilingual: bool) -> None:
    """出生证编号 and the red serial (pre-printed: on blank forms too)."""
    x, y = at
    label = form.word(x, y, "出生证编号", "Certificate No." if bilingual else "")
    font = fonts.available(fonts.LATIN_SERIF_BOLD + fonts.LATIN_SANS_BOLD)[0].at(
        round(size * 1.2))
    box = canvas.fill((label[2] + size * 0.6, y), serial, font, (200, 30, 30), "ls",
                      preprinted=True)
    form.labels.setdefault("code", label)
    form.values.setdefault("code", box)


def _vertical(canvas: Canvas, text: str, top: tuple[float, float], font, ink: RGB,  # type: ignore[no-untyped-def]
              bottom: float) -> None:
    """Legal text down a margin, one character under the other, in as many columns as
    it needs (the next column to the inside)."""
    x, y0 = top
    y = y0
    step = font.size * 1.12
    inward = 1 if x < canvas.image.size[0] / 2 else -1
    for ch in text:
        if y + step > bottom:
            y = y0
            x += inward * font.size * 1.3
        canvas.text((x, y), ch, font, ink, "mt")
        y += step
