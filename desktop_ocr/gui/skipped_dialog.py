"""The list of files that were not queued, each with the reason.

Why a dialog and not a log line: a clerk who drops a folder must see that three
files were left out and why (a Word file, an empty file…), or they would
believe every document was processed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_ocr.paths import display_name, display_path


class SkippedFilesDialog(QDialog):
    def __init__(self, skipped: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skippedFilesDialog")
        self.setWindowTitle(self.tr("Files not added"))
        self.setModal(False)
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Reason")])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(640, 320)
        self.add(skipped)

    def add(self, skipped: list[tuple[str, str]]) -> None:
        for path, reason in skipped:
            row = QTreeWidgetItem([display_name(path), reason])
            row.setToolTip(0, display_path(path))
            row.setToolTip(1, reason)
            self.tree.addTopLevelItem(row)
        self.tree.resizeColumnToContents(0)
        n = self.tree.topLevelItemCount()
        self._intro.setText(self.tr("%n file(s) were not added to the queue:", "", n))

    def entries(self) -> list[tuple[str, str]]:
        return [(self.tree.topLevelItem(i).toolTip(0), self.tree.topLevelItem(i).text(1))
                for i in range(self.tree.topLevelItemCount())]
