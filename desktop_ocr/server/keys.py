"""Key material of the office server: the SM2 key pair and the SM4 key.

Why: the CloudWalk envelope (ADR 0050) needs the server to hold the SM2 private
key matching the public key the desks are given, and the SM4 key issued with
the app.  They are generated with the configuration on first start
(:mod:`desktop_ocr.server.config_file`), the private parts kept with the other
secrets.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from desktop_ocr.backends import sm_crypto


@dataclass(frozen=True, slots=True)
class ServerKeys:
    sm2_private_key: str  # 64 hex digits
    sm2_public_key: str  # "04" + 128 hex digits
    sm4_key: str  # 16 characters

    @classmethod
    def generate(cls) -> ServerKeys:
        private, public = sm_crypto.generate_sm2_keypair()
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        sm4 = "".join(secrets.choice(alphabet) for _ in range(16))
        return cls(private, public, sm4)
