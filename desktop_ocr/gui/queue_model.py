"""The queue as the view shows it (Qt model/view): thumbnail, type, status.

Why a model apart from the session: the session decides what happens to each
document; this model only presents the session's items, in the session's
order, to the queue view — names, thumbnails, translated type and status words
and their colours.  It follows the session's signals, so the view can never show
a state the session does not have.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap

from desktop_ocr.documents.record import RecordStatus
from desktop_ocr.gui.image_loader import ImageLoader
from desktop_ocr.gui.labels import status_label, type_label
from desktop_ocr.gui.session import QueueItem, QueueSession
from desktop_ocr.paths import display_path

ItemRole = Qt.ItemDataRole.UserRole + 1

_STATUS_COLOURS = {
    RecordStatus.RECOGNIZED: QColor("#b26a00"),
    RecordStatus.EDITED: QColor("#b26a00"),
    RecordStatus.CONFIRMED: QColor("#1b7f3b"),
    RecordStatus.FAILED: QColor("#c62828"),
}


class QueueModel(QAbstractTableModel):
    COL_DOCUMENT, COL_TYPE, COL_STATUS = range(3)

    def __init__(self, session: QueueSession, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[QueueItem] = []
        self._icons: dict[int, QIcon] = {}  # item id -> thumbnail, made on the GUI thread
        self._session = session
        session.itemsInserted.connect(self._insert)
        session.itemsRemoved.connect(self._remove)
        session.itemChanged.connect(lambda item: self.changed(item.item_id))

    # --- Qt model interface -------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("QueueModel", "Document"), QCoreApplication.translate("QueueModel", "Type"),
                QCoreApplication.translate("QueueModel", "Status"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        col = index.column()
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_DOCUMENT:
                return item.display_name
            if col == self.COL_TYPE:
                shown = item.record.document_type if item.record else None
                return type_label(shown or item.document_type)
            label = status_label(item.status)
            return f"{label}: {item.reason}" if item.status is RecordStatus.FAILED else label
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_DOCUMENT:
            return self._icons.get(item.item_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.status is RecordStatus.FAILED and item.reason:
                return item.reason
            return display_path(item.source)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_STATUS:
            return _STATUS_COLOURS.get(item.status)
        return None

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
            self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

    def load_thumbnails(self, loader: ImageLoader) -> None:
        """Every item gets its thumbnail from ``loader`` (off the GUI thread) once shown."""
        def request(_row: int, items: list[QueueItem]) -> None:
            for item in items:
                loader.request_thumbnail(item.source, item.page)

        def arrived(key: str, image: QImage) -> None:
            for item in self._items:
                if loader.key(item.source, item.page) == key:
                    self.set_thumbnail(item, image)

        self._session.itemsInserted.connect(request)
        loader.thumbnailLoaded.connect(arrived)

    def thumbnail(self, item: QueueItem) -> QIcon | None:
        return self._icons.get(item.item_id)

    def set_thumbnail(self, item: QueueItem, image: QImage) -> None:
        """An icon, so the view scales it to its icon size at the screen's pixel ratio."""
        self._icons[item.item_id] = QIcon(QPixmap.fromImage(image))
        self.changed(item.item_id)

    def relabel(self) -> None:
        """Language changed: every status and type word is shown again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 2))
