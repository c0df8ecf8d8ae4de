"""The queue session: the clerk's documents, their lifecycle and the rules for them — no widgets.

Why apart from the window: what happens to a document — queued, read, re-read
when its type changes, confirmed, resumed after a crash — is a state machine
with rules (never start again by itself the document that was being read when
the app died; never let a new reading replace the clerk's corrections without
asking), and those rules are tested here without a window.  The session owns
the queue of :class:`QueueItem`, the recognition worker and the record store
bridge; it tells the window what happened by signals, and the window asks the
clerk and shows things.  ``RecordStatus`` is its one status vocabulary.

The clerk's verification (ADR 0065) goes through here too, by the rules of
``documents.review``: every edit (:meth:`edit`, :meth:`revert`, :meth:`undo`,
:meth:`redo`) and every visit of a field is kept on the record and on disk at
once; :meth:`confirm` confirms only what was checked (or an override with the
clerk's reason); each item carries its :class:`~desktop_ocr.documents.review.Assessment`
(red and amber fields, what is left to visit) for the worklist; :meth:`remove`
can be undone (:meth:`restore_removed`); :meth:`screen` finds files already in
the queue or confirmed before (same content).  :meth:`counts` is announced on
every change.

A card's front and back side are made one document by :meth:`pair` and taken
apart by :meth:`unpair` (the rules are ``desktop_ocr.pairing``'s; ADR 0012); both
are steps of the queue's own undo (:meth:`undo_queue`), like a removal.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_ocr.backends import registry
from desktop_ocr.config import Settings
from desktop_ocr.documents import review
from desktop_ocr.documents.record import ErrorInfo, Record, RecordStatus
from desktop_ocr.documents.review import Assessment, CheckPolicy
from desktop_ocr.documents.validate import revalidate
from desktop_ocr.gui.labels import TO_REVIEW
from desktop_ocr.gui.store_bridge import StoreBridge
from desktop_ocr.gui.worker import Job, RecognitionWorker
from desktop_ocr.paths import display_name

log = logging.getLogger(__name__)

_ids = itertools.count(1)
_WAITING = (RecordStatus.QUEUED, RecordStatus.RECOGNIZING)


@dataclass(eq=False)
class QueueItem:
    """One document (one page of a PDF) in the queue.

    ``status`` is the record's own status, except while the document waits for a
    reading or is being read (``QUEUED``, ``RECOGNIZING``): the record then still
    holds the previous reading, if any.
    """

    source: str
    document_type: str = "auto"  # what the clerk asked for: auto or a type name
    backend: str = registry.DEFAULT_BACKEND
    page: int | None = None
    record: Record | None = None
    status: RecordStatus = RecordStatus.QUEUED
    reason: str = ""  # why it failed, in words for the clerk
    rerun: bool = False  # the clerk changed the type while it was queued / being read
    item_id: int = field(default_factory=lambda: next(_ids))
    # What the clerk still has to do with it (kept by the session on every change).
    check: Assessment = field(default_factory=Assessment)

    @property
    def display_name(self) -> str:
        name = display_name(self.source)  # undecodable name bytes shown as "�"
        return f"{name} · p.{self.page}" if self.page else name

    @property
    def needs_review(self) -> bool:
        return self.status in TO_REVIEW

    @property
    def edited(self) -> bool:
        """The clerk changed a value of it (any status)."""
        rec = self.record
        return rec is not None and any(fv.edited for fv in rec.fields.values())

    @property
    def overridden(self) -> bool:
        """Confirmed over problems, with the clerk's reason."""
        rec = self.record
        return self.status is RecordStatus.CONFIRMED and rec is not None \
            and bool(rec.journal.override)

    def follow_record(self) -> None:
        """Take the record's status (and its error as the reason)."""
        rec = self.record
        if rec is None:
            return
        self.status = RecordStatus.QUEUED if rec.status is RecordStatus.RECOGNIZING \
            else rec.status
        self.reason = rec.error.message if rec.error and rec.status is RecordStatus.FAILED \
            else ""


@dataclass(frozen=True, slots=True)
class QueueCounts:
    """How many documents are in each state (the status bar's and the buttons' numbers)."""

    queued: int = 0
    recognizing: int = 0
    to_review: int = 0
    confirmed: int = 0
    failed: int = 0


@dataclass(frozen=True, slots=True)
class Confirmation:
    """What :meth:`QueueSession.confirm` did: ``confirmed`` (with an override when
    ``check`` still has red or unvisited fields), ``invalid`` red fields, the next
    document needing review, and the ``check`` it was judged on (what blocks it)."""

    confirmed: bool
    invalid: int = 0
    next_item: QueueItem | None = None
    check: Assessment = field(default_factory=Assessment)

    @property
    def blocked(self) -> bool:
        """Not confirmed because of red fields (fix them, or override with a reason)."""
        return not self.confirmed and self.check.blocked


@dataclass(frozen=True, slots=True)
class Screening:
    """Files about to be added, sorted: ``new`` ones, ones whose content is already
    ``in_queue``, ones ``confirmed`` before (in the queue or the history), and ones
    ``repeated``: the same path or content as another file added with them (one
    document: it is added once, never asked about)."""

    new: list[str]
    in_queue: list[str]
    confirmed: list[str]
    repeated: list[str] = field(default_factory=list)

    @property
    def duplicates(self) -> list[str]:
        """The files the clerk is asked about (or, unattended, that are skipped)."""
        return [*self.in_queue, *self.confirmed]


@dataclass(eq=False)
class QueueStep:
    """One change of the queue itself that the clerk can undo (Ctrl+Z in the queue).

    ``remove``: ``removed`` documents left the queue (row, item, was waiting to be
    resumed).  ``pair``: ``front`` took ``back``'s side; ``back`` left the queue
    (``removed``).  ``unpair``: ``back`` came out of ``front`` as a document of its own.
    """

    action: str
    removed: list[tuple[int, QueueItem, bool]] = field(default_factory=list)
    front: QueueItem | None = None
    back: QueueItem | None = None


def check_policy(settings: Settings) -> CheckPolicy:
    """The clerk's thresholds from the ``checking`` settings."""
    try:
        return CheckPolicy(low_confidence=float(settings.get("checking.low_confidence")) / 100,
                           visit=str(settings.get("checking.visit")))
    except (KeyError, AttributeError):  # settings without the section: the defaults
        return CheckPolicy()


class QueueSession(QObject):
    """The queue and its lifecycle; talks to the window by signals (on the GUI thread)."""

    itemsInserted = Signal(int, object)  # row, list[QueueItem]
    itemsRemoved = Signal(object)  # list[QueueItem]
    itemChanged = Signal(object)  # QueueItem: status, record or reason changed
    countsChanged = Signal(object)  # QueueCounts
    batchProgress = Signal(int, int)  # documents done, documents in this batch
    batchRunning = Signal(bool)
    batchFinished = Signal(int, int, bool)  # done, failed, cancelled
    queueRestored = Signal(int, int)  # documents waiting to be resumed, documents interrupted
    unfinishedChanged = Signal(int)  # documents waiting for "Resume unfinished documents"
    reopened = Signal(object)  # QueueItem: a confirmed document was changed (confirm again)
    removalsChanged = Signal(int)  # removals that can be undone
    queueStepsChanged = Signal(int)  # changes of the queue that can be undone (QueueStep)
    sidesPaired = Signal(object, bool)  # the card's QueueItem, paired by hand (else by rule)
    stopped = Signal()  # after shutdown(): no reading runs any more

    def __init__(self, store: StoreBridge, worker: RecognitionWorker,
                 parent: QObject | None = None, *, policy: CheckPolicy | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.worker = worker
        self.policy = policy or CheckPolicy()
        self._items: list[QueueItem] = []
        self._held: set[int] = set()  # restored unfinished, waiting for the clerk
        self._steps: list[QueueStep] = []  # the queue's own undo: removals, pairings
        # (front, back) sides the clerk took apart: never paired again by the rules
        self._kept_apart: set[tuple[tuple[str, int | None], tuple[str, int | None]]] = set()
        self._stopping = False
        worker.recordStarted.connect(self._on_started)
        worker.recordRecognized.connect(self._on_recognized)
        worker.recordFailed.connect(self._on_failed)
        worker.batchProgress.connect(self.batchProgress)
        worker.batchFinished.connect(self._on_batch_finished)
        worker.stopped.connect(self.stopped)

    # ------------------------------------------------------------------ the queue
    @property
    def items(self) -> list[QueueItem]:
        return list(self._items)

    def by_id(self, item_id: int) -> QueueItem | None:
        return next((it for it in self._items if it.item_id == item_id), None)

    def item_for(self, record: Record) -> QueueItem | None:
        return next((it for it in self._items if it.record is record), None)

    def counts(self) -> QueueCounts:
        def n(*statuses: RecordStatus) -> int:
            return sum(1 for it in self._items if it.status in statuses)

        return QueueCounts(n(RecordStatus.QUEUED), n(RecordStatus.RECOGNIZING), n(*TO_REVIEW),
                           n(RecordStatus.CONFIRMED), n(RecordStatus.FAILED))

    @property
    def busy(self) -> bool:
        return self.worker.busy

    @property
    def unfinished(self) -> list[QueueItem]:
        """Documents restored unfinished that wait for the clerk to resume them."""
        return [it for it in self._items if it.item_id in self._held]

    def next_to_review(self, after: QueueItem | None, step: int = 1) -> QueueItem | None:
        """The next document needing review after ``after`` (wrapping), not itself."""
        n = len(self._items)
        start = self._items.index(after) if after in self._items else -1
        for k in range(1, n + 1):
            item = self._items[(start + step * k) % n]
            if item.needs_review and item is not after:
                return item
        return None

    def _insert(self, row: int, items: list[QueueItem]) -> None:
        for item in items:
            self._assess(item)
        self._items[row:row] = items
        self.itemsInserted.emit(row, items)
        self._counts_changed()

    def _assess(self, item: QueueItem) -> None:
        rec = item.record
        shown = item.status in (*TO_REVIEW, RecordStatus.CONFIRMED)
        item.check = review.assess(rec, self.policy) if rec is not None and shown \
            else Assessment()

    def _changed(self, item: QueueItem) -> None:
        self._assess(item)
        self.itemChanged.emit(item)
        self._counts_changed()

    def _counts_changed(self) -> None:
        self.countsChanged.emit(self.counts())

    def remove(self, items: Iterable[QueueItem]) -> None:
        """Take documents out of the queue (never their files); their records stay in
        the history.  :meth:`restore_removed` (or :meth:`undo_queue`) undoes it."""
        batch = self._take_out(items)
        if batch:
            self._push(QueueStep("remove", batch))

    def _take_out(self, items: Iterable[QueueItem]) -> list[tuple[int, QueueItem, bool]]:
        """Out of the queue (archived in the store); returns what :meth:`_put_back`
        needs to undo it."""
        chosen = {id(it) for it in items}
        batch = [(row, it, it.item_id in self._held) for row, it in enumerate(self._items)
                 if id(it) in chosen]
        if not batch:
            return []
        gone = [it for _row, it, _held in batch]
        for item in gone:
            self._items.remove(item)
            self._held.discard(item.item_id)
        records = [it.record for it in gone if it.record is not None]
        if records:  # ids read on the store's lane: a record just added has one by then
            self.store.query(lambda store: store.archive(
                [r.id for r in records if r.id is not None]), lambda _n: None)
        self.itemsRemoved.emit(gone)
        self.unfinishedChanged.emit(len(self._held))
        self._counts_changed()
        return batch

    def _put_back(self, batch: list[tuple[int, QueueItem, bool]]) -> list[QueueItem]:
        """Documents :meth:`_take_out` took, back where they were, as they were."""
        for row, item, held in batch:  # ascending rows: each lands where it was
            self._insert(min(row, len(self._items)), [item])
            if held:
                self._held.add(item.item_id)
        records = [it.record for _r, it, _h in batch if it.record is not None]
        if records:
            self.store.query(lambda store: store.unarchive(
                [r.id for r in records if r.id is not None]), lambda _n: None)
        waiting = [it for _r, it, held in batch if it.status in _WAITING and not held]
        if waiting:  # their reading was dropped with them
            self._submit(waiting)
        self.unfinishedChanged.emit(len(self._held))
        return [it for _r, it, _h in batch]

    def _push(self, step: QueueStep) -> None:
        self._steps.append(step)
        self._steps_changed()

    def _steps_changed(self) -> None:
        self.removalsChanged.emit(sum(1 for st in self._steps if st.action == "remove"))
        self.queueStepsChanged.emit(len(self._steps))

    @property
    def can_restore_removed(self) -> bool:
        return any(st.action == "remove" for st in self._steps)

    @property
    def can_undo_queue(self) -> bool:
        return bool(self._steps)

    def restore_removed(self) -> list[QueueItem]:
        """Undo the last removal: the documents come back where they were, as they were."""
        index = next((i for i in range(len(self._steps) - 1, -1, -1)
                      if self._steps[i].action == "remove"), None)
        if index is None:
            return []
        step = self._steps.pop(index)
        items = self._put_back(step.removed)
        self._steps_changed()
        return items

    def undo_queue(self) -> list[QueueItem]:
        """Undo the queue's last change — a removal, a pairing or an unpairing; returns
        the documents it gave back or changed (none: nothing was left to undo)."""
        while self._steps:
            step = self._steps.pop()
            items = self._undo_step(step)
            self._steps_changed()
            if items:
                return items
        return []

    def _undo_step(self, step: QueueStep) -> list[QueueItem]:
        from desktop_ocr.pairing import PairingError, is_paired, pair, take_back

        if step.action == "remove":
            return self._put_back(step.removed)
        front, back = step.front, step.back
        if front is None or back is None or front not in self._items \
                or front.record is None or back.record is None:
            return []  # the document was re-read or is gone: nothing of it to undo
        was = front.record.status
        if step.action == "pair":
            if not is_paired(front.record):
                return []
            take_back(front.record, self.policy)
            self._kept(front, was)
            self._kept_apart.add((_side(front), _side(back)))
            return [front, *self._put_back(step.removed)]
        if back not in self._items or not self.editable(back):  # "unpair"
            return []
        try:
            pair(front.record, back.record, self.policy)
        except PairingError:
            return []
        self._kept_apart.discard((_side(front), _side(back)))
        self._kept(front, was)
        self._take_out([back])
        return [front]

    def clear_confirmed(self) -> None:
        self.remove([it for it in self._items if it.status is RecordStatus.CONFIRMED])

    def open_record(self, record: Record) -> QueueItem:
        """Show a record of the history in the queue again (it is the same stored row)."""
        known = next((it for it in self._items if it.record is not None
                      and record.id is not None and it.record.id == record.id), None)
        if known is not None:
            return known
        item = QueueItem(source=record.source, document_type=record.document_type or "auto",
                         backend=record.backend or registry.DEFAULT_BACKEND, page=record.page,
                         record=record)
        item.follow_record()
        self._insert(len(self._items), [item])
        if record.id is not None:
            rid = record.id
            self.store.query(lambda store: store.unarchive([rid]), lambda _n: None)
        return item

    # ------------------------------------------------------------------ intake
    def screen(self, files: list[str], digests: dict[str, str],
               done: Callable[[Screening], None]) -> None:
        """Sort ``files`` (with their content ``digests``) into new ones, ones already in
        the queue and ones confirmed before; ``done(screening)`` on the GUI thread.

        The same content counts, whatever the name or folder.  A file waiting to be
        resumed is new (dropped again: the clerk wants it read); the same path or
        content twice among ``files`` is one document: the first is judged, the
        others are ``repeated``.
        """
        shown = [it for it in self._items if it.item_id not in self._held]
        queued = {it.record.digest for it in shown if it.record and it.record.digest}
        paths = {it.source for it in shown}
        undigested = {it.source for it in shown if not (it.record and it.record.digest)}
        new: list[str] = []
        in_queue: list[str] = []
        repeated: list[str] = []
        here: set[str] = set()  # paths and contents among ``files`` so far
        for f in files:
            digest = digests.get(f)
            if f in here or (digest and digest in here):
                repeated.append(f)
                continue
            here.update(x for x in (f, digest) if x)
            # where a content is unknown (an unreadable file, a record from before
            # digests), the same path is the same document
            if (digest and digest in queued) or (f in paths and (not digest or f in undigested)):
                in_queue.append(f)
            else:
                new.append(f)
        wanted = [digests[f] for f in new if digests.get(f)]
        if not wanted:
            done(Screening(new, in_queue, [], repeated))
            return

        def answer(found: set[str] | None) -> None:
            seen = found or set()
            done(Screening([f for f in new if digests.get(f) not in seen], in_queue,
                           [f for f in new if digests.get(f) in seen], repeated))

        self.store.query(lambda store: store.confirmed_digests(wanted), answer)

    def add_files(self, files: list[str], document_type: str, backend: str,
                  digests: dict[str, str] | None = None) -> list[QueueItem]:
        """Queue new files and start reading them; returns the new items.

        A file waiting to be resumed is started now (dropped again: the clerk wants
        it read); a file already waiting or being read is not queued twice.
        ``digests``: each file's content SHA-256, kept on its record.
        """
        wanted = set(files)
        held = [it for it in self.unfinished if it.source in wanted]
        if held:
            self.resume(held, backend)
        known = {(it.source, it.page) for it in self._items if it.status in _WAITING}
        items = [QueueItem(source=f, document_type=document_type, backend=backend)
                 for f in files if (f, None) not in known]
        if not items:
            return []
        for item in items:
            item.record = Record(source=item.source, backend=backend,
                                 digest=(digests or {}).get(item.source))
        self._insert(len(self._items), items)
        self.store.save_new([it.record for it in items if it.record is not None])
        self._submit(items)
        return items

    # ------------------------------------------------------------------ the last session
    def restore(self) -> None:
        """Show the records of the last session again (edits included), off the GUI thread."""
        def load(store) -> list[tuple[Record, RecordStatus]]:
            unfinished = {r.id for r in store.unfinished()}
            return [(r, store.stored_status(r.id) if r.id in unfinished else r.status)
                    for r in store.queue()]

        self.store.query(load, self._on_restored)

    def _on_restored(self, entries: list[tuple[Record, RecordStatus]] | None) -> None:
        """Put the last session back in the queue; offer, never force, to finish it.

        Documents never read (queued, or cancelled by a normal close) wait as
        queued until the clerk resumes them.  A document whose reading was under
        way when the app died (stored status ``RECOGNIZING``) is not started
        again by itself: it may be the one that crashed the app, and starting it
        on every launch would crash every launch.  It is marked failed with the
        reason, for an explicit Retry; one that had an earlier reading keeps it.
        """
        items: list[QueueItem] = []
        held: list[QueueItem] = []
        interrupted = 0
        for rec, stored in entries or []:
            item = QueueItem(source=rec.source, document_type=rec.document_type or "auto",
                             backend=rec.backend or registry.DEFAULT_BACKEND, page=rec.page,
                             record=rec)
            # Cancelled by the clerk stays cancelled (Retry failed reads it); what a
            # normal close stopped was kept queued (see _on_failed).
            never_read = rec.status is RecordStatus.QUEUED
            if stored is RecordStatus.RECOGNIZING and never_read:
                failed = Record.failed(rec.source, ErrorInfo(
                    "recognition.interrupted",
                    "The app stopped while this document was being read. It was not "
                    "started again in case it caused that; use Retry failed to read it.",
                    retryable=True), backend=item.backend, page=rec.page)
                failed.id = rec.id
                item.record = failed
                item.follow_record()
                item.reason = interrupted_reason()
                self.store.save(failed)
                interrupted += 1
            elif never_read:
                item.status = RecordStatus.QUEUED  # shown as waiting; read when the clerk says
                held.append(item)
            else:
                item.follow_record()
                if rec.error is not None and rec.error.code == "cancelled":
                    item.reason = cancelled_reason()
                if stored is RecordStatus.RECOGNIZING:  # re-reading interrupted: keep the old
                    self.store.save(rec)
            items.append(item)
        if items:
            self._insert(0, items)
        self._held.update(it.item_id for it in held)
        if interrupted:
            log.warning("%d document(s) were being read when the app stopped; not restarted",
                        interrupted)
        self.unfinishedChanged.emit(len(self._held))
        self.queueRestored.emit(len(held), interrupted)

    def resume(self, items: list[QueueItem], backend: str) -> None:
        """Read documents that wait to be resumed, with ``backend``."""
        for item in items:
            item.backend = backend
        self._submit(items)

    def resume_unfinished(self, backend: str) -> None:
        """Read every document the last session left unfinished."""
        items = self.unfinished
        self._held.clear()
        if items:
            self.resume(items, backend)
        else:
            self.unfinishedChanged.emit(0)

    # ------------------------------------------------------------------ reading
    def _submit(self, items: list[QueueItem]) -> None:
        for item in items:
            self._held.discard(item.item_id)
            if item.status is not RecordStatus.QUEUED or item.reason:
                item.status = RecordStatus.QUEUED
                item.reason = ""
                # only a real change: a fresh drop of 200 files emitted 200 of these,
                # 140 ms of the GUI thread redrawing rows that had not changed
                self.itemChanged.emit(item)
        self.worker.submit([Job(it.item_id, it.source, it.document_type, it.backend)
                            for it in items])
        self.batchRunning.emit(True)
        self.unfinishedChanged.emit(len(self._held))
        self._counts_changed()

    def retry_failed(self) -> None:
        failed = [it for it in self._items if it.status is RecordStatus.FAILED]
        if failed:
            self._submit(failed)

    def pause(self, paused: bool) -> None:
        if paused:
            self.worker.pause()
        else:
            self.worker.resume()

    def cancel(self) -> None:
        """Cancel the batch: what waits is marked cancelled, what runs stops at its next check."""
        for item_id in self.worker.cancel():
            self._on_failed(item_id, ErrorInfo("cancelled", "Cancelled."))

    @staticmethod
    def has_edits(item: QueueItem) -> bool:
        """A new reading would replace the clerk's corrections of this document."""
        rec = item.record
        return rec is not None and any(fv.edited for fv in rec.fields.values())

    def reread(self, item: QueueItem, *, discard_edits: bool = False) -> bool:
        """Read the document again; False (nothing done) when that would replace the
        clerk's corrections and ``discard_edits`` is not given — ask first."""
        if item.item_id in self._held:
            self.resume([item], item.backend)
            return True
        if item.status in _WAITING:
            return True
        if self.has_edits(item) and not discard_edits:
            return False
        self._submit([item])
        return True

    def change_type(self, item: QueueItem, document_type: str, *,
                    discard_edits: bool = False) -> bool:
        """The clerk says the document is of ``document_type``: read it again as one.

        While it waits or is being read, the new type is used for the next reading
        (at once after the current one).  False (nothing done) when a new reading
        would replace the clerk's corrections and ``discard_edits`` is not given.
        """
        current = item.record.document_type if item.record else None
        if document_type == item.document_type and document_type in ("auto", current):
            return True
        if item.item_id in self._held:  # not being read: the new type is used when resumed
            item.document_type = document_type
            return True
        if item.status in _WAITING:
            item.document_type = document_type
            item.rerun = True
            return True
        if self.has_edits(item) and not discard_edits:
            return False
        item.document_type = document_type
        self._submit([item])
        return True

    def _rerun_if_type_changed(self, item: QueueItem) -> None:
        if item.rerun:
            item.rerun = False
            self._submit([item])

    def _on_started(self, item_id: int) -> None:
        item = self.by_id(item_id)
        if item is None:
            return
        if item.record is not None:  # on disk before the clerk can see "Recognising"
            self.store.mark_recognizing(item.record)
        item.status = RecordStatus.RECOGNIZING
        self._changed(item)

    def _on_recognized(self, item_id: int, records: list[Record]) -> None:
        item = self.by_id(item_id)
        if item is None or not records:
            return
        first, rest = records[0], records[1:]
        old = item.record
        first.id = old.id if old is not None else None
        for rec in records:
            self._take_reading(rec, old)
        item.record = first
        item.page = first.page
        self._keep_back(item, old)
        item.follow_record()
        self.store.save(first, same_row_as=old)
        extra = []
        for rec in rest:  # the other pages of a PDF: each a document of its own
            new = QueueItem(source=item.source, document_type=item.document_type,
                            backend=item.backend, page=rec.page, record=rec)
            new.follow_record()
            extra.append(new)
            self.store.save(rec)
        self._changed(item)
        if extra:
            self._insert(self._items.index(item) + 1, extra)
        self._pair_by_rule([item, *extra])
        self._rerun_if_type_changed(item)

    def _take_reading(self, rec: Record, old: Record | None) -> None:
        """A new reading: same file (digest), the clerk's threshold, the trail starts."""
        rec.digest = old.digest if old is not None else rec.digest
        if rec.document_type and rec.error is None:
            revalidate(rec, low_confidence=self.policy.low_confidence)
            review.note_read(rec)

    def _on_failed(self, item_id: int, info: ErrorInfo) -> None:
        item = self.by_id(item_id)
        if item is None:
            return
        old = item.record
        if info.code == "cancelled" and old is not None and (
                self._stopping or old.status in (*TO_REVIEW, RecordStatus.CONFIRMED)):
            # Closing the app: not read, so still queued for the next start.  A
            # re-reading cancelled: the previous reading (and its checks) stays.
            item.follow_record()
            self.store.save(old)  # the stored status is the record's again
            self._changed(item)
            return
        rec = Record.failed(item.source, info, backend=item.backend, page=item.page)
        rec.id = old.id if old is not None else None
        rec.digest = old.digest if old is not None else None
        item.record = rec
        item.follow_record()
        if info.code == "cancelled":
            item.reason = cancelled_reason()
        self.store.save(rec, same_row_as=old)
        self._keep_back(item, old)
        self._changed(item)
        if info.code != "cancelled":
            self._rerun_if_type_changed(item)

    def _on_batch_finished(self, done: int, failed: int, cancelled: bool) -> None:
        self.batchRunning.emit(False)
        self.batchFinished.emit(done, failed, cancelled)
        self._counts_changed()

    # ------------------------------------------------------------------ checking
    def set_policy(self, policy: CheckPolicy) -> None:
        """The clerk's thresholds changed: every document is judged again by them."""
        if policy == self.policy:
            return
        low_changed = policy.low_confidence != self.policy.low_confidence
        self.policy = policy
        for item in self._items:
            rec = item.record
            if low_changed and rec is not None and rec.document_type and rec.error is None \
                    and item.status not in _WAITING:
                before = list(rec.warnings)
                revalidate(rec, low_confidence=policy.low_confidence)
                if rec.warnings != before:
                    self.store.save(rec)
            self._assess(item)
            self.itemChanged.emit(item)
        self._counts_changed()

    @staticmethod
    def editable(item: QueueItem) -> bool:
        """The clerk may change its values: it was read (not failed) and is not being read."""
        rec = item.record
        return rec is not None and rec.document_type is not None and \
            item.status in (*TO_REVIEW, RecordStatus.CONFIRMED)

    def _kept(self, item: QueueItem, was: RecordStatus) -> None:
        """A change of the clerk's is on the record: show it, keep it on disk."""
        rec = item.record
        assert rec is not None
        item.follow_record()
        self.store.save(rec)
        self._changed(item)
        if was is RecordStatus.CONFIRMED and rec.status is not RecordStatus.CONFIRMED:
            self.reopened.emit(item)

    def edit(self, item: QueueItem, key: str, value: str) -> bool:
        """The clerk typed ``value`` into ``key`` (one undo step per field, see
        ``documents.review.edit``); False when nothing changed."""
        rec = item.record
        if rec is None or not self.editable(item):
            return False
        was = rec.status
        if not review.edit(rec, key, value, self.policy):
            return False
        self._kept(item, was)
        return True

    def finish_edit(self, item: QueueItem) -> None:
        """The clerk left the field: the next keystroke is a new undo step."""
        if item.record is not None:
            review.finish_edit(item.record)

    def revert(self, item: QueueItem, key: str) -> bool:
        """Give ``key`` back the value that was read (undoable)."""
        rec = item.record
        if rec is None or not self.editable(item):
            return False
        was = rec.status
        if not review.revert(rec, key, self.policy):
            return False
        self._kept(item, was)
        return True

    def undo(self, item: QueueItem) -> tuple[str, ...]:
        """Undo the document's last change (also after switching documents or a
        restart: the stack is kept with the record); returns the fields touched."""
        return self._replay(item, review.undo)

    def redo(self, item: QueueItem) -> tuple[str, ...]:
        return self._replay(item, review.redo)

    def _replay(self, item: QueueItem, step: Callable[..., tuple[str, ...]]) -> tuple[str, ...]:
        rec = item.record
        if rec is None or not self.editable(item):
            return ()
        was = rec.status
        keys = step(rec, self.policy)
        if keys:
            self._kept(item, was)
        return keys

    def visit(self, item: QueueItem, key: str) -> bool:
        """The clerk looked at ``key`` (focused it, or accepted it with one key)."""
        rec = item.record
        if rec is None or not self.editable(item) or not review.visit(rec, key):
            return False
        self.store.save(rec)
        self._changed(item)
        return True

    def record_edited(self, record: Record) -> None:
        """``record`` was changed in place outside :meth:`edit`: judge it again, keep it."""
        item = self.item_for(record)
        revalidate(record, low_confidence=self.policy.low_confidence)
        if item is not None:
            item.follow_record()
            self._changed(item)
        self.store.save(record)

    def confirm(self, item: QueueItem, *, reason: str | None = None) -> Confirmation:
        """Confirm the document if it was checked (``documents.review.confirm``): no red
        field and every amber field to visit visited — or, an override, with the
        clerk's ``reason``.  Says what blocks it, or which document needs review next.
        A document that failed, has no type or is being read is not confirmed."""
        rec = item.record
        if rec is None or rec.document_type is None or rec.status is RecordStatus.FAILED \
                or item.status in _WAITING:
            return Confirmation(False)
        if rec.status is RecordStatus.CONFIRMED:
            return Confirmation(True, len(item.check.red), self.next_to_review(item),
                                item.check)
        check = review.confirm(rec, self.policy, reason=reason)
        if rec.status is not RecordStatus.CONFIRMED:
            return Confirmation(False, len(check.red), None, check)
        item.follow_record()
        self.store.save(rec)
        self._changed(item)
        return Confirmation(True, len(check.red), self.next_to_review(item), check)

    # ------------------------------------------------------------------ both sides of a card
    def can_pair(self, items: list[QueueItem]) -> bool:
        """Two read documents of one kind of card, a front and a back side alone."""
        from desktop_ocr.pairing import is_back, is_front

        if len(items) != 2 or not all(self.editable(it) for it in items):
            return False
        a, b = (it.record for it in items)
        assert a is not None and b is not None
        return a.document_type == b.document_type and (
            (is_front(a) and is_back(b)) or (is_back(a) and is_front(b)))

    @staticmethod
    def can_unpair(item: QueueItem | None) -> bool:
        """A document holding its card's back side (not being read)."""
        from desktop_ocr.pairing import is_paired

        return item is not None and item.record is not None \
            and item.status not in _WAITING and is_paired(item.record)

    def _pair_by_rule(self, fresh: list[QueueItem]) -> None:
        """New readings of a card's side are paired with the other side in the queue as
        ``recognize`` pairs a batch (``desktop_ocr.pairing.find_pairs``: consecutive
        pages of a PDF, files named alike but for front/back, consecutive scans that
        agree, a back and a front sharing a number) — never a confirmed document, never
        two sides the clerk took apart.  Each pairing can be undone like the clerk's."""
        from desktop_ocr.pairing import PairingError, find_pairs, is_back, is_front

        if not any(it.record is not None and (is_front(it.record) or is_back(it.record))
                   for it in fresh):
            return
        items = list(self._items)
        records = [it.record if it.record is not None and self.editable(it)
                   and it.status is not RecordStatus.CONFIRMED
                   else Record(source=it.source, page=it.page) for it in items]
        chosen = [(items[f], items[b]) for f, b in find_pairs(records)
                  if (items[f] in fresh or items[b] in fresh)
                  and (_side(items[f]), _side(items[b])) not in self._kept_apart]
        for front, back in chosen:
            try:
                self._pair(front, back, by_hand=False)
            except PairingError:  # pragma: no cover - find_pairs chose a front and a back
                log.exception("pairing by rule failed")

    def pair(self, a: QueueItem, b: QueueItem) -> QueueItem:
        """The clerk's "pair": a card's front and its back side (issue 15) become one
        document — the front's, its fields checked against the back's machine-readable
        zone (``desktop_ocr.pairing.pair``; in the trail; a confirmed front re-opened) —
        and the back's item leaves the queue (its record stays in the history; the zone
        lives on in the front's record).  :meth:`undo_queue` takes them apart again.

        Raises ``PairingError`` unless one is a front and the other a back side of the
        same kind of card, both read.
        """
        return self._pair(a, b, by_hand=True)

    def _pair(self, a: QueueItem, b: QueueItem, *, by_hand: bool) -> QueueItem:
        from desktop_ocr.pairing import PairingError, pair

        if a is b or not (self.editable(a) and self.editable(b)):
            raise PairingError("Both sides must be read before they can be paired.",
                               message_zh="两面都识别完成后才能配对。")
        assert a.record is not None and b.record is not None
        was = {id(a.record): a.record.status, id(b.record): b.record.status}
        joined = pair(a.record, b.record, self.policy)
        front, back = (a, b) if joined is a.record else (b, a)
        self._kept_apart.discard((_side(front), _side(back)))
        self._kept(front, was[id(joined)])
        self._push(QueueStep("pair", self._take_out([back]), front=front, back=back))
        self.sidesPaired.emit(front, by_hand)
        return front

    def unpair(self, item: QueueItem) -> QueueItem:
        """The clerk's "unpair": the back side ``item``'s record holds becomes a document
        of its own again, right after it; returns the new item.  :meth:`undo_queue`
        pairs them again.  Raises ``PairingError`` when the record holds no back side."""
        from desktop_ocr.pairing import PairingError, unpair

        if item.record is None or item.status in _WAITING:
            raise PairingError("This document holds no back side to take apart.",
                               message_zh="此证件不含可拆分的背面。")
        was = item.record.status
        _front, back = unpair(item.record, self.policy)
        self._kept(item, was)
        new = self._add_back(item, back)
        self._kept_apart.add((_side(item), _side(new)))
        self._push(QueueStep("unpair", front=item, back=new))
        return new

    def _add_back(self, item: QueueItem, back: Record) -> QueueItem:
        """``back`` (a back side taken out of ``item``'s record) as a document of its own,
        right after ``item``."""
        review.note_read(back)
        new = QueueItem(source=back.source, document_type=item.document_type,
                        backend=item.backend, page=back.page, record=back)
        new.follow_record()
        self.store.save(back)
        self._insert(self._items.index(item) + 1 if item in self._items else len(self._items),
                     [new])
        return new

    def _keep_back(self, item: QueueItem, old: Record | None) -> None:
        """A new reading of a document that held its card's back side: the back stays
        with it when the new reading is still that card's front, and becomes a document
        of its own otherwise — the clerk's pairing is never dropped silently."""
        from desktop_ocr.pairing import PairingError, back_record, is_paired, pair

        if old is None or not is_paired(old) or item.record is None:
            return
        info = old.extra["mrz"]
        back = back_record(info, old.document_type or "", backend=old.backend,
                           source=old.source)
        try:
            pair(item.record, back, self.policy)
        except PairingError:
            self._add_back(item, back)

    # ------------------------------------------------------------------ closing
    def shutdown(self) -> None:
        """Stop reading (non-blocking): ``stopped`` follows once nothing runs.  What
        was being read stays queued for the next start (it was not cancelled)."""
        self._stopping = True
        self.worker.shutdown()

    def close(self) -> None:
        """Every edit is on its record and queued for the store: write, then close it.
        The recognisers go first (the offline engine's process must not outlive the
        window, in tests and when the app embeds it)."""
        self.worker.release()
        try:
            self.store.flush()
        except Exception:  # a stuck disk must not keep the window open forever
            log.exception("record store writes did not finish before closing")
        finally:
            self.store.close()


def _side(item: QueueItem) -> tuple[str, int | None]:
    """Which file (and page) a side of a card was read from."""
    return item.source, item.page


def cancelled_reason() -> str:
    return QCoreApplication.translate("QueueSession", "Cancelled")


def interrupted_reason() -> str:
    return QCoreApplication.translate("QueueSession",
                                      "Interrupted: the app stopped while reading it")
