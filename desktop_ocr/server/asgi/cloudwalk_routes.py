"""CloudWalk: ``POST /sso/oauth/token`` and ``POST /ai-cloud-face/ocr/v2/birthCertificate``.

Why these answers: ``/work/shared/api/birth-certificate-ocr-api.txt`` — the
body ``{img, busFlowId}`` (plain, or sealed in the "sm" envelope of ADR 0050),
codes ``00000000``/``50028100``/``50028103``/``50028104``/``50028205`` with HTTP
200, and a token from the login route before any call ("进行接口调用前,需要获取
必要的token信息").  What the document leaves open is listed in
:mod:`desktop_ocr.server.contract`.
"""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import parse_qs

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import Response

from desktop_ocr.backends import cloud_envelope, sm_crypto
from desktop_ocr.server import contract
from desktop_ocr.server.asgi.engine import Busy
from desktop_ocr.server.asgi.plumbing import Reply, handle, json_response
from desktop_ocr.server.asgi.state import SeenRequest, ServerState
from desktop_ocr.server.images import b64decode, page_from_bytes

log = logging.getLogger(__name__)

_REFUSED_CLIENT = {"error": "invalid_client", "error_description": "Bad client credentials"}


def _token_too_large() -> Reply:
    return Reply(413, {"error": "invalid_request",
                       "error_description": "request body too large"})


def _birth_too_large() -> Reply:
    return Reply(413, contract.cw_answer("50028103"))


async def token_route(request: Request) -> Response:
    return await handle(request, "token", _token, _token_too_large)


async def birth_certificate_route(request: Request) -> Response:
    return await handle(request, "cloudwalk", _birth_certificate, _birth_too_large)


async def _token(request: Request, state: ServerState, body: bytes,
                 seen: SeenRequest | None) -> Response:
    form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
    if seen is not None:
        seen.fields = {k: ("<set>" if k == "clientSecret" else v) for k, v in form.items()}
    config, env = state.config, state.envelope
    if form.get("clientId") != config.app_key or not form.get("scope"):
        raise Reply(401, _REFUSED_CLIENT)
    expected = config.app_secret.encode("utf-8")
    try:
        raw = sm_crypto.decode(form.get("clientSecret", ""), env.encoding)
        sm_crypto.sm2_decrypt(config.keys.sm2_private_key, raw, env.sm2_order,
                              accept=lambda plain: plain == expected)
    except Exception:  # any undecryptable secret is a refused login, never a 500
        raise Reply(401, _REFUSED_CLIENT) from None
    return json_response(200, {"access_token": state.signer.issue(), "token_type": "bearer",
                               "expires_in": state.signer.ttl, "scope": form["scope"]})


def _bearer(request: Request) -> str:
    auth = request.headers.get("authorization", "")
    return auth[7:].strip() if auth.lower().startswith("bearer ") else ""


async def _birth_certificate(request: Request, state: ServerState, body: bytes,
                             seen: SeenRequest | None) -> Response:
    token = _bearer(request)
    if not token or not state.signer.valid(token):
        raise Reply(401, {"error": "invalid_token",
                          "error_description": "Access token expired or invalid"},
                    {"WWW-Authenticate": 'Bearer error="invalid_token"'})
    try:
        parsed: Any = json.loads(body.decode("utf-8")) if body else None
    except (UnicodeDecodeError, json.JSONDecodeError):
        parsed = None
    if not isinstance(parsed, dict):
        raise Reply(400, contract.cw_answer("99999999"))
    sealed = "contentCipher" in parsed or "keycipher" in request.headers
    if not sealed:
        if seen is not None:
            seen.fields = _business_summary(parsed)
        return json_response(200, await _answer(state, parsed))
    env = state.envelope
    try:
        business, work_key = await anyio.to_thread.run_sync(
            lambda: cloud_envelope.open_request(parsed, dict(request.headers.items()), env,
                                                state.config.keys.sm2_private_key))
    except Exception as exc:  # EnvelopeError, or anything a forged cipher provokes
        log.info("envelope refused: %s", type(exc).__name__)
        reason = str(exc) if isinstance(exc, cloud_envelope.EnvelopeError) else "undecryptable"
        raise Reply(400, contract.cw_answer(
            "99999999", f"{contract.CW_MESSAGES['99999999']}：{reason}")) from None
    if seen is not None:
        seen.fields = _business_summary(business)
    answer = await _answer(state, business)
    key = cloud_envelope.response_key(env, work_key, state.config.keys.sm4_key)
    out_body, out_headers = cloud_envelope.seal_response(answer, env, key)
    return json_response(200, out_body, out_headers)


async def _answer(state: ServerState, business: dict[str, Any]) -> dict[str, Any]:
    """The business answer (code, message, data) for one ``{img, busFlowId}``."""
    img = business.get("img")
    if not isinstance(img, str) or not img.strip():
        return contract.cw_answer("50028100")
    try:
        raw = b64decode(img)
    except ValueError:
        return contract.cw_answer("50028104")
    if len(raw) >= contract.CLOUDWALK_MAX_BYTES:
        return contract.cw_answer("50028103")
    try:
        page = await anyio.to_thread.run_sync(lambda: page_from_bytes(raw, allow_pdf=False))
    except ValueError:
        return contract.cw_answer("50028104")
    try:
        record = await state.engine.recognize(page)
    except Busy as busy:
        raise Reply(503, contract.cw_answer(contract.CW_BUSY, "服务繁忙，请稍后重试"),
                    {"Retry-After": str(busy.retry_after)}) from None
    if record.error is not None and record.error.code in contract.SERVER_FAULT_CODES:
        raise Reply(500, contract.cw_answer(contract.CW_INTERNAL, "内部服务器错误"))
    if contract.not_this_document(record, (contract.BIRTH_TYPE,)):
        log.info("not a birth certificate: %s",
                 record.error.code if record.error else record.document_type)
        return contract.cw_answer("50028205")
    bus_flow_id = business.get("busFlowId")
    data = contract.birth_data(record, str(bus_flow_id)[:64] if bus_flow_id else "")
    return {"code": contract.CW_OK, "message": contract.CW_MESSAGES[contract.CW_OK],
            "data": data}


def _business_summary(business: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in business.items():
        if key == "img":
            out[key] = f"<{len(value) if isinstance(value, str) else 0} chars>"
        else:
            out[key] = str(value)
    return out
