"""The storage contract: the same stories, run on the SQLite file and on PostgreSQL.

Why: every feature writes its SQL once and runs it on whichever database the deployment names.
Each test here takes ``backend`` and runs twice, once on a SQLite file and once on a private
PostgreSQL 18 server that the suite starts itself (handlers/testing/postgres_server.py), each test in a
fresh schema; the PostgreSQL half is marked ``slow`` (it starts the server's processes). A
behaviour that differs between the backends fails on one of the two.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from bot.assistant import CyberBot, all_migrations
from bot.core.clock import SettableClock
from bot.core.config import Settings
from bot.core.replies import render_plain
from bot.core.router import Request
from bot.core.seen import SeenEvents
from bot.core.storage import CORE_MIGRATIONS, Migration, StorageError, effect_of, handled, open_storage, utc_iso
from handlers.testing.process import KNOWLEDGE
from bot.core.tenancy import acting_for
from bot.core.text import question_key
from handlers.testing.recording import RecordingMessenger
from handlers.testing.workspaces import Workspaces

START = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)

WIDGETS = (
    Migration("widgets", 1, """
        CREATE TABLE widgets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            shiny INTEGER NOT NULL DEFAULT 0,
            weight REAL,
            seen INTEGER NOT NULL DEFAULT 1,
            at TEXT
        );
        CREATE INDEX widgets_shiny ON widgets (name) WHERE shiny = 1;
    """),
    Migration("widgets", 2, "ALTER TABLE widgets ADD COLUMN colour TEXT;"),
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def env(request, tmp_path):
    """The environment a deployment sets, for one backend or the other."""
    values = {"CYBERBOT_DB": str(tmp_path / "cyberbot.db"), "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE),
              "CYBERBOT_TICK_SECONDS": "1"}
    if request.param == "postgresql":
        values["CYBERBOT_DATABASE_URL"] = request.getfixturevalue("pg_url")
    return values


@pytest.fixture
def settings_for(env):
    return Settings.from_env(env)


@pytest.fixture
def storage(settings_for):
    opened = open_storage(settings_for, WIDGETS)
    yield opened
    opened.close()


# -- the interface -----------------------------------------------------------------------------------
def test_migrations_run_once_and_are_recorded_by_component_and_version(settings_for):
    first = open_storage(settings_for, WIDGETS)
    first.execute("INSERT INTO widgets (name, colour) VALUES ('x', 'red')")
    first.close()
    again = open_storage(settings_for, WIDGETS)
    try:
        assert again.migrate(WIDGETS) == []
        assert ("widgets", 1) in again.applied_migrations() and ("widgets", 2) in again.applied_migrations()
        assert again.query("SELECT name, colour FROM widgets") == [{"name": "x", "colour": "red"}]
        assert {"widgets", "schema_migrations"} <= set(again.tables())
        assert again.columns("widgets")[-1] == "colour"
    finally:
        again.close()


def test_a_migration_that_fails_half_way_leaves_nothing_behind(storage):
    broken = Migration("broken", 1, "CREATE TABLE half (id INTEGER PRIMARY KEY); CREATE TABLE oops (;")
    with pytest.raises(Exception):
        storage.migrate([broken])
    assert "half" not in storage.tables()
    assert ("broken", 1) not in storage.applied_migrations()


def test_a_new_row_gives_its_id_back_and_ids_grow(storage):
    ids = []
    for name in ("a", "b", "c"):
        with storage.transaction() as tx:
            ids.append(tx.execute("INSERT INTO widgets (name) VALUES (?) RETURNING id", (name,)).fetchone()[0])
    assert ids == sorted(ids) and len(set(ids)) == 3
    assert storage.query("SELECT name FROM widgets WHERE id = ?", (ids[1],)) == [{"name": "b"}]


def test_an_insert_that_conflicts_does_nothing_and_says_so(storage):
    first = storage.write("INSERT INTO widgets (name) VALUES (?) ON CONFLICT DO NOTHING", ("once",))
    second = storage.write("INSERT INTO widgets (name) VALUES (?) ON CONFLICT DO NOTHING", ("once",))
    assert (first.rowcount, second.rowcount) == (1, 0)


def test_an_upsert_counts_up_from_the_existing_row(storage):
    for _ in range(3):
        with storage.transaction() as tx:
            tx.execute("INSERT INTO widgets (name, seen) VALUES (?, 1)"
                       " ON CONFLICT (name) DO UPDATE SET seen = widgets.seen + 1", ("counted",))
    assert storage.query("SELECT seen FROM widgets WHERE name = 'counted'") == [{"seen": 3}]


def test_flags_go_in_as_booleans_and_come_back_as_one_and_zero(storage):
    with storage.transaction() as tx:
        tx.executemany("INSERT INTO widgets (name, shiny, weight) VALUES (?, ?, ?)",
                       [("gold", True, 1.5), ("lead", False, 11.25)])
    rows = storage.query("SELECT name, shiny, weight FROM widgets WHERE shiny = ? ORDER BY name", (True,))
    assert rows == [{"name": "gold", "shiny": 1, "weight": 1.5}]


def test_named_parameters_and_percent_signs_mean_the_same_on_both(storage):
    storage.execute("INSERT INTO widgets (name, colour) VALUES (:name, :colour)", {"name": "100% cotton", "colour": "?"})
    rows = storage.query("SELECT name, colour FROM widgets WHERE name LIKE '%cotton' AND colour = ?", ("?",))
    assert rows == [{"name": "100% cotton", "colour": "?"}]
    assert storage.query("SELECT COUNT(*) AS n FROM widgets WHERE name LIKE '100%'") == [{"n": 1}]


def test_a_transaction_that_fails_leaves_nothing_behind(storage):
    with pytest.raises(ZeroDivisionError):
        with storage.transaction() as tx:
            tx.execute("INSERT INTO widgets (name) VALUES ('ghost')")
            1 / 0
    assert storage.query("SELECT COUNT(*) AS n FROM widgets") == [{"n": 0}]
    with pytest.raises(storage.IntegrityError):
        with storage.transaction() as tx:
            tx.execute("INSERT INTO widgets (name) VALUES ('twin')")
            tx.execute("INSERT INTO widgets (name) VALUES ('twin')")
    assert storage.query("SELECT COUNT(*) AS n FROM widgets") == [{"n": 0}]


def test_a_transaction_that_need_not_wait_for_the_disk_commits_or_fails_whole_like_any_other(storage):
    with storage.transaction(flush=False) as tx:
        tx.execute("INSERT INTO widgets (name) VALUES ('quick')")
        tx.execute("INSERT INTO widgets (name) VALUES ('quicker')")
    with pytest.raises(ZeroDivisionError):
        with storage.transaction(flush=False) as tx:
            tx.execute("INSERT INTO widgets (name) VALUES ('ghost')")
            1 / 0
    assert [row["name"] for row in storage.query("SELECT name FROM widgets ORDER BY name")] == ["quick", "quicker"]


def test_a_read_inside_a_transaction_sees_that_transactions_own_writes(storage):
    with storage.transaction() as tx:
        tx.execute("INSERT INTO widgets (name) VALUES ('fresh')")
        assert storage.query("SELECT name FROM widgets") == [{"name": "fresh"}]


def test_times_stored_as_text_sort_in_time_order(storage):
    moments = [START + timedelta(hours=h) for h in (30, -5, 0, 2)]
    for i, moment in enumerate(moments):
        storage.execute("INSERT INTO widgets (name, at) VALUES (?, ?)", (f"w{i}", utc_iso(moment)))
    due = storage.query("SELECT name FROM widgets WHERE at <= ? ORDER BY at", (utc_iso(START + timedelta(hours=1)),))
    assert [r["name"] for r in due] == ["w1", "w2"]


def test_many_threads_claiming_the_same_keys_each_get_a_key_once(storage):
    won: list[str] = []
    lock = threading.Lock()

    def claim(worker):
        for n in range(25):
            if storage.write("INSERT INTO widgets (name) VALUES (?) ON CONFLICT DO NOTHING", (f"k{n}",)).rowcount:
                with lock:
                    won.append(f"k{n}")

    threads = [threading.Thread(target=claim, args=(w,)) for w in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(won) == sorted(f"k{n}" for n in range(25))


def test_an_acked_commands_handled_mark_commits_with_its_first_write_or_not_at_all(settings_for):
    storage = open_storage(settings_for, (*CORE_MIGRATIONS, *WIDGETS))
    try:
        with pytest.raises(RuntimeError), effect_of("entry-1"):
            with storage.transaction() as tx:
                tx.execute("INSERT INTO widgets (name) VALUES ('a')")
                raise RuntimeError("the command fails before its commit")
        assert not handled(storage, "entry-1") and storage.query("SELECT name FROM widgets") == []
        with effect_of("entry-2"):
            storage.query("SELECT name FROM widgets")            # a read marks nothing
        assert not handled(storage, "entry-2")
        with effect_of("entry-1"):
            storage.write("INSERT INTO widgets (name) VALUES ('a')")   # a lone write carries the mark too
            with storage.transaction() as tx:                          # later writes are the command's own
                tx.execute("INSERT INTO widgets (name) VALUES ('b')")
        assert handled(storage, "entry-1") and not handled(storage, "entry-2")
        assert [r["name"] for r in storage.query("SELECT name FROM widgets ORDER BY name")] == ["a", "b"]
    finally:
        storage.close()


def test_a_slack_delivery_is_handled_the_first_time_only(settings_for):
    storage = open_storage(settings_for)
    seen = SeenEvents(storage, SettableClock(START))
    assert [seen.first_time("event:Ev1"), seen.first_time("event:Ev1"), seen.first_time("event:Ev2")] == \
        [True, False, True]
    seen.prune(START + timedelta(days=3))
    assert storage.query("SELECT COUNT(*) AS n FROM seen_events") == [{"n": 0}]
    storage.close()


# -- the whole bot on each backend --------------------------------------------------------------------
@pytest.fixture
def bot(settings_for, kb):
    clock = SettableClock(START)
    messenger = RecordingMessenger()
    made = CyberBot(settings_for, clock=clock, messenger=messenger, kb=kb)
    made.test_clock, made.test_messenger = clock, messenger
    yield made
    made.close()


def say(bot, text, user="U1", channel="C100"):
    return bot.handle(text, Request(user_id=user, channel_id=channel, surface="slash"))


def test_a_reminder_is_posted_once_when_due(bot):
    say(bot, "/cyber remind me in 2 hours to check the backups")
    say(bot, "/cyber remind #general every day at 10am patch Tuesday prep")
    bot.test_clock.advance(hours=2, minutes=1)
    bot.scheduler.tick()
    bot.scheduler.tick()
    texts = [sent.reply.text for sent in bot.test_messenger.posts]
    assert sorted(texts) == ["Reminder: check the backups", "Reminder: patch Tuesday prep"]
    assert len(set(bot.test_messenger.keys())) == 2


def test_a_poll_counts_each_person_once_and_announces_its_close_once(bot):
    say(bot, '/cyber poll "Patched yet?" "Yes" "No" closes in 1 hour')
    [poll_id] = [row["id"] for row in bot.storage.query("SELECT id FROM polls")]
    for user in ("U1", "U2", "U1"):
        bot.api("polls").cast(poll_id, 0, user)
    tally = bot.api("polls").store.tally(bot.api("polls").store.get(poll_id))
    assert tally.counts == (2, 0)
    bot.test_clock.advance(hours=1, seconds=1)
    bot.scheduler.tick()
    bot.scheduler.tick()
    results = [sent.reply for sent in bot.test_messenger.posts if "Patched yet?" in sent.reply.text]
    assert len(results) == 2, [r.text for r in results]   # the poll itself, then its results once
    assert bot.api("polls").store.get(poll_id).status == "closed"


def test_a_recurring_poll_posts_each_occurrence_once_and_a_nudge_is_claimed_once(bot):
    made = say(bot, '/cyber poll "Join the call?" "Yes" "No" every week on Thursday at 10:00')
    series_id = made.data["series_id"]
    polls = bot.api("polls")
    for _ in range(2):
        bot.test_clock.set(polls.series.get(series_id).next_at)
        bot.scheduler.tick()
        bot.scheduler.tick()
    ids = polls.series.poll_ids(series_id)
    assert len(ids) == 2 and len([s for s in bot.test_messenger.posts if s.reply.kind == "poll"]) == 2
    assert polls.nudges.claim(ids[-1], "U1", ["U2", "U3"], bot.test_clock.now()) is True
    assert polls.nudges.claim(ids[-1], "U1", ["U2", "U3"], bot.test_clock.now()) is False
    taken, recipient, team = polls.nudges.take()
    assert (taken.poll_id, taken.taken_over, recipient, team) == (ids[-1], False, "U2", "")


def test_a_done_click_on_a_channel_reminder_counts_once(bot):
    made = say(bot, "/cyber remind #general until done in 5 minutes send the return")
    reminder_id = made.data["reminder_ids"][0]
    bot.test_clock.advance(minutes=6)
    bot.scheduler.tick()
    acks = bot.api("reminders").acks
    reminder = bot.api("reminders").store.get(reminder_id)
    assert acks.done(reminder, "U2")[0] is True
    assert acks.done(reminder, "U2")[0] is False
    occurrence = acks.store.latest_posted(reminder_id)["occurrence"]
    assert acks.store.acked(reminder_id, occurrence) == ["U2"]
    assert acks.store.claim_round(reminder_id, occurrence, 1, bot.test_clock.now()) is True
    assert acks.store.claim_round(reminder_id, occurrence, 1, bot.test_clock.now()) is False


def test_a_question_the_bot_could_not_answer_is_listed_as_a_gap(bot):
    from bot.answers.gaps import GapLog

    for _ in range(2):
        assert not bot.answerer.answer("how many llamas guard the council firewall").answered
    listed = GapLog(bot.storage, bot.test_clock).gaps()
    assert [(g.kind, g.count) for g in listed] == [("unanswered", 2)]


def test_two_replicas_on_one_database_send_each_owner_one_weekly_digest(settings_for, tmp_path):
    """Two bots on one database, each its own lease owner, run the digest job at the same moment:
    one DM. Next week one claims it and dies before recording its post: the other waits out the
    lease, then finds that post by its key instead of sending a second."""
    import shutil

    from bot.answers import knowledge
    from bot.curator.store import DIGEST_LEASE

    folder = tmp_path / "owned"
    shutil.copytree(KNOWLEDGE, folder)
    people = folder / "people.yaml"
    text = people.read_text("utf-8")
    owned = text.replace('    as_of: "2018-05"   # the May 2018 Socitm article the roles come from\n',
                         '    as_of: "2018-05"\n    review_by: "2019-01"\n    owner: U0OWNER1\n', 1)
    assert owned != text
    people.write_text(owned, "utf-8")
    kb = knowledge.load(folder)
    clock = SettableClock(datetime(2026, 11, 30, 9, 1, tzinfo=timezone.utc))       # Monday 09:01
    messenger = RecordingMessenger()
    replicas = [CyberBot(settings_for, clock=clock, messenger=messenger, kb=kb) for _ in range(2)]
    try:
        for n, replica in enumerate(replicas):
            replica.api("curator").store.leases.owner = f"replica-{n}"
        _all_at_once(replicas, lambda replica: replica.api("curator").digest(clock.now()))
        assert [post.channel for post in messenger.posts] == ["U0OWNER1"]

        clock.advance(days=7)                                                       # the next Monday
        dying = replicas[0].api("curator").store
        assert dying.claim_digest("2026-W50", "U0OWNER1", clock.now()) == "new"
        messenger.post("U0OWNER1", replicas[0].handle("help", Request(user_id="U1", surface="dm")),
                       metadata={"event_type": "cyberbot_digest", "event_payload": {"key": "2026-W50:U0OWNER1"}})
        replicas[1].api("curator").digest(clock.now())                              # its lease is current
        clock.advance(seconds=DIGEST_LEASE.total_seconds() + 60)
        replicas[1].api("curator").digest(clock.now())                              # taken over
        replicas[1].api("curator").digest(clock.now())
        assert [post.channel for post in messenger.posts] == ["U0OWNER1", "U0OWNER1"]
        rows = replicas[1].api("curator").store.digests()
        assert [(r["week"], r["state"], r["lease_owner"]) for r in rows] == [("2026-W49", "posted", None),
                                                                            ("2026-W50", "posted", None)]
    finally:
        for replica in replicas:
            replica.close()


def test_two_replicas_on_one_database_post_each_recurring_poll_once_and_take_over_a_dead_ones_post(
        settings_for, kb):
    """Two bots on one database, each its own lease owner, tick at the same moment a series'
    occurrence comes due: one poll goes up. The next week one claims the occurrence, posts it and
    dies before recording it: the other waits out the lease, then finds that post by its key and
    records it instead of posting a second."""
    from bot.polls.commands import poll_metadata
    from bot.polls.series import POST_LEASE

    clock = SettableClock(START)
    messenger = RecordingMessenger()
    replicas = [CyberBot(settings_for, clock=clock, messenger=messenger, kb=kb) for _ in range(2)]
    try:
        for n, replica in enumerate(replicas):
            replica.api("polls").series.leases.owner = f"replica-{n}"
        series_id = say(replicas[0], '/cyber poll "Join the call?" "Yes" "No" every week on Thursday at 10:00'
                        ).data["series_id"]
        series = replicas[1].api("polls").series
        clock.set(series.get(series_id).next_at)
        _all_at_once(replicas, lambda replica: replica.scheduler.tick())

        def polls_posted():
            return [sent for sent in messenger.posts if sent.reply.kind == "poll"]

        assert len(polls_posted()) == 1 and len(series.poll_ids(series_id)) == 1

        clock.set(series.get(series_id).next_at)                                     # the next Thursday
        dying = replicas[0].api("polls")
        [(_team, poll_id)] = dying.series.claim_due(clock.now())
        poll = dying.store.get(poll_id)
        messenger.post(poll.channel_id, dying.render_message(poll), metadata=poll_metadata(poll_id))  # then killed
        replicas[1].scheduler.tick()                                                  # its lease is current
        taker = replicas[1].api("polls")
        assert len(polls_posted()) == 2 and taker.store.get(poll_id).message_ts is None
        clock.advance(seconds=POST_LEASE.total_seconds() + 1)
        replicas[1].scheduler.tick()                                                  # taken over
        replicas[1].scheduler.tick()
        assert len(polls_posted()) == 2
        assert taker.store.get(poll_id).message_ts == polls_posted()[-1].ts
        [row] = replicas[1].storage.query("SELECT post_claimed_by, post_lease_until, post_attempts FROM polls"
                                          " WHERE id = ?", (poll_id,))
        assert row == {"post_claimed_by": None, "post_lease_until": None, "post_attempts": 2}
    finally:
        for replica in replicas:
            replica.close()


def test_two_replicas_on_one_database_send_each_nudge_dm_once_and_take_over_a_dead_ones_dm(settings_for, kb):
    """Two bots on one database drain one poll's nudge queue at once, each its own lease owner:
    everyone not voted gets one DM. For the next poll one takes a DM, sends it and dies before
    finishing it: the other sends the rest, waits out that lease, then finds the DM by its key
    instead of sending a second."""
    from bot.core.messenger import idempotency_metadata
    from bot.polls import render
    from bot.polls.turnout import NUDGE_EVENT, NUDGE_LEASE, nudge_key

    clock = SettableClock(START)
    people = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8"]
    messenger = RecordingMessenger(members=people)
    replicas = [CyberBot(settings_for, clock=clock, messenger=messenger, kb=kb) for _ in range(2)]
    try:
        for n, replica in enumerate(replicas):
            replica.api("polls").nudges.leases.owner = f"replica-{n}"
            replica.api("polls").nudger.per_second = 200.0

        def nudged(poll_id):
            return sorted(sent.channel for sent in messenger.posts if sent.reply.kind == "poll_nudge_dm"
                          and (sent.metadata or {}).get("event_payload", {}).get("key", "").startswith(
                              f"nudge-{poll_id}-"))

        first = say(replicas[0], '/cyber poll "Patched yet?" "Yes" "No" closes in 2 hours').data["poll_id"]
        assert replicas[0].api("polls").nudges.claim(first, "U1", people[1:], clock.now())
        for replica in replicas:
            replica.api("polls").nudger.wake()
        for replica in replicas:
            assert replica.api("polls").nudger.wait_idle(10)
        assert nudged(first) == people[1:]
        assert replicas[1].api("polls").nudges.nudged(first)["sent"] == len(people) - 1

        second = say(replicas[0], '/cyber poll "Going to the summit?" "Yes" "No" closes in 2 hours').data["poll_id"]
        dying = replicas[0].api("polls")
        assert dying.nudges.claim(second, "U1", ["U2", "U3"], clock.now())
        held, recipient, _team = dying.nudges.take()
        assert (held.poll_id, recipient) == (second, "U2")
        messenger.post(recipient, render.nudge_message(dying.store.get(second)),
                       metadata=idempotency_metadata(NUDGE_EVENT, nudge_key(second, recipient)))   # then killed
        taker = replicas[1].api("polls")
        replicas[1].scheduler.tick()                                       # U2's lease is current
        assert taker.nudger.wait_idle(10)
        assert nudged(second) == ["U2", "U3"] and taker.nudges.waiting() == 1
        clock.advance(seconds=NUDGE_LEASE.total_seconds() + 1)
        replicas[1].scheduler.tick()                                       # taken over
        assert taker.nudger.wait_idle(10)
        assert nudged(second) == ["U2", "U3"] and taker.nudges.waiting() == 0
        assert taker.nudges.nudged(second)["sent"] == 2
    finally:
        for replica in replicas:
            replica.close()


def _all_at_once(replicas, work) -> None:
    """Each replica does ``work`` in its own thread, all starting at the same moment; what any
    of them raised is raised here, so a replica that failed fails the test."""
    together = threading.Barrier(len(replicas))

    def run(replica):
        together.wait(timeout=30)
        work(replica)

    with ThreadPoolExecutor(max_workers=len(replicas)) as pool:
        for done in [pool.submit(run, replica) for replica in replicas]:
            done.result()


def _until_done_reminder_posted(replica, clock):
    """A channel reminder `until done`, posted: (its id, the occurrence its re-nudges belong to)."""
    reminder_id = say(replica, "/cyber remind #general until done in 5 minutes send the return"
                      ).data["reminder_ids"][0]
    clock.advance(minutes=6)
    replica.scheduler.tick()
    return reminder_id, replica.api("reminders").acks.store.latest_posted(reminder_id)["occurrence"]


def _renudged(messenger, reminder_id):
    return sorted(sent.channel for sent in messenger.posts if sent.reply.kind == "reminder_renudge"
                  and (sent.metadata or {}).get("event_payload", {}).get("key", "").startswith(
                      f"renudge-{reminder_id}-"))


def test_two_replicas_on_one_database_drain_one_until_done_queue_and_each_person_gets_one_nudge(
        settings_for, kb):
    """Two bots on one database, each its own lease owner, drain one `until done` round's DMs at
    once: different DMs each. One DM reaches Slack but its answer never comes back, so its holder
    cannot finish it; once its lease runs out both replicas tick at the same moment, one takes it
    over, finds it by its key and does not send it again. Everyone has exactly one nudge."""
    from bot.reminders.acks import RENUDGE_LEASE

    clock = SettableClock(START)
    people = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8"]
    messenger = RecordingMessenger(members=people)
    replicas = [CyberBot(settings_for, clock=clock, messenger=messenger, kb=kb) for _ in range(2)]
    try:
        for n, replica in enumerate(replicas):
            replica.api("reminders").acks.store.leases.owner = f"replica-{n}"
            replica.api("reminders").acks.sender.per_second = 200.0
        reminder_id, occurrence = _until_done_reminder_posted(replicas[0], clock)
        store = replicas[1].api("reminders").acks.store
        assert store.claim_round(reminder_id, occurrence, 1, clock.now(), people)
        messenger.lose_answers(1)                      # the first DM is in Slack; its holder never hears
        for replica in replicas:
            replica.api("reminders").acks.sender.wake()
        for replica in replicas:
            assert replica.api("reminders").acks.sender.wait_idle(10)
        assert _renudged(messenger, reminder_id) == people and store.waiting() == 1

        clock.advance(seconds=RENUDGE_LEASE.total_seconds() + 1)
        _all_at_once(replicas, lambda replica: replica.scheduler.tick())
        for replica in replicas:
            assert replica.api("reminders").acks.sender.wait_idle(10)
        assert _renudged(messenger, reminder_id) == people and store.waiting() == 0
        [row] = store.storage.query("SELECT sent FROM reminder_renudges WHERE reminder_id = ? AND round = 1",
                                    (reminder_id,))
        assert row["sent"] == len(people)
    finally:
        for replica in replicas:
            replica.close()


def test_an_until_done_nudge_whose_holder_sent_it_and_died_is_taken_over_and_found_not_sent_again(
        settings_for, kb):
    """One bot takes a queued `until done` DM, sends it and is killed before finishing it. The
    other sends the rest of the round, leaves that DM while its lease is current, then takes it
    over, finds it by its key in the person's DM and does not send a second."""
    from bot.core.messenger import idempotency_metadata
    from bot.reminders.acks import RENUDGE_EVENT, RENUDGE_LEASE, renudge_key, renudge_message

    clock = SettableClock(START)
    messenger = RecordingMessenger(members=["U1", "U2", "U3"])
    replicas = [CyberBot(settings_for, clock=clock, messenger=messenger, kb=kb) for _ in range(2)]
    try:
        for n, replica in enumerate(replicas):
            replica.api("reminders").acks.store.leases.owner = f"replica-{n}"
            replica.api("reminders").acks.sender.per_second = 200.0
        reminder_id, occurrence = _until_done_reminder_posted(replicas[0], clock)
        dying = replicas[0].api("reminders").acks
        assert dying.store.claim_round(reminder_id, occurrence, 1, clock.now(), ["U2", "U3"])
        held, recipient, _team = dying.store.take()
        assert (held.reminder_id, held.round, held.taken_over, recipient) == (reminder_id, 1, False, "U2")
        reminder = dying.reminders.get(reminder_id)
        messenger.post(recipient, renudge_message(reminder, 1, 3, "<#general>"),
                       metadata=idempotency_metadata(RENUDGE_EVENT,
                                                     renudge_key(reminder_id, occurrence, 1, recipient)))  # killed
        taker = replicas[1].api("reminders").acks
        replicas[1].scheduler.tick()                                       # U2's lease is current
        assert taker.sender.wait_idle(10)
        assert _renudged(messenger, reminder_id) == ["U2", "U3"] and taker.store.waiting() == 1
        clock.advance(seconds=RENUDGE_LEASE.total_seconds() + 1)
        replicas[1].scheduler.tick()                                       # taken over
        assert taker.sender.wait_idle(10)
        assert _renudged(messenger, reminder_id) == ["U2", "U3"] and taker.store.waiting() == 0
        [row] = taker.store.storage.query("SELECT sent FROM reminder_renudges WHERE reminder_id = ? AND round = 1",
                                          (reminder_id,))
        assert row["sent"] == 2
    finally:
        for replica in replicas:
            replica.close()


# -- many workspaces on one database (bot.core.tenancy) -------------------------------------------------
@pytest.fixture
def two(settings_for, kb):
    """Workspaces TA and TB on one bot in OAuth mode, each posting through its own messenger."""
    clock = SettableClock(START)
    made = []

    def make(settings, **args):
        made.append(CyberBot(settings, clock=clock, messenger=RecordingMessenger(), kb=kb, **args))
        return made[-1]

    workspaces = Workspaces(make, settings_for, curators=("U1",))
    workspaces.clock = clock
    yield workspaces
    for bot in made:
        bot.close()


def test_two_workspaces_on_one_database_each_see_only_their_own_rows(two):
    mine = two.say("TA", "/cyber remind me tomorrow at 9am to check the backups").data["reminder_ids"][0]
    poll = two.say("TA", '/cyber poll "Patched yet?" "Yes" "No" closes in 1 hour').data["poll_id"]
    date = two.say("TA", "/cyber deadline add 31 March 2027 Stocktake return").data["id"]
    two.say("TA", "/cyber how many llamas guard the council firewall")
    assert "check the backups" in render_plain(two.say("TA", "/cyber reminders"))
    assert "check the backups" not in render_plain(two.say("TB", "/cyber reminders"))
    assert "Stocktake return" not in render_plain(two.say("TB", "/cyber deadlines"))
    with acting_for("TB"):
        polls = two.bot.api("polls")
        assert polls.store.get(poll) is None and polls.cast(poll, 0, "U1").kind == "error"
        assert two.bot.api("reminders").store.cancel(mine, "U1") is None
        assert two.bot.api("calendar").calendar.store.remove("deadline", date, "U1", START) is None
        assert two.bot.answerer.gaps.gaps() == []
    with acting_for("TA"):
        assert polls.store.tally(polls.store.get(poll)).voter_count == 0
        assert two.bot.api("reminders").store.get(mine).status == "active"
        assert [g.question for g in two.bot.answerer.gaps.gaps()] == ["how many llamas guard the council firewall"]


def test_each_workspaces_due_work_posts_through_its_own_messenger_until_it_is_stopped(two):
    two.say("TA", "/cyber remind me every day at 10am to check the backups")
    two.say("TB", "/cyber remind me every day at 10am to check the firewall")
    two.say("TB", '/cyber poll "Patched yet?" "Yes" "No" closes in 2 hours')
    two.clock.advance(hours=2, minutes=1)
    two.bot.scheduler.tick()
    two.bot.scheduler.tick()
    assert [s.reply.text for s in two.posts("TA", "reminder")] == ["Reminder: check the backups"]
    assert [s.reply.text for s in two.posts("TB", "reminder")] == ["Reminder: check the firewall"]
    assert len(two.posts("TB", "poll_results")) == 1 and two.posts("TA", "poll_results") == []
    two.uninstall("TA")
    assert two.bot.stop_team("TA")["reminders"] == 1
    two.clock.advance(days=1)
    two.bot.scheduler.tick()
    two.bot.scheduler.tick()
    assert len(two.posts("TA", "reminder")) == 1 and len(two.posts("TB", "reminder")) == 2


def test_one_person_marking_an_answer_not_helpful_in_two_workspaces_counts_in_each_and_changing_one_leaves_the_other(
        two):
    import json
    vote = json.dumps({"q": "what is web check", "id": "web-check"})
    # the same person id in both workspaces (an Enterprise Grid member), clicking under the same answer
    assert two.click("TA", "feedback_not_helpful", vote).ephemeral.kind == "feedback"
    assert two.click("TB", "feedback_not_helpful", vote).ephemeral.kind == "feedback"
    two.click("TB", "feedback_helpful", vote)              # they change their mind in B only
    with acting_for("TA"):
        assert [(g.kind, g.question, g.count) for g in two.bot.answerer.gaps.gaps()] == [
            ("not helpful", "what is web check", 1)]
    with acting_for("TB"):
        assert two.bot.answerer.gaps.gaps() == []
    assert sorted((r["team_id"], r["helpful"]) for r in two.bot.storage.query(
        "SELECT team_id, helpful FROM feedback")) == [("TA", 0), ("TB", 1)]


def test_rows_stored_before_workspaces_existed_stay_the_one_workspaces(settings_for, kb):
    before = [m for m in all_migrations() if not m.component.endswith("_workspaces")]
    old = open_storage(settings_for, before)
    old.execute("INSERT INTO reminders (owner, target, target_kind, what, zone, first_at, when_text, next_at, status,"
                " created_at) VALUES ('U1', 'U1', 'user', 'check the backups', 'Europe/London', ?, 'tomorrow', ?,"
                " 'active', ?)", (utc_iso(START + timedelta(days=1)),) * 2 + (utc_iso(START),))
    old.execute("INSERT INTO unanswered (question_key, question, count, first_seen, last_seen) VALUES"
                " (?, 'how many llamas?', 3, ?, ?)", (question_key("how many llamas?"),) + (utc_iso(START),) * 2)
    old.execute("INSERT INTO feedback (entry_id, question, question_key, user_id, helpful, at) VALUES"
                " ('web-check', 'what is web check', 'what is web check', 'U1', 0, ?)", (utc_iso(START),))
    old.close()
    bot = CyberBot(settings_for, clock=SettableClock(START), messenger=RecordingMessenger(), kb=kb)
    try:
        assert "check the backups" in render_plain(bot.handle("/cyber reminders", Request("U1", "C1", "slash",
                                                                                           team_id="T1")))
        assert [(g.question, g.count) for g in bot.answerer.gaps.gaps()] == [("how many llamas?", 3),
                                                                              ("what is web check", 1)]
        bot.answerer.gaps.record_unanswered("how many llamas?", None, 0.0)
        assert [(g.kind, g.count) for g in bot.answerer.gaps.gaps()] == [("unanswered", 4), ("not helpful", 1)]
        bot.answerer.gaps.record_feedback("what is web check", "web-check", "U1", helpful=True)   # the same vote, changed
        assert [g.kind for g in bot.answerer.gaps.gaps()] == ["unanswered"]
        assert len(bot.storage.query("SELECT id FROM feedback WHERE team_id = ''")) == 1
    finally:
        bot.close()


def test_with_a_database_url_no_sqlite_file_is_made(env, settings_for, tmp_path):
    storage = open_storage(settings_for, all_migrations())
    storage.close()
    made = (tmp_path / "cyberbot.db").exists()
    assert made == ("CYBERBOT_DATABASE_URL" not in env)


def test_cyberbot_db_migrate_applies_every_migration_once(env, cli_env):
    cli_env.update(env)
    run = [sys.executable, "-m", "bot", "db", "migrate"]
    first = subprocess.run(run, capture_output=True, text=True, env=cli_env, timeout=120)
    second = subprocess.run(run, capture_output=True, text=True, env=cli_env, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "applied reminders 1" in first.stdout and "new" in first.stdout
    assert second.returncode == 0 and "up to date" in second.stdout and "applied " not in second.stdout


def test_an_unreachable_postgresql_is_a_clear_error_not_a_hang(tmp_path):
    settings = Settings.from_env({"CYBERBOT_DB": str(tmp_path / "x.db"),
                                  "CYBERBOT_DATABASE_URL": f"postgresql://nobody@/cyberbot?host={tmp_path}"})
    with pytest.raises(StorageError, match="cannot reach PostgreSQL"):
        open_storage(settings, all_migrations())
    assert not (tmp_path / "x.db").exists()


def test_no_store_uses_sql_that_only_sqlite_runs():
    """A new store written the SQLite way would work in every SQLite test and fail in production
    on PostgreSQL; the spellings below have portable equivalents (ARCHITECTURE.md, Storage)."""
    import re
    from pathlib import Path

    sqlite_only = {r"\.lastrowid\b": "INSERT ... RETURNING id", r"INSERT\s+OR\s+(IGNORE|REPLACE)": "ON CONFLICT",
                   r"\.executescript\(": "a Migration", r"\bsqlite3\.": "storage.IntegrityError / StorageError"}
    root = Path(__file__).resolve().parent.parent / "bot"
    found = []
    for path in root.rglob("*.py"):
        if path.name in ("storage.py", "postgres.py"):
            continue
        if path.relative_to(root).as_posix() == "answers/zipf.py":
            continue   # a read-only cache file of English word frequencies, never the bot's database
        text = path.read_text()
        for pattern, instead in sqlite_only.items():
            if re.search(pattern, text):
                found.append(f"{path.relative_to(root.parent)}: {pattern} (use {instead})")
    assert found == []


# -- the one claim protocol (bot.core.leases) ---------------------------------------------------------
JOBS = (Migration("jobs", 1, """
    CREATE TABLE jobs (
        id INTEGER PRIMARY KEY,
        due_at TEXT NOT NULL,
        done INTEGER NOT NULL DEFAULT 0,
        tries INTEGER NOT NULL DEFAULT 0,
        lease_owner TEXT,
        lease_until TEXT
    );
"""),)


@pytest.fixture
def jobs(settings_for):
    from bot.core.leases import Leased

    opened = open_storage(settings_for, JOBS)
    with opened.transaction() as tx:
        tx.executemany("INSERT INTO jobs (due_at) VALUES (?)",
                       [(utc_iso(START + timedelta(seconds=n)),) for n in range(40)])
    yield opened, Leased("jobs", ("id",))
    opened.close()


def _claim(leases, spec, now, limit=10):
    with leases.storage.transaction() as tx:
        return [row["id"] for row in leases.claim(tx, spec, "done = 0 AND due_at <= ?", (utc_iso(now),), now, limit,
                                                   order_by="due_at", sets="tries = tries + 1")]


def test_replicas_claiming_due_work_together_each_take_different_rows(jobs):
    from bot.core.leases import Leases

    storage, spec = jobs
    now = START + timedelta(minutes=1)
    got: dict[int, list[int]] = {}
    barrier = threading.Barrier(4)

    def replica(n):
        leases = Leases(storage, owner=f"replica-{n}")
        barrier.wait()
        mine = []
        while batch := _claim(leases, spec, now, limit=3):
            mine += batch
        got[n] = mine

    threads = [threading.Thread(target=replica, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    everything = [job for mine in got.values() for job in mine]
    assert sorted(everything) == list(range(1, 41))
    assert storage.query("SELECT COUNT(*) AS n FROM jobs WHERE tries = 1") == [{"n": 40}]


def test_a_killed_owners_work_is_taken_over_once_its_lease_runs_out(jobs):
    from bot.core.leases import Leases

    storage, spec = jobs
    now = START + timedelta(minutes=1)
    killed, survivor = Leases(storage, owner="killed"), Leases(storage, owner="survivor")
    taken = _claim(killed, spec, now, limit=5)
    assert taken == [1, 2, 3, 4, 5]
    assert _claim(survivor, spec, now + timedelta(seconds=9), limit=5) == [6, 7, 8, 9, 10]   # not those five
    assert killed.renew(spec, now + timedelta(seconds=5)) == 5        # alive: the lease moves on
    assert _claim(survivor, spec, now + timedelta(seconds=14), limit=5) == [11, 12, 13, 14, 15]
    # killed -9: no more renewals; after its lease (10 s from the last renewal) the work moves over
    later = now + timedelta(seconds=16)
    storage.execute("UPDATE jobs SET done = 1 WHERE id > 5")
    assert _claim(survivor, spec, later, limit=10) == [1, 2, 3, 4, 5]
    rows = storage.query("SELECT lease_owner, tries FROM jobs WHERE id <= 5")
    assert {(r["lease_owner"], r["tries"]) for r in rows} == {("survivor", 2)}


def test_only_one_owner_wins_a_keyed_slot_until_it_expires(jobs):
    from bot.core.leases import Leases

    storage, spec = jobs
    a, b = Leases(storage, owner="a"), Leases(storage, owner="b")
    assert a.claim_key(spec, (7,), START, lease=timedelta(seconds=1))
    assert not b.claim_key(spec, (7,), START + timedelta(milliseconds=999), lease=timedelta(seconds=1))
    assert b.claim_key(spec, (7,), START + timedelta(seconds=1), lease=timedelta(seconds=1))


def test_on_postgresql_a_claim_passes_over_rows_another_replica_has_locked(pg_url, tmp_path):
    """SKIP LOCKED: while one replica's claim is still open, another takes other rows at once."""
    from bot.core.leases import Leased, Leases

    settings = Settings.from_env({"CYBERBOT_DB": str(tmp_path / "unused.db"), "CYBERBOT_DATABASE_URL": pg_url})
    storage = open_storage(settings, JOBS)
    spec = Leased("jobs", ("id",))
    try:
        storage.execute("INSERT INTO jobs (due_at) VALUES (?), (?), (?), (?)", (utc_iso(START),) * 4)
        holding, release = threading.Event(), threading.Event()
        first: list[int] = []

        def slow_replica():
            leases = Leases(storage, owner="slow")
            with storage.transaction() as tx:
                first.extend(r["id"] for r in leases.claim(tx, spec, "done = 0", (), START, 2))
                holding.set()
                release.wait(10)

        thread = threading.Thread(target=slow_replica)
        thread.start()
        assert holding.wait(10)
        began = datetime.now(timezone.utc)
        second = _claim(Leases(storage, owner="quick"), spec, START, limit=4)
        waited = datetime.now(timezone.utc) - began
        release.set()
        thread.join()
        assert first == [1, 2] and second == [3, 4] and waited < timedelta(seconds=2)
    finally:
        storage.close()


SCRIPT = [
    "/cyber help",
    "/cyber ask what is web check",
    "/cyber ask how many llamas guard the council firewall",
    "/cyber topics", "/cyber events", "/cyber deadlines",
    "/cyber deadline add 31 March 2027 Stocktake return https://example.org/stocktake",
    "/cyber event add 12 May 2027 Regional WARP meeting https://example.org/warp",
    "/cyber remind me in 2 hours to check the backups",
    "/cyber remind #general until done tomorrow 9am patch the VPN",
    "/cyber remind every Monday at 9am review the risk register",
    "/cyber remind me about stocktake",
    "/cyber reminders",
    '/cyber poll "Patched yet?" "Yes" "No" closes in 1 hour',
    '/cyber poll "Weekly check-in?" "Fine" "Busy" every Monday at 10:00',
    '/cyber poll pulse "How ready are we?"',
    "/cyber vote 1 Yes", "/cyber vote 2 4",
    "/cyber poll results 1", "/cyber poll nudge 1", "/cyber poll series 1",
    "/cyber ask-council how many llamas guard the council firewall",
    "/cyber poll close 1", "/cyber reminders cancel 1",
    "/cyber home",
]


def test_every_command_runs_on_both_backends_without_a_database_error(settings_for, kb, caplog):
    """Each feature's SQL on this backend, through the commands people type and a week of ticks."""
    import logging

    clock = SettableClock(START)
    messenger = RecordingMessenger()
    import dataclasses

    settings = dataclasses.replace(settings_for, curators=("U0CURATOR",), curator_channel="C0CURATORS")
    bot = CyberBot(settings, clock=clock, messenger=messenger, kb=kb)
    caplog.set_level(logging.ERROR)
    try:
        replies = []
        for line in SCRIPT:
            user = "U0CURATOR" if " add " in line else "U1"
            replies.append((line, bot.handle(line, Request(user_id=user, channel_id="C100", surface="console"))))
        counts = bot.storage.query("SELECT (SELECT COUNT(*) FROM polls) AS polls, (SELECT COUNT(*) FROM poll_votes)"
                                   " AS votes, (SELECT COUNT(*) FROM reminders) AS reminders,"
                                   " (SELECT COUNT(*) FROM council_dates) AS dates")[0]
        assert counts["polls"] == 2 and counts["votes"] == 2 and counts["reminders"] >= 3 and counts["dates"] == 2
        for _ in range(7 * 24):
            clock.advance(hours=1)
            bot.scheduler.tick()
        assert bot.scheduler.storage_fault is None
        assert bot.storage.query("SELECT COUNT(*) AS n FROM polls")[0]["n"] == 3   # the series' first poll
        replies.append(("/cyber poll stop 1", bot.handle("/cyber poll stop 1", Request(user_id="U1", channel_id="C100",
                                                                                          surface="console"))))
    finally:
        bot.close()
    broken = [(line, reply.text) for line, reply in replies
              if "something went wrong" in reply.text or "couldn't save or read" in reply.text]
    assert broken == []
    assert [r.getMessage() for r in caplog.records if r.exc_info] == []
    assert len(messenger.posts) > 5


def test_clicks_on_two_replicas_redraw_a_poll_at_most_once_a_second_in_total(pg_url, tmp_path, kb):
    """Each replica coalesces its own clicks; the redraw lease in the shared database makes the
    two together send at most one chat.update a second for the poll (Slack's limit). Replicas
    share PostgreSQL; a SQLite file has one process, whose own updater keeps to the limit."""
    settings_for = Settings.from_env({"CYBERBOT_DB": str(tmp_path / "unused.db"), "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE),
                                      "CYBERBOT_TICK_SECONDS": "1", "CYBERBOT_DATABASE_URL": pg_url})
    clock = SettableClock(START)
    sent_at: list[datetime] = []

    class Timed(RecordingMessenger):
        def update(self, channel, ts, reply):
            sent_at.append(clock.now())
            return super().update(channel, ts, reply)

    messenger = Timed()
    first = CyberBot(settings_for, clock=clock, messenger=messenger, kb=kb)
    second = CyberBot(settings_for, clock=clock, messenger=messenger, kb=kb)
    try:
        reply = first.handle('/cyber poll "Patched yet?" "Yes" "No"', Request(user_id="U1", channel_id="C100",
                                                                             surface="slash"))
        poll_id = reply.data["poll_id"]

        def click(bot, n):
            bot.handle_action(f"poll_vote_{n % 2}", f"{poll_id}:{n % 2}",
                              Request(user_id=f"U{n:03d}", channel_id="C100", surface="action"))

        click(first, 0)
        assert first.api("polls").updater.wait_idle(5)
        for n in range(1, 60):
            click(first if n % 2 else second, n)
        time.sleep(0.5)                        # the clock stands still: everything else is held back
        assert len(sent_at) == 1
        for _ in range(6):
            clock.advance(seconds=1.1)
            time.sleep(0.4)
        gaps = [b - a for a, b in zip(sent_at, sent_at[1:])]
        assert len(sent_at) >= 2 and all(gap >= timedelta(seconds=1) for gap in gaps), sent_at
        last = messenger.updates[-1].reply
        assert "60 people voted" in "\n".join([last.text] + [getattr(b, "mrkdwn", "") for b in last.blocks])
    finally:
        first.close()
        second.close()


def test_the_health_check_writes_and_says_locked_within_a_second_when_another_writer_holds_the_row(env):
    import time

    settings = Settings.from_env(env)
    opened = open_storage(settings, all_migrations())
    try:
        assert opened.health() == (True, "ok")
        assert opened.query("SELECT COUNT(*) AS n FROM health_check")[0]["n"] == 1    # a real write
        if opened.dialect.is_postgres:
            import psycopg

            other = psycopg.connect(env["CYBERBOT_DATABASE_URL"])
            other.execute("SELECT * FROM health_check WHERE id = 1 FOR UPDATE")        # holds the row
        else:
            import sqlite3

            other = sqlite3.connect(env["CYBERBOT_DB"], isolation_level=None)
            other.execute("BEGIN IMMEDIATE")
        try:
            started = time.perf_counter()
            assert opened.health() == (False, "locked")
            assert time.perf_counter() - started < 1.5
        finally:
            other.rollback()
            other.close()
        assert opened.health() == (True, "ok")
    finally:
        opened.close()
