"""Splitting a Chinese place of birth into province / city / county.

Why: the vendor returns ``birthProvince``/``birthCity``/``birthCounty`` while the
certificate has either three pre-printed slots (``广东 省 深圳 市 南山 县(区)``) or
the place written in one run (``广东省深圳市南山区``), often without the province
or with short names.  The division table is GB/T 2260 as python-stdnum ships it
(``desktop_ocr.documents.divisions_cn``): current names *and* the names divisions
carried before (a certificate printed in 2010 says 许昌县, not 建安区), so both
are found.  The table has no short names; :func:`short` derives them from the
official suffixes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from desktop_ocr.documents.divisions_cn import current_names, division_names, is_grouping

#: The birth medical certificate (出生医学证明) exists since 1996 (Maternal and Infant
#: Health Care Law, 1995): names no division carried since then are never printed on
#: one, and would only collide with today's names (永吉地区 ended in 1983).
FIRST_YEAR = 1996

_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州",
             "自治县", "自治旗", "地区", "省", "市", "县", "区", "盟", "旗")
# Pre-printed slot words that end up inside the OCR text of the place.
_SLOT_WORDS = re.compile(r"县\s*[（(]\s*区\s*[)）]|[（(]\s*区\s*[)）]|乡\s*[（(]\s*镇\s*[)）]")
_MUNICIPALITIES = {"11", "12", "31", "50"}


@functools.lru_cache(maxsize=8192)
def short(name: str) -> str:
    """``广西壮族自治区`` → ``广西``, ``南山区`` → ``南山`` (never below two characters)."""
    for suf in _SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


@dataclass(frozen=True, slots=True)
class Division:
    code: str  # 6 digits
    name: str
    current: bool = True  # False: a name the division carried before (since 1996)


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Code → the name a parent level is filled with (today's, or the last one)."""
    return current_names()


@functools.lru_cache(maxsize=1)
def _levels() -> tuple[list[Division], list[Division], list[Division]]:
    """Every name of every division per level, current names first (they win a tie)."""
    every: dict[tuple[str, str], Division] = {}
    for d in division_names():
        if d.until >= FIRST_YEAR and (d.code, d.name) not in every:
            every[d.code, d.name] = Division(d.code, d.name, d.current)
    names = list(every.values())
    provinces = [d for d in names if d.code.endswith("0000")]
    cities = [d for d in names if d.code.endswith("00") and not d.code.endswith("0000")]
    counties = [d for d in names if not d.code.endswith("00")]
    return provinces, cities, counties


@dataclass(frozen=True, slots=True)
class Place:
    province: str = ""
    city: str = ""
    county: str = ""

    @property
    def found(self) -> bool:
        return bool(self.province or self.city or self.county)


def _find(text: str, items: list[Division], start: int = 0) -> tuple[Division, int, int] | None:
    """Earliest, then longest occurrence of a full or short division name.

    At the same place and length a full name beats a short one (``梅县`` as printed
    before 2013, not ``梅县区`` shortened), then a current name beats an old one (the
    list has them first).
    """
    best: tuple[tuple[int, int, bool], Division, int] | None = None
    for d in items:
        if is_grouping(d.name):
            continue
        for name in dict.fromkeys((d.name, short(d.name))):
            pos = text.find(name, start)
            if pos < 0:
                continue
            key = (pos, -len(name), name != d.name)
            if best is None or key < best[0]:
                best = (key, d, len(name))
    if best is None:
        return None
    (pos, _, _), division, length = best
    return division, pos, pos + length


def _counties_in(counties: list[Division], prov: Division | None,
                 city: Division | None) -> list[Division]:
    return [c for c in counties
            if (city is not None and c.code[:4] == city.code[:4])
            or (city is None and prov is not None and c.code[:2] == prov.code[:2])
            or (city is None and prov is None)]


def split_place(text: str) -> Place:
    """Province, city and county named in ``text`` (any of them may be blank).

    Municipalities follow the table: the districts sit under its ``市辖区`` (or
    ``县``) entry, ``北京市朝阳区`` → (北京市, 市辖区, 朝阳区).  A county-level unit
    governed directly by its province has no prefecture to print, so it fills the
    level its own name carries (the project's truth convention, as the slots of the
    form would read): ``湖北省仙桃市`` → (湖北省, 仙桃市, ""), ``海南省定安县`` →
    (海南省, "", 定安县) — see docs/adr/0043.  Names divisions carried since 1996 are
    found too and returned as written (``河南省许昌市许昌县``); an old prefecture
    (``巢湖市`` until 2011) is taken only when one of its counties follows.
    """
    t = _table()
    s = _SLOT_WORDS.sub("", re.sub(r"\s+", "", text or ""))
    if not s:
        return Place()
    provinces, cities, counties = _levels()
    pos = 0
    prov = city = county = None
    if hit := _find(s, provinces):
        prov, _, pos = hit
    municipality = prov is not None and prov.code[:2] in _MUNICIPALITIES
    city_pool = [c for c in cities if prov is None or c.code[:2] == prov.code[:2]]
    if not municipality and (hit := _find(s, city_pool, pos)):
        city, _, after_city = hit
        if not city.current and _find(s, _counties_in(counties, prov, city), after_city) is None:
            # An old prefecture with none of its counties after it: today's unit of that
            # name (巢湖市 is a county-level city of 合肥市 since 2011), if any.
            hit = _find(s, [c for c in city_pool if c.current], pos)
            city, after_city = (hit[0], hit[2]) if hit else (None, pos)
        pos = after_city
    if hit := _find(s, _counties_in(counties, prov, city), pos):
        county = hit[0]
    # Fill the levels above from the code of the level found (the table's own parent,
    # 市辖区 / 县 / 省直辖县级行政区划 included: that is how the table files them).
    if county is not None:
        if city is None and not county.code[:4].endswith("00"):
            parent = t.get(county.code[:4] + "00")
            if parent:
                city = Division(county.code[:4] + "00", parent)
        if prov is None:
            prov = Division(county.code[:2] + "0000", t.get(county.code[:2] + "0000", ""))
    if city is not None and prov is None:
        prov = Division(city.code[:2] + "0000", t.get(city.code[:2] + "0000", ""))
    # A grouping row is no city — except a municipality's 市辖区 / 县 (see above).
    if city is not None and is_grouping(city.name) and not (
            prov is not None and prov.code[:2] in _MUNICIPALITIES
            and city.name in ("市辖区", "县", "市")):
        city = None
        if county is not None and county.name.endswith("市"):
            city, county = county, None
    return Place(
        province=prov.name if prov else "",
        city=city.name if city else "",
        county=county.name if county else "",
    )


@functools.lru_cache(maxsize=1)
def province_codes() -> frozenset[str]:
    """Two-digit province codes of the table (the first digits of a resident ID)."""
    return frozenset(code[:2] for code in _table())
