"""出生医学证明, 5th/6th edition (2014–2022) and 7th edition (2023): an A4 portrait sheet.

Drawn from issue 10's description and the blank 5th-edition specimen (looked at, not
traced).  Three parts are stacked on the sheet:

* 正页 — a green guilloche frame, the title 出生医学证明 / MEDICAL CERTIFICATE OF BIRTH, a
  hologram; rows of bilingual words (Chinese on the line, English under it) with blanks:
  新生儿姓名 · 性别 · 出生时间 __年 __月 __日 __时 __分; 出生孕周 __周 · 出生体重 __克 ·
  出生身长 __厘米; 出生地点 __省 __市 __县(区) · 医疗机构名称 __; per parent 姓名 · 年龄 ·
  国籍 · 民族 · 住址 and 有效身份证件类别 居民身份证 □ 护照 □ 其他 __ · 有效身份证件号码 __;
  签发机构(盖专用章), 签发日期 __年 __月 __日, and 编号 with the red serial on a green patch
  at the bottom right;
* 出生医学证明副页 and 出生医学证明存根 — the same rows in Chinese only, a vertical note in
  the right margin (此副页由户口登记机关裁切保存 / 此存根由签发机构保存), the same serial; the
  存根 adds 接生人员姓名, 领证人员签字, 签发人员签字.

The 7th edition adds a barcode above every serial patch.  Variant ``sheet`` is the whole
sheet (as scanned), ``front`` the 正页 alone at a larger scale (as photographed).
"""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFilter

from desktop_ocr.synthetic import fonts
from desktop_ocr.synthetic.canvas import RGB, Canvas, guilloche, paper, seal
from desktop_ocr.synthetic.card_common import barcode
from desktop_ocr.synthetic.model import Box, Rendered
from desktop_ocr.synthetic.real import birth_facts
from desktop_ocr.synthetic.real.plan import Plan
from desktop_ocr.synthetic.real.printing import B, Form, Printer, S, T, W, draw_row

SPEC_W = 1225  # the design's width in its own units (the specimen scan's pixels)
FRONT_H, COPY_H, STUB_H = 830, 450, 470

GREEN: RGB = (70, 170, 80)
RED: RGB = (200, 40, 40)

_ID_KINDS = (("居民身份证", "Identity Card"), ("护照", "Passport"))


def _front_rows(who_first: tuple[str, str]) -> list[tuple[float, tuple, float]]:
    """(line y in units, items, x1 in units) of the 正页."""
    rows: list[tuple[float, tuple, float]] = [
        (235, (W("新生儿姓名", "Neonatal Name", "babyName"), B("name", 3.0),
               W("性别", "Gender", "babySex"), B("sex", 0.9),
               W("出生时间", "Time of Birth", "babyBirthday"), B("year", 1.7), W("年", "Year"),
               B("month", 0.75), W("月", "Month"), B("day", 0.75), W("日", "Day"),
               B("hour", 0.75), W("时", "Hour"), B("minute", 0.75), W("分", "Minute")), 1130),
        (280, (W("出生孕周", "Gestational Age", "gestationalAge"), B("weeks", 2.0),
               W("周", "Week"), S(3), W("出生体重", "Birth Weight", "birthWeight"),
               B("grams", 2.0), W("克", "g"), S(3),
               W("出生身长", "Birth Length", "birthLength"), B("length", 2.0),
               W("厘米", "cm")), 1060),
        (330, (W("出生地点", "Birth Place", "birthProvince,birthCity,birthCounty"),
               B("prov", 1.5), W("省", "Province"), B("city", 1.5), W("市", "City"),
               B("county", 1.5), W("县(区)", "County"),
               W("医疗机构名称", "Medical Institutions", "hospital"),
               B("hospital", 4.0, wrap=True)), 1130),
    ]
    for i, who in enumerate(who_first):
        y = 415 + i * 125
        p, zh, en = ("m", "母亲", "Mother's") if who == "mother" else ("f", "父亲", "Father's")
        rows.append((y, (W(f"{zh}姓名", f"{en} Name", f"{who}Name"), B(f"{p}_name", 2.0),
                         W("年龄", "Age", f"{who}Age"), B(f"{p}_age", 0.7),
                         W("国籍", "Nationality", f"{who}Nationality"), B(f"{p}_nat", 1.3),
                         W("民族", "Ethnic Group", f"{who}Ethnic"), B(f"{p}_eth", 0.9),
                         W("住址", "Address", f"{who}Address"), B(f"{p}_addr", 4.2, wrap=True)),
                     1130))
        rows.append((y + 45, (W("有效身份证件类别", "Valid Identification"),
                              T(f"{p}_idkind", _ID_KINDS), W("其他", "Others"),
                              B(f"{p}_other", 1.0),
                              W("有效身份证件号码", "Valid Identification No.", f"{who}ID"),
                              B(f"{p}_id", 2.6)), 1130))
    rows.append((680, (W("签发机构(盖专用章)", "Issued Authority (Stamp)"), B("authority", 1.0)),
                 490))
    rows.append((730, (W("签发日期", "Date Issued"), B("i_year", 1.6), W("年", "Year"),
                       B("i_month", 0.8), W("月", "Month"), B("i_day", 0.8), W("日", "Day")),
                 490))
    return rows


def _copy_rows(stub: bool) -> list[tuple[float, tuple, float]]:
    """The Chinese-only rows of the 副页 (``stub`` False) or the 存根, y from the part top."""
    rows: list[tuple[float, tuple, float]] = [
        (105, (W("新生儿姓名", "", "babyName"), B("name", 2.6), W("性别", "", "babySex"),
               B("sex", 0.9), W("出生时间", "", "babyBirthday"), B("year", 1.7), W("年"),
               B("month", 0.7), W("月"), B("day", 0.7), W("日"), B("hour", 0.7), W("时"),
               B("minute", 0.7), W("分")), 1130),
        (140, (W("出生孕周", "", "gestationalAge"), B("weeks", 1.8), W("周"), S(1),
               W("出生体重", "", "birthWeight"), B("grams", 1.3), W("克"), S(1),
               W("出生身长", "", "birthLength"), B("length", 1.6), W("厘米")), 930),
        (180, (W("出生地点", "", "birthProvince,birthCity,birthCounty"), B("prov", 1.4),
               W("省"), B("city", 1.4), W("市"), B("county", 1.4), W("县(区)"), S(2),
               W("医疗机构名称", "", "hospital"), B("hospital", 3.6, wrap=True)), 1130),
    ]
    for i, (p, who, zh) in enumerate((("m", "mother", "母亲"), ("f", "father", "父亲"))):
        y = 228 + i * 80
        rows.append((y, (W(f"{zh}姓名", "", f"{who}Name"), B(f"{p}_name", 1.9),
                         W("年龄", "", f"{who}Age"), B(f"{p}_age", 0.6),
                         W("国籍", "", f"{who}Nationality"), B(f"{p}_nat", 1.0),
                         W("民族", "", f"{who}Ethnic"), B(f"{p}_eth", 1.0),
                         W("住址", "", f"{who}Address"), B(f"{p}_addr", 4.0, wrap=True)), 1130))
        rows.append((y + 32, (W("有效身份证件类别"), T(f"{p}_idkind", (("居民身份证", ""),
                                                                  ("护照", ""))),
                              W("其他"), B(f"{p}_other", 1.0),
                              W("有效身份证件号码", "", f"{who}ID"), B(f"{p}_id", 2.4)),
                     1130))
    if stub:
        rows += [
            (385, (W("接生人员姓名"), B("midwife", 1.0), S(1), W("领证人员签字"),
                   B("receiver", 1.0)), 760),
            (415, (W("签发人员签字"), B("issuer", 1.0), S(1), W("签发日期"), B("i_year", 1.2),
                   W("年"), B("i_month", 0.6), W("月"), B("i_day", 0.6), W("日")), 760),
            (445, (W("签发机构(盖专用章)"), B("authority", 1.0)), 430),
        ]
    else:
        rows += [
            (385, (W("签发机构(盖专用章)"), B("authority", 1.0)), 430),
            (420, (W("签发日期"), B("i_year", 1.4), W("年"), B("i_month", 0.7), W("月"),
                   B("i_day", 0.7), W("日")), 430),
        ]
    return rows


def render(rng: random.Random, plan: Plan, blank: bool) -> Rendered:
    facts = birth_facts.draw(rng, plan)
    sheet = plan.variant == "sheet"
    k = 1190 / SPEC_W if sheet else 1.3
    width = round(SPEC_W * k)
    height = round((FRONT_H + COPY_H + STUB_H) * k) if sheet else round(FRONT_H * k)

    # ---- the stock and the printer --------------------------------------------------------
    label_face = fonts.available(fonts.CJK_SERIF + fonts.CJK_SANS)[0]
    latin = rng.choice(fonts.available(fonts.LATIN_SANS))
    if plan.traditional:
        value_face = fonts.available(fonts.CJK_BRUSH)[0]
    else:
        value_face = rng.choice(fonts.available(fonts.CJK_ANY))
    printer = Printer(value_face, round(rng.randint(17, 19) * k),
                      rng.choice(((20, 20, 20), (35, 35, 45), (10, 10, 30))),
                      dx=round(rng.randint(-6, 16) * k), dy=round(rng.randint(-6, 4) * k),
                      jitter=max(1, round(2 * k)), traditional=plan.traditional)
    ink: RGB = rng.choice(((70, 70, 70), (90, 80, 80), (60, 66, 80)))
    image = paper((width, height), (rng.randint(246, 252), rng.randint(243, 249),
                                    rng.randint(236, 244)), rng, grain=2.0)
    _background(image, rng, k)
    canvas = Canvas(image, blank=blank)
    serial = facts.serial
    if blank and rng.random() < 0.5:
        serial = birth_facts.zero_serial(rng)
    printed = dict(facts.printed, code=serial)
    labels: dict[str, Box] = {}
    values: dict[str, Box] = {}
    forms: list[tuple[Form, list]] = []
    stamps: list[tuple[tuple, dict]] = []

    def stamp(*args: object, **kwargs: object) -> None:  # the seal goes on after printing
        stamps.append((args, kwargs))

    def part(y0: float, rows: list[tuple[float, tuple, float]], bilingual: bool,
             zh_size: float) -> Form:
        form = Form(canvas, rng, printer, ink, label_face.at(round(zh_size * k)),
                    latin.at(round(10 * k)) if bilingual else None)
        prev = y0 + (150 if bilingual else 70) * k
        work = []
        for line_u, items, x1_u in rows:
            line_y = y0 + line_u * k
            work += draw_row(form, 105 * k if bilingual else 75 * k, x1_u * k, line_y, prev,
                             items, printed, birth_facts.SLOT_KEYS)
            prev = line_y + (14 if bilingual else 4) * k
        forms.append((form, work))
        return form

    # ---- 正页 ------------------------------------------------------------------------------
    _frame(canvas, (0, 0, width, round(FRONT_H * k)), rng, k)
    canvas.text((width / 2, 130 * k), "出 生 医 学 证 明", label_face.at(round(42 * k)),
                (40, 40, 40), "ms")
    canvas.text((width / 2, 172 * k), "MEDICAL CERTIFICATE OF BIRTH", latin.at(round(17 * k)),
                (40, 40, 40), "ms")
    _hologram(canvas, (round(935 * k), round(95 * k), round(1045 * k), round(165 * k)))
    front = part(0, _front_rows(("mother", "father")), True, 15)
    _serial(canvas, front, serial, (815 * k, 735 * k), k, bilingual=True,
            barcode_on=plan.design == "7th", rng=rng)
    stamp(canvas.personal(), (round(330 * k), round(690 * k)), round(62 * k),
         label_face.at(round(11 * k)), "出生医学证明专用章")
    if sheet:
        # ---- 副页 and 存根 ----------------------------------------------------------------
        for i, (title, note, rows) in enumerate((
                ("出生医学证明副页", "此副页由户口登记机关裁切保存", _copy_rows(False)),
                ("出生医学证明存根", "此存根由签发机构保存", _copy_rows(True)))):
            y0 = (FRONT_H + i * COPY_H) * k
            canvas.text((width / 2, y0 + 60 * k), title, label_face.at(round(19 * k)),
                        (40, 40, 40), "ms")
            form = part(y0, rows, False, 14)
            _vertical(canvas, note, (1185 * k, y0 + 95 * k), label_face.at(round(13 * k)), ink)
            _serial(canvas, form, serial, (820 * k, y0 + (420 if i == 0 else 440) * k), k,
                    bilingual=False, barcode_on=plan.design == "7th", rng=rng)
            _logo(canvas, (round(1135 * k), round(y0 + (345 if i == 0 else 360) * k)),
                  round(70 * k))
            stamp(canvas.personal(), (round(300 * k), round(y0 + 400 * k)), round(50 * k),
                 label_face.at(round(9 * k)), "出生医学证明专用章")
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
    layout = "-".join((f"{plan.design}:{plan.variant}", f"values_{value_face.name}",
                       "traditional" if plan.traditional else "simplified"))
    truth = {} if blank else facts.truth
    return Rendered(canvas.image, truth, labels, values, layout, list(canvas.form_boxes),
                    fill_boxes=list(canvas.fill_boxes))


def _serial(canvas: Canvas, form: Form, serial: str, at: tuple[float, float], k: float,
            *, bilingual: bool, barcode_on: bool, rng: random.Random) -> None:
    """编号 and the red serial on a green patch (pre-printed on the stock, so also on a blank
    form); the 7th edition's barcode above the patch."""
    x, y = at
    label = form.word(x, y, "编号", "No." if bilingual else "")
    px0, py0, px1, py1 = x + 45 * k, y - 40 * k, x + 255 * k, y + 20 * k
    canvas.draw.rectangle((px0, py0, px1, py1), fill=(170, 225, 160))
    font = fonts.available(fonts.LATIN_SANS)[0].at(round(26 * k))
    shown = f"{serial[0]} {serial[1:]}" if rng.random() < 0.8 else serial
    box = canvas.fill((px0 + 14 * k, (py0 + py1) / 2 + 10 * k), shown, font, RED, "ls",
                      preprinted=True)
    form.labels.setdefault("code", label)
    form.values.setdefault("code", box)
    if barcode_on:
        barcode(canvas, (round(px0), round(py0 - 50 * k), round(px1), round(py0 - 10 * k)), rng)


def _frame(canvas: Canvas, box: Box, rng: random.Random, k: float) -> None:
    """The 正页's green guilloche frame."""
    x0, y0, x1, y1 = box
    band = round(28 * k)
    for strip in ((x0, y0, x1, y0 + band), (x0, y1 - band, x1, y1), (x0, y0, x0 + band, y1),
                  (x1 - band, y0, x1, y1)):
        guilloche(canvas.image, strip, GREEN, rng, 0.75, density=2.2)
    canvas.draw.rectangle((x0 + band, y0 + band, x1 - band, y1 - band), outline=GREEN, width=2)


def _background(image: Image.Image, rng: random.Random, k: float) -> None:
    """A faint landscape (a wall over hills) in orange and grey across the sheet."""
    w, h = image.size
    layer = Image.new("L", (w, h), 0)
    tone = Image.new("RGB", (w, h), (235, 150, 110))
    d = ImageDraw.Draw(layer)
    base = h * rng.uniform(0.3, 0.4)
    points = [(0, h)]
    for i in range(12):
        points.append((w * i / 11, base + rng.uniform(-0.12, 0.12) * h))
    points.append((w, h))
    d.polygon(points, fill=40)
    for _ in range(3):
        cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.9) * h
        d.rectangle((cx - 30 * k, cy - 300 * k, cx + 30 * k, cy + 300 * k), fill=55)
    layer = layer.filter(ImageFilter.GaussianBlur(8 * k))
    image.paste(Image.composite(tone, image, layer), (0, 0))


def _hologram(canvas: Canvas, box: Box) -> None:
    d = canvas.draw
    d.ellipse(box, fill=(200, 205, 215), outline=(150, 155, 170), width=2)
    x0, y0, x1, y1 = box
    d.ellipse((x0 + (x1 - x0) * 0.35, y0 + (y1 - y0) * 0.2, x0 + (x1 - x0) * 0.65,
               y0 + (y1 - y0) * 0.75), fill=(225, 110, 120))


def _logo(canvas: Canvas, at: tuple[int, int], size: int) -> None:
    """The programme's emblem stand-in: a brown rounded square with pale shapes."""
    x, y = at
    d = canvas.draw
    d.rounded_rectangle((x, y, x + size, y + size), radius=size // 5, fill=(120, 85, 30))
    d.ellipse((x + size * 0.3, y + size * 0.15, x + size * 0.7, y + size * 0.55),
              fill=(245, 235, 215))
    d.ellipse((x + size * 0.15, y + size * 0.5, x + size * 0.5, y + size * 0.85),
              fill=(245, 235, 215))


def _vertical(canvas: Canvas, text: str, top: tuple[float, float], font, ink: RGB) -> None:  # type: ignore[no-untyped-def]
    """A note printed top to bottom in the margin, one character under the other."""
    x, y = top
    for ch in text:
        box = canvas.text((x, y), ch, font, ink, "mt")
        y = box[3] + font.size * 0.25
