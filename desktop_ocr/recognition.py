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

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that is not a document image, and why (shown to the clerk)."""

    path: str
    reason: str


def _supported(path: Path) -> bool:
    from desktop_ocr.imaging.load import is_supported

    return is_supported(path)


def expand_inputs(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[str], list[Skipped]]:
    """Expand folders (recursively, sorted) into document files.

    Files named explicitly are kept even with an unknown suffix, so the loader
    can say precisely what is wrong with them; inside folders only supported
    suffixes are taken and the rest are reported as skipped.  Paths keep the
    form the user gave (the CLI contract: ``source`` is the path as given).
    """
    files: list[str] = []
    skipped: list[Skipped] = []
    for raw in paths:
        text = os.fspath(raw)
        path = Path(text)
        if path.is_dir():
            for child in sorted(_walk(path)):
                if child.name.startswith("."):  # .DS_Store, ._photo.jpg, editor swap files
                    continue
                if _supported(child):
                    files.append(str(child))
                else:
                    skipped.append(Skipped(str(child), "not a supported image or PDF"))
        else:
            files.append(text)
    return files, skipped


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            yield Path(root) / name


def _error_info(exc: OcrError) -> ErrorInfo:
    return ErrorInfo(code=exc.code, message=exc.message, retryable=exc.retryable)


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
    """Recompute validation warnings after an edit; backend warnings stay."""
    from desktop_ocr.documents.validate import validate_record

    kept = [w for w in record.warnings if w.origin == "backend"]
    record.warnings = kept + (validate_record(record) if record.document_type else [])
    return record


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
        err = ErrorInfo("image.unreadable", f"The file could not be read: {exc.strerror}.")
        return [Record.failed(source, err, backend=recognizer.name)]
    load_ms = (time.perf_counter() - started) * 1000.0

    records: list[Record] = []
    multi = len(pages) > 1
    for page in pages:
        page.source = source
        page_no = page.page if multi else None
        try:
            if cancel is not None:
                cancel.raise_if_cancelled()
            record = recognizer.recognize(page, document_type, cancel)
        except Cancelled as exc:
            records.append(Record.failed(source, _error_info(exc), backend=recognizer.name,
                                         page=page_no))
            break
        except OcrError as exc:
            log.warning("recognition failed: %s", exc.code)
            # A page read as a type but holding none of its fields keeps that type.
            read_as = getattr(exc, "document_type", None) or _known_type(document_type)
            records.append(Record.failed(source, _error_info(exc), backend=recognizer.name,
                                         page=page_no, document_type=read_as))
            continue
        except Exception as exc:  # a backend bug must not end the batch
            log.exception("unexpected error in backend %s", recognizer.name)
            err = ErrorInfo("backend.internal_error",
                            f"The {recognizer.name} backend failed unexpectedly "
                            f"({type(exc).__name__}).")
            records.append(Record.failed(source, err, backend=recognizer.name, page=page_no,
                                         document_type=_known_type(document_type)))
            continue
        record.source = source
        record.page = page_no
        zone = record.extra.get("mrz")
        if isinstance(zone, dict):  # a back side read on this page: where it was read
            zone.update(source=source, page=page_no)
        record.notes = [*page.notes, *record.notes]
        record.timings = {"load": load_ms / len(pages), **record.timings}
        records.append(finish_record(record))
    return records


def _known_type(document_type: str) -> str | None:
    return None if document_type == "auto" else document_type
