"""Make a page image acceptable to a recognition backend, changing as little as possible.

The vendors' documents set hard limits (see /work/shared/api and
docs/adr/0022-auto-fit-to-backend-limits.md); each backend declares its own as an
:class:`ImageLimits` in its description (``BackendDescription.limits``), e.g. a
byte limit and a base64 length limit, both honoured, or a range of sides.

Order of preference: the original file untouched; the same pixels re-encoded as
JPEG at the best quality of a short ladder that fits; only then fewer pixels —
and never fewer than 1280 px on the long side (the vendors' recommended
resolution) unless the byte limit leaves no other way.
"""

from __future__ import annotations

import io
import logging
import math
import warnings
from dataclasses import dataclass, field

from PIL import Image

from desktop_ocr.imaging.messages import image_error
from desktop_ocr.imaging.types import EncodedImage, PageImage
from desktop_ocr.paths import display_path

log = logging.getLogger(__name__)

#: Text stays legible for OCR down to about this long side (vendor recommendation).
LEGIBLE_LONG_SIDE = 1280
#: JPEG qualities tried at full resolution, best first.
QUALITY_LADDER: tuple[int, ...] = (92, 85, 75, 65)
#: Quality used once pixels must go: fewer pixels at a clean quality read better
#: than many pixels full of block artefacts.
DOWNSCALE_QUALITY = 85
#: Last resort qualities at the legibility floor before going below it.
FLOOR_QUALITIES: tuple[int, ...] = (75, 65, 50)
#: A fitted result at least this share of the limit is "close enough"; the search
#: stops rather than spending more encodes on a few percent.
GOOD_ENOUGH = 0.85

_MIME_BY_FORMAT = {"JPEG": "image/jpeg", "PNG": "image/png", "BMP": "image/bmp",
                   "TIFF": "image/tiff", "WEBP": "image/webp", "HEIF": "image/heif",
                   "AVIF": "image/avif"}

_FORMAT_LABEL = {"WEBP": "WebP", "HEIF": "HEIC/HEIF"}


@dataclass(frozen=True, slots=True)
class ImageLimits:
    """What one backend accepts.  ``max_bytes`` is inclusive (the largest size allowed)."""

    name: str
    max_bytes: int
    min_side: int = 1
    max_side: int | None = None
    allowed_mimes: frozenset[str] = field(
        default_factory=lambda: frozenset({"image/jpeg", "image/png"}))
    prefer_original: bool = True
    #: Longest base64 text accepted, when the image travels as base64.
    max_base64_chars: int | None = None

    @property
    def byte_budget(self) -> int:
        """The largest raw size satisfying both the byte and the base64 limit."""
        budget = self.max_bytes
        if self.max_base64_chars is not None:
            budget = min(budget, self.max_base64_chars // 4 * 3)
        return budget

    def describe(self) -> str:
        parts = [f"≤ {_mb(self.byte_budget)}"]
        if self.max_side is not None or self.min_side > 1:
            parts.append(f"{self.min_side}–{self.max_side or '∞'} px per side")
        kinds = "/".join(sorted(m.split("/")[1].upper() for m in self.allowed_mimes))
        parts.append(kinds)
        return ", ".join(parts)


def fit_to_limits(page: PageImage, limits: ImageLimits) -> EncodedImage:
    """Bytes of ``page`` that ``limits`` accept, with a note saying what was changed.

    Raises ``ImageError`` (``image.cannot_fit``) only when even a tiny image would
    not fit — i.e. the limits themselves are unreasonable.
    """
    original = _original_if_fits(page, limits)
    if original is not None:
        return original
    return _Fitter(page, limits).run()


def _original_if_fits(page: PageImage, limits: ImageLimits) -> EncodedImage | None:
    if not (limits.prefer_original and page.original_bytes and page.original_sendable):
        return None
    mime = _MIME_BY_FORMAT.get(page.original_format or "")
    if mime not in limits.allowed_mimes or len(page.original_bytes) > limits.byte_budget:
        return None
    try:  # header only: the page pixels may have been decoded at reduced size
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(page.original_bytes)) as header:
                width, height = header.size
    except Exception:
        return None
    if not _sides_ok((width, height), limits):
        return None
    return EncodedImage(data=page.original_bytes, mime=mime, width=width, height=height)


def _sides_ok(size: tuple[int, int], limits: ImageLimits) -> bool:
    if min(size) < limits.min_side:
        return False
    return limits.max_side is None or max(size) <= limits.max_side


@dataclass(slots=True)
class _Choice:
    """A candidate: these pixels at this JPEG quality (None: PNG) measured as ``data``."""

    image: Image.Image
    quality: int | None
    data: bytes


class _Fitter:
    """One fitting job: geometry first, then a short search over quality and scale."""

    def __init__(self, page: PageImage, limits: ImageLimits) -> None:
        self.page = page
        self.limits = limits
        self.budget = limits.byte_budget
        self.source_size = page.image.size
        self.actions: list[str] = []
        self.geometry_size = page.image.size
        # Encoded size at each quality for the full (post-geometry) image.
        self.sizes_at: dict[int, int] = {}
        self.use_jpeg = "image/jpeg" in limits.allowed_mimes
        if not self.use_jpeg and "image/png" not in limits.allowed_mimes:
            raise ValueError(f"{limits.name} accepts neither JPEG nor PNG")

    # -- geometry ------------------------------------------------------------

    def _geometry(self) -> Image.Image:
        """Resize (and if need be pad) so every side is within min_side..max_side."""
        image = self.page.image
        width, height = image.size
        limits = self.limits
        factor = 1.0
        if limits.max_side is not None and max(width, height) > limits.max_side:
            factor = limits.max_side / max(width, height)
        elif min(width, height) < limits.min_side:
            factor = limits.min_side / min(width, height)
            if limits.max_side is not None:
                factor = min(factor, limits.max_side / max(width, height))
        if factor != 1.0:
            image = _resize(image, _scaled((width, height), factor))
            verb = "downscaled" if factor < 1 else "upscaled"
            self.actions.append(f"{verb} from {width}×{height} to {image.width}×{image.height}")
        if min(image.size) < limits.min_side:  # extreme aspect ratio: pad, don't distort
            padded = Image.new("RGB", (max(image.width, limits.min_side),
                                       max(image.height, limits.min_side)), (255, 255, 255))
            padded.paste(image, ((padded.width - image.width) // 2,
                                 (padded.height - image.height) // 2))
            self.actions.append(f"padded with white to {padded.width}×{padded.height}")
            image = padded
        self.geometry_size = image.size
        return image

    # -- search ----------------------------------------------------------------

    def run(self) -> EncodedImage:
        base = self._geometry()
        if self.use_jpeg:
            found = self._search_quality(base, QUALITY_LADDER)
            if found is None:
                found = self._search_scale(base)
        else:
            found = self._png_search(base)
        data = found.data
        if found.quality is not None:
            final = self._encode(found.image, found.quality, final=True)
            data = final if len(final) <= len(found.data) else found.data
        how = "PNG" if found.quality is None else f"JPEG q{found.quality}"
        return self._result(data, found.image.size, how)

    def _encode(self, image: Image.Image, quality: int | None, *, final: bool = False) -> bytes:
        """Encode for measuring (fast) or for sending (``final``: optimised Huffman tables).

        The optimised encoding of the same pixels is always a little smaller (5–10 %),
        so a size measured fast is a safe upper bound for the bytes sent, at a third
        of the encoding time during the search.
        """
        buffer = io.BytesIO()
        if quality is None:
            image.save(buffer, "PNG", compress_level=6)
        else:
            image.save(buffer, "JPEG", quality=quality, optimize=final)
        return buffer.getvalue()

    def _search_quality(
        self, image: Image.Image, ladder: tuple[int, ...],
    ) -> _Choice | None:
        """Best quality of ``ladder`` (best first) that fits, by binary search."""
        low, high = 0, len(ladder) - 1
        best: _Choice | None = None
        first = True
        while low <= high:
            middle = (low + high) // 2
            data = self._encode(image, ladder[middle])
            if image.size == self.geometry_size:
                self.sizes_at[ladder[middle]] = len(data)
            if len(data) <= self.budget:
                best = _Choice(image, ladder[middle], data)
                high = middle - 1
            else:
                # Sizes fall roughly in proportion to quality steps: far over the
                # budget at the middle quality means the ladder's end won't fit either.
                if first and len(data) > 2.2 * self.budget:
                    return None
                low = middle + 1
            first = False
        return best

    def _search_scale(self, image: Image.Image) -> _Choice:
        """Largest size that fits at DOWNSCALE_QUALITY, down to the legibility floor.

        Bytes grow about linearly with pixel count at a fixed quality, so each
        guess is a secant step on ``bytes ∝ factor²`` kept inside the bracket of
        known fits and misses: two or three encodes of the reduced image in practice.
        """
        width, height = image.size
        floor_factor = min(1.0, LEGIBLE_LONG_SIDE / max(width, height))
        floor_factor = max(floor_factor, self.limits.min_side / min(width, height))
        known = self.sizes_at.get(DOWNSCALE_QUALITY)
        if known is None:  # estimate from a ~2 MP copy rather than a full encode
            probe_factor = max(floor_factor, min(1.0, math.sqrt(2_000_000 / (width * height))))
            probe = _resize(image, _scaled(image.size, probe_factor))
            known = len(self._encode(probe, DOWNSCALE_QUALITY)) / probe_factor**2
        factor = min(1.0, math.sqrt(0.93 * self.budget / known))

        best: _Choice | None = None
        fits_at, fails_at = floor_factor, 1.0
        for _ in range(6):
            factor = min(max(factor, floor_factor), 1.0)
            resized = _resize(image, _scaled(image.size, factor))
            data = self._encode(resized, DOWNSCALE_QUALITY)
            if len(data) <= self.budget:
                if best is None or len(data) > len(best.data):
                    best = _Choice(resized, DOWNSCALE_QUALITY, data)
                fits_at = factor
                if len(data) >= GOOD_ENOUGH * self.budget:
                    break
            else:
                fails_at = factor
                if factor <= floor_factor:
                    break
            guess = factor * math.sqrt(0.95 * self.budget / len(data))
            if not fits_at < guess < fails_at:
                guess = (fits_at + fails_at) / 2
            if fails_at - fits_at < 0.01 and best is not None:
                break
            factor = guess
        if best is not None:
            return best
        return self._below_floor(image, floor_factor)

    def _below_floor(self, image: Image.Image, floor_factor: float) -> _Choice:
        """At the legibility floor lower the quality; only then shrink further."""
        floor_image = _resize(image, _scaled(image.size, floor_factor))
        found = self._search_quality(floor_image, FLOOR_QUALITIES)
        if found is not None:
            return found
        factor = floor_factor
        while True:
            factor *= 0.75
            size = _scaled(image.size, factor)
            if min(size) < max(self.limits.min_side, 16):
                raise image_error("image.cannot_fit", name=_name(self.page),
                                  backend=self.limits.name, limits=self.limits.describe())
            resized = _resize(image, size)
            data = self._encode(resized, FLOOR_QUALITIES[-1])
            if len(data) <= self.budget:
                log.warning("image fitted below the legibility floor: %s×%s", *size)
                return _Choice(resized, FLOOR_QUALITIES[-1], data)

    def _png_search(self, image: Image.Image) -> _Choice:
        """PNG-only backends: shrink until the lossless encoding fits."""
        factor = 1.0
        while True:
            resized = image if factor == 1.0 else _resize(image, _scaled(image.size, factor))
            data = self._encode(resized, None)
            if len(data) <= self.budget:
                return _Choice(resized, None, data)
            factor *= min(0.9, math.sqrt(0.9 * self.budget / len(data)))
            if min(_scaled(image.size, factor)) < max(self.limits.min_side, 16):
                raise image_error("image.cannot_fit", name=_name(self.page),
                                  backend=self.limits.name, limits=self.limits.describe())

    # -- result ---------------------------------------------------------------

    def _result(self, data: bytes, size: tuple[int, int], how: str) -> EncodedImage:
        actions = list(self.actions)
        if size != self.geometry_size:  # the byte search took pixels too
            if actions and actions[0].startswith("downscaled from"):
                actions[0] = f"downscaled from {self.source_size[0]}×{self.source_size[1]}"\
                             f" to {size[0]}×{size[1]}"
            else:
                actions.insert(0, f"downscaled from {self.source_size[0]}×"
                                  f"{self.source_size[1]} to {size[0]}×{size[1]}")
        source_format = self.page.original_format
        if self.page.original_bytes is None or source_format is None:
            actions.append(f"encoded as {how}")  # PDF or TIFF page: no original file
        elif source_format not in ("JPEG", "PNG"):
            label = _FORMAT_LABEL.get(source_format, source_format)
            actions.append(f"converted from {label} to {how}")
        else:
            actions.append(f"re-encoded as {how}")
        note = f"{_join(actions)} to fit {self.limits.name} ({self.limits.describe()})"
        mime = "image/png" if how == "PNG" else "image/jpeg"
        return EncodedImage(data=data, mime=mime, width=size[0], height=size[1],
                            changed=True, note=note)


def _scaled(size: tuple[int, int], factor: float) -> tuple[int, int]:
    return max(1, round(size[0] * factor)), max(1, round(size[1] * factor))


def _resize(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """High-quality resize; ``reducing_gap`` lets Pillow box-reduce first (fast on 24 MP)."""
    if size == image.size:
        return image
    if size[0] < image.width:
        return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    return image.resize(size, Image.Resampling.LANCZOS)


def _join(actions: list[str]) -> str:
    text = actions[0] if len(actions) == 1 else ", ".join(actions[:-1]) + " and " + actions[-1]
    return text[0].upper() + text[1:]


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.2f} MB"


def _name(page: PageImage) -> str:
    name = page.source.replace("\\", "/").rsplit("/", 1)[-1] or page.source
    return display_path(name)  # a message: undecodable name bytes shown as "�"
