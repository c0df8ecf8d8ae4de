"""The clerk's checking desk: confirm and next, confirm with a reason, undo, remove, pair.

Why apart from the window: these commands follow the queue session's rules
(``documents.review``) and move the clerk through the worklist — Ctrl+Enter
first walks to the fields still to check, then stops at a red field and says
why, and only then confirms and opens the next document needing review.  The
window only owns the actions; what each does is here, in one place, with the
messages it gives.  The words keep the ``MainWindow`` translation context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from desktop_ocr.documents.back import MISMATCH
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.errors import OcrError
from desktop_ocr.gui import glyphs, i18n
from desktop_ocr.gui.form import RecordForm
from desktop_ocr.gui.queue_panel import QueuePanel
from desktop_ocr.gui.session import QueueItem, QueueSession

#: the shortest reason accepted for confirming over problems
MIN_REASON = 4


def problem_lines(item: QueueItem) -> list[str]:
    """Each red field with why, in the clerk's language (for the override dialog)."""
    rec = item.record
    if rec is None:
        return []
    spec = DOCUMENT_TYPES.get(rec.document_type or "")
    zh = i18n.schema_language() == "zh"
    lines = []
    for key in item.check.red:
        label = spec.field(key).label(i18n.schema_language()) if spec else key
        reasons = [(w.message_zh or w.message) if zh else w.message
                   for w in rec.warnings if w.field == key and w.severity == "error"]
        if not reasons and not rec.value(key).strip():
            reasons = [QCoreApplication.translate("MainWindow", "required, but empty")]
        lines.append(f"{glyphs.ERROR} {label}: {'; '.join(reasons) or '?'}")
    for key in item.check.to_visit:
        label = spec.field(key).label(i18n.schema_language()) if spec else key
        unseen = QCoreApplication.translate("MainWindow", "not looked at yet")
        lines.append(f"{glyphs.TO_CHECK} {label}: {unseen}")
    return lines


class OverrideDialog(QDialog):
    """Asks for the reason to confirm a document although fields are red (or unchecked)."""

    def __init__(self, item: QueueItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Confirm with a reason"))
        intro = QLabel(QCoreApplication.translate(
            "MainWindow", "This document has problems that are not fixed:"), self)
        problems = QLabel("\n".join(problem_lines(item)), self)
        problems.setObjectName("overrideProblems")
        problems.setWordWrap(True)
        problems.setStyleSheet("color: #c62828;")
        ask = QLabel(QCoreApplication.translate(
            "MainWindow", "Why may it be confirmed as it is? Your reason is kept with the "
            "record and exported."), self)
        ask.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(QCoreApplication.translate(
            "MainWindow", "e.g. card misprinted, checked by phone"))
        ask.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("MainWindow", "&Confirm"))
        self.hint = QLabel(self)  # why Confirm is not available yet
        self.hint.setObjectName("overrideHint")
        self.hint.setWordWrap(True)
        self.reason.textChanged.connect(self._check_reason)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, problems, ask, self.reason, self.hint, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)
        self._check_reason("")

    def _check_reason(self, text: str) -> None:
        """Confirm needs a reason of :data:`MIN_REASON` characters; until then the hint
        under the reason says so, so a grey Confirm is never a riddle."""
        missing = MIN_REASON - len(text.strip())
        self.ok_button.setEnabled(missing <= 0)
        self.hint.setText("" if missing <= 0 else QCoreApplication.translate(
            "MainWindow", "Write a reason of at least %n character(s) to confirm.", "",
            MIN_REASON))
        self.hint.setStyleSheet("color: #b26a00;")
        self.hint.setVisible(missing > 0)

    def text(self) -> str:
        return self.reason.text().strip()


class CheckingDesk(QObject):
    """Confirm, override, undo/redo and remove/restore for ``window``'s queue and form."""

    overrideOffered = Signal(object)  # OverrideDialog, shown

    def __init__(self, window: QMainWindow, session: QueueSession, queue: QueuePanel,
                 form: RecordForm) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.queue = queue
        self.form = form
        self.override_dialog: OverrideDialog | None = None
        session.sidesPaired.connect(self._on_paired)
        session.reopened.connect(lambda _item: self._say(QCoreApplication.translate(
            "MainWindow", "This document was confirmed: your change re-opens it. Confirm it "
            "again when it is right."), 10000))

    def _say(self, text: str, ms: int = 6000) -> None:
        self.window.statusBar().showMessage(text, ms)

    # --- confirming --------------------------------------------------------------------
    def confirm_and_next(self) -> None:
        """Ctrl+Enter: go to the next field still to check; else stop at a red field and
        say why; else confirm and open the next document needing review."""
        item = self.queue.current_item()
        if item is None:
            return
        result = self.session.confirm(item)
        if result.confirmed:
            self._next(item)
            return
        check = result.check
        if check.to_visit:
            focus = QApplication.focusWidget()
            here = next((k for k, row in ((k, self.form.row(k)) for k in check.to_visit)
                         if row.editor is focus), None)
            self.form.focus_next_to_check(here, visit=True)  # the clerk's key
            left = len(self.form.item.check.to_visit) if self.form.item else 0
            self._say(QCoreApplication.translate(
                "MainWindow", "%n field(s) still to check before confirming.", "", max(left, 1)))
        elif check.red:
            self.form.focus_field(check.red[0])
            self._say(QCoreApplication.translate(
                "MainWindow", "Cannot confirm: %n field(s) invalid or missing. Fix them, or "
                "confirm with a reason (Ctrl+Shift+Enter).", "", len(check.red)), 10000)

    def confirm_with_reason(self) -> None:
        """Ctrl+Shift+Enter: confirm although fields are red, with the clerk's reason."""
        item = self.queue.current_item()
        if item is None or not self.session.editable(item) or not item.needs_review:
            return
        if item.check.ready:  # nothing to override
            self.confirm_and_next()
            return
        dialog = OverrideDialog(item, self.window)
        self.override_dialog = dialog
        dialog.accepted.connect(lambda: self._override(item, dialog.text()))
        dialog.open()
        dialog.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        self.overrideOffered.emit(dialog)

    def _override(self, item: QueueItem, reason: str) -> None:
        result = self.session.confirm(item, reason=reason)
        if result.confirmed:
            self._say(QCoreApplication.translate(
                "MainWindow", "Confirmed with your reason; it is kept with the record."))
            self._next(item)

    def _next(self, item: QueueItem) -> None:
        following = self.queue.next_to_review(item)
        if following is not None:
            self.queue.select_item(following)
            self.form.focus_first_field()
        else:
            self.form.set_item(item)
            self._say(QCoreApplication.translate(
                "MainWindow", "Every document in the queue is checked."))

    # --- undo, redo ------------------------------------------------------------------
    def undo(self) -> None:
        """The current document's last change; in the queue, the queue's last change (a
        removal, a pairing or an unpairing)."""
        if self.queue.view.hasFocus() and self.session.can_undo_queue:
            self.undo_queue()
            return
        self._replay(self.session.undo, QCoreApplication.translate(
            "MainWindow", "Nothing to undo in this document."))

    def redo(self) -> None:
        self._replay(self.session.redo, QCoreApplication.translate(
            "MainWindow", "Nothing to redo in this document."))

    def _replay(self, step: Callable[[QueueItem], tuple[str, ...]], nothing: str) -> None:
        item = self.queue.current_item()
        keys = step(item) if item is not None else ()
        if not keys:
            self._say(nothing, 4000)
            return
        rows = [k for k in keys if not self.form.row(k).derived] if self.form.item is item \
            else []
        if rows:
            self.form.focus_field(rows[0])

    # --- the queue -------------------------------------------------------------------
    def remove(self) -> None:
        """Delete: take the selected documents out of the queue (never their files)."""
        items = self.queue.selected_items()
        if not items:
            return
        row = min(self.queue.view_row(it) for it in items)
        self.session.remove(items)
        self.queue.select_row(min(row, self.queue.proxy.rowCount() - 1))
        self._say(QCoreApplication.translate(
            "MainWindow", "Removed %n document(s) from the queue; the files are kept. Ctrl+Z "
            "in the queue brings them back.", "", len(items)), 10000)

    def undo_queue(self) -> None:
        items = self.session.undo_queue()
        if items:
            self.queue.select_item(items[0])
            self._say(QCoreApplication.translate(
                "MainWindow", "Undone in the queue: %n document(s) as they were.", "",
                len(items)))

    # --- both sides of a card --------------------------------------------------------
    def pair_selected(self) -> None:
        """Pair the two selected documents, a card's front and its back side: one
        document, the front's fields checked against the back's machine-readable zone."""
        items = self.queue.selected_items()
        if not self.session.can_pair(items):
            self._say(QCoreApplication.translate(
                "MainWindow", "Select two read documents of one card: its front and its back "
                "side (Ctrl+click)."), 8000)
            return
        try:
            card = self.session.pair(*items)
        except OcrError as exc:
            self._say(exc.localized(i18n.current()), 8000)
            return
        self.queue.select_item(card)

    def _on_paired(self, card: QueueItem, by_hand: bool) -> None:
        """Say what pairing did (by hand, or by the rules as the second side was read)."""
        rec = card.record
        spec = DOCUMENT_TYPES.get(rec.document_type or "") if rec is not None else None
        red = [k for k in card.check.red  # as the clerk sees them: a date's dd-mm-yyyy twin
               if rec is not None and spec is not None  # is the same date
               and not spec.field(k).derived_from
               and any(w.field == k and w.code == MISMATCH for w in rec.warnings)]
        text = QCoreApplication.translate(
            "MainWindow", "{0}: its front and back side are one document now.") if by_hand \
            else QCoreApplication.translate(
                "MainWindow", "{0}: its front and back side were paired automatically.")
        text = text.replace("{0}", card.display_name)
        if red:
            text += " " + QCoreApplication.translate(
                "MainWindow", "The two sides disagree in %n field(s), shown in red with both "
                "readings.", "", len(red))
        text += " " + QCoreApplication.translate(
            "MainWindow", "Ctrl+Z in the queue takes them apart.")
        self._say(text, 12000)

    def unpair_current(self) -> None:
        """The current document's back side becomes a document of its own again."""
        item = self.queue.current_item()
        if not self.session.can_unpair(item):
            return
        assert item is not None
        try:
            self.session.unpair(item)
        except OcrError as exc:
            self._say(exc.localized(i18n.current()), 8000)
            return
        self.queue.select_item(item)
        self._say(QCoreApplication.translate(
            "MainWindow", "The back side is a document of its own again, after the front. "
            "Ctrl+Z in the queue pairs them again."), 10000)

    def restore(self) -> None:
        items = self.session.restore_removed()
        if items:
            self.queue.select_item(items[0])
            self._say(QCoreApplication.translate(
                "MainWindow", "%n document(s) back in the queue.", "", len(items)))
