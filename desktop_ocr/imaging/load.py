"""Load a file the clerk dropped into upright RGB page images, or say plainly why not.

Formats: JPEG, PNG, BMP, TIFF (every frame a page), WebP, HEIC/HEIF (pillow-heif),
AVIF and PDF (pypdfium2, every page rendered).  Decisions (docs/adr/0020, 0021):

* The format comes from the file's first bytes, never its name, and the file is
  opened with exactly that one decoder.
* Sizes are checked *before* pixels are decoded: a declared 30000×30000 PNG is
  refused from its header; a PDF's page count and page sizes are checked before
  any page is rendered.  The limits are ours, not Pillow's warning threshold.
* Truncated files are errors, never half-grey images.
* Whatever Pillow, pillow-heif or PDFium raise becomes an :class:`ImageError` with
  a stable code and an English and Chinese message; nothing else escapes.
"""

from __future__ import annotations

import io
import logging
import math
import os
import re
import stat
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageFile

from desktop_ocr.errors import ImageError
from desktop_ocr.imaging.colour import to_rgb
from desktop_ocr.imaging.messages import image_error
from desktop_ocr.imaging.orient import apply_exif_orientation
from desktop_ocr.imaging.sniff import SNIFF_BYTES, describe_content, sniff_format
from desktop_ocr.imaging.types import PageImage
from desktop_ocr.paths import display_name

log = logging.getLogger(__name__)

#: Default most pages taken from one PDF or multi-page TIFF; more is refused.
DEFAULT_MAX_PAGES = 50
#: Largest image (declared width × height) decoded.  108-MP phone cameras fit;
#: a 30000×30000 decompression bomb (900 MP) does not.  Kept below Pillow's own
#: hard error (2 × Image.MAX_IMAGE_PIXELS) so this is the limit that speaks.
MAX_PIXELS = 120_000_000
#: JPEGs above this are decoded at 1/2, 1/4… scale by libjpeg (``draft``): same
#: legibility for OCR (still > 5000 px long side), a quarter of the memory.
WORKING_PIXELS = 50_000_000
#: All pages of one file together (≈ 750 MB as RGB): 50 A4 pages at 200 dpi fit.
MAX_TOTAL_PIXELS = 250_000_000
#: Image files are read into memory; a bigger "image" is refused unread.
MAX_IMAGE_FILE_BYTES = 256 * 1024 * 1024
#: Smaller than this on a side cannot hold a readable document.
MIN_SIDE = 32
#: PDF pages are rendered at this resolution…
PDF_DPI = 200
#: …but never longer than this on the long side (a poster-sized page).
PDF_MAX_LONG_SIDE = 3500

_SUFFIXES_BY_FORMAT: dict[str, tuple[str, ...]] = {
    "JPEG": (".jpg", ".jpeg", ".jpe", ".jfif"),
    "PNG": (".png",),
    "BMP": (".bmp", ".dib"),
    "TIFF": (".tif", ".tiff"),
    "WEBP": (".webp",),
    "HEIF": (".heic", ".heif", ".hif"),
    "AVIF": (".avif",),
    "PDF": (".pdf",),
}
#: Suffixes offered in file dialogs and picked up when a folder is dropped.  The
#: loader itself goes by content, so a mis-named file still loads.
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    suffix for suffixes in _SUFFIXES_BY_FORMAT.values() for suffix in suffixes
)
#: MIME types (freedesktop shared-mime-info names and their aliases) of what we read: the
#: desktop entry's ``MimeType=`` ("Open with" in file managers) is checked against it.
MIME_TYPES_BY_FORMAT: dict[str, tuple[str, ...]] = {
    "JPEG": ("image/jpeg",),
    "PNG": ("image/png",),
    "BMP": ("image/bmp",),
    "TIFF": ("image/tiff",),
    "WEBP": ("image/webp",),
    "HEIF": ("image/heif", "image/heic"),
    "AVIF": ("image/avif",),
    "PDF": ("application/pdf",),
}
_FORMAT_LABEL = {"WEBP": "WebP", "HEIF": "HEIC/HEIF"}

# PDFium is not thread-safe; the GUI loads thumbnails on a pool while a batch runs.
_PDFIUM_LOCK = threading.Lock()
_HEIF_LOCK = threading.Lock()
_heif_registered = False


def is_supported(path: str | os.PathLike[str]) -> bool:
    """True when the file name has a suffix we load (for folder scans and dialogs)."""
    return Path(path).suffix.lower() in SUPPORTED_SUFFIXES


def load_pages(
    path: str | os.PathLike[str],
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
    max_pixels: int = MAX_PIXELS,
    page: int | None = None,
    working_pixels: int | None = None,
) -> list[PageImage]:
    """Every page of ``path`` as an upright RGB :class:`PageImage`.

    ``max_pages``: a PDF or TIFF with more pages is refused as a whole
    (``image.pdf_too_many_pages`` / ``image.too_many_pages``) before any page is
    rendered — better than silently recognising only the first pages.
    ``max_pixels``: an image declaring more pixels is refused (``image.too_large``).
    ``page``: load only this 1-based page (a viewer showing one page of a long PDF);
    the page-count limit does not apply then.
    ``working_pixels``: a larger JPEG is decoded at 1/2, 1/4 or 1/8 of its size
    (the codec's own scaling, far cheaper than decoding and shrinking) down to about
    this many pixels: recognition's working size (:data:`WORKING_PIXELS`) by default,
    a thumbnail's when the window only needs an icon.

    Raises :class:`ImageError` — and only that — for anything wrong with the file.
    """
    source = os.fspath(path)
    file_path = Path(source)
    name = display_name(source)  # for messages: undecodable name bytes shown as "�"
    fmt: str | None = None
    try:
        size = _check_file(file_path, name)
        head = _read_head(file_path, name)
        fmt = sniff_format(head)
        if fmt is None:
            raise image_error("image.unsupported_format", name=name, what=describe_content(head))
        if fmt == "PDF":
            return _load_pdf(file_path, name, source, max_pages, page)
        if size > MAX_IMAGE_FILE_BYTES:
            raise image_error("image.too_large#file", name=name, size_mb=size / 2**20,
                              limit_mb=MAX_IMAGE_FILE_BYTES / 2**20)
        data = _read_all(file_path, name)
        return _load_raster(data, fmt, name, source, max_pages, max_pixels, page,
                            working_pixels)
    except ImageError:
        raise
    except FileNotFoundError as exc:
        raise image_error("image.not_found", name=name, detail=str(exc)) from exc
    except PermissionError as exc:
        raise image_error("image.unreadable", name=name, detail=str(exc)) from exc
    except Image.DecompressionBombError as exc:
        raise _too_large_from_message(name, str(exc), max_pixels) from exc
    except MemoryError as exc:
        raise image_error("image.too_large#memory", name=name, detail="MemoryError") from exc
    except Exception as exc:  # every decoder failure becomes a typed error
        raise _decode_error(exc, fmt, name) from exc


# --------------------------------------------------------------------------- files


def _check_file(file_path: Path, name: str) -> int:
    """Size in bytes of a readable regular file, or the matching ImageError."""
    try:
        info = file_path.stat()
    except FileNotFoundError as exc:
        raise image_error("image.not_found", name=name, detail=str(exc)) from exc
    except PermissionError as exc:
        raise image_error("image.unreadable", name=name, detail=str(exc)) from exc
    except (OSError, ValueError) as exc:  # bad path characters, too long, I/O error
        raise image_error("image.not_found", name=name, detail=str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise image_error("image.not_a_file", name=name)
    if info.st_size == 0:
        raise image_error("image.empty", name=name)
    return info.st_size


def _read_head(file_path: Path, name: str) -> bytes:
    try:
        with file_path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except FileNotFoundError as exc:
        raise image_error("image.not_found", name=name, detail=str(exc)) from exc
    except OSError as exc:
        raise image_error("image.unreadable", name=name, detail=str(exc)) from exc
    if not head:  # emptied between stat and read
        raise image_error("image.empty", name=name)
    return head


def _read_all(file_path: Path, name: str) -> bytes:
    try:
        return file_path.read_bytes()
    except FileNotFoundError as exc:
        raise image_error("image.not_found", name=name, detail=str(exc)) from exc
    except OSError as exc:
        raise image_error("image.unreadable", name=name, detail=str(exc)) from exc


# ------------------------------------------------------------------------ rasters


def _register_heif() -> None:
    """Teach Pillow HEIF once, on first use (pillow-heif import costs ~50 ms)."""
    global _heif_registered
    with _HEIF_LOCK:
        if not _heif_registered:
            import pillow_heif

            pillow_heif.register_heif_opener()
            _heif_registered = True


@contextmanager
def _quiet_pillow() -> Iterator[None]:
    """Silence Pillow's own bomb and EXIF warnings: our limits decide, not its warnings."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        warnings.simplefilter("ignore", UserWarning)
        yield


def _open_image(data: bytes, fmt: str, name: str) -> ImageFile.ImageFile:
    """Parse the header with the one plugin for ``fmt`` — no pixels decoded yet.

    The plugin class is called directly rather than through ``Image.open`` so that
    Pillow's own bomb check (an error without the image size) does not pre-empt
    ours, which names the size; nothing is decoded before ``_check_dimensions``.
    """
    Image.init()
    plugin = Image.OPEN.get(fmt)
    if plugin is None:  # e.g. a Pillow built without AVIF
        raise image_error("image.unsupported_format", name=name, what="unknown",
                          detail=f"no Pillow plugin for {fmt}")
    factory, _accept = plugin
    return factory(io.BytesIO(data), "")


def _load_raster(
    data: bytes, fmt: str, name: str, source: str, max_pages: int, max_pixels: int,
    only_page: int | None, working_pixels: int | None = None,
) -> list[PageImage]:
    if fmt == "HEIF":
        _register_heif()
    if ImageFile.LOAD_TRUNCATED_IMAGES:  # someone flipped Pillow's global: say so
        log.warning("PIL.ImageFile.LOAD_TRUNCATED_IMAGES is on; truncated files may load")
    with _quiet_pillow(), _open_image(data, fmt, name) as image:
        # Only TIFF pages are document pages; other formats' extra frames are
        # animation or HEIF thumbnails/bursts: the primary image is the document.
        frames = image.n_frames if fmt == "TIFF" else 1
        indices = _wanted_frames(frames, only_page, max_pages, name, fmt)
        sizes = []
        for index in indices:
            image.seek(index)
            sizes.append(image.size)
            _check_dimensions(image.size, name, max_pixels)
        total = sum(w * h for w, h in sizes)
        if total > MAX_TOTAL_PIXELS:
            raise image_error("image.too_large#document", name=name, pages=len(sizes),
                              megapixels=total / 1e6, limit_mp=MAX_TOTAL_PIXELS / 1e6)
        single = frames == 1
        pages = []
        for index in indices:
            image.seek(index)
            pixels, notes, faithful = _decode_frame(image, fmt, working_pixels)
            pages.append(PageImage(
                image=pixels,
                source=source,
                page=index + 1 if not single else None,
                original_bytes=data if single else None,
                original_format=fmt if single else None,
                notes=notes,
                original_sendable=faithful,
            ))
        return pages


def _wanted_frames(
    frames: int, only_page: int | None, max_pages: int, name: str, fmt: str,
) -> list[int]:
    if only_page is not None:
        return [min(max(only_page, 1), frames) - 1]
    if frames > max_pages:
        code = "image.pdf_too_many_pages" if fmt == "PDF" else "image.too_many_pages"
        raise image_error(code, name=name, pages=frames, max_pages=max_pages)
    return list(range(frames))


def _check_dimensions(size: tuple[int, int], name: str, max_pixels: int) -> None:
    width, height = size
    if width * height > max_pixels:
        raise image_error("image.too_large", name=name, width=width, height=height,
                          megapixels=width * height / 1e6, limit_mp=max_pixels / 1e6)
    if min(width, height) < MIN_SIDE:
        raise image_error("image.too_small", name=name, width=width, height=height,
                          min_side=MIN_SIDE)


def _decode_frame(image: Image.Image, fmt: str, working_pixels: int | None = None,
                  ) -> tuple[Image.Image, list[str], bool]:
    """Decode the current frame: (upright RGB pixels, notes, original still faithful)."""
    notes: list[str] = []
    working_pixels = working_pixels or WORKING_PIXELS
    width, height = image.size
    if fmt == "JPEG" and width * height > working_pixels:
        scale = 2
        while width * height / scale**2 > working_pixels and scale < 8:
            scale *= 2
        image.draft(image.mode, (math.ceil(width / scale), math.ceil(height / scale)))
        if image.size != (width, height):
            notes.append(f"decoded at reduced size {image.width}×{image.height} "
                         f"(stored {width}×{height}) to save memory")
    image.load()  # raises on truncated data (LOAD_TRUNCATED_IMAGES is False)
    upright, turned = apply_exif_orientation(image)
    if upright is image:
        upright = image.copy()  # detach from the file (and from the frame pointer)
    rgb, converted, changed = to_rgb(upright)
    notes += [note for note in (turned, converted) if note]
    return rgb, notes, not (turned or changed)


# --------------------------------------------------------------------------- PDFs


def _load_pdf(
    file_path: Path, name: str, source: str, max_pages: int, only_page: int | None,
) -> list[PageImage]:
    """Render PDF pages; page count and sizes are checked before rendering any."""
    with _PDFIUM_LOCK, file_path.open("rb") as handle:
        try:
            document = pdfium.PdfDocument(handle)
        except pdfium.PdfiumError as exc:
            raise _pdf_open_error(exc, name) from exc
        try:
            count = len(document)
            if count == 0:
                raise image_error("image.pdf_no_pages", name=name)
            indices = _wanted_frames(count, only_page, max_pages, name, "PDF")
            plans = [(index, *_pdf_render_plan(document, index)) for index in indices]
            total = sum(w * h for _, _, (w, h) in plans)
            if total > MAX_TOTAL_PIXELS:
                raise image_error("image.too_large#document", name=name, pages=len(plans),
                                  megapixels=total / 1e6, limit_mp=MAX_TOTAL_PIXELS / 1e6)
            with _quiet_pillow():
                try:
                    document.init_forms()  # draw filled-in form fields too
                except pdfium.PdfiumError:
                    log.info("PDF form environment unavailable; rendering without forms")
                return [_render_pdf_page(document, index, scale, size, name, source)
                        for index, scale, size in plans]
        finally:
            document.close()


def _pdf_render_plan(document: pdfium.PdfDocument, index: int) -> tuple[float, tuple[int, int]]:
    """Scale (pixels per point) and pixel size for page ``index``, without rendering."""
    width_pt, height_pt = document.get_page_size(index)
    long_pt = max(width_pt, height_pt, 1e-3)
    scale = min(PDF_DPI / 72.0, PDF_MAX_LONG_SIDE / long_pt)
    return scale, (max(1, round(width_pt * scale)), max(1, round(height_pt * scale)))


def _render_pdf_page(
    document: pdfium.PdfDocument, index: int, scale: float, size: tuple[int, int],
    name: str, source: str,
) -> PageImage:
    if min(size) < MIN_SIDE:
        raise image_error("image.too_small", name=f"{name} p.{index + 1}", width=size[0],
                          height=size[1], min_side=MIN_SIDE)
    pdf_page = document[index]
    try:
        bitmap = pdf_page.render(scale=scale, may_draw_forms=True)
        try:
            pil = bitmap.to_pil()
            rgb = pil.convert("RGB") if pil.mode != "RGB" else pil.copy()
        finally:
            bitmap.close()
    finally:
        pdf_page.close()
    dpi = round(scale * 72)
    return PageImage(image=rgb, source=source, page=index + 1,
                     notes=[f"PDF page {index + 1} rendered at {dpi} dpi"])


def _pdf_open_error(exc: pdfium.PdfiumError, name: str) -> ImageError:
    code = getattr(exc, "err_code", None)
    if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
        return image_error("image.pdf_encrypted", name=name, detail=str(exc))
    if code == pdfium_c.FPDF_ERR_FILE:
        return image_error("image.unreadable", name=name, detail=str(exc))
    return image_error("image.corrupt", name=name, fmt="PDF", detail=str(exc))


# ------------------------------------------------------------------------- errors

_TRUNCATION_HINTS = ("truncated", "premature end", "broken data stream", "unexpected end",
                     "not enough data", "end of file", "too short")


def _decode_error(exc: BaseException, fmt: str | None, name: str) -> ImageError:
    label = _FORMAT_LABEL.get(fmt or "", fmt or "image")
    text = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, EOFError) or any(hint in str(exc).lower() for hint in _TRUNCATION_HINTS):
        return image_error("image.truncated", name=name, fmt=label, detail=text)
    return image_error("image.corrupt", name=name, fmt=label, detail=text)


def _too_large_from_message(name: str, message: str, max_pixels: int) -> ImageError:
    """Pillow's own bomb error (beyond our cap anyway): reuse the pixel count it found."""
    match = re.search(r"\((\d+) pixels\)", message)
    pixels = int(match.group(1)) if match else 0
    return image_error("image.too_large#pixels", name=name, megapixels=pixels / 1e6,
                       limit_mp=max_pixels / 1e6, detail=message)
