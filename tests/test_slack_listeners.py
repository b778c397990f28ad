"""Every Slack listener, in milliseconds: the real Bolt app in this process, real signed requests.

``slack_app`` is the app ``cyberbot serve`` runs (``handlers.app.build_app``) on a fresh bot
whose Web API client talks to the stand-in Slack in this process. Each story hands it what
Slack sends (a raw body and signed headers, through ``app.dispatch``), checks the ack Slack
would get, then what people would see: the stand-in's ``chat.postMessage`` / ``chat.update``
calls and the answers posted to response_urls, or the ack itself for a form's errors. The same stories against the spawned process
are in ``test_slack_http.py`` and ``test_socket_mode.py``.
"""

from __future__ import annotations

import json
import re

from handlers.testing.block_text import buttons, texts
from handlers.testing.standin import (
    FORM_CONTENT_TYPE,
    app_mention,
    dm_message,
    event_callback,
    new_ts,
    url_verification,
    view_submission_payload,
)

QUESTION = "What is Web Check?"


def acked(response) -> bool:
    """Slack's three seconds are met with a plain 200 and nothing else in the body."""
    return response.status == 200 and not response.body


def posts(standin) -> list:
    return standin.successful_calls_to("chat.postMessage")


# -- the endpoint ---------------------------------------------------------------------------------

def test_slack_checking_the_request_url_gets_its_challenge_back(slack_app):
    challenge = url_verification()
    response = slack_app.request(challenge)
    assert response.status == 200 and challenge["challenge"] in response.body


def test_a_request_not_signed_with_our_secret_is_refused_and_nothing_is_answered(slack_app, standin):
    callback = event_callback(app_mention("<@UBOT> " + QUESTION))
    forged = slack_app.request(callback, secret="not-our-secret")
    stale = slack_app.request(callback, timestamp=1_600_000_000)  # a replay of something old
    assert forged.status == 401 and stale.status == 401
    slack_app.finish()
    assert posts(standin) == []


def test_a_correctly_signed_payload_slack_would_never_send_gets_a_400_not_a_crash(slack_app, standin):
    no_user = {"type": "block_actions", "actions": [{"action_id": "share_answer", "value": "x"}], "user": None}
    no_event = {"type": "event_callback"}
    assert slack_app.request(b"payload=" + json.dumps(no_user).encode(), FORM_CONTENT_TYPE).status == 400
    assert slack_app.request(no_event).status == 400
    slack_app.finish()
    assert posts(standin) == [] and standin.responses == []


# -- events: mentions and direct messages ------------------------------------------------------------

def test_a_mention_is_acked_at_once_and_answered_in_its_thread_with_sources(slack_app, standin):
    event = app_mention("<@UBOT> " + QUESTION, channel="C42")
    assert acked(slack_app.event(event))
    [call] = standin.wait_for("chat.postMessage", successful=True)
    assert call.params["channel"] == "C42" and call.params["thread_ts"] == event["ts"]
    shown = texts(call.params["blocks"])
    assert "Web Check" in shown and "<https://" in shown
    assert {"feedback_helpful", "feedback_not_helpful"} <= set(buttons(call.params["blocks"]))


def test_a_direct_message_is_answered_in_the_dm_not_in_a_thread(slack_app, standin):
    assert acked(slack_app.event(dm_message(QUESTION, user="U7", channel="D7")))
    [call] = standin.wait_for("chat.postMessage", successful=True)
    assert call.params["channel"] == "D7" and "thread_ts" not in call.params
    assert "Web Check" in texts(call.params["blocks"])


def test_a_reply_in_a_thread_that_mentions_the_bot_is_answered_in_that_thread(slack_app, standin):
    parent = new_ts()
    event = dict(app_mention("<@UBOT> " + QUESTION), thread_ts=parent)
    slack_app.event(event)
    [call] = standin.wait_for("chat.postMessage", successful=True)
    assert call.params["thread_ts"] == parent


def test_channel_chatter_edits_and_other_bots_are_acked_and_left_alone(slack_app, standin):
    in_a_channel = dict(dm_message(QUESTION, channel="C5"), channel_type="channel")
    edited = dict(dm_message(QUESTION, channel="D7"), subtype="message_changed")
    itself = dm_message(QUESTION, user="UBOT", channel="D7")
    another_bot = dict(dm_message(QUESTION, channel="D7"), bot_id="B999")
    an_integration = {k: v for k, v in dict(dm_message(QUESTION, channel="D7"), subtype="bot_message").items()
                      if k != "user"}
    a_bot_mentioning = dict(app_mention("<@UBOT> " + QUESTION), bot_id="B999")
    a_reaction = {"type": "reaction_added", "user": "U1", "reaction": "eyes",
                  "item": {"type": "message", "channel": "C1", "ts": new_ts()}, "event_ts": new_ts()}
    for event in (in_a_channel, edited, itself, another_bot, an_integration, a_bot_mentioning, a_reaction):
        assert acked(slack_app.event(event)), event
    slack_app.finish()
    assert standin.calls_to("chat.postMessage") == []


def test_an_event_slack_sends_again_is_acked_again_but_answered_once(slack_app, standin):
    event = app_mention("<@UBOT> " + QUESTION)
    assert acked(slack_app.event(event, event_id="EvAGAIN1"))
    assert acked(slack_app.event(event, event_id="EvAGAIN1", retry=1))
    assert acked(slack_app.event(event, event_id="EvAGAIN1", retry=2))
    slack_app.finish()
    assert len(posts(standin)) == 1


def test_when_slack_refuses_an_answer_the_person_gets_a_kind_apology_instead(slack_app, standin):
    standin.fail_next("chat.postMessage", status=200, error="msg_too_long")
    event = app_mention("<@UBOT> " + QUESTION)
    slack_app.event(event)
    [refused, apology] = standin.wait_for("chat.postMessage", count=2)
    assert refused.failed_status == 200 and not refused.ok
    assert apology.ok and apology.params["thread_ts"] == event["ts"]
    assert "Sorry, something went wrong on my side" in apology.params["text"]


def test_in_a_channel_the_bot_was_removed_from_it_does_not_keep_trying(slack_app, standin):
    standin.add_channel("C13", "old-project", is_member=False)
    slack_app.event(app_mention("<@UBOT> " + QUESTION, channel="C13"))
    slack_app.finish()
    [call] = standin.calls_to("chat.postMessage")
    assert call.response["error"] == "not_in_channel"


# -- /cyber -------------------------------------------------------------------------------------------

def test_cyber_ask_is_acked_at_once_and_answered_only_to_the_person_who_asked(slack_app, standin):
    response, url = slack_app.slash("ask " + QUESTION)
    assert acked(response)
    [answer] = standin.wait_for_responses(url=url)
    assert answer.body["response_type"] == "ephemeral"
    assert "Web Check" in texts(answer.body["blocks"])
    assert "share_answer" in buttons(answer.body["blocks"])
    slack_app.finish()
    assert standin.calls_to("chat.postMessage") == []


def test_a_poll_made_with_cyber_poll_is_posted_for_the_whole_channel(slack_app, standin):
    response, url = slack_app.slash('poll "Going to the summit?" "Yes" "No"', channel_id="C20")
    assert acked(response)
    [call] = standin.wait_for("chat.postMessage", successful=True)
    assert call.params["channel"] == "C20"
    assert "Going to the summit?" in texts(call.params["blocks"])
    assert {"poll_vote_0", "poll_vote_1"} <= set(buttons(call.params["blocks"]))
    [told] = standin.wait_for_responses(url=url)
    assert told.body["response_type"] == "ephemeral"


def test_a_channel_named_in_a_command_is_found_even_when_slacks_channel_list_leaves_it_out(slack_app, standin):
    _, url = slack_app.slash("remind <#C100|cyber-leads> in 1 hour check the stocktake return")
    [told] = standin.wait_for_responses(url=url)
    said = texts(told.body["blocks"]) + told.body["text"]
    assert "check the stocktake return" in said and "C100" in said
    [listed] = standin.calls_to("conversations.list")
    assert listed.response["channels"] == []


def test_binary_pasted_into_cyber_gets_a_kind_message(slack_app, standin):
    response, url = slack_app.slash("\x00\x01\x02\xff\xfe" * 20)
    assert acked(response)
    [reply] = standin.wait_for_responses(url=url)
    assert "binary" in texts(reply.body["blocks"])


# -- buttons -------------------------------------------------------------------------------------------

def _private_answer(slack_app, standin) -> dict:
    _, url = slack_app.slash("ask " + QUESTION)
    [answer] = standin.wait_for_responses(url=url)
    standin.reset()
    return buttons(answer.body["blocks"])


def test_a_link_button_is_acked_and_nothing_else_happens(slack_app, standin):
    standin.reset()  # forget the app's auth.test at start-up
    response, _ = slack_app.click("link_source_0", "https://www.ncsc.gov.uk/")
    assert acked(response)
    slack_app.finish()
    assert standin.calls == [] and standin.responses == []


def test_clicking_a_suggestion_answers_that_topic_privately(slack_app, standin):
    response, url = slack_app.click("ask_suggestion_0", "web-check")
    assert acked(response)
    [answer] = standin.wait_for_responses(url=url)
    assert answer.body["response_type"] == "ephemeral"
    assert "Web Check" in texts(answer.body["blocks"]) and "share_answer" in buttons(answer.body["blocks"])


def test_share_in_channel_posts_the_answer_for_everyone_then_removes_the_private_copy(slack_app, standin):
    share = _private_answer(slack_app, standin)["share_answer"]
    _, url = slack_app.click("share_answer", share["value"], user_id="U3", channel_id="C9", message={},
                             message_ts=new_ts())
    [call] = standin.wait_for("chat.postMessage", successful=True)
    assert call.params["channel"] == "C9"
    assert "Web Check" in texts(call.params["blocks"]) and "Shared by <@U3>" in texts(call.params["blocks"])
    [cleanup] = standin.wait_for_responses(url=url)
    assert cleanup.body == {"delete_original": True}


def test_sharing_where_the_bot_is_not_a_member_still_reaches_the_channel_through_slack(slack_app, standin):
    share = _private_answer(slack_app, standin)["share_answer"]
    standin.add_channel("C66", "members-only", is_member=False)
    _, url = slack_app.click("share_answer", share["value"], user_id="U3", channel_id="C66", message={},
                             message_ts=new_ts())
    [shared, cleanup] = standin.wait_for_responses(2, url=url)
    assert shared.body["response_type"] == "in_channel" and "Web Check" in shared.body["text"]
    assert cleanup.body == {"delete_original": True}


def test_helpful_or_not_is_thanked_privately_without_touching_the_answer(slack_app, standin):
    vote = _private_answer(slack_app, standin)["feedback_not_helpful"]
    response, url = slack_app.click("feedback_not_helpful", vote["value"], user_id="U5")
    assert acked(response)
    [thanks] = standin.wait_for_responses(url=url)
    assert thanks.body["response_type"] == "ephemeral" and thanks.body["replace_original"] is False
    assert "Thanks" in texts(thanks.body["blocks"])


def test_a_vote_on_a_poll_is_counted_and_the_voter_told_privately(slack_app, standin):
    slack_app.slash('poll "Going to the summit?" "Yes" "No"', channel_id="C20")
    [post] = standin.wait_for("chat.postMessage", successful=True)
    vote = buttons(post.params["blocks"])["poll_vote_1"]
    response, url = slack_app.click("poll_vote_1", vote["value"], user_id="U8", channel_id="C20",
                                    message_ts=post.response["ts"])
    assert acked(response)
    [told] = standin.wait_for_responses(url=url)
    assert told.body["response_type"] == "ephemeral" and "No" in texts(told.body["blocks"])


def test_a_click_on_a_poll_that_does_not_exist_gets_a_kind_answer(slack_app, standin):
    _, url = slack_app.click("poll_vote_0", "999:0", user_id="U8")
    [told] = standin.wait_for_responses(url=url)
    assert told.body["response_type"] == "ephemeral"
    assert "Sorry" in texts(told.body["blocks"]) or "find" in texts(told.body["blocks"])


def test_done_on_a_delivered_reminder_replaces_the_message_in_place(slack_app, standin, clock):
    _, url = slack_app.slash("remind in 1 minute check the firewall change", user_id="U42")
    standin.wait_for_responses(url=url)
    clock.advance(minutes=1)
    slack_app.bot.scheduler.tick()
    [delivered] = standin.wait_for("chat.postMessage", successful=True)
    reminder_id = buttons(delivered.params["blocks"])["reminder_done"]["value"]
    response, _ = slack_app.click("reminder_done", reminder_id, user_id="U42",
                                  channel_id=delivered.response["channel"], message_ts=delivered.response["ts"])
    assert acked(response)
    [update] = standin.wait_for("chat.update", successful=True)
    assert update.params["ts"] == delivered.response["ts"]
    assert re.search(r"Done:.*check the firewall change", update.params["text"])


# -- forms (view_submission) ---------------------------------------------------------------------------

CURATOR, ASKER = "UCURATOR1", "UASKER1"
UNSURE = "who is our council's WARP coordinator?"


def _a_curators_answer_form(make_slack_app, standin):
    """An asker hands an unsure answer to the council; a curator opens the answer form."""
    slack = make_slack_app(CYBERBOT_CURATORS=CURATOR, CYBERBOT_CURATOR_CHANNEL="C0CURATORS")
    _, url = slack.slash("ask " + UNSURE, user_id=ASKER)
    [unsure] = standin.wait_for_responses(url=url)
    ask = buttons(unsure.body["blocks"])["council_ask"]
    _, url = slack.click("council_ask", ask["value"], user_id=ASKER)
    standin.wait_for_responses(url=url)
    slack.click("council_answer", "1", user_id=CURATOR, channel_id="C0CURATORS")
    [opened] = standin.wait_for("views.open", successful=True)
    return slack, opened.response["view"]


def test_a_curators_answer_with_mistakes_keeps_the_form_open_naming_each_one(make_slack_app, standin):
    slack, form = _a_curators_answer_form(make_slack_app, standin)
    response = slack.interactive(view_submission_payload(form, {"answer": "Jo Bloggs.", "publisher": "", "title": "",
                                                                "date": "2026-02-30", "url": "nope"},
                                                         user_id=CURATOR))
    assert response.status == 200
    ack = json.loads(response.body)
    assert ack["response_action"] == "errors" and set(ack["errors"]) == {"publisher", "title", "date", "url"}
    slack.finish()
    assert not [c for c in standin.calls_to("chat.postMessage") if c.params.get("channel") == ASKER]


def test_a_curators_good_answer_closes_the_form_and_reaches_the_asker_by_dm(make_slack_app, standin):
    slack, form = _a_curators_answer_form(make_slack_app, standin)
    response = slack.interactive(view_submission_payload(
        form, {"answer": "Jo Bloggs coordinates the WARP.", "publisher": "Example Council",
               "title": "WARP membership list", "date": "2026-10-01", "url": "https://www.example.gov.uk/warp",
               "topic": "local-government"}, user_id=CURATOR))
    assert acked(response)   # an empty ack closes the modal
    standin.wait_until(lambda: [c for c in posts(standin) if c.params.get("channel") == ASKER],
                       message="the asker's DM")
    [dm] = [c for c in posts(standin) if c.params.get("channel") == ASKER]
    assert "Jo Bloggs coordinates the WARP." in texts(dm.params["blocks"])


# -- what the app asks Slack for ------------------------------------------------------------------------

def test_the_manifest_creates_the_app_with_every_scope_event_and_command():
    import yaml

    from handlers.testing.process import ROOT

    manifest = yaml.safe_load((ROOT / "manifest.yml").read_text())
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"app_mentions:read", "chat:write", "commands", "im:history", "im:write", "channels:read",
            "groups:read", "users:read", "channels:history", "groups:history", "mpim:history", "files:write"} <= scopes
    settings = manifest["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_home_opened", "app_mention", "message.im",
                                                                  "app_uninstalled", "tokens_revoked"}
    assert manifest["oauth_config"]["redirect_urls"] == ["https://YOUR-HOST/slack/oauth_redirect"]
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["socket_mode_enabled"] is True
    [command] = manifest["features"]["slash_commands"]
    assert command["command"] == "/cyber" and command["should_escape"] is True
    assert command["url"] == settings["event_subscriptions"]["request_url"] == settings["interactivity"]["request_url"]
