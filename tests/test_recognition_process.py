"""The window's recognition process (ADR 0066): the offline engine in a child process.

What a clerk would notice: a document read there gives the same record as in the
window's own process; Cancel stops the document being read; if the engine dies
(out of memory, a crash in a native library) only that document fails, with a
message that says so, and the next one is read by a new engine.  Real spawned
processes and the real offline engine, on a generated card.
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
import time
from pathlib import Path

import pytest

from desktop_ocr.backends.base import CancelToken
from desktop_ocr.config import Settings
from desktop_ocr.errors import BackendUnavailable
from desktop_ocr.recognition_process import EngineStopped, RecognitionProcess
from desktop_ocr.settings_store import load_backend_settings
from desktop_ocr.synthetic import generate, save


@pytest.fixture(scope="module")
def card(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    doc = generate("ghana_card", 3, "scan")
    path = tmp_path_factory.mktemp("process") / "card.jpg"
    save(doc, path)
    return path, doc.truth


@pytest.fixture(scope="module")
def engine() -> RecognitionProcess:
    process = RecognitionProcess("offline", load_backend_settings())
    process.warm_up()
    yield process
    process.close()


def test_errors_and_settings_cross_a_process_boundary_whole() -> None:
    """A backend's error from the child keeps its code and both messages."""
    error = pickle.loads(pickle.dumps(BackendUnavailable(
        "Not installed.", code="offline.missing", message_zh="未安装。", retryable=True)))
    assert (error.code, error.message, error.message_zh, error.retryable) == (
        "offline.missing", "Not installed.", "未安装。", True)
    stopped = pickle.loads(pickle.dumps(EngineStopped()))
    assert stopped.code == "engine.stopped" and "引擎" in stopped.message_zh
    settings = load_backend_settings()
    assert pickle.loads(pickle.dumps(settings)) == settings
    assert isinstance(pickle.loads(pickle.dumps(Settings())), Settings)


def test_a_document_read_in_the_child_is_read_like_anywhere(
        engine: RecognitionProcess, card: tuple[Path, dict[str, str]]) -> None:
    path, truth = card
    records = engine.recognize_path(str(path), "auto", CancelToken())
    assert len(records) == 1
    record = records[0]
    assert record.document_type == "ghana_card" and record.error is None
    assert record.source == str(path)
    assert record.value("id_number") == truth["id_number"]
    assert record.value("surname") == truth["surname"]


def test_cancel_stops_the_document_being_read(
        engine: RecognitionProcess, card: tuple[Path, dict[str, str]]) -> None:
    token = CancelToken()
    threading.Timer(0.05, token.cancel).start()
    started = time.monotonic()
    records = engine.recognize_path(str(card[0]), "auto", token)
    assert records[0].error is not None and records[0].error.code == "cancelled"
    assert time.monotonic() - started < 5
    # the next document is not cancelled: each call has its own number
    again = engine.recognize_path(str(card[0]), "auto", CancelToken())
    assert again[0].error is None and again[0].document_type == "ghana_card"


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL of a child by pid")
def test_a_crash_fails_one_document_and_the_next_is_read(
        card: tuple[Path, dict[str, str]]) -> None:
    process = RecognitionProcess("offline", load_backend_settings())
    try:
        process.warm_up()
        pool = process._pool
        assert pool is not None
        child = next(iter(pool._processes.values()))
        result: dict[str, object] = {}

        def read() -> None:
            try:
                result["records"] = process.recognize_path(str(card[0]), "auto")
            except Exception as exc:  # the test looks at it
                result["error"] = exc

        reader = threading.Thread(target=read)
        reader.start()
        time.sleep(0.2)
        os.kill(child.pid, signal.SIGKILL)  # as the out-of-memory killer would
        reader.join(30)
        assert isinstance(result.get("error"), EngineStopped)
        records = process.recognize_path(str(card[0]), "auto")  # a new engine
        assert records[0].document_type == "ghana_card" and records[0].error is None
    finally:
        process.close()


def test_closed_engine_refuses_plainly(card: tuple[Path, dict[str, str]]) -> None:
    process = RecognitionProcess("offline", load_backend_settings())
    process.close()
    with pytest.raises(EngineStopped):
        process.recognize_path(str(card[0]))
