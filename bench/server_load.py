"""Load on ``desktop-ocr serve`` over loopback: N clients for a fixed time, 1 and 2 workers.

Prints, per worker count: documents per second, p50/p95 latency, HTTP errors (5xx
separately), busy answers, and reset/refused connections.  Targets (issue 14): 0 resets
and 0 5xx at 50 concurrent clients; 2 workers ≥ 1.7× the documents per second of 1.

Each client loops for ``--seconds``: it posts a generated Ghana card or voter card to
``/ocr/idcard`` (multipart) or a generated birth certificate to the CloudWalk route
(plain body with a token), on its own keep-alive connection.  Only answers that arrive
within the window count; the server is the real one (offline engine, its own
configuration in a temporary folder).  Traffic goes to 127.0.0.1 only, bounded in time.

    .venv/bin/python bench/server_load.py [--clients 50] [--seconds 60] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import base64
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_ocr.backends import sm_crypto  # noqa: E402
from desktop_ocr.synthetic import generate, save  # noqa: E402

IDCARD = "/ocr/idcard"
BIRTH = "/ai-cloud-face/ocr/v2/birthCertificate"


def make_documents(folder: Path, count: int) -> list[tuple[str, bytes]]:
    kinds = ("ghana_card", "ghana_voter", "birth_certificate")
    out = []
    for i in range(count):
        kind = kinds[i % 3]
        path = save(generate(kind, 900 + i, "scan"), folder / f"{kind}-{i}.jpg")
        out.append((kind, path.read_bytes()))
    return out


def start_server(workers: int, home: Path) -> tuple[subprocess.Popen[str], dict[str, str]]:
    env = dict(os.environ, DESKTOP_OCR_HOME=str(home), PYTHONUNBUFFERED="1",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env = {k: v for k, v in env.items() if k != "DESKTOP_OCR_OCR_THREADS"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_ocr", "serve", "--port", "0", "--workers", str(workers),
         "--config", str(home / f"server-{workers}.json")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    exports: dict[str, str] = {}
    url = ""
    for line in proc.stdout:  # type: ignore[union-attr]
        if "listening on " in line:
            url = line.split("listening on ", 1)[1].split()[0]
        if line.strip().startswith("export "):
            name, value = line.strip()[7:].split("=", 1)
            exports[name] = value.strip("'")
        if line.startswith("Press Ctrl+C"):
            break
    exports["url"] = url
    return proc, exports


def token(info: dict[str, str]) -> str:
    secret = sm_crypto.sm2_encrypt(info["DESKTOP_OCR_CLOUDWALK_SM2_PUBLIC_KEY"],
                                   info["DESKTOP_OCR_CLOUDWALK_APP_SECRET"].encode())
    r = requests.post(info["url"] + "/sso/oauth/token", timeout=60, data={
        "clientId": info["DESKTOP_OCR_CLOUDWALK_APP_KEY"], "clientSecret": secret.hex(),
        "scope": "scope"})
    r.raise_for_status()
    return r.json()["access_token"]


def wait_ready(info: dict[str, str], docs: list[tuple[str, bytes]], workers: int) -> None:
    """Every worker has loaded its engine (one warm request per worker, in parallel)."""
    headers = {"X-DF-API-ID": info["DESKTOP_OCR_ACCUAUTH_API_ID"],
               "X-DF-API-SECRET": info["DESKTOP_OCR_ACCUAUTH_API_SECRET"]}
    card = next(data for kind, data in docs if kind == "ghana_card")

    def one() -> None:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                requests.post(info["url"] + IDCARD, headers=headers, timeout=120,
                              files={"file": ("c.jpg", card)}).raise_for_status()
                return
            except requests.RequestException:
                time.sleep(0.5)

    threads = [threading.Thread(target=one) for _ in range(workers * 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def run_load(info: dict[str, str], docs: list[tuple[str, bytes]], clients: int,
             seconds: float) -> dict[str, object]:
    aa = {"X-DF-API-ID": info["DESKTOP_OCR_ACCUAUTH_API_ID"],
          "X-DF-API-SECRET": info["DESKTOP_OCR_ACCUAUTH_API_SECRET"]}
    cw = {"Authorization": f"Bearer {token(info)}"}
    latencies: list[float] = []
    counts = {"ok": 0, "5xx": 0, "4xx": 0, "busy": 0, "resets": 0, "other": 0}
    lock = threading.Lock()
    start = time.monotonic()
    end = start + seconds

    def client(seed: int) -> None:
        rng = random.Random(seed)
        session = requests.Session()
        while time.monotonic() < end:
            kind, data = rng.choice(docs)
            t0 = time.monotonic()
            try:
                if kind == "birth_certificate":
                    r = session.post(info["url"] + BIRTH, headers=cw, timeout=seconds + 300,
                                     json={"img": base64.b64encode(data).decode()})
                else:
                    r = session.post(info["url"] + IDCARD, headers=aa, timeout=seconds + 300,
                                     files={"file": ("d.jpg", data)})
                status = r.status_code
                kind_of = ("ok" if status == 200 else "busy" if status in (503, 403) and
                           "Retry-After" in r.headers else "5xx" if status >= 500 else "4xx")
            except requests.ConnectionError:
                kind_of = "resets"
            except requests.RequestException:
                kind_of = "other"
            t1 = time.monotonic()
            if t1 > end:
                return  # answered after the window: not counted
            with lock:
                counts[kind_of] += 1
                if kind_of == "ok":
                    latencies.append(t1 - t0)

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    time.sleep(seconds + 0.5)
    lat = sorted(latencies)
    return {
        "docs_per_s": counts["ok"] / seconds,
        "p50": statistics.median(lat) if lat else float("nan"),
        "p95": lat[int(0.95 * (len(lat) - 1))] if lat else float("nan"),
        **counts,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--documents", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        docs = make_documents(home, args.documents)
        results = {}
        for workers in args.workers:
            proc, info = start_server(workers, home)
            try:
                wait_ready(info, docs, workers)
                results[workers] = run_load(info, docs, args.clients, args.seconds)
            finally:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    proc.kill()
    print(f"server_load: {args.clients} clients x {args.seconds:.0f} s, {os.cpu_count()} cores, "
          f"offline engine, {args.documents} generated documents (cards, voter cards, "
          "birth certificates)")
    print(f"{'workers':>7} {'docs/s':>7} {'p50 s':>7} {'p95 s':>7} {'ok':>5} {'5xx':>4} "
          f"{'4xx':>4} {'busy':>5} {'resets':>6} {'other':>5}")
    for workers, r in results.items():
        print(f"{workers:>7} {r['docs_per_s']:>7.2f} {r['p50']:>7.2f} {r['p95']:>7.2f} "
              f"{r['ok']:>5} {r['5xx']:>4} {r['4xx']:>4} {r['busy']:>5} {r['resets']:>6} "
              f"{r['other']:>5}")
    if 1 in results and 2 in results and results[1]["docs_per_s"]:
        print(f"speed-up 2 vs 1 worker: {results[2]['docs_per_s'] / results[1]['docs_per_s']:.2f}x"
              " (target >= 1.7x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
