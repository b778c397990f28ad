"""The HTTP front door: signature first, never a 500, and acks that wait for nothing.

A council's security officer probed the endpoint with unsigned garbage (``[1]``, ``payload=%7B``,
JSON nested thousands deep), which got HTTP 500 and a 3 KB traceback each because the body was
parsed before its signature was checked, and with signed payloads in shapes Slack never sends
(an event that is a list, ``view=7``), which got 500 from inside Bolt. These stories call the
real ASGI app (``handlers.http_server.SlackAsgiApp``) in this process, over the real Bolt app
and core, exactly as uvicorn would.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from urllib.parse import urlencode

import pytest

from handlers.http_server import MAX_BODY_BYTES, SlackAsgiApp
from handlers.testing.in_process import InProcessSlack, slack_settings
from handlers.testing.process import SECRET
from handlers.testing.standin import (FORM_CONTENT_TYPE, JSON_CONTENT_TYPE, block_actions_payload, event_callback,
                                      sign, slash_command_form)


@pytest.fixture
def front(standin, tmp_path):
    slack = InProcessSlack(standin, slack_settings(standin, str(tmp_path / "front.db")))
    yield SlackAsgiApp(slack.app, slack.bot.storage, SECRET)
    slack.close()


def call(asgi, body: bytes, content_type: str = JSON_CONTENT_TYPE, *, signed: bool = True,
         headers: dict | None = None, path: str = "/slack/events") -> tuple[int, bytes, float]:
    """One request through the ASGI app; (status, body, seconds to answer)."""
    sent = {"k": False}
    all_headers = {"content-type": content_type, "content-length": str(len(body))}
    if signed:
        all_headers.update({k.lower(): v for k, v in sign(body, SECRET).items()})
    all_headers.update(headers or {})
    scope = {"type": "http", "method": "POST", "path": path,
             "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in all_headers.items()]}
    answer = {}

    async def receive():
        if sent["k"]:
            await asyncio.sleep(3600)
        sent["k"] = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
        else:
            answer["body"] = message.get("body", b"")

    started = time.perf_counter()
    asyncio.run(asgi(scope, receive, send))
    return answer["status"], answer.get("body", b""), time.perf_counter() - started


DEEP = b"[" * 100_000 + b"]" * 100_000
UNSIGNED_GARBAGE = [
    (b"[1]", JSON_CONTENT_TYPE),
    (b"payload=%7B", FORM_CONTENT_TYPE),
    (DEEP, JSON_CONTENT_TYPE),
    (b'{"type": "event_callback", "event": [1, 2]}', JSON_CONTENT_TYPE),
    (b"\xff\xfe not even text", JSON_CONTENT_TYPE),
]


@pytest.mark.parametrize("body,content_type", UNSIGNED_GARBAGE, ids=["list", "form", "deep", "event-list", "bytes"])
def test_unsigned_garbage_is_refused_401_before_anything_of_it_is_read(front, caplog, body, content_type):
    caplog.set_level(logging.DEBUG)
    for headers in ({}, {"x-slack-signature": "v0=" + "0" * 64, "x-slack-request-timestamp": str(int(time.time()))}):
        status, answer, _ = call(front, body, content_type, signed=False, headers=headers)
        assert (status, answer) == (401, b"invalid signature\n")
    assert "Traceback" not in caplog.text and not any(r.exc_info for r in caplog.records)


def test_a_stale_signature_is_refused_even_when_the_signature_itself_is_right(front):
    body = json.dumps(event_callback({"type": "app_mention", "text": "hi", "user": "U1", "channel": "C1",
                                      "ts": "1.1"})).encode()
    old = sign(body, SECRET, timestamp=int(time.time()) - 3600)
    status, _, _ = call(front, body, signed=False, headers={k.lower(): v for k, v in old.items()})
    assert status == 401


SIGNED_MALFORMED = [
    (b"[1]", JSON_CONTENT_TYPE),
    (b"payload=%7B", FORM_CONTENT_TYPE),
    (DEEP, JSON_CONTENT_TYPE),
    (json.dumps({"type": "event_callback", "event": [1, 2], "event_id": "Ev1"}).encode(), JSON_CONTENT_TYPE),
    (urlencode({"payload": json.dumps({"type": "view_submission", "view": 7, "user": {"id": "U1"}})}).encode(),
     FORM_CONTENT_TYPE),
    (urlencode({"payload": json.dumps({"type": "block_actions", "actions": "vote", "user": {"id": "U1"}})}).encode(),
     FORM_CONTENT_TYPE),
    (urlencode({"payload": json.dumps({"type": "shortcut", "callback_id": ["x"], "user": 5})}).encode(),
     FORM_CONTENT_TYPE),
    (json.dumps({"type": 7}).encode(), JSON_CONTENT_TYPE),
]


@pytest.mark.parametrize("body,content_type", SIGNED_MALFORMED,
                         ids=["list", "form", "deep", "event-list", "view-7", "actions-word", "shortcut", "type-7"])
def test_a_signed_payload_in_a_shape_slack_never_sends_gets_a_400_and_one_log_line(front, caplog, body, content_type):
    caplog.set_level(logging.INFO, logger="cyberbot")
    status, _, _ = call(front, body, content_type)
    assert status == 400
    lines = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(lines) == 1 and not lines[0].exc_info
    assert "Traceback" not in caplog.text


def test_a_body_over_the_documented_limit_is_refused_unread(front):
    status, _, _ = call(front, b"x" * 10, headers={"content-length": str(MAX_BODY_BYTES + 1)})
    assert status == 413
    status, _, _ = call(front, b'{"a": "' + b"x" * MAX_BODY_BYTES + b'"}')
    assert status == 413


def test_unsigned_requests_are_counted_in_one_log_line_not_one_per_request(front, caplog):
    caplog.set_level(logging.INFO, logger="cyberbot")
    front.refusals.last = float("-inf")
    for _ in range(50):
        call(front, b"[1]", signed=False)
    assert len([r for r in caplog.records if "refused" in r.getMessage()]) == 1


def test_slash_commands_clicks_and_events_are_acked_at_once_with_an_empty_200(front, standin):
    url = standin.new_response_url()
    status, answer, seconds = call(front, slash_command_form("help", "U1", "C1", url), FORM_CONTENT_TYPE)
    assert (status, answer) == (200, b"")
    standin.wait_for_responses(1, url=url, timeout=10)
    click_url = standin.new_response_url()
    payload = block_actions_payload("poll_vote_9", "9999:0", user_id="U1", channel_id="C1", response_url=click_url)
    status, answer, _ = call(front, urlencode({"payload": json.dumps(payload)}).encode(), FORM_CONTENT_TYPE)
    assert (status, answer) == (200, b"")
    [told] = standin.wait_for_responses(1, url=click_url, timeout=10)
    assert "nothing was recorded" in json.dumps(told.body)
