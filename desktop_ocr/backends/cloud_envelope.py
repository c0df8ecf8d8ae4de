"""The CloudWalk "sm" envelope: sealing and opening requests and answers.

Why one module for both directions: the client seals requests and opens
answers, the local vendor server does the reverse; keeping the four functions
side by side guarantees every framing option (docs/adr/0050) means the same on
both ends, and the server tests each option against the real client.

Framing, by :class:`~desktop_ocr.backends.cloudwalk.service.CloudWalkEnvelope` option:

* ``fields_in="body"``: one JSON body ``{digest, contentCipher, keyCipher,
  nonceStr, timestamp}``.  ``"headers"``: ``digest``, ``keyCipher``,
  ``nonceStr`` and ``timestamp`` travel as HTTP headers and the body is
  ``{"contentCipher": ...}``.
* ``contentCipher`` = SM4(``workKey`` bytes, business JSON, ``sm4_mode``,
  PKCS#7) encoded per ``encoding``; ``keyCipher`` = SM2(public key, workKey) in
  ``sm2_order``, with the ``04`` C1 prefix when ``sm2_c1_prefix``.
* ``digest`` = SM3 of the UTF-8 business JSON (``digest_of="plaintext"``) or of
  the ``contentCipher`` text (``"ciphertext"``), encoded per ``encoding``.
* The answer is ``{contentCipher, digest, nonceStr, timestamp}`` (or the same
  with header fields) encrypted with the workKey or the app's SM4 key
  (``response_key``).  :func:`open_response` also accepts the shapes gateways
  are known to use: ``{code, message, data: "<cipher>"}``, a bare cipher text,
  and plain JSON (errors raised before decryption was possible).
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_ocr.backends import sm_crypto
from desktop_ocr.backends.cloudwalk.service import CloudWalkEnvelope
from desktop_ocr.errors import ConfigError

HEADER_FIELDS = ("digest", "keyCipher", "nonceStr", "timestamp")


class EnvelopeError(ValueError):
    """The envelope could not be opened (wrong key, framing, digest or JSON)."""


def dumps(payload: Mapping[str, Any]) -> bytes:
    """Compact UTF-8 JSON, the exact bytes that are digested and encrypted."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _iv(env: CloudWalkEnvelope) -> bytes | None:
    if env.sm4_mode.upper() != "CBC":
        return None
    try:
        iv = bytes.fromhex(env.sm4_iv.strip())
    except ValueError:
        iv = b""
    if len(iv) != 16:
        raise ConfigError(
            "SM4/CBC needs a 16-byte IV written as 32 hexadecimal digits.",
            message_zh="SM4/CBC 模式需要 32 位十六进制的 IV。",
            code="config.cloudwalk_sm4_iv",
        )
    return iv


def _digest(env: CloudWalkEnvelope, plaintext: bytes, content_cipher: str) -> str:
    if env.digest_of == "plaintext":
        source = plaintext
    elif env.digest_of == "ciphertext":
        source = content_cipher.encode("ascii")
    else:
        raise ConfigError(
            f"Unknown digest setting {env.digest_of!r} (use plaintext or ciphertext).",
            message_zh=f"未知的摘要设置 {env.digest_of!r}（可选 plaintext 或 ciphertext）。",
            code="config.cloudwalk_digest",
        )
    return sm_crypto.encode(sm_crypto.sm3(source), env.encoding)


def _frame(
    env: CloudWalkEnvelope, fields: dict[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """Split envelope fields into (JSON body, HTTP headers) per ``fields_in``."""
    if env.fields_in == "body":
        return fields, {}
    if env.fields_in == "headers":
        body = {"contentCipher": fields["contentCipher"]}
        headers = {k: v for k, v in fields.items() if k != "contentCipher"}
        return body, headers
    raise ConfigError(
        f"Unknown envelope placement {env.fields_in!r} (use body or headers).",
        message_zh=f"未知的加密字段位置 {env.fields_in!r}（可选 body 或 headers）。",
        code="config.cloudwalk_fields_in",
    )


def _seal(env: CloudWalkEnvelope, key: bytes, plaintext: bytes) -> dict[str, str]:
    cipher = sm_crypto.sm4_encrypt(key, plaintext, env.sm4_mode, _iv(env))
    content = sm_crypto.encode(cipher, env.encoding)
    return {
        "digest": _digest(env, plaintext, content),
        "contentCipher": content,
        "nonceStr": secrets.token_hex(16),
        "timestamp": str(int(time.time() * 1000)),
    }


@dataclass(frozen=True, slots=True)
class SealedRequest:
    body: dict[str, str]
    headers: dict[str, str]
    work_key: str


def seal_request(
    business: Mapping[str, Any],
    env: CloudWalkEnvelope,
    public_key: str,
    *,
    work_key: str | None = None,
) -> SealedRequest:
    """Encrypt the business JSON for the vendor (client side)."""
    work_key = work_key or sm_crypto.random_work_key()
    fields = _seal(env, work_key.encode("utf-8"), dumps(business))
    key_cipher = sm_crypto.sm2_encrypt(
        public_key, work_key.encode("utf-8"), env.sm2_order, point_prefix=env.sm2_c1_prefix
    )
    fields["keyCipher"] = sm_crypto.encode(key_cipher, env.encoding)
    body, headers = _frame(env, fields)
    return SealedRequest(body=body, headers=headers, work_key=work_key)


def _field(name: str, body: Mapping[str, Any], headers: Mapping[str, str]) -> str:
    value = body.get(name)
    if value is None:
        lower = name.lower()
        for key, val in headers.items():
            if key.lower() == lower:
                value = val
                break
    if not isinstance(value, str) or not value:
        raise EnvelopeError(f"missing envelope field {name}")
    return value


def _open(
    env: CloudWalkEnvelope,
    key: bytes,
    body: Mapping[str, Any],
    headers: Mapping[str, str],
    *,
    require_digest: bool,
) -> bytes:
    content = _field("contentCipher", body, headers)
    try:
        plaintext = sm_crypto.sm4_decrypt(
            key, sm_crypto.decode(content, env.encoding), env.sm4_mode, _iv(env)
        )
    except ValueError as exc:
        raise EnvelopeError(f"contentCipher cannot be decrypted: {exc}") from exc
    try:
        digest = _field("digest", body, headers)
    except EnvelopeError:
        if require_digest:
            raise
        return plaintext
    expected = _digest(env, plaintext, content)
    same = (digest.lower() == expected.lower()) if env.encoding == "hex" else digest == expected
    if not same:
        raise EnvelopeError("digest does not match the content")
    return plaintext


def _json_object(data: bytes) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EnvelopeError(f"decrypted content is not JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise EnvelopeError("decrypted content is not a JSON object")
    return value


def open_request(
    body: Mapping[str, Any],
    headers: Mapping[str, str],
    env: CloudWalkEnvelope,
    private_key: str,
) -> tuple[dict[str, Any], str]:
    """Decrypt a sealed request (server side): (business JSON, workKey)."""
    key_text = _field("keyCipher", body, headers)
    for name in ("nonceStr", "timestamp"):
        _field(name, body, headers)
    try:
        raw_key = sm_crypto.decode(key_text, env.encoding)
        work_key = sm_crypto.sm2_decrypt(
            private_key, raw_key, env.sm2_order, accept=_plausible_work_key
        )
    except ValueError as exc:
        raise EnvelopeError(f"keyCipher cannot be decrypted: {exc}") from exc
    plaintext = _open(env, work_key, body, headers, require_digest=True)
    return _json_object(plaintext), work_key.decode("ascii")


def _plausible_work_key(data: bytes) -> bool:
    return len(data) == 16 and all(0x21 <= b <= 0x7E for b in data)


def seal_response(
    payload: Mapping[str, Any], env: CloudWalkEnvelope, key: bytes
) -> tuple[dict[str, str], dict[str, str]]:
    """Encrypt an answer (server side): (JSON body, HTTP headers)."""
    return _frame(env, _seal(env, key, dumps(payload)))


def open_response(
    text: str,
    headers: Mapping[str, str],
    env: CloudWalkEnvelope,
    key: bytes,
) -> dict[str, Any]:
    """Decrypt an answer (client side), accepting the known framings (see module doc)."""
    try:
        parsed: Any = json.loads(text)
    except json.JSONDecodeError:
        parsed = None
    if isinstance(parsed, dict):
        has_header_cipher = any(k.lower() == "contentcipher" for k in headers)
        if "contentCipher" in parsed or has_header_cipher:
            return _json_object(_open(env, key, parsed, headers, require_digest=False))
        data = parsed.get("data")
        if isinstance(data, str) and data and "code" in parsed:
            inner = _open(env, key, {"contentCipher": data}, {}, require_digest=False)
            out = dict(parsed)
            out["data"] = _json_object(inner)
            return out
        return parsed
    if parsed is not None:
        raise EnvelopeError("the answer is JSON but not an object")
    stripped = text.strip().strip('"')
    if not stripped:
        raise EnvelopeError("the answer is empty")
    return _json_object(_open(env, key, {"contentCipher": stripped}, {}, require_digest=False))


def response_key(env: CloudWalkEnvelope, work_key: str, sm4_key: str) -> bytes:
    """The key that decrypts answers, per the ``response_key`` setting."""
    if env.response_key == "workKey":
        return work_key.encode("utf-8")
    if env.response_key == "sm4Key":
        if not sm4_key:
            raise ConfigError(
                "The envelope decrypts answers with the app's SM4 key, but no SM4 key is set.",
                message_zh="报文设置为用应用 SM4 密钥解密应答，但未设置 SM4 密钥。",
                code="config.cloudwalk_sm4_key",
            )
        return sm_crypto.parse_sm4_key(sm4_key)
    raise ConfigError(
        f"Unknown response key setting {env.response_key!r} (use workKey or sm4Key).",
        message_zh=f"未知的应答密钥设置 {env.response_key!r}（可选 workKey 或 sm4Key）。",
        code="config.cloudwalk_response_key",
    )


def validate(env: CloudWalkEnvelope) -> None:
    """Raise ConfigError for an option outside its documented values."""
    checks: list[tuple[str, str, tuple[str, ...]]] = [
        ("mode", env.mode, ("sm", "plain")),
        ("fields_in", env.fields_in, ("body", "headers")),
        ("sm4_mode", env.sm4_mode.upper(), sm_crypto.SM4_MODES),
        ("encoding", env.encoding, sm_crypto.ENCODINGS),
        ("sm2_order", env.sm2_order, sm_crypto.SM2_ORDERS),
        ("digest_of", env.digest_of, ("plaintext", "ciphertext")),
        ("response_key", env.response_key, ("workKey", "sm4Key")),
    ]
    for name, value, allowed in checks:
        if value not in allowed:
            raise ConfigError(
                f"CloudWalk envelope setting {name}={value!r} is not one of {', '.join(allowed)}.",
                message_zh=f"云从报文设置 {name}={value!r} 无效，可选：{', '.join(allowed)}。",
                code=f"config.cloudwalk_{name}",
            )
    if env.mode == "sm":
        _iv(env)

