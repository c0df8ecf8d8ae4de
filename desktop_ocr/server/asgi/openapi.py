"""The OpenAPI description of both vendor contracts (served at ``/openapi.json``).

Why by hand rather than from handler signatures: the vendors' bodies are read
raw (their own error shapes, not FastAPI's 422), so the request and response
schemas are written here from the two API documents; the field lists come from
the document schema (``desktop_ocr.documents.schema``) so they cannot drift.
"""

from __future__ import annotations

from typing import Any

from desktop_ocr.documents.schema import get_document_type
from desktop_ocr.server import contract

STRING = {"type": "string"}


def _object(props: dict[str, Any], required: list[str] | tuple[str, ...] = (),
            extra: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        out["required"] = list(required)
    if not extra:
        out["additionalProperties"] = False
    return out


def _json(schema: dict[str, Any], description: str,
          headers: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"description": description,
                           "content": {"application/json": {"schema": schema}}}
    if headers:
        out["headers"] = headers
    return out


RETRY_AFTER = {"Retry-After": {"description": "seconds to wait before retrying",
                               "schema": {"type": "string"}}}

# ---------------------------------------------------------------- CloudWalk

CW_ANSWER = _object({"code": {"type": "string", "minLength": 1, "maxLength": 8},
                     "message": STRING}, ("code", "message"))
BIRTH_DATA = _object({key: STRING for key in contract.BIRTH_DATA_KEYS},
                     contract.BIRTH_DATA_KEYS)
CW_SUCCESS = _object({"code": {"type": "string", "enum": [contract.CW_OK]}, "message": STRING,
                      "data": BIRTH_DATA}, ("code", "message", "data"))
CW_SEALED = _object({"contentCipher": STRING, "digest": STRING, "nonceStr": STRING,
                     "timestamp": STRING}, ("contentCipher",))
OAUTH_ERROR = _object({"error": STRING, "error_description": STRING}, ("error",))
CW_PLAIN_REQUEST = _object({
    "img": {"type": "string", "maxLength": 3_000_000,
            "description": "the image, base64 (the original under 3 MB)"},
    "busFlowId": {"type": "string", "maxLength": 64,
                  "description": "business flow id, echoed back"},
}, ("img",))
CW_SEALED_REQUEST = _object({
    "contentCipher": STRING, "digest": STRING, "keyCipher": STRING, "nonceStr": STRING,
    "timestamp": STRING}, ("contentCipher",))
TOKEN_REQUEST = _object({"clientId": STRING, "clientSecret": STRING,
                         "scope": {"type": "string", "enum": ["scope"]}},
                        ("clientId", "clientSecret", "scope"))
TOKEN_ANSWER = _object({"access_token": STRING, "token_type": {"type": "string",
                                                               "enum": ["bearer"]},
                        "expires_in": {"type": "integer"}, "scope": STRING},
                       ("access_token", "token_type", "expires_in"))

# ---------------------------------------------------------------- AccuAuth

AA_ERROR = _object({"status": STRING, "reason": STRING, "request_id": STRING},
                   ("status", "reason", "request_id"))


def _card_info(document_type: str) -> dict[str, Any]:
    keys = get_document_type(document_type).keys
    return _object({key: STRING for key in keys}, keys)


AA_RESULT = {"oneOf": [
    _object({"card_type": {"type": "string", "enum": ["ID"]},
             # "back": a Ghana Card's back side alone, read from its zone (ADR 0012)
             "card_side": {"type": "string", "enum": ["front", "back"]},
             "card_info": _card_info("ghana_card")}, ("card_type", "card_side", "card_info")),
    _object({"card_type": {"type": "string", "enum": ["VOTER"]},
             "card_side": {"type": "string", "enum": ["front"]},
             "card_info": _card_info("ghana_voter")}, ("card_type", "card_side", "card_info")),
]}
AA_SUCCESS = _object({"request_id": STRING, "status": {"type": "string", "enum": ["OK"]},
                      "results": {"type": "array", "items": AA_RESULT}},
                     ("request_id", "status", "results"))
AA_IMAGE_FORM = _object({
    "file": {"type": "string", "format": "binary", "description": "JPG, PNG or PDF, ≤ 5 MB"},
    "image_base64": {"type": "string", "description": "the image, base64"},
})
AA_IMAGE_B64 = _object({"image_base64": {"type": "string"}})

SECURITY_SCHEMES = {
    "cloudwalkToken": {"type": "http", "scheme": "bearer",
                       "description": "access_token from POST /sso/oauth/token"},
    "accuauthId": {"type": "apiKey", "in": "header", "name": "X-DF-API-ID"},
    "accuauthSecret": {"type": "apiKey", "in": "header", "name": "X-DF-API-SECRET"},
}

TOKEN_ROUTE: dict[str, Any] = {
    "summary": "CloudWalk login: an access token for the birth-certificate route",
    "openapi_extra": {"requestBody": {"required": True, "content": {
        "application/x-www-form-urlencoded": {"schema": TOKEN_REQUEST}}}},
    "responses": {
        200: _json(TOKEN_ANSWER, "a token (signed; valid in every worker until it expires)"),
        401: _json(OAUTH_ERROR, "invalid_client: wrong clientId or clientSecret"),
        413: _json(OAUTH_ERROR, "invalid_request: body too large"),
    },
}

BIRTH_ROUTE: dict[str, Any] = {
    "summary": "CloudWalk 出生证明识别 (birth medical certificate)",
    "description": "Body as in the API document, plain or sealed in the sm envelope; "
                   "a Bearer token from the login route is required for both. Codes: "
                   "00000000 success, 50028100 no image, 50028103 image ≥ 3 MB, "
                   "50028104 bad base64 or image, 50028205 not a birth certificate.",
    "openapi_extra": {
        "requestBody": {"required": True, "content": {"application/json": {
            "schema": {"oneOf": [CW_PLAIN_REQUEST, CW_SEALED_REQUEST]}}}},
        "security": [{"cloudwalkToken": []}],
    },
    "responses": {
        200: _json({"oneOf": [CW_SUCCESS, CW_ANSWER, CW_SEALED]},
                   "the answer (sealed when the request was sealed)"),
        400: _json(CW_ANSWER, "99999999: not JSON, or the envelope cannot be opened"),
        401: _json(OAUTH_ERROR, "invalid_token: no token, or expired/forged"),
        413: _json(CW_ANSWER, "50028103: body over the route's limit"),
        500: _json(CW_ANSWER, "internal error"),
        503: _json(CW_ANSWER, "busy: retry after Retry-After seconds", RETRY_AFTER),
    },
}

IDCARD_ROUTE: dict[str, Any] = {
    "summary": "AccuAuth Ghana card / voter card OCR",
    "openapi_extra": {
        "requestBody": {"required": True, "content": {
            "multipart/form-data": {"schema": AA_IMAGE_FORM},
            "application/x-www-form-urlencoded": {"schema": AA_IMAGE_B64},
            "application/json": {"schema": AA_IMAGE_B64}}},
        "security": [{"accuauthId": [], "accuauthSecret": []}],
    },
    "responses": {
        200: _json(AA_SUCCESS, "status OK; results empty when the card has nothing readable"),
        400: _json(AA_ERROR, "INVALID_ARGUMENT, or DETECTION_FAILED (no Ghana card)"),
        401: _json(AA_ERROR, "UNAUTHORIZED or KEY_EXPIRED"),
        403: _json(AA_ERROR, "NO_PERMISSION, OUT_OF_QUOTA, or RATE_LIMIT_EXCEEDED (busy; "
                             "Retry-After)", RETRY_AFTER),
        413: _json(AA_ERROR, "INVALID_ARGUMENT: body over the route's limit"),
        500: _json(AA_ERROR, "INTERNAL_ERROR"),
    },
}

#: Every error the server itself adds (unknown path, wrong method), in each shape.
NOT_FOUND = _json(AA_ERROR, "no such endpoint")
METHOD_NOT_ALLOWED = {"description": "wrong method (Allow header lists POST)",
                      "content": {"application/json": {"schema": {"oneOf": [
                          AA_ERROR, CW_ANSWER, OAUTH_ERROR]}}}}
