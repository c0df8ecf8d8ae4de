"""CloudWalk client against the local vendor server over loopback HTTP."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace

import pytest
from cloud_fakes import BIRTH_SAMPLE, FAST, card_image, page_from

from desktop_ocr.backends.base import CancelToken
from desktop_ocr.backends.cloudwalk import CloudWalkEnvelope, CloudWalkSettings
from desktop_ocr.backends.cloudwalk.client import CODES, CloudWalkRecognizer
from desktop_ocr.config import TransportSettings
from desktop_ocr.errors import BackendError, BackendUnavailable, Cancelled, OcrError
from desktop_ocr.server import VendorServer

IV = "00112233445566778899aabbccddeeff"


@pytest.fixture(autouse=True)
def _reads_birth_certificates(recognizer):
    """The server asks its recogniser for ``auto`` and refuses anything but a birth
    certificate on this route; here the fake reads every generated image as one."""
    recognizer.auto_type = "birth_certificate"


def client(server, envelope: CloudWalkEnvelope | None = None,
           transport: TransportSettings = FAST, **changes) -> CloudWalkRecognizer:
    settings = server.client_settings(envelope=envelope, transport=transport).cloudwalk
    if changes:
        settings = replace(settings, **changes)
    return CloudWalkRecognizer(settings, transport)


def values(record) -> dict[str, str]:
    return {k: v.value for k, v in record.fields.items()}


def test_sm_envelope_happy_path(server, recognizer):
    cw = client(server)
    rec = cw.recognize(page_from(card_image()), "auto")
    assert rec.document_type == "birth_certificate"
    assert values(rec) == BIRTH_SAMPLE
    assert len(rec.vendor_ids["flowId"]) == 32
    assert 0 < len(rec.vendor_ids["busFlowId"]) <= 64
    token_req, ocr_req = server.requests
    assert token_req.route == "token" and token_req.fields["clientId"] == server.app_key
    assert token_req.fields["scope"] == "scope"
    assert ocr_req.headers["Content-Type"] == "application/json;charset=UTF-8"
    assert ocr_req.headers["Authorization"].startswith("Bearer ")
    assert ocr_req.fields["busFlowId"] == rec.vendor_ids["busFlowId"]
    assert recognizer.calls[-1][1] == "auto"  # the server checks what the image is


def test_plain_envelope_sends_the_documented_body(server):
    cw = client(server, CloudWalkEnvelope(mode="plain"))
    rec = cw.recognize(page_from(card_image()), "birth_certificate", bus_flow_id="uRVJfd594lRwz7m3")
    assert values(rec) == BIRTH_SAMPLE
    assert rec.vendor_ids["busFlowId"] == "uRVJfd594lRwz7m3"
    # The document asks for a token before any call; the body itself is the document's.
    assert [r.route for r in server.requests] == ["token", "cloudwalk"]
    assert server.requests[1].headers["Authorization"].startswith("Bearer ")
    assert set(server.requests[1].fields) == {"img", "busFlowId"}


def test_plain_envelope_without_credentials_is_refused_by_an_office_server(server):
    cw = client(server, CloudWalkEnvelope(mode="plain"), app_key="", app_secret="")
    with pytest.raises(BackendError) as info:
        cw.recognize(page_from(card_image()))
    assert info.value.code == "cloudwalk.auth_failed"
    assert [(r.route, r.answered) for r in server.requests] == [("cloudwalk", 401)]


ENVELOPES = [
    CloudWalkEnvelope(fields_in="headers"),
    CloudWalkEnvelope(encoding="base64", sm2_order="C1C2C3"),
    CloudWalkEnvelope(sm4_mode="CBC", sm4_iv=IV, digest_of="ciphertext"),
    CloudWalkEnvelope(response_key="sm4Key", sm2_c1_prefix=True),
    CloudWalkEnvelope(fields_in="headers", encoding="base64", sm4_mode="CBC", sm4_iv=IV,
                      sm2_order="C1C2C3", digest_of="ciphertext", response_key="sm4Key",
                      sm2_c1_prefix=True),
]


@pytest.mark.parametrize("envelope", ENVELOPES, ids=lambda e: "-".join(
    f"{k}={getattr(e, k)}" for k in e.__slots__ if getattr(e, k) != getattr(
        CloudWalkEnvelope(), k) and k != "sm4_iv"))
def test_every_envelope_option_round_trips(recognizer, server_keys, envelope):
    with VendorServer(recognizer, keys=server_keys, envelope=envelope, record_requests=True) as srv:
        rec = client(srv, envelope).recognize(page_from(card_image()))
        assert values(rec) == BIRTH_SAMPLE
        ocr = srv.requests[-1]
        if envelope.fields_in == "headers":
            sent = {name.lower() for name in ocr.headers}  # ASGI lower-cases header names
            assert {"digest", "keycipher", "noncestr", "timestamp"} <= sent


def test_mismatched_envelope_is_a_clear_error(recognizer, server_keys):
    srv_env = CloudWalkEnvelope(sm4_mode="CBC", sm4_iv=IV)
    with VendorServer(recognizer, keys=server_keys, envelope=srv_env, record_requests=True) as srv, \
            pytest.raises(BackendError) as info:
        client(srv, CloudWalkEnvelope()).recognize(page_from(card_image()))
    assert info.value.code == "cloudwalk.99999999"
    assert "请求报文格式错误" in info.value.message


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_documented_code_maps(server, code):
    server.faults.status(200, route="cloudwalk", body={"code": code, "message": "vendor text"})
    with pytest.raises(BackendError) as info:
        client(server, CloudWalkEnvelope(mode="plain")).recognize(page_from(card_image()))
    err = info.value
    assert err.code == f"cloudwalk.{code}"
    assert CODES[code][0] in err.message and CODES[code][1] in err.message_zh
    assert code in err.message and not err.retryable


def test_unknown_code_is_shown_with_its_message(server):
    server.faults.status(200, route="cloudwalk",
                         body={"code": "60000001", "message": "账户余额不足"})
    with pytest.raises(BackendError) as info:
        client(server, CloudWalkEnvelope(mode="plain")).recognize(page_from(card_image()))
    assert info.value.code == "cloudwalk.60000001"
    assert "账户余额不足" in info.value.message and "60000001" in info.value.message


def test_recognition_failure_comes_back_encrypted_as_50028205(server, recognizer):
    recognizer.fail = OcrError("nothing", code="offline.no_text")
    with pytest.raises(BackendError) as info:
        client(server).recognize(page_from(card_image()))
    assert info.value.code == "cloudwalk.50028205"
    assert "出生证明识别异常" in info.value.message_zh


def test_token_is_cached_and_never_logged(server, caplog):
    caplog.set_level(logging.DEBUG)
    cw = client(server)
    page = page_from(card_image())
    cw.recognize(page)
    cw.recognize(page)
    assert server.tokens_issued == 1
    assert cw._token and cw._token not in caplog.text
    assert server.app_secret not in caplog.text


def test_token_renewed_before_expiry(recognizer, server_keys):
    with VendorServer(recognizer, keys=server_keys, token_ttl=1, record_requests=True) as srv:
        cw = client(srv)
        page = page_from(card_image())
        cw.recognize(page)
        time.sleep(1.0)
        cw.recognize(page)
        assert srv.tokens_issued == 2
        assert all(r.answered == 200 for r in srv.requests)  # renewed before a 401


def test_token_renewed_once_after_401(server):
    cw = client(server)
    page = page_from(card_image())
    cw.recognize(page)
    server.expire_tokens()
    rec = cw.recognize(page)
    assert values(rec) == BIRTH_SAMPLE
    assert [(r.route, r.answered) for r in server.requests][2:] == [
        ("cloudwalk", 401), ("token", 200), ("cloudwalk", 200)]


def test_persistent_401_gives_up_after_one_renewal(server):
    server.faults.status(401, times=5, route="cloudwalk", body={"error": "invalid_token"})
    with pytest.raises(BackendError) as info:
        client(server).recognize(page_from(card_image()))
    assert info.value.code == "cloudwalk.auth_failed"
    assert server.tokens_issued == 2


def test_wrong_app_secret_is_auth_failed(server):
    with pytest.raises(BackendError) as info:
        client(server, app_secret="not-the-secret").recognize(page_from(card_image()))
    assert info.value.code == "cloudwalk.auth_failed"
    assert "App Secret" in info.value.message


def test_wrong_public_key_is_auth_failed(server):
    from desktop_ocr.server import ServerKeys

    other = ServerKeys.generate().sm2_public_key[2:]  # without its 04: also accepted
    with pytest.raises(BackendError) as info:
        client(server, sm2_public_key=other).recognize(page_from(card_image()))
    assert info.value.code == "cloudwalk.auth_failed"


def test_5xx_burst_retried_then_success(server):
    server.faults.status(503, times=2, route="cloudwalk")
    rec = client(server).recognize(page_from(card_image()))
    assert values(rec) == BIRTH_SAMPLE
    assert [r.answered for r in server.requests if r.route == "cloudwalk"] == [503, 503, 200]


def test_5xx_budget_exhausted(server):
    server.faults.status(502, times=10, route="cloudwalk", body={"message": "bad gateway"})
    with pytest.raises(BackendError) as info:
        client(server).recognize(page_from(card_image()))
    assert info.value.code == "cloudwalk.http_502" and info.value.retryable
    assert len([r for r in server.requests if r.route == "cloudwalk"]) == 3


def test_invalid_body_is_bad_response(server):
    server.faults.invalid_body(route="cloudwalk")
    with pytest.raises(BackendError) as info:
        client(server).recognize(page_from(card_image()))
    assert info.value.code == "cloudwalk.bad_response"


def test_cancel_mid_request(server):
    server.faults.delay(20.0, route="cloudwalk")
    token = CancelToken()
    threading.Timer(0.4, token.cancel).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        client(server).recognize(page_from(card_image()), cancel=token)
    assert time.monotonic() - start < 1.4


def test_12mb_photo_is_fitted_under_3mb(server, photo_12mb):
    cw = client(server, CloudWalkEnvelope(mode="plain"))
    rec = cw.recognize(page_from(photo_12mb, "photo.jpg"))
    assert values(rec) == BIRTH_SAMPLE
    img_chars = int(server.requests[-1].fields["img"].strip("<> chars"))
    assert img_chars <= 3_000_000  # base64 text; the raw image is 3/4 of that
    assert rec.notes


def test_other_document_types_are_refused(server):
    with pytest.raises(BackendError) as info:
        client(server).recognize(page_from(card_image()), "ghana_card")
    assert info.value.code == "cloudwalk.unsupported_type"


def test_not_configured_is_unavailable():
    cw = CloudWalkRecognizer(CloudWalkSettings(base_url="http://127.0.0.1:9"))
    ok, reason = cw.availability()
    assert not ok and "App Key" in reason
    with pytest.raises(BackendUnavailable):
        cw.recognize(page_from(card_image()))


def test_bad_public_key_is_reported_by_availability():
    cw = CloudWalkRecognizer(CloudWalkSettings(
        base_url="http://127.0.0.1:9", app_key="k", app_secret="s", sm2_public_key="04abc"))
    ok, reason = cw.availability()
    assert not ok and "SM2 public key" in reason
