"""The queue panel: the clerk's worklist, batch progress, pause/cancel/retry.

Why: a clerk drops a stack of scans and works through them while the rest are
still being read; this panel shows where each one is and what is left to do
(red and amber counts, a status in words), sorts and filters the list, and lets
the clerk steer the batch and the queue without a mouse (every button has a
menu action and shortcut too; Delete removes the selected documents, never
their files).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_ocr.backends import registry
from desktop_ocr.errors import OcrError
from desktop_ocr.gui.choosers import DocumentTypeCombo
from desktop_ocr.gui.name_elision import NameTeller, elide_name
from desktop_ocr.gui.queue_model import FILTERS, ItemRole, QueueModel, WorklistFilter
from desktop_ocr.gui.session import QueueItem

__all__ = ["QueuePanel", "elide_name"]


class _NameDelegate(QStyledItemDelegate):
    """The document's name elided as :func:`elide_name` says — the cut placed where it
    shares its characters with the other names in the queue, so two documents never
    read the same — its type on the line below in a quieter colour (the full name is
    the tooltip).  Every name starts at the same place, thumbnail or not."""

    def __init__(self, view: QTableView, model: QueueModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._teller: NameTeller | None = None
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       model.layoutChanged):
            signal.connect(self._forget_names)

    def _forget_names(self, *_args: object) -> None:
        self._teller = None

    def teller(self) -> NameTeller:
        """What tells the names in the queue apart (made again when rows come or go)."""
        if self._teller is None:
            self._teller = NameTeller(it.display_name for it in self._model.items)
        return self._teller

    def text_rect(self, cell: QRect) -> QRect:
        """Where the name and type go in ``cell``: after the thumbnail's room, so the
        names line up whatever its shape (portrait or landscape) and where there is
        none (a file that could not be read)."""
        left = cell.left() + self._view.iconSize().width() + 10
        return QRect(left, cell.top(), cell.right() - left - 2, cell.height())

    def shown_name(self, name: str, metrics: QFontMetrics, cell: QRect) -> str:
        """``name`` as painted in ``cell``."""
        width = max(0, self.text_rect(cell).width() - 2)
        return elide_name(name, metrics, width, self.teller())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = self.text_rect(opt.rect)
        # (Qt has made the model's newline a line separator)
        name, _, kind = opt.text.replace("\u2028", "\n").partition("\n")
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text = opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                 else QPalette.ColorRole.Text)
        quiet = QColor(text)
        quiet.setAlpha(170)
        metrics = QFontMetrics(opt.font)
        line = metrics.height()
        top = rect.top() + max(0, (rect.height() - 2 * line) // 2)
        width = max(0, rect.width() - 2)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(text)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(rect.left() + 2, top, width, line), flags,
                         self.shown_name(name, metrics, opt.rect))
        painter.setPen(quiet)
        painter.drawText(QRect(rect.left() + 2, top + line, width, line), flags,
                         metrics.elidedText(kind, Qt.TextElideMode.ElideRight, width))
        painter.restore()


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
        self.proxy = WorklistFilter(model, self)
        self.view = QTableView(self)
        self.view.setObjectName("queueView")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setIconSize(QSize(40, 40))
        self._names = _NameDelegate(self.view, model)
        self.view.setItemDelegateForColumn(QueueModel.COL_DOCUMENT, self._names)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(46)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the session's order first
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(24)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QueueModel.COL_DOCUMENT, QHeaderView.ResizeMode.Stretch)
        for col in (QueueModel.COL_CHECK, QueueModel.COL_STATUS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # Fit those two columns to the rows on screen only: Qt's default measures up to
        # 1000 rows on every change of any row (a thumbnail, a status), which made each
        # change cost ~30 ms of the GUI thread in a 50-document queue and grew with it.
        header.setResizeContentsPrecision(0)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        model.dataChanged.connect(self._on_data_changed)
        self._context_actions: list[QAction | None] = []

        self.filter_label = QLabel(self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("queueFilter")
        self.filter_label.setBuddy(self.filter_combo)
        self.filter_combo.currentIndexChanged.connect(
            lambda _i: self.set_filter(str(self.filter_combo.currentData())))

        self.progress = QProgressBar(self)
        self.progress.setObjectName("batchProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        # A flat bar: the Fusion style animates stripes on a running bar, repainting it
        # all through a batch, and draws them with Qt's threaded rasteriser; on a busy
        # two-core desk each of those paints waited for a thread (stalls of 50-100 ms).
        self.progress.setStyleSheet(
            "QProgressBar#batchProgress { border: 1px solid palette(mid); border-radius: 2px;"
            " text-align: center; }"
            "QProgressBar#batchProgress::chunk { background-color: palette(highlight); }")
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

        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.retry_button)
        type_row = QHBoxLayout()
        type_row.addWidget(self.type_label)
        type_row.addWidget(self.type_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filter_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(type_row)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.retranslate()
        self.set_batch_running(False)

    # --- the rows ------------------------------------------------------------------
    def current_item(self) -> QueueItem | None:
        idx = self.view.currentIndex()
        return self.proxy.data(idx, ItemRole) if idx.isValid() else None

    def selected_items(self) -> list[QueueItem]:
        """The selected documents in the view's order (the current one if none)."""
        rows = sorted({idx.row() for idx in self.view.selectionModel().selectedRows()})
        chosen = [self.proxy.data(self.proxy.index(r, 0), ItemRole) for r in rows]
        if not chosen and self.current_item() is not None:
            chosen = [self.current_item()]
        return [it for it in chosen if it is not None]

    def select_row(self, row: int) -> None:
        """Make view row ``row`` current (and the only one selected)."""
        if 0 <= row < self.proxy.rowCount():
            idx = self.proxy.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(idx)

    def select_item(self, item: QueueItem) -> bool:
        """Make ``item`` current; shows every document first if the filter hides it."""
        row = self.view_row(item)
        if row < 0 and self.proxy.filter_name != "all":
            self.filter_combo.setCurrentIndex(0)
            row = self.view_row(item)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def view_row(self, item: QueueItem) -> int:
        source = self.model.row_of(item.item_id)
        if source < 0:
            return -1
        return self.proxy.mapFromSource(self.model.index(source, 0)).row()

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def shown_names(self) -> list[str]:
        """Each document's name as the queue shows it, in the view's order."""
        metrics = QFontMetrics(self.view.font())
        names = []
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, QueueModel.COL_DOCUMENT)
            item = self.proxy.data(index, ItemRole)
            names.append(self._names.shown_name(item.display_name, metrics,
                                                self.view.visualRect(index)))
        return names

    def view_items(self) -> list[QueueItem]:
        """The documents in the order the view shows them."""
        return [self.proxy.data(self.proxy.index(r, 0), ItemRole)
                for r in range(self.proxy.rowCount())]

    def next_to_review(self, after: QueueItem | None) -> QueueItem | None:
        """The next document needing review in the view's order (wrapping), not ``after``."""
        shown = self.view_items()
        start = shown.index(after) if after in shown else -1
        for k in range(1, len(shown) + 1):
            item = shown[(start + k) % len(shown)]
            if item.needs_review and item is not after:
                return item
        return None

    def set_filter(self, name: str) -> None:
        self.proxy.set_filter(name)
        index = self.filter_combo.findData(self.proxy.filter_name)
        if index != self.filter_combo.currentIndex():
            self.filter_combo.setCurrentIndex(index)

    def set_context_actions(self, actions: list[QAction | None]) -> None:
        """What the queue's context menu offers (None: a separator); the window's
        actions, so the menu, the keys and the context menu do the same."""
        self._context_actions = list(actions)
        for action in actions:
            if action is not None:
                self.view.addAction(action)

    def _context_menu(self, pos: QPoint) -> None:
        if not self._context_actions:
            return
        menu = QMenu(self.view)
        for action in self._context_actions:
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # --- the batch -------------------------------------------------------------------
    def set_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)
        # Why without updates: QProgressBar.setValue repaints at once (synchronously),
        # 15-25 ms of the GUI thread per document; re-enabled, it is painted with the
        # rest of the window on the next frame.
        self.progress.setUpdatesEnabled(False)
        try:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))
            # %n picks the plural form; %v and %m are filled in by the progress bar.
            self.progress.setFormat(self.tr("%v of %m document(s)", "", total) if total else "")
        finally:
            self.progress.setUpdatesEnabled(True)
        # Idle, an empty bar looks like a text field: it shows only while there is a batch.
        self.progress.setVisible(total > 0)

    def set_failed_count(self, failed: int) -> None:
        self.retry_button.setEnabled(failed > 0)

    def set_batch_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.pause_button.setEnabled(running)
        if not running and self.pause_button.isChecked():
            self.pause_button.setChecked(False)

    def _show_type(self, item: QueueItem) -> None:
        with contextlib.suppress(OcrError):  # only the types the item's backend reads
            self.type_combo.set_choices(registry.get(item.backend).document_types)
        shown = item.record.document_type if item.record and item.record.document_type \
            else item.document_type
        self.type_combo.set_current_name(shown)

    def _on_current(self, current, _previous) -> None:
        item = self.proxy.data(current, ItemRole) if current.isValid() else None
        if item is not None:
            self._show_type(item)
        self.currentItemChanged.emit(item)

    def _on_data_changed(self, top_left, bottom_right, _roles=()) -> None:
        """A reading arrived for the current document: its type is shown as read."""
        item = self.current_item()
        if item is not None and top_left.row() <= self.model.row_of(item.item_id) \
                <= bottom_right.row():
            self._show_type(item)

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
        self.filter_label.setText(self.tr("S&how:"))
        words = {"all": self.tr("All documents"), "to_check": self.tr("To check"),
                 "edited": self.tr("Edited"), "confirmed": self.tr("Confirmed"),
                 "failed": self.tr("Failed")}
        current = self.proxy.filter_name
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        for name in FILTERS:
            self.filter_combo.addItem(words[name], name)
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(current)))
        self.filter_combo.blockSignals(False)
        self.set_progress(*self._progress)
        self.model.relabel()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
