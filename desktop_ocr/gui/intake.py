"""What the clerk hands the window: dropped URLs, opened files, a pasted image.

Why here and not in the window: turning a drop into a list of documents has rules
(local files only; folders recursively; skipped files kept with a reason) that
tests check without building a window, and folder walks run off the GUI thread.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from desktop_ocr import paths


@dataclass(slots=True)
class Intake:
    """Files to queue and files refused, each with a reason the clerk can read."""

    files: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def local_paths(mime: QMimeData) -> list[str]:
    """Local file/folder paths of a drop (remote URLs are not documents on this desk)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def expand(paths_in: list[str]) -> Intake:
    """Folders → their supported files (recursive); unsupported files → skipped, with why."""
    from desktop_ocr.imaging.load import is_supported
    from desktop_ocr.recognition import expand_inputs

    out = Intake()
    explicit: list[str] = []
    for raw in paths_in:
        path = Path(raw)
        if not path.exists():
            out.skipped.append((raw, QCoreApplication.translate("Intake", "The file does not exist (any more).")))
        elif path.is_file() and not is_supported(path):
            suffix = path.suffix or QCoreApplication.translate("Intake", "no extension")
            out.skipped.append((raw, QCoreApplication.translate("Intake", "Not an image or PDF this app reads ({0}).")
                                .replace("{0}", suffix)))
        else:
            explicit.append(raw)
    files, skipped = expand_inputs(explicit)
    out.files.extend(files)
    for item in skipped:
        out.skipped.append((item.path, QCoreApplication.translate("Intake", "Not an image or PDF this app reads ({0}).")
                            .replace("{0}", Path(item.path).suffix or
                                     QCoreApplication.translate("Intake", "no extension"))))
    return out


class _ExpandSignals(QObject):
    done = Signal(object)  # Intake


class _ExpandJob(QRunnable):
    def __init__(self, paths_in: list[str], signals: _ExpandSignals) -> None:
        super().__init__()
        self.paths_in, self.signals = paths_in, signals

    def run(self) -> None:
        self.signals.done.emit(expand(self.paths_in))


class IntakeExpander(QObject):
    """Walks dropped folders on a background thread (a network share can be slow)."""

    expanded = Signal(object)  # Intake

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # keep drop order
        self._signals = _ExpandSignals(self)
        self._signals.done.connect(self.expanded)

    def expand(self, paths_in: list[str]) -> None:
        self._pool.start(_ExpandJob(list(paths_in), self._signals))

    def shutdown(self) -> None:
        self._pool.waitForDone(5000)


def save_pasted_image(image: QImage) -> str:
    """Write a pasted clipboard image to the app's cache folder and return its path.

    Why a file at all: the pipeline reads documents from paths, like every other
    intake.  The copy is made only because the clerk pasted the image (there is no
    other place it lives), it stays in the app's own cache folder, and the record
    store's retention purge removes old records; nothing else is copied anywhere.
    """
    folder = paths.cache_dir() / "pasted"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = folder / f"pasted-{stamp}-{os.getpid()}-{int(time.time() * 1000) % 1000:03d}.png"
    if not image.save(str(target), "PNG"):
        raise OSError(f"could not write {target}")
    return str(target)
