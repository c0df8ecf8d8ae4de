"""What the two API documents fix, and what the server decides where they are silent.

Why one module: the routes, the OpenAPI description and the tests must agree on
every path, limit, code and status; none of this needs the web stack, so the
CLI and the tests import it freely.  Sources: ``/work/shared/api/*.txt``.

Decisions where the documents are silent (docs/adr/0051, 0054), kept as they were:

* a refused or missing CloudWalk token is HTTP 401 ``{"error": "invalid_token"}``
  (Spring OAuth style, as ``/sso/oauth/token`` suggests), on plain and sealed
  bodies alike;
* a CloudWalk body that is not JSON or cannot be decrypted gets code
  ``99999999`` (the vendors' public code table is not published);
* a body larger than a route's limit is HTTP 413 in the route's own shape
  (CloudWalk ``50028103``, AccuAuth ``INVALID_ARGUMENT``, login
  ``invalid_request``);
* a busy server answers HTTP 503 + ``Retry-After`` on the CloudWalk routes and
  AccuAuth's documented ``403 RATE_LIMIT_EXCEEDED`` + ``Retry-After`` on
  ``/ocr/idcard`` (both clients back off and retry on these);
* an image that is not a document of the route's type is CloudWalk ``50028205``
  and AccuAuth ``400 DETECTION_FAILED`` ("图像检测失败": no card was detected).
"""

from __future__ import annotations

import uuid
from typing import Any

from desktop_ocr.documents.record import Record
from desktop_ocr.documents.schema import get_document_type

TOKEN_PATH = "/sso/oauth/token"
CLOUDWALK_PATH = "/ai-cloud-face/ocr/v2/birthCertificate"
ACCUAUTH_PATH = "/ocr/idcard"
ROUTE_OF_PATH = {TOKEN_PATH: "token", CLOUDWALK_PATH: "cloudwalk", ACCUAUTH_PATH: "accuauth"}

CLOUDWALK_MAX_BYTES = 3 * 1024 * 1024  # "原始图片大小需要小于 3M"
ACCUAUTH_MAX_BYTES = 5 * 1024 * 1024  # "不超过 5MB"
ACCUAUTH_MIN_SIDE, ACCUAUTH_MAX_SIDE = 128, 6000  # "128×128 至 6000×6000 像素"

# Request body limits (bytes on the wire, after chunked decoding).  A legal
# CloudWalk request is at most ~8.1 MB (3 MB image → 4 MB base64 → hex-encoded
# SM4 cipher); a legal AccuAuth one ~7.2 MB (5 MB as URL-encoded base64).
BODY_LIMITS = {"token": 64 * 1024, "cloudwalk": 10 * 1024 * 1024,
               "accuauth": 12 * 1024 * 1024}

BIRTH_TYPE = "birth_certificate"
CARD_TYPE_OF = {"ghana_card": "ID", "ghana_voter": "VOTER"}
#: The document types each route answers for (the login route serves the CloudWalk one).
ROUTE_TYPES: dict[str, tuple[str, ...]] = {
    "token": (BIRTH_TYPE,), "cloudwalk": (BIRTH_TYPE,), "accuauth": tuple(CARD_TYPE_OF)}


def served_routes(document_types: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The routes a backend reading ``document_types`` can answer (``ROUTE_OF_PATH`` names).

    Why: ``serve --backend cloudwalk`` cannot read a Ghana card, so offering (and
    describing in ``/openapi.json``) ``POST /ocr/idcard`` would only fail every call.
    """
    return tuple(route for route, types in ROUTE_TYPES.items()
                 if set(types) & set(document_types))


BIRTH_DATA_KEYS = (
    "flowId", "busFlowId", "babyBirthday", "birthProvince", "birthCity", "birthCounty",
    "birthWeight", "birthLength", "gestationalAge", "babyName", "babySex", "code", "hospital",
    "fatherName", "fatherID", "fatherNationality", "fatherEthnic", "fatherAddress", "fatherAge",
    "motherName", "motherID", "motherNationality", "motherEthnic", "motherAddress", "motherAge",
)

CW_OK = "00000000"
CW_MESSAGES = {
    "00000000": "请求成功",
    "50028100": "图片不能为空",
    "50028103": "图片大小不能超过3M",
    "50028104": "图片Base64编码错误或图片原始数据错误",
    "50028205": "出生证明识别异常",
    "99999999": "请求报文格式错误",
}
CW_BUSY = "99999503"  # invented (public code table unpublished); HTTP 503 + Retry-After
CW_INTERNAL = "99999500"  # invented; HTTP 500

AA_DEFAULT_HTTP = {"INVALID_ARGUMENT": 400, "DETECTION_FAILED": 400, "UNAUTHORIZED": 401,
                   "KEY_EXPIRED": 401, "NO_PERMISSION": 403, "OUT_OF_QUOTA": 403,
                   "RATE_LIMIT_EXCEEDED": 403, "NOT_FOUND": 404, "INTERNAL_ERROR": 500}
AA_STATUS_OF_HTTP = {400: "INVALID_ARGUMENT", 401: "UNAUTHORIZED", 403: "NO_PERMISSION",
                     404: "NOT_FOUND", 429: "RATE_LIMIT_EXCEEDED", 500: "INTERNAL_ERROR",
                     512: "UPSTREAM_UNAVAILABLE", 513: "UPSTREAM_TIMEOUT"}
AA_NO_CARD = "DETECTION_FAILED"
AA_NO_CARD_REASON = "no Ghana card detected in the image"

#: Failed-record codes that mean "the server broke", not "this is not the document".
SERVER_FAULT_CODES = frozenset({"backend.internal_error"})


def request_id() -> str:
    """AccuAuth's ``request_id`` form (``TID`` + 32 hex digits)."""
    return "TID" + uuid.uuid4().hex


def cw_answer(code: str, message: str | None = None) -> dict[str, Any]:
    return {"code": code, "message": message or CW_MESSAGES.get(code, "")}


def aa_error(status: str, reason: str, rid: str | None = None) -> dict[str, Any]:
    return {"status": status, "reason": reason, "request_id": rid or request_id()}


def not_this_document(record: Record, route_types: tuple[str, ...]) -> bool:
    """True when ``record`` (asked with ``auto``) is not a document the route reads.

    A failed record (the engine found none of any type's fields, or could not
    read the page), another detected type, or a record with every field blank
    are all "not this document": the route refuses with its own code rather than
    answer an almost empty success.
    """
    if record.error is not None:
        return True
    if record.document_type not in route_types:
        return True
    return not any(fv.value for fv in record.fields.values())


def birth_data(record: Record, bus_flow_id: str) -> dict[str, str]:
    """The ``data`` object of a successful CloudWalk answer, keys in the document's order."""
    data: dict[str, str] = {}
    for key in BIRTH_DATA_KEYS:
        if key == "flowId":
            data[key] = uuid.uuid4().hex
        elif key == "busFlowId":
            data[key] = bus_flow_id
        else:
            data[key] = record.value(key)
    return data


def card_result(record: Record) -> dict[str, Any]:
    """One element of AccuAuth's ``results`` for a Ghana Card or voter card record.

    ``card_side`` is "front" (the vendor reads fronts), except for a Ghana Card's back
    side alone, read from its machine-readable zone (``documents.back``): it says
    "back" instead of passing for a front.
    """
    spec = get_document_type(record.document_type or "")
    info = {key: record.value(key) for key in spec.keys}
    zone = record.extra.get("mrz")
    side = "back" if isinstance(zone, dict) and zone.get("front") is False else "front"
    return {"card_info": info, "card_side": side,
            "card_type": CARD_TYPE_OF[record.document_type or ""]}
