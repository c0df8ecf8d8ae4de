"""No ID document leaves the machine: the offline engine opens no network connection.

Why two tests: onnxruntime ≥ 1.29 sends a usage event *at import* unless
``ORT_DISABLE_TELEMETRY=1`` is set first, which an in-process test (onnxruntime is
already imported by then) cannot see — so a fresh interpreter with every socket
call blocked recognises a document too, and must leave nothing under
``~/.cache/Microsoft``.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def test_recognition_opens_no_connection(recognizer, make_doc, monkeypatch):
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network disabled by test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    doc, page = make_doc("ghana_voter", 71, "scan")
    record = recognizer.recognize(page, "auto")
    assert record.value("voter_id_number") == doc.truth["voter_id_number"]
    assert attempts == []


_CHILD = textwrap.dedent("""
    import json, socket, sys
    attempts = []
    def refuse(*a, **k):
        attempts.append(repr(a)[:200])
        raise OSError("network disabled")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.socket.sendto = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    from desktop_ocr.backends.offline import create
    from desktop_ocr.imaging.load import load_pages
    page = load_pages(sys.argv[1])[0]
    rec = create(None).recognize(page, "auto")
    # Native code (onnxruntime's telemetry is C++) bypasses Python's socket module:
    # list the process's own internet sockets from /proc as well.
    import os
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    native = []
    for table in ("tcp", "tcp6", "udp", "udp6"):
        try:
            rows = open(f"/proc/self/net/{table}").read().splitlines()[1:]
        except OSError:
            continue
        native += [r for r in rows if r.split()[9] in inodes]
    print(json.dumps({"type": rec.document_type, "surname": rec.value("surname"),
                      "attempts": attempts, "native": native}))
""")


def test_fresh_process_with_network_blocked_recognises_and_phones_nobody(make_doc, tmp_path):
    doc, page = make_doc("ghana_card", 72, "scan")
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"),
               http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9")
    out = subprocess.run([sys.executable, "-c", _CHILD, page.source], env=env,
                         capture_output=True, text=True, timeout=120, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["type"] == "ghana_card"
    assert result["surname"] == doc.truth["surname"]
    assert result["attempts"] == []
    assert result["native"] == []
    assert not (Path(home) / ".cache" / "Microsoft").exists()
