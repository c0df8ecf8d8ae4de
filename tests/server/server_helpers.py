"""Helpers of the server tests: credentials as the real clients obtain them."""

from __future__ import annotations

import requests

from desktop_ocr.backends import sm_crypto
from desktop_ocr.server import VendorServer

TOKEN = "/sso/oauth/token"
IDCARD = "/ocr/idcard"
BIRTH = "/ai-cloud-face/ocr/v2/birthCertificate"


def login(server: VendorServer) -> str:
    """A CloudWalk token from the server's login route, as the real client gets it."""
    secret = sm_crypto.sm2_encrypt(server.keys.sm2_public_key, server.app_secret.encode())
    r = requests.post(server.url + TOKEN, data={"clientId": server.app_key,
                                                "clientSecret": secret.hex(), "scope": "scope"},
                      timeout=5)
    assert r.status_code == 200, r.text
    return r.json()["access_token"]


def bearer(server: VendorServer) -> dict[str, str]:
    return {"Authorization": f"Bearer {login(server)}"}


def accuauth_headers(server: VendorServer) -> dict[str, str]:
    return {"X-DF-API-ID": server.api_id, "X-DF-API-SECRET": server.api_secret}
