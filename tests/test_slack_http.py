"""The bot on Slack in HTTP mode: the real ``cyberbot serve --http`` process, signed requests as
Slack sends them, and assertions on what the stand-in Slack received. The same listeners are
tested in-process, in milliseconds, in ``test_slack_listeners.py``."""

from __future__ import annotations

import json
import subprocess
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from handlers.testing.block_text import buttons, texts
from handlers.testing.process import SECRET, BotProcess, cyberbot_command
from handlers.testing.standin import (
    FORM_CONTENT_TYPE,
    JSON_CONTENT_TYPE,
    app_mention,
    dm_message,
    event_callback,
    new_ts,
    url_verification,
)

pytestmark = pytest.mark.slow  # every story here runs the real `cyberbot serve` process

QUESTION = "What is Web Check?"


def posts_in_thread(slack, thread_ts: str) -> list:
    return [c for c in slack.successful_calls_to("chat.postMessage") if c.params.get("thread_ts") == thread_ts]


def answer_to_marker(bot, slack, count: int) -> None:
    """Send one more mention and wait for its reply: work sent before it has been handled."""
    event = app_mention("<@UBOT> help")
    bot.event(event)
    slack.wait_for("chat.postMessage", count=count, successful=True)
    assert posts_in_thread(slack, event["ts"])


# -- the endpoint ---------------------------------------------------------------------------------

def test_slack_checks_the_request_url_with_a_challenge_and_gets_it_back(shared_http_bot):
    challenge = url_verification()
    status, body = shared_http_bot.post(challenge)
    assert status == 200
    assert challenge["challenge"] in body


def test_health_check_says_the_database_answers(shared_http_bot):
    with urllib.request.urlopen(f"{shared_http_bot.url}/healthz", timeout=5) as resp:
        assert resp.status == 200
        assert json.loads(resp.read())["ok"] is True


def test_requests_with_a_bad_missing_or_stale_signature_are_refused_and_nothing_is_posted(shared_http_bot,
                                                                                          shared_standin):
    body = json.dumps(event_callback(app_mention("<@UBOT> " + QUESTION))).encode()
    assert shared_http_bot.post(body, secret="not-the-secret")[0] == 401
    assert shared_http_bot.post(body, timestamp=int(time.time()) - 6 * 60)[0] == 401
    unsigned = urllib.request.Request(shared_http_bot.events_url, data=body, method="POST",
                                      headers={"Content-Type": JSON_CONTENT_TYPE})
    try:
        urllib.request.urlopen(unsigned, timeout=5)
        status = 200
    except urllib.error.HTTPError as err:
        status = err.code
    assert status == 401
    answer_to_marker(shared_http_bot, shared_standin, count=1)
    assert len(shared_standin.calls_to("chat.postMessage")) == 1


# -- mentions and DMs -------------------------------------------------------------------------------

def test_a_mention_is_answered_in_a_thread_with_the_answer_and_its_sources(shared_http_bot, shared_standin):
    event = app_mention("<@UBOT> " + QUESTION, channel="C42")
    status, _ = shared_http_bot.event(event)
    assert status == 200
    [call] = shared_standin.wait_for("chat.postMessage", successful=True)
    assert call.params["channel"] == "C42"
    assert call.params["thread_ts"] == event["ts"]
    blocks = call.params["blocks"]
    assert "Web Check" in texts(blocks)
    sources = [e["text"] for b in blocks if b["type"] == "context" for e in b["elements"]]
    assert any(s.startswith("<https://") for s in sources)
    assert {"feedback_helpful", "feedback_not_helpful"} <= set(buttons(blocks))
    assert "share_answer" not in buttons(blocks)  # it is already in the channel


def test_a_direct_message_is_answered_in_the_dm(shared_http_bot, shared_standin):
    shared_http_bot.event(dm_message(QUESTION, user="U7", channel="D7"))
    [call] = shared_standin.wait_for("chat.postMessage", successful=True)
    assert call.params["channel"] == "D7"
    assert "thread_ts" not in call.params
    assert "Web Check" in texts(call.params["blocks"])


def test_messages_from_bots_including_itself_are_ignored(shared_http_bot, shared_standin):
    own = dm_message(QUESTION, user="UBOT", channel="D7")
    other_bot = dict(dm_message(QUESTION, channel="D7"), bot_id="B999")
    integration = dict(dm_message(QUESTION, channel="D7"), subtype="bot_message")
    integration.pop("user")
    mention_by_bot = dict(app_mention("<@UBOT> " + QUESTION), bot_id="B999")
    for event in (own, other_bot, integration, mention_by_bot):
        assert shared_http_bot.event(event)[0] == 200
    answer_to_marker(shared_http_bot, shared_standin, count=1)
    assert len(shared_standin.calls_to("chat.postMessage")) == 1


def test_a_retried_event_is_answered_exactly_once(shared_http_bot, shared_standin):
    event = app_mention("<@UBOT> " + QUESTION)
    assert shared_http_bot.event(event, event_id="EvRETRY1")[0] == 200
    assert shared_http_bot.event(event, event_id="EvRETRY1", retry=1)[0] == 200
    assert shared_http_bot.event(event, event_id="EvRETRY1", retry=2)[0] == 200
    answer_to_marker(shared_http_bot, shared_standin, count=2)
    assert len(posts_in_thread(shared_standin, event["ts"])) == 1


def test_a_rate_limited_reply_is_retried_after_retry_after_and_arrives_once(shared_http_bot, shared_standin):
    shared_standin.fail_next("chat.postMessage", status=429, retry_after=1)
    event = app_mention("<@UBOT> " + QUESTION)
    shared_http_bot.event(event)
    shared_standin.wait_for("chat.postMessage", successful=True)
    calls = shared_standin.calls_to("chat.postMessage")
    assert [c.failed_status for c in calls] == [429, None]
    assert len(posts_in_thread(shared_standin, event["ts"])) == 1


def test_a_reply_slack_rejects_as_invalid_blocks_still_reaches_the_person_as_text(shared_http_bot, shared_standin):
    shared_standin.fail_next("chat.postMessage", status=200, error="invalid_blocks")
    event = app_mention("<@UBOT> " + QUESTION)
    shared_http_bot.event(event)
    [_, call] = shared_standin.wait_for("chat.postMessage", count=2)
    assert call.ok and call.params["thread_ts"] == event["ts"]
    assert "Web Check" in call.params["text"]


def test_pings_and_formatting_in_what_people_type_are_never_echoed_live(shared_http_bot, shared_standin):
    sneaky = "<!channel> <!here> @everyone <@U999> *bold* <https://evil.example|click> hello?"
    shared_http_bot.event(app_mention("<@UBOT> " + sneaky))
    shared_http_bot.event(app_mention("<@UBOT> <!channel>"))
    _, url = shared_http_bot.slash("<!here>")
    posts = shared_standin.wait_for("chat.postMessage", count=2, successful=True)
    [response] = shared_standin.wait_for_responses(url=url)
    shown = [texts(c.params["blocks"]) + c.params["text"] for c in posts]
    shown.append(texts(response.body["blocks"]) + response.body["text"])
    for text in shown:
        assert "<!" not in text and "<@U999" not in text and "evil.example|" not in text
        for word in ("@channel", "@here", "@everyone"):
            assert word not in text
    assert any("channel" in text for text in shown)  # the unknown command was named, disarmed


# -- /cyber -------------------------------------------------------------------------------------

def test_cyber_ask_is_acked_at_once_and_answered_privately_through_the_response_url(shared_http_bot,
                                                                                  shared_standin):
    status, url = shared_http_bot.slash("ask " + QUESTION)
    assert status == 200
    [response] = shared_standin.wait_for_responses(url=url)
    body = response.body
    assert body["response_type"] == "ephemeral"
    assert "Web Check" in texts(body["blocks"])
    assert {"feedback_helpful", "feedback_not_helpful", "share_answer"} <= set(buttons(body["blocks"]))
    assert not shared_standin.calls_to("chat.postMessage")


def test_cyber_help_topics_events_and_deadlines_each_answer_the_person(shared_http_bot, shared_standin):
    expected = {"help": "/cyber ask", "topics": "What I know about", "events": "events",
                "deadlines": "deadline"}
    urls = {sub: shared_http_bot.slash(sub)[1] for sub in expected}
    for sub, words in expected.items():
        [response] = shared_standin.wait_for_responses(url=urls[sub])
        assert response.body["response_type"] == "ephemeral"
        assert words.lower() in texts(response.body["blocks"]).lower(), sub


def test_an_unknown_subcommand_suggests_the_nearest_real_one(shared_http_bot, shared_standin):
    _, url = shared_http_bot.slash("topcs")
    [response] = shared_standin.wait_for_responses(url=url)
    assert "/cyber topics" in texts(response.body["blocks"])


def test_very_long_or_binary_slash_text_gets_a_kind_message(shared_http_bot, shared_standin):
    _, long_url = shared_http_bot.slash("ask " + "why " * 1250)
    _, binary_url = shared_http_bot.slash("\x00\x01\x02\xff\xfe" * 20)
    [long_reply] = shared_standin.wait_for_responses(url=long_url)
    [binary_reply] = shared_standin.wait_for_responses(url=binary_url)
    assert "characters" in texts(long_reply.body["blocks"])
    assert "binary" in texts(binary_reply.body["blocks"])
    for reply in (long_reply, binary_reply):
        assert "/cyber" in texts(reply.body["blocks"]) or "shorten" in texts(reply.body["blocks"])


# -- buttons ------------------------------------------------------------------------------------

def _ask_privately(bot, slack) -> dict:
    _, url = bot.slash("ask " + QUESTION)
    [response] = slack.wait_for_responses(url=url)
    return buttons(response.body["blocks"])


def test_not_helpful_is_stored_and_listed_by_kb_gaps(shared_http_bot, shared_standin):
    vote = _ask_privately(shared_http_bot, shared_standin)["feedback_not_helpful"]
    shared_standin.reset()
    _, url = shared_http_bot.click("feedback_not_helpful", vote["value"], user_id="U5")
    [thanks] = shared_standin.wait_for_responses(url=url)
    assert thanks.body["response_type"] == "ephemeral"
    assert thanks.body.get("replace_original") is False
    assert "Thanks" in texts(thanks.body["blocks"])
    gaps = shared_http_bot.cli("kb", "gaps")
    assert gaps.returncode == 0, gaps.stderr
    assert any("not helpful" in line and "Web Check" in line for line in gaps.stdout.splitlines()), gaps.stdout


def test_clicking_a_suggestion_answers_that_topic(shared_http_bot, shared_standin):
    _, url = shared_http_bot.click("ask_suggestion_0", "web-check")
    [response] = shared_standin.wait_for_responses(url=url)
    assert response.body["response_type"] == "ephemeral"
    assert "Web Check" in texts(response.body["blocks"])
    assert "share_answer" in buttons(response.body["blocks"])


def test_share_in_channel_posts_the_answer_for_everyone_saying_who_shared_it(shared_http_bot, shared_standin):
    share = _ask_privately(shared_http_bot, shared_standin)["share_answer"]
    shared_standin.reset()
    _, url = shared_http_bot.click("share_answer", share["value"], user_id="U3", channel_id="C9",
                                   message={}, message_ts=new_ts())
    [call] = shared_standin.wait_for("chat.postMessage", successful=True)
    assert call.params["channel"] == "C9"
    shown = texts(call.params["blocks"])
    assert "Web Check" in shown and "Shared by <@U3>" in shown
    assert "share_answer" not in buttons(call.params["blocks"])
    [cleanup] = shared_standin.wait_for_responses(url=url)
    assert cleanup.body.get("delete_original") is True


# -- nothing kills it -------------------------------------------------------------------------------

def test_garbage_and_odd_payloads_never_kill_the_process(shared_http_bot, shared_standin):
    bot = shared_http_bot
    garbage = [
        (b"{not json", JSON_CONTENT_TYPE),
        (b"[1, 2, 3]", JSON_CONTENT_TYPE),
        (b"\xff\xfe\x00binary", "application/octet-stream"),
        (b"payload=%7Bbroken", FORM_CONTENT_TYPE),
        (b"payload=" + json.dumps({"type": "block_actions"}).encode(), FORM_CONTENT_TYPE),
        (b"payload=" + json.dumps({"type": "block_actions", "actions": [{}], "user": None}).encode(),
         FORM_CONTENT_TYPE),
        (b"command=%2Fcyber", FORM_CONTENT_TYPE),
        (json.dumps({"type": "event_callback"}).encode(), JSON_CONTENT_TYPE),
        (json.dumps({"type": "event_callback", "event": {"type": "app_mention"}}).encode(), JSON_CONTENT_TYPE),
        (json.dumps(event_callback({"type": "reaction_added", "user": "U1"})).encode(), JSON_CONTENT_TYPE),
        (json.dumps(event_callback({"type": "app_mention", "user": "U1", "text": 42, "channel": "C1",
                                    "ts": new_ts()})).encode(), JSON_CONTENT_TYPE),
        (json.dumps({"type": "mystery"}).encode(), JSON_CONTENT_TYPE),
        (b"", JSON_CONTENT_TYPE),
    ]
    for body, content_type in garbage:
        status, _ = bot.post(body, content_type)
        assert status < 500, body
    assert bot.alive
    answer_to_marker(bot, shared_standin, count=2)  # the odd mention above got a reply too
    with urllib.request.urlopen(f"{bot.url}/healthz", timeout=5) as resp:
        assert resp.status == 200


def test_the_log_says_what_happened_without_tokens_or_secrets(shared_http_bot, shared_standin):
    shared_http_bot.event(app_mention("<@UBOT> " + QUESTION, user="U77"))
    shared_standin.wait_for("chat.postMessage", successful=True)
    deadline = time.monotonic() + 5
    while "who=U77" not in shared_http_bot.log_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    log = shared_http_bot.log_text()
    line = next(line for line in log.splitlines() if "who=U77" in line)
    assert "what=mention" in line and "ms=" in line and "outcome=answer" in line
    assert "xoxb-test" not in log and SECRET not in log


def test_serve_without_a_bot_token_or_signing_secret_says_what_to_set(standin, tmp_path):
    bot = BotProcess(standin, tmp_path / "x.db")

    def serve_with(**env):
        return subprocess.run(cyberbot_command() + ["serve", "--http"], env=dict(bot.env, **env), cwd=tmp_path,
                              capture_output=True, text=True, timeout=60)

    no_token = serve_with(SLACK_BOT_TOKEN="")
    assert no_token.returncode == 2 and "SLACK_BOT_TOKEN" in no_token.stderr
    no_secret = serve_with(SLACK_SIGNING_SECRET="")
    assert no_secret.returncode == 2 and "SLACK_SIGNING_SECRET" in no_secret.stderr


def test_a_retry_after_a_crash_and_restart_is_still_not_answered_twice(http_bot, standin):
    event = app_mention("<@UBOT> " + QUESTION)
    http_bot.event(event, event_id="EvCRASH1")
    standin.wait_for("chat.postMessage", successful=True)
    http_bot.restart(hard=True)  # kill -9, then start again on the same database
    assert http_bot.event(event, event_id="EvCRASH1", retry=1)[0] == 200
    answer_to_marker(http_bot, standin, count=2)
    assert len(posts_in_thread(standin, event["ts"])) == 1


def test_a_slash_command_is_acked_before_its_answer_is_sent(shared_http_bot, shared_standin):
    """The answer's delivery is held until the ack has arrived: acking after the work would hang."""
    release = threading.Event()
    received: list[dict] = []

    class HeldResponseUrl(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            release.wait(10)
            received.append(json.loads(body))
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), HeldResponseUrl)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/response/held"
        status, _ = shared_http_bot.slash("ask " + QUESTION, response_url=url)
        acked_before_release = not release.is_set()
        release.set()
        assert status == 200 and acked_before_release
        deadline = time.monotonic() + 10
        while not received and time.monotonic() < deadline:
            time.sleep(0.02)
        assert received and "Web Check" in received[0]["text"]
    finally:
        release.set()
        server.shutdown()
        server.server_close()
