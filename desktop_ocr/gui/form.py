"""The record form: one queue item's fields for checking and editing, generated from the schema.

Why generated: field keys, labels, kinds and required marks come from
``desktop_ocr.documents.schema`` so the form can never drift from the vendor
keys or from the export columns.  Why it talks to the queue session: every
keystroke, visit, revert and leaving of a field is the session's
(``QueueSession.edit`` …), which keeps it on the record and on disk at once and
judges the record again; the form shows what the session says — the red and
amber fields, how many are left to check, what blocks confirming — so nothing
is held in the widgets alone and switching documents can never lose an edit.

Layout: a derived ``*_s`` date sits read-only beside its as-printed field.  The
form takes the roomiest layout that fits the space it really gets, without
scrolling: one column; two, when one is too tall and two fit the width (each
column's longest label beside an editor wide enough for an address); the same
with compact rows (editors as tall as their text and frame, less space between
them) — so a birth certificate's 23 fields fit a 1366×768 or 1280×720 laptop
with the taskbar, where the form gets about 480 px and one column.  A line is
kept free for the reason written under the amber field the clerk is in.  The
document's name in the subtitle is shortened to the width, never widening the form.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_ocr.documents.record import FieldWarning, Record, RecordStatus
from desktop_ocr.documents.schema import get_document_type
from desktop_ocr.gui import glyphs, i18n
from desktop_ocr.gui.field_editor import (
    ERROR_COLOUR,
    ID_KINDS,
    INFO_COLOUR,
    WARNING_COLOUR,
    FieldRow,
)
from desktop_ocr.gui.labels import worklist_label
from desktop_ocr.gui.name_elision import elide_name
from desktop_ocr.gui.session import QueueItem, QueueSession
from desktop_ocr.paths import display_name, display_path

OK_COLOUR = "#1b7f3b"
#: an editor in a two-column form is at least this many font heights wide (about as
#: many Chinese characters: a name, an address stays readable)
TWO_COLUMN_EDITOR_EMS = 10
#: space between the fields' lines, in the normal and in the compact layout
ROW_SPACING = 2
COMPACT_ROW_SPACING = 1
#: Qt's "no maximum" for a widget's size
_NO_MAXIMUM = 16777215


class _NameLine(QLabel):
    """The document's name and what to do with it; the name is shortened to the width
    this label gets (:func:`elide_name`), so a long file name never widens the form."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._name = ""
        self._rest = ""

    def set_parts(self, name: str, rest: str) -> None:
        self._name, self._rest = name, rest
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The name shortened to what is left beside the rest; a hint alone wraps."""
        self.setWordWrap(not self._name)
        if not self._name:
            self.setText(self._rest)
            return
        metrics = self.fontMetrics()
        room = self.width() - metrics.horizontalAdvance(self._rest) - 2
        self.setText(elide_name(self._name, metrics, room) + self._rest)


@dataclass(slots=True)
class _Page:
    """One document type's built fields, kept while another type is shown."""

    body: QWidget
    grid: QGridLayout
    rows: dict[str, FieldRow]
    cells: list[tuple[QLabel, QWidget, FieldRow]]
    columns: int
    compact: bool


class RecordForm(QWidget):
    """Shows one queue item's record; the clerk's actions go to the session."""

    fieldFocused = Signal(str, object)  # key, Box | None
    confirmRequested = Signal()
    overrideRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordForm")
        self._session: QueueSession | None = None
        self._item: QueueItem | None = None
        self._shown: Record | None = None  # the reading on screen (a new one replaces it)
        self._rows: dict[str, FieldRow] = {}
        self._cells: list[tuple[QLabel, QWidget, FieldRow]] = []  # one per as-printed field
        self._columns = 1
        self._compact = False
        self._mask_ids = False
        self._built_for: str | None = None
        # Why keep each type's fields: building 23 editors takes 30-90 ms of the GUI
        # thread, and a mixed batch switched types on every document (bench/gui_stall.py).
        self._pages: dict[str | None, _Page] = {}
        self._building = False  # rows being replaced: focus moved by Qt is not a visit

        self._title = QLabel(self)
        self._title.setObjectName("formTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self._title.setFont(font)
        self._subtitle = _NameLine(self)
        self._subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error = QLabel(self)
        self._error.setObjectName("formError")
        self._error.setWordWrap(True)
        self._error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self._error.hide()
        # what the record says as a whole (a back side without its front, a zone whose
        # check digits fail), and which back side a card's front is checked against
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("formNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.notes_label.hide()
        self.side_label = QLabel(self)
        self.side_label.setObjectName("formBackSide")
        self.side_label.setWordWrap(True)
        self.side_label.setStyleSheet(f"color: {INFO_COLOUR};")
        self.side_label.hide()
        self.check_label = QLabel(self)
        self.check_label.setObjectName("checkSummary")
        self.check_label.setWordWrap(True)
        self.override_button = QPushButton(self)
        self.override_button.setObjectName("overrideButton")
        self.override_button.clicked.connect(self.overrideRequested)
        self.override_button.hide()
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_label, 1)
        check_row.addWidget(self.override_button)

        self._body, self._grid = self._new_body()
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(self._body)
        self._scroll.viewport().installEventFilter(self)

        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setDefault(False)
        self.confirm_button.clicked.connect(self.confirmRequested)
        self._legend = QLabel(self)
        self._legend.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self._legend, 1)
        buttons.addWidget(self.confirm_button)
        heading = QHBoxLayout()
        heading.addWidget(self._title)
        heading.addWidget(self._subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self._error)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.side_label)
        layout.addLayout(check_row)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.set_item(None)

    # --- public --------------------------------------------------------------
    def attach(self, session: QueueSession) -> None:
        """Edits go to ``session``; its changes of the item shown are shown."""
        self._session = session
        session.itemChanged.connect(self._on_item_changed)

    @property
    def item(self) -> QueueItem | None:
        return self._item

    @property
    def record(self) -> Record | None:
        return self._item.record if self._item is not None else None

    @property
    def shown_record(self) -> Record | None:
        """The reading the form shows (the item's record may since be a new reading)."""
        return self._shown

    def row(self, key: str) -> FieldRow:
        return self._rows[key]

    def editors(self) -> list[QWidget]:
        return [r.editor for r in self._rows.values()]

    @property
    def columns(self) -> int:
        return self._columns

    @property
    def compact(self) -> bool:
        """Whether the rows are compact (see the module's docstring)."""
        return self._compact

    def prepare(self, doc_types: Iterable[str]) -> None:
        """Build ``doc_types``' fields now (before the window shows): the first document
        of each type then shows without building 23 editors on the GUI thread."""
        shown = self._built_for
        self._building = True
        try:
            for doc_type in doc_types:
                self._build_rows(doc_type)
                self._body.ensurePolished()  # styled now, not at its first showing
            self._build_rows(shown)
        finally:
            self._building = False

    def set_mask_ids(self, masked: bool) -> None:
        self._mask_ids = masked
        for row in self._every_row():
            row.editor.set_masked(masked and row.spec.kind in ID_KINDS)

    def set_item(self, item: QueueItem | None) -> None:
        """Show ``item``'s record (or nothing). Rebuilds rows only when the type changes."""
        if self._item is not None and self._item is not item and self._session is not None:
            self._session.finish_edit(self._item)
        self._item = item
        record = self._shown = self.record
        self._building = True
        try:
            self._build_rows(record.document_type if record else None)
        finally:
            self._building = False
        self._refresh()
        self._relayout()  # another document: other warnings under its fields

    def refresh_values(self) -> None:
        """The record changed outside the form (re-recognised): show it again."""
        self.set_item(self._item)

    def editable(self) -> bool:
        item = self._item
        return item is not None and self._session is not None and self._session.editable(item)

    def focus_field(self, key: str) -> None:
        """Put the cursor in ``key``'s field.  The program's doing, so not a visit:
        an amber field counts as checked only when the clerk went to it."""
        row = self._rows.get(key)
        if row is not None:
            row.editor.place_cursor()
            self._scroll.ensureWidgetVisible(row.editor, 20, 20)

    def focus_first_field(self) -> None:
        """The first field still to check, else the first field (not a visit)."""
        if not self.focus_next_to_check():
            editors = [r.editor for r in self._rows.values() if not r.derived]
            if editors:
                editors[0].place_cursor()

    def focus_next_to_check(self, after: str | None = None, *, visit: bool = False) -> bool:
        """Focus the next field still to visit (after ``after``, wrapping); False if none.

        ``visit``: the clerk's own key asked to be taken there (Ctrl+Enter, Enter in a
        field), so arriving is their visit; the program opening a document is not."""
        item = self._item
        left = list(item.check.to_visit) if item is not None else []
        if not left:
            return False
        keys = list(self._rows)
        start = keys.index(after) + 1 if after in keys else 0
        ordered = sorted(left, key=lambda k: (keys.index(k) - start) % len(keys))
        self.focus_field(ordered[0])
        if visit and item is not None and self._session is not None:
            self._session.visit(item, ordered[0])
        return True

    # --- building --------------------------------------------------------------
    def _new_body(self) -> tuple[QWidget, QGridLayout]:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setVerticalSpacing(ROW_SPACING)
        grid.setHorizontalSpacing(6)
        grid.setContentsMargins(0, 0, 4, 0)
        return body, grid

    def _every_row(self) -> list[FieldRow]:
        """The rows of every type built so far (the one shown and those kept)."""
        rows = list(self._rows.values())
        for doc_type, page in self._pages.items():
            if doc_type != self._built_for:
                rows.extend(page.rows.values())
        return rows

    def _build_rows(self, doc_type: str | None) -> None:
        """Show ``doc_type``'s fields: the kept ones, or built now (once per type)."""
        if doc_type == self._built_for:
            return
        self._pages[self._built_for] = _Page(self._body, self._grid, self._rows, self._cells,
                                             self._columns, self._compact)
        page = self._pages.get(doc_type)
        fresh = page is None
        if page is None:
            body, grid = self._new_body()
            page = _Page(body, grid, {}, [], self._columns, self._compact)
        shown = self._scroll.takeWidget()  # kept: setWidget would delete it
        if shown is not None:
            shown.setParent(self)  # hidden by the move, and owned by the form
            shown.hide()
        self._body, self._grid, self._rows, self._cells = page.body, page.grid, page.rows, \
            page.cells
        self._columns, self._compact = page.columns, page.compact
        self._built_for = doc_type
        self._scroll.setWidget(self._body)
        if fresh and doc_type:
            self._fill(doc_type)

    def _fill(self, doc_type: str) -> None:
        """Build ``doc_type``'s rows into the (new, empty) body shown."""
        spec = get_document_type(doc_type)
        language = i18n.schema_language()
        for field_spec in spec.fields:
            row = FieldRow(field_spec, self._body)
            row.relabel(language)
            row.edited.connect(self._on_edited)
            row.focused.connect(self._on_focused)
            row.visited.connect(self._on_visited)
            row.left.connect(self._on_left)
            row.accepted.connect(self._on_accepted)
            row.revertRequested.connect(self._on_revert)
            row.editor.set_masked(self._mask_ids and field_spec.kind in ID_KINDS)
            self._rows[field_spec.key] = row
        for key, row in self._rows.items():
            if row.derived:
                continue
            cell = QWidget(self._body)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            line = QHBoxLayout()
            line.setSpacing(2)
            line.addWidget(row.editor, 3)
            partners = [r for r in self._rows.values() if r.spec.derived_from == key]
            for partner in partners:  # the dd-mm-yyyy form, read-only beside the printed one
                partner.editor.setParent(cell)
                line.addWidget(partner.editor, 2)
            line.addWidget(row.revert_button)
            box.addLayout(line)
            box.addWidget(row.warning)
            for partner in partners:
                partner.label.hide()
                partner.revert_button.hide()
                box.addWidget(partner.warning)
            row.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            row.label.setContentsMargins(0, 3, 0, 0)  # level with the editor's text
            self._cells.append((row.label, cell, row))
        self._set_compact(self._compact)
        self._place(self._columns)
        previous: QWidget | None = None
        for row in self._rows.values():
            if row.derived:
                continue
            if previous is not None:
                QWidget.setTabOrder(previous, row.editor)
            previous = row.editor
        if previous is not None:
            QWidget.setTabOrder(previous, self.confirm_button)

    def _place(self, columns: int) -> None:
        """Lay the fields out in ``columns`` columns (top to bottom, then the next)."""
        self._columns = columns
        for label, cell, _row in self._cells:
            self._grid.removeWidget(label)
            self._grid.removeWidget(cell)
        per_column = -(-len(self._cells) // columns) if self._cells else 0
        for n, (label, cell, _row) in enumerate(self._cells):
            column, line = divmod(n, per_column) if per_column else (0, n)
            self._grid.addWidget(label, line, 2 * column, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(cell, line, 2 * column + 1)
            label.show()
            cell.show()  # now, not on the next event-loop turn
        for column in range(4):
            self._grid.setColumnStretch(column, 1 if column % 2 and column < 2 * columns else 0)
        for line in range(self._grid.rowCount()):  # an earlier layout's stretch must go
            self._grid.setRowStretch(line, 0)
        self._grid.setRowStretch(per_column, 1)

    def _editor_height(self, row: FieldRow, compact: bool) -> int:
        """An editor's height: as the style wants it, or (compact) its text and frame."""
        natural = row.editor.sizeHint().height()
        return min(natural, self.fontMetrics().height() + 4) if compact else natural

    def _set_compact(self, compact: bool) -> None:
        """Compact rows or normal ones (the revert button never makes a line taller)."""
        self._compact = compact
        self._grid.setVerticalSpacing(COMPACT_ROW_SPACING if compact else ROW_SPACING)
        for row in self._rows.values():
            height = self._editor_height(row, compact)
            if compact:
                row.editor.setFixedHeight(height)
            else:
                row.editor.setMinimumHeight(0)
                row.editor.setMaximumHeight(_NO_MAXIMUM)
            row.revert_button.setFixedSize(height, height)

    def _columns_fit(self, columns: int, width: int) -> bool:
        """Whether ``columns`` columns fit ``width``: each one's longest label beside an
        editor :data:`TWO_COLUMN_EDITOR_EMS` font heights wide and its revert button."""
        if columns == 1:
            return True
        per_column = -(-len(self._cells) // columns)
        spacing = self._grid.horizontalSpacing()
        editor = TWO_COLUMN_EDITOR_EMS * self.fontMetrics().height()
        needed = self._grid.contentsMargins().right() + spacing * (2 * columns - 1)
        for start in range(0, len(self._cells), per_column):
            cells = self._cells[start:start + per_column]
            label = max(label.sizeHint().width() for label, _cell, _row in cells)
            button = max(self._editor_height(row, True) for _label, _cell, row in cells)
            needed += label + editor + button + 2 * spacing
        return needed <= width

    def _height_needed(self, columns: int, compact: bool, width: int) -> int:
        """The fields' height in ``columns`` columns of ``width`` pixels together, normal
        or compact rows, with room for the reason shown under the amber field the clerk
        goes to (the reasons wrap at the editors' width)."""
        per_column = -(-len(self._cells) // columns)
        spacing = self._grid.horizontalSpacing()
        share = (width - self._grid.contentsMargins().right()
                 - spacing * (2 * columns - 1)) // columns
        lines = [0] * per_column
        reserve = 0
        for start in range(0, len(self._cells), per_column):
            cells = self._cells[start:start + per_column]
            cell_width = share - max(label.sizeHint().width() for label, _c, _r in cells)
            for n, (label, cell, row) in enumerate(cells):
                natural = cell.heightForWidth(cell_width) if cell.hasHeightForWidth() \
                    else cell.sizeHint().height()
                height = natural - self._editor_height(row, self._compact) \
                    + self._editor_height(row, compact)
                lines[n] = max(lines[n], label.sizeHint().height(), height)
                for r in (row, *(p for p in self._rows.values()
                                 if p.spec.derived_from == row.spec.key)):
                    if r.severity == "warning" and r.warning.text() and r.warning.isHidden():
                        reserve = max(reserve, r.warning.heightForWidth(cell_width) + 1)
        spacing = COMPACT_ROW_SPACING if compact else ROW_SPACING
        return sum(lines) + spacing * (per_column - 1) + reserve

    def _wanted_layout(self) -> tuple[int, bool]:
        """The roomiest layout that fits the viewport: one column, two, then the same
        compact; when none fits, the densest the width allows (it scrolls)."""
        viewport = self._scroll.viewport()
        if not self._cells:
            return 1, False
        two = self._columns_fit(2, viewport.width())
        for columns, compact in ((1, False), (2, False), (1, True), (2, True)):
            if columns == 2 and not two:
                continue
            if self._height_needed(columns, compact, viewport.width()) \
                    <= viewport.height():
                return columns, compact
        return (2 if two else 1), True

    def _relayout(self) -> None:
        columns, compact = self._wanted_layout()
        if compact != self._compact:
            self._set_compact(compact)
        if columns != self._columns:
            self._place(columns)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize \
                and isinstance(event, QResizeEvent):
            self._relayout()
        return super().eventFilter(watched, event)

    # --- showing -------------------------------------------------------------------
    def _refresh(self) -> None:
        item = self._item
        rec = self.record
        language = i18n.current()
        if item is None or rec is None:
            self._title.setText(self.tr("No document selected"))
            self._subtitle.set_parts("", self.tr(
                "Drop images, PDFs or folders on the window, or use File → Open."))
            self._subtitle.setToolTip("")
            self._error.hide()
            self._show_record_notes(None)
            self._show_check(None)
            self.confirm_button.setEnabled(False)
            return
        if rec.document_type:
            self._title.setText(get_document_type(rec.document_type).label(
                i18n.schema_language()))
        else:
            self._title.setText(self.tr("Unrecognised document"))
        page = f" · p.{rec.page}" if rec.page else ""
        self._subtitle.set_parts(f"{display_name(rec.source)}{page}",
                                 f" · {worklist_label(item.status, item.check, rec)}")
        self._subtitle.setToolTip(display_path(rec.source))
        if rec.error is not None:
            self._error.setText(f"{glyphs.ERROR} {rec.error.text(i18n.current())}")
            self._error.show()
        else:
            self._error.hide()
        self._show_record_notes(rec)
        editable = self.editable()
        self.confirm_button.setEnabled(editable and item.needs_review)
        by_field: dict[str, list[FieldWarning]] = {}
        for w in rec.warnings:
            by_field.setdefault(w.field, []).append(w)
        to_visit = set(item.check.to_visit)
        schema_language = i18n.schema_language()
        for key, row in self._rows.items():
            fv = rec.fields.get(key)
            row.set_editable(editable)
            if not row.editor.hasFocus() or row.editor.value() != (fv.value if fv else ""):
                row.show_value(fv)
            source = self._rows.get(row.spec.derived_from or "")
            row.show_state(by_field.get(key, []), fv, language, to_visit=key in to_visit,
                           source_label=source.spec.label(schema_language) if source else "")
        self._show_check(item if editable else None)

    def _show_record_notes(self, rec: Record | None) -> None:
        """Warnings about the record as a whole (no field of the form holds them), and
        for a card's front paired with its back side, which back side it is."""
        zh = i18n.current().startswith("zh")
        notes = [(w.message_zh or w.message) if zh else w.message
                 for w in (rec.warnings if rec is not None else [])
                 if w.field not in self._rows and w.severity != "info"]
        self.notes_label.setText("\n".join(f"{glyphs.WARNING} {n}" for n in notes))
        self.notes_label.setVisible(bool(notes))
        info = rec.extra.get("mrz") if rec is not None else None
        if isinstance(info, dict) and info.get("front") is True:
            where = str(info.get("source") or "")
            page = f" · p.{info['page']}" if info.get("page") else ""
            self.side_label.setText(f"{glyphs.OK} " + self.tr(
                "Back side: {0} — checked against its machine-readable zone.").replace(
                "{0}", f"{display_name(where)}{page}"))
            self.side_label.setToolTip(display_path(where))
            self.side_label.show()
        else:
            self.side_label.clear()
            self.side_label.hide()

    def _show_check(self, item: QueueItem | None) -> None:
        """The line above the fields: what is left to do before confirming."""
        self.override_button.setVisible(False)
        if item is None:
            self.check_label.hide()
            return
        check = item.check
        if item.status is RecordStatus.CONFIRMED:
            reason = item.record.journal.override if item.record else None
            text = f"{glyphs.OK} " + (self.tr("Confirmed with a reason: {0}").replace(
                "{0}", reason) if reason else self.tr("Confirmed"))
            colour = WARNING_COLOUR if reason else OK_COLOUR
        else:
            lines = []
            if check.red:
                lines.append(f"{glyphs.ERROR} " + self.tr(
                    "Cannot confirm: %n field(s) to fix", "", len(check.red)))
                self.override_button.setVisible(True)
            if check.to_visit:
                lines.append(f"{glyphs.TO_CHECK} " + self.tr(
                    "%n field(s) to check", "", len(check.to_visit)))
            if not lines:
                lines.append(f"{glyphs.OK} " + self.tr("Ready to confirm (Ctrl+Enter)."))
            text = "\n".join(lines)
            colour = ERROR_COLOUR if check.red else WARNING_COLOUR if check.to_visit \
                else OK_COLOUR
        self.check_label.setText(text)
        self.check_label.setToolTip(self.tr(
            "Ctrl+Enter goes to the next field to check, then confirms. A red field (invalid, "
            "or required and empty) must be fixed, or the document confirmed with a reason."))
        self.check_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.check_label.show()

    def _on_item_changed(self, item: QueueItem) -> None:
        """The clerk's own change (or a visit) of the document shown: show it.  A new
        reading is the window's to show (it may still be being read)."""
        if item is self._item and item.record is self._shown:
            self._refresh()

    # --- the clerk's actions ------------------------------------------------------
    def _on_edited(self, key: str, text: str) -> None:
        if self._item is not None and self._session is not None and self.editable():
            self._session.edit(self._item, key, text)

    def _on_left(self, key: str) -> None:
        """The clerk left a field: a typed identifier is tidied (``x`` → ``X``), saved
        and re-validated like any edit, and the edit is closed (one undo step)."""
        rec = self.record
        row = self._rows.get(key)
        if rec is not None and row is not None and key in rec.fields:
            typed = rec.value(key)
            ident = row.spec.identifier
            tidy = ident.tidy_typed(typed) if ident is not None else typed
            if tidy != typed:  # the editor shows it
                self._on_edited(key, tidy)
        if self._item is not None and self._session is not None:
            self._session.finish_edit(self._item)

    def _on_focused(self, key: str) -> None:
        rec = self.record
        fv = rec.fields.get(key) if rec else None
        self.fieldFocused.emit(key, fv.box if fv else None)

    def _on_visited(self, key: str) -> None:
        """The clerk went to the field (click, Tab) or acted in it (a key, a click)."""
        if self._building:
            return  # rows being replaced: Qt moving the focus off one is nobody's visit
        if self._item is not None and self._session is not None:
            self._session.visit(self._item, key)

    def _on_accepted(self, key: str) -> None:
        """Enter in a field: it is checked as it stands; on to the next one to check."""
        if self._item is not None and self._session is not None:
            self._session.visit(self._item, key)
            self.focus_next_to_check(key, visit=True)

    def _on_revert(self, key: str) -> None:
        if self._item is not None and self._session is not None:
            self._session.revert(self._item, key)
            self.focus_field(key)

    # --- language ------------------------------------------------------------------
    def retranslate(self) -> None:
        self.confirm_button.setText(self.tr("&Confirm"))
        self.confirm_button.setToolTip(self.tr("Mark as checked and go to the next document "
                                               "needing review (Ctrl+Enter)"))
        self.override_button.setText(self.tr("Confirm with a reason…"))
        self.override_button.setToolTip(self.tr(
            "Confirm although fields are invalid or missing; your reason is kept with the "
            "record and exported (Ctrl+Shift+Enter)"))
        self._legend.setText(QCoreApplication.translate(
            "RecordForm", "* required · {0} to check · {1} changed").replace(
            "{0}", glyphs.TO_CHECK).replace("{1}", glyphs.EDITED))
        self._legend.setToolTip(self.tr("Red: invalid, or required and empty. Amber: please "
                                        "check against the image."))
        language = i18n.schema_language()
        for row in self._every_row():
            row.relabel(language)
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
