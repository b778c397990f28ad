"""The curator loop in the core, on a settable clock: freshness, Ask the council, drafts, digests, reload."""

import json
import shutil
import subprocess
import sys
from datetime import datetime, timezone

import pytest
import yaml

from bot.answers import knowledge
from bot.assistant import CyberBot
from bot.core.clock import SettableClock
from bot.core.config import Settings
from bot.core.forms import INPUTS, Submission
from bot.core.replies import Buttons, Text, render_plain
from bot.core.router import Request
from bot.curator.queue import curator_queue
from handlers.testing.process import KNOWLEDGE
from handlers.testing.recording import RecordingMessenger

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)        # a Monday
CURATOR, ASKER, STRANGER = "UCUR1", "UASK1", "USTR1"
UNKNOWN_Q = "who is our council's WARP coordinator?"
SOURCE = {"publisher": "Example Council", "title": "WARP membership list", "date": "2026-10-01",
          "url": "https://www.example.gov.uk/warp"}


@pytest.fixture
def folder(tmp_path):
    copy = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, copy)
    return copy


@pytest.fixture
def clock():
    return SettableClock(NOW)


class Bots:
    def __init__(self, tmp_path, folder, clock):
        self.tmp_path, self.folder, self.clock = tmp_path, folder, clock
        self.made = []
        self.messenger = RecordingMessenger()

    def make(self, channel="C0CURATORS", curators=CURATOR):
        env = {"CYBERBOT_DB": str(self.tmp_path / "curator.db"), "CYBERBOT_KNOWLEDGE": str(self.folder),
               "CYBERBOT_CURATOR_CHANNEL": channel, "CYBERBOT_CURATORS": curators}
        bot = CyberBot(Settings.from_env(env), clock=self.clock, messenger=self.messenger)
        self.made.append(bot)
        return bot

    def posts(self, to=None, kind=None):
        return [(s.channel, s.reply, s.metadata) for s in self.messenger.posts
                if (to is None or s.channel == to) and (kind is None or s.reply.kind == kind)]


@pytest.fixture
def bots(tmp_path, folder, clock):
    made = Bots(tmp_path, folder, clock)
    yield made
    for bot in made.made:
        bot.close()


@pytest.fixture
def bot(bots):
    return bots.make()


def submit_form(bot, callback_id: str, values: dict, metadata: str, ctx: Request):
    """A form submitted as the Slack listener hands it to the core: checked now, ``then`` after the ack."""
    return bot.handle_view(Submission(callback_id=callback_id, values=values, metadata=metadata), ctx)


def ask(bot, text, user=ASKER, surface="dm"):
    return bot.handle(text, Request(user_id=user, channel_id="D1", surface=surface))


def click(bot, action_id, value, user):
    return bot.handle_action(action_id, value, Request(user_id=user, channel_id="C1", surface="action"))


def buttons(reply):
    return {b.action_id: b for block in reply.blocks if isinstance(block, Buttons) for b in block.buttons}


def hand_off(bot, anonymous=False):
    unsure = ask(bot, UNKNOWN_Q)
    assert unsure.kind == "not_sure"
    button = buttons(unsure)["council_ask_anon" if anonymous else "council_ask"]
    return click(bot, button.action_id, button.value, ASKER)


# -- freshness ---------------------------------------------------------------------------------------
def test_an_answer_about_a_person_in_post_is_in_the_past_tense_with_its_date_and_says_it_may_have_changed(bot):
    reply = ask(bot, "Who chairs the Local CIO Council?")
    text = render_plain(reply)
    assert "In May 2018 the Socitm Local CIO Council (LCIOC) was chaired by Dylan Roberts" in text
    assert "As of May 2018; this may have changed." in text


def test_a_recent_entry_carries_no_freshness_line_until_it_passes_review_by(bots, folder, clock):
    path = folder / "lcioc.yaml"
    path.write_text(path.read_text().replace('as_of: "2018-05"   # the May 2018 Socitm article the roles come from',
                                             'as_of: "2026-06"\n    review_by: "2027-01-15"', 1))
    bot = bots.make()
    assert "may have changed" not in render_plain(ask(bot, "who is the local cio council's cyber spokesperson"))
    clock.set(datetime(2027, 2, 1, 9, tzinfo=timezone.utc))
    text = render_plain(ask(bot, "who is the local cio council's cyber spokesperson"))
    assert "As of June 2026; this was due for review in January 2027 and may have changed." in text


@pytest.mark.parametrize("field, value, reason", [
    ("as_of", "2018-02-30", "bad date in `as_of`"),
    ("review_by", "soon", "bad date in `review_by`"),
    ("owner", "geoff", "`owner` 'geoff' must be a Slack user id"),
    ("review_by", "2017-01", "is before `as_of`"),
])
def test_kb_check_points_at_bad_freshness_fields(folder, field, value, reason):
    path = folder / "people.yaml"
    added = f'    {field}: "{value}"\n' if field == "as_of" else f'    as_of: "2018-05"\n    {field}: "{value}"\n'
    text = path.read_text().replace('    as_of: "2018-05"   # the May 2018 Socitm article the roles come from\n', added, 1)
    path.write_text(text)
    problems = knowledge.check(folder)
    assert any(p.file.endswith("people.yaml") and reason in p.reason and p.line > 0 for p in problems), problems


@pytest.mark.slow
def test_kb_stale_lists_entries_past_review_by_owner(folder, cli_env):
    path = folder / "people.yaml"
    path.write_text(path.read_text().replace('    as_of: "2018-05"   # the May 2018 Socitm article the roles come from\n',
                                             '    as_of: "2018-05"\n    review_by: "2019-01"\n    owner: U0OWNER1\n', 1))
    env = dict(cli_env, CYBERBOT_KNOWLEDGE=str(folder))
    result = subprocess.run([sys.executable, "-m", "bot", "kb", "stale"], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "U0OWNER1 (1):" in result.stdout and "person-geoff-connell  (review was due January 2019)" in result.stdout
    assert result.stdout.index("U0OWNER1") < result.stdout.index("(no owner)")


# -- ask the council -----------------------------------------------------------------------------------
def test_an_unsure_answer_offers_ask_the_council_only_when_a_curator_channel_is_set(bots):
    assert {"council_ask", "council_ask_anon"} <= set(buttons(ask(bots.make(), UNKNOWN_Q)))
    assert "council_ask" not in buttons(ask(bots.make(channel=""), UNKNOWN_Q))


def test_asking_the_council_posts_the_question_and_who_asked_with_an_answer_button(bot, bots):
    result = hand_off(bot)
    assert "I've asked the council's curators (question 1)" in render_plain(result.ephemeral)
    [(channel, post, metadata)] = bots.posts(to="C0CURATORS")
    text = render_plain(post)
    assert UNKNOWN_Q in text and f"Asked by @{ASKER}" in text
    assert buttons(post)["council_answer"].value == "1"
    assert metadata == {"event_type": "cyberbot_council_question", "event_payload": {"key": "1"}}
    again = hand_off(bot)
    assert "already asked the council" in render_plain(again.ephemeral) and len(bots.posts(to="C0CURATORS")) == 1


def test_an_anonymous_question_does_not_name_the_asker(bot, bots):
    assert "without your name" in render_plain(hand_off(bot, anonymous=True).ephemeral)
    [(_, post, _)] = bots.posts(to="C0CURATORS")
    assert "Asked anonymously" in render_plain(post) and ASKER not in render_plain(post)


def test_someone_not_a_curator_pressing_answer_is_told_politely_and_nothing_opens(bot):
    hand_off(bot)
    result = click(bot, "council_answer", "1", STRANGER)
    assert result.open_view is None and "only the council's curators" in render_plain(result.ephemeral)
    submitted = submit_form(bot, "council_answer", {"answer": "x", **SOURCE}, "1",
                            Request(user_id=STRANGER, surface="action"))
    told = submitted.then()     # the form checks fields only; who may answer is checked after the ack
    assert "only the council's curators" in render_plain(told) and bot.api("curator").store.drafts() == []


def test_a_curator_gets_a_form_that_asks_for_the_answer_and_its_source(bot):
    hand_off(bot)
    form = click(bot, "council_answer", "1", CURATOR).open_view
    assert form.callback_id == "council_answer" and form.metadata == "1"
    inputs = [b for b in form.blocks if isinstance(b, INPUTS)]
    assert [i.block_id for i in inputs][:5] == ["answer", "publisher", "title", "date", "url"]
    assert [i.block_id for i in inputs if i.optional] == ["url"]
    assert isinstance(form.blocks[0], Text) and UNKNOWN_Q in form.blocks[0].mrkdwn


@pytest.mark.parametrize("change, field", [
    ({"publisher": "", "title": "", "date": ""}, "publisher"),
    ({"url": "not a url"}, "url"),
    ({"date": "2026-02-30"}, "date"),
    ({"date": "2099-01-01"}, "date"),
    ({"answer": "  "}, "answer"),
])
def test_a_form_with_a_missing_source_a_bad_url_or_an_impossible_date_is_sent_back_with_field_errors(bot, bots, change, field):
    hand_off(bot)
    values = {"answer": "Jo Bloggs coordinates the WARP.", **SOURCE, **change}
    result = submit_form(bot, "council_answer", values, "1", Request(user_id=CURATOR, surface="action"))
    assert field in result.errors and result.then is None
    assert bot.api("curator").store.drafts() == [] and bots.posts(to=ASKER) == []


def test_a_curators_answer_reaches_the_asker_by_dm_and_is_served_for_the_same_question_from_then_on(bot, bots):
    hand_off(bot)
    values = {"answer": "Jo Bloggs coordinates the WARP.", **SOURCE, "topic": "local-government"}
    result = submit_form(bot, "council_answer", values, "1", Request(user_id=CURATOR, surface="action"))
    assert not result.errors
    result.then()
    [(_, dm, _)] = bots.posts(to=ASKER)
    text = render_plain(dm)
    assert "Jo Bloggs coordinates the WARP." in text and f"Answered by @{CURATOR}" in text
    assert "Example Council: WARP membership list (https://www.example.gov.uk/warp) (1 October 2026)" in text
    served = ask(bot, UNKNOWN_Q, user=STRANGER)
    assert served.kind == "answer" and "Jo Bloggs coordinates the WARP." in render_plain(served)
    assert "Answered by a curator" in render_plain(served)
    again = click(bot, "council_answer", "1", CURATOR)
    assert "already been answered" in render_plain(again.ephemeral)


def test_the_console_asks_and_answers_the_council_with_commands(bots):
    bot = bots.make()
    console = Request(user_id="console", channel_id="console-channel", surface="console")
    unsure = bot.handle(UNKNOWN_Q, console)
    assert "(/cyber ask-council " in render_plain(unsure)
    assert bot.handle(f"/cyber ask-council {UNKNOWN_Q}", console).kind == "council_asked"
    assert "Question 1:" in render_plain(bot.handle("/cyber answer 1", console))
    bad = bot.handle("/cyber answer 1 Jo Bloggs. | Example Council | WARP list | 31/02/2026", console)
    assert bad.kind == "error" and "date:" in render_plain(bad) and bot.api("curator").store.drafts() == []
    done = bot.handle("/cyber answer 1 Jo Bloggs. | Example Council | WARP list | 2026-10-01 | "
                      "https://www.example.gov.uk/warp", console)
    assert done.kind == "council_answered", render_plain(done)
    assert bot.handle(UNKNOWN_Q, console).kind == "answer"


def test_kb_gaps_merges_every_kind_with_its_status_most_frequent_first(bot, folder, clock):
    for _ in range(3):
        ask(bot, "what is the colour of the sky in leeds?", user=STRANGER)
    hand_off(bot)
    answer = ask(bot, "What is Web Check?")
    feedback = buttons(answer)["feedback_not_helpful"]
    click(bot, "feedback_not_helpful", feedback.value, STRANGER)
    feature = bot.api("curator")
    queue = curator_queue(bot.answerer.gaps, feature.store)
    by_question = {i.question: i for i in queue}
    assert by_question[UNKNOWN_Q].kinds == ["unanswered", "asked the council"]
    assert by_question[UNKNOWN_Q].status == "open" and by_question[UNKNOWN_Q].handoff_ids == [1]
    assert queue[0].question == "what is the colour of the sky in leeds?" and queue[0].count == 3
    assert by_question["What is Web Check?"].kinds == ["not helpful"]
    assert by_question["What is Web Check?"].entry_id == answer.data["entry_id"]
    assert by_question[UNKNOWN_Q].entry_id is None

    result = submit_form(bot, "council_answer", {"answer": "Jo Bloggs.", **SOURCE}, "1",
                                   Request(user_id=CURATOR, surface="action"))
    result.then()
    assert {i.question: i.status for i in curator_queue(bot.answerer.gaps, feature.store)}[UNKNOWN_Q] == "answered"

    from bot.curator.drafts import export
    target, written, problems = export(feature.store, folder, clock.now())
    assert problems == [] and len(written) == 1 and knowledge.check(folder) == []
    entry = yaml.safe_load(target.read_text())["entries"][0]
    assert entry["id"] == "council-answer-1" and entry["phrasings"] == [UNKNOWN_Q] and entry["owner"] == CURATOR
    assert {i.question: i.status for i in curator_queue(bot.answerer.gaps, feature.store)}[UNKNOWN_Q] == "promoted"
    feature.watcher()
    served = ask(bot, UNKNOWN_Q, user=STRANGER)
    assert served.kind == "answer" and served.data.get("entry_id") == "council-answer-1"


# -- the weekly digest ----------------------------------------------------------------------------------
@pytest.fixture
def owned(folder):
    path = folder / "people.yaml"
    path.write_text(path.read_text().replace(
        '    as_of: "2018-05"   # the May 2018 Socitm article the roles come from\n',
        '    as_of: "2018-05"\n    review_by: "2019-01"\n    owner: U0OWNER1\n', 1))
    return folder


def test_the_weekly_digest_goes_to_each_owner_once_a_week_even_across_restarts(bots, owned, clock):
    clock.set(datetime(2026, 11, 30, 8, 0, tzinfo=timezone.utc))       # Monday, before 09:00
    bot = bots.make()
    ask(bot, "which people in local government cyber do you know about?", user=STRANGER)
    bot.scheduler.tick()
    assert bots.posts(to="U0OWNER1") == []
    clock.set(datetime(2026, 11, 30, 9, 1, tzinfo=timezone.utc))
    bot.scheduler.tick()
    bot.scheduler.tick()
    [(_, digest, metadata)] = bots.posts(to="U0OWNER1")
    assert "Geoff Connell" in render_plain(digest) and "review was due January 2019" in render_plain(digest)
    assert metadata["event_payload"]["key"] == "2026-W49:U0OWNER1"
    bot.close()
    restarted = bots.make()                                                # same database, a new process
    restarted.scheduler.tick()
    clock.advance(days=3)
    restarted.scheduler.tick()
    assert len(bots.posts(to="U0OWNER1")) == 1
    clock.advance(days=4)                                                  # the next Monday, 09:01
    restarted.scheduler.tick()
    assert len(bots.posts(to="U0OWNER1")) == 2


def test_a_digest_whose_post_was_made_but_not_recorded_is_not_sent_again(bots, owned, clock):
    bot = bots.make()
    store = bot.api("curator").store
    store.claim_digest("2026-W49", "U0OWNER1", clock.now())
    bots.messenger.post("U0OWNER1", render_plain_reply("earlier"),
                        metadata={"event_type": "cyberbot_digest", "event_payload": {"key": "2026-W49:U0OWNER1"}})
    clock.advance(minutes=10)                                              # the claimer went quiet
    bot.scheduler.tick()
    assert len(bots.posts(to="U0OWNER1")) == 1
    assert [r["state"] for r in store.digests()] == ["posted"]


def render_plain_reply(text):
    from bot.core.replies import Reply
    return Reply.simple(text)


# -- live reload -----------------------------------------------------------------------------------------
def test_an_edit_to_the_knowledge_base_is_picked_up_without_a_restart(bot, folder):
    path = folder / "people.yaml"
    path.write_text(path.read_text().replace("Socitm's Head of Research", "Socitm's Head of Research (edited)"))
    bot.scheduler.tick()
    assert "(edited)" in render_plain(ask(bot, "who is andy hopkirk"))


def test_a_broken_edit_keeps_the_last_good_knowledge_base_and_tells_the_curator_channel(bot, bots, folder, caplog):
    path = folder / "people.yaml"
    good = path.read_text()
    path.write_text(good.replace("  - id: person-andy-hopkirk", "  - id: person-andy-hopkirk\n    title: [broken", 1))
    bot.scheduler.tick()
    assert "Socitm's Head of Research" in render_plain(ask(bot, "who is andy hopkirk"))
    [(_, told, _)] = bots.posts(to="C0CURATORS", kind="kb_broken")
    assert "people.yaml:" in render_plain(told)
    assert any("people.yaml:" in r.getMessage() for r in caplog.records if r.levelname == "ERROR")
    bot.scheduler.tick()
    assert len(bots.posts(to="C0CURATORS", kind="kb_broken")) == 1        # told once, not every tick
    path.write_text(good.replace("Socitm's Head of Research", "Socitm's Head of Research (fixed)"))
    bot.scheduler.tick()
    assert "(fixed)" in render_plain(ask(bot, "who is andy hopkirk"))
    assert bots.posts(to="C0CURATORS", kind="kb_reloaded")


@pytest.mark.slow
def test_kb_gaps_json_prints_the_queue(cli_env):
    result = subprocess.run([sys.executable, "-m", "bot", "kb", "gaps", "--json"], env=cli_env, capture_output=True,
                            text=True)
    assert result.returncode == 0 and json.loads(result.stdout) == []


# -- who curates -------------------------------------------------------------------------------------------
class GroupSlack:
    """Slack's answer to usergroups.users.list for one user group (what SlackMessenger.group_members returns)."""

    def __init__(self, members):
        self.members = members
        self.asked = 0

    def group_members(self, group_id):
        self.asked += 1
        return set(self.members) if group_id == "S0CURATORS" else set()


def test_members_of_a_curator_user_group_may_curate_and_the_group_is_asked_once_a_while():
    from bot.core.curators import Curators

    slack = GroupSlack({"UMEMBER1"})
    curators = Curators(("S0CURATORS",), slack)
    assert curators.allows(Request(user_id="UMEMBER1", surface="slash"))
    assert not curators.allows(Request(user_id="UOTHER1", surface="slash"))
    assert slack.asked == 1


def test_an_answer_saved_by_another_replica_is_served_within_seconds(bot, bots):
    from bot.curator.store import DRAFT_KEYS_SECONDS, CuratorStore

    ticks = [0.0]
    elsewhere = CuratorStore(bot.storage, monotonic=lambda: ticks[0])     # another process on the same database
    hand_off(bot)
    assert elsewhere.entry_for(UNKNOWN_Q, bot.kb) is None
    submit_form(bot, "council_answer", {"answer": "Jo Bloggs.", **SOURCE}, "1",
                          Request(user_id=CURATOR, surface="action")).then()
    assert elsewhere.entry_for(UNKNOWN_Q, bot.kb) is None
    ticks[0] += DRAFT_KEYS_SECONDS + 0.1
    assert elsewhere.entry_for(UNKNOWN_Q, bot.kb).answer == "Jo Bloggs."


def test_a_curator_channel_given_by_name_is_posted_to_by_its_id(bots):
    bots.messenger = RecordingMessenger(channels={"cyber-curators": "C0NAMED"})
    bot = bots.make(channel="#cyber-curators")
    hand_off(bot)
    assert [channel for channel, _, _ in bots.posts()] == ["C0NAMED"]


def test_a_digest_slack_refuses_is_retried_after_a_pause_then_given_up_for_the_week(bots, owned, clock):
    bot = bots.make()
    bots.messenger.refuse_posts(error="user_not_found")
    bot.scheduler.tick()
    bot.scheduler.tick()
    store = bot.api("curator").store
    assert [(r["state"], r["attempts"]) for r in store.digests()] == [("pending", 1)]   # no retry every tick
    for _ in range(5):
        clock.advance(minutes=6)
        bot.scheduler.tick()
    assert [r["state"] for r in store.digests()] == ["gave_up"]
    assert bots.posts(to="U0OWNER1") == []


def test_the_console_is_its_own_curator_channel_when_none_is_set(bots):
    bot = bots.make(channel="")
    console = Request(user_id="console", channel_id="console-channel", surface="console")
    assert "(/cyber ask-council " in render_plain(bot.handle(UNKNOWN_Q, console))
    assert bot.handle(f"/cyber ask-council {UNKNOWN_Q}", console).kind == "council_asked"
    assert [channel for channel, _, _ in bots.posts()] == ["curators"]
    assert "isn't set up here" in render_plain(ask(bot, f"/cyber ask-council {UNKNOWN_Q}", surface="slash"))


def test_kb_drafts_lists_and_exports_drafts_as_yaml_that_passes_kb_check(bot, folder, cli_env, tmp_path):
    hand_off(bot)
    submit_form(bot, "council_answer", {"answer": "Jo Bloggs coordinates the WARP.", **SOURCE}, "1",
                          Request(user_id=CURATOR, surface="action")).then()
    env = dict(cli_env, CYBERBOT_KNOWLEDGE=str(folder), CYBERBOT_DB=str(tmp_path / "curator.db"))

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "bot", *args], env=env, capture_output=True, text=True)

    listed = cli("kb", "drafts")
    assert listed.returncode == 0 and "draft 1 [draft] by UCUR1" in listed.stdout
    assert "Source: Example Council, \u201cWARP membership list\u201d, 2026-10-01" in listed.stdout
    exported = cli("kb", "drafts", "export")
    assert exported.returncode == 0, exported.stderr
    assert (folder / "council-answers.yaml").exists() and cli("kb", "check").returncode == 0
    assert "draft 1 [promoted]" in cli("kb", "drafts").stdout


def test_two_replicas_watching_one_knowledge_folder_tell_the_curators_of_a_broken_edit_once(bots, folder):
    first, second = bots.make(), bots.make()
    path = folder / "people.yaml"
    path.write_text(path.read_text().replace("  - id: person-andy-hopkirk", "  - id: [broken", 1))
    first.scheduler.tick()
    second.scheduler.tick()
    assert len(bots.posts(to="C0CURATORS", kind="kb_broken")) == 1
    assert first.api("curator").watcher.broken and second.api("curator").watcher.broken


def test_exporting_again_keeps_a_curators_edits_to_earlier_exports_and_adds_only_new_drafts(bot, folder, clock):
    from bot.curator.drafts import export

    store = bot.api("curator").store
    hand_off(bot)
    submit_form(bot, "council_answer", {"answer": "Jo Bloggs.", **SOURCE}, "1",
                          Request(user_id=CURATOR, surface="action")).then()
    target, first, _ = export(store, folder, clock.now())
    target.write_text(target.read_text().replace("answer: Jo Bloggs.", "answer: Jo Bloggs (edited by a curator)."))
    ask(bot, "who runs our council's cyber exercise?", user=STRANGER)
    bot.api("curator").council.ask("who runs our council's cyber exercise?", Request(user_id=STRANGER), False)
    submit_form(bot, "council_answer", {"answer": "Sam Smith.", **SOURCE}, "2",
                          Request(user_id=CURATOR, surface="action")).then()
    _, second, problems = export(store, folder, clock.now())
    assert problems == [] and [d.id for d in first] == [1] and [d.id for d in second] == [2]
    text = target.read_text()
    assert "Jo Bloggs (edited by a curator)." in text and "Sam Smith." in text and knowledge.check(folder) == []
