"""Pieces shared by the two Ghana card renderers: card stock, labelled fields, dates.

Why: both cards are ID-1 plastic cards (85.6 × 54 mm) with a security background, a portrait
and small labels above bold values; sharing the pieces keeps the two renderers to their
layouts.
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw, ImageFont

from desktop_ocr.synthetic.canvas import RGB, Canvas, guilloche, paper, union
from desktop_ocr.synthetic.model import Box

CARD_W, CARD_H = 1000, 630  # ID-1 aspect ratio at ~300 dpi / 1.0 scale


def card_stock(rng: random.Random, base: RGB, tints: tuple[RGB, ...]) -> Image.Image:
    """Card background: base colour, a soft diagonal gradient and guilloche lines."""
    image = paper((CARD_W, CARD_H), base, rng, grain=2.0)
    overlay = Image.linear_gradient("L").resize((CARD_W, CARD_H)).rotate(
        rng.uniform(-40, 40), expand=False, fillcolor=128)
    tinted = Image.new("RGB", (CARD_W, CARD_H), rng.choice(tints))
    image = Image.composite(tinted, image, overlay.point(lambda v: int(v * 0.25)))
    for tint in tints[:2]:
        guilloche(image, (0, 0, CARD_W, CARD_H), tint, rng, strength=0.18, density=0.8)
    # rounded card corners on a neutral scanner-lid background
    mask = Image.new("L", (CARD_W, CARD_H), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, CARD_W - 1, CARD_H - 1), radius=38, fill=255)
    back = Image.new("RGB", (CARD_W, CARD_H), (236, 236, 234))
    return Image.composite(image, back, mask)


def field(
    canvas: Canvas,
    x: float,
    y: float,
    label: str,
    value: str,
    label_font: ImageFont.FreeTypeFont,
    value_font: ImageFont.FreeTypeFont,
    label_ink: RGB,
    value_ink: RGB,
    *,
    inline: bool = False,
    inline_gap: float = 16,
) -> tuple[Box, Box | None]:
    """A label with its value below it (or to its right when ``inline``).

    Returns (label box, value box); an empty value draws nothing and has no box.
    """
    label_box = canvas.text((x, y), label, label_font, label_ink, "la")
    if not value:
        return label_box, None
    if inline:
        baseline = label_box[3]
        vx = label_box[2] + inline_gap
        value_box = canvas.fill((vx, baseline + 2), value, value_font, value_ink, "ls")
    else:
        value_box = canvas.fill((x, label_box[3] + 5), value, value_font, value_ink, "la")
    return label_box, value_box


def signature(canvas: Canvas, box: Box, rng: random.Random, ink: RGB = (30, 30, 80)) -> None:
    """A pen-like squiggle: cards carry a signature; OCR must not read it as a value."""
    x0, y0, x1, y1 = box
    points = []
    n = 40
    for i in range(n):
        t = i / (n - 1)
        x = x0 + t * (x1 - x0)
        y = (y0 + y1) / 2 + (y1 - y0) * 0.4 * rng.uniform(-1, 1) * (0.6 + 0.4 * (i % 3 == 0))
        points.append((x, y))
    canvas.draw.line(points, fill=ink, width=2, joint="curve")


def coat_of_arms(canvas: Canvas, centre: tuple[int, int], r: int) -> None:
    """A simple emblem stand-in (shield in the national colours with a black star)."""
    cx, cy = centre
    d = canvas.draw
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(240, 200, 60), outline=(120, 90, 20),
              width=2)
    d.rectangle((cx - r * 0.55, cy - r * 0.55, cx + r * 0.55, cy + r * 0.55),
                fill=(0, 110, 70))
    star(canvas, (cx, cy), r * 0.45, (20, 20, 20))


def star(canvas: Canvas, centre: tuple[float, float], r: float, fill: RGB) -> None:
    import math

    cx, cy = centre
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.4
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    canvas.draw.polygon(pts, fill=fill)


def flag(canvas: Canvas, box: Box) -> None:
    x0, y0, x1, y1 = box
    h = (y1 - y0) / 3
    d = canvas.draw
    d.rectangle((x0, y0, x1, y0 + h), fill=(206, 17, 38))
    d.rectangle((x0, y0 + h, x1, y0 + 2 * h), fill=(252, 209, 22))
    d.rectangle((x0, y0 + 2 * h, x1, y1), fill=(0, 107, 63))
    star(canvas, ((x0 + x1) / 2, (y0 + y1) / 2), h * 0.45, (0, 0, 0))


def barcode(canvas: Canvas, box: Box, rng: random.Random) -> None:
    x0, y0, x1, y1 = box
    x = float(x0)
    while x < x1:
        w = rng.choice((1, 1, 2, 3))
        if rng.random() < 0.55:
            canvas.draw.rectangle((x, y0, x + w - 1, y1), fill=(20, 20, 20))
        x += w


def random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def dmy(day: dt.date, sep: str = "/") -> str:
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def date_s(day: dt.date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


__all__ = ["CARD_H", "CARD_W", "union"]
