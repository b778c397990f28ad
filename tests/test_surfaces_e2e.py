"""The Slack surfaces end to end: the real ``cyberbot serve`` (HTTP mode, and Socket Mode) and the
stand-in Slack. A person opens the poll builder with ``/cyber poll``, gets field errors for a bad
form and a posted poll for a good one; the Home tab is published when opened; and in Socket Mode
a "New reminder" shortcut opens a form whose submission is acked (with its errors in the ack
when it is wrong) and sets the reminder."""

from __future__ import annotations

import json

import pytest

from handlers.testing.process import BotProcess
from handlers.testing.standin import (
    FORM_CONTENT_TYPE,
    StandinSlack,
    app_home_opened,
    interactive_form,
    shortcut_payload,
    view_problems,
    view_submission_payload,
)

pytestmark = pytest.mark.slow


def poll_form(question="Are you going to the summit?", options=("Yes", "No")) -> dict:
    values = {"question": question, "channel": "C1", "settings": []}
    values.update({f"option_{n}": text for n, text in enumerate(options, start=1)})
    return values


def test_cyber_poll_opens_the_builder_and_a_good_form_posts_the_poll(http_bot, standin):
    status, url = http_bot.slash("poll")
    assert status == 200
    [opened] = standin.wait_for("views.open", successful=True)
    assert opened.response["ok"], opened.response
    view = opened.response["view"]
    assert view["callback_id"] == "poll_builder" and view_problems(opened.params["view"]) == []

    status, body = http_bot.post(interactive_form(view_submission_payload(view, poll_form(options=("Yes",)))),
                                 FORM_CONTENT_TYPE)
    assert status == 200
    answer = json.loads(body)
    assert answer["response_action"] == "errors" and "option_2" in answer["errors"]
    assert not standin.calls_to("chat.postMessage")

    status, body = http_bot.post(interactive_form(view_submission_payload(view, poll_form())), FORM_CONTENT_TYPE)
    assert status == 200 and not body.strip()
    [posted] = standin.wait_for("chat.postMessage", successful=True)
    assert posted.params["channel"] == "C1" and "Are you going to the summit?" in posted.params["text"]
    assert not standin.responses_to(url)


def test_opening_the_home_tab_publishes_it(http_bot, standin):
    http_bot.slash("remind tomorrow 9am submit the stocktake", user_id="U7")
    standin.wait_for_responses(1)
    status, _ = http_bot.event(app_home_opened("U7"))
    assert status == 200
    [published] = standin.wait_for("views.publish", successful=True)
    assert published.params["user_id"] == "U7"
    assert view_problems(published.params["view"]) == []
    assert "submit the stocktake" in json.dumps(published.params["view"])


def test_a_reminder_form_round_trip_in_socket_mode(tmp_path):
    with StandinSlack() as slack, BotProcess(slack, tmp_path / "cyberbot.db", mode="socket"):
        envelope = slack.send_envelope("interactive", shortcut_payload("new_reminder", user_id="U5"))
        slack.wait_ack(envelope)
        [opened] = slack.wait_for("views.open", successful=True)
        view = opened.response["view"]
        assert view["callback_id"] == "reminder_builder"

        wrong = view_submission_payload(view, {"what": "stretch", "date": "2026-02-30", "time": "09:00"},
                                        user_id="U5")
        ack = slack.wait_ack(slack.send_envelope("interactive", wrong))
        assert ack["payload"]["response_action"] == "errors" and "date" in ack["payload"]["errors"]

        good = view_submission_payload(view, {"what": "stretch your legs", "date": "2099-01-05", "time": "09:00",
                                              "repeat": "once"}, user_id="U5")
        ack = slack.wait_ack(slack.send_envelope("interactive", good))
        assert not ack.get("payload")
        [told] = slack.wait_for("chat.postMessage", successful=True)
        assert told.params["channel"] == "U5" and "stretch your legs" in told.params["text"]
