"""Which document is this?  Decided from title and label words.

Why: with ``--type auto`` the clerk drops a mixed folder; each kind has words no
other kind prints (出生医学证明, ECOWAS IDENTITY CARD, ELECTORAL COMMISSION,
VOTER ID).  Titles weigh most, label words add up, so a card whose title was cut
off or misread is still recognised by its labels.
"""

from __future__ import annotations

from desktop_ocr.backends.offline.labels import find_labels
from desktop_ocr.backends.offline.page import TextLine
from desktop_ocr.errors import BackendError

KEYWORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "birth_certificate": {
        "title": ("出生医学证明", "Birth Certificate", "Medical Certificate of Birth"),
        "label": ("新生儿姓名", "出生时间", "出生地点", "出生孕周", "出生体重", "出生身长",
                  "母亲姓名", "父亲姓名", "医疗机构", "出生证编号", "健康状况"),
    },
    "ghana_card": {
        "title": ("ECOWAS IDENTITY CARD", "ECOWAS", "REPUBLIC OF GHANA",
                  "National Identification Authority", "CARTE D'IDENTITE"),
        "label": ("Firstnames", "Previous Names", "Nationality", "Document Number",
                  "Place of Issuance", "Date of Expiry", "Personal ID Number", "Height",
                  "Prénoms", "Date de Naissance"),
    },
    "ghana_voter": {
        "title": ("ELECTORAL COMMISSION", "VOTER ID", "VOTERS ID", "VOTER IDENTITY CARD"),
        "label": ("Other Names", "Polling Station", "Date of Registration", "Station Code"),
    },
}


def scores(lines: list[TextLine]) -> dict[str, float]:
    text = "\n".join(ln.text for ln in lines)
    out: dict[str, float] = {}
    for doc, groups in KEYWORDS.items():
        total = 0.0
        for group, words in groups.items():
            hits = {m.key for line in text.splitlines()
                    for m in find_labels(line, {w: (w,) for w in words}, fuzzy_min=0.85)}
            weight = 3.0 if group == "title" else 1.0
            total += weight * min(len(hits), 2 if group == "title" else 6)
        if doc == "ghana_card" and "GHA-" in text.replace(" ", "").upper():
            total += 2.0
        out[doc] = total
    return out


def detect(lines: list[TextLine]) -> str:
    """The document type, or BackendError ``offline.unknown_document``."""
    sc = scores(lines)
    best = max(sc, key=lambda k: sc[k])
    if sc[best] < 2.0:
        raise BackendError(
            "Could not tell which document this is; choose the type.",
            message_zh="无法判断这是哪种证件，请选择证件类型。",
            code="offline.unknown_document",
        )
    return best
