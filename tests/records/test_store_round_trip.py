"""One serialiser for a record: what the store keeps is the record, every field of it.

Why a property test: the store once had its own codec that dropped a warning's
origin, so a backend's warning read back as a validation warning; generated
records of every shape catch any field a serialiser forgets.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_ocr.documents.record import (
    AuditEntry,
    ErrorInfo,
    FieldValue,
    FieldWarning,
    Journal,
    Record,
    RecordStatus,
    Step,
)
from desktop_ocr.documents.schema import DOCUMENT_TYPES
from desktop_ocr.records import store as store_mod
from desktop_ocr.records.store import SCHEMA_VERSION, RecordStore

text = st.text(max_size=20)
boxes = st.none() | st.tuples(*[st.integers(-10_000, 100_000)] * 4)
confidences = st.none() | st.floats(0, 1, allow_nan=False)


@st.composite
def field_values(draw) -> FieldValue:
    """A field as read, or edited by the clerk (then with the value as read)."""
    edited = draw(st.booleans())
    return FieldValue(draw(text), draw(confidences), draw(boxes), edited,
                      draw(st.none() | text) if edited else None,
                      draw(confidences) if edited else None)
warnings = st.builds(FieldWarning, field=text, code=text, message=text,
                     severity=st.sampled_from(["warning", "error"]),
                     message_zh=st.none() | text,
                     origin=st.sampled_from(["validation", "backend"]))
errors = st.none() | st.builds(ErrorInfo, code=text, message=text, retryable=st.booleans())
audit = st.builds(AuditEntry, at=text, action=text, field=st.none() | text,
                  before=st.none() | text, after=st.none() | text, reason=st.none() | text,
                  detail=st.none() | text, problems=st.lists(warnings, max_size=2).map(tuple))
steps = st.builds(Step, action=st.sampled_from(["edit", "revert"]),
                  before=st.dictionaries(text, st.none() | field_values(), max_size=2),
                  after=st.dictionaries(text, st.none() | field_values(), max_size=2), at=text)
journals = st.builds(Journal, visited=st.sets(text, max_size=3),
                     undo=st.lists(steps, max_size=2), redo=st.lists(steps, max_size=2),
                     audit=st.lists(audit, max_size=3), override=st.none() | st.text(min_size=1),
                     held=st.lists(warnings, max_size=2))


@st.composite
def records(draw) -> Record:
    doc_type = draw(st.none() | st.sampled_from(sorted(DOCUMENT_TYPES)))
    keys = DOCUMENT_TYPES[doc_type].keys if doc_type else draw(st.lists(text, max_size=3))
    return Record(
        source=draw(st.text(min_size=1, max_size=40)),
        document_type=doc_type,
        backend=draw(text),
        fields={k: draw(field_values()) for k in keys},
        warnings=draw(st.lists(warnings, max_size=4)),
        error=draw(errors),
        status=draw(st.sampled_from([s for s in RecordStatus
                                     if s is not RecordStatus.RECOGNIZING])),
        page=draw(st.none() | st.integers(1, 500)),
        vendor_ids=draw(st.dictionaries(text, text, max_size=3)),
        timings=draw(st.dictionaries(text, st.floats(-1e12, 1e12), max_size=4)),
        notes=draw(st.lists(text, max_size=3)),
        design=draw(st.none() | st.text(min_size=1, max_size=10)),
        rotation=draw(st.sampled_from([0, 90, 180, 270])),
        digest=draw(st.none() | st.text("0123456789abcdef", min_size=64, max_size=64)),
        journal=draw(journals),
    )


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(record=records())
def test_a_record_written_to_the_store_reads_back_equal(tmp_path: Path, record: Record):
    with RecordStore(tmp_path / "round-trip.sqlite3") as store:
        record_id = store.add(record)
        assert store.get(record_id) == record  # ``add`` set record.id; every field compared
        record.status = RecordStatus.EDITED
        store.update(record)
        assert store.get(record_id) == record


@given(record=records())
def test_the_complete_dict_reads_back_equal(record: Record):
    again = Record.from_dict(json.loads(json.dumps(record.to_dict(complete=True))))
    assert again == record


def test_the_cli_shape_is_unchanged_by_the_complete_form():
    record = Record.empty("card.jpg", "ghana_card", backend="offline")
    record.fields["surname"] = FieldValue("Mensah", 0.912345, (1, 2, 3, 4), edited=True)
    record.warnings = [FieldWarning("surname", "low_confidence", "Please check",
                                    message_zh="请核对", origin="backend")]
    record.timings = {"load": 10.4, "ocr": 20.3}
    cli = record.to_dict()
    assert set(cli) == {"source", "document_type", "backend", "fields", "warnings", "error",
                        "elapsed_ms", "status"}
    assert cli["fields"]["surname"] == {"value": "Mensah", "confidence": 0.9123,
                                        "box": [1, 2, 3, 4]}
    assert cli["warnings"] == [{"field": "surname", "code": "low_confidence",
                                "message": "Please check", "message_zh": "请核对"}]
    assert cli["elapsed_ms"] == 31
    complete = record.to_dict(complete=True)
    assert set(complete) == set(cli) | {"timings"}
    assert complete["fields"]["surname"] == {"value": "Mensah", "confidence": 0.912345,
                                             "box": [1, 2, 3, 4], "edited": True,
                                             "read": None, "read_confidence": None}
    assert complete["warnings"][0]["origin"] == "backend"


def test_a_record_of_a_type_this_version_does_not_know_stays_in_the_store(tmp_path: Path):
    record = Record(source="/scans/passport.jpg", document_type="passport_icao9303",
                    status=RecordStatus.RECOGNIZED)
    with RecordStore(tmp_path / "types.sqlite3") as store:
        store.add(record)
        assert store.queue() == [record]


def test_an_old_store_keeps_its_backend_warnings_after_the_upgrade(tmp_path: Path):
    # Given a store of schema 2, whose codec dropped the warnings' origin
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    for migration in store_mod.MIGRATIONS[:2]:
        migration(raw)
    raw.execute("PRAGMA user_version = 2")
    record = Record.empty("/scans/card.jpg", "ghana_card", backend="accuauth")
    record.status = RecordStatus.RECOGNIZED
    backend_warning = FieldWarning("", "document_type.mismatch",
                                   "You chose a voter card, but AccuAuth read a Ghana Card")
    old_data = record.to_dict(complete=True)
    old_data["warnings"] = [{"field": "", "code": "document_type.mismatch",
                             "message": backend_warning.message, "severity": "warning",
                             "message_zh": None}]
    raw.execute("INSERT INTO records (created_at, updated_at, document_type, status, source, "
                "data) VALUES (?, ?, ?, ?, ?, ?)",
                (time.time(), time.time(), "ghana_card", "recognized", record.source,
                 json.dumps(old_data)))
    raw.close()
    # When the current app opens it
    with RecordStore(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        (again,) = store.queue()
    # Then the warning validation does not give is known as the backend's again
    assert again.warnings == [FieldWarning(backend_warning.field, backend_warning.code,
                                           backend_warning.message, origin="backend")]
