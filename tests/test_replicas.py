"""Several `cyberbot serve --http` replicas on one PostgreSQL database behave as one bot.

Why: a council's infosec team will not accept one process as the only thing between them and a
missed stocktake deadline. Three replicas share one database behind the stand-in Slack; work
falls due while replicas are killed with SIGKILL and started again at random; every reminder and
every poll's results are posted, and none twice (the one claim protocol, bot.core.leases, and
the idempotency key each post carries). A Slack delivery that reaches two replicas is answered
once.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest

from bot.assistant import all_migrations
from bot.core.config import Settings
from bot.core.storage import open_storage, utc_iso
from handlers.testing.process import BotProcess
from handlers.testing.standin.payloads import app_mention
from handlers.testing.seeding import DueReminder, insert_due_reminders

pytestmark = pytest.mark.slow   # each story runs three real `cyberbot serve` processes

REMINDER_EVENT, POLL_EVENT, RESULTS_EVENT = "cyberbot_reminder", "cyberbot_poll", "cyberbot_poll_results"


def posts_of(slack, event_type: str) -> list:
    return [c for c in slack.calls_to("chat.postMessage")
            if c.ok and (c.params.get("metadata") or {}).get("event_type") == event_type]


def replicas_on(standin, tmp_path, pg_url, count=3):
    made = []
    for n in range(count):
        folder = tmp_path / f"replica-{n}"
        folder.mkdir()
        # CYBERBOT_DB names a file that must never appear: the database is PostgreSQL
        made.append(BotProcess(standin, folder / "cyberbot.db", tick_seconds=0.2,
                               extra_env={"CYBERBOT_DATABASE_URL": pg_url}))
    return made


def start_until_up(replica: BotProcess) -> None:
    """Start it, and again if it was killed while starting."""
    for _ in range(20):
        try:
            replica.start()
            return
        except AssertionError:
            continue


def test_three_replicas_killed_at_random_post_every_reminder_and_poll_result_exactly_once(standin, tmp_path, pg_url):
    replicas = replicas_on(standin, tmp_path, pg_url)
    for replica in replicas:
        replica.start()
    try:
        # 20 polls posted through the replicas, as council leads would
        for i in range(20):
            status, _url = replicas[i % 3].slash(f'poll "Patched server {i}?" "Yes" "No"', user_id=f"U{i}",
                                                 channel_id="C1")
            assert status == 200
        standin.wait_until(lambda: len(posts_of(standin, POLL_EVENT)) == 20, timeout=30, message="20 polls")

        storage = open_storage(Settings.from_env({"CYBERBOT_DB": str(tmp_path / "never.db"),
                                                  "CYBERBOT_DATABASE_URL": pg_url}), all_migrations())
        now = datetime.now(timezone.utc)
        spread = 8.0
        with storage.transaction() as tx:
            insert_due_reminders(tx, (
                DueReminder(f"U{i % 25:03d}", *((f"U{i % 25:03d}", "user") if i % 2 else (f"C{i % 7:03d}", "channel")),
                            f"task {i}", now + timedelta(seconds=1 + spread * i / 300))
                for i in range(300)), created=now)
            poll_ids = [r[0] for r in tx.execute("SELECT id FROM polls ORDER BY id").fetchall()]
            for n, poll_id in enumerate(poll_ids):
                tx.execute("UPDATE polls SET closes_at = ? WHERE id = ?",
                           (utc_iso(now + timedelta(seconds=1 + spread * n / 20)), poll_id))

        # SIGKILL a replica every half second or so, starting or serving (at times all three are
        # down); each is started again in the background, as a platform restarts a crashed container
        shaker = random.Random(18)
        kills, restarters = 0, {}
        stop_killing = time.monotonic() + spread + 3
        while time.monotonic() < stop_killing:
            time.sleep(shaker.uniform(0.3, 0.8))
            victim = shaker.choice([r for r in replicas if r.alive] or replicas)
            process = victim.process     # its restarter may be replacing it: kill this one
            if process is not None and process.poll() is None:
                process.kill()
                process.wait(10)
                kills += 1
            if not (victim.port in restarters and restarters[victim.port].is_alive()):
                restarters[victim.port] = threading.Thread(target=start_until_up, args=(victim,))
                restarters[victim.port].start()
        for thread in restarters.values():
            thread.join(90)
        assert all(r.alive for r in replicas)
        standin.wait_until(lambda: len(posts_of(standin, REMINDER_EVENT)) >= 300
                           and len(posts_of(standin, RESULTS_EVENT)) >= 20, timeout=60,
                           message="300 reminders and 20 poll results")
        recorded = ("SELECT (SELECT COUNT(*) FROM reminder_deliveries WHERE state = 'posted') AS reminders,"
                    " (SELECT COUNT(*) FROM polls WHERE announced = 1) AS polls")
        standin.wait_until(lambda: storage.query(recorded) == [{"reminders": 300, "polls": 20}], timeout=30,
                           message="every post recorded")
        time.sleep(1.0)   # a few more ticks on every replica: nothing more may arrive
        storage.close()
    finally:
        for replica in replicas:
            replica.stop()
    reminders = Counter(c.params["metadata"]["event_payload"]["key"] for c in posts_of(standin, REMINDER_EVENT))
    results = Counter(c.params["metadata"]["event_payload"]["key"] for c in posts_of(standin, RESULTS_EVENT))
    assert kills >= 5
    assert len(reminders) == 300 and max(reminders.values()) == 1, [k for k, n in reminders.items() if n > 1]
    assert len(results) == 20 and max(results.values()) == 1, [k for k, n in results.items() if n > 1]
    assert not any((tmp_path / f"replica-{n}" / "cyberbot.db").exists() for n in range(3))


def test_the_same_slack_delivery_reaching_two_replicas_is_answered_once(standin, tmp_path, pg_url):
    first, second = replicas_on(standin, tmp_path, pg_url, count=2)
    first.start()
    second.start()
    try:
        mention = app_mention("<@UBOT> What is Web Check?", user="U3")
        assert first.event(mention, event_id="Ev0REPLICA")[0] == 200
        assert second.event(mention, event_id="Ev0REPLICA", retry=1)[0] == 200
        other = app_mention("<@UBOT> What is Web Check?", user="U4")
        assert second.event(other, event_id="Ev0OTHER")[0] == 200

        def answers_to(event):
            return [c for c in standin.successful_calls_to("chat.postMessage") if c.params.get("thread_ts") == event["ts"]]

        standin.wait_until(lambda: answers_to(mention) and answers_to(other), timeout=20, message="both answers")
        time.sleep(1.0)
        assert len(answers_to(mention)) == 1 and len(answers_to(other)) == 1
    finally:
        first.stop()
        second.stop()
