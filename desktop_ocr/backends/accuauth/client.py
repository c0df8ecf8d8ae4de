"""AccuAuth Ghana Card / voter ID OCR client (the backend's face: the package).

Why: the vendor API (``/work/shared/api/ghana-card-ocr-api.txt``) reads both
Ghana cards in one endpoint and says which one it saw (``card_type``), so this
backend also answers ``document_type="auto"``.  Every documented status is
mapped to a stable code (``accuauth.<STATUS>``) and a message a clerk can act
on, with the HTTP code and the vendor's ``reason`` kept for support.

A rate limit arrives as HTTP 403 ``RATE_LIMIT_EXCEEDED`` (not 429), which
urllib3 cannot tell from a permission error, so it is retried here within the
same bounded budget and backoff as the transport (docs/adr/0052).
"""

from __future__ import annotations

import base64
import json
import logging
from typing import Any

import requests

from desktop_ocr.backends.accuauth.service import (
    CARD_TYPES,
    LIMITS,
    NAME,
    SEND_AS,
    AccuAuthSettings,
)
from desktop_ocr.backends.base import CancelToken
from desktop_ocr.backends.cloud_common import VendorError, build_record, fit_image, timed
from desktop_ocr.backends.http import HttpClient, call_with_retries
from desktop_ocr.config import TransportSettings, missing_required
from desktop_ocr.documents.record import FieldWarning, Record
from desktop_ocr.documents.schema import get_document_type
from desktop_ocr.errors import BackendError, BackendUnavailable, ConfigError
from desktop_ocr.imaging.types import PageImage

log = logging.getLogger(__name__)

SERVICE = "AccuAuth"
PATH = "/ocr/idcard"
DOCUMENT_TYPES = frozenset(CARD_TYPES.values())

# status -> (HTTP status the document gives, English, Chinese, retryable)
STATUSES: dict[str, tuple[int, str, str, bool]] = {
    "INVALID_ARGUMENT": (
        400,
        "AccuAuth rejected the request as invalid.",
        "AccuAuth 认为请求参数无效。",
        False,
    ),
    "DETECTION_FAILED": (
        400,
        "AccuAuth found no Ghana card in the image. Use a sharp, well-lit photo of the "
        "card's front.",
        "AccuAuth 未能在图片中检测到加纳证件，请使用清晰、光线充足的证件正面照片。",
        False,
    ),
    "UNAUTHORIZED": (
        401,
        "AccuAuth refused the API ID / API secret. Check them in Settings.",
        "AccuAuth 拒绝了 API ID / API Secret，请在设置中检查。",
        False,
    ),
    "KEY_EXPIRED": (
        401,
        "The AccuAuth API key has expired. Ask your administrator for a new key.",
        "AccuAuth API 密钥已过期，请向管理员申请新密钥。",
        False,
    ),
    "NO_PERMISSION": (
        403,
        "This AccuAuth account is not allowed to use the ID card service.",
        "该 AccuAuth 账号无权使用证件识别接口。",
        False,
    ),
    "OUT_OF_QUOTA": (
        403,
        "The AccuAuth call quota is used up. Ask your administrator to top it up.",
        "AccuAuth 接口调用次数已用完，请联系管理员充值。",
        False,
    ),
    "RATE_LIMIT_EXCEEDED": (
        403,
        "AccuAuth is receiving too many requests; it still refused after several retries. "
        "Wait a minute and try again.",
        "AccuAuth 请求频率超限，多次重试后仍被拒绝，请稍等一分钟再试。",
        True,
    ),
    "NOT_FOUND": (
        404,
        "The AccuAuth address is wrong (no such endpoint). Check the URL in Settings.",
        "AccuAuth 接口地址错误或不存在，请在设置中检查地址。",
        False,
    ),
    "INTERNAL_ERROR": (
        500,
        "AccuAuth had an internal error. Try again later.",
        "AccuAuth 内部服务器错误，请稍后重试。",
        True,
    ),
    "UPSTREAM_UNAVAILABLE": (
        512,
        "The AccuAuth recognition service is temporarily unavailable. Try again later.",
        "AccuAuth 识别服务暂时不可用，请稍后重试。",
        True,
    ),
    "UPSTREAM_TIMEOUT": (
        513,
        "The AccuAuth recognition service timed out. Try again later.",
        "AccuAuth 识别服务超时，请稍后重试。",
        True,
    ),
}
# When the body carries no status (a proxy page, an empty body), the HTTP code decides.
_STATUS_BY_HTTP = {401: "UNAUTHORIZED", 404: "NOT_FOUND", 429: "RATE_LIMIT_EXCEEDED",
                   500: "INTERNAL_ERROR",
                   512: "UPSTREAM_UNAVAILABLE", 513: "UPSTREAM_TIMEOUT"}


def status_error(http_status: int, status: str, reason: str, request_id: str = "") -> VendorError:
    """The typed error for a vendor status (documented or not)."""
    reason = reason.strip()
    suffix = f" (HTTP {http_status} {status}{': ' + reason if reason else ''})"
    suffix_zh = f"（HTTP {http_status} {status}{'：' + reason if reason else ''}）"
    known = STATUSES.get(status)
    if known is not None:
        _, en, zh, retryable = known
    else:
        retryable = http_status >= 500
        en = f"AccuAuth refused the request: {reason or status}."
        zh = f"AccuAuth 返回错误：{reason or status}。"
    detail = f"request_id={request_id}" if request_id else None
    return VendorError(en + suffix, message_zh=zh + suffix_zh, code=f"{NAME}.{status}",
                       retryable=retryable, detail=detail)


def _bad_response(why: str, http_status: int) -> VendorError:
    return VendorError(
        f"AccuAuth sent an answer this program cannot read (HTTP {http_status}). "
        "Check the AccuAuth address in Settings, or try again later.",
        message_zh=f"无法解析 AccuAuth 的应答（HTTP {http_status}），请检查地址或稍后重试。",
        code=f"{NAME}.bad_response",
        retryable=http_status >= 500,
        detail=why,
    )


def _is_rate_limited(response: requests.Response) -> bool:
    if response.status_code != 403:  # a 429 was already retried by urllib3
        return False
    try:
        body = response.json()
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("status") == "RATE_LIMIT_EXCEEDED"


class AccuAuthRecognizer:
    """Reads Ghana Cards and Ghana voter ID cards through the AccuAuth cloud API."""

    name = NAME

    def __init__(
        self, settings: AccuAuthSettings, transport: TransportSettings | None = None
    ) -> None:
        self.settings = settings
        self.transport = transport or TransportSettings()
        self.http = HttpClient(self.transport, service=SERVICE)

    def availability(self) -> tuple[bool, str]:
        missing = missing_required(self.settings)
        if missing:
            return False, f"AccuAuth is not configured: missing {', '.join(missing)}."
        if self.settings.send_as not in SEND_AS:
            return False, f"AccuAuth send_as must be one of {', '.join(SEND_AS)}."
        return True, ""

    def recognize(
        self,
        page: PageImage,
        document_type: str = "auto",
        cancel: CancelToken | None = None,
    ) -> Record:
        if document_type != "auto" and document_type not in DOCUMENT_TYPES:
            raise BackendError(
                f"AccuAuth reads only Ghana Cards and voter ID cards, not {document_type}.",
                message_zh="AccuAuth 接口只能识别加纳身份证和选民卡。",
                code=f"{NAME}.unsupported_type",
            )
        ok, reason = self.availability()
        if not ok:
            code = f"{NAME}.not_configured"
            if self.settings.send_as not in SEND_AS:
                raise ConfigError(reason, code="config.accuauth_send_as")
            raise BackendUnavailable(
                reason, message_zh="AccuAuth 识别未配置，请在设置中填写地址和 API 凭证。", code=code
            )
        timings: dict[str, float] = {}
        with timed(timings, "encode"):
            encoded = fit_image(page, LIMITS)
        headers = {
            "X-DF-API-ID": self.settings.api_id,
            "X-DF-API-SECRET": self.settings.api_secret,
        }
        url = self.settings.base_url.rstrip("/") + PATH
        filename = "card.png" if encoded.mime == "image/png" else "card.jpg"
        b64 = (base64.b64encode(encoded.data).decode("ascii")
               if self.settings.send_as == "image_base64" else "")

        def send() -> requests.Response:
            if self.settings.send_as == "image_base64":
                return self.http.post(url, data={"image_base64": b64}, headers=headers,
                                      cancel=cancel)
            return self.http.post(url, files={"file": (filename, encoded.data, encoded.mime)},
                                  headers=headers, cancel=cancel)

        with timed(timings, "request"):
            response, retries = call_with_retries(send, _is_rate_limited, self.transport, cancel)
        body = self._parse(response)
        request_id = str(body.get("request_id") or "")
        status = str(body.get("status") or "")
        if status != "OK" or response.status_code != 200:
            log.info("AccuAuth refused request_id=%s: HTTP %s %s", request_id,
                     response.status_code, status or "<none>")
            reason = str(body.get("reason") or "")
            if not status:
                status = _STATUS_BY_HTTP.get(response.status_code, f"http_{response.status_code}")
            if status == "RATE_LIMIT_EXCEEDED" and retries:
                reason = f"{reason} (after {retries} retries)".strip()
            raise status_error(response.status_code, status, reason, request_id)
        record = self._record(page, document_type, body)
        if encoded.changed and encoded.note:
            record.notes.append(encoded.note)
        if request_id:
            record.vendor_ids["request_id"] = request_id
        record.timings.update(timings)
        return record

    def close(self) -> None:
        self.http.close()

    # ------------------------------------------------------------------ internals

    def _parse(self, response: requests.Response) -> dict[str, Any]:
        try:
            body = response.json()
        except (ValueError, json.JSONDecodeError):
            body = None
        if isinstance(body, dict) and ("status" in body or "results" in body):
            return body
        if response.status_code in _STATUS_BY_HTTP:
            status = _STATUS_BY_HTTP[response.status_code]
            raise status_error(response.status_code, status, "")
        if response.status_code >= 500:
            raise status_error(response.status_code, f"http_{response.status_code}", "")
        raise _bad_response("not a JSON object with status/results", response.status_code)

    def _record(self, page: PageImage, asked: str, body: dict[str, Any]) -> Record:
        results = body.get("results")
        if results is None or not isinstance(results, list):
            raise _bad_response("status OK without a results array", 200)
        cards = [r for r in results if isinstance(r, dict)]
        if not cards:
            raise VendorError(
                "AccuAuth read the image but found no Ghana card in it. Use a photo of the "
                "card's front.",
                message_zh="AccuAuth 未在图片中找到加纳证件，请使用证件正面照片。",
                code=f"{NAME}.no_card",
                retryable=False,
                detail=f"request_id={body.get('request_id', '')}",
            )
        chosen = next((c for c in cards if CARD_TYPES.get(str(c.get("card_type"))) == asked),
                      cards[0])
        card_type = str(chosen.get("card_type") or "")
        doc_type = CARD_TYPES.get(card_type)
        if doc_type is None:
            raise _bad_response(f"unknown card_type {card_type!r}", 200)
        info = chosen.get("card_info")
        if not isinstance(info, dict):
            raise _bad_response("card_info is not an object", 200)
        record = build_record(page, doc_type, NAME, info)
        if asked != "auto" and asked != doc_type:
            got = get_document_type(doc_type)
            want = get_document_type(asked)
            record.warnings.append(FieldWarning(
                field="",
                code="document_type.mismatch",
                message=f"You chose {want.label_en}, but AccuAuth read a {got.label_en}; "
                        f"the fields are those of a {got.label_en}.",
                message_zh=f"您选择了{want.label_zh}，但 AccuAuth 识别为{got.label_zh}。",
                severity="warning",
            ))
        if len(cards) > 1:
            record.notes.append(f"AccuAuth found {len(cards)} cards; the first "
                                f"{'matching ' if asked != 'auto' else ''}one is shown.")
        side = chosen.get("card_side")
        if side:
            record.vendor_ids["card_side"] = str(side)
        return record


__all__ = ["STATUSES", "AccuAuthRecognizer", "status_error"]
