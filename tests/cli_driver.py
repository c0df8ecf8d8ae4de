"""Run the real ``desktop-ocr`` command line in a fresh process with a fast test backend.

Why a separate script: what is under test is how the *process* writes its output —
the standard-output encoding Python chose at start-up (``PYTHONIOENCODING``, the
locale), the bytes that reach a redirected file.  Only a new interpreter has that
set-up; the OCR model is not under test, so the ``offline`` backend is replaced by
:class:`ChineseRecognizer`, which reads the image's colour and fills a birth
certificate with Chinese values (text a Western code page cannot hold).

Usage: ``python tests/cli_driver.py recognize ...`` (any ``desktop-ocr`` arguments).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop_ocr import cli  # noqa: E402
from desktop_ocr.backends import registry  # noqa: E402
from desktop_ocr.backends.base import CancelToken  # noqa: E402
from desktop_ocr.documents.record import FieldValue, Record  # noqa: E402
from desktop_ocr.imaging.types import PageImage  # noqa: E402

BABY = "王小明"
MOTHER = "李秀英"


class ChineseRecognizer:
    """A birth certificate whose certificate number is the image's mean colour."""

    name = "offline"

    def availability(self) -> tuple[bool, str]:
        return True, ""

    def recognize(self, page: PageImage, document_type: str = "auto",
                  cancel: CancelToken | None = None) -> Record:
        r, g, b = page.image.convert("RGB").resize((1, 1)).getpixel((0, 0))
        record = Record.empty(page.source, "birth_certificate", self.name)
        record.fields["babyName"] = FieldValue(BABY, 0.99)
        record.fields["motherName"] = FieldValue(MOTHER, 0.99)
        record.fields["birthProvince"] = FieldValue("浙江省", 0.99)
        record.fields["code"] = FieldValue(f"P{r:03d}{g:03d}{b:03d}", 0.99)
        return record

    def close(self) -> None:
        pass


def main(argv: list[str]) -> int:
    registry.register("offline", lambda settings: ChineseRecognizer())
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
