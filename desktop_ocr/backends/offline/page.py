"""One page image → upright text lines with boxes: orientation, deskew, detect, read.

Why: phones deliver documents turned 90/180/270° (often without EXIF) and a few
degrees off; extraction works on an upright, deskewed frame while the viewer
needs boxes in the pixels of the image it shows.  Orientation is decided once per
page from the detector's own output (line aspect ratios for 90/270, the
direction model's vote over the longest lines for 180), so the expensive models
run once — never OCR four times.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from desktop_ocr.backends.offline.engine import OcrEngine, release_free_memory

# The working copy: big photos are shrunk (recognition is as good from a 2200 px
# A4 as from a 4000 px one), tiny card crops are enlarged so text has ~20 px.
WORK_MAX_SIDE = 2200
WORK_MIN_SIDE = 900
MIN_LINE_SCORE = 0.35
ORIENT_SAMPLE = 24
# Pages longer than this many times their width (or the reverse) are strips: they are
# scaled by the short side (within these bounds) and detected in overlapping tiles.
STRIP_RATIO = 3.0
STRIP_SHORT_MIN = 500
STRIP_SHORT_MAX = 1100
STRIP_LONG_MAX = 16000
# Median line height (pixels at detection size) below which detection is redone larger
# when the text covers a small part of the photo (a card on a table); a page that
# fills the frame is redone only below SMALL_TEXT_PX / 1.6.
SMALL_TEXT_PX = 16.0


class BoxGeometry:
    """Edges, centre and height of an upright ``box`` (x0, y0, x1, y1).

    Why: lines and the segments cut from them are both placed by these figures;
    one definition keeps the layout rules reading the same geometry.
    """

    __slots__ = ()
    box: tuple[float, float, float, float]

    @property
    def x0(self) -> float:
        return self.box[0]

    @property
    def y0(self) -> float:
        return self.box[1]

    @property
    def x1(self) -> float:
        return self.box[2]

    @property
    def y1(self) -> float:
        return self.box[3]

    @property
    def cx(self) -> float:
        return (self.box[0] + self.box[2]) / 2

    @property
    def cy(self) -> float:
        return (self.box[1] + self.box[3]) / 2

    @property
    def h(self) -> float:
        return max(1.0, self.box[3] - self.box[1])


@dataclass(slots=True)
class TextLine(BoxGeometry):
    """A recognised line.  ``box`` is in the upright, deskewed frame (for layout);
    ``quad`` holds its corners TL, TR, BR, BL (reading order) in the pixels of the
    image the clerk sees (for the viewer's outline)."""

    text: str
    score: float
    box: tuple[float, float, float, float]
    quad: np.ndarray
    # The line's own height in the layout frame (short side of its detected quad);
    # 0 when unknown.  A box much taller than this is a line running at an angle.
    thick: float = 0.0

    @property
    def orig_box(self) -> tuple[int, int, int, int]:
        return self.sub_box(0.0, 1.0)

    def sub_box(self, start: float, end: float) -> tuple[int, int, int, int]:
        """Original-pixel box of the part of the line from fraction ``start`` to ``end``."""
        tl, tr, br, bl = self.quad
        pts = np.array([tl + (tr - tl) * start, tl + (tr - tl) * end,
                        bl + (br - bl) * start, bl + (br - bl) * end])
        return (math.floor(pts[:, 0].min()), math.floor(pts[:, 1].min()),
                math.ceil(pts[:, 0].max()), math.ceil(pts[:, 1].max()))



@dataclass(slots=True)
class PageText:
    lines: list[TextLine]
    rotation: int  # degrees the page was turned clockwise to make it upright
    skew: float  # degrees of residual tilt removed for layout
    size: tuple[int, int]  # original image (w, h)
    # Reads given boxes of the layout frame as lines (see ``read_boxes``).
    reader: Callable[[list[tuple[float, float, float, float]]], list[TextLine]] | None = None
    boxer: Callable[[tuple[float, float, float, float]], list[tuple[float, float]]] | None = None

    def tick_boxes(self, band: tuple[float, float, float, float]
                   ) -> list[tuple[float, float]] | None:
        """The square boxes printed in ``band`` (layout frame), left to right, as
        (x centre, share of ink inside the frame): a ticked box holds a mark, an empty
        one nothing.  None without the page's pixels."""
        return None if self.boxer is None else self.boxer(band)

    def read_boxes(self, boxes: list[tuple[float, float, float, float]]) -> list[TextLine]:
        """Recognise each box (layout frame) as one line, without detection: where a
        printed label says a value must be but the detector found none (a value on a
        busy guilloché background).  Lines keep their box for the viewer."""
        if not boxes or self.reader is None:
            return []
        return self.reader(boxes)


def _to_bgr(image: Image.Image) -> tuple[np.ndarray, float]:
    """RGB PIL image → BGR array at working size, and the scale applied.

    A strip (a card inside an 8:1 panorama) is scaled by its short side instead:
    shrinking its long side to the usual working size would leave the text a few
    pixels tall; the detector then reads it in tiles (``_detect_strip``).
    """
    w, h = image.size
    scale = 1.0
    if max(w, h) > STRIP_RATIO * min(w, h):
        short = min(w, h)
        if short > STRIP_SHORT_MAX:
            scale = STRIP_SHORT_MAX / short
        elif short < STRIP_SHORT_MIN:
            scale = STRIP_SHORT_MIN / short
        scale = min(scale, STRIP_LONG_MAX / max(w, h))
    elif max(w, h) > WORK_MAX_SIDE:
        scale = WORK_MAX_SIDE / max(w, h)
    elif max(w, h) < WORK_MIN_SIDE:
        scale = WORK_MIN_SIDE / max(w, h)
    if scale != 1.0:
        image = image.resize(
            (max(1, round(w * scale)), max(1, round(h * scale))),
            Image.Resampling.BILINEAR if scale < 1 else Image.Resampling.BICUBIC,
        )
    arr = np.asarray(image.convert("RGB"))
    return normalise_contrast(cv2.cvtColor(arr, cv2.COLOR_RGB2BGR)), scale


# Below this spread between dark and light ends (grey levels), a page is stretched.
LOW_CONTRAST = 170


def normalise_contrast(bgr: np.ndarray) -> np.ndarray:
    """Stretch a faded or grey scan so ink is dark and paper is light.

    Why: the detector's threshold is tuned on crisp print; on a faded scan (toner
    low, grey recycled paper, an underexposed photo) whole lines of light text fell
    below it (73 of 99 lines found on a certificate at 30 % contrast).  The same
    linear map is applied to all channels (colours keep their hue: red labels stay
    red), from the 0.5th to the 99.5th percentile of the grey levels, measured on a
    thumbnail; pages with a normal spread are left untouched.
    """
    h, w = bgr.shape[:2]
    step = max(1, int(max(h, w) / 400))
    gray = cv2.cvtColor(bgr[::step, ::step], cv2.COLOR_BGR2GRAY)
    lo, hi = np.percentile(gray, (0.5, 99.5))
    if hi - lo >= LOW_CONTRAST or hi - lo < 24:  # normal page, or blank: leave it
        return bgr
    lut = np.clip((np.arange(256, dtype=np.float32) - lo) * 245.0 / (hi - lo) + 5.0, 0, 255)
    return cv2.LUT(bgr, lut.astype(np.uint8))


def _long_side_angles(quads: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per quad: angle (deg, -90..90) of its long side, its length and elongation."""
    e1 = quads[:, 1] - quads[:, 0]
    e2 = quads[:, 2] - quads[:, 1]
    l1 = np.linalg.norm(e1, axis=1)
    l2 = np.linalg.norm(e2, axis=1)
    long_vec = np.where((l1 >= l2)[:, None], e1, e2)
    long_len = np.maximum(l1, l2)
    elong = long_len / np.maximum(1.0, np.minimum(l1, l2))
    ang = np.degrees(np.arctan2(long_vec[:, 1], long_vec[:, 0]))
    ang = (ang + 90.0) % 180.0 - 90.0  # direction-free: -90..90
    return ang, long_len, elong


def _is_sideways(quads: np.ndarray) -> bool:
    """True when most text lines (weighted by length) run vertically."""
    ang, length, elong = _long_side_angles(quads)
    keep = elong >= 2.0
    if keep.sum() < 3:
        return False
    vertical = np.abs(ang[keep]) > 45.0
    w = length[keep]
    return float(w[vertical].sum()) > 0.5 * float(w.sum())


def _skew_degrees(quads: np.ndarray) -> float:
    """Median tilt of the elongated lines (weighted by length); 0 when unsure."""
    ang, length, elong = _long_side_angles(quads)
    keep = (elong >= 2.5) & (np.abs(ang) < 30.0)
    if keep.sum() < 3:
        return 0.0
    a, w = ang[keep], length[keep]
    order = np.argsort(a)
    cum = np.cumsum(w[order])
    return float(a[order][np.searchsorted(cum, cum[-1] / 2)])


def _rot90_cw(img: np.ndarray, quads: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    h = img.shape[0]
    out = cv2.rotate(img, cv2.ROTATE_90_CLOCKWISE)
    q = quads.copy()
    q[..., 0] = h - 1 - quads[..., 1]
    q[..., 1] = quads[..., 0]
    return out, q


def _detect_strip(engine: OcrEngine, work: np.ndarray) -> np.ndarray:
    """Detect a strip in tiles twice as long as it is wide, each overlapping the next by
    half a tile, so every line shorter than the strip's width lies whole in one tile;
    a line found in two tiles is kept once (the longer reading)."""
    hh, ww = work.shape[:2]
    horizontal = ww >= hh
    short, long_ = (hh, ww) if horizontal else (ww, hh)
    tile, step = 2 * short, short
    axis = 0 if horizontal else 1
    found: list[np.ndarray] = []
    cut: list[bool] = []  # touches a tile edge inside the strip: maybe a part of a line
    start = 0
    while True:
        end = min(long_, start + tile)
        part = work[:, start:end] if horizontal else work[start:end, :]
        quads, _ = engine.detect(part)
        for q in quads:
            q = q.copy()
            q[:, axis] += start
            found.append(q)
            cut.append((start > 0 and q[:, axis].min() <= start + 3)
                       or (end < long_ and q[:, axis].max() >= end - 3))
        if end >= long_:
            break
        start += step
    if not found:
        return np.zeros((0, 4, 2), np.float32)
    boxes = [(q[:, 0].min(), q[:, 1].min(), q[:, 0].max(), q[:, 1].max()) for q in found]
    # Whole lines first (longest first), then the pieces a tile edge cut.
    order = sorted(range(len(found)), key=lambda i: (cut[i], -(boxes[i][2] - boxes[i][0])
                                                     * (boxes[i][3] - boxes[i][1])))
    kept: list[int] = []
    for i in order:
        a = boxes[i]
        area = max(1.0, (a[2] - a[0]) * (a[3] - a[1]))
        if any(_overlap(a, boxes[k]) > 0.6 * area for k in kept):
            continue  # the same line, found again (partly) in the neighbouring tile
        kept.append(i)
    return np.array([found[i] for i in sorted(kept)], np.float32).reshape(-1, 4, 2)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(0.0, w) * max(0.0, h)


def _order_quad(q: np.ndarray) -> np.ndarray:
    """Reorder 4 points as TL, TR, BR, BL of a horizontal-ish line (page already upright)."""
    by_x = q[np.argsort(q[:, 0], kind="stable")]
    left = by_x[:2][np.argsort(by_x[:2, 1])]
    right = by_x[2:][np.argsort(by_x[2:, 1])]
    return np.array([left[0], right[0], right[1], left[1]], np.float32)


def _crop(img: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """Perspective-crop one line (no per-line 90° guessing: the page is upright)."""
    w = int(max(np.linalg.norm(quad[0] - quad[1]), np.linalg.norm(quad[2] - quad[3])))
    h = int(max(np.linalg.norm(quad[0] - quad[3]), np.linalg.norm(quad[1] - quad[2])))
    w, h = max(w, 2), max(h, 2)
    dst = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    m = cv2.getPerspectiveTransform(quad.astype(np.float32), dst)
    return cv2.warpPerspective(img, m, (w, h), borderMode=cv2.BORDER_REPLICATE,
                               flags=cv2.INTER_CUBIC)


def read_page(
    image: Image.Image,
    engine: OcrEngine,
    checkpoint: Callable[[], None] | None = None,
    timings: dict[str, float] | None = None,
) -> PageText:
    """Detect, orient, read.  ``checkpoint`` is called between steps (cancellation)."""
    import time

    def tick(name: str, start: float) -> float:
        now = time.perf_counter()
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + (now - start) * 1000
        if checkpoint is not None:
            checkpoint()
        return now

    t = time.perf_counter()
    orig_w, orig_h = image.size
    work, scale = _to_bgr(image)
    strip = max(work.shape[:2]) > STRIP_RATIO * min(work.shape[:2])
    quads = _detect_strip(engine, work) if strip else engine.detect(work)[0]
    # A document that fills little of a big photo has tiny text at detection size:
    # detect once more at a higher resolution (costs only on such photos).
    side = max(work.shape[:2])
    det_side = engine.options.det_limit_side
    if len(quads) and side > det_side * 1.3 and not strip:
        heights = np.minimum(np.linalg.norm(quads[:, 0] - quads[:, 3], axis=1),
                             np.linalg.norm(quads[:, 0] - quads[:, 1], axis=1))
        small = float(np.median(heights)) * det_side / side
        x0, y0 = quads[..., 0].min(), quads[..., 1].min()
        x1, y1 = quads[..., 0].max(), quads[..., 1].max()
        coverage = (x1 - x0) * (y1 - y0) / float(work.shape[0] * work.shape[1])
        if small < SMALL_TEXT_PX / 1.6 or (small < SMALL_TEXT_PX and coverage < 0.4):
            quads, _ = engine.detect(work, limit_side=min(side, det_side * 2))
    t = tick("detect", t)

    rotation = 0
    if len(quads) and _is_sideways(quads):
        # The detector finds vertical lines less completely than horizontal ones
        # (single characters, short values are lost), so turn the page and detect
        # again rather than only turning the boxes.
        work, quads = _rot90_cw(work, quads)
        rotation = 90
        redone, _ = engine.detect(work)
        if len(redone):
            quads = redone
    quads = np.array([_order_quad(q) for q in quads], np.float32).reshape(-1, 4, 2)
    crops = [_crop(work, q) for q in quads]

    # 180°: ask the direction model about the longest lines only.
    if crops:
        lengths = np.linalg.norm(quads[:, 1] - quads[:, 0], axis=1)
        sample = [crops[i] for i in np.argsort(-lengths)[:ORIENT_SAMPLE]]
        flipped, sure = engine.upside_down_votes(sample)
        if sure and flipped > sure / 2:
            hh, ww = work.shape[:2]
            work = cv2.rotate(work, cv2.ROTATE_180)
            quads = np.stack([ww - 1 - quads[..., 0], hh - 1 - quads[..., 1]], axis=-1)
            quads = np.array([_order_quad(q) for q in quads], np.float32).reshape(-1, 4, 2)
            crops = [cv2.rotate(c, cv2.ROTATE_180) for c in crops]
            rotation = (rotation + 180) % 360
    t = tick("orient", t)

    results = engine.recognize(crops)
    del crops
    release_free_memory()
    t = tick("recognize", t)

    skew = _skew_degrees(quads) if len(quads) else 0.0
    hh, ww = work.shape[:2]
    rad = math.radians(-skew)
    cos, sin = math.cos(rad), math.sin(rad)
    cx, cy = ww / 2, hh / 2

    lines: list[TextLine] = []
    for quad, (text, score) in zip(quads, results, strict=False):
        text = text.strip()
        if not text or score < MIN_LINE_SCORE:
            continue
        # Layout frame: rotate about the centre by -skew.
        dx, dy = quad[:, 0] - cx, quad[:, 1] - cy
        lx = cx + dx * cos - dy * sin
        ly = cy + dx * sin + dy * cos
        box = (float(lx.min()), float(ly.min()), float(lx.max()), float(ly.max()))
        e1 = float(np.linalg.norm(quad[1] - quad[0]))
        e2 = float(np.linalg.norm(quad[3] - quad[0]))
        lines.append(TextLine(text, score, box, _to_original(quad, rotation, ww, hh, scale,
                                                              orig_w, orig_h),
                              thick=max(1.0, min(e1, e2))))
    lines.sort(key=lambda ln: (ln.cy, ln.x0))

    back = math.radians(skew)
    cb, sb = math.cos(back), math.sin(back)

    def reread_quad(box: tuple[float, float, float, float]) -> np.ndarray:
        """Layout frame → work pixels: the inverse of the -skew rotation about the centre."""
        x0, y0, x1, y1 = box
        pts = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)
        dx, dy = pts[:, 0] - cx, pts[:, 1] - cy
        return np.stack([cx + dx * cb - dy * sb, cy + dx * sb + dy * cb],
                        axis=1).astype(np.float32)

    def reread(boxes: list[tuple[float, float, float, float]]) -> list[TextLine]:
        quads_w = [reread_quad(b) for b in boxes]
        got = engine.recognize([_crop(work, q) for q in quads_w])
        out = []
        for box, quad, (text, score) in zip(boxes, quads_w, got, strict=True):
            out.append(TextLine(text.strip(), score, box,
                                _to_original(quad, rotation, ww, hh, scale, orig_w, orig_h),
                                thick=max(1.0, box[3] - box[1])))
        return out

    def tick_boxes(band: tuple[float, float, float, float]) -> list[tuple[float, float]]:
        x0 = band[0]
        crop = _crop(work, reread_quad(band))
        return [(x0 + cx, inside) for cx, inside in _square_frames(crop)]

    return PageText(lines=lines, rotation=rotation, skew=skew, size=(orig_w, orig_h),
                    reader=reread, boxer=tick_boxes)


def _square_frames(crop: np.ndarray) -> list[tuple[float, float]]:
    """Square outlines in a row crop (tick boxes): (x centre, ink inside the frame)."""
    if crop.size == 0:
        return []
    grey = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    _, bw = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    h = crop.shape[0]
    contours, _ = cv2.findContours(bw, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    out: list[tuple[float, float]] = []
    for c in contours:
        x, y, w, hh = cv2.boundingRect(c)
        if not (0.3 * h <= w <= 1.1 * h and 0.3 * h <= hh <= 1.1 * h and 0.75 <= w / hh <= 1.33):
            continue
        if cv2.contourArea(c) < 0.6 * w * hh:  # an outline encloses its box, a glyph does not
            continue
        m = max(2, round(0.2 * min(w, hh)))
        inner = bw[y + m:y + hh - m, x + m:x + w - m]
        if inner.size == 0 or any(abs(x + w / 2 - cx) < 0.5 * w for cx, _ in out):
            continue
        out.append((x + w / 2, float((inner > 0).mean())))
    return sorted(out)


def _to_original(quad: np.ndarray, rotation: int, ww: int, hh: int, scale: float,
                 orig_w: int, orig_h: int) -> np.ndarray:
    """Map a quad of the upright working image (ww × hh) back to original pixels."""
    x, y = quad[:, 0].astype(np.float64), quad[:, 1].astype(np.float64)
    if rotation == 180:
        x, y = ww - 1 - x, hh - 1 - y
    elif rotation == 90:  # upright = cw(work): work_x = y, work_y = ww-1-x
        x, y = y, ww - 1 - x
    elif rotation == 270:
        x, y = hh - 1 - y, x
    x = np.clip(x / scale, 0, orig_w)
    y = np.clip(y / scale, 0, orig_h)
    return np.stack([x, y], axis=1)
