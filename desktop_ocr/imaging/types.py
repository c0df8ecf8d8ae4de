"""Image values passed from intake to the backends."""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image


@dataclass(slots=True)
class PageImage:
    """One page ready for recognition.

    ``image`` is RGB with EXIF orientation already applied.  ``original_bytes``
    and ``original_format`` keep the file as it was on disk (single-image files
    only) so a cloud backend can send the original when it is within limits.
    """

    image: Image.Image
    source: str
    page: int | None = None
    original_bytes: bytes | None = None
    original_format: str | None = None  # Pillow format name: JPEG, PNG, ...
    notes: list[str] = field(default_factory=list)
    # False when the pixels differ in appearance from what a plain decoder of
    # ``original_bytes`` shows (EXIF rotation applied, transparency flattened onto
    # white, CMYK or 16-bit converted, user rotation): the original must then not
    # be sent as-is; fit_to_limits re-encodes the pixels instead.
    original_sendable: bool = True

    @property
    def size(self) -> tuple[int, int]:
        return self.image.size


@dataclass(frozen=True, slots=True)
class EncodedImage:
    """Bytes ready to send to a backend, and what had to be done to fit its limits."""

    data: bytes
    mime: str  # image/jpeg, image/png
    width: int
    height: int
    changed: bool = False  # re-encoded and/or downscaled
    note: str | None = None  # human description of the change, for the record
