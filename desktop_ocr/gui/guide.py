"""Help → User guide (F1): a short guide to the clerk's day, in the UI language, in the app.

Why in the app and not a web page: the desk may have no internet and no browser
the clerk is allowed to use; the guide ships with the app
(``resources/guide/guide_<language>.html``) and follows the language switch.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop_ocr.gui import i18n
from desktop_ocr.gui.resources import resources_dir


def guide_html(language: str) -> str:
    """The guide for ``language`` (``zh_CN`` or ``en``); English when it is missing."""
    folder = resources_dir() / "guide"
    for name in (f"guide_{language}.html", "guide_en.html"):
        path = folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class UserGuide(QDialog):
    """The guide, non-modal: the clerk can keep it open beside the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)
        self.retranslate()

    @classmethod
    def show_for(cls, window: QWidget) -> UserGuide:
        """Show the window's guide (one per window), raised if it is already open."""
        guide = window.findChild(UserGuide)
        if guide is None:
            guide = cls(window)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide"))
        self.browser.setHtml(guide_html(i18n.current()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
