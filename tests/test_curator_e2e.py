"""The curator loop end to end: the real ``cyberbot serve --http`` process against the stand-in Slack."""

from __future__ import annotations

import json
import urllib.request

import icalendar
import pytest

from tests.slack_process import BotProcess, standin  # noqa: F401

CURATOR = "UCURATOR1"


@pytest.fixture
def curator_bot(standin, tmp_path):  # noqa: F811
    bot = BotProcess(standin, tmp_path / "cyberbot.db",
                     extra_env={"CYBERBOT_CURATORS": CURATOR, "CYBERBOT_CURATOR_CHANNEL": "C0CURATORS"})
    with bot:
        yield bot


def response_body(slack, url) -> dict:
    [response] = slack.wait_for_responses(1, url=url, timeout=15)
    return response.body


def test_a_curator_adds_a_deadline_in_slack_and_anyone_sets_a_reminder_with_one_click(curator_bot, standin):  # noqa: F811
    _, url = curator_bot.slash("deadline add 31 March 2099 DSPT submission https://www.dsptoolkit.nhs.uk/",
                               user_id=CURATOR)
    assert "Added council deadline 1" in str(response_body(standin, url))

    _, url = curator_bot.slash("deadline add 31 March 2099 Sneaky", user_id="U2")
    assert "only the council's curators" in str(response_body(standin, url))

    _, url = curator_bot.slash("deadlines", user_id="U2")
    blocks = response_body(standin, url)["blocks"]
    text = json.dumps(blocks)
    assert "Deadlines ahead" in text and "DSPT submission" in text and "Sneaky" not in text
    remind = [e for b in blocks if b["type"] == "actions" for e in b["elements"]
              if e.get("value") == "council:1"]
    assert [e["action_id"] for e in remind] == ["deadline_remind_14d", "deadline_remind_7d", "deadline_remind_1d"]

    _, url = curator_bot.click("deadline_remind_7d", "council:1", user_id="U2")
    assert "I'll remind you about *DSPT submission*" in str(response_body(standin, url))
    _, url = curator_bot.slash("reminders", user_id="U2")
    assert "DSPT submission" in str(response_body(standin, url))


def test_the_calendar_feed_is_served_over_http_and_written_by_the_cli(curator_bot, standin, tmp_path):  # noqa: F811
    curator_bot.slash("event add 12 May 2099 Regional WARP meeting", user_id=CURATOR)
    _, url = curator_bot.slash("events", user_id="U2")
    assert "Regional WARP meeting" in str(response_body(standin, url))
    with urllib.request.urlopen(curator_bot.url + "/calendar.ics", timeout=10) as answer:
        assert answer.status == 200 and answer.headers["content-type"].startswith("text/calendar")
        served = icalendar.Calendar.from_ical(answer.read())
    assert [str(e["summary"]) for e in served.walk("VEVENT")].count("Regional WARP meeting") == 1

    out = tmp_path / "council.ics"
    result = curator_bot.cli("deadlines", "ics", "-o", str(out))
    assert result.returncode == 0, result.stderr
    written = icalendar.Calendar.from_ical(out.read_bytes())
    assert "Regional WARP meeting" in [str(e["summary"]) for e in written.walk("VEVENT")]
