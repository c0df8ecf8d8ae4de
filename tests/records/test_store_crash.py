"""Kill the process mid-batch with SIGKILL: every committed edit and finished record survives."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_ocr.documents.record import RecordStatus
from desktop_ocr.records.store import RecordStore

# The child behaves like the app during a batch: it queues a document, marks it
# being recognised, stores the recognised fields, then a clerk edits fields.
# It reports each step on stdout only after the store call has returned
# (i.e. after the commit).
CHILD = textwrap.dedent(
    """
    import sys
    from desktop_ocr.documents.record import FieldValue, Record, RecordStatus
    from desktop_ocr.records.store import RecordStore

    store = RecordStore(sys.argv[1])
    i = 0
    while True:
        record = Record.empty(f"/scans/batch {i}.jpg", "ghana_voter", backend="offline")
        rid = store.add(record)
        print("ADD", rid, flush=True)
        store.set_status(rid, "recognizing")
        record.fields["surname"] = FieldValue(f"Recognised{i}", 0.8)
        record.fields["voter_id_number"] = FieldValue(f"{i:010d}", 0.9)
        record.status = RecordStatus.RECOGNIZED
        store.update(record)
        print("DONE", rid, flush=True)
        for j in range(3):
            value = f"Edit{i}.{j}"
            store.update_field(rid, "other_names", value)
            print("EDIT", rid, "other_names", value, flush=True)
        i += 1
    """
)


def run_and_kill(db: Path, edits_before_kill: int) -> list[list[str]]:
    env = dict(os.environ)
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines: list[list[str]] = []
    edits = 0
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            parts = line.split()
            lines.append(parts)
            if parts[0] == "EDIT":
                edits += 1
                if edits >= edits_before_kill:
                    break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return lines


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_batch_loses_nothing_committed(tmp_path: Path) -> None:
    # Given the app killed with SIGKILL in the middle of a batch with edits made
    db = tmp_path / "records.sqlite3"
    lines = run_and_kill(db, edits_before_kill=40)
    # When the app restarts
    with RecordStore(db) as store:
        queue = {r.id: r for r in store.queue()}
        # Then every committed edit is there
        made = sum(1 for p in lines if p[0] == "EDIT")
        recovered = sum(
            1
            for p in lines
            if p[0] == "EDIT"
            and int(p[1]) in queue
            and _edit_survived(queue[int(p[1])], p[2], p[3])
        )
        print(f"\nedits made / edits recovered after SIGKILL: {made} / {recovered}")
        assert made >= 40
        assert recovered == made
        # and every finished record, with its recognised fields
        done = [int(p[1]) for p in lines if p[0] == "DONE"]
        for rid in done:
            assert queue[rid].status in (RecordStatus.RECOGNIZED, RecordStatus.EDITED)
            assert queue[rid].value("surname").startswith("Recognised")
        # and every queued document; unfinished ones are offered for resuming
        added = [int(p[1]) for p in lines if p[0] == "ADD"]
        assert set(added) <= set(queue)
        unfinished = {r.id for r in store.unfinished()}
        assert unfinished.isdisjoint(done)
        assert set(queue) - set(done) <= unfinished


def _edit_survived(record, key: str, value: str) -> bool:
    """An edit survived if the field holds it or a later edit of the same field
    (the clerk typed over it); an older value means it was lost."""

    def order(v: str) -> tuple[int, int]:
        a, b = v.removeprefix("Edit").split(".")
        return int(a), int(b)

    current = record.value(key)
    return (record.fields[key].edited and current.startswith("Edit")
            and order(current) >= order(value))
