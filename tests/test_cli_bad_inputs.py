"""Bad inputs through the real command line: each gets a clear error, the batch goes on."""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_ocr.paths import display_path

ROOT = Path(__file__).resolve().parents[1]


def _bad_input_maker():
    """bench/faults.py generates the bad inputs; reuse it rather than copy it."""
    spec = importlib.util.spec_from_file_location("bench_faults", ROOT / "bench" / "faults.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module.make_bad_inputs


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory) -> list[tuple[str, Path, bool]]:
    return _bad_input_maker()(tmp_path_factory.mktemp("bad"))


def test_every_bad_input_is_reported_and_the_batch_goes_on(bad_inputs, tmp_path):
    out = tmp_path / "out.json"
    paths = [str(path) for _, path, _ in bad_inputs]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = subprocess.run(
        [sys.executable, "-m", "desktop_ocr", "recognize", "--type", "ghana_card",
         "-o", str(out), *paths],
        capture_output=True, text=True, timeout=300, env=dict(os.environ),
    )
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    records = json.loads(out.read_text(encoding="utf-8"))
    by_source = {r["source"]: r for r in records}
    # one record per input, none lost; a GBK name is shown with its bad bytes as "�"
    assert set(by_source) == {display_path(p) for p in paths}
    for label, path, loads in bad_inputs:
        record = by_source[display_path(path)]
        if loads:
            # A readable file with no card on it: loaded fine, so any error is the engine's.
            assert record["error"] is None or not record["error"]["code"].startswith("image.")
        else:
            assert record["error"] is not None, label
            assert record["error"]["code"].startswith("image."), (label, record["error"])
            assert len(record["error"]["message"]) > 10, label
    # The 30000x30000 PNG and the 300-page PDF were refused without a memory spike.
    assert max(before, peak_kb) < 1_500_000


def test_export_into_missing_folder_is_a_clear_error(tmp_path, capsys):
    from desktop_ocr import cli

    records = tmp_path / "records.json"
    records.write_text(json.dumps([{"source": "a.jpg", "document_type": "ghana_voter",
                                    "fields": {"surname": {"value": "MENSAH"}}}]),
                       encoding="utf-8")
    target = tmp_path / "no such folder" / "out.xlsx"
    assert cli.main(["export", str(records), "--format", "xlsx", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "export.folder_missing" in err
    assert not target.parent.exists()
