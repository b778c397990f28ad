"""Reminders end to end: the real ``cyberbot serve --http`` process against the stand-in Slack."""

from __future__ import annotations

import random
import time
import urllib.request
from datetime import datetime, timedelta, timezone

import pytest

from bot.assistant import all_migrations
from bot.core.storage import Storage
from handlers.testing.process import BotProcess
from handlers.testing.seeding import DueReminder, insert_due_reminders

pytestmark = pytest.mark.slow  # every story here runs the real `cyberbot serve` process.

EVENT_TYPE = "cyberbot_reminder"


def posted_reminders(slack) -> list:
    """chat.postMessage calls that Slack accepted and that carry a reminder's metadata."""
    return [c for c in slack.calls_to("chat.postMessage")
            if c.ok and (c.params.get("metadata") or {}).get("event_type") == EVENT_TYPE]


def response_text(slack, url) -> str:
    [response] = slack.wait_for_responses(1, url=url)
    return str(response.body)


def test_a_reminder_set_by_slash_command_is_confirmed_then_arrives_by_dm(http_bot, standin):
    status, url = http_bot.slash("remind in 2 seconds check the firewall change", user_id="U42")
    assert status == 200
    assert "I'll remind you on" in response_text(standin, url) and "check the firewall change" in response_text(
        standin, url)
    standin.wait_until(lambda: len(posted_reminders(standin)) == 1, timeout=15, message="the reminder post")
    [call] = posted_reminders(standin)
    assert call.params["channel"] == "U42" and call.response["channel"].startswith("D")  # their DM
    assert call.params["metadata"]["event_payload"]["key"].startswith("1:")
    assert "check the firewall change" in str(call.params.get("blocks"))
    assert "reminder_snooze_20" in str(call.params.get("blocks"))

    http_bot.click("reminder_snooze_20", "1", user_id="U42", channel_id=call.response["channel"],
                   message_ts=call.response["ts"])
    [update] = standin.wait_for("chat.update", timeout=15)
    assert "Snoozed: I'll remind you again on" in str(update.params)
    _, url = http_bot.slash("reminders", user_id="U42")
    assert "check the firewall change" in response_text(standin, url)


def test_a_channel_the_bot_is_not_in_is_refused_and_nothing_is_posted(http_bot, standin):
    standin.add_channel("C777", "private-ops", is_member=False)
    _, url = http_bot.slash("remind <#C777|private-ops> in 1 second deploy window opens")
    assert "not a member" in response_text(standin, url)
    _, url = http_bot.slash("reminders")
    assert "no reminders" in response_text(standin, url)
    assert posted_reminders(standin) == []


def test_reminders_survive_repeated_kill_9_exactly_once(standin, tmp_path):
    """200 reminders fall due while the process is killed and restarted again and again."""
    db = tmp_path / "cyberbot.db"
    storage = Storage(db, migrations=all_migrations())
    now = datetime.now(timezone.utc)
    spread = 8.0
    with storage.transaction() as tx:
        insert_due_reminders(tx, (
            DueReminder(f"U{i % 25:03d}", *((f"U{i % 25:03d}", "user") if i % 2 else (f"C{i % 7:03d}", "channel")),
                        f"task {i}", now + timedelta(seconds=1 + spread * i / 200))
            for i in range(200)), created=now)
    storage.close()

    shaker = random.Random(5)
    bot = BotProcess(standin, db, tick_seconds=0.1)
    bot.start()
    try:
        stop_killing = time.monotonic() + spread + 3
        kills = 0
        while time.monotonic() < stop_killing or kills < 5:   # a slow machine restarts slowly: kill at least 5 times
            time.sleep(shaker.uniform(0.05, 0.8))
            bot.restart(hard=True)
            kills += 1
        standin.wait_until(lambda: len(posted_reminders(standin)) >= 200, timeout=30,
                           message="200 reminder posts")
        storage = Storage(db, migrations=all_migrations())
        recorded = "SELECT COUNT(*) AS n FROM reminder_deliveries WHERE state = 'posted'"
        standin.wait_until(lambda: storage.query(recorded)[0]["n"] == 200, timeout=20,
                           message="every delivery recorded as posted")
        storage.close()
    finally:
        bot.stop()
    keys = [c.params["metadata"]["event_payload"]["key"] for c in posted_reminders(standin)]
    assert kills >= 5
    assert len(keys) == 200, f"{len(keys) - len(set(keys))} duplicate(s) after {kills} kills"
    assert len(set(keys)) == 200


def test_a_reminder_slack_rate_limits_then_fails_is_retried_and_arrives_once(http_bot, standin):
    status, _ = http_bot.slash("remind in 2 seconds send the stocktake return", user_id="U43")
    assert status == 200
    standin.fail_next("chat.postMessage", status=429, retry_after=1, count=1)
    standin.wait_until(lambda: any(c.failed_status == 429 for c in standin.calls_to("chat.postMessage")),
                       timeout=15, message="the rate-limited attempt")
    standin.fail_next("chat.postMessage", status=500, count=4)   # more than the client's own retries
    standin.wait_until(lambda: len(posted_reminders(standin)) == 1, timeout=30, message="the delivered reminder")
    time.sleep(1.5)  # a few more ticks: nothing more may arrive
    assert len(posted_reminders(standin)) == 1
    failed = [c for c in standin.calls_to("chat.postMessage") if c.failed_status]
    assert {c.failed_status for c in failed} == {429, 500}
    assert "could not post reminder" in http_bot.log_text()
    assert http_bot.alive
    with urllib.request.urlopen(http_bot.url + "/healthz", timeout=5) as health:
        assert health.status == 200
