"""Pairing printed labels with their values by geometry.

Why: every document type is a form — a label printed (or pre-printed) and a
value beside or under it.  Working from labels and positions, not from fixed
coordinates of one template, is what keeps extraction working on other
printings, scans and photos of the same document (see docs/adr/0041).

A line of OCR text is cut into *segments*: the labels found in it, the text
after each label (an inline value: ``Surname/Nom MENSAH``) and any text before
the first label (a value of a label further left, ``张小明性别男``).  A value is
then looked up for each label: inline first, else among the value segments on
the same row to the right, or on the next line below, nearest first, never
across another label, and only a candidate that passes the field's check.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_ocr.backends.offline.labels import find_labels, fold_label, one_glyph_off
from desktop_ocr.backends.offline.page import BoxGeometry, TextLine

_STRIP = " :：;；,，.。/|_-—()（）[]【】"


@dataclass(slots=True)
class Segment(BoxGeometry):
    text: str
    line: TextLine
    start: float  # fraction of the line where the segment starts
    end: float
    box: tuple[float, float, float, float]  # upright frame
    key: str | None = None  # label key, None for a value
    inline: Segment | None = None  # for a label: the value that follows it in its line
    used: bool = field(default=False)

    @property
    def score(self) -> float:
        return self.line.score

    def orig_box(self) -> tuple[int, int, int, int]:
        return self.line.sub_box(self.start, self.end)


def _weights(text: str) -> list[float]:
    return [2.0 if "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" else 1.0 for c in text]


def _make(line: TextLine, text: str, a: int, b: int, cum: list[float],
          key: str | None = None) -> Segment:
    total = cum[-1] or 1.0
    fa, fb = cum[a] / total, cum[b] / total
    x0, y0, x1, y1 = line.box
    box = (x0 + (x1 - x0) * fa, y0, x0 + (x1 - x0) * fb, y1)
    return Segment(text[a:b].strip(_STRIP), line, fa, fb, box, key)


def _values(line: TextLine, text: str, a: int, b: int, cum: list[float],
            splitters: tuple[re.Pattern[str], ...]) -> list[Segment]:
    """Value segments of ``text[a:b]``, cut around identifiers and dates that the
    detector merged with a neighbour (``GHA-814151767-8 30/11/2022``)."""
    cuts = {a, b}
    for pattern in splitters:
        for m in pattern.finditer(text, a, b):
            cuts.update((m.start(), m.end()))
    bounds = sorted(cuts)
    out = []
    for x, y in itertools.pairwise(bounds):
        seg = _make(line, text, x, y, cum)
        if seg.text:
            out.append(seg)
    return out


def _thickness(line: TextLine) -> float:
    """The line's own height, whatever its angle (its box height when not known)."""
    return line.thick or line.h


def segment_lines(lines: list[TextLine], labels: dict[str, tuple[str, ...]],
                  splitters: tuple[re.Pattern[str], ...] = ()) -> list[Segment]:
    """Cut every line into label and value segments.

    Lines running across the page at an angle (a diagonal watermark ``出生医学证明``,
    a stamp's ring of text) or printed far larger than the page's usual line give
    labels but never values: a watermark must not be read into the value of the cell
    it crosses.  (A line's own thickness is measured, not its box: the detector may
    box a PIN and a date on neighbouring baselines together.)
    """
    out: list[Segment] = []
    thick = sorted(_thickness(ln) for ln in lines)
    big = 3.5 * thick[len(thick) // 2] if thick else float("inf")
    for line in lines:
        text = line.text
        if _thickness(line) > big or line.h > 1.6 * _thickness(line) + 4:
            hits = find_labels(text, labels)
            w = _weights(text)
            cum = [0.0]
            for x in w:
                cum.append(cum[-1] + x)
            out.extend(_make(line, text, h.start, h.end, cum, h.key) for h in hits)
            continue
        w = _weights(text)
        cum = [0.0]
        for x in w:
            cum.append(cum[-1] + x)
        hits = find_labels(text, labels)
        # "Sex/Sexe", "Surname/Nom": a label followed by its own twin is one label.
        merged: list[tuple[str, int, int]] = []
        for h in hits:
            if merged and merged[-1][0] == h.key and not text[merged[-1][2]:h.start].strip(_STRIP):
                merged[-1] = (h.key, merged[-1][1], h.end)
            else:
                merged.append((h.key, h.start, h.end))
        if not merged:
            out.extend(_values(line, text, 0, len(text), cum, splitters))
            continue
        if merged[0][1] > 0:
            out.extend(_values(line, text, 0, merged[0][1], cum, splitters))
        for i, (key, a, b) in enumerate(merged):
            lab = _make(line, text, a, b, cum, key)
            out.append(lab)
            nxt = merged[i + 1][1] if i + 1 < len(merged) else len(text)
            vals = _values(line, text, b, nxt, cum, splitters)
            if vals:
                lab.inline = vals[0]
                out.extend(vals)
    return out


def x_range(s: Segment, a: int, b: int) -> tuple[float, float]:
    """The horizontal extent of characters ``a:b`` of a segment (CJK glyphs count double)."""
    w = _weights(s.text)
    total = sum(w) or 1.0
    return (s.x0 + (s.x1 - s.x0) * sum(w[:a]) / total,
            s.x0 + (s.x1 - s.x0) * sum(w[:b]) / total)


def _split_at(s: Segment, k: int) -> tuple[Segment, Segment | None]:
    """``s`` cut after its ``k``-th character: (head, tail or None)."""
    w = _weights(s.text)
    total = sum(w) or 1.0
    f = sum(w[:k]) / total
    x = s.x0 + (s.x1 - s.x0) * f
    cut = s.start + (s.end - s.start) * f
    head = Segment(s.text[:k], s.line, s.start, cut, (s.x0, s.y0, x, s.y1))
    rest = s.text[k:].strip(_STRIP)
    if not rest:
        return head, None
    return head, Segment(rest, s.line, cut, s.end, (x, s.y0, s.x1, s.y1))


def _row_neighbour(s: Segment, segs: list[Segment], left: bool) -> Segment | None:
    """The nearest non-passive segment on ``s``'s row to its left (or right)."""
    best: Segment | None = None
    for m in segs:
        if m is s or m.key in PASSIVE or abs(m.cy - s.cy) > 0.6 * max(m.h, s.h):
            continue
        if left and m.x1 <= s.x0 + 0.3 * s.h and (best is None or m.x1 > best.x1):
            best = m
        if not left and m.x0 >= s.x1 - 0.3 * s.h and (best is None or m.x0 < best.x0):
            best = m
    return best


def promote_misread_labels(segs: list[Segment], labels: dict[str, tuple[str, ...]],
                           never: frozenset[str] = frozenset()) -> list[Segment]:
    """Two- and three-glyph Chinese labels read with one glyph wrong (``国箱`` for 国籍,
    ``民旅`` for 民族), recognised by where they stand rather than by their text.

    One right glyph out of two is no evidence on its own (``汉族`` is one glyph from
    ``民族`` too), so a value segment becomes a label only when its place says so:
    it starts in a column where other labels start (on other rows), it opens its row
    (the nearest thing to its left is a value or nothing, never a label — else it is
    that label's value), something follows it (its own text or a value to its right),
    and it is not a word known to be a value (``never``: the ethnic group names...).
    """
    short = [(fold_label(v), key) for key, vs in labels.items() if not key.startswith("_")
             for v in vs]
    short = [(lab, key) for lab, key in short
             if 2 <= len(lab) <= 3 and all("\u3400" <= c <= "\u9fff" for c in lab)]
    anchors = [s for s in segs if s.key is not None and s.key not in PASSIVE]
    if not short or not anchors:
        return segs
    out: list[Segment] = []
    for s in segs:
        promoted = None
        if s.key is None and s.text[:1] >= "\u3400":
            for size in (3, 2):
                head = s.text[:size]
                if not all("\u3400" <= c <= "\u9fff" for c in head):
                    continue  # a slot word and its number (年8), not a misread label
                keys = {key for lab, key in short if one_glyph_off(lab, head)}
                if len(keys) != 1 or head in never or s.text in never:
                    continue
                if not any(abs(a.x0 - s.x0) <= max(a.h, s.h)
                           and abs(a.cy - s.cy) > 0.6 * max(a.h, s.h) for a in anchors):
                    continue
                left = _row_neighbour(s, segs, left=True)
                if left is not None and left.key is not None:
                    continue
                lab, rest = _split_at(s, size)
                right = _row_neighbour(s, segs, left=False)
                if rest is None and (right is None or right.key is not None):
                    continue
                lab.key = keys.pop()
                lab.inline = rest
                promoted = [lab] + ([rest] if rest is not None else [])
                break
        out.extend(promoted or [s])
    return out


Check = Callable[[str], bool]

# Label keys that are never values but do not end a row either (the small English
# twin printed under or after a Chinese label).
PASSIVE = frozenset({"_en"})


def _any(_: str) -> bool:
    return True


def _blocked(label: Segment, cand: Segment, segs: list[Segment], below: bool) -> bool:
    """Is there another label between ``label`` and ``cand``?  The label's own twin in
    the other language (``LIEU DE DÉLIVRANCE`` printed under ``PLACE OF ISSUANCE``)
    is part of the label, not a fence."""
    for m in segs:
        if m.key is None or m is label or m.key in PASSIVE or (below and m.key == label.key):
            continue
        if below:
            if label.cy < m.cy < cand.cy - 0.3 * cand.h and m.x0 < cand.x1 and m.x1 > cand.x0:
                return True
        elif (abs(m.cy - label.cy) < 0.6 * max(m.h, label.h)
              and label.x1 - 0.2 * label.h <= m.x0 <= cand.x0):
            return True
    return False


def _closer_label(label: Segment, cand: Segment, segs: list[Segment], shift: float = 0.0
                  ) -> bool:
    """Does another label left of ``cand`` sit nearer its row than ``label`` does?

    Printer offsets move values up to a third of a row; a value is given to the
    label whose row it is nearest, not to any label within reach.
    """
    mine = abs(cand.cy - label.cy - shift)
    if mine <= 0.5 * max(cand.h, label.h):
        return False
    for m in segs:
        if m.key is None or m is label or m.key in PASSIVE:
            continue
        if m.x1 <= cand.x0 + 0.5 * m.h and abs(cand.cy - m.cy - shift) < mine - 0.1 * cand.h:
            return True
    return False


def right_of(label: Segment, segs: list[Segment], max_gap: float = 8.0,
             x_limit: float | None = None, shift: float = 0.0) -> list[Segment]:
    """Value segments on the label's row, to its right, before the next label, by x.

    ``x_limit``: segments starting at or after it belong to another column.
    """
    row = [
        s for s in segs
        if s.key is None and s is not label.inline
        and s.x0 >= label.x1 - 0.8 * label.h
        and (x_limit is None or s.x0 < x_limit)
        and abs(s.cy - label.cy - shift) <= 1.0 * max(s.h, label.h)
        and not _blocked(label, s, segs, below=False)
        and not _closer_label(label, s, segs, shift)
    ]
    row.sort(key=lambda s: s.x0)
    out: list[Segment] = []
    edge = label.x1
    for s in row:
        if s.x0 - edge > max_gap * label.h:
            break
        out.append(s)
        edge = max(edge, s.x1)
    return out


def below_costs(label: Segment, segs: list[Segment]) -> list[tuple[float, Segment]]:
    """Value segments under the label (left-aligned or overlapping) with a distance
    cost in label heights, nearest first."""
    cands: list[tuple[float, Segment]] = []
    for s in segs:
        if s.key is not None or s is label.inline:
            continue
        if s.cy <= label.cy + 0.5 * label.h:
            continue
        gap = s.y0 - label.y1
        if gap > 1.6 * max(s.h, label.h):
            continue
        tol = 1.5 * label.h
        if not (label.x0 - tol <= s.x0 <= label.x1 or (s.x0 < label.x0 and s.x1 > label.x0)):
            continue
        if _blocked(label, s, segs, below=True):
            continue
        cands.append((max(0.0, gap) / label.h + 0.3 * abs(s.x0 - label.x0) / label.h, s))
    cands.sort(key=lambda c: c[0])
    return cands


def cell_lines(label: Segment, found: list[Segment], segs: list[Segment], taken: set[int],
               x_limit: float | None = None,
               printed: Callable[[str], bool] | None = None) -> list[Segment]:
    """Other lines of a value wrapped inside its label's cell: printed above or below
    the label's baseline (a long address set in two lines, centred on the row), to the
    right of the label and before ``x_limit``, overlapping the value's own width, and
    nearer this label's row than any other labelled row (so the next field's value,
    or a wrapped value of the row above, is never taken)."""
    if not found:
        return []
    h = label.h
    left = min(p.x0 for p in found)
    right = max(p.x1 for p in found)
    anchors = [m for m in segs if m.key is not None and m.key not in PASSIVE]
    own = {id(p) for p in found}
    out: list[Segment] = []
    for s in segs:
        if (s.key is not None or id(s) in taken or id(s) in own
                or s.x0 < label.x1 - 0.5 * h or (x_limit is not None and s.x0 >= x_limit)
                or abs(s.cy - label.cy) > 1.6 * h or min(s.x1, right) - max(s.x0, left) <= 0
                or (printed is not None and printed(s.text))):
            continue
        row_labels = [m for m in anchors if m.x1 <= s.x0 + 0.5 * m.h]
        nearest = min(row_labels, key=lambda m: abs(m.cy - s.cy), default=None)
        if nearest is None or abs(nearest.cy - label.cy) > 0.5 * max(h, nearest.h):
            continue
        out.append(s)
    return out


def split_parts(segs: list[Segment], titles: tuple[str, ...]) -> list[list[Segment]]:
    """The copies of a form printed on one sheet (正页, then 副页, 存根), each with its
    own segments; ``[segs]`` when the page holds one copy.

    A part starts at its title (``titles``, matched with one glyph misread).  Titles
    well below the top of the text start parts stacked down the page (5th edition);
    titles at the top start columns (4th edition, landscape), split at the emptiest
    vertical gutter left of each title.
    """
    wanted = {fold_label(t) for t in titles}
    heads = [s for s in segs if (f := fold_label(s.text)) in wanted
             or any(one_glyph_off(f, t) for t in wanted if len(t) >= 4)]
    if not heads:
        return [segs]
    top = min(s.y0 for s in segs)
    rows = [h for h in heads if h.y0 - top > 3 * h.h]
    cols = [h for h in heads if h.y0 - top <= 3 * h.h]
    if rows and len(rows) >= len(cols):
        cuts = sorted(h.y0 - 0.5 * h.h for h in rows)
        return _cut(segs, cuts, lambda s: s.cy)
    width = max(s.x1 for s in segs) - min(s.x0 for s in segs)
    body = [s for s in segs if s.x1 - s.x0 < 0.4 * width] or segs
    cuts = []
    lo = min(s.x0 for s in segs)
    for h in sorted(cols, key=lambda s: s.x0):
        best = None
        x = max(lo, h.x0 - 3 * (h.x1 - h.x0))
        while x <= h.x0:
            cover = sum(1 for s in body if s.x0 <= x <= s.x1)
            if best is None or cover <= best[0]:
                best = (cover, x)
            x += 2.0
        if best is not None:
            cuts.append(best[1])
            lo = h.x1
    return _cut(segs, cuts, lambda s: s.cx)


def _cut(segs: list[Segment], cuts: list[float], at: Callable[[Segment], float]
         ) -> list[list[Segment]]:
    parts: list[list[Segment]] = [[] for _ in range(len(cuts) + 1)]
    for s in segs:
        parts[sum(1 for c in cuts if at(s) >= c)].append(s)
    return [p for p in parts if any(s.key is not None for s in p)]


@dataclass(slots=True)
class Found:
    text: str
    score: float
    segments: list[Segment]

    def orig_box(self) -> tuple[int, int, int, int] | None:
        boxes = [s.orig_box() for s in self.segments]
        if not boxes:
            return None
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))


def _reading_order(parts: list[Segment]) -> list[Segment]:
    """Top line first, left to right within a line (a value wrapped onto two lines).

    Two long pieces that overlap across are two lines, however close their centres
    (a value wrapped in a tight cell, a photo's tilt): never one row read by x."""
    def overlap(a: Segment, b: Segment) -> float:
        return min(a.x1, b.x1) - max(a.x0, b.x0)

    def under(a: Segment, b: Segment) -> bool:
        return (max(len(a.text), len(b.text)) >= 6
                and overlap(a, b) > 0.4 * min(a.x1 - a.x0, b.x1 - b.x0))

    rows: list[list[Segment]] = []
    for p in sorted(parts, key=lambda s: s.cy):
        if rows and abs(p.cy - rows[-1][0].cy) < 0.5 * min(p.h, rows[-1][0].h) \
                and not any(under(p, q) for q in rows[-1]):
            rows[-1].append(p)
        else:
            rows.append([p])
    # Wrapped text: long pieces one under the other.  Short pieces (date digits, slot
    # words 年/月 and their small English twins) only jitter around one line.
    stacked = any(under(a, b) for r1, r2 in itertools.pairwise(rows) for a in r1 for b in r2)
    if not stacked:  # one visual line with pieces offset up/down: plain x order
        return sorted(parts, key=lambda s: s.x0)
    return [p for r in rows for p in sorted(r, key=lambda s: s.x0)]


def _found(parts: list[Segment], sep: str) -> Found:
    parts = _reading_order(parts)
    text = sep.join(p.text for p in parts)
    score = min(p.score for p in parts)
    return Found(text, score, parts)


def found_from(parts: list[Segment], sep: str = "") -> Found:
    """One value made of ``parts`` in reading order (score: the weakest part)."""
    return _found(parts, sep)


def value_for(label: Segment, segs: list[Segment], *, mode: str, check: Check = _any,
              join: bool = False, sep: str = "", x_limit: float | None = None,
              shift: float = 0.0, near: bool = True) -> Found | None:
    """The value of one label occurrence.

    ``mode`` "right" (same row, to the right: certificate forms) or "card"
    (below, or with ``near`` the nearer of below and right: ID cards).  ``join`` concatenates every piece on
    the row (a date or a place printed into a pre-printed 年 月 日 / 省 市 县 form).
    """
    inline = label.inline
    if inline is not None and inline.text:
        if join:
            rest = right_of(label, segs, x_limit=x_limit, shift=shift)
            found = _found([inline, *rest], sep)
            if check(found.text):
                return found
        if check(inline.text):
            return _found([inline], sep)
    if mode == "card":
        # Below (Ghana Card) or beside (some voter cards): the nearer one that fits.
        options = [(c, s) for c, s in below_costs(label, segs) if check(s.text)]
        if near:
            options += [(max(0.0, s.x0 - label.x1) / label.h + 0.5, s)
                        for s in right_of(label, segs, x_limit=x_limit) if check(s.text)]
        if options:
            return _found([min(options, key=lambda o: o[0])[1]], sep)
        return None
    row = right_of(label, segs, x_limit=x_limit, shift=shift)
    if row:
        if join:
            found = _found(row, sep)
            if check(found.text):
                return found
        for s in row:
            if check(s.text):
                return _found([s], sep)
    return None


def printer_shift(segs: list[Segment]) -> float:
    """The vertical offset of values against their labels over the whole page.

    A form filled by a printer has every value moved by the same paper-feed offset;
    measured on the clear cases (the nearest value right of a label), it is then
    applied to all labels so a value half-way between two rows still goes to its own.
    """
    labels = [s for s in segs if s.key is not None and s.key not in PASSIVE]
    values = [s for s in segs if s.key is None]
    diffs: list[float] = []
    heights: list[float] = []
    for lab in labels:
        best: tuple[float, float] | None = None
        for v in values:
            if v is lab.inline or v.x0 < lab.x1 - 0.5 * lab.h:
                continue
            dy = v.cy - lab.cy
            if abs(dy) > 1.0 * max(v.h, lab.h) or v.x0 - lab.x1 > 4 * lab.h:
                continue
            if best is None or v.x0 < best[1]:
                best = (dy, v.x0)
        if best is not None:
            diffs.append(best[0])
            heights.append(lab.h)
    if len(diffs) < 4:
        return 0.0
    diffs.sort()
    shift = diffs[len(diffs) // 2]
    h = sorted(heights)[len(heights) // 2]
    return shift if abs(shift) > 0.15 * h else 0.0
