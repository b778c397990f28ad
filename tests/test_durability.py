"""What a council can rely on when the disk or the database file misbehaves.

A confirmed write survives a crash; a database file that vanishes or is swapped while the bot
runs is noticed (health check fails, writes are refused, nobody is told "done"); a start that
would silently begin again with an empty database is refused with the file named; and a
storage fault is one log line when it starts and one when it ends, not a traceback per tick.
The clock is set by hand; nothing here sleeps for timing.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from bot.assistant import CyberBot
from bot.core.config import Settings
from bot.core.router import Request
from bot.core.storage import StorageMissing
from handlers.testing.process import KNOWLEDGE, BotProcess, cyberbot_command
from handlers.testing.recording import RecordingMessenger


def say(bot, text, user="U1", channel="C1"):
    return bot.handle("/cyber " + text, Request(user_id=user, channel_id=channel, surface="slash"))


def storage_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "bot.core.scheduler"]


def test_a_read_only_database_is_one_log_line_when_it_starts_and_one_when_it_ends_not_one_per_tick(
        make_bot, clock, caplog):
    bot = make_bot()
    assert say(bot, "remind in 1 minute check the firewall rules").kind == "reminder_set"
    clock.advance(minutes=2)
    bot.storage.conn.execute("PRAGMA query_only = ON")          # the filesystem went read-only
    caplog.set_level(logging.INFO)
    for _ in range(200):
        bot.scheduler.tick()
        clock.advance(seconds=15)
    lines = storage_lines(caplog)
    assert len(lines) == 1 and "storage fault" in lines[0] and "readonly" in lines[0].replace("-", "")
    assert not [r for r in caplog.records if r.exc_info]        # no traceback either
    bot.storage.conn.execute("PRAGMA query_only = OFF")         # fixed
    bot.scheduler.tick()
    bot.scheduler.tick()
    lines = storage_lines(caplog)
    assert len(lines) == 2 and "works again" in lines[1]
    posted = [sent.metadata for sent in bot.messenger.posts
              if sent.metadata and sent.metadata["event_type"] == "cyberbot_reminder"]
    assert len(posted) == 1                                     # and the reminder went out, once


# -- the database file deleted or replaced while running, and at the next start --------------------

def _log_lines(caplog, text: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if text in r.getMessage()]


def test_a_database_deleted_while_running_refuses_writes_says_so_once_and_confirms_nothing(
        make_bot, settings, clock, caplog):
    bot = make_bot()
    assert say(bot, "remind in 10 minutes rotate the backup keys").kind == "reminder_set"
    assert bot.storage.health() == (True, "ok")
    os.unlink(settings.db_path)                                    # someone tidies the folder
    caplog.set_level(logging.INFO)
    for _ in range(3):
        reply = say(bot, "remind in 5 minutes check the firewall rules")
        assert reply.kind == "error" and "I'll remind" not in reply.text and "couldn't save" in reply.text
    assert bot.storage.health() == (False, "missing")
    [line] = [r.getMessage() for r in caplog.records if r.name == "bot.core.storage"]   # once per episode
    assert "was deleted while the bot was running" in line and os.path.abspath(settings.db_path) in line
    assert len(_log_lines(caplog, "storage error: the database file")) == 3     # and each refusal says why
    clock.advance(minutes=11)
    for _ in range(50):
        bot.scheduler.tick()
    assert len(storage_lines(caplog)) == 1
    assert [p for p in bot.messenger.posts if p.metadata and p.metadata["event_type"] == "cyberbot_reminder"] == []


def test_a_database_replaced_while_running_refuses_writes(make_bot, settings, tmp_path):
    bot = make_bot()
    copy = tmp_path / "copy.db"
    shutil.copy(settings.db_path, copy)
    os.replace(copy, settings.db_path)                             # restored over the top while running
    reply = say(bot, "remind in 5 minutes check the firewall rules")
    assert reply.kind == "error" and "I'll remind" not in reply.text
    assert bot.storage.health() == (False, "replaced")


def test_a_database_that_was_here_and_is_gone_stops_the_start_naming_the_file_until_init(settings, kb, clock):
    bot = CyberBot(settings, clock=clock, kb=kb, messenger=RecordingMessenger())
    assert say(bot, "remind tomorrow 9am submit the stocktake").kind == "reminder_set"
    bot.close()
    for leftover in (settings.db_path, settings.db_path + "-wal", settings.db_path + "-shm"):
        if os.path.exists(leftover):
            os.unlink(leftover)
    with pytest.raises(StorageMissing) as refused:
        CyberBot(settings, clock=clock, kb=kb, messenger=RecordingMessenger())
    assert os.path.abspath(settings.db_path) in str(refused.value) and "--init" in str(refused.value)
    assert not os.path.exists(settings.db_path)                    # and no empty database was left behind
    fresh = CyberBot(dataclasses.replace(settings, init=True), clock=clock, kb=kb,
                     messenger=RecordingMessenger())
    assert "no reminders" in say(fresh, "reminders").text           # started afresh, on purpose
    fresh.close()
    CyberBot(settings, clock=clock, kb=kb, messenger=RecordingMessenger()).close()   # and again


def test_a_first_start_on_a_fresh_machine_just_works_and_leaves_a_marker(tmp_path, kb, clock):
    settings = Settings.from_env({"CYBERBOT_DB": str(tmp_path / "new" / "cyberbot.db"),
                                  "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE)})
    (tmp_path / "new").mkdir()
    bot = CyberBot(settings, clock=clock, kb=kb, messenger=RecordingMessenger())
    assert bot.storage.health() == (True, "ok")
    bot.close()
    assert os.path.exists(settings.db_path + ".marker")


def test_health_answers_locked_within_a_fraction_of_a_second_while_another_process_holds_the_database(
        make_bot, settings):
    bot = make_bot()
    other = sqlite3.connect(settings.db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")                               # another writer holds the lock
    try:
        started = time.perf_counter()
        assert bot.storage.health() == (False, "locked")
        assert time.perf_counter() - started < 1.0
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert bot.storage.health() == (True, "ok")


def test_every_connection_commits_with_synchronous_full_and_only_delivery_ids_and_install_links_skip_the_flush(
        make_bot, clock):
    from bot.core.installations import OAuthStates
    from bot.core.seen import SeenEvents

    bot = make_bot()
    storage = bot.storage
    storage.write("INSERT INTO seen_events (event_id, at) VALUES ('E1', 'now')")
    assert SeenEvents(storage, clock).first_time("Ev2") and not SeenEvents(storage, clock).first_time("Ev2")
    states = OAuthStates(storage, "state-secret", clock=clock)
    state = states.issue()                              # anyone's hit on the install link: not flushed
    with pytest.raises(RuntimeError):
        with storage.transaction(flush=False) as tx:   # a failed one leaves the connection as it was
            tx.execute("INSERT INTO seen_events (event_id, at) VALUES ('E3', 'now')")
            raise RuntimeError("half way")
    assert storage.query("SELECT event_id FROM seen_events WHERE event_id = 'E3'") == []
    assert states.consume(state)
    for conn in (storage.conn, storage._writer()):
        assert conn.execute("PRAGMA synchronous").fetchone() == (2,)      # 2 = FULL


# -- the same through `cyberbot serve --http` and the console ------------------------------------------

def _get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


@pytest.mark.slow
def test_serve_says_503_when_its_database_is_deleted_or_locked_and_will_not_restart_empty(standin, tmp_path):
    db = tmp_path / "cyberbot.db"
    bot = BotProcess(standin, db)
    bot.start()
    try:
        assert _get(f"{bot.url}/healthz") == (200, {"ok": True, "database": "ok"})
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        started = time.perf_counter()
        assert _get(f"{bot.url}/healthz") == (503, {"ok": False, "database": "locked"})
        assert time.perf_counter() - started < 2.0
        other.execute("ROLLBACK")
        other.close()
        assert _get(f"{bot.url}/healthz")[0] == 200

        os.unlink(db)
        assert _get(f"{bot.url}/healthz") == (503, {"ok": False, "database": "missing"})
        _, url = bot.slash("remind in 5 minutes check the firewall rules", user_id="U5")
        [told] = standin.wait_for_responses(1, url=url, timeout=15)
        assert "couldn't save" in json.dumps(told.body) and "I'll remind" not in json.dumps(told.body)
        assert "was deleted while the bot was running" in bot.log_text()
    finally:
        bot.stop()

    env = dict(bot.env)
    started = subprocess.run(cyberbot_command() + ["serve", "--http"], env=env, cwd=tmp_path, capture_output=True,
                             text=True, timeout=60)
    assert started.returncode == 1
    assert str(db) in started.stderr and "--init" in started.stderr and not db.exists()
    chat_env = {k: v for k, v in env.items() if not k.startswith("SLACK_")}
    chat = subprocess.run(cyberbot_command() + ["chat", "--init"], env=chat_env, cwd=tmp_path, input="/cyber reminders\n",
                          capture_output=True, text=True, timeout=60)
    assert chat.returncode == 0, chat.stderr
    assert "no reminders" in chat.stdout and db.exists()
