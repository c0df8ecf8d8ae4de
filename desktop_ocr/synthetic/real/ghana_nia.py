"""Ghana Card, "REPUBLIC OF GHANA / National Identity Card" design (NIA): design 2 of issue 10.

Drawn from the issue's description (we hold no image of it, so the arrangement varies per
seed: portrait left or right, header order).  Labels in English only, each **above** its
value: ``Surname``, ``First Name``, ``Middle Name`` or ``Middle Name(s)``, ``Previous or
Maiden Name`` (the value may be two words), ``Sex`` and ``Date of Birth`` on one row,
``Height (m)`` and ``Personal ID Number`` on one row (the label sometimes cut short by its
column: ``Personal ID Numbe``), then ``Date of Expiry:`` with its value **to the right on
the same line**; an unlabelled document number (two letters, seven digits: ``AC9139819``)
at the bottom left, a 6-digit number under the portrait (not a field), chip, guilloché and
a ghost portrait.  Dates ``MM/DD/YYYY``; height ``1.85``.

Truth: ``first_name`` and ``middle_name`` from their own rows; no nationality, place or
date of issue is printed, so those fields are "".
"""

from __future__ import annotations

import datetime as dt
import random

from desktop_ocr.synthetic import fonts, names_gh
from desktop_ocr.synthetic.canvas import Canvas, photo_placeholder
from desktop_ocr.synthetic.card_common import (
    CARD_H,
    CARD_W,
    card_stock,
    coat_of_arms,
    date_s,
    flag,
    random_date,
    years_after,
)
from desktop_ocr.synthetic.model import Rendered
from desktop_ocr.synthetic.real.card_parts import (
    CardWriter,
    chip,
    emblem_watermark,
    ghost,
    mdy,
    six_digits,
)
from desktop_ocr.synthetic.real.plan import Plan


def facts(rng: random.Random) -> dict[str, str]:
    male = rng.random() < 0.5
    names = names_gh.given_names(rng, male, 2)
    middle = names[1] if rng.random() < 0.6 else ""
    previous = ""
    if rng.random() < 0.35:
        previous = names_gh.surname(rng) + (
            f" {names_gh.surname(rng)}" if rng.random() < 0.4 else "")
    birth = random_date(rng, dt.date(1950, 1, 1), dt.date(2006, 12, 31))
    issued = random_date(rng, dt.date(2019, 1, 1), dt.date(2025, 3, 31))
    expiry = years_after(issued, 10) - dt.timedelta(days=1)
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return {
        "id_number": names_gh.ghana_pin(rng),
        "document_number": f"A{rng.choice(letters)}{rng.randint(0, 9_999_999):07d}",
        "surname": names_gh.surname(rng), "first_name": names[0], "middle_name": middle,
        "previous_name": previous, "birthday": mdy(birth), "birthday_s": date_s(birth),
        "gender": "M" if male else "F", "height": f"{rng.randint(150, 198) / 100:.2f}",
        "expiry_date": mdy(expiry), "expiry_date_s": date_s(expiry),
    }


def render(rng: random.Random, plan: Plan, blank: bool) -> Rendered:
    del plan  # one variant: the arrangement is drawn from the stream
    t = facts(rng)
    base = (rng.randint(232, 246), rng.randint(232, 244), rng.randint(214, 232))
    image = card_stock(rng, base, ((220, 190, 120), (160, 200, 160), (200, 160, 150)))
    photo_right = rng.random() < 0.5
    fields_x = 60 if photo_right else 330
    emblem_watermark(image, (fields_x + 250, 340), 170, (170, 150, 110), 0.15)
    canvas = Canvas(image, blank=blank)
    bold = fonts.available(fonts.LATIN_SANS_BOLD)
    sans = fonts.available(fonts.LATIN_SANS)
    head = rng.choice(bold)
    label_font = rng.choice(sans).at(rng.randint(15, 16))
    value_font = rng.choice(bold).at(rng.randint(22, 24))
    label_ink = rng.choice(((60, 60, 70), (40, 60, 90)))

    coat_of_arms(canvas, (72, 66), 42)
    flag(canvas, (CARD_W - 130, 28, CARD_W - 44, 84))
    republic_first = rng.random() < 0.7
    top, second = (("REPUBLIC OF GHANA", "National Identity Card") if republic_first
                   else ("National Identity Card", "REPUBLIC OF GHANA"))
    canvas.text((CARD_W / 2, 60), top, head.at(34), (20, 30, 60), "ms")
    canvas.text((CARD_W / 2, 96), second, head.at(24), (150, 30, 40), "ms")

    pw, ph = 250, 300
    px0 = CARD_W - 50 - pw if photo_right else 50
    portrait = (px0, 130, px0 + pw, 130 + ph)
    photo_placeholder(canvas.personal().image, portrait, rng,
                      background=(rng.randint(200, 230),) * 3)
    canvas.fill(((portrait[0] + portrait[2]) / 2, portrait[3] + 34), six_digits(rng),
                head.at(24), (15, 15, 15), "ms", preprinted=True)
    if photo_right:
        chip(canvas, (fields_x + 420, 300, fields_x + 530, 380))
        ghost(canvas.personal().image, portrait, (fields_x + 440, 140, fields_x + 510, 228),
              base)
    else:
        chip(canvas, (CARD_W - 170, 120, CARD_W - 60, 200))
        ghost(canvas.personal().image, portrait, (CARD_W - 150, 420, CARD_W - 80, 508), base)

    w = CardWriter(canvas, label_font, value_font, label_ink)
    x = fields_x
    y = 130.0
    step = 4.0
    y = w.above("surname", x, y, "Surname", t["surname"]) + step
    y = w.above("first_name", x, y, "First Name", t["first_name"]) + step
    y = w.above("middle_name", x, y, rng.choice(("Middle Name", "Middle Name(s)")),
                t["middle_name"]) + step
    y = w.above("previous_name", x, y, "Previous or Maiden Name", t["previous_name"]) + step
    w.above("gender", x, y, "Sex", t["gender"])
    y = w.above("birthday,birthday_s", x + 110, y, "Date of Birth", t["birthday"]) + step
    w.above("height", x, y, "Height (m)", t["height"])
    cut = rng.random() < 0.5
    y = w.above("id_number", x + 110, y, "Personal ID Numbe" if cut else "Personal ID Number",
                t["id_number"]) + step + 6
    w.inline("expiry_date,expiry_date_s", x, y + label_font.size, "Date of Expiry:",
             t["expiry_date"], value_font.font_variant(size=value_font.size - 2))
    doc_x = 50 if photo_right else 60
    w.values["document_number"] = canvas.fill((doc_x, CARD_H - 30), t["document_number"],
                                              head.at(24), (20, 20, 20), "ls")
    layout = "-".join(("nia:card", "photo_right" if photo_right else "photo_left",
                       "pin_label_cut" if cut else "pin_label_full"))
    return Rendered(canvas.image, {} if blank else t, w.labels, w.values, layout,
                    list(canvas.form_boxes),
                    fill_boxes=list(canvas.fill_boxes))
