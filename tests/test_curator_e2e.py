"""The curator loop end to end: the real ``cyberbot serve --http`` process against the stand-in Slack."""

from __future__ import annotations

import json
import shutil
import time
import urllib.request
from urllib.parse import urlencode

import icalendar
import pytest

from handlers.testing.process import KNOWLEDGE, BotProcess
from handlers.testing.standin import FORM_CONTENT_TYPE, view_submission_payload

pytestmark = pytest.mark.slow  # every story here runs the real `cyberbot serve` process

CURATOR = "UCURATOR1"


@pytest.fixture
def curator_bot(standin, tmp_path):
    bot = BotProcess(standin, tmp_path / "cyberbot.db",
                     extra_env={"CYBERBOT_CURATORS": CURATOR, "CYBERBOT_CURATOR_CHANNEL": "C0CURATORS"})
    with bot:
        yield bot


def response_body(slack, url) -> dict:
    [response] = slack.wait_for_responses(1, url=url, timeout=15)
    return response.body


def test_a_curator_adds_a_deadline_in_slack_and_anyone_sets_a_reminder_with_one_click(curator_bot, standin):
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


def test_the_calendar_feed_is_served_over_http_and_written_by_the_cli(curator_bot, standin, tmp_path):
    _, added = curator_bot.slash("event add 12 May 2099 Regional WARP meeting", user_id=CURATOR)
    assert "Regional WARP meeting" in str(response_body(standin, added))   # handled before the next command
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


def slack_text(blocks) -> str:
    return json.dumps(blocks)


def asked_in_channel(standin):
    return [c for c in standin.calls_to("chat.postMessage")
            if c.ok and c.params.get("channel") == "C0CURATORS"
            and (c.params.get("metadata") or {}).get("event_type") == "cyberbot_council_question"]


def submit(bot, view: dict, values: dict, user_id: str) -> tuple[int, str]:
    payload = view_submission_payload(view, values, user_id=user_id)
    return bot.post(urlencode({"payload": json.dumps(payload)}).encode(), FORM_CONTENT_TYPE)


def test_ask_the_council_from_an_unsure_answer_to_the_askers_dm_and_the_next_ask(curator_bot, standin):
    question = "who is our council's WARP coordinator?"
    _, url = curator_bot.slash(f"ask {question}", user_id="UASKER1")
    unsure = response_body(standin, url)
    ask_button = next(e for b in unsure["blocks"] if b["type"] == "actions" for e in b["elements"]
                      if e["action_id"] == "council_ask")
    assert ask_button["text"]["text"] == "Ask the council"

    _, url = curator_bot.click("council_ask", ask_button["value"], user_id="UASKER1")
    assert "I've asked the council's curators (question 1)" in str(response_body(standin, url))
    standin.wait_until(lambda: asked_in_channel(standin), timeout=15, message="the hand-off post")
    [post] = asked_in_channel(standin)
    assert question in slack_text(post.params["blocks"]) and "<@UASKER1>" in slack_text(post.params["blocks"])

    _, url = curator_bot.click("council_answer", "1", user_id="USTRANGER", channel_id="C0CURATORS")
    assert "only the council's curators" in str(response_body(standin, url))
    assert standin.calls_to("views.open") == []

    curator_bot.click("council_answer", "1", user_id=CURATOR, channel_id="C0CURATORS")
    [opened] = standin.wait_for("views.open", timeout=15)
    assert opened.ok, opened.response
    view = opened.response["view"]
    assert view["callback_id"] == "council_answer"

    status, body = submit(curator_bot, view, {"answer": "Jo Bloggs.", "publisher": "", "title": "",
                                              "date": "2026-02-30", "url": "nope"}, CURATOR)
    assert status == 200
    errors = json.loads(body)
    assert errors["response_action"] == "errors"
    assert set(errors["errors"]) == {"publisher", "title", "date", "url"}

    status, body = submit(curator_bot, view, {"answer": "Jo Bloggs coordinates the WARP.",
                                              "publisher": "Example Council", "title": "WARP membership list",
                                              "date": "2026-10-01", "url": "https://www.example.gov.uk/warp",
                                              "topic": "local-government"}, CURATOR)
    assert status == 200 and "errors" not in body

    def dm():
        return [c for c in standin.calls_to("chat.postMessage")
                if c.ok and c.params.get("channel") == "UASKER1"
                and (c.params.get("metadata") or {}).get("event_type") == "cyberbot_council_answer"]
    standin.wait_until(dm, timeout=15, message="the asker's DM")
    dm_text = slack_text(dm()[0].params["blocks"])
    assert "Jo Bloggs coordinates the WARP." in dm_text and f"<@{CURATOR}>" in dm_text
    assert "https://www.example.gov.uk/warp" in dm_text
    [marked] = standin.wait_for("chat.update", timeout=15)
    assert marked.params["ts"] == post.response["ts"] and f"Answered by <@{CURATOR}>" in str(marked.params["blocks"])

    _, url = curator_bot.slash(f"ask {question}", user_id="USOMEONE")
    served = slack_text(response_body(standin, url)["blocks"])
    assert "Jo Bloggs coordinates the WARP." in served and "Answered by a curator" in served
    drafts = curator_bot.cli("kb", "drafts")
    assert drafts.returncode == 0 and "Jo Bloggs coordinates the WARP." in drafts.stdout
    gaps = json.loads(curator_bot.cli("kb", "gaps", "--json").stdout)
    assert {"question": question, "status": "answered"}.items() <= next(g for g in gaps if g["question"] == question).items()


def test_a_broken_yaml_edit_while_serving_leaves_answers_working(standin, tmp_path):
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    bot = BotProcess(standin, tmp_path / "cyberbot.db",
                     extra_env={"CYBERBOT_KNOWLEDGE": str(folder), "CYBERBOT_CURATOR_CHANNEL": "C0CURATORS"})
    with bot:
        path = folder / "people.yaml"
        path.write_text(path.read_text().replace("  - id: person-andy-hopkirk", "  - id: [broken", 1))

        def told():
            return [c for c in standin.calls_to("chat.postMessage")
                    if c.ok and c.params.get("channel") == "C0CURATORS" and "people.yaml:" in str(c.params)]
        standin.wait_until(told, timeout=15, message="the curator channel told of the broken edit")
        _, url = bot.slash("ask who is andy hopkirk")
        assert "Head of Research" in str(response_body(standin, url))
        assert "people.yaml:" in bot.log_text() and bot.alive
        path.write_text(path.read_text().replace("  - id: [broken", "  - id: person-andy-hopkirk", 1)
                        .replace("Socitm's Head of Research", "Socitm's Head of Research (edited live)"))
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            _, url = bot.slash("ask who is andy hopkirk")
            if "(edited live)" in str(response_body(standin, url)):
                break
            time.sleep(0.3)
        else:
            raise AssertionError("the fixed edit was not picked up")


def test_a_curator_adds_an_event_through_the_form_in_slack(curator_bot, standin):
    _, url = curator_bot.slash("events", user_id=CURATOR)
    assert "calendar_add" in slack_text(response_body(standin, url)["blocks"])
    curator_bot.click("calendar_add", "event", user_id=CURATOR)
    [opened] = standin.wait_for("views.open", timeout=15)
    assert opened.ok, opened.response
    view = opened.response["view"]
    status, body = submit(curator_bot, view, {"date": "31 February 2099", "title": "WARP meeting"}, CURATOR)
    assert status == 200 and set(json.loads(body)["errors"]) == {"date"}
    status, body = submit(curator_bot, view, {"date": "12 May 2099", "title": "Regional WARP meeting",
                                              "link": "https://example.org/warp"}, CURATOR)
    assert status == 200 and "errors" not in body
    _, url = curator_bot.slash("events", user_id="U2")
    assert "Regional WARP meeting" in str(response_body(standin, url))
