"""The queue of documents (Qt model/view): thumbnail, type, status.

Why a model: the queue view, the status bar, the progress bar and the
"next needing review" navigation all read the same list; the worker's signals
update items through the model so every view stays consistent.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap

from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.gui import i18n
from desktop_ocr.paths import display_name, display_path

ItemRole = Qt.ItemDataRole.UserRole + 1
_ids = itertools.count(1)


class ItemState(StrEnum):
    QUEUED = "queued"
    RECOGNISING = "recognising"
    NEEDS_REVIEW = "needs_review"
    CONFIRMED = "confirmed"
    FAILED = "failed"


@dataclass(eq=False)
class QueueItem:
    """One document (one page of a PDF) in the queue."""

    source: str
    document_type: str = "auto"  # what the clerk asked for: auto or a type name
    backend: str = "offline"
    page: int | None = None
    record: Record | None = None
    state: ItemState = ItemState.QUEUED
    reason: str = ""  # why it failed, in words for the clerk
    rerun: bool = False  # the clerk changed the type while it was queued / being read
    thumbnail: QImage | None = None
    _icon: QIcon | None = field(default=None, repr=False)  # made once, on the GUI thread

    def thumbnail_icon(self) -> QIcon | None:
        """An icon, so the view scales it to its icon size at the screen's pixel ratio."""
        if self.thumbnail is None:
            return None
        if self._icon is None:
            self._icon = QIcon(QPixmap.fromImage(self.thumbnail))
        return self._icon

    def set_thumbnail(self, image: QImage) -> None:
        self.thumbnail = image
        self._icon = None
    item_id: int = field(default_factory=lambda: next(_ids))

    @property
    def display_name(self) -> str:
        name = display_name(self.source)
        return f"{name} · p.{self.page}" if self.page else name

    def state_from_record(self) -> None:
        rec = self.record
        if rec is None:
            return
        if rec.status is RecordStatus.FAILED:
            self.state = ItemState.FAILED
            self.reason = rec.error.message if rec.error else ""
        elif rec.status is RecordStatus.CONFIRMED:
            self.state = ItemState.CONFIRMED
        else:
            self.state = ItemState.NEEDS_REVIEW


def state_label(state: ItemState) -> str:
    """The status word shown to the clerk (translated)."""
    return {
        ItemState.QUEUED: QCoreApplication.translate("QueueModel", "Queued"),
        ItemState.RECOGNISING: QCoreApplication.translate("QueueModel", "Recognising…"),
        ItemState.NEEDS_REVIEW: QCoreApplication.translate("QueueModel", "Needs review"),
        ItemState.CONFIRMED: QCoreApplication.translate("QueueModel", "Confirmed"),
        ItemState.FAILED: QCoreApplication.translate("QueueModel", "Failed"),
    }[state]


def type_label(name: str | None) -> str:
    if not name or name == "auto":
        return QCoreApplication.translate("QueueModel", "Auto-detect")
    spec = DOCUMENT_TYPES.get(name)
    return spec.label(i18n.schema_language()) if spec else name


_STATE_COLOURS = {
    ItemState.NEEDS_REVIEW: QColor("#b26a00"),
    ItemState.CONFIRMED: QColor("#1b7f3b"),
    ItemState.FAILED: QColor("#c62828"),
}


class QueueModel(QAbstractTableModel):
    COL_DOCUMENT, COL_TYPE, COL_STATUS = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[QueueItem] = []

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
            label = state_label(item.state)
            return f"{label}: {item.reason}" if item.state is ItemState.FAILED else label
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_DOCUMENT:
            return item.thumbnail_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.state is ItemState.FAILED and item.reason:
                return item.reason
            return display_path(item.source)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_STATUS:
            return _STATE_COLOURS.get(item.state)
        return None

    # --- the queue ---------------------------------------------------------
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

    def append(self, items: list[QueueItem]) -> None:
        if not items:
            return
        start = len(self._items)
        self.beginInsertRows(QModelIndex(), start, start + len(items) - 1)
        self._items.extend(items)
        self.endInsertRows()

    def insert_after(self, item_id: int, items: list[QueueItem]) -> None:
        row = self.row_of(item_id)
        if row < 0 or not items:
            self.append(items)
            return
        self.beginInsertRows(QModelIndex(), row + 1, row + len(items))
        self._items[row + 1:row + 1] = items
        self.endInsertRows()

    def remove(self, item_id: int) -> None:
        row = self.row_of(item_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def changed(self, item_id: int) -> None:
        row = self.row_of(item_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

    def relabel(self) -> None:
        """Language changed: every status and type word is shown again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 2))

    def count(self, state: ItemState) -> int:
        return sum(1 for it in self._items if it.state is state)

    def next_row(self, start: int, state: ItemState, step: int = 1) -> int:
        """The next row after ``start`` in ``state`` (wrapping); -1 if none."""
        n = len(self._items)
        for k in range(1, n + 1):
            row = (start + step * k) % n
            if self._items[row].state is state and row != start:
                return row
        return -1
