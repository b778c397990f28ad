"""The stand-in Slack answers the real slack-sdk clients the way Slack does."""

from __future__ import annotations

import json
import threading
import time
from urllib.parse import parse_qs

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.signature import SignatureVerifier
from slack_sdk.socket_mode import SocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse
from slack_sdk.webhook import WebhookClient

from handlers.testing.standin import (
    JSON_CONTENT_TYPE,
    StandinSlack,
    app_mention,
    block_actions_form,
    block_actions_payload,
    dm_message,
    event_callback,
    post_signed,
    sign,
    slash_command_form,
    slash_command_payload,
)

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"

BLOCKS = [
    {"type": "section", "block_id": "intro", "text": {"type": "mrkdwn", "text": "*Patch Tuesday* is today"}},
    {
        "type": "actions",
        "block_id": "pulse",
        "elements": [{"type": "button", "action_id": "pulse_yes", "text": {"type": "plain_text", "text": "Yes"}, "value": "yes"}],
    },
]
METADATA = {"event_type": "pulse_poll", "event_payload": {"poll_id": "p-42", "week": "2024-W10"}}


@pytest.fixture
def slack():
    with StandinSlack() as standin:
        yield standin
        assert standin.errors == [], "the stand-in itself failed while handling a request"


@pytest.fixture
def client(slack):
    return WebClient(token="xoxb-test", base_url=slack.api_url, timeout=5)


# ---------------------------------------------------------------- Web API


def test_the_bot_learns_who_it_is_from_auth_test(slack, client):
    answer = client.auth_test()

    assert answer["ok"] is True
    assert (answer["user_id"], answer["bot_id"], answer["team_id"], answer["user"]) == ("UBOT", "B1", "T1", "cyberbot")
    assert answer["url"].startswith("https://")
    [call] = slack.calls_to("auth.test")
    assert call.headers["Authorization"] == "Bearer xoxb-test"
    assert call.token == "xoxb-test"


def test_a_message_posted_with_blocks_and_metadata_comes_back_in_history(slack, client):
    posted = client.chat_postMessage(channel="C1", text="Patch Tuesday", blocks=BLOCKS, metadata=METADATA)

    assert posted["channel"] == "C1"
    assert posted["message"]["text"] == "Patch Tuesday"
    assert posted["message"]["blocks"] == BLOCKS
    assert posted["message"]["metadata"] == METADATA
    assert (posted["message"]["user"], posted["message"]["bot_id"]) == ("UBOT", "B1")
    assert posted["message"]["ts"] == posted["ts"]
    [call] = slack.calls_to("chat.postMessage")
    assert call.params["blocks"] == BLOCKS and call.params["metadata"] == METADATA

    history = client.conversations_history(channel="C1", include_all_metadata=True, limit=10)
    [message] = history["messages"]
    assert message["ts"] == posted["ts"]
    assert message["text"] == "Patch Tuesday"
    assert message["metadata"] == METADATA

    # as on Slack, metadata is left out unless asked for
    plain = client.conversations_history(channel="C1")
    assert "metadata" not in plain["messages"][0]


def test_history_is_newest_first_and_honours_oldest_and_limit(slack, client):
    first = client.chat_postMessage(channel="C1", text="one")["ts"]
    second = client.chat_postMessage(channel="C1", text="two")["ts"]
    third = client.chat_postMessage(channel="C1", text="three")["ts"]
    assert float(first) < float(second) < float(third)
    assert abs(float(third) - time.time()) < 60, "timestamps follow the real clock"

    newest_first = client.conversations_history(channel="C1")["messages"]
    assert [m["text"] for m in newest_first] == ["three", "two", "one"]

    since_first = client.conversations_history(channel="C1", oldest=first)["messages"]
    assert [m["text"] for m in since_first] == ["three", "two"]

    page = client.conversations_history(channel="C1", limit=2)
    assert [m["text"] for m in page["messages"]] == ["three", "two"]
    assert page["has_more"] is True
    rest = client.conversations_history(channel="C1", limit=2, cursor=page["response_metadata"]["next_cursor"])
    assert [m["text"] for m in rest["messages"]] == ["one"]


def test_message_timestamps_can_follow_the_bots_test_clock():
    fake_now = [1_790_000_000.0]
    with StandinSlack(clock=lambda: fake_now[0]) as slack:
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        old = client.chat_postMessage(channel="C1", text="last week")["ts"]
        fake_now[0] += 7 * 24 * 3600
        new = client.chat_postMessage(channel="C1", text="today")["ts"]

        assert old.startswith("1790000000.")
        recent = client.conversations_history(channel="C1", oldest=str(fake_now[0] - 24 * 3600))["messages"]
        assert [m["ts"] for m in recent] == [new]


def test_posting_to_a_user_id_lands_in_their_direct_message_channel(slack, client):
    posted = client.chat_postMessage(channel="U123", text="Your reminder")

    assert posted["channel"] == "D123"
    assert [m["text"] for m in slack.messages("D123")] == ["Your reminder"]


def test_updating_a_message_changes_what_history_shows(slack, client):
    posted = client.chat_postMessage(channel="C1", text="Poll open", blocks=BLOCKS)

    updated = client.chat_update(channel="C1", ts=posted["ts"], text="Poll closed", blocks=[])

    assert (updated["channel"], updated["ts"], updated["text"]) == ("C1", posted["ts"], "Poll closed")
    [message] = client.conversations_history(channel="C1")["messages"]
    assert message["text"] == "Poll closed"
    assert message["blocks"] == []
    assert "edited" in message


def test_thread_replies_stay_out_of_channel_history(slack, client):
    parent = client.chat_postMessage(channel="C1", text="Question")["ts"]
    client.chat_postMessage(channel="C1", text="Answer", thread_ts=parent)

    history = client.conversations_history(channel="C1")["messages"]
    assert [m["text"] for m in history] == ["Question"]
    assert history[0]["reply_count"] == 1
    thread = client.conversations_replies(channel="C1", ts=parent)["messages"]
    assert [m["text"] for m in thread] == ["Question", "Answer"]


def test_users_info_gives_configured_and_default_timezones(slack, client):
    slack.add_user("U2", "ada.lovelace", tz="America/New_York")

    ada = client.users_info(user="U2")["user"]
    assert (ada["id"], ada["name"], ada["tz"]) == ("U2", "ada.lovelace", "America/New_York")
    assert ada["tz_offset"] in (-18000, -14400)
    assert ada["is_bot"] is False
    assert ada["profile"]["real_name"] == ada["real_name"]

    stranger = client.users_info(user="U999")["user"]
    assert stranger["tz"] == "Europe/London"
    assert stranger["tz_offset"] in (0, 3600)


def test_a_channel_the_bot_has_not_joined_refuses_posts_with_not_in_channel(slack, client):
    slack.add_channel("C9", "incident-room", is_member=False)
    slack.add_channel("C2", "general")

    with pytest.raises(SlackApiError) as raised:
        client.chat_postMessage(channel="C9", text="hello")

    assert raised.value.response.status_code == 200
    assert raised.value.response["error"] == "not_in_channel"
    assert client.conversations_info(channel="C9")["channel"]["is_member"] is False
    names = {c["name"] for c in client.conversations_list()["channels"]}
    assert names == {"incident-room", "general"}
    [call] = slack.calls_to("chat.postMessage")
    assert call.failed_status is None and call.ok is False


def test_tokens_are_checked_like_slack(slack):
    anonymous = WebClient(base_url=slack.api_url)
    with pytest.raises(SlackApiError) as no_token:
        anonymous.api_call("auth.test")
    assert no_token.value.response["error"] == "not_authed"

    app_level = WebClient(token="xapp-test", base_url=slack.api_url)
    with pytest.raises(SlackApiError) as wrong_token:
        app_level.chat_postMessage(channel="C1", text="hi")
    assert wrong_token.value.response["error"] == "not_allowed_token_type"


def test_form_encoded_json_fields_are_decoded(slack, client):
    client.api_call(
        "chat.postMessage",
        data={"channel": "C1", "text": "form", "blocks": json.dumps(BLOCKS), "metadata": json.dumps(METADATA)},
    )

    [call] = slack.calls_to("chat.postMessage")
    assert call.headers["content-type"].startswith("application/x-www-form-urlencoded")
    assert call.params["blocks"] == BLOCKS
    assert call.params["metadata"] == METADATA


def test_a_rate_limited_call_is_retried_after_retry_after_and_succeeds(slack):
    client = WebClient(
        token="xoxb-test", base_url=slack.api_url, retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=1)]
    )
    slack.fail_next("chat.postMessage", status=429, retry_after=1)

    posted = client.chat_postMessage(channel="C1", text="eventually")

    assert posted["ok"] is True
    refused, accepted = slack.calls_to("chat.postMessage")
    assert refused.failed_status == 429
    assert accepted.failed_status is None
    assert accepted.at - refused.at >= 1.0, "the client waited for Retry-After"
    assert slack.successful_calls_to("chat.postMessage") == [accepted]
    assert len(slack.messages("C1")) == 1


def test_without_a_retry_handler_the_rate_limit_reaches_the_caller(slack, client):
    slack.fail_next("chat.postMessage", status=429, retry_after=7)

    with pytest.raises(SlackApiError) as raised:
        client.chat_postMessage(channel="C1", text="too fast")

    assert raised.value.response.status_code == 429
    assert raised.value.response["error"] == "ratelimited"
    assert raised.value.response.headers["retry-after"] in ("7", ["7"])


def test_a_server_error_answers_500(slack, client):
    slack.fail_next("users.info", status=500)

    with pytest.raises(SlackApiError) as raised:
        client.users_info(user="U1")

    assert raised.value.response.status_code == 500
    assert client.users_info(user="U1")["ok"] is True, "only the next call fails"


def test_a_slow_answer_that_outlasts_the_client_is_recorded_as_abandoned(slack):
    impatient = WebClient(token="xoxb-test", base_url=slack.api_url, timeout=0.2, retry_handlers=[])
    slack.delay_next("chat.postMessage", 0.6)

    with pytest.raises(Exception):
        impatient.chat_postMessage(channel="C1", text="lost")

    slack.wait_until(lambda: all(c.answered for c in slack.calls), 5, "the delayed call to be settled")
    [call] = slack.calls_to("chat.postMessage")
    assert (call.failed_status, call.delayed) == (499, 0.6)
    assert slack.successful_calls_to("chat.postMessage") == []
    assert slack.messages("C1") == [], "an abandoned call has no effect"


def test_many_concurrent_calls_are_all_answered_with_distinct_timestamps(slack):
    client = WebClient(token="xoxb-test", base_url=slack.api_url)
    stamps: list[str] = []

    def post(i: int) -> None:
        stamps.append(client.chat_postMessage(channel="C1", text=f"msg {i}")["ts"])

    threads = [threading.Thread(target=post, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)

    assert len(set(stamps)) == 20
    assert len(slack.wait_for("chat.postMessage", count=20, timeout=5)) == 20


def test_waiting_for_a_call_that_never_comes_fails_with_a_clear_message(slack, client):
    client.auth_test()

    with pytest.raises(AssertionError, match=r"chat\.postMessage.*got 0.*auth\.test x1"):
        slack.wait_for("chat.postMessage", timeout=0.1)


# ---------------------------------------------------------------- response_url and signing


def test_posts_to_a_response_url_are_recorded(slack):
    url = slack.new_response_url()

    answer = WebhookClient(url).send(text="Only you can see this", response_type="ephemeral")

    assert answer.status_code == 200
    [response] = slack.wait_for_responses(1, timeout=5)
    assert response.url == url
    assert response.body == {"text": "Only you can see this", "response_type": "ephemeral"}
    assert WebhookClient(slack.base_url + "response/made-up").send(text="x").status_code == 404


def test_sign_makes_headers_slack_sdk_accepts(slack):
    body = json.dumps(event_callback(app_mention("<@UBOT> help"))).encode()
    headers = sign(body, SECRET)
    verifier = SignatureVerifier(SECRET)

    assert verifier.is_valid_request(body, headers)
    assert not verifier.is_valid_request(body + b" ", headers)
    assert not SignatureVerifier("another-secret").is_valid_request(body, headers)
    stale = sign(body, SECRET, timestamp=int(time.time()) - 3600)
    assert not verifier.is_valid_request(body, stale), "Slack's five-minute replay window applies"


def test_post_signed_sends_a_verifiable_request(slack):
    url = slack.new_response_url()
    body = json.dumps({"text": "signed"}).encode()

    status, text = post_signed(url, body, SECRET, JSON_CONTENT_TYPE, extra_headers={"X-Slack-Retry-Num": "1"})

    assert (status, text) == (200, "ok")
    [response] = slack.responses_to(url)
    assert response.body == {"text": "signed"}
    assert response.headers["x-slack-retry-num"] == "1"
    assert SignatureVerifier(SECRET).is_valid_request(body, dict(response.headers))


def test_builders_make_payloads_shaped_like_slacks():
    envelope = event_callback(dm_message("hello", user="U7"), event_id="Ev123")
    assert (envelope["type"], envelope["event_id"], envelope["team_id"]) == ("event_callback", "Ev123", "T1")
    assert envelope["authorizations"][0]["user_id"] == "UBOT" and envelope["authorizations"][0]["is_bot"] is True
    assert envelope["event"]["channel_type"] == "im" and envelope["event"]["user"] == "U7"
    assert event_callback({})["event_id"].startswith("Ev")

    form = {k: v[0] for k, v in parse_qs(slash_command_form("remind me", response_url="http://x/r").decode()).items()}
    assert set(form) >= {
        "token", "team_id", "team_domain", "channel_id", "channel_name", "user_id", "user_name",
        "command", "text", "api_app_id", "response_url", "trigger_id",
    }
    assert (form["command"], form["text"], form["response_url"]) == ("/cyber", "remind me", "http://x/r")
    assert form["trigger_id"].count(".") == 2, "trigger ids look like Slack's"
    assert slash_command_payload("remind me", trigger_id="123.456.abc")["trigger_id"] == "123.456.abc"

    click = json.loads(parse_qs(block_actions_form("pulse_yes", "yes", message_ts="1.000001").decode())["payload"][0])
    assert click["type"] == "block_actions"
    assert click["actions"][0]["action_id"] == "pulse_yes" and click["actions"][0]["value"] == "yes"
    assert click["container"] == {"type": "message", "message_ts": "1.000001", "channel_id": "C1", "is_ephemeral": False}
    assert set(click["user"]) == {"id", "username", "name", "team_id"}
    assert set(block_actions_payload("a", "b")) >= {"team", "api_app_id", "response_url", "trigger_id", "message", "channel"}


# ---------------------------------------------------------------- Socket Mode


def _socket_mode_client(slack: StandinSlack, ack=lambda req: True, ping_interval: float = 5) -> SocketModeClient:
    client = SocketModeClient(
        app_token="xapp-test",
        web_client=WebClient(base_url=slack.api_url, token="xoxb-test"),
        ping_interval=ping_interval,
    )

    def listener(c: SocketModeClient, req: SocketModeRequest) -> None:
        if ack(req):
            c.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id, payload={"seen": req.type}))

    client.socket_mode_request_listeners.append(listener)
    return client


def _close_quickly(slack: StandinSlack, client: SocketModeClient) -> None:
    # The builtin client's close() waits for a recv blocked for up to 3 s and for a
    # queue poll of up to 1 s; cutting the socket and waking the queue first lets
    # it return at once.
    client.auto_reconnect_enabled = False
    client.closed = True
    client.message_queue.put("")
    if slack.connected:
        slack.drop()
    client.close()


def test_socket_mode_client_acks_envelopes_and_reconnects_when_asked(slack):
    client = _socket_mode_client(slack)
    try:
        client.connect()
        slack.wait_connected(1)
        [opened] = slack.calls_to("apps.connections.open")
        assert opened.token == "xapp-test"

        first = slack.send_envelope("events_api", event_callback(app_mention("<@UBOT> help")))
        assert slack.wait_ack(first) == {"envelope_id": first, "payload": {"seen": "events_api"}}

        slack.disconnect(reason="refresh_requested")
        slack.wait_connected(2)

        second = slack.send_envelope("slash_commands", slash_command_payload("status"))
        assert slack.wait_ack(second)["payload"] == {"seen": "slash_commands"}
        assert slack.envelopes[second]["accepts_response_payload"] is True
        assert len(slack.calls_to("apps.connections.open")) == 2, "a fresh URL for the new connection"
    finally:
        _close_quickly(slack, client)


def test_an_envelope_lost_with_a_dropped_connection_can_be_resent_after_reconnecting(slack):
    seen_attempts: list[int] = []

    def ack_only_retries(req: SocketModeRequest) -> bool:
        seen_attempts.append(req.retry_attempt)
        return req.retry_attempt > 0

    # a short ping interval makes the client's monitor notice the dead socket quickly
    client = _socket_mode_client(slack, ack=ack_only_retries, ping_interval=0.5)
    try:
        client.connect()
        slack.wait_connected(1)
        lost = slack.send_envelope("interactive", block_actions_payload("pulse_yes", "yes"))
        slack.wait_until(lambda: len(seen_attempts) == 1, 5, "the bot to see the envelope")
        assert slack.unacked() == [lost]

        slack.drop()
        slack.wait_connected(2, timeout=5)
        slack.resend(lost)

        assert slack.wait_ack(lost)["envelope_id"] == lost
        assert seen_attempts == [0, 1]
        assert slack.unacked() == []
    finally:
        _close_quickly(slack, client)


def test_an_unacked_envelope_fails_wait_ack_with_a_clear_message(slack):
    client = _socket_mode_client(slack, ack=lambda req: False)
    try:
        client.connect()
        slack.wait_connected(1)
        envelope = slack.send_envelope("events_api", event_callback(app_mention("<@UBOT> hi")))

        with pytest.raises(AssertionError, match="not acked within 0.2s"):
            slack.wait_ack(envelope, timeout=0.2)
    finally:
        _close_quickly(slack, client)


# ---------------------------------------------------------------- with slack-bolt, as the bot uses it


def _bolt_app(slack: StandinSlack):
    from slack_bolt import App

    return App(
        client=WebClient(token="xoxb-test", base_url=slack.api_url),
        signing_secret=SECRET,
    )


def test_a_bolt_app_answers_a_mention_over_socket_mode(slack):
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    app = _bolt_app(slack)

    @app.event("app_mention")
    def on_mention(event, say):
        say(f"Hello <@{event['user']}>", metadata=METADATA)

    handler = SocketModeHandler(app, app_token="xapp-test")
    try:
        handler.connect()
        slack.wait_connected(1)
        envelope = slack.send_envelope("events_api", event_callback(app_mention("<@UBOT> hi", user="U7")))

        assert slack.wait_ack(envelope) == {"envelope_id": envelope}
        [call] = slack.wait_for("chat.postMessage")
        assert (call.params["channel"], call.params["text"]) == ("C1", "Hello <@U7>")
        assert call.params["metadata"] == METADATA
        assert slack.calls_to("auth.test"), "Bolt checks its token at start-up"
    finally:
        _close_quickly(slack, handler.client)


def test_a_bolt_app_accepts_a_signed_slash_command_and_replies_via_response_url(slack):
    from slack_bolt.request import BoltRequest

    app = _bolt_app(slack)

    @app.command("/cyber")
    def on_command(ack, respond, command):
        ack()
        respond(f"You asked: {command['text']}")

    url = slack.new_response_url()
    body = slash_command_form("status", response_url=url).decode()
    headers = {"content-type": "application/x-www-form-urlencoded", **sign(body.encode(), SECRET)}

    assert app.dispatch(BoltRequest(body=body, headers=headers)).status == 200
    [response] = slack.wait_for_responses(1, url=url)
    assert response.body["text"] == "You asked: status"

    forged = {**headers, **sign(body.encode(), "wrong-secret")}
    assert app.dispatch(BoltRequest(body=body, headers=forged)).status == 401
