"""Traditional glyphs read from a page, returned in the mainland's simplified script.

Why: mainland certificates are printed in simplified characters, but a brush-style
or older printer font draws some in their traditional form (``雷靜``, ``厦門``,
``208號``), and the recogniser returns what it sees.  The values a clerk and the
vendor expect are simplified, so every line is converted once, right after OCR,
before labels are matched (``醫療機構名稱`` is then the label 医疗机构名称 too).
OpenCC's ``t2s`` tables convert by phrase, not glyph by glyph (乾隆 stays 乾隆);
Latin text is untouched.
"""

from __future__ import annotations

import functools
import re

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@functools.cache
def _converter():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` with traditional Chinese characters in simplified form (others kept)."""
    if not text or not _CJK.search(text):
        return text
    return _converter().convert(text)
