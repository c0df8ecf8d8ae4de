"""The document type and backend choosers (toolbar and queue panel).

Why separate: both the toolbar ("what is dropped next") and the queue panel
("change this item's type") offer document types — only those the chosen
backend reads; the backend chooser lists the registry's backends, enables a
cloud backend once it is configured and says why the others are disabled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_ocr.backends import registry
from desktop_ocr.backends.base import BackendDescription
from desktop_ocr.config import Settings
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.gui.labels import backend_label, document_label


class DocumentTypeCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None, *, with_auto: bool = True) -> None:
        super().__init__(parent)
        self._with_auto = with_auto
        self._names: tuple[str, ...] = ()
        self.set_choices(tuple(DOCUMENT_TYPES))

    def set_choices(self, document_types: tuple[str, ...]) -> None:
        """Offer ``document_types`` (and Auto-detect); the current choice stays if offered."""
        names = ("auto", *document_types) if self._with_auto else tuple(document_types)
        if names == self._names:
            return
        current = self.current_name() if self.count() else None
        self._names = names
        self.blockSignals(True)
        self.clear()
        for name in names:
            self.addItem(document_label(name), name)
        self.blockSignals(False)
        self.set_current_name(current if current in names else names[0])

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
    """Every backend of the registry; one that needs settings is enabled once configured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backends = registry.descriptions()
        for description in self._backends:
            self.addItem(backend_label(description), description.name)
        self._settings = Settings()

    def current_name(self) -> str:
        return str(self.currentData())

    def current_description(self) -> BackendDescription:
        return registry.get(self.current_name())

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

    def update_availability(self, settings: Settings) -> None:
        self._settings = settings
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        for i, description in enumerate(self._backends):
            item = model.item(i)
            item.setText(backend_label(description))
            ok = description.configured(settings)
            item.setEnabled(ok)
            tip = (QCoreApplication.translate("Choosers", "Documents are read on this computer; nothing is sent.")
                   if description.local else
                   QCoreApplication.translate("Choosers", "Documents are sent to this vendor's service.") if ok else
                   QCoreApplication.translate("Choosers", "Not configured: enter the endpoint and credentials in "
                                  "Settings first."))
            item.setToolTip(tip)
            item.setData(tip, Qt.ItemDataRole.ToolTipRole)
        if not self.is_enabled(self.current_name()):
            self.setCurrentIndex(0)
        self.setToolTip(model.item(self.currentIndex()).toolTip())

    def relabel(self) -> None:
        self.update_availability(self._settings)
