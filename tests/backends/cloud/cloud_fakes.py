"""Test doubles shared by the cloud-client and server tests.

Why: the server must answer deterministically so the tests can assert what a
clerk would see; the recogniser behind it returns the API documents' own
example values.  Images are generated here (never real documents).
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass, field

from PIL import Image, ImageDraw

from desktop_ocr.backends.base import CancelToken
from desktop_ocr.config import TransportSettings
from desktop_ocr.documents.record import Record, RecordStatus
from desktop_ocr.errors import OcrError
from desktop_ocr.imaging.types import PageImage

# The example answers of the two API documents (/work/shared/api).
BIRTH_SAMPLE = {
    "babyBirthday": "2026-01-01", "birthProvince": "浙江省", "birthCity": "杭州市",
    "birthCounty": "西湖区", "birthWeight": "3.2", "birthLength": "50", "gestationalAge": "40",
    "babyName": "小明", "babySex": "男", "code": "出生证1234567890",
    "hospital": "杭州市第一人民医院", "fatherName": "张三", "fatherID": "500234************",
    "fatherNationality": "中国", "fatherEthnic": "汉族", "fatherAddress": "杭州市西湖区文三路123号",
    "fatherAge": "28", "motherName": "李四", "motherID": "500234************",
    "motherNationality": "中国", "motherEthnic": "汉族", "motherAddress": "杭州市西湖区文三路123号",
    "motherAge": "26",
}
CARD_SAMPLE = {
    "id_number": "GHA-72126****-2", "document_number": "AM309****", "first_name": "FELAX",
    "middle_name": "", "surname": "ADJOL", "previous_name": "", "birthday": "10/05/1984",
    "birthday_s": "10-05-1984", "gender": "M", "height": "1.67", "issue_date": "0403/2020",
    "issue_date_s": "04-03-2020", "expiry_date": "03/03/2030", "expiry_date_s": "03-03-2030",
    "place_of_issue": "ACCRA", "nationality": "GHANAIAN",
}
VOTER_SAMPLE = {
    "birthday": "", "birthday_s": "", "age": "18", "gender": "M", "other_names": "DOM***",
    "polling_station_code": "C110XXX", "registry_date": "2020/06/30",
    "registry_date_s": "30-06-2020", "surname": "BRITWUM", "voter_id_number": "439300xxxx",
}
SAMPLES = {"birth_certificate": BIRTH_SAMPLE, "ghana_card": CARD_SAMPLE,
           "ghana_voter": VOTER_SAMPLE}

FAST = TransportSettings(connect_timeout=2.0, read_timeout=5.0, retries=2, backoff=0.01)


@dataclass
class ScriptedRecognizer:
    """Answers with fixed values; ``auto`` means ``auto_type``; can be told to fail."""

    auto_type: str = "ghana_card"
    values: dict[str, dict[str, str]] = field(default_factory=lambda: dict(SAMPLES))
    fail: OcrError | None = None
    blank: bool = False
    calls: list[tuple[tuple[int, int], str]] = field(default_factory=list)
    name: str = "scripted"
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def availability(self) -> tuple[bool, str]:
        return True, ""

    def recognize(self, page: PageImage, document_type: str = "auto",
                  cancel: CancelToken | None = None) -> Record:
        with self._lock:
            self.calls.append((page.size, document_type))
        if self.fail is not None:
            raise self.fail
        doc_type = self.auto_type if document_type == "auto" else document_type
        record = Record.empty(page.source, doc_type, self.name)
        if not self.blank:
            for key, value in self.values[doc_type].items():
                record.fields[key].value = value
        record.status = RecordStatus.RECOGNIZED
        return record

    def close(self) -> None:
        pass


def card_image(size: tuple[int, int] = (640, 400), fmt: str = "JPEG") -> bytes:
    """A small generated card-like picture."""
    image = Image.new("RGB", size, (235, 240, 230))
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle((w // 20, h // 20, w // 3, h // 2), outline=(30, 30, 90), width=3)
    for i in range(6):
        y = h // 8 + i * h // 9
        draw.text((w // 2, y), f"FIELD {i}: VALUE {i * 7}", fill=(10, 10, 10))
    buf = io.BytesIO()
    image.save(buf, fmt)
    return buf.getvalue()


def page_from(data: bytes, source: str = "card.jpg") -> PageImage:
    image = Image.open(io.BytesIO(data))
    fmt = image.format
    return PageImage(image=image.convert("RGB"), source=source, original_bytes=data,
                     original_format=fmt)


def big_photo(path: str | None = None, megabytes: float = 12.0) -> bytes:
    """A camera-like JPEG of about ``megabytes`` (noise compresses badly)."""
    import numpy as np

    rng = np.random.default_rng(7)
    w, h = 4000, 3000
    base = np.linspace(60, 200, w, dtype=np.float32)[None, :, None].repeat(h, 0).repeat(3, 2)
    noise = rng.normal(0, 38, (h, w, 3)).astype(np.float32)
    pixels = np.clip(base + noise, 0, 255).astype(np.uint8)
    image = Image.fromarray(pixels, "RGB")
    quality = 95
    while True:
        buf = io.BytesIO()
        image.save(buf, "JPEG", quality=quality)
        data = buf.getvalue()
        if len(data) >= megabytes * 1_000_000 or quality >= 100:
            return data
        quality += 2
