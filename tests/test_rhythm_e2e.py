"""Turnout, nudges, acknowledged reminders, series and charts end to end: the real
``cyberbot serve --http`` process against the stand-in Slack.

Where a story needs days to pass (a re-nudge a day after a reminder, a fortnightly series), the
test moves the database's clock-bearing rows instead (a post made 25 hours ago, a series whose
rhythm is seconds apart): the running process's own scheduler does the rest.
"""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

pytestmark = pytest.mark.slow  # every story here runs the real `cyberbot serve` process

POLL_EVENT = "cyberbot_poll"


def response_text(slack, url) -> str:
    [response] = slack.wait_for_responses(1, url=url)
    return json.dumps(response.body, ensure_ascii=False)


def posts_of(slack, event_type: str) -> list:
    return [c for c in slack.calls_to("chat.postMessage")
            if c.ok and (c.params.get("metadata") or {}).get("event_type") == event_type]


def dms(slack, kind_text: str) -> list[str]:
    return sorted(c.params["channel"] for c in slack.calls_to("chat.postMessage")
                  if c.ok and c.params.get("channel", "").startswith("U") and kind_text in json.dumps(c.params))


def buttons_in(blocks) -> dict:
    return {e["text"]["text"]: e for b in blocks or [] if b.get("type") == "actions"
            for e in b.get("elements", []) if e.get("type") == "button"}


def a_council_channel(slack, *people, bots=("UBOT2",)):
    slack.add_channel("C1", "council-cyber")
    for bot in bots:
        slack.add_user(bot, "another-app", is_bot=True)
    slack.join("C1", *people, *bots)


def png_opens(data: bytes) -> tuple[int, int]:
    from matplotlib.image import imread

    pixels = imread(io.BytesIO(data), format="png")
    return pixels.shape[1], pixels.shape[0]


def test_a_nudge_reaches_exactly_the_non_voters_of_an_anonymous_poll(http_bot, standin):
    a_council_channel(standin, "U1", "U2", "U3", "U4", "U5")
    _, url = http_bot.slash('poll "Had a phishing incident this quarter?" "Yes" "No" anonymous', user_id="U1")
    assert "is up" in response_text(standin, url)
    standin.wait_until(lambda: len(posts_of(standin, POLL_EVENT)) == 1, message="the poll")
    [post] = posts_of(standin, POLL_EVENT)
    poll_id = post.params["metadata"]["event_payload"]["poll_id"]
    yes = buttons_in(post.params["blocks"])["Yes"]
    for user in ("U2", "U4"):
        http_bot.click(yes["action_id"], yes["value"], user_id=user, message_ts=post.response["ts"])
    _, url = http_bot.slash(f"poll results {poll_id}", user_id="U1")
    assert "2 of 5 voted" in response_text(standin, url)          # the other app is not counted
    _, url = http_bot.slash(f"poll nudge {poll_id}", user_id="U2")
    assert "Only the person who created" in response_text(standin, url)
    _, url = http_bot.slash(f"poll nudge {poll_id}", user_id="U1")
    told = response_text(standin, url)
    assert "Nudging 2 people" in told and "<@" not in told
    standin.wait_until(lambda: len(dms(standin, "would like your answer")) == 2, message="two nudges")
    assert dms(standin, "would like your answer") == ["U3", "U5"]   # not voters, not the creator, not a bot
    _, url = http_bot.slash(f"poll nudge {poll_id}", user_id="U1")
    assert "once per poll" in response_text(standin, url)


def test_a_channel_reminder_done_by_two_of_three_re_nudges_the_third_only(http_bot, standin):
    a_council_channel(standin, "U1", "U2", "U3")
    _, url = http_bot.slash("remind <#C1|council-cyber> until done in 1 second send your stocktake return",
                            user_id="U1")
    assert "at most 3 times" in response_text(standin, url)
    standin.wait_until(lambda: any(c.ok and c.params.get("channel") == "C1" for c in
                                   standin.calls_to("chat.postMessage")), message="the channel reminder")
    [post] = [c for c in standin.calls_to("chat.postMessage") if c.ok and c.params.get("channel") == "C1"]
    done = buttons_in(post.params["blocks"])["Done"]
    for user in ("U2", "U3"):
        _, url = http_bot.click(done["action_id"], done["value"], user_id=user, message_ts=post.response["ts"])
        assert "marked done for you" in response_text(standin, url)
    standin.wait_until(lambda: any("2 of 3 done" in json.dumps(c.params.get("blocks")) for c in
                                   standin.calls_to("chat.update") if c.params.get("ts") == post.response["ts"]),
                       message="the reminder to show 2 of 3 done")
    with sqlite3.connect(http_bot.db_path) as db:                 # a day goes by
        day_ago = (datetime.now(timezone.utc) - timedelta(hours=25)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        db.execute("UPDATE reminder_deliveries SET posted_at = ?", (day_ago,))
    standin.wait_until(lambda: dms(standin, "Still to do"), timeout=15, message="the re-nudge")
    assert dms(standin, "Still to do") == ["U1"]


def test_a_series_posts_three_polls_and_the_trend_with_charts(http_bot, standin):
    a_council_channel(standin, "U1", "U2", "U3")
    _, url = http_bot.slash('poll pulse "How confident are you in your backups?" every week on Thursday at 10:00',
                            user_id="U1")
    assert "series 1" in response_text(standin, url)
    start = datetime.now(timezone.utc) + timedelta(seconds=2)
    with sqlite3.connect(http_bot.db_path) as db:   # the fortnightly rhythm, sped up to every six seconds
        db.execute("UPDATE poll_series SET rule = 'FREQ=SECONDLY;INTERVAL=6', first_at = ?, next_at = ?,"
                   " close_after_seconds = 4",
                   (start.strftime("%Y-%m-%dT%H:%M:%S.000000Z"), start.strftime("%Y-%m-%dT%H:%M:%S.000000Z")))
    for round_, scores in enumerate(((2, 3), (3, 4), (5, 5)), start=1):
        standin.wait_until(lambda: len(posts_of(standin, POLL_EVENT)) >= round_, timeout=20,
                           message=f"occurrence {round_}")
        post = posts_of(standin, POLL_EVENT)[round_ - 1]
        buttons = list(buttons_in(post.params["blocks"]).values())
        for user, score in zip(("U2", "U3"), scores):
            http_bot.click(buttons[score - 1]["action_id"], buttons[score - 1]["value"], user_id=user,
                           message_ts=post.response["ts"])
    ids = [p.params["metadata"]["event_payload"]["poll_id"] for p in posts_of(standin, POLL_EVENT)[:3]]
    assert len(set(ids)) == 3
    standin.wait_until(lambda: sum(1 for u in standin.uploads.values() if u["completed"]) >= 4, timeout=30,
                       message="the charts of three closings and a trend")
    _, url = http_bot.slash("poll series 1", user_id="U2")
    listing = response_text(standin, url)
    assert "2.5 \u2192 3.5 \u2192 5.0" in listing
    done = [u for u in standin.uploads.values() if u["completed"]]
    assert any(u["filename"] == "poll-series-1-trend.png" for u in done)
    for upload in done:
        assert upload["channel"] == "C1" and png_opens(upload["data"])[0] == 800
    methods = {c.method for c in standin.calls}
    assert {"files.getUploadURLExternal", "files.completeUploadExternal"} <= methods
