"""The verification form, generated from the document schema.

Why generated: the fields, their order, labels and required marks come from
``desktop_ocr.documents.schema`` so the form can never drift from the vendor
keys or from the export columns.  Every keystroke is kept on the record at once
(``Record.set_value``), re-validated, and announced with ``recordEdited`` so the
window can persist it; nothing is held in the widgets alone, so closing the
window or switching documents can never lose an edit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_ocr.documents.record import Box, FieldWarning, Record, RecordStatus
from desktop_ocr.documents.schema import get_document_type
from desktop_ocr.documents.validate import validate_record
from desktop_ocr.gui import i18n
from desktop_ocr.gui.field_editor import ID_KINDS, FieldRow
from desktop_ocr.gui.labels import status_label
from desktop_ocr.paths import display_path


class RecordForm(QWidget):
    """Shows one record's fields for checking and editing."""

    recordEdited = Signal(object)  # Record (already changed in place)
    fieldFocused = Signal(str, object)  # key, Box | None
    confirmRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordForm")
        self._record: Record | None = None
        self._rows: dict[str, FieldRow] = {}
        self._backend_warnings: list[FieldWarning] = []
        self._mask_ids = False
        self._built_for: str | None = None

        self._title = QLabel(self)
        self._title.setObjectName("formTitle")
        self._title.setWordWrap(True)
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self._title.setFont(font)
        self._subtitle = QLabel(self)
        self._subtitle.setWordWrap(True)
        self._subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error = QLabel(self)
        self._error.setObjectName("formError")
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #c62828;")
        self._error.hide()

        self._body = QWidget()
        self._grid = QFormLayout(self._body)
        self._grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(self._body)

        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setDefault(False)
        self.confirm_button.clicked.connect(self.confirmRequested)
        self._legend = QLabel(self)
        self._legend.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self._legend, 1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._subtitle)
        layout.addWidget(self._error)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.set_record(None)

    # --- public --------------------------------------------------------------
    @property
    def record(self) -> Record | None:
        return self._record

    def row(self, key: str) -> FieldRow:
        return self._rows[key]

    def editors(self) -> list[QWidget]:
        return [r.editor for r in self._rows.values()]

    def set_mask_ids(self, masked: bool) -> None:
        self._mask_ids = masked
        for row in self._rows.values():
            row.editor.set_masked(masked and row.spec.kind in ID_KINDS)

    def set_record(self, record: Record | None) -> None:
        """Show ``record`` (or nothing). Rebuilds rows only when the type changes."""
        self._record = record
        doc_type = record.document_type if record else None
        self._backend_warnings = [w for w in record.warnings if w.origin == "backend"] \
            if record is not None and doc_type else []
        self._build_rows(doc_type)
        self._refresh()

    def refresh_values(self) -> None:
        """The record changed outside the form (re-recognised): show it again."""
        self.set_record(self._record)

    def focus_first_field(self) -> None:
        editors = self.editors()
        if editors:
            editors[0].setFocus(Qt.FocusReason.TabFocusReason)

    # --- building --------------------------------------------------------------
    def _build_rows(self, doc_type: str | None) -> None:
        if doc_type and self._rows and doc_type == self._built_for:
            return
        while self._grid.rowCount():
            self._grid.removeRow(0)
        for row in self._rows.values():
            row.deleteLater()
        self._rows = {}
        self._built_for = doc_type
        if not doc_type:
            return
        spec = get_document_type(doc_type)
        previous: QWidget | None = None
        language = i18n.schema_language()
        for field_spec in spec.fields:
            row = FieldRow(field_spec, self._body)
            row.relabel(language)
            row.edited.connect(self._on_edited)
            row.focused.connect(self._on_focused)
            row.left.connect(self._on_left)
            row.editor.set_masked(self._mask_ids and field_spec.kind in ID_KINDS)
            cell = QWidget(self._body)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(row.editor)
            box.addWidget(row.warning)
            self._grid.addRow(row.label, cell)
            # shown now, not on the next event-loop turn (layouts show children queued)
            for widget in (row.label, cell, row.editor):
                widget.show()
            if previous is not None:
                QWidget.setTabOrder(previous, row.editor)
            previous = row.editor
            self._rows[field_spec.key] = row
        if previous is not None:
            QWidget.setTabOrder(previous, self.confirm_button)

    def _refresh(self) -> None:
        rec = self._record
        language = i18n.current()
        if rec is None:
            self._title.setText(self.tr("No document selected"))
            self._subtitle.setText(self.tr(
                "Drop images, PDFs or folders on the window, or use File → Open."))
            self._error.hide()
            self.confirm_button.setEnabled(False)
            return
        if rec.document_type:
            self._title.setText(get_document_type(rec.document_type).label(
                i18n.schema_language()))
        else:
            self._title.setText(self.tr("Unrecognised document"))
        page = f" · p.{rec.page}" if rec.page else ""
        self._subtitle.setText(f"{display_path(rec.source)}{page}\n{status_label(rec.status)}")
        if rec.error is not None:
            self._error.setText(f"⛔ {rec.error.message}")
            self._error.show()
        else:
            self._error.hide()
        self.confirm_button.setEnabled(rec.document_type is not None
                                       and rec.status is not RecordStatus.FAILED)
        by_field: dict[str, list[FieldWarning]] = {}
        for w in rec.warnings:
            by_field.setdefault(w.field, []).append(w)
        for key, row in self._rows.items():
            fv = rec.fields.get(key)
            if not row.editor.hasFocus() or row.editor.value() != (fv.value if fv else ""):
                row.show_value(fv)
            row.show_warnings(by_field.get(key, []), fv, language)

    def _on_edited(self, key: str, text: str) -> None:
        rec = self._record
        if rec is None:
            return
        rec.set_value(key, text)
        self._backend_warnings = [w for w in self._backend_warnings if w.field != key]
        rec.warnings = self._backend_warnings + validate_record(rec)
        self._refresh()
        self.recordEdited.emit(rec)

    def _on_left(self, key: str) -> None:
        """Tidy a typed identifier when the clerk leaves its field (``x`` → ``X``)."""
        rec = self._record
        row = self._rows.get(key)
        if rec is None or row is None or key not in rec.fields:
            return
        typed = rec.value(key)
        ident = row.spec.identifier
        tidy = ident.tidy_typed(typed) if ident is not None else typed
        if tidy != typed:  # saved and re-validated like any edit; the editor shows it
            self._on_edited(key, tidy)

    def _on_focused(self, key: str) -> None:
        rec = self._record
        fv = rec.fields.get(key) if rec else None
        box: Box | None = fv.box if fv else None
        self.fieldFocused.emit(key, box)

    # --- language ------------------------------------------------------------------
    def retranslate(self) -> None:
        self.confirm_button.setText(self.tr("&Confirm"))
        self.confirm_button.setToolTip(self.tr("Mark as checked and go to the next document "
                                               "needing review (Ctrl+Enter)"))
        self._legend.setText(self.tr("* required · red: invalid · amber: please check"))
        language = i18n.schema_language()
        for row in self._rows.values():
            row.relabel(language)
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
