"""Splitting a Chinese place of birth into province / city / county.

Why: the vendor returns ``birthProvince``/``birthCity``/``birthCounty`` while the
certificate has either three pre-printed slots (``广东 省 深圳 市 南山 县(区)``) or
the place written in one run (``广东省深圳市南山区``), often without the province
or with short names.  The division table is cpca's ``adcodes.csv`` (the real
national table, shipped in the ``cpca`` package); it is read directly rather than
through ``cpca.transform`` so the engine does not pull pandas into memory for
one lookup per document.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import dataclass
from importlib import resources

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


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    raw = resources.files("cpca.resources").joinpath("adcodes.csv").read_text("utf-8")
    out: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(raw)):
        out[row["adcode"][:6]] = row["name"]
    return out


@functools.lru_cache(maxsize=1)
def _levels() -> tuple[list[Division], list[Division], list[Division]]:
    t = _table()
    provinces = [Division(c, n) for c, n in t.items() if c.endswith("0000")]
    cities = [Division(c, n) for c, n in t.items()
              if c.endswith("00") and not c.endswith("0000")]
    counties = [Division(c, n) for c, n in t.items() if not c.endswith("00")]
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
    """Earliest (then longest) occurrence of a full or short division name."""
    best: tuple[int, int, Division] | None = None
    for d in items:
        if d.name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        for name in {d.name, short(d.name)}:
            pos = text.find(name, start)
            if pos < 0:
                continue
            # A full name wins over a short one at the same place.
            if best is None or pos < best[0] or (pos == best[0] and len(name) > best[1]):
                best = (pos, len(name), d)
    if best is None:
        return None
    return best[2], best[0], best[0] + best[1]


def split_place(text: str) -> Place:
    """Province, city and county named in ``text`` (any of them may be blank).

    Municipalities follow cpca: the districts sit under the table's ``市辖区`` (or
    ``县``) entry, ``北京市朝阳区`` → (北京市, 市辖区, 朝阳区).  A county-level unit
    governed directly by its province has no prefecture to print, so it fills the
    level its own name carries (the project's truth convention, as the slots of the
    form would read): ``湖北省仙桃市`` → (湖北省, 仙桃市, ""), ``海南省定安县`` →
    (海南省, "", 定安县) — see docs/adr/0043.
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
        city, _, pos = hit
    county_pool = [c for c in counties
                   if (city is not None and c.code[:4] == city.code[:4])
                   or (city is None and prov is not None and c.code[:2] == prov.code[:2])
                   or (city is None and prov is None)]
    if hit := _find(s, county_pool, pos):
        county = hit[0]
    # Fill the levels above from the code of the level found (the table's own parent,
    # 市辖区 / 县 / 省直辖县级行政区划 included: that is how the table files them).
    if county is not None:
        if city is None:
            parent = t.get(county.code[:4] + "00")
            if parent:
                city = Division(county.code[:4] + "00", parent)
        if prov is None:
            prov = Division(county.code[:2] + "0000", t.get(county.code[:2] + "0000", ""))
    if city is not None and prov is None:
        prov = Division(city.code[:2] + "0000", t.get(city.code[:2] + "0000", ""))
    if city is not None and city.name.endswith("直辖县级行政区划"):
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
