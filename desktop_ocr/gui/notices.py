"""The window's messages about the record store and the last session, in the clerk's words.

Why apart from the window: each is a message with rules of its own (which
reason to give, how many documents, never blocking start-up), and the window
only decides when to show one.  Every box is shown with ``open``/``show``, never
``exec``, so start-up never waits on the clerk.  The words keep the
``MainWindow`` translation context: they are the main window's messages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop_ocr.errors import OcrError
from desktop_ocr.gui import i18n
from desktop_ocr.gui.session import Screening


def store_recovered(parent: QWidget, notice: OcrError) -> QMessageBox:
    """The store file was damaged and moved aside at start-up; the text names where
    it was kept, so it can be recovered."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "Record store"),
                      notice.localized(i18n.current()), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("storeRecoveryNotice")
    box.open()
    return box


def store_unavailable(parent: QWidget, problem: OcrError, path: Path) -> QMessageBox:
    """The record store could not be opened: why, and that nothing will be kept.

    Why: the window keeps working on a temporary in-memory store, so the clerk
    can still recognise and export; but they must know before they spend an
    hour correcting documents that closing the app loses that work.
    """
    detail = (problem.detail or "").lower()
    if problem.code == "store.busy" or "locked" in detail or "busy" in detail:
        reason = QCoreApplication.translate("MainWindow", "The record store is in use by another copy of the app.")
    elif problem.code == "store.too_new":
        reason = QCoreApplication.translate("MainWindow", "The record store was written by a newer version of the app. "
                     "Update the app to use it.")
    else:
        reason = problem.localized(i18n.current())
    text = "\n\n".join([
        reason,
        QCoreApplication.translate("MainWindow", "This window works with a temporary store: documents and edits of this "
            "session will not be kept when the app closes. Export them before closing."),
        QCoreApplication.translate("MainWindow", "Record store file: {0}").replace("{0}", str(path)),
    ])
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "Record store"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("storeUnavailableNotice")
    box.open()
    return box


def store_unavailable_status() -> str:
    return QCoreApplication.translate("MainWindow", "The record store could not be opened: edits will not be kept.")


def interrupted_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("MainWindow", "The document being read when the app stopped was not started again, "
                   "in case it caused that. It is marked failed: use Retry failed to read it.")
    return QCoreApplication.translate("MainWindow", "The {0} documents being read when the app stopped were not started again, "
               "in case they caused that. They are marked failed: use Retry failed to read "
               "them.").replace("{0}", str(count))


def resume_offer(parent: QWidget, count: int, interrupted: int) -> tuple[QMessageBox, QPushButton]:
    """Ask, without blocking start-up or the window, whether to read the unfinished
    documents now; returns the box and its Resume button."""
    if count == 1:
        text = QCoreApplication.translate("MainWindow", "1 document was not finished when the app last closed. Read it now?")
    else:
        text = QCoreApplication.translate("MainWindow", "{0} documents were not finished when the app last closed. "
                   "Read them now?").replace("{0}", str(count))
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("MainWindow", "Unfinished documents"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("resumeOffer")
    if interrupted:
        box.setInformativeText(interrupted_text(interrupted))
    resume = box.addButton(QCoreApplication.translate("MainWindow", "&Resume"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(QCoreApplication.translate("MainWindow", "&Later"), QMessageBox.ButtonRole.RejectRole)
    resume.setObjectName("resumeButton")
    later.setObjectName("laterButton")
    box.setDefaultButton(resume)
    box.setEscapeButton(later)
    box.setWindowModality(Qt.WindowModality.NonModal)  # the clerk may look at the queue first
    return box, resume


def resume_later_text() -> str:
    return QCoreApplication.translate("MainWindow", "The unfinished documents stay queued: Document → Resume unfinished "
               "documents reads them.")


def _duplicate_counts(found: Screening) -> str:
    parts = []
    if found.in_queue:
        parts.append(QCoreApplication.translate(
            "MainWindow", "%n file(s) already in the queue", "", len(found.in_queue)))
    if found.confirmed:
        parts.append(QCoreApplication.translate(
            "MainWindow", "%n file(s) confirmed before", "", len(found.confirmed)))
    return "; ".join(parts)


def duplicates_question(parent: QWidget, found: Screening) -> tuple[QMessageBox, QPushButton]:
    """Files with the same content as documents in the queue or confirmed before: skip
    them or add them anyway (not shown yet: the caller opens it).  Returns the box and
    its "Add anyway" button."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("MainWindow", "Documents already here"),
                      QCoreApplication.translate(
                          "MainWindow", "Some of these files hold the same document as one "
                          "you already have: {0}. Add them again?")
                      .replace("{0}", _duplicate_counts(found)),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("duplicatesQuestion")
    names = [Path(f).name for f in found.duplicates]
    box.setDetailedText("\n".join(names))
    if found.repeated:
        box.setInformativeText(repeated_text(found))
    skip = box.addButton(QCoreApplication.translate("MainWindow", "&Skip them"),
                         QMessageBox.ButtonRole.RejectRole)
    add = box.addButton(QCoreApplication.translate("MainWindow", "&Add anyway"),
                        QMessageBox.ButtonRole.AcceptRole)
    skip.setObjectName("skipDuplicatesButton")
    add.setObjectName("addDuplicatesButton")
    box.setDefaultButton(skip)
    box.setEscapeButton(skip)
    return box, add


def duplicates_skipped_text(found: Screening) -> str:
    text = QCoreApplication.translate("MainWindow", "Not added again: {0}.").replace(
        "{0}", _duplicate_counts(found))
    return f"{text} {repeated_text(found)}" if found.repeated else text


def repeated_text(found: Screening) -> str:
    """The same file (or a copy of it) twice among the files added at once: one document."""
    return QCoreApplication.translate(
        "MainWindow", "%n file(s) held the same document as another file added with it: "
        "each document is added once.", "", len(found.repeated))
