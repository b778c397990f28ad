"""Two councils install one deployment through Slack's OAuth flow: the real ``cyberbot serve --http``.

The process runs with SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (and no bot
token) against the stand-in Slack, which has two workspaces. Each admin installs through the
real flow, each workspace's people set reminders and run polls with their own signed requests,
and everything the bot posts goes out on that workspace's own token into its own channels;
neither sees the other's data; one uninstalls and its scheduled work stops while the other's
goes on.
"""

from __future__ import annotations

import json
import time

import pytest

from handlers.testing.installs import Admin, http_get
from handlers.testing.process import BotProcess
from handlers.testing.standin import app_uninstalled, post_signed, JSON_CONTENT_TYPE

pytestmark = pytest.mark.slow  # the real `cyberbot serve` process

CLIENT_ID = "1111.2222"
CLIENT_SECRET = "client-secret-of-the-app"
STATE_SECRET = "state-secret-0123456789abcdef0123456789"
REMINDER = "cyberbot_reminder"


def said(slack, url) -> str:
    [response] = slack.wait_for_responses(1, url=url, timeout=15)
    return str(response.body)


def reminder_posts(slack, text: str) -> list:
    return [c for c in slack.calls_to("chat.postMessage")
            if (c.params.get("metadata") or {}).get("event_type") == REMINDER and text in str(c.params)]


def test_two_workspaces_installed_through_slack_each_see_only_their_own_and_an_uninstall_stops_one(standin,
                                                                                                    tmp_path):
    standin.add_team("T2", "Borsetshire Council")
    standin.add_channel("C1", "cyber-leads")
    standin.add_channel("C2", "borset-cyber", team="T2")
    bot = BotProcess(standin, tmp_path / "cyberbot.db", tick_seconds=0.2, extra_env={
        "SLACK_CLIENT_ID": CLIENT_ID, "SLACK_CLIENT_SECRET": CLIENT_SECRET, "SLACK_STATE_SECRET": STATE_SECRET,
        "SLACK_BOT_TOKEN": ""})
    standin.oauth_app(CLIENT_ID, CLIENT_SECRET, f"{bot.url}/slack/oauth_redirect")
    with bot:
        # Before an install a workspace is told so; then each admin installs, and a replayed
        # return from Slack is refused.
        _, url = bot.slash("help", user_id="U10", channel_id="C1", team_id="T1")
        assert "not installed" in said(standin, url)
        standin.reset()
        admin = Admin(standin, lambda path, cookie: http_get(bot.url + path, cookie))
        for team in ("T1", "T2"):
            page = admin.install(team)
            assert page.status == 200 and "cyberbot is installed" in page.body, page.body
        replayed = admin.finish()
        assert replayed.status in (400, 401) and "Start the install again" in replayed.body
        token = {team: standin.tokens_of(team)[0] for team in ("T1", "T2")}
        assert token["T1"] != token["T2"]
        # A copy of the database, file and log byte for byte, holds neither token: they are
        # encrypted with a key kept beside it (cyberbot.db.key), never inside it.
        for path in (tmp_path / "cyberbot.db", tmp_path / "cyberbot.db-wal"):
            raw = path.read_bytes() if path.exists() else b""
            assert b"xoxb-" not in raw and not any(t.encode() in raw for t in token.values()), path
        assert (tmp_path / "cyberbot.db.key").exists()

        # Each workspace sets two reminders in its own channel and opens a poll there.
        for team, channel, user, who in (("T1", "C1", "U10", "Ambridge"), ("T2", "C2", "U20", "Borset")):
            for when, what in (("in 3 seconds", "soon"), ("in 12 seconds", "later")):
                _, url = bot.slash(f"remind <#{channel}|x> {when} {who} {what} check", user_id=user,
                                   channel_id=channel, team_id=team)
                assert "remind" in said(standin, url)
            _, url = bot.slash(f'poll "{who} patched?" "Yes" "Not yet"', user_id=user, channel_id=channel,
                               team_id=team)
        polls = standin.wait_for("chat.postMessage", 2, timeout=15)
        poll_by_channel = {c.params["channel"]: c for c in polls}
        assert poll_by_channel["C1"].token == token["T1"] and "Ambridge patched?" in str(poll_by_channel["C1"].params)
        assert poll_by_channel["C2"].token == token["T2"] and "Borset patched?" in str(poll_by_channel["C2"].params)

        # Each sees only its own reminders, and not the other's poll by guessing its id.
        _, url = bot.slash("reminders", user_id="U20", channel_id="C2", team_id="T2")
        listed = said(standin, url)
        assert "Borset soon check" in listed and "Ambridge" not in listed
        _, url = bot.slash("reminders", user_id="U10", channel_id="C1", team_id="T1")
        listed = said(standin, url)
        assert "Ambridge soon check" in listed and "Borset" not in listed
        for poll_id in (1, 2):
            _, url = bot.slash(f"poll results {poll_id}", user_id="U20", channel_id="C2", team_id="T2")
            assert "Ambridge patched?" not in said(standin, url)

        # The first reminders go out on each workspace's own token, into its own channel.
        standin.wait_until(lambda: reminder_posts(standin, "Ambridge soon") and reminder_posts(standin, "Borset soon"),
                           timeout=20, message="both workspaces' first reminders")
        [ambridge] = reminder_posts(standin, "Ambridge soon")
        [borset] = reminder_posts(standin, "Borset soon")
        assert (ambridge.params["channel"], ambridge.token, ambridge.ok) == ("C1", token["T1"], True)
        assert (borset.params["channel"], borset.token, borset.ok) == ("C2", token["T2"], True)

        # The first workspace removes the app: its later reminder never goes out; the other's does.
        standin.uninstall("T1")
        status, _ = post_signed(bot.events_url, json.dumps(app_uninstalled("T1")), bot.secret,
                                JSON_CONTENT_TYPE)
        assert status == 200
        uninstalled_at = time.time()
        standin.wait_until(lambda: reminder_posts(standin, "Borset later"), timeout=25,
                           message="the second workspace's later reminder")
        time.sleep(1.0)     # the first workspace's later reminder was due at about the same moment
        assert reminder_posts(standin, "Ambridge later") == []
        assert [c for c in standin.calls if c.token == token["T1"] and c.at > uninstalled_at] == []
        [later] = reminder_posts(standin, "Borset later")
        assert later.token == token["T2"] and later.ok
        assert "app_uninstalled: forgot workspace T1 and stopped its scheduled work ({'reminders': 1" in bot.log_text()
