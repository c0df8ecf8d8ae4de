"""Renderer of the Chinese Birth Medical Certificate (出生医学证明, current edition).

The real form is a pre-printed sheet: title 出生医学证明 / Birth Certificate, a serial number
出生证编号 (a letter and nine digits, printed in red), and a ruled table of bilingual labels
(新生儿姓名 Name, 性别 Sex, 出生时间 Date of Birth, 出生地点 Place of Birth 省 市 县(区), 出生孕周
Gestational Age 周 weeks, 出生体重 Birth Weight 克 g, 出生身长 Birth Length 厘米 cm, the mother's
and the father's name, age, nationality, ethnic group, address and ID card number, 医疗机构名称
Name of Medical Institution) with a seal and an issue date at the bottom.  A hospital prints
the values into that form with an office printer, so values are in a different font and
colour than the labels and are shifted as a whole by the printer's feed (plus a little
jitter), up to about a third of a line — still nearer their own label than any other.

Layout variants (chosen per seed) cover what differs between provinces and printers: parents
side by side or stacked, the place of birth written in one run or in the three printed slots,
the date of birth written in one run or in the 年/月/日/时/分 slots, the serial number at the
top or at the bottom, red-brown or green pre-print.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from PIL import ImageFont

from desktop_ocr.synthetic import fonts, names_cn, places_cn
from desktop_ocr.synthetic.canvas import RGB, Canvas, guilloche, paper, seal, union
from desktop_ocr.synthetic.model import Box, Rendered

WIDTH, HEIGHT = 1180, 1660
MARGIN = 64


@dataclass
class _Style:
    label_zh: ImageFont.FreeTypeFont
    label_en: ImageFont.FreeTypeFont
    value: ImageFont.FreeTypeFont
    value_small: ImageFont.FreeTypeFont
    ink_label: RGB
    ink_value: RGB
    offset: tuple[int, int]  # printer feed offset applied to every value
    jitter: int


@dataclass
class _Person:
    name: str
    age: int
    birth: dt.date
    id_number: str
    nationality: str
    ethnic: str
    address: str


def _person(rng: random.Random, male: bool, age: int, on: dt.date, surname: str | None,
            home: places_cn.County) -> _Person:
    birth = names_cn.birth_date_for_age(rng, on, age)
    region = home.code
    for _ in range(400):
        if names_cn.valid_region(region, birth):
            break
        region = places_cn.pick_county(rng).code
    else:  # pragma: no cover - the table always has old codes
        raise RuntimeError("no valid region code for an ID number")
    return _Person(
        name=names_cn.full_name(rng, male, surname),
        age=age,
        birth=birth,
        id_number=names_cn.resident_id(rng, region, birth, male),
        nationality="中国",
        ethnic=places_cn.pick_ethnic(rng),
        address=places_cn.address(rng, home),
    )


def weight_kg(grams: int) -> str:
    return f"{grams / 1000:.3f}".rstrip("0").rstrip(".")


@dataclass
class BirthFacts:
    """Everything a certificate states, drawn before any look is chosen.

    Why separate: both layout families (``standard`` here, ``alt`` in
    ``birth_certificate_alt``) print the same kind of facts; drawing them in one place keeps
    the truth rules (real places, valid IDs, ages consistent with the IDs) identical.
    """

    male: bool
    born: dt.date
    hour: int
    minute: int
    place: places_cn.County
    father: _Person
    mother: _Person
    baby: str
    grams: int
    length: int
    weeks: int
    code: str
    hospital: str
    issued: dt.date
    truth: dict[str, str]


def draw_facts(rng: random.Random, born_between: tuple[dt.date, dt.date] = (
        dt.date(2016, 1, 1), dt.date(2025, 6, 30))) -> BirthFacts:
    """Draw one certificate's facts; ``born_between``: the span of the date of birth (the
    ``real`` family keeps each edition to the years it was issued)."""
    male = rng.random() < 0.5
    start, end = born_between
    born = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    place = places_cn.pick_county(rng)
    home = place if rng.random() < 0.7 else places_cn.pick_county(rng)
    mother_age = rng.randint(20, 42)
    father_age = min(60, max(20, mother_age + rng.randint(-2, 8)))
    father = _person(rng, True, father_age, born, None, home)
    mother = _person(rng, False, mother_age, born, None, home)
    if rng.random() < 0.6:
        mother.address = father.address
    surname = father.name[:2] if father.name[:2] in names_cn.SURNAMES else father.name[0]
    if rng.random() < 0.1:
        surname = mother.name[:2] if mother.name[:2] in names_cn.SURNAMES else mother.name[0]
    baby = names_cn.full_name(rng, male, surname)
    grams = rng.randint(250, 420) * 10
    while grams % 1000 == 0:
        grams = rng.randint(250, 420) * 10
    length = rng.randint(46, 55)
    weeks = rng.randint(36, 41)
    code = rng.choice("NOPQR") + place.code[:2] + f"{rng.randint(0, 9_999_999):07d}"
    hospital = places_cn.hospital(rng, place)
    issued = born + dt.timedelta(days=rng.randint(1, 40))

    truth = {
        "babyName": baby,
        "babySex": "男" if male else "女",
        "babyBirthday": born.isoformat(),
        "birthProvince": place.province,
        "birthCity": place.city,
        "birthCounty": place.county,
        "birthWeight": weight_kg(grams),
        "birthLength": str(length),
        "gestationalAge": str(weeks),
        "code": code,
        "hospital": hospital,
        "fatherName": father.name,
        "fatherAge": str(father.age),
        "fatherNationality": father.nationality,
        "fatherEthnic": father.ethnic,
        "fatherAddress": father.address,
        "fatherID": father.id_number,
        "motherName": mother.name,
        "motherAge": str(mother.age),
        "motherNationality": mother.nationality,
        "motherEthnic": mother.ethnic,
        "motherAddress": mother.address,
        "motherID": mother.id_number,
    }
    return BirthFacts(male, born, hour, minute, place, father, mother, baby, grams, length,
                      weeks, code, hospital, issued, truth)


def render(rng: random.Random, blank: bool = False) -> Rendered:
    f = draw_facts(rng)
    born, hour, minute, place = f.born, f.hour, f.minute, f.place
    father, mother, baby, code, hospital, issued = (f.father, f.mother, f.baby, f.code,
                                                    f.hospital, f.issued)
    grams, length, weeks, truth = f.grams, f.length, f.weeks, f.truth

    # ---- the look ----------------------------------------------------------------------
    green = rng.random() < 0.3
    ink_label: RGB = (38, 105, 72) if green else (150, 58, 48)
    tint: RGB = (150, 205, 170) if green else (235, 170, 165)
    label_face = rng.choice(fonts.available(fonts.CJK_ANY))
    value_face = rng.choice(fonts.available(fonts.CJK_ANY))
    latin_face = rng.choice(fonts.available(fonts.LATIN_SERIF + fonts.LATIN_SANS))
    value_size = rng.randint(23, 27)
    style = _Style(
        label_zh=label_face.at(22),
        label_en=latin_face.at(13),
        value=value_face.at(value_size),
        value_small=value_face.at(value_size - 3),
        ink_label=ink_label,
        ink_value=rng.choice(((20, 20, 20), (35, 35, 45), (10, 10, 30))),
        offset=(rng.randint(-6, 14), rng.randint(-9, 9)),
        jitter=3,
    )
    parents_side_by_side = rng.random() < 0.6
    place_in_slots = rng.random() < 0.5
    date_in_slots = rng.random() < 0.5
    code_on_top = rng.random() < 0.7
    layout = "-".join((
        "parents_cols" if parents_side_by_side else "parents_rows",
        "{place}",
        "date_slots" if date_in_slots else "date_line",
        "code_top" if code_on_top else "code_bottom",
        "green" if green else "red",
        f"labels_{label_face.name}",
        f"values_{value_face.name}",
    ))

    base = (rng.randint(244, 252), rng.randint(238, 246), rng.randint(232, 242))
    image = paper((WIDTH, HEIGHT), base, rng)
    guilloche(image, (MARGIN, MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN), tint, rng, 0.22)
    canvas = Canvas(image, blank=blank)
    labels: dict[str, Box] = {}
    values: dict[str, Box] = {}
    r = _Renderer(canvas, style, rng, labels, values)

    d = canvas.draw
    d.rectangle((MARGIN - 14, MARGIN - 14, WIDTH - MARGIN + 14, HEIGHT - MARGIN + 14),
                outline=ink_label, width=4)
    d.rectangle((MARGIN - 6, MARGIN - 6, WIDTH - MARGIN + 6, HEIGHT - MARGIN + 6),
                outline=ink_label, width=1)
    title_face = label_face if label_face.name != "microhei" else fonts.available(
        fonts.CJK_ANY)[0]
    canvas.text((WIDTH / 2, MARGIN + 90), "出生医学证明", title_face.at(62), ink_label, "ms")
    canvas.text((WIDTH / 2, MARGIN + 132), "Birth Certificate", latin_face.at(28),
                ink_label, "ms")
    code_y = MARGIN + 170 if code_on_top else HEIGHT - MARGIN - 24
    r.serial(code, code_y, code_on_top)

    # ---- the table ---------------------------------------------------------------------
    x0, x1 = MARGIN + 10, WIDTH - MARGIN - 10
    y = MARGIN + 200
    row = 64
    full = x1 - x0

    def cells(specs: list[tuple[float, str, str, str | None, str | None, tuple[str, str] | None]],
              height: int = row) -> None:
        nonlocal y
        x = float(x0)
        for frac, zh, en, key, value, suffix in specs:
            w = full * frac
            r.cell((int(x), y, int(x + w), y + height), zh, en, key, value, suffix)
            x += w
        y += height

    cells([(0.58, "新生儿姓名", "Name", "babyName", baby, None),
           (0.42, "性别", "Sex", "babySex", truth["babySex"], None)])
    r.date_row((x0, y, x1, y + row), born, hour, minute, date_in_slots)
    y += row
    place_in_slots = r.place_row((x0, y, x1, y + row), place, place_in_slots)
    layout = layout.replace("{place}", "place_slots" if place_in_slots else "place_line")
    y += row
    cells([(0.5, "出生孕周", "Gestational Age", "gestationalAge", str(weeks), ("周", "weeks")),
           (0.5, "健康状况", "Health Status", None, rng.choice(("良好", "良好", "一般")), None)])
    cells([(0.5, "出生体重", "Birth Weight", "birthWeight", str(grams), ("克", "g")),
           (0.5, "出生身长", "Birth Length", "birthLength", str(length), ("厘米", "cm"))])

    parents = (("mother", "母亲", "Mother's", mother), ("father", "父亲", "Father's", father))
    if parents_side_by_side:
        (_, _, _, m), (_, _, _, f) = parents
        cells([(0.5, "母亲姓名", "Mother's Name", "motherName", m.name, None),
               (0.5, "父亲姓名", "Father's Name", "fatherName", f.name, None)])
        cells([(0.2, "年龄", "Age", "motherAge", str(m.age), None),
               (0.3, "国籍", "Nationality", "motherNationality", m.nationality, None),
               (0.2, "年龄", "Age", "fatherAge", str(f.age), None),
               (0.3, "国籍", "Nationality", "fatherNationality", f.nationality, None)])
        cells([(0.5, "民族", "Ethnic Group", "motherEthnic", m.ethnic, None),
               (0.5, "民族", "Ethnic Group", "fatherEthnic", f.ethnic, None)])
        cells([(0.5, "住址", "Address", "motherAddress", m.address, None),
               (0.5, "住址", "Address", "fatherAddress", f.address, None)], height=row + 34)
        cells([(0.5, "有效身份证件号码", "ID Card No.", "motherID", m.id_number, None),
               (0.5, "有效身份证件号码", "ID Card No.", "fatherID", f.id_number, None)])
    else:
        for who, zh, en, p in parents:
            cells([(0.6, f"{zh}姓名", f"{en} Name", f"{who}Name", p.name, None),
                   (0.4, "年龄", "Age", f"{who}Age", str(p.age), None)], height=58)
            cells([(0.5, "国籍", "Nationality", f"{who}Nationality", p.nationality, None),
                   (0.5, "民族", "Ethnic Group", f"{who}Ethnic", p.ethnic, None)], height=58)
            cells([(1.0, "住址", "Address", f"{who}Address", p.address, None)], height=58)
            cells([(1.0, "有效身份证件号码", "ID Card No.", f"{who}ID", p.id_number, None)],
                  height=58)
    r.place_kind_row((x0, y, x1, y + row))
    y += row
    cells([(1.0, "医疗机构名称", "Name of Medical Institution", "hospital", hospital, None)])

    # ---- foot: issue date and seal ------------------------------------------------------
    foot_y = y + 80
    canvas.text((x0 + 560, foot_y), "签发日期", style.label_zh, ink_label, "ls")
    canvas.text((x0 + 560, foot_y + 18), "Issued Date", style.label_en, ink_label, "ls")
    canvas.fill((x0 + 680 + style.offset[0], foot_y + style.offset[1]),
                f"{issued.year}年{issued.month:02d}月{issued.day:02d}日", style.value,
                style.ink_value, "ls")
    canvas.text((x0 + 560, foot_y + 70), "签发机构（盖章）", style.label_zh, ink_label, "ls")
    canvas.text((x0 + 560, foot_y + 88), "Issued by (Seal)", style.label_en, ink_label, "ls")
    seal(canvas.personal(), (x0 + 880, foot_y + 60), 92, label_face.at(15), "出生医学证明专用章")
    return Rendered(canvas.image, truth, labels, values, layout)


def fit_lines(text: str, width: float, height: float,
              fonts_to_try: tuple[ImageFont.FreeTypeFont, ...]) -> tuple[
                  ImageFont.FreeTypeFont, list[str]]:
    """The largest of ``fonts_to_try`` (largest first) in which ``text`` fits ``width``:
    on one line if possible, else wrapped by character (Chinese has no spaces) on as many
    lines as ``height`` holds.  The smallest font, wrapped, is the last resort."""
    for font in fonts_to_try:
        if font.getlength(text) <= width:
            return font, [text]
    for font in fonts_to_try[1:]:
        lines = wrap_chars(text, font, width)
        if len(lines) * (font.size + 5) <= height + 5:
            return font, lines
    font = fonts_to_try[-1]
    return font, wrap_chars(text, font, width)


def wrap_chars(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    lines, current = [], ""
    for ch in text:
        if current and font.getlength(current + ch) > width:
            lines.append(current)
            current = ch
        else:
            current += ch
    lines.append(current)
    return lines


class _Renderer:
    def __init__(self, canvas: Canvas, style: _Style, rng: random.Random,
                 labels: dict[str, Box], values: dict[str, Box]) -> None:
        self.c = canvas
        self.s = style
        self.rng = rng
        self.labels = labels
        self.values = values

    # -- primitives -------------------------------------------------------------------
    def _label(self, x: float, top: int, zh: str, en: str, key: str | None) -> float:
        """Pre-printed bilingual label (zh above en); returns its right edge."""
        b1 = self.c.text((x, top + 28), zh, self.s.label_zh, self.s.ink_label, "ls")
        b2 = self.c.text((x, top + 46), en, self.s.label_en, self.s.ink_label, "ls")
        if key:
            self.labels[key] = union(b1, b2)
        return max(b1[2], b2[2])

    def _value(self, x: float, baseline: float, text: str, key: str | None,
               font: ImageFont.FreeTypeFont | None = None) -> Box:
        """Printer-filled value, shifted by the page offset plus jitter."""
        j = self.s.jitter
        dx = self.s.offset[0] + self.rng.randint(-j, j)
        dy = self.s.offset[1] + self.rng.randint(-j, j)
        box = self.c.fill((x + dx, baseline + dy), text, font or self.s.value,
                          self.s.ink_value, "ls")
        if key:
            self.values[key] = box
        return box

    def _frame(self, rect: Box) -> None:
        self.c.draw.rectangle(rect, outline=self.s.ink_label, width=1)

    # -- cells ------------------------------------------------------------------------
    def cell(self, rect: Box, zh: str, en: str, key: str | None, value: str | None,
             suffix: tuple[str, str] | None) -> None:
        self._frame(rect)
        x0, top, x1, bottom = rect
        right = self._label(x0 + 10, top + (bottom - top - 64) // 2, zh, en, key)
        vx = right + 18
        baseline = (top + bottom) / 2 + 10
        if suffix is not None:
            slot = 96
            sx = vx + slot
            self.c.text((sx, baseline - 8), suffix[0], self.s.label_zh, self.s.ink_label, "ls")
            self.c.text((sx, baseline + 10), suffix[1], self.s.label_en, self.s.ink_label, "ls")
        if value is None:
            return
        # What the hospital's software does with a long value: smaller type first, then a
        # second line, always inside the cell.  The budget leaves room for the printer's
        # feed offset, so even a shifted value does not run over the next label.
        budget = x1 - vx - 10 - max(0, self.s.offset[0]) - self.s.jitter
        font, lines = fit_lines(value, budget, bottom - top - 8,
                                (self.s.value, self.s.value_small,
                                 self.s.value_small.font_variant(size=self.s.value.size - 6)))
        if len(lines) == 1:
            self._value(vx, baseline, value, key, font)
        else:
            step = font.size + 5
            first = baseline - step * (len(lines) - 1) / 2
            boxes = [self._value(vx, first + i * step, line, None, font)
                     for i, line in enumerate(lines)]
            if key:
                self.values[key] = union(*boxes)

    def serial(self, code: str, baseline: int, top: bool) -> None:
        x = WIDTH - MARGIN - 360 if top else MARGIN + 20
        right = self._label(x, baseline - 36, "出生证编号", "Certificate No.", "code")
        red = (190, 30, 30)
        box = self.c.fill((right + 14, baseline), code, fonts.available(
            fonts.LATIN_SANS_BOLD)[0].at(26), red, "ls", preprinted=True)
        self.values["code"] = box

    def date_row(self, rect: Box, born: dt.date, hour: int, minute: int, slots: bool) -> None:
        self._frame(rect)
        x0, top, _x1, bottom = rect
        right = self._label(x0 + 10, top, "出生时间", "Date of Birth", "babyBirthday")
        baseline = (top + bottom) / 2 + 10
        x = right + 24
        if not slots:
            pad = self.rng.random() < 0.7
            text = (f"{born.year}年{born.month:02d}月{born.day:02d}日{hour:02d}时{minute:02d}分"
                    if pad else f"{born.year}年{born.month}月{born.day}日{hour}时{minute}分")
            self._value(x, baseline, text, "babyBirthday")
            return
        boxes = []
        parts = ((str(born.year), "年", "Y"), (f"{born.month:02d}", "月", "M"),
                 (f"{born.day:02d}", "日", "D"), (f"{hour:02d}", "时", "H"),
                 (f"{minute:02d}", "分", "Min"))
        for number, zh, en in parts:
            slot = 76 if len(number) == 4 else 48
            boxes.append(self._value(x, baseline, number, None))
            x += slot
            self.c.text((x, baseline - 8), zh, self.s.label_zh, self.s.ink_label, "ls")
            self.c.text((x, baseline + 10), en, self.s.label_en, self.s.ink_label, "ls")
            x += 50
        self.values["babyBirthday"] = union(*boxes[:3])

    def place_row(self, rect: Box, place: places_cn.County, slots: bool) -> bool:
        """Place of birth in one run or in the 省/市/县(区) slots; returns whether slots were
        used (a long autonomous county name does not fit the slots and is printed in one run,
        as a hospital's software would)."""
        self._frame(rect)
        x0, top, x1, bottom = rect
        right = self._label(x0 + 10, top, "出生地点", "Place of Birth", "birthProvince")
        self.labels["birthCity"] = self.labels["birthCounty"] = self.labels["birthProvince"]
        baseline = (top + bottom) / 2 + 10
        x = right + 24
        keys = ("birthProvince", "birthCity", "birthCounty")
        names = (place.province, place.city, place.county)
        printed = (("省", "Province"), ("市", "City"), ("县（区）", "County/District"))
        texts = []
        for name, (zh, _en) in zip(names, printed, strict=True):
            text = name
            if (zh == "省" and name.endswith("省")) or (zh == "市" and name.endswith("市")):
                text = name[:-1]
            elif zh.startswith("县") and len(name) > 2 and name[-1] in "县区":
                text = name[:-1] if self.rng.random() < 0.5 else name
            texts.append(text)
        needed = sum(
            max(120, self.s.value.getlength(t) + 24)
            + max(self.s.label_zh.getlength(zh), self.s.label_en.getlength(en)) + 30
            for t, (zh, en) in zip(texts, printed, strict=True)
        )
        if slots and x + needed + abs(self.s.offset[0]) + 8 > x1:
            slots = False
        if not slots:
            # One run, as the printer wrote it; each part's box from its prefix width.
            whole = "".join(names)
            box = self._value(x, baseline, whole, None)
            start = 0
            for key, name in zip(keys, names, strict=True):
                if not name:
                    continue  # a level the place does not have (see places_cn.County)
                left = box[0] + self.s.value.getlength(whole[:start])
                start += len(name)
                right_edge = box[0] + self.s.value.getlength(whole[:start])
                self.values[key] = (int(left), box[1], int(right_edge) + 1, box[3])
            return False
        for key, text, (zh, en) in zip(keys, texts, printed, strict=True):
            if text:  # an empty slot stays empty on the form
                self._value(x, baseline, text, key)
            x += max(120, self.s.value.getlength(text) + 24)
            self.c.text((x, baseline - 8), zh, self.s.label_zh, self.s.ink_label, "ls")
            self.c.text((x, baseline + 10), en, self.s.label_en, self.s.ink_label, "ls")
            x += max(self.s.label_zh.getlength(zh), self.s.label_en.getlength(en)) + 30
        return True

    def place_kind_row(self, rect: Box) -> None:
        """出生地分类: a checkbox row, a realistic distractor without a vendor field."""
        self._frame(rect)
        x0, top, _x1, bottom = rect
        right = self._label(x0 + 10, top, "出生地分类", "Type of Place of Birth", None)
        baseline = (top + bottom) / 2 + 10
        x = right + 30
        ticked = 0 if self.rng.random() < 0.85 else 1
        for i, (zh, en) in enumerate((("医院", "Hospital"), ("妇幼保健院", "MCH Center"),
                                      ("家庭", "Home"), ("其他", "Others"))):
            self.c.draw.rectangle((x, baseline - 20, x + 18, baseline - 2),
                                  outline=self.s.ink_label, width=2)
            if i == ticked:
                self._value(x - 2, baseline - 2, "√", None)
            self.c.text((x + 26, baseline - 8), zh, self.s.label_zh, self.s.ink_label, "ls")
            self.c.text((x + 26, baseline + 10), en, self.s.label_en, self.s.ink_label, "ls")
            x += 26 + max(self.s.label_zh.getlength(zh), self.s.label_en.getlength(en)) + 40
