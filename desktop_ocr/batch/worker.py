"""What runs in each worker process: one recogniser, built once, used for every document.

Why module state: a worker process (local pool or Dask worker) builds its
engine on its first task (or in the pool's initializer) and keeps it; tasks
carry only a path, and the worker reads the image itself (from a shared path
on a cluster).  A lock keeps one recognition at a time per process even on a
multi-threaded Dask worker: backends need not be thread-safe.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
from dataclasses import dataclass

from desktop_ocr.documents.record import Record

_lock = threading.Lock()
_recognizer = None
_backend = ""


@dataclass(slots=True)
class Outcome:
    """The records of one input file (one per page) and the file's SHA-256."""

    source: str
    sha256: str
    records: list[Record]


def init_worker(backend: str, threads: int | None = None, ignore_sigint: bool = True) -> None:
    """Pool initializer: engine threads for this process, Ctrl+C and SIGTERM left to the parent.

    Why: Ctrl+C reaches the whole foreground group and a service manager's stop may
    send SIGTERM to every process; the parent then writes what finished and stops
    its workers itself (``LocalExecutor.close(cancel=True)``), so none is left behind.
    """
    if threads:
        os.environ["DESKTOP_OCR_OCR_THREADS"] = str(threads)
    if ignore_sigint:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _ensure(backend)


def _ensure(backend: str):  # type: ignore[no-untyped-def]
    global _recognizer, _backend
    if _recognizer is None or _backend != backend:
        from desktop_ocr.backends.registry import create_recognizer
        from desktop_ocr.settings_store import load_backend_settings

        _recognizer = create_recognizer(backend, load_backend_settings())
        _backend = backend
    return _recognizer


def file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


def recognize_file(source: str, read_path: str, backend: str, document_type: str) -> Outcome:
    """Every page of ``read_path`` as records whose ``source`` is ``source`` (as given)."""
    from desktop_ocr.recognition import recognize_path

    with _lock:
        recognizer = _ensure(backend)
        records = recognize_path(read_path, recognizer, document_type)
    for record in records:
        record.source = source
    return Outcome(source=source, sha256=file_sha256(read_path), records=records)
