"""Pieces of the real Ghana card designs: chip, ghost portrait, emblems, the label-above-value
field, and the date forms the cards print.

Why here: the ECOWAS, NIA and voter renditions share the plastic card's security print and
the way a card sets a field (a small label with the value under it in bold capitals); the
designs differ in which fields, where, and in what words.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from desktop_ocr.synthetic.canvas import RGB, Canvas
from desktop_ocr.synthetic.model import Box

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def dmon(day: dt.date) -> str:
    """ECOWAS card date: ``13/JUN/1986``."""
    return f"{day.day:02d}/{MONTHS[day.month - 1]}/{day.year}"


def mdy(day: dt.date) -> str:
    """NIA card date: ``06/13/1986`` (month first)."""
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


def chip(canvas: Canvas, box: Box) -> None:
    """A contact chip: gold pad with the contact segments engraved."""
    x0, y0, x1, y1 = box
    d = canvas.draw
    d.rounded_rectangle(box, radius=int((x1 - x0) * 0.12), fill=(206, 170, 90),
                        outline=(140, 110, 50), width=2)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    for y in (y0 + (y1 - y0) / 3, y0 + 2 * (y1 - y0) / 3):
        d.line((x0 + 4, y, x1 - 4, y), fill=(150, 120, 60), width=2)
    d.line((cx, y0 + 4, cx, y1 - 4), fill=(150, 120, 60), width=2)
    d.rounded_rectangle((cx - (x1 - x0) * 0.18, cy - (y1 - y0) * 0.2, cx + (x1 - x0) * 0.18,
                         cy + (y1 - y0) * 0.2), radius=5, fill=(220, 188, 110),
                        outline=(150, 120, 60), width=2)


def ghost(image: Image.Image, portrait: Box, at: Box, paper: RGB) -> None:
    """A faded copy of the portrait (a security feature) pasted at ``at``."""
    small = image.crop(portrait).resize((at[2] - at[0], at[3] - at[1]))
    small = ImageEnhance.Contrast(small.convert("L").convert("RGB")).enhance(0.5)
    small = Image.blend(small, Image.new("RGB", small.size, paper), 0.5)
    image.paste(small, (at[0], at[1]))


def ecowas_logo(canvas: Canvas, centre: tuple[int, int], r: int,
                font: ImageFont.FreeTypeFont) -> None:
    """The ECOWAS emblem stand-in: a green ring with a yellow disc and the two names."""
    cx, cy = centre
    d = canvas.draw
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(0, 120, 60), outline=(240, 200, 40),
              width=3)
    d.ellipse((cx - r * 0.62, cy - r * 0.62, cx + r * 0.62, cy + r * 0.62),
              fill=(240, 200, 60))
    d.ellipse((cx - r * 0.35, cy - r * 0.3, cx + r * 0.35, cy + r * 0.3), fill=(0, 110, 60))
    canvas.text((cx, cy - r * 0.72), "CEDEAO", font, (250, 250, 250), "mm")
    canvas.text((cx, cy + r * 0.76), "ECOWAS", font, (250, 250, 250), "mm")


def map_shape(canvas: Canvas, box: Box, colour: RGB = (236, 140, 40)) -> None:
    """A country outline stand-in (a rough pentagon), as printed under the chip."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    pts = [(x0 + 0.2 * w, y0), (x0 + 0.85 * w, y0 + 0.05 * h), (x0 + w, y0 + 0.55 * h),
           (x0 + 0.75 * w, y1), (x0 + 0.05 * w, y0 + 0.8 * h), (x0, y0 + 0.3 * h)]
    canvas.draw.polygon(pts, fill=colour)


def emblem_watermark(image: Image.Image, centre: tuple[int, int], r: int, colour: RGB,
                     strength: float = 0.18) -> None:
    """A faint eagle-like emblem behind the fields: a star over two spread wings."""
    layer = Image.new("L", image.size, 0)
    d = ImageDraw.Draw(layer)
    cx, cy = centre
    for side in (-1, 1):
        for i in range(6):
            a = math.radians(20 + i * 12)
            x = cx + side * r * math.cos(a)
            y = cy - r * 0.6 * math.sin(a)
            d.line((cx, cy, x, y), fill=255, width=max(3, r // 14))
    pts = []
    for i in range(10):
        rr = r * 0.35 if i % 2 == 0 else r * 0.14
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy - r * 0.35 + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    d.ellipse((cx - r * 0.3, cy - r * 0.1, cx + r * 0.3, cy + r * 0.6), outline=255,
              width=max(3, r // 14))
    layer = layer.filter(ImageFilter.GaussianBlur(1.5)).point(lambda v: int(v * strength))
    image.paste(Image.composite(Image.new("RGB", image.size, colour), image, layer), (0, 0))


class CardWriter:
    """Labels and values of one card; values through ``Canvas.fill`` (not on a blank)."""

    def __init__(self, canvas: Canvas, label_font: ImageFont.FreeTypeFont,
                 value_font: ImageFont.FreeTypeFont, label_ink: RGB,
                 value_ink: RGB = (12, 12, 12)) -> None:
        self.c = canvas
        self.label_font = label_font
        self.value_font = value_font
        self.label_ink = label_ink
        self.value_ink = value_ink
        self.labels: dict[str, Box] = {}
        self.values: dict[str, Box] = {}

    def above(self, keys: str, x: float, y: float, label: str | list[str], value: str,
              font: ImageFont.FreeTypeFont | None = None, gap: float = 2) -> float:
        """Label (one or more lines) with the value under it; returns the value's bottom
        as set (the line is kept even when the value is empty)."""
        lines = [label] if isinstance(label, str) else label
        top = y
        lbox = None
        for line in lines:
            b = self.c.text((x, top), line, self.label_font, self.label_ink, "la")
            lbox = b if lbox is None else (min(lbox[0], b[0]), lbox[1], max(lbox[2], b[2]),
                                           b[3])
            top = b[3] + 1
        assert lbox is not None
        font = font or self.value_font
        vy = lbox[3] + gap
        box = self.c.fill((x, vy), value, font, self.value_ink, "la") if value else None
        for key in keys.split(","):
            self.labels[key] = lbox
            if box is not None:
                self.values[key] = box
        return vy + font.size

    def inline(self, keys: str, x: float, baseline: float, label: str, value: str,
               font: ImageFont.FreeTypeFont | None = None, gap: float = 10) -> float:
        """``Label: value`` on one line; returns the right edge."""
        lbox = self.c.text((x, baseline), label, self.label_font, self.label_ink, "ls")
        font = font or self.value_font
        box = self.c.fill((lbox[2] + gap, baseline + 1), value, font, self.value_ink,
                          "ls") if value else None
        for key in keys.split(","):
            self.labels[key] = lbox
            if box is not None:
                self.values[key] = box
        return float(box[2] if box else lbox[2])


def six_digits(rng: random.Random) -> str:
    """The number under the portrait (not a field of either vendor)."""
    return f"{rng.randint(100000, 999999)}"
