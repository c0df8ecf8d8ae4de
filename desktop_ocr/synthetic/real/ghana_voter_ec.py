"""Ghana voter ID card of the Electoral Commission: design 3 of issue 10.

Drawn from the issue's description; we hold no specimen, so the positions vary per seed
(an engine must read this card by its labels and value shapes): ``ELECTORAL COMMISSION OF
GHANA`` and ``VOTER ID CARD`` in either order, the portrait left or right, labels above
their values or ``Label: value`` on one line, the order of the fields in one of several
arrangements, the voter ID number labelled among the fields or large and unlabelled under
the portrait, and a barcode.  Fields: ``Surname``, ``Other Names``, ``Sex``, ``Date of
Birth`` — or ``Age`` on older cards (plan ``age_only``) —, ``Date of Registration``,
``Polling Station Code`` (a letter, six digits, optionally one or two letters) and the
10-digit ``Voter ID Number``.

Truth: the field a card does not print (``age`` or ``birthday``) is ""; ``gender`` is
``M``/``F`` whether ``MALE`` or ``M`` is printed; dates as printed, ``_s`` dd-mm-yyyy.
"""

from __future__ import annotations

import datetime as dt
import random

from desktop_ocr.synthetic import fonts, names_gh
from desktop_ocr.synthetic.canvas import Canvas, photo_placeholder
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
)
from desktop_ocr.synthetic.model import Rendered
from desktop_ocr.synthetic.names_cn import age_on
from desktop_ocr.synthetic.real.card_parts import CardWriter
from desktop_ocr.synthetic.real.plan import Plan


def polling_station(rng: random.Random) -> str:
    """A letter, six digits, and none, one or two letters (``C123456``, ``C123456AB``)."""
    code = rng.choice("ABCDEFGHJKLMNPRS") + f"{rng.randint(0, 999_999):06d}"
    tail = rng.random()
    if tail < 0.25:
        code += rng.choice("ABCDE")
    elif tail < 0.4:
        code += rng.choice("ABCDE") + rng.choice("ABCDE")
    return code


def facts(rng: random.Random, age_only: bool) -> tuple[dict[str, str], dict[str, str]]:
    """(truth, printed text by key)."""
    male = rng.random() < 0.5
    if age_only:  # older cards: the 2012 register and the limited registrations after it
        registered = random_date(rng, dt.date(2012, 3, 24), dt.date(2019, 12, 31))
    else:
        registered = random_date(rng, dt.date(2020, 6, 30), dt.date(2024, 12, 31))
    birth = random_date(rng, dt.date(1940, 1, 1), registered.replace(year=registered.year - 18))
    reg = f"{registered:%Y/%m/%d}" if rng.random() < 0.4 else dmy(registered)
    truth = {
        "voter_id_number": f"{rng.randint(10**9, 10**10 - 1)}",
        "surname": names_gh.surname(rng),
        "other_names": " ".join(names_gh.given_names(rng, male, rng.choice((1, 2, 2, 3)))),
        "age": str(age_on(birth, registered)) if age_only else "",
        "gender": "M" if male else "F",
        "birthday": "" if age_only else dmy(birth),
        "birthday_s": "" if age_only else date_s(birth),
        "registry_date": reg, "registry_date_s": date_s(registered),
        "polling_station_code": polling_station(rng),
    }
    printed = dict(truth)
    if rng.random() < 0.3:
        printed["gender"] = "MALE" if male else "FEMALE"
    return truth, printed


def render(rng: random.Random, plan: Plan, blank: bool) -> Rendered:
    truth, printed = facts(rng, plan.age_only)
    image = card_stock(rng, (rng.randint(236, 248), rng.randint(236, 246), rng.randint(230, 246)),
                       ((170, 180, 215), (215, 195, 140), (160, 205, 175)))
    canvas = Canvas(image, blank=blank)
    bold = fonts.available(fonts.LATIN_SANS_BOLD + fonts.LATIN_SERIF_BOLD)
    sans = fonts.available(fonts.LATIN_SANS + fonts.LATIN_SERIF)
    head = rng.choice(bold)
    label_font = rng.choice(sans).at(rng.randint(15, 17))
    value_font = rng.choice(bold).at(rng.randint(22, 25))
    label_ink = rng.choice(((60, 60, 60), (30, 50, 120), (110, 30, 40)))

    photo_right = rng.random() < 0.5
    inline = rng.random() < 0.4
    id_under_photo = rng.random() < 0.4
    order = rng.choice(("names_first", "code_first", "dates_first"))
    caps = rng.random() < 0.4
    spread = rng.randint(0, 16)  # how airy the card is set

    def lab(text: str) -> str:
        return text.upper() if caps else text

    coat_of_arms(canvas, (64, 62), 40)
    flag(canvas, (CARD_W - 124, 30, CARD_W - 40, 86))
    lines = ["ELECTORAL COMMISSION OF GHANA", "VOTER ID CARD"]
    if rng.random() < 0.3:
        lines.reverse()
    canvas.text((CARD_W / 2, 58), lines[0], head.at(30 if lines[0][0] == "E" else 28),
                (20, 60, 40), "ms")
    canvas.text((CARD_W / 2, 96), lines[1], head.at(26 if lines[1][0] == "V" else 24),
                (170, 25, 35), "ms")

    pw, ph = 220, 275
    px0 = CARD_W - 40 - pw if photo_right else 40
    portrait = (px0, 125, px0 + pw, 125 + ph)
    photo_placeholder(canvas.personal().image, portrait, rng)
    x = 40 if photo_right else px0 + pw + 34
    right_x = x + 300

    w = CardWriter(canvas, label_font, value_font, label_ink)

    def put(keys: str, x: float, y: float, label: str, value: str) -> float:
        if inline:
            w.inline(keys, x, y + value_font.size, f"{lab(label)}:", value)
            return y + value_font.size + 16 + spread
        return w.above(keys, x, y, lab(label), value) + 12 + spread

    voter_id = printed["voter_id_number"]
    blocks = {
        "names": [("surname", "Surname"), ("other_names", "Other Names")],
        "code": [("polling_station_code", "Polling Station Code")]
        + ([] if id_under_photo else [("voter_id_number", "Voter ID Number")]),
        "dates": [("registry_date,registry_date_s", "Date of Registration")],
    }
    sequence = {"names_first": ("names", "personal", "dates", "code"),
                "code_first": ("code", "names", "personal", "dates"),
                "dates_first": ("names", "dates", "personal", "code")}[order]
    y = 128.0
    for block in sequence:
        if block == "personal":  # Sex beside Date of Birth (or Age) on one row
            second = right_x - 150
            if inline:
                sex_end = w.inline("gender", x, y + value_font.size, f"{lab('Sex')}:",
                                   printed["gender"])
                second = max(second, sex_end + 30)
            else:
                put("gender", x, y, "Sex", printed["gender"])
            if plan.age_only:
                y = put("age", second, y, "Age", printed["age"])
            else:
                y = put("birthday,birthday_s", second, y, "Date of Birth", printed["birthday"])
            continue
        for keys, label in blocks[block]:
            y = put(keys, x, y, label, printed[keys.split(",")[0]])
    if id_under_photo:
        font = head.at(34)
        while font.getlength(voter_id) > pw and font.size > 20:
            font = font.font_variant(size=font.size - 1)
        w.values["voter_id_number"] = canvas.fill((px0, portrait[3] + 44), voter_id, font,
                                                  (12, 12, 12), "ls")
        barcode(canvas.personal(), (int(x), int(min(y + 6, CARD_H - 60)), int(x) + 300,
                                    int(min(y + 6, CARD_H - 60)) + 40), rng)
    else:
        barcode(canvas.personal(), (px0, portrait[3] + 22, px0 + pw, portrait[3] + 64), rng)
    assert y < CARD_H - 20, y
    layout = "-".join(("ec:card", "photo_right" if photo_right else "photo_left",
                       "inline" if inline else "above", order,
                       "id_under_photo" if id_under_photo else "id_labelled",
                       "age" if plan.age_only else "dob"))
    return Rendered(canvas.image, {} if blank else truth, w.labels, w.values, layout,
                    list(canvas.form_boxes),
                    fill_boxes=list(canvas.fill_boxes))
