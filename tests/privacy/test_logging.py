"""No full ID number, name marked personal, token or secret reaches the log file."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_ocr import logging_setup
from desktop_ocr.logging_setup import (
    Private,
    mask_id,
    mask_text,
    register_secret,
    reset_logging,
    setup_logging,
)

CN_ID = "330106202001011234"
CN_ID_X = "11010519491231002X"
GHA_PIN = "GHA-123456789-1"
VOTER = "4412345678"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.payload.signature123"
API_SECRET = "aa-apisecret-13579bdf2468"
REGISTERED = "opaque-registered-value-42"
NAME = "Kwabena Asantewaa"

FORBIDDEN = [CN_ID, CN_ID_X, "123456789", VOTER, TOKEN, API_SECRET, REGISTERED, "Asantewaa",
             "dXNlcjpwYXNzd29yZA"]


def test_nothing_sensitive_reaches_the_log_file(home: Path) -> None:
    # Given logging set up as the app does
    path = setup_logging(logging.DEBUG)
    register_secret(REGISTERED)
    log = logging.getLogger("desktop_ocr.anything")
    # When IDs, tokens and secrets are logged every way people log them
    log.info("recognised mother ID %s and card %s, voter %s", CN_ID, GHA_PIN, VOTER)
    log.info("father id " + CN_ID_X)
    log.debug("request headers %r", {"Authorization": f"Bearer {TOKEN}",
                                      "X-DF-API-SECRET": API_SECRET})
    log.debug("Authorization: Basic dXNlcjpwYXNzd29yZA==")
    log.debug('body {"api_secret": "%s", "app_key": "k"}', API_SECRET)
    log.info("url https://x.example/ocr?access_token=%s&page=1", TOKEN)
    log.info("value %s", REGISTERED)
    log.info("baby %s", NAME, extra={"pii": True})
    log.info("dict args %(name)s", {"name": NAME}, extra={"pii": True})
    log.info("wrapped %s", Private(NAME))
    try:
        raise ValueError(f"bad ID {CN_ID} secret={API_SECRET}")
    except ValueError:
        log.exception("recognition failed for %s", GHA_PIN)
    logging.getLogger("urllib3.connectionpool").warning("token=%s", TOKEN)
    reset_logging()
    text = path.read_text(encoding="utf-8")
    # Then none of it is in the file...
    for value in FORBIDDEN:
        assert value not in text, value
    # ...but the masked forms are, so the log is still useful
    assert "3301************34" in text
    assert "1101************2X" in text
    assert "GHA-12*******-1" in text
    assert "44******78" in text
    assert "K****** A********" in text
    assert "ValueError" in text and "Traceback" in text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (CN_ID, "3301************34"),
        ("330106 20200101 1234", "3301************34"),
        ("330106900101123", "3301*********23"),  # old 15-digit number
        (GHA_PIN, "GHA-12*******-1"),
        ("GHA1234567891", "GHA-12*******-1"),
        (VOTER, "44******78"),
        ("Cert Q330012345", "Cert Q330012345"),  # certificate codes stay readable
        ("3.2", "3.2"),
        ("", ""),
    ],
)
def test_mask_id_for_the_screen(raw: str, shown: str) -> None:
    assert mask_id(raw) == shown


def test_log_rotates_and_keeps_a_few_files(home: Path, monkeypatch) -> None:
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 20_000)
    path = setup_logging(logging.INFO)
    log = logging.getLogger("desktop_ocr.rotation")
    for i in range(2000):
        log.info("line %d of a long batch, card %s", i, GHA_PIN)
    reset_logging()
    files = sorted(path.parent.glob(path.name + "*"))
    assert path in files
    assert len(files) == 1 + logging_setup.BACKUP_COUNT
    assert all(f.stat().st_size <= 21_000 for f in files)
    assert "123456789" not in "".join(f.read_text(encoding="utf-8") for f in files)


def test_setup_twice_does_not_duplicate_lines(home: Path) -> None:
    setup_logging(logging.INFO)
    path = setup_logging(logging.INFO)
    logging.getLogger("desktop_ocr.dup").info("only once")
    reset_logging()
    assert path.read_text(encoding="utf-8").count("only once") == 1


_filler = st.text(alphabet=st.sampled_from(list("abcX0 :=,/\n\"'()[]{}年月日-")), max_size=12)
_sep = st.sampled_from([" ", ":", "=", ",", "\n", '"', "'", "(", ")", "年", "/", "-", "\t"])


@given(
    region=st.integers(110000, 659999),
    day=st.dates(min_value=date(1920, 1, 1), max_value=date(2030, 12, 31)),
    seq=st.integers(0, 999),
    check=st.sampled_from(list("0123456789X")),
    before=_filler,
    after=_filler,
    sep=_sep,
    pin=st.integers(0, 999_999_999),
    voter=st.integers(1_000_000_000, 9_999_999_999),
)
def test_no_full_id_survives_masking_in_any_context(
    region, day, seq, check, before, after, sep, pin, voter
) -> None:
    # IDs in any surrounding text, separated from neighbouring digits as real text is
    cn = f"{region}{day:%Y%m%d}{seq:03d}{check}"
    gha = f"GHA-{pin:09d}-{pin % 10}"
    text = f"{before}{sep}{cn}{sep}{after}{sep}{gha}{before}{sep}{voter}{sep}{after}"
    masked = mask_text(text)
    assert cn not in masked
    assert f"{pin:09d}" not in masked
    assert str(voter) not in masked
