"""The place of birth as the form prints it: what stands in each 省 / 市 / 县(区) slot.

Why: the vendor keys birthProvince / birthCity / birthCounty hold what the document
prints in each slot (issue 10).  The national division table is only a tool — it
completes a short name (``浙江`` before the printed 省 is 浙江省), splits a place
printed in one run (``广东省深圳市南山区``) and tells a place from other text — but
it never adds a level the document does not print: a municipality printed
``重庆市 重庆市 渝北区`` has the city 重庆市 (not the table's 市辖区), and
``北京市`` with an empty city slot has none.

A value that is not mostly division names is not a place (the margin's
``中华人民共和国…`` holds 共和 of 共和县; that does not make it a place of birth).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop_ocr.backends.offline.places import Place, short, split_place

# The placeholders of the division table (they are never printed on a certificate).
_PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
# Slot words, brackets dropped (OCR loses them: 县（区 ), and their English twins (a
# slot's Chinese word lost, its twin read: "Prov").
_SLOT_OF = {"省": 0, "市": 1, "县区": 2, "区": 2, "县": 2, "乡": 3, "乡镇": 3,
            "Province": 0, "Prov": 0, "City": 1, "County": 2, "CountyDistrict": 2,
            "District": 2, "Town": 3, "Township": 3}
# A bracketed slot word read into the value before it (城区县(区)).
_MERGED_SLOT = re.compile(r"^(.+?)(县[(（]?区[)）]?|乡[(（]?镇[)）]?)$")
# 省 / 市 read into a full name that already ends in a suffix (甘孜藏族自治州市).
_MERGED_CHAR = re.compile(r"^(.+(?:省|市|州|盟|区|县|旗|地区))(省|市)$")
# A slot word read into the start of the next value (省甘孜藏族自治州); no division
# name starts with 省, and only 市中区 with 市.
_LEADING_SLOT = re.compile(r"^(省|市(?!中区|辖区)|县[(（]区[)）]?|乡[(（]镇[)）]?)(.{2,})$")
_SUFFIX = ("省", "市", "", "")


def _clean(text: str) -> str:
    """Without spaces and the English twins (Province, City, County/District)."""
    return re.sub(r"[A-Za-z/.\s]+", "", text)


def coverage(text: str, place: Place) -> float:
    """The share of ``text`` (its Chinese glyphs) that is place: the place's names
    (full or short, wherever repeated), the slot words, a township (…乡, …镇, …街道)."""
    t = "".join(c for c in text if "\u3400" <= c <= "\u9fff")
    if not t:
        return 0.0
    covered = [False] * len(t)

    def mark(word: str) -> None:
        start = 0
        while word and (i := t.find(word, start)) >= 0:
            covered[i:i + len(word)] = [True] * len(word)
            start = i + 1

    for name in (place.province, place.city, place.county):
        if name:
            mark(name)
            mark(short(name))
    for m in re.finditer(r"[\u4e00-\u9fff]{1,6}?(?:乡|镇|街道)", t):
        covered[m.start():m.end()] = [True] * (m.end() - m.start())
    for i, c in enumerate(t):
        if c in "省市县区乡镇":
            covered[i] = True
    return sum(covered) / len(t)


def is_place(text: str) -> bool:
    """Mostly division names (a place of birth), not a sentence holding one."""
    clean = _clean(text)
    place = split_place(clean)
    return place.found and coverage(clean, place) >= 0.6


def _split_merged(pieces: Sequence[str]) -> list[str]:
    """Pieces without spaces and English twins, slot words read into a value cut off."""
    out: list[str] = []
    for piece in pieces:
        twin = re.sub(r"[\s/.()（）]", "", piece)
        if twin in _SLOT_OF and twin.isascii():
            out.append(twin)
            continue
        p = re.sub(r"[A-Za-z/.\s]+", "", piece)
        if out and (m := _LEADING_SLOT.match(p)):
            out.append(m.group(1))
            p = m.group(2)
        if (m := _MERGED_SLOT.match(p)) or (m := _MERGED_CHAR.match(p)):
            out.extend((m.group(1), m.group(2)))
        elif p:
            out.append(p)
    return out


def _lift(texts: list[str], upper: tuple[str, str]) -> None:
    """A level read into the slot below it when its own slot word was lost (城市 slot
    holding ``西藏自治区昌都市``, the 省 slot empty): it goes up to its own slot."""
    for level, name in enumerate(upper):
        if texts[level] or not name:
            continue
        below = texts[level + 1]
        for form in (name, short(name)):
            if form and below.startswith(form) and len(below) > len(form):
                texts[level], texts[level + 1] = form, below[len(form):]
                break


def read_place(pieces: Sequence[str]) -> Place:
    """The place from the pieces read on its row, in reading order.

    With the form's slot words among the pieces (``浙江 | 省 | 杭州 | 市 | 西湖 |
    县(区)``) each level is the text before its slot word; without them the place was
    printed in one run and is split by the table, a municipality's placeholder city
    left empty.
    """
    slots: list[list[str]] = [[], [], [], []]
    pending: list[str] = []
    marks = 0
    seen: set[int] = set()
    for piece in _split_merged(pieces):
        word = re.sub(r"[()（）]", "", piece)
        if word in _SLOT_OF:
            if _SLOT_OF[word] in seen:  # its twin (省 and Prov) already marked the slot
                continue
            seen.add(_SLOT_OF[word])
            slots[_SLOT_OF[word]].extend(pending)
            pending = []
            marks += 1
        elif piece:
            pending.append(piece)
    if marks < 2:  # one run (or a lone slot word): split by the table
        place = split_place(_clean("".join(pieces)))
        return Place(place.province, "" if place.city in _PLACEHOLDERS else place.city,
                     place.county)
    texts = ["".join(s) for s in slots[:3]]
    if pending and not texts[2]:  # after the last slot word: the county without its slot
        texts[2] = "".join(pending)  # (else the town, 乡(镇), which no vendor field holds)
    table = split_place("".join(texts))
    _lift(texts, (table.province, table.city))
    out = []
    for level, (text, found) in enumerate(zip(texts, (table.province, table.city,
                                                      table.county), strict=True)):
        if not text:
            out.append("")  # an empty slot stays empty
        elif found and found not in _PLACEHOLDERS and (
                text in (found, short(found)) or found.startswith(text)):
            out.append(found)
        else:  # as printed, with the slot's own word when it lacks any suffix
            suffix = _SUFFIX[level]
            out.append(text if not suffix or text.endswith(("省", "市", "区", "州", "盟"))
                       else text + suffix)
    return Place(*out)
