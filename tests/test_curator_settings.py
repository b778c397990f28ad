"""Each workspace's curators choose their own curator channel and curators, on the App Home.

Issue 18 item 4: with many workspaces on one bot nothing crosses between them, curator settings
included. These stories install two councils' workspaces through the OAuth flow on the stand-in
Slack and drive the bot with signed requests exactly as Slack sends them: the admin who installed
the app into a workspace is its first curator; its curators (and nobody else, from that workspace
or another) change its settings and see its calendar feed. In one workspace the environment's
``CYBERBOT_CURATORS`` and ``CYBERBOT_CURATOR_CHANNEL`` keep working as before.
"""

from __future__ import annotations

import json
from dataclasses import replace
from urllib.parse import urlsplit

import pytest

from bot.core.curators import Curators
from bot.core.replies import render_plain
from bot.core.router import Request
from bot.core.tenancy import acting_for
from bot.curator.settings import SETTINGS_FORM, SETTINGS_OPEN
from handlers.testing.installs import Admin
from handlers.testing.standin import app_home_opened, view_problems, view_submission_payload

OAUTH = dict(SLACK_CLIENT_ID="1111.2222", SLACK_CLIENT_SECRET="client-secret-of-the-app",
             SLACK_STATE_SECRET="state-secret-0123456789abcdef0123456789")
UNKNOWN_Q = "who is our council's WARP coordinator?"


class Councils:
    """Two councils' workspaces, T1 installed by UADMIN1 and T2 by UADMIN2, on one bot in OAuth mode."""

    def __init__(self, standin, make_slack_app):
        standin.add_team("T2", "Borsetshire Council")
        standin.add_channel("C1", "cyber-leads")
        standin.add_channel("C2", "borset-cyber", team="T2")
        standin.oauth_app(OAUTH["SLACK_CLIENT_ID"], OAUTH["SLACK_CLIENT_SECRET"],
                          "https://cyberbot.example.gov.uk/slack/oauth_redirect")
        self.standin = standin
        self.slack = make_slack_app(**OAUTH)
        admin = Admin(standin, self.slack.get)
        for team in ("T1", "T2"):
            standin.installer(f"UADMIN{team[-1]}")
            admin.install(team)

    def home(self, user: str, team: str) -> str:
        """What ``user`` sees on their Home tab in ``team`` once they open it."""
        published = len(self.standin.calls_to("views.publish"))
        self.slack.event(app_home_opened(user), team_id=team)
        self.standin.wait_for("views.publish", published + 1)
        return json.dumps(self.standin.team(team).homes[user])

    def said(self, text: str, user: str, team: str, channel: str = "C1") -> str:
        _ack, url = self.slack.slash(text, user, channel, team_id=team)
        [response] = self.standin.wait_for_responses(url=url)
        return json.dumps(response.body)

    def open_settings(self, user: str, team: str) -> dict | None:
        """Click "Change curator settings": the form Slack opened, or None (the refusal is ``told``)."""
        opened = len(self.standin.calls_to("views.open"))
        _ack, url = self.slack.click(SETTINGS_OPEN, "", user, "D1", team_id=team)
        self.told = ""
        try:
            call = self.standin.wait_for("views.open", opened + 1, timeout=2.0, successful=True)[-1]
        except AssertionError:
            [response] = self.standin.wait_for_responses(url=url)
            self.told = json.dumps(response.body)
            return None
        assert view_problems(call.params["view"]) == []      # a form Slack would show as sent
        return call.response["view"]

    def submit(self, view: dict, values: dict, user: str, team: str) -> dict:
        """Submit the settings form as Slack would; the ack's body (field errors, or nothing)."""
        told = len(self.standin.calls_to("chat.postMessage")) + len(self.standin.calls_to("chat.postEphemeral"))
        response = self.slack.interactive(view_submission_payload(view, values, user_id=user, team_id=team))
        assert response.status == 200
        self.slack.settle()
        sent = self.standin.calls_to("chat.postMessage") + self.standin.calls_to("chat.postEphemeral")
        self.told = " ".join(json.dumps(c.params) for c in sent[told:]) if len(sent) > told else ""
        return json.loads(response.body) if response.body else {}

    def curators(self, team: str):
        with acting_for(team):
            return self.slack.bot.api("curator").curators.stored.get()


@pytest.fixture
def councils(standin, make_slack_app):
    return Councils(standin, make_slack_app)


# -- who sees and opens the settings ------------------------------------------------------------------

def test_the_admin_who_installed_the_app_is_that_workspaces_first_curator_and_only_there(councils):
    assert councils.curators("T1").people == ("UADMIN1",) and councils.curators("T2").people == ("UADMIN2",)
    assert "Curator settings" in councils.home("UADMIN1", "T1")
    assert "Curator settings" not in councils.home("U10", "T1")         # someone else in the same workspace
    assert "Curator settings" not in councils.home("UADMIN1", "T2")     # the same id seen in the other workspace
    assert "Curator settings" in councils.home("UADMIN2", "T2")


def test_a_curator_chooses_the_channel_and_adds_a_curator_and_the_other_workspace_is_untouched(councils):
    unsure = councils.said(UNKNOWN_Q, "U10", "T1")
    assert "Ask the council" not in unsure                     # no curator channel chosen yet
    form = councils.open_settings("UADMIN1", "T1")
    assert form is not None and form["callback_id"] == SETTINGS_FORM
    fields = {b.get("block_id"): b for b in form["blocks"]}
    assert fields["curators"]["element"]["initial_users"] == ["UADMIN1"]
    assert councils.submit(form, {"channel": "C1", "curators": ["UADMIN1", "U10"]}, "UADMIN1", "T1") == {}
    assert "Saved" in councils.told and "<@U10>" in councils.told

    assert sorted(councils.curators("T1").people) == ["U10", "UADMIN1"] and councils.curators("T1").channel == "C1"
    assert councils.curators("T2").people == ("UADMIN2",) and councils.curators("T2").channel is None
    assert "Curator settings" in councils.home("U10", "T1")                 # the new curator sees it now
    assert "Ask the council" in councils.said(UNKNOWN_Q, "U10", "T1")       # A's channel turns it on in A
    assert "Ask the council" not in councils.said(UNKNOWN_Q, "U20", "T2", "C2")   # and nowhere else
    assert "only this workspace's curators" in councils.said("deadline add 31 March 2027 Stocktake return", "U10",
                                                             "T2", "C2")
    assert "Stocktake return" not in councils.said("deadlines", "U20", "T2", "C2")   # A's curator is not B's


def test_someone_who_is_not_a_curator_cannot_open_the_settings_or_submit_them(councils):
    assert councils.open_settings("U10", "T1") is None
    assert "only this workspace's curators" in councils.told and "nothing has changed" in councils.told
    form = councils.open_settings("UADMIN1", "T1")
    councils.submit(form, {"channel": "C1", "curators": ["U10"]}, "U10", "T1")     # a forged submission
    assert "only this workspace's curators" in councils.told
    assert councils.curators("T1").people == ("UADMIN1",) and councils.curators("T1").channel is None


def test_a_curator_of_one_workspace_cannot_change_anothers_settings_with_a_forged_submission(councils):
    form = councils.open_settings("UADMIN1", "T1")
    assert councils.open_settings("UADMIN1", "T2") is None                 # not a curator over there
    councils.submit(form, {"channel": "C2", "curators": ["UADMIN1"]}, "UADMIN1", "T2")
    assert "only this workspace's curators" in councils.told
    assert councils.curators("T2").people == ("UADMIN2",) and councils.curators("T2").channel is None
    assert councils.curators("T1").channel is None


def test_keeping_nobody_as_curator_is_refused_in_the_form_itself(councils):
    form = councils.open_settings("UADMIN1", "T1")
    ack = councils.submit(form, {"channel": "C1", "curators": []}, "UADMIN1", "T1")
    assert ack["response_action"] == "errors" and "at least one curator" in ack["errors"]["curators"]
    assert councils.curators("T1").people == ("UADMIN1",)


# -- each workspace's calendar feed and curators' queue -----------------------------------------------

def feed_of(home: str) -> str:
    return next(part for part in home.split("`") if part.startswith("/calendar.ics?"))


def test_each_workspaces_calendar_feed_needs_its_own_key_and_shows_only_its_own_dates(councils):
    councils.said("deadline add 31 March 2027 Stocktake return", "UADMIN1", "T1")
    councils.said("deadline add 30 April 2027 Borsetshire audit", "UADMIN2", "T2", "C2")
    ours, theirs = feed_of(councils.home("UADMIN1", "T1")), feed_of(councils.home("UADMIN2", "T2"))
    assert "team=T1" in ours and "team=T2" in theirs and "Curator settings" not in councils.home("U10", "T1")

    page = councils.slack.get(ours)
    assert page.status == 200 and "Stocktake return" in page.body and "Borsetshire audit" not in page.body
    key = dict(p.split("=") for p in urlsplit(ours).query.split("&"))["key"]
    assert councils.slack.get(f"/calendar.ics?team=T2&key={key}").status == 404     # A's key does not open B's
    assert councils.slack.get("/calendar.ics?team=T2").status == 404
    assert councils.slack.get("/calendar.ics?team=T2&key=" + "0" * 32).status == 404
    shared = councils.slack.get("/calendar.ics")                                       # as before: the knowledge base's
    assert shared.status == 200 and "Stocktake return" not in shared.body and "Borsetshire audit" not in shared.body


def test_a_curator_sees_their_own_workspaces_unanswered_questions_only(councils):
    councils.said("how many llamas guard the borsetshire firewall?", "U20", "T2", "C2")
    councils.said("who keeps the keys to the council data centre?", "U10", "T1")
    ours = councils.home("UADMIN1", "T1")
    assert "who keeps the keys" in ours and "llamas" not in ours


# -- one workspace: the environment as before ----------------------------------------------------------

def test_in_one_workspace_the_environments_curators_and_channel_still_count_and_the_home_adds_curators(
        make_bot, settings, messenger):
    bot = make_bot(replace(settings, curators=("U1",), curator_channel="CENV"))
    curator, newcomer = Request("U1", surface="home", team_id="T9"), Request("U2", "C1", surface="slash")
    assert "Curator settings" in render_plain(bot._home_command("", curator))
    refused = bot.handle("deadline add 31 March 2027 Stocktake return", newcomer)
    assert "CYBERBOT_CURATORS" in render_plain(refused)

    opened = bot.handle_action(SETTINGS_OPEN, "", Request("U1", surface="action"))
    assert opened.open_view is not None and "CYBERBOT_CURATOR_CHANNEL" in render_plain(
        bot._home_command("", curator))
    from bot.core.forms import Submission
    result = bot.handle_view(Submission(SETTINGS_FORM, {"curators": ["U2"], "channel": "CHOME"}),
                             Request("U1", surface="view"))
    told = bot.finish_view(result, SETTINGS_FORM, Request("U1", surface="view"))
    assert told.kind == "curator_settings_saved" and "CENV" in told.text
    assert bot.handle("deadline add 31 March 2027 Stocktake return", newcomer).kind != "error"   # U2 added
    assert "Curator settings" in render_plain(bot._home_command("", curator))     # U1 stays: named in the env
    curators: Curators = bot.api("curator").curators
    assert curators.channel() == "CENV"                  # the environment's channel wins while it is set


def test_in_one_workspace_without_a_curator_channel_set_the_one_chosen_on_the_home_is_used(make_bot, settings):
    bot = make_bot(replace(settings, curators=("U1",)))
    from bot.core.forms import Submission
    result = bot.handle_view(Submission(SETTINGS_FORM, {"curators": [], "channel": "CHOME"}),
                             Request("U1", surface="view"))
    assert bot.finish_view(result, SETTINGS_FORM, Request("U1", surface="view")).kind == "curator_settings_saved"
    asked = bot.handle(f"ask-council {UNKNOWN_Q}", Request("U3", "C1", surface="slash"))
    assert asked.kind == "council_asked"
    assert bot.messenger.posts[-1].channel == "CHOME"


# -- the command line, for an operator of many workspaces ----------------------------------------------

def cli(monkeypatch, capsys, settings, *args, many=True) -> tuple[int, str, str]:
    """``cyberbot ARGS`` in this process, on the test's database (the real command, not a stand-in)."""
    from bot.cli import main

    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "CYBERBOT_DATABASE_URL", "CYBERBOT_CURATORS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CYBERBOT_DB", settings.db_path)
    monkeypatch.setenv("CYBERBOT_KNOWLEDGE", str(settings.knowledge_dir))
    for name, value in OAUTH.items():
        if many:
            monkeypatch.setenv(name, value)
        else:
            monkeypatch.delenv(name, raising=False)
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_operator_reads_each_workspaces_gaps_and_polls_on_the_command_line_with_team(
        make_bot, settings, monkeypatch, capsys, tmp_path):
    from handlers.testing.workspaces import Workspaces

    monkeypatch.chdir(tmp_path)          # no .env from the working folder
    two = Workspaces(make_bot, settings)
    two.say("TA", UNKNOWN_Q)
    two.say("TB", "how many llamas guard the borsetshire firewall?")
    poll = two.say("TA", '/cyber poll "Patched yet?" "Yes" "No"').data["poll_id"]

    code, ours, _ = cli(monkeypatch, capsys, settings, "kb", "gaps", "--team", "TA")
    assert code == 0 and UNKNOWN_Q in ours and "llamas" not in ours
    code, theirs, _ = cli(monkeypatch, capsys, settings, "kb", "gaps", "--team", "TB")
    assert code == 0 and "llamas" in theirs and UNKNOWN_Q not in theirs
    code, _, err = cli(monkeypatch, capsys, settings, "kb", "gaps")
    assert code == 2 and "--team" in err
    code, csv, _ = cli(monkeypatch, capsys, settings, "polls", "export", str(poll), "--team", "TA")
    assert code == 0 and "Patched yet?" in csv
    code, csv, err = cli(monkeypatch, capsys, settings, "polls", "export", str(poll), "--team", "TB")
    assert code != 0 and "Patched yet?" not in csv        # A's poll is not found from B
    code, _, _ = cli(monkeypatch, capsys, settings, "kb", "drafts", "--team", "TB")
    assert code == 0
    two.say("TA", "deadline add 31 March 2027 Stocktake return")
    code, ics, _ = cli(monkeypatch, capsys, settings, "deadlines", "ics", "--team", "TA")
    assert code == 0 and "Stocktake return" in ics
    code, ics, _ = cli(monkeypatch, capsys, settings, "deadlines", "ics", "--team", "TB")
    assert code == 0 and "Stocktake return" not in ics


def test_the_doctor_says_the_environments_curators_are_not_used_with_many_workspaces(settings):
    from bot.doctor import check_settings

    env = {"CYBERBOT_DB": settings.db_path, "CYBERBOT_CURATORS": "U0CURATOR", "SLACK_SIGNING_SECRET": "s", **OAUTH}
    _settings, found = check_settings(env)
    [finding] = [f for f in found if f.what == "curators"]
    assert finding.ok and finding.warning and "CYBERBOT_CURATORS is not used" in finding.detail
    _settings, found = check_settings({**env, "SLACK_CLIENT_ID": "", "SLACK_CLIENT_SECRET": "",
                                       "SLACK_STATE_SECRET": "", "SLACK_BOT_TOKEN": "xoxb-1"})
    assert not [f for f in found if f.what == "curators"]         # one workspace: it is the curators' list


def test_with_one_workspace_team_is_not_needed_and_naming_one_says_to_leave_it_out(
        bot, settings, monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(tmp_path)
    bot.handle(UNKNOWN_Q, Request("U1", "C1", surface="slash", team_id="T1"))
    code, out, _ = cli(monkeypatch, capsys, settings, "kb", "gaps", many=False)
    assert code == 0 and UNKNOWN_Q in out
    code, _, err = cli(monkeypatch, capsys, settings, "kb", "gaps", "--team", "T1", many=False)
    assert code == 2 and "leave --team out" in err
