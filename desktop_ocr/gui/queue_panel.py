"""The queue panel: the list of documents, batch progress, pause/cancel/retry.

Why: a clerk drops a stack of scans and works through them while the rest are
still being read; this panel shows where each one is and lets the clerk steer
the batch without a mouse (every button has a menu action and shortcut too).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_ocr.backends import registry
from desktop_ocr.errors import OcrError
from desktop_ocr.gui.choosers import DocumentTypeCombo
from desktop_ocr.gui.queue_model import ItemRole, QueueModel
from desktop_ocr.gui.session import QueueItem


class QueuePanel(QWidget):
    currentItemChanged = Signal(object)  # QueueItem | None
    pauseToggled = Signal(bool)
    cancelRequested = Signal()
    retryRequested = Signal()
    itemTypeChanged = Signal(object, str)  # QueueItem, new type

    def __init__(self, model: QueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self.model = model
        self.view = QTableView(self)
        self.view.setObjectName("queueView")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setIconSize(QSize(40, 40))
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep the file's ending
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(46)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("batchProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self._progress = (0, 0)
        self.pause_button = QPushButton(self)
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self.pauseToggled)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.retry_button = QPushButton(self)
        self.retry_button.clicked.connect(self.retryRequested)
        self.type_label = QLabel(self)
        self.type_combo = DocumentTypeCombo(self)
        self.type_combo.setObjectName("itemTypeCombo")
        self.type_label.setBuddy(self.type_combo)
        self.type_combo.activated.connect(self._on_type_chosen)

        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.retry_button)
        type_row = QHBoxLayout()
        type_row.addWidget(self.type_label)
        type_row.addWidget(self.type_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(type_row)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.retranslate()
        self.set_batch_running(False)

    def current_item(self) -> QueueItem | None:
        idx = self.view.currentIndex()
        return self.model.data(idx, ItemRole) if idx.isValid() else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            idx = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(idx)

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def set_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        # %n picks the plural form; %v and %m are filled in by the progress bar.
        self.progress.setFormat(self.tr("%v of %m document(s)", "", total) if total else "")
        # Idle, an empty bar looks like a text field: it shows only while there is a batch.
        self.progress.setVisible(total > 0)

    def set_failed_count(self, failed: int) -> None:
        self.retry_button.setEnabled(failed > 0)

    def set_batch_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.pause_button.setEnabled(running)
        if not running and self.pause_button.isChecked():
            self.pause_button.setChecked(False)

    def _on_current(self, current, _previous) -> None:
        item = self.model.data(current, ItemRole) if current.isValid() else None
        if item is not None:
            with contextlib.suppress(OcrError):  # only the types the item's backend reads
                self.type_combo.set_choices(registry.get(item.backend).document_types)
            shown = item.record.document_type if item.record and item.record.document_type \
                else item.document_type
            self.type_combo.set_current_name(shown)
        self.currentItemChanged.emit(item)

    def _on_type_chosen(self, _index: int) -> None:
        item = self.current_item()
        if item is not None:
            self.itemTypeChanged.emit(item, self.type_combo.current_name())

    def retranslate(self) -> None:
        self.pause_button.setText(self.tr("Pause"))
        self.cancel_button.setText(self.tr("Cancel batch"))
        self.retry_button.setText(self.tr("Retry failed"))
        self.type_label.setText(self.tr("T&ype of this document:"))
        self.type_combo.setToolTip(self.tr("Changing the type reads the document again"))
        self.type_combo.relabel()
        self.set_progress(*self._progress)
        self.model.relabel()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
