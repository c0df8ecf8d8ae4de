"""Birth medical certificate, ``alt`` family: the same facts as another printer would set them.

Why a second family: the ``standard`` renderer is one person's idea of the form, and an
engine tuned on it learns its habits (bilingual label blocks, values in boxes to the right,
parents in label/value cells, zero-padded dates, units pre-printed).  Certificates a clerk
receives come from other editions and other hospital software, so this renderer changes
what a different rendering would change, independently drawn per seed:

* the grid: the parents in one table with 母亲/父亲 (either order) as column headers and the
  rows 姓名/年龄/国籍/民族/住址/有效身份证件号码 (sometimes a 证件类别 row with 居民身份证
  before the number); the newborn's items either in ruled cells or on underlined blanks
  (older editions), in one of two orders; the medical institution above or below the
  parents;
* labels: Chinese only, English under the Chinese in another face and size, or English on
  the same line after the Chinese; title letter-spaced or not;
* values: printed in one run by the software — the date of birth unpadded
  (``2024年3月5日8时30分``) or padded, the place of birth in one run (``浙江省杭州市西湖区``,
  sometimes with spaces between the levels), the units printed with the number
  (``3250 克``, ``50厘米``, ``39周``); a larger printer offset, per-value jitter and a
  slight slope of the paper feed, so values are not aligned with their labels;
* the serial: ``编号`` with the number at the top right (older editions) or
  ``出生医学证明编号`` with the number and a barcode on a yellow patch at the bottom right
  (seventh edition, 2023);
* the look: paper tint, pre-print colour, border style, a rosette or a wave background or
  a diagonal watermark, fonts (WenQuanYi Zen Hei, AR PL UMing, Micro Hei; Liberation Serif
  or DejaVu Sans for the English).

Long values (an address, an autonomous county's hospital) are set smaller or wrapped
within their cell, as the printing software does.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from desktop_ocr.synthetic import fonts
from desktop_ocr.synthetic.birth_certificate import BirthFacts, draw_facts, fit_lines
from desktop_ocr.synthetic.canvas import RGB, Canvas, guilloche, paper, rosette, seal, union
from desktop_ocr.synthetic.card_common import barcode
from desktop_ocr.synthetic.model import Box, Rendered

WIDTH, HEIGHT = 1160, 1640
MARGIN = 58


@dataclass
class _Look:
    label_zh: ImageFont.FreeTypeFont
    label_en: ImageFont.FreeTypeFont | None  # None: Chinese-only labels
    english: str  # "none", "below" or "right"
    value: ImageFont.FreeTypeFont
    ink_label: RGB
    ink_value: RGB
    offset: tuple[int, int]
    jitter: int
    slope: float  # paper-feed skew of the printed values, pixels of dy per pixel of x


class _Page:
    """The canvas plus the label/value bookkeeping of one certificate."""

    def __init__(self, canvas: Canvas, look: _Look, rng: random.Random) -> None:
        self.c = canvas
        self.look = look
        self.rng = rng
        self.labels: dict[str, Box] = {}
        self.values: dict[str, Box] = {}

    def label(self, x: float, y_mid: float, zh: str, en: str, keys: tuple[str, ...] = ()
              ) -> float:
        """A printed label centred on ``y_mid``; returns its right edge."""
        lk = self.look
        if lk.english == "below" and lk.label_en is not None and en:
            b1 = self.c.text((x, y_mid - 2), zh, lk.label_zh, lk.ink_label, "ls")
            b2 = self.c.text((x, y_mid + lk.label_en.size + 1), en, lk.label_en, lk.ink_label,
                             "ls")
            box = union(b1, b2)
        elif lk.english == "right" and lk.label_en is not None and en:
            b1 = self.c.text((x, y_mid + lk.label_zh.size * 0.4), zh, lk.label_zh,
                             lk.ink_label, "ls")
            b2 = self.c.text((b1[2] + 6, y_mid + lk.label_zh.size * 0.4), en, lk.label_en,
                             lk.ink_label, "ls")
            box = union(b1, b2)
        else:
            box = self.c.text((x, y_mid + lk.label_zh.size * 0.4), zh, lk.label_zh,
                              lk.ink_label, "ls")
        for key in keys:
            self.labels[key] = box
        return float(box[2])

    def value(self, x: float, y_mid: float, text: str, key: str | None,
              font: ImageFont.FreeTypeFont | None = None) -> Box:
        """Printer-set text: page offset, jitter and feed slope, never aligned exactly."""
        lk = self.look
        font = font or lk.value
        dx = lk.offset[0] + self.rng.randint(-lk.jitter, lk.jitter)
        dy = lk.offset[1] + self.rng.randint(-lk.jitter, lk.jitter) + lk.slope * (x - WIDTH / 2)
        box = self.c.fill((x + dx, y_mid + font.size * 0.38 + dy), text, font, lk.ink_value,
                          "ls")
        if key:
            self.values[key] = box
        return box

    def fitted_value(self, rect: Box, x: float, text: str, key: str) -> None:
        """A value that may be long: smaller type, then wrapped, inside ``rect``."""
        x1, top, bottom = rect[2], rect[1], rect[3]
        budget = x1 - x - 10 - max(0, self.look.offset[0]) - self.look.jitter
        base = self.look.value
        font, lines = fit_lines(text, budget, bottom - top - 10,
                                (base, base.font_variant(size=base.size - 3),
                                 base.font_variant(size=base.size - 6)))
        mid = (top + bottom) / 2
        step = font.size + 5
        first = mid - step * (len(lines) - 1) / 2
        boxes = [self.value(x, first + i * step, line, None, font)
                 for i, line in enumerate(lines)]
        self.values[key] = union(*boxes)

    def frame(self, rect: Box, width: int = 1) -> None:
        self.c.draw.rectangle(rect, outline=self.look.ink_label, width=width)

    def underline(self, x0: float, x1: float, y: float) -> None:
        self.c.draw.line((x0, y, x1, y), fill=self.look.ink_label, width=1)


def _birth_time(f: BirthFacts, padded: bool) -> str:
    b = f.born
    if padded:
        return f"{b.year}年{b.month:02d}月{b.day:02d}日{f.hour:02d}时{f.minute:02d}分"
    return f"{b.year}年{b.month}月{b.day}日{f.hour}时{f.minute}分"


def _issue_date(day: dt.date, padded: bool) -> str:
    return f"{day.year}年{day.month:02d}月{day.day:02d}日" if padded else (
        f"{day.year}年{day.month}月{day.day}日")


def render(rng: random.Random, blank: bool = False) -> Rendered:
    f = draw_facts(rng)

    # ---- the look ----------------------------------------------------------------------
    paper_rgb, ink_label, pattern_rgb = rng.choice((
        ((250, 246, 232), (120, 72, 40), (225, 190, 140)),   # ivory, brown print
        ((240, 245, 250), (40, 62, 120), (170, 190, 230)),   # pale blue, navy print
        ((251, 240, 240), (165, 48, 52), (240, 175, 175)),   # pale pink, red print
        ((244, 248, 236), (52, 100, 60), (180, 215, 170)),   # pale green, green print
    ))
    english = rng.choice(("none", "below", "right"))
    cjk = fonts.available(fonts.CJK_ANY)
    zen = fonts.available(("zenhei", "uming"))
    label_face = rng.choice(zen)
    value_face = rng.choice(cjk)
    latin = rng.choice(fonts.available(fonts.LATIN_SERIF + fonts.LATIN_ITALIC
                                       + fonts.LATIN_SANS))
    label_size = rng.randint(20, 24)
    look = _Look(
        label_zh=label_face.at(label_size),
        label_en=None if english == "none" else latin.at(
            rng.randint(11, 15) if english == "below" else rng.randint(14, 17)),
        english=english,
        value=value_face.at(rng.randint(22, 28)),
        ink_label=ink_label,
        ink_value=rng.choice(((15, 15, 15), (30, 30, 60), (45, 40, 40))),
        offset=(rng.randint(-6, 18), rng.randint(-10, 10)),  # never back over the label
        jitter=5,
        slope=rng.uniform(-0.008, 0.008),
    )
    ruled = rng.random() < 0.6
    baby_order = rng.choice(("time_first", "measures_first"))
    hospital_first = rng.random() < 0.4
    mother_first = rng.random() < 0.6
    id_kind_row = rng.random() < 0.35
    serial_style = rng.choice(("top_bianhao", "bottom_barcode"))
    border = rng.choice(("double", "thick", "corners"))
    background = rng.choice(("rosette", "waves", "watermark"))
    padded_time = rng.random() < 0.3
    place_spaced = rng.random() < 0.25
    layout = "-".join(("alt", "ruled" if ruled else "blanks", baby_order,
                       "hospital_first" if hospital_first else "hospital_last",
                       "mother_first" if mother_first else "father_first",
                       f"en_{english}", serial_style, border, background,
                       f"labels_{label_face.name}", f"values_{value_face.name}"))

    image = paper((WIDTH, HEIGHT), paper_rgb, rng, grain=2.5)
    if background == "rosette":
        rosette(image, (WIDTH // 2, HEIGHT // 2), 470, pattern_rgb, rng, 0.3)
    elif background == "waves":
        guilloche(image, (MARGIN, MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN), pattern_rgb, rng,
                  0.16, density=0.6)
    else:
        _watermark(image, "出生医学证明", label_face.at(44), pattern_rgb)
    canvas = Canvas(image, blank=blank)
    page = _Page(canvas, look, rng)
    _border(canvas, border, ink_label)

    # ---- title and serial -----------------------------------------------------------------
    title_font = label_face.at(rng.randint(56, 66))
    title = "出 生 医 学 证 明" if rng.random() < 0.5 else "出生医学证明"
    tb = canvas.text((WIDTH / 2, MARGIN + 96), title, title_font, ink_label, "ms")
    if english != "none" or rng.random() < 0.3:
        canvas.text((WIDTH / 2, tb[3] + 34), "BIRTH CERTIFICATE" if rng.random() < 0.5
                    else "Birth Certificate", latin.at(24), ink_label, "ms")
    serial_font = rng.choice(fonts.available(fonts.LATIN_SERIF_BOLD + fonts.LATIN_MONO)).at(
        rng.randint(24, 30))
    red = (185, 28, 30)
    if serial_style == "top_bianhao":
        y_mid = MARGIN + 178
        vx = WIDTH - MARGIN - 250
        right = page.label(vx - 80 if english != "right" else vx - 170, y_mid, "编号", "No.",
                           ("code",))
        page.values["code"] = canvas.fill((max(vx, right + 12), y_mid + 10), f.code,
                                          serial_font, red, "ls", preprinted=True)
    y = MARGIN + 220

    x0, x1 = MARGIN + 20, WIDTH - MARGIN - 20

    # ---- the newborn ---------------------------------------------------------------------
    row_h = 64
    weight = f"{f.grams} 克" if rng.random() < 0.6 else f"{f.grams}克"
    length = f"{f.length}厘米" if rng.random() < 0.6 else f"{f.length} 厘米"
    weeks = f"{f.weeks}周" if rng.random() < 0.6 else f"{f.weeks} 周"
    place_text = (" " if place_spaced else "").join(f.place.names)
    health = rng.choice(("良好", "良好", "良好", "一般"))
    time_row = [(1.0, "出生时间", "Date of Birth", "babyBirthday", _birth_time(f, padded_time))]
    place_row = [(1.0, "出生地点", "Place of Birth", "birthProvince", place_text)]
    measures = [(0.34, "出生孕周", "Gestational Age", "gestationalAge", weeks),
                (0.33, "出生体重", "Weight", "birthWeight", weight),
                (0.33, "出生身长", "Length", "birthLength", length)]
    rows = [[(0.6, "新生儿姓名", "Name", "babyName", f.baby),
             (0.4, "性别", "Sex", "babySex", f.truth["babySex"])]]
    if baby_order == "time_first":
        rows += [time_row, place_row, measures]
    else:
        rows += [measures, time_row, place_row]
    rows.append([(0.5, "健康状况", "Health", None, health),
                 (0.5, "出生地分类", "Type of Place", None, rng.choice(("医院", "医院",
                                                                     "妇幼保健院")))])

    def put_rows(spec_rows: list[list[tuple[float, str, str, str | None, str]]]) -> None:
        nonlocal y
        for spec in spec_rows:
            x = float(x0)
            for frac, zh, en, key, text in spec:
                w = (x1 - x0) * frac
                rect = (int(x), y, int(x + w), y + row_h)
                if ruled:
                    page.frame(rect)
                keys = ((key,) if key != "birthProvince"
                        else ("birthProvince", "birthCity", "birthCounty")) if key else ()
                right = page.label(x + 10, y + row_h / 2, zh, en, keys)
                vx = right + rng.randint(14, 30)
                if not ruled:
                    page.underline(vx - 6, rect[2] - 14, y + row_h - 12)
                if key == "birthProvince":
                    _place_boxes(page, vx, y + row_h / 2, text, f)
                elif key in ("hospital",):
                    page.fitted_value(rect, vx, text, key)
                else:
                    page.value(vx, y + row_h / 2, text, key)
                x += w
            y += row_h

    hospital_row = [[(1.0, "医疗机构名称", "Medical Institution", "hospital", f.hospital)]]
    put_rows(rows)
    y += 24
    if hospital_first:
        put_rows(hospital_row)
        y += 24

    # ---- the parents' table -----------------------------------------------------------------
    y = _parents_table(page, (x0, y, x1), f, mother_first, id_kind_row, rng)
    y += 24
    if not hospital_first:
        put_rows(hospital_row)

    # ---- foot ------------------------------------------------------------------------------
    foot = max(y + 60, HEIGHT - MARGIN - 260)
    right = page.label(x0 + 20, foot, "签发日期", "Date of Issue")
    page.value(right + 20, foot, _issue_date(f.issued, rng.random() < 0.4), None)
    page.label(x0 + 20, foot + 70, "签发机构（盖章）", "Issuing Authority (Seal)")
    seal_x = (x0 + 470 if serial_style == "bottom_barcode" else x0 + 640) + rng.randint(-40, 40)
    seal(canvas.personal(), (seal_x, foot + 40), 88, label_face.at(15), "出生医学证明专用章")
    if serial_style == "bottom_barcode":
        _serial_bottom(page, f.code, serial_font, rng)
    return Rendered(canvas.image, f.truth, page.labels, page.values, layout)


def _place_boxes(page: _Page, x: float, y_mid: float, text: str, f: BirthFacts) -> None:
    """The place of birth in one run; each level's box from its prefix width."""
    box = page.value(x, y_mid, text, None)
    font = page.look.value
    keys = {"birthProvince": f.place.province, "birthCity": f.place.city,
            "birthCounty": f.place.county}
    for key, name in keys.items():
        if not name:
            continue
        start = text.index(name)
        left = box[0] + font.getlength(text[:start])
        right = box[0] + font.getlength(text[:start + len(name)])
        page.values[key] = (int(left), box[1], int(right) + 1, box[3])


def _parents_table(page: _Page, span: tuple[int, int, int], f: BirthFacts, mother_first: bool,
                   id_kind_row: bool, rng: random.Random) -> int:
    """Parents as columns, items as rows; returns the y under the table."""
    x0, y, x1 = span
    id_label = "有效身份证件号码" if rng.random() < 0.6 else "身份证件号码"
    head_w = int(page.look.label_zh.getlength(id_label)) + 24
    if page.look.english == "right" and page.look.label_en is not None:
        head_w += int(page.look.label_en.getlength("ID No.")) + 8
    col_w = (x1 - x0 - head_w) / 2
    people = [("mother", "母亲", "Mother", f.mother), ("father", "父亲", "Father", f.father)]
    if not mother_first:
        people.reverse()
    head_h = 54
    page.frame((x0, y, x1, y + head_h), width=2)
    for i, (_, zh, en, _p) in enumerate(people):
        cx0 = x0 + head_w + i * col_w
        page.frame((int(cx0), y, int(cx0 + col_w), y + head_h))
        page.label(cx0 + col_w / 2 - 40, y + head_h / 2, zh, en)
    y += head_h
    items: list[tuple[str, str, str | None, int]] = [
        ("姓名", "Name", "Name", 60), ("年龄", "Age", "Age", 56),
        ("国籍", "Nationality", "Nationality", 56), ("民族", "Ethnic Group", "Ethnic", 56),
        ("住址", "Address", "Address", 92)]
    if id_kind_row:
        items.append(("证件类别", "ID Type", None, 56))
    items.append((id_label, "ID No.", "ID", 60))
    for zh, en, suffix, h in items:
        page.frame((x0, y, x0 + head_w, y + h))
        keys = tuple(f"{who}{suffix}" for who, *_ in people) if suffix else ()
        page.label(x0 + 10, y + h / 2, zh, en, keys)
        for i, (who, _zh, _en, p) in enumerate(people):
            cx0 = x0 + head_w + i * col_w
            rect = (int(cx0), y, int(cx0 + col_w), y + h)
            page.frame(rect)
            vx = cx0 + rng.randint(12, 24)
            if suffix is None:
                page.value(vx, y + h / 2, "居民身份证", None)
                continue
            text = {"Name": p.name, "Age": str(p.age), "Nationality": p.nationality,
                    "Ethnic": p.ethnic, "Address": p.address, "ID": p.id_number}[suffix]
            if suffix in ("Address", "ID"):
                page.fitted_value(rect, vx, text, f"{who}{suffix}")
            else:
                page.value(vx, y + h / 2, text, f"{who}{suffix}")
        y += h
    return y


def _serial_bottom(page: _Page, code: str, font: ImageFont.FreeTypeFont,
                   rng: random.Random) -> None:
    """Seventh-edition serial: yellow patch at the bottom right, number over a barcode."""
    x1, y1 = WIDTH - MARGIN - 16, HEIGHT - MARGIN - 16
    x0, y0 = x1 - 400, y1 - 150
    page.c.draw.rectangle((x0, y0, x1, y1), fill=(250, 226, 120))
    right = page.label(x0 + 14, y0 + 30, "出生医学证明编号", "Certificate No.", ("code",))
    del right
    page.values["code"] = page.c.fill((x0 + 14, y0 + 94), code, font, (185, 28, 30), "ls",
                                      preprinted=True)
    barcode(page.c, (x0 + 14, y0 + 106, x1 - 14, y1 - 10), rng)


def _border(canvas: Canvas, style: str, ink: RGB) -> None:
    d = canvas.draw
    outer = (MARGIN - 16, MARGIN - 16, WIDTH - MARGIN + 16, HEIGHT - MARGIN + 16)
    if style == "double":
        d.rectangle(outer, outline=ink, width=2)
        d.rectangle((outer[0] + 8, outer[1] + 8, outer[2] - 8, outer[3] - 8), outline=ink,
                    width=2)
    elif style == "thick":
        d.rectangle(outer, outline=ink, width=7)
    else:
        d.rectangle(outer, outline=ink, width=1)
        for cx, cy in ((outer[0], outer[1]), (outer[2], outer[1]), (outer[0], outer[3]),
                       (outer[2], outer[3])):
            d.rectangle((cx - 14, cy - 14, cx + 14, cy + 14), outline=ink, width=3)
            d.ellipse((cx - 6, cy - 6, cx + 6, cy + 6), fill=ink)


def _watermark(image: Image.Image, text: str, font: ImageFont.FreeTypeFont, colour: RGB) -> None:
    """Faint diagonal repeats of the title, as some security papers carry."""
    layer = Image.new("L", image.size, 0)
    d = ImageDraw.Draw(layer)
    for row, y in enumerate(range(-200, image.size[1] + 200, 170)):
        for x in range(-200 + (row % 2) * 150, image.size[0] + 200, 330):
            d.text((x, y), text, font=font, fill=70)
    layer = layer.rotate(30, fillcolor=0)
    tint = Image.new("RGB", image.size, colour)
    image.paste(Image.composite(tint, image, layer), (0, 0))
