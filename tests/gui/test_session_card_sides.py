"""The queue session pairs a card's front and back side and takes them apart (issue 15).

On the session alone (no window), with the real store: the two records are put in the
store as a last session left them, restored, then paired and unpaired as the clerk would.
The back side's record is built from a zone composed by ``documents.mrz`` from generated
values; no model is needed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6

from desktop_ocr.config import Settings
from desktop_ocr.documents import back
from desktop_ocr.documents.mrz import compose_td1, parse_td1
from desktop_ocr.documents.record import FieldValue, Record, RecordStatus
from desktop_ocr.documents.schema import GHANA_CARD
from desktop_ocr.gui.session import QueueSession
from desktop_ocr.gui.store_bridge import StoreBridge
from desktop_ocr.gui.worker import RecognitionWorker
from desktop_ocr.pairing import PairingError
from desktop_ocr.recognition import finish_record
from desktop_ocr.records.store import RecordStore

pytestmark = pytest.mark.gui


def _front() -> Record:
    record = Record.empty("scans/ama-front.jpg", "ghana_card", backend="offline")
    record.design = "nia"
    for key, value in {"id_number": "GHA-712345673-9", "document_number": "AC9139819",
                       "surname": "MENSAH", "first_name": "AKOSUA", "gender": "F",
                       "birthday": "06/13/1986", "expiry_date": "01/10/2030"}.items():
        record.fields[key] = FieldValue(value, confidence=0.9)
    return finish_record(record)


def _back() -> Record:
    zone = parse_td1(compose_td1(
        document_code="ID", issuing_state="GHA", document_number="AC9139819",
        optional_data_1="GHA7123456789", birth_date="860613", sex="F",
        expiry_date="300110", nationality="GHA", surname="Mensah", given_names="Akosua"))
    record = back.record_from_zone(zone, GHANA_CARD, source="scans/ama-back.jpg", page=None,
                                   confidence=0.97, backend="offline")
    record.extra["mrz"].update(source=record.source)
    return finish_record(record)


@pytest.fixture
def session(qtbot, tmp_path: Path):
    path = tmp_path / "session.db"
    with RecordStore(path) as store:
        store.add(_front())
        store.add(_back())
    made = QueueSession(StoreBridge(RecordStore(path)), RecognitionWorker(Settings))
    made.store.setParent(made)
    made.worker.setParent(made)
    with qtbot.waitSignal(made.queueRestored, timeout=10000):
        made.restore()
    yield made
    with qtbot.waitSignal(made.stopped, timeout=10000):
        made.shutdown()
    made.close()
    shiboken6.delete(made)


def test_the_clerk_pairs_and_unpairs_the_two_sides(session) -> None:
    front_item, back_item = session.items
    removed = []
    session.itemsRemoved.connect(removed.append)

    card = session.pair(back_item, front_item)  # either order
    assert card is front_item and session.items == [front_item]
    assert removed == [[back_item]]
    red = [w for w in card.record.warnings if w.code == back.MISMATCH]
    assert [(w.field, w.severity) for w in red] == [("id_number", "error")]
    assert card.status is RecordStatus.RECOGNIZED and card.needs_review
    session.store.flush()
    stored = session.store.store.get(card.record.id)
    assert stored.extra["mrz"]["source"] == "scans/ama-back.jpg"

    again = session.unpair(card)
    assert session.items == [front_item, again]
    assert "mrz" not in front_item.record.extra
    assert again.record.extra["mrz"]["front"] is False
    assert again.record.value("id_number") == "GHA-712345678-9"
    session.store.flush()
    assert "mrz" not in session.store.store.get(front_item.record.id).extra


def test_only_read_fronts_and_backs_pair(session) -> None:
    front_item, back_item = session.items
    with pytest.raises(PairingError):
        session.pair(front_item, front_item)
    with pytest.raises(PairingError):
        session.unpair(front_item)
    assert session.items == [front_item, back_item]


def test_pairing_and_unpairing_are_undone_in_the_queue(session) -> None:
    front_item, back_item = session.items
    assert session.can_pair([front_item, back_item]) and not session.can_unpair(front_item)
    card = session.pair(front_item, back_item)
    assert session.can_unpair(card) and session.can_undo_queue
    assert not session.can_restore_removed  # the back left by pairing, not a removal

    assert session.undo_queue() == [front_item, back_item]
    assert session.items == [front_item, back_item]
    assert "mrz" not in front_item.record.extra and not session.can_undo_queue
    assert back_item.record.extra["mrz"]["front"] is False
    assert [a.action for a in front_item.record.journal.audit][-2:] == ["pair", "unpair"]

    session.pair(front_item, back_item)
    new_back = session.unpair(card)
    assert session.items == [front_item, new_back]
    assert session.undo_queue() == [front_item]  # paired again
    assert session.items == [front_item] and front_item.record.extra["mrz"]["front"] is True
    session.store.flush()
    assert "mrz" in session.store.store.get(front_item.record.id).extra


def test_pairing_a_confirmed_front_reopens_it(session) -> None:
    front_item, back_item = session.items
    front_item.record.journal.visited.update(front_item.record.fields)
    assert session.confirm(front_item).confirmed
    reopened = []
    session.reopened.connect(reopened.append)
    session.pair(front_item, back_item)
    assert reopened == [front_item]
    assert front_item.status is RecordStatus.RECOGNIZED and front_item.check.red == ("id_number",)
    assert not session.confirm(front_item).confirmed  # the mismatch blocks it now
