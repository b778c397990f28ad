"""Pulse polls in the core, as CIO Council members use them: a settable clock, no Slack.

The recording messenger (the ``messenger`` fixture) stands in for the channel: it keeps every
message posted and every update, so each story can look at what people in the channel would see.
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading

import pytest

from bot.assistant import CyberBot
from bot.core.router import Request
from bot.polls.commands import PollService
from bot.core.replies import Button, Buttons, Note, Reply, Text, render_plain
from handlers.testing.recording import RecordingMessenger


def results_posts(messenger) -> list:
    return [s for s in messenger.posts if s.reply.kind == "poll_results"]


def as_shown(messenger, poll_id: int) -> Reply:
    """The poll's message as the channel shows it now: the post, or its latest update."""
    [post] = [s for s in messenger.posts if s.reply.kind == "poll" and s.reply.data.get("poll_id") == poll_id]
    return messenger.current(post.ts)


class Zones:
    def __init__(self, zones):
        self.zones = zones

    def zone_for(self, user_id):
        return self.zones.get(user_id, "Europe/London")


@pytest.fixture
def bot(settings, clock, kb, messenger):
    bot = CyberBot(settings, clock=clock, kb=kb, messenger=messenger,
                   zones=Zones({"UNY": "America/New_York"}))
    yield bot
    service(bot).close()
    bot.close()


def service(bot) -> PollService:
    polls = bot.api("polls")
    return polls


def slash(bot, text, user="U1", channel="C1", surface="slash"):
    return bot.handle(text, Request(user_id=user, channel_id=channel, surface=surface))


def click(bot, poll_id, option_index, user, channel="C1"):
    return bot.handle_action(f"poll_vote_{option_index}", f"{poll_id}:{option_index}",
                             Request(user_id=user, channel_id=channel, surface="action"))


def new_poll(bot, text='"Are you going to the summit?" "Yes" "No" "Not sure"', **kw) -> int:
    reply = slash(bot, f"/cyber poll {text}", **kw)
    assert reply.kind == "poll_created", render_plain(reply)
    return reply.data["poll_id"]


def settle(bot, clock):
    """Let a couple of seconds pass so the coalesced message update goes out, and wait for it."""
    # The updater runs on its own thread: a push it began before the clock moved leaves the
    # votes after it a second behind, so the clock may need to move on again (as time would).
    for _ in range(5):
        clock.advance(seconds=2)
        if service(bot).updater.wait_idle(2):
            return
    raise AssertionError("the poll message was never brought up to date")


def everything(reply: Reply) -> str:
    """All the text in a message, button labels and values included."""
    parts = [reply.text]
    for block in reply.blocks:
        if isinstance(block, Text):
            parts.append(block.mrkdwn)
        elif isinstance(block, Note):
            parts.extend(block.items)
        elif isinstance(block, Buttons):
            parts.extend(f"{b.label} {b.action_id} {b.value}" for b in block.buttons)
    return "\n".join(parts)


def buttons(reply: Reply) -> list[Button]:
    return [b for block in reply.blocks if isinstance(block, Buttons) for b in block.buttons]


def poll_rows(bot) -> int:
    return bot.storage.query("SELECT COUNT(*) AS n FROM polls")[0]["n"]


# -- posting -----------------------------------------------------------------------------------

def test_a_poll_is_posted_to_the_channel_with_a_button_per_option(bot, messenger):
    reply = slash(bot, '/cyber poll "Are you going to the summit?" "Yes" "No" "Not sure" closes tomorrow 5pm')
    assert reply.visibility == "ephemeral" and "is up" in reply.text
    [post] = messenger.posts
    assert post.channel == "C1" and post.reply.visibility == "channel"
    poll_id = reply.data["poll_id"]
    assert [(b.label, b.action_id, b.value) for b in buttons(post.reply)] == [
        ("Yes", "poll_vote_0", f"{poll_id}:0"), ("No", "poll_vote_1", f"{poll_id}:1"),
        ("Not sure", "poll_vote_2", f"{poll_id}:2")]
    shown = everything(post.reply)
    assert "Are you going to the summit?" in shown and "0 votes" in shown
    assert f"Poll {poll_id}" in shown and "by <@U1>" in shown
    assert "closes Wed 25 Nov 2026 at 17:00 GMT" in shown


def test_the_closing_time_is_shown_in_the_creators_zone(bot, messenger):
    new_poll(bot, '"Q?" "A" "B" closes tomorrow 5pm', user="UNY")
    assert "closes Wed 25 Nov 2026 at 17:00 EST" in everything(messenger.posts[0].reply)


def test_curly_quotes_from_a_mac_make_the_same_poll(bot, messenger):
    new_poll(bot, "\u201cAre you going?\u201d \u201cYes\u201d \u201cNo\u201d")
    assert [b.label for b in buttons(messenger.posts[0].reply)] == ["Yes", "No"]


def test_poll_text_cannot_ping_the_channel(bot, messenger):
    new_poll(bot, '"<!channel> vote *now* @here" "<!everyone> yes" "<@U999> no"')
    message = messenger.posts[0].reply
    mrkdwn = everything(Reply(message.text, [b for b in message.blocks if not isinstance(b, Buttons)]))
    assert "<!channel>" not in mrkdwn and "<!everyone>" not in mrkdwn and "<@U999>" not in mrkdwn
    assert "@here" not in mrkdwn.replace("@\u2060here", "")
    assert all("<!" not in b.label for b in buttons(message))   # labels are plain text, but even so


def test_a_poll_the_bot_cannot_post_leaves_nothing_behind(bot, messenger):
    messenger.refuse_posts()
    reply = slash(bot, '/cyber poll "Q?" "A" "B"')
    assert reply.kind == "error" and "invite me" in reply.text
    assert poll_rows(bot) == 0


# -- voting ------------------------------------------------------------------------------------

def test_a_vote_cast_twice_counts_once(bot, messenger, clock):
    poll_id = new_poll(bot)
    first = click(bot, poll_id, 0, "U2")
    again = click(bot, poll_id, 0, "U2")
    assert "your vote for *Yes* is in" in first.ephemeral.text
    assert "already voted for *Yes*" in again.ephemeral.text
    assert again.ephemeral.visibility == "ephemeral" and again.replace_original is None
    settle(bot, clock)
    assert "1 person voted" in everything(as_shown(messenger, poll_id))


def test_clicking_another_option_moves_the_vote(bot, messenger, clock):
    poll_id = new_poll(bot)
    click(bot, poll_id, 0, "U2")
    moved = click(bot, poll_id, 1, "U2")
    assert "from *Yes* to *No*" in moved.ephemeral.text
    settle(bot, clock)
    shown = everything(as_shown(messenger, poll_id))
    assert "*Yes*\n`\u2591" in shown and "0% (0 votes)" in shown and "100% (1 vote)" in shown


def test_in_a_multiple_choice_poll_clicks_toggle_each_option(bot, messenger, clock):
    poll_id = new_poll(bot, '"Which sessions?" "Keynote" "Workshop" "Panel" multiple')
    click(bot, poll_id, 0, "U2")
    click(bot, poll_id, 1, "U2")
    removed = click(bot, poll_id, 0, "U2")
    assert "Removed your vote for *Keynote*" in removed.ephemeral.text
    click(bot, poll_id, 2, "U3")
    click(bot, poll_id, 1, "U3")
    settle(bot, clock)
    shown = everything(as_shown(messenger, poll_id))
    assert "*Workshop*  \u2014 leading\n`\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588` 100% (2 votes)" in shown
    assert "2 people voted" in shown


def test_named_polls_show_who_voted_for_what(bot, messenger, clock):
    poll_id = new_poll(bot)
    click(bot, poll_id, 0, "U2")
    click(bot, poll_id, 1, "U3")
    settle(bot, clock)
    shown = everything(as_shown(messenger, poll_id))
    assert "*Yes*  \u2014 tied for the lead\n`\u2588\u2588\u2588\u2588\u2588\u2591\u2591\u2591\u2591\u2591` 50% (1 vote)\n<@U2>" in shown
    assert "<@U3>" in shown


def test_a_burst_of_100_votes_within_a_second_becomes_one_more_message_update(bot, messenger, clock):
    poll_id = new_poll(bot)
    click(bot, poll_id, 0, "U000")
    assert service(bot).updater.wait_idle(5)            # the first vote shows at once
    for n in range(1, 100):
        click(bot, poll_id, n % 3, f"U{n:03d}")
    assert not service(bot).updater.wait_idle(0.3)      # the clock stands still: the rest are held back
    assert len(messenger.updates) == 1
    settle(bot, clock)
    assert len(messenger.updates) == 2
    assert "100 people voted" in everything(as_shown(messenger, poll_id))


def test_votes_from_many_threads_each_count_once(bot, clock):
    poll_id = new_poll(bot)
    users = [f"U{n:03d}" for n in range(40)]

    def vote_a_lot(user):
        for option in (0, 1, 1, 2, 2, 2):
            click(bot, poll_id, option, user)

    threads = [threading.Thread(target=vote_a_lot, args=(u,)) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result = slash(bot, f"/cyber poll results {poll_id}")
    assert "*Not sure*  \u2014 leading\n`\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588` 100% (40 votes)" \
        in everything(result)


# -- anonymity and hidden results --------------------------------------------------------------

def test_anonymous_polls_never_show_or_store_who_voted(bot, messenger, clock):
    poll_id = new_poll(bot, '"Have you had a ransomware incident?" "Yes" "No" anonymous')
    click(bot, poll_id, 0, "U2")
    click(bot, poll_id, 1, "U3")
    click(bot, poll_id, 1, "U3")
    settle(bot, clock)
    for seen in (as_shown(messenger, poll_id), slash(bot, f"/cyber poll results {poll_id}", user="U1")):
        shown = everything(seen)
        assert "<@U2>" not in shown and "<@U3>" not in shown and "2 people voted" in shown
    voters = [r["voter"] for r in bot.storage.query("SELECT voter FROM poll_votes")]
    assert len(voters) == 2 and all(re.fullmatch(r"[0-9a-f]{64}", v) for v in voters)
    dump = "\n".join(bot.storage.conn.iterdump())
    assert "U2" not in dump and "U3" not in dump


def test_the_same_person_is_unlinkable_across_anonymous_polls(bot):
    first = new_poll(bot, '"One?" "A" "B" anonymous')
    second = new_poll(bot, '"Two?" "A" "B" anonymous')
    click(bot, first, 0, "U2")
    click(bot, second, 0, "U2")
    voters = {r["voter"] for r in bot.storage.query("SELECT voter FROM poll_votes")}
    assert len(voters) == 2


def test_hidden_polls_keep_counts_from_everyone_until_they_close(bot, messenger, clock):
    poll_id = new_poll(bot, '"Preferred summit venue?" "Leeds" "London" hidden')
    click(bot, poll_id, 0, "U2")
    click(bot, poll_id, 0, "U3")
    settle(bot, clock)
    for seen in (as_shown(messenger, poll_id), slash(bot, f"/cyber poll results {poll_id}", user="U1")):
        shown = everything(seen)
        assert "hidden until" in shown and "votes" not in shown and "<@U2>" not in shown
    slash(bot, f"/cyber poll close {poll_id}")
    settle(bot, clock)
    assert "100% (2 votes)" in everything(as_shown(messenger, poll_id))


# -- closing -----------------------------------------------------------------------------------

def test_a_poll_closes_at_its_time_exactly_once(bot, messenger, clock):
    poll_id = new_poll(bot, '"Q?" "A" "B" closes in 2 hours')
    click(bot, poll_id, 1, "U2")
    clock.advance(hours=1, minutes=59)
    bot.scheduler.tick()
    assert results_posts(messenger) == []
    clock.advance(minutes=1)
    bot.scheduler.tick()
    bot.scheduler.tick()
    [results] = results_posts(messenger)
    assert results.channel == "C1" and "100% (1 vote)" in everything(results.reply)
    settle(bot, clock)
    final = as_shown(messenger, poll_id)
    assert buttons(final) == [] and "(closed)" in everything(final) and "at its closing time" in everything(final)


def test_a_vote_after_the_closing_time_is_politely_refused(bot, clock):
    poll_id = new_poll(bot, '"Q?" "A" "B" closes in 1 hour')
    clock.advance(hours=1)
    late = click(bot, poll_id, 0, "U2")   # before the scheduler has even noticed
    assert "this poll has closed" in late.ephemeral.text
    bot.scheduler.tick()
    assert "this poll has closed" in click(bot, poll_id, 0, "U2").ephemeral.text
    assert bot.storage.query("SELECT COUNT(*) AS n FROM poll_votes")[0]["n"] == 0


def test_two_processes_after_a_restart_close_a_poll_once(bot, settings, clock, kb, messenger):
    new_poll(bot, '"Q?" "A" "B" closes in 1 hour')
    other_messenger = RecordingMessenger()
    restarted = CyberBot(settings, clock=clock, kb=kb, messenger=other_messenger)
    try:
        clock.advance(hours=2)
        restarted.scheduler.tick()
        bot.scheduler.tick()
        assert len(results_posts(messenger)) + len(results_posts(other_messenger)) == 1
    finally:
        service(restarted).close()
        restarted.close()


def test_of_two_closers_who_both_saw_the_poll_due_only_one_wins(bot, settings, clock, kb):
    poll_id = new_poll(bot, '"Q?" "A" "B" closes in 1 hour')
    restarted = CyberBot(settings, clock=clock, kb=kb, messenger=RecordingMessenger())
    try:
        clock.advance(hours=1)
        mine, theirs = service(bot).store, service(restarted).store
        assert mine.due(clock.now()) == theirs.due(clock.now()) == [("", poll_id)]
        claims = [theirs.claim_close(poll_id, "schedule", clock.now()),
                  mine.claim_close(poll_id, "schedule", clock.now())]
        assert claims == [True, False]
    finally:
        service(restarted).close()
        restarted.close()


def test_results_lost_in_a_crash_are_posted_once_on_a_later_tick(bot, messenger, clock):
    poll_id = new_poll(bot, '"Q?" "A" "B" closes in 1 hour')
    click(bot, poll_id, 0, "U2")
    clock.advance(hours=1)
    messenger.refuse_posts()       # Slack unreachable at closing time
    bot.scheduler.tick()
    messenger.refuse_posts(0)
    bot.scheduler.tick()
    assert results_posts(messenger) == []     # the claim is held for a while, not retried at once
    clock.advance(minutes=3)
    bot.scheduler.tick()
    bot.scheduler.tick()
    assert len(results_posts(messenger)) == 1


def test_results_slack_took_but_never_acknowledged_are_not_posted_twice(bot, messenger, clock):
    new_poll(bot, '"Q?" "A" "B" closes in 1 hour')
    clock.advance(hours=1)
    messenger.lose_answers()
    bot.scheduler.tick()
    messenger.lose_answers(0)
    clock.advance(minutes=3)
    bot.scheduler.tick()
    assert len(results_posts(messenger)) == 1


def test_only_the_creator_can_close_a_poll(bot, messenger, clock):
    poll_id = new_poll(bot)
    click(bot, poll_id, 2, "U2")
    refused = slash(bot, f"/cyber poll close {poll_id}", user="U2")
    assert refused.kind == "error" and "Only the person who created" in refused.text
    assert results_posts(messenger) == []
    closed = slash(bot, f"/cyber poll close {poll_id}", user="U1")
    assert "closed" in closed.text and closed.visibility == "ephemeral"
    [results] = results_posts(messenger)
    assert "*Not sure*  \u2014 most votes" in everything(results.reply) and "by <@U1>" in everything(results.reply)
    settle(bot, clock)
    final = as_shown(messenger, poll_id)
    assert buttons(final) == [] and "100% (1 vote)" in everything(final)
    assert "already closed" in slash(bot, f"/cyber poll close {poll_id}").text
    assert "this poll has closed" in click(bot, poll_id, 0, "U3").ephemeral.text


def test_anyone_can_see_results_so_far(bot, clock):
    poll_id = new_poll(bot)
    click(bot, poll_id, 0, "U2")
    seen = slash(bot, f"/cyber poll results {poll_id}", user="U9", channel="C2")
    assert seen.visibility == "ephemeral" and "Results so far" in everything(seen)
    assert "100% (1 vote)" in everything(seen)


# -- pulse -------------------------------------------------------------------------------------

def test_a_pulse_offers_a_1_to_5_scale_with_words_at_the_ends(bot, messenger):
    new_poll(bot, 'pulse "How confident are you in your backups?"')
    message = messenger.posts[0].reply
    labels = [b.label for b in buttons(message)]
    assert len(labels) == 5 and labels[0].startswith("1") and "not at all" in labels[0]
    assert labels[4].startswith("5") and "fully" in labels[4]
    assert "1 = not at all, 5 = fully" in everything(message)


def test_a_pulse_shows_mean_count_and_trend_since_last_time_in_the_channel(bot, messenger, clock):
    asked = 'pulse "How confident are you in your backups?"'
    before = new_poll(bot, asked)
    for user, score in (("U2", 3), ("U3", 3), ("U4", 4)):
        click(bot, before, score - 1, user)
    slash(bot, f"/cyber poll close {before}")
    elsewhere = new_poll(bot, asked, channel="C9")
    click(bot, elsewhere, 0, "U2")
    clock.advance(days=7)
    now = new_poll(bot, asked)
    for user, score in (("U2", 4), ("U3", 4), ("U4", 5)):
        click(bot, now, score - 1, user)
    slash(bot, f"/cyber poll close {now}")
    results = results_posts(messenger)[-1]
    assert "mean 4.3 from 3 responses, up 1.0 since 24 Nov" in everything(results.reply)


def test_a_first_pulse_has_no_trend(bot, messenger, clock):
    poll_id = new_poll(bot, 'pulse "New question?"')
    click(bot, poll_id, 4, "U2")
    shown = everything(slash(bot, f"/cyber poll results {poll_id}"))
    assert "mean 5.0 from 1 response" in shown and "since" not in shown


# -- the console -------------------------------------------------------------------------------

def test_polls_work_in_the_console_with_vote_by_number_or_text(bot, messenger, clock):
    poll_id = new_poll(bot, '"Lunch?" "Pizza" "Tacos" "Salad"', user="console", channel="console-channel",
                       surface="console")
    console = dict(user="console", channel="console-channel", surface="console")
    assert "*Tacos*" in slash(bot, f"/cyber vote {poll_id} 2", **console).text
    assert "from *Tacos* to *Salad*" in slash(bot, f"/cyber vote {poll_id} sald", **console).text
    assert "no option like" in slash(bot, f"/cyber vote {poll_id} 9", **console).text
    assert "[Pizza] (/cyber vote" in render_plain(messenger.posts[0].reply)


def test_vote_by_typing_is_only_for_the_console(bot):
    poll_id = new_poll(bot)
    slash(bot, f"/cyber vote {poll_id} 1")
    assert bot.storage.query("SELECT COUNT(*) AS n FROM poll_votes")[0]["n"] == 0


# -- bad input ---------------------------------------------------------------------------------

@pytest.mark.parametrize("args", ['"Q?" "A"', '"Q?" ' + " ".join(f'"{n}"' for n in range(11)),
                                  '"Q?" "A" "a"', f'"Q?" "A" "{"b" * 76}"', '"Q?" "A" "B', '"Q?" "A" "B" closes yesterday',
                                  '"Q?" "A" "B" closes every monday', '"Q?" "A" "B" closes whenever'])
def test_bad_polls_get_a_clear_message_and_store_nothing(bot, messenger, args):
    reply = slash(bot, f"/cyber poll {args}")
    assert reply.kind == "error" and reply.visibility == "ephemeral" and len(reply.text) > 30
    assert poll_rows(bot) == 0 and messenger.posts == []


def test_a_click_on_an_unknown_or_deleted_poll_changes_nothing(bot, clock):
    poll_id = new_poll(bot)
    click(bot, poll_id, 0, "U2")
    assert "isn't available" in click(bot, 999, 0, "U2").ephemeral.text
    assert "isn't one of the options" in click(bot, poll_id, 7, "U2").ephemeral.text
    forged = bot.handle_action("poll_vote_0", "not-a-poll", Request("U2", "C1", "action"))
    assert "doesn't belong to a poll" in forged.ephemeral.text
    bot.storage.execute("DELETE FROM polls WHERE id = ?", (poll_id,))   # an admin tidied it away
    assert "isn't available" in click(bot, poll_id, 1, "U2").ephemeral.text
    assert bot.storage.query("SELECT COUNT(*) AS n FROM poll_votes")[0]["n"] == 0
    assert "can't find poll" in slash(bot, f"/cyber poll close {poll_id}").text
    assert "can't find poll" in slash(bot, "/cyber poll results 999").text


def test_ids_of_deleted_polls_are_never_reused(bot):
    poll_id = new_poll(bot)
    bot.storage.execute("DELETE FROM polls WHERE id = ?", (poll_id,))
    assert new_poll(bot) != poll_id


# -- export ------------------------------------------------------------------------------------

@pytest.mark.slow
def test_results_export_as_csv_for_the_minutes(bot, settings, cli_env):
    poll_id = new_poll(bot, '"Adopt the framework?" "Yes" "-1 no"')
    click(bot, poll_id, 0, "U2")
    click(bot, poll_id, 0, "U3")
    click(bot, poll_id, 1, "U4")
    slash(bot, f"/cyber poll close {poll_id}")
    env = {**cli_env, "CYBERBOT_DB": settings.db_path}
    result = subprocess.run([sys.executable, "-m", "bot", "polls", "export", str(poll_id)], capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("poll_id,kind,question,status")
    assert lines[1].endswith(",1,Yes,2,67,U2 U3") and ",closed," in lines[1]
    assert ",2,'-1 no,1,33,U4" in lines[2]
    missing = subprocess.run([sys.executable, "-m", "bot", "polls", "export", "999"], capture_output=True,
                             text=True, env=env, timeout=60)
    assert missing.returncode == 1 and "no poll 999" in missing.stderr and missing.stdout == ""


def test_one_person_can_start_20_polls_an_hour_and_is_told_kindly_when_that_is_reached(bot, messenger, clock):
    from bot.polls.model import MAX_POLLS_PER_PERSON_PER_HOUR

    for n in range(MAX_POLLS_PER_PERSON_PER_HOUR):
        new_poll(bot, f'"Patch round {n}?" "Yes" "No"', channel=f"C{n % 3}")
        clock.advance(seconds=30)
    posted = len(messenger.posts)
    reply = slash(bot, '/cyber poll "One more?" "Yes" "No"', channel="C9")
    assert reply.kind == "error" and "20 polls in the last hour" in reply.text and "nothing was posted" in reply.text
    assert len(messenger.posts) == posted and poll_rows(bot) == MAX_POLLS_PER_PERSON_PER_HOUR
    assert slash(bot, '/cyber poll "Someone else?" "Yes" "No"', user="U2", channel="C9").kind == "poll_created"
    clock.advance(minutes=51)                        # the first polls are more than an hour old now
    assert slash(bot, '/cyber poll "One more?" "Yes" "No"', channel="C9").kind == "poll_created"


def test_a_channel_keeps_at_most_25_polls_open_and_closing_one_makes_room(bot, messenger, clock):
    from bot.polls.model import MAX_OPEN_POLLS_PER_CHANNEL

    ids = [new_poll(bot, f'"Question {n}?" "Yes" "No"', user=f"U{n % 5}") for n in range(MAX_OPEN_POLLS_PER_CHANNEL)]
    reply = slash(bot, '/cyber poll "Question 26?" "Yes" "No"', user="U7")
    assert reply.kind == "error" and "already has 25 polls open" in reply.text and "/cyber poll close ID" in reply.text
    assert poll_rows(bot) == MAX_OPEN_POLLS_PER_CHANNEL
    assert slash(bot, '/cyber poll "Elsewhere?" "Yes" "No"', user="U7", channel="C2").kind == "poll_created"
    slash(bot, f"/cyber poll close {ids[0]}", user="U0")
    assert slash(bot, '/cyber poll "Question 26?" "Yes" "No"', user="U7").kind == "poll_created"
