""""Ask the council": a question the bot could not answer goes to the people who can.

An unsure reply offers "Ask the council" (and "Ask anonymously"). The question is posted to
the workspace's curator channel (``CYBERBOT_CURATOR_CHANNEL``, or the one its curators chose on
the App Home: ``bot.core.curators``) with an "Answer" button, naming the asker unless they chose
anonymity. Only the workspace's curators may answer: in Slack in a
form that insists on a source (publisher, title, date, and a URL where there is one), in the
console with ``/cyber answer ID ANSWER | PUBLISHER | TITLE | DATE | URL``. The asker gets the
answer by DM, credited and sourced, and it is kept as a draft the bot serves for the same
question from then on (``cyberbot kb drafts`` lists them, ``kb drafts export`` promotes them).
"""

from __future__ import annotations

import json
import logging
import re

from bot.answers.replies import ASK_COUNCIL, ASK_COUNCIL_ANON
from bot.answers.knowledge import FuzzyDate, Source, _url_ok
from bot.core import regexes
from bot.core.buttons import ActionResult
from bot.core.curators import Curators, curator_channel
from bot.core.forms import Choice, Select, Submission, TextInput, View, ViewResult
from bot.core.replies import Button, Buttons, Note, Reply, Text
from bot.core.router import Request, Subcommand
from bot.core.text import MAX_QUESTION_CHARS, clean, escape_mrkdwn, question_key, shorten
from bot.curator.store import CuratorStore, Draft, Handoff

log = logging.getLogger("cyberbot.curator")

ANSWER_ACTION = "council_answer"
ANSWER_FORM = "council_answer"
HANDOFF_EVENT = "cyberbot_council_question"
ANSWER_EVENT = "cyberbot_council_answer"
MAX_ANSWER = 2000
CONSOLE_CURATORS = "curators"   # where the console shows hand-offs when no curator channel is set
FIELDS = ("answer", "publisher", "title", "date", "url")
_SLACK_USER = regexes.compile(r"^[UW][A-Z0-9]+$")
_ANON = regexes.compile(r"^(?:anonymously|anonymous|anon)\b[\s,:]*", re.IGNORECASE)


class Council:
    def __init__(self, store: CuratorStore, curators: Curators, messenger, clock, channel, kb):
        self.store = store
        self.curators = curators
        self.messenger = messenger
        self.clock = clock
        self._channel = channel     # () -> the served workspace's curator channel (bot.core.curators)
        self.kb = kb

    @property
    def channel(self) -> str | None:
        return self._channel() if callable(self._channel) else self._channel

    def subcommands(self) -> list[Subcommand]:
        return [
            Subcommand("ask-council", self.ask_command, "ask-council [anonymously] QUESTION",
                       "send a question I couldn't answer to the council's curators"),
            Subcommand("answer", self.answer_command, "answer ID ANSWER | PUBLISHER | TITLE | DATE | URL",
                       "curators: answer a question sent to the council"),
        ]

    def buttons(self) -> dict:
        return {
            ASK_COUNCIL: lambda value, ctx: self.ask_click(value, ctx, anonymous=False),
            ASK_COUNCIL_ANON: lambda value, ctx: self.ask_click(value, ctx, anonymous=True),
            ANSWER_ACTION: self.answer_click,
        }

    def views(self) -> dict:
        return {ANSWER_FORM: self.submit}

    # -- asking ----------------------------------------------------------------------------------
    def ask_click(self, value: str, ctx: Request, anonymous: bool) -> ActionResult:
        try:
            data = json.loads(value)
            question, near = str(data["q"]), data.get("near")
        except (ValueError, KeyError, TypeError, AttributeError):
            return ActionResult(ephemeral=Reply.error("Sorry, I couldn't read that question. Please ask it again."))
        return ActionResult(ephemeral=self.ask(question, ctx, anonymous, near if isinstance(near, str) else None))

    def ask_command(self, args: str, ctx: Request) -> Reply:
        text = clean(args)
        anonymous = bool(_ANON.match(text))
        question = _ANON.sub("", text, count=1).strip()
        if not question:
            return Reply.simple("Type the question after it, e.g. `/cyber ask-council who is our WARP contact?` "
                                "(or `/cyber ask-council anonymously ...` to leave your name off).", kind="usage")
        return self.ask(question, ctx, anonymous)

    def ask(self, question: str, ctx: Request, anonymous: bool, near: str | None = None) -> Reply:
        """``near``: the knowledge-base entry closest to the question, whose topic the question likely has."""
        channel = self.channel or (CONSOLE_CURATORS if ctx.in_console else None)
        if not channel:
            return Reply.error("Asking the council isn't set up here (no curator channel). Your question is logged "
                               "for the curators all the same (`cyberbot kb gaps`).")
        question = clean(question)
        if not question or len(question) > MAX_QUESTION_CHARS:
            return Reply.error(f"Please ask the council in a sentence or two (up to {MAX_QUESTION_CHARS} characters).")
        asker = ctx.user_id or "console"
        existing = self.store.open_handoff_for(asker, question_key(question))
        if existing is not None:
            return Reply.simple("You've already asked the council that; I'll send you the answer by DM as soon as a "
                                "curator gives one.", kind="council_already_asked")
        handoff = self.store.add_handoff(question, asker, anonymous, self._topic_guess(near), self.clock.now())
        try:
            posted = self.messenger.post(curator_channel(self.messenger, channel), self._handoff_message(handoff),
                                         metadata={"event_type": HANDOFF_EVENT,
                                                   "event_payload": {"key": str(handoff.id)}})
        except Exception as exc:  # noqa: BLE001 - the asker must hear, and nothing half-done is kept
            log.warning("could not post hand-off %s to %s: %s", handoff.id, channel, exc)
            self.store.forget_handoff(handoff.id)
            return Reply.error("Sorry, I couldn't reach the curators' channel just now, so nothing was sent. "
                               "Please try again in a little while.")
        self.store.record_post(handoff.id, posted.channel, posted.ts)
        how = " without your name" if anonymous else ""
        return Reply.simple(f"Thanks. I've asked the council's curators{how} (question {handoff.id}). When one of "
                            "them answers, I'll send it to you by DM, with its source.", kind="council_asked")

    def _topic_guess(self, near: str | None) -> str | None:
        entry = self.kb.by_id.get(near) if near else None
        return entry.topic if entry is not None and entry.topic in self.kb.topics else None

    def _handoff_message(self, handoff: Handoff, answered: Draft | None = None) -> Reply:
        who = ("Asked anonymously" if handoff.anonymous else
               f"Asked by <@{handoff.asker}>" if _SLACK_USER.match(handoff.asker) else "Asked at the console")
        quoted = escape_mrkdwn(handoff.question)
        blocks = [Text(f"*A question for the council* (no. {handoff.id})\n>{quoted}"), Note((who,))]
        if answered is None:
            blocks.append(Buttons((Button("Answer", ANSWER_ACTION, str(handoff.id), style="primary",
                                          console_hint=f"/cyber answer {handoff.id}"),)))
            blocks.append(Note(("Only curators can answer; the answer needs a source.",)))
        else:
            by = f"<@{answered.answered_by}>" if _SLACK_USER.match(answered.answered_by) else "a curator"
            blocks.append(Note((f"\u2705 Answered by {by}; sent to the asker and kept as a draft entry.",)))
        return Reply(text=f"A question for the council: {shorten(quoted, 200)}", blocks=blocks, visibility="channel",
                     kind="council_question", data={"handoff": handoff.id})

    # -- answering -------------------------------------------------------------------------------
    def _answerable(self, handoff_id: str, ctx: Request) -> Handoff | Reply:
        if not self.curators.allows(ctx):
            return self.curators.refusal("answer questions sent to the council")
        handoff = self.store.handoff(int(handoff_id)) if handoff_id.strip().lstrip("#").isdigit() else None
        if handoff is None:
            return Reply.error("I can't find that question. `cyberbot kb gaps` lists the open ones.")
        if handoff.status != "open":
            draft = self.store.draft(handoff.draft_id) if handoff.draft_id else None
            by = f" by <@{draft.answered_by}>" if draft and _SLACK_USER.match(draft.answered_by) else ""
            return Reply.simple(f"Question {handoff.id} has already been answered{by}; thanks all the same.",
                                kind="council_already_answered")
        return handoff

    def answer_click(self, value: str, ctx: Request) -> ActionResult:
        found = self._answerable(value, ctx)
        if isinstance(found, Reply):
            return ActionResult(ephemeral=found)
        return ActionResult(open_view=self.form(found))

    def form(self, handoff: Handoff) -> View:
        topics = tuple(Choice(t.id, t.title) for t in self.kb.topics.values())
        blocks = [
            Text(f"*Question {handoff.id}:*\n>{escape_mrkdwn(handoff.question)}"),
            TextInput("answer", "Answer", multiline=True, max_length=MAX_ANSWER,
                      placeholder="Plain English for a busy council lead, facts first"),
            TextInput("publisher", "Source: publisher", placeholder="e.g. NCSC", max_length=200),
            TextInput("title", "Source: title", placeholder="The page or document's title", max_length=300),
            TextInput("date", "Source: date", placeholder="YYYY-MM-DD", max_length=10,
                      hint="YYYY-MM-DD, or YYYY-MM / YYYY when only that is known"),
            TextInput("url", "Source: URL", optional=True, placeholder="https://...", max_length=1000,
                      hint="Where there is one"),
        ]
        if topics:
            blocks.append(Select("topic", "Topic", topics, initial=handoff.topic or topics[0].value))
        return View(title="Answer the council", blocks=tuple(blocks), callback_id=ANSWER_FORM, submit="Send answer",
                    metadata=str(handoff.id))

    def submit(self, submission: Submission, ctx: Request) -> ViewResult:
        """The fields checked in memory; who may answer, and the storing, come after the ack."""
        values = {k: v if isinstance(v, str) else "" for k, v in submission.values.items()}
        errors, text, topic, source = self.validate(values)
        if errors:
            return ViewResult.invalid(errors)
        private_metadata = submission.metadata

        def store() -> Reply | None:
            found = self._answerable(private_metadata, ctx)
            if isinstance(found, Reply):
                return found
            draft = self.store.answer(found, text, topic, source, ctx.user_id or "console", self.clock.now())
            if draft is None:
                return Reply.simple(f"Another curator answered question {found.id} a moment ago, so your answer "
                                    "was not stored.", kind="council_already_answered")
            self.deliver(found, draft)
            return None

        return ViewResult(then=store)

    def validate(self, values: dict[str, str]) -> tuple[dict[str, str], str, str | None, Source | None]:
        """Field errors (nothing stored when there are any), else the answer, topic and source."""
        get = {k: " ".join(str(values.get(k) or "").split()) for k in FIELDS + ("topic",)}
        text = clean(values.get("answer") or "")
        errors: dict[str, str] = {}
        if not text:
            errors["answer"] = "Please write the answer."
        elif len(text) > MAX_ANSWER:
            errors["answer"] = f"Please keep the answer under {MAX_ANSWER} characters (link to the detail)."
        if not get["publisher"]:
            errors["publisher"] = "Every answer needs a source: who published it?"
        if not get["title"]:
            errors["title"] = "Every answer needs a source: what is it called?"
        when = None
        if not get["date"]:
            errors["date"] = "When was the source published? YYYY-MM-DD (or YYYY-MM, or YYYY)."
        else:
            try:
                when = FuzzyDate.parse(get["date"])
            except ValueError:
                errors["date"] = (f"{shorten(get['date'], 20)} isn't a date that exists; use YYYY-MM-DD "
                                  "(or YYYY-MM, or YYYY).")
            else:
                if when.earliest() > self.clock.now().date():
                    errors["date"] = "That date is in the future; give the date the source was published."
        url = get["url"] or None
        if url and (not _url_ok(url) or any(ch in url for ch in '<>|"')):
            errors["url"] = "That isn't a web address; it should start with https:// (or leave it empty)."
        topic = get["topic"] if get["topic"] in self.kb.topics else None
        if errors:
            return errors, text, topic, None
        return {}, text, topic, Source(get["publisher"], get["title"], when.iso(), url)

    def deliver(self, handoff: Handoff, draft: Draft) -> None:
        """The answer to the asker by DM (credited and sourced), and the channel post marked answered."""
        try:
            self.messenger.post(handoff.asker, self._answer_message(handoff, draft),
                                metadata={"event_type": ANSWER_EVENT, "event_payload": {"key": str(draft.id)}})
        except Exception as exc:  # noqa: BLE001
            log.error("could not DM the answer to question %s: %s", handoff.id, exc)
        if handoff.posted_channel and handoff.posted_ts:
            try:
                self.messenger.update(handoff.posted_channel, handoff.posted_ts, self._handoff_message(handoff, draft))
            except Exception as exc:  # noqa: BLE001
                log.warning("could not mark question %s answered in the channel: %s", handoff.id, exc)

    def _answer_message(self, handoff: Handoff, draft: Draft) -> Reply:
        by = f"<@{draft.answered_by}>, a council curator" if _SLACK_USER.match(draft.answered_by) \
            else "a council curator"
        source = draft.source()
        label = escape_mrkdwn(f"{source.publisher}: {source.title}")
        cited = (f"<{source.url}|{label}>" if source.url else label) + f" ({source.when()})"
        blocks = [Text(f"*The council answered your question*\n>{escape_mrkdwn(handoff.question)}\n\n"
                       f"{escape_mrkdwn(draft.answer)}"),
                  Note((f"Source: {cited}",)),
                  Note((f"Answered by {by}. Ask me the same question again and I'll give you this answer.",))]
        return Reply(text=f"The council answered your question: {escape_mrkdwn(shorten(draft.answer, 200))}",
                     blocks=blocks, visibility="channel", kind="council_answer", data={"draft": draft.id})

    def answer_command(self, args: str, ctx: Request) -> Reply:
        """``/cyber answer ID`` shows the question; ``/cyber answer ID ANSWER | PUBLISHER | TITLE | DATE | URL`` answers."""
        ident, _, rest = " ".join(args.split()).partition(" ")
        if not ident:
            return Reply.simple("Type `/cyber answer ID ANSWER | PUBLISHER | TITLE | DATE | URL` with the question's "
                                "number from the curators' channel.", kind="usage")
        found = self._answerable(ident, ctx)
        if isinstance(found, Reply):
            return found
        if not rest.strip():
            return Reply.simple(f"Question {found.id}: \u201c{escape_mrkdwn(found.question)}\u201d\nAnswer it with "
                                f"`/cyber answer {found.id} ANSWER | PUBLISHER | TITLE | DATE | URL` (the URL where "
                                "there is one).", kind="council_question")
        parts = [p.strip() for p in rest.split("|")]
        values = dict(zip(FIELDS, parts + [""] * (len(FIELDS) - len(parts))))
        values["topic"] = found.topic or ""
        errors, text, topic, source = self.validate(values)
        if errors:
            lines = "\n".join(f"\u2022 {name}: {escape_mrkdwn(reason)}" for name, reason in errors.items())
            return Reply.error(f"Nothing was stored; please fix:\n{lines}\nThe form is `/cyber answer {found.id} "
                               "ANSWER | PUBLISHER | TITLE | DATE | URL`.")
        draft = self.store.answer(found, text, topic, source, ctx.user_id or "console", self.clock.now())
        if draft is None:
            return Reply.error(f"Question {found.id} was answered by someone else a moment ago; nothing was stored.")
        self.deliver(found, draft)
        return Reply.simple(f"Thanks. I've sent your answer to question {found.id} to the person who asked, and kept "
                            f"it as draft {draft.id} (`cyberbot kb drafts`).", kind="council_answered")

