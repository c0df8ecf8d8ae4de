"""Ghanaian names, places and card numbers for the two Ghana cards.

Why these lists: Ghanaian names mix Akan day names (KWAME, AKOSUA), family names (MENSAH,
OWUSU, BOATENG) and Christian or Muslim first names; the engine must read all of them,
including hyphenated ones (OPOKU-WARE).  Numbers follow the printed formats (Ghana Card PIN
``GHA-#########-#``, document number two letters + seven digits, voter ID ten digits,
polling station code a letter + six digits with an optional trailing letter).
"""

from __future__ import annotations

import random

SURNAMES = (
    "MENSAH", "OWUSU", "BOATENG", "ASANTE", "OSEI", "AGYEMAN", "ADJEI", "DARKO", "OFORI",
    "APPIAH", "ANSAH", "AMOAH", "ADDO", "ACHEAMPONG", "QUAYE", "TETTEH", "LARTEY", "ANNAN",
    "AMPOFO", "OPOKU", "BONSU", "FRIMPONG", "GYAMFI", "ASARE", "NKRUMAH", "ANKRAH", "KUFUOR",
    "BAIDOO", "ESSIEN", "QUARSHIE", "ARMAH", "NKANSAH", "OTOO", "SARPONG", "AMANKWAH",
    "YEBOAH", "DANQUAH", "ABOAGYE", "ADOMAKO", "AGYEI", "KYEI", "BREW", "ACQUAH", "ABBAN",
    "ISSAH", "IDDRISU", "MAHAMA", "ABUBAKAR", "DERY", "BAWA", "YAKUBU", "SEIDU", "ZAKARIA",
    "ADJOL", "BRITWUM", "OPOKU-WARE", "ASAMOAH-GYAN", "AKUFO-ADDO", "AMOAKO", "KORANTENG",
    "NYARKO", "AGBENYEGA", "DZIFA", "KPODO", "AHIADZRO", "TAMAKLOE", "ATTA", "BEKOE",
)
_MALE = (
    "KWAME", "KOFI", "KWAKU", "KWABENA", "KWESI", "YAW", "KOJO", "KOBINA", "EBO", "FIIFI",
    "ISAAC", "EMMANUEL", "SAMUEL", "DANIEL", "JOSEPH", "MICHAEL", "PRINCE", "RICHARD",
    "FRANCIS", "GODFRED", "EBENEZER", "NANA", "KELVIN", "DERRICK", "FELAX", "DOMINIC",
    "ABDUL", "IBRAHIM", "MOHAMMED", "ALHASSAN", "SELASI", "EDEM", "ELIKEM", "PAPA", "BENJAMIN",
)
_FEMALE = (
    "AKOSUA", "AMA", "ABENA", "AKUA", "YAA", "AFUA", "ADWOA", "ESI", "EFUA", "AKU", "ABA",
    "GRACE", "MERCY", "JOYCE", "PATIENCE", "COMFORT", "GIFTY", "VICTORIA", "ABIGAIL",
    "PRISCILLA", "DORCAS", "MAVIS", "LINDA", "REBECCA", "NANA", "FATIMA", "AISHA", "ZENABU",
    "SELINA", "ELORM", "DZIFA", "EYRAM", "DELALI", "JOANA", "BERNICE",
)
PLACES_OF_ISSUE = (
    "ACCRA", "KUMASI", "TAMALE", "TAKORADI", "CAPE COAST", "HO", "KOFORIDUA", "SUNYANI",
    "BOLGATANGA", "WA", "TEMA", "TECHIMAN", "DAMBAI", "NALERIGU", "GOASO", "SEFWI WIAWSO",
)


def given_names(rng: random.Random, male: bool, count: int) -> list[str]:
    pool = _MALE if male else _FEMALE
    names: list[str] = []
    while len(names) < count:
        name = rng.choice(pool)
        if name not in names:
            names.append(name)
    return names


def surname(rng: random.Random) -> str:
    return rng.choice(SURNAMES)


def ghana_pin(rng: random.Random) -> str:
    """Ghana Card personal ID number, ``GHA-#########-#``.

    The check digit's algorithm is not published; the last digit is random, so a validator
    must not reject these on a checksum.
    """
    return f"GHA-{rng.randint(10**8, 10**9 - 1)}-{rng.randint(0, 9)}"


def document_number(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice("AB") + rng.choice(letters) + f"{rng.randint(0, 9_999_999):07d}"


def voter_id(rng: random.Random) -> str:
    return f"{rng.randint(10**9, 10**10 - 1)}"


def polling_station_code(rng: random.Random) -> str:
    region = rng.choice("ABCDEFGHJKLMNPRS")
    code = f"{region}{rng.randint(10, 99)}{rng.randint(1, 99):02d}{rng.randint(1, 99):02d}"
    if rng.random() < 0.3:
        code += rng.choice("ABCDE")
    return code
