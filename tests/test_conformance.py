"""Slack's side of the contract: every callback it may send is answered (2xx over HTTP, an ack
in Socket Mode) on its first delivery, whether or not the bot acts on it, so Slack never sends it
again or marks the app as failing; and a token Slack refuses ends the bot with one clear line
instead of a retry every few seconds."""

from __future__ import annotations

import subprocess
import time

import pytest

from handlers.testing.in_process import InProcessSlack, slack_settings
from handlers.testing.process import BotProcess, cyberbot_command
from handlers.testing.standin import (
    StandinSlack,
    app_home_opened,
    app_rate_limited,
    block_actions_payload,
    event_callback,
    message_action_payload,
    shortcut_payload,
    url_verification,
    view_closed_payload,
    view_submission_payload,
)

A_VIEW = {"type": "modal", "callback_id": "something_from_an_old_version", "title": {"type": "plain_text", "text": "Old"},
          "blocks": [{"type": "input", "block_id": "b", "label": {"type": "plain_text", "text": "L"},
                      "element": {"type": "plain_text_input", "action_id": "v"}}],
          "submit": {"type": "plain_text", "text": "Send"}}


@pytest.fixture(scope="module")
def slack_app(shared_standin, tmp_path_factory):
    db = tmp_path_factory.mktemp("conformance") / "conformance.db"
    app = InProcessSlack(shared_standin, slack_settings(shared_standin, db))
    yield app
    app.close()


EVENTS = {
    "app_rate_limited": app_rate_limited(),
    "url_verification": url_verification(),
    "an event we never subscribed to": event_callback({"type": "team_join", "user": {"id": "U9"}}),
    "a message edit": event_callback({"type": "message", "subtype": "message_changed", "channel": "D1",
                                      "channel_type": "im", "message": {"text": "x"}}),
    "the Messages tab opened": event_callback(app_home_opened(tab="messages")),
}
INTERACTIVE = {
    "a shortcut from an older manifest": shortcut_payload("shortcut_we_removed"),
    "a message shortcut from an older manifest": message_action_payload("old_action", "hello"),
    "a view submission nobody routes": view_submission_payload(A_VIEW, {"b": "text"}),
    "a modal closed": view_closed_payload(A_VIEW),
    "a select asking for options": {"type": "block_suggestion", "user": {"id": "U1"}, "team": {"id": "T1"},
                                    "action_id": "pick", "block_id": "b", "value": "ab", "api_app_id": "A1"},
    "a legacy attachment button": {"type": "interactive_message", "callback_id": "old", "user": {"id": "U1"},
                                   "team": {"id": "T1"}, "channel": {"id": "C1"},
                                   "actions": [{"name": "x", "type": "button", "value": "1"}]},
    "a legacy dialog": {"type": "dialog_submission", "callback_id": "old", "user": {"id": "U1"},
                        "team": {"id": "T1"}, "channel": {"id": "C1"}, "submission": {"a": "b"}},
    "a link button": block_actions_payload("link_1_open_source", ""),
}


@pytest.mark.parametrize("name", list(EVENTS))
def test_every_events_api_callback_gets_a_2xx_whether_or_not_we_act_on_it(slack_app, name):
    response = slack_app.request(EVENTS[name])
    assert 200 <= response.status < 300, (name, response.status, response.body)


@pytest.mark.parametrize("name", list(INTERACTIVE))
def test_every_interactivity_callback_gets_a_2xx_whether_or_not_we_act_on_it(slack_app, name):
    response = slack_app.interactive(INTERACTIVE[name])
    assert 200 <= response.status < 300, (name, response.status, response.body)


def test_an_unsigned_callback_is_still_refused(slack_app):
    assert slack_app.request(app_rate_limited(), signed=False).status == 401
    assert slack_app.interactive(shortcut_payload("new_poll"), signed=False).status == 401


# -- Socket Mode -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def socket_bot(shared_standin, tmp_path_factory):
    with BotProcess(shared_standin, tmp_path_factory.mktemp("socket-conf") / "cyberbot.db", mode="socket") as bot:
        yield bot


def acks_for(slack, envelope_id: str) -> int:
    return sum(1 for m in slack.ws_received if isinstance(m, dict) and m.get("envelope_id") == envelope_id)


@pytest.mark.slow
@pytest.mark.parametrize("kind, payload", [
    ("events_api", app_rate_limited()),
    ("events_api", event_callback({"type": "team_join", "user": {"id": "U9"}})),
    ("interactive", shortcut_payload("shortcut_we_removed")),
    ("interactive", view_submission_payload(A_VIEW, {"b": "text"})),
    ("interactive", view_closed_payload(A_VIEW)),
    ("interactive", {"type": "block_actions", "user": "not an object", "actions": "nope"}),
], ids=["app_rate_limited", "unsubscribed event", "old shortcut", "unrouted submission", "modal closed",
        "malformed click"])
def test_socket_mode_acks_every_envelope_once_on_its_first_delivery(socket_bot, shared_standin, kind, payload):
    shared_standin.wait_connected()
    envelope_id = shared_standin.send_envelope(kind, payload)
    shared_standin.wait_ack(envelope_id, timeout=5)
    time.sleep(0.1)
    assert acks_for(shared_standin, envelope_id) == 1
    assert socket_bot.alive


# -- a refused token ----------------------------------------------------------------------------------

@pytest.mark.slow
def test_a_refused_app_token_at_start_ends_serve_with_one_line_naming_the_cause(tmp_path):
    with StandinSlack() as slack:
        slack.fail_next("apps.connections.open", status=200, error="invalid_auth", count=50)
        bot = BotProcess(slack, tmp_path / "cyberbot.db", mode="socket")
        started = time.monotonic()
        result = subprocess.run(cyberbot_command() + ["serve"], env=bot.env, cwd=tmp_path, capture_output=True,
                                text=True, timeout=30)
        assert result.returncode != 0
        assert time.monotonic() - started < 20
        assert len(slack.calls_to("apps.connections.open")) == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "invalid_auth" in lines[0] and "SLACK_APP_TOKEN" in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_a_token_revoked_while_connected_ends_serve_on_reconnect_without_a_retry_storm(tmp_path):
    with StandinSlack() as slack:
        bot = BotProcess(slack, tmp_path / "cyberbot.db", mode="socket")
        bot.start()
        try:
            slack.fail_next("apps.connections.open", status=200, error="token_revoked", count=50)
            slack.drop()
            bot.process.wait(timeout=30)
        finally:
            bot.stop()
        assert bot.process.returncode != 0
        assert len(slack.calls_to("apps.connections.open")) == 2   # the start, and one reconnect
    log = bot.log_text()
    assert "token_revoked" in log and "on reconnecting" in log
    assert log.count("token_revoked") == 1, log
    assert "Traceback" not in log
