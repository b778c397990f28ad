"""Anonymous votes stay anonymous to whoever gets hold of the database file.

The key that hashes voters lives in ``CYBERBOT_SECRET_KEY`` or a 0600 key file beside the
database, never inside it. The attack tried here is the one that used to work: take every value
stored anywhere in the database file as a candidate key and test every user id in the
workspace against the stored hashes. With the file alone it finds nobody; with the key file as
well it finds everybody, which shows the attack is real and says exactly what must be guarded.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import os
import re
import sqlite3
import stat
import subprocess
import sys

import pytest

from bot.assistant import CyberBot, all_migrations
from bot.core.config import ConfigError, Settings
from bot.core.install_key import KeyMissing, key_path
from bot.core.messenger import ConsoleMessenger
from bot.core.router import Request
from bot.core.storage import Storage
from bot.polls.store import PollStore
from handlers.testing.process import KNOWLEDGE

WORKSPACE = [f"U{n:04d}" for n in range(1, 401)]     # everyone the attacker could try


class _Quiet:
    def write(self, text):
        pass

    def flush(self):
        pass


def make_bot(settings, clock, kb):
    return CyberBot(settings, clock=clock, kb=kb, messenger=ConsoleMessenger(out=_Quiet()))


def anonymous_poll_with_voters(bot, clock, voters) -> int:
    reply = bot.handle('/cyber poll "Reported a phish this month?" "Yes" "No" anonymous',
                       Request(user_id="U9999", channel_id="C1", surface="slash"))
    poll_id = reply.data["poll_id"]
    polls = bot.api("polls")
    for n, voter in enumerate(voters):
        polls.cast(poll_id, n % 2, voter)
    clock.advance(seconds=5)
    return poll_id


def candidate_keys(db_path) -> list[bytes]:
    """Every value in every table of the database file, as the bytes a key might be."""
    found = []
    with sqlite3.connect(db_path) as conn:
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        found.append(value.encode())
                        if re.fullmatch(r"(?:[0-9a-f]{2}){16,}", value):
                            found.append(bytes.fromhex(value))
                    elif isinstance(value, bytes):
                        found.append(value)
    return found


def recovered(db_path, keys: list[bytes]) -> set[str]:
    """Who voted in anonymous polls, by testing every workspace user id under every key."""
    with sqlite3.connect(db_path) as conn:
        stored = set(conn.execute("SELECT v.poll_id || ':' || v.voter FROM poll_votes v"
                                  " JOIN polls p ON p.id = v.poll_id WHERE p.anonymous = 1").fetchall())
        polls = [r[0] for r in conn.execute("SELECT id FROM polls WHERE anonymous = 1")]
    stored = {s[0] for s in stored}
    named = set()
    for key in keys:
        for poll_id in polls:
            for user in WORKSPACE:
                digest = hmac.new(key, f"{poll_id}:{user}".encode(), hashlib.sha256).hexdigest()
                if f"{poll_id}:{digest}" in stored:
                    named.add(user)
    return named


def test_the_database_file_alone_names_no_anonymous_voter_but_with_the_key_file_everyone(settings, clock, kb):
    voters = WORKSPACE[:250]
    bot = make_bot(settings, clock, kb)
    anonymous_poll_with_voters(bot, clock, voters)
    bot.close()

    assert recovered(settings.db_path, candidate_keys(settings.db_path)) == set()
    key_file = key_path(settings.db_path)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = bytes.fromhex(key_file.read_text().strip())
    raw = open(settings.db_path, "rb").read()
    assert key not in raw and key.hex().encode() not in raw
    assert recovered(settings.db_path, [key]) == set(voters)       # what the key file must be guarded for


def test_an_older_database_has_its_key_moved_out_and_open_polls_still_know_their_voters(settings, clock, kb):
    storage = Storage(settings.db_path, all_migrations())          # as the bot left it before
    legacy = os.urandom(32)
    with storage.transaction() as tx:
        tx.execute("INSERT INTO poll_secret (id, secret) VALUES (1, ?)", (legacy.hex(),))
    old = PollStore(storage, voter_key=legacy)
    poll = old.create(kind="poll", question="Tabletop exercise booked?", question_key="tabletop",
                      options=("Yes", "No"), creator_id="U9999", channel_id="C1", zone="Europe/London",
                      now=clock.now(), closes_at=None, anonymous=True, multiple=False, hidden=False)
    for voter in WORKSPACE[:30]:
        old.vote(poll.id, voter, 0, clock.now())
    assert recovered(settings.db_path, candidate_keys(settings.db_path)) == set(WORKSPACE[:30])  # the old hole
    storage.close()

    bot = make_bot(settings, clock, kb)
    polls = bot.api("polls")
    assert "already voted" in polls.cast(poll.id, 0, WORKSPACE[0]).text      # recognised after the move
    assert polls.store.tally(polls.store.get(poll.id)).voter_count == 30
    bot.close()
    assert bytes.fromhex(key_path(settings.db_path).read_text().strip()) == legacy
    with sqlite3.connect(settings.db_path) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'poll_secret'").fetchall() == []
        assert conn.execute("SELECT COUNT(*) FROM poll_votes").fetchone() == (30,)
    for path in (settings.db_path, settings.db_path + "-wal"):
        if os.path.exists(path):
            raw = open(path, "rb").read()
            assert legacy.hex().encode() not in raw and legacy not in raw, path
    assert recovered(settings.db_path, candidate_keys(settings.db_path)) == set()


def test_a_key_from_the_environment_is_used_and_no_key_file_is_made(tmp_path, clock, kb):
    env = {"CYBERBOT_DB": str(tmp_path / "env.db"), "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE),
           "CYBERBOT_SECRET_KEY": "k" * 40}
    settings = Settings.from_env(env)
    bot = make_bot(settings, clock, kb)
    anonymous_poll_with_voters(bot, clock, WORKSPACE[:5])
    bot.close()
    assert not key_path(settings.db_path).exists()
    assert recovered(settings.db_path, [b"k" * 40]) == set(WORKSPACE[:5])
    assert recovered(settings.db_path, candidate_keys(settings.db_path)) == set()
    with pytest.raises(ConfigError, match="at least 32 characters"):
        Settings.from_env(dict(env, CYBERBOT_SECRET_KEY="short"))


def test_a_key_file_others_could_read_is_made_private_again(settings, clock, kb):
    make_bot(settings, clock, kb).close()
    path = key_path(settings.db_path)
    os.chmod(path, 0o644)
    make_bot(settings, clock, kb).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_lost_key_file_stops_the_start_naming_it_until_a_new_key_is_made_on_purpose(settings, clock, kb):
    first = make_bot(settings, clock, kb)
    poll_id = anonymous_poll_with_voters(first, clock, WORKSPACE[:3])
    first.close()
    path = key_path(settings.db_path)
    path.unlink()                                                   # lost: not in the backup, say
    with pytest.raises(KeyMissing) as refused:
        make_bot(settings, clock, kb)
    message = str(refused.value)
    assert str(path.resolve()) in message and "3 anonymous vote(s)" in message
    assert "CYBERBOT_SECRET_KEY" in message and "--init" in message
    assert not path.exists()                                        # no new key made behind anyone's back

    again = make_bot(dataclasses.replace(settings, init=True), clock, kb)    # a new key, on purpose
    assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert again.api("polls").store.tally(again.api("polls").store.get(poll_id)).voter_count == 3
    again.close()
    make_bot(settings, clock, kb).close()                          # and from then on, as usual


def test_a_database_with_no_anonymous_votes_yet_just_makes_a_new_key_file(settings, clock, kb):
    bot = make_bot(settings, clock, kb)
    bot.handle('/cyber poll "Patched?" "Yes" "No"', Request(user_id="U9999", channel_id="C1", surface="slash"))
    bot.close()
    key_path(settings.db_path).unlink()
    make_bot(settings, clock, kb).close()
    assert key_path(settings.db_path).exists()


def test_with_a_key_in_the_environment_a_missing_key_file_changes_nothing(tmp_path, clock, kb):
    settings = Settings.from_env({"CYBERBOT_DB": str(tmp_path / "env.db"), "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE),
                                  "CYBERBOT_SECRET_KEY": "k" * 40})
    bot = make_bot(settings, clock, kb)
    poll_id = anonymous_poll_with_voters(bot, clock, WORKSPACE[:4])
    bot.close()
    bot = make_bot(settings, clock, kb)
    assert "already voted" in bot.api("polls").cast(poll_id, 0, WORKSPACE[0]).text
    bot.close()
    assert not key_path(settings.db_path).exists()


def test_cyberbot_started_without_its_lost_key_file_says_so_in_one_line_and_exits(settings, clock, kb, cli_env):
    bot = make_bot(settings, clock, kb)
    anonymous_poll_with_voters(bot, clock, WORKSPACE[:2])
    bot.close()
    key_path(settings.db_path).unlink()
    chat = subprocess.run([sys.executable, "-m", "bot", "chat"], input="", capture_output=True, text=True,
                          timeout=120, env=dict(cli_env, CYBERBOT_DB=settings.db_path))
    assert chat.returncode == 1 and "cannot start: the anonymous voters' key file" in chat.stderr
    assert "Traceback" not in chat.stderr and not key_path(settings.db_path).exists()
