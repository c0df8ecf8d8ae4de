"""Load page images and thumbnails off the GUI thread.

Why: decoding a 12-megapixel JPEG or rendering a PDF page takes longer than a
frame; done on the GUI thread it would freeze the window while a clerk types.
Jobs run on a small ``QThreadPool`` of their own and hand back ``QImage`` (safe to
make outside the GUI thread, unlike ``QPixmap``).  Pages come through the same
loader as recognition (``desktop_ocr.imaging.load``) so the picture on screen is
exactly what was recognised — same EXIF orientation, same PDF page — and box
coordinates line up.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from PIL import Image
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

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


def load_page(source: str, page: int | None) -> Image.Image:
    from desktop_ocr.imaging.load import load_pages

    pages = load_pages(source, page=page) if page else load_pages(source, page=1)
    return pages[0].image


class _Signals(QObject):
    loaded = Signal(str, object)  # key, QImage
    failed = Signal(str, str)  # key, reason


class _LoadJob(QRunnable):
    def __init__(self, key: str, source: str, page: int | None, thumb: bool,
                 signals: _Signals) -> None:
        super().__init__()
        self.key, self.source, self.page, self.thumb = key, source, page, thumb
        self.signals = signals

    def run(self) -> None:
        try:
            image = load_page(self.source, self.page)
            width = image.width
            if self.thumb:
                image = image.copy()
                image.thumbnail((THUMB_SIZE * 2, THUMB_SIZE * 2))  # 2x: sharp on HiDPI
            elif max(image.size) > DISPLAY_MAX_SIDE:
                image = image.copy()
                image.thumbnail((DISPLAY_MAX_SIDE, DISPLAY_MAX_SIDE))
            qimage = pil_to_qimage(image)
            # how many original pixels one displayed pixel stands for (1.0 = full size)
            qimage.setText("original_scale", repr(width / image.width))
            self.signals.loaded.emit(self.key, qimage)
        except Exception as exc:  # unreadable files are reported by recognition too
            log.info("could not load a page for display: %s", type(exc).__name__)
            self.signals.failed.emit(self.key, str(getattr(exc, "message", exc)))


class ImageLoader(QObject):
    """Asynchronous page/thumbnail loader with a small cache of full pages."""

    pageLoaded = Signal(str, object)  # key, QImage
    thumbnailLoaded = Signal(str, object)  # key, QImage
    loadFailed = Signal(str, str)

    CACHE_PAGES = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # the other core belongs to recognition
        self._pages: OrderedDict[str, QImage] = OrderedDict()
        self._page_signals = _Signals(self)
        self._thumb_signals = _Signals(self)
        self._page_signals.loaded.connect(self._on_page)
        self._page_signals.failed.connect(self.loadFailed)
        self._thumb_signals.loaded.connect(self.thumbnailLoaded)

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
        else:
            # the page the clerk is looking at jumps ahead of queued thumbnails
            self._pool.start(_LoadJob(key, source, page, False, self._page_signals), 1)
        return key

    def request_thumbnail(self, source: str, page: int | None) -> str:
        key = self.key(source, page)
        self._pool.start(_LoadJob(key, source, page, True, self._thumb_signals))
        return key

    def _on_page(self, key: str, image: QImage) -> None:
        self._pages[key] = image
        while len(self._pages) > self.CACHE_PAGES:
            self._pages.popitem(last=False)
        self.pageLoaded.emit(key, image)

    def shutdown(self) -> None:
        self._pool.clear()
        self._pool.waitForDone(5000)
