"""Settings → Test connection: one blank page through the real client, a clear answer.

Against the vendor server on loopback (the real HTTP path): the right credentials
connect, a wrong secret and a wrong address each say what is wrong.
"""

from __future__ import annotations

import dataclasses

from desktop_ocr.backends.probe import failed, probe
from desktop_ocr.config import Settings, TransportSettings

FAST = TransportSettings(connect_timeout=2, read_timeout=5, retries=0, backoff=0.01)


def _settings(server, **accuauth) -> Settings:
    made = server.client_settings(transport=FAST)
    section = dataclasses.replace(made.accuauth, **accuauth)
    return made.replace(accuauth=section, transport=FAST)


def test_right_credentials_connect(server, recognizer):
    recognizer.blank = True
    result = probe("accuauth", _settings(server))
    assert result.ok, result.message
    assert "AccuAuth" in result.message and "AccuAuth" in result.localized("zh")
    assert len(server.requests) == 1  # one request, nothing more


def test_cloudwalk_login_and_request(server, recognizer):
    result = probe("cloudwalk", server.client_settings(transport=FAST).replace(transport=FAST))
    assert result.ok, result.message


def test_a_wrong_secret_says_so(server):
    result = probe("accuauth", _settings(server, api_secret="wrong"))
    assert not result.ok
    assert "API ID / API secret" in result.message


def test_a_wrong_address_says_it_cannot_reach(server):
    result = probe("accuauth", _settings(server, base_url="http://127.0.0.1:9"))
    assert not result.ok
    assert result.message


def test_not_configured_names_what_is_missing():
    result = probe("accuauth", Settings())
    assert not result.ok and "Service URL" in result.message


def test_which_codes_mean_failure():
    assert failed("network.timeout") and failed("accuauth.UNAUTHORIZED")
    assert failed("cloudwalk.auth_failed") and failed("cloudwalk.http_404")
    assert not failed("accuauth.NO_CARD") and not failed("cloudwalk.no_document")
