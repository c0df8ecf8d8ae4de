"""Help → About: the app version, component versions and the OCR model names.

Why: support questions start with "which version, which model?"; the clerk can
read it out or copy it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_ocr import __version__
from desktop_ocr.about import component_versions
from desktop_ocr.backends import registry
from desktop_ocr.gui.labels import backend_label


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Desktop OCR"))
        rows = "".join(f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
                       for k, v in component_versions())
        backends = ", ".join(backend_label(d) for d in registry.descriptions())
        purpose = self.tr("Turns photos and scans of identity documents into checked records.")
        backends_title = self.tr("Recognition backends")
        privacy = self.tr("The offline backend reads documents on this computer; nothing is sent anywhere unless you choose a cloud backend.")
        text = (
            f"<h3>Desktop OCR {html.escape(__version__)}</h3><p>{purpose}</p>"
            f"<p><b>{backends_title}:</b> {html.escape(backends)}</p>"
            f"<p>{privacy}</p><table cellspacing='6'>{rows}</table>"
        )
        self.label = QLabel(text, self)
        self.label.setObjectName("aboutText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
