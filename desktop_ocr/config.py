"""Backend settings: the saved configuration overridden by environment variables.

Why: the GUI's settings dialog, the CLI and outside checks all configure the
cloud clients; the environment variable names are a fixed contract (see the
README).  Secrets are never read from or written to a plain config file: they
come from the environment or from the secret store (``desktop_ocr.secrets``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class CloudWalkEnvelope:
    """How the CloudWalk encrypted interface is framed.

    The vendor's public guide names the pieces (SM3 ``digest``, SM4
    ``contentCipher`` under a random ``workKey``, SM2 ``keyCipher``,
    ``nonceStr``, ``timestamp``) but not their exact framing; each unknown is a
    setting here, with the defaults of the vendor's Java tooling.
    See docs/adr for the reasoning.
    """

    mode: str = "sm"  # "sm" (encrypted) or "plain" (JSON as in the API document)
    fields_in: str = "body"  # "body" or "headers"
    sm4_mode: str = "ECB"  # "ECB" or "CBC"
    sm4_iv: str = ""  # hex, CBC only
    encoding: str = "hex"  # "hex" (lower case) or "base64"
    sm2_order: str = "C1C3C2"  # or "C1C2C3"
    digest_of: str = "plaintext"  # "plaintext" JSON, or "ciphertext"
    response_key: str = "workKey"  # "workKey" or "sm4Key": which key decrypts the answer
    sm2_c1_prefix: bool = False  # True: C1 starts with the 04 byte (BouncyCastle/Hutool form)


@dataclass(frozen=True, slots=True)
class CloudWalkSettings:
    base_url: str = ""
    app_key: str = ""
    app_secret: str = ""
    sm2_public_key: str = ""  # hex of the uncompressed point, with or without 04
    sm4_key: str = ""
    envelope: CloudWalkEnvelope = field(default_factory=CloudWalkEnvelope)

    @property
    def configured(self) -> bool:
        if not self.base_url:
            return False
        if self.envelope.mode == "plain":
            return True
        return bool(self.app_key and self.app_secret and self.sm2_public_key)


@dataclass(frozen=True, slots=True)
class AccuAuthSettings:
    base_url: str = ""
    api_id: str = ""
    api_secret: str = ""
    send_as: str = "file"  # "file" (multipart) or "image_base64"

    @property
    def configured(self) -> bool:
        return bool(self.base_url and self.api_id and self.api_secret)


@dataclass(frozen=True, slots=True)
class TransportSettings:
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    retries: int = 3
    backoff: float = 0.5
    verify_tls: bool = True


@dataclass(frozen=True, slots=True)
class BackendSettings:
    cloudwalk: CloudWalkSettings = field(default_factory=CloudWalkSettings)
    accuauth: AccuAuthSettings = field(default_factory=AccuAuthSettings)
    transport: TransportSettings = field(default_factory=TransportSettings)


ENV_PREFIX = "DESKTOP_OCR_"
ENV_VARS = (
    "DESKTOP_OCR_CLOUDWALK_URL",
    "DESKTOP_OCR_CLOUDWALK_APP_KEY",
    "DESKTOP_OCR_CLOUDWALK_APP_SECRET",
    "DESKTOP_OCR_CLOUDWALK_SM2_PUBLIC_KEY",
    "DESKTOP_OCR_CLOUDWALK_SM4_KEY",
    "DESKTOP_OCR_CLOUDWALK_ENVELOPE",
    "DESKTOP_OCR_ACCUAUTH_URL",
    "DESKTOP_OCR_ACCUAUTH_API_ID",
    "DESKTOP_OCR_ACCUAUTH_API_SECRET",
)


def apply_environment(
    settings: BackendSettings, env: Mapping[str, str] | None = None
) -> BackendSettings:
    """Return ``settings`` with every non-empty ``DESKTOP_OCR_*`` variable applied."""
    env = os.environ if env is None else env

    def get(name: str) -> str | None:
        value = env.get(ENV_PREFIX + name, "").strip()
        return value or None

    cw = settings.cloudwalk
    cw_changes: dict[str, object] = {}
    for attr, var in (
        ("base_url", "CLOUDWALK_URL"),
        ("app_key", "CLOUDWALK_APP_KEY"),
        ("app_secret", "CLOUDWALK_APP_SECRET"),
        ("sm2_public_key", "CLOUDWALK_SM2_PUBLIC_KEY"),
        ("sm4_key", "CLOUDWALK_SM4_KEY"),
    ):
        if (value := get(var)) is not None:
            cw_changes[attr] = value
    if (mode := get("CLOUDWALK_ENVELOPE")) is not None:
        cw_changes["envelope"] = replace(cw.envelope, mode=mode.lower())
    aa = settings.accuauth
    aa_changes: dict[str, object] = {}
    for attr, var in (
        ("base_url", "ACCUAUTH_URL"),
        ("api_id", "ACCUAUTH_API_ID"),
        ("api_secret", "ACCUAUTH_API_SECRET"),
    ):
        if (value := get(var)) is not None:
            aa_changes[attr] = value
    return replace(
        settings,
        cloudwalk=replace(cw, **cw_changes),  # type: ignore[arg-type]
        accuauth=replace(aa, **aa_changes),  # type: ignore[arg-type]
    )
