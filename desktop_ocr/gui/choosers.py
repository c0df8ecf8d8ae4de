"""The document type and backend choosers (toolbar and queue panel).

Why separate: both the toolbar ("what is dropped next") and the queue panel
("change this item's type") offer the same document types; the backend chooser
knows which cloud backends are configured and says why the others are disabled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_ocr.config import BackendSettings
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.gui import i18n

DOCUMENT_CHOICES: tuple[str, ...] = ("auto", *DOCUMENT_TYPES)
BACKEND_CHOICES: tuple[str, ...] = ("offline", "cloudwalk", "accuauth")


def document_label(name: str) -> str:
    if name == "auto":
        return QCoreApplication.translate("Choosers", "Auto-detect")
    spec = DOCUMENT_TYPES[name]
    other = spec.label("en" if i18n.schema_language() == "zh" else "zh")
    return f"{spec.label(i18n.schema_language())} / {other}" if name == "birth_certificate" \
        else spec.label(i18n.schema_language())


def backend_label(name: str) -> str:
    return {
        "offline": QCoreApplication.translate("Choosers", "Offline (on this computer)"),
        "cloudwalk": "CloudWalk",
        "accuauth": "AccuAuth",
    }.get(name, name)


class DocumentTypeCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None, *, with_auto: bool = True) -> None:
        super().__init__(parent)
        self._names = DOCUMENT_CHOICES if with_auto else tuple(DOCUMENT_TYPES)
        for name in self._names:
            self.addItem(document_label(name), name)

    def current_name(self) -> str:
        return str(self.currentData())

    def set_current_name(self, name: str) -> None:
        idx = self.findData(name)
        if idx >= 0:
            self.setCurrentIndex(idx)

    def relabel(self) -> None:
        for i, name in enumerate(self._names):
            self.setItemText(i, document_label(name))


class BackendCombo(QComboBox):
    """Offline is always there; a cloud backend is enabled once it is configured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for name in BACKEND_CHOICES:
            self.addItem(backend_label(name), name)
        self._settings = BackendSettings()

    def current_name(self) -> str:
        return str(self.currentData())

    def set_current_name(self, name: str) -> None:
        idx = self.findData(name)
        if idx >= 0 and self.is_enabled(name):
            self.setCurrentIndex(idx)

    def is_enabled(self, name: str) -> bool:
        model = self.model()
        idx = self.findData(name)
        if not isinstance(model, QStandardItemModel) or idx < 0:
            return False
        item = model.item(idx)
        return bool(item and item.isEnabled())

    def update_availability(self, settings: BackendSettings) -> None:
        self._settings = settings
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        configured = {
            "offline": True,
            "cloudwalk": settings.cloudwalk.configured,
            "accuauth": settings.accuauth.configured,
        }
        for i, name in enumerate(BACKEND_CHOICES):
            item = model.item(i)
            item.setText(backend_label(name))
            ok = configured[name]
            item.setEnabled(ok)
            tip = (QCoreApplication.translate("Choosers", "Documents are read on this computer; nothing is sent.")
                   if name == "offline" else
                   QCoreApplication.translate("Choosers", "Documents are sent to this vendor's service.") if ok else
                   QCoreApplication.translate("Choosers", "Not configured: enter the endpoint and credentials in Settings first."))
            item.setToolTip(tip)
            item.setData(tip, Qt.ItemDataRole.ToolTipRole)
        if not configured.get(self.current_name(), False):
            self.setCurrentIndex(0)
        self.setToolTip(model.item(self.currentIndex()).toolTip())

    def relabel(self) -> None:
        self.update_availability(self._settings)
