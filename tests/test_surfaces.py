"""Slack's own surfaces, listener by listener, in process: the real Bolt app is sent signed
requests as Slack sends them and the stand-in Slack records what the bot did. A person builds a
poll or a reminder in a form (with field errors for bad input, and the same result as typing
the command), opens their Home tab and works from it, and uses the message shortcuts."""

from __future__ import annotations

import json
from urllib.parse import urlencode
from datetime import datetime, timezone

import pytest

from bot.core.clock import SettableClock
from handlers.testing.in_process import InProcessSlack, slack_settings
from handlers.testing.standin import (
    FORM_CONTENT_TYPE,
    StandinSlack,
    app_home_opened,
    message_action_payload,
    shortcut_payload,
    slash_command_payload,
    view_block_actions_payload,
    view_problems,
    view_submission_payload,
)

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)   # a Tuesday
CHANNEL_NAMES = {"C1": "cyber-team", "C2": "cio-council", "C9": "elsewhere"}


@pytest.fixture(scope="module")
def standin():
    with StandinSlack() as slack:
        for channel, name in CHANNEL_NAMES.items():
            slack.add_channel(channel, name, is_member=channel != "C9")
        yield slack


@pytest.fixture
def slack(standin, tmp_path, kb):
    standin.reset()
    app = InProcessSlack(standin, slack_settings(standin, tmp_path / "surfaces.db"), clock=SettableClock(NOW), kb=kb)
    yield app
    app.close()


def opened_view(standin, count: int = 1) -> dict:
    call = standin.wait_for("views.open", count=count, successful=True)[count - 1]
    view = call.response["view"]
    assert view_problems(call.params["view"]) == []
    return view


def slash(slack, text: str, channel: str = "C1", user: str = "U1") -> str:
    """``/cyber TEXT``, waiting for its answer (a form opening has none: its test waits for that),
    and for the rest of the command's work: after answering, it republishes the person's Home if
    it is open, and a Home opened next must not race that republish."""
    url = slack.standin.new_response_url()
    payload = slash_command_payload(text, user_id=user, channel_id=channel, response_url=url,
                                    channel_name=CHANNEL_NAMES.get(channel))
    slack.standin.saw(user)
    assert slack.request(urlencode(payload), FORM_CONTENT_TYPE).status == 200
    if text.strip() not in ("poll", "remind"):
        slack.standin.wait_for_responses(url=url)
    slack.settle()
    return url


def submit(slack, view: dict, values: dict, user: str = "U1"):
    """Submit a form and wait for what follows its ack (storing, posting) to be done."""
    response = slack.interactive(view_submission_payload(view, values, user_id=user))
    assert response.status == 200
    slack.settle()
    return json.loads(response.body) if response.body else {}


def poll_values(question="Are you going to the summit?", options=("Yes", "No", "Not sure"), settings=(),
                channel="C1", close_date=None, close_time=None) -> dict:
    values = {"question": question, "settings": list(settings), "channel": channel,
              "close_date": close_date, "close_time": close_time}
    for number, text in enumerate(options, start=1):
        values[f"option_{number}"] = text
    return values


def polls(slack):
    return slack.bot.storage.query("SELECT * FROM polls ORDER BY id")


def reminders(slack):
    return slack.bot.storage.query("SELECT * FROM reminders ORDER BY id")


# -- the poll builder -----------------------------------------------------------------------------

def test_cyber_poll_with_nothing_after_it_opens_the_poll_builder_in_that_channel(slack, standin):
    url = slash(slack, "poll")
    view = opened_view(standin)
    assert view["callback_id"] == "poll_builder"
    blocks = {b.get("block_id"): b for b in view["blocks"]}
    assert {"question", "option_1", "option_2", "option_3", "settings", "close_date", "close_time",
            "channel"} <= set(blocks)
    assert blocks["channel"]["element"]["initial_conversation"] == "C1"
    assert [o["value"] for o in blocks["settings"]["element"]["options"]] == ["anonymous", "multiple", "hidden",
                                                                              "pulse"]
    assert not standin.responses_to(url)


def test_the_new_poll_shortcut_opens_the_builder_asking_where_to_post(slack, standin):
    assert slack.interactive(shortcut_payload("new_poll")).status == 200
    view = opened_view(standin)
    channel = next(b for b in view["blocks"] if b.get("block_id") == "channel")
    assert channel["element"].get("default_to_current_conversation") is True


def test_options_are_added_and_removed_in_the_open_builder(slack, standin):
    slash(slack, "poll")
    view = opened_view(standin)
    add = next(e for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]
               if e["action_id"] == "poll_builder_add")
    slack.interactive(view_block_actions_payload(view, "poll_builder_add", add["value"]))
    [update] = standin.wait_for("views.update", successful=True)
    assert update.params["view_id"] == view["id"]
    assert view_problems(update.params["view"]) == []
    shown = standin.views[view["id"]]
    assert sum(1 for b in shown["blocks"] if b.get("block_id", "").startswith("option_")) == 4
    assert json.loads(shown["private_metadata"])["channel"] == "C1"


def test_ten_options_is_the_most_the_builder_offers(slack, standin):
    from bot.polls import builder

    ten = builder.form(builder.FormState(options=10))
    from handlers.block_kit import view as view_dict

    drawn = view_dict(ten)
    actions = [e["action_id"] for b in drawn["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert "poll_builder_add" not in actions and "poll_builder_remove" in actions
    assert view_problems(drawn) == []


def test_a_poll_built_in_the_form_is_posted_like_the_typed_command(slack, standin):
    slash(slack, "poll")
    view = opened_view(standin)
    response = submit(slack, view, poll_values(settings=["anonymous", "hidden"], close_date="2026-11-27",
                                               close_time="17:00"))
    assert response == {}
    standin.wait_for("chat.postEphemeral", successful=True)
    slash(slack, 'poll "Are you going to the summit?" "Yes" "No" "Not sure" anonymous hidden closes 27 November 5pm')
    standin.wait_for("chat.postMessage", count=2, successful=True)
    built, typed = polls(slack)
    for column in ("kind", "question", "options", "channel_id", "closes_at", "anonymous", "multiple", "hidden"):
        assert built[column] == typed[column], column
    [posted, _] = standin.successful_calls_to("chat.postMessage")
    assert posted.params["channel"] == "C1" and "Are you going to the summit?" in posted.params["text"]
    [told] = standin.successful_calls_to("chat.postEphemeral")
    assert told.params["user"] == "U1" and "Your poll is up (poll 1)" in told.params["text"]


def test_a_pulse_from_the_form_uses_the_one_to_five_scale(slack, standin):
    slash(slack, "poll")
    submit(slack, opened_view(standin), poll_values("How confident are you in your backups?", options=(),
                                                    settings=["pulse"]))
    standin.wait_for("chat.postMessage", successful=True)
    slash(slack, 'poll pulse "How confident are you in your backups?"')
    standin.wait_for("chat.postMessage", count=2, successful=True)
    built, typed = polls(slack)
    assert built["kind"] == "pulse" and len(json.loads(built["options"])) == 5
    for column in ("kind", "question", "options", "anonymous", "multiple", "hidden"):
        assert built[column] == typed[column], column


@pytest.mark.parametrize("values, block, words", [
    (poll_values(options=("Yes",)), "option_2", "at least 2 options and this has one option"),
    (poll_values(options=[f"Choice {n}" for n in range(1, 12)]), "option_11", "up to 10"),
    (poll_values(options=("Yes", "No", "yes")), "option_3", "Same as option 1"),
    (poll_values(options=("Yes", "x" * 76)), "option_2", "76 characters"),
    (poll_values(close_date="2026-11-24", close_time="08:00"), "close_time", "in the past"),
    (poll_values(close_date="2026-11-20"), "close_date", "in the past"),
    (poll_values(close_date="2026-02-30"), "close_date", "isn't a date that exists"),
    (poll_values(question=""), "question", "Type the question"),
    (poll_values(options=("A", "B"), settings=["pulse"]), "option_1", "1 to 5 scale"),
], ids=["one option", "eleven", "duplicates", "over 75 characters", "closes earlier today",
        "closes on a past day", "impossible date", "no question", "pulse with options"])
def test_a_bad_poll_form_shows_field_errors_and_stores_nothing(slack, standin, values, block, words):
    slash(slack, "poll")
    view = opened_view(standin)
    if "option_11" in values:   # more option inputs than the builder offers: as if sent by hand
        view = dict(view, blocks=view["blocks"] + [
            {"type": "input", "block_id": f"option_{n}", "label": {"type": "plain_text", "text": f"Option {n}"},
             "element": {"type": "plain_text_input", "action_id": "value"}} for n in range(4, 12)])
    response = submit(slack, view, values)
    assert response["response_action"] == "errors"
    assert words in response["errors"][block], response["errors"]
    assert all(len(text) <= 150 for text in response["errors"].values())
    assert polls(slack) == []
    assert not standin.calls_to("chat.postMessage")


def test_a_poll_for_a_channel_the_bot_cannot_post_in_says_so_privately(slack, standin):
    slash(slack, "poll")
    submit(slack, opened_view(standin), poll_values(channel="C9"))
    standin.wait_until(lambda: any(c.response and c.response.get("ok") for c in standin.calls
                                   if c.method in ("chat.postEphemeral", "chat.postMessage")))
    [told] = [c for c in standin.calls if c.response and c.response.get("ok")
              and c.method in ("chat.postEphemeral", "chat.postMessage")]
    assert "couldn't post the poll" in told.params["text"]
    assert polls(slack) == []


# -- the reminder builder -------------------------------------------------------------------------

def test_cyber_remind_with_nothing_after_it_opens_the_reminder_builder(slack, standin):
    url = slash(slack, "remind")
    view = opened_view(standin)
    assert view["callback_id"] == "reminder_builder"
    ids = [b.get("block_id") for b in view["blocks"]]
    assert {"what", "date", "time", "repeat", "channel"} <= set(ids)
    assert not standin.responses_to(url)


def test_a_reminder_from_the_form_is_the_same_as_typing_it(slack, standin):
    assert slack.interactive(shortcut_payload("new_reminder")).status == 200
    view = opened_view(standin)
    response = submit(slack, view, {"what": "submit the stocktake", "date": "2026-11-26", "time": "10:30",
                                    "repeat": "once"})
    assert response == {}
    standin.wait_for("chat.postMessage", successful=True)   # the confirmation, by DM
    slash(slack, "remind 26 November at 10:30 submit the stocktake")
    built, typed = reminders(slack)
    for column in ("owner", "target", "target_kind", "what", "next_at", "rule"):
        assert built[column] == typed[column], column


def test_a_weekly_reminder_from_the_form_repeats_on_the_chosen_day(slack, standin):
    slash(slack, "remind")
    submit(slack, opened_view(standin), {"what": "check the backups", "date": "2026-11-30", "time": "09:00",
                                         "repeat": "weekly", "channel": "C2"})
    [reminder] = reminders(slack)
    assert reminder["target"] == "C2" and reminder["target_kind"] == "channel"
    assert "MO" in reminder["rule"] and reminder["next_at"].startswith("2026-11-30T09:00")


@pytest.mark.parametrize("values, block, words", [
    ({"what": "x", "date": "2026-02-30", "time": "09:00"}, "date", "isn't a date that exists"),
    ({"what": "x", "date": "2026-11-24", "time": "08:00"}, "time", "in the past"),
    ({"what": "", "date": "2026-11-25", "time": "09:00"}, "what", "Say what"),
], ids=["impossible date", "in the past", "nothing to remind"])
def test_a_bad_reminder_form_shows_field_errors_and_stores_nothing(slack, standin, values, block, words):
    slash(slack, "remind")
    response = submit(slack, opened_view(standin), dict({"repeat": "once"}, **values))
    assert response["response_action"] == "errors"
    assert words in response["errors"][block]
    assert reminders(slack) == []


def test_a_reminder_form_for_a_channel_without_the_bot_closes_then_says_privately_why_nothing_was_set(
        slack, standin):
    slash(slack, "remind")
    response = submit(slack, opened_view(standin), {"what": "x", "date": "2026-11-25", "time": "09:00",
                                                    "repeat": "once", "channel": "C9"})
    assert response == {}     # the ack checks the fields only: whether I'm in C9 is asked after it
    [told] = standin.wait_for("chat.postMessage", successful=True)
    assert "I'm not a member of" in told.params["text"] and "Nothing has been set" in told.params["text"]
    assert reminders(slack) == []


# -- the App Home ------------------------------------------------------------------------------------

def open_home(slack, standin, user: str = "U1", count: int = 1) -> dict:
    """Open the Home tab and wait until the bot has published it and noted it open (Slack has the
    view a moment before the bot hears back; what the test does next must not race that)."""
    assert slack.event(app_home_opened(user)).status == 200
    call = standin.wait_for("views.publish", count=count, successful=True)[count - 1]
    slack.settle()
    assert view_problems(call.params["view"]) == []
    return call.params["view"]


def words(view: dict) -> str:
    out = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") in ("mrkdwn", "plain_text"):
                out.append(node.get("text", ""))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(view["blocks"])
    return "\n".join(out)


def home_buttons(view: dict) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for block in view["blocks"]:
        if block["type"] == "actions":
            for element in block["elements"]:
                found.setdefault(element["action_id"], []).append(element)
    return found


def test_the_home_tab_shows_my_reminders_my_polls_and_what_is_coming_up(slack, standin):
    slash(slack, "remind tomorrow 9am submit the stocktake")
    slash(slack, 'poll "Going to the summit?" "Yes" "No"')
    standin.wait_for("chat.postMessage", successful=True)
    view = open_home(slack, standin)
    assert view["type"] == "home"
    text = words(view)
    assert "submit the stocktake" in text and "Going to the summit?" in text
    assert "Coming up" in text and "Ask a question" in text
    buttons = home_buttons(view)
    assert {"reminder_home_cancel", "poll_home_results", "poll_home_close", "poll_home_export",
            "ask_open_form"} <= set(buttons)
    assert buttons.get("reminder_home_deadline") or buttons.get("reminder_home_event")


def test_cancel_on_the_home_tab_cancels_and_the_home_shows_it(slack, standin):
    slash(slack, "remind tomorrow 9am submit the stocktake")
    view = open_home(slack, standin)
    [cancel] = home_buttons(view)["reminder_home_cancel"]
    slack.interactive(view_block_actions_payload(view, "reminder_home_cancel", cancel["value"]))
    again = standin.wait_for("views.publish", count=2, successful=True)[1].params["view"]
    assert "Cancelled reminder" in words(again)
    assert "reminder_home_cancel" not in home_buttons(again)
    assert reminders(slack)[0]["status"] == "cancelled"


def test_the_home_refreshes_after_a_reminder_is_set_with_the_command(slack, standin):
    open_home(slack, standin)
    slash(slack, "remind tomorrow 9am submit the stocktake")
    again = standin.wait_for("views.publish", count=2, successful=True)[1].params["view"]
    assert "submit the stocktake" in words(again)


def test_someone_else_pressing_close_on_my_poll_is_refused_politely(slack, standin):
    slash(slack, 'poll "Going to the summit?" "Yes" "No"')
    standin.wait_for("chat.postMessage", successful=True)
    view = open_home(slack, standin)
    [close] = home_buttons(view)["poll_home_close"]
    slack.interactive(view_block_actions_payload(view, "poll_home_close", close["value"], user_id="U2"))
    theirs = standin.wait_for("views.publish", count=2, successful=True)[1]
    assert theirs.params["user_id"] == "U2"
    assert "Only the person who created poll 1" in words(theirs.params["view"])
    assert polls(slack)[0]["status"] == "open"


def test_results_from_the_home_tab_open_in_a_modal(slack, standin):
    slash(slack, 'poll "Going to the summit?" "Yes" "No"')
    standin.wait_for("chat.postMessage", successful=True)
    view = open_home(slack, standin)
    [results] = home_buttons(view)["poll_home_results"]
    slack.interactive(view_block_actions_payload(view, "poll_home_results", results["value"]))
    shown = opened_view(standin)
    assert "Results so far" in words(shown)


def test_ask_a_question_from_the_home_tab_answers_in_the_form(slack, standin):
    view = open_home(slack, standin)
    [ask] = home_buttons(view)["ask_open_form"]
    slack.interactive(view_block_actions_payload(view, "ask_open_form", ask.get("value", "")))
    form = opened_view(standin)
    response = submit(slack, form, {"question": "What is Web Check?"})
    assert response["response_action"] == "update"       # at once: "Looking that up"
    assert view_problems(response["view"]) == [] and "Looking that up" in words(response["view"])
    [answered] = standin.wait_for("views.update", successful=True)
    assert view_problems(answered.params["view"]) == []
    assert "Web Check" in words(answered.params["view"]) and "Looking" not in words(answered.params["view"])


def test_a_long_home_stays_within_slacks_100_blocks_and_says_how_many_more(slack, standin):
    for n in range(60):
        slash(slack, f"remind in {n + 2} days submit return {n}")
    view = open_home(slack, standin)
    assert len(view["blocks"]) <= 100
    assert "more." in words(view) and "/cyber reminders" in words(view)


# -- message shortcuts --------------------------------------------------------------------------------

def test_ask_cyberbot_on_a_message_answers_it_privately_with_share(slack, standin):
    url = standin.new_response_url()
    payload = message_action_payload("ask_about_message", "What is Web Check?", response_url=url)
    assert slack.interactive(payload).status == 200
    [response] = standin.wait_for_responses(url=url)
    assert response.body["response_type"] == "ephemeral"
    assert "Web Check" in response.body["text"]
    actions = [e["action_id"] for b in response.body["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert "share_answer" in actions


def test_remind_me_about_this_links_the_reminder_to_the_message(slack, standin):
    payload = message_action_payload("remind_about_message", "Stocktake returns are due Friday", channel_id="C1")
    assert slack.interactive(payload).status == 200
    view = opened_view(standin)
    what = next(b for b in view["blocks"] if b.get("block_id") == "what")
    assert what["element"]["initial_value"] == "Stocktake returns are due Friday"
    submit(slack, view, {"what": "Stocktake returns are due Friday", "date": "2026-11-26", "time": "09:00",
                         "repeat": "once"})
    [reminder] = reminders(slack)
    link = "https://cyberbot-test.slack.com/archives/C1/p" + payload["message_ts"].replace(".", "")
    assert reminder["what"] == f"Stocktake returns are due Friday ({link})"


# -- group DMs -------------------------------------------------------------------------------------------

def test_a_question_to_the_bot_in_a_group_dm_is_answered_in_a_thread(slack, standin):
    from handlers.testing.standin import app_mention

    mention = app_mention("<@UBOT> What is Web Check?", channel="G0GROUP1")
    assert slack.event(mention).status == 200
    [answer] = standin.wait_for("chat.postMessage", successful=True)
    assert answer.params["channel"] == "G0GROUP1" and answer.params["thread_ts"] == mention["ts"]
    assert "Web Check" in answer.params["text"]


def test_a_poll_in_a_group_dm_the_bot_is_not_in_says_why_and_what_to_do(slack, standin):
    standin.add_channel("G0GROUP2", "mpdm-alice--bob-1", is_member=False, is_private=True)
    url = standin.new_response_url()
    payload = slash_command_payload('poll "Lunch?" "Yes" "No"', channel_id="G0GROUP2", response_url=url,
                                    channel_name="mpdm-alice--bob-1")
    assert slack.request(urlencode(payload), FORM_CONTENT_TYPE).status == 200
    [response] = standin.wait_for_responses(url=url)
    assert "group DM" in response.body["text"] and "channel" in response.body["text"]
    assert polls(slack) == []


def test_a_reminder_typed_in_a_group_dm_reaches_the_person_who_set_it(slack, standin):
    url = standin.new_response_url()
    payload = slash_command_payload("remind tomorrow 9am bring the slides", channel_id="G0GROUP3",
                                    response_url=url, channel_name="mpdm-alice--bob-2")
    assert slack.request(urlencode(payload), FORM_CONTENT_TYPE).status == 200
    standin.wait_for_responses(url=url)
    [reminder] = reminders(slack)
    assert reminder["target"] == "U1" and reminder["target_kind"] == "user"


def test_a_curator_sees_their_queue_on_the_home_tab_and_others_do_not(standin, tmp_path, kb):
    standin.reset()
    app = InProcessSlack(standin, slack_settings(standin, tmp_path / "curators.db", CYBERBOT_CURATORS="UCURATOR1"),
                         clock=SettableClock(NOW), kb=kb)
    try:
        app.bot.answerer.answer("how many llamas does the LGA own?")
        curator = open_home(app, standin, user="UCURATOR1")
        assert "Curators' queue" in words(curator) and "llamas" in words(curator)
        assert "entries due a review" in words(curator)
        other = open_home(app, standin, user="U2", count=2)
        assert "Curators' queue" not in words(other)
    finally:
        app.close()


def test_an_open_home_is_refreshed_when_a_reminder_goes_off_with_nobody_clicking(standin, tmp_path, kb):
    standin.reset()
    clock = SettableClock(NOW)
    app = InProcessSlack(standin, slack_settings(standin, tmp_path / "refresh.db"), clock=clock, kb=kb)
    try:
        slash(app, "remind in 5 minutes stretch your legs")
        first = open_home(app, standin)
        assert "stretch your legs" in words(first)
        app.bot.scheduler.tick()                       # nothing changed: nothing is published again
        assert len(standin.calls_to("views.publish")) == 1
        clock.advance(minutes=6)
        app.bot.scheduler.tick()                       # the reminder went off
        again = standin.wait_for("views.publish", count=2, successful=True)[1].params["view"]
        assert "stretch your legs" not in words(again)
    finally:
        app.close()


def test_a_reminder_going_off_while_slack_is_still_taking_the_opened_home_is_shown_once_it_has(
        standin, tmp_path, kb):
    standin.reset()
    clock = SettableClock(NOW)
    app = InProcessSlack(standin, slack_settings(standin, tmp_path / "slow-publish.db"), clock=clock, kb=kb)
    try:
        slash(app, "remind in 5 minutes stretch your legs")
        standin.delay_next("views.publish", 1.0)               # Slack is slow to take the Home
        assert app.event(app_home_opened("U1")).status == 200
        standin.wait_until(lambda: standin.calls_to("views.publish"), message="the Home's publish under way")
        clock.advance(minutes=6)
        app.bot.scheduler.tick()                               # the reminder goes off meanwhile
        app.settle()
        published = [call.params["view"] for call in standin.calls_to("views.publish") if call.ok]
        assert "stretch your legs" in words(published[0])
        assert "stretch your legs" not in words(published[-1])  # the Home shows it went off
    finally:
        app.close()


def test_every_shortcut_in_the_manifest_is_one_the_bot_answers(slack):
    import yaml

    from handlers.testing.process import ROOT

    manifest = yaml.safe_load((ROOT / "manifest.yml").read_text())
    declared = {s["callback_id"]: s["type"] for s in manifest["features"]["shortcuts"]}
    assert declared == {"new_poll": "global", "new_reminder": "global", "remind_about_message": "message",
                        "ask_about_message": "message"}
    assert set(declared) <= set(slack.bot.shortcuts)
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    assert "app_home_opened" in manifest["settings"]["event_subscriptions"]["bot_events"]
    assert "im:read" not in manifest["oauth_config"]["scopes"]["bot"]
