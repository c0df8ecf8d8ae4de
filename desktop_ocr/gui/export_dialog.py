"""Export dialog: XLSX / CSV / JSON, confirmed or all documents, header language,
CSV delimiter.

Why it keeps its word: the default scope is the confirmed documents (what was
checked); choosing all says how many were never reviewed; an empty export is
refused and an existing file is never replaced without asking.  Why the write
runs in the background: an export may go to a slow network share; the window
keeps working meanwhile.  The records handed over are snapshots, so a clerk
editing during the export cannot produce a half-edited row.  The file is
written by ``desktop_ocr.records.export`` (UTF-8 BOM CSV, text IDs in XLSX,
every warning with its level, override reasons, the audit trail, atomic
replace), never by the GUI.

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
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.errors import OcrError
from desktop_ocr.gui import glyphs, i18n
from desktop_ocr.gui.offthread import Lane
from desktop_ocr.gui.settings import AppSettings
from desktop_ocr.records.export import export_records

FORMATS = ("xlsx", "csv", "json")
ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b26a00"


class ExportDialog(QDialog):
    exported = Signal(str)  # path written
    exportFailed = Signal(str)  # message
    replaceAsked = Signal(object)  # QMessageBox: "the file exists: replace it?"

    def __init__(self, records: list[Record], settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export records"))
        self._records = records
        self._settings = settings
        self._lane = Lane("export", 1, self)  # a slow network share never stalls the window
        self.replace_prompt: QMessageBox | None = None

        self.format_combo = QComboBox(self)
        for fmt, label in (("xlsx", self.tr("Excel workbook (.xlsx), to open in Excel")),
                           ("csv", self.tr("CSV, UTF-8 text (.csv)")),
                           ("json", self.tr("JSON (.json)"))):
            self.format_combo.addItem(label, fmt)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(
            str(settings.get("export.format")))))
        confirmed = sum(1 for r in records if r.status is RecordStatus.CONFIRMED)
        read = sum(1 for r in records if r.status is not RecordStatus.FAILED)
        self.confirmed_radio = QRadioButton(
            self.tr("&Confirmed documents ({0})").replace("{0}", str(confirmed)), self)
        self.all_radio = QRadioButton(
            self.tr("&All documents read ({0}, {1} not reviewed)")
            .replace("{0}", str(read)).replace("{1}", str(read - confirmed)), self)
        group = QButtonGroup(self)
        group.addButton(self.confirmed_radio)
        group.addButton(self.all_radio)
        (self.confirmed_radio if settings.get("export.confirmed_only") else self.all_radio) \
            .setChecked(True)
        self.audit_check = QCheckBox(self.tr("Include the au&dit trail"), self)
        self.audit_check.setToolTip(self.tr(
            "Each record's audit trail: what was read, changed and confirmed, and when — a "
            "column in CSV, a sheet of its own in XLSX, a list in JSON."))
        self.audit_check.setChecked(bool(settings.get("export.audit")))
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
        # the window's language until the clerk chooses another one here
        self._window_language = "zh" if i18n.schema_language() == "zh" else "en"
        chosen = str(settings.get("export.language"))
        self._language_chosen = bool(chosen)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            chosen or self._window_language)))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.summary = QLabel(self)
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("Records:"), self.confirmed_radio)
        form.addRow("", self.all_radio)
        form.addRow("", self.audit_check)
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
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # the layout's minimum holds: every label whole, in either language
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

        self.format_combo.currentIndexChanged.connect(self._update)
        self.all_radio.toggled.connect(self._update)
        self._default_path()
        self._update()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

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
        unreviewed = sum(1 for r in chosen if r.status is not RecordStatus.CONFIRMED)
        self.save_button.setEnabled(bool(chosen))
        if not chosen:
            text = self.tr("Nothing to export: no document is confirmed yet. Confirm the "
                           "checked documents first, or choose all documents read.") \
                if self.confirmed_radio.isChecked() else self.tr("Nothing to export.")
            colour = ERROR_COLOUR
        elif unreviewed:
            text = self.tr("%n record(s) will be exported.", "", len(chosen)) + "\n" \
                + glyphs.WARNING + " " + self.tr(
                    "%n of them not reviewed: nobody has confirmed them.", "", unreviewed)
            colour = WARNING_COLOUR
        else:
            text = self.tr("%n record(s) will be exported.", "", len(chosen))
            colour = ""
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {colour};" if colour else "")

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
        """Write the file on the export lane (after asking, when it exists); the dialog
        closes when it is done."""
        path = self.path_edit.text().strip()
        if not path:
            self.status.setText(self.tr("Choose where to save the file."))
            return
        if not self.chosen_records():
            self._update()
            return
        if Path(path).is_file():
            self.replace_prompt = box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Export records"),
                self.tr("{0} already exists. Replace it?").replace("{0}", Path(path).name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setObjectName("replaceExport")
            box.setInformativeText(self.tr("Its records will be lost unless they are in this "
                                           "export too."))
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.buttonClicked.connect(lambda button: self._write(path) if box.standardButton(
                button) == QMessageBox.StandardButton.Yes else None)
            box.open()
            self.replaceAsked.emit(box)
            return
        self._write(path)

    def _write(self, path: str) -> None:
        fmt = self._fmt()
        language = str(self.language_combo.currentData())
        keep = language if self._language_chosen or language != self._window_language else ""
        confirmed_only = self.confirmed_radio.isChecked()
        audit = self.audit_check.isChecked()
        delimiter = str(self.delimiter_combo.currentData())
        snapshot = copy.deepcopy(self.chosen_records())  # what the summary said, no more
        with contextlib.suppress(OcrError):  # the export matters more than its choices
            self._settings.update({"export.format": fmt, "export.language": keep,
                                   "export.audit": audit, "export.delimiter": delimiter,
                                   "window.export_last_dir": str(Path(path).parent)})
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self._lane.run(lambda: export_records(snapshot, path, fmt, language=language,
                                              confirmed_only=confirmed_only, audit=audit,
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
        self.status.setText(f"{glyphs.ERROR} {message}")
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.exportFailed.emit(message)
