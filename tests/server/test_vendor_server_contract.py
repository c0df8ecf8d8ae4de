"""The local server answers raw HTTP exactly as the two API documents describe."""

from __future__ import annotations

import base64
import io
import json
import os
import subprocess
import sys

import requests
from cloud_fakes import BIRTH_SAMPLE, card_image
from PIL import Image
from server_helpers import bearer

from desktop_ocr.backends import sm_crypto

IDCARD = "/ocr/idcard"
BIRTH = "/ai-cloud-face/ocr/v2/birthCertificate"
TOKEN = "/sso/oauth/token"


def auth(server) -> dict[str, str]:
    return {"X-DF-API-ID": server.api_id, "X-DF-API-SECRET": server.api_secret}


def test_idcard_ok_shape(server):
    r = requests.post(server.url + IDCARD, headers=auth(server),
                      files={"file": ("c.jpg", card_image(), "image/jpeg")}, timeout=5)
    body = r.json()
    assert r.status_code == 200 and body["status"] == "OK"
    assert body["request_id"].startswith("TID")
    (card,) = body["results"]
    assert card["card_type"] == "ID" and card["card_side"] == "front"
    assert set(card["card_info"]) == {
        "id_number", "document_number", "first_name", "middle_name", "surname",
        "previous_name", "birthday", "birthday_s", "gender", "height", "issue_date",
        "issue_date_s", "expiry_date", "expiry_date_s", "place_of_issue", "nationality"}


def test_idcard_missing_image_is_documented_invalid_argument(server):
    r = requests.post(server.url + IDCARD, headers=auth(server), data={"x": "1"}, timeout=5)
    assert r.status_code == 400
    body = r.json()
    assert body["status"] == "INVALID_ARGUMENT"
    assert body["reason"] == "must specify 'file' or 'image_base64' argument"
    assert body["request_id"].startswith("TID")


def test_idcard_credentials_checked(server):
    for headers in ({}, {"X-DF-API-ID": server.api_id, "X-DF-API-SECRET": "nope"}):
        r = requests.post(server.url + IDCARD, headers=headers,
                          files={"file": ("c.jpg", card_image(), "image/jpeg")}, timeout=5)
        assert r.status_code == 401 and r.json()["status"] == "UNAUTHORIZED"


def test_idcard_limits(server):
    def post(data: bytes) -> requests.Response:
        return requests.post(server.url + IDCARD, headers=auth(server),
                             files={"file": ("x", data, "application/octet-stream")}, timeout=10)

    small = post(card_image((100, 100)))
    assert small.status_code == 400 and "128x128" in small.json()["reason"]
    buf = io.BytesIO()
    Image.new("RGB", (300, 300)).save(buf, "GIF")
    gif = post(buf.getvalue())
    assert gif.status_code == 400 and "JPG, PNG or PDF" in gif.json()["reason"]
    big = post(os.urandom(5 * 1024 * 1024 + 10))
    assert big.status_code == 400 and "5MB" in big.json()["reason"]
    pdf = io.BytesIO()
    Image.open(io.BytesIO(card_image())).save(pdf, "PDF", resolution=72)
    assert post(pdf.getvalue()).json()["status"] == "OK"


def test_idcard_image_base64_form(server):
    b64 = base64.b64encode(card_image(fmt="PNG")).decode()
    r = requests.post(server.url + IDCARD, headers=auth(server), data={"image_base64": b64},
                      timeout=5)
    assert r.json()["status"] == "OK"
    bad = requests.post(server.url + IDCARD, headers=auth(server),
                        data={"image_base64": "%%%"}, timeout=5)
    assert bad.status_code == 400 and bad.json()["status"] == "INVALID_ARGUMENT"


def test_unknown_route_is_not_found(server):
    r = requests.post(server.url + "/ocr/passport", timeout=5)
    assert r.status_code == 404 and r.json()["status"] == "NOT_FOUND"
    wrong_method = requests.get(server.url + IDCARD, timeout=5)
    assert wrong_method.status_code == 405 and wrong_method.headers["Allow"] == "POST"
    assert wrong_method.json()["status"] == "NOT_FOUND"  # AccuAuth's shape on its path


def test_birth_certificate_plain_codes(server, recognizer):
    recognizer.auto_type = "birth_certificate"
    headers = bearer(server)

    def post(body: object) -> dict:
        return requests.post(server.url + BIRTH, json=body, headers=headers, timeout=10).json()

    ok = post({"img": base64.b64encode(card_image()).decode(), "busFlowId": "B1"})
    assert ok["code"] == "00000000" and ok["message"] == "请求成功"
    assert ok["data"]["busFlowId"] == "B1" and ok["data"]["babyName"] == BIRTH_SAMPLE["babyName"]
    assert list(ok["data"])[:2] == ["flowId", "busFlowId"]
    assert post({"img": ""})["code"] == "50028100"
    assert post({"img": "not base64!"})["code"] == "50028104"
    assert post({"img": base64.b64encode(b"not an image").decode()})["code"] == "50028104"
    huge = base64.b64encode(os.urandom(3 * 1024 * 1024)).decode()
    assert post({"img": huge, "busFlowId": "B2"})["code"] == "50028103"


def test_token_route(server):
    secret = sm_crypto.sm2_encrypt(server.keys.sm2_public_key, server.app_secret.encode())
    r = requests.post(server.url + TOKEN, data={"clientId": server.app_key,
                                                "clientSecret": secret.hex(), "scope": "scope"},
                      timeout=5)
    body = r.json()
    assert r.status_code == 200 and body["token_type"] == "bearer"
    assert body["expires_in"] == 12 * 3600 and body["access_token"]
    wrong = requests.post(server.url + TOKEN, data={"clientId": server.app_key,
                                                    "clientSecret": "00", "scope": "scope"},
                          timeout=5)
    assert wrong.status_code == 401 and wrong.json()["error"] == "invalid_client"
    sealed = requests.post(server.url + BIRTH, json={"contentCipher": "00"}, timeout=5)
    assert sealed.status_code == 401 and sealed.json()["error"] == "invalid_token"


def test_cli_recognize_against_served_accuauth(server, tmp_path):
    """``desktop-ocr recognize --backend accuauth`` from a shell, configured by env only."""
    card = tmp_path / "card.jpg"
    card.write_bytes(card_image())
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKTOP_OCR_")}
    env.update(server.client_env(), DESKTOP_OCR_HOME=str(tmp_path / "home"))
    out = subprocess.run([sys.executable, "-m", "desktop_ocr", "recognize", "--backend",
                          "accuauth", str(card)], capture_output=True, text=True, env=env,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    records = data if isinstance(data, list) else data.get("records", [data])
    assert records[0]["document_type"] == "ghana_card"
    assert records[0]["fields"]["surname"]["value"] == "ADJOL"
    assert records[0]["error"] is None


def test_idcard_a_back_side_alone_says_it_is_the_back(server, recognizer, monkeypatch):
    """The vendor reads fronts; a back read from its machine-readable zone (issue 15)
    answers with its fields but ``card_side`` "back", never passing for a front."""
    scripted = recognizer.recognize

    def back_side(page, document_type="auto", cancel=None):
        record = scripted(page, document_type, cancel)
        record.extra["mrz"] = {"lines": [], "front": False}
        return record

    monkeypatch.setattr(recognizer, "recognize", back_side)
    r = requests.post(server.url + IDCARD, headers=auth(server),
                      files={"file": ("c.jpg", card_image(), "image/jpeg")}, timeout=5)
    (card,) = r.json()["results"]
    assert card["card_side"] == "back" and card["card_info"]["surname"]
