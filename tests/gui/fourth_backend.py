"""A fourth backend, written as a new backend is: this one module, plus one registry line.

"Lumen" stands for a vendor service that reads only Ghana voter cards, takes two
documents at once and needs a service address and a secret token.  It answers
from the image itself (no network), so the test sees what the app makes of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from desktop_ocr.backends.base import BackendDescription, CancelToken
from desktop_ocr.config import Settings, missing_required, setting
from desktop_ocr.documents.record import FieldValue, Record, RecordStatus
from desktop_ocr.errors import BackendError
from desktop_ocr.imaging.types import PageImage

NAME = "lumen"


@dataclass(frozen=True, slots=True)
class LumenSettings:
    label: ClassVar[tuple[str, str]] = ("Lumen OCR", "流明识别")

    base_url: str = setting("", label=("Service URL:", "服务地址："), required=True,
                            env="DESKTOP_OCR_LUMEN_URL")
    token: str = setting("", label=("Token:", "令牌："), secret=True, required=True,
                         env="DESKTOP_OCR_LUMEN_TOKEN")


class LumenRecognizer:
    name = NAME

    def __init__(self, settings: LumenSettings) -> None:
        self.settings = settings

    def availability(self) -> tuple[bool, str]:
        missing = missing_required(self.settings)
        return (not missing, f"Lumen is not configured: missing {', '.join(missing)}."
                if missing else "")

    def recognize(self, page: PageImage, document_type: str = "auto",
                  cancel: CancelToken | None = None) -> Record:
        if document_type not in ("auto", "ghana_voter"):
            raise BackendError(f"Lumen reads only voter cards, not {document_type}.",
                               code="lumen.unsupported_type")
        record = Record.empty(page.source, "ghana_voter", backend=NAME)
        record.fields["surname"] = FieldValue("READ BY LUMEN", 0.95)
        record.fields["other_names"] = FieldValue(f"{page.image.width} PX WIDE", 0.95)
        record.status = RecordStatus.RECOGNIZED
        return record

    def close(self) -> None:
        pass


def create(settings: Settings) -> LumenRecognizer:
    return LumenRecognizer(settings.section(NAME, LumenSettings))


DESCRIPTION = BackendDescription(
    name=NAME,
    label=("Lumen OCR", "流明识别"),
    factory=create,
    document_types=("ghana_voter",),
    concurrency=2,
    settings_type=LumenSettings,
)
