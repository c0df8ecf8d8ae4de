"""AccuAuth: ``POST /ocr/idcard`` (Ghana Card and voter ID card).

Why these answers: ``/work/shared/api/ghana-card-ocr-api.txt`` — headers
``X-DF-API-ID``/``X-DF-API-SECRET``; ``file`` (multipart/form-data) or
``image_base64``; JPG/PNG/PDF, 128–6000 px, ≤ 5 MB; ``{request_id, status,
results}`` or ``{status, reason, request_id}`` with the documented HTTP codes.
An image with no Ghana card in it is ``400 DETECTION_FAILED`` ("图像检测失败").
"""

from __future__ import annotations

import json
import logging
import secrets
from email import policy
from email.parser import BytesParser
from typing import Any
from urllib.parse import parse_qs

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import Response

from desktop_ocr.server import contract
from desktop_ocr.server.asgi.engine import Busy
from desktop_ocr.server.asgi.plumbing import Reply, handle, json_response
from desktop_ocr.server.asgi.state import SeenRequest, ServerState
from desktop_ocr.server.images import b64decode, page_from_bytes

log = logging.getLogger(__name__)

GHANA_TYPES = tuple(contract.CARD_TYPE_OF)


def _too_large() -> Reply:
    return Reply(413, contract.aa_error("INVALID_ARGUMENT",
                                        "image file size must not exceed 5MB"))


async def idcard_route(request: Request) -> Response:
    return await handle(request, "accuauth", _idcard, _too_large)


def _fail(status: str, reason: str, rid: str, headers: dict[str, str] | None = None) -> Reply:
    return Reply(contract.AA_DEFAULT_HTTP[status], contract.aa_error(status, reason, rid),
                 headers)


async def _idcard(request: Request, state: ServerState, body: bytes,
                  seen: SeenRequest | None) -> Response:
    rid = contract.request_id()
    request.scope.setdefault("state", {})["log_ids"] = f"request_id={rid}"
    api_id = request.headers.get("x-df-api-id", "")
    api_secret = request.headers.get("x-df-api-secret", "")
    config = state.config
    if not api_id or not api_secret:
        raise _fail("UNAUTHORIZED", "missing X-DF-API-ID or X-DF-API-SECRET header", rid)
    same_id = secrets.compare_digest(api_id.encode("utf-8"), config.api_id.encode("utf-8"))
    same_secret = secrets.compare_digest(api_secret.encode("utf-8"),
                                         config.api_secret.encode("utf-8"))
    if not (same_id and same_secret):
        raise _fail("UNAUTHORIZED", "invalid API credentials", rid)
    if api_id in state.expired_api_ids:
        raise _fail("KEY_EXPIRED", "the API key has expired", rid)
    if api_id in state.no_permission_api_ids:
        raise _fail("NO_PERMISSION", "no permission to use /ocr/idcard", rid)
    with state.lock:
        if state.quota is not None and state.quota <= 0:
            raise _fail("OUT_OF_QUOTA", "the API call quota is used up", rid)
    content_type = request.headers.get("content-type", "")
    fields = await anyio.to_thread.run_sync(lambda: _form_fields(content_type, body))
    if seen is not None:
        seen.fields = {k: f"<{len(v)} bytes>" for k, v in fields.items()}
    raw = _image_bytes(fields, rid)
    if len(raw) > contract.ACCUAUTH_MAX_BYTES:
        raise _fail("INVALID_ARGUMENT", "image file size must not exceed 5MB", rid)
    try:
        page = await anyio.to_thread.run_sync(lambda: page_from_bytes(raw, allow_pdf=True))
    except ValueError:
        raise _fail("INVALID_ARGUMENT",
                    "image format is not supported, use JPG, PNG or PDF", rid) from None
    w, h = page.size
    if not (min(w, h) >= contract.ACCUAUTH_MIN_SIDE and max(w, h) <= contract.ACCUAUTH_MAX_SIDE):
        raise _fail("INVALID_ARGUMENT",
                    f"image size {w}x{h} is outside 128x128 to 6000x6000 pixels", rid)
    try:
        record = await state.engine.recognize(page)
    except Busy as busy:
        raise _fail("RATE_LIMIT_EXCEEDED", "the server is busy, retry later", rid,
                    {"Retry-After": str(busy.retry_after)}) from None
    if record.error is not None and record.error.code in contract.SERVER_FAULT_CODES:
        raise _fail("INTERNAL_ERROR", "internal server error", rid)
    results: list[dict[str, Any]] = []
    if record.error is None and record.document_type in GHANA_TYPES and not any(
            fv.value for fv in record.fields.values()):
        pass  # a card with nothing readable: the documented empty ``results``
    elif contract.not_this_document(record, GHANA_TYPES):
        log.info("no Ghana card: %s", record.error.code if record.error else record.document_type)
        raise _fail(contract.AA_NO_CARD, contract.AA_NO_CARD_REASON, rid)
    else:
        results.append(contract.card_result(record))
    with state.lock:
        if state.quota is not None:
            state.quota -= 1
    return json_response(200, {"request_id": rid, "results": results, "status": "OK"})


def _form_fields(content_type: str, body: bytes) -> dict[str, bytes]:
    """``file``/``image_base64`` from multipart, URL-encoded or JSON bodies."""
    ctype = content_type.lower()
    fields: dict[str, bytes] = {}
    if ctype.startswith("multipart/form-data"):
        try:
            msg = BytesParser(policy=policy.HTTP).parsebytes(
                b"Content-Type: " + content_type.encode("latin-1", "replace") + b"\r\n\r\n"
                + body)
            if msg.is_multipart():
                for part in msg.iter_parts():
                    name = part.get_param("name", header="content-disposition")
                    if name:
                        payload = part.get_payload(decode=True)
                        fields[str(name)] = payload if isinstance(payload, bytes) else b""
        except Exception:  # a malformed multipart body carries no usable field
            log.info("unparseable multipart body")
    elif ctype.startswith("application/x-www-form-urlencoded"):
        for key, values in parse_qs(body.decode("latin-1")).items():
            fields[key] = values[0].encode("utf-8")  # %-escapes decode as UTF-8
    elif ctype.startswith("application/json"):
        try:
            parsed = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            parsed = None
        if isinstance(parsed, dict) and isinstance(parsed.get("image_base64"), str):
            fields["image_base64"] = parsed["image_base64"].encode("ascii", "replace")
    return fields


def _image_bytes(fields: dict[str, bytes], rid: str) -> bytes:
    if fields.get("file"):
        return fields["file"]
    if fields.get("image_base64"):
        try:
            return b64decode(fields["image_base64"].decode("ascii"))
        except (ValueError, UnicodeDecodeError):
            raise _fail("INVALID_ARGUMENT", "image_base64 is not valid Base64", rid) from None
    raise _fail("INVALID_ARGUMENT", "must specify 'file' or 'image_base64' argument", rid)
