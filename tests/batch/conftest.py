"""Generated documents on disk for the batch tests (``desktop_ocr.synthetic``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_ocr.synthetic import generate, save

KINDS = ("birth_certificate", "ghana_card", "ghana_voter")


@pytest.fixture(scope="session")
def doc_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("batch-docs")
    for i, kind in enumerate(KINDS):
        save(generate(kind, 40 + i, "scan"), folder / f"{i:02d}-{kind}.jpg")
    return folder


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_OCR_")}
    env["DESKTOP_OCR_HOME"] = str(tmp_path / "home")
    return env
