"""AccuAuth as its API document describes it: what it reads, what it accepts, and what
must be set to use it (each setting declared once: ``desktop_ocr.config``).

Why a module of its own: the backend's description (the package) and its HTTP
client both need these, and neither needs the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from desktop_ocr.config import missing_required, setting
from desktop_ocr.imaging.fit import ImageLimits

NAME = "accuauth"
CARD_TYPES = {"ID": "ghana_card", "VOTER": "ghana_voter"}
SEND_AS = ("file", "image_base64")


@dataclass(frozen=True, slots=True)
class AccuAuthSettings:
    label: ClassVar[tuple[str, str]] = ("AccuAuth", "AccuAuth")

    base_url: str = setting("", label=("Service URL:", "服务地址："), required=True,
                            help=("https://… or an office server running desktop-ocr serve",
                                  "https://… 或办公室服务器（desktop-ocr serve）的地址"),
                            env="DESKTOP_OCR_ACCUAUTH_URL")
    api_id: str = setting("", label=("API ID:", "API ID："), secret=True, required=True,
                          env="DESKTOP_OCR_ACCUAUTH_API_ID")
    api_secret: str = setting("", label=("API secret:", "API secret："), secret=True,
                              required=True, env="DESKTOP_OCR_ACCUAUTH_API_SECRET")
    # "file" (multipart) or "image_base64"
    send_as: str = setting("file", label=("Send image as:", "图像发送方式："), choices=SEND_AS,
                           advanced=True)

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
