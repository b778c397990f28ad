"""The answers feature on Slack's own surfaces: the Home tab's "Ask a question" (a form whose
answer replaces it), the "Ask cyberbot" message shortcut, and the curators' queue of questions
the bot could not answer.

Answers come from the same ``Answerer`` as ``/cyber ask``; only where they are shown differs.
"""

from __future__ import annotations

from bot.answers.answerer import Answerer
from bot.answers.replies import answer_reply
from bot.answers.gaps import GapLog
from bot.core.buttons import ActionResult
from bot.core.curators import Curators
from bot.core.home_tab import HomeSection
from bot.core.replies import Button, Buttons, Note, Reply, Text
from bot.core.router import Request
from bot.core.text import escape_mrkdwn, plain_from_slack, shorten
from bot.core.forms import Submission, TextInput, View, ViewResult, reply_view

ASK_FORM = "ask_question"
ASK_BUTTON = "ask_open_form"
QUESTION = "question"
MAX_QUESTION_CHARS = 500
QUEUE_ITEMS = 10


def ask_form() -> View:
    return View(title="Ask cyberbot", callback_id=ASK_FORM, submit="Ask", blocks=(
        TextInput(QUESTION, "Your question", multiline=True, max_length=MAX_QUESTION_CHARS,
                  placeholder="What is Web Check?"),
        Note(("I answer from a curated knowledge base of council cyber security sources, "
              "and say so when I'm not sure.",)),
    ))


class AnswerSurfaces:
    def __init__(self, answerer: Answerer, gaps: GapLog, curators: Curators, kb=None, clock=None, storage=None,
                 zone: str = "Europe/London"):
        self.answerer = answerer
        self.gaps = gaps
        self.curators = curators
        self.kb = kb
        self.clock = clock
        self.storage = storage
        self.zone = zone

    def buttons(self) -> dict:
        return {ASK_BUTTON: lambda value, ctx: ActionResult(open_view=ask_form())}

    def views(self) -> dict:
        return {ASK_FORM: self.submit_question}

    def shortcuts(self) -> dict:
        return {"ask_about_message": self.ask_about_message}

    def submit_question(self, submission: Submission, ctx: Request) -> ViewResult:
        question = " ".join(submission.text(QUESTION).split())
        if not question:
            return ViewResult.invalid({QUESTION: "Type a question, e.g. What is Web Check?"})
        asked = Text(f"_You asked:_ {escape_mrkdwn(shorten(question, 300))}")

        def answer() -> View:    # after the ack: a question I can't answer is noted for the curators
            reply = answer_reply(self.answerer.answer(question))
            shown = Reply(text=reply.text, kind=reply.kind, data=reply.data, blocks=[asked] + list(reply.blocks))
            return reply_view("Ask cyberbot", shown, callback_id="ask_answer")

        looking = Reply(text="Looking that up", blocks=[asked, Text("Looking that up\u2026")], kind="looking")
        return ViewResult(update=reply_view("Ask cyberbot", looking, callback_id="ask_answer"), then=answer)

    def ask_about_message(self, ctx: Request) -> Reply:
        """"Ask cyberbot" on a message: its text answered for the person alone (with Share)."""
        question = " ".join(plain_from_slack(ctx.message_text or "").split())
        if not question:
            return Reply.error("That message has no text I can read, so there's nothing to answer. "
                               "Ask me directly with `/cyber ask QUESTION`.")
        return answer_reply(self.answerer.answer(shorten(question, MAX_QUESTION_CHARS)))

    def home(self, ctx: Request) -> list[HomeSection]:
        sections = [HomeSection("Questions", order=5, intro=(
            Text("Ask me about council cyber security: strategy, frameworks, deadlines, events."),
            Buttons((Button("Ask a question", ASK_BUTTON, "", style="primary",
                            console_hint="/cyber ask QUESTION"),)),))]
        if self.curators is not None and self.curators.anyone() and self.curators.allows(ctx):
            sections += self._curator_sections()
        return sections

    def _curator_sections(self) -> list[HomeSection]:
        """Questions waiting (unanswered, handed to the council, marked not helpful) and entries due a review."""
        from bot.curator.queue import curator_queue
        from bot.curator.store import CuratorStore

        waiting = [item for item in curator_queue(self.gaps, CuratorStore(self.storage), limit=200)
                   if item.status == "open"] if self.storage is not None else []
        items = [(Text(f"*{item.count}×* {escape_mrkdwn(shorten(item.question, 200))} "
                       f"_({', '.join(item.kinds)})_"),) for item in waiting[:QUEUE_ITEMS]]
        sections = [HomeSection("Curators' queue: questions to answer", items, order=40,
                                hidden=max(0, len(waiting) - QUEUE_ITEMS),
                                empty="Nothing waiting: every question so far was answered.",
                                more_hint="`cyberbot kb gaps` lists them all.")]
        if self.kb is not None and self.clock is not None:
            from bot.answers.freshness import stale
            from bot.core.times import zone_info

            today = self.clock.now().astimezone(zone_info(self.zone)).date()
            due = [(owner, item) for owner, group in stale(self.kb, today).items() for item in group]
            rows = [(Text(f"*{escape_mrkdwn(item.entry.title)}* ({escape_mrkdwn(owner)}): {item.reason}"),)
                    for owner, item in due[:QUEUE_ITEMS]]
            sections.append(HomeSection("Curators' queue: entries due a review", rows, order=41,
                                        hidden=max(0, len(due) - QUEUE_ITEMS), empty="Nothing is due for review.",
                                        more_hint="`cyberbot kb stale` lists them by owner."))
        return sections
