"""``desktop-ocr serve`` as an office runs it: configuration, banner, restarts, workers."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from cloud_fakes import card_image
from server_helpers import BIRTH, IDCARD, TOKEN

from desktop_ocr.backends import sm_crypto
from desktop_ocr.config import apply_environment
from desktop_ocr.settings_store import default_settings

FAKES = str(Path(__file__).parents[1] / "backends" / "cloud")
SERVE_SCRIPT = """
import argparse, sys
sys.path.insert(0, {fakes!r})
from cloud_fakes import ScriptedRecognizer
from desktop_ocr.backends import registry
from desktop_ocr.server import add_serve_arguments, run_serve
registry.register("scripted", lambda settings: ScriptedRecognizer(auto_type="birth_certificate"))
parser = argparse.ArgumentParser()
add_serve_arguments(parser)
sys.exit(run_serve(parser.parse_args(sys.argv[1:])))
"""


class Served:
    """A ``serve`` process and what it printed before serving."""

    def __init__(self, args: list[str], home: Path, *, script: bool = True) -> None:
        env = dict(os.environ, PYTHONUNBUFFERED="1", DESKTOP_OCR_HOME=str(home))
        cmd = ([sys.executable, "-c", SERVE_SCRIPT.format(fakes=FAKES)] if script
               else [sys.executable, "-m", "desktop_ocr", "serve"])
        self.proc = subprocess.Popen([*cmd, "--port", "0", *args], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=env)
        lines: list[str] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if line.startswith("Press Ctrl+C"):
                break
        self.banner = "".join(lines)
        assert "listening on http://127.0.0.1:" in self.banner, (
            self.banner + self.proc.stderr.read() if self.proc.poll() is not None else "")
        self.url = self.banner.split("listening on ", 1)[1].split()[0]
        self.exports = dict(ln.strip()[len("export "):].split("=", 1) for ln in lines
                            if ln.strip().startswith("export ") and "<" not in ln)

    def stop(self) -> tuple[int, str]:
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(30)
        return code, self.proc.stderr.read()


def _login(url: str, exports: dict[str, str]) -> str:
    secret = sm_crypto.sm2_encrypt(exports["DESKTOP_OCR_CLOUDWALK_SM2_PUBLIC_KEY"],
                                   exports["DESKTOP_OCR_CLOUDWALK_APP_SECRET"].encode())
    r = requests.post(url + TOKEN, data={"clientId": exports["DESKTOP_OCR_CLOUDWALK_APP_KEY"],
                                         "clientSecret": secret.hex(), "scope": "scope"},
                      timeout=10)
    assert r.status_code == 200
    return r.json()["access_token"]


def test_first_start_creates_the_configuration_and_shows_it_once(tmp_path):
    config = tmp_path / "server.json"
    first = Served(["--backend", "scripted", "--config", str(config)], tmp_path / "home")
    try:
        assert "New credentials were created" in first.banner
        secret = first.exports["DESKTOP_OCR_ACCUAUTH_API_SECRET"]
        settings = apply_environment(default_settings(), first.exports)
        from desktop_ocr.backends.registry import create_recognizer
        from desktop_ocr.imaging.load import load_pages

        card = tmp_path / "card.jpg"
        card.write_bytes(card_image())
        (page,) = load_pages(card)
        rec = create_recognizer("cloudwalk", settings).recognize(page)
        assert rec.backend == "cloudwalk" and rec.document_type == "birth_certificate"
        token = _login(first.url, first.exports)
    finally:
        code, stderr = first.stop()
    assert code == 0
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    stored = config.read_text()
    assert secret not in stored and first.exports["DESKTOP_OCR_CLOUDWALK_APP_SECRET"] not in stored
    assert json.loads(stored)["api_id"] == first.exports["DESKTOP_OCR_ACCUAUTH_API_ID"]
    assert '"POST /ai-cloud-face/ocr/v2/birthCertificate" 200' in stderr  # access log
    logs = "".join(p.read_text() for p in (tmp_path / "home").rglob("*.log"))
    assert secret not in stderr + logs and token not in stderr + logs

    second = Served(["--backend", "scripted", "--config", str(config)], tmp_path / "home")
    try:
        assert "New credentials" not in second.banner
        assert secret not in second.banner  # shown once
        assert second.exports["DESKTOP_OCR_ACCUAUTH_API_ID"] == \
            first.exports["DESKTOP_OCR_ACCUAUTH_API_ID"]
        # The token of the first run is still valid after the restart (signed, not stored).
        r = requests.post(second.url + BIRTH, headers={"Authorization": f"Bearer {token}"},
                          json={"img": __import__("base64").b64encode(card_image()).decode()},
                          timeout=10)
        assert r.status_code == 200 and r.json()["code"] == "00000000"
    finally:
        assert second.stop()[0] == 0

    shown = subprocess.run(
        [sys.executable, "-m", "desktop_ocr", "serve", "--config", str(config),
         "--show-credentials"], capture_output=True, text=True, timeout=60,
        env=dict(os.environ, DESKTOP_OCR_HOME=str(tmp_path / "home")))
    assert shown.returncode == 0 and secret in shown.stdout


def test_unreadable_configuration_is_a_clear_error(tmp_path):
    config = tmp_path / "server.json"
    config.write_text("{not json")
    out = subprocess.run([sys.executable, "-m", "desktop_ocr", "serve", "--config", str(config),
                          "--port", "0"], capture_output=True, text=True, timeout=60,
                         env=dict(os.environ, DESKTOP_OCR_HOME=str(tmp_path / "home")))
    assert out.returncode == 2 and "server.config_invalid" in out.stderr


@pytest.mark.slow
def test_two_workers_serve_the_offline_engine(tmp_path, make_card):
    served = Served(["--workers", "2", "--config", str(tmp_path / "server.json")],
                    tmp_path / "home", script=False)
    try:
        assert "2 workers" in served.banner
        import psutil

        deadline = time.monotonic() + 60
        while len(psutil.Process(served.proc.pid).children()) < 2:
            assert time.monotonic() < deadline
            time.sleep(0.2)
        headers = {"X-DF-API-ID": served.exports["DESKTOP_OCR_ACCUAUTH_API_ID"],
                   "X-DF-API-SECRET": _secret_from_show(tmp_path)}
        r = requests.post(served.url + IDCARD, headers=headers,
                          files={"file": ("card.jpg", make_card)}, timeout=120)
        assert r.status_code == 200, r.text
        assert r.json()["results"][0]["card_type"] == "ID"
    finally:
        code, stderr = served.stop()
    assert code == 0
    # The engine's warm-up on a blank page is no failure to report.
    assert "recognition failed" not in stderr


def test_show_credentials_gives_the_address_the_server_listens_on(tmp_path):
    config = tmp_path / "server.json"
    served = Served(["--backend", "scripted", "--config", str(config)], tmp_path / "home")

    def shown_url() -> str:
        out = subprocess.run(
            [sys.executable, "-m", "desktop_ocr", "serve", "--config", str(config),
             "--show-credentials"], capture_output=True, text=True, timeout=60,
            env=dict(os.environ, DESKTOP_OCR_HOME=str(tmp_path / "home"))).stdout
        line = next(ln for ln in out.splitlines() if "ACCUAUTH_URL=" in ln)
        return line.split("=", 1)[1].strip()

    try:
        assert not served.url.endswith(":8080")  # --port 0: a free port
        assert shown_url() == served.url
    finally:
        assert served.stop()[0] == 0
    assert shown_url() == "http://127.0.0.1:8080"  # stopped: the default again


def _secret_from_show(tmp_path: Path) -> str:
    shown = subprocess.run(
        [sys.executable, "-m", "desktop_ocr", "serve", "--config", str(tmp_path / "server.json"),
         "--show-credentials"], capture_output=True, text=True, timeout=60,
        env=dict(os.environ, DESKTOP_OCR_HOME=str(tmp_path / "home")))
    line = next(ln for ln in shown.stdout.splitlines() if "ACCUAUTH_API_SECRET=" in ln)
    return line.split("=", 1)[1].strip().strip("'")


@pytest.fixture(scope="module")
def make_card(tmp_path_factory) -> bytes:
    from desktop_ocr.synthetic import generate, save

    path = save(generate("ghana_card", 3, "scan"), tmp_path_factory.mktemp("cards") / "c.jpg")
    return path.read_bytes()
