"""Shared fixtures: generated documents are cached per session because rendering a birth
certificate photo takes a good fraction of a second and several tests look at the same one."""

from __future__ import annotations

import functools

import pytest

from desktop_ocr.synthetic import SyntheticDocument, generate


@functools.cache
def _cached(document_type: str, seed: int, style: str) -> SyntheticDocument:
    return generate(document_type, seed, style)


@pytest.fixture(scope="session")
def make_doc():
    """``make_doc(type, seed, style)``: a generated document, rendered once per session.

    Tests must not modify what they get (it is shared).
    """
    return _cached
