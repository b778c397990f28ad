"""Many workspaces, one bot: nothing one workspace stores is seen or changed from another.

Issue 18 item 4: with Slack's OAuth install flow one bot serves many councils' workspaces on
one database. Each row carries its workspace (``team_id``); these stories run the real stores
with two workspaces side by side, the Slack listeners reading the workspace from real payloads,
and scheduled work going out through each workspace's own messenger.
"""

from __future__ import annotations


import ast
import re
from pathlib import Path

from bot.core.config import Settings
from bot.core.tenancy import EVERY_WORKSPACE, SINGLE_WORKSPACE, team_key
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


# -- nobody forgets the scope later ----------------------------------------------------------------

BOT_SOURCE = Path(__file__).resolve().parent.parent / "bot"
_TOUCHES = r"\b(?:FROM|INTO|UPDATE|JOIN)\s+{table}\b"


def _sql_texts(tree: ast.AST):
    """Every string in a module as it reaches the database (f-strings with their holes as ``?``),
    leaving out migrations (DDL, and the rows they move before any workspace exists)."""
    def walk(node):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "Migration":
            return
        if isinstance(node, ast.JoinedStr):
            yield node.lineno, "".join(v.value if isinstance(v, ast.Constant) else "?" for v in node.values)
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
            return
        for child in ast.iter_child_nodes(node):
            yield from walk(child)
    yield from walk(tree)


def unscoped_statements(scoped: set[str]) -> list[str]:
    found = []
    for path in sorted(BOT_SOURCE.rglob("*.py")):
        for line, text in _sql_texts(ast.parse(path.read_text(), str(path))):
            touched = [t for t in scoped if re.search(_TOUCHES.format(table=t), text, re.IGNORECASE)]
            if touched and "team_id" not in text and EVERY_WORKSPACE not in text:
                found.append(f"{path.relative_to(BOT_SOURCE.parent)}:{line}: {' '.join(text.split())[:110]}")
    return found


def test_every_statement_on_a_workspace_table_names_the_workspace(bot):
    scoped = {t for t in bot.storage.tables() if "team_id" in bot.storage.columns(t)}
    assert {"reminders", "polls", "poll_series", "unanswered", "feedback", "handoffs", "drafts", "digests",
            "council_dates"} <= scoped
    assert unscoped_statements(scoped) == []


def test_the_scan_would_catch_a_statement_that_forgot_the_workspace():
    tree = ast.parse('store.query("SELECT * FROM polls WHERE id = ?", (1,))\n'
                     'store.query(f"SELECT {COLS} FROM polls WHERE id = ? AND team_id = ?", (1, t))\n')
    texts = [text for _line, text in _sql_texts(tree)]
    missing = [t for t in texts if re.search(_TOUCHES.format(table="polls"), t) and "team_id" not in t]
    assert missing == ["SELECT * FROM polls WHERE id = ?"]
