"""Shared, cached generated documents: rendering is the slow part, so tests that look at the
same (type, seed, style, family) share one rendering — and therefore also look at the same
one."""

from __future__ import annotations

import functools

import pytest

from desktop_ocr.synthetic import SyntheticDocument, generate


@functools.cache
def _cached(document_type: str, seed: int, style: str, family: str) -> SyntheticDocument:
    return generate(document_type, seed, style, family=family)


@pytest.fixture(scope="session")
def make_doc():
    """``make_doc(type, seed, style, family="standard")``: a generated document, rendered
    once per session.

    Tests must not modify what they get (it is shared).
    """

    def make(document_type: str, seed: int, style: str = "scan",
             family: str = "standard") -> SyntheticDocument:
        return _cached(document_type, seed, style, family)

    return make
