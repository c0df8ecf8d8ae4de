"""The worker on its own: as many documents in flight as the backend's description says."""

from __future__ import annotations

import threading

import pytest
from gui_helpers import write_document

from desktop_ocr.backends import registry
from desktop_ocr.backends.base import BackendDescription
from desktop_ocr.documents.record import Record
from desktop_ocr.gui.worker import Job, RecognitionWorker

CLOUD_CONCURRENCY = 3

pytestmark = pytest.mark.gui


class _CountingCloud:
    """Stands in for a network backend: counts documents in flight at once."""

    name = "fakecloud"

    def __init__(self, release: threading.Event, state: dict[str, int]) -> None:
        self.release, self.state = release, state
        self.lock = threading.Lock()

    def availability(self) -> tuple[bool, str]:
        return True, ""

    def recognize(self, page, document_type="auto", cancel=None):
        with self.lock:
            self.state["now"] += 1
            self.state["max"] = max(self.state["max"], self.state["now"])
        self.release.wait(10)
        with self.lock:
            self.state["now"] -= 1
        return Record.empty(page.source, "ghana_card", backend=self.name)

    def close(self) -> None:
        pass


def test_cloud_backend_runs_a_bounded_pool(qtbot, tmp_path):
    release = threading.Event()
    state = {"now": 0, "max": 0}
    shared = _CountingCloud(release, state)
    registry.register(BackendDescription("fakecloud", ("Fake cloud", "Fake cloud"),
                                         lambda _s: shared, concurrency=CLOUD_CONCURRENCY))
    paths = [tmp_path / f"c{i}.png" for i in range(CLOUD_CONCURRENCY + 3)]
    for i, p in enumerate(paths):
        write_document(p, "ghana_card", seed=100 + i, scale=0.25)

    worker = RecognitionWorker()
    recognised: list[int] = []
    worker.recordRecognized.connect(lambda item_id, _recs: recognised.append(item_id))
    worker.submit([Job(i, str(p), "auto", "fakecloud") for i, p in enumerate(paths)])
    qtbot.waitUntil(lambda: state["now"] == CLOUD_CONCURRENCY, timeout=15000)
    with qtbot.assertNotEmitted(worker.recordStarted, wait=300):
        pass  # no fourth document starts while three are in flight
    assert state["max"] == CLOUD_CONCURRENCY
    with qtbot.waitSignal(worker.batchFinished, timeout=20000) as finished:
        release.set()
    assert finished.args == [len(paths), 0, False]
    assert sorted(recognised) == list(range(len(paths)))
    assert state["max"] == CLOUD_CONCURRENCY
    with qtbot.waitSignal(worker.stopped, timeout=10000):
        worker.shutdown()
    registry.unregister("fakecloud")
