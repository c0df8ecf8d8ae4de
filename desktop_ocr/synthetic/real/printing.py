"""Pre-printed forms and the hospital's printer: the drawing kit of the certificate designs.

Why one kit: the three certificate designs of the ``real`` family (4th, 5th, 7th edition)
are rows of pre-printed words with blanks (``出生时间 ____ 年 ___ 月``), unit words after a
blank, tick boxes and a red serial; a hospital then feeds the form through an office
printer which sets the values in its own font, shifted as a whole by the paper feed (so a
value can sit partly on the pre-printed line) with a little jitter per value.  Drawing
every design from the same row kit keeps their geometry honest — each row is laid out
from the measured widths of its words, so nothing pre-printed overlaps — and the one
placement routine guarantees what a real printed form shows: a value stays inside its
own blank's cell (smaller type, then wrapped on a second line) and is never printed over
another text.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from PIL import ImageFont

from desktop_ocr.synthetic import fonts
from desktop_ocr.synthetic.canvas import RGB, Canvas, union
from desktop_ocr.synthetic.model import Box


@functools.cache
def _s2t():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("s2t.json"), opencc.OpenCC("t2s.json")


def traditional(text: str) -> str:
    """``text`` in traditional characters (OpenCC ``s2t``), when converting back gives the
    same simplified text again; otherwise ``text`` unchanged.

    Why the round trip: the truth of a certificate stays simplified (mainland certificates
    are), so a value is only drawn in traditional glyphs when the simplified text can be
    recovered from them without a guess (后/後/后 and the like are left as they are).
    """
    to_t, to_s = _s2t()
    converted = to_t.convert(text)
    return converted if to_s.convert(converted) == text else text


def overlaps(a: Box, b: Box, pad: int = 1) -> bool:
    return a[0] < b[2] + pad and b[0] < a[2] + pad and a[1] < b[3] + pad and b[1] < a[3] + pad


@dataclass
class Printer:
    """The hospital's office printer: one font, one ink, one page offset per sheet."""

    face: fonts.FontFace
    size: int
    ink: RGB
    dx: int  # paper-feed offset of the whole page, pixels (right is positive)
    dy: int  # down is positive: from a few px over the line to its line crossing the
    # value's foot (a value struck through the middle would be a misprint a clerk rejects)
    jitter: int
    traditional: bool = False

    def font(self, size: int | None = None) -> ImageFont.FreeTypeFont:
        return self.face.at(size or self.size)

    def text(self, value: str) -> str:
        return traditional(value) if self.traditional else value


@dataclass
class Form:
    """One pre-printed part being drawn, and the values the printer puts on it.

    ``labels``/``values`` collect this part's boxes by truth key; a renderer of a sheet
    keeps those of the first part (the 正页) when the 副页 and 存根 repeat a value.
    """

    canvas: Canvas
    rng: random.Random
    printer: Printer
    ink: RGB  # pre-print colour
    zh: ImageFont.FreeTypeFont
    en: ImageFont.FreeTypeFont | None  # None: Chinese-only part
    labels: dict[str, Box] = field(default_factory=dict)
    values: dict[str, Box] = field(default_factory=dict)
    placed: list[Box] = field(default_factory=list)

    # -- pre-printed ----------------------------------------------------------------------
    def word(self, x: float, line_y: float, zh: str, en: str = "") -> Box:
        """A bilingual word: Chinese standing on the line, English under it (if any)."""
        b = self.canvas.text((x, line_y - 2), zh, self.zh, self.ink, "ls")
        if en and self.en is not None:
            b2 = self.canvas.text((x, line_y + 2), en, self.en, self.ink, "la")
            b = union(b, b2)
        return b

    def word_width(self, zh: str, en: str = "") -> float:
        w = self.zh.getlength(zh)
        if en and self.en is not None:
            w = max(w, self.en.getlength(en))
        return float(w)

    def line(self, x0: float, x1: float, y: float) -> None:
        self.canvas.draw.line((x0, y, x1, y), fill=self.ink, width=1)

    def tick_box(self, x: float, line_y: float) -> Box:
        s = max(9, int(self.zh.size * 0.8))
        box = (int(x), int(line_y - 3 - s), int(x + s), int(line_y - 3))
        self.canvas.draw.rectangle(box, outline=self.ink, width=1)
        return box

    # -- printed --------------------------------------------------------------------------
    def _free(self, box: Box) -> bool:
        return not any(overlaps(box, other) for other in self.canvas.form_boxes) and not any(
            overlaps(box, other) for other in self.placed)

    def value(self, cell: tuple[float, float, float, float], text: str, key: str | None,
              *, size: int | None = None, wrap: bool = False, ink: RGB | None = None,
              pad: float = 6) -> Box | None:
        """Print ``text`` in ``cell`` = (x0, top, x1, line_y): on the line, shifted by the
        page offset and jitter; when it does not fit, in smaller type, then (``wrap``) on
        two or three lines inside the cell.  Never over another text: the offset is given
        up before that happens.  Returns the ink box (also recorded under ``key``)."""
        x0, top, x1, line_y = cell
        p = self.printer
        jx = self.rng.randint(-p.jitter, p.jitter)
        jy = self.rng.randint(-p.jitter, p.jitter)
        if not text:
            return None
        shown = p.text(text)
        base = size or p.size
        # what printing software does with a long value: a little smaller first, then a
        # second line, then smaller still (and a third line in a tall cell)
        tries = [(1, base), (1, base - 2), (2, base - 2), (2, base - 4), (1, base - 4),
                 (3, base - 4), (2, base - 6), (1, base - 6), (3, base - 6), (1, base - 8),
                 (1, base - 10)]
        shifts = [(p.dx + jx, p.dy + jy), (p.dx // 2, p.dy // 2 + jy), (0, min(0, p.dy)),
                  (0, -2)]
        for line_count, s in tries:
            if line_count > 1 and not wrap:
                continue
            font = p.font(max(10, s))
            lines = _wrap(shown, font, x1 - x0 - pad - 2) if line_count > 1 else [shown]
            if len(lines) != line_count or (line_count == 1 and font.getlength(shown)
                                            > x1 - x0 - pad - 2):
                continue
            step = font.size + 3
            if line_y - step * (len(lines) - 1) - font.size < top:
                continue
            for dx, dy in shifts:
                boxes = self._measure(lines, x0 + pad + dx, line_y - 3 + dy, step, font)
                whole = union(*boxes)
                if whole[2] > x1 + max(0, dx) or not self._free(whole):
                    continue
                for line, y in zip(lines, self._baselines(lines, line_y - 3 + dy, step),
                                   strict=True):
                    self.canvas.fill((x0 + pad + dx, y), line, font, ink or p.ink, "ls")
                self.placed.append(whole)
                self.add_value(key, whole)
                return whole
        raise ValueError(f"value {text!r} does not fit its cell {cell}")  # a design bug

    @staticmethod
    def _baselines(lines: list[str], last: float, step: float) -> list[float]:
        n = len(lines)
        return [last - step * (n - 1 - i) for i in range(n)]

    def _measure(self, lines: list[str], x: float, last: float, step: float,
                 font: ImageFont.FreeTypeFont) -> list[Box]:
        return [self.canvas._put((x, y), line, font, (0, 0, 0), "ls", False)
                for line, y in zip(lines, self._baselines(lines, last, step), strict=True)]

    def tick(self, box: Box) -> Box:
        """The printer's tick mark (√) in a pre-printed box: shifted with the page, but
        never onto the box's word (a wide √ glyph is set smaller or moved right)."""
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        side = box[3] - box[1]
        b = box
        for scale, dx, dy in ((1.3, self.printer.dx // 4, self.printer.dy // 4),
                              (1.1, 0, 0), (1.0, side * 0.3, 0), (0.9, side * 0.5, 0)):
            font = self.printer.font(max(10, int(side * scale)))
            b = self.canvas._put((cx + dx, cy + dy), "√", font, (0, 0, 0), "mm", False)
            if self._free(b):
                break
        b = self.canvas.fill((cx + dx, cy + dy), "√", font, self.printer.ink, "mm")
        self.placed.append(b)
        return b

    def add_value(self, keys: str | None, box: Box) -> None:
        """Record ``box`` for each truth key in ``keys`` (comma separated); boxes of one key
        on one part add up (the date of birth is its year, month and day)."""
        for key in (keys or "").split(","):
            if key:
                self.values[key] = union(self.values[key], box) if key in self.values else box


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """Character wrap, as the printing software does (Chinese has no spaces)."""
    lines, current = [], ""
    for ch in text:
        if current and font.getlength(current + ch) > width:
            lines.append(current)
            current = ch
        else:
            current += ch
    lines.append(current)
    return lines


# ---- rows -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class W:
    """A pre-printed word (Chinese, optional English under it)."""

    zh: str
    en: str = ""
    key: str | None = None  # the truth key(s) this word labels, comma separated


@dataclass(frozen=True)
class B:
    """A blank with its underline; ``slot`` names the printed value (see Row.draw)."""

    slot: str
    weight: float = 1.0
    wrap: bool = False


@dataclass(frozen=True)
class T:
    """Tick boxes, each followed by its word; ``slot`` names the chosen option's value."""

    slot: str
    options: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Boxes:
    """A row of character boxes (an ID number, one character per box), ``em`` wide each."""

    slot: str
    count: int = 18
    em: float = 1.15


@dataclass(frozen=True)
class S:
    """Space, in units of the Chinese label size."""

    em: float = 1.0


Item = W | B | T | Boxes | S


def draw_row(form: Form, x0: float, x1: float, line_y: float, top: float,
             items: tuple[Item, ...], printed: dict[str, str],
             slot_keys: dict[str, str]) -> list[Callable[[], None]]:
    """Lay out one pre-printed row of ``items`` between ``x0`` and ``x1`` on the line
    ``line_y``, and return the printer's work on it, to be done once the whole part is
    printed (the stock is printed before the hospital fills it in, so a value can see every
    word it must not cover).

    Words take their measured width; the rest of the row is shared by the blanks by weight.
    ``printed`` maps a slot to the text the printer sets there ("" or absent: the blank
    stays empty); ``slot_keys`` maps a slot to the truth key whose box it gives.  ``top``
    is the upper edge of the row's cell (where a wrapped value may climb to).
    """
    gap = form.zh.size * 0.35
    fixed = 0.0
    weights = 0.0
    for it in items:
        if isinstance(it, W):
            fixed += form.word_width(it.zh, it.en) + gap
        elif isinstance(it, B):
            weights += it.weight
            fixed += gap
        elif isinstance(it, T):
            for zh, en in it.options:
                fixed += form.zh.size + 4 + form.word_width(zh, en) + gap * 2.5
        elif isinstance(it, Boxes):
            fixed += it.count * form.zh.size * it.em + gap
        else:
            fixed += it.em * form.zh.size
    room = max(0.0, x1 - x0 - fixed)
    x = x0
    work: list[Callable[[], None]] = []
    for it in items:
        if isinstance(it, W):
            box = form.word(x, line_y, it.zh, it.en)
            if it.key:
                for key in it.key.split(","):
                    form.labels.setdefault(key, box)
            x += form.word_width(it.zh, it.en) + gap
        elif isinstance(it, B):
            w = room * it.weight / weights if weights else 0.0
            form.line(x, x + w, line_y)
            work.append(functools.partial(_print_blank, form, (x, top, x + w, line_y),
                                          printed.get(it.slot, ""), it.wrap,
                                          slot_keys.get(it.slot)))
            x += w + gap
        elif isinstance(it, T):
            chosen = printed.get(it.slot, "")
            for zh, en in it.options:  # the word, then its box (居民身份证 □ 护照 □)
                form.word(x, line_y, zh, en)
                x += form.word_width(zh, en) + 4
                tb = form.tick_box(x, line_y)
                if chosen == zh:
                    work.append(functools.partial(_print_tick, form, tb,
                                                  slot_keys.get(it.slot)))
                x = tb[2] + gap * 2.5
        elif isinstance(it, Boxes):
            cw = form.zh.size * it.em
            cells = []
            for i in range(it.count):
                cell = (int(x + i * cw), int(line_y - form.zh.size * 1.25),
                        int(x + (i + 1) * cw), int(line_y + 2))
                form.canvas.draw.rectangle(cell, outline=form.ink, width=1)
                cells.append(cell)
            work.append(functools.partial(_print_boxes, form, cells,
                                          printed.get(it.slot, ""), slot_keys.get(it.slot)))
            x += it.count * cw + gap
        else:
            x += it.em * form.zh.size
    return work


def _print_blank(form: Form, cell: tuple[float, float, float, float], text: str, wrap: bool,
                 keys: str | None) -> None:
    box = form.value(cell, text, None, wrap=wrap)
    if box is not None:
        form.add_value(keys, box)


def _print_tick(form: Form, box: Box, keys: str | None) -> None:
    form.add_value(keys, form.tick(box))


def _print_boxes(form: Form, cells: list[Box], text: str, keys: str | None) -> None:
    """One character per pre-printed box (an ID number), shifted a little with the page."""
    font = form.printer.font(max(10, int(form.zh.size * 0.95)))
    boxes = [form.canvas.fill(((c[0] + c[2]) / 2 + form.printer.dx // 4, (c[1] + c[3]) / 2),
                              ch, font, form.printer.ink, "mm")
             for c, ch in zip(cells, text, strict=False)]
    if boxes:
        whole = union(*boxes)
        form.placed.append(whole)
        form.add_value(keys, whole)
