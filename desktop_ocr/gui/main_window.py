"""The clerk's main window: queue | image | form, menus, toolbar, status bar.

Why this module only shows and asks: what happens to each document — its
lifecycle, crash resume, re-reading, what may be confirmed, undo — is the queue
session's (``gui/session.py``, no widgets); each view lives in its own widget
(queue panel, viewer, form), the checking commands in ``checking`` and each
message in ``notices``.  The window wires them together, owns the actions, and
asks the clerk when the session needs consent.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
)

from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.errors import OcrError
from desktop_ocr.gui import i18n, notices
from desktop_ocr.gui.about_dialog import AboutDialog
from desktop_ocr.gui.actions import WindowActions
from desktop_ocr.gui.checking import CheckingDesk
from desktop_ocr.gui.choosers import BackendCombo, DocumentTypeCombo
from desktop_ocr.gui.export_dialog import ExportDialog
from desktop_ocr.gui.form import RecordForm
from desktop_ocr.gui.guide import UserGuide
from desktop_ocr.gui.history_dialog import HistoryDialog
from desktop_ocr.gui.image_loader import ImageLoader
from desktop_ocr.gui.intake import Intake, IntakeDesk, local_paths
from desktop_ocr.gui.queue_model import QueueModel
from desktop_ocr.gui.queue_panel import QueuePanel
from desktop_ocr.gui.resources import icon
from desktop_ocr.gui.session import QueueItem, QueueSession, check_policy
from desktop_ocr.gui.settings import AppSettings
from desktop_ocr.gui.settings_dialog import SettingsDialog
from desktop_ocr.gui.skipped_dialog import SkippedFilesDialog
from desktop_ocr.gui.status_line import StatusLine
from desktop_ocr.gui.store_bridge import StoreBridge, open_record_store
from desktop_ocr.gui.viewer import ImageViewer
from desktop_ocr.gui.worker import RecognitionWorker

log = logging.getLogger(__name__)

_WAITING = (RecordStatus.QUEUED, RecordStatus.RECOGNIZING)
#: documents of one drop queued per event-loop turn (a few ms of the GUI thread)
ADD_CHUNK = 8


class MainWindow(QMainWindow):
    """The window a clerk works in all day."""

    itemsQueued = Signal(int)  # how many documents were added to the queue
    filesSkipped = Signal(object)  # list[(path, reason)]
    closed = Signal()

    def __init__(self, *, settings: AppSettings | None = None, store: object | None = None,
                 hot_folder_poll_ms: int = 500) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.settings = settings or AppSettings(parent=self)
        self.store_problem: OcrError | None = None  # the real store could not be opened
        self.store_notice: QMessageBox | None = None  # "store damaged" / "store unavailable"
        self.resume_offer: QMessageBox | None = None  # "read the unfinished documents now?"
        if store is None:
            opened = open_record_store()
            store, self.store_problem = opened.store, opened.problem
            if opened.problem is not None:
                problem, path = opened.problem, opened.path
                QTimer.singleShot(0, lambda: self._show_store_unavailable(problem, path))
        notice = getattr(store, "recovery_notice", None)
        if isinstance(notice, OcrError):
            QTimer.singleShot(0, lambda: self._show_store_recovery(notice))
        self.store = StoreBridge(store, self)
        self.worker = RecognitionWorker(lambda: self.settings.values, self)
        self.session = QueueSession(self.store, self.worker, self,
                                    policy=check_policy(self.settings.values))
        self._closing = False
        self._skipped_dialog: SkippedFilesDialog | None = None

        # --- parts ------------------------------------------------------------
        self.model = QueueModel(self.session, self)
        self.queue = QueuePanel(self.model, self)
        self.viewer = ImageViewer(self)
        self.viewer.setAcceptDrops(False)  # drops go to the window, wherever they land
        self.viewer.viewport().setAcceptDrops(False)
        self.form = RecordForm(self)
        self.form.attach(self.session)
        self.checking = CheckingDesk(self, self.session, self.queue, self.form)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for index, (widget, stretch) in enumerate(((self.queue, 2), (self.viewer, 5),
                                                   (self.form, 3))):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.loader = ImageLoader(self)
        self.viewer.attach(self.loader)
        self.model.load_thumbnails(self.loader)
        self.intake = IntakeDesk(self, self.settings, poll_ms=hot_folder_poll_ms)
        self.hot_folder = self.intake.hot_folder

        self.doc_type_combo = DocumentTypeCombo(self)
        self.doc_type_combo.setObjectName("documentTypeCombo")
        self.backend_combo = BackendCombo(self)
        self.backend_combo.setObjectName("backendCombo")
        self.backend_combo.currentIndexChanged.connect(self._offer_document_types)
        self.doc_type_label = QLabel(self)
        self.backend_label = QLabel(self)
        self.status_line = StatusLine(self.statusBar(), self.session,
                                      temporary_store=self.store_problem is not None)
        self.progress_label = self.status_line.progress_label
        self.watch_label = self.status_line.watch_label
        self.store_label = self.status_line.store_label
        desk = self.checking
        self.commands = WindowActions(self, {
            "open": self.intake.open_files, "open_folder": self.intake.open_folder,
            "paste": self.intake.paste,
            "export": self.export_dialog, "settings": self.settings_dialog,
            "history": self.history_dialog, "quit": self.close,
            "undo": desk.undo, "redo": desk.redo, "remove": desk.remove,
            "restore": desk.restore, "pair": desk.pair_selected,
            "unpair": desk.unpair_current, "confirm": self.confirm_and_next,
            "override": desk.confirm_with_reason, "rerun": self.rerecognise_current,
            "resume": self.resume_unfinished, "prev": lambda: self.step(-1),
            "next": lambda: self.step(1), "clear": self.session.clear_confirmed,
            "zoom_in": lambda: self.viewer.zoom_by(1.25),
            "zoom_out": lambda: self.viewer.zoom_by(0.8), "fit": self.viewer.zoom_fit,
            "actual": self.viewer.zoom_actual, "rotate": self.viewer.rotate_right,
            "rotate_left": self.viewer.rotate_left, "guide": self.user_guide,
            "about": self.about_dialog})
        self.act_resume.setEnabled(False)
        self.act_restore.setEnabled(False)
        self.queue.set_context_actions([self.act_remove, self.act_rerun, None,
                                        self.act_pair, self.act_unpair, None,
                                        self.act_confirm, self.act_override])
        # Delete acts in the queue only: never from the image, never by a slip elsewhere
        self.act_remove.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.removeAction(self.act_remove)
        self.doc_type_label.setBuddy(self.doc_type_combo)
        self.backend_label.setBuddy(self.backend_combo)
        self.toolbar = self.commands.make_toolbar(
            "open", "paste", "export", None, self.doc_type_label, self.doc_type_combo, None,
            self.backend_label, self.backend_combo, None, "fit", "actual", "rotate_left",
            "rotate")

        # --- signals ---------------------------------------------------------
        s = self.session
        s.itemChanged.connect(self._on_item_changed)
        s.countsChanged.connect(lambda counts: self.queue.set_failed_count(counts.failed))
        s.batchProgress.connect(self.queue.set_progress)
        s.batchRunning.connect(self.queue.set_batch_running)
        s.batchFinished.connect(lambda done, _failed, _cancelled: self.queue.set_progress(done,
                                                                                           done))
        s.queueRestored.connect(self._on_restored)
        s.unfinishedChanged.connect(self._on_unfinished_changed)
        s.removalsChanged.connect(lambda n: self.act_restore.setEnabled(n > 0))
        for signal in (s.itemChanged, s.itemsInserted, s.itemsRemoved):
            signal.connect(self._offer_card_actions)
        self.queue.view.selectionModel().selectionChanged.connect(self._offer_card_actions)
        s.stopped.connect(self._on_stopped)
        self.store.storeFailed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Record store"), message))
        self.intake.intakeReady.connect(self._on_intake)
        self.intake.message.connect(self.statusBar().showMessage)
        self.hot_folder.folderVanished.connect(self._on_watched_folder_vanished)
        self.hot_folder.folderReturned.connect(self._on_watched_folder_returned)
        self.queue.currentItemChanged.connect(self._show_item)
        self.queue.pauseToggled.connect(s.pause)
        self.queue.cancelRequested.connect(s.cancel)
        self.queue.retryRequested.connect(s.retry_failed)
        self.queue.itemTypeChanged.connect(self._on_item_type_changed)
        self.form.fieldFocused.connect(lambda _k, box: self.viewer.highlight(box))
        self.form.confirmRequested.connect(self.confirm_and_next)
        self.form.overrideRequested.connect(desk.confirm_with_reason)
        self.doc_type_combo.activated.connect(lambda _i: self.settings.update(
            {"window.document_type": self.doc_type_combo.current_name()}))
        self.settings.settingsChanged.connect(self._on_settings_changed)

        self._offer_card_actions()
        self._apply_settings()
        self.backend_combo.set_current_name(str(self.settings.get("preferences.default_backend")))
        self._offer_document_types()
        self.doc_type_combo.set_current_name(str(self.settings.get("window.document_type")))
        self.retranslate()
        self.resize(QSize(1400, 860))
        geometry = str(self.settings.get("window.geometry"))
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        splitter = str(self.settings.get("window.splitter"))
        if not splitter or not self.splitter.restoreState(
                QByteArray.fromBase64(splitter.encode("ascii"))):
            # queue, image, form; the form lays itself out for the width it gets
            # (one column, two, compact rows: RecordForm), so a laptop needs no scrolling
            self.splitter.setSizes([300, 560, 540])
        s.restore()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Desktop OCR — identity documents"))
        self.commands.retranslate()
        self.doc_type_label.setText(self.tr("  &Type: "))
        self.backend_label.setText(self.tr("  &Backend: "))
        self.doc_type_combo.setToolTip(self.tr("Document type for what you add next"))
        self.doc_type_combo.relabel()
        self.backend_combo.relabel()
        self.status_line.retranslate()
        if self.queue.current_item() is None:
            self.viewer.show_hint(self._drop_hint())

    def _drop_hint(self) -> str:
        return self.tr("Drop photos, scans, PDFs or whole folders here\n"
                       "or use File → Open (Ctrl+O) · Paste (Ctrl+V)")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, choice: str) -> str:
        """Switch the UI language now (menus, form labels, queue words)."""
        return i18n.install(choice)

    # ------------------------------------------------------------------ settings
    def _on_settings_changed(self, keys: frozenset[str]) -> None:
        if all(key.startswith("window.") for key in keys):
            return  # only what the window remembers
        self.worker.backends_changed()
        self._apply_settings()
        self.session.set_policy(check_policy(self.settings.values))
        language = str(self.settings.get("preferences.language"))
        if "preferences.language" in keys and i18n.resolve(language) != i18n.current():
            self.set_language(language)

    def _apply_settings(self) -> None:
        """Backends offered, ID masking, the watched folder: as the settings say."""
        values = self.settings.values
        self.backend_combo.update_availability(values)
        self.form.set_mask_ids(bool(values.get("preferences.mask_ids_on_screen")))
        self.set_watch_folder(str(values.get("preferences.watch_folder")))

    def _offer_document_types(self) -> None:
        """The type chooser offers only what the chosen backend reads."""
        if self.backend_combo.count():
            self.doc_type_combo.set_choices(
                self.backend_combo.current_description().document_types)

    # ------------------------------------------------------------------ intake
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        """Queue files and folders (folders walked off the GUI thread)."""
        self.intake.add_paths(paths)

    def _on_intake(self, intake: Intake) -> None:
        if self._closing:
            return
        if intake.skipped:
            self.filesSkipped.emit(intake.skipped)
            if self._skipped_dialog is None:
                self._skipped_dialog = SkippedFilesDialog(intake.skipped, self)
            else:
                self._skipped_dialog.add(intake.skipped)
            self._skipped_dialog.show()
            self._skipped_dialog.raise_()
        self.intake.screen(intake, self.session, self._add)

    def _add(self, files: list[str], intake: Intake) -> None:
        """Queue ``files``, :data:`ADD_CHUNK` per event-loop turn: a folder of 500 scans
        appears over a few frames instead of freezing the window for one long one."""
        if self._closing:
            return
        now, later = files[:ADD_CHUNK], files[ADD_CHUNK:]
        items = self.session.add_files(now, self.doc_type_combo.current_name(),
                                       self.backend_combo.current_name(), intake.digests)
        if items:
            if self.queue.current_row() < 0:
                self.queue.select_item(items[0])
            self.itemsQueued.emit(len(items))
        if later:
            QTimer.singleShot(0, lambda: self._add(later, intake))

    def set_watch_folder(self, folder: str) -> None:
        if not self.hot_folder.watch(folder or None):
            if self.hot_folder.folder is None:  # a path to a file
                text = self.tr("The scanner folder is a file, not a folder: {0}")
            else:
                text = self.tr("The scanner folder is missing: {0}. New scans are taken as "
                               "soon as it is back.")
            self.statusBar().showMessage(text.replace("{0}", folder), 10000)
        self._show_watched()

    def _show_watched(self) -> None:
        self.status_line.show_watched(self.hot_folder.folder, present=self.hot_folder.present)

    def _on_watched_folder_vanished(self, folder: Path) -> None:
        self._show_watched()
        self.statusBar().showMessage(self.tr(
            "The scanner folder is gone: {0}. New scans are taken as soon as it is back.")
            .replace("{0}", str(folder)), 10000)

    def _on_watched_folder_returned(self, folder: Path) -> None:
        self._show_watched()
        self.statusBar().showMessage(self.tr("The scanner folder is back: {0}")
                                     .replace("{0}", str(folder)), 8000)

    # ------------------------------------------------------------------ the batch
    def _on_item_changed(self, item: QueueItem) -> None:
        """A new reading (or a failure) of the document on screen is shown; an edit or a
        reading that starts leaves the form as it is."""
        if self.queue.current_item() is item and item.record is not self.form.shown_record \
                and item.status not in _WAITING:
            self._show_item(item)

    def _may_discard_edits(self) -> bool:
        """A new reading replaces the clerk's corrections: ask first (never silently)."""
        answer = QMessageBox.question(
            self, self.tr("Re-recognise"),
            self.tr("Your corrections to this document will be replaced by a new reading. "
                    "Continue?"))
        return answer == QMessageBox.StandardButton.Yes

    def rerecognise_current(self) -> None:
        item = self.queue.current_item()
        if item is not None and not self.session.reread(item) and self._may_discard_edits():
            self.session.reread(item, discard_edits=True)

    def _on_item_type_changed(self, item: QueueItem, doc_type: str) -> None:
        if self.session.change_type(item, doc_type):
            return
        if self._may_discard_edits():
            self.session.change_type(item, doc_type, discard_edits=True)
        else:
            current = item.record.document_type if item.record else None
            self.queue.type_combo.set_current_name(current or item.document_type)

    # ------------------------------------------------------------------ the last session
    def _on_restored(self, held: int, interrupted: int) -> None:
        if held:
            self.resume_offer, resume = notices.resume_offer(self, held, interrupted)
            self.resume_offer.buttonClicked.connect(
                lambda button: self.resume_unfinished() if button is resume
                else self._resume_later())
            self.resume_offer.show()
        elif interrupted:
            self.statusBar().showMessage(notices.interrupted_text(interrupted), 60000)
        if self.queue.current_row() < 0:
            self.queue.select_row(0)

    def resume_unfinished(self) -> None:
        """Read the documents the last session left unfinished (Document menu, or the offer)."""
        self.session.resume_unfinished(self.backend_combo.current_name())

    def _resume_later(self) -> None:
        if self.session.unfinished:
            self.statusBar().showMessage(notices.resume_later_text(), 15000)

    def _on_unfinished_changed(self, count: int) -> None:
        self.act_resume.setEnabled(count > 0)
        if not count and self.resume_offer is not None and self.resume_offer.isVisible():
            self.resume_offer.close()

    def _show_store_recovery(self, notice: OcrError) -> None:
        log.warning("record store was damaged and moved aside at start-up (%s)", notice.code)
        self.statusBar().showMessage(notice.localized(i18n.current()), 60000)
        self.store_notice = notices.store_recovered(self, notice)

    def _show_store_unavailable(self, problem: OcrError, path: Path) -> None:
        self.statusBar().showMessage(notices.store_unavailable_status(), 60000)
        self.store_notice = notices.store_unavailable(self, problem, path)

    # ------------------------------------------------------------------ checking
    def _show_item(self, item: QueueItem | None) -> None:
        if item is None:
            self.form.set_item(None)
            self.viewer.show_hint(self._drop_hint())
            return
        self.form.set_item(None if item.status in _WAITING else item)
        self.viewer.show_page(item.source, item.page, self.tr("Loading…"))
        self.viewer.set_rotation(item.record.rotation if item.record else 0)  # as read

    def step(self, delta: int) -> None:
        """Previous / next document as the queue shows them (sorted, filtered)."""
        n = self.queue.proxy.rowCount()
        if n:
            row = self.queue.current_row()
            self.queue.select_row(max(0, min(n - 1, row + delta)) if row >= 0 else 0)

    def _offer_card_actions(self, *_args: object) -> None:
        """Pair: two documents selected, a card's front and its back side alone.
        Unpair: the current document holds its back side."""
        self.act_pair.setEnabled(self.session.can_pair(self.queue.selected_items()))
        self.act_unpair.setEnabled(self.session.can_unpair(self.queue.current_item()))

    def confirm_and_next(self) -> None:
        """Ctrl+Enter (``checking.CheckingDesk.confirm_and_next``)."""
        self.checking.confirm_and_next()

    # ------------------------------------------------------------------ dialogs
    def export_dialog(self) -> None:
        records: list[Record] = [it.record for it in self.model.items
                                 if it.record is not None and it.record.document_type]
        ExportDialog(records, self.settings, self).open()

    def settings_dialog(self) -> None:
        SettingsDialog(self.settings, self).open()

    def history_dialog(self) -> None:
        dialog = HistoryDialog(self.store, self.settings, self)
        dialog.openRequested.connect(self.open_record)
        dialog.open()

    def open_record(self, record: Record) -> None:
        """Show a record of the history in the queue and the form."""
        self.queue.select_item(self.session.open_record(record))

    def user_guide(self) -> None:
        UserGuide.show_for(self)

    def about_dialog(self) -> None:
        AboutDialog(self).open()

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        """Cancel a running batch first; close for real when nothing reads any more.

        The GUI never blocks on the model here: the window stays until the session
        reports ``stopped`` (the reading stops at the next cancellation check), then
        closes.  Every edit is already on its record and queued for the store; the
        session writes those before the store is closed.
        """
        if self.session.busy:
            if not self._closing:
                self._closing = True
                self.statusBar().showMessage(self.tr("Stopping recognition…"))
                self.session.shutdown()
            event.ignore()
            return
        # The last reports (a cancelled document's outcome) may still wait in the
        # event queue: deliver them now so they reach the store before it closes.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        try:
            self.settings.update({"window.geometry": _base64(self.saveGeometry()),
                                  "window.splitter": _base64(self.splitter.saveState())})
        except OcrError as exc:  # a full disk must not keep the window open
            log.warning("window state not saved: %s", exc.code)
        self.intake.shutdown()
        self.loader.shutdown()
        self.session.close()
        event.accept()
        self.closed.emit()

    def _on_stopped(self) -> None:
        if self._closing:
            self.close()


def _base64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")
