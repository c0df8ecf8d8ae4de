"""CloudWalk (云从) as its API document describes it: what it reads, what it accepts, and
what must be set to use it (each setting declared once: ``desktop_ocr.config``).

Why a module of its own: the backend's description (the package), its HTTP client
and the envelope code all need these, and none of them needs the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from desktop_ocr.config import missing_required, setting
from desktop_ocr.imaging.fit import ImageLimits

NAME = "cloudwalk"
DOCUMENT_TYPE = "birth_certificate"


@dataclass(frozen=True, slots=True)
class CloudWalkEnvelope:
    """How the CloudWalk encrypted interface is framed.

    The vendor's public guide names the pieces (SM3 ``digest``, SM4
    ``contentCipher`` under a random ``workKey``, SM2 ``keyCipher``,
    ``nonceStr``, ``timestamp``) but not their exact framing; each unknown is a
    setting here, with the defaults of the vendor's Java tooling.
    See docs/adr/0050-cloudwalk-envelope-unknowns-as-settings.md.
    """

    # sm: encrypted; plain: JSON
    mode: str = setting("sm", label=("Envelope:", "报文封装："), choices=("sm", "plain"),
                        env="DESKTOP_OCR_CLOUDWALK_ENVELOPE", advanced=True)
    fields_in: str = setting("body", label=("Envelope fields in:", "封装字段位置："),
                             choices=("body", "headers"), advanced=True)
    sm4_mode: str = setting("ECB", label=("SM4 mode:", "SM4 模式："), choices=("ECB", "CBC"),
                            advanced=True)
    sm4_iv: str = setting("", label=("SM4 IV (hex, CBC only):", "SM4 IV（十六进制，仅 CBC）："),
                         advanced=True)
    encoding: str = setting("hex", label=("Binary encoding:", "二进制编码："),
                            choices=("hex", "base64"), advanced=True)
    sm2_order: str = setting("C1C3C2", label=("SM2 ciphertext order:", "SM2 密文顺序："),
                             choices=("C1C3C2", "C1C2C3"), advanced=True)
    digest_of: str = setting("plaintext", label=("Digest of:", "摘要对象："),
                             choices=("plaintext", "ciphertext"), advanced=True)
    # which key decrypts the answer
    response_key: str = setting("workKey", label=("Answer decrypted with:", "响应解密所用密钥："),
                                choices=("workKey", "sm4Key"), advanced=True)
    # True: C1 starts with the 04 byte (BouncyCastle/Hutool form)
    sm2_c1_prefix: bool = setting(False, shown=False)


@dataclass(frozen=True, slots=True)
class CloudWalkSettings:
    label: ClassVar[tuple[str, str]] = ("CloudWalk", "云从")

    base_url: str = setting("", label=("Service URL:", "服务地址："), required=True,
                            help=("https://… or an office server running desktop-ocr serve",
                                  "https://… 或办公室服务器（desktop-ocr serve）的地址"),
                            env="DESKTOP_OCR_CLOUDWALK_URL")
    app_key: str = setting("", label=("App Key:", "App Key："), secret=True,
                           env="DESKTOP_OCR_CLOUDWALK_APP_KEY")
    app_secret: str = setting("", label=("App Secret:", "App Secret："), secret=True,
                              env="DESKTOP_OCR_CLOUDWALK_APP_SECRET")
    # hex of the uncompressed point, with or without 04
    sm2_public_key: str = setting("", label=("SM2 public key (hex):", "SM2 公钥（十六进制）："),
                                  env="DESKTOP_OCR_CLOUDWALK_SM2_PUBLIC_KEY", advanced=True)
    sm4_key: str = setting("", label=("SM4 key (hex, optional):", "SM4 密钥（十六进制，可选）："),
                           secret=True, env="DESKTOP_OCR_CLOUDWALK_SM4_KEY", advanced=True)
    envelope: CloudWalkEnvelope = field(default_factory=CloudWalkEnvelope)

    def missing(self, language: str = "en", *, for_clerk: bool = False) -> list[str]:
        """What must still be set: the address; in the ``sm`` envelope the login too
        (as :func:`~desktop_ocr.config.missing_required` names them)."""
        login = () if self.envelope.mode == "plain" else ("app_key", "app_secret",
                                                          "sm2_public_key")
        return missing_required(self, ("base_url", *login), language, for_clerk=for_clerk)

    @property
    def configured(self) -> bool:
        return not self.missing()


#: "原始图片大小需要小于 3M", sent as base64 in a JSON field whose length column says
#: 1–3000k: both are honoured (raw bytes under 3 MB *and* base64 under 3 000 000
#: characters, ≈ 2.25 MB raw), so neither reading of the document gets the clerk a
#: "图片大小不能超过3M" rejection.
LIMITS = ImageLimits(
    name="CloudWalk",
    max_bytes=3_000_000 - 1,  # "小于 3M": strictly less, and 3M read as the smaller 3×10⁶
    max_base64_chars=3_000_000,  # imgString length 1–3000k
)
