"""Many councils' workspaces, one deployment: installing through Slack's OAuth flow.

The Bolt app runs in this process (``InProcessSlack``) on the stand-in Slack, which plays
Slack's side of the flow for two workspaces; the admin's browser is ``handlers.testing.installs``.
Requests are signed exactly as Slack signs them. The slow, whole-process story is in
``test_oauth_e2e.py``.
"""

from __future__ import annotations

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.installation_store import Installation

from bot.core.config import Settings
from bot.core.installations import Installations, OAuthStates
from bot.core.storage import open_storage
from bot.assistant import all_migrations
from handlers.serve import missing_settings
from handlers.testing.installs import Admin, query_of
from handlers.testing.process import KNOWLEDGE
from handlers.testing.standin import app_mention, app_uninstalled, tokens_revoked

CLIENT_ID = "1111.2222"
CLIENT_SECRET = "client-secret-of-the-app"
STATE_SECRET = "state-secret-0123456789abcdef0123456789"
REDIRECT = "https://cyberbot.example.gov.uk/slack/oauth_redirect"
SECRET = b"the-bots-own-secret-key-0123456789abcdef"   # CYBERBOT_SECRET_KEY, or the key file's
OAUTH = {"SLACK_CLIENT_ID": CLIENT_ID, "SLACK_CLIENT_SECRET": CLIENT_SECRET, "SLACK_STATE_SECRET": STATE_SECRET}


@pytest.fixture
def two_workspaces(standin):
    """Slack with two councils' workspaces, each with a channel of its own, and the app's
    credentials and redirect URL as its settings page holds them."""
    standin.add_team("T2", "Borsetshire Council")
    standin.add_channel("C1", "cyber-leads")
    standin.add_channel("C2", "borset-cyber", team="T2")
    standin.oauth_app(CLIENT_ID, CLIENT_SECRET, REDIRECT)
    return standin


@pytest.fixture
def oauth_app(two_workspaces, make_slack_app):
    return make_slack_app(**OAUTH)


def admin_of(slack_app, standin) -> Admin:
    return Admin(standin, slack_app.get)


def installations(slack_app) -> Installations:
    return slack_app.app.runtime.installations


# -- installing ------------------------------------------------------------------------------------

def test_an_admin_installs_the_bot_and_their_workspace_token_is_kept_in_our_database(oauth_app, two_workspaces):
    page = admin_of(oauth_app, two_workspaces).install("T2")

    assert page.status == 200 and "cyberbot is installed" in page.body and "Borsetshire Council" in page.body
    [token] = two_workspaces.tokens_of("T2")
    bot = installations(oauth_app).find_bot(enterprise_id=None, team_id="T2")
    assert bot.bot_token == token and bot.bot_user_id == "UBOTT2"
    assert installations(oauth_app).find_bot(enterprise_id=None, team_id="T1") is None
    [access] = two_workspaces.calls_to("oauth.v2.access")
    assert access.response["ok"] is True


def test_the_install_link_sends_the_admin_to_slack_with_the_manifests_scopes_and_a_signed_state(oauth_app,
                                                                                               two_workspaces):
    authorize = Admin(two_workspaces, oauth_app.get).start("T2")

    assert authorize.startswith(two_workspaces.base_url + "oauth/v2/authorize?")
    asked = query_of(authorize)
    assert asked["client_id"] == CLIENT_ID and asked["team"] == "T2"
    assert {"app_mentions:read", "chat:write", "commands"} <= set(asked["scope"].split(","))
    assert "." in asked["state"]


def test_two_workspaces_are_each_answered_with_their_own_token(oauth_app, two_workspaces):
    admin = admin_of(oauth_app, two_workspaces)
    admin.install("T1")
    admin.install("T2")

    oauth_app.event(app_mention("<@UBOTT2> what is the cyber assessment framework?", "U20", "C2", team="T2"))
    oauth_app.event(app_mention("<@UBOT> what is the cyber assessment framework?", "U10", "C1", team="T1"))
    posts = two_workspaces.wait_for("chat.postMessage", 2)

    by_channel = {call.params["channel"]: call for call in posts}
    assert by_channel["C2"].token == two_workspaces.tokens_of("T2")[0]
    assert by_channel["C1"].token == two_workspaces.tokens_of("T1")[0]
    assert all(call.ok for call in posts)


def test_a_token_from_one_workspace_cannot_post_in_another_workspaces_channel(oauth_app, two_workspaces):
    admin = admin_of(oauth_app, two_workspaces)
    admin.install("T1")
    admin.install("T2")
    t1_token = two_workspaces.tokens_of("T1")[0]
    client = WebClient(token=t1_token, base_url=two_workspaces.api_url)

    with pytest.raises(SlackApiError) as refused:
        client.chat_postMessage(channel="C2", text="hello")
    assert refused.value.response.data == {"ok": False, "error": "channel_not_found"}
    assert client.chat_postMessage(channel="C1", text="hello")["ok"]
    assert client.auth_test()["team_id"] == "T1"
    assert WebClient(token=two_workspaces.tokens_of("T2")[0], base_url=two_workspaces.api_url).auth_test()[
        "user_id"] == "UBOTT2"


def test_the_stand_in_exchanges_a_code_once_for_the_right_app_as_slack_does(two_workspaces):
    from handlers.testing.installs import http_get

    page = http_get(f"{two_workspaces.base_url}oauth/v2/authorize?client_id={CLIENT_ID}&scope=commands&state=s1"
                    "&team=T2")
    code = query_of(page.location)["code"]
    assert page.status == 302 and page.location.startswith(REDIRECT) and query_of(page.location)["state"] == "s1"
    slack = WebClient(base_url=two_workspaces.api_url)

    def error(**kwargs) -> str:
        with pytest.raises(SlackApiError) as refused:
            slack.oauth_v2_access(**kwargs)
        return refused.value.response["error"]

    assert error(client_id="9.9", client_secret=CLIENT_SECRET, code=code) == "invalid_client_id"
    assert error(client_id=CLIENT_ID, client_secret="wrong", code=code) == "bad_client_secret"
    assert error(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, code="made-up") == "invalid_code"
    granted = slack.oauth_v2_access(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, code=code)
    assert granted["team"] == {"id": "T2", "name": "Borsetshire Council"} and granted["bot_user_id"] == "UBOTT2"
    assert error(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, code=code) == "invalid_code"   # once only
    assert http_get(f"{two_workspaces.base_url}oauth/v2/authorize?client_id=9.9&state=s").status == 400


def test_an_install_link_used_twice_is_refused_with_a_kind_page(oauth_app, two_workspaces):
    admin = admin_of(oauth_app, two_workspaces)
    admin.install("T2")
    state = query_of(admin.back_to_bot)["state"]
    admin.cookies["slack-app-oauth-state"] = state     # the whole request replayed, cookie and all
    again = admin.finish()

    assert again.status == 401
    assert "already been used" in again.body and "/slack/install" in again.body
    assert len(two_workspaces.calls_to("oauth.v2.access")) == 1


def test_a_forged_state_is_refused_and_nothing_is_installed(oauth_app, two_workspaces):
    admin = admin_of(oauth_app, two_workspaces)
    back = admin.allow(admin.start("T2"))
    state = query_of(back)["state"]
    forged = back.replace(state, state[:-4] + ("0000" if not state.endswith("0000") else "1111"))
    admin.cookies["slack-app-oauth-state"] = forged.split("state=")[1].split("&")[0]

    page = admin.finish(forged)

    assert page.status == 401 and "already been used, or it has expired" in page.body
    assert installations(oauth_app).find_bot(enterprise_id=None, team_id="T2") is None
    assert two_workspaces.calls_to("oauth.v2.access") == []


def test_an_install_finished_after_ten_minutes_is_refused(oauth_app, two_workspaces, clock):
    admin = admin_of(oauth_app, two_workspaces)
    back = admin.allow(admin.start("T2"))
    clock.advance(minutes=11)

    page = admin.finish(back)

    assert page.status == 401 and "expired" in page.body
    assert installations(oauth_app).find_bot(enterprise_id=None, team_id="T2") is None


def test_an_install_finished_in_another_browser_is_refused_kindly(oauth_app, two_workspaces):
    admin = admin_of(oauth_app, two_workspaces)
    back = admin.allow(admin.start("T2"))
    admin.cookies.clear()

    page = admin.finish(back)

    assert page.status == 400 and "browser you started it in" in page.body


def test_an_admin_who_clicks_cancel_is_told_nothing_was_installed(oauth_app, two_workspaces):
    two_workspaces.deny_next_install()

    page = admin_of(oauth_app, two_workspaces).install("T2")

    assert "cancelled" in page.body and "Start the install again" in page.body
    assert installations(oauth_app).find_bot(enterprise_id=None, team_id="T2") is None


def test_a_wrong_client_secret_means_slack_refuses_the_code_and_the_admin_is_told(two_workspaces, make_slack_app):
    slack_app = make_slack_app(**{**OAUTH, "SLACK_CLIENT_SECRET": "not-the-apps-secret"})

    page = admin_of(slack_app, two_workspaces).install("T2")

    assert two_workspaces.calls_to("oauth.v2.access")[0].response == {"ok": False, "error": "bad_client_secret"}
    assert page.status == 401 and "did not accept the install code" in page.body
    assert installations(slack_app).find_bot(enterprise_id=None, team_id="T2") is None


def test_someone_in_a_workspace_that_never_installed_the_bot_is_told_so(oauth_app, two_workspaces):
    admin_of(oauth_app, two_workspaces).install("T1")

    _, url = oauth_app.slash("help", user_id="U20", channel_id="C2", team_id="T2")

    [response] = two_workspaces.wait_for_responses(1, url=url)
    assert "not installed in this workspace" in str(response.body) and "/slack/install" in str(response.body)
    assert two_workspaces.calls_to("chat.postMessage") == []


def test_without_oauth_settings_there_is_no_install_link(slack_app):
    assert slack_app.get("/slack/install").status == 404
    assert slack_app.get("/slack/oauth_redirect?code=x&state=y").status == 404
    assert slack_app.app.runtime.installations is None


# -- leaving -----------------------------------------------------------------------------------------

def test_a_workspace_that_uninstalls_the_app_is_forgotten_its_reminders_stopped_and_the_other_kept(
        oauth_app, two_workspaces, clock):
    admin = admin_of(oauth_app, two_workspaces)
    admin.install("T1")
    admin.install("T2")
    workspaces = oauth_app.app.runtime.workspaces
    assert workspaces.messenger_for("T1") is not None
    for team, channel in (("T1", "C1"), ("T2", "C2")):
        _, url = oauth_app.slash(f"remind <#{channel}|x> in 1 hour {team} stocktake", channel_id=channel,
                                 team_id=team)
        two_workspaces.wait_for_responses(1, url=url)

    two_workspaces.uninstall("T1")
    oauth_app.request(app_uninstalled("T1"))
    oauth_app.finish()
    clock.advance(hours=2)
    oauth_app.bot.scheduler.tick()

    posts = [c for c in two_workspaces.calls_to("chat.postMessage") if "stocktake" in str(c.params)]
    assert [(c.params["channel"], c.token) for c in posts] == [("C2", two_workspaces.tokens_of("T2")[0])]

    assert installations(oauth_app).find_bot(enterprise_id=None, team_id="T1") is None
    assert installations(oauth_app).find_installation(enterprise_id=None, team_id="T1") is None
    assert workspaces.messenger_for("T1") is None
    assert workspaces.messenger_for("T2").client.token == two_workspaces.tokens_of("T2")[0]


def test_revoked_user_tokens_leave_the_bot_installed_and_a_revoked_bot_token_is_deleted(oauth_app, two_workspaces):
    admin_of(oauth_app, two_workspaces).install("T2")
    store = installations(oauth_app)

    oauth_app.request(tokens_revoked("T2", oauth=["UADMIN"]))
    oauth_app.request(tokens_revoked("T2", bot=["UBOTT2"]))
    oauth_app.finish()

    assert store.find_bot(enterprise_id=None, team_id="T2") is None
    assert oauth_app.app.runtime.workspaces.messenger_for("T2") is None


def stocktake_posts(standin) -> list:
    return [c for c in standin.calls_to("chat.postMessage") if "stocktake" in str(c.params)]


ORG_TOKEN = "xoxb-org-of-E1"


def org_installed(slack_app) -> None:
    """An Enterprise Grid organisation, E1, installed the app org-wide (the stand-in's first
    workspace, T1, is one of its workspaces). Stored through the installation store, as Bolt's
    flow stores Slack's answer for an org-wide install."""
    installations(slack_app).save(Installation(
        app_id="A1", enterprise_id="E1", enterprise_name="Barsetshire Councils", team_id=None, user_id="UADMIN",
        bot_token=ORG_TOKEN, bot_id="BORG", bot_user_id="UBOT", bot_scopes="chat:write,commands",
        is_enterprise_install=True))


def remind_in(slack_app, standin, channel: str, team: str, text: str, **org) -> None:
    name = {"C1": "cyber-leads", "C2": "borset-cyber"}[channel]
    _, url = slack_app.slash(f"remind <#{channel}|{name}> in 1 hour {text}", channel_id=channel, team_id=team,
                             **org)
    [response] = standin.wait_for_responses(1, url=url)
    assert "remind" in str(response.body).lower(), response.body


def test_an_org_wide_installs_reminders_go_out_on_the_organisations_token(oauth_app, two_workspaces, clock):
    org_installed(oauth_app)
    remind_in(oauth_app, two_workspaces, "C1", "T1", "org stocktake", enterprise_id="E1")

    clock.advance(hours=2)
    oauth_app.bot.scheduler.tick()

    assert [(c.params["channel"], c.token) for c in stocktake_posts(two_workspaces)] == [("C1", ORG_TOKEN)]


@pytest.mark.parametrize("acted_from", ["T1", None], ids=["envelope-naming-a-workspace", "envelope-naming-the-org"])
def test_an_organisation_that_removes_its_org_wide_install_is_forgotten_and_its_work_stopped_another_workspace_kept(
        oauth_app, two_workspaces, clock, acted_from):
    org_installed(oauth_app)
    admin_of(oauth_app, two_workspaces).install("T2")
    remind_in(oauth_app, two_workspaces, "C1", "T1", "org stocktake", enterprise_id="E1")
    remind_in(oauth_app, two_workspaces, "C2", "T2", "borset stocktake")

    assert oauth_app.request(app_uninstalled(acted_from, enterprise_id="E1")).status == 200
    oauth_app.finish()
    clock.advance(hours=2)
    oauth_app.bot.scheduler.tick()

    [token_of_t2] = two_workspaces.tokens_of("T2")
    assert [(c.params["channel"], c.token) for c in stocktake_posts(two_workspaces)] == [("C2", token_of_t2)]
    store = installations(oauth_app)
    assert store.bot_for("E1") is None and oauth_app.bot.messenger_for("E1") is None
    assert store.find_installation(enterprise_id="E1", team_id="T1", is_enterprise_install=True) is None
    assert store.teams() == ["T2"] and store.bot_for("T2").bot_token == token_of_t2


def test_a_single_workspace_bot_whose_workspace_removes_the_app_stops_its_reminders_and_says_to_replace_the_token(
        slack_app, standin, clock, caplog):
    standin.add_channel("C1", "cyber-leads")
    _, url = slack_app.slash("remind <#C1|cyber-leads> in 1 hour stocktake", channel_id="C1")
    standin.wait_for_responses(1, url=url)

    with caplog.at_level("INFO"):
        assert slack_app.request(tokens_revoked("T1", oauth=["UADMIN"])).status == 200   # a user's token only
        assert slack_app.request(app_uninstalled("T1")).status == 200                   # signed, as Slack sends it
        slack_app.finish()
    clock.advance(hours=2)
    slack_app.bot.scheduler.tick()

    assert stocktake_posts(standin) == []
    said = [r.getMessage() for r in caplog.records if r.name == "cyberbot.slack.events"]
    assert any("only user tokens were revoked" in line for line in said)
    [told] = [line for line in said if line.startswith("app_uninstalled:")]
    assert "SLACK_BOT_TOKEN no longer works" in told and "1 reminders" in told and "set SLACK_BOT_TOKEN" in told


def test_a_single_workspace_bot_keeps_its_reminders_when_only_a_users_token_is_revoked(slack_app, standin, clock):
    standin.add_channel("C1", "cyber-leads")
    _, url = slack_app.slash("remind <#C1|cyber-leads> in 1 hour stocktake", channel_id="C1")
    standin.wait_for_responses(1, url=url)

    slack_app.request(tokens_revoked("T1", oauth=["UADMIN"]))
    slack_app.finish()
    clock.advance(hours=2)
    slack_app.bot.scheduler.tick()

    assert [c.params["channel"] for c in stocktake_posts(standin)] == ["C1"]


# -- scheduled posts -----------------------------------------------------------------------------------

def test_scheduled_posts_go_out_on_the_workspaces_current_token_and_a_reinstall_replaces_it(oauth_app,
                                                                                           two_workspaces):
    admin = admin_of(oauth_app, two_workspaces)
    admin.install("T2")
    workspaces = oauth_app.app.runtime.workspaces
    first = oauth_app.bot.messenger_for("T2")
    assert first is workspaces.messenger_for("T2")          # kept, with its caches
    assert oauth_app.bot.messenger_for("T9") is None        # never installed

    admin.install("T2")                                      # reinstalled: Slack issues a new token
    second = oauth_app.bot.messenger_for("T2")

    assert second is not first and second.client.token == two_workspaces.tokens_of("T2")[-1]


# -- the stores, on both backends ------------------------------------------------------------------------

@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def storage(request, tmp_path):
    env = {"CYBERBOT_DB": str(tmp_path / "cyberbot.db"), "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE)}
    if request.param == "postgresql":
        env["CYBERBOT_DATABASE_URL"] = request.getfixturevalue("pg_url")
    opened = open_storage(Settings.from_env(env, load_dotenv_file=False), all_migrations())
    yield opened
    opened.close()


def _installation(team: str, user: str, token: str, installed_at: float = 1_700_000_000.0):
    from slack_sdk.oauth.installation_store import Installation

    return Installation(app_id="A1", team_id=team, team_name=f"Team {team}", bot_token=token, bot_id=f"B{team}",
                        bot_user_id=f"UBOT{team}", bot_scopes="chat:write,commands", user_id=user,
                        installed_at=installed_at)


def test_the_installation_store_keeps_each_workspaces_latest_bot_and_installer(storage, clock):
    store = Installations(storage, CLIENT_ID, SECRET, clock=clock)
    store.save(_installation("T1", "U1", "xoxb-one"))
    clock.advance(minutes=1)
    store.save(_installation("T1", "U2", "xoxb-two"))
    store.save(_installation("T2", "U3", "xoxb-three"))

    assert store.find_bot(enterprise_id=None, team_id="T1").bot_token == "xoxb-two"
    assert store.find_installation(enterprise_id=None, team_id="T1").user_id == "U2"
    older = store.find_installation(enterprise_id=None, team_id="T1", user_id="U1")
    assert older.user_id == "U1" and older.bot_token == "xoxb-two"     # the workspace's current bot
    assert store.bot_for("T2").bot_token == "xoxb-three" and store.teams() == ["T1", "T2"]
    assert Installations(storage, "another-app", SECRET).find_bot(enterprise_id=None, team_id="T1") is None

    store.delete_bot(enterprise_id=None, team_id="T1")
    assert store.find_bot(enterprise_id=None, team_id="T1") is None
    assert store.find_installation(enterprise_id=None, team_id="T1").bot_token is None   # no copy left behind

    store.delete_installation(enterprise_id=None, team_id="T1", user_id="U2")
    assert store.find_installation(enterprise_id=None, team_id="T1").user_id == "U1"
    store.delete_all(enterprise_id=None, team_id="T2")
    assert store.bot_for("T2") is None and store.find_installation(enterprise_id=None, team_id="T2") is None


def test_an_org_wide_install_is_found_by_its_organisation(storage):
    from slack_sdk.oauth.installation_store import Installation

    store = Installations(storage, CLIENT_ID, SECRET)
    store.save(Installation(app_id="A1", enterprise_id="E1", team_id=None, bot_token="xoxb-org", bot_id="B1",
                            bot_user_id="UB", user_id="U1", is_enterprise_install=True))

    assert store.find_bot(enterprise_id="E1", team_id="T5", is_enterprise_install=True).bot_token == "xoxb-org"
    assert store.bot_for("E1").bot_token == "xoxb-org"


def test_an_oauth_state_is_good_once_on_any_replica_and_only_until_it_expires(storage, clock):
    states = OAuthStates(storage, STATE_SECRET, 600, clock=clock)
    other_replica = OAuthStates(storage, STATE_SECRET, 600, clock=clock)

    state = states.issue()
    assert other_replica.consume(state) is True
    assert states.consume(state) is False

    late = states.issue()
    clock.advance(seconds=601)
    assert states.consume(late) is False

    mine = states.issue()
    assert OAuthStates(storage, "another-secret-entirely-0123456789", clock=clock).consume(mine) is False
    assert states.consume("made-up.0123") is False and states.consume("") is False
    assert states.consume(mine) is True


@pytest.mark.slow     # ten thousand synced writes: about 25 s of real time
def test_ten_thousand_hits_on_the_open_install_link_keep_a_bounded_number_of_states_and_a_new_admin_installs(
        oauth_app, two_workspaces):
    from bot.core.installations import MAX_LIVE_STATES

    storage = oauth_app.bot.storage
    for _ in range(10_000):
        assert oauth_app.get("/slack/install").status == 302

    [row] = storage.query("SELECT COUNT(*) AS n FROM oauth_states")
    assert row["n"] == MAX_LIVE_STATES
    page = admin_of(oauth_app, two_workspaces).install("T2")        # the newest link still works
    assert page.status == 200 and "cyberbot is installed" in page.body


def test_an_admins_link_older_than_the_newest_thousand_is_refused_kindly_during_a_flood(storage, clock):
    states = OAuthStates(storage, STATE_SECRET, 600, clock=clock, max_live=3)
    first = states.issue()
    clock.advance(seconds=1)
    later = [states.issue() for _ in range(3)]

    [row] = storage.query("SELECT COUNT(*) AS n FROM oauth_states")
    assert row["n"] == 3
    assert states.consume(first) is False
    assert all(states.consume(state) for state in later)


# -- tokens at rest ----------------------------------------------------------------------------------------

TOKEN_PREFIXES = ("xoxb-", "xoxp-", "xoxe")


def tokens_readable_in(storage) -> list[str]:
    """Every table, every row, every column, as anyone with a dump or a copy of the database reads it."""
    found = []
    for table in storage.tables():
        for row in storage.query(f"SELECT * FROM {table}"):
            for column, value in row.items():
                text = bytes(value).decode("latin-1") if isinstance(value, (bytes, memoryview)) else str(value)
                if any(prefix in text for prefix in TOKEN_PREFIXES):
                    found.append(f"{table}.{column}")
    return found


def tokens_in_sqlite_files(storage) -> list[str]:
    """The database file and its log, byte for byte (a copied backup, a stolen disk)."""
    if storage.dialect.is_postgres:
        return []
    storage.query("PRAGMA wal_checkpoint(PASSIVE)")
    found = []
    for path in (storage.path, f"{storage.path}-wal"):
        try:
            raw = open(path, "rb").read()
        except FileNotFoundError:
            continue
        found += [f"{path}: {prefix}" for prefix in TOKEN_PREFIXES if prefix.encode() in raw]
    return found


def _with_every_token(team: str, user: str):
    from slack_sdk.oauth.installation_store import Installation

    return Installation(app_id="A1", team_id=team, team_name=f"Team {team}", user_id=user,
                        bot_token=f"xoxb-bot-of-{team}", bot_id=f"B{team}", bot_user_id=f"UBOT{team}",
                        bot_refresh_token=f"xoxe-1-bot-refresh-{team}", user_token=f"xoxp-user-of-{user}",
                        user_refresh_token=f"xoxe-1-user-refresh-{user}", bot_scopes="chat:write")


def test_a_copy_of_the_database_reveals_no_workspaces_token_but_the_bot_still_reads_them(storage):
    store = Installations(storage, CLIENT_ID, SECRET)
    store.save(_with_every_token("T1", "U1"))
    store.save(_with_every_token("T2", "U2"))
    store.save(Installation(app_id="A1", enterprise_id="E1", team_id=None, bot_token="xoxb-bot-of-the-org",
                            bot_id="BE", bot_user_id="UBE", user_id="U3", is_enterprise_install=True))

    assert tokens_readable_in(storage) == [] and tokens_in_sqlite_files(storage) == []
    assert store.find_bot(enterprise_id=None, team_id="T1").bot_token == "xoxb-bot-of-T1"
    assert store.bot_for("T2").bot_refresh_token == "xoxe-1-bot-refresh-T2"
    assert store.bot_for("E1").bot_token == "xoxb-bot-of-the-org"
    installer = store.find_installation(enterprise_id=None, team_id="T1", user_id="U1")
    assert installer.user_token == "xoxp-user-of-U1" and installer.bot_token == "xoxb-bot-of-T1"
    assert store.teams() == ["T1", "T2", "E1"]          # which workspaces installed: readable without the key


def test_a_database_opened_with_another_key_is_treated_as_not_installed_and_says_why(storage, caplog):
    Installations(storage, CLIENT_ID, SECRET).save(_with_every_token("T1", "U1"))
    wrong = Installations(storage, CLIENT_ID, b"a-different-secret-key-0123456789abcdef")

    with caplog.at_level("ERROR", logger="cyberbot.installations"):
        assert wrong.find_bot(enterprise_id=None, team_id="T1") is None
        assert wrong.bot_for("T1") is None
        assert wrong.find_installation(enterprise_id=None, team_id="T1") is None
        assert wrong.find_bot(enterprise_id=None, team_id="T1") is None

    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 2          # once for the bot's row, once for the installer's: not on every request
    assert "workspace T1 cannot be decrypted with this bot's secret key" in said[0]
    assert "CYBERBOT_SECRET_KEY" in said[0] and "install the app again" in said[0]


def test_one_workspaces_sealed_token_copied_into_another_workspaces_row_does_not_open(storage):
    store = Installations(storage, CLIENT_ID, SECRET)
    store.save(_with_every_token("T1", "U1"))
    store.save(_with_every_token("T2", "U2"))
    [row] = storage.query("SELECT data FROM slack_bots WHERE team_id = 'T1'")
    storage.write("UPDATE slack_bots SET data = ? WHERE team_id = 'T2'", (row["data"],))

    assert store.bot_for("T2") is None
    assert store.bot_for("T1").bot_token == "xoxb-bot-of-T1"


def test_installs_stored_before_tokens_were_encrypted_keep_working_and_are_encrypted_at_start(storage):
    from bot.core.installations import _json as as_stored_before   # the JSON earlier today's rows held

    bot = _with_every_token("T1", "U1").to_bot().to_dict_for_copying()
    installer = {k: v for k, v in _with_every_token("T1", "U1").to_dict_for_copying().items()
                 if not k.startswith("bot_")}
    storage.write("INSERT INTO slack_bots (client_id, enterprise_id, team_id, is_enterprise_install, installed_at, "
                  "data) VALUES (?, '', 'T1', 0, '2026-11-30T09:00:00.000000Z', ?)", (CLIENT_ID, as_stored_before(bot)))
    storage.write("INSERT INTO slack_installations (client_id, enterprise_id, team_id, user_id, installed_at, data) "
                  "VALUES (?, '', 'T1', 'U1', '2026-11-30T09:00:00.000000Z', ?)", (CLIENT_ID, as_stored_before(installer)))
    store = Installations(storage, CLIENT_ID, SECRET)
    assert store.bot_for("T1").bot_token == "xoxb-bot-of-T1"            # read as it was, before the start's pass
    assert tokens_readable_in(storage) != []
    assert storage.dialect.is_postgres or tokens_in_sqlite_files(storage) != []   # the file scan does see them

    assert store.seal_plaintext() == 2
    assert tokens_readable_in(storage) == [] and tokens_in_sqlite_files(storage) == []
    assert store.seal_plaintext() == 0
    assert store.bot_for("T1").bot_token == "xoxb-bot-of-T1"
    assert store.find_installation(enterprise_id=None, team_id="T1", user_id="U1").user_token == "xoxp-user-of-U1"


def test_the_token_key_is_derived_apart_from_the_anonymous_voters_key():
    from bot.core.installations import token_key

    assert len(token_key(SECRET)) == 32 and token_key(SECRET) != SECRET[:32]
    assert token_key(SECRET) == token_key(SECRET) and token_key(SECRET) != token_key(SECRET + b"x")


def test_a_lost_key_file_stops_the_start_while_workspaces_tokens_are_encrypted_with_it(tmp_path, caplog):
    import dataclasses

    from bot.core.install_key import KeyMissing, key_path
    from handlers.install import build_oauth

    settings = Settings.from_env({"CYBERBOT_DB": str(tmp_path / "cyberbot.db"), "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE),
                                  **OAUTH}, load_dotenv_file=False)
    storage = open_storage(settings, all_migrations())
    _, _, store = build_oauth(settings, storage, WebClient())            # the first start makes the key file
    store.save(_with_every_token("T1", "U1"))
    key_path(settings.db_path).unlink()                                  # lost: not in the backup, say

    with pytest.raises(KeyMissing) as refused:
        build_oauth(settings, storage, WebClient())
    message = str(refused.value)
    assert str(key_path(settings.db_path).resolve()) in message
    assert "the Slack tokens of 1 workspace install(s) encrypted with it" in message
    assert "CYBERBOT_SECRET_KEY" in message and "--init" in message and "install the app again" in message
    assert not key_path(settings.db_path).exists()

    with caplog.at_level("WARNING"):
        _, _, store = build_oauth(dataclasses.replace(settings, init=True), storage, WebClient())   # on purpose
    assert store.bot_for("T1") is None                                   # that workspace must install again
    assert any("each workspace must install the app again" in r.getMessage() for r in caplog.records)
    storage.close()


def test_a_workspace_installed_through_slack_has_its_token_only_encrypted_in_our_database(oauth_app,
                                                                                      two_workspaces):
    admin_of(oauth_app, two_workspaces).install("T2")
    storage = oauth_app.bot.storage

    [token] = two_workspaces.tokens_of("T2")
    assert tokens_readable_in(storage) == [] and tokens_in_sqlite_files(storage) == []
    assert not any(token in str(value) for table in storage.tables()
                   for row in storage.query(f"SELECT * FROM {table}") for value in row.values())
    assert oauth_app.bot.messenger_for("T2").client.token == token


# -- settings --------------------------------------------------------------------------------------------

def _settings(**env) -> Settings:
    return Settings.from_env({"CYBERBOT_DB": "x.db", "SLACK_SIGNING_SECRET": "s", **env}, load_dotenv_file=False)


def test_serve_refuses_some_but_not_all_oauth_settings_naming_what_is_missing():
    problem = missing_settings(_settings(SLACK_CLIENT_ID=CLIENT_ID, SLACK_CLIENT_SECRET=CLIENT_SECRET), http=True)

    assert problem.startswith("SLACK_STATE_SECRET is not set") and "needs all three" in problem


def test_serve_explains_that_installing_into_many_workspaces_needs_http_mode():
    problem = missing_settings(_settings(SLACK_APP_TOKEN="xapp-1", **OAUTH), http=False)

    assert "cyberbot serve --http" in problem and "Socket Mode" in problem
    assert missing_settings(_settings(SLACK_APP_TOKEN="xapp-1", **OAUTH), http=True) is None


def test_oauth_mode_needs_no_bot_token_and_single_workspace_mode_still_does():
    assert missing_settings(_settings(**OAUTH), http=True) is None
    assert "SLACK_BOT_TOKEN is not set" in missing_settings(_settings(), http=True)



def test_doctor_asks_for_all_three_oauth_settings_or_none(tmp_path):
    from bot.doctor import run

    env = {"CYBERBOT_DB": str(tmp_path / "cyberbot.db"), "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE),
           "SLACK_SIGNING_SECRET": "s", "SLACK_CLIENT_ID": CLIENT_ID}
    lines: list[str] = []
    assert run(env, out=lines.append) == 1
    assert any(line.startswith("problem  OAuth: SLACK_CLIENT_SECRET and SLACK_STATE_SECRET are not set")
               for line in lines)

    lines.clear()
    store = Installations(open_storage(Settings.from_env(env, load_dotenv_file=False), all_migrations()), CLIENT_ID, SECRET)
    store.save(_installation("T7", "U1", "xoxb-seven"))
    store.storage.close()
    assert run({**env, **OAUTH}, out=lines.append) == 0, lines
    assert "ok       workspaces: 1 installed (T7)" in lines
    assert any(line.startswith("ok       mode:") and "/slack/install" in line and "/slack/oauth_redirect" in line
               for line in lines)
    assert not any("SLACK_BOT_TOKEN" in line for line in lines)


def test_doctor_says_when_this_deployments_key_cannot_open_the_workspaces_tokens(tmp_path):
    from bot.doctor import run

    env = {"CYBERBOT_DB": str(tmp_path / "cyberbot.db"), "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE),
           "SLACK_SIGNING_SECRET": "s", **OAUTH}
    storage = open_storage(Settings.from_env(env, load_dotenv_file=False), all_migrations())
    Installations(storage, CLIENT_ID, SECRET).save(_installation("T7", "U1", "xoxb-seven"))
    storage.close()

    lines: list[str] = []
    assert run({**env, "CYBERBOT_SECRET_KEY": SECRET.decode()}, out=lines.append) == 0, lines
    lines.clear()
    assert run({**env, "CYBERBOT_SECRET_KEY": "another-replicas-key-0123456789abcdef"}, out=lines.append) == 1
    [problem] = [line for line in lines if line.startswith("problem  workspaces:")]
    assert "the Slack tokens of 1 install(s) (T7) cannot be decrypted with CYBERBOT_SECRET_KEY" in problem
    assert "the same on every replica" in problem
