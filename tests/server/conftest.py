"""Server fixtures; the scripted recogniser lives with the cloud-client tests."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "backends" / "cloud"))

from cloud_fakes import ScriptedRecognizer

from desktop_ocr.server import VendorServer


@pytest.fixture(autouse=True)
def _no_proxy_for_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
def recognizer() -> ScriptedRecognizer:
    return ScriptedRecognizer()


@pytest.fixture
def server(recognizer: ScriptedRecognizer) -> Iterator[VendorServer]:
    with VendorServer(recognizer, record_requests=True) as srv:
        yield srv
