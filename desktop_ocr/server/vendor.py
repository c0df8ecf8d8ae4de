"""A local server that speaks both vendor contracts.

Why: an office can run recognition on one machine for several desks with the
same clients it would use against the vendors, and the tests drive the real
clients over real sockets against the documented shapes, statuses and error
bodies.  Recognition behind it is any :class:`Recognizer` (the offline engine by
default), so no document leaves the office.

Routes (``/work/shared/api``):

* ``POST /sso/oauth/token`` — CloudWalk login (``clientId``, SM2-encrypted
  ``clientSecret``, ``scope``) → ``access_token``/``token_type``/``expires_in``.
* ``POST /ai-cloud-face/ocr/v2/birthCertificate`` — the "sm" envelope (Bearer
  token required) or the plain JSON body ``{img, busFlowId}``.
* ``POST /ocr/idcard`` — ``X-DF-API-ID``/``X-DF-API-SECRET``, multipart ``file``
  or ``image_base64``; JPG/PNG/PDF, 128–6000 px, ≤ 5 MB.

Invented details (none of them contradict the documents): a refused token is
HTTP 401 ``{"error": "invalid_token"}`` (Spring OAuth style, as the
``/sso/oauth/token`` path suggests); a CloudWalk body that is not JSON or cannot
be decrypted gets code ``99999999`` (the public code table is not published).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import io
import json
import logging
import secrets
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

from PIL import Image, ImageOps, UnidentifiedImageError

from desktop_ocr.backends import cloud_envelope, sm_crypto
from desktop_ocr.backends.accuauth import AccuAuthSettings
from desktop_ocr.backends.base import Recognizer
from desktop_ocr.backends.cloudwalk import CloudWalkEnvelope, CloudWalkSettings
from desktop_ocr.config import BackendSettings, TransportSettings
from desktop_ocr.documents.record import Record
from desktop_ocr.documents.schema import get_document_type
from desktop_ocr.errors import OcrError
from desktop_ocr.imaging.types import PageImage
from desktop_ocr.server.faults import FaultPlan
from desktop_ocr.server.keys import ServerKeys

log = logging.getLogger(__name__)

TOKEN_PATH = "/sso/oauth/token"
CLOUDWALK_PATH = "/ai-cloud-face/ocr/v2/birthCertificate"
ACCUAUTH_PATH = "/ocr/idcard"
CLOUDWALK_MAX_BYTES = 3 * 1024 * 1024  # "原始图片大小需要小于 3M"
ACCUAUTH_MAX_BYTES = 5 * 1024 * 1024  # "不超过 5MB"
ACCUAUTH_MIN_SIDE, ACCUAUTH_MAX_SIDE = 128, 6000
MAX_BODY = 24 * 1024 * 1024  # larger requests are refused without reading them
CARD_TYPE_OF = {"ghana_card": "ID", "ghana_voter": "VOTER"}
BIRTH_DATA_KEYS = (
    "flowId", "busFlowId", "babyBirthday", "birthProvince", "birthCity", "birthCounty",
    "birthWeight", "birthLength", "gestationalAge", "babyName", "babySex", "code", "hospital",
    "fatherName", "fatherID", "fatherNationality", "fatherEthnic", "fatherAddress", "fatherAge",
    "motherName", "motherID", "motherNationality", "motherEthnic", "motherAddress", "motherAge",
)
CW_MESSAGES = {
    "00000000": "请求成功",
    "50028100": "图片不能为空",
    "50028103": "图片大小不能超过3M",
    "50028104": "图片Base64编码错误或图片原始数据错误",
    "50028205": "出生证明识别异常",
    "99999999": "请求报文格式错误",
}
AA_DEFAULT_HTTP = {"INVALID_ARGUMENT": 400, "DETECTION_FAILED": 400, "UNAUTHORIZED": 401,
                   "KEY_EXPIRED": 401, "NO_PERMISSION": 403, "OUT_OF_QUOTA": 403,
                   "RATE_LIMIT_EXCEEDED": 403, "NOT_FOUND": 404, "INTERNAL_ERROR": 500}
AA_STATUS_OF_HTTP = {400: "INVALID_ARGUMENT", 401: "UNAUTHORIZED", 403: "NO_PERMISSION",
                     404: "NOT_FOUND", 429: "RATE_LIMIT_EXCEEDED", 500: "INTERNAL_ERROR",
                     512: "UPSTREAM_UNAVAILABLE", 513: "UPSTREAM_TIMEOUT"}


@dataclass(slots=True)
class SeenRequest:
    """What the server received (for tests and the console); no image bytes, no secrets."""

    route: str
    method: str
    path: str
    headers: dict[str, str]
    content_type: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # business/form fields, images as sizes
    answered: int = 0  # HTTP status sent (0 = dropped)


class _Reply(Exception):
    """Raised by route code to send an answer at once."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}


class VendorServer:
    """Both vendor APIs on one loopback (or LAN) port, backed by any Recognizer.

    ``recognizer`` is a Recognizer instance or a registry name (created lazily on
    the first request that needs it).  Credentials not given are generated.
    """

    def __init__(
        self,
        recognizer: Recognizer | str = "offline",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_id: str | None = None,
        api_secret: str | None = None,
        app_key: str | None = None,
        app_secret: str | None = None,
        keys: ServerKeys | None = None,
        token_ttl: int = 12 * 3600,
        envelope: CloudWalkEnvelope | None = None,
        settings: BackendSettings | None = None,
    ) -> None:
        self._recognizer = recognizer if not isinstance(recognizer, str) else None
        self.backend_name = recognizer if isinstance(recognizer, str) else recognizer.name
        self._settings = settings or BackendSettings()
        self.host = host
        self.port = port
        self.api_id = api_id or "df-" + secrets.token_hex(6)
        self.api_secret = api_secret or secrets.token_urlsafe(18)
        self.app_key = app_key or "cw-" + secrets.token_hex(6)
        self.app_secret = app_secret or secrets.token_urlsafe(18)
        self.keys = keys or ServerKeys.generate()
        self.token_ttl = int(token_ttl)
        self.envelope = envelope or CloudWalkEnvelope()
        self.faults = FaultPlan()
        self.requests: list[SeenRequest] = []
        self.expired_api_ids: set[str] = set()
        self.no_permission_api_ids: set[str] = set()
        self.quota: int | None = None  # successful AccuAuth calls left; None = unlimited
        self._tokens: dict[str, float] = {}
        self._lock = threading.Lock()
        self._recognize_lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    # ------------------------------------------------------------------ lifecycle

    def bind(self) -> None:
        """Bind the socket now, so the chosen port is known before serving."""
        if self._httpd is None:
            self._httpd = ThreadingHTTPServer((self.host, self.port), _make_handler(self))
            self._httpd.daemon_threads = True
            self.port = self._httpd.server_address[1]

    def start(self) -> VendorServer:
        """Bind and serve on a background thread (``port=0`` picks a free port)."""
        self.bind()
        assert self._httpd is not None
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="vendor-server",
                                        kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve on the calling thread until :meth:`stop` (from another thread) or Ctrl+C."""
        self.bind()
        assert self._httpd is not None
        self._httpd.serve_forever(poll_interval=0.2)

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            if self._thread is not None:
                self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def __enter__(self) -> VendorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        host = self.host
        if host in ("0.0.0.0", ""):
            host = "127.0.0.1"
        elif ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    # ------------------------------------------------------------------ for clients

    def client_env(self) -> dict[str, str]:
        """The ``DESKTOP_OCR_*`` variables a client sets to use this server."""
        return {
            "DESKTOP_OCR_CLOUDWALK_URL": self.url,
            "DESKTOP_OCR_CLOUDWALK_APP_KEY": self.app_key,
            "DESKTOP_OCR_CLOUDWALK_APP_SECRET": self.app_secret,
            "DESKTOP_OCR_CLOUDWALK_SM2_PUBLIC_KEY": self.keys.sm2_public_key,
            "DESKTOP_OCR_CLOUDWALK_SM4_KEY": self.keys.sm4_key,
            "DESKTOP_OCR_CLOUDWALK_ENVELOPE": self.envelope.mode,
            "DESKTOP_OCR_ACCUAUTH_URL": self.url,
            "DESKTOP_OCR_ACCUAUTH_API_ID": self.api_id,
            "DESKTOP_OCR_ACCUAUTH_API_SECRET": self.api_secret,
        }

    def client_settings(
        self,
        *,
        envelope: CloudWalkEnvelope | None = None,
        send_as: str = "file",
        transport: TransportSettings | None = None,
    ) -> BackendSettings:
        """Settings for the real clients pointed at this server."""
        return BackendSettings(
            cloudwalk=CloudWalkSettings(
                base_url=self.url, app_key=self.app_key, app_secret=self.app_secret,
                sm2_public_key=self.keys.sm2_public_key, sm4_key=self.keys.sm4_key,
                envelope=envelope or self.envelope,
            ),
            accuauth=AccuAuthSettings(base_url=self.url, api_id=self.api_id,
                                      api_secret=self.api_secret, send_as=send_as),
            transport=transport or TransportSettings(),
        )

    def expire_tokens(self) -> None:
        """Make every issued CloudWalk token invalid now (as after a vendor restart)."""
        with self._lock:
            self._tokens.clear()

    @property
    def tokens_issued(self) -> int:
        return sum(1 for r in self.requests if r.route == "token" and r.answered == 200)

    # ------------------------------------------------------------------ recognition

    def recognizer(self) -> Recognizer:
        with self._lock:
            if self._recognizer is None:
                from desktop_ocr.backends.registry import create_recognizer

                self._recognizer = create_recognizer(self.backend_name, self._settings)
            return self._recognizer

    def recognize(self, page: PageImage, document_type: str) -> Record:
        recognizer = self.recognizer()
        with self._recognize_lock:  # backends need not be thread-safe
            return recognizer.recognize(page, document_type)

    # ------------------------------------------------------------------ tokens

    def issue_token(self) -> str:
        token = secrets.token_urlsafe(32)
        with self._lock:
            now = time.monotonic()
            self._tokens = {t: exp for t, exp in self._tokens.items() if exp > now}
            self._tokens[token] = now + self.token_ttl
        return token

    def token_valid(self, token: str) -> bool:
        with self._lock:
            expiry = self._tokens.get(token)
        return expiry is not None and expiry > time.monotonic()

    def wait(self, seconds: float) -> None:
        """Sleep for a slow-answer fault, waking early when the server stops."""
        self._stopping.wait(seconds)


# ============================================================================ handler


def _make_handler(server: VendorServer) -> type[BaseHTTPRequestHandler]:
    class Handler(_VendorHandler):
        vendor = server

    return Handler


class _VendorHandler(BaseHTTPRequestHandler):
    vendor: VendorServer
    protocol_version = "HTTP/1.1"
    server_version = "desktop-ocr-vendor"
    sys_version = ""

    # quiet: the console shows one line per request from log_request below
    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s - %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    # ------------------------------------------------------------------ plumbing

    def _route(self) -> str:
        path = self.path.split("?", 1)[0].rstrip("/")
        return {TOKEN_PATH: "token", CLOUDWALK_PATH: "cloudwalk",
                ACCUAUTH_PATH: "accuauth"}.get(path, "unknown")

    def _dispatch(self) -> None:
        route = self._route()
        seen = SeenRequest(route=route, method=self.command, path=self.path,
                           headers={k: v for k, v in self.headers.items()},
                           content_type=self.headers.get("Content-Type", ""))
        with self.vendor._lock:
            self.vendor.requests.append(seen)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self.close_connection = True
            seen.answered = 413
            self._send(413, {"status": "INVALID_ARGUMENT", "reason": "request body too large",
                             "request_id": _request_id()})
            return
        body = self.rfile.read(length) if length else b""
        delay = self.vendor.faults.take(route, ("delay",))
        if delay is not None:
            self.vendor.wait(delay.seconds)
        fault = self.vendor.faults.take(route, ("drop", "status", "invalid"))
        try:
            if fault is not None:
                self._apply_fault(route, fault)
            if self.command != "POST" or route == "unknown":
                raise _Reply(404, {"status": "NOT_FOUND",
                                   "reason": f"no such endpoint: {self.command} {self.path}",
                                   "request_id": _request_id()})
            handler: Callable[[bytes, SeenRequest], None] = getattr(self, f"_route_{route}")
            handler(body, seen)
        except _Reply as reply:
            seen.answered = reply.status
            self._send(reply.status, reply.body, reply.headers)
        except _Dropped:
            seen.answered = 0
            self.close_connection = True
        except Exception:  # the vendor's documented 500
            log.exception("vendor server error on %s", self.path)
            seen.answered = 500
            if route == "cloudwalk":
                self._send(500, {"code": "99999999", "message": "内部服务器错误"})
            else:
                self._send(500, {"status": "INTERNAL_ERROR", "reason": "internal server error",
                                 "request_id": _request_id()})

    def _apply_fault(self, route: str, fault: Any) -> None:
        if fault.kind == "drop":
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            raise _Dropped()
        if fault.kind == "invalid":
            raise _Reply(200, b"<html><body>Gateway says hello</body></html>",
                         {"Content-Type": "text/html"})
        body = fault.body
        if body is None:
            if route in ("token", "cloudwalk"):
                body = {"code": str(fault.http_status), "message": "服务暂时不可用"}
            else:
                status = AA_STATUS_OF_HTTP.get(fault.http_status, "INTERNAL_ERROR")
                body = {"status": status, "reason": f"injected HTTP {fault.http_status}",
                        "request_id": _request_id()}
        raise _Reply(fault.http_status, body, dict(fault.headers))

    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        if isinstance(body, bytes):
            data = body
            ctype = "application/octet-stream"
        else:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            ctype = "application/json;charset=UTF-8"
        headers = dict(headers or {})
        ctype = headers.pop("Content-Type", ctype)
        try:
            self.send_response(status, _REASONS.get(status))
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for key, value in headers.items():
                self.send_header(key, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)
        except OSError:  # the client went away (e.g. it cancelled)
            self.close_connection = True

    # ------------------------------------------------------------------ CloudWalk

    def _route_token(self, body: bytes, seen: SeenRequest) -> None:
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
        seen.fields = {k: ("<set>" if k == "clientSecret" else v) for k, v in form.items()}
        vendor = self.vendor
        refused = _Reply(401, {"error": "invalid_client",
                               "error_description": "Bad client credentials"})
        if form.get("clientId") != vendor.app_key or not form.get("scope"):
            raise refused
        expected = vendor.app_secret.encode("utf-8")
        try:
            raw = sm_crypto.decode(form.get("clientSecret", ""), vendor.envelope.encoding)
            sm_crypto.sm2_decrypt(vendor.keys.sm2_private_key, raw, vendor.envelope.sm2_order,
                                  accept=lambda plain: plain == expected)
        except ValueError:
            raise refused from None
        token = vendor.issue_token()
        raise _Reply(200, {"access_token": token, "token_type": "bearer",
                           "expires_in": vendor.token_ttl, "scope": form["scope"]})

    def _route_cloudwalk(self, body: bytes, seen: SeenRequest) -> None:
        vendor = self.vendor
        env = vendor.envelope
        try:
            parsed = json.loads(body.decode("utf-8")) if body else None
        except (UnicodeDecodeError, json.JSONDecodeError):
            parsed = None
        if not isinstance(parsed, dict):
            raise _Reply(400, {"code": "99999999", "message": CW_MESSAGES["99999999"]})
        sealed = "contentCipher" in parsed or self.headers.get("keyCipher") is not None
        if not sealed:
            seen.fields = _business_summary(parsed)
            raise _Reply(200, self._birth_answer(parsed))
        auth = self.headers.get("Authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        if not token or not vendor.token_valid(token):
            raise _Reply(401, {"error": "invalid_token",
                               "error_description": "Access token expired or invalid"},
                         {"WWW-Authenticate": 'Bearer error="invalid_token"'})
        try:
            business, work_key = cloud_envelope.open_request(parsed, dict(self.headers.items()),
                                                             env, vendor.keys.sm2_private_key)
        except cloud_envelope.EnvelopeError as exc:
            log.info("envelope refused: %s", exc)
            raise _Reply(400, {"code": "99999999",
                               "message": f"{CW_MESSAGES['99999999']}：{exc}"}) from None
        seen.fields = _business_summary(business)
        answer = self._birth_answer(business)
        key = cloud_envelope.response_key(env, work_key, vendor.keys.sm4_key)
        out_body, out_headers = cloud_envelope.seal_response(answer, env, key)
        raise _Reply(200, out_body, out_headers)

    def _birth_answer(self, business: dict[str, Any]) -> dict[str, Any]:
        def refuse(code: str) -> dict[str, Any]:
            return {"code": code, "message": CW_MESSAGES[code]}

        img = business.get("img")
        if not isinstance(img, str) or not img.strip():
            return refuse("50028100")
        try:
            raw = base64.b64decode(_strip_data_url(img), validate=True)
        except (binascii.Error, ValueError):
            return refuse("50028104")
        if len(raw) >= CLOUDWALK_MAX_BYTES:
            return refuse("50028103")
        try:
            page = _page_from_bytes(raw, allow_pdf=False)
        except ValueError:
            return refuse("50028104")
        try:
            record = self.vendor.recognize(page, "birth_certificate")
        except OcrError as exc:
            log.info("recognition failed: %s", exc.code)
            return refuse("50028205")
        if record.document_type != "birth_certificate" or not any(
            fv.value for fv in record.fields.values()
        ):
            return refuse("50028205")
        data: dict[str, str] = {}
        for key in BIRTH_DATA_KEYS:
            if key == "flowId":
                data[key] = uuid.uuid4().hex
            elif key == "busFlowId":
                data[key] = str(business.get("busFlowId") or "")
            else:
                data[key] = record.value(key)
        return {"code": "00000000", "message": CW_MESSAGES["00000000"], "data": data}

    # ------------------------------------------------------------------ AccuAuth

    def _route_accuauth(self, body: bytes, seen: SeenRequest) -> None:
        vendor = self.vendor
        rid = _request_id()

        def fail(status: str, reason: str, http: int | None = None) -> _Reply:
            return _Reply(http or AA_DEFAULT_HTTP[status],
                          {"status": status, "reason": reason, "request_id": rid})

        api_id = self.headers.get("X-DF-API-ID", "")
        api_secret = self.headers.get("X-DF-API-SECRET", "")
        if not api_id or not api_secret:
            raise fail("UNAUTHORIZED", "missing X-DF-API-ID or X-DF-API-SECRET header")
        if not (secrets.compare_digest(api_id, vendor.api_id)
                and secrets.compare_digest(api_secret, vendor.api_secret)):
            raise fail("UNAUTHORIZED", "invalid API credentials")
        if api_id in vendor.expired_api_ids:
            raise fail("KEY_EXPIRED", "the API key has expired")
        if api_id in vendor.no_permission_api_ids:
            raise fail("NO_PERMISSION", "no permission to use /ocr/idcard")
        with vendor._lock:
            if vendor.quota is not None and vendor.quota <= 0:
                raise fail("OUT_OF_QUOTA", "the API call quota is used up")
        raw = self._idcard_image(body, seen, fail)
        if len(raw) > ACCUAUTH_MAX_BYTES:
            raise fail("INVALID_ARGUMENT", "image file size must not exceed 5MB")
        try:
            page = _page_from_bytes(raw, allow_pdf=True)
        except ValueError:
            raise fail("INVALID_ARGUMENT",
                       "image format is not supported, use JPG, PNG or PDF") from None
        w, h = page.size
        if not (min(w, h) >= ACCUAUTH_MIN_SIDE and max(w, h) <= ACCUAUTH_MAX_SIDE):
            raise fail("INVALID_ARGUMENT",
                       f"image size {w}x{h} is outside 128x128 to 6000x6000 pixels")
        try:
            record = vendor.recognize(page, "auto")
        except OcrError as exc:
            log.info("recognition failed: %s", exc.code)
            raise fail("DETECTION_FAILED", "no Ghana card detected in the image") from None
        results: list[dict[str, Any]] = []
        card_type = CARD_TYPE_OF.get(record.document_type or "")
        if card_type is None:
            raise fail("DETECTION_FAILED", "no Ghana card detected in the image")
        if any(fv.value for fv in record.fields.values()):
            spec = get_document_type(record.document_type or "")
            info = {key: record.value(key) for key in spec.keys}
            # the vendor reads fronts; a back alone (read from its machine-readable zone,
            # documents.back) says so instead of passing for a front
            zone = record.extra.get("mrz")
            side = "back" if isinstance(zone, dict) and zone.get("front") is False else "front"
            results.append({"card_info": info, "card_side": side, "card_type": card_type})
        with vendor._lock:
            if vendor.quota is not None:
                vendor.quota -= 1
        raise _Reply(200, {"request_id": rid, "results": results, "status": "OK"})

    def _idcard_image(self, body: bytes, seen: SeenRequest, fail: Callable[..., _Reply]) -> bytes:
        ctype = self.headers.get("Content-Type", "")
        fields: dict[str, bytes] = {}
        if ctype.lower().startswith("multipart/form-data"):
            msg = BytesParser(policy=policy.HTTP).parsebytes(
                b"Content-Type: " + ctype.encode("latin-1") + b"\r\n\r\n" + body)
            if msg.is_multipart():
                for part in msg.iter_parts():
                    name = part.get_param("name", header="content-disposition")
                    if name:
                        fields[str(name)] = part.get_payload(decode=True) or b""
        elif ctype.lower().startswith("application/x-www-form-urlencoded"):
            for key, values in parse_qs(body.decode("latin-1")).items():
                fields[key] = values[0].encode("latin-1")
        elif ctype.lower().startswith("application/json"):
            try:
                parsed = json.loads(body.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                parsed = None
            if isinstance(parsed, dict) and isinstance(parsed.get("image_base64"), str):
                fields["image_base64"] = parsed["image_base64"].encode("ascii", "replace")
        seen.fields = {k: f"<{len(v)} bytes>" for k, v in fields.items()}
        if fields.get("file"):
            return fields["file"]
        if fields.get("image_base64"):
            try:
                return base64.b64decode(
                    _strip_data_url(fields["image_base64"].decode("ascii")), validate=True)
            except (binascii.Error, ValueError, UnicodeDecodeError):
                raise fail("INVALID_ARGUMENT", "image_base64 is not valid Base64") from None
        raise fail("INVALID_ARGUMENT", "must specify 'file' or 'image_base64' argument")


class _Dropped(Exception):
    pass


_REASONS = {512: "Upstream Unavailable", 513: "Upstream Timeout"}


def _request_id() -> str:
    return "TID" + uuid.uuid4().hex


def _strip_data_url(text: str) -> str:
    """Accept ``data:image/jpeg;base64,...`` as browsers send it."""
    text = text.strip()
    if text.startswith("data:") and "," in text:
        return text.split(",", 1)[1]
    return text


def _business_summary(business: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in business.items():
        if key == "img":
            out[key] = f"<{len(value) if isinstance(value, str) else 0} chars>"
        else:
            out[key] = str(value)
    return out


def _page_from_bytes(raw: bytes, *, allow_pdf: bool) -> PageImage:
    """Decode an uploaded image (JPEG/PNG; PDF page 1 when allowed); ValueError otherwise."""
    if raw[:5] == b"%PDF-":
        if not allow_pdf:
            raise ValueError("PDF not accepted")
        import pypdfium2

        try:
            pdf = pypdfium2.PdfDocument(raw)
            try:
                image = pdf[0].render(scale=200 / 72).to_pil().convert("RGB")
            finally:
                pdf.close()
        except Exception as exc:  # pypdfium2 raises its own PdfiumError
            raise ValueError(f"unreadable PDF: {exc}") from exc
        return PageImage(image=image, source="<upload>", page=1)
    try:
        with Image.open(io.BytesIO(raw)) as probe:
            fmt = probe.format
            if fmt not in ("JPEG", "PNG"):
                raise ValueError(f"format {fmt} not accepted")
            probe.load()
            image = ImageOps.exif_transpose(probe).convert("RGB")
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError) as exc:
        raise ValueError(f"not an image: {exc}") from exc
    return PageImage(image=image, source="<upload>", original_bytes=raw, original_format=fmt)
