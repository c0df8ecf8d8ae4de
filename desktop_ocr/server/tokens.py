"""CloudWalk access tokens that every worker process can check without a shared store.

Why signed tokens: ``serve --workers N`` runs N processes and an office restarts
its server; a token issued by one process must be accepted by the others and
after a restart until it expires.  A token is ``<payload>.<mac>``, both
base64url without padding: the payload is JSON ``{"c": clientId, "e": expiry
(Unix milliseconds), "n": nonce}``, the MAC is HMAC-SHA256 over the payload text with
the server's token key (32 random bytes from its configuration).  Changing the
token key or the App Key invalidates every token issued before.  Tokens carry no
secret and no personal data; they are still never logged.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import threading
import time

TOKEN_KEY_BYTES = 32


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class TokenSigner:
    """Issue and check tokens for one App Key with one token key (hex, 64 digits)."""

    def __init__(self, token_key_hex: str, client_id: str, ttl: int) -> None:
        self._key = bytes.fromhex(token_key_hex)
        if len(self._key) < 16:
            raise ValueError("the token key must be at least 16 bytes")
        self.client_id = client_id
        self.ttl = int(ttl)
        self._lock = threading.Lock()

    def issue(self) -> str:
        payload = json.dumps({"c": self.client_id, "e": int((time.time() + self.ttl) * 1000),
                              "n": secrets.token_hex(8)}, separators=(",", ":"))
        body = _b64(payload.encode("utf-8"))
        with self._lock:
            key = self._key
        return f"{body}.{_b64(hmac.new(key, body.encode('ascii'), hashlib.sha256).digest())}"

    def valid(self, token: str) -> bool:
        """True for a token this key signed, for this App Key, not yet expired."""
        body, dot, mac = token.partition(".")
        if not dot or not body or not mac or len(token) > 512:
            return False
        with self._lock:
            key = self._key
        expected = hmac.new(key, body.encode("ascii", "replace"), hashlib.sha256).digest()
        try:
            if not hmac.compare_digest(_unb64(mac), expected):
                return False
            payload = json.loads(_unb64(body))
        except (binascii.Error, ValueError, UnicodeDecodeError):
            return False
        if not isinstance(payload, dict) or payload.get("c") != self.client_id:
            return False
        expiry = payload.get("e")
        return isinstance(expiry, int) and expiry > time.time() * 1000

    def rotate(self) -> None:
        """A new key in this process only: every token issued before is refused
        (the test harness's "vendor restarted" fault)."""
        with self._lock:
            self._key = secrets.token_bytes(TOKEN_KEY_BYTES)


def new_token_key() -> str:
    return secrets.token_hex(TOKEN_KEY_BYTES)
