"""Many workspaces, one bot: nothing one workspace stores is seen or changed from another.

Issue 18 item 4: with Slack's OAuth install flow one bot serves many councils' workspaces on
one database. Each row carries its workspace (``team_id``); these stories run the real stores
with two workspaces side by side, the Slack listeners reading the workspace from real payloads,
and scheduled work going out through each workspace's own messenger.
"""

from __future__ import annotations


import ast
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from bot.core.buttons import ActionResult
from bot.core.config import Settings
from bot.core.forms import Submission as FormSubmission
from bot.core.replies import render_plain
from bot.core.router import Request
from bot.core.tenancy import EVERY_WORKSPACE, SINGLE_WORKSPACE, acting_for, team_key
from bot.polls.commands import HOME_CLOSE, HOME_EXPORT, HOME_RESULTS
from bot.reminders.commands import HOME_CANCEL
from bot.reminders.delivery import DONE, SNOOZE_20, SNOOZE_60, TOMORROW
from handlers.testing.workspaces import Workspaces
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
            "council_dates", "curator_settings", "curator_people"} <= scoped
    assert unscoped_statements(scoped) == []


def test_the_scan_would_catch_a_statement_that_forgot_the_workspace():
    tree = ast.parse('store.query("SELECT * FROM polls WHERE id = ?", (1,))\n'
                     'store.query(f"SELECT {COLS} FROM polls WHERE id = ? AND team_id = ?", (1, t))\n')
    texts = [text for _line, text in _sql_texts(tree)]
    missing = [t for t in texts if re.search(_TOUCHES.format(table="polls"), t) and "team_id" not in t]
    assert missing == ["SELECT * FROM polls WHERE id = ?"]


# -- two councils' workspaces on one bot and one database -------------------------------------------

UNKNOWN_Q = "who is our council's WARP coordinator?"
ANSWER = "Jo Bloggs coordinates the WARP. | Example Council | WARP membership list | 2026-10-01 | https://www.example.gov.uk/warp"


@pytest.fixture
def two(make_bot, settings):
    return Workspaces(make_bot, settings, curators=("U1",), channel="CCURATORS")


def texts(result) -> str:
    """Everything a person would read in a reply or a click's result."""
    if isinstance(result, ActionResult):
        parts = [result.ephemeral, result.replace_original, result.post_in_channel, result.share_in_channel]
        return "\n".join(render_plain(p) for p in parts if p is not None)
    return render_plain(result)


def test_each_workspace_lists_only_its_own_reminders_polls_gaps_drafts_and_dates(two):
    # the same person id in both (an Enterprise Grid member), so only the workspace tells them apart
    assert two.say("TA", "remind tomorrow 9am submit the stocktake").kind == "reminder_set"
    assert two.say("TB", "remind tomorrow 10am call the supplier").kind == "reminder_set"
    assert "stocktake" in texts(two.say("TA", "reminders")) and "supplier" not in texts(two.say("TA", "reminders"))
    assert "supplier" in texts(two.say("TB", "reminders")) and "stocktake" not in texts(two.say("TB", "reminders"))

    two.say("TA", '/cyber poll "Patched yet?" "Yes" "No" closes in 1 hour')
    assert len(two.posts("TA", "poll")) == 1 and two.posts("TB", "poll") == []   # posted in A's workspace only
    assert "Patched yet?" in render_plain(two.bot._home_command("", Request("U1", surface="home", team_id="TA")))
    assert "Patched yet?" not in render_plain(two.bot._home_command("", Request("U1", surface="home", team_id="TB")))

    two.say("TA", "deadline add 31 March 2027 Stocktake return")
    assert "Stocktake return" in texts(two.say("TA", "deadlines"))
    assert "Stocktake return" not in texts(two.say("TB", "deadlines"))

    assert two.say("TA", UNKNOWN_Q).kind != "answer"
    with acting_for("TA"):
        assert [g.question for g in two.bot.answerer.gaps.gaps()] == [UNKNOWN_Q]
    with acting_for("TB"):
        assert two.bot.answerer.gaps.gaps() == []

    # A's curators answer A's question: A is served the answer from then on, B never is
    assert two.say("TA", f"ask-council {UNKNOWN_Q}").kind == "council_asked"
    assert two.say("TA", f"answer 1 {ANSWER}").kind == "council_answered"
    assert two.say("TA", UNKNOWN_Q).kind == "answer"
    assert two.say("TB", UNKNOWN_Q).kind != "answer"
    assert "Jo Bloggs" not in texts(two.say("TB", UNKNOWN_Q))
    with acting_for("TB"):
        assert two.bot.api("curator").store.drafts() == [] and two.bot.api("curator").store.handoffs() == []


def test_guessing_another_workspaces_ids_by_every_command_and_button_is_not_found_and_changes_nothing(two):
    reminder = two.say("TA", "remind tomorrow 9am submit the stocktake").data["reminder_ids"][0]
    poll = two.say("TA", '/cyber poll "Patched yet?" "Yes" "No" closes in 1 hour').data["poll_id"]
    series = two.say("TA", '/cyber poll "Join the call?" "Yes" "No" every week on Thursday at 10:00').data["series_id"]
    date = two.say("TA", "deadline add 31 March 2027 Stocktake return").data["id"]
    two.say("TA", f"ask-council {UNKNOWN_Q}")
    handoff = 1
    nowhere = 987654
    commands = ["reminders cancel {id}", "poll results {id}", "poll close {id}", "poll nudge {id}",
                "poll series {id}", "poll stop {id}", "deadline remove {id}", "answer {id}", "answer {id} " + ANSWER]
    ids = {"reminders": reminder, "poll r": poll, "poll c": poll, "poll n": poll, "poll se": series,
           "poll st": series, "deadlin": date, "answer": handoff}
    for command in commands:
        guessed = next(v for k, v in ids.items() if command.startswith(k))
        from_b = texts(two.say("TB", command.format(id=guessed)))
        missing = texts(two.say("TB", command.format(id=nowhere)))
        assert from_b == missing.replace(str(nowhere), str(guessed)), command
    buttons = [(DONE, "{id}", reminder), (SNOOZE_20, "{id}", reminder), (SNOOZE_60, "{id}", reminder),
               (TOMORROW, "{id}", reminder), (HOME_CANCEL, "{id}", reminder), ("poll_vote_0", "{id}:0", poll),
               (HOME_RESULTS, "{id}", poll), (HOME_CLOSE, "{id}", poll), (HOME_EXPORT, "{id}", poll),
               ("council_answer", "{id}", handoff)]
    for action_id, value, guessed in buttons:
        from_b = two.click("TB", action_id, value.format(id=guessed))
        missing = two.click("TB", action_id, value.format(id=nowhere))
        assert texts(from_b) == texts(missing).replace(str(nowhere), str(guessed)), action_id
        assert from_b.open_view is None, action_id

    answer_form = dict(zip(("answer", "publisher", "title", "date", "url"), [p.strip() for p in ANSWER.split("|")]))

    def submitted(question_id):     # the curators' answer form, sent with a guessed question id
        return two.bot.handle_view(FormSubmission("council_answer", answer_form, str(question_id)),
                                   Request("U1", surface="view", team_id="TB"))
    guessed_form, missing_form = submitted(handoff), submitted(nowhere)
    assert not guessed_form.errors and not missing_form.errors   # the fields are fine; the id is looked up after the ack
    told_guessed, told_missing = guessed_form.then(), missing_form.then()
    assert "can't find that question" in texts(told_guessed)
    assert texts(told_guessed) == texts(told_missing).replace(str(nowhere), str(handoff))

    # nothing in A changed
    assert "submit the stocktake" in texts(two.say("TA", "reminders"))
    assert "Stocktake return" in texts(two.say("TA", "deadlines"))
    with acting_for("TA"):
        polls = two.bot.api("polls").store
        assert polls.get(poll).status == "open" and polls.tally(polls.get(poll)).voter_count == 0
        assert two.bot.api("polls").series.get(series).status == "active"
        assert two.bot.api("curator").store.handoff(handoff).status == "open"
    with acting_for("TB"):
        assert two.bot.api("reminders").store.active_for("U1") == []


def test_each_workspaces_scheduled_posts_go_out_through_its_own_messenger(two, clock):
    two.say("TA", "remind in 5 minutes submit the stocktake")
    two.say("TB", "remind in 5 minutes call the supplier")
    two.say("TA", '/cyber poll "Patched yet?" "Yes" "No" closes in 10 minutes')
    clock.advance(minutes=11)
    two.bot.scheduler.tick()
    two.bot.scheduler.tick()
    assert [s.reply.text for s in two.posts("TA", "reminder")] == ["Reminder: submit the stocktake"]
    assert [s.reply.text for s in two.posts("TB", "reminder")] == ["Reminder: call the supplier"]
    assert len(two.posts("TA", "poll_results")) == 1 and two.posts("TB", "poll_results") == []


def test_an_uninstalled_workspaces_work_waits_then_stop_team_ends_it_while_the_other_keeps_firing(two, clock):
    two.say("TA", "remind every day at 10am check the backups")
    two.say("TB", "remind every day at 10am check the firewall")
    poll = two.say("TA", '/cyber poll "Patched yet?" "Yes" "No" closes in 3 hours').data["poll_id"]
    assert two.say("TA", '/cyber poll "Join the call?" "Yes" "No" every week on Wednesday at 11:00').data["series_id"]
    two.uninstall("TA")
    clock.advance(hours=1, minutes=1)          # 10:01: both reminders are due
    two.bot.scheduler.tick()
    assert two.posts("TA") == [p for p in two.posts("TA") if p.reply.kind == "poll"]   # nothing new in A
    assert [s.reply.text for s in two.posts("TB", "reminder")] == ["Reminder: check the firewall"]
    pending = two.bot.storage.query("SELECT state FROM reminder_deliveries d JOIN reminders r ON r.id = d.reminder_id"
                                    " WHERE r.team_id = 'TA'")
    assert [row["state"] for row in pending] == ["pending"]     # kept, not lost: waiting for its workspace

    stopped = two.bot.stop_team("TA")
    assert stopped["reminders"] == 1 and stopped["reminder_deliveries"] == 1
    assert stopped["polls"] == 1 and stopped["poll_series"] == 1
    two.reinstall("TA")                        # a later re-install starts clean
    for _ in range(3):
        clock.advance(days=1)
        two.bot.scheduler.tick()
        two.bot.scheduler.tick()
    assert two.posts("TA", "reminder") == [] and two.posts("TA", "poll_results") == []
    assert len(two.posts("TA", "poll")) == 1 + 0          # only the poll posted before the uninstall
    assert len(two.posts("TB", "reminder")) == 4          # B's went on every day
    assert "check the backups" not in texts(two.say("TA", "reminders"))
    with acting_for("TA"):
        assert two.bot.api("polls").store.get(poll).status == "closed"


def test_one_workspace_mode_keeps_every_row_whatever_team_its_payloads_name(bot):
    made = bot.handle("remind tomorrow 9am submit the stocktake", Request("U1", "C1", surface="slash", team_id="T1"))
    listed = bot.handle("reminders", Request("U1", "C1", surface="slash", team_id="T2"))
    assert made.kind == "reminder_set" and "submit the stocktake" in render_plain(listed)
    assert bot.storage.query("SELECT team_id FROM reminders") == [{"team_id": ""}]


# -- the whole way through Slack: two workspaces installed with the OAuth flow ---------------------------

def test_two_workspaces_installed_through_slack_each_see_only_their_own_and_their_reminders_use_their_token(
        standin, make_slack_app, clock):
    from handlers.testing.installs import Admin
    from handlers.testing.standin import app_uninstalled

    standin.add_team("T2", "Borsetshire Council")
    standin.add_channel("C1", "cyber-leads")
    standin.add_channel("C2", "borset-cyber", team="T2")
    standin.oauth_app("1111.2222", "client-secret-of-the-app", "https://cyberbot.example.gov.uk/slack/oauth_redirect")
    slack = make_slack_app(SLACK_CLIENT_ID="1111.2222", SLACK_CLIENT_SECRET="client-secret-of-the-app",
                           SLACK_STATE_SECRET="state-secret-0123456789abcdef0123456789")
    admin = Admin(standin, slack.get)
    admin.install("T1")
    admin.install("T2")

    def said(text, user, channel, team) -> str:
        _ack, url = slack.slash(text, user, channel, team_id=team)
        [response] = standin.wait_for_responses(url=url)
        return json.dumps(response.body)

    assert "I'll remind you" in said("remind in 5 minutes submit the stocktake", "U10", "C1", "T1")
    assert "I'll remind you" in said("remind in 5 minutes call the supplier", "U20", "C2", "T2")
    assert "stocktake" in said("reminders", "U10", "C1", "T1")
    theirs = said("reminders", "U20", "C2", "T2")
    assert "supplier" in theirs and "stocktake" not in theirs

    clock.advance(minutes=6)
    slack.bot.scheduler.tick()
    posts = standin.wait_for("chat.postMessage", 2)
    by_text = {call.params.get("text"): call.token for call in posts}
    assert by_text["Reminder: submit the stocktake"] == standin.tokens_of("T1")[0]
    assert by_text["Reminder: call the supplier"] == standin.tokens_of("T2")[0]

    said("remind every day at 9am check the backups", "U10", "C1", "T1")
    standin.uninstall("T1")
    slack.request(app_uninstalled("T1"))
    slack.finish()
    clock.advance(days=1)
    slack.bot.scheduler.tick()
    slack.finish()
    assert len(standin.calls_to("chat.postMessage")) == 2     # nothing more went to the workspace that left
    with acting_for("T1"):
        assert slack.bot.api("reminders").store.active_for("U10") == []


def test_each_workspaces_weekly_digest_lists_its_own_unanswered_questions_only(make_bot, settings, clock, tmp_path):
    import shutil
    from datetime import datetime, timezone

    from bot.answers import knowledge
    from handlers.testing.process import KNOWLEDGE

    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    people = folder / "people.yaml"
    people.write_text(people.read_text().replace(
        '    as_of: "2018-05"   # the May 2018 Socitm article the roles come from\n',
        '    as_of: "2018-05"\n    review_by: "2019-01"\n    owner: U0OWNER1\n', 1))
    clock.set(datetime(2026, 11, 30, 8, 0, tzinfo=timezone.utc))       # Monday, before 09:00
    two = Workspaces(make_bot, replace(settings, knowledge_dir=folder), kb=knowledge.load(folder))
    kb = two.bot.kb
    owned = next(entry for entry in kb.entries if entry.owner == "U0OWNER1")
    question = "who runs the WARP for Borsetshire?"
    with acting_for("TA"):     # as the answerer records a question it could not answer in TA
        two.bot.answerer.gaps.record_unanswered(question, owned.id, 0.2)
    clock.set(datetime(2026, 11, 30, 9, 1, tzinfo=timezone.utc))
    two.bot.scheduler.tick()
    two.bot.scheduler.tick()
    [ours] = [render_plain(s.reply) for s in two.posts("TA") if s.channel == "U0OWNER1"]
    [theirs] = [render_plain(s.reply) for s in two.posts("TB") if s.channel == "U0OWNER1"]
    assert "review was due January 2019" in ours and "review was due January 2019" in theirs
    assert question in ours and question not in theirs
