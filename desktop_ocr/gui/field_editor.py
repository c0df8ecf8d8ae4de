"""One field's editor line: label, input, and the inline warning under it.

Why a widget of its own: the form is generated from the schema, so every field
gets the same treatment — required mark, warning colour (red = invalid, amber =
doubtful or low confidence), reason as text *and* tooltip, optional on-screen
masking of ID numbers — and the form only lays rows out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop_ocr.documents.record import FieldValue, FieldWarning
from desktop_ocr.documents.schema import FieldKind, FieldSpec
from desktop_ocr.logging_setup import mask_id

LOW_CONFIDENCE = 0.8
ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b26a00"
INFO_COLOUR = "#2e7d32"  # a reassurance ("confirmed by the machine-readable zone")
ID_KINDS = (FieldKind.CN_ID, FieldKind.GHA_PIN, FieldKind.VOTER_ID)


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
    masked text is only painted while the clerk is not in the field.
    """

    focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self._mask = False
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

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._show()
        self.focused.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show()


class FieldRow(QObject):
    """Label + editor + warning for one schema field (the form lays them out)."""

    edited = Signal(str, str)  # key, new value
    focused = Signal(str)  # key

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.label = QLabel(parent)
        self.editor = FieldLineEdit(parent)
        self.editor.setObjectName(f"field_{spec.key}")
        self.warning = QLabel(parent)
        self.warning.setObjectName(f"warning_{spec.key}")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.label.setBuddy(self.editor)
        self.severity: str | None = None
        self.editor.textEdited.connect(lambda text: self.edited.emit(self.spec.key, text))
        self.editor.focused.connect(lambda: self.focused.emit(self.spec.key))

    def relabel(self, language: str) -> None:
        text = self.spec.label(language)
        mark = " *" if self.spec.required else ""
        self.label.setText(f"{text}{mark}")
        tip = QCoreApplication.translate("FieldRow", "Required") if self.spec.required else ""
        self.label.setToolTip(tip)
        self.editor.setAccessibleName(text)

    def show_value(self, fv: FieldValue | None) -> None:
        self.editor.set_value(fv.value if fv else "")

    def show_warnings(self, warnings: list[FieldWarning], fv: FieldValue | None,
                      language: str) -> None:
        """Red for an invalid value, amber for a doubt or a low-confidence read, green
        for an ``info`` note alone (a value confirmed by the card's back side)."""
        zh = language.startswith("zh")
        texts: list[str] = []
        severity: str | None = None
        for w in warnings:
            texts.append((w.message_zh or w.message) if zh else w.message)
            if w.severity == "error":
                severity = "error"
            elif w.severity == "info":
                severity = severity or "info"
            elif severity in (None, "info"):
                severity = "warning"
        if (fv is not None and not fv.edited and fv.value and fv.confidence is not None
                and fv.confidence < LOW_CONFIDENCE):
            pct = round(fv.confidence * 100)
            texts.append(QCoreApplication.translate(
                "FieldRow", "Low confidence ({0}%): please check against the image.")
                .replace("{0}", str(pct)))
            severity = "warning" if severity in (None, "info") else severity
        self.severity = severity
        if not texts:
            self.warning.hide()
            self.warning.clear()
            self.editor.setToolTip("")
            self.editor.setStyleSheet("")
            return
        colour, icon = {"error": (ERROR_COLOUR, "⛔"), "info": (INFO_COLOUR, "✓")}.get(
            severity or "", (WARNING_COLOUR, "⚠"))
        message = "\n".join(texts)
        self.warning.setText(f"{icon} {message}")
        self.warning.setStyleSheet(f"color: {colour};")
        self.warning.setToolTip(message)
        self.editor.setToolTip(message)
        self.editor.setStyleSheet(f"QLineEdit {{ border: 2px solid {colour}; }}")
        self.warning.show()
