"""The bot on Slack in Socket Mode (the usual deployment behind council firewalls): the real
``cyberbot serve`` process dials the stand-in Slack's WebSocket, acks each envelope once,
answers it once, and reconnects without losing work when the connection drops."""

from __future__ import annotations

import pytest

from handlers.testing.process import BotProcess
from handlers.testing.standin import (
    StandinSlack,
    app_mention,
    block_actions_payload,
    event_callback,
    slash_command_payload,
)

pytestmark = pytest.mark.slow  # every story here runs the real `cyberbot serve` process

QUESTION = "What is Web Check?"


@pytest.fixture(scope="module")
def socket_process(shared_standin, tmp_path_factory):
    with BotProcess(shared_standin, tmp_path_factory.mktemp("socket") / "cyberbot.db", mode="socket") as bot:
        yield bot


@pytest.fixture
def slack(shared_standin):
    """The stand-in the module's Socket Mode bot connects to."""
    return shared_standin


@pytest.fixture
def socket_bot(socket_process, slack):
    slack.wait_connected()
    slack.reset()
    yield socket_process


def acks_for(slack, envelope_id: str) -> int:
    return sum(1 for m in slack.ws_received if isinstance(m, dict) and m.get("envelope_id") == envelope_id)


def mention_envelope(slack, text: str = "<@UBOT> " + QUESTION) -> tuple[str, dict]:
    event = app_mention(text)
    return slack.send_envelope("events_api", event_callback(event)), event


def test_serve_connects_with_socket_mode_using_the_app_token(socket_process, slack):
    slack.wait_connected()
    opened = slack.calls_to("apps.connections.open")
    assert opened and all(c.token == "xapp-test" for c in opened)
    assert not slack.calls_to("chat.postMessage")


def test_a_mention_envelope_is_acked_once_and_answered_once_in_a_thread(socket_bot, slack):
    envelope_id, event = mention_envelope(slack)
    slack.wait_ack(envelope_id)
    [call] = slack.wait_for("chat.postMessage", successful=True)
    assert call.params["thread_ts"] == event["ts"]
    assert "Web Check" in call.params["text"]
    assert acks_for(slack, envelope_id) == 1


def test_a_slash_command_envelope_is_acked_and_answered_privately(socket_bot, slack):
    url = slack.new_response_url()
    envelope_id = slack.send_envelope("slash_commands", slash_command_payload("ask " + QUESTION, response_url=url))
    slack.wait_ack(envelope_id)
    [response] = slack.wait_for_responses(url=url)
    assert response.body["response_type"] == "ephemeral"
    assert "Web Check" in response.body["text"]
    assert acks_for(slack, envelope_id) == 1


def test_an_interactive_envelope_is_acked_and_the_click_answered(socket_bot, slack):
    url = slack.new_response_url()
    payload = block_actions_payload("ask_suggestion_0", "web-check", response_url=url)
    envelope_id = slack.send_envelope("interactive", payload)
    slack.wait_ack(envelope_id)
    [response] = slack.wait_for_responses(url=url)
    assert "Web Check" in response.body["text"]
    assert acks_for(slack, envelope_id) == 1


def test_an_envelope_slack_sends_again_is_acked_again_but_answered_once(socket_bot, slack):
    url = slack.new_response_url()
    envelope_id = slack.send_envelope("slash_commands", slash_command_payload("help", response_url=url))
    slack.wait_ack(envelope_id)
    slack.wait_for_responses(url=url)
    slack.resend(envelope_id)
    event_envelope, event = mention_envelope(slack)
    slack.resend(event_envelope)
    slack.wait_for("chat.postMessage", successful=True)
    marker, _ = mention_envelope(slack, "<@UBOT> help")
    slack.wait_ack(marker)
    slack.wait_for("chat.postMessage", count=2, successful=True)
    assert acks_for(slack, envelope_id) == 2 and acks_for(slack, event_envelope) == 2
    assert len(slack.responses_to(url)) == 1
    assert len([c for c in slack.calls_to("chat.postMessage") if c.params.get("thread_ts") == event["ts"]]) == 1


def test_a_dropped_connection_is_reconnected_and_work_sent_after_it_is_answered(socket_bot, slack):
    before = slack.connection_count
    slack.drop()
    envelope_id, event = mention_envelope(slack)  # waits for the bot to dial back in
    slack.wait_ack(envelope_id)
    [call] = slack.wait_for("chat.postMessage", successful=True)
    assert call.params["thread_ts"] == event["ts"]
    assert slack.connection_count == before + 1


def test_slack_asking_the_bot_to_reconnect_loses_nothing(socket_bot, slack):
    before = slack.connection_count
    slack.disconnect("refresh_requested", close_after=0.5)
    slack.wait_connected(before + 1)
    url = slack.new_response_url()
    envelope_id = slack.send_envelope("slash_commands", slash_command_payload("topics", response_url=url))
    slack.wait_ack(envelope_id)
    [response] = slack.wait_for_responses(url=url)
    assert "What I know about" in response.body["text"]


def test_socket_mode_needs_only_the_bot_and_app_tokens(tmp_path):
    with StandinSlack() as standin:
        bot = BotProcess(standin, tmp_path / "cyberbot.db", mode="socket", extra_env={"SLACK_SIGNING_SECRET": ""})
        with bot:
            envelope_id, _ = mention_envelope(standin)
            standin.wait_ack(envelope_id)
            standin.wait_for("chat.postMessage", successful=True)
