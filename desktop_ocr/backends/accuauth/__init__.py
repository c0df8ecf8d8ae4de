"""AccuAuth Ghana Card / voter ID OCR: the backend's description, settings and limits.

Why a package with a light face: the app lists every backend at start-up, so
this module holds only what describes the backend; the HTTP client
(:mod:`.client`, with requests) is imported when a recognizer is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from desktop_ocr.backends.base import BackendDescription
from desktop_ocr.config import Settings, missing_required, setting
from desktop_ocr.imaging.fit import ImageLimits

if TYPE_CHECKING:
    from desktop_ocr.backends.accuauth.client import AccuAuthRecognizer

NAME = "accuauth"
CARD_TYPES = {"ID": "ghana_card", "VOTER": "ghana_voter"}
SEND_AS = ("file", "image_base64")


@dataclass(frozen=True, slots=True)
class AccuAuthSettings:
    label: ClassVar[tuple[str, str]] = ("AccuAuth", "AccuAuth")

    base_url: str = setting("", label=("Service URL:", "服务地址："), required=True,
                            env="DESKTOP_OCR_ACCUAUTH_URL")
    api_id: str = setting("", label=("API ID:", "API ID："), secret=True, required=True,
                          env="DESKTOP_OCR_ACCUAUTH_API_ID")
    api_secret: str = setting("", label=("API secret:", "API secret："), secret=True,
                              required=True, env="DESKTOP_OCR_ACCUAUTH_API_SECRET")
    # "file" (multipart) or "image_base64"
    send_as: str = setting("file", label=("Send image as:", "图像发送方式："), choices=SEND_AS)

    @property
    def configured(self) -> bool:
        return not missing_required(self)


#: JPG/PNG, 128×128 to 6000×6000 px, at most 5 MB (the API document).
LIMITS = ImageLimits(
    name="AccuAuth",
    max_bytes=5_000_000,  # "不超过 5MB", read as the smaller 5×10⁶
    min_side=128,
    max_side=6000,
)


def create(settings: Settings) -> AccuAuthRecognizer:
    """Registry factory: the HTTP client, configured from ``settings``."""
    from desktop_ocr.backends.accuauth.client import AccuAuthRecognizer

    return AccuAuthRecognizer(settings.section(NAME, AccuAuthSettings), settings.transport)


DESCRIPTION = BackendDescription(
    name=NAME,
    label=("AccuAuth", "AccuAuth"),
    factory=create,
    document_types=tuple(CARD_TYPES.values()),
    concurrency=3,  # time goes on the network; the vendor limits requests per second
    settings_type=AccuAuthSettings,
    limits=LIMITS,
)

__all__ = ["CARD_TYPES", "DESCRIPTION", "LIMITS", "NAME", "SEND_AS", "AccuAuthSettings",
           "create"]
