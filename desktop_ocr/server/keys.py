"""Key material of the local vendor server (SM2 key pair, SM4 key).

Why: the CloudWalk envelope needs the server to hold the SM2 private key that
matches the public key clients are given.  Without ``--keys-dir`` the keys live
in memory only (a fresh pair per run, nothing secret on disk); with it they are
kept across restarts, the private parts in files only the owner can read.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from desktop_ocr.backends import sm_crypto

PRIVATE_FILE = "sm2_private_key.hex"
PUBLIC_FILE = "sm2_public_key.hex"
SM4_FILE = "sm4_key.txt"


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

    @classmethod
    def load_or_create(cls, keys_dir: Path | str | None) -> ServerKeys:
        """Keys from ``keys_dir`` (created there on first use), or fresh in-memory keys."""
        if keys_dir is None:
            return cls.generate()
        folder = Path(keys_dir)
        folder.mkdir(parents=True, exist_ok=True)
        priv_path, pub_path, sm4_path = (folder / PRIVATE_FILE, folder / PUBLIC_FILE,
                                         folder / SM4_FILE)
        if priv_path.exists() and pub_path.exists() and sm4_path.exists():
            keys = cls(priv_path.read_text().strip(), pub_path.read_text().strip(),
                       sm4_path.read_text().strip())
            sm_crypto.normalize_public_key(keys.sm2_public_key)
            sm_crypto.parse_sm4_key(keys.sm4_key)
            return keys
        keys = cls.generate()
        _write_private(priv_path, keys.sm2_private_key)
        _write_private(sm4_path, keys.sm4_key)
        pub_path.write_text(keys.sm2_public_key + "\n", encoding="ascii")
        return keys


def _write_private(path: Path, text: str) -> None:
    """Create ``path`` readable by the owner only (0600) before any byte is written."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(text + "\n")
