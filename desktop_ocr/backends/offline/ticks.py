"""Tick boxes: which printed option is the value.

Why: some designs print every option of a field with a box beside it (the 4th-edition
出生医学证明's ``性别 男 □ 女 □``).  A printed option word is not a value — on a blank
form both are printed — so the value is the option whose box is marked, or nothing.
The recogniser often reads the boxes themselves (``男☑ 女□``); when it drops them,
the boxes are found in the row's pixels, paired with the options in reading order,
and the one holding clearly more ink inside its frame decides.
"""

from __future__ import annotations

from desktop_ocr.backends.offline.layout import Found, Segment, right_of, x_range
from desktop_ocr.backends.offline.page import PageText

MARKED = frozenset("☑✓√✔☒■▣✗✘●")
EMPTY = frozenset("□☐▢口")
# The ticked box must hold clearly more ink than the others.
INK_RATIO = 1.6
INK_MARGIN = 0.04

Values = dict[str, tuple[str, float, Found | None]]


def _occurrences(row: list[Segment], options: tuple[str, ...]
                 ) -> list[tuple[str, Segment, int, str]]:
    """(option, segment, index in its text, the glyph beside it) for each printed option."""
    out = []
    for seg in row:
        text = seg.text
        for opt in options:
            start = 0
            while (i := text.find(opt, start)) >= 0:
                after = text[i + len(opt):].lstrip(" ")
                before = text[:i].rstrip(" ")
                beside = after[:1] if after[:1] in MARKED | EMPTY else before[-1:]
                out.append((opt, seg, i, beside))
                start = i + len(opt)
    return out


def choose(label: Segment, segs: list[Segment], options: tuple[str, ...],
           page: PageText) -> tuple[str, float, Found] | bool | None:
    """The marked option of ``label``'s tick boxes: (value, confidence, where); None when
    the boxes are printed but no single one is clearly marked; False when the row does
    not print the options as tick boxes (a value printed by the printer)."""
    row = ([label.inline] if label.inline is not None else []) + right_of(label, segs)
    found = _occurrences(row, options)
    if len({opt for opt, *_ in found}) < 2:
        return False
    marked = [(opt, seg, i) for opt, seg, i, g in found if g in MARKED]
    empty = {opt for opt, _, _, g in found if g in EMPTY}
    if len({m[0] for m in marked}) == 1 and set(options) - {marked[0][0]} <= empty | set(
            o for o, *_ in found if o != marked[0][0]):
        opt, seg, _ = marked[0]
        return opt, seg.score, Found(opt, seg.score, [seg])
    if marked:  # two options marked: a mistake on the form or a misread
        return None
    # The boxes themselves: paired with the options in reading order.
    end = max(seg.x1 for seg in row) + 1.5 * label.h
    boxes = page.tick_boxes((label.x1, label.y0 - 0.2 * label.h, end, label.y1 + 0.2 * label.h))
    opts = []
    for opt, seg, _i, _ in sorted(found, key=lambda f: x_range(f[1], f[2], f[2] + 1)[0]):
        if opt not in [o for o, _ in opts]:
            opts.append((opt, seg))
    if not boxes or len(boxes) != len(opts):
        return None
    ranked = sorted(zip(boxes, opts, strict=True), key=lambda bo: -bo[0][1])
    (b1, (opt, seg)), (b2, _) = ranked[0], ranked[1]
    if b1[1] >= INK_RATIO * b2[1] and b1[1] - b2[1] >= INK_MARGIN:
        return opt, seg.score * 0.85, Found(opt, seg.score, [seg])
    return None


def apply(values: Values, segs: list[Segment], options: dict[str, tuple[str, ...]],
          page: PageText) -> None:
    """Replace each tick-box field's value by the marked option (or drop it)."""
    for key, opts in options.items():
        for label in (s for s in segs if s.key == key):
            decided = choose(label, segs, opts, page)
            if decided is False:
                continue
            if decided is None:
                values.pop(key, None)
            else:
                values[key] = decided
            break
