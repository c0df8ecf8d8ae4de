"""Ghana Card, ECOWAS design (in circulation since 2017): design 1 of issue 10.

Drawn from the issue's description and the 2017 launch specimen (looked at, not traced).
Header ``ECOWAS IDENTITY CARD`` / ``CARTE D'IDENTITE CEDEAO / BILHETE DE IDENTIDADE
CEDEAO`` / ``REPUBLIC OF GHANA`` between the ECOWAS emblem and the flag; a chip, a ghost
portrait and the map on the left; one column of bilingual labels, each small **above** its
bold capital value: Surname / Nom, First Names / Prénoms, Previous or Maiden Names / Noms
précédents ou de jeune fille (two label lines), Nationality / Nationalité, Date of Birth /
Date de Naissance, Date of Issuance / Date d'émission, Personal ID Number with Size / Taille
and Sex / Sexe on its row, Document number / Numéro du document, Place of Issuance / Lieu
de délivrance, Date of Expiry / Date d'expiration; the large portrait on the right over a
guilloché and an emblem watermark, the arms at its foot and a 6-digit number under it
(not a field).

Values: dates ``13/JUN/1986``; PIN ``GHA-123456789-0`` or, on early cards, ``GH000000023``;
height ``1.85M``; document number nine digits and two letters (``123456789AR``).
Truth: the whole First Names value is ``first_name`` (``middle_name`` ""), ``height`` the
number without the unit, the ``_s`` dates dd-mm-yyyy.
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
    dmon,
    ecowas_logo,
    emblem_watermark,
    ghost,
    map_shape,
    six_digits,
)
from desktop_ocr.synthetic.real.plan import Plan


def facts(rng: random.Random, plan: Plan) -> tuple[dict[str, str], dict[str, str]]:
    """(truth, printed values by key)."""
    male = rng.random() < 0.5
    surname = names_gh.surname(rng)
    firsts = " ".join(names_gh.given_names(rng, male, rng.choice((1, 1, 2, 2, 3))))
    previous = names_gh.surname(rng) if rng.random() < 0.3 else ""
    birth = random_date(rng, dt.date(1950, 1, 1), dt.date(2005, 12, 31))
    issued = random_date(rng, dt.date(2017, 9, 1), dt.date(2024, 12, 31))
    expiry = years_after(issued, 10) - dt.timedelta(days=1)
    height = f"{rng.randint(150, 198) / 100:.2f}"
    # the launch specimen's early form, or the GHA-…-… form of cards issued to the public
    pin = (f"GH{rng.randint(0, 999_999_999):09d}" if plan.early_pin
           else names_gh.ghana_pin(rng))
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    doc_no = f"{rng.randint(0, 999_999_999):09d}{rng.choice(letters)}{rng.choice(letters)}"
    truth = {
        "id_number": pin, "document_number": doc_no, "surname": surname,
        "first_name": firsts, "middle_name": "", "previous_name": previous,
        "birthday": dmon(birth), "birthday_s": date_s(birth),
        "gender": "M" if male else "F", "height": height,
        "issue_date": dmon(issued), "issue_date_s": date_s(issued),
        "expiry_date": dmon(expiry), "expiry_date_s": date_s(expiry),
        "place_of_issue": rng.choice(names_gh.PLACES_OF_ISSUE), "nationality": "GHANAIAN",
    }
    printed = dict(truth, height=f"{height}M")
    return truth, printed


def render(rng: random.Random, plan: Plan, blank: bool) -> Rendered:
    truth, printed = facts(rng, plan)
    base = (rng.randint(226, 240), rng.randint(236, 246), rng.randint(238, 250))
    image = card_stock(rng, base, ((150, 200, 225), (170, 215, 170), (235, 225, 150)))
    emblem_watermark(image, (455, 330), 190, (120, 150, 170))
    canvas = Canvas(image, blank=blank)
    bold = fonts.available(fonts.LATIN_SANS_BOLD)
    sans = fonts.available(fonts.LATIN_SANS)
    head = rng.choice(bold)
    label_font = rng.choice(sans).at(rng.randint(14, 15))
    value_font = rng.choice(bold).at(rng.randint(20, 22))
    label_ink = rng.choice(((30, 30, 40), (40, 50, 70)))

    ecowas_logo(canvas, (80, 72), 54, sans[0].at(11))
    flag(canvas, (CARD_W - 150, 24, CARD_W - 40, 90))
    canvas.text((470, 58), "ECOWAS IDENTITY CARD", head.at(38), (20, 20, 30), "ms")
    canvas.text((470, 84), "CARTE D'IDENTITE CEDEAO / BILHETE DE IDENTIDADE CEDEAO",
                sans[0].at(16), (30, 30, 40), "ms")
    canvas.text((470, 112), "REPUBLIC OF GHANA", head.at(22), (20, 20, 30), "ms")

    portrait = (650, 140, 960, 560)
    photo_placeholder(canvas.personal().image, portrait, rng,
                      background=(rng.randint(200, 225), rng.randint(205, 225), 230))
    chip(canvas, (78, 190, 218, 290))
    ghost(canvas.personal().image, portrait, (100, 318, 176, 410), base)
    map_shape(canvas, (104, 430, 168, 512))
    coat_of_arms(canvas, (672, 540), 34)

    w = CardWriter(canvas, label_font, value_font, label_ink)
    x = 262
    y = 136.0
    pitch = 4.0
    y = w.above("surname", x, y, "Surname / Nom", printed["surname"]) + pitch
    y = w.above("first_name,middle_name", x, y, "First Names / Prénoms",
                printed["first_name"]) + pitch
    y = w.above("previous_name", x, y, ["Previous or Maiden Names",
                                        "Noms précédents ou de jeune fille"],
                printed["previous_name"]) + pitch
    y = w.above("nationality", x, y, "Nationality / Nationalité", printed["nationality"]) + pitch
    y = w.above("birthday,birthday_s", x, y, "Date of Birth / Date de Naissance",
                printed["birthday"]) + pitch
    y = w.above("issue_date,issue_date_s", x, y, "Date of Issuance / Date d'émission",
                printed["issue_date"]) + pitch
    pin_font = value_font
    while pin_font.getlength(printed["id_number"]) > 192 and pin_font.size > 15:
        pin_font = pin_font.font_variant(size=pin_font.size - 1)
    w.above("id_number", x, y, "Personal ID Number", printed["id_number"], pin_font)
    w.above("height", x + 205, y, "Size / Taille", printed["height"])
    y = w.above("gender", x + 295, y, "Sex / Sexe", printed["gender"]) + pitch
    y = w.above("document_number", x, y, "Document number / Numéro du document",
                printed["document_number"]) + pitch
    y = w.above("place_of_issue", x, y, "Place of Issuance / Lieu de délivrance",
                printed["place_of_issue"]) + pitch
    w.above("expiry_date,expiry_date_s", x, y, "Date of Expiry / Date d'expiration",
            printed["expiry_date"])
    # pre-printed or not, it is never a field: kept on blank cards too as the distractor
    canvas.fill((portrait[2], CARD_H - 22), six_digits(rng), head.at(30), (15, 15, 15), "rs",
                preprinted=True)
    assert y < CARD_H
    truth_out = {} if blank else truth
    return Rendered(canvas.image, truth_out, w.labels, w.values, "ecowas:card",
                    list(canvas.form_boxes),
                    fill_boxes=list(canvas.fill_boxes))
