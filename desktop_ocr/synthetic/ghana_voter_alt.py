"""Ghana voter ID card, ``alt`` family: the 2012 design and a differently arranged 2020 card.

Why: the ``standard`` voter card is one reading of the 2020 design.  Clerks also meet the
cards of the 2012 biometric register and 2020 cards set differently, so this renderer
draws one of two designs per seed:

* ``2012``: the Ghana flag at the top left with "ELECTORAL COMMISSION OF GHANA" /
  "VOTER ID CARD" beside it; under the flag the polling station code, then the voter ID
  number, a barcode, age, sex, the registration date and the name; the portrait on the
  right on a red backdrop.  Labels are upper case with a colon and the value on the same
  line (``PS CODE: D031801``, ``REG. DATE: 24/04/2012``); no date of birth is printed
  (truth ``birthday`` ""), the age is the age at registration.  Registrations of the 2012
  exercise (24 March – 5 May 2012) and of the later limited registrations up to 2019.
* ``2020b``: flag at the top left, the Commission's emblem at the top right, the portrait
  on a blue backdrop (left or right) with a QR code; in the middle SURNAME, OTHER NAMES,
  SEX, POLLING STATION CODE, VOTER ID NUMBER (labelled), DATE OF BIRTH, AGE, DATE OF
  REGISTRATION — labels upper case, value on the same line after a colon or under the
  label; registration ``2020/06/30`` or ``30/06/2020``.

Sex is printed ``M``/``F``; names upper case; fonts Liberation Sans/Serif and DejaVu Sans.
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import ImageFont

from desktop_ocr.synthetic import fonts, names_gh
from desktop_ocr.synthetic.canvas import RGB, Canvas, photo_placeholder, qr_like
from desktop_ocr.synthetic.card_common import (
    CARD_H,
    CARD_W,
    barcode,
    card_stock,
    coat_of_arms,
    date_s,
    dmy,
    flag,
    random_date,
    signature,
)
from desktop_ocr.synthetic.model import Box, Rendered
from desktop_ocr.synthetic.names_cn import age_on


def _facts(rng: random.Random, design: str) -> tuple[dict[str, str], dt.date]:
    male = rng.random() < 0.5
    surname = names_gh.surname(rng)
    others = names_gh.given_names(rng, male, rng.choice((1, 2, 2, 3)))
    if design == "2012":
        if rng.random() < 0.7:
            registered = random_date(rng, dt.date(2012, 3, 24), dt.date(2012, 5, 5))
        else:
            registered = random_date(rng, dt.date(2013, 1, 1), dt.date(2019, 12, 31))
        reg_raw = dmy(registered)
        print_birth = False
    else:
        registered = random_date(rng, dt.date(2020, 6, 30), dt.date(2024, 12, 31))
        reg_raw = f"{registered:%Y/%m/%d}" if rng.random() < 0.5 else dmy(registered)
        print_birth = rng.random() < 0.8
    birth = random_date(rng, dt.date(1940, 1, 1), registered.replace(year=registered.year - 18))
    truth = {
        "voter_id_number": names_gh.voter_id(rng),
        "surname": surname,
        "other_names": " ".join(others),
        "age": str(age_on(birth, registered)),
        "gender": "M" if male else "F",
        "birthday": dmy(birth) if print_birth else "",
        "birthday_s": date_s(birth) if print_birth else "",
        "registry_date": reg_raw,
        "registry_date_s": date_s(registered),
        "polling_station_code": names_gh.polling_station_code(rng),
    }
    return truth, registered


class _Writer:
    def __init__(self, canvas: Canvas, label_font: ImageFont.FreeTypeFont,
                 value_font: ImageFont.FreeTypeFont, label_ink: RGB, inline: bool) -> None:
        self.c = canvas
        self.label_font = label_font
        self.value_font = value_font
        self.label_ink = label_ink
        self.inline = inline
        self.labels: dict[str, Box] = {}
        self.values: dict[str, Box] = {}

    def put(self, key: str | None, x: float, y: float, label: str, value: str,
            value_font: ImageFont.FreeTypeFont | None = None) -> float:
        """``LABEL: value`` on one line, or the value under the label; returns the next y."""
        font = value_font or self.value_font
        if self.inline:
            baseline = y + font.size
            lbox = self.c.text((x, baseline), f"{label}:", self.label_font, self.label_ink,
                               "ls")
            vbox = self.c.fill((lbox[2] + 10, baseline), value, font, (12, 12, 12), "ls")
            nxt = baseline + 14
        else:
            lbox = self.c.text((x, y), label, self.label_font, self.label_ink, "la")
            vbox = self.c.fill((x, lbox[3] + 4), value, font, (12, 12, 12), "la")
            nxt = vbox[3] + 12
        if key:
            self.labels[key] = lbox
            self.values[key] = vbox
        return float(nxt)


def render(rng: random.Random, blank: bool = False) -> Rendered:
    design = "2012" if rng.random() < 0.5 else "2020b"
    truth, _registered = _facts(rng, design)
    sans = fonts.available(fonts.LATIN_SANS + fonts.LATIN_SERIF)
    bold = fonts.available(fonts.LATIN_SANS_BOLD + fonts.LATIN_SERIF_BOLD)
    label_face = rng.choice(sans)
    value_face = rng.choice(bold)
    label_ink = rng.choice(((50, 50, 50), (20, 40, 110), (120, 25, 35)))
    image = card_stock(rng, (rng.randint(238, 250), rng.randint(236, 248), rng.randint(226, 246)),
                       ((200, 160, 160), (160, 190, 220), (210, 200, 140)))
    canvas = Canvas(image, blank=blank)
    head = rng.choice(bold)
    flag(canvas, (36, 28, 126, 88))
    if design == "2012":
        layout, labels, values = _draw_2012(canvas, rng, truth, label_face, value_face,
                                            label_ink, head)
    else:
        layout, labels, values = _draw_2020b(canvas, rng, truth, label_face, value_face,
                                             label_ink, head)
    for key in ("birthday", "registry_date"):
        if key in labels:
            labels[key + "_s"] = labels[key]
        if key in values:
            values[key + "_s"] = values[key]
    layout = "-".join(("alt", design, layout, f"labels_{label_face.name}",
                       f"values_{value_face.name}"))
    return Rendered(image, truth, labels, values, layout)


def _draw_2012(canvas: Canvas, rng: random.Random, t: dict[str, str], label_face: object,
               value_face: object, label_ink: RGB, head: object
               ) -> tuple[str, dict[str, Box], dict[str, Box]]:
    assert isinstance(head, fonts.FontFace) and isinstance(label_face, fonts.FontFace)
    assert isinstance(value_face, fonts.FontFace)
    canvas.text((150, 52), "ELECTORAL COMMISSION OF GHANA", head.at(rng.randint(28, 32)),
                (20, 20, 20), "ls")
    canvas.text((150, 90), "VOTER ID CARD" if rng.random() < 0.6 else "VOTER'S IDENTITY CARD",
                head.at(rng.randint(22, 26)), (170, 25, 35), "ls")
    pw, ph = 230, 290
    px0, py0 = CARD_W - 40 - pw, 120
    photo_placeholder(canvas.personal().image, (px0, py0, px0 + pw, py0 + ph), rng,
                      background=(rng.randint(170, 200), 35, 40))
    canvas.draw.rectangle((px0, py0, px0 + pw, py0 + ph), outline=(70, 70, 70), width=1)
    w = _Writer(canvas, label_face.at(rng.randint(17, 19)), value_face.at(rng.randint(24, 27)),
                label_ink, inline=True)
    x, y = 40.0, 112.0
    ps_label = rng.choice(("PS CODE", "POLLING STATION CODE", "P/S CODE"))
    y = w.put("polling_station_code", x, y, ps_label, t["polling_station_code"])
    id_labelled = rng.random() < 0.5
    id_font = value_face.at(rng.randint(34, 40))
    if id_labelled:
        y = w.put("voter_id_number", x, y, rng.choice(("VOTER ID", "VOTER ID NO.")),
                  t["voter_id_number"], id_font)
    else:
        w.values["voter_id_number"] = canvas.fill((x, y + id_font.size), t["voter_id_number"],
                                                  id_font, (12, 12, 12), "ls")
        y += id_font.size + 14
    barcode(canvas.personal(), (int(x), int(y), int(x) + 330, int(y) + 40), rng)
    y += 52
    if rng.random() < 0.5:  # AGE and SEX on one line, or one under the other
        w.put("age", x, y, "AGE", t["age"])
        y = w.put("gender", x + 200, y, "SEX", t["gender"])
    else:
        y = w.put("age", x, y, "AGE", t["age"])
        y = w.put("gender", x, y, "SEX", t["gender"])
    y = w.put("registry_date", x, y, rng.choice(("REG. DATE", "DATE OF REGISTRATION")),
              t["registry_date"])
    name_font = value_face.at(rng.randint(22, 25))
    y = w.put("surname", x, y, "SURNAME", t["surname"], name_font)
    w.put("other_names", x, y, "OTHER NAMES", t["other_names"], name_font)
    signature(canvas.personal(), (px0 + 10, py0 + ph + 30, px0 + pw - 10, py0 + ph + 70), rng)
    return ("id_labelled" if id_labelled else "id_bare"), w.labels, w.values


def _draw_2020b(canvas: Canvas, rng: random.Random, t: dict[str, str], label_face: object,
                value_face: object, label_ink: RGB, head: object
                ) -> tuple[str, dict[str, Box], dict[str, Box]]:
    assert isinstance(head, fonts.FontFace) and isinstance(label_face, fonts.FontFace)
    assert isinstance(value_face, fonts.FontFace)
    coat_of_arms(canvas, (CARD_W - 76, 60), 38)
    canvas.text((CARD_W / 2, 54), "ELECTORAL COMMISSION OF GHANA",
                head.at(rng.randint(27, 31)), (20, 70, 40), "ms")
    canvas.text((CARD_W / 2, 90), "VOTER ID CARD", head.at(rng.randint(24, 28)),
                (20, 40, 120), "ms")
    photo_right = rng.random() < 0.5
    pw, ph = 210, 262
    px0 = CARD_W - 36 - pw if photo_right else 36
    py0 = 118
    photo_placeholder(canvas.personal().image, (px0, py0, px0 + pw, py0 + ph), rng,
                      background=(40, 90, rng.randint(170, 210)))
    canvas.draw.rectangle((px0, py0, px0 + pw, py0 + ph), outline=(70, 70, 70), width=1)
    qr_like(canvas.personal(), (px0 + 40, py0 + ph + 20, px0 + 170, py0 + ph + 150), rng)
    inline = rng.random() < 0.5
    w = _Writer(canvas, label_face.at(rng.randint(15, 17)), value_face.at(rng.randint(22, 25)),
                label_ink, inline=inline)
    x = 40.0 if photo_right else float(px0 + pw + 30)
    x_right = x + 330
    y = 116.0
    y = w.put("surname", x, y, "SURNAME", t["surname"])
    y = w.put("other_names", x, y, "OTHER NAMES", t["other_names"])
    w.put("gender", x, y, "SEX", t["gender"])
    y = w.put("age", x_right - 120, y, "AGE", t["age"])
    y = w.put("polling_station_code", x, y, "POLLING STATION CODE", t["polling_station_code"])
    y = w.put("voter_id_number", x, y, "VOTER ID NUMBER", t["voter_id_number"],
              value_face.at(rng.randint(28, 32)))
    if t["birthday"]:
        w.put("birthday", x, y, "DATE OF BIRTH", t["birthday"])
        if not inline:
            y = w.put("registry_date", x_right - 60, y, "DATE OF REGISTRATION",
                      t["registry_date"])
        else:
            y = w.put("registry_date", x, y + (w.value_font.size + 14), "DATE OF REGISTRATION",
                      t["registry_date"])
    else:
        y = w.put("registry_date", x, y, "DATE OF REGISTRATION", t["registry_date"])
    signature(canvas.personal(), (int(x), int(min(y, CARD_H - 60)), int(x) + 200,
                       int(min(y, CARD_H - 60)) + 30), rng)
    return ("photo_right" if photo_right else "photo_left") + (
        "-inline" if inline else "-stacked"), w.labels, w.values
