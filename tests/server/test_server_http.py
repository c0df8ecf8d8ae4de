"""Standard server behaviour over raw HTTP: errors, limits, chunked bodies, load, logs."""

from __future__ import annotations

import base64
import http.client
import json
import logging
import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from cloud_fakes import ScriptedRecognizer, card_image
from server_helpers import BIRTH, IDCARD, TOKEN, accuauth_headers, bearer, login

from desktop_ocr.server import VendorServer


@pytest.mark.parametrize("method", ["HEAD", "DELETE", "OPTIONS", "PATCH", "PUT", "GET"])
@pytest.mark.parametrize("path", [IDCARD, BIRTH, TOKEN])
def test_wrong_method_is_405_with_allow_and_json(server, method, path):
    r = requests.request(method, server.url + path, timeout=5)
    assert r.status_code == 405
    assert r.headers["Allow"] == "POST"
    if method != "HEAD":
        assert r.headers["Content-Type"].startswith("application/json")
        body = r.json()
        assert {"IDCARD": "status", "BIRTH": "code", "TOKEN": "error"}[
            {IDCARD: "IDCARD", BIRTH: "BIRTH", TOKEN: "TOKEN"}[path]] in body


def test_unknown_path_is_json_not_found_for_every_method(server):
    for method in ("GET", "POST", "DELETE"):
        r = requests.request(method, server.url + "/nope/ocr", timeout=5)
        assert r.status_code == 404 and r.json()["status"] == "NOT_FOUND"


def test_every_route_refuses_without_credentials(server, recognizer):
    recognizer.auto_type = "birth_certificate"
    img = base64.b64encode(card_image()).decode()
    for headers in ({}, {"Authorization": "Bearer made-up"},
                    {"Authorization": "Bearer " + "e30.AAAA"}):
        r = requests.post(server.url + BIRTH, json={"img": img}, headers=headers, timeout=5)
        assert r.status_code == 401 and r.json()["error"] == "invalid_token"
        assert "data" not in r.json()
    r = requests.post(server.url + IDCARD, files={"file": ("c.jpg", card_image())}, timeout=5)
    assert r.status_code == 401 and r.json()["status"] == "UNAUTHORIZED"
    assert recognizer.calls == []  # nothing was recognised for anybody
    ok = requests.post(server.url + BIRTH, json={"img": img}, headers=bearer(server), timeout=5)
    assert ok.json()["code"] == "00000000"


def test_token_from_an_expired_or_other_server_is_refused(server, recognizer):
    recognizer.auto_type = "birth_certificate"
    token = login(server)
    with VendorServer(ScriptedRecognizer()) as other:
        stranger = login(other)
    img = base64.b64encode(card_image()).decode()
    r = requests.post(server.url + BIRTH, json={"img": img},
                      headers={"Authorization": f"Bearer {stranger}"}, timeout=5)
    assert r.status_code == 401
    server.expire_tokens()
    r = requests.post(server.url + BIRTH, json={"img": img},
                      headers={"Authorization": f"Bearer {token}"}, timeout=5)
    assert r.status_code == 401


def test_oversized_bodies_are_answered_in_each_routes_shape(server):
    big = os.urandom(13 * 1024 * 1024)
    cw = requests.post(server.url + BIRTH, data=big, headers={
        **bearer(server), "Content-Type": "application/json"}, timeout=30)
    assert cw.status_code == 413 and cw.json()["code"] == "50028103"
    aa = requests.post(server.url + IDCARD, headers=accuauth_headers(server),
                       files={"file": ("big.jpg", big)}, timeout=30)
    assert aa.status_code == 413 and aa.json()["status"] == "INVALID_ARGUMENT"
    assert "5MB" in aa.json()["reason"]
    tk = requests.post(server.url + TOKEN, data=b"x" * 100_000, timeout=30)
    assert tk.status_code == 413 and tk.json()["error"] == "invalid_request"


def _raw_chunked(port: int, path: str, headers: dict[str, str], body: bytes,
                 then_get: str) -> list[tuple[int, bytes]]:
    """Send ``body`` chunked, then a second request on the same connection."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    chunks = [body[i:i + 7000] for i in range(0, len(body), 7000)]
    conn.request("POST", path, body=iter(chunks), headers=headers, encode_chunked=True)
    first = conn.getresponse()
    out = [(first.status, first.read())]
    conn.request("GET", then_get)
    second = conn.getresponse()
    out.append((second.status, second.read()))
    conn.close()
    return out


def test_chunked_upload_is_read_and_the_connection_stays_usable(server):
    boundary = "b0undary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename=\"c.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").encode() \
        + card_image() + f"\r\n--{boundary}--\r\n".encode()
    headers = {**accuauth_headers(server),
               "Content-Type": f"multipart/form-data; boundary={boundary}"}
    (status, data), (status2, _) = _raw_chunked(server.port, IDCARD, headers, body,
                                                 "/openapi.json")
    assert status == 200 and json.loads(data)["status"] == "OK"
    assert status2 == 200  # the next request on the connection is answered normally


def test_busy_worker_answers_retry_after_instead_of_queueing_forever():
    slow = ScriptedRecognizer()
    release = threading.Event()
    original = slow.recognize

    def blocking(page, document_type="auto", cancel=None):
        release.wait(10)
        return original(page, document_type, cancel)

    slow.recognize = blocking  # type: ignore[method-assign]
    with VendorServer(slow, max_waiting=1) as srv:
        headers = accuauth_headers(srv)
        post = lambda: requests.post(srv.url + IDCARD, headers=headers,  # noqa: E731
                                     files={"file": ("c.jpg", card_image())}, timeout=20)
        with ThreadPoolExecutor(1) as pool:
            first = pool.submit(post)
            deadline = time.monotonic() + 5
            while not srv.engine.in_hand and time.monotonic() < deadline:
                time.sleep(0.02)
            busy = post()
            cw_busy = requests.post(srv.url + BIRTH, headers=bearer(srv),
                                    json={"img": base64.b64encode(card_image()).decode()},
                                    timeout=20)
            release.set()
            assert first.result().json()["status"] == "OK"
    assert busy.status_code == 403 and busy.json()["status"] == "RATE_LIMIT_EXCEEDED"
    assert int(busy.headers["Retry-After"]) >= 1
    assert cw_busy.status_code == 503 and int(cw_busy.headers["Retry-After"]) >= 1


def test_fifty_parallel_connections_are_all_answered(server):
    headers = accuauth_headers(server)

    def post(_: int) -> int:
        try:
            return requests.post(server.url + IDCARD, headers=headers, timeout=30,
                                 files={"file": ("c.jpg", card_image())}).status_code
        except requests.ConnectionError:
            return -1

    with ThreadPoolExecutor(50) as pool:
        statuses = list(pool.map(post, range(100)))
    assert statuses == [200] * 100


def test_access_log_has_one_masked_line_per_request(server, caplog):
    caplog.set_level(logging.INFO, logger="desktop_ocr.server.access")
    requests.post(server.url + IDCARD, headers=accuauth_headers(server),
                  files={"file": ("c.jpg", card_image())}, timeout=5)
    requests.post(server.url + IDCARD + "?id=330106202001011234&token=abcdefgh12345",
                  timeout=5)
    deadline = time.monotonic() + 5  # the line is written just after the answer is sent
    while True:
        lines = [r.getMessage() for r in caplog.records
                 if r.name == "desktop_ocr.server.access"]
        if len(lines) >= 2 or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    assert len(lines) == 2
    assert '"POST /ocr/idcard" 200' in lines[0] and "request_id=TID" in lines[0]
    assert " 401 " in lines[1]
    text = "\n".join(lines)
    assert server.api_secret not in text and "330106202001011234" not in text
    assert "abcdefgh12345" not in text


def test_nothing_of_a_request_is_kept_unless_recording(recognizer):
    with VendorServer(recognizer) as srv:
        requests.post(srv.url + IDCARD, headers=accuauth_headers(srv),
                      files={"file": ("c.jpg", card_image())}, timeout=5)
        assert srv.requests == []


def test_dropped_connection_fault_cuts_the_socket(server):
    server.faults.drop(route="accuauth")
    with pytest.raises(requests.ConnectionError):
        requests.post(server.url + IDCARD, headers=accuauth_headers(server),
                      files={"file": ("c.jpg", card_image())}, timeout=5)
    assert server.requests[-1].answered == 0


def test_slowloris_client_does_not_block_others(server):
    sock = socket.create_connection(("127.0.0.1", server.port))
    sock.sendall(b"POST /ocr/idcard HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\nabc")
    try:
        r = requests.post(server.url + IDCARD, headers=accuauth_headers(server),
                          files={"file": ("c.jpg", card_image())}, timeout=5)
        assert r.status_code == 200
    finally:
        sock.close()


def test_a_token_from_one_worker_is_accepted_by_another():
    """Two processes built from one configuration (as serve --workers N): no shared store."""
    from desktop_ocr.server import ServerConfig

    config = ServerConfig.generate()
    with VendorServer(ScriptedRecognizer(auto_type="birth_certificate"), config=config) as one, \
            VendorServer(ScriptedRecognizer(auto_type="birth_certificate"), config=config) as two:
        token = login(one)
        r = requests.post(two.url + BIRTH, headers={"Authorization": f"Bearer {token}"},
                          json={"img": base64.b64encode(card_image()).decode()}, timeout=10)
    assert r.status_code == 200 and r.json()["code"] == "00000000"


def test_access_log_masks_percent_encoded_and_birth_certificate_numbers(server, caplog):
    caplog.set_level(logging.INFO, logger="desktop_ocr.server.access")
    requests.post(server.url + IDCARD + "?q=%47HA-584474281-6&bc=N158084930&x=%0Aforged",
                  timeout=5)
    deadline = time.monotonic() + 5
    while True:
        lines = [r.getMessage() for r in caplog.records
                 if r.name == "desktop_ocr.server.access"]
        if lines or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    assert len(lines) == 1 and "\n" not in lines[0]
    assert "584474281" not in lines[0] and "158084930" not in lines[0]
    assert "GHA-58*******-6" in lines[0] and "N1******30" in lines[0]
