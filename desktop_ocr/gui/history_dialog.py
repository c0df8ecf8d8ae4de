"""History: search past records by name, ID number, date and type; open one; export again.

Why: a clerk is asked "did we process this child's certificate last week?" — the
store keeps every record; this dialog finds it.  The search runs on the store's
thread, never on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_ocr.documents.record import Record
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.gui.choosers import DocumentTypeCombo
from desktop_ocr.gui.export_dialog import ExportDialog
from desktop_ocr.gui.field_editor import mask_for_screen
from desktop_ocr.gui.labels import status_label, type_label
from desktop_ocr.gui.settings import AppSettings
from desktop_ocr.paths import display_path


def display_name(record: Record) -> str:
    """The name the History list shows (the fields the type marks ``history="name"``)."""
    if record.document_type not in DOCUMENT_TYPES:
        return ""
    keys = DOCUMENT_TYPES[record.document_type].history_name_keys
    return " ".join(v for v in (record.value(k) for k in keys) if v)


def display_id(record: Record) -> str:
    """The number the History list shows (the field the type marks ``history="id"``)."""
    if record.document_type not in DOCUMENT_TYPES:
        return ""
    return record.value(DOCUMENT_TYPES[record.document_type].history_id_key or "")


class HistoryDialog(QDialog):
    searched = Signal(int)  # how many records were found
    openRequested = Signal(object)  # Record: show it in the queue and the form

    def __init__(self, store, settings: AppSettings, parent: QWidget | None = None,
                 *, mask_ids: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History"))
        self._store = store
        self._settings = settings
        self._mask = mask_ids or bool(settings.get("preferences.mask_ids_on_screen"))
        self._records: list[Record] = []

        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("historySearch")
        self.text_edit.setPlaceholderText(self.tr("Name, ID number or file name"))
        self.text_edit.returnPressed.connect(self.search)
        self.type_combo = DocumentTypeCombo(self)
        self.type_combo.setItemText(0, self.tr("All types"))
        self.use_dates = QCheckBox(self.tr("&From"), self)
        self.date_from = QDateEdit(QDate.currentDate().addDays(-30), self)
        self.date_from.setCalendarPopup(True)
        self.date_to = QDateEdit(QDate.currentDate(), self)
        self.date_to.setCalendarPopup(True)
        search = QPushButton(self.tr("&Search"), self)
        search.setDefault(True)
        search.clicked.connect(self.search)
        row = QHBoxLayout()
        row.addWidget(self.text_edit, 2)
        row.addWidget(self.type_combo, 1)
        row.addWidget(self.use_dates)
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("to"), self))
        row.addWidget(self.date_to)
        row.addWidget(search)

        self.results = QTreeWidget(self)
        self.results.setObjectName("historyResults")
        self.results.setRootIsDecorated(False)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setHeaderLabels([self.tr("Type"), self.tr("Name"), self.tr("ID number"),
                                      self.tr("Status"), self.tr("File")])
        self.results.itemActivated.connect(lambda *_: self.open_selected())
        self.count_label = QLabel(self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("historyOpen")
        self.open_button.setToolTip(self.tr("Show the record in the queue to check or correct it"))
        self.open_button.clicked.connect(self.open_selected)
        export = QPushButton(self.tr("&Export these…"), self)
        export.clicked.connect(self.export_results)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(export)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)
        self.resize(900, 520)
        self.search()

    def search(self) -> None:
        text = self.text_edit.text().strip()
        doc_type = self.type_combo.current_name()
        doc_type = None if doc_type == "auto" else doc_type
        dates = (self.date_from.date().toPython(), self.date_to.date().toPython()) \
            if self.use_dates.isChecked() else (None, None)

        def run(store) -> list[Record]:
            return store.search(text, doc_type, dates[0], dates[1])

        self.count_label.setText(self.tr("Searching…"))
        self._store.query(run, self._show)

    def _show(self, records: list[Record] | None) -> None:
        self._records = [r for r in records or [] if r.document_type]
        self.results.clear()
        for rec in self._records:
            ident = display_id(rec)
            item = QTreeWidgetItem([type_label(rec.document_type), display_name(rec),
                                    mask_for_screen(ident) if self._mask else ident,
                                    status_label(rec.status), display_path(rec.source)])
            item.setData(0, Qt.ItemDataRole.UserRole, rec)
            self.results.addTopLevelItem(item)
        for col in range(4):
            self.results.resizeColumnToContents(col)
        self.count_label.setText(self.tr("%n record(s) found", "", len(self._records)))
        self.searched.emit(len(self._records))

    def selected_records(self) -> list[Record]:
        chosen = [it.data(0, Qt.ItemDataRole.UserRole) for it in self.results.selectedItems()]
        return chosen or list(self._records)

    def open_selected(self) -> None:
        """Open the current record in the window (double-click or Enter does the same)."""
        current = self.results.currentItem()
        record = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        if isinstance(record, Record):
            self.openRequested.emit(record)
            self.accept()

    def export_results(self) -> None:
        ExportDialog(self.selected_records(), self._settings, self).open()
