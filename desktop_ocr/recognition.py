"""From paths on disk to checked records: the pipeline shared by the CLI and the GUI.

Why: loading, recognising, normalising and validating must happen the same way
whether a clerk drops files on the window or a script calls ``desktop-ocr
recognize``.  A bad file never raises out of here: it becomes a failed record
with a typed error, and the batch goes on.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_ocr.backends.base import CancelToken, Recognizer
from desktop_ocr.documents.record import ErrorInfo, Record, RecordStatus
from desktop_ocr.errors import Cancelled, ImageError, OcrError
from desktop_ocr.imaging.types import PageImage

log = logging.getLogger(__name__)

#: Code of the failed record made from an unexpected exception in a backend.
INTERNAL_ERROR = "backend.internal_error"


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that is not a document image, and why (shown to the clerk).

    ``kind`` is what the file is instead (``text``, ``zip``, ``empty``,
    ``unreadable``…; see :data:`desktop_ocr.imaging.messages.CONTENT_KINDS`), so
    the GUI can say it in the clerk's language; ``reason`` says it in English.
    """

    path: str
    reason: str
    kind: str = "unknown"


def expand_inputs(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[str], list[Skipped]]:
    """Expand folders (recursively, sorted) into document files.

    Files named explicitly are kept whatever they hold, so the loader can say
    precisely what is wrong with them; inside folders a file is taken when its
    first bytes are an image or PDF we read (by content, like a single file: a
    camera's ``IMG_0001`` has no extension) and the rest are reported as skipped
    with what they are.  Hidden files (``.DS_Store``) are passed over silently.
    Paths keep the form the user gave (the CLI contract: ``source`` is the path
    as given).
    """
    from desktop_ocr.imaging.messages import skip_reason
    from desktop_ocr.imaging.sniff import sniff_path

    files: list[str] = []
    skipped: list[Skipped] = []
    for raw in paths:
        text = os.fspath(raw)
        path = Path(text)
        if path.is_dir():
            for child in sorted(_walk(path)):
                if child.name.startswith("."):  # .DS_Store, ._photo.jpg, editor swap files
                    continue
                fmt, kind = sniff_path(child)
                if fmt is not None:
                    files.append(str(child))
                else:
                    skipped.append(Skipped(str(child), skip_reason(kind), kind))
        else:
            files.append(text)
    return files, skipped


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            yield Path(root) / name


def _error_info(exc: OcrError) -> ErrorInfo:
    return ErrorInfo.of(exc)


def finish_record(record: Record) -> Record:
    """Normalise and validate a record fresh from a backend (in place).

    Whatever the backend itself warned about is kept as ``origin="backend"``;
    validation warnings are then computed by :func:`revalidate`.
    """
    from desktop_ocr.documents.normalize import normalize_record

    record.warnings = [replace(w, origin="backend") for w in record.warnings]
    if record.document_type:
        normalize_record(record)
    revalidate(record)
    if record.error is None:
        record.status = RecordStatus.RECOGNIZED
    return record


def revalidate(record: Record) -> Record:
    """Recompute validation warnings after an edit; backend warnings stay
    (``documents.validate.revalidate``)."""
    from desktop_ocr.documents.validate import revalidate as again

    return again(record)


def recognize_path(
    path: str | os.PathLike[str],
    recognizer: Recognizer,
    document_type: str = "auto",
    cancel: CancelToken | None = None,
) -> list[Record]:
    """Recognise every page of one file; one record per page (one for an image)."""
    source = os.fspath(path)
    from desktop_ocr.imaging.load import load_pages

    started = time.perf_counter()
    try:
        pages = load_pages(source)
    except ImageError as exc:
        log.info("could not load an input: %s", exc.code)
        return [Record.failed(source, _error_info(exc), backend=recognizer.name)]
    except OSError as exc:  # pragma: no cover - load_pages maps these itself
        err = ErrorInfo("image.unreadable", f"The file could not be read: {exc.strerror}.",
                        message_zh=f"无法读取该文件：{exc.strerror}。")
        return [Record.failed(source, err, backend=recognizer.name)]
    load_ms = (time.perf_counter() - started) * 1000.0

    records: list[Record] = []
    multi = len(pages) > 1
    for page in pages:
        page.source = source
        record = recognize_page(page, recognizer, document_type, cancel,
                                page_no=page.page if multi else None)
        record.timings = {"load": load_ms / len(pages), **record.timings}
        records.append(record)
        if record.error is not None and record.error.code == Cancelled.default_code:
            break
    return records


def warm_up(recognizer: Recognizer, cancel: CancelToken | None = None) -> None:
    """Load ``recognizer``'s model now: recognise a tiny blank page through the public
    interface, so the first real document takes as long as every other one.

    The blank page is expected to fail ("which document is this?"); only the side
    effect — a loaded model — matters, so nothing is raised.
    """
    from PIL import Image

    try:
        recognizer.recognize(
            PageImage(image=Image.new("RGB", (96, 96), "white"), source="warm-up"),
            "auto", cancel or CancelToken())
    except Exception as exc:  # expected for a blank page; a real problem shows later
        log.debug("warm-up of %s ended with %s", recognizer.name, type(exc).__name__)


def _timed(started: float, record: Record) -> Record:
    """A failed record still says how long the attempt took (``elapsed_ms``)."""
    record.timings = {"recognize": (time.perf_counter() - started) * 1000.0}
    return record


def recognize_page(
    page: PageImage,
    recognizer: Recognizer,
    document_type: str = "auto",
    cancel: CancelToken | None = None,
    *,
    page_no: int | None = None,
) -> Record:
    """Recognise one loaded page into a checked record; never raises.

    Why here: files (``recognize_path``) and uploads (the vendor server) go
    through the same steps.  A backend error becomes a failed record with the
    error's code (``Cancelled`` as ``cancelled``); an unexpected exception a
    failed record with ``backend.internal_error``.
    """
    source = page.source
    started = time.perf_counter()
    try:
        if cancel is not None:
            cancel.raise_if_cancelled()
        record = recognizer.recognize(page, document_type, cancel)
    except Cancelled as exc:
        return _timed(started, Record.failed(source, _error_info(exc),
                                             backend=recognizer.name, page=page_no))
    except OcrError as exc:
        log.warning("recognition failed: %s", exc.code)
        # A page read as a type but holding none of its fields keeps that type.
        read_as = getattr(exc, "document_type", None) or _known_type(document_type)
        return _timed(started, Record.failed(source, _error_info(exc), backend=recognizer.name,
                                             page=page_no, document_type=read_as))
    except Exception as exc:  # a backend bug must not end the batch
        log.exception("unexpected error in backend %s", recognizer.name)
        err = ErrorInfo(INTERNAL_ERROR,
                        f"The {recognizer.name} backend failed unexpectedly "
                        f"({type(exc).__name__}).")
        return _timed(started, Record.failed(source, err, backend=recognizer.name, page=page_no,
                                             document_type=_known_type(document_type)))
    record.source = source
    record.page = page_no
    zone = record.extra.get("mrz")
    if isinstance(zone, dict):  # a back side read on this page: where it was read
        zone.update(source=source, page=page_no)
    record.notes = [*page.notes, *record.notes]
    return finish_record(record)


def _known_type(document_type: str) -> str | None:
    return None if document_type == "auto" else document_type
