"""``packaging/build-linux.sh`` as the IT department runs it: from the repository root.

The documented command on a fresh clone stopped after 6 s ("package 'rapidocr' is not
installed"): the script asked ``import desktop_ocr`` in the repository root, where the
source folder answers, so it never installed the app and its libraries into the new
virtualenv.  ``--check`` runs exactly the script's own decision, without building.

No ``__init__.py`` in this folder (see test_bundle_manifest.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "build-linux.sh"


def _check(venv_dir: Path | str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(SCRIPT), "--check"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "DESKTOP_OCR_VENV": str(venv_dir)})


def test_an_empty_virtualenv_in_the_repository_root_needs_the_install(tmp_path: Path):
    empty = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(empty)
    result = _check(empty)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "not installed: desktop-ocr" in result.stdout


def test_a_virtualenv_without_a_requirement_needs_the_install(tmp_path: Path):
    """The app's metadata alone is not enough: a missing library also means install."""
    partial = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(partial)
    version = "0.0.0"
    site = next(partial.glob("lib/python*/site-packages"))
    info = site / f"desktop_ocr-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: desktop-ocr\nVersion: {version}\n")
    result = _check(partial)
    assert result.returncode == 1
    assert "rapidocr" in result.stdout


def test_the_test_environment_counts_as_installed():
    result = _check(Path(sys.prefix))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "requirements are installed" in result.stdout
