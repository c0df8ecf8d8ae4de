"""What the clerk hands the window: dropped URLs, opened files, a pasted image, new scans.

Why here and not in the window: turning a drop into a list of documents has rules
(local files only; folders recursively; skipped files kept with a reason) that
tests check without building a window, and folder walks run off the GUI thread.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_ocr import paths
from desktop_ocr.gui import notices
from desktop_ocr.gui.hot_folder import HotFolder
from desktop_ocr.gui.offthread import Lane
from desktop_ocr.gui.session import QueueSession, Screening
from desktop_ocr.gui.settings import AppSettings
from desktop_ocr.imaging.load import SUPPORTED_SUFFIXES
from desktop_ocr.recognition import expand_inputs


@dataclass(slots=True)
class Intake:
    """Files to queue and files refused, each with a reason the clerk can read.

    ``digests``: each readable file's content SHA-256 (the same document added
    twice, under any name); ``unattended``: it came from the scanner hot folder,
    nobody is there to be asked.
    """

    files: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    digests: dict[str, str] = field(default_factory=dict)
    unattended: bool = False


def file_digest(path: str) -> str | None:
    """SHA-256 of the file's bytes (hex), or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def local_paths(mime: QMimeData) -> list[str]:
    """Local file/folder paths of a drop (remote URLs are not documents on this desk)."""
    if not mime.hasUrls():
        return []
    return [_local_path(url) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def _local_path(url: QUrl) -> str:
    """The exact path of a ``file:`` URL, also when its name is not valid UTF-8.

    Why: ``toLocalFile`` decodes the percent-encoded bytes as UTF-8 and turns a GBK
    name (a folder unpacked from a zip made on Chinese Windows) into ``�`` — a path
    that does not exist.  On POSIX the bytes are decoded as Python decodes file
    names (PEP 383), so the file opens; Windows names are UTF-16 and need no help.
    """
    if os.name != "posix" or url.host():
        return url.toLocalFile()
    encoded = url.path(QUrl.ComponentFormattingOption.FullyEncoded)
    return os.fsdecode(unquote_to_bytes(encoded)) or url.toLocalFile()


def expand(paths_in: list[str], unattended: bool = False) -> Intake:
    """Folders → their documents (recursive); other files → skipped, with what they are.

    Files are taken by content, like the loader reads them (a camera's
    ``IMG_0001`` without an extension is a JPEG), never by their name;
    each file's content digest screens out duplicates.
    """
    from desktop_ocr.gui import i18n
    from desktop_ocr.imaging.messages import skip_reason
    from desktop_ocr.imaging.sniff import sniff_path

    def reason(kind: str) -> str:
        text = skip_reason(kind, i18n.current())
        return text[:1].upper() + text[1:] + ("。" if i18n.current().startswith("zh") else ".")

    out = Intake(unattended=unattended)
    explicit: list[str] = []
    for raw in paths_in:
        path = Path(raw)
        if not path.exists():
            out.skipped.append((raw, QCoreApplication.translate("Intake", "The file does not exist (any more).")))
            continue
        if path.is_file():
            fmt, kind = sniff_path(path)
            if fmt is None:
                out.skipped.append((raw, reason(kind)))
                continue
        explicit.append(raw)
    files, skipped = expand_inputs(explicit)
    out.files.extend(files)
    out.skipped.extend((item.path, reason(item.kind)) for item in skipped)
    for f in out.files:
        digest = file_digest(f)
        if digest is not None:
            out.digests[f] = digest
    return out


class IntakeExpander(QObject):
    """Walks dropped folders on the ``intake`` lane (a network share can be slow)."""

    expanded = Signal(object)  # Intake

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lane = Lane("intake", 1, self)  # one thread: drops stay in order

    def expand(self, paths_in: list[str], unattended: bool = False) -> None:
        self._lane.run(partial(expand, list(paths_in), unattended), self.expanded.emit)

    def shutdown(self) -> None:
        self._lane.wait(5.0)


class IntakeDesk(QObject):
    """Every way documents reach the queue: drops, File → Open, paste, the scanner hot folder.

    ``intakeReady(Intake)`` once folders are walked; ``message(text, ms)`` for the
    status bar.  File dialogs open on ``parent``; the last folder is remembered in
    the settings.
    """

    intakeReady = Signal(object)  # Intake
    message = Signal(str, int)

    def __init__(self, parent: QWidget, settings: AppSettings, *, poll_ms: int = 500) -> None:
        super().__init__(parent)
        self._parent = parent
        self._settings = settings
        self.expander = IntakeExpander(self)
        self.expander.expanded.connect(self.intakeReady)
        self.hot_folder = HotFolder(self, poll_ms=poll_ms)
        self.hot_folder.fileReady.connect(lambda path: self.add_paths([path], unattended=True))
        self.duplicates_question: QMessageBox | None = None  # "already here: add again?"
        self._closing = False

    def add_paths(self, paths_in: list[str], *, unattended: bool = False) -> None:
        """Queue files and folders (folders walked and files read for their digest off
        the GUI thread)."""
        self.expander.expand(paths_in, unattended)

    def open_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(
            self._parent, QCoreApplication.translate("MainWindow", "Open documents"),
            str(self._settings.get("window.intake_last_dir")),
            QCoreApplication.translate("MainWindow", "Images and PDFs ({0});;All files (*)")
            .replace("{0}", patterns))
        if files:
            self._settings.update({"window.intake_last_dir": str(Path(files[0]).parent)})
            self.add_paths(files)

    def open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._parent, QCoreApplication.translate("MainWindow", "Open a folder of documents"),
            str(self._settings.get("window.intake_last_dir")))
        if folder:
            self._settings.update({"window.intake_last_dir": folder})
            self.add_paths([folder])

    def paste(self) -> None:
        """Ctrl+V: copied files are queued as they are; a copied image becomes a file."""
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        paths_in = local_paths(mime) if mime is not None else []
        if paths_in:
            self.add_paths(paths_in)
            return
        image = clipboard.image()
        if image.isNull():
            self.message.emit(QCoreApplication.translate(
                "MainWindow", "The clipboard holds no image or file."), 5000)
            return
        self.add_paths([save_pasted_image(image)])

    def screen(self, intake: Intake, session: QueueSession,
               add: Callable[[list[str], Intake], None]) -> None:
        """Add ``intake``'s files with ``add`` — but those holding a document already in the
        queue or confirmed before (same content) only if the clerk says so; from the
        scanner's hot folder nobody is asked: they are skipped, with a note."""
        def screened(found: Screening) -> None:
            if self._closing:
                return
            if not found.duplicates:
                add(found.new, intake)
                if found.repeated:
                    self.message.emit(notices.repeated_text(found), 15000)
            elif intake.unattended:
                add(found.new, intake)
                self.message.emit(notices.duplicates_skipped_text(found), 15000)
            else:
                box, add_all = notices.duplicates_question(self._parent, found)
                self.duplicates_question = box
                box.buttonClicked.connect(lambda button: chosen(button is add_all, found))
                box.open()

        def chosen(everything: bool, found: Screening) -> None:
            wanted = set(found.new + found.duplicates if everything else found.new)
            # in the order given, each document once
            add(list(dict.fromkeys(f for f in intake.files if f in wanted)), intake)
            if not everything:
                self.message.emit(notices.duplicates_skipped_text(found), 15000)
            elif found.repeated:
                self.message.emit(notices.repeated_text(found), 15000)

        session.screen(intake.files, intake.digests, screened)

    def shutdown(self) -> None:
        self._closing = True
        self.hot_folder.stop()
        self.expander.shutdown()


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
