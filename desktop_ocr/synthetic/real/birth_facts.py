"""The facts of a ``real``-family birth certificate, and the text a hospital prints per slot.

Why apart from the designs: the 4th, 5th and 7th editions print the same facts into
differently arranged slots; one place decides what each slot holds and what the truth is,
including the cases the designs add on purpose (municipalities, long names, see
``real.plan``).  Facts are drawn with ``birth_certificate.draw_facts`` so the truth rules
(real places, valid ID numbers, ages consistent with them) are those of the other families.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from desktop_ocr.synthetic import places_cn
from desktop_ocr.synthetic.birth_certificate import BirthFacts, draw_facts
from desktop_ocr.synthetic.real.plan import Plan

SLOT_KEYS: dict[str, str] = {
    "name": "babyName", "sex": "babySex", "year": "babyBirthday", "month": "babyBirthday",
    "day": "babyBirthday", "weeks": "gestationalAge", "grams": "birthWeight",
    "length": "birthLength", "prov": "birthProvince", "city": "birthCity",
    "county": "birthCounty", "hospital": "hospital", "code": "code",
    "m_name": "motherName", "m_age": "motherAge", "m_nat": "motherNationality",
    "m_eth": "motherEthnic", "m_addr": "motherAddress", "m_id": "motherID",
    "f_name": "fatherName", "f_age": "fatherAge", "f_nat": "fatherNationality",
    "f_eth": "fatherEthnic", "f_addr": "fatherAddress", "f_id": "fatherID",
}
"""Printed slot → the truth key whose box it gives (hour, minute, the 乡 slot, the tick
rows and the issue date are printed but are no vendor field)."""

_TOWNS = ("城关镇", "新城镇", "东升乡", "城南街道", "太平镇", "永兴乡", "南山街道")
_LONG_HOSPITALS = (
    "{province}{city}{county}妇幼保健计划生育服务中心",
    "{city}第一人民医院{county}分院妇产科",
    "{province}{city}妇女儿童医疗保健中心产科",
    "{city}{county}中西医结合医院妇产科病区",
)


@dataclass
class CertFacts:
    """``truth`` (vendor keys) and ``printed`` (slot → text as the printer sets it)."""

    base: BirthFacts
    truth: dict[str, str]
    printed: dict[str, str]
    serial: str  # the serial as printed (may hold a space after the letter)


def _municipality(rng: random.Random, f: BirthFacts, mode: str) -> None:
    """Place of birth in a municipality; ``mode`` "full" prints it in the 省 and the 市
    slot (重庆市 重庆市 渝北区), "empty_city" leaves the 市 slot empty (北京市 / 朝阳区)."""
    code, city, district = rng.choice(places_cn.municipal_districts())
    f.place = places_cn.County(code, city, city if mode == "full" else "", district)
    f.hospital = rng.choice((f"{city}{district}妇幼保健院", f"{city}{district}人民医院",
                             f"{city}第一人民医院", f"{district}中心医院"))
    for person in (f.mother, f.father):
        if rng.random() < 0.7:
            person.address = (city + district + rng.choice(("人民路", "解放大道", "建设路"))
                              + f"{rng.randint(1, 399)}号")


def _long_names(rng: random.Random, f: BirthFacts) -> None:
    """Names long enough to wrap inside their own cell (hospital, addresses)."""
    p = f.place
    f.hospital = rng.choice(_LONG_HOSPITALS).format(
        province=p.province, city=p.city or p.county, county=p.county or p.city)
    for person in (f.mother, f.father):
        estate = rng.choice(("锦绣华府", "阳光新城", "翠苑新村", "世纪花园"))
        person.address = (p.province + p.city + p.county + rng.choice(("幸福东路", "人民南路"))
                          + f"{rng.randint(1, 399)}号{estate}{rng.randint(1, 30)}幢"
                          f"{rng.randint(1, 6)}单元{rng.randint(1, 32)}0{rng.randint(1, 4)}室")


_EDITION_YEARS = {
    "4th": (dt.date(2005, 1, 1), dt.date(2013, 12, 31)),
    "5th": (dt.date(2014, 1, 1), dt.date(2022, 12, 31)),
    "7th": (dt.date(2023, 1, 1), dt.date(2025, 6, 30)),
}
"""Births each edition was issued for (the 6th edition kept the 5th's form)."""


def draw(rng: random.Random, plan: Plan) -> CertFacts:
    f = draw_facts(rng, _EDITION_YEARS[plan.design])
    if plan.design == "4th":  # the 4th edition's serials start with other letters
        f.code = rng.choice("ABCDEFGHJ") + f.code[1:]
        f.truth["code"] = f.code
    if plan.municipality:
        _municipality(rng, f, plan.municipality)
    if plan.long_names:
        _long_names(rng, f)
    truth = dict(f.truth)
    truth.update(birthProvince=f.place.province, birthCity=f.place.city,
                 birthCounty=f.place.county, hospital=f.hospital,
                 motherAddress=f.mother.address, fatherAddress=f.father.address)
    if plan.design == "4th":  # the 4th edition prints no address
        truth["motherAddress"] = truth["fatherAddress"] = ""

    padded = rng.random() < 0.5
    strip = rng.random() < 0.4 and not plan.municipality

    def num(n: int) -> str:
        return f"{n:02d}" if padded else str(n)

    prov, city = f.place.province, f.place.city
    if strip:  # the slot's own pre-printed word completes it: 浙江 省, 杭州 市
        prov = prov[:-1] if prov.endswith("省") else prov
        city = city[:-1] if city.endswith("市") and len(city) > 2 else city
    printed = {
        "name": f.baby, "sex": truth["babySex"],
        "year": str(f.born.year), "month": num(f.born.month), "day": num(f.born.day),
        "hour": num(f.hour), "minute": num(f.minute),
        "weeks": str(f.weeks), "grams": str(f.grams), "length": str(f.length),
        "prov": prov, "city": city, "county": f.place.county,
        "town": rng.choice(_TOWNS) if plan.design == "4th" and rng.random() < 0.25 else "",
        "hospital": f.hospital,
        "health": rng.choice(("良好", "良好", "良好", "一般")),
        "place_kind": "医院" if "医院" in f.hospital else (
            "妇幼保健院" if "保健" in f.hospital else "医院"),
        "i_year": str(f.issued.year), "i_month": num(f.issued.month),
        "i_day": num(f.issued.day),
    }
    for p, person in (("m", f.mother), ("f", f.father)):
        printed.update({
            f"{p}_name": person.name, f"{p}_age": str(person.age),
            f"{p}_nat": person.nationality, f"{p}_eth": person.ethnic,
            f"{p}_addr": truth[f"{'mother' if p == 'm' else 'father'}Address"],
            f"{p}_idkind": "居民身份证", f"{p}_id": person.id_number,
        })
    serial = f.code
    if plan.design == "4th" and rng.random() < 0.4:
        serial = f"{f.code[0]} {f.code[1:]}"
    return CertFacts(f, truth, printed, serial)


def zero_serial(rng: random.Random) -> str:
    """What a blank 5th-edition specimen prints on every part: a letter and nine zeros."""
    return rng.choice("NOPQR") + "000000000"


__all__ = ["SLOT_KEYS", "CertFacts", "draw", "zero_serial"]
