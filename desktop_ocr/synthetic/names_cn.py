"""Chinese personal names and resident identity numbers.

Why generated: test data must never be a real person's document.  Names mix the most
frequent surnames (with a few two-character ones) and common given-name characters so the
engine sees realistic but varied glyphs; ID numbers are valid (region code from the real
table, birth date consistent with the printed age, sex digit, ISO 7064 MOD 11-2 check
character computed by python-stdnum) so validators accept them.
"""

from __future__ import annotations

import datetime as dt
import random

from stdnum.cn import ric

SURNAMES = (
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
    "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
    "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏",
    "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
    "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹",
    "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵",
    "欧阳", "司马", "诸葛", "上官",
)
_GIVEN_MALE = (
    "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "华", "平", "刚", "辉", "鹏",
    "浩", "宇", "轩", "然", "博", "俊", "文", "建", "国", "志", "海", "峰", "斌", "晨", "子",
    "泽", "睿", "昊", "天", "一", "嘉", "佳", "逸", "铭", "航", "晓", "东", "成", "康", "宏",
)
_GIVEN_FEMALE = (
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "婷", "玲", "雪", "梅", "琳", "欣",
    "怡", "萱", "涵", "雨", "思", "诗", "梓", "可", "馨", "悦", "彤", "颖", "晓", "佳", "嘉",
    "欣", "月", "慧", "倩", "蕾", "晶", "洁", "琪", "瑶", "菲", "一", "子", "若", "安", "沐",
)


def given_name(rng: random.Random, male: bool) -> str:
    pool = _GIVEN_MALE if male else _GIVEN_FEMALE
    if rng.random() < 0.25:
        return rng.choice(pool)
    first = rng.choice(pool)
    second = rng.choice([c for c in pool if c != first])
    return first + second


def full_name(rng: random.Random, male: bool, surname: str | None = None) -> str:
    return (surname or rng.choice(SURNAMES)) + given_name(rng, male)


def resident_id(rng: random.Random, region_code: str, birth: dt.date, male: bool) -> str:
    """A valid 18-character resident identity number.

    The 17th digit is odd for men, even for women; the last one is the check character.
    """
    order = rng.randint(0, 99) * 10 + rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
    body = f"{region_code}{birth:%Y%m%d}{order:03d}"
    return body + ric.calc_check_digit(body + "0")


def valid_region(region_code: str, birth: dt.date) -> bool:
    """Whether python-stdnum knows ``region_code`` as a county valid in ``birth``'s year."""
    probe = f"{region_code}{birth:%Y%m%d}001"
    try:
        return ric.is_valid(probe + ric.calc_check_digit(probe + "0"))
    except (KeyError, ValueError):  # python-stdnum trips over a few partial table entries
        return False


def birth_date_for_age(rng: random.Random, on: dt.date, age: int) -> dt.date:
    """A birth date so that the person is exactly ``age`` years old on ``on``."""
    latest = _years_before(on, age)  # birthday on ``on`` itself: just turned ``age``
    earliest = _years_before(on, age + 1) + dt.timedelta(days=1)
    span = (latest - earliest).days
    return earliest + dt.timedelta(days=rng.randint(0, span))


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def age_on(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
