"""The stand-in Slack's HTTP plumbing: a threaded server on 127.0.0.1 and request parsing.

It knows nothing of Slack's rules. It reads each request (form, JSON, multipart or chunked
bodies, as slack-sdk sends them), and hands Web API calls (``/api/<method>``) and response_url
posts (``/response/<id>``) to the callbacks it was started with; anything else is a 404.
Those callbacks answer through the ``Handler``'s ``send_json`` / ``send_text``.
"""

from __future__ import annotations

import json
import logging
import select
import socket
import struct
import threading
from email.parser import BytesParser
from email.policy import HTTP as _HTTP_POLICY
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

log = logging.getLogger("standin_slack")

# Fields that slack-sdk JSON-encodes into a string when it sends a form body.
_JSON_STRING_FIELDS = frozenset(
    {
        "blocks",
        "attachments",
        "metadata",
        "view",
        "unfurls",
        "user_auth_blocks",
        "profile",
        "options",
        "dialog",
        "chunks",
    }
)


def as_int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


class Handler(BaseHTTPRequestHandler):
    """One request; ``on_api``, ``on_response_url`` and ``on_error`` are set on a per-server subclass."""

    protocol_version = "HTTP/1.1"
    server_version = "StandinSlack/1.0"
    on_api: Callable[["Handler", str, str, bytes], None]
    on_response_url: Callable[["Handler", str, bytes], None]
    on_error: Callable[[str], None]
    on_upload: Callable[["Handler", str, bytes], None] | None = None   # files_upload_v2's upload POST
    on_authorize: Callable[["Handler", str], None] | None = None       # the OAuth authorize page (GET)

    def log_message(self, format, *args):  # noqa: A002 - signature from the base class
        log.debug("%s - %s", self.address_string(), format % args)

    def do_GET(self):
        self._dispatch()

    def do_POST(self):
        self._dispatch()

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = as_int(self.headers.get("Content-Length"), 0)
        return self.rfile.read(length) if length > 0 else b""

    def _dispatch(self):
        try:
            body = self._read_body()
            url = urlsplit(self.path)
            if url.path.startswith("/api/"):
                self.on_api(self, url.path[len("/api/") :], url.query, body)
            elif url.path == "/oauth/v2/authorize" and self.on_authorize is not None:
                self.on_authorize(self, url.query)
            elif url.path.startswith("/upload/") and self.on_upload is not None:
                self.on_upload(self, url.path[len("/upload/") :], body)
            elif url.path.startswith("/response/"):
                self.on_response_url(self, url.path, body)
            else:
                self.send_text(404, "not found")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception as exc:  # a bug in the stand-in: make it loud, not a hang
            log.exception("stand-in Slack failed to handle %s %s", self.command, self.path)
            self.on_error(f"{self.command} {self.path}: {exc!r}")
            try:
                self.send_text(500, f"stand-in error: {exc!r}")
            except OSError:
                pass

    # -- answering

    def send_json(self, status: int, payload: Any, headers: dict | None = None):
        self._send(status, json.dumps(payload).encode(), "application/json; charset=utf-8", headers)

    def send_text(self, status: int, text: str, headers: dict | None = None):
        self._send(status, text.encode(), "text/plain; charset=utf-8", headers)

    def _send(self, status: int, data: bytes, content_type: str, headers: dict | None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, str(v))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        self.wfile.flush()

    def reset_connection(self) -> None:
        """Drop the connection with a TCP reset, answering nothing."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass

    def client_hung_up(self) -> bool:
        """True if the client closed its end of the connection (e.g. after its own timeout)."""
        sock = self.connection
        try:
            readable, _, _ = select.select([sock], [], [], 0)
            if not readable:
                return False
            return sock.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True


def parse_body(content_type: str, body: bytes) -> dict:
    ctype = (content_type or "").split(";")[0].strip().lower()
    if not body:
        return {}
    if ctype == "application/json":
        data = json.loads(body.decode("utf-8"))
        return data if isinstance(data, dict) else {"_json": data}
    if ctype == "multipart/form-data":
        msg = BytesParser(policy=_HTTP_POLICY).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        out: dict = {}
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not name:
                continue
            payload = part.get_payload(decode=True) or b""
            if part.get_filename():
                out[name] = {"filename": part.get_filename(), "content": payload}
            else:
                out[name] = payload.decode("utf-8", "replace")
        return out
    # form-encoded is what slack-sdk and Slack use by default
    return flatten_qs(body.decode("utf-8", "replace"))


def flatten_qs(query: str) -> dict:
    parsed = parse_qs(query, keep_blank_values=True)
    return {k: (v[0] if len(v) == 1 else v) for k, v in parsed.items()}


def decode_json_strings(params: dict) -> dict:
    for key in _JSON_STRING_FIELDS:
        value = params.get(key)
        if isinstance(value, str) and value.strip()[:1] in ("[", "{"):
            try:
                params[key] = json.loads(value)
            except ValueError:
                pass
    return params


class HttpServer:
    """A threaded HTTP server on 127.0.0.1 (a free port) that passes requests to three callbacks."""

    def __init__(self, on_api: Callable, on_response_url: Callable, on_error: Callable[[str], None],
                 on_upload: Callable | None = None, on_authorize: Callable | None = None):
        self._handler = type("StandinHandler", (Handler,), {
            "on_api": staticmethod(on_api),
            "on_response_url": staticmethod(on_response_url),
            "on_error": staticmethod(on_error),
            "on_upload": staticmethod(on_upload) if on_upload else None,
            "on_authorize": staticmethod(on_authorize) if on_authorize else None,
        })
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("StandinSlack is not started")
        return self._server.server_address[1]

    def start(self) -> None:
        self._server = _Server(("127.0.0.1", 0), self._handler)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02},
                                        name="standin-slack-http", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
