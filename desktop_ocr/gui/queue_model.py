"""The queue as the view shows it (Qt model/view): the clerk's worklist.

Why a model apart from the session: the session decides what happens to each
document and judges it (red and amber fields, what is left to visit); this
model only presents the session's items, in the session's order — names with
the document type under them, thumbnails, the red/amber counts, a status that
says what to do — and
:class:`WorklistFilter` sorts and filters them for the view.  It follows the
session's signals, so the view can never show a state the session does not have.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap

from desktop_ocr.documents.record import RecordStatus
from desktop_ocr.gui import glyphs, i18n
from desktop_ocr.gui.image_loader import ImageLoader
from desktop_ocr.gui.labels import TO_REVIEW, side_label, type_label, worklist_label
from desktop_ocr.gui.session import QueueItem, QueueSession
from desktop_ocr.paths import display_path

ItemRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

RED = QColor("#c62828")
AMBER = QColor("#b26a00")
GREEN = QColor("#1b7f3b")

#: the order "what to do" sorts in: fix, check, ready, then the rest
_STATUS_ORDER = {RecordStatus.FAILED: 4, RecordStatus.QUEUED: 5, RecordStatus.RECOGNIZING: 5,
                 RecordStatus.CONFIRMED: 6}

#: thumbnails that arrive within this many ms are shown in one repaint
THUMBNAIL_BATCH_MS = 100

#: the view's filter choices (``WorklistFilter.set_filter``)
FILTERS = ("all", "to_check", "edited", "confirmed", "failed")


def matches(item: QueueItem, name: str) -> bool:
    """Whether ``item`` is shown under filter ``name`` (:data:`FILTERS`)."""
    if name == "to_check":
        return item.status in TO_REVIEW
    if name == "edited":
        return item.edited
    if name == "confirmed":
        return item.status is RecordStatus.CONFIRMED
    if name == "failed":
        return item.status is RecordStatus.FAILED
    return True


class QueueModel(QAbstractTableModel):
    """Columns: the document (its name, and its type on a second line), Check, Status."""

    COL_DOCUMENT, COL_CHECK, COL_STATUS = range(3)
    COLUMNS = 3

    def __init__(self, session: QueueSession, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[QueueItem] = []
        self._icons: dict[int, QIcon] = {}  # item id -> thumbnail, made on the GUI thread
        self._session = session
        # Thumbnails arrive one by one as a dropped folder loads; their rows are shown
        # again together, once per THUMBNAIL_BATCH_MS (one repaint, not fifty).
        self._new_icons: set[int] = set()
        self._icon_timer = QTimer(self)
        self._icon_timer.setSingleShot(True)
        self._icon_timer.setInterval(THUMBNAIL_BATCH_MS)
        self._icon_timer.timeout.connect(self._show_new_icons)
        session.itemsInserted.connect(self._insert)
        session.itemsRemoved.connect(self._remove)
        session.itemChanged.connect(lambda item: self.changed(item.item_id))

    # --- Qt model interface -------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("QueueModel", "Document"),
                    QCoreApplication.translate("QueueModel", "Check"),
                    QCoreApplication.translate("QueueModel", "Status"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_CHECK:
            return QCoreApplication.translate(
                "QueueModel", "{0} invalid or missing (red) · {1} to check (amber)") \
                .replace("{0}", glyphs.ERROR).replace("{1}", glyphs.WARNING)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        col = index.column()
        if role == ItemRole:
            return item
        if role == SortRole:
            return self._sort_key(item, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_DOCUMENT:
                return f"{item.display_name}\n{self.type_text(item)}"
            if col == self.COL_CHECK:
                return self._check_text(item)
            return worklist_label(item.status, item.check, item.record)
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_DOCUMENT:
            return self._icons.get(item.item_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_CHECK:
                return self._check_tip(item)
            if item.status is RecordStatus.FAILED and item.reason:
                error = item.record.error if item.record is not None else None
                reason = error.text(i18n.current()) if error is not None else item.reason
                return f"{display_path(item.source)}\n{reason}"
            page = f" · p.{item.page}" if item.page else ""
            return display_path(item.source) + page
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.COL_CHECK, self.COL_STATUS):
            return self._colour(item)
        return None

    @staticmethod
    def type_text(item: QueueItem) -> str:
        """The type read (or asked for, while it is being read), and for a card the
        sides the document holds (front and back, back side only)."""
        shown = item.record.document_type if item.record else None
        side = side_label(item.record)
        return type_label(shown or item.document_type) + (f" · {side}" if side else "")

    @staticmethod
    def _check_text(item: QueueItem) -> str:
        red, amber = len(item.check.red), len(item.check.amber)
        parts = []
        if red:
            parts.append(f"{glyphs.ERROR}{red}")
        if amber:
            parts.append(f"{glyphs.WARNING}{amber}")
        return " ".join(parts)

    @staticmethod
    def _check_tip(item: QueueItem) -> str:
        check = item.check
        return QCoreApplication.translate(
            "QueueModel", "{0} invalid or missing, {1} to check ({2} not looked at yet)") \
            .replace("{0}", str(len(check.red))).replace("{1}", str(len(check.amber))) \
            .replace("{2}", str(len(check.to_visit)))

    @staticmethod
    def _colour(item: QueueItem) -> QColor | None:
        if item.status is RecordStatus.FAILED:
            return RED
        if item.status is RecordStatus.CONFIRMED:
            return AMBER if item.overridden else GREEN
        if item.status in TO_REVIEW:
            return RED if item.check.red else AMBER if item.check.to_visit else GREEN
        return None

    def _sort_key(self, item: QueueItem, col: int) -> Any:
        if col == self.COL_DOCUMENT:
            return (item.display_name.lower(), item.page or 0)
        if col == self.COL_CHECK:
            return (len(item.check.red), len(item.check.amber))
        if item.status in TO_REVIEW:
            order = 0 if item.check.red else 1 if item.check.to_visit else 2
        else:
            order = _STATUS_ORDER.get(item.status, 7)
        return (order, self._items.index(item))

    # --- following the session -----------------------------------------------
    def _insert(self, row: int, items: list[QueueItem]) -> None:
        if not items:
            return
        self.beginInsertRows(QModelIndex(), row, row + len(items) - 1)
        self._items[row:row] = items
        self.endInsertRows()

    def _remove(self, items: list[QueueItem]) -> None:
        for item in items:
            row = self.row_of(item.item_id)
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self._icons.pop(item.item_id, None)
                self.endRemoveRows()

    # --- the rows ----------------------------------------------------------------
    @property
    def items(self) -> list[QueueItem]:
        return list(self._items)

    def item(self, row: int) -> QueueItem:
        return self._items[row]

    def row_of(self, item_id: int) -> int:
        for row, it in enumerate(self._items):
            if it.item_id == item_id:
                return row
        return -1

    def by_id(self, item_id: int) -> QueueItem | None:
        row = self.row_of(item_id)
        return self._items[row] if row >= 0 else None

    def changed(self, item_id: int) -> None:
        row = self.row_of(item_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    def load_thumbnails(self, loader: ImageLoader) -> None:
        """Every item gets its thumbnail from ``loader`` (off the GUI thread) once shown."""
        def request(_row: int, items: list[QueueItem]) -> None:
            for item in items:
                if item.item_id not in self._icons:
                    loader.request_thumbnail(item.source, item.page)

        def arrived(key: str, image: QImage) -> None:
            for item in self._items:
                if item.item_id not in self._icons \
                        and loader.key(item.source, item.page) == key:
                    self.set_thumbnail(item, image)

        self._session.itemsInserted.connect(request)
        loader.thumbnailLoaded.connect(arrived)

    def thumbnail(self, item: QueueItem) -> QIcon | None:
        return self._icons.get(item.item_id)

    def set_thumbnail(self, item: QueueItem, image: QImage) -> None:
        """An icon, so the view scales it to its icon size at the screen's pixel ratio."""
        self._icons[item.item_id] = QIcon(QPixmap.fromImage(image))
        self._new_icons.add(item.item_id)
        if not self._icon_timer.isActive():
            self._icon_timer.start()

    def _show_new_icons(self) -> None:
        rows = [r for r in map(self.row_of, self._new_icons) if r >= 0]
        self._new_icons.clear()
        if rows:
            self.dataChanged.emit(self.index(min(rows), self.COL_DOCUMENT),
                                  self.index(max(rows), self.COL_DOCUMENT),
                                  [Qt.ItemDataRole.DecorationRole])

    def relabel(self) -> None:
        """Language changed: every status and type word is shown again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._items:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._items) - 1, self.COLUMNS - 1))


class WorklistFilter(QSortFilterProxyModel):
    """The queue as the clerk wants to see it: sorted by any column, filtered to the
    documents to check, edited, confirmed or failed."""

    def __init__(self, model: QueueModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
        self._filter = "all"

    @property
    def filter_name(self) -> str:
        return self._filter

    def set_filter(self, name: str) -> None:
        wanted = name if name in FILTERS else "all"
        if not hasattr(QSortFilterProxyModel, "endFilterChange"):  # Qt before 6.10
            self._filter = wanted
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self._filter = wanted
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, QueueModel)
        return matches(model.item(source_row), self._filter)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
