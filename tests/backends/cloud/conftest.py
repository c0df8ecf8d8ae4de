"""Fixtures: a vendor server on an ephemeral loopback port behind a scripted recogniser."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from cloud_fakes import ScriptedRecognizer, big_photo

from desktop_ocr.server import ServerKeys, VendorServer


@pytest.fixture(autouse=True)
def _no_proxy_for_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clients honour proxy variables; loopback must never go through one."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture(scope="session")
def server_keys() -> ServerKeys:
    return ServerKeys.generate()


@pytest.fixture
def recognizer() -> ScriptedRecognizer:
    return ScriptedRecognizer()


@pytest.fixture
def server(recognizer: ScriptedRecognizer, server_keys: ServerKeys) -> Iterator[VendorServer]:
    with VendorServer(recognizer, keys=server_keys, record_requests=True) as srv:
        yield srv


@pytest.fixture(scope="session")
def photo_12mb() -> bytes:
    return big_photo(megabytes=12.0)
