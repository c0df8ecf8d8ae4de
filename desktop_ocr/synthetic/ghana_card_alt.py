"""Ghana Card, ``alt`` family: the front as another issue or another renderer sets it.

Why: the ``standard`` card has one arrangement (portrait left, "English/French" labels on
one line in small sans, the PIN under the portrait).  Cards a clerk photographs differ
between issues and print runs, so this renderer varies, per seed:

* portrait on the left (as issued) or on the right, with a small ghost portrait (a real
  security feature) as a distractor near the fields;
* label style: Title case (``Surname``) or ALL CAPS (``SURNAME``); the French part after a
  slash on the same line, on a second line in a smaller italic, or left out;
* which column each field sits in, and the document number either among the fields or at
  the top right under the header;
* the Personal ID Number: under the portrait, or across the bottom in larger type, with
  or without its label;
* fonts: Liberation Sans or Serif (regular or italic) for labels, Liberation Sans/Serif
  Bold or DejaVu Sans Bold for values; card tint and header colours.

Dates stay ``dd/mm/yyyy`` — the format printed on every issue we know of; an engine must
not be taught a month-name format real cards do not carry.  The truth rules are those of
``ghana_card`` (``first_name`` the whole printed Firstnames, ``middle_name`` "").
"""

from __future__ import annotations

import random

from PIL import Image, ImageEnhance, ImageFont

from desktop_ocr.synthetic import fonts
from desktop_ocr.synthetic.canvas import RGB, Canvas, photo_placeholder, union
from desktop_ocr.synthetic.card_common import (
    CARD_H,
    CARD_W,
    card_stock,
    coat_of_arms,
    flag,
    signature,
)
from desktop_ocr.synthetic.ghana_card import draw_facts
from desktop_ocr.synthetic.model import Box, Rendered

_LABELS: dict[str, tuple[str, str]] = {
    "surname": ("Surname", "Nom"),
    "first_name": ("Firstnames", "Prénoms"),
    "previous_name": ("Previous Names", "Noms Antérieurs"),
    "nationality": ("Nationality", "Nationalité"),
    "gender": ("Sex", "Sexe"),
    "height": ("Height", "Taille"),
    "birthday": ("Date of Birth", "Date de Naissance"),
    "document_number": ("Document Number", "Numéro de Document"),
    "place_of_issue": ("Place of Issuance", "Lieu de Délivrance"),
    "issue_date": ("Date of Issuance", "Date de Délivrance"),
    "expiry_date": ("Date of Expiry", "Date d'Expiration"),
    "id_number": ("Personal ID Number", "Numéro d'Identification Personnel"),
}


class _Card:
    def __init__(self, canvas: Canvas, rng: random.Random, case: str, french: str,
                 label_font: ImageFont.FreeTypeFont, french_font: ImageFont.FreeTypeFont,
                 value_font: ImageFont.FreeTypeFont, label_ink: RGB) -> None:
        self.c = canvas
        self.rng = rng
        self.case = case
        self.french = french
        self.label_font = label_font
        self.french_font = french_font
        self.value_font = value_font
        self.label_ink = label_ink
        self.labels: dict[str, Box] = {}
        self.values: dict[str, Box] = {}

    def field_height(self) -> float:
        """Height of one label-and-value field in the current type."""
        h = self.label_font.size + 5 + self.value_font.size
        if self.french == "second_line":
            h += self.french_font.size + 2
        return float(h)

    def shrink(self) -> None:
        self.value_font = self.value_font.font_variant(size=self.value_font.size - 1)
        if self.label_font.size > 12:
            self.label_font = self.label_font.font_variant(size=self.label_font.size - 1)
        if self.french_font.size > 11:
            self.french_font = self.french_font.font_variant(size=self.french_font.size - 1)

    def _cased(self, text: str) -> str:
        return text.upper() if self.case == "caps" else text

    def label(self, key: str, x: float, y: float) -> Box:
        en, fr = (self._cased(t) for t in _LABELS[key])
        if self.french == "slash":
            box = self.c.text((x, y), f"{en}/{fr}", self.label_font, self.label_ink, "la")
        elif self.french == "second_line":
            b1 = self.c.text((x, y), en, self.label_font, self.label_ink, "la")
            b2 = self.c.text((x, b1[3] + 2), fr, self.french_font, self.label_ink, "la")
            box = union(b1, b2)
        else:
            box = self.c.text((x, y), en, self.label_font, self.label_ink, "la")
        return box

    def put(self, key: str, x: float, y: float, value: str) -> float:
        """Label with its value below; returns the y under the value's line."""
        lbox = self.label(key, x, y)
        self.labels[key] = lbox
        line_bottom = lbox[3] + 5 + self.value_font.size
        if value:
            self.values[key] = self.c.fill((x + self.rng.randint(0, 2), lbox[3] + 5), value,
                                           self.value_font, (12, 12, 12), "la")
        return float(line_bottom)


def render(rng: random.Random, blank: bool = False) -> Rendered:
    firsts, truth = draw_facts(rng)

    photo_right = rng.random() < 0.45
    case = rng.choice(("title", "caps"))
    french = rng.choice(("slash", "second_line", "none"))
    pin_style = rng.choice(("bottom_large", "bottom_large_unlabelled", "under_photo"))
    doc_no_top = rng.random() < 0.35
    label_face = rng.choice(fonts.available(fonts.LATIN_SANS + fonts.LATIN_SERIF
                                            + fonts.LATIN_ITALIC))
    value_face = rng.choice(fonts.available(fonts.LATIN_SANS_BOLD + fonts.LATIN_SERIF_BOLD))
    italic = fonts.available(fonts.LATIN_ITALIC)
    label_size = rng.randint(14, 16) if french == "slash" else rng.randint(15, 18)
    layout = "-".join(("alt", "photo_right" if photo_right else "photo_left", f"labels_{case}",
                       f"french_{french}", f"pin_{pin_style}",
                       "docno_top" if doc_no_top else "docno_fields",
                       f"labels_{label_face.name}", f"values_{value_face.name}"))

    base = (rng.randint(226, 244), rng.randint(232, 246), rng.randint(205, 228))
    image = card_stock(rng, base, ((200, 170, 90), (110, 170, 140), (190, 120, 130)))
    canvas = Canvas(image, blank=blank)
    label_ink = rng.choice(((30, 50, 100), (60, 60, 60), (110, 40, 40), (20, 80, 60)))
    card = _Card(canvas, rng, case, french, label_face.at(label_size),
                 rng.choice(italic).at(label_size - 2), value_face.at(rng.randint(23, 27)),
                 label_ink)

    # ---- header ----------------------------------------------------------------------------
    head_face = rng.choice(fonts.available(fonts.LATIN_SANS_BOLD + fonts.LATIN_SERIF_BOLD))
    flag(canvas, (40, 30, 118, 82))
    coat_of_arms(canvas, (CARD_W - 80, 62), 40)
    canvas.text((CARD_W / 2, 56), "REPUBLIC OF GHANA", head_face.at(rng.randint(30, 36)),
                rng.choice(((20, 40, 90), (10, 10, 10), (150, 20, 30))), "ms")
    canvas.text((CARD_W / 2, 90), "ECOWAS IDENTITY CARD", head_face.at(rng.randint(20, 24)),
                rng.choice(((150, 20, 30), (20, 90, 60), (20, 40, 90))), "ms")

    # ---- portrait ------------------------------------------------------------------------
    pw, ph = 220, 276
    px0 = CARD_W - 40 - pw if photo_right else 40
    py0 = 124
    photo_placeholder(canvas.personal().image, (px0, py0, px0 + pw, py0 + ph), rng,
                      background=rng.choice(((225, 225, 228), (205, 215, 235))))
    canvas.draw.rectangle((px0, py0, px0 + pw, py0 + ph), outline=(90, 90, 90), width=1)
    fields_x0 = 40 if photo_right else px0 + pw + 30
    fields_x1 = px0 - 30 if photo_right else CARD_W - 40

    # ---- fields --------------------------------------------------------------------------
    # Rows as the card sets them; the type shrinks until every row fits above the PIN.
    third = (fields_x1 - fields_x0) / 3
    half = (fields_x1 - fields_x0) / 2
    given = " ".join(firsts)
    rows: list[list[tuple[str, float, str]]] = [
        [("surname", 0, truth["surname"])],
        [("first_name", 0, given)],
        [("previous_name", 0, truth["previous_name"])],
        [("nationality", 0, "GHANAIAN"), ("gender", third + 10, truth["gender"]),
         ("height", 2 * third, truth["height"])],
        [("birthday", 0, truth["birthday"])]
        + ([] if doc_no_top else [("document_number", half, truth["document_number"])]),
        [("issue_date", 0, truth["issue_date"]), ("expiry_date", half, truth["expiry_date"])],
        [("place_of_issue", 0, truth["place_of_issue"])],
    ]
    if rng.random() < 0.5:  # Previous Names beside Surname on some runs, saving a row
        rows[0].append(("previous_name", half, truth["previous_name"]))
        del rows[2]
    bottom_limit = CARD_H - 30 if pin_style == "under_photo" else CARD_H - 112
    top = 132.0 if doc_no_top else 118.0
    while True:
        gap = 6
        if top + sum(card.field_height() + gap for _ in rows) <= bottom_limit:
            break
        if card.value_font.size <= 18:
            break
        card.shrink()
    y = top
    for row in rows:
        for key, dx, value in row:
            card.put(key, fields_x0 + dx, y, value)
        last_row_y = y
        y += card.field_height() + gap
    # the holder's signature beside the place of issuance
    signature(canvas.personal(), (int(fields_x0 + half), int(last_row_y + 8),
                       int(fields_x0 + half + 190), int(last_row_y + card.field_height() - 4)),
              rng)
    card.labels["middle_name"] = card.labels["first_name"]
    if truth["middle_name"]:  # printed in the same run as the first name
        card.values["middle_name"] = card.values["first_name"]
    if doc_no_top:
        # under the header, top right, label before the number on one line
        lf = card.label_font
        lb = canvas.text((CARD_W - 330, 104), card._cased("Document No."), lf, label_ink, "la")
        card.labels["document_number"] = lb
        card.values["document_number"] = canvas.fill(
            (lb[2] + 10, lb[3] + 2), truth["document_number"], card.value_font.font_variant(
                size=max(18, card.value_font.size - 3)), (12, 12, 12), "ls")

    # ---- PIN -----------------------------------------------------------------------------
    pin = truth["id_number"]
    if pin_style == "under_photo":
        en, fr = (card._cased(t) for t in _LABELS["id_number"])
        fits = (card.label_font.getlength(f"{en}/{fr}") if card.french == "slash"
                else card.french_font.getlength(fr)) <= pw + 20
        if card.french == "none" or not fits:
            # the long French label would run into the fields: English only there
            lbox = canvas.text((px0, py0 + ph + 10), en, card.label_font, label_ink, "la")
        else:
            lbox = card.label("id_number", px0, py0 + ph + 10)
        card.labels["id_number"] = lbox
        font = value_face.at(26)
        while font.getlength(pin) > pw + 30 and font.size > 18:
            font = value_face.at(font.size - 1)
        card.values["id_number"] = canvas.fill((px0, lbox[3] + 5), pin, font, (12, 12, 12),
                                               "la")
    else:
        font = value_face.at(rng.randint(38, 46))
        x = CARD_W / 2 - font.getlength(pin) / 2 + rng.randint(-60, 60)
        baseline = CARD_H - 34
        if pin_style == "bottom_large":
            small = card.label_font
            en = card._cased(_LABELS["id_number"][0])
            lbox = canvas.text((x, baseline - font.size - 10), en, small, label_ink, "ls")
            card.labels["id_number"] = lbox
        card.values["id_number"] = canvas.fill((x, baseline), pin, font, (12, 12, 12), "ls")

    labels, values = card.labels, card.values
    _ghost(canvas.personal().image, (px0, py0, px0 + pw, py0 + ph), base, (fields_x1 - 80, CARD_H - 215),
           [*labels.values(), *values.values()])
    for key in ("birthday", "issue_date", "expiry_date"):
        labels[key + "_s"] = labels[key]
        if key in values:
            values[key + "_s"] = values[key]
    return Rendered(image, truth, labels, values, layout)


def _ghost(image: Image.Image, photo: Box, base: tuple[int, int, int], at: tuple[int, int],
           avoid: list[Box]) -> None:
    """A small faded copy of the portrait (a real security feature), where no text is."""
    ghost = image.crop(photo).resize((70, 88))
    ghost = ImageEnhance.Contrast(ghost).enhance(0.35)
    ghost = Image.blend(ghost, Image.new("RGB", ghost.size, base), 0.55)
    x, y = at
    box = (x, y, x + 70, y + 88)
    if any(b[0] < box[2] and box[0] < b[2] and b[1] < box[3] and box[1] < b[3] for b in avoid):
        return
    image.paste(ghost, (x, y))
