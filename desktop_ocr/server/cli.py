"""``desktop-ocr serve``: run the vendor-compatible server from a shell.

Why: an office runs recognition on one machine for several desks, and anyone
can try the cloud clients end to end without a vendor account.  The lead wires
:func:`add_serve_arguments` and :func:`run_serve` into the main CLI.
"""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
import threading
from typing import TextIO

from desktop_ocr.backends import registry
from desktop_ocr.errors import OcrError
from desktop_ocr.server.keys import PUBLIC_FILE, ServerKeys
from desktop_ocr.server.vendor import VendorServer


def add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``serve`` options to ``parser``."""
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1; 0.0.0.0 for the LAN)")
    parser.add_argument("--port", type=int, default=8080,
                        help="port to listen on (default 8080; 0 picks a free port)")
    parser.add_argument("--backend", default=registry.DEFAULT_BACKEND, choices=registry.names(),
                        help="recognition backend behind the server (default offline)")
    parser.add_argument("--api-id", default=None,
                        help="AccuAuth X-DF-API-ID to accept (generated when omitted)")
    parser.add_argument("--api-secret", default=None,
                        help="AccuAuth X-DF-API-SECRET to accept (generated when omitted)")
    parser.add_argument("--app-key", default=None,
                        help="CloudWalk App Key to accept (generated when omitted)")
    parser.add_argument("--app-secret", default=None,
                        help="CloudWalk App Secret to accept (generated when omitted)")
    parser.add_argument("--keys-dir", default=None,
                        help="folder keeping the SM2 key pair and SM4 key across restarts "
                             "(default: fresh keys in memory for each run)")
    parser.add_argument("--token-ttl", type=int, default=12 * 3600,
                        help="CloudWalk token lifetime in seconds (default 43200 = 12 h)")


def _print_banner(server: VendorServer, args: argparse.Namespace, out: TextIO) -> None:
    given = {
        "DESKTOP_OCR_ACCUAUTH_API_ID": args.api_id,
        "DESKTOP_OCR_ACCUAUTH_API_SECRET": args.api_secret,
        "DESKTOP_OCR_CLOUDWALK_APP_KEY": args.app_key,
        "DESKTOP_OCR_CLOUDWALK_APP_SECRET": args.app_secret,
    }
    secret_flags = {"DESKTOP_OCR_ACCUAUTH_API_SECRET": "--api-secret",
                    "DESKTOP_OCR_CLOUDWALK_APP_SECRET": "--app-secret"}
    print(f"desktop-ocr vendor server listening on {server.url} "
          f"(recognition: {server.backend_name})", file=out)
    print(f"  POST {server.url}/ocr/idcard                          (AccuAuth Ghana card)",
          file=out)
    print(f"  POST {server.url}/ai-cloud-face/ocr/v2/birthCertificate (CloudWalk)", file=out)
    print(f"  POST {server.url}/sso/oauth/token                     (CloudWalk login)", file=out)
    if args.keys_dir:
        print(f"SM2 public key written to {args.keys_dir}/{PUBLIC_FILE}", file=out)
    print("Set these variables where the client runs:", file=out)
    for name, value in server.client_env().items():
        if name in secret_flags and given.get(name):
            # The operator typed it; do not echo a secret they already know.
            print(f"  export {name}=<the value given with {secret_flags[name]}>", file=out)
        else:
            print(f"  export {name}={shlex.quote(value)}", file=out)
    print("Then e.g.: desktop-ocr recognize --backend accuauth card.jpg", file=out)
    print("Press Ctrl+C to stop.", file=out, flush=True)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run_serve(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Serve until Ctrl+C; returns the process exit code."""
    out = out or sys.stdout
    try:
        keys = ServerKeys.load_or_create(args.keys_dir)
        server = VendorServer(
            args.backend, host=args.host, port=args.port, api_id=args.api_id,
            api_secret=args.api_secret, app_key=args.app_key, app_secret=args.app_secret,
            keys=keys, token_ttl=args.token_ttl,
        )
        server.recognizer()  # fail now, not on the first request, if the backend is missing
        ok, reason = server.recognizer().availability()
        if not ok:
            print(f"error: the {args.backend} backend cannot recognise: {reason}", file=sys.stderr)
            return 2
        server.bind()
    except OcrError as exc:
        print(f"error: {exc.message} [{exc.code}]", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
              file=sys.stderr)
        return 2
    _print_banner(server, args, out)
    if threading.current_thread() is threading.main_thread():
        # A service manager stops us with SIGTERM: end as cleanly as after Ctrl+C.
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped.", file=out)
    finally:
        server.stop()
    return 0
