"""The clerk's main window: queue | image | form, menus, toolbar, status bar.

Why this module only wires things: each concern lives in its own widget or
helper (queue panel, viewer, form, worker, hot folder, store bridge, dialogs);
the window connects their signals and owns the actions, so no class grows into
a 3,000-line main window.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWidget,
)

from desktop_ocr.config import BackendSettings
from desktop_ocr.documents.record import ErrorInfo, Record, RecordStatus
from desktop_ocr.errors import OcrError
from desktop_ocr.gui import i18n
from desktop_ocr.gui.choosers import BackendCombo, DocumentTypeCombo
from desktop_ocr.gui.form import RecordForm
from desktop_ocr.gui.hot_folder import HotFolder
from desktop_ocr.gui.image_loader import ImageLoader
from desktop_ocr.gui.intake import Intake, IntakeExpander, local_paths, save_pasted_image
from desktop_ocr.gui.prefs import Preferences
from desktop_ocr.gui.queue_model import ItemState, QueueItem, QueueModel
from desktop_ocr.gui.queue_panel import QueuePanel
from desktop_ocr.gui.resources import icon
from desktop_ocr.gui.store_bridge import StoreBridge, open_record_store
from desktop_ocr.gui.viewer import ImageViewer
from desktop_ocr.gui.worker import Job, RecognitionWorker
from desktop_ocr.records.store import RECOGNIZING

log = logging.getLogger(__name__)


def load_backend_settings() -> BackendSettings:
    from desktop_ocr.settings_store import load_backend_settings as load

    return load()


class MainWindow(QMainWindow):
    """The window a clerk works in all day."""

    itemsQueued = Signal(int)  # how many documents were added to the queue
    filesSkipped = Signal(object)  # list[(path, reason)]
    closed = Signal()

    def __init__(self, *, prefs: Preferences | None = None, store: object | None = None,
                 hot_folder_poll_ms: int = 500) -> None:
        super().__init__()
        from desktop_ocr.settings_store import load_preferences

        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.prefs = prefs or Preferences()
        self.app_prefs = load_preferences()
        self.backend_settings = load_backend_settings()
        self.store_problem: OcrError | None = None  # the real store could not be opened
        if store is None:
            opened = open_record_store()
            store, self.store_problem = opened.store, opened.problem
            if opened.problem is not None:
                problem, path = opened.problem, opened.path
                QTimer.singleShot(0, lambda: self._show_store_unavailable(problem, path))
        self.store = StoreBridge(store, self)
        self.store.storeFailed.connect(self._on_store_failed)
        self.store_notice: QMessageBox | None = None  # "store damaged" / "store unavailable"
        notice = getattr(store, "recovery_notice", None)
        if isinstance(notice, OcrError):
            QTimer.singleShot(0, lambda: self._show_store_recovery(notice))
        self.resume_offer: QMessageBox | None = None  # "read the unfinished documents now?"
        self._held: set[int] = set()  # item ids restored unfinished, waiting for the clerk
        self._closing = False
        self._close_timer = QTimer(self)  # re-checks the worker while closing (no blocking)
        self._close_timer.setInterval(50)
        self._close_timer.timeout.connect(self._on_worker_stopped)
        self._skipped_dialog: QWidget | None = None
        self._shown_key = ""

        # --- parts ------------------------------------------------------------
        self.model = QueueModel(self)
        self.queue = QueuePanel(self.model, self)
        self.viewer = ImageViewer(self)
        self.viewer.setAcceptDrops(False)  # drops go to the window, wherever they land
        self.viewer.viewport().setAcceptDrops(False)
        self.form = RecordForm(self)
        self.form.set_mask_ids(self.app_prefs.mask_ids_on_screen)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(self.viewer)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.worker = RecognitionWorker(lambda: self.backend_settings, self)
        self.loader = ImageLoader(self)
        self.expander = IntakeExpander(self)
        self.hot_folder = HotFolder(self, poll_ms=hot_folder_poll_ms)

        self.doc_type_combo = DocumentTypeCombo(self)
        self.doc_type_combo.setObjectName("documentTypeCombo")
        self.doc_type_combo.set_current_name(str(self.prefs.get("recognition/document_type")))
        self.backend_combo = BackendCombo(self)
        self.backend_combo.setObjectName("backendCombo")
        self.backend_combo.update_availability(self.backend_settings)
        self.backend_combo.set_current_name(self.app_prefs.default_backend)
        self.doc_type_label = QLabel(self)
        self.backend_label = QLabel(self)
        self.progress_label = QLabel(self)
        self.watch_label = QLabel(self)
        self.store_label = QLabel(self)  # shown only while the store is a temporary one
        self.store_label.setObjectName("temporaryStoreLabel")
        self.store_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.store_label.setVisible(self.store_problem is not None)

        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self.statusBar().addWidget(self.progress_label, 1)
        self.statusBar().addPermanentWidget(self.store_label)
        self.statusBar().addPermanentWidget(self.watch_label)

        # --- signals ---------------------------------------------------------
        self.worker.recordStarted.connect(self._on_started)
        self.worker.recordRecognized.connect(self._on_recognized)
        self.worker.recordFailed.connect(self._on_failed)
        self.worker.batchProgress.connect(self._on_progress)
        self.worker.batchFinished.connect(self._on_batch_finished)
        self.worker.finished.connect(self._on_worker_stopped)
        self.loader.pageLoaded.connect(self._on_page_loaded)
        self.loader.thumbnailLoaded.connect(self._on_thumbnail)
        self.loader.loadFailed.connect(self._on_page_failed)
        self.expander.expanded.connect(self._on_expanded)
        self.hot_folder.fileReady.connect(lambda p: self.add_paths([p]))
        self.queue.currentItemChanged.connect(self._show_item)
        self.queue.pauseToggled.connect(self._on_pause)
        self.queue.cancelRequested.connect(self.cancel_batch)
        self.queue.retryRequested.connect(self.retry_failed)
        self.queue.itemTypeChanged.connect(self._on_item_type_changed)
        self.form.recordEdited.connect(self._on_record_edited)
        self.form.fieldFocused.connect(lambda _k, box: self.viewer.highlight(box))
        self.form.confirmRequested.connect(self.confirm_and_next)
        self.doc_type_combo.activated.connect(
            lambda _i: self.prefs.put("recognition/document_type",
                                      self.doc_type_combo.current_name()))

        self.retranslate()
        self.resize(QSize(1400, 860))
        geometry = self.prefs.get("ui/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        splitter = self.prefs.get("ui/splitter")
        if not splitter or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([330, 640, 430])
        self.set_watch_folder(str(self.prefs.get("intake/watch_folder")))
        self._restore_queue()

    # ------------------------------------------------------------------ actions
    def _action(self, name: str, slot, shortcuts: list[QKeySequence] | None = None,
                icon_name: str | None = None) -> QAction:
        act = QAction(self)
        act.setObjectName(name)
        if shortcuts:
            act.setShortcuts(shortcuts)
        if icon_name:
            act.setIcon(icon(icon_name))
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _make_actions(self) -> None:
        K = QKeySequence
        S = K.StandardKey
        self.act_open = self._action("actOpen", self.open_files, [K(S.Open)], "open")
        self.act_open_folder = self._action("actOpenFolder", self.open_folder,
                                            [K("Ctrl+Shift+O")], "folder")
        self.act_paste = self._action("actPaste", self.paste_image, [K(S.Paste)], "paste")
        self.act_export = self._action("actExport", self.export_dialog, [K(S.Save)], "export")
        self.act_settings = self._action("actSettings", self.settings_dialog,
                                         [K("Ctrl+,")], "settings")
        self.act_history = self._action("actHistory", self.history_dialog, [K("Ctrl+H")],
                                        "history")
        self.act_quit = self._action("actQuit", self.close, [K(S.Quit), K("Ctrl+Q")])
        self.act_confirm = self._action("actConfirm", self.confirm_and_next,
                                        [K("Ctrl+Return"), K("Ctrl+Enter")], "confirm")
        self.act_rerun = self._action("actRerun", self.rerecognise_current, [K("F5")], "rerun")
        self.act_resume = self._action("actResume", self.resume_unfinished)
        self.act_resume.setEnabled(False)
        self.act_prev = self._action("actPrev", lambda: self.step(-1), [K("Ctrl+PgUp")], "prev")
        self.act_next = self._action("actNext", lambda: self.step(1), [K("Ctrl+PgDown")], "next")
        self.act_clear = self._action("actClear", self.clear_confirmed)
        self.act_zoom_in = self._action("actZoomIn", lambda: self.viewer.zoom_by(1.25),
                                        [K(S.ZoomIn)], "zoom-in")
        self.act_zoom_out = self._action("actZoomOut", lambda: self.viewer.zoom_by(0.8),
                                         [K(S.ZoomOut)], "zoom-out")
        self.act_fit = self._action("actFit", self.viewer.zoom_fit, [K("Ctrl+0")], "fit")
        self.act_actual = self._action("actActual", self.viewer.zoom_actual, [K("Ctrl+1")],
                                       "actual-size")
        self.act_rotate = self._action("actRotate", self.viewer.rotate_right, [K("Ctrl+R")],
                                       "rotate")
        self.act_about = self._action("actAbout", self.about_dialog, [K(S.HelpContents)])

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        for act in (self.act_open, self.act_open_folder, self.act_paste, None, self.act_export,
                    None, self.act_history, self.act_settings, None, self.act_quit):
            self.menu_file.addSeparator() if act is None else self.menu_file.addAction(act)
        self.menu_doc = bar.addMenu("")
        for act in (self.act_confirm, self.act_rerun, self.act_resume, None, self.act_prev,
                    self.act_next, None, self.act_clear):
            self.menu_doc.addSeparator() if act is None else self.menu_doc.addAction(act)
        self.menu_view = bar.addMenu("")
        for act in (self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_actual,
                    self.act_rotate):
            self.menu_view.addAction(act)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

    def _make_toolbar(self) -> None:
        tb = QToolBar(self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setIconSize(QSize(22, 22))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(tb)
        for act in (self.act_open, self.act_paste, self.act_export):
            tb.addAction(act)
        tb.addSeparator()
        self.doc_type_label.setBuddy(self.doc_type_combo)
        self.backend_label.setBuddy(self.backend_combo)
        tb.addWidget(self.doc_type_label)
        tb.addWidget(self.doc_type_combo)
        tb.addSeparator()
        tb.addWidget(self.backend_label)
        tb.addWidget(self.backend_combo)
        tb.addSeparator()
        for act in (self.act_fit, self.act_actual, self.act_rotate):
            tb.addAction(act)
        self.toolbar = tb

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Desktop OCR — identity documents"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_doc.setTitle(self.tr("&Document"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        texts = {
            self.act_open: self.tr("&Open…"),
            self.act_open_folder: self.tr("Open &folder…"),
            self.act_paste: self.tr("&Paste image"),
            self.act_export: self.tr("&Export…"),
            self.act_settings: self.tr("&Settings…"),
            self.act_history: self.tr("&History…"),
            self.act_quit: self.tr("&Quit"),
            self.act_confirm: self.tr("&Confirm and next"),
            self.act_rerun: self.tr("&Re-recognise"),
            self.act_resume: self.tr("Resume &unfinished documents"),
            self.act_prev: self.tr("&Previous document"),
            self.act_next: self.tr("&Next document"),
            self.act_clear: self.tr("Remove confirmed from &queue"),
            self.act_zoom_in: self.tr("Zoom &in"),
            self.act_zoom_out: self.tr("Zoom &out"),
            self.act_fit: self.tr("&Fit"),
            self.act_actual: self.tr("&100%"),
            self.act_rotate: self.tr("&Rotate 90°"),
            self.act_about: self.tr("&About"),
        }
        for act, text in texts.items():
            act.setText(text)
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            # toolbar text without the menu accelerator ("打开(&O)…" → "打开")
            plain = re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…")
            act.setIconText(plain)
            act.setToolTip(f"{plain} ({keys})" if keys else plain)
        self.doc_type_label.setText(self.tr("  &Type: "))
        self.backend_label.setText(self.tr("  &Backend: "))
        self.doc_type_combo.setToolTip(self.tr("Document type for what you add next"))
        self.doc_type_combo.relabel()
        self.backend_combo.relabel()
        self._update_watch_label()
        self.store_label.setText(self.tr("Temporary store: edits will not be kept"))
        self.store_label.setToolTip(self.tr(
            "The record store could not be opened. Documents and edits of this session "
            "are lost when the app closes: export them before closing."))
        self._update_progress_label(0, 0)
        if self.queue.current_item() is None:
            self.viewer.show_image(None, self._drop_hint())

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
        self.expander.expand(paths)

    def _on_expanded(self, intake: Intake) -> None:
        if self._closing:
            return
        if intake.skipped:
            self._show_skipped(intake.skipped)
        doc_type = self.doc_type_combo.current_name()
        backend = self.backend_combo.current_name()
        held = [it for it in self._held_items() if it.source in set(intake.files)]
        if held:  # dropped again while waiting to be resumed: the clerk wants it read now
            self._start_held(held)
        known = {(it.source, it.page) for it in self.model.items
                 if it.state in (ItemState.QUEUED, ItemState.RECOGNISING)}
        items = [QueueItem(source=f, document_type=doc_type, backend=backend)
                 for f in intake.files if (f, None) not in known]
        if not items:
            return
        self.model.append(items)
        for item in items:
            self.loader.request_thumbnail(item.source, None)
            item.record = Record(source=item.source, backend=backend)
        self.store.save_new([it.record for it in items if it.record is not None])
        self._submit(items)
        if self.queue.current_row() < 0:
            self.queue.select_row(self.model.row_of(items[0].item_id))
        self.itemsQueued.emit(len(items))

    def _show_skipped(self, skipped: list[tuple[str, str]]) -> None:
        from desktop_ocr.gui.skipped_dialog import SkippedFilesDialog

        self.filesSkipped.emit(skipped)
        if isinstance(self._skipped_dialog, SkippedFilesDialog):
            self._skipped_dialog.add(skipped)
        else:
            self._skipped_dialog = SkippedFilesDialog(skipped, self)
        self._skipped_dialog.show()
        self._skipped_dialog.raise_()

    def open_files(self) -> None:
        from desktop_ocr.imaging.load import SUPPORTED_SUFFIXES

        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open documents"), str(self.prefs.get("intake/last_dir")),
            self.tr("Images and PDFs ({0});;All files (*)").replace("{0}", patterns))
        if files:
            self.prefs.put("intake/last_dir", str(Path(files[0]).parent))
            self.add_paths(files)

    def open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of documents"),
                                                  str(self.prefs.get("intake/last_dir")))
        if folder:
            self.prefs.put("intake/last_dir", folder)
            self.add_paths([folder])

    def paste_image(self) -> None:
        """Ctrl+V: copied files are queued as they are; a copied image becomes a file."""
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        paths = local_paths(mime) if mime is not None else []
        if paths:
            self.add_paths(paths)
            return
        image = clipboard.image()
        if image.isNull():
            self.statusBar().showMessage(self.tr("The clipboard holds no image or file."), 5000)
            return
        self.add_paths([save_pasted_image(image)])

    # ------------------------------------------------------------------ hot folder
    def set_watch_folder(self, folder: str) -> None:
        ok = self.hot_folder.watch(folder or None)
        if not ok:
            self.statusBar().showMessage(
                self.tr("The watched folder does not exist: {0}").replace("{0}", folder), 8000)
        self._update_watch_label()

    def _update_watch_label(self) -> None:
        folder = self.hot_folder.folder
        if folder is None:
            self.watch_label.setText(self.tr("No watched folder"))
        else:
            self.watch_label.setText(self.tr("Watching: {0}").replace("{0}", str(folder)))

    # ------------------------------------------------------------------ batch
    def _submit(self, items: list[QueueItem]) -> None:
        for item in items:
            self._held.discard(item.item_id)
            item.state = ItemState.QUEUED
            item.reason = ""
            self.model.changed(item.item_id)
        self.worker.submit([Job(it.item_id, it.source, it.document_type, it.backend)
                            for it in items])
        self.queue.set_batch_running(True)
        self.act_resume.setEnabled(bool(self._held))

    def _on_started(self, item_id: int) -> None:
        item = self.model.by_id(item_id)
        if item is not None:
            if item.record is not None:  # on disk before the clerk can see "Recognising"
                self.store.mark_recognizing(item.record)
            item.state = ItemState.RECOGNISING
            self.model.changed(item_id)

    def _on_recognized(self, item_id: int, records: list[Record]) -> None:
        item = self.model.by_id(item_id)
        if item is None or not records:
            return
        first, rest = records[0], records[1:]
        old = item.record
        first.id = old.id if old is not None else None
        item.record = first
        item.page = first.page
        item.state_from_record()
        self.store.save(first, same_row_as=old)
        extra = []
        for rec in rest:
            new = QueueItem(source=item.source, document_type=item.document_type,
                            backend=item.backend, page=rec.page, record=rec)
            new.state_from_record()
            extra.append(new)
            self.store.save(rec)
        self.model.insert_after(item_id, extra)
        for new in extra:
            self.loader.request_thumbnail(new.source, new.page)
        self.model.changed(item_id)
        if self.queue.current_item() is item:
            self._show_item(item)
        self._rerun_if_type_changed(item)

    def _rerun_if_type_changed(self, item: QueueItem) -> None:
        if item.rerun:
            item.rerun = False
            self._submit([item])

    def _on_failed(self, item_id: int, info: ErrorInfo) -> None:
        item = self.model.by_id(item_id)
        if item is None:
            return
        old = item.record
        rec = Record.failed(item.source, info, backend=item.backend, page=item.page)
        rec.id = old.id if old is not None else None
        item.record = rec
        item.state_from_record()
        if info.code == "cancelled":
            item.reason = self.tr("Cancelled")
        self.store.save(rec, same_row_as=old)
        self.model.changed(item_id)
        if self.queue.current_item() is item:
            self._show_item(item)
        if info.code != "cancelled":
            self._rerun_if_type_changed(item)

    def _on_progress(self, done: int, total: int) -> None:
        self.queue.set_progress(done, total)
        self._update_progress_label(done, total)

    def _update_progress_label(self, done: int, total: int) -> None:
        review = self.model.count(ItemState.NEEDS_REVIEW)
        confirmed = self.model.count(ItemState.CONFIRMED)
        failed = self.model.count(ItemState.FAILED)
        self.queue.set_failed_count(failed)
        if total:
            text = self.tr("Recognising {0} of {1}").replace("{0}", str(min(done + 1, total))) \
                .replace("{1}", str(total))
        else:
            text = self.tr("Ready")
        summary = self.tr("{0} to review · {1} confirmed · {2} failed") \
            .replace("{0}", str(review)).replace("{1}", str(confirmed)).replace("{2}", str(failed))
        self.progress_label.setText(f"{text}   {summary}")

    def _on_batch_finished(self, done: int, failed: int, cancelled: bool) -> None:
        self.queue.set_batch_running(False)
        self.queue.set_progress(done, done)
        self._update_progress_label(0, 0)
        if cancelled:
            msg = self.tr("Batch cancelled.")
        else:
            msg = self.tr("Batch finished: %n document(s), {1} failed.", "", done) \
                .replace("{1}", str(failed))
        self.statusBar().showMessage(msg, 8000)

    def _on_pause(self, paused: bool) -> None:
        if paused:
            self.worker.pause()
        else:
            self.worker.resume()

    def cancel_batch(self) -> None:
        for item_id in self.worker.cancel():
            self._on_failed(item_id, ErrorInfo("cancelled", "Cancelled."))

    def retry_failed(self) -> None:
        items = [it for it in self.model.items if it.state is ItemState.FAILED]
        if items:
            self._submit(items)

    def rerecognise_current(self) -> None:
        item = self.queue.current_item()
        if item is not None and item.item_id in self._held:
            self._start_held([item])
            return
        if item is None or item.state in (ItemState.QUEUED, ItemState.RECOGNISING):
            return
        if self._may_discard_edits(item):
            self._submit([item])

    def _may_discard_edits(self, item: QueueItem) -> bool:
        """A new reading replaces the clerk's corrections: ask first (never silently)."""
        rec = item.record
        if rec is None or not any(fv.edited for fv in rec.fields.values()):
            return True
        answer = QMessageBox.question(
            self, self.tr("Re-recognise"),
            self.tr("Your corrections to this document will be replaced by a new reading. "
                    "Continue?"))
        return answer == QMessageBox.StandardButton.Yes

    def _on_item_type_changed(self, item: QueueItem, doc_type: str) -> None:
        current = item.record.document_type if item.record else None
        if doc_type == item.document_type and (doc_type == "auto" or doc_type == current):
            return
        if item.item_id in self._held:  # not being read: the new type is used when resumed
            item.document_type = doc_type
            return
        if item.state in (ItemState.QUEUED, ItemState.RECOGNISING):
            item.document_type = doc_type
            item.rerun = True  # read again with this type as soon as this reading ends
            return
        if not self._may_discard_edits(item):
            self.queue.type_combo.set_current_name(current or item.document_type)
            return
        item.document_type = doc_type
        self._submit([item])

    def _on_worker_stopped(self) -> None:
        if self._closing and self.worker.isFinished():
            self.close()

    # ------------------------------------------------------------------ showing
    def _show_item(self, item: QueueItem | None) -> None:
        if item is None:
            self.form.set_record(None)
            self._shown_key = ""
            self.viewer.show_image(None, self._drop_hint())
            return
        ready = item.state in (ItemState.NEEDS_REVIEW, ItemState.CONFIRMED, ItemState.FAILED)
        self.form.set_record(item.record if ready else None)
        key = self.loader.key(item.source, item.page)
        if key != self._shown_key or not self.viewer.has_image():
            self._shown_key = key
            self.viewer.show_image(None, self.tr("Loading…"))
            self.loader.request_page(item.source, item.page)

    def _on_page_loaded(self, key: str, image) -> None:
        if key == self._shown_key:
            self.viewer.show_image(image)

    def _on_page_failed(self, key: str, reason: str) -> None:
        if key == self._shown_key:
            self.viewer.show_image(None, reason)

    def _on_thumbnail(self, key: str, image) -> None:
        for item in self.model.items:
            if self.loader.key(item.source, item.page) == key:
                item.set_thumbnail(image)
                self.model.changed(item.item_id)

    def step(self, delta: int) -> None:
        n = self.model.rowCount()
        if n:
            row = self.queue.current_row()
            self.queue.select_row(max(0, min(n - 1, row + delta)) if row >= 0 else 0)

    # ------------------------------------------------------------------ editing
    def _on_record_edited(self, record: Record) -> None:
        item = self.queue.current_item()
        if item is not None and item.record is record:
            item.state_from_record()
            self.model.changed(item.item_id)
        self.store.save(record)

    def confirm_and_next(self) -> None:
        item = self.queue.current_item()
        rec = item.record if item else None
        if item is None or rec is None or rec.document_type is None \
                or rec.status is RecordStatus.FAILED:
            return
        rec.status = RecordStatus.CONFIRMED
        item.state_from_record()
        self.store.save(rec)
        self.model.changed(item.item_id)
        if not self.worker.busy:
            self._update_progress_label(0, 0)
        errors = sum(1 for w in rec.warnings if w.severity == "error")
        if errors:
            self.statusBar().showMessage(
                self.tr("Confirmed with %n invalid value(s).", "", errors), 6000)
        nxt = self.model.next_row(self.queue.current_row(), ItemState.NEEDS_REVIEW)
        if nxt >= 0:
            self.queue.select_row(nxt)
            self.form.focus_first_field()
        else:
            self.form.set_record(rec)
            self.statusBar().showMessage(self.tr("Every document in the queue is checked."), 6000)

    def clear_confirmed(self) -> None:
        done = [it for it in self.model.items if it.state is ItemState.CONFIRMED]
        ids = [it.record.id for it in done if it.record and it.record.id is not None]
        for it in done:
            self.model.remove(it.item_id)
        if ids:
            self.store.query(lambda store: store.archive(ids), lambda _n: None)

    def _on_store_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Record store"), message)

    def _show_store_recovery(self, notice: OcrError) -> None:
        """The store file was damaged and moved aside at start-up: tell the clerk.

        Why not only a log line: the last session's queue is missing from this
        window, and the message names the kept file so it can be recovered.  Shown
        with ``open()`` (not ``exec()``) so start-up never waits on it.
        """
        log.warning("record store was damaged and moved aside at start-up (%s)", notice.code)
        text = notice.localized(i18n.current())
        self.statusBar().showMessage(text, 60000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Record store"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("storeRecoveryNotice")
        box.open()
        self.store_notice = box

    def _show_store_unavailable(self, problem: OcrError, path: Path) -> None:
        """The record store could not be opened: say why, and that nothing will be kept.

        Why: the window keeps working on a temporary in-memory store, so the clerk
        can still recognise and export; but they must know before they spend an
        hour correcting documents that closing the app loses that work.
        """
        detail = (problem.detail or "").lower()
        if problem.code == "store.busy" or "locked" in detail or "busy" in detail:
            reason = self.tr("The record store is in use by another copy of the app.")
        elif problem.code == "store.too_new":
            reason = self.tr("The record store was written by a newer version of the app. "
                             "Update the app to use it.")
        else:
            reason = problem.localized(i18n.current())
        text = "\n\n".join([
            reason,
            self.tr("This window works with a temporary store: documents and edits of this "
                    "session will not be kept when the app closes. Export them before "
                    "closing."),
            self.tr("Record store file: {0}").replace("{0}", str(path)),
        ])
        self.statusBar().showMessage(
            self.tr("The record store could not be opened: edits will not be kept."), 60000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Record store"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("storeUnavailableNotice")
        box.open()
        self.store_notice = box

    def _restore_queue(self) -> None:
        """Show the records of the last session again (edits included)."""
        def load(store) -> list[tuple[Record, str]]:
            records = store.queue()
            unfinished = {r.id for r in store.unfinished()}
            return [(r, store.stored_status(r.id) if r.id in unfinished else r.status.value)
                    for r in records]

        self.store.query(load, self._on_restored)

    def _on_restored(self, entries: list[tuple[Record, str]] | None) -> None:
        """Put the last session back in the queue; offer, never force, to finish it.

        Documents never read (queued, or cancelled by a normal close) wait as
        "Queued" until the clerk answers the offer.  A document whose reading was
        under way when the app died (store status ``recognizing``) is not started
        again by itself: it may be the one that crashed the app, and starting it
        on every launch would crash every launch.  It is marked failed with the
        reason, for an explicit Retry; one that had an earlier reading keeps it.
        """
        if not entries:
            return
        items: list[QueueItem] = []
        held: list[QueueItem] = []
        interrupted: list[QueueItem] = []
        for rec, stored_status in entries:
            item = QueueItem(source=rec.source, document_type=rec.document_type or "auto",
                             backend=rec.backend or "offline", page=rec.page, record=rec)
            never_read = rec.status is RecordStatus.QUEUED or (
                rec.error is not None and rec.error.code == "cancelled")
            if stored_status == RECOGNIZING and never_read:
                failed = Record.failed(rec.source, ErrorInfo(
                    "recognition.interrupted",
                    "The app stopped while this document was being read. It was not "
                    "started again in case it caused that; use Retry failed to read it.",
                    retryable=True), backend=item.backend, page=rec.page)
                failed.id = rec.id
                item.record = failed
                item.state_from_record()
                item.reason = self._interrupted_reason()
                self.store.save(failed)
                interrupted.append(item)
            elif never_read:
                item.state = ItemState.QUEUED  # shown as waiting; read when the clerk says
                held.append(item)
            else:
                item.state_from_record()
                if stored_status == RECOGNIZING:  # re-reading interrupted: keep the old one
                    self.store.save(rec)
            items.append(item)
        self._prepend(items)
        self._held.update(it.item_id for it in held)
        self.act_resume.setEnabled(bool(self._held))
        for item in items:
            self.loader.request_thumbnail(item.source, item.page)
        if interrupted:
            log.warning("%d document(s) were being read when the app stopped; not restarted",
                        len(interrupted))
        if held:
            self._offer_resume(len(held), len(interrupted))
        elif interrupted:
            self.statusBar().showMessage(self._interrupted_text(len(interrupted)), 60000)
        self._update_progress_label(0, 0)
        if self.queue.current_row() < 0:
            self.queue.select_row(0)

    def _interrupted_reason(self) -> str:
        return self.tr("Interrupted: the app stopped while reading it")

    def _interrupted_text(self, count: int) -> str:
        if count == 1:
            return self.tr("The document being read when the app stopped was not started again, "
                           "in case it caused that. It is marked failed: use Retry failed to "
                           "read it.")
        return self.tr("The {0} documents being read when the app stopped were not started "
                       "again, in case they caused that. They are marked failed: use Retry "
                       "failed to read them.").replace("{0}", str(count))

    def _offer_resume(self, count: int, interrupted: int) -> None:
        """Ask, without blocking start-up or the window, whether to read them now."""
        if count == 1:
            text = self.tr("1 document was not finished when the app last closed. "
                           "Read it now?")
        else:
            text = self.tr("{0} documents were not finished when the app last closed. "
                           "Read them now?").replace("{0}", str(count))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unfinished documents"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("resumeOffer")
        if interrupted:
            box.setInformativeText(self._interrupted_text(interrupted))
        resume = box.addButton(self.tr("&Resume"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        resume.setObjectName("resumeButton")
        later.setObjectName("laterButton")
        box.setDefaultButton(resume)
        box.setEscapeButton(later)
        box.buttonClicked.connect(
            lambda button: self.resume_unfinished() if button is resume else self._resume_later())
        box.setWindowModality(Qt.WindowModality.NonModal)  # the clerk may look at the queue first
        box.show()
        self.resume_offer = box

    def _held_items(self) -> list[QueueItem]:
        return [it for it in self.model.items if it.item_id in self._held]

    def _start_held(self, items: list[QueueItem]) -> None:
        backend = self.backend_combo.current_name()
        for item in items:
            item.backend = backend
        self._submit(items)
        if not self._held and self.resume_offer is not None and self.resume_offer.isVisible():
            self.resume_offer.close()

    def resume_unfinished(self) -> None:
        """Read the documents the last session left unfinished (Document menu, or the offer)."""
        items = self._held_items()
        self._held.clear()
        self.act_resume.setEnabled(False)
        if items:
            self._start_held(items)

    def _resume_later(self) -> None:
        if self._held:
            self.statusBar().showMessage(
                self.tr("The unfinished documents stay queued: Document → Resume unfinished "
                        "documents reads them."), 15000)

    def _prepend(self, items: list[QueueItem]) -> None:
        current = self.model.items
        for it in current:
            self.model.remove(it.item_id)
        self.model.append(items + current)

    # ------------------------------------------------------------------ dialogs
    def export_dialog(self) -> None:
        from desktop_ocr.gui.export_dialog import ExportDialog

        records = [it.record for it in self.model.items
                   if it.record is not None and it.record.document_type is not None]
        ExportDialog(records, self.prefs, self).open()

    def settings_dialog(self) -> None:
        from desktop_ocr.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.prefs, self)
        dialog.settingsSaved.connect(self._apply_settings)
        dialog.open()

    def _apply_settings(self) -> None:
        from desktop_ocr.settings_store import load_preferences

        self.app_prefs = load_preferences()
        self.backend_settings = load_backend_settings()
        self.backend_combo.update_availability(self.backend_settings)
        self.worker.backends_changed()
        self.form.set_mask_ids(self.app_prefs.mask_ids_on_screen)
        self.set_watch_folder(str(self.prefs.get("intake/watch_folder")))
        if i18n.resolve(self.app_prefs.language) != i18n.current():
            self.set_language(self.app_prefs.language)

    def history_dialog(self) -> None:
        from desktop_ocr.gui.history_dialog import HistoryDialog

        HistoryDialog(self.store, self.prefs, self).open()

    def about_dialog(self) -> None:
        from desktop_ocr.gui.about_dialog import AboutDialog

        AboutDialog(self).open()

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        """Cancel a running batch first; close for real when the worker has stopped.

        The GUI never blocks on the model here: the window stays until the worker
        reports ``finished`` (it stops at the next cancellation check), then closes.
        Every edit is already on its record and queued for the store; ``flush``
        waits for those writes before the store is closed.
        """
        if self.worker.isRunning():
            if not self._closing:
                self._closing = True
                self.statusBar().showMessage(self.tr("Stopping recognition…"))
                self.worker.shutdown()
                self._close_timer.start()
            event.ignore()
            return
        self._close_timer.stop()
        # The worker's last reports (a cancelled document's outcome) may still wait in
        # the event queue: deliver them now so they reach the store before it closes.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        self.prefs.put("ui/geometry", self.saveGeometry())
        self.prefs.put("ui/splitter", self.splitter.saveState())
        self.prefs.sync()
        self.hot_folder.stop()
        self.expander.shutdown()
        self.loader.shutdown()
        try:
            self.store.flush()
        except Exception:  # a stuck disk must not keep the window open forever
            log.exception("record store writes did not finish before closing")
        finally:
            self.store.close()
        event.accept()
        self.closed.emit()
