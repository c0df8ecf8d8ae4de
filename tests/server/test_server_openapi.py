"""The OpenAPI description describes both contracts, and a schema-driven tester agrees.

schemathesis generates requests from ``/openapi.json`` (valid and invalid bodies of every
documented content type) and sends them over loopback to the real server; no answer may
be a server error or break the documented statuses, content types, headers or schemas.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
import schemathesis
from cloud_fakes import ScriptedRecognizer
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from server_helpers import BIRTH, IDCARD, TOKEN, accuauth_headers, login

from desktop_ocr.server import VendorServer

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_headers_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def live_server() -> Iterator[VendorServer]:
    with VendorServer(ScriptedRecognizer(auto_type="birth_certificate")) as srv:
        yield srv


@pytest.fixture(scope="module")
def credentials(live_server: VendorServer) -> dict[str, dict[str, str]]:
    return {BIRTH: {"Authorization": f"Bearer {login(live_server)}"},
            IDCARD: accuauth_headers(live_server), TOKEN: {}}


def test_no_server_error_and_no_answer_outside_the_schema(live_server, credentials):
    """Each operation, 40 generated cases (hypothesis), each checked by every check."""
    schema = schemathesis.openapi.from_url(live_server.url + "/openapi.json")
    tested = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=40, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case) -> None:
            case.call_and_validate(headers=credentials[case.path], checks=CHECKS, timeout=30)

        run()
        tested.append(operation.path)
    assert sorted(tested) == sorted([TOKEN, BIRTH, IDCARD])


def test_openapi_describes_both_contracts_and_docs_are_served(live_server):
    spec = requests.get(live_server.url + "/openapi.json", timeout=5).json()
    assert set(spec["paths"]) == {TOKEN, BIRTH, IDCARD}
    birth = spec["paths"][BIRTH]["post"]
    assert birth["security"] == [{"cloudwalkToken": []}]
    data = birth["responses"]["200"]["content"]["application/json"]["schema"]
    assert "babyName" in str(data) and "motherAge" in str(data)
    idcard = spec["paths"][IDCARD]["post"]
    assert set(idcard["requestBody"]["content"]) >= {"multipart/form-data"}
    assert "DETECTION_FAILED" in idcard["responses"]["400"]["description"]
    docs = requests.get(live_server.url + "/docs", timeout=5)
    assert docs.status_code == 200 and "openapi.json" in docs.text


@pytest.mark.parametrize(("backend", "served", "not_served"), [
    ("cloudwalk", {TOKEN, BIRTH}, {IDCARD}),
    ("accuauth", {IDCARD}, {TOKEN, BIRTH}),
    ("offline", {TOKEN, BIRTH, IDCARD}, set()),
])
def test_only_the_routes_whose_documents_the_backend_reads_are_served(backend, served,
                                                                     not_served):
    with VendorServer(backend) as srv:
        paths = set(requests.get(srv.url + "/openapi.json", timeout=5).json()["paths"])
        assert paths == served
        for path in not_served:
            r = requests.post(srv.url + path, data=b"{}", timeout=5)
            assert r.status_code == 404
            assert f"the {backend} backend behind this server does not read" in r.text
