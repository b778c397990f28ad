"""Faults a council's bot will meet in production, against the real ``cyberbot serve --http``
process and the stand-in Slack: the process killed mid-work, another program holding the
database, Slack rate-limiting, failing or hanging, and a damaged database file at start.

Each story ends the same way: nothing is lost, nothing happens twice, nothing is corrupted,
and the process is still there (or, at start, refuses clearly instead of carrying on).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from bot.assistant import all_migrations
from bot.core.storage import Storage
from handlers.testing.process import BotProcess, cyberbot_command
from handlers.testing.standin import app_mention

pytestmark = pytest.mark.slow  # every story here runs the real `cyberbot serve` process

POLL_EVENT = "cyberbot_poll"
RESULTS_EVENT = "cyberbot_poll_results"


# -- reading what the stand-in saw ------------------------------------------------------------------

def posts_of(slack, event_type: str) -> list:
    """chat.postMessage calls Slack accepted that carry ``event_type`` metadata."""
    return [c for c in slack.calls_to("chat.postMessage")
            if c.ok and (c.params.get("metadata") or {}).get("event_type") == event_type]


def attempts_of(slack, event_type: str) -> list:
    """Every chat.postMessage attempt for ``event_type``, accepted or not."""
    return [c for c in slack.calls_to("chat.postMessage")
            if (c.params.get("metadata") or {}).get("event_type") == event_type]


def shown(call) -> str:
    return json.dumps(call.params.get("blocks"), ensure_ascii=False)


def buttons_in(blocks) -> dict:
    """Button label -> button, from the Block Kit the bot sent."""
    return {e["text"]["text"]: e for b in blocks or [] if b.get("type") == "actions"
            for e in b.get("elements", []) if e.get("type") == "button"}


def updates_for(slack, ts: str) -> list:
    return [c for c in slack.calls_to("chat.update") if c.ok and c.params.get("ts") == ts]


def reply_text(slack, url: str, timeout: float = 15.0) -> str:
    [response] = slack.wait_for_responses(1, url=url, timeout=timeout)
    return json.dumps(response.body, ensure_ascii=False)


def announced(db_path, poll_id: int) -> bool:
    """The database says the poll's results were posted (and recorded as posted)."""
    with sqlite3.connect(db_path) as conn:
        row = conn.execute("SELECT announced FROM polls WHERE id = ?", (poll_id,)).fetchone()
    return bool(row and row[0])


def healthy(bot) -> bool:
    try:
        with urllib.request.urlopen(f"{bot.url}/healthz", timeout=5) as resp:
            return resp.status == 200
    except OSError:
        return False


def post_poll(bot, slack, text: str, user: str = "U1", channel: str = "C1"):
    """Post a poll with ``/cyber poll``; returns (poll id, message ts, buttons by label)."""
    before = len(posts_of(slack, POLL_EVENT))
    status, url = bot.slash(f"poll {text}", user_id=user, channel_id=channel)
    assert status == 200
    assert "is up" in reply_text(slack, url)
    slack.wait_until(lambda: len(posts_of(slack, POLL_EVENT)) > before, message="the poll message")
    post = posts_of(slack, POLL_EVENT)[-1]
    return (post.params["metadata"]["event_payload"]["poll_id"], post.response["ts"],
            buttons_in(post.params["blocks"]))


def vote(bot, slack, buttons: dict, label: str, user: str, ts: str, channel: str = "C1") -> str:
    button = buttons[label]
    status, url = bot.click(button["action_id"], button["value"], user_id=user, channel_id=channel,
                            message_ts=ts, button_text=label)
    assert status == 200
    return reply_text(slack, url)


# -- kill -9 while a poll closes ----------------------------------------------------------------------

def test_a_poll_closing_while_the_process_is_killed_again_and_again_posts_its_results_exactly_once(
        standin, tmp_path):
    bot = BotProcess(standin, tmp_path / "cyberbot.db", tick_seconds=0.1)
    bot.start()
    try:
        poll_id, ts, buttons = post_poll(bot, standin, '"Patched the VPN?" "Yes" "No" "Partly" closes in 4 seconds')
        for user, label in (("U2", "Yes"), ("U3", "Yes"), ("U4", "No"), ("U5", "Partly"), ("U6", "Yes")):
            assert "is in" in vote(bot, standin, buttons, label, user, ts)

        # Slack is slow to take the results post, and the process is killed while it waits.
        standin.delay_next("chat.postMessage", 3.0)
        standin.wait_until(lambda: attempts_of(standin, RESULTS_EVENT), timeout=15,
                           message="the scheduler to start posting the results")
        bot.kill()
        shaker = random.Random(7)
        for _ in range(4):                # and again, at odd moments, while it recovers
            bot.start()
            time.sleep(shaker.uniform(0.05, 0.6))
            bot.kill()
        bot.start()

        standin.wait_until(lambda: posts_of(standin, RESULTS_EVENT), timeout=20, message="the results post")
        # the killed process's claim is taken over once its lease (10 s) runs out
        standin.wait_until(lambda: announced(bot.db_path, poll_id), timeout=30, message="the results recorded")
        standin.wait_until(lambda: updates_for(standin, ts) and "(closed)" in shown(updates_for(standin, ts)[-1]),
                           timeout=15, message="the poll message redrawn as closed")
        bot.stop()   # whatever was still to happen has happened (or never will)
    finally:
        bot.stop()

    [results] = posts_of(standin, RESULTS_EVENT)
    assert results.params["metadata"]["event_payload"]["poll_id"] == poll_id
    assert results.params["channel"] == "C1"
    assert "60%" in shown(results) and "5 people voted" in shown(results)
    final = updates_for(standin, ts)[-1]
    assert buttons_in(final.params["blocks"]) == {}
    assert "60% (3 votes)" in shown(final) and "20% (1 vote)" in shown(final) and "5 people voted" in shown(final)


def test_a_kill_right_after_slack_took_the_results_does_not_post_them_twice(standin, tmp_path):
    bot = BotProcess(standin, tmp_path / "cyberbot.db", tick_seconds=0.1)
    bot.start()
    try:
        poll_id, ts, buttons = post_poll(bot, standin, '"MFA on for all admins?" "Yes" "No" closes in 3 seconds')
        vote(bot, standin, buttons, "Yes", "U2", ts)
        vote(bot, standin, buttons, "No", "U3", ts)
        standin.wait_until(lambda: posts_of(standin, RESULTS_EVENT), timeout=15, message="the results post")
        bot.kill()                         # perhaps before it wrote down that it had posted
        bot.start()
        bot.restart(hard=True)
        # the killed process's claim is taken over once its lease (10 s) runs out
        standin.wait_until(lambda: announced(bot.db_path, poll_id), timeout=30, message="the results recorded")
        standin.wait_until(lambda: updates_for(standin, ts) and "(closed)" in shown(updates_for(standin, ts)[-1]),
                           timeout=15, message="the poll message redrawn as closed")
        bot.stop()
    finally:
        bot.stop()
    [results] = posts_of(standin, RESULTS_EVENT)
    assert "50%" in shown(results) and "2 people voted" in shown(results)


# -- another program holds the database ---------------------------------------------------------------

def test_while_another_program_holds_the_database_for_two_seconds_requests_wait_and_nothing_breaks(
        http_bot, standin):
    poll_id, ts, buttons = post_poll(http_bot, standin, '"Reviewed the risk register?" "Yes" "No"')
    holder = sqlite3.connect(http_bot.db_path, isolation_level=None, timeout=10, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")    # e.g. an admin's backup script, or a second bot writing
    holder.execute("INSERT INTO seen_events (event_id, at) VALUES ('the-other-writer', '2026-01-01T00:00:00.000000Z')")
    locked_at = time.monotonic()
    try:
        new_status, new_url = http_bot.slash('poll "Lunch at the summit?" "Sandwiches" "Salad"', user_id="U1")
        button = buttons["Yes"]
        click_status, click_url = http_bot.click(button["action_id"], button["value"], user_id="U2",
                                                 channel_id="C1", message_ts=ts)
        mention = app_mention("<@UBOT> What is Web Check?", user="U3")
        event_status, _ = http_bot.event(mention)
        assert (new_status, click_status, event_status) == (200, 200, 200)   # Slack hears back at once
        time.sleep(max(0.0, 2.0 - (time.monotonic() - locked_at)))
    finally:
        holder.execute("COMMIT")
        holder.close()

    created, voted = reply_text(standin, new_url), reply_text(standin, click_url)
    assert "is up" in created or "try again" in created.lower()
    assert "is in" in voted or "click again" in voted.lower()
    standin.wait_until(lambda: any(c.params.get("thread_ts") == mention["ts"]
                                   for c in standin.successful_calls_to("chat.postMessage")),
                       timeout=15, message="the mention's answer")
    assert healthy(http_bot) and http_bot.alive
    http_bot.stop()
    with sqlite3.connect(http_bot.db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT COUNT(*) FROM seen_events WHERE event_id = 'the-other-writer'").fetchone() == (1,)
        votes = conn.execute("SELECT voter FROM poll_votes WHERE poll_id = ?", (poll_id,)).fetchall()
        polls = conn.execute("SELECT question FROM polls ORDER BY id").fetchall()
    assert votes == ([("U2",)] if "is in" in voted else [])
    expected = [("Reviewed the risk register?",)] + ([("Lunch at the summit?",)] if "is up" in created else [])
    assert polls == expected


def test_a_database_held_for_longer_than_the_bot_waits_gets_a_kind_try_again_and_stores_nothing_half_made(
        http_bot, standin):
    holder = sqlite3.connect(http_bot.db_path, isolation_level=None, timeout=10)
    holder.execute("BEGIN IMMEDIATE")
    try:
        _, url = http_bot.slash('poll "Lunch at the summit?" "Sandwiches" "Salad"', user_id="U1")
        told = reply_text(standin, url, timeout=20)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "try again" in told.lower() and "Traceback" not in told
    assert posts_of(standin, POLL_EVENT) == []          # no poll message without a poll behind it
    assert healthy(http_bot)
    _, url = http_bot.slash('poll "Lunch at the summit?" "Sandwiches" "Salad"', user_id="U1")
    assert "is up" in reply_text(standin, url)           # and once the lock is gone, it just works


def test_someone_reading_the_database_while_the_bot_runs_never_takes_its_data_away(http_bot, standin):
    """An admin's ``sqlite3 cyberbot.db`` (or a backup script) opens and closes the file while the
    bot works. The bot's write-ahead log must survive them: when it was deleted under the bot,
    votes vanished and requests failed with "disk I/O error"."""
    poll_id, ts, buttons = post_poll(http_bot, standin, '"Tabletop exercise this quarter?" "Yes" "No"')
    vote(http_bot, standin, buttons, "Yes", "U100", ts)
    standin.wait_until(lambda: updates_for(standin, ts), timeout=10, message="the live update")
    wal = Path(http_bot.db_path + "-wal")
    for n in range(1, 31):
        assert "is in" in vote(http_bot, standin, buttons, ("Yes", "No")[n % 2], f"U{100 + n}", ts)
        reader = sqlite3.connect(http_bot.db_path)
        assert reader.execute("SELECT COUNT(*) FROM poll_votes WHERE poll_id = ?", (poll_id,)).fetchone() == (n + 1,)
        reader.close()
        assert wal.exists(), f"the bot's write-ahead log was deleted by a reader after vote {n}"
    assert "disk I/O error" not in http_bot.log_text()
    _, url = http_bot.slash(f"poll results {poll_id}", user_id="U100")
    assert "31 people voted" in reply_text(standin, url)


# -- Slack's Web API rate-limiting, failing and hanging -----------------------------------------------

def answers_in_thread(slack, ts: str) -> list:
    return [c for c in slack.successful_calls_to("chat.postMessage") if c.params.get("thread_ts") == ts]


def request_log_line(bot, who: str, timeout: float = 10.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        lines = [line for line in bot.log_text().splitlines() if "slack what=" in line and f"who={who} " in line]
        if lines:
            return lines[-1]
        time.sleep(0.05)
    raise AssertionError(f"no request log line for {who}:\n{bot.log_text()}")


def test_a_mention_answer_slack_rate_limits_or_fails_once_is_retried_and_arrives_once(
        http_bot, standin):
    for status, user in ((429, "U31"), (500, "U32")):
        standin.fail_next("chat.postMessage", status=status, retry_after=1)
        mention = app_mention("<@UBOT> What is Web Check?", user=user)
        http_bot.event(mention)
        standin.wait_until(lambda: answers_in_thread(standin, mention["ts"]), timeout=15, message="the answer")
        [answer] = answers_in_thread(standin, mention["ts"])
        assert "Web Check" in shown(answer)
        tries = [c.failed_status for c in standin.calls_to("chat.postMessage")
                 if c.params.get("thread_ts") == mention["ts"]]
        assert tries == [status, None]
        assert "outcome=answer" in request_log_line(http_bot, user)


def test_a_mention_answer_slack_keeps_failing_is_looked_for_not_doubled_and_the_bot_carries_on(
        http_bot, standin):
    """A 5xx may come after Slack stored the post, so the answer is never resent blindly: it is
    looked for in the thread, sent once more, looked for again, and then left (no apology that
    could land under an answer Slack has after all)."""
    standin.fail_next("chat.postMessage", status=500, count=2)
    mention = app_mention("<@UBOT> What is Web Check?", user="U33")
    http_bot.event(mention)
    line = request_log_line(http_bot, "U33", timeout=20)
    assert "outcome=post_unknown" in line
    assert len(standin.calls_to("chat.postMessage")) == 2
    assert len(standin.calls_to("conversations.replies")) == 2
    assert http_bot.alive and healthy(http_bot)
    later = app_mention("<@UBOT> What is Web Check?", user="U34")
    http_bot.event(later)
    standin.wait_until(lambda: answers_in_thread(standin, later["ts"]), timeout=15, message="the next answer")
    assert answers_in_thread(standin, mention["ts"]) == []


def test_a_poll_post_slack_rate_limits_once_goes_up_once(http_bot, standin):
    standin.fail_next("chat.postMessage", status=429, retry_after=1)
    poll_id, _, buttons = post_poll(http_bot, standin, '"Cyber Essentials renewed?" "Yes" "No"')
    assert list(buttons) == ["Yes", "No"]
    assert [c.failed_status for c in attempts_of(standin, POLL_EVENT)] == [429, None]


def test_a_poll_slack_will_not_take_is_not_left_half_made_and_the_creator_is_told(http_bot, standin):
    standin.fail_next("chat.postMessage", status=429, count=4, retry_after=0)    # every retry refused
    _, url = http_bot.slash('poll "Cyber Essentials renewed?" "Yes" "No"', user_id="U1")
    told = reply_text(standin, url, timeout=20)
    assert "couldn't post the poll" in told
    assert len(attempts_of(standin, POLL_EVENT)) == 4
    assert "could not post poll" in http_bot.log_text()
    assert http_bot.alive and healthy(http_bot)
    with sqlite3.connect(http_bot.db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM polls").fetchone() == (0,)


def test_a_poll_slack_answers_with_5xx_again_and_again_is_kept_and_goes_up_once_when_slack_recovers(
        http_bot, standin):
    """A 5xx does not say the poll was not stored, so it is never deleted on one: it is kept,
    looked for, and posted once Slack takes it."""
    standin.fail_next("chat.postMessage", status=500, count=3)
    _, url = http_bot.slash('poll "Cyber Essentials renewed?" "Yes" "No"', user_id="U1")
    told = reply_text(standin, url, timeout=20)
    assert "didn't confirm" in told and "poll 1" in told
    standin.wait_until(lambda: posts_of(standin, POLL_EVENT), timeout=30, message="the poll, once Slack takes it")
    standin.wait_until(lambda: announced_message(http_bot.db_path, 1), timeout=10, message="its message recorded")
    assert len(attempts_of(standin, POLL_EVENT)) == 4
    assert len([m for m in standin.messages("C1") if (m.get("metadata") or {}).get("event_type") == POLL_EVENT]) == 1


def announced_message(db_path, poll_id: int) -> bool:
    with sqlite3.connect(db_path) as conn:
        row = conn.execute("SELECT message_ts FROM polls WHERE id = ?", (poll_id,)).fetchone()
    return bool(row and row[0])


def test_slack_hanging_past_the_timeout_is_looked_for_before_posting_again_and_each_post_arrives_once(
        http_bot, standin):
    standin.delay_next("chat.postMessage", 20.0, count=2)    # longer than the client waits (15 s)
    mention = app_mention("<@UBOT> What is Web Check?", user="U35")
    http_bot.event(mention)
    _, url = http_bot.slash('poll "Backups tested this month?" "Yes" "No"', user_id="U36")
    told = reply_text(standin, url, timeout=40)
    assert "is up" in told
    standin.wait_until(lambda: answers_in_thread(standin, mention["ts"]), timeout=40, message="the answer")
    [answer] = answers_in_thread(standin, mention["ts"])
    assert "Web Check" in shown(answer)
    assert "outcome=answer" in request_log_line(http_bot, "U35")
    assert http_bot.alive and healthy(http_bot)
    assert len(posts_of(standin, POLL_EVENT)) == 1
    with sqlite3.connect(http_bot.db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM polls WHERE message_ts IS NOT NULL").fetchone() == (1,)


# -- a damaged or read-only database at start -----------------------------------------------------------

def fingerprint(path: Path) -> tuple[str, ...]:
    """What is on disk: the database file's bytes, and which files sit beside it."""
    return (hashlib.sha256(path.read_bytes()).hexdigest(), *sorted(p.name for p in path.parent.iterdir()))


def serve_once(bot: BotProcess, as_nobody: bool = False) -> subprocess.CompletedProcess:
    command = cyberbot_command() + ["serve", "--http"]
    if as_nobody and os.geteuid() == 0:     # root ignores permission bits
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
    return subprocess.run(command, env=bot.env, cwd=bot.folder, capture_output=True, text=True, timeout=60)


def refused_clearly(result: subprocess.CompletedProcess, words: str) -> None:
    assert result.returncode != 0, result.stdout + result.stderr
    assert words in result.stderr and "CYBERBOT_DB" not in result.stdout
    assert "Traceback" not in result.stderr
    assert "listening" not in result.stderr


def test_serve_refuses_a_file_that_is_not_a_database_and_leaves_it_alone(standin, tmp_path):
    path = tmp_path / "cyberbot.db"
    path.write_bytes(b"minutes of the cyber board, not a database\n" * 200)
    before = fingerprint(path)
    result = serve_once(BotProcess(standin, path))
    refused_clearly(result, "not a SQLite database")
    assert str(path) in result.stderr
    assert fingerprint(path) == before
    assert standin.calls == []


def test_serve_refuses_a_damaged_database_and_leaves_it_alone(standin, tmp_path):
    path = tmp_path / "cyberbot.db"
    Storage(path, migrations=all_migrations()).close()
    data = bytearray(path.read_bytes())
    data[100:] = b"\xa5" * (len(data) - 100)           # the header survives, the pages do not
    path.write_bytes(bytes(data))
    before = fingerprint(path)
    result = serve_once(BotProcess(standin, path))
    refused_clearly(result, "corrupt")
    assert fingerprint(path) == before


def test_serve_refuses_a_read_only_database_and_leaves_it_alone(standin):
    folder = Path(tempfile.mkdtemp(prefix="cyberbot-ro-"))   # not under /root: nobody must reach it
    try:
        os.chmod(folder, 0o755)
        path = folder / "cyberbot.db"
        storage = Storage(path, migrations=all_migrations())
        storage.execute("INSERT INTO seen_events (event_id, at) VALUES ('kept', '2026-01-01T00:00:00.000000Z')")
        storage.close()
        os.chmod(path, 0o444)
        before = fingerprint(path)
        result = serve_once(BotProcess(standin, path), as_nobody=True)
        refused_clearly(result, "read-only")
        assert fingerprint(path) == before
    finally:
        shutil.rmtree(folder, ignore_errors=True)
