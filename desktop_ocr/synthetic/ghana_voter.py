"""Renderer of the Ghana voter ID card (Electoral Commission of Ghana, 2020 design).

Header "ELECTORAL COMMISSION OF GHANA" and "VOTER ID CARD", the portrait on the left, the
ten-digit voter ID number printed large, and the fields Surname, Other Names, Sex, Date of
Birth (not on every card), Age, Date of Registration and Polling Station Code.  Layout
variants: labels above their values or on the same line to the left; the ID number under
the portrait or at the top right; registration date written 2020/06/30 or 30/06/2020.
"""

from __future__ import annotations

import datetime as dt
import random

from desktop_ocr.synthetic import fonts, names_gh
from desktop_ocr.synthetic.canvas import Canvas, photo_placeholder
from desktop_ocr.synthetic.card_common import (
    CARD_W,
    barcode,
    card_stock,
    coat_of_arms,
    date_s,
    dmy,
    field,
    random_date,
    signature,
)
from desktop_ocr.synthetic.model import Box, Rendered
from desktop_ocr.synthetic.names_cn import age_on


def render(rng: random.Random, blank: bool = False) -> Rendered:
    male = rng.random() < 0.5
    surname = names_gh.surname(rng)
    others = names_gh.given_names(rng, male, rng.choice((1, 2, 2, 3)))
    if rng.random() < 0.5:
        registered = random_date(rng, dt.date(2020, 6, 30), dt.date(2020, 8, 6))
    else:
        registered = random_date(rng, dt.date(2020, 9, 1), dt.date(2024, 12, 31))
    birth = random_date(rng, dt.date(1945, 1, 1), registered.replace(year=registered.year - 18))
    age = age_on(birth, registered)
    print_birth = rng.random() < 0.6
    reg_ymd = rng.random() < 0.5
    reg_raw = f"{registered:%Y/%m/%d}" if reg_ymd else dmy(registered)
    voter_id = names_gh.voter_id(rng)
    station = names_gh.polling_station_code(rng)
    sex_words = rng.random() < 0.3
    sex_printed = ("MALE" if male else "FEMALE") if sex_words else ("M" if male else "F")
    truth = {
        "voter_id_number": voter_id,
        "surname": surname,
        "other_names": " ".join(others),
        "age": str(age),
        "gender": "M" if male else "F",
        "birthday": dmy(birth) if print_birth else "",
        "birthday_s": date_s(birth) if print_birth else "",
        "registry_date": reg_raw,
        "registry_date_s": date_s(registered),
        "polling_station_code": station,
    }

    image = card_stock(rng, (rng.randint(236, 248), rng.randint(236, 246), rng.randint(236, 248)),
                       ((170, 170, 215), (215, 190, 140), (150, 200, 170)))
    canvas = Canvas(image, blank=blank)
    sans = fonts.available(fonts.LATIN_SANS)
    bold = fonts.available(fonts.LATIN_SANS_BOLD)
    label_font = rng.choice(sans).at(rng.randint(16, 18))
    value_font = rng.choice(bold).at(rng.randint(24, 27))
    label_ink = rng.choice(((60, 60, 60), (30, 50, 120), (110, 30, 40)))
    value_ink = (15, 15, 15)

    coat_of_arms(canvas, (66, 64), 42)
    canvas.text((CARD_W / 2 + 30, 56), "ELECTORAL COMMISSION OF GHANA",
                rng.choice(bold).at(32), (20, 60, 40), "ms")
    canvas.text((CARD_W / 2 + 30, 96), "VOTER ID CARD", rng.choice(bold).at(28),
                (170, 25, 35), "ms")

    labels: dict[str, Box] = {}
    values: dict[str, Box] = {}
    photo_placeholder(canvas.personal().image, (40, 130, 262, 410), rng)
    canvas.draw.rectangle((40, 130, 262, 410), outline=(90, 90, 90), width=1)

    id_under_photo = rng.random() < 0.6
    id_face = rng.choice(bold)
    id_size = 38
    while id_under_photo and id_face.at(id_size).getlength(voter_id) > 236:
        id_size -= 1  # under the portrait the number must stay within its width
    id_font = id_face.at(id_size)
    if id_under_photo:
        vb = canvas.fill((40, 430), voter_id, id_font, value_ink, "la")
        barcode(canvas.personal(), (300, 560, 620, 600), rng)
    else:
        vb = canvas.fill((CARD_W - 40, 160), voter_id, id_font, value_ink, "rs")
        barcode(canvas.personal(), (40, 440, 262, 480), rng)
    values["voter_id_number"] = vb

    inline = rng.random() < 0.35
    step = 50 if inline else 64
    x, y = 300, 180 if not id_under_photo else 130
    x_mid = 640

    def put(key: str | None, x: float, y: float, label: str, value: str) -> None:
        lbox, vbox = field(canvas, x, y, label, value, label_font, value_font, label_ink,
                           value_ink, inline=inline)
        if key:
            labels[key] = lbox
            if vbox:
                values[key] = vbox

    put("surname", x, y, "Surname", surname)
    y += step
    put("other_names", x, y, "Other Names", " ".join(others))
    y += step
    put("gender", x, y, "Sex", sex_printed)
    put("age", x_mid, y, "Age", str(age))
    y += step
    if print_birth:
        put("birthday", x, y, "Date of Birth", truth["birthday"])
        y += step
    put("registry_date", x, y, "Date of Registration", reg_raw)
    y += step
    put("polling_station_code", x, y, "Polling Station Code", station)
    signature(canvas.personal(), (x_mid + 40, y - 10, x_mid + 300, y + 30), rng)
    for key in ("birthday", "registry_date"):
        if key in labels:
            labels[key + "_s"] = labels[key]
        if key in values:
            values[key + "_s"] = values[key]
    layout = "-".join(("inline" if inline else "stacked",
                       "id_under_photo" if id_under_photo else "id_top_right",
                       "dob" if print_birth else "no_dob"))
    return Rendered(image, truth, labels, values, layout)
