"""The window's status bar: where the batch is, what is left to check, the watched folder.

Why apart from the window: the counts come from the queue session on every
change, so the line is always true; the words keep the ``MainWindow``
translation context (they are the main window's).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from desktop_ocr.gui.session import QueueCounts, QueueSession


class StatusLine(QObject):
    """``progress_label``: batch and counts; ``store_label``: only while the record
    store is a temporary one; ``watch_label``: the scanner hot folder."""

    def __init__(self, bar: QStatusBar, session: QueueSession, *, temporary_store: bool) -> None:
        super().__init__(bar)
        self.bar = bar
        self.session = session
        self.progress_label = QLabel(bar)
        self.watch_label = QLabel(bar)
        self.store_label = QLabel(bar)
        self.store_label.setObjectName("temporaryStoreLabel")
        self.store_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.store_label.setVisible(temporary_store)
        bar.addWidget(self.progress_label, 1)
        bar.addPermanentWidget(self.store_label)
        bar.addPermanentWidget(self.watch_label)
        self._batch = (0, 0)  # documents done, documents in the batch
        self._folder: Path | None = None
        self._present = True
        session.countsChanged.connect(self.show_counts)
        session.batchProgress.connect(self._on_progress)
        session.batchFinished.connect(self._on_batch_finished)
        self._paired = 0  # cards whose sides were paired by rule during the batch
        session.sidesPaired.connect(self._on_paired)

    def show_counts(self, counts: QueueCounts | None = None) -> None:
        counts = counts or self.session.counts()
        done, total = self._batch
        if total:
            text = QCoreApplication.translate("MainWindow", "Recognising {0} of {1}") \
                .replace("{0}", str(min(done + 1, total))).replace("{1}", str(total))
        else:
            text = QCoreApplication.translate("MainWindow", "Ready")
        summary = QCoreApplication.translate("MainWindow", "{0} to review · {1} confirmed · {2} failed") \
            .replace("{0}", str(counts.to_review)).replace("{1}", str(counts.confirmed)) \
            .replace("{2}", str(counts.failed))
        self.progress_label.setText(f"{text}   {summary}")

    def show_watched(self, folder: Path | None, *, present: bool = True) -> None:
        """The scanner folder watched — or that it is missing, until it is back."""
        self._folder, self._present = folder, present
        if folder is None:
            text = QCoreApplication.translate("MainWindow", "No watched folder")
        elif present:
            text = QCoreApplication.translate("MainWindow", "Watching: {0}")
        else:
            text = QCoreApplication.translate("MainWindow", "Watched folder missing: {0}")
        self.watch_label.setText(text.replace("{0}", str(folder)))
        self.watch_label.setStyleSheet("" if present else "color: #c62828; font-weight: bold;")
        self.watch_label.setToolTip("" if present else QCoreApplication.translate(
            "MainWindow", "The scanner's folder is not there (a USB stick pulled out, a network "
            "share down?). New scans are taken as soon as it is back."))

    def retranslate(self) -> None:
        self.store_label.setText(QCoreApplication.translate(
            "MainWindow", "Temporary store: edits will not be kept"))
        self.store_label.setToolTip(QCoreApplication.translate(
            "MainWindow", "The record store could not be opened. Documents and edits of this "
                          "session are lost when the app closes: export them before closing."))
        self.show_watched(self._folder, present=self._present)
        self.show_counts()

    def _on_progress(self, done: int, total: int) -> None:
        self._batch = (done, total)
        self.show_counts()

    def _on_batch_finished(self, done: int, failed: int, cancelled: bool) -> None:
        self._batch = (0, 0)
        self.show_counts()
        if cancelled:
            msg = QCoreApplication.translate("MainWindow", "Batch cancelled.")
        else:
            # %n: Qt picks the plural form ("1 document", "2 documents", "1 份")
            msg = QCoreApplication.translate(
                "MainWindow", "Batch finished: %n document(s), {1} failed.", "", done) \
                .replace("{1}", str(failed))
            if self._paired:
                msg += " " + QCoreApplication.translate(
                    "MainWindow", "%n card(s): front and back side paired into one document.",
                    "", self._paired)
        self._paired = 0
        self.bar.showMessage(msg, 8000)

    def _on_paired(self, _item: object, by_hand: bool) -> None:
        if not by_hand:
            self._paired += 1
