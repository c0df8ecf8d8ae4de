"""China's administrative divisions (GB/T 2260) and ethnic groups (GB 3304), without pandas.

Why this source: the division table ships with python-stdnum (already a dependency,
for resident ID checks) as ``stdnum/cn/loc.dat``: every province, prefecture and
county code with its names over time (``[2017-]建安区`` replaced ``[-2016]许昌县``
under 411003).  The engine must accept the names printed on certificates of any
year, so old names stay valid next to current ones; generated documents use the
current names only.  (The ``cpca`` package, read before, pulled pandas and
pyahocorasick into every install for two CSV files.)

What ``loc.dat`` does not have, derived here or elsewhere:

* short names (``广西`` for ``广西壮族自治区``, ``南山`` for ``南山区``) — derived from the
  official suffixes by ``desktop_ocr.backends.offline.places.short``;
* simplified spelling everywhere — a few entries (黑龙江 加格達奇區 …, 香港特別行政區)
  are in traditional characters and are converted (:data:`_SIMPLIFIED`);

The grouping rows of the table (:func:`is_grouping`) keep the statistical wording the
engine and the generator use: ``省直辖县级行政区划`` / ``自治区直辖县级行政区划``
(``loc.dat`` says ``…行政单位``), and ``市辖区`` / ``县`` under municipalities.

Three rows of ``loc.dat`` (copied from Wikipedia) lack the end year of a name that
GB/T 2260 no longer has, which would make one place current twice
(:data:`_ENDED_WITHOUT_YEAR`); they stay valid as old names.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

#: Current names carry no end year.
CURRENT = 9999
#: ``until`` of a name that ended in a year the table does not give.
ENDED = 0
#: 422900 林区 / 422921 神农架林区 (now 429021 under the province) and 429001 随州市 (a
#: prefecture, 421300, since 2000): listed in ``loc.dat`` with no years at all.
_ENDED_WITHOUT_YEAR = frozenset({"422900", "422921", "429001"})
#: Rows that group divisions, never a place: under municipalities (市辖区, 县, and 市
#: for 重庆's county-level cities 1997-2006), the old 市区 rows, 神农架's old 林区 row.
_GROUPINGS = frozenset({"市辖区", "县", "市", "市区", "林区"})

#: Traditional characters found in ``loc.dat`` names → simplified (GB 2312).
_SIMPLIFIED = str.maketrans({"達": "达", "嶺": "岭", "區": "区", "會": "会", "員": "员",
                             "門": "门", "別": "别", "稜": "棱"})
_PLACEHOLDER_WORDING = ("直辖县级行政单位", "直辖县级行政区划")
_PROVINCE = re.compile(r'(\d{2}) province="([^"]*)"')
_COUNTY = re.compile(r' {2}(\d{4}) county="([^"]*)"')
_NAMED = re.compile(r"(?:\[(\d*)-(\d*)\])?(.+)")

@dataclass(frozen=True, slots=True)
class DivisionName:
    """One name a division code carried, and the years it carried it (inclusive).

    ``since`` is 0 when the table gives no start (in use since before 1980),
    ``until`` is :data:`CURRENT` for a name in use today.
    """

    code: str  # 6 digits: PP0000 province, PPCC00 prefecture, PPCCXX county
    name: str
    since: int = 0
    until: int = CURRENT

    @property
    def current(self) -> bool:
        return self.until == CURRENT


def is_grouping(name: str) -> bool:
    """Whether ``name`` is a grouping row of the table (``市辖区``, ``省直辖县级行政区划``…)."""
    return name in _GROUPINGS or name.endswith("直辖县级行政区划")


def _clean(name: str) -> str:
    name = name.strip().translate(_SIMPLIFIED)
    return name.replace(*_PLACEHOLDER_WORDING) if name.endswith(_PLACEHOLDER_WORDING[0]) \
        else name


def parse_loc(text: str) -> list[DivisionName]:
    """Every (code, name, years) of python-stdnum's ``cn/loc.dat`` text, in file order.

    The format (stdnum's ``numdb``): a province line ``11 province="北京市"`` then its
    divisions indented, ``  0105 county="朝阳区"``, a name optionally preceded by its
    years (``[1986-]``, ``[-2010]``, ``[1986-1994]``) and several names separated by
    commas.  The province's own ``0000`` row repeats its name.
    """
    out: list[DivisionName] = []
    province = ""
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if m := _PROVINCE.fullmatch(line):
            province = m[1]
            out.append(DivisionName(province + "0000", _clean(m[2])))
            continue
        m = _COUNTY.fullmatch(line)
        if m is None or not province:
            raise ValueError(f"unexpected line in the division table: {line!r}")
        code = province + m[1]
        for part in m[2].split(","):
            named = _NAMED.fullmatch(part.strip())
            if named is None:
                continue
            since = int(named[1]) if named[1] else 0
            until = int(named[2]) if named[2] else CURRENT
            if code in _ENDED_WITHOUT_YEAR and not named[1] and not named[2]:
                until = ENDED
            out.append(DivisionName(code, _clean(named[3]), since, until))
    return out


@functools.lru_cache(maxsize=1)
def division_names() -> tuple[DivisionName, ...]:
    """All names of all divisions: current names first (in code order), then old ones.

    Why that order: a name that is both current somewhere and old elsewhere (申扎县
    moved from 542426 to 540625 when 那曲地区 became 那曲市) is found first where it
    is today.
    """
    raw = resources.files("stdnum.cn").joinpath("loc.dat").read_text("utf-8")
    names = sorted(set(parse_loc(raw)), key=lambda d: (not d.current, d.code, -d.until))
    return tuple(names)


@functools.lru_cache(maxsize=1)
def current_names() -> dict[str, str]:
    """Code → today's name, or the last name of a division that no longer exists."""
    out: dict[str, str] = {}
    for d in sorted(division_names(), key=lambda d: (d.code, d.until, d.since)):
        out[d.code] = d.name  # the latest period wins
    return out
