"""The Web API side that reminders and polls deliver through: ``SlackMessenger`` and
``SlackZones`` on a real slack-sdk client, against the stand-in Slack in this process."""

from __future__ import annotations

from bot.core.config import Settings
from bot.core.replies import Reply
from handlers.app import build_client
from handlers.slack_messenger import MEMBERS_CACHE_SECONDS, SlackDeliveryError, SlackMessenger
from handlers.slack_zones import SlackZones


def _web_client(slack):
    return build_client(Settings.from_env({"SLACK_API_URL": slack.api_url, "SLACK_BOT_TOKEN": "xoxb-test"}))


def test_a_delivery_to_a_person_goes_to_their_dm_and_can_be_found_again_by_its_metadata(standin):
    messenger = SlackMessenger(_web_client(standin))
    metadata = {"event_type": "cyberbot_reminder", "event_payload": {"key": "r-17"}}
    posted = messenger.post("U5", Reply.simple("Stocktake return due Friday"), metadata=metadata)
    assert posted.channel == "D5"
    assert standin.calls_to("chat.postMessage")[0].params["channel"] == "U5"  # Slack opens the DM itself
    messenger.post("U5", Reply.simple("something else"))
    assert messenger.find_posted("U5", "cyberbot_reminder", "r-17") == posted
    assert messenger.find_posted("U5", "cyberbot_reminder", "r-18") is None
    messenger.update(posted.channel, posted.ts, Reply.simple("Stocktake return due *today*"))
    [stored] = [m for m in standin.messages("D5") if m["ts"] == posted.ts]
    assert "today" in stored["text"] and stored["metadata"]["event_payload"]["key"] == "r-17"
    assert standin.calls_to("conversations.open") == []  # the DM channel came back with the first post


def test_channels_are_resolved_by_name_and_membership_is_checked(standin):
    standin.add_channel("C100", "cyber-leads")
    standin.add_channel("C200", "general", is_member=False)
    messenger = SlackMessenger(_web_client(standin))
    assert messenger.resolve_channel("#cyber-leads") == "C100"
    assert messenger.resolve_channel("#Cyber-Leads") == "C100"
    assert messenger.resolve_channel("#no-such-channel") is None
    assert messenger.is_member("C100") is True
    assert messenger.is_member("C200") is False
    try:
        messenger.post("C200", Reply.simple("hello"))
        raised = None
    except SlackDeliveryError as exc:
        raised = exc.code
    assert raised == "not_in_channel"


def test_a_persons_time_zone_comes_from_their_profile_with_a_fallback(standin):
    standin.add_user("U8", "priya", tz="America/New_York")
    standin.add_user("U9", "sam", tz="")
    zones = SlackZones(_web_client(standin), "Europe/London")
    assert zones.zone_for("U8") == "America/New_York"
    assert zones.zone_for("U9") == "Europe/London"
    standin.fail_next("users.info", status=200, error="user_not_found")
    assert zones.zone_for("U404") == "Europe/London"
    zones.zone_for("U8")
    assert len([c for c in standin.calls_to("users.info") if c.params.get("user") == "U8"]) == 1  # cached


def test_channel_membership_is_asked_of_slack_remembered_for_a_minute_and_a_newcomer_is_let_in_at_once(standin):
    standin.add_channel("G300", "incident-response", is_private=True, members=["U1", "U2"])
    standin.add_channel("G301", "board-only", is_private=True, is_member=False, members=["U1"])
    now = [1000.0]
    messenger = SlackMessenger(_web_client(standin), clock=lambda: now[0])
    assert messenger.is_user_member("G300", "U1") and messenger.is_user_member("G300", "U2")
    assert len(standin.calls_to("conversations.members")) == 1          # one list answers both
    assert messenger.is_user_member("G300", "U9") is False              # an outsider: asked afresh
    standin.join("G300", "U9")
    now[0] += 1
    assert messenger.is_user_member("G300", "U9") is True               # joined a moment ago: let in
    standin.leave("G300", "U2")
    now[0] += MEMBERS_CACHE_SECONDS - 2
    assert messenger.is_user_member("G300", "U2") is True               # a yes lasts a minute...
    now[0] += 3
    assert messenger.is_user_member("G300", "U2") is False              # ...then Slack is asked again
    assert messenger.is_user_member("U5", "U5") and not messenger.is_user_member("U5", "U6")
    try:
        messenger.is_user_member("G301", "U1")                          # Slack hides it from the bot
        raised = None
    except Exception as exc:  # noqa: BLE001
        raised = exc
    assert raised is not None and "channel_not_found" in str(raised)
