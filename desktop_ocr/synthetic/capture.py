"""Capture effects: what a phone camera does to a document.

``photo``: the document lies on a desk and is shot by hand — a perspective warp (the phone
is not parallel to the paper), a tilt of a few degrees, uneven lighting (a lamp on one side,
vignetting, a colour cast), mild defocus blur, sensor noise and JPEG compression.
``photo_rotated``: the same, then turned by 90/180/270° — half of the time with the EXIF
Orientation tag a phone writes (pixels sideways, tag says how to show them), half of the time
without any tag (the file really is sideways, as after a messenger app stripped the EXIF).

Why here and not in tests: the offline engine promises ≥ 92 % field accuracy on phone
captures, so the benchmark needs them reproducible per seed.  The strength of each effect is
drawn from ranges typical of a clerk's desk photo, not tuned to any engine.
"""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw

from desktop_ocr.synthetic.model import Box, SyntheticDocument

MAX_SIDE = 1700

# EXIF Orientation value -> PIL transpose that turns the upright image into stored pixels.
_STORE = {
    3: Image.Transpose.ROTATE_180,
    6: Image.Transpose.ROTATE_90,  # stored turned 90° anticlockwise; viewer turns clockwise
    8: Image.Transpose.ROTATE_270,
}


def stored_pixels(upright: Image.Image, orientation: int) -> Image.Image:
    """The pixels a camera stores for an ``upright`` scene with EXIF ``orientation``."""
    try:
        return upright.transpose(_STORE[orientation])
    except KeyError:
        raise ValueError(f"unsupported EXIF orientation {orientation}") from None


def photo(doc: SyntheticDocument, rng: random.Random) -> None:
    """Turn a flat rendering into a hand-held phone photo, in place (image and boxes)."""
    nrng = np.random.default_rng(rng.getrandbits(32))
    src = np.asarray(doc.image.convert("RGB"), dtype=np.uint8)
    h, w = src.shape[:2]
    margin_x = int(w * rng.uniform(0.05, 0.12))
    margin_y = int(h * rng.uniform(0.05, 0.12))
    out_w, out_h = w + 2 * margin_x, h + 2 * margin_y
    # Keep captures small (tests stay fast): scale the whole shot so its long side is at
    # most MAX_SIDE, folding the scale into the perspective transform.
    scale = min(1.0, MAX_SIDE / max(out_w, out_h))
    out_w, out_h = int(out_w * scale), int(out_h * scale)

    # Desk background: a flat colour with low-frequency blotches and grain.
    desk = np.array(rng.choice(((120, 95, 70), (185, 180, 170), (60, 62, 68), (150, 120, 90),
                                (210, 205, 195))), dtype=np.float32)
    blotch = cv2.resize(nrng.normal(0, 14, (8, 8)).astype(np.float32), (out_w, out_h),
                        interpolation=cv2.INTER_CUBIC)
    grain = nrng.standard_normal((out_h, out_w, 1), dtype=np.float32) * 3.0
    background = desk[None, None, :] + blotch[..., None] + grain

    # Perspective and tilt: move the corners, then rotate them around the centre.
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    jitter = np.array([[rng.uniform(-1, 1) * 0.045 * w, rng.uniform(-1, 1) * 0.045 * h]
                       for _ in range(4)], dtype=np.float32)
    # keep the warp a perspective (one side nearer) rather than a random quadrilateral
    near = rng.choice((0, 1, 2, 3))
    shrink = rng.uniform(0.0, 0.06)
    if near in (0, 2):  # top or bottom edge farther away
        idx = (0, 1) if near == 0 else (3, 2)
        corners_off = [(idx[0], shrink * w), (idx[1], -shrink * w)]
        for i, dx in corners_off:
            jitter[i][0] += dx
    else:  # left or right edge farther away
        idx = (0, 3) if near == 3 else (1, 2)
        corners_off = [(idx[0], shrink * h), (idx[1], -shrink * h)]
        for i, dy in corners_off:
            jitter[i][1] += dy
    dest = corners + jitter
    angle = np.deg2rad(rng.uniform(-4.0, 4.0))
    centre = np.array([w / 2, h / 2], dtype=np.float32)
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]],
                   dtype=np.float32)
    dest = (dest - centre) @ rot.T + centre + np.array([margin_x, margin_y], dtype=np.float32)
    dest *= scale
    matrix = cv2.getPerspectiveTransform(corners, dest.astype(np.float32))
    warped = cv2.warpPerspective(src, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, (out_w, out_h),
                               flags=cv2.INTER_LINEAR)
    alpha = (mask.astype(np.float32) / 255.0)[..., None]
    # a soft shadow under the document's edge
    shadow = cv2.GaussianBlur(alpha, (0, 0), 9)
    if shadow.ndim == 2:
        shadow = shadow[..., None]
    background = background * (1.0 - 0.35 * shadow)
    img = warped.astype(np.float32) * alpha + background.astype(np.float32) * (1.0 - alpha)

    # Uneven light: a linear gradient from a random side, a vignette and a colour cast.
    # (separable: built from one row and one column, cheap at full size)
    xs = (np.arange(out_w, dtype=np.float32) / out_w - 0.5)[None, :]
    ys = (np.arange(out_h, dtype=np.float32) / out_h - 0.5)[:, None]
    theta = rng.uniform(0, 2 * np.pi)
    light = 1.0 + (np.float32(np.cos(theta)) * xs + np.float32(np.sin(theta)) * ys) * np.float32(
        rng.uniform(0.15, 0.4))
    light *= 1.0 - np.float32(rng.uniform(0.05, 0.2)) * (xs**2 + ys**2) / np.float32(0.5)
    light *= np.float32(rng.uniform(0.82, 1.0))
    cast = np.array([rng.uniform(0.94, 1.04), 1.0, rng.uniform(0.88, 1.02)], dtype=np.float32)
    img = img.astype(np.float32) * light[..., None] * cast[None, None, :]

    # Glare: laminated cards and glossy paper reflect the ceiling light as a soft bright
    # patch; kept below washing the ink out (a clerk would retake such a photo).
    if rng.random() < 0.5:
        gx, gy = rng.uniform(0.2, 0.8) * out_w, rng.uniform(0.2, 0.8) * out_h
        radius = rng.uniform(0.08, 0.2) * max(out_w, out_h)
        dist2 = ((np.arange(out_w, dtype=np.float32)[None, :] - gx) ** 2
                 + (np.arange(out_h, dtype=np.float32)[:, None] - gy) ** 2)
        glare = np.exp(-dist2 / (2 * radius * radius)) * np.float32(rng.uniform(0.15, 0.35))
        img = img * (1.0 - glare[..., None]) + 255.0 * glare[..., None]

    # Defocus and sensor noise.
    sigma = rng.uniform(0.5, 1.1)
    img = cv2.GaussianBlur(img, (0, 0), sigma)
    img += nrng.standard_normal(img.shape, dtype=np.float32) * np.float32(rng.uniform(2.0, 5.0))
    img = np.clip(img, 0, 255).astype(np.uint8)

    # Phone JPEG compression.
    buffer = io.BytesIO()
    Image.fromarray(img, "RGB").save(buffer, format="JPEG", quality=rng.randint(55, 80))
    buffer.seek(0)
    doc.image = Image.open(buffer).convert("RGB")
    _map_all(doc, matrix, (out_w, out_h))


def hand_photo(doc: SyntheticDocument, rng: random.Random, *, small: bool = False) -> None:
    """A phone photo of the ``real`` family, in place (image and boxes).

    A certificate is shot like :func:`photo`.  A card is shot as a clerk holds a phone over
    a card lying on a desk: the card fills 55–85 % of the frame's width, a stronger
    perspective (up to 10 % of a side) and tilt (±9°), a wood or cloth desk, uneven light,
    a glare patch on the laminate on half of the shots, defocus and motion blur, sensor
    noise and phone JPEG.  ``small``: the whole shot is kept so small that the card is
    about 330×210 px (a photo forwarded by a messenger app at low quality).
    """
    if doc.document_type == "birth_certificate":
        photo(doc, rng)
        return
    nrng = np.random.default_rng(rng.getrandbits(32))
    src = np.asarray(doc.image.convert("RGB"), dtype=np.uint8)
    h, w = src.shape[:2]
    fill = rng.uniform(0.55, 0.85)
    frame_w = w / fill
    frame_h = frame_w * rng.choice((0.75, 0.5625, 0.8))  # 4:3, 16:9, a cropped shot
    frame_h = max(frame_h, h * 1.15)
    target_card_w = rng.uniform(320, 345) if small else rng.uniform(700, 1150)
    scale = min(target_card_w / w, MAX_SIDE / max(frame_w, frame_h))
    out_w, out_h = int(frame_w * scale), int(frame_h * scale)

    # the desk: wood grain (stretched noise) or cloth (fine noise), low-frequency blotches
    if rng.random() < 0.5:
        tone = np.array(rng.choice(((125, 90, 60), (160, 120, 80), (95, 70, 50))),
                        dtype=np.float32)
        grain = cv2.resize(nrng.normal(0, 18, (max(2, out_h // 6), 6)).astype(np.float32),
                           (out_w, out_h), interpolation=cv2.INTER_CUBIC)
    else:
        tone = np.array(rng.choice(((70, 72, 80), (190, 185, 175), (40, 60, 90))),
                        dtype=np.float32)
        grain = nrng.normal(0, 6, (out_h, out_w)).astype(np.float32)
    blotch = cv2.resize(nrng.normal(0, 12, (6, 6)).astype(np.float32), (out_w, out_h),
                        interpolation=cv2.INTER_CUBIC)
    background = tone[None, None, :] + (grain + blotch)[..., None]

    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    jitter = np.array([[rng.uniform(-1, 1) * 0.04 * w, rng.uniform(-1, 1) * 0.04 * h]
                       for _ in range(4)], dtype=np.float32)
    shrink = rng.uniform(0.02, 0.10)  # one edge farther from the lens
    side = rng.choice((0, 1, 2, 3))
    pairs = {0: ((0, 0, 1), (1, 0, -1)), 2: ((3, 0, 1), (2, 0, -1)),
             3: ((0, 1, 1), (3, 1, -1)), 1: ((1, 1, 1), (2, 1, -1))}[side]
    for idx, axis, sign in pairs:
        jitter[idx][axis] += sign * shrink * (w if axis == 0 else h)
    dest = corners + jitter
    angle = np.deg2rad(rng.uniform(-9.0, 9.0))
    centre = np.array([w / 2, h / 2], dtype=np.float32)
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]],
                   dtype=np.float32)
    dest = (dest - centre) @ rot.T
    dest = dest * scale + np.array([out_w / 2 + rng.uniform(-0.06, 0.06) * out_w,
                                    out_h / 2 + rng.uniform(-0.06, 0.06) * out_h],
                                   dtype=np.float32)
    # keep the whole card in the frame (a clerk frames the card)
    lo, hi = dest.min(axis=0), dest.max(axis=0)
    shift = np.maximum(0, 4 - lo) - np.maximum(0, hi - np.array([out_w - 4, out_h - 4]))
    dest = (dest + shift).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(corners, dest)
    interp = cv2.INTER_AREA if scale < 0.7 else cv2.INTER_LINEAR
    warped = cv2.warpPerspective(src, matrix, (out_w, out_h), flags=interp,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, (out_w, out_h),
                               flags=cv2.INTER_LINEAR)
    alpha = (mask.astype(np.float32) / 255.0)[..., None]
    shadow = cv2.GaussianBlur(alpha[..., 0], (0, 0), max(1.0, 8 * scale))[..., None]
    background = background * (1.0 - 0.4 * shadow)
    img = warped.astype(np.float32) * alpha + background * (1.0 - alpha)

    xs = (np.arange(out_w, dtype=np.float32) / out_w - 0.5)[None, :]
    ys = (np.arange(out_h, dtype=np.float32) / out_h - 0.5)[:, None]
    theta = rng.uniform(0, 2 * np.pi)
    light = 1.0 + (np.float32(np.cos(theta)) * xs + np.float32(np.sin(theta)) * ys) * np.float32(
        rng.uniform(0.2, 0.5))
    light *= 1.0 - np.float32(rng.uniform(0.1, 0.25)) * (xs**2 + ys**2) / np.float32(0.5)
    light *= np.float32(rng.uniform(0.8, 1.0))
    cast = np.array([rng.uniform(0.95, 1.06), 1.0, rng.uniform(0.85, 1.0)], dtype=np.float32)
    img = img * light[..., None] * cast[None, None, :]
    if rng.random() < 0.5:
        gx, gy = rng.uniform(0.25, 0.75) * out_w, rng.uniform(0.25, 0.75) * out_h
        radius = rng.uniform(0.06, 0.15) * out_w
        dist2 = ((np.arange(out_w, dtype=np.float32)[None, :] - gx) ** 2
                 + (np.arange(out_h, dtype=np.float32)[:, None] - gy) ** 2)
        glare = np.exp(-dist2 / (2 * radius * radius)) * np.float32(rng.uniform(0.15, 0.35))
        img = img * (1.0 - glare[..., None]) + 255.0 * glare[..., None]
    sigma = rng.uniform(0.5, 1.2) * (0.6 if small else 1.0)
    img = cv2.GaussianBlur(img, (0, 0), sigma)
    if rng.random() < 0.35:  # a slight hand shake: motion blur along a random direction
        length = rng.randint(2, 4 if small else 6)
        kernel = np.zeros((length, length), np.float32)
        kernel[length // 2, :] = 1.0 / length
        rot_k = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5),
                                        rng.uniform(0, 180), 1.0)
        kernel = cv2.warpAffine(kernel, rot_k, (length, length))
        kernel /= max(float(kernel.sum()), 1e-6)
        img = cv2.filter2D(img, -1, kernel)
    img += nrng.standard_normal(img.shape, dtype=np.float32) * np.float32(rng.uniform(2.0, 5.0))
    img = np.clip(img, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    quality = rng.randint(60, 80) if small else rng.randint(65, 88)
    Image.fromarray(img, "RGB").save(buffer, format="JPEG", quality=quality)
    buffer.seek(0)
    doc.image = Image.open(buffer).convert("RGB")
    _map_all(doc, matrix, (out_w, out_h))


def _map_boxes(boxes: dict, matrix: np.ndarray, size: tuple[int, int]) -> dict:  # type: ignore[type-arg]
    """Boxes through a 3x3 transform: the bounding rectangle of the mapped corners."""
    if not boxes:
        return {}
    keys = list(boxes)
    pts = np.array([[(b[0], b[1]), (b[2], b[1]), (b[2], b[3]), (b[0], b[3])]
                    for b in (boxes[k] for k in keys)], dtype=np.float32).reshape(-1, 1, 2)
    mapped = cv2.perspectiveTransform(pts, matrix.astype(np.float64)).reshape(-1, 4, 2)
    w, h = size
    result: dict[str, Box] = {}
    for key, quad in zip(keys, mapped, strict=True):
        x0, y0 = np.floor(quad.min(axis=0))
        x1, y1 = np.ceil(quad.max(axis=0))
        result[key] = (max(0, int(x0)), max(0, int(y0)), min(w, int(x1)), min(h, int(y1)))
    return result


def _map_all(doc: SyntheticDocument, matrix: np.ndarray, size: tuple[int, int]) -> None:
    """Label, value and form-text boxes through the same transform."""
    doc.label_boxes = _map_boxes(doc.label_boxes, matrix, size)
    doc.value_boxes = _map_boxes(doc.value_boxes, matrix, size)
    if doc.form_boxes:
        mapped = _map_boxes(dict(enumerate(doc.form_boxes)), matrix, size)
        doc.form_boxes = [mapped[i] for i in range(len(doc.form_boxes))]
    if doc.fill_boxes:
        mapped = _map_boxes(dict(enumerate(doc.fill_boxes)), matrix, size)
        doc.fill_boxes = [mapped[i] for i in range(len(doc.fill_boxes))]


def rotate(doc: SyntheticDocument, rng: random.Random) -> None:
    """Turn the capture by a quarter, half or three-quarter turn, with or without EXIF."""
    quarter = rng.choice((1, 2, 3))  # anticlockwise quarter turns
    if rng.random() < 0.5:
        # The phone's way: pixels sideways + tag; a correct loader shows ``doc.image``.
        doc.exif_orientation = {1: 6, 2: 3, 3: 8}[quarter]
        return
    w, h = doc.image.size
    transpose = {1: Image.Transpose.ROTATE_90, 2: Image.Transpose.ROTATE_180,
                 3: Image.Transpose.ROTATE_270}[quarter]
    doc.image = doc.image.transpose(transpose)
    # Matrix of the same anticlockwise rotation, in pixel coordinates of the new image.
    if quarter == 1:
        m = np.array([[0, 1, 0], [-1, 0, w], [0, 0, 1]], dtype=np.float64)
    elif quarter == 2:
        m = np.array([[-1, 0, w], [0, -1, h], [0, 0, 1]], dtype=np.float64)
    else:
        m = np.array([[0, -1, h], [1, 0, 0], [0, 0, 1]], dtype=np.float64)
    _map_all(doc, m, doc.image.size)


# ---- flatbed and fax captures ------------------------------------------------------------
# Ranges (ADR 0032): a grey flatbed scan at the resolutions office scanners default to and a
# fax in fine mode, both a little skewed because paper and cards are laid on the glass by
# hand.  A card is scanned on the glass with the lid's white around it, as it comes out of
# a scanner that does not crop.


def _is_card(doc: SyntheticDocument) -> bool:
    return doc.document_type != "birth_certificate"


def _on_glass(doc: SyntheticDocument, rng: random.Random, grey: np.ndarray,
              scale: float, max_tilt: float, lid: float) -> tuple[np.ndarray, np.ndarray]:
    """Scale, tilt and (cards) place on the scanner glass; returns (pixels, 3x3 matrix)."""
    h, w = grey.shape
    angle = rng.uniform(-max_tilt, max_tilt)
    if _is_card(doc):
        # the glass area the scanner saved: the card plus white lid around it, the card
        # near the corner where the clerk pushed it
        out_w = int(w * scale * rng.uniform(1.08, 1.5))
        out_h = int(h * scale * rng.uniform(1.1, 1.6))
        tx = rng.uniform(0.02, 0.5) * (out_w - w * scale)
        ty = rng.uniform(0.02, 0.5) * (out_h - h * scale)
    else:
        out_w, out_h = int(w * scale), int(h * scale)
        tx = ty = 0.0
    long_side = max(out_w, out_h)
    if long_side > MAX_SIDE:  # keep the ≤ 1700 px promise for every style
        shrink = MAX_SIDE / long_side
        scale, tx, ty = scale * shrink, tx * shrink, ty * shrink
        out_w, out_h = int(out_w * shrink), int(out_h * shrink)
    centre = (w * scale / 2 + tx, h * scale / 2 + ty)
    rot = cv2.getRotationMatrix2D(centre, angle, 1.0)
    m = np.array([[scale, 0, tx], [0, scale, ty], [0, 0, 1]], dtype=np.float64)
    matrix = np.vstack([rot, [0, 0, 1]]) @ m
    out = cv2.warpAffine(grey, matrix[:2], (out_w, out_h), flags=cv2.INTER_AREA
                         if scale < 1 else cv2.INTER_LINEAR,
                         borderMode=cv2.BORDER_CONSTANT, borderValue=float(lid))
    return out.astype(np.float32), matrix


def scan_gray(doc: SyntheticDocument, rng: random.Random) -> None:
    """A greyscale flatbed scan: 200–300 dpi for a card, about 110–145 dpi for an A4 page
    (its long side stays ≤ 1700 px), a tilt up to 1.5° (3° for a card), scanner noise,
    a slightly soft lens, a shifted black and white point and sometimes a dust streak."""
    nrng = np.random.default_rng(rng.getrandbits(32))
    grey = np.asarray(doc.image.convert("L"), dtype=np.uint8)
    scale = rng.uniform(0.68, 1.0) if _is_card(doc) else rng.uniform(0.78, 1.0)
    img, matrix = _on_glass(doc, rng, grey, scale, 3.0 if _is_card(doc) else 1.5,
                            lid=rng.uniform(236, 252))
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.3, 0.7))
    black, white = rng.uniform(0, 25), rng.uniform(225, 255)
    img = black + img * (white - black) / 255.0
    img += nrng.normal(0.0, rng.uniform(1.5, 3.5), img.shape).astype(np.float32)
    if rng.random() < 0.3:  # dust on the scan bar: a faint line along the feed direction
        x = rng.randrange(img.shape[1])
        img[:, x:x + rng.randint(1, 2)] -= rng.uniform(25, 60)
    _finish(doc, np.clip(img, 0, 255).astype(np.uint8), matrix)


def fax(doc: SyntheticDocument, rng: random.Random) -> None:
    """A received fax: fine mode (a card copied 1:1 onto the page and sent at about
    200 dpi, an A4 certificate at about 110–125 dpi so that it stays ≤ 1700 px), binarised
    with ragged edges, specks, a few dropped scan lines, sometimes standard mode's doubled
    lines, and the sender's header line at the top."""
    from desktop_ocr.synthetic import fonts  # local: capture must not need fonts otherwise

    nrng = np.random.default_rng(rng.getrandbits(32))
    grey = np.asarray(doc.image.convert("L"), dtype=np.uint8)
    scale = rng.uniform(0.6, 0.75) if _is_card(doc) else rng.uniform(0.75, 0.88)
    img, matrix = _on_glass(doc, rng, grey, scale, 1.2, lid=255.0)
    header = 0
    if rng.random() < 0.7:
        header = 28
        strip = Image.new("L", (img.shape[1], header), 255)
        stamp = (f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                 f" {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}   FROM: "
                 f"+{rng.choice(('86', '233'))} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
                 f"   P.{1:03d}/{rng.randint(1, 3):03d}")
        ImageDraw.Draw(strip).text((12, 6), stamp, fill=0,
                                   font=fonts.available(fonts.LATIN_MONO)[-1].at(15))
        img = np.vstack([np.asarray(strip, dtype=np.float32), img])
        matrix = np.array([[1, 0, 0], [0, 1, header], [0, 0, 1]], dtype=np.float64) @ matrix
    img = cv2.GaussianBlur(img, (0, 0), 0.6)
    img += nrng.normal(0.0, 18.0, img.shape).astype(np.float32)
    binary = np.where(img > rng.uniform(140, 175), 255, 0).astype(np.uint8)
    if rng.random() < 0.4:  # standard mode: every other line, doubled by the receiver
        binary[1::2] = binary[0::2][: binary[1::2].shape[0]]
    specks = nrng.random(binary.shape) < rng.uniform(0.0005, 0.002)
    binary[specks] = 255 - binary[specks]
    for _ in range(rng.randint(0, 3)):  # dropped lines of a noisy phone line
        y = rng.randrange(header, binary.shape[0])
        binary[y:y + rng.randint(1, 2)] = 255
    _finish(doc, binary, matrix)


def _finish(doc: SyntheticDocument, grey: np.ndarray, matrix: np.ndarray) -> None:
    """Store a one-channel capture as the RGB image the API promises, and map the boxes."""
    doc.image = Image.fromarray(grey, "L").convert("RGB")
    _map_all(doc, matrix, doc.image.size)
