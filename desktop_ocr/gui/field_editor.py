"""One field's editor line: label, input, revert button, and the inline warning under it.

Why a widget of its own: the form is generated from the schema, so every field
gets the same treatment — required mark, warning colour from the record's own
warnings (red = invalid, amber = doubtful: ``not_found``, ``confidence.low``, a
cross-field doubt; green with a check mark = confirmed by the card's back side), a
mark while it still has to be looked at, an edited mark
with the value as read on hover and a button to revert to it, derived fields
read-only, optional on-screen masking of ID numbers — and the form only lays
rows out and passes the clerk's actions to the queue session.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QToolButton, QWidget

from desktop_ocr.documents.record import FieldValue, FieldWarning
from desktop_ocr.documents.schema import FieldKind, FieldSpec
from desktop_ocr.gui import glyphs
from desktop_ocr.logging_setup import mask_id

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b26a00"
INFO_COLOUR = "#2e7d32"  # a reassurance ("confirmed by the machine-readable zone")
EDITED_BACKGROUND = "#e8f0fe"
DERIVED_BACKGROUND = "#f1f1f1"
ID_KINDS = (FieldKind.CN_ID, FieldKind.GHA_PIN, FieldKind.VOTER_ID)
#: Focus that comes back by itself (the window activated again, a menu or popup closed)
#: is not the clerk going to a field.
_RETURNED_FOCUS = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason,
                   Qt.FocusReason.MenuBarFocusReason)
#: Keys that only hold a modifier (the Ctrl of Ctrl+Enter) or leave: not a look at the field.
_NOT_A_LOOK = frozenset({Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt,
                         Qt.Key.Key_Meta, Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock,
                         Qt.Key.Key_NumLock, Qt.Key.Key_Escape, Qt.Key.Key_unknown})


def mask_for_screen(value: str) -> str:
    """Keep enough of an ID to recognise it at a glance, hide the rest.

    Well-formed numbers are masked exactly as in the logs (``mask_id``); a
    half-read or mistyped one is still masked, just by length.
    """
    masked = mask_id(value)
    if masked != value:
        return masked
    if len(value) <= 4:
        return "•" * len(value)
    keep_head, keep_tail = (3, 2) if len(value) < 12 else (4, 4)
    return value[:keep_head] + "•" * (len(value) - keep_head - keep_tail) + value[-keep_tail:]


class FieldLineEdit(QLineEdit):
    """A line edit that can show an ID masked while it does not have the focus.

    The real value is always what ``value()`` returns and what edits change; the
    masked text is only painted while the clerk is not in the field.  Undo and
    redo are the record's (across fields, documents and restarts), so the line
    edit leaves those keys to the window instead of keeping its own history.

    ``visited`` is the clerk's own look at the field — focus they brought
    (click, Tab, a mnemonic), a click or a key in it — never focus the program
    put there (:meth:`place_cursor`: the next document opened, undo, a blocked
    confirm) nor focus Qt returns when the window is activated again: an amber
    field counts as checked only when a person went to it.
    """

    focused = Signal()
    left = Signal()  # the focus went elsewhere (tidy the typed value now)
    visited = Signal()  # the clerk went to the field or acted in it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self._mask = False
        self._placing = False
        self.textEdited.connect(self._on_edit)

    def value(self) -> str:
        return self._value

    def set_value(self, value: str) -> None:
        self._value = value
        self._show()

    def set_masked(self, masked: bool) -> None:
        self._mask = masked
        self._show()

    def is_showing_mask(self) -> bool:
        return self._mask and not self.hasFocus() and self.text() != self._value

    def _on_edit(self, text: str) -> None:
        self._value = text

    def _show(self) -> None:
        text = mask_for_screen(self._value) if self._mask and not self.hasFocus() else self._value
        if text != self.text():
            self.blockSignals(True)
            self.setText(text)
            self.blockSignals(False)

    @staticmethod
    def _record_undo(event: QKeyEvent) -> bool:
        return event.matches(QKeySequence.StandardKey.Undo) or \
            event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier)

    def event(self, event: QEvent) -> bool:
        # Not overriding the shortcut lets the window's Undo/Redo actions have the keys.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._record_undo(event):
            event.ignore()
            return False
        return super().event(event)

    def place_cursor(self) -> None:
        """Put the focus here for the clerk (the program's doing: not a visit)."""
        self._placing = True
        try:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        finally:
            self._placing = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._record_undo(event):
            event.ignore()
            return
        if Qt.Key(event.key()) not in _NOT_A_LOOK:
            self.visited.emit()
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.visited.emit()
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._show()
        self.focused.emit()
        if not self._placing and event.reason() not in _RETURNED_FOCUS:
            self.visited.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show()
        self.left.emit()


class FieldRow(QObject):
    """Label + editor + revert button + warning for one schema field (the form lays
    them out).  ``severity``: ``error``, ``warning`` or None, as shown."""

    edited = Signal(str, str)  # key, new value
    focused = Signal(str)  # key: the cursor is in the field (whoever put it there)
    visited = Signal(str)  # key: the clerk went to the field or acted in it
    left = Signal(str)  # key: the clerk left the field
    accepted = Signal(str)  # key: Enter in the field ("checked, next one")
    revertRequested = Signal(str)  # key

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.label = QLabel(parent)
        self.editor = FieldLineEdit(parent)
        self.editor.setObjectName(f"field_{spec.key}")
        self.revert_button = QToolButton(parent)
        self.revert_button.setObjectName(f"revert_{spec.key}")
        self.revert_button.setText(glyphs.REVERT)
        self.revert_button.setAutoRaise(True)
        self.revert_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab walks the fields
        self.revert_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.revert_button.clicked.connect(lambda: self.revertRequested.emit(self.spec.key))
        self.revert_button.hide()
        self.warning = QLabel(parent)
        self.warning.setObjectName(f"warning_{spec.key}")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.label.setBuddy(self.editor)
        self.severity: str | None = None
        self.to_visit = False
        self.derived = bool(spec.derived_from)
        if self.derived:  # follows its as-printed field; never typed by itself
            self.editor.setReadOnly(True)
            self.editor.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.editor.textEdited.connect(lambda text: self.edited.emit(self.spec.key, text))
        self.editor.focused.connect(self._show_warning)
        self.editor.left.connect(self._show_warning)
        self.editor.focused.connect(lambda: self.focused.emit(self.spec.key))
        self.editor.visited.connect(lambda: self.visited.emit(self.spec.key))
        self.editor.left.connect(lambda: self.left.emit(self.spec.key))
        self.editor.returnPressed.connect(lambda: self.accepted.emit(self.spec.key))
        self._text = ""
        self._language = "en"
        self._fv: FieldValue | None = None
        self._messages: list[str] = []

    def relabel(self, language: str) -> None:
        self._language = language
        self._show_label()
        tip = QCoreApplication.translate("FieldRow", "Required") if self.spec.required else ""
        self.label.setToolTip(tip)
        self.editor.setAccessibleName(self.spec.label(language))

    def _show_label(self) -> None:
        text = self.spec.label(self._language)
        mark = " *" if self.spec.required else ""
        prefix = f"{glyphs.TO_CHECK} " if self.to_visit else ""
        edited = f" {glyphs.EDITED}" if self._fv is not None and self._fv.edited else ""
        # the card's back side confirmed the value: a check mark, in green
        confirmed = f" {glyphs.OK}" if self.severity == "info" else ""
        self.label.setText(f"{prefix}{text}{mark}{edited}{confirmed}")
        font = self.label.font()
        font.setBold(self.to_visit)
        self.label.setFont(font)
        colour = WARNING_COLOUR if self.to_visit else INFO_COLOUR if confirmed else ""
        self.label.setStyleSheet(f"color: {colour};" if colour else "")

    def set_editable(self, editable: bool) -> None:
        self.editor.setReadOnly(self.derived or not editable)

    def show_value(self, fv: FieldValue | None) -> None:
        self.editor.set_value(fv.value if fv else "")

    def show_state(self, warnings: list[FieldWarning], fv: FieldValue | None, language: str,
                   *, to_visit: bool = False, source_label: str = "") -> None:
        """Red for an invalid value, amber for a doubt (the record's warnings), green for
        an ``info`` note alone (a value the card's back side confirmed); the to-visit
        mark; the edited mark, the value as read and the revert button."""
        zh = language.startswith("zh")
        self._fv = fv
        self.to_visit = to_visit
        texts = [(w.message_zh or w.message) if zh else w.message for w in warnings]
        severity: str | None = None
        for w in warnings:
            if w.severity == "error":
                severity = "error"
            elif w.severity == "info":
                severity = severity or "info"
            elif severity in (None, "info"):
                severity = "warning"
        self.severity = severity
        self._show_label()
        tips = list(texts)
        edited = fv is not None and fv.edited
        if edited and fv is not None:
            read = fv.read or ""
            tips.append(QCoreApplication.translate("FieldRow", "Read as: {0}").replace(
                "{0}", f"«{read}»" if read else QCoreApplication.translate("FieldRow",
                                                                          "(empty)")))
        if self.derived and source_label:
            tips.append(QCoreApplication.translate(
                "FieldRow", "Computed from “{0}”: correct that field.").replace(
                "{0}", source_label))
        self.revert_button.setVisible(edited and not self.derived
                                      and not self.editor.isReadOnly())
        if edited and fv is not None:
            self.revert_button.setToolTip(QCoreApplication.translate(
                "FieldRow", "Revert to the value read: {0}").replace(
                "{0}", f"«{fv.read or ''}»"))
        self.editor.setToolTip("\n".join(tips))
        colour = {"error": ERROR_COLOUR, "info": INFO_COLOUR}.get(severity or "",
                                                                WARNING_COLOUR)
        styles = []
        if severity is not None:
            styles.append(f"border: 2px solid {colour};")
        if edited:
            styles.append(f"background: {EDITED_BACKGROUND};")
        elif self.derived:
            styles.append(f"background: {DERIVED_BACKGROUND};")
        self.editor.setStyleSheet(f"QLineEdit {{ {' '.join(styles)} }}" if styles else "")
        if not texts:
            self.warning.clear()
            self.warning.hide()
            return
        icon = {"error": glyphs.ERROR, "info": glyphs.OK}.get(severity or "", glyphs.WARNING)
        message = "\n".join(texts)
        self.warning.setText(f"{icon} {message}")
        self.warning.setStyleSheet(f"color: {colour};")
        self.warning.setToolTip(message)
        self._show_warning()

    def _show_warning(self) -> None:
        """The reason is written under a red field, and under an amber or green one while
        the clerk is in it (the others: border, mark and tooltip) — so a long form still
        fits."""
        self.warning.setVisible(bool(self.warning.text()) and (
            self.severity == "error" or self.editor.hasFocus()))

    def widgets(self) -> list[QWidget]:
        return [self.label, self.editor, self.revert_button, self.warning]
