"""China's division table from python-stdnum: today's names, the old ones, no pandas.

The engine splits a place of birth with it and the generator draws places from it.
Certificates are printed with the names of their year, so a renamed or merged
division must still be found under its old name.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop_ocr.backends.offline.places import split_place
from desktop_ocr.documents.divisions_cn import (
    CURRENT,
    DivisionName,
    division_names,
    is_grouping,
    parse_loc,
)
from desktop_ocr.synthetic import places_cn

LOC_SAMPLE = """\
# a comment line, as in stdnum's file
41 province="河南省"
  0000 county="河南省"
  1000 county="许昌市"
  1003 county="[2017-]建安区"
  1023 county="[-2016]许昌县"
  9000 county="[1986-]省直辖县级行政单位"
23 province="黑龙江省"
  2701 county="[1981-2018]加格達奇區,[2018-]漠河市"
"""


def test_parse_loc_reads_years_alternatives_traditional_script_and_groupings():
    names = parse_loc(LOC_SAMPLE)
    assert DivisionName("410000", "河南省") in names
    assert DivisionName("411003", "建安区", 2017, CURRENT) in names
    assert DivisionName("411023", "许昌县", 0, 2016) in names
    # the statistical wording the engine and the generator use for the grouping row
    assert DivisionName("419000", "省直辖县级行政区划", 1986, CURRENT) in names
    # two names of one code; the traditional characters of the source simplified
    assert DivisionName("232701", "加格达奇区", 1981, 2018) in names
    assert DivisionName("232701", "漠河市", 2018, CURRENT) in names
    assert is_grouping("省直辖县级行政区划") and is_grouping("市辖区")
    assert not is_grouping("郊区")  # a real district (阳泉市郊区)


def test_parse_loc_refuses_a_line_it_does_not_understand():
    with pytest.raises(ValueError):
        parse_loc('41 province="河南省"\nthis is not the format\n')


def test_the_packaged_table_has_current_and_old_names():
    names = division_names()
    current = {(d.code, d.name) for d in names if d.current}
    old = {(d.code, d.name) for d in names if not d.current}
    assert ("330106", "西湖区") in current
    assert ("411003", "建安区") in current and ("411023", "许昌县") in old
    assert len(current) > 3000  # every province, prefecture and county of today


@pytest.mark.parametrize(("text", "place"), [
    # today's divisions, full and short
    ("浙江省杭州市西湖区", ("浙江省", "杭州市", "西湖区")),
    ("广东 省 深圳 市 南山 县(区)", ("广东省", "深圳市", "南山区")),
    ("北京市朝阳区", ("北京市", "市辖区", "朝阳区")),
    ("湖北省仙桃市", ("湖北省", "仙桃市", "")),
    ("海南省定安县", ("海南省", "", "定安县")),
    # old names stay valid, returned as printed
    ("河南省许昌市许昌县", ("河南省", "许昌市", "许昌县")),
    ("河南省许昌市建安区", ("河南省", "许昌市", "建安区")),
    ("浙江省杭州市下城区", ("浙江省", "杭州市", "下城区")),  # merged in 2021
    ("山东省莱芜市钢城区", ("山东省", "莱芜市", "钢城区")),  # prefecture until 2019
    ("安徽省巢湖市居巢区", ("安徽省", "巢湖市", "居巢区")),  # prefecture 1999-2011
    ("广东省梅州市梅县", ("广东省", "梅州市", "梅县")),  # 梅县区 since 2013
    # an old prefecture's short name inside today's county names is not taken for it
    ("重庆市涪陵区", ("重庆市", "市辖区", "涪陵区")),
    ("西藏自治区昌都市八宿县", ("西藏自治区", "昌都市", "八宿县")),
    ("安徽省巢湖市", ("安徽省", "合肥市", "巢湖市")),  # a county-level city today
])
def test_split_place_knows_current_and_old_names(text, place):
    found = split_place(text)
    assert (found.province, found.city, found.county) == place


def test_generated_places_use_todays_names_only():
    table = places_cn.counties()
    names = {n for c in table for n in c.names}
    assert "建安区" in names and "许昌县" not in names
    assert not any(is_grouping(n) for n in names)
    assert len({c.code for c in table}) == len(table)
    from desktop_ocr.documents import birth_certificate

    groups = birth_certificate.ETHNIC_GROUPS
    assert places_cn.ethnic_groups() == groups and len(set(groups)) == 56
    assert groups[0] == "汉族"
    # the generator's ordered list and the schema's vocabulary name the same 56 groups



def test_engine_and_generator_load_neither_cpca_nor_pandas():
    code = (
        "import sys\n"
        "from desktop_ocr.backends.offline.places import split_place\n"
        "from desktop_ocr.backends.offline import fields_birth\n"
        "from desktop_ocr.synthetic import places_cn\n"
        "split_place('浙江省杭州市西湖区'); places_cn.counties(); fields_birth.value_words()\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('cpca', 'pandas', 'ahocorasick'))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
