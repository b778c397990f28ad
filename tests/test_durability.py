"""What a council can rely on when the disk or the database file misbehaves.

A confirmed write survives a crash; a database file that vanishes or is swapped while the bot
runs is noticed (health check fails, writes are refused, nobody is told "done"); a start that
would silently begin again with an empty database is refused with the file named; and a
storage fault is one log line when it starts and one when it ends, not a traceback per tick.
The clock is set by hand; nothing here sleeps for timing.
"""

from __future__ import annotations

import logging

import pytest

from bot.assistant import CyberBot
from bot.core.router import Request
from handlers.testing.recording import RecordingMessenger


@pytest.fixture
def make_bot(settings, kb, clock):
    made = []

    def make(**overrides):
        args = dict(clock=clock, kb=kb, messenger=RecordingMessenger())
        args.update(overrides)
        bot = CyberBot(settings, **args)
        made.append(bot)
        return bot

    yield make
    for bot in made:
        bot.close()


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
