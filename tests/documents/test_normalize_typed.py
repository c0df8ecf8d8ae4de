"""Identifiers a clerk typed: only the case of the letters the standards fix changes."""

from __future__ import annotations

import pytest

from desktop_ocr.documents.normalize import normalize_typed_id


@pytest.mark.parametrize(("kind", "typed", "tidy"), [
    ("cn_id", "11010519491231002x", "11010519491231002X"),
    ("cn_id", "11010519491231002ｘ", "11010519491231002X"),
    ("cn_id", "1101051949123100x", "1101051949123100x"),  # 17 chars: kept, still warned
    ("cn_id", "x1010519491231002", "x1010519491231002"),
    ("gha_pin", "gha-123456789-0", "GHA-123456789-0"),
    ("name", "xu", "xu"),
])
def test_normalize_typed_id(kind: str, typed: str, tidy: str):
    assert normalize_typed_id(kind, typed) == tidy
