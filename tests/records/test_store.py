"""The record store keeps every record and every edit, across restarts and damage."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_ocr.documents.record import (
    ErrorInfo,
    FieldValue,
    FieldWarning,
    Record,
    RecordStatus,
)
from desktop_ocr.errors import StoreError
from desktop_ocr.records import store as store_mod
from desktop_ocr.records.store import RECOGNIZING, SCHEMA_VERSION, RecordStore


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "records.sqlite3"


@pytest.fixture
def store(db_path: Path):
    s = RecordStore(db_path)
    yield s
    s.close()


def ghana_card(surname: str, pin: str, source: str = "/scans/card 1.jpg") -> Record:
    record = Record.empty(source, "ghana_card", backend="offline")
    record.fields["surname"] = FieldValue(surname, 0.91, (10, 20, 200, 40))
    record.fields["first_name"] = FieldValue("Ama", 0.88)
    record.fields["id_number"] = FieldValue(pin, 0.97)
    record.fields["birthday"] = FieldValue("04/03/1990")
    record.status = RecordStatus.RECOGNIZED
    return record


def birth_certificate(name: str, mother_id: str) -> Record:
    record = Record.empty("/扫描件/出生 证明.png", "birth_certificate", backend="cloudwalk")
    record.fields["babyName"] = FieldValue(name, 0.9)
    record.fields["motherID"] = FieldValue(mother_id, 0.8)
    record.fields["babyBirthday"] = FieldValue("2020-01-05")
    record.status = RecordStatus.RECOGNIZED
    return record


def test_round_trip_keeps_everything(store: RecordStore, db_path: Path) -> None:
    # Given a fully populated record
    record = ghana_card("Mensah", "GHA-123456789-1")
    record.warnings.append(
        FieldWarning("id_number", "gha_pin.check", "Check digit", "error", "校验位错误")
    )
    record.vendor_ids["request_id"] = "abc"
    record.timings.update(load=12.5, ocr=300.0)
    record.notes.append("image downscaled to fit 3 MB")
    record.page = 2
    record.fields["surname"].edited = True
    # When it is stored and the store reopened
    rid = store.add(record)
    store.close()
    with RecordStore(db_path) as reopened:
        got = reopened.get(rid)
    # Then nothing was lost
    assert rid == record.id == got.id
    assert got.fields == record.fields
    assert got.warnings == record.warnings
    assert got.vendor_ids == {"request_id": "abc"}
    assert got.timings == {"load": 12.5, "ocr": 300.0}
    assert got.notes == record.notes
    assert got.page == 2
    assert got.status is RecordStatus.RECOGNIZED
    assert got.source == "/scans/card 1.jpg"


def test_failed_record_round_trip(store: RecordStore) -> None:
    record = Record.failed(
        "/scans/broken.jpg", ErrorInfo("image.truncated", "The image is cut off.", True)
    )
    got = store.get(store.add(record))
    assert got.status is RecordStatus.FAILED
    assert got.error == ErrorInfo("image.truncated", "The image is cut off.", True)


def test_field_edit_is_durable_without_close(db_path: Path) -> None:
    # Given a store that is never closed (as if the app died)
    s = RecordStore(db_path)
    rid = s.add(ghana_card("Mensah", "GHA-123456789-1"))
    # When the clerk corrects a field
    edited = s.update_field(rid, "surname", "Mensa")
    # Then another connection sees it at once, marked edited
    other = RecordStore(db_path)
    got = other.get(rid)
    assert edited.value("surname") == "Mensa"
    assert got.value("surname") == "Mensa"
    assert got.fields["surname"].edited
    assert got.status is RecordStatus.EDITED
    other.close()
    s.close()


def test_queue_order_status_and_unfinished(store: RecordStore) -> None:
    queued = [Record.empty(f"/scans/{i}.jpg", "ghana_voter") for i in range(4)]
    ids = store.add_many(queued)
    done = store.add(ghana_card("Owusu", "GHA-987654321-0"))
    store.set_status(ids[1], RECOGNIZING)
    store.set_status(ids[2], RecordStatus.CONFIRMED)
    assert [r.id for r in store.queue()] == [*ids, done]
    assert [r.id for r in store.unfinished()] == [ids[0], ids[1], ids[3]]
    assert store.stored_status(ids[1]) == "recognizing"
    assert store.get(ids[2]).status is RecordStatus.CONFIRMED
    with pytest.raises(ValueError):
        store.set_status(ids[0], "bogus")


def test_update_replaces_whole_record(store: RecordStore) -> None:
    record = Record.empty("/scans/a.jpg", "ghana_voter")
    rid = store.add(record)
    record.fields["surname"] = FieldValue("Boateng", 0.7)
    record.warnings = [FieldWarning("age", "age.missing", "Age missing")]
    record.status = RecordStatus.RECOGNIZED
    store.update(record)
    got = store.get(rid)
    assert got.value("surname") == "Boateng"
    assert [w.code for w in got.warnings] == ["age.missing"]
    assert got not in store.unfinished()


def test_archive_leaves_queue_but_stays_in_history(store: RecordStore) -> None:
    a = store.add(ghana_card("Mensah", "GHA-123456789-1"))
    b = store.add(ghana_card("Owusu", "GHA-987654321-0"))
    assert store.archive([a]) == 1
    assert [r.id for r in store.queue()] == [b]
    assert [r.id for r in store.search("mensah")] == [a]


def test_missing_record_is_a_store_error(store: RecordStore) -> None:
    with pytest.raises(StoreError) as info:
        store.get(999)
    assert info.value.code == "store.not_found"
    with pytest.raises(StoreError):
        store.update_field(999, "surname", "x")
    with pytest.raises(StoreError) as info:
        store.update(Record.empty("/x.jpg", "ghana_card"))
    assert info.value.code == "store.not_stored"


def test_search_by_name_id_date_and_type(store: RecordStore, db_path: Path) -> None:
    card = store.add(ghana_card("Mensah", "GHA-123456789-1"))
    cert = store.add(birth_certificate("王小明", "330106199001011234"))
    # an old record: move its timestamp back ten days
    old = store.add(ghana_card("Asante", "GHA-555555555-5"))
    ten_days_ago = time.time() - 10 * 86400
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE records SET created_at = ? WHERE id = ?", (ten_days_ago, old))

    def ids(**kw) -> list[int]:
        return sorted(r.id for r in store.search(**kw))

    assert ids(text="mensah") == [card]  # name, any case
    assert ids(text="小明") == [cert]  # Chinese name, part of it
    assert ids(text="GHA 123456789 1") == [card]  # ID typed with spaces
    assert ids(text="gha1234567891") == [card]  # ID typed without separators
    assert ids(text="330106199001011234") == [cert]
    assert ids(text="Mensah Ama") == [card]  # every word must match
    assert ids(text="Mensah 王小明") == []
    assert ids(text="50%") == []  # LIKE wildcards are literal
    assert ids(document_type="birth_certificate") == [cert]
    assert ids(document_type="ghana_card") == [card, old]
    today = date.today()
    assert ids(date_from=today) == [card, cert]
    assert ids(date_to=today - timedelta(days=5)) == [old]
    assert ids(date_from=(today - timedelta(days=11)).isoformat(),
               date_to=(today - timedelta(days=9)).isoformat()) == [old]
    assert ids(text="2020-01-05") == [cert]  # a date printed on the document
    assert len(store.search(limit=1)) == 1
    entries = store.search_entries("asante")
    assert entries[0].created_at.date() == date.fromtimestamp(ten_days_ago)


def test_purge_removes_old_records_and_their_bytes(store: RecordStore, db_path: Path,
                                                  tmp_path: Path) -> None:
    # Given an old record with a cached image copy and a recent one
    old = store.add(ghana_card("Kwabenaoldname", "GHA-111111111-1"))
    copy = tmp_path / "cache" / "copy.jpg"
    copy.parent.mkdir()
    copy.write_bytes(b"jpeg bytes")
    store.attach_image_copy(old, copy)
    new = store.add(ghana_card("Mensah", "GHA-123456789-1"))
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE records SET created_at = ? WHERE id = ?",
                    (time.time() - 40 * 86400, old))
    # When records older than 30 days are purged
    assert store.purge_older_than(30) == 1
    # Then the old record, its copy and its text are gone, the new one stays
    assert [r.id for r in store.search()] == [new]
    assert not copy.exists()
    store.close()
    for f in db_path.parent.glob(db_path.name + "*"):
        assert b"Kwabenaoldname" not in f.read_bytes(), f
    with RecordStore(db_path) as again:
        assert again.count() == 1
        with pytest.raises(ValueError):
            again.purge_older_than(-1)


def test_store_uses_wal_and_full_sync(store: RecordStore) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_default_location_is_the_user_data_dir(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DESKTOP_OCR_HOME", str(tmp_path / "home"))
    with RecordStore() as s:
        assert s.path == tmp_path / "home" / "data" / "records.sqlite3"
        assert s.path.exists()


def test_migrates_a_store_from_schema_1(db_path: Path) -> None:
    # Given a store written by the first schema version, with a record in it
    raw = sqlite3.connect(db_path, isolation_level=None)
    store_mod.MIGRATIONS[0](raw)
    raw.execute("PRAGMA user_version = 1")
    record = ghana_card("Darko", "GHA-222222222-2")
    raw.execute(
        "INSERT INTO records (created_at, updated_at, document_type, status, source, data) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (time.time(), time.time(), "ghana_card", "recognized", record.source,
         store_mod._record_to_json(record)),
    )
    raw.close()
    # When the current app opens it
    with RecordStore(db_path) as s:
        # Then it is upgraded and the old record is in the queue and searchable
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [r.value("surname") for r in s.queue()] == ["Darko"]
        assert [r.value("surname") for r in s.search("darko")] == ["Darko"]


def test_store_from_a_newer_app_is_refused_not_damaged(db_path: Path) -> None:
    with sqlite3.connect(db_path) as raw:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(StoreError) as info:
        RecordStore(db_path)
    assert info.value.code == "store.too_new"
    assert db_path.exists()


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_corrupt_store_is_moved_aside_not_lost(db_path: Path, damage: str) -> None:
    # Given a damaged store file
    if damage == "garbage":
        db_path.write_bytes(b"this is not a database, just text " * 200)
    else:
        with RecordStore(db_path) as s:
            for i in range(200):
                s.add(ghana_card(f"Name{i}", "GHA-123456789-1"))
        data = db_path.read_bytes()
        db_path.write_bytes(data[:100] + b"\xff" * 4000 + data[4100:len(data) // 2])
    original = db_path.read_bytes()
    # When opened without recovery it is a clear StoreError
    with pytest.raises(StoreError) as info:
        RecordStore(db_path, recover=False)
    assert info.value.code == "store.corrupt"
    assert str(db_path) in info.value.message
    # When the app opens it (recover=True) it starts fresh and says where the old file went
    s = RecordStore(db_path)
    assert s.recovery_notice is not None
    assert s.recovery_notice.code == "store.corrupt"
    assert s.moved_aside is not None
    assert str(s.moved_aside) in s.recovery_notice.message
    assert s.moved_aside.read_bytes() == original  # kept byte for byte
    assert "corrupt-" in s.moved_aside.name
    assert s.queue() == []
    s.add(ghana_card("Fresh", "GHA-123456789-1"))
    assert len(s.queue()) == 1
    s.close()


def test_concurrent_writes_from_two_threads(store: RecordStore, db_path: Path) -> None:
    # Given a GUI thread editing while a worker thread adds recognised records
    base = store.add_many([ghana_card(f"Clerk{i}", "GHA-123456789-1") for i in range(20)])
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for i in range(60):
                store.add(ghana_card(f"Worker{i}", "GHA-987654321-0"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def clerk() -> None:
        try:
            for round_ in range(3):
                for rid in base:
                    store.update_field(rid, "first_name", f"Edit{round_}-{rid}")
                store.queue()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker), threading.Thread(target=clerk)]
    # and a second process-like connection writing to the same file
    other = RecordStore(db_path)
    threads.append(threading.Thread(
        target=lambda: [other.add(ghana_card(f"Other{i}", "GHA-1")) for i in range(30)]))
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    other.close()
    # Then every write landed
    assert errors == []
    assert store.count() == 20 + 60 + 30
    assert all(store.get(rid).value("first_name") == f"Edit2-{rid}" for rid in base)
    assert len(store.search("worker", limit=1000)) == 60


def test_closed_store_raises_store_error(db_path: Path) -> None:
    s = RecordStore(db_path)
    s.close()
    s.close()  # twice is fine
    with pytest.raises(StoreError) as info:
        s.queue()
    assert info.value.code == "store.closed"


def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as info:
        RecordStore(blocker / "sub" / "records.sqlite3")
    assert info.value.code == "store.open_failed"


def test_disk_full_on_edit_is_a_retryable_error_and_keeps_earlier_edits(
    store: RecordStore,
) -> None:
    # Given a record with an edit, and a disk that then fills up
    rid = store.add(ghana_card("Mensah", "GHA-123456789-1"))
    store.update_field(rid, "surname", "Mensa")
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    # When the next edit cannot be written
    with pytest.raises(StoreError) as info:
        store.update_field(rid, "place_of_issue", "Accra " * 50_000)
    # Then the clerk is told, may retry, and nothing earlier is lost
    assert info.value.code == "store.disk_full"
    assert info.value.retryable
    assert "disk is full" in info.value.message
    assert store.get(rid).value("surname") == "Mensa"
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    store.update_field(rid, "place_of_issue", "Accra")
    assert store.get(rid).value("place_of_issue") == "Accra"
