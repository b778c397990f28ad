"""Acks that wait for nothing, commands that survive the ack, and a server that stays up.

Against the real ``cyberbot serve`` process:

* another program holds the database for ten seconds (``BEGIN EXCLUSIVE`` in a child process):
  slash commands, clicks, submitted forms and Socket Mode envelopes are still acked within
  100 ms, and every person hears back once the lock is gone (the answer, or a kind "try
  again"; for a form, that it was saved, or that it was not and to submit it again);
* a ``/cyber remind`` or a vote acked in the first moments after a start, and the process
  killed with SIGKILL right after the ack: after a restart the reminder exists and the vote
  counts; killed after the reminder or vote was saved but before its inbox entry was marked
  done: after a restart there is still exactly one;
* a thousand connections that never finish their headers, under a 1,024 file-descriptor limit:
  ``/healthz`` and Slack's requests are still answered;
* sixteen unsigned clients posting ~1 MB bodies as fast as they can: Slack's own requests are
  still acked promptly.
"""

from __future__ import annotations

import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

import pytest

from handlers.crashpoints import BEFORE_DONE_MARK, BEFORE_REPLY
from handlers.testing.hostile import hostile_client
from handlers.testing.process import BotProcess
from handlers.testing.standin import FORM_CONTENT_TYPE, interactive_form, view_submission_payload

pytestmark = pytest.mark.slow


def hold_database(db_path, seconds: float) -> subprocess.Popen:
    """Another process takes the database with BEGIN EXCLUSIVE and keeps it ``seconds``."""
    code = ("import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(float(sys.argv[2]))\n"
            "c.execute('ROLLBACK')\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(db_path), str(seconds)], stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def timed(fn) -> tuple[object, float]:
    started = time.perf_counter()
    result = fn()
    return result, (time.perf_counter() - started) * 1000


def said(slack, url: str, timeout: float = 30.0) -> str:
    [response] = slack.wait_for_responses(1, url=url, timeout=timeout)
    return str(response.body)


def heard(slack, url: str, at_least: int = 1, timeout: float = 30.0) -> list[str]:
    """Everything posted to ``url``, once at least ``at_least`` posts have come."""
    return [str(r.body) for r in slack.wait_for_responses(at_least, url=url, timeout=timeout)]


def usual_or_done_note(answers: list[str], usual: str, note: str) -> bool:
    """After a kill -9 at an unknown moment: the usual answer, or (killed after the effect was
    committed, before the answer) the restart's note that it was done, or (killed in the moment
    between the answer and the inbox's done mark) the answer and then the note. Never silence,
    never the usual answer twice."""
    return answers in ([usual], [note], [usual, note])


def create_poll(bot, slack) -> tuple[int, str]:
    _, url = bot.slash('poll "Patched the VPN?" "Yes" "No"', user_id="U1")
    assert "is up" in said(slack, url)
    post = [c for c in slack.calls_to("chat.postMessage") if c.ok][-1]
    return post.params["metadata"]["event_payload"]["poll_id"], post.response["ts"]


def test_with_the_database_locked_for_ten_seconds_commands_and_clicks_are_acked_within_100ms(
        standin, tmp_path):
    bot = BotProcess(standin, tmp_path / "cyberbot.db")
    bot.start()
    try:
        poll_id, ts = create_poll(bot, standin)
        holder = hold_database(bot.db_path, 10)
        acks, urls = [], []
        try:
            for i in range(10):
                (status, url), ms = timed(lambda i=i: bot.slash(f"remind in 2 hours renew cert {i}", user_id=f"U{i}"))
                acks.append((status, ms))
                urls.append(url)
                (status, url), ms = timed(lambda i=i: bot.click("poll_vote_0", f"{poll_id}:0", user_id=f"U{50 + i}",
                                                                channel_id="C1", message_ts=ts))
                acks.append((status, ms))
                urls.append(url)
        finally:
            holder.wait(30)
        answers = [said(standin, url, timeout=40) for url in urls]
        bot.stop()
    finally:
        bot.stop()
    assert [status for status, _ in acks] == [200] * 20
    times = sorted(ms for _, ms in acks)
    assert statistics.median(times) < 100 and times[-1] < 500, times
    for answer in answers:
        assert "remind you" in answer or "is in" in answer or "again in a moment" in answer.lower(), answer


def test_with_the_database_locked_for_ten_seconds_a_submitted_form_closes_within_100ms_and_is_saved_or_told_after(
        standin, tmp_path):
    bot = BotProcess(standin, tmp_path / "cyberbot.db")
    bot.start()
    try:
        bot.slash("remind", user_id="U1")
        [opened] = standin.wait_for("views.open", successful=True)
        form = opened.response["view"]
        holder = hold_database(bot.db_path, 10)
        acks = []
        try:
            for i in range(5):
                values = {"what": f"renew the TLS certificate {i}", "date": "2099-01-05", "time": "09:00",
                          "repeat": "once"}
                body = interactive_form(view_submission_payload(form, values, user_id="U1"))
                (status, answer), ms = timed(lambda body=body: bot.post(body, FORM_CONTENT_TYPE))
                acks.append((status, answer.strip(), ms))
            assert holder.poll() is None      # every ack came while the database was still locked
        finally:
            holder.wait(30)

        def heard() -> list[str]:
            said_ = [str(c.params.get("text") or "") for c in standin.calls if c.response and c.response.get("ok")
                     and c.method in ("chat.postMessage", "chat.postEphemeral")]
            return [t for t in said_ if "renew the TLS certificate" in t or "not saved" in t]

        standin.wait_until(lambda: len(heard()) >= 5, timeout=40, message="everyone told how their form went")
        told = heard()
        bot.stop()
    finally:
        bot.stop()
    assert [(status, answer) for status, answer, _ in acks] == [(200, "")] * 5   # each form closed at once
    times = sorted(ms for _, _, ms in acks)
    assert statistics.median(times) < 100 and times[-1] < 500, times
    stored = [r for r in reminders_in(bot.db_path) if "TLS" in r]
    saved = [t for t in told if "remind you" in t]
    assert len(told) == 5 and len(saved) == len(stored), told   # never a confirmation for a form not stored
    assert all("remind you" in t or "not saved" in t and "submit it" in t for t in told), told
    print(f"form acks with the database locked: {[round(ms) for ms in times]} ms; saved {len(stored)} of 5")


def test_socket_mode_envelopes_are_acked_at_once_while_the_database_is_locked(standin, tmp_path):
    from handlers.testing.standin import slash_command_payload

    bot = BotProcess(standin, tmp_path / "cyberbot.db", mode="socket")
    bot.start()
    try:
        holder = hold_database(bot.db_path, 10)
        try:
            waits, urls = [], []
            for i in range(10):
                url = standin.new_response_url()
                urls.append(url)
                started = time.perf_counter()
                envelope = standin.send_envelope("slash_commands",
                                                 slash_command_payload("help", f"U{i}", "C1", url))
                standin.wait_ack(envelope, timeout=5)
                waits.append((time.perf_counter() - started) * 1000)
        finally:
            holder.wait(30)
        for url in urls:
            said(standin, url, timeout=40)
        bot.stop()
    finally:
        bot.stop()
    assert statistics.median(waits) < 100 and max(waits) < 500, waits


def reminders_in(db_path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return [row[0] for row in conn.execute("SELECT what FROM reminders ORDER BY id")]


def test_a_command_and_a_vote_acked_just_after_a_start_survive_a_kill_9_right_after_the_ack(
        standin, tmp_path):
    bot = BotProcess(standin, tmp_path / "cyberbot.db")
    bot.start()
    poll_id, ts = create_poll(bot, standin)
    urls = []
    try:
        for round_ in range(3):
            bot.restart(hard=True)
            status, url = bot.slash(f"remind in 3 hours send the stocktake return {round_}", user_id="U9")
            bot.kill()                                  # at once, right after the ack
            assert status == 200
            urls.append(url)
        bot.start()
        status, vote_url = bot.click("poll_vote_1", f"{poll_id}:1", user_id="U77", channel_id="C1", message_ts=ts)
        bot.kill()
        assert status == 200
        bot.start()                   # a replayed command is handled, or noted as done, before serving
        answers = {url: heard(standin, url, timeout=30) for url in urls + [vote_url]}
        bot.stop()
    finally:
        bot.stop()
    for url in urls:
        kinds = ["usual" if "remind you" in a else "note" if a.count("Done: `/cyber remind in 3 hours") == 1 else a
                 for a in answers[url]]
        assert usual_or_done_note(kinds, "usual", "note"), answers[url]
    kinds = ["usual" if "is in" in a else "note" if "click was recorded" in a else a for a in answers[vote_url]]
    assert usual_or_done_note(kinds, "usual", "note"), answers[vote_url]
    assert sorted(r for r in reminders_in(bot.db_path) if "stocktake" in r) == [
        f"send the stocktake return {i}" for i in range(3)]
    with sqlite3.connect(bot.db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM poll_votes WHERE poll_id = ?", (poll_id,)).fetchone() == (1,)


@pytest.mark.parametrize("point", [BEFORE_REPLY, BEFORE_DONE_MARK])
def test_a_command_and_a_vote_whose_effect_was_saved_when_the_process_died_are_not_done_twice_at_the_restart(
        standin, tmp_path, point):
    """The worst moments to die: the reminder (or vote) is committed, its inbox entry not yet
    marked done, and the person not yet answered (``BEFORE_REPLY``), or answered a moment ago
    (``BEFORE_DONE_MARK``). The crash point kills the real process exactly there (SIGKILL). The
    restart never does it again, and says it was done: the person's only answer, or a second
    one when the first had gone out (it cannot know), never silence."""
    bot = BotProcess(standin, tmp_path / "cyberbot.db")
    bot.start()
    try:
        poll_id, ts = create_poll(bot, standin)
        bot.stop()
        bot.crash_at = point
        bot.start()
        status, remind_url = bot.slash("remind in 3 hours send the stocktake return", user_id="U9")
        assert status == 200
        assert bot.process.wait(15) == -9                      # died between the effect and the done mark
        assert reminders_in(bot.db_path) == ["send the stocktake return"]
        bot.crash_at = None
        bot.start()                                            # the inbox is replayed before serving
        bot.stop()
        bot.crash_at = point
        bot.start()
        status, vote_url = bot.click("poll_vote_1", f"{poll_id}:1", user_id="U77", channel_id="C1", message_ts=ts)
        assert status == 200
        assert bot.process.wait(15) == -9
        bot.crash_at = None
        bot.start()
        answered_before = 1 if point == BEFORE_DONE_MARK else 0
        told = [heard(standin, url, answered_before + 1) for url in (remind_url, vote_url)]  # never left wondering
        bot.stop()
    finally:
        bot.stop()
    assert reminders_in(bot.db_path) == ["send the stocktake return"]
    with sqlite3.connect(bot.db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM poll_votes WHERE poll_id = ?", (poll_id,)).fetchone() == (1,)
    assert bot.log_text().count("handled already; not again") == 2
    assert [len(t) for t in told] == [answered_before + 1] * 2, told
    if point == BEFORE_DONE_MARK:
        assert "remind you" in told[0][0] and "is in" in told[1][0]
    assert "Done: `/cyber remind in 3 hours send the stocktake return`" in told[0][-1]
    assert "click was recorded" in told[1][-1]


def healthz(bot, timeout: float = 3.0) -> int:
    try:
        with urllib.request.urlopen(f"{bot.url}/healthz", timeout=timeout) as resp:
            return resp.status
    except OSError as exc:
        return getattr(exc, "code", 0) or 0


def test_a_thousand_half_open_connections_under_a_small_descriptor_limit_leave_the_bot_answering(
        standin, tmp_path):
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < 4096:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 8192), hard))
    bot = BotProcess(standin, tmp_path / "cyberbot.db", max_open_files=1024)
    bot.start()
    held = []
    try:
        for _ in range(1100):
            try:
                sock = socket.create_connection(("127.0.0.1", bot.port), timeout=5)
                sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: bot\r\nContent-Le")   # and never the rest
                held.append(sock)
            except OSError:
                pass
        assert len(held) >= 1000
        assert healthz(bot) == 200
        status, url = bot.slash("help", user_id="U5")
        assert status == 200
        said(standin, url)
        assert bot.alive
        bot.stop()
    finally:
        for sock in held:
            sock.close()
        bot.stop()
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def help_acks(bot, first_user: int, count: int = 30) -> list[float]:
    """Milliseconds to each of ``count`` acks of "/cyber help", one every 50 ms, from different people."""
    acks = []
    for i in range(first_user, first_user + count):
        (status, _), ms = timed(lambda i=i: bot.slash("help", user_id=f"U{i}"))
        assert status == 200
        acks.append(ms)
        time.sleep(0.05)
    return acks


def test_sixteen_unsigned_clients_posting_a_megabyte_each_do_not_wreck_slacks_ack_times(
        standin, tmp_path):
    """Acked within 50 ms at the median, or (on a machine busy with other work: the suite runs
    tests side by side) within three times the median of the same bot's acks just before the
    attack, measured in this run: a bot that reads the attackers' megabytes before Slack's
    request takes hundreds of milliseconds either way."""
    bot = BotProcess(standin, tmp_path / "cyberbot.db")
    bot.start()
    stop = threading.Event()
    threads = [threading.Thread(target=hostile_client, args=(bot.port, i % 2 == 0, stop), daemon=True)
               for i in range(16)]
    try:
        calm = help_acks(bot, first_user=100)
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        acks = help_acks(bot, first_user=0)
        stop.set()
        for thread in threads:
            thread.join(10)
        assert bot.alive and healthz(bot) == 200
        bot.stop()
    finally:
        stop.set()
        bot.stop()
    assert statistics.median(acks) < max(50, 3 * statistics.median(calm)), (sorted(acks), sorted(calm))
    assert "Traceback" not in bot.log_text()
