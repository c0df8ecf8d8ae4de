"""Export dialog: XLSX / CSV / JSON, all or confirmed only, header language, CSV delimiter.

Why the write runs in the background: an export may go to a slow network share;
the window keeps working meanwhile.  The records handed over are snapshots, so a
clerk editing during the export cannot produce a half-edited row.  The file is
written by ``desktop_ocr.records.export`` (UTF-8 BOM CSV, text IDs in XLSX,
atomic replace), never by the GUI.

XLSX comes first and is the default: it is the format to open in Excel (IDs stay
text).  CSV offers the delimiter Excel expects in the clerk's locale (a semicolon in
most of Europe, where the comma is the decimal mark) and says what CSV cannot do.
"""

from __future__ import annotations

import contextlib
import copy
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.errors import OcrError
from desktop_ocr.gui import i18n
from desktop_ocr.gui.offthread import Lane
from desktop_ocr.gui.settings import AppSettings
from desktop_ocr.records.export import export_records

FORMATS = ("xlsx", "csv", "json")


class ExportDialog(QDialog):
    exported = Signal(str)  # path written
    exportFailed = Signal(str)  # message

    def __init__(self, records: list[Record], settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export records"))
        self._records = records
        self._settings = settings
        self._lane = Lane("export", 1, self)  # a slow network share never stalls the window

        self.format_combo = QComboBox(self)
        for fmt, label in (("xlsx", self.tr("Excel workbook (.xlsx), to open in Excel")),
                           ("csv", self.tr("CSV, UTF-8 text (.csv)")),
                           ("json", self.tr("JSON (.json)"))):
            self.format_combo.addItem(label, fmt)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(
            str(settings.get("export.format")))))
        self.all_radio = QRadioButton(self.tr("&All recognised documents"), self)
        self.confirmed_radio = QRadioButton(self.tr("&Confirmed documents only"), self)
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.confirmed_radio)
        (self.confirmed_radio if settings.get("export.confirmed_only") else self.all_radio) \
            .setChecked(True)
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.setObjectName("delimiterCombo")
        for name, label in (("comma", self.tr("Comma ( , )")),
                            ("semicolon", self.tr("Semicolon ( ; ): Excel in most European "
                                                  "languages")),
                            ("tab", self.tr("Tab"))):
            self.delimiter_combo.addItem(label, name)
        self.delimiter_combo.setCurrentIndex(max(0, self.delimiter_combo.findData(
            str(settings.get("export.delimiter")))))
        self.csv_note = QLabel(self.tr(
            "CSV cannot mark a column as text: Excel shows 18-digit ID numbers as "
            "3.30106E+17 and drops leading zeros. To open the records in Excel, export XLSX."),
            self)
        self.csv_note.setObjectName("csvNote")
        self.csv_note.setWordWrap(True)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("中文", "zh")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            str(settings.get("export.language")))))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("Records:"), self.all_radio)
        form.addRow("", self.confirmed_radio)
        form.addRow(self.tr("&Header language:"), self.language_combo)
        self.delimiter_label = QLabel(self.tr("CSV &delimiter:"), self)
        self.delimiter_label.setBuddy(self.delimiter_combo)
        form.addRow(self.delimiter_label, self.delimiter_combo)
        form.addRow("", self.csv_note)
        save_label = QLabel(self.tr("&Save to:"), self)
        save_label.setBuddy(self.path_edit)
        form.addRow(save_label, path_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.format_combo.currentIndexChanged.connect(self._update)
        self.all_radio.toggled.connect(self._update)
        self._default_path()
        self._update()

    def _fmt(self) -> str:
        return str(self.format_combo.currentData())

    def _default_path(self) -> None:
        folder = str(self._settings.get("window.export_last_dir")) or str(Path.home())
        self.path_edit.setText(str(Path(folder) / f"records.{self._fmt()}"))

    def _update(self) -> None:
        path = Path(self.path_edit.text())
        if path.suffix.lower().lstrip(".") in FORMATS:
            self.path_edit.setText(str(path.with_suffix("." + self._fmt())))
        csv_chosen = self._fmt() == "csv"
        for widget in (self.delimiter_label, self.delimiter_combo, self.csv_note):
            widget.setVisible(csv_chosen)
        chosen = self.chosen_records()
        self.summary.setText(self.tr("%n record(s) will be exported.", "", len(chosen)))

    def chosen_records(self) -> list[Record]:
        if self.confirmed_radio.isChecked():
            return [r for r in self._records if r.status is RecordStatus.CONFIRMED]
        return [r for r in self._records if r.status is not RecordStatus.FAILED]

    def _browse(self) -> None:
        fmt = self._fmt()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export records"), self.path_edit.text(),
            f"{fmt.upper()} (*.{fmt})")
        if path:
            self.path_edit.setText(path)

    def start_export(self) -> None:
        """Write the file on the export lane; the dialog closes when it is done."""
        path = self.path_edit.text().strip()
        if not path:
            self.status.setText(self.tr("Choose where to save the file."))
            return
        fmt = self._fmt()
        language = str(self.language_combo.currentData())
        confirmed_only = self.confirmed_radio.isChecked()
        delimiter = str(self.delimiter_combo.currentData())
        snapshot = copy.deepcopy(self._records)
        with contextlib.suppress(OcrError):  # the export matters more than its choices
            self._settings.update({"export.format": fmt, "export.confirmed_only": confirmed_only,
                                   "export.language": language, "export.delimiter": delimiter,
                                   "window.export_last_dir": str(Path(path).parent)})
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self._lane.run(lambda: export_records(snapshot, path, fmt, language=language,
                                              confirmed_only=confirmed_only,
                                              delimiter=delimiter),
                       self._done, self._failed)

    def _done(self, path: object) -> None:
        self.buttons.setEnabled(True)
        self.exported.emit(str(path))
        parent = self.parent()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(self.tr("Exported to {0}").replace("{0}", str(path)),
                                           8000)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        message = exc.localized(i18n.current()) if isinstance(exc, OcrError) else str(exc)
        self.status.setText(f"⛔ {message}")
        self.status.setStyleSheet("color: #c62828;")
        self.exportFailed.emit(message)
