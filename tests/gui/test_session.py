"""The queue session without a window: lifecycle, crash resume, re-reading, confirming.

Why no widgets: the rules for a document — what is started again after a crash,
when a new reading may replace the clerk's corrections, what may be confirmed —
belong to the session, so they are checked here on the session alone, with the
real worker, pipeline and record store and the deterministic test backend.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from gui_helpers import TEST_BACKEND

from desktop_ocr.config import Settings
from desktop_ocr.documents.record import FieldWarning, Record, RecordStatus
from desktop_ocr.gui.session import QueueSession
from desktop_ocr.gui.store_bridge import StoreBridge
from desktop_ocr.gui.worker import RecognitionWorker
from desktop_ocr.records.store import RecordStore


def _session(path: Path) -> QueueSession:
    """A session with the real worker and store (no window: its own parent)."""
    made = QueueSession(StoreBridge(RecordStore(path)), RecognitionWorker(Settings))
    made.store.setParent(made)
    made.worker.setParent(made)
    return made


def _close(qtbot, session: QueueSession) -> None:
    with qtbot.waitSignal(session.stopped, timeout=10000):
        session.shutdown()
    session.close()
    shiboken6.delete(session)  # with its lanes' threads, before Qt itself goes


@pytest.fixture
def session(qtbot, tmp_path: Path):
    made = _session(tmp_path / "session.db")
    yield made
    _close(qtbot, made)


def _wait_idle(qtbot, session: QueueSession, timeout: int = 15000) -> None:
    qtbot.waitUntil(lambda: session.items and not session.busy and all(
        it.status not in (RecordStatus.QUEUED, RecordStatus.RECOGNIZING)
        for it in session.items), timeout=timeout)


def test_files_are_read_and_kept_in_the_store(qtbot, session, docs):
    paths = [str(docs(f"s{i}.png", "ghana_card", seed=200 + i)) for i in range(3)]
    counts = []
    session.countsChanged.connect(counts.append)

    items = session.add_files(paths, "auto", TEST_BACKEND)
    assert [it.status for it in items] == [RecordStatus.QUEUED] * 3
    assert session.add_files(paths[:1], "auto", TEST_BACKEND) == []  # not queued twice
    _wait_idle(qtbot, session)

    assert all(it.status is RecordStatus.RECOGNIZED for it in session.items)
    assert counts[-1].to_review == 3 and counts[-1].queued == 0
    session.store.flush()
    stored = session.store.store.queue()
    assert len(stored) == 3  # the queued placeholder's row was reused
    assert {r.id for r in stored} == {it.record.id for it in session.items}


def _last_session(path: Path, docs) -> dict[str, str]:
    """A store as a crash leaves it: never read, being read (never read before), being
    read again (read before), corrected."""
    sources = {name: str(docs(f"{name}.png", seed=50 + i)) for i, name in
               enumerate(("waiting", "crashed", "rereading", "corrected"))}
    with RecordStore(path) as store:
        store.add(Record(source=sources["waiting"], backend=TEST_BACKEND))
        store.set_status(store.add(Record(source=sources["crashed"], backend=TEST_BACKEND)),
                         RecordStatus.RECOGNIZING)
        earlier = Record.empty(sources["rereading"], "ghana_card", backend=TEST_BACKEND)
        earlier.status = RecordStatus.RECOGNIZED
        store.set_status(store.add(earlier), RecordStatus.RECOGNIZING)
        corrected = Record.empty(sources["corrected"], "ghana_card", backend=TEST_BACKEND)
        corrected.status = RecordStatus.RECOGNIZED
        corrected.set_value("surname", "CORRECTED")
        store.add(corrected)
    return sources


def test_restore_offers_to_resume_and_never_restarts_the_crashed_document(qtbot, tmp_path,
                                                                          docs):
    path = tmp_path / "crashed.db"
    sources = _last_session(path, docs)
    session = _session(path)
    with qtbot.waitSignal(session.queueRestored, timeout=10000) as restored:
        session.restore()
    assert restored.args == [1, 1]  # one waits to be resumed, one was interrupted
    by_name = {Path(it.source).stem: it for it in session.items}
    assert by_name["waiting"].status is RecordStatus.QUEUED
    assert [it.source for it in session.unfinished] == [sources["waiting"]]
    assert by_name["crashed"].status is RecordStatus.FAILED
    assert by_name["crashed"].reason.startswith("Interrupted")
    assert by_name["rereading"].status is RecordStatus.RECOGNIZED  # its earlier reading
    assert by_name["corrected"].status is RecordStatus.EDITED
    assert not session.busy  # an offer, nothing started
    session.store.flush()
    store = session.store.store
    assert store.stored_status(by_name["crashed"].record.id) is RecordStatus.FAILED
    assert store.stored_status(by_name["rereading"].record.id) is RecordStatus.RECOGNIZED

    with qtbot.waitSignal(session.unfinishedChanged, check_params_cb=lambda n: n == 0):
        session.resume_unfinished(TEST_BACKEND)
    qtbot.waitUntil(lambda: by_name["waiting"].status is RecordStatus.RECOGNIZED,
                    timeout=10000)
    assert by_name["crashed"].status is RecordStatus.FAILED  # only on an explicit retry
    qtbot.waitUntil(lambda: not session.busy, timeout=5000)
    session.retry_failed()
    qtbot.waitUntil(lambda: by_name["crashed"].status is RecordStatus.RECOGNIZED,
                    timeout=10000)
    assert by_name["corrected"].record.value("surname") == "CORRECTED"
    _close(qtbot, session)


def test_a_new_reading_never_replaces_corrections_without_consent(qtbot, session, docs):
    (item,) = session.add_files([str(docs("card.png", "ghana_card", seed=7))], "auto",
                                TEST_BACKEND)
    _wait_idle(qtbot, session)
    item.record.set_value("surname", "MY CORRECTION")
    session.record_edited(item.record)
    assert item.status is RecordStatus.EDITED

    assert session.change_type(item, "ghana_voter") is False  # ask the clerk first
    assert item.record.document_type == "ghana_card" and not session.busy
    assert session.reread(item) is False

    assert session.change_type(item, "ghana_voter", discard_edits=True) is True
    qtbot.waitUntil(lambda: item.record.document_type == "ghana_voter", timeout=10000)
    _wait_idle(qtbot, session)
    assert item.status is RecordStatus.RECOGNIZED


def test_a_type_changed_while_waiting_is_read_next(qtbot, session, docs, gate):
    gate.close()
    first, second = session.add_files([str(docs("a.png", seed=1)), str(docs("b.png", seed=2))],
                                      "auto", TEST_BACKEND)
    qtbot.waitUntil(lambda: gate.waiting.acquire(blocking=False), timeout=10000)
    assert session.change_type(second, "ghana_voter") is True  # waiting: no reading lost
    gate.open.set()
    qtbot.waitUntil(lambda: second.record is not None
                    and second.record.document_type == "ghana_voter", timeout=15000)
    _wait_idle(qtbot, session)
    assert first.record.document_type == "ghana_card"


def test_confirm_says_what_is_invalid_and_what_is_next(qtbot, session, docs):
    paths = [str(docs("c1.png", seed=11)), str(docs("c2.png", seed=12)),
             str(docs("missing.png", seed=13)) + ".gone"]
    first, second, missing = session.add_files(paths, "auto", TEST_BACKEND)
    _wait_idle(qtbot, session)
    assert missing.status is RecordStatus.FAILED
    assert session.confirm(missing).confirmed is False  # nothing to check

    first.record.warnings.append(FieldWarning("id_number", "invalid", "bad", "error",
                                              origin="backend"))
    session.record_edited(first.record)
    assert first.check.red == ("id_number",)
    result = session.confirm(first)  # red: not confirmed, and it says why
    assert not result.confirmed and result.blocked and result.check.red == ("id_number",)
    assert first.status is RecordStatus.RECOGNIZED
    result = session.confirm(first, reason="PIN checked against the card by hand")
    assert result.confirmed and result.invalid == 1
    assert result.next_item is second
    assert first.record.journal.override == "PIN checked against the card by hand"
    assert first.status is RecordStatus.CONFIRMED
    assert session.counts().confirmed == 1 and session.counts().to_review == 1
    assert session.confirm(second).next_item is None  # every document checked

    removed = []
    session.itemsRemoved.connect(removed.extend)
    session.clear_confirmed()
    assert removed == [first, second] and session.items == [missing]
    session.store.flush()
    assert [r.source for r in session.store.store.queue()] == [missing.source]


def test_cancel_marks_what_waits_and_stops_what_runs(qtbot, session, docs, gate):
    gate.close()
    items = session.add_files([str(docs(f"x{i}.png", seed=20 + i)) for i in range(3)],
                              "auto", TEST_BACKEND)
    qtbot.waitUntil(lambda: gate.waiting.acquire(blocking=False), timeout=10000)
    with qtbot.waitSignal(session.batchFinished, timeout=10000) as finished:
        session.cancel()
    assert finished.args[2] is True
    assert [it.status for it in items] == [RecordStatus.FAILED] * 3
    assert {it.reason for it in items} == {"Cancelled"}


def test_removal_is_undone_where_it_was_and_kept_in_the_store(qtbot, session, docs):
    items = session.add_files([str(docs(f"r{i}.png", seed=300 + i)) for i in range(3)],
                              "auto", TEST_BACKEND)
    _wait_idle(qtbot, session)
    session.remove([items[1]])
    assert session.items == [items[0], items[2]] and session.can_restore_removed
    session.store.flush()
    assert len(session.store.store.queue()) == 2
    assert session.restore_removed() == [items[1]]
    assert session.items == items and not session.can_restore_removed
    session.store.flush()
    assert [r.id for r in session.store.store.queue()] == [it.record.id for it in items]


def test_screening_finds_the_same_content_in_the_queue_and_confirmed_before(qtbot, session,
                                                                          docs, tmp_path):
    from desktop_ocr.gui.intake import file_digest

    first = str(docs("s1.png", seed=401))
    copy = tmp_path / "copy-of-s1.png"
    copy.write_bytes(Path(first).read_bytes())
    other = str(docs("s2.png", seed=402))
    digests = {p: file_digest(p) for p in (first, str(copy), other)}
    (item,) = session.add_files([first], "auto", TEST_BACKEND, digests)
    _wait_idle(qtbot, session)
    assert item.record.digest == digests[first]  # kept through the reading

    found = []
    session.screen([str(copy), other, other], digests, found.append)
    qtbot.waitUntil(lambda: bool(found))
    # the second copy in the same drop is the same document: added once, not asked about
    assert found[0].in_queue == [str(copy)] and found[0].new == [other]
    assert found[0].repeated == [other]

    item.record.journal.visited.update(item.check.to_visit)
    assert session.confirm(item).confirmed
    session.clear_confirmed()
    found.clear()
    session.screen([str(copy)], digests, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    assert found[0].confirmed == [str(copy)] and found[0].new == []


def test_the_thresholds_are_the_clerks(qtbot, session, docs):
    from desktop_ocr.documents.review import CheckPolicy

    (item,) = session.add_files([str(docs("t.png", "ghana_voter", seed=21,
                                          confidence={"surname": 0.6}))], "auto", TEST_BACKEND)
    _wait_idle(qtbot, session)
    assert item.check.to_visit == ("surname",)
    session.set_policy(CheckPolicy(low_confidence=0.5))
    assert item.check.amber == () and item.check.ready
    session.set_policy(CheckPolicy(low_confidence=0.8, visit="none"))
    assert item.check.amber == ("surname",) and item.check.ready
