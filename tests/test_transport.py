"""Replies to Slack reuse one open connection, and a connection Slack let go is reopened."""

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from handlers.web_client import KeepAliveWebClient


class RecordingSlack(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: list = []
    close_after: set = set()

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        number = len(self.seen) + 1
        self.seen.append(self.client_address[1])
        body = json.dumps({"ok": True, "channel": "C1", "ts": f"1.{number}"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if number in self.close_after:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def slack():
    RecordingSlack.seen = []
    RecordingSlack.close_after = set()
    server = ThreadingHTTPServer(("127.0.0.1", 0), RecordingSlack)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def client_for(server):
    return KeepAliveWebClient(token="xoxb-test", base_url=f"http://127.0.0.1:{server.server_port}/api/")


def test_several_replies_travel_over_one_connection(slack):
    client = client_for(slack)
    answers = [client.chat_postMessage(channel="C1", text=f"reply {n}") for n in range(5)]
    assert [a["ts"] for a in answers] == [f"1.{n}" for n in range(1, 6)]
    assert len(set(RecordingSlack.seen)) == 1


def test_a_connection_slack_closed_is_reopened_without_losing_the_reply(slack):
    RecordingSlack.close_after = {2}
    client = client_for(slack)
    answers = [client.chat_postMessage(channel="C1", text=f"reply {n}") for n in range(4)]
    assert all(a["ok"] for a in answers)
    assert len(RecordingSlack.seen) == 4
    assert len(set(RecordingSlack.seen)) == 2


def test_each_thread_keeps_its_own_connection(slack):
    client = client_for(slack)
    threads = [threading.Thread(target=lambda: [client.chat_postMessage(channel="C1", text="x") for _ in range(3)])
               for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(RecordingSlack.seen) == 9
    assert len(set(RecordingSlack.seen)) == 3


def test_a_slack_that_never_answers_times_out_instead_of_hanging():
    silent = socket.create_server(("127.0.0.1", 0))
    accepted = []
    threading.Thread(target=lambda: accepted.append(silent.accept()), daemon=True).start()
    client = KeepAliveWebClient(token="xoxb-test", base_url=f"http://127.0.0.1:{silent.getsockname()[1]}/api/",
                                timeout=0.5)
    started = time.monotonic()
    try:
        with pytest.raises(TimeoutError):
            client.chat_postMessage(channel="C1", text="hello?")
        assert 0.4 < time.monotonic() - started < 5
    finally:
        silent.close()
        for conn, _ in accepted:
            conn.close()


@pytest.mark.parametrize("header", ["application/json; charset=utf-8", "application/json", "application/gzip",
                                    'Application/JSON; Charset="UTF-8"', "text/html; charset=iso-8859-1; q=1",
                                    "application/json;charset=utf-8", "text", "", None])
def test_an_answer_s_content_type_is_read_as_the_email_package_reads_it(header):
    from http.client import HTTPMessage

    from handlers.web_client import _content_type

    message = HTTPMessage()
    if header is not None:
        message["content-type"] = header
    assert _content_type(header) == (message.get_content_type(), message.get_content_charset())
