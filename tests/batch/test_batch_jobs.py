"""``recognize --jobs``/``--cluster``/``--resume`` end to end: real engine, real processes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
BASE = [sys.executable, "-m", "desktop_ocr", "recognize"]


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_two_jobs_write_json_lines_in_input_order_then_resume_skips_them(
        doc_folder: Path, tmp_path: Path, cli_env):
    folder = tmp_path / "docs"
    shutil.copytree(doc_folder, folder)
    out = tmp_path / "out.jsonl"
    run = subprocess.run([*BASE, "--jobs", "2", "--format", "jsonl", "-o", str(out),
                          str(folder)], capture_output=True, text=True, env=cli_env,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    lines = _lines(out)
    assert [Path(d["source"]).name for d in lines] == sorted(p.name for p in folder.iterdir())
    assert [d["document_type"] for d in lines] == [
        "birth_certificate", "ghana_card", "ghana_voter"]
    assert all(len(d["sha256"]) == 64 and d["error"] is None for d in lines)

    # One file replaced under the same name, one added: only those two are read again.
    shutil.copy(folder / "01-ghana_card.jpg", folder / "02-ghana_voter.jpg")
    shutil.copy(folder / "00-birth_certificate.jpg", folder / "03-new.jpg")
    again = subprocess.run([*BASE, "--format", "jsonl", "--resume", "-o", str(out),
                            str(folder)], capture_output=True, text=True, env=cli_env,
                           timeout=300)
    assert again.returncode == 0, again.stderr
    assert "2 documents already in" in again.stderr
    added = _lines(out)[3:]
    assert [(Path(d["source"]).name, d["document_type"]) for d in added] == [
        ("02-ghana_voter.jpg", "ghana_card"), ("03-new.jpg", "birth_certificate")]


def test_ctrl_c_keeps_every_line_written_and_resume_skips_them(doc_folder: Path,
                                                              tmp_path: Path, cli_env):
    folder = tmp_path / "docs"
    folder.mkdir()
    for copy in range(2):  # six inputs: the interrupt lands well before the end
        for doc in sorted(doc_folder.iterdir()):
            shutil.copy(doc, folder / f"{copy}-{doc.name}")
    out = tmp_path / "out.jsonl"
    # A runner started in the background may have SIGINT ignored, which a child inherits
    # (and Python then keeps): Ctrl+C of a terminal is what is simulated, so restore it.
    proc = subprocess.Popen([*BASE, "--format", "jsonl", "-o", str(out), str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=cli_env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and (not out.exists() or not out.read_text()):
        time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1 and "interrupted" in err and "--resume" in err
    written = _lines(out)  # every line is whole JSON
    assert 1 <= len(written) < 6
    from desktop_ocr.batch.runner import pending_inputs

    files = sorted(str(p) for p in folder.iterdir())
    todo, skipped = pending_inputs(files, str(out), True, open(os.devnull, "w"))  # noqa: SIM115
    assert skipped == len(written)
    assert sorted(todo) == sorted(set(files) - {d["source"] for d in written})


def _running(processes: list) -> list:
    """Those still running (a zombie waiting for a reaper has ended)."""
    import psutil

    alive = []
    for process in processes:
        try:
            if process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                alive.append(process)
        except psutil.NoSuchProcess:
            pass
    return alive


def test_sigterm_stops_a_jobs_run_like_ctrl_c_and_leaves_no_process_behind(
        doc_folder: Path, tmp_path: Path, cli_env):
    import psutil

    folder = tmp_path / "docs"
    folder.mkdir()
    for copy in range(2):
        for doc in sorted(doc_folder.iterdir()):
            shutil.copy(doc, folder / f"{copy}-{doc.name}")
    out = tmp_path / "out.jsonl"
    # SIGTERM to the parent alone, as `kill PID` or a service manager's stop sends it.
    proc = subprocess.Popen([*BASE, "--jobs", "2", "--format", "jsonl", "-o", str(out),
                             str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=cli_env)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and (not out.exists() or not out.read_text()):
        time.sleep(0.1)
    children = psutil.Process(proc.pid).children(recursive=True)
    assert len(children) >= 2  # the two workers (and multiprocessing's resource tracker)
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=120)
        deadline = time.monotonic() + 15
        while _running(children) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = _running(children)
    finally:
        for process in _running(children):  # never leave them to the next test
            process.kill()
    assert proc.returncode == 1 and "interrupted" in err and "--resume" in err, err
    assert left == []
    written = _lines(out)  # every line is whole JSON
    assert 1 <= len(written) < 6


def test_local_dask_cluster_reads_the_same_records(doc_folder: Path, tmp_path: Path, cli_env):
    pytest.importorskip("distributed")
    out = tmp_path / "cluster.jsonl"
    files = sorted(str(p) for p in doc_folder.iterdir())[:2]
    run = subprocess.run([*BASE, "--cluster", "auto", "--jobs", "2", "--format", "jsonl",
                          "-o", str(out), *files], capture_output=True, text=True,
                         env=cli_env, timeout=300)
    assert run.returncode == 0, run.stderr
    assert [(d["source"], d["document_type"]) for d in _lines(out)] == [
        (files[0], "birth_certificate"), (files[1], "ghana_card")]
