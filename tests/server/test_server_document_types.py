"""A document of the wrong type for a route is refused with the route's own code.

Real offline engine, generated documents (``desktop_ocr.synthetic``), real clients.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_ocr.backends.registry import create_recognizer
from desktop_ocr.errors import BackendError
from desktop_ocr.imaging.load import load_pages
from desktop_ocr.server import VendorServer
from desktop_ocr.synthetic import generate, save

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def offline_server() -> Iterator[VendorServer]:
    with VendorServer("offline") as srv:
        yield srv


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("route-docs")
    out = {}
    for doc_type, seed in (("birth_certificate", 11), ("ghana_card", 12)):
        out[doc_type] = save(generate(doc_type, seed, "scan"), folder / f"{doc_type}.jpg")
    return out


def test_ghana_card_on_the_birth_certificate_route_is_50028205(offline_server, docs):
    settings = offline_server.client_settings()
    client = create_recognizer("cloudwalk", settings)
    (page,) = load_pages(docs["ghana_card"])
    with pytest.raises(BackendError) as info:
        client.recognize(page)
    assert info.value.code == "cloudwalk.50028205"


def test_birth_certificate_on_the_idcard_route_is_detection_failed(offline_server, docs):
    settings = offline_server.client_settings()
    client = create_recognizer("accuauth", settings)
    (page,) = load_pages(docs["birth_certificate"])
    with pytest.raises(BackendError) as info:
        client.recognize(page)
    assert info.value.code == "accuauth.DETECTION_FAILED"


def test_each_document_on_its_own_route_is_read(offline_server, docs):
    settings = offline_server.client_settings()
    cw = create_recognizer("cloudwalk", settings)
    (page,) = load_pages(docs["birth_certificate"])
    truth = generate("birth_certificate", 11, "scan").truth
    record = cw.recognize(page)
    assert record.document_type == "birth_certificate"
    assert record.value("babyName") == truth["babyName"]


def test_cli_exits_1_for_a_card_sent_as_a_birth_certificate(offline_server, docs, tmp_path):
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_OCR_")}
    env.update(offline_server.client_env(), DESKTOP_OCR_HOME=str(tmp_path / "home"))
    out = subprocess.run([sys.executable, "-m", "desktop_ocr", "recognize", "--backend",
                          "cloudwalk", str(docs["ghana_card"])], capture_output=True,
                         text=True, env=env, timeout=120)
    assert out.returncode == 1
    assert "50028205" in out.stdout
