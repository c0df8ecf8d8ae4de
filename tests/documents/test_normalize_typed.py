"""Identifiers a clerk typed: only the case of the letters the standards fix changes."""

from __future__ import annotations

import pytest

from desktop_ocr.documents.identifiers import CN_RESIDENT_ID, GHANA_PIN


@pytest.mark.parametrize(("ident", "typed", "tidy"), [
    (CN_RESIDENT_ID, "11010519491231002x", "11010519491231002X"),
    (CN_RESIDENT_ID, "11010519491231002ｘ", "11010519491231002X"),
    (CN_RESIDENT_ID, "1101051949123100x", "1101051949123100x"),  # 17 chars: kept, warned
    (CN_RESIDENT_ID, "x1010519491231002", "x1010519491231002"),
    (GHANA_PIN, "gha-123456789-0", "GHA-123456789-0"),
    (GHANA_PIN, "gha-12345678-0", "gha-12345678-0"),  # not a PIN: as typed
])
def test_typed_identifier_letters_in_the_case_registries_accept(ident, typed: str, tidy: str):
    assert ident.tidy_typed(typed) == tidy
