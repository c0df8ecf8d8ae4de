"""Drawing helpers shared by the three document renderers.

Why one place: every renderer needs text whose box is recorded for the ground truth, a
security-print background (guilloche) that is faint but real enough to disturb a naive
binarisation, and a photo placeholder — the same code keeps them consistent.
"""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop_ocr.synthetic.model import Box

RGB = tuple[int, int, int]


class Canvas:
    """A PIL image plus the boxes of everything drawn on it."""

    def __init__(self, image: Image.Image) -> None:
        self.image = image
        self.draw = ImageDraw.Draw(image)

    def text(
        self,
        xy: tuple[float, float],
        text: str,
        font: ImageFont.FreeTypeFont,
        fill: RGB,
        anchor: str = "ls",
    ) -> Box:
        """Draw ``text`` and return its ink box (integers, clipped to the image)."""
        self.draw.text(xy, text, font=font, fill=fill, anchor=anchor)
        x0, y0, x1, y1 = self.draw.textbbox(xy, text, font=font, anchor=anchor)
        w, h = self.image.size
        return (max(0, int(x0)), max(0, int(y0)), min(w, math.ceil(x1)),
                min(h, math.ceil(y1)))

    def width(self, text: str, font: ImageFont.FreeTypeFont) -> float:
        return float(font.getlength(text))


def union(*boxes: Box) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def paper(size: tuple[int, int], base: RGB, rng: random.Random, grain: float = 3.0) -> Image.Image:
    """A plain paper or card base with slight grain (printed stock is never flat)."""
    w, h = size
    nrng = np.random.default_rng(rng.getrandbits(32))
    arr = np.empty((h, w, 3), dtype=np.float32)
    arr[:] = base
    arr += nrng.normal(0.0, grain, size=(h, w, 1)).astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")


def guilloche(
    image: Image.Image,
    box: Box,
    colour: RGB,
    rng: random.Random,
    strength: float = 0.35,
    density: float = 1.0,
) -> None:
    """Blend a faint interference pattern of wavy lines into ``box`` (security print)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    f1 = rng.uniform(0.035, 0.06) * density
    f2 = rng.uniform(0.01, 0.02)
    a = rng.uniform(12.0, 30.0)
    phase = rng.uniform(0, 2 * math.pi)
    wave1 = np.sin(xx * f1 + a * np.sin(yy * f2 + phase) * 0.15)
    wave2 = np.sin(yy * f1 * 0.9 + a * np.sin(xx * f2 * 1.3) * 0.15 + phase)
    lines = np.clip(1.0 - np.minimum(np.abs(wave1), np.abs(wave2)) * 6.0, 0.0, 1.0)
    alpha = (lines * strength)[..., None]
    region = np.asarray(image.crop(box), dtype=np.float32)
    tint = np.array(colour, dtype=np.float32)
    out = region * (1.0 - alpha) + tint * alpha
    image.paste(Image.fromarray(out.astype(np.uint8), "RGB"), (x0, y0))


def photo_placeholder(image: Image.Image, box: Box, rng: random.Random) -> None:
    """A portrait silhouette: a card without a photo would not look like a card to a
    detector, and a real face must never be used."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    top = np.array([rng.randint(180, 225)] * 3, dtype=np.float32)
    bottom = top - rng.randint(20, 50)
    grad = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None, None]
    arr = top * (1 - grad) + bottom * grad
    arr = np.repeat(arr, w, axis=1)
    photo = Image.fromarray(arr.astype(np.uint8), "RGB")
    d = ImageDraw.Draw(photo)
    skin = rng.choice(((96, 62, 44), (120, 80, 55), (75, 50, 38), (140, 100, 70)))
    cloth = rng.choice(((40, 40, 60), (200, 200, 205), (90, 30, 30), (30, 70, 50)))
    cx = w / 2 + rng.uniform(-0.05, 0.05) * w
    d.ellipse((cx - 0.48 * w, 0.68 * h, cx + 0.48 * w, 1.35 * h), fill=cloth)
    d.rectangle((cx - 0.09 * w, 0.5 * h, cx + 0.09 * w, 0.74 * h), fill=skin)
    d.ellipse((cx - 0.24 * w, 0.16 * h, cx + 0.24 * w, 0.62 * h), fill=skin)
    d.chord((cx - 0.25 * w, 0.12 * h, cx + 0.25 * w, 0.42 * h), 180, 360, fill=(25, 22, 20))
    image.paste(photo, (x0, y0))


def seal(canvas: Canvas, centre: tuple[int, int], radius: int, text_font: ImageFont.FreeTypeFont,
         label: str, colour: RGB = (205, 40, 40)) -> None:
    """A round official seal with a star and a horizontal inscription, drawn semi-opaque
    over whatever is under it (stamps overlap printed text on real certificates)."""
    layer = Image.new("RGBA", canvas.image.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    cx, cy = centre
    rgba = (*colour, 150)
    d.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=rgba,
              width=max(3, radius // 18))
    star = []
    for i in range(10):
        r = radius * (0.28 if i % 2 == 0 else 0.11)
        ang = -math.pi / 2 + i * math.pi / 5
        star.append((cx + r * math.cos(ang), cy - radius * 0.15 + r * math.sin(ang)))
    d.polygon(star, fill=rgba)
    d.text((cx, cy + radius * 0.45), label, font=text_font, fill=rgba, anchor="mm")
    base = canvas.image.convert("RGBA")
    base.alpha_composite(layer)
    canvas.image.paste(base.convert("RGB"))
