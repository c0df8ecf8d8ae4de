"""CloudWalk (云从) birth-certificate OCR client (the backend's face: the package).

Why: the vendor API (``/work/shared/api/birth-certificate-ocr-api.txt``) reads
出生医学证明 and returns its fields under the exact keys our schema uses.  The
interface is encrypted ("sm" envelope, see :mod:`cloud_envelope`) and needs an
OAuth token from ``/sso/oauth/token``; gateways that terminate the encryption are
served by the ``plain`` envelope (body exactly as in the API document, with the
token when App Key and App Secret are set).

Token handling: the token is cached in memory only (never logged, never
written), renewed :data:`RENEW_MARGIN` before it expires, and renewed once more
when a call is refused for authentication (HTTP 401 / ``invalid_token``).
"""

from __future__ import annotations

import base64
import logging
import threading
import time
import uuid
from typing import Any

import requests

from desktop_ocr.backends import cloud_envelope, sm_crypto
from desktop_ocr.backends.base import CancelToken
from desktop_ocr.backends.cloud_common import VendorError, build_record, fit_image, timed
from desktop_ocr.backends.cloudwalk.service import DOCUMENT_TYPE, LIMITS, NAME, CloudWalkSettings
from desktop_ocr.backends.http import HttpClient
from desktop_ocr.config import TransportSettings
from desktop_ocr.documents.record import Record
from desktop_ocr.errors import BackendError, BackendUnavailable, ConfigError
from desktop_ocr.imaging.types import PageImage

log = logging.getLogger(__name__)

SERVICE = "CloudWalk"
OCR_PATH = "/ai-cloud-face/ocr/v2/birthCertificate"
TOKEN_PATH = "/sso/oauth/token"
SCOPE = "scope"
DEFAULT_TOKEN_TTL = 12 * 3600  # seconds, the vendor's documented default
RENEW_MARGIN = 300.0  # renew this many seconds before the token expires
CONTENT_TYPE = "application/json;charset=UTF-8"
OK = "00000000"

# code -> (English, Chinese, retryable).  The Chinese text is the vendor's own.
CODES: dict[str, tuple[str, str, bool]] = {
    "50028100": (
        "CloudWalk received an empty image. Add the image again and retry.",
        "图片不能为空。",
        False,
    ),
    "50028103": (
        "The image is larger than the 3 MB CloudWalk accepts. Use a smaller scan or photo.",
        "图片大小不能超过3M。",
        False,
    ),
    "50028104": (
        "CloudWalk could not read the image: its Base64 encoding or image data is damaged. "
        "Re-scan or re-save the image.",
        "图片Base64编码错误或图片原始数据错误。",
        False,
    ),
    "50028205": (
        "CloudWalk could not recognise a birth certificate in this image. Check that the "
        "whole certificate is visible, sharp and upright.",
        "出生证明识别异常。",
        False,
    ),
}


def _error_for_code(code: str, message: str) -> VendorError:
    known = CODES.get(code)
    vendor_msg = message.strip()
    if known is not None:
        en, zh, retryable = known
        return VendorError(
            f"{en} (CloudWalk code {code}{': ' + vendor_msg if vendor_msg else ''})",
            message_zh=f"{zh}（云从返回码 {code}{'：' + vendor_msg if vendor_msg else ''}）",
            code=f"{NAME}.{code}",
            retryable=retryable,
            detail=vendor_msg,
        )
    shown = vendor_msg or "no description"
    return VendorError(
        f"CloudWalk refused the document: {shown} (code {code}).",
        message_zh=f"云从返回错误：{vendor_msg or '无描述'}（返回码 {code}）。",
        code=f"{NAME}.{code or 'unknown'}",
        retryable=False,
        detail=vendor_msg,
    )


def _bad_response(why: str, status: int | None = None) -> VendorError:
    where = f" (HTTP {status})" if status is not None else ""
    return VendorError(
        f"CloudWalk sent an answer this program cannot read{where}. "
        "Check the CloudWalk address and envelope settings, or try again later.",
        message_zh=f"无法解析云从的应答{where}，请检查云从地址和加密设置，或稍后重试。",
        code=f"{NAME}.bad_response",
        retryable=False,
        detail=why,
    )


def _auth_failed(why: str) -> VendorError:
    return VendorError(
        "CloudWalk refused the login. Check the App Key, App Secret and SM2 public key "
        "in Settings.",
        message_zh="云从登录鉴权失败，请在设置中检查 App Key、App Secret 和 SM2 公钥。",
        code=f"{NAME}.auth_failed",
        retryable=False,
        detail=why,
    )


def _http_error(status: int, body: str) -> VendorError:
    if status == 404:
        return VendorError(
            "The CloudWalk address is wrong (HTTP 404: no such endpoint). "
            "Check the URL in Settings.",
            message_zh="云从接口地址错误（HTTP 404），请在设置中检查地址。",
            code=f"{NAME}.not_found",
            retryable=False,
            detail=body[:200],
        )
    retryable = status >= 500
    return VendorError(
        f"CloudWalk answered HTTP {status}"
        + (". The service is having problems; try again later." if retryable else "."),
        message_zh=f"云从返回 HTTP {status}" + ("，服务暂时异常，请稍后重试。" if retryable else "。"),
        code=f"{NAME}.http_{status}",
        retryable=retryable,
        detail=body[:200],
    )


def _is_auth_failure(response: requests.Response) -> bool:
    if response.status_code == 401:
        return True
    try:
        body = response.json()
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("error") in ("invalid_token", "unauthorized")


class CloudWalkRecognizer:
    """Reads birth certificates through the CloudWalk cloud API."""

    name = NAME

    def __init__(
        self,
        settings: CloudWalkSettings,
        transport: TransportSettings | None = None,
    ) -> None:
        self.settings = settings
        self.envelope = settings.envelope
        self.http = HttpClient(transport, service=SERVICE)
        self._token: str | None = None
        self._token_expires = 0.0  # time.monotonic() deadline
        self._token_lock = threading.Lock()

    # ------------------------------------------------------------------ protocol

    def availability(self) -> tuple[bool, str]:
        missing = self.settings.missing()
        if missing:
            return False, f"CloudWalk is not configured: missing {', '.join(missing)}."
        try:
            self._check_settings()
        except ConfigError as exc:
            return False, exc.message
        return True, ""

    def recognize(
        self,
        page: PageImage,
        document_type: str = "auto",
        cancel: CancelToken | None = None,
        *,
        bus_flow_id: str | None = None,
    ) -> Record:
        if document_type not in ("auto", DOCUMENT_TYPE):
            raise BackendError(
                f"CloudWalk reads only birth certificates, not {document_type}.",
                message_zh="云从接口只能识别出生医学证明。",
                code=f"{NAME}.unsupported_type",
            )
        ok, reason = self.availability()
        if not ok:
            raise BackendUnavailable(
                reason, message_zh="云从识别未配置，请在设置中填写地址和密钥。",
                code=f"{NAME}.not_configured",
            )
        timings: dict[str, float] = {}
        with timed(timings, "encode"):
            encoded = fit_image(page, LIMITS)
            img = base64.b64encode(encoded.data).decode("ascii")
        flow = (bus_flow_id or uuid.uuid4().hex)[:64]
        business = {"img": img, "busFlowId": flow}
        answer = self._call(business, cancel, timings)
        code = str(answer.get("code", "")).strip()
        message = str(answer.get("message") or "")
        if code != OK:
            log.info("CloudWalk refused busFlowId=%s with code %s", flow, code or "<none>")
            raise _error_for_code(code, message)
        data = answer.get("data")
        if not isinstance(data, dict):
            raise _bad_response("success without a data object")
        record = build_record(page, DOCUMENT_TYPE, NAME, data)
        record.vendor_ids["busFlowId"] = str(data.get("busFlowId") or flow)
        if data.get("flowId"):
            record.vendor_ids["flowId"] = str(data["flowId"])
        if encoded.changed and encoded.note:
            record.notes.append(encoded.note)
        record.timings.update(timings)
        return record

    def close(self) -> None:
        self.http.close()

    # ------------------------------------------------------------------ internals

    def _check_settings(self) -> None:
        cloud_envelope.validate(self.envelope)
        if self.envelope.mode == "sm":
            sm_crypto.normalize_public_key(self.settings.sm2_public_key)
            if self.envelope.response_key == "sm4Key":
                sm_crypto.parse_sm4_key(self.settings.sm4_key)

    def _url(self, path: str) -> str:
        return self.settings.base_url.rstrip("/") + path

    def _call(
        self, business: dict[str, Any], cancel: CancelToken | None, timings: dict[str, float]
    ) -> dict[str, Any]:
        if self.envelope.mode == "plain":
            return self._call_plain(business, cancel, timings)
        for attempt in (1, 2):
            with timed(timings, "login"):
                token = self._access_token(cancel)
            with timed(timings, "encode"):
                sealed = cloud_envelope.seal_request(
                    business, self.envelope, self.settings.sm2_public_key
                )
            headers = {
                "Content-Type": CONTENT_TYPE,
                "Authorization": f"Bearer {token}",
                **sealed.headers,
            }
            with timed(timings, "request"):
                response = self.http.post(
                    self._url(OCR_PATH),
                    data=cloud_envelope.dumps(sealed.body),
                    headers=headers,
                    cancel=cancel,
                )
            if _is_auth_failure(response):
                self._forget_token()
                if attempt == 1:
                    log.info("CloudWalk refused the token; logging in again")
                    continue
                raise _auth_failed(f"HTTP {response.status_code} after a fresh login")
            return self._read_sealed(response, sealed.work_key)
        raise AssertionError("unreachable")  # pragma: no cover

    def _can_log_in(self) -> bool:
        s = self.settings
        return bool(s.app_key and s.app_secret and s.sm2_public_key)

    def _call_plain(
        self, business: dict[str, Any], cancel: CancelToken | None, timings: dict[str, float]
    ) -> dict[str, Any]:
        """The document's JSON body; with a token when App Key/Secret/SM2 key are set.

        Why the token: the API document asks for one before any call, and an office
        server (``desktop-ocr serve``) requires it on plain bodies too; a gateway that
        handles authentication itself is used with those settings left empty.
        """
        for attempt in (1, 2):
            headers = {"Content-Type": CONTENT_TYPE}
            if self._can_log_in():
                with timed(timings, "login"):
                    headers["Authorization"] = f"Bearer {self._access_token(cancel)}"
            with timed(timings, "request"):
                response = self.http.post(
                    self._url(OCR_PATH),
                    data=cloud_envelope.dumps(business),
                    headers=headers,
                    cancel=cancel,
                )
            if _is_auth_failure(response):
                self._forget_token()
                if attempt == 1 and self._can_log_in():
                    log.info("CloudWalk refused the token; logging in again")
                    continue
                raise _auth_failed(f"HTTP {response.status_code} on a plain request")
            return self._read_plain(response)
        raise AssertionError("unreachable")  # pragma: no cover

    def _read_plain(self, response: requests.Response) -> dict[str, Any]:
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and "code" in body:
            return body
        if response.status_code != 200:
            raise _http_error(response.status_code, response.text)
        raise _bad_response("not a JSON object with a code", response.status_code)

    def _read_sealed(self, response: requests.Response, work_key: str) -> dict[str, Any]:
        key = cloud_envelope.response_key(self.envelope, work_key, self.settings.sm4_key)
        try:
            body = cloud_envelope.open_response(
                response.text, response.headers, self.envelope, key
            )
        except cloud_envelope.EnvelopeError as exc:
            if response.status_code != 200:
                raise _http_error(response.status_code, response.text) from exc
            raise _bad_response(str(exc), response.status_code) from exc
        if "code" not in body:
            if response.status_code != 200:
                raise _http_error(response.status_code, response.text)
            raise _bad_response("the decrypted answer has no code", response.status_code)
        return body

    def _forget_token(self) -> None:
        with self._token_lock:
            self._token = None
            self._token_expires = 0.0

    def _access_token(self, cancel: CancelToken | None) -> str:
        with self._token_lock:
            if self._token and time.monotonic() < self._token_expires:
                return self._token
            token, ttl = self._login(cancel)
            margin = min(RENEW_MARGIN, ttl * 0.1)
            self._token = token
            self._token_expires = time.monotonic() + max(0.0, ttl - margin)
            log.info("CloudWalk login ok; token valid for %d s", int(ttl))
            return token

    def _login(self, cancel: CancelToken | None) -> tuple[str, float]:
        secret = sm_crypto.sm2_encrypt(
            self.settings.sm2_public_key,
            self.settings.app_secret.encode("utf-8"),
            self.envelope.sm2_order,
            point_prefix=self.envelope.sm2_c1_prefix,
        )
        form = {
            "clientId": self.settings.app_key,
            "clientSecret": sm_crypto.encode(secret, self.envelope.encoding),
            "scope": SCOPE,
        }
        response = self.http.post(self._url(TOKEN_PATH), data=form, cancel=cancel)
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code in (400, 401, 403):
            why = ""
            if isinstance(body, dict):
                why = str(body.get("error_description") or body.get("message") or "")
            raise _auth_failed(f"HTTP {response.status_code} {why}".strip())
        if response.status_code != 200:
            raise _http_error(response.status_code, response.text)
        if not isinstance(body, dict):
            raise _bad_response("the token answer is not JSON", response.status_code)
        payload = body.get("data") if isinstance(body.get("data"), dict) else body
        token = payload.get("access_token") or payload.get("accessToken")
        if not token:
            code = str(body.get("code") or "")
            if code and code != OK:
                raise _auth_failed(f"code {code}: {body.get('message', '')}")
            raise _bad_response("the token answer has no access_token")
        try:
            ttl = float(payload.get("expires_in") or payload.get("expiresIn") or DEFAULT_TOKEN_TTL)
        except (TypeError, ValueError):
            ttl = float(DEFAULT_TOKEN_TTL)
        return str(token), ttl


__all__ = ["CODES", "CloudWalkRecognizer"]
