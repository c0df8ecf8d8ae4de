"""Load page images and thumbnails off the GUI thread.

Why: decoding a 12-megapixel JPEG or rendering a PDF page takes longer than a
frame; done on the GUI thread it would freeze the window while a clerk types.
Jobs run on the one-thread ``images`` lane and hand back ``QImage`` (safe to
make outside the GUI thread, unlike ``QPixmap``).  Pages come through the same
loader as recognition (``desktop_ocr.imaging.load``) so the picture on screen is
exactly what was recognised — same EXIF orientation, same PDF page — and box
coordinates line up.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from functools import partial

from PIL import Image
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from desktop_ocr.gui.offthread import Lane
from desktop_ocr.imaging.load import load_pages

log = logging.getLogger(__name__)

THUMB_SIZE = 64
DISPLAY_MAX_SIDE = 3200
"""Pages larger than this are shown downscaled (a 48-MP phone photo would make every
repaint slow); the viewer scales the item back so box coordinates stay in the
original image's pixels."""


def pil_to_qimage(image: Image.Image) -> QImage:
    """A deep-copied RGB QImage (the PIL buffer may go away afterwards)."""
    rgb = image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    qimg = QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    return qimg.copy()


def load_page(source: str, page: int | None, *, thumb: bool = False) -> Image.Image:
    """``page`` (1-based; the first when None) of ``source``; for a thumbnail a JPEG is
    decoded at a fraction of its size (why: a full decode held the GIL long enough to
    slow the window while a dropped folder's thumbnails loaded)."""
    extra = {"working_pixels": (THUMB_SIZE * 4) ** 2} if thumb else {}
    return load_pages(source, page=page or 1, **extra)[0].image


def _render(source: str, page: int | None, thumb: bool) -> QImage:
    """The page as a QImage: a thumbnail, or the page (downscaled past DISPLAY_MAX_SIDE)."""
    image = load_page(source, page, thumb=thumb)
    width = image.width
    if thumb:
        image = image.copy()
        image.thumbnail((THUMB_SIZE * 2, THUMB_SIZE * 2))  # 2x: sharp on HiDPI
    elif max(image.size) > DISPLAY_MAX_SIDE:
        image = image.copy()
        image.thumbnail((DISPLAY_MAX_SIDE, DISPLAY_MAX_SIDE))
    qimage = pil_to_qimage(image)
    # how many original pixels one displayed pixel stands for (1.0 = full size)
    qimage.setText("original_scale", repr(width / image.width))
    return qimage


class ImageLoader(QObject):
    """Asynchronous page/thumbnail loader with a small cache of full pages."""

    pageLoaded = Signal(str, object)  # key, QImage
    thumbnailLoaded = Signal(str, object)  # key, QImage
    loadFailed = Signal(str, str)

    CACHE_PAGES = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lane = Lane("images", 1, self)  # the other core belongs to recognition
        self._pages: OrderedDict[str, QImage] = OrderedDict()

    @staticmethod
    def key(source: str, page: int | None) -> str:
        # Keys cross Qt signals as QString, which drops the undecodable bytes of a
        # name (PEP 383 surrogates): escape them so each file keeps its own key.
        safe = source.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        return f"{safe}#{page or 1}"

    def request_page(self, source: str, page: int | None) -> str:
        key = self.key(source, page)
        cached = self._pages.get(key)
        if cached is not None:
            self._pages.move_to_end(key)
            self.pageLoaded.emit(key, cached)
        else:  # the page the clerk is looking at jumps ahead of queued thumbnails
            self._lane.run(partial(_render, source, page, False), partial(self._on_page, key),
                           partial(self._on_failed, key), first=True)
        return key

    def request_thumbnail(self, source: str, page: int | None) -> str:
        key = self.key(source, page)
        self._lane.run(partial(_render, source, page, True),
                       partial(self.thumbnailLoaded.emit, key), partial(self._on_failed, None))
        return key

    def _on_page(self, key: str, image: QImage) -> None:
        self._pages[key] = image
        while len(self._pages) > self.CACHE_PAGES:
            self._pages.popitem(last=False)
        self.pageLoaded.emit(key, image)

    def _on_failed(self, key: str | None, exc: Exception) -> None:
        """Unreadable files are reported by recognition too; a page says why it is blank."""
        log.info("could not load a page for display: %s", type(exc).__name__)
        if key is not None:
            self.loadFailed.emit(key, str(getattr(exc, "message", exc)))

    def shutdown(self) -> None:
        self._lane.shutdown(5.0)
