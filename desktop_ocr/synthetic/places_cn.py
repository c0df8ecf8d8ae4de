"""Real Chinese administrative divisions for generated places of birth and addresses.

Why read the engine's table (GB/T 2260 from python-stdnum, see
``desktop_ocr.documents.divisions_cn``): the engine splits a place of birth into
province / city / county with a real division table, so generated places must be real
combinations (杭州市 is in 浙江省 and 西湖区 in 杭州市) — a hand-made list would drift
from the table and make the engine look wrong when the test data is.  Generated places
use today's names only; the engine also knows the old ones.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass

from desktop_ocr.documents.birth_certificate import ETHNIC_GROUPS
from desktop_ocr.documents.divisions_cn import division_names, is_grouping

# Municipalities: their "city" level is 市辖区 in the table, and the vendor's split of
# 北京市朝阳区 into province/city is not documented — they are left out so the truth is
# never a guess.
_MUNICIPALITIES = {"11", "12", "31", "50"}
# Hong Kong, Macau, Taiwan: not issued by the mainland birth certificate system.
_EXCLUDED_PROVINCES = {"71", "81", "82"}


def is_placeholder(name: str) -> bool:
    """Whether ``name`` is a grouping row of the division table, not a place.

    The table files county-level units that report straight to a province under a pseudo
    city "省直辖县级行政区划" (or "自治区直辖县级行政区划"), and the districts of a
    municipality under "市辖区" / "县".  No document prints these words as a place.
    """
    return is_grouping(name)


@dataclass(frozen=True, slots=True)
class County:
    """One place of birth as the truth holds it (never a table placeholder).

    Rule for county-level units directly under a province (湖北省 仙桃市, 河南省 济源市,
    新疆 石河子市, 海南省 定安县, 湖北省 神农架林区): there is no prefecture level to print,
    so the unit goes to the slot whose printed suffix it carries — a ``…市`` is the city
    (birthCity "仙桃市", birthCounty ""), anything else is the county (birthCity "",
    birthCounty "定安县").  Nothing is invented for the empty level.
    """

    code: str  # 6-digit division code (also the first 6 digits of a resident ID)
    province: str  # 浙江省
    city: str  # 杭州市 ("" for a county directly under the province)
    county: str  # 西湖区 ("" for a county-level city directly under the province)

    @property
    def names(self) -> tuple[str, ...]:
        """The non-empty parts, province first (what the one-run place of birth prints)."""
        return tuple(n for n in (self.province, self.city, self.county) if n)


@functools.lru_cache(maxsize=1)
def counties() -> tuple[County, ...]:
    """All places of birth of the table today, except municipalities; no placeholder names."""
    names = {d.code: d.name for d in division_names() if d.current}
    result: list[County] = []
    for code, name in names.items():
        if code.endswith("00") or code[:2] in _MUNICIPALITIES | _EXCLUDED_PROVINCES:
            continue
        province = names.get(code[:2] + "0000")
        city = names.get(code[:4] + "00")
        if not province or not city or is_placeholder(name) or len(name) < 2:
            continue
        if is_placeholder(city):
            # directly under the province: see the County docstring for the rule
            city, county = (name, "") if name.endswith("市") else ("", name)
        else:
            county = name
        result.append(County(code, province, city, county))
    result.sort(key=lambda c: c.code)
    return tuple(result)


@functools.lru_cache(maxsize=1)
def municipal_districts() -> tuple[tuple[str, str, str], ...]:
    """The districts and counties of the four municipalities (北京, 天津, 上海, 重庆) as
    (division code, municipality, district): ``("500112", "重庆市", "渝北区")``.

    Why apart from :func:`counties`: a municipality has no prefecture level, and what a
    certificate prints in its 市 slot is the printer's choice (the municipality again, or
    nothing), never the table's 市辖区; the ``real`` family draws that choice itself.
    """
    names = {d.code: d.name for d in division_names() if d.current}
    result = []
    for code, name in sorted(names.items()):
        if code[:2] not in _MUNICIPALITIES or code.endswith("00") or len(name) < 2:
            continue
        if is_placeholder(name):
            continue
        result.append((code, names[code[:2] + "0000"], name))
    return tuple(result)


@functools.lru_cache(maxsize=1)
def ethnic_groups() -> tuple[str, ...]:
    """The 56 ethnic groups, 汉族 first."""
    return ETHNIC_GROUPS


def pick_county(rng: random.Random) -> County:
    return rng.choice(counties())


def pick_ethnic(rng: random.Random) -> str:
    """汉族 most of the time (as in the population), a real minority group otherwise."""
    if rng.random() < 0.8:
        return "汉族"
    return rng.choice(ethnic_groups()[1:])


_ROADS = (
    "人民", "解放", "中山", "建设", "和平", "新华", "文化", "胜利", "光明", "朝阳", "长江",
    "黄河", "青年", "东风", "南京", "北京", "学院", "工业", "滨江", "文三", "复兴", "友谊",
    "幸福", "团结", "民主", "育才", "花园", "环城", "西湖", "金山",
)
_ROAD_KINDS = ("路", "街", "大道", "东路", "西路", "南路", "北路")
_ESTATES = (
    "阳光", "锦绣", "翠苑", "金色", "绿城", "碧水", "华府", "丽景", "世纪", "春晓", "东方",
    "明珠", "香樟", "紫荆", "桂花",
)
_ESTATE_KINDS = ("小区", "花园", "家园", "苑", "公寓", "新村")


def address(rng: random.Random, county: County) -> str:
    """A real-looking street address in ``county``.

    Kept within about 24 characters: the vendor field holds up to 64, but the printed box on
    the certificate holds one line.
    """
    road = rng.choice(_ROADS) + rng.choice(_ROAD_KINDS) + f"{rng.randint(1, 399)}号"
    head = county.city + county.county
    if rng.random() < 0.4:
        head = county.province + head
    if rng.random() < 0.5:
        estate = rng.choice(_ESTATES) + rng.choice(_ESTATE_KINDS)
        unit = f"{rng.randint(1, 30)}幢{rng.randint(1, 6)}单元{rng.randint(1, 32)}0{rng.randint(1, 4)}室"
        tail = estate + unit if rng.random() < 0.5 else road + estate
    else:
        tail = road
    text = head + tail
    if len(text) > 26:
        text = county.city + county.county + road
    return text


_HOSPITAL_PATTERNS = (
    "{city}妇幼保健院",
    "{city}第一人民医院",
    "{city}第二人民医院",
    "{city}人民医院",
    "{city}中心医院",
    "{city}中医院",
    "{county}人民医院",
    "{county}妇幼保健院",
    "{province}人民医院",
    "{province}妇幼保健院",
    "{city}妇女儿童医院",
    "{county}第一人民医院",
)


def hospital(rng: random.Random, county: County) -> str:
    city = county.city or county.county
    return rng.choice(_HOSPITAL_PATTERNS).format(
        province=county.province, city=city, county=county.county or city
    )
