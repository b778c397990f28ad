"""A council security officer's pass over the bot before it joins their Slack.

Everything runs against the real ``cyberbot serve --http`` process and the stand-in Slack:
forged and replayed requests are refused; one person cannot see, cancel or close another's
reminders and polls; anonymous votes stay unreadable by everyone, the poll's creator and the
operator included; SQL-shaped text is just text; tokens and secrets never reach the log; and
the log has one structured line per request so an operator can see what the bot did.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
import urllib.error
import urllib.request

import pytest

from handlers.testing.process import BotProcess
from handlers.testing.standin import (
    FORM_CONTENT_TYPE,
    JSON_CONTENT_TYPE,
    app_mention,
    block_actions_form,
    dm_message,
    event_callback,
    sign,
    slash_command_form,
)

pytestmark = pytest.mark.slow  # every story here runs the real `cyberbot serve` process.

POLL_EVENT = "cyberbot_poll"
RESULTS_EVENT = "cyberbot_poll_results"
REMINDER_EVENT = "cyberbot_reminder"
_REMINDER_ID = re.compile(r"\(id (\d+)\)")


def said(slack, url: str, timeout: float = 15.0) -> str:
    """What the bot answered on a response_url, as one string."""
    [response] = slack.wait_for_responses(1, url=url, timeout=timeout)
    return json.dumps(response.body, ensure_ascii=False)


def posts_of(slack, event_type: str) -> list:
    return [c for c in slack.calls_to("chat.postMessage")
            if c.ok and (c.params.get("metadata") or {}).get("event_type") == event_type]


def buttons_in(blocks) -> dict:
    return {e["text"]["text"]: e for b in blocks or [] if b.get("type") == "actions"
            for e in b.get("elements", []) if e.get("type") == "button"}


def post_poll(bot, slack, text: str, user: str = "U1", channel: str = "C1"):
    before = len(posts_of(slack, POLL_EVENT))
    _, url = bot.slash(f"poll {text}", user_id=user, channel_id=channel)
    assert "is up" in said(slack, url)
    slack.wait_until(lambda: len(posts_of(slack, POLL_EVENT)) > before, message="the poll message")
    post = posts_of(slack, POLL_EVENT)[-1]
    return post.params["metadata"]["event_payload"]["poll_id"], post


def vote(bot, slack, post, label: str, user: str) -> str:
    button = buttons_in(post.params["blocks"])[label]
    _, url = bot.click(button["action_id"], button["value"], user_id=user, channel_id=post.params["channel"],
                       message_ts=post.response["ts"], button_text=label)
    return said(slack, url)


def remind(bot, slack, text: str, user: str) -> int:
    _, url = bot.slash(f"remind {text}", user_id=user)
    confirmation = said(slack, url)
    found = _REMINDER_ID.search(confirmation)
    assert found, confirmation
    return int(found.group(1))


def db_rows(bot, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(bot.db_path) as conn:
        return conn.execute(sql, params).fetchall()


def everything_in_the_database(bot) -> str:
    """Every text value in every table, for looking for what must not be stored."""
    found = []
    with sqlite3.connect(bot.db_path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                found.extend(f"{table}: {value}" for value in row if isinstance(value, str))
    return "\n".join(found)


def post_raw(bot, body: bytes, content_type: str, headers: dict) -> int:
    request = urllib.request.Request(bot.events_url, data=body, method="POST",
                                     headers={"Content-Type": content_type, **headers})
    try:
        with urllib.request.urlopen(request, timeout=10) as resp:
            return resp.status
    except urllib.error.HTTPError as err:
        return err.code


# -- forged and replayed requests ------------------------------------------------------------------------

def test_forged_unsigned_and_replayed_requests_are_refused_and_do_nothing(shared_http_bot, shared_standin):
    bot, slack = shared_http_bot, shared_standin
    url = slack.new_response_url()
    bodies = [
        (json.dumps(event_callback(app_mention("<@UBOT> What is Web Check?"))).encode(), JSON_CONTENT_TYPE),
        (json.dumps(event_callback(dm_message("What is Web Check?"))).encode(), JSON_CONTENT_TYPE),
        (slash_command_form('poll "Forged?" "Yes" "No"', response_url=url), FORM_CONTENT_TYPE),
        (block_actions_form("ask_suggestion_0", "web-check", response_url=url), FORM_CONTENT_TYPE),
    ]
    six_minutes_ago = int(time.time()) - 6 * 60
    for body, content_type in bodies:
        forged = sign(body, "a-guessed-secret")
        replayed = sign(body, bot.secret, timestamp=six_minutes_ago)     # a valid signature, but old
        tampered = sign(body, bot.secret)
        for headers in (forged, replayed, {}, {"X-Slack-Signature": tampered["X-Slack-Signature"]},
                        {"X-Slack-Request-Timestamp": tampered["X-Slack-Request-Timestamp"],
                         "X-Slack-Signature": "v0=" + "0" * 64}):
            assert post_raw(bot, body, content_type, headers) == 401, (body[:60], headers)
        assert post_raw(bot, body + b" ", content_type, tampered) == 401    # signed, then altered

    marker = app_mention("<@UBOT> help")
    assert bot.event(marker)[0] == 200        # a real request after them all is handled...
    slack.wait_for("chat.postMessage", successful=True)
    [only] = slack.calls_to("chat.postMessage")     # ...and is the only thing that happened
    assert only.params["thread_ts"] == marker["ts"]
    assert slack.responses == [] and db_rows(bot, "SELECT COUNT(*) FROM polls") == [(0,)]


# -- other people's reminders and polls ----------------------------------------------------------------

def test_nobody_can_list_cancel_or_press_the_buttons_of_someone_elses_reminders(shared_http_bot, shared_standin):
    bot, slack = shared_http_bot, shared_standin
    mine = remind(bot, slack, "tomorrow 9am rotate the backup encryption keys", user="U11")

    _, url = bot.slash("reminders", user_id="U12")
    assert "rotate" not in said(slack, url) and "no reminders" in said(slack, url)
    _, url = bot.slash(f"reminders cancel {mine}", user_id="U12")
    assert f"no active reminder with id {mine}" in said(slack, url)
    for action in ("reminder_done", "reminder_snooze_20"):
        _, url = bot.click(action, str(mine), user_id="U12", channel_id="D12")
        assert "can't find that reminder" in said(slack, url)

    _, url = bot.slash("reminders", user_id="U11")
    assert "rotate the backup encryption keys" in said(slack, url)
    assert db_rows(bot, "SELECT owner, status FROM reminders WHERE id = ?", (mine,)) == [("U11", "active")]
    assert db_rows(bot, "SELECT COUNT(*) FROM reminders") == [(1,)]      # no snooze made for U12 either


def test_only_the_creator_can_close_a_poll(shared_http_bot, shared_standin):
    bot, slack = shared_http_bot, shared_standin
    poll_id, _ = post_poll(bot, slack, '"Adopt the new password policy?" "Yes" "No"', user="U21")
    _, url = bot.slash(f"poll close {poll_id}", user_id="U22")
    assert "Only the person who created" in said(slack, url)
    assert db_rows(bot, "SELECT status FROM polls WHERE id = ?", (poll_id,)) == [("open",)]
    assert posts_of(slack, RESULTS_EVENT) == []


def test_someone_outside_a_private_channel_who_guesses_ids_reads_and_changes_nothing(shared_http_bot,
                                                                                        shared_standin):
    bot, slack = shared_http_bot, shared_standin
    slack.add_channel("G41", "incident-response", is_private=True, members=["U41", "U42"])
    poll_id, post = post_poll(bot, slack, '"Isolate the breached file server tonight?" "Yes" "No"',
                              user="U41", channel="G41")
    assert "your vote for" in vote(bot, slack, post, "Yes", "U42")             # a member takes part
    reminder = remind(bot, slack, "#incident-response tomorrow 9am brief the SIRO on the breach", user="U41")
    _, url = bot.slash(f"poll results {poll_id}", user_id="U42", channel_id="G41")
    assert "Isolate the breached file server" in said(slack, url)            # members can read it
    posts_before = len(slack.calls_to("chat.postMessage"))

    def attempts(poll: int, reminder_id: int, channel_token: str) -> list[str]:
        """Everything an outsider (U49, typing in #general) can try with an id they guessed."""
        told = []
        for text in (f"poll results {poll}", f"poll close {poll}", f"reminders cancel {reminder_id}",
                     f"reminders done {reminder_id}", f"reminders snooze {reminder_id} 1h",
                     f"remind {channel_token} in 1 hour forward the breach report"):
            _, url = bot.slash(text, user_id="U49", channel_id="C1")
            told.append(said(slack, url).replace(str(poll), "ID").replace(str(reminder_id), "ID"))
        for action in ("reminder_done", "reminder_snooze_20", "reminder_snooze_60", "reminder_tomorrow"):
            _, url = bot.click(action, str(reminder_id), user_id="U49", channel_id="C1")
            told.append(said(slack, url).replace(str(reminder_id), "ID"))
        button = buttons_in(post.params["blocks"])["No"]
        _, url = bot.click(button["action_id"], button["value"].replace(f"{poll_id}:", f"{poll}:"),
                           user_id="U49", channel_id="C1")
        told.append(said(slack, url).replace(str(poll), "ID"))
        return told

    slack.add_channel("G99", "no-such-channel", is_private=True, is_member=False)    # as Slack shows it: nothing
    guessed = attempts(poll_id, reminder, "#incident-response") + attempts(poll_id, reminder, "<#G41|incident-response>")
    nothing_there = attempts(90417, 90418, "#no-such-channel") + attempts(90417, 90418, "<#G99|no-such-channel>")
    assert [g.replace("incident-response", "X") for g in guessed] == \
        [n.replace("no-such-channel", "X") for n in nothing_there]          # word for word "no such thing"
    for answer in guessed:
        assert "Isolate" not in answer and "SIRO" not in answer and "U41" not in answer, answer
    assert db_rows(bot, "SELECT status FROM polls WHERE id = ?", (poll_id,)) == [("open",)]
    assert db_rows(bot, "SELECT COUNT(*) FROM poll_votes WHERE poll_id = ?", (poll_id,)) == [(1,)]
    assert db_rows(bot, "SELECT owner, status FROM reminders WHERE id = ?", (reminder,)) == [("U41", "active")]
    assert db_rows(bot, "SELECT COUNT(*) FROM reminders WHERE owner = 'U49'") == [(0,)]   # no snooze copy
    assert len(slack.calls_to("chat.postMessage")) == posts_before and posts_of(slack, RESULTS_EVENT) == []


def test_nobody_can_read_anonymous_votes_not_even_the_creator_or_the_operator(shared_http_bot, shared_standin):
    bot, slack = shared_http_bot, shared_standin
    poll_id, post = post_poll(bot, slack, '"Have you reported a phish this month?" "Yes" "No" anonymous',
                              user="U31")
    for voter, label in (("U32", "Yes"), ("U33", "No"), ("U34", "Yes")):
        assert "Your vote is anonymous" in vote(bot, slack, post, label, voter)
    ts = post.response["ts"]
    slack.wait_until(lambda: any("3 people voted" in json.dumps(c.params.get("blocks"))
                                 for c in slack.calls_to("chat.update") if c.params.get("ts") == ts),
                     timeout=10, message="the message to show 3 votes")
    _, url = bot.slash(f"poll results {poll_id}", user_id="U31")
    so_far = said(slack, url)
    _, url = bot.slash(f"poll close {poll_id}", user_id="U31")
    assert "closed" in said(slack, url)
    slack.wait_until(lambda: posts_of(slack, RESULTS_EVENT), message="the results")
    exported = bot.cli("polls", "export", str(poll_id))
    assert exported.returncode == 0, exported.stderr
    assert "67" in so_far and ",Yes,2,67," in exported.stdout      # the counts are there...

    seen = [so_far, exported.stdout, json.dumps([c.params for c in slack.calls_to("chat.update")]),
            json.dumps([c.params for c in slack.calls_to("chat.postMessage")]),
            json.dumps([r.body for r in slack.responses])]
    for voter in ("U32", "U33", "U34"):                              # ...but never who chose what
        assert all(voter not in text for text in seen), voter
    stored = everything_in_the_database(bot)
    assert not any(voter in stored for voter in ("U32", "U33", "U34"))
    voters = db_rows(bot, "SELECT voter FROM poll_votes WHERE poll_id = ?", (poll_id,))
    assert len(voters) == 3 and all(re.fullmatch(r"[0-9a-f]{64}", v) for (v,) in voters)
    for line in bot.log_text().splitlines():                          # the operator's log names no choice
        if any(f"who={voter} " in line for voter in ("U32", "U33", "U34")):
            assert not re.search(r"poll_vote_\d", line), line


def test_a_user_group_mentioned_in_a_question_is_answered_without_pinging_the_group(shared_http_bot,
                                                                                   shared_standin):
    bot, slack = shared_http_bot, shared_standin
    mention = app_mention("<!subteam^S0SEC|@security-team> <@UBOT> What is Web Check?", user="U71")
    bot.event(mention)
    [answer] = slack.wait_for("chat.postMessage", successful=True)
    shown = json.dumps(answer.params.get("blocks")) + answer.params["text"]
    assert answer.params["thread_ts"] == mention["ts"]
    assert "<!subteam" not in shown and "Sorry, something went wrong" not in shown
    slack.wait_until(lambda: request_lines(bot, "U71"), message="the request's log line")
    [line] = request_lines(bot, "U71")
    assert re.search(r"outcome=(answer|not_sure)$", line), line


# -- SQL-shaped text is only text -----------------------------------------------------------------------

def test_sql_shaped_questions_reminders_and_poll_options_are_only_text(shared_http_bot, shared_standin):
    bot, slack = shared_http_bot, shared_standin
    tables = db_rows(bot, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    question, yes, no = "'; DROP TABLE polls; --", '" OR 1=1 --', "Robert'); DROP TABLE poll_votes;--"
    poll_id, post = post_poll(bot, slack, f"\u201c{question}\u201d '{yes}' \u201c{no}\u201d")
    assert list(buttons_in(post.params["blocks"])) == [yes, no]
    assert "DROP TABLE polls" in json.dumps(post.params["blocks"])
    assert "is in" in vote(bot, slack, post, yes, "U41")
    reminder = remind(bot, slack, "tomorrow 9am '; DELETE FROM reminders WHERE 1=1; --", user="U43")
    _, url = bot.slash("ask ' OR '1'='1'; DROP TABLE unanswered; --", user_id="U44")
    assert said(slack, url)

    assert db_rows(bot, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") == tables
    assert db_rows(bot, "SELECT question, options FROM polls WHERE id = ?", (poll_id,)) == [
        (question, json.dumps([yes, no]))]
    [(what,)] = db_rows(bot, "SELECT what FROM reminders WHERE id = ?", (reminder,))
    assert "DELETE FROM reminders WHERE 1=1" in what     # stored as words (edge punctuation tidied away)
    assert db_rows(bot, "SELECT COUNT(*) FROM poll_votes WHERE poll_id = ?", (poll_id,)) == [(1,)]
    assert db_rows(bot, "PRAGMA integrity_check") == [("ok",)]


# -- what the process writes -----------------------------------------------------------------------------

def test_a_full_session_never_writes_the_tokens_or_the_signing_secret_anywhere(standin, tmp_path):
    token, secret = "xoxb-4242-SECRETTOKEN-do-not-log-7f3a", "signing-SECRET-do-not-log-91c2"
    bot = BotProcess(standin, tmp_path / "cyberbot.db", secret=secret, tick_seconds=0.2,
                     extra_env={"SLACK_BOT_TOKEN": token})
    with bot:
        mention = app_mention("<@UBOT> What is Web Check?", user="U51")
        bot.event(mention)
        bot.event(dm_message("What is Cyber Essentials?", user="U51", channel="D51"))
        _, ask_url = bot.slash("ask What is Web Check?", user_id="U52")
        said(standin, ask_url)
        standin.wait_for("chat.postMessage", count=2, successful=True)
        standin.fail_next("chat.postMessage", status=429, retry_after=0)      # a rate limit on the way
        poll_id, post = post_poll(bot, standin, '"Ready for the audit?" "Yes" "No"', user="U52")
        vote(bot, standin, post, "Yes", "U53")
        standin.fail_next("chat.postMessage", status=429, count=4, retry_after=0)  # a poll Slack never takes
        _, failed_url = bot.slash('poll "Lost?" "A" "B"', user_id="U52")
        assert "couldn't post the poll" in said(standin, failed_url, timeout=20)
        remind(bot, standin, "in 1 second check the firewall rules", user="U52")
        bot.post(b"{broken", JSON_CONTENT_TYPE)                                 # garbage, signed
        bot.post(json.dumps(event_callback(app_mention("forged"))).encode(), secret="wrong")   # forged
        _, url = bot.slash(f"poll close {poll_id}", user_id="U52")
        said(standin, url)
        standin.wait_until(lambda: posts_of(standin, REMINDER_EVENT) and posts_of(standin, RESULTS_EVENT),
                           timeout=15, message="the reminder and the poll results")
        assert all(c.token == token for c in standin.calls)                 # the token really was in use
    log = bot.log_text()
    assert "who=U51" in log and "who=U52" in log                             # the session was logged...
    for needle in (token, secret, "SECRETTOKEN", "SECRET-do-not-log", token[-12:], secret[-12:]):
        assert needle not in log, f"{needle!r} is in the log"                   # ...without the secrets
    assert "Bearer" not in log and "Authorization" not in log


def request_lines(bot, who: str) -> list[str]:
    """Structured request lines (what, who, how long, outcome) about ``who``."""
    return [line for line in bot.log_text().splitlines()
            if (f"who={who} " in line or f"user={who} " in line) and "ms=" in line]


def test_each_request_leaves_exactly_one_structured_line_in_the_log(shared_http_bot, shared_standin):
    bot, slack = shared_http_bot, shared_standin
    bot.event(app_mention("<@UBOT> What is Web Check?", user="U61", channel="C61"))
    bot.event(dm_message("What is Web Check?", user="U62", channel="D62"))
    _, slash_url = bot.slash("topics", user_id="U63", channel_id="C63")
    _, click_url = bot.click("ask_suggestion_0", "web-check", user_id="U64", channel_id="C64")
    said(slack, slash_url), said(slack, click_url)
    expected = {"U61": ("mention", "C61"), "U62": ("dm", "D62"), "U63": ("slash", "C63"),
                "U64": ("action:", "C64")}
    slack.wait_until(lambda: all(request_lines(bot, who) for who in expected), timeout=10,
                     message="a log line for each request")
    for who, (what, where) in expected.items():
        [line] = request_lines(bot, who)
        fields = dict(re.findall(r"(\w+)=(\S+)", line))
        assert fields["what"].startswith(what) and fields["who"] == who and fields["where"] == where, line
        assert float(fields["ms"]) >= 0 and fields["outcome"] not in ("", "-", "crash"), line
