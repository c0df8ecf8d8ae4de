"""Every document type is one complete unit: fields, identifiers, checks and designs.

A new type (or design) that forgets a piece fails here, not silently at run time.
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_ocr.documents.checks import Checks
from desktop_ocr.documents.design import ValueAt
from desktop_ocr.documents.fields import FieldKind
from desktop_ocr.documents.identifiers import IDENTIFIERS
from desktop_ocr.documents.schema import DOCUMENT_TYPES

TYPES = list(DOCUMENT_TYPES.values())


@pytest.mark.parametrize("spec", TYPES, ids=lambda t: t.name)
def test_fields_are_complete(spec) -> None:
    keys = spec.keys
    assert len(keys) == len(set(keys)), "field keys are unique"
    assert spec.label_en and spec.label_zh and spec.sex_spelling in ("zh", "letter")
    for f in spec.fields:
        assert f.label_en and f.label_zh and f.label_en != f.label_zh, f.key
        if f.kind is FieldKind.DATE_S:
            assert f.derived_from in keys, f"{f.key}: derived from a field of the type"
            assert spec.field(f.derived_from).kind is FieldKind.DATE_RAW
        if f.kind in (FieldKind.CN_ID, FieldKind.GHA_PIN, FieldKind.VOTER_ID):
            assert f.identifier is not None, f"{f.key}: an identifier field names its format"
        if f.identifier is not None:
            assert f.identifier.name in IDENTIFIERS
        if f.only_if is not None:
            assert f.only_if[0] in keys
    assert any(f.required for f in spec.fields)
    assert spec.history_name_keys and spec.history_id_key in keys


@pytest.mark.parametrize("spec", TYPES, ids=lambda t: t.name)
def test_designs_are_complete(spec) -> None:
    assert spec.designs, "every type describes at least one printed design"
    names = [d.name for d in spec.designs]
    assert len(names) == len(set(names))
    keys = set(spec.keys)
    for d in spec.designs:
        assert d.document_type == spec.name
        assert d.titles and d.label_en and d.label_zh
        assert d.prints <= keys, f"{d.name}: prints only fields of the type"
        assert d.preprinted <= d.prints and d.may_be_blank <= d.prints
        assert not any(spec.field(k).derived_from for k in d.prints), \
            f"{d.name}: derived *_s fields are not printed, they follow their raw date"
        for p in d.printed:
            assert p.labels and all(label.strip() for label in p.labels), p.key
            assert isinstance(p.value_at, ValueAt)
        required = {f.key for f in spec.fields if f.required}
        labelled = {p.key for p in d.printed}
        # A required field the design prints has a label, or an identifier shape to
        # be found by (an unlabelled document number).
        for key in (d.prints & required) - labelled:
            assert spec.field(key).identifier is not None or key.startswith(
                ("birth", "mother", "father")), f"{d.name}: {key} cannot be found"


@pytest.mark.parametrize("spec", TYPES, ids=lambda t: t.name)
def test_cross_checks_run_on_an_empty_record(spec) -> None:
    checks = Checks(values={}, spec=spec, today=dt.date(2026, 11, 1), design=spec.designs[0])
    for check in spec.cross_checks:
        check(checks)
    assert checks.out == []


@pytest.mark.parametrize("ident", IDENTIFIERS.values(), ids=lambda i: i.name)
def test_every_identifier_reads_its_own_example(ident) -> None:
    assert ident.well_formed(ident.normalize(ident.example)) or ident.check is not None
    assert ident.read(ident.example).value == ident.normalize(ident.example)
    assert ident.problems(ident.normalize(ident.example)) == [] or ident.check is not None
