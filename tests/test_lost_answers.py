"""Slack stored the post, then the answer was lost: nothing may be posted twice.

A connection reset, or a 5xx, after Slack has stored a ``chat.postMessage`` leaves the bot
unable to tell whether the post exists. Sending it again blindly (slack-sdk's retry handlers
did) posts it twice: 60 reminders once gave 82 posts. These stories run the real Web API
client and messenger against the stand-in Slack, which can store a post and then reset the
connection or answer 500; the process-level stories (reminders, polls, answers under every
fourth answer lost) are marked slow.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timedelta, timezone

import pytest
from slack_sdk.errors import SlackApiError

from bot.assistant import all_migrations
from bot.core.config import Settings
from bot.core.messenger import PostOutcomeUnknown, idempotency_metadata
from bot.core.replies import Reply
from bot.core.storage import Storage
from handlers.app import build_client
from handlers.slack_messenger import SlackMessenger
from handlers.testing.process import BotProcess
from handlers.testing.standin import app_mention
from handlers.testing.seeding import DueReminder, insert_due_reminders

REMINDER_EVENT = "cyberbot_reminder"
POLL_EVENT = "cyberbot_poll"
RESULTS_EVENT = "cyberbot_poll_results"
ANSWER_EVENT = "cyberbot_answer"


def client_for(slack):
    return build_client(Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": slack.api_url},
                                          load_dotenv_file=False))


def stored(slack, channel: str, event_type: str) -> list[dict]:
    """Messages Slack holds in a channel (threads included) that carry ``event_type`` metadata."""
    return [m for m in slack.messages(channel) if (m.get("metadata") or {}).get("event_type") == event_type]


# -- the Web API client never resends a post on its own ------------------------------------------

@pytest.mark.parametrize("how", ["reset", "5xx"])
def test_a_post_whose_answer_is_lost_is_not_sent_again_by_the_client(standin, how):
    standin.fail_after_storing("chat.postMessage", how, count=1)
    client = client_for(standin)
    with pytest.raises((OSError, SlackApiError)):
        client.chat_postMessage(channel="C1", text="Patch Tuesday tomorrow")
    assert len(standin.calls_to("chat.postMessage")) == 1
    assert len(standin.messages("C1")) == 1


def test_reads_are_still_retried_after_a_5xx_and_a_rate_limit_is_still_waited_out(standin):
    standin.fail_next("conversations.history", status=500)
    client = client_for(standin)
    assert client.conversations_history(channel="C1")["ok"]
    assert [c.failed_status for c in standin.calls_to("conversations.history")] == [500, None]
    standin.fail_next("chat.postMessage", status=429, retry_after=1)
    started = time.monotonic()
    assert client.chat_postMessage(channel="C1", text="Patch Tuesday tomorrow")["ok"]
    assert time.monotonic() - started >= 1.0
    assert [c.failed_status for c in standin.calls_to("chat.postMessage")] == [429, None]
    assert len(standin.messages("C1")) == 1


# -- the messenger finds a stored post by its key ---------------------------------------------------

@pytest.mark.parametrize("how", ["reset", "5xx"])
def test_a_post_slack_stored_but_did_not_confirm_is_found_by_its_key_and_not_posted_again(standin, how):
    messenger = SlackMessenger(client_for(standin))
    standin.fail_after_storing("chat.postMessage", how, count=1)
    posted = messenger.post("C1", Reply.simple("Backups tested?"),
                            metadata=idempotency_metadata("cyberbot_test", "k-1"))
    [message] = standin.messages("C1")
    assert posted.ts == message["ts"] and message["metadata"]["event_payload"]["key"] == "k-1"
    assert len(standin.calls_to("chat.postMessage")) == 1


def test_an_answer_in_a_thread_slack_stored_but_did_not_confirm_is_found_in_the_thread(standin):
    messenger = SlackMessenger(client_for(standin))
    parent = standin.add_message("C1", "@cyberbot what is Web Check?")
    standin.fail_after_storing("chat.postMessage", "reset", count=1)
    posted = messenger.post("C1", Reply.simple("Web Check is..."), thread_ts=parent)
    replies = [m for m in standin.messages("C1") if m.get("thread_ts") == parent and m["ts"] != parent]
    assert [m["ts"] for m in replies] == [posted.ts]
    assert [c.method for c in standin.calls if c.method.startswith("conversations")] == ["conversations.replies"]


def test_every_post_carries_an_idempotency_key_even_when_the_caller_gave_none(standin):
    messenger = SlackMessenger(client_for(standin))
    messenger.post("C1", Reply.simple("one"))
    messenger.post("C1", Reply.simple("two"))
    keys = [m["metadata"]["event_payload"]["key"] for m in standin.messages("C1")]
    assert len(keys) == 2 and len(set(keys)) == 2 and all(keys)


def test_a_post_that_was_not_stored_is_sent_once_more_after_looking(standin):
    messenger = SlackMessenger(client_for(standin))
    standin.fail_next("chat.postMessage", status=503)        # refused before storing
    messenger.post("C1", Reply.simple("Backups tested?"))
    assert [c.failed_status for c in standin.calls_to("chat.postMessage")] == [503, None]
    assert len(standin.messages("C1")) == 1


def test_when_the_post_cannot_be_found_or_ruled_out_the_messenger_says_so_instead_of_guessing(standin):
    messenger = SlackMessenger(client_for(standin))
    standin.fail_after_storing("chat.postMessage", "reset", count=1)
    standin.fail_next("conversations.history", status=500, count=3)   # history is down too
    with pytest.raises(PostOutcomeUnknown):
        messenger.post("C1", Reply.simple("Backups tested?"))
    assert len(standin.calls_to("chat.postMessage")) == 1 and len(standin.messages("C1")) == 1


# -- the real process: reminders, polls and answers with every fourth answer lost -------------------

def insert_channel_reminders(db_path, count: int, due: datetime, channel: str = "C1") -> None:
    storage = Storage(db_path, migrations=all_migrations())
    try:
        with storage.transaction() as tx:
            insert_due_reminders(tx, (DueReminder("U1", channel, "channel", f"check backups {i}", due)
                                      for i in range(count)), created=due - timedelta(hours=1))
    finally:
        storage.close()


def run_lost_answer_story(standin, tmp_path, how: str, reminders: int, polls: int, mentions: int):
    """Everything the bot posts, with every fourth chat.postMessage stored and its answer lost."""
    db = tmp_path / "cyberbot.db"
    insert_channel_reminders(db, reminders, datetime.now(timezone.utc) + timedelta(seconds=4))
    # The fault is on before the bot starts: on a slow machine the reminders fall due while it starts.
    standin.fail_after_storing("chat.postMessage", how, every=4)
    bot = BotProcess(standin, db, tick_seconds=0.2)
    bot.start()
    try:
        for i in range(polls):
            status, _ = bot.slash(f'poll "Patched box {i}?" "Yes" "No" closes in 3 seconds', user_id="U7")
            assert status == 200
        threads = []
        for i in range(mentions):
            mention = app_mention(f"<@UBOT> What is Web Check? ({i})", user=f"U{100 + i}", channel="C2")
            threads.append(mention["ts"])
            assert bot.event(mention)[0] == 200
        standin.wait_until(
            lambda: (len(stored(standin, "C1", REMINDER_EVENT)) >= reminders
                     and len(stored(standin, "C1", RESULTS_EVENT)) >= polls
                     and len(stored(standin, "C2", ANSWER_EVENT)) >= mentions),
            timeout=90, message="every reminder, poll result and answer")
        time.sleep(1.5)   # anything posted twice would arrive by now
        bot.stop()
    finally:
        bot.stop()
    lost = [c for c in standin.calls_to("chat.postMessage") if c.lost_answer]
    return lost, threads


@pytest.mark.slow
@pytest.mark.parametrize("how", ["reset", "5xx"])
def test_with_every_fourth_answer_lost_reminders_polls_results_and_answers_are_each_posted_once(
        standin, tmp_path, how):
    lost, threads = run_lost_answer_story(standin, tmp_path, how, reminders=24, polls=6, mentions=12)
    assert len(lost) >= 10                                    # the fault really struck, often
    reminder_keys = [m["metadata"]["event_payload"]["key"] for m in stored(standin, "C1", REMINDER_EVENT)]
    assert len(reminder_keys) == 24 and len(set(reminder_keys)) == 24
    poll_ids = [m["metadata"]["event_payload"]["poll_id"] for m in stored(standin, "C1", POLL_EVENT)]
    assert sorted(poll_ids) == list(range(1, 7))
    result_ids = [m["metadata"]["event_payload"]["poll_id"] for m in stored(standin, "C1", RESULTS_EVENT)]
    assert sorted(result_ids) == list(range(1, 7))
    answers = stored(standin, "C2", ANSWER_EVENT)
    assert sorted(m["thread_ts"] for m in answers) == sorted(threads)


@pytest.mark.slow
def test_a_poll_whose_post_outcome_is_unknown_is_kept_and_reconciled_never_left_a_ghost(standin, tmp_path):
    """Slack stores the poll, the answer is lost, and history is down too: the creator must not be
    told it failed while the poll sits in the channel with buttons that lead nowhere."""
    bot = BotProcess(standin, tmp_path / "cyberbot.db", tick_seconds=0.2)
    bot.start()
    try:
        standin.fail_after_storing("chat.postMessage", "reset", count=1)
        standin.fail_next("conversations.history", status=500, count=3)
        _, url = bot.slash('poll "Tabletop exercise booked?" "Yes" "No"', user_id="U1")
        [told] = standin.wait_for_responses(1, url=url, timeout=20)
        assert "didn't confirm" in str(told.body) and "couldn't post" not in str(told.body)
        [message] = stored(standin, "C1", POLL_EVENT)
        poll_id = message["metadata"]["event_payload"]["poll_id"]

        def recorded() -> bool:
            with sqlite3.connect(bot.db_path) as conn:
                row = conn.execute("SELECT message_ts FROM polls WHERE id = ?", (poll_id,)).fetchone()
            return bool(row and row[0] == message["ts"])

        standin.wait_until(recorded, timeout=20, message="the poll's message recorded after reconciling")
        yes = message["blocks"][-1]["elements"][0] if message["blocks"][-1].get("type") == "actions" else None
        button = yes or next(e for b in message["blocks"] if b.get("type") == "actions" for e in b["elements"])
        _, vote_url = bot.click(button["action_id"], button["value"], user_id="U2", channel_id="C1",
                                message_ts=message["ts"])
        [voted] = standin.wait_for_responses(1, url=vote_url, timeout=15)
        assert "is in" in str(voted.body)
        standin.wait_until(lambda: any(c.ok and c.params.get("ts") == message["ts"]
                                       for c in standin.calls_to("chat.update")),
                           timeout=15, message="the reconciled poll message kept current")
        bot.stop()
    finally:
        bot.stop()
    assert len(stored(standin, "C1", POLL_EVENT)) == 1
