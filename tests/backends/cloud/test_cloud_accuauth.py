"""AccuAuth client against the local vendor server over loopback HTTP."""

from __future__ import annotations

import threading
import time

import pytest
from cloud_fakes import CARD_SAMPLE, FAST, VOTER_SAMPLE, card_image, page_from

from desktop_ocr.backends.accuauth import AccuAuthSettings
from desktop_ocr.backends.accuauth.client import STATUSES, AccuAuthRecognizer
from desktop_ocr.backends.base import CancelToken
from desktop_ocr.config import TransportSettings
from desktop_ocr.errors import BackendError, BackendUnavailable, Cancelled, OcrError


def client(server, *, send_as: str = "file", transport: TransportSettings = FAST,
           **changes) -> AccuAuthRecognizer:
    settings = server.client_settings(send_as=send_as, transport=transport).accuauth
    if changes:
        from dataclasses import replace

        settings = replace(settings, **changes)
    return AccuAuthRecognizer(settings, transport)


def values(record) -> dict[str, str]:
    return {k: v.value for k, v in record.fields.items()}


def test_ghana_card_auto_type_multipart(server, recognizer):
    rec = client(server).recognize(page_from(card_image()), "auto")
    assert rec.document_type == "ghana_card"
    assert values(rec) == CARD_SAMPLE  # raw and _s dates kept exactly as the vendor sent them
    assert rec.vendor_ids["request_id"].startswith("TID")
    assert rec.backend == "accuauth" and rec.error is None
    seen = server.requests[-1]
    assert seen.headers["X-DF-API-ID"] == server.api_id
    assert seen.headers["X-DF-API-SECRET"] == server.api_secret
    assert seen.content_type.startswith("multipart/form-data")
    assert set(seen.fields) == {"file"}
    assert recognizer.calls[-1][1] == "auto"


def test_voter_card_sent_as_image_base64(server, recognizer):
    recognizer.auto_type = "ghana_voter"
    rec = client(server, send_as="image_base64").recognize(page_from(card_image()))
    assert rec.document_type == "ghana_voter"
    assert values(rec) == VOTER_SAMPLE
    assert set(server.requests[-1].fields) == {"image_base64"}


def test_asked_type_differs_from_card_adds_warning(server, recognizer):
    recognizer.auto_type = "ghana_voter"
    rec = client(server).recognize(page_from(card_image()), "ghana_card")
    assert rec.document_type == "ghana_voter"
    assert [w.code for w in rec.warnings] == ["document_type.mismatch"]
    assert "Ghana voter ID" in rec.warnings[0].message


def test_birth_certificate_is_not_an_accuauth_type(server):
    with pytest.raises(BackendError) as info:
        client(server).recognize(page_from(card_image()), "birth_certificate")
    assert info.value.code == "accuauth.unsupported_type"
    assert server.requests == []


@pytest.mark.parametrize("status", sorted(STATUSES))
def test_every_status_maps_to_a_typed_error(server, status):
    http, _, _, retryable = STATUSES[status]
    transport = TransportSettings(connect_timeout=2, read_timeout=5, retries=1, backoff=0.01)
    reason = f"reason for {status.lower()}"
    server.faults.status(http, times=5, route="accuauth",
                         body={"status": status, "reason": reason, "request_id": "TIDx"})
    with pytest.raises(BackendError) as info:
        client(server, transport=transport).recognize(page_from(card_image()))
    err = info.value
    assert err.code == f"accuauth.{status}"
    assert f"HTTP {http}" in err.message and reason in err.message
    assert reason in err.message_zh and err.message_zh != err.message
    assert err.retryable is retryable
    # Retried statuses (5xx, 512/513, rate limit) used the budget; the others were sent once.
    assert len(server.requests) == (2 if retryable else 1)


def test_wrong_secret_is_unauthorized(server):
    with pytest.raises(BackendError) as info:
        client(server, api_secret="wrong").recognize(page_from(card_image()))
    assert info.value.code == "accuauth.UNAUTHORIZED"
    assert "API ID / API secret" in info.value.message
    assert "HTTP 401" in info.value.message


def test_expired_key_no_permission_and_quota(server):
    page = page_from(card_image())
    server.expired_api_ids.add(server.api_id)
    with pytest.raises(BackendError) as info:
        client(server).recognize(page)
    assert info.value.code == "accuauth.KEY_EXPIRED"
    server.expired_api_ids.clear()
    server.no_permission_api_ids.add(server.api_id)
    with pytest.raises(BackendError) as info:
        client(server).recognize(page)
    assert info.value.code == "accuauth.NO_PERMISSION"
    server.no_permission_api_ids.clear()
    server.quota = 1
    client(server).recognize(page)
    with pytest.raises(BackendError) as info:
        client(server).recognize(page)
    assert info.value.code == "accuauth.OUT_OF_QUOTA"


def test_wrong_base_url_is_not_found(server):
    with pytest.raises(BackendError) as info:
        client(server, base_url=server.url + "/v9").recognize(page_from(card_image()))
    assert info.value.code == "accuauth.NOT_FOUND"
    assert "URL" in info.value.message


def test_detection_failed_and_no_card(server, recognizer):
    recognizer.fail = OcrError("nothing", code="offline.no_text")
    with pytest.raises(BackendError) as info:
        client(server).recognize(page_from(card_image()))
    assert info.value.code == "accuauth.DETECTION_FAILED"
    assert "no Ghana card" in info.value.message
    recognizer.fail = None
    recognizer.blank = True
    with pytest.raises(BackendError) as info:
        client(server).recognize(page_from(card_image()))
    assert info.value.code == "accuauth.no_card"


def test_invalid_body_is_bad_response(server):
    server.faults.invalid_body(route="accuauth")
    with pytest.raises(BackendError) as info:
        client(server).recognize(page_from(card_image()))
    assert info.value.code == "accuauth.bad_response"
    server.faults.status(200, route="accuauth", body={"results": "nope", "status": "OK"})
    with pytest.raises(BackendError) as info:
        client(server).recognize(page_from(card_image()))
    assert info.value.code == "accuauth.bad_response"


def test_rate_limit_403_is_retried_then_succeeds(server):
    server.faults.rate_limit(times=2, retry_after=0.2)
    start = time.monotonic()
    rec = client(server).recognize(page_from(card_image()))
    elapsed = time.monotonic() - start
    assert rec.document_type == "ghana_card"
    assert [r.answered for r in server.requests] == [403, 403, 200]
    assert elapsed >= 0.4  # Retry-After honoured twice


def test_rate_limit_budget_exhausted(server):
    server.faults.rate_limit(times=10)
    with pytest.raises(BackendError) as info:
        client(server).recognize(page_from(card_image()))
    assert info.value.code == "accuauth.RATE_LIMIT_EXCEEDED"
    assert info.value.retryable
    assert "after 2 retries" in info.value.message
    assert len(server.requests) == 3  # 1 + retries (FAST.retries == 2)


@pytest.mark.parametrize("http", [500, 502, 503, 512, 513])
def test_5xx_burst_retried_then_success(server, http):
    server.faults.status(http, times=2, route="accuauth")
    rec = client(server).recognize(page_from(card_image()))
    assert rec.document_type == "ghana_card"
    assert [r.answered for r in server.requests] == [http, http, 200]


def test_upstream_timeout_budget_exhausted(server):
    server.faults.status(513, times=10, route="accuauth")
    with pytest.raises(BackendError) as info:
        client(server).recognize(page_from(card_image()))
    assert info.value.code == "accuauth.UPSTREAM_TIMEOUT"
    assert info.value.retryable and "HTTP 513" in info.value.message
    assert len(server.requests) == 3


def test_dropped_connection_is_retried_once(server):
    server.faults.drop(route="accuauth")
    rec = client(server).recognize(page_from(card_image()))
    assert rec.document_type == "ghana_card"
    assert [r.answered for r in server.requests] == [0, 200]


def test_dropped_twice_is_a_connection_error(server):
    server.faults.drop(times=2, route="accuauth")
    with pytest.raises(BackendError) as info:
        client(server).recognize(page_from(card_image()))
    assert info.value.code.startswith("network.")
    assert info.value.retryable


def test_read_timeout(server):
    transport = TransportSettings(connect_timeout=2, read_timeout=0.3, retries=1, backoff=0.01)
    server.faults.delay(1.0, times=2, route="accuauth")
    with pytest.raises(BackendError) as info:
        client(server, transport=transport).recognize(page_from(card_image()))
    assert info.value.code == "network.timeout"
    assert "did not answer in time" in info.value.message


def test_connection_refused(server):
    url = server.url
    server.stop()
    transport = TransportSettings(connect_timeout=1, read_timeout=1, retries=1, backoff=0.01)
    with pytest.raises(BackendError) as info:
        client(server, base_url=url, transport=transport).recognize(page_from(card_image()))
    assert info.value.code == "network.connection"
    assert "Could not connect" in info.value.message and info.value.retryable


def test_cancel_mid_request_returns_quickly(server):
    server.faults.delay(20.0, route="accuauth")
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        client(server).recognize(page_from(card_image()), cancel=token)
    assert time.monotonic() - start < 1.3


def test_cancel_during_rate_limit_backoff(server):
    server.faults.rate_limit(times=3, retry_after=10)
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        client(server).recognize(page_from(card_image()), cancel=token)
    assert time.monotonic() - start < 1.3


def test_12mb_photo_is_fitted_under_5mb(server, photo_12mb):
    assert len(photo_12mb) > 12_000_000
    rec = client(server).recognize(page_from(photo_12mb, "photo.jpg"))
    assert rec.document_type == "ghana_card"
    size = int(server.requests[-1].fields["file"].strip("<> bytes"))
    assert size <= 5_000_000
    assert rec.notes, "the record says the image was re-encoded"


def test_not_configured_is_unavailable():
    rec = AccuAuthRecognizer(AccuAuthSettings(base_url="http://127.0.0.1:9"))
    ok, reason = rec.availability()
    assert not ok and "API ID" in reason
    with pytest.raises(BackendUnavailable):
        rec.recognize(page_from(card_image()))
