"""Renderer of the Ghana Card (ECOWAS identity card, front side).

The card reads "ECOWAS IDENTITY CARD" and "REPUBLIC OF GHANA" across the top, has the
portrait on the left with the Personal ID Number (``GHA-#########-#``) under it, and on the
right bilingual English/French labels, each *above* its value: Surname/Nom,
Firstnames/Prénoms, Previous Names/Noms Antérieurs, Nationality/Nationalité, Sex/Sexe,
Height/Taille, Date of Birth/Date de Naissance, Document Number/Numéro de Document,
Place of Issuance/Lieu de délivrance, Date of Issuance/Date de délivrance, Date of
Expiry/Date d'expiration.  Names are upper case, dates dd/mm/yyyy, the expiry ten years
after issue less a day.

Truth rule: the card prints one Firstnames field, so ``first_name`` is its whole value
and ``middle_name`` is "" (a design prints a middle name only in a field of its own).
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
    dmy,
    field,
    flag,
    random_date,
    signature,
    years_after,
)
from desktop_ocr.synthetic.model import Box, Rendered


def draw_facts(rng: random.Random) -> tuple[list[str], dict[str, str]]:
    """The card holder: (the given names as printed, the truth).  Shared with the ``alt``
    family so both follow the same truth rules."""
    male = rng.random() < 0.5
    surname = names_gh.surname(rng)
    firsts = names_gh.given_names(rng, male, rng.choice((1, 1, 2, 2, 3)))
    previous = ""
    if not male and rng.random() < 0.2:
        previous = names_gh.surname(rng)
    birth = random_date(rng, dt.date(1950, 1, 1), dt.date(2005, 12, 31))
    issued = random_date(rng, dt.date(2017, 9, 1), dt.date(2024, 12, 31))
    expiry = years_after(issued, 10) - dt.timedelta(days=1)
    height = f"{rng.randint(150, 195) / 100:.2f}"
    pin = names_gh.ghana_pin(rng)
    doc_no = names_gh.document_number(rng)
    place = rng.choice(names_gh.PLACES_OF_ISSUE)
    truth = {
        "id_number": pin,
        "document_number": doc_no,
        "surname": surname,
        "first_name": " ".join(firsts),
        "middle_name": "",
        "previous_name": previous,
        "birthday": dmy(birth),
        "birthday_s": date_s(birth),
        "gender": "M" if male else "F",
        "height": height,
        "issue_date": dmy(issued),
        "issue_date_s": date_s(issued),
        "expiry_date": dmy(expiry),
        "expiry_date_s": date_s(expiry),
        "place_of_issue": place,
        "nationality": "GHANAIAN",
    }
    return firsts, truth


def render(rng: random.Random, blank: bool = False) -> Rendered:
    firsts, truth = draw_facts(rng)
    surname, previous, height = truth["surname"], truth["previous_name"], truth["height"]
    pin, doc_no, place = truth["id_number"], truth["document_number"], truth["place_of_issue"]

    image = card_stock(rng, (rng.randint(232, 246), rng.randint(236, 246), rng.randint(222, 238)),
                       ((120, 190, 150), (235, 205, 120), (210, 140, 130)))
    canvas = Canvas(image, blank=blank)
    sans = fonts.available(fonts.LATIN_SANS)
    bold = fonts.available(fonts.LATIN_SANS_BOLD)
    label_font = rng.choice(sans).at(rng.randint(15, 17))
    value_face = rng.choice(bold)
    value_font = value_face.at(rng.randint(24, 27))
    label_ink = rng.choice(((40, 60, 110), (70, 70, 70), (20, 90, 70)))
    value_ink = (15, 15, 15)
    head_font = rng.choice(bold).at(34)
    sub_font = rng.choice(bold).at(22)

    arms_left = rng.random() < 0.5
    coat_of_arms(canvas, (64, 62), 40)
    flag(canvas, (CARD_W - 118, 30, CARD_W - 40, 82))
    if arms_left:
        canvas.text((CARD_W / 2, 58), "ECOWAS IDENTITY CARD", head_font, (20, 40, 90), "ms")
        canvas.text((CARD_W / 2, 92), "REPUBLIC OF GHANA", sub_font, (150, 20, 30), "ms")
    else:
        canvas.text((CARD_W / 2, 52), "REPUBLIC OF GHANA", sub_font, (150, 20, 30), "ms")
        canvas.text((CARD_W / 2, 92), "ECOWAS IDENTITY CARD", head_font, (20, 40, 90), "ms")

    labels: dict[str, Box] = {}
    values: dict[str, Box] = {}
    photo_placeholder(canvas.personal().image, (40, 128, 272, 418), rng)
    canvas.draw.rectangle((40, 128, 272, 418), outline=(90, 90, 90), width=1)

    pin_face = rng.choice(bold)
    pin_font = pin_face.at(26)
    while pin_font.getlength(pin) > 252 and pin_font.size > 18:
        # under the portrait the number stays within the portrait's column, off the fields
        pin_font = pin_face.at(pin_font.size - 1)
    lb = canvas.text((40, 440), "Personal ID Number", label_font, label_ink, "la")
    vb = canvas.fill((40, lb[3] + 8), pin, pin_font, value_ink, "la")
    labels["id_number"], values["id_number"] = lb, vb

    def put(key: str | None, x: float, y: float, label: str, value: str) -> None:
        lbox, vbox = field(canvas, x, y, label, value, label_font, value_font, label_ink,
                           value_ink)
        if key:
            labels[key] = lbox
            if vbox:
                values[key] = vbox

    x0, x1, x2 = 300, 560, 780
    y, step = 122, 66
    put("surname", x0, y, "Surname/Nom", surname)
    y += step
    put("first_name", x0, y, "Firstnames/Prénoms", " ".join(firsts))
    labels["middle_name"] = labels["first_name"]
    y += step
    put("previous_name", x0, y, "Previous Names/Noms Antérieurs", previous)
    y += step
    put("nationality", x0, y, "Nationality/Nationalité", "GHANAIAN")
    put("gender", x1, y, "Sex/Sexe", truth["gender"])
    put("height", x2, y, "Height/Taille", height)
    y += step
    put("birthday", x0, y, "Date of Birth/Date de Naissance", truth["birthday"])
    put("document_number", x1 + 60, y, "Document Number/Numéro de Document", doc_no)
    y += step
    put("issue_date", x0, y, "Date of Issuance/Date de délivrance", truth["issue_date"])
    put("expiry_date", x1 + 60, y, "Date of Expiry/Date d'expiration", truth["expiry_date"])
    y += step
    put("place_of_issue", x0, y, "Place of Issuance/Lieu de délivrance", place)
    put(None, x1 + 60, y, "Holder's Signature/Signature du Titulaire", "")
    signature(canvas.personal(), (x1 + 80, y + 26, x1 + 300, y + 58), rng)
    for key in ("birthday", "issue_date", "expiry_date"):
        labels[key + "_s"] = labels[key]
        if key in values:
            values[key + "_s"] = values[key]
    layout = "arms_header" if arms_left else "republic_first"
    return Rendered(image, truth, labels, values, layout)


__all__ = ["CARD_H", "render"]
