"""Faults injected between the real cloud clients and the loopback vendor server.

Why: a clerk's batch must survive a flaky network or vendor: every fault ends in
either a success after a safe retry or a typed error with a clear message, and
the next document of the batch still goes through.  Prints one row per fault.

Run: ``.venv/bin/python bench/network_faults.py`` (also section 4 of faults.py).
The offline engine recognises behind the server, on generated documents.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from desktop_ocr.backends.accuauth import create as create_accuauth
from desktop_ocr.backends.cloudwalk import create as create_cloudwalk
from desktop_ocr.config import TransportSettings
from desktop_ocr.errors import OcrError
from desktop_ocr.imaging.types import PageImage
from desktop_ocr.server import VendorServer
from desktop_ocr.synthetic import generate

TRANSPORT = TransportSettings(connect_timeout=1.0, read_timeout=30.0, retries=2, backoff=0.05)
# For the slow-answer fault only: a client that gives up after one second.
IMPATIENT = TransportSettings(connect_timeout=1.0, read_timeout=1.0, retries=2, backoff=0.05)


@dataclass
class Outcome:
    fault: str
    result: str  # "recovered" (retry then success) or the typed error code
    next_ok: bool  # the following, normal document went through
    seconds: float

    @property
    def survived(self) -> bool:
        return self.next_ok and not self.result.startswith("UNTYPED")


def _page(document_type: str) -> PageImage:
    doc = generate(document_type, seed=11)
    return PageImage(image=doc.image, source=f"{document_type}.png")


def _attempt(recognizer, page: PageImage, document_type: str) -> str:  # type: ignore[no-untyped-def]
    try:
        record = recognizer.recognize(page, document_type)
    except OcrError as exc:
        return exc.code
    except Exception as exc:  # what this bench exists to catch
        return f"UNTYPED {type(exc).__name__}"
    return "recovered" if record.document_type == document_type else "wrong type"


def run() -> tuple[list[Outcome], float]:
    server = VendorServer("offline", token_ttl=3600).start()
    settings = server.client_settings(transport=TRANSPORT)
    card, birth = _page("ghana_card"), _page("birth_certificate")
    accuauth = create_accuauth(settings)
    impatient = create_accuauth(server.client_settings(transport=IMPATIENT))
    cloudwalk = create_cloudwalk(settings)
    started = time.perf_counter()
    _attempt(accuauth, card, "ghana_card")  # warm the model up: not a fault
    warm = time.perf_counter() - started

    def expire_key() -> None:
        server.expired_api_ids.add(server.api_id)

    def unexpire_key() -> None:
        server.expired_api_ids.discard(server.api_id)

    scenarios: list[tuple[str, str, Callable[[], object], Callable[[], object]]] = [
        ("slow answer past the read timeout", "impatient",
         lambda: server.faults.delay(3.0, route="accuauth"), lambda: None),
        ("connection reset mid-request", "accuauth",
         lambda: server.faults.drop(route="accuauth"), lambda: None),
        ("503 burst with Retry-After", "accuauth",
         lambda: server.faults.status(503, times=2, route="accuauth", retry_after=0),
         lambda: None),
        ("500 storm (retry budget exhausted)", "accuauth",
         lambda: server.faults.status(500, times=10, route="accuauth",
                                      body={"status": "INTERNAL_ERROR", "reason": "boom"}),
         server.faults.clear),
        ("403 RATE_LIMIT_EXCEEDED x2", "accuauth",
         lambda: server.faults.rate_limit(times=2, retry_after=0), lambda: None),
        ("invalid answer body (HTML)", "accuauth",
         lambda: server.faults.invalid_body(route="accuauth"), lambda: None),
        ("API key expired (401 KEY_EXPIRED)", "accuauth", expire_key, unexpire_key),
        ("CloudWalk token expired server-side", "cloudwalk", server.expire_tokens, lambda: None),
        ("CloudWalk 5xx burst", "cloudwalk",
         lambda: server.faults.status(502, times=2, route="cloudwalk", retry_after=0),
         lambda: None),
        ("CloudWalk invalid envelope", "cloudwalk",
         lambda: server.faults.invalid_body(route="cloudwalk"), lambda: None),
    ]
    outcomes: list[Outcome] = []
    for label, vendor, inject, heal in scenarios:
        recognizer, page, doc_type = {
            "accuauth": (accuauth, card, "ghana_card"),
            "impatient": (impatient, card, "ghana_card"),
            "cloudwalk": (cloudwalk, birth, "birth_certificate"),
        }[vendor]
        inject()
        t0 = time.perf_counter()
        result = _attempt(recognizer, page, doc_type)
        seconds = time.perf_counter() - t0
        heal()
        follower = accuauth if recognizer is impatient else recognizer
        next_ok = _attempt(follower, page, doc_type) == "recovered"
        outcomes.append(Outcome(label, result, next_ok, seconds))
    # A vendor address where nothing listens: connection refused, then the real one works.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]
    dead = create_accuauth(settings.replace(accuauth=replace(
        settings.accuauth, base_url=f"http://127.0.0.1:{dead_port}")))
    t0 = time.perf_counter()
    result = _attempt(dead, card, "ghana_card")
    seconds = time.perf_counter() - t0
    dead.close()
    outcomes.append(Outcome("vendor down (connection refused)", result,
                            _attempt(accuauth, card, "ghana_card") == "recovered", seconds))
    server.stop()
    for client in (accuauth, impatient, cloudwalk):
        client.close()
    return outcomes, warm


def table(outcomes: list[Outcome]) -> list[str]:
    rows = [f"  {'fault':<38} {'result':<28} {'next doc':<9} {'s':>5}"]
    for o in outcomes:
        rows.append(f"  {o.fault:<38} {o.result:<28} {'ok' if o.next_ok else 'FAILED':<9} "
                    f"{o.seconds:5.2f}")
    survived = sum(o.survived for o in outcomes)
    rows.append(f"  network faults injected / survived:  {len(outcomes)} / {survived}")
    return rows


def main() -> int:
    outcomes, warm = run()
    print(f"(model warm-up behind the server: {warm:.1f} s)")
    for line in table(outcomes):
        print(line)
    return 0 if all(o.survived for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
