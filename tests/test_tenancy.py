"""Many workspaces, one bot: nothing one workspace stores is seen or changed from another.

Issue 18 item 4: with Slack's OAuth install flow one bot serves many councils' workspaces on
one database. Each row carries its workspace (``team_id``); these stories run the real stores
with two workspaces side by side, the Slack listeners reading the workspace from real payloads,
and scheduled work going out through each workspace's own messenger.
"""

from __future__ import annotations


from bot.core.config import Settings
from bot.core.tenancy import SINGLE_WORKSPACE, team_key
from handlers.inputs import team_of
from handlers.testing.standin import (
    app_mention,
    block_actions_payload,
    event_callback,
    shortcut_payload,
    slash_command_payload,
    view_submission_payload,
)


def oauth_settings(settings: Settings) -> Settings:
    from dataclasses import replace

    return replace(settings, client_id="1111.2222")


# -- which workspace a request is from ------------------------------------------------------------

def test_every_kind_of_slack_payload_names_the_workspace_it_came_from():
    mention = event_callback(app_mention("<@UBOT> hi", team="TSENDER"), team_id="T2")
    assert team_of(mention, mention["event"]) == "T2"   # a shared channel: the installing workspace, not the sender's
    assert team_of(slash_command_payload("remind me", team_id="T2")) == "T2"
    assert team_of(block_actions_payload("poll_vote_0", "1", team_id="T2")) == "T2"
    assert team_of(shortcut_payload("new_poll", team_id="T2")) == "T2"
    submitted = view_submission_payload({"callback_id": "x", "team_id": "T2"}, {}, team_id="T2")
    assert team_of(submitted, submitted["view"]) == "T2"


def test_an_org_wide_install_is_keyed_by_its_enterprise_when_no_workspace_is_named():
    assert team_of({"team": None, "enterprise": {"id": "E9"}}) == "E9"
    assert team_of({"enterprise_id": "E9"}) == "E9"
    assert team_of({"type": "block_actions"}) is None


def test_one_workspace_keeps_every_row_in_the_one_tenant_whatever_team_a_payload_names(settings):
    assert team_key(settings, "T1") == team_key(settings, "T2") == team_key(settings, None) == SINGLE_WORKSPACE
    oauth = oauth_settings(settings)
    assert team_key(oauth, "T1") == "T1" and team_key(oauth, "T2") == "T2"
    assert team_key(oauth, None) == SINGLE_WORKSPACE


def test_without_a_factory_every_workspace_posts_through_the_one_messenger(bot, messenger):
    assert bot.messenger_for("") is messenger and bot.messenger_for("T2") is messenger
    bot.use_messengers(lambda team: messenger if team == "T1" else None)
    assert bot.messenger_for("T1") is messenger and bot.messenger_for("T2") is None
