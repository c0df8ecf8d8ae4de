"""JSON Lines output and --resume bookkeeping, without OCR (fast)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_ocr.batch.jsonl import JsonlWriter, load_done
from desktop_ocr.batch.runner import pending_inputs
from desktop_ocr.batch.worker import file_sha256
from desktop_ocr.documents.record import Record


def _records(source: str, pages: int) -> list[Record]:
    out = []
    for page in range(1, pages + 1):
        record = Record.empty(source, "ghana_card", "offline")
        record.page = page if pages > 1 else None
        out.append(record)
    return out


def test_each_input_is_one_flushed_write_and_resume_repairs_a_torn_tail(tmp_path: Path):
    out = tmp_path / "out.jsonl"
    writer = JsonlWriter(str(out))
    writer.write(_records("a.jpg", 1), "aa")
    writer.write(_records("b.pdf", 3), "bb")
    # flushed: readable before close, as a crash would leave it
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4
    writer.write(_records("c.pdf", 2), "cc")
    writer.close()
    data = out.read_bytes()
    # a power cut in the middle of c.pdf's second page
    out.write_bytes(data[: len(data) - 40])
    done = load_done(out)
    assert set(done) == {("a.jpg", "aa"), ("b.pdf", "bb")}  # c.pdf had one of its two pages
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and all(json.loads(line) for line in lines)
    assert json.loads(lines[1])["pages"] == 3 and json.loads(lines[0])["sha256"] == "aa"


def test_resume_and_existing_output_are_usage_errors_when_misused(tmp_path: Path, cli_env):
    card = tmp_path / "x.jpg"
    card.write_bytes(b"not an image")
    base = [sys.executable, "-m", "desktop_ocr", "recognize"]
    no_jsonl = subprocess.run([*base, "--resume", "-o", str(tmp_path / "o.json"), str(card)],
                              capture_output=True, text=True, env=cli_env, timeout=60)
    assert no_jsonl.returncode == 2 and "--format jsonl -o OUT" in no_jsonl.stderr
    existing = tmp_path / "o.jsonl"
    existing.write_text('{"source": "y.jpg"}\n')
    clobber = subprocess.run([*base, "--format", "jsonl", "-o", str(existing), str(card)],
                             capture_output=True, text=True, env=cli_env, timeout=60)
    assert clobber.returncode == 2 and "--resume" in clobber.stderr
    assert existing.read_text() == '{"source": "y.jpg"}\n'  # a long job's output is kept


def test_resume_skips_a_document_whose_file_name_is_not_utf8(tmp_path: Path):
    # A GBK name (unpacked from a zip made on a Chinese Windows machine): Python holds
    # its undecodable bytes as surrogates; the line stores them as U+FFFD.
    name = os.fsdecode("选民卡".encode("gbk") + b".jpg")
    card = tmp_path / name
    card.write_bytes(b"scan bytes")
    other = tmp_path / "other.jpg"
    other.write_bytes(b"other bytes")
    out = tmp_path / "out.jsonl"
    writer = JsonlWriter(str(out))
    writer.write(_records(str(card), 1), file_sha256(str(card)))
    writer.close()
    assert "\ufffd" in out.read_text(encoding="utf-8")
    err = io.StringIO()
    todo, skipped = pending_inputs([str(card), str(other)], str(out), True, err)
    assert (todo, skipped) == ([str(other)], 1)
    assert f"resume: 1 document already in {out}" in err.getvalue()
    # The same damaged name with other content is read again.
    card.write_bytes(b"another scan")
    assert pending_inputs([str(card)], str(out), True, io.StringIO()) == ([str(card)], 0)
