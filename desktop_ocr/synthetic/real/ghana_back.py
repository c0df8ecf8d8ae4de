"""The Ghana Card's back side: its machine-readable zone (issue 15, ADR 0012).

The holder is the front's of the same seed and design: the facts are drawn from the same
random stream by the design's own ``facts`` (``ghana_ecowas`` / ``ghana_nia``), so
``generate(..., side="back")`` and the front of that seed show one card.

What is drawn (the NIA publishes no image of the back; the artwork is an assumption,
only the zone follows a standard): the card stock of the design, two lines of small
print, a 2D barcode block (the NIA's verification guide says the back's 2D barcode
holds the fingerprints) and, in the bottom 17.9 mm of the card, the ICAO 9303 TD1 zone
in OCR-B (Debian ``fonts-ocr-b``) at 10 characters per inch on a clear band.  The zone's
content is :data:`desktop_ocr.documents.ghana_card.BACK`'s assumptions written out by
``documents.mrz.compose_td1``.

Cases (``n`` the seed): ``n % 5 == 4`` prints one check digit wrong (which one is drawn),
as a badly personalised or tampered card would; the truth then still holds what the
zone says, and ``mrz_valid`` is False.

Truth of a back side (what a correct reading of the back alone gives, after
normalisation): the PIN, the document number, the surname, every given name in
``first_name`` (the zone does not tell first from middle names), ``middle_name`` "",
dates day first ``dd/mm/yyyy`` with their ``_s`` forms, the sex, nationality
``GHANAIAN``; fields the back does not print (height, previous names, place and date of
issue) are "".
"""

from __future__ import annotations

import datetime as dt
import random

from desktop_ocr.documents.mrz import FILLER, compose_td1
from desktop_ocr.synthetic import fonts
from desktop_ocr.synthetic.canvas import Canvas
from desktop_ocr.synthetic.card_common import CARD_H, CARD_W, card_stock
from desktop_ocr.synthetic.model import Box, Rendered
from desktop_ocr.synthetic.real.plan import Plan

# ICAO 9303 Part 3: OCR-B size 1, 10 characters per inch; the zone of a TD1 card is the
# bottom 17.9 mm.  The card is 85.6 mm wide at CARD_W pixels.
_PX_PER_MM = CARD_W / 85.6
_PITCH = 2.54 * _PX_PER_MM
_ZONE_TOP = CARD_H - 17.9 * _PX_PER_MM
# baselines of the three lines, mm above the card's bottom edge (centre lines of Part 5's
# reference positions less half a character's height)
_BASELINES_MM = (12.3, 8.2, 4.1)
_ZONE_LEFT = 4.6 * _PX_PER_MM


def _front_facts(rng: random.Random, plan: Plan) -> dict[str, str]:
    """The front's truth of this seed (the same draws as the front's renderer)."""
    if plan.design == "ecowas":
        from desktop_ocr.synthetic.real import ghana_ecowas

        return ghana_ecowas.facts(rng, plan)[0]
    from desktop_ocr.synthetic.real import ghana_nia

    return ghana_nia.facts(rng)


def _date(text: str, month_first: bool) -> dt.date:
    """A front date as drawn (``13/JUN/1986`` or ``06/13/1986``) back to a date."""
    a, b, year = text.split("/")
    if a.isalpha() or b.isalpha():
        from desktop_ocr.synthetic.real.card_parts import MONTHS

        return dt.date(int(year), MONTHS.index(b) + 1, int(a))
    month, day = (int(a), int(b)) if month_first else (int(b), int(a))
    return dt.date(int(year), month, day)


def zone_lines(front: dict[str, str], plan: Plan) -> tuple[str, str, str]:
    """The zone the card of these front facts prints (``BACK.assumptions``)."""
    month_first = plan.design == "nia"
    born = _date(front["birthday"], month_first)
    expires = _date(front["expiry_date"], month_first)
    pin = front["id_number"].replace("-", "")
    number = front["document_number"]
    opt1, opt2 = pin, ""
    if len(number) > 9 and len(pin) > 15 - (len(number) - 9) - 2:
        # the number's overflow leaves no room: the PIN's ten digits in line 2
        opt1, opt2 = "", pin[3:]
    given = " ".join(p for p in (front["first_name"], front["middle_name"]) if p)
    return compose_td1(
        document_code="ID", issuing_state="GHA", document_number=number,
        optional_data_1=opt1, birth_date=born.strftime("%y%m%d"),
        sex=front["gender"], expiry_date=expires.strftime("%y%m%d"), nationality="GHA",
        optional_data_2=opt2, surname=front["surname"], given_names=given)


def _spoil(lines: tuple[str, str, str], rng: random.Random) -> tuple[str, str, str]:
    """One check digit printed wrong (document number, birth, expiry or composite)."""
    l1, l2, l3 = lines
    where = rng.choice(("number", "birth", "expiry", "composite"))
    if where == "number" and l1[14] == FILLER:
        where = "composite"  # a long number's check digit sits in the optional data

    def other(d: str) -> str:
        return str((int(d) + rng.randint(1, 9)) % 10)

    if where == "number":
        l1 = l1[:14] + other(l1[14]) + l1[15:]
    elif where == "birth":
        l2 = l2[:6] + other(l2[6]) + l2[7:]
    elif where == "expiry":
        l2 = l2[:14] + other(l2[14]) + l2[15:]
    else:
        l2 = l2[:29] + other(l2[29])
    return l1, l2, l3


def back_truth(front: dict[str, str], lines: tuple[str, str, str]) -> dict[str, str]:
    """What the back alone tells, in the vendor's fields (see the module docstring)."""
    l3 = lines[2]
    surname, _, given = l3.rstrip(FILLER).partition(FILLER * 2)
    born = dt.datetime.strptime(lines[1][0:6], "%y%m%d").date()
    if born > dt.date.today():
        born = born.replace(year=born.year - 100)
    expires = dt.datetime.strptime(lines[1][8:14], "%y%m%d").date()
    truth = {k: "" for k in front}
    truth.update(
        id_number=front["id_number"], document_number=front["document_number"],
        surname=surname.replace(FILLER, " "), first_name=given.replace(FILLER, " "),
        birthday=born.strftime("%d/%m/%Y"), birthday_s=born.strftime("%d-%m-%Y"),
        expiry_date=expires.strftime("%d/%m/%Y"), expiry_date_s=expires.strftime("%d-%m-%Y"),
        gender=front["gender"], nationality="GHANAIAN")
    return truth


def _barcode_2d(canvas: Canvas, box: Box, rng: random.Random) -> None:
    """A stacked 2D barcode block (rows of modules between start and stop columns)."""
    x0, y0, x1, y1 = box
    d = canvas.draw
    rows, cols = 18, 64
    mw, mh = (x1 - x0) / cols, (y1 - y0) / rows
    for r in range(rows):
        for c in range(cols):
            edge = c < 4 or c >= cols - 4
            if (edge and c % 2 == 0) or (not edge and rng.random() < 0.5):
                d.rectangle((x0 + c * mw, y0 + r * mh, x0 + (c + 1) * mw - 1,
                             y0 + (r + 1) * mh - 1), fill=(20, 20, 20))


def render(rng: random.Random, plan: Plan, blank: bool) -> tuple[Rendered, tuple[str, ...],
                                                                 bool]:
    """The back of the card of ``plan``'s design: (rendered, zone lines, check digits
    hold).  ``blank``: the stock without the issuer's zone and barcode."""
    front = _front_facts(rng, plan)
    lines = zone_lines(front, plan)
    valid = True
    if plan.bad_check_digit:
        lines = _spoil(lines, rng)
        valid = False
    if plan.design == "ecowas":
        base = (rng.randint(226, 240), rng.randint(236, 246), rng.randint(238, 250))
        tints = ((150, 200, 225), (170, 215, 170), (235, 225, 150))
    else:
        base = (rng.randint(232, 246), rng.randint(232, 244), rng.randint(214, 232))
        tints = ((220, 190, 120), (160, 200, 160), (200, 160, 150))
    image = card_stock(rng, base, tints)
    canvas = Canvas(image, blank=blank)
    sans = fonts.available(fonts.LATIN_SANS)
    small = rng.choice(sans).at(rng.randint(16, 18))
    ink = (40, 40, 50)
    canvas.text((60, 70), "This card is the property of the Government of Ghana.", small, ink)
    canvas.text((60, 98), "If found, please return it to the National Identification "
                "Authority.", small, ink)
    _barcode_2d(canvas.personal(), (60, 130, 60 + 560, 130 + 190), rng)
    # the zone's clear band, then the three lines in OCR-B at 10 characters per inch
    canvas.draw.rectangle((0, int(_ZONE_TOP) - 6, CARD_W, CARD_H),
                          fill=tuple(min(255, c + 8) for c in base))
    face = fonts.available(fonts.OCR_B)[0]
    size = 40
    while face.at(size + 1).getlength(FILLER * 30) <= 30 * _PITCH:
        size += 1
    font = face.at(size)
    for line, mm in zip(lines, _BASELINES_MM, strict=True):
        canvas.fill((_ZONE_LEFT, CARD_H - mm * _PX_PER_MM), line, font, (10, 10, 10), "ls")
    truth = {} if blank else back_truth(front, lines)
    layout = f"{plan.design}:back" + ("-bad_check_digit" if not valid else "")
    # the zone's lines are in fill_boxes (one per line, top to bottom)
    rendered = Rendered(canvas.image, truth, {}, {}, layout, list(canvas.form_boxes),
                        fill_boxes=list(canvas.fill_boxes))
    return rendered, lines, valid
