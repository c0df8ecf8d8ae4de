"""Shared, cached generated documents: rendering is the slow part, so tests that look at the
same (type, seed, style, family) share one rendering — and therefore also look at the same
one.

The cache keeps the 16 most recent documents only: a whole A4 sheet is ~6 MB of pixels, and
a test process that holds hundreds of them passes its size on to every child it forks later
(``test_cli_bad_inputs`` measures its children's peak memory)."""

from __future__ import annotations

import functools

import pytest

from desktop_ocr.synthetic import SyntheticDocument, generate
from desktop_ocr.synthetic.real import plan


@functools.lru_cache(maxsize=16)
def _cached(document_type: str, seed: int, style: str, family: str, design: str | None,
            blank: bool) -> SyntheticDocument:
    if design is None and not blank and family != "real":
        return generate(document_type, seed, style, family=family)
    return generate(document_type, seed, style, family=family, design=design, blank=blank)


@pytest.fixture(scope="session")
def make_doc():
    """``make_doc(type, seed, style, family="standard", design=None, blank=False)``: a
    generated document, rendered once per session.

    Tests must not modify what they get (it is shared).
    """

    def make(document_type: str, seed: int, style: str = "scan", family: str = "standard",
             design: str | None = None, blank: bool = False) -> SyntheticDocument:
        if family == "real":  # the seed's own design is the same document when named
            design = plan(document_type, seed, design).design
        return _cached(document_type, seed, style, family, design, blank)

    return make
