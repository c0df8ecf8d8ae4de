"""The Chinese national ciphers (SM2, SM3, SM4) as the CloudWalk envelope needs them.

Why: the vendor's interface is encrypted with the GM/T algorithms and we must
not hand-write cipher code.  SM3 and SM4 come from ``cryptography`` (OpenSSL),
SM2 from ``gmssl`` — the only maintained pure-Python SM2 on PyPI.  This module
wraps both behind a few functions with the framing choices (mode, padding,
ciphertext order, text encoding) spelled out as parameters, because the vendor
does not publish them (see docs/adr/0050-cloudwalk-envelope-unknowns-as-settings.md).

Two gmssl quirks are handled here, once:

* ``CryptSM2`` strips a leading ``04`` from the public key with ``str.lstrip``,
  which also eats a leading ``0``/``4`` of the X coordinate; we set the key
  attribute ourselves after construction.
* gmssl draws the SM2 ephemeral scalar with ``random.choice`` (not a CSPRNG);
  :func:`_use_secure_random` points it at :mod:`secrets` instead.
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets
from collections.abc import Callable

from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from gmssl import func as _gm_func
from gmssl import sm2 as _gm_sm2

from desktop_ocr.errors import ConfigError

SM2_ORDERS = ("C1C3C2", "C1C2C3")
SM4_MODES = ("ECB", "CBC")
ENCODINGS = ("hex", "base64")
_HEX = re.compile(r"^[0-9a-fA-F]+$")


def _secure_random_hex(n: int) -> str:
    return secrets.token_hex((n + 1) // 2)[:n]


def _use_secure_random() -> None:
    """Make gmssl draw its SM2 nonce from the OS CSPRNG (it uses ``random`` by default)."""
    _gm_func.random_hex = _secure_random_hex


_use_secure_random()


# --------------------------------------------------------------------------- text encoding


def encode(data: bytes, encoding: str) -> str:
    """Binary → text as the envelope carries it (lower-case hex or standard base64)."""
    if encoding == "hex":
        return data.hex()
    if encoding == "base64":
        return base64.b64encode(data).decode("ascii")
    raise ConfigError(
        f"Unknown envelope encoding {encoding!r} (use hex or base64).",
        message_zh=f"未知的报文编码 {encoding!r}（可选 hex 或 base64）。",
        code="config.cloudwalk_encoding",
    )


def decode(text: str, encoding: str) -> bytes:
    """Text → binary; raises ``ValueError`` for malformed input."""
    text = text.strip()
    if encoding == "hex":
        return bytes.fromhex(text)
    if encoding == "base64":
        try:
            return base64.b64decode(text, validate=True)
        except binascii.Error as exc:
            raise ValueError(str(exc)) from exc
    encode(b"", encoding)  # raises the ConfigError
    raise AssertionError  # pragma: no cover


# --------------------------------------------------------------------------- SM3


def sm3(data: bytes) -> bytes:
    """SM3 hash (32 bytes)."""
    h = hashes.Hash(hashes.SM3())
    h.update(data)
    return h.finalize()


# --------------------------------------------------------------------------- SM4


def parse_sm4_key(text: str) -> bytes:
    """An SM4 key as configured: 16 characters used as bytes, or 32 hex digits."""
    text = text.strip()
    if len(text) == 32 and _HEX.match(text):
        return bytes.fromhex(text)
    raw = text.encode("utf-8")
    if len(raw) == 16:
        return raw
    raise ConfigError(
        "The SM4 key must be 16 characters or 32 hexadecimal digits.",
        message_zh="SM4 密钥必须是 16 个字符或 32 位十六进制数。",
        code="config.cloudwalk_sm4_key",
    )


def _sm4_cipher(key: bytes, mode: str, iv: bytes | None) -> Cipher:
    if len(key) != 16:
        raise ConfigError(
            "The SM4 key must be 16 bytes.",
            message_zh="SM4 密钥必须是 16 字节。",
            code="config.cloudwalk_sm4_key",
        )
    mode = mode.upper()
    if mode == "ECB":
        return Cipher(algorithms.SM4(key), modes.ECB())
    if mode == "CBC":
        if not iv or len(iv) != 16:
            raise ConfigError(
                "SM4/CBC needs a 16-byte IV (32 hex digits) in the envelope settings.",
                message_zh="SM4/CBC 模式需要 16 字节的 IV（32 位十六进制）。",
                code="config.cloudwalk_sm4_iv",
            )
        return Cipher(algorithms.SM4(key), modes.CBC(iv))
    raise ConfigError(
        f"Unknown SM4 mode {mode!r} (use ECB or CBC).",
        message_zh=f"未知的 SM4 模式 {mode!r}（可选 ECB 或 CBC）。",
        code="config.cloudwalk_sm4_mode",
    )


def sm4_encrypt(key: bytes, data: bytes, mode: str = "ECB", iv: bytes | None = None) -> bytes:
    """SM4 with PKCS#7 padding (what Java calls PKCS5Padding for 16-byte blocks)."""
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = _sm4_cipher(key, mode, iv).encryptor()
    return enc.update(padded) + enc.finalize()


def sm4_decrypt(key: bytes, data: bytes, mode: str = "ECB", iv: bytes | None = None) -> bytes:
    """Inverse of :func:`sm4_encrypt`; ``ValueError`` on a wrong key or broken padding."""
    if not data or len(data) % 16:
        raise ValueError("SM4 ciphertext length is not a multiple of 16")
    dec = _sm4_cipher(key, mode, iv).decryptor()
    padded = dec.update(data) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


# --------------------------------------------------------------------------- SM2


def normalize_public_key(text: str) -> str:
    """The 128 hex digits of X‖Y, accepting the uncompressed form with its ``04``."""
    key = re.sub(r"\s+", "", text or "")
    if len(key) == 130 and key.startswith("04"):
        key = key[2:]
    if len(key) != 128 or not _HEX.match(key):
        raise ConfigError(
            "The SM2 public key must be the hex of the uncompressed point "
            "(128 hex digits, optionally preceded by 04).",
            message_zh="SM2 公钥必须是未压缩点的十六进制（128 位，可带前缀 04）。",
            code="config.cloudwalk_sm2_key",
        )
    return key.lower()


def _crypt(private_key: str, public_key: str, order: str) -> _gm_sm2.CryptSM2:
    if order not in SM2_ORDERS:
        raise ConfigError(
            f"Unknown SM2 ciphertext order {order!r} (use C1C3C2 or C1C2C3).",
            message_zh=f"未知的 SM2 密文顺序 {order!r}（可选 C1C3C2 或 C1C2C3）。",
            code="config.cloudwalk_sm2_order",
        )
    crypt = _gm_sm2.CryptSM2(
        private_key=private_key, public_key="", mode=1 if order == "C1C3C2" else 0
    )
    crypt.public_key = public_key  # bypass gmssl's lstrip("04") bug, see module doc
    return crypt


def sm2_encrypt(
    public_key: str, data: bytes, order: str = "C1C3C2", *, point_prefix: bool = False
) -> bytes:
    """SM2-encrypt ``data``; ``point_prefix`` adds the ``04`` byte BouncyCastle emits."""
    crypt = _crypt("", normalize_public_key(public_key), order)
    out = crypt.encrypt(data)
    if out is None:  # gmssl signals a zero KDF output this way (probability ~2^-256)
        out = crypt.encrypt(data)
    return (b"\x04" + out) if point_prefix else out


def sm2_decrypt(
    private_key: str,
    data: bytes,
    order: str = "C1C3C2",
    *,
    accept: Callable[[bytes], bool] | None = None,
) -> bytes:
    """SM2-decrypt, with or without the leading ``04`` of C1.

    gmssl does not verify C3, so a wrong framing yields garbage rather than an
    error; ``accept`` tells a plausible plaintext apart and picks the framing.
    Raises ``ValueError`` when no framing gives an accepted plaintext.
    """
    crypt = _crypt(private_key, "", order)
    candidates = [data]
    if len(data) > 97 and data[0] == 4:
        candidates.insert(0, data[1:])
    for candidate in candidates:
        try:
            plain = crypt.decrypt(candidate)
        except (ValueError, TypeError, IndexError):
            continue
        if plain is not None and (accept is None or accept(plain)):
            return plain
    raise ValueError("SM2 decryption failed")


def generate_sm2_keypair() -> tuple[str, str]:
    """A fresh (private hex, public ``04``‖X‖Y hex) pair on the SM2 curve.

    gmssl has no key generator; its own scalar multiplication derives the point.
    """
    n = int(_gm_sm2.default_ecc_table["n"], 16)
    d = secrets.randbelow(n - 1) + 1
    private = f"{d:064x}"
    crypt = _gm_sm2.CryptSM2(private_key=private, public_key="")
    public = crypt._kg(d, _gm_sm2.default_ecc_table["g"])
    return private, "04" + public


def random_work_key() -> str:
    """A random 16-character work key (printable ASCII, used as the SM4 key bytes)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(secrets.choice(alphabet) for _ in range(16))
