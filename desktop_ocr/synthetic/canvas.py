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
    """A PIL image plus the boxes of everything drawn on it.

    Two kinds of text: :meth:`text` is the pre-printed form (labels, headers, slot words,
    margins; every box is kept in ``form_boxes``) and :meth:`fill` is what the issuer adds
    (the values).  With ``blank=True`` the issuer's part is not drawn — ``fill`` only
    measures, and :meth:`personal` hands out a scratch canvas for portraits, signatures,
    barcodes and seals — so a blank form is the very same form with nothing filled in, and
    the random stream of a renderer is consumed exactly as for the filled document.
    """

    def __init__(self, image: Image.Image, *, blank: bool = False) -> None:
        self.image = image
        self.draw = ImageDraw.Draw(image)
        self.blank = blank
        self.form_boxes: list[Box] = []
        self.fill_boxes: list[Box] = []  # every value piece drawn (not on a blank)
        self._scratch: Canvas | None = None

    def _put(self, xy: tuple[float, float], text: str, font: ImageFont.FreeTypeFont,
             fill: RGB, anchor: str, draw: bool) -> Box:
        if draw:
            self.draw.text(xy, text, font=font, fill=fill, anchor=anchor)
        x0, y0, x1, y1 = self.draw.textbbox(xy, text, font=font, anchor=anchor)
        w, h = self.image.size
        return (max(0, int(x0)), max(0, int(y0)), min(w, math.ceil(x1)),
                min(h, math.ceil(y1)))

    def text(
        self,
        xy: tuple[float, float],
        text: str,
        font: ImageFont.FreeTypeFont,
        fill: RGB,
        anchor: str = "ls",
    ) -> Box:
        """Draw pre-printed ``text`` and return its ink box (integers, clipped to the image)."""
        box = self._put(xy, text, font, fill, anchor, True)
        self.form_boxes.append(box)
        return box

    def fill(
        self,
        xy: tuple[float, float],
        text: str,
        font: ImageFont.FreeTypeFont,
        fill: RGB,
        anchor: str = "ls",
        *,
        preprinted: bool = False,
    ) -> Box:
        """Draw a value the issuer prints (not on a blank form); returns its ink box.

        ``preprinted``: a value that is on the stock before the issuer fills it in (the
        certificate's serial number), drawn on blank forms too but not kept as form text.
        """
        box = self._put(xy, text, font, fill, anchor, preprinted or not self.blank)
        if not preprinted and not self.blank:
            self.fill_boxes.append(box)
        return box

    def personal(self) -> Canvas:
        """Where the issuer's pictures go: this canvas, or a scratch one on a blank form."""
        if not self.blank:
            return self
        if self._scratch is None or self._scratch.image.size != self.image.size:
            self._scratch = Canvas(Image.new("RGB", self.image.size, (255, 255, 255)))
        return self._scratch

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


def photo_placeholder(image: Image.Image, box: Box, rng: random.Random,
                      background: RGB | None = None) -> None:
    """A portrait silhouette: a card without a photo would not look like a card to a
    detector, and a real face must never be used.  ``background``: the backdrop colour
    (the 2012 voter card has a red one, the 2020 card a blue one); grey when None."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    if background is None:
        top = np.array([rng.randint(180, 225)] * 3, dtype=np.float32)
    else:
        top = np.array(background, dtype=np.float32)
    bottom = top - rng.randint(20, 50)
    grad = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None, None]
    arr = np.clip(top * (1 - grad) + bottom * grad, 0, 255)
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


def rosette(image: Image.Image, centre: tuple[int, int], radius: int, colour: RGB,
            rng: random.Random, strength: float = 0.25) -> None:
    """Blend a security rosette (rings modulated by petals) centred on ``centre``.

    Why besides ``guilloche``: certificates from other printers carry a central emblem-like
    rosette rather than an all-over wave; an engine must not rely on one background.
    """
    w, h = image.size
    cx, cy = centre
    x0, y0 = max(0, cx - radius), max(0, cy - radius)
    x1, y1 = min(w, cx + radius), min(h, cy + radius)
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    dx, dy = xx - cx, yy - cy
    r = np.sqrt(dx * dx + dy * dy)
    theta = np.arctan2(dy, dx)
    petals = rng.randint(12, 28)
    ring = rng.uniform(9.0, 16.0)
    wave = np.sin(r / ring * 2 * math.pi + np.sin(theta * petals) * rng.uniform(1.5, 3.5))
    lines = np.clip(1.0 - np.abs(wave) * 5.0, 0.0, 1.0) * (r < radius)
    fade = np.clip(1.0 - r / radius, 0.0, 1.0) ** 0.5
    alpha = (lines * fade * strength)[..., None]
    region = np.asarray(image.crop((x0, y0, x1, y1)), dtype=np.float32)
    out = region * (1.0 - alpha) + np.array(colour, dtype=np.float32) * alpha
    image.paste(Image.fromarray(out.astype(np.uint8), "RGB"), (x0, y0))


def qr_like(canvas: Canvas, box: Box, rng: random.Random) -> None:
    """A QR-code-like block (three finder squares and random modules).

    It carries no data — the 2020 voter card's QR code is only a realistic distractor for
    text detection here, and the truth never depends on it.
    """
    x0, y0, x1, _y1 = box
    n = 25
    cell = (x1 - x0) / n
    d = canvas.draw
    d.rectangle((x0, y0, x0 + n * cell, y0 + n * cell), fill=(250, 250, 250))
    for i in range(n):
        for j in range(n):
            if rng.random() < 0.5:
                d.rectangle((x0 + i * cell, y0 + j * cell, x0 + (i + 1) * cell - 1,
                             y0 + (j + 1) * cell - 1), fill=(15, 15, 15))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        ox, oy = x0 + fx * cell, y0 + fy * cell
        d.rectangle((ox, oy, ox + 7 * cell - 1, oy + 7 * cell - 1), fill=(250, 250, 250))
        d.rectangle((ox, oy, ox + 7 * cell - 1, oy + 7 * cell - 1), outline=(15, 15, 15),
                    width=max(1, int(cell)))
        d.rectangle((ox + 2 * cell, oy + 2 * cell, ox + 5 * cell - 1, oy + 5 * cell - 1),
                    fill=(15, 15, 15))
