"""Council deadlines and events: added by curators, listed ahead-first, one click to a reminder, and a feed."""

import io
from datetime import date, datetime, timezone

import icalendar
import pytest

from bot.core.clock import SettableClock
from bot.core.config import Settings
from bot.core.messenger import ConsoleMessenger
from bot.core.forms import INPUTS, Submission
from bot.core.replies import Buttons, render_plain
from bot.core.router import Request
from handlers.testing.process import KNOWLEDGE

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def clock():
    return SettableClock(NOW)


@pytest.fixture
def messenger():
    return ConsoleMessenger(io.StringIO())


@pytest.fixture
def make_bot(make_bot, tmp_path):
    """Bots whose curators are ``curators`` (one curator, UCUR1, unless told otherwise)."""
    def make(curators="UCUR1"):
        return make_bot(settings=Settings.from_env({"CYBERBOT_DB": str(tmp_path / "cal.db"),
                                                    "CYBERBOT_KNOWLEDGE": str(KNOWLEDGE),
                                                    "CYBERBOT_CURATORS": curators}))

    return make


def say(bot, text, user="UCUR1", surface="slash"):
    return bot.handle("/cyber " + text, Request(user_id=user, channel_id="C1", surface=surface))


def test_a_curator_adds_a_council_deadline_and_it_is_listed_ahead_with_remind_me_buttons(bot):
    added = say(bot, "deadline add 31 March 2027 DSPT submission https://www.dsptoolkit.nhs.uk/")
    assert added.kind == "deadline_added", render_plain(added)
    reply = say(bot, "deadlines")
    text = render_plain(reply)
    assert text.index("Deadlines ahead") < text.index("DSPT submission") < text.index("Recently passed")
    assert "(in 4 months, Mar 2027)" in text and "(past)" not in text
    buttons = [b for block in reply.blocks if isinstance(block, Buttons) for b in block.buttons]
    ours = [b for b in buttons if b.value == f"council:{added.data['id']}"]
    assert [b.label for b in ours] == ["Remind me 2 weeks before", "Remind me 1 week before", "Remind me 1 day before"]


def test_a_remind_me_button_sets_the_reminder_in_one_click(bot):
    row = say(bot, "deadline add 2027-03-31 DSPT submission").data["id"]
    clicker = Request(user_id="U77", channel_id="C1", surface="action")
    result = bot.handle_action("deadline_remind_14d", f"council:{row}", clicker)
    text = render_plain(result.ephemeral)
    assert "I'll remind you about DSPT submission" in text and "Wed 17 Mar 2027 at 09:00" in text
    [reminder] = bot.api("reminders").store.active_for("U77")
    assert reminder.source == f"deadline:council-{row}" and "DSPT submission" in reminder.what


def test_remind_me_about_works_on_a_council_deadline(bot):
    say(bot, "deadline add 31 March 2027 Annual PSN health check")
    reply = bot.handle("/cyber remind me about the PSN health check 3 days before",
                       Request(user_id="U5", channel_id="C1", surface="slash"))
    assert reply.kind == "reminder_set", render_plain(reply)
    assert "Sun 28 Mar 2027 at 09:00" in render_plain(reply)


def test_when_the_curated_deadline_is_past_the_reply_says_what_is_ahead_instead(bot):
    say(bot, "deadline add 31 March 2027 DSPT submission")
    reply = bot.handle("/cyber remind me about the Mail Check deadline 3 days before",
                       Request(user_id="U5", channel_id="C1", surface="slash"))
    text = render_plain(reply)
    assert "already passed" in text and "What's ahead instead" in text and "DSPT submission (31 March 2027)" in text
    assert bot.api("reminders").store.active_for("U5") == []


def test_a_past_deadline_is_refused_with_the_reason_and_nothing_is_stored(bot):
    reply = say(bot, "deadline add 1 November 2026 Something late")
    assert reply.kind == "error"
    assert "is in the past (today is 30 November 2026)" in render_plain(reply)
    assert bot.api("calendar").calendar.store.live("deadline") == []


@pytest.mark.parametrize("typed, says", [
    ("deadline add 31 February 2027 Nope", "isn't a date that exists"),
    ("deadline add next week something", "couldn't find a date"),
    ("deadline add 2027-05-01", "What is it called"),
    ("deadline add 2027-05-01 Thing htp//bad", None),
    ("deadline add 2027-05-01 Thing ftp://example.com/x", "doesn't look like a web address"),
])
def test_bad_deadline_input_is_explained_and_stores_nothing(bot, typed, says):
    reply = say(bot, typed)
    if says is None:   # no scheme at all is just part of the title, which is fine
        assert reply.kind == "deadline_added"
        return
    assert reply.kind == "error" and says in render_plain(reply)
    assert bot.api("calendar").calendar.store.live("deadline") == []


def test_someone_not_a_curator_is_told_politely_and_nothing_changes(bot):
    reply = say(bot, "deadline add 31 March 2027 DSPT submission", user="U999")
    assert reply.kind == "error" and "only the council's curators" in render_plain(reply)
    assert "nothing has changed" in render_plain(reply)
    row = say(bot, "event add 12 May 2027 CYBERUK").data["id"]
    assert say(bot, f"event remove {row}", user="U999").kind == "error"
    assert len(bot.api("calendar").calendar.store.live("event")) == 1


def test_with_no_curators_set_nobody_in_slack_may_add_but_the_console_operator_can(make_bot):
    bot = make_bot(curators="")
    assert say(bot, "event add 12 May 2027 CYBERUK 2027").kind == "error"
    assert say(bot, "event add 12 May 2027 CYBERUK 2027", user="console", surface="console").kind == "event_added"


def test_a_curator_removes_a_council_event_and_it_leaves_the_list(bot):
    row = say(bot, "event add 12 May 2027 Regional WARP meeting https://example.org/warp").data["id"]
    assert "Regional WARP meeting" in render_plain(say(bot, "events"))
    assert say(bot, f"event remove {row}").kind == "event_removed"
    text = render_plain(say(bot, "events"))
    assert "Regional WARP meeting" not in text and "Nothing is ahead" in text


def test_events_put_the_ahead_first_then_the_recent_past_under_its_own_heading(bot):
    say(bot, "event add 12 May 2027 Regional WARP meeting")
    text = render_plain(say(bot, "events"))
    assert text.index("Events ahead") < text.index("Regional WARP meeting") < text.index("Recent events")
    assert "(past)" not in text and "CYBERUK 2019" in text


def test_a_question_starting_with_deadline_is_still_a_question(bot):
    reply = bot.handle("deadline for the stocktake returns?", Request(user_id="U1", channel_id="D1", surface="dm"))
    assert reply.kind in ("answer", "not_sure")


def test_the_ics_feed_holds_each_upcoming_deadline_and_event_once_and_parses(bot, clock):
    say(bot, "deadline add 31 March 2027 DSPT submission https://www.dsptoolkit.nhs.uk/")
    say(bot, "event add 12 May 2027 Regional WARP meeting")
    say(bot, "deadline add 2 December 2026 Soon gone")
    clock.set(datetime(2026, 12, 5, 9, tzinfo=timezone.utc))
    parsed = icalendar.Calendar.from_ical(bot.api("calendar").ics())
    events = list(parsed.walk("VEVENT"))
    summaries = [str(e["summary"]) for e in events]
    assert summaries.count("Deadline: DSPT submission") == 1 and summaries.count("Regional WARP meeting") == 1
    assert not any("Soon gone" in s for s in summaries)          # past by now
    assert not any("Mail Check" in s for s in summaries)         # the curated one is past too
    assert len({str(e["uid"]) for e in events}) == len(events)
    dspt = next(e for e in events if "DSPT" in str(e["summary"]))
    assert dspt.decoded("dtstart") == date(2027, 3, 31) and str(dspt["url"]) == "https://www.dsptoolkit.nhs.uk/"


def test_a_deadline_typed_in_slack_keeps_its_link_and_ampersands_as_typed(bot):
    reply = say(bot, "deadline add 31 March 2027 Backup &amp; recovery test "
                     "<https://www.example.gov.uk/plan?a=1&amp;b=2|the plan>")
    assert reply.kind == "deadline_added", render_plain(reply)
    [row] = bot.api("calendar").calendar.store.live("deadline")
    assert row.title == "Backup & recovery test" and row.link == "https://www.example.gov.uk/plan?a=1&b=2"


def test_a_curator_can_add_a_deadline_through_a_form_with_field_errors_for_bad_input(bot):
    listing = say(bot, "deadlines")
    add = next(b for block in listing.blocks if isinstance(block, Buttons) for b in block.buttons
               if b.action_id == "calendar_add")
    assert add.label == "Add a council deadline"
    assert not [b for block in say(bot, "deadlines", user="U999").blocks if isinstance(block, Buttons)
                for b in block.buttons if b.action_id == "calendar_add"]
    curator = Request(user_id="UCUR1", channel_id="C1", surface="action")
    refused = bot.handle_action("calendar_add", "deadline", Request(user_id="U999", channel_id="C1", surface="action"))
    assert refused.open_view is None and "only the council's curators" in render_plain(refused.ephemeral)
    form = bot.handle_action("calendar_add", "deadline", curator).open_view
    assert [b.block_id for b in form.blocks if isinstance(b, INPUTS)] == ["date", "title", "link"]
    assert form.metadata == "deadline"

    def submit_form(values: dict, kind: str, ctx: Request):
        return bot.handle_view(Submission(callback_id="calendar_add", values=values, metadata=kind), ctx)

    bad = submit_form({"date": "1 January 2020", "title": "", "link": "ftp://x"},
                                "deadline", curator)
    assert set(bad.errors) == {"date", "title", "link"} and "in the past" in bad.errors["date"]
    impossible = submit_form({"date": "30 February 2027", "title": "X"}, "deadline", curator)
    assert "isn't a date that exists" in impossible.errors["date"]
    assert bot.api("calendar").calendar.store.live("deadline") == []

    good = submit_form({"date": "31 March 2027", "title": "DSPT submission",
                                                  "link": "https://www.dsptoolkit.nhs.uk/"}, "deadline", curator)
    assert not good.errors
    told = good.then()             # stored after the form's ack, and the curator told so
    [row] = bot.api("calendar").calendar.store.live("deadline")
    assert (row.title, row.day, row.added_by) == ("DSPT submission", date(2027, 3, 31), "UCUR1")
    assert "Added council deadline 1" in render_plain(told)
