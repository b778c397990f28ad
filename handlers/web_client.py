"""A Web API client that keeps its connection to Slack open between calls.

slack-sdk's ``WebClient`` opens a new connection through urllib for every call: a TCP
handshake (and, against the real Slack, a TLS handshake) per reply, plus urllib's opener
machinery. On loopback that came to about 0.23 ms of CPU per chat.postMessage out of 0.34;
against slack.com the handshakes also add round trips to every reply. Only the transport is
replaced: slack-sdk still builds the request, applies the retry handlers (see ``handlers.app``:
429 always, 5xx and lost connections only for calls that post nothing) and parses the answer,
and errors reach those handlers as urllib would raise them: a failure before the request went
out as ``URLError``, one after it (reset, closed, timed out) as itself, which is how a post
whose answer was lost is told from one that never left.
"""

from __future__ import annotations

import http.client
import select
import socket
import threading
from io import BytesIO
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import Request

from slack_sdk import WebClient

_QUICKACK = getattr(socket, "TCP_QUICKACK", None)


class KeepAliveWebClient(WebClient):
    """``WebClient`` with one persistent HTTP/1.1 connection per thread and host."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._connections = threading.local()

    def _perform_urllib_http_request_internal(self, url: str, req: Request) -> dict:
        parts = urlsplit(url)
        if self.proxy is not None or parts.scheme not in ("http", "https"):
            return super()._perform_urllib_http_request_internal(url, req)
        conn = self._connection(parts.scheme, parts.netloc)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = {name: value for name, value in req.header_items() if name.lower() not in ("connection", "host")}
        try:
            conn.request(req.get_method(), path, body=req.data, headers=headers)
        except OSError as err:  # as urllib: failures before any answer arrive as URLError
            self._forget(parts.scheme, parts.netloc)
            raise URLError(err) from None
        _ack_promptly(conn.sock)
        try:
            resp = conn.getresponse()
            data = resp.read()
        except BaseException:
            self._forget(parts.scheme, parts.netloc)
            raise
        if resp.will_close:
            self._forget(parts.scheme, parts.netloc)
        if not 200 <= resp.status < 300:
            raise HTTPError(url, resp.status, resp.reason, resp.headers, BytesIO(data))
        content_type, charset = _content_type(resp.getheader("content-type"))
        if content_type == "application/gzip":
            return {"status": resp.status, "headers": resp.headers, "body": data}
        return {"status": resp.status, "headers": resp.headers, "body": data.decode(charset or "utf-8")}

    def _connection(self, scheme: str, netloc: str) -> http.client.HTTPConnection:
        pool = self._pool()
        conn = pool.get((scheme, netloc))
        if conn is not None and conn.sock is not None and _closed_by_peer(conn.sock):
            conn.close()  # the server let an idle connection go; never send a request into it
        if conn is None:
            if scheme == "https":
                conn = http.client.HTTPSConnection(netloc, timeout=self.timeout, context=self.ssl)
            else:
                conn = http.client.HTTPConnection(netloc, timeout=self.timeout)
            pool[(scheme, netloc)] = conn
        if conn.sock is None:
            try:
                conn.connect()
            except OSError as err:
                self._forget(scheme, netloc)
                raise URLError(err) from None
            conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return conn

    def _pool(self) -> dict:
        pool = getattr(self._connections, "pool", None)
        if pool is None:
            pool = self._connections.pool = {}
        return pool

    def _forget(self, scheme: str, netloc: str) -> None:
        conn = self._pool().pop((scheme, netloc), None)
        if conn is not None:
            conn.close()


def _content_type(header: str | None) -> tuple[str, str | None]:
    """The media type and charset of a Content-Type header ("application/json; charset=utf-8"),
    lower-cased, as ``email.message``'s ``get_content_type`` and ``get_content_charset`` read
    them for the headers Slack sends, at a small part of their cost on every call."""
    media, *params = (header or "").split(";")
    media = media.strip().lower()
    if media.count("/") != 1:
        media = "text/plain"   # as email.message: a missing or malformed type is text/plain
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower() or None
    return media, charset


def _closed_by_peer(sock: socket.socket) -> bool:
    """An idle connection with something to read has been closed (or broken) by the server."""
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


def _ack_promptly(sock: socket.socket | None) -> None:
    """Acknowledge the answer's first segment at once rather than after the delayed-ACK timer.

    A server that writes the head and the body of its answer separately (Python's
    http.server does) otherwise holds the body back under Nagle's algorithm until that ACK:
    40 ms per call on Linux. Fresh connections never showed it, persistent ones did.
    """
    if _QUICKACK is not None and sock is not None:
        try:
            sock.setsockopt(socket.IPPROTO_TCP, _QUICKACK, 1)
        except OSError:
            pass


def error_reason(exc: Exception) -> str:
    """What Slack said went wrong (``invalid_auth``...), or the kind of failure when it said nothing."""
    response = getattr(exc, "response", None)
    if response is not None:
        try:
            return str(response.get("error"))
        except Exception:  # noqa: BLE001
            pass
    return type(exc).__name__
