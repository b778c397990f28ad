"""Polls end to end: the real ``cyberbot serve --http`` process against the stand-in Slack.

A council lead posts a poll with the slash command; colleagues click its buttons (signed
block_actions payloads built from the blocks the stand-in recorded); the creator closes it;
the channel ends up with the final results and a message without buttons.
"""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow  # every story here runs the real `cyberbot serve` process.


POLL_EVENT = "cyberbot_poll"
RESULTS_EVENT = "cyberbot_poll_results"


def posts_of(slack, event_type: str) -> list:
    return [c for c in slack.calls_to("chat.postMessage")
            if c.ok and (c.params.get("metadata") or {}).get("event_type") == event_type]


def response_text(slack, url) -> str:
    [response] = slack.wait_for_responses(1, url=url)
    return json.dumps(response.body, ensure_ascii=False)


def buttons_in(blocks) -> dict:
    """Button label -> the button, from Block Kit blocks as Slack stores them."""
    found = {}
    for block in blocks or []:
        if block.get("type") == "actions":
            for element in block.get("elements", []):
                if element.get("type") == "button":
                    found[element["text"]["text"]] = element
    return found


def updates_for(slack, ts: str) -> list:
    return [c for c in slack.calls_to("chat.update") if c.ok and c.params.get("ts") == ts]


def shown(call) -> str:
    return json.dumps(call.params.get("blocks"), ensure_ascii=False)


def test_a_poll_is_posted_clicked_by_colleagues_and_closed(http_bot, standin):
    status, url = http_bot.slash("poll \u201cAre you going to the summit?\u201d \u201cYes\u201d \u201cNo\u201d "
                                 "\"Not sure\"", user_id="U1", channel_id="C1")
    assert status == 200
    assert "is up" in response_text(standin, url)
    standin.wait_until(lambda: len(posts_of(standin, POLL_EVENT)) == 1, message="the poll message")
    [post] = posts_of(standin, POLL_EVENT)
    ts, channel = post.response["ts"], post.response["channel"]
    poll_id = post.params["metadata"]["event_payload"]["poll_id"]
    buttons = buttons_in(post.params["blocks"])
    assert list(buttons) == ["Yes", "No", "Not sure"]
    assert "Are you going to the summit?" in shown(post) and "by <@U1>" in shown(post)

    for user, label in (("U2", "Yes"), ("U3", "No"), ("U4", "Yes"), ("U3", "No"), ("U5", "Not sure"),
                        ("U5", "Yes")):
        button = buttons[label]
        status, url = http_bot.click(button["action_id"], button["value"], user_id=user, channel_id=channel,
                                     message_ts=ts, button_text=label)
        assert status == 200
        told = response_text(standin, url)
        assert '"response_type": "ephemeral"' in told and label in told
    standin.wait_until(lambda: any("4 people voted" in shown(c) for c in updates_for(standin, ts)),
                       timeout=10, message="the poll message to show 4 voters")
    live = updates_for(standin, ts)[-1]
    assert "<@U2>" in shown(live) and "75%" in shown(live) and buttons_in(live.params["blocks"])

    _, url = http_bot.slash(f"poll close {poll_id}", user_id="U2", channel_id=channel)
    assert "Only the person who created" in response_text(standin, url)
    _, url = http_bot.slash(f"poll close {poll_id}", user_id="U1", channel_id=channel)
    assert "closed" in response_text(standin, url)

    standin.wait_until(lambda: len(posts_of(standin, RESULTS_EVENT)) == 1, message="the results post")
    [results] = posts_of(standin, RESULTS_EVENT)
    assert results.params["channel"] == channel and "75%" in shown(results)
    standin.wait_until(lambda: "(closed)" in shown(updates_for(standin, ts)[-1]), timeout=10,
                       message="the final chat.update")
    final = updates_for(standin, ts)[-1]
    assert buttons_in(final.params["blocks"]) == {}
    assert "75%" in shown(final) and "25%" in shown(final) and "\u2588" in shown(final)

    late = buttons["No"]
    _, url = http_bot.click(late["action_id"], late["value"], user_id="U9", channel_id=channel, message_ts=ts)
    assert "this poll has closed" in response_text(standin, url)

    exported = http_bot.cli("polls", "export", str(poll_id))
    assert exported.returncode == 0, exported.stderr
    assert ",1,Yes,3,75,U2 U4 U5" in exported.stdout


def test_an_anonymous_poll_never_names_voters_in_slack(http_bot, standin):
    _, url = http_bot.slash('poll "Had a phishing incident this quarter?" "Yes" "No" anonymous',
                            user_id="U1", channel_id="C1")
    assert "anonymous" in response_text(standin, url)
    standin.wait_until(lambda: len(posts_of(standin, POLL_EVENT)) == 1, message="the poll message")
    [post] = posts_of(standin, POLL_EVENT)
    ts = post.response["ts"]
    yes = buttons_in(post.params["blocks"])["Yes"]
    for user in ("U2", "U3"):
        http_bot.click(yes["action_id"], yes["value"], user_id=user, channel_id="C1", message_ts=ts)
    standin.wait_until(lambda: any("2 people voted" in shown(c) for c in updates_for(standin, ts)),
                       timeout=10, message="the counts to update")
    _, url = http_bot.slash(f"poll results {post.params['metadata']['event_payload']['poll_id']}", user_id="U1")
    seen = response_text(standin, url) + "".join(shown(c) for c in updates_for(standin, ts))
    assert "U2" not in seen and "U3" not in seen


def test_a_click_on_a_poll_that_does_not_exist_gets_a_kind_answer(http_bot, standin):
    status, url = http_bot.click("poll_vote_0", "4242:0", user_id="U2", channel_id="C1")
    assert status == 200
    assert "isn't available" in response_text(standin, url)
