"""What the bot says back: an ``Answer``, and how it is shown.

An ``Answer`` is what both the console and Slack show, and what ``cyberbot ask --json``
prints. The answerer (``bot.answers.answerer``) decides it; this module says how it reads:
as JSON, and as the blocks of a Slack reply with its sources as links, the suggestions it
offers and the feedback buttons under it. Kept apart from the decision so that how a reply
looks can change without touching how a question is answered.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.answers import intents
from bot.answers.knowledge import Entry
from bot.core import regexes
from bot.core.text import escape_mrkdwn, shorten

if TYPE_CHECKING:
    from bot.core.replies import Button, Reply

ASK_COUNCIL, ASK_COUNCIL_ANON = "council_ask", "council_ask_anon"   # the curator feature answers these
MAX_SUGGESTIONS = 3     # an unsure reply offers up to this many topics instead of guessing


@dataclass
class Answer:
    question: str
    answered: bool
    text: str
    entry: Entry | None = None
    score: float = 0.0
    suggestions: list[Entry] = field(default_factory=list)
    problem: str | None = None     # why the question itself could not be used (empty, too long)
    freshness: str | None = None   # "As of May 2018; this may have changed", when it may have
    intent: str | None = None      # greeting, thanks, help, incident, foreign, writing (see ``intents``)
    also: list[Entry] = field(default_factory=list)   # a two-part question's second entry
    unanswered_part: str | None = None                 # ...or the part no entry answers
    unanswered_reason: str | None = None               # ...and what we hold nearest to it, if anything
    order: str | None = None                           # a line read from more than the entry, shown above it: "which
                                                       # came first" from both entries' dates, who held a post then
    unmet: tuple = ()                                  # a decline's constraints the nearest entry does not meet

    @property
    def sources(self) -> list[str]:
        return [s.citation() for s in self.entry.sources] if self.entry and self.answered else []

    def to_json(self) -> dict:
        data = {
            "question": self.question,
            "answered": self.answered,
            "id": self.entry.id if self.entry and self.answered else None,
            "title": self.entry.title if self.entry and self.answered else None,
            "answer": self.text,
            "sources": self.sources,
            "score": round(self.score, 4),
            "suggestions": [e.title for e in self.suggestions],
        }
        if self.problem:
            data["error"] = self.problem
        return data

    def to_json_line(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False)



def answer_reply(answer: Answer, visibility="ephemeral", council: bool = False) -> Reply:
    """Blocks for an answer: the text, its sources as links, suggestions and feedback buttons.

    ``council``: an unsure reply offers "Ask the council" (a curator channel is set).
    """
    # The reply shapes are imported by what shows a reply (Slack, the console), not by every
    # question: `cyberbot ask` prints the answer's text and never builds one.
    from bot.core.replies import Button, Buttons, Note, Reply, Text

    blocks = []
    if answer.answered and answer.entry:
        entry = answer.entry
        if answer.order:
            blocks.append(Text(escape_mrkdwn(answer.order)))
        blocks.append(Text(f"*{escape_mrkdwn(entry.title)}*\n{escape_mrkdwn(entry.answer)}"))
        if answer.freshness:
            blocks.append(Note((f"\u26a0\ufe0f {escape_mrkdwn(answer.freshness)}",)))
        blocks.append(Note(tuple(_source_link(s) for s in entry.sources)))
        for other in answer.also:
            blocks.append(Text(f"*{escape_mrkdwn(other.title)}*\n{escape_mrkdwn(other.answer)}"))
            blocks.append(Note(tuple(_source_link(s) for s in other.sources)))
        if answer.unanswered_part:
            blocks.append(Text(escape_mrkdwn(not_known_line(answer))))
        if entry.answered_by:
            who = f" (<@{entry.answered_by}>)" if _SLACK_USER.match(entry.answered_by) else ""
            blocks.append(Note((f"Answered by a curator{who}; not yet checked into the curated knowledge base.",)))
        blocks.append(Buttons(_feedback_buttons(answer)))
        return Reply(text=escape_mrkdwn(shorten(entry.answer, 300)), blocks=blocks, visibility=visibility, kind="answer",
                     data={"entry_id": None if entry.answered_by else entry.id, "question": answer.question,
                           "answered": True, "draft": bool(entry.answered_by)})
    if answer.intent in (intents.GREETING, intents.THANKS, intents.HELP, intents.FOREIGN, intents.MANIPULATION,
                         intents.WRITING):
        return Reply.simple(escape_mrkdwn(answer.text), kind=answer.intent, visibility=visibility)
    summary, _, _ = answer.text.partition(" Did you mean:")
    blocks.append(Text(escape_mrkdwn(summary)))
    if answer.suggestions:
        blocks.append(Text("Did you mean one of these?"))
        blocks.append(Buttons(tuple(
            Button(shorten(e.title, 75), f"ask_suggestion_{i}", e.id, console_hint=f"/cyber ask {e.title}")
            for i, e in enumerate(answer.suggestions)
        )))
    if not answer.problem:
        buttons = _feedback_buttons(answer)
        if council:
            near = answer.entry.id if answer.entry else None
            value = json.dumps({"q": shorten(answer.question, 300), "near": near}, ensure_ascii=False)
            asked = shorten(answer.question, 300)
            buttons = (Button("Ask the council", ASK_COUNCIL, value, style="primary",
                              console_hint=f"/cyber ask-council {asked}"),
                       Button("Ask anonymously", ASK_COUNCIL_ANON, value,
                              console_hint=f"/cyber ask-council anonymously {asked}")) + buttons
        blocks.append(Buttons(buttons))
    return Reply(text=escape_mrkdwn(shorten(summary, 300)), blocks=blocks, visibility=visibility, kind="not_sure",
                 data={"entry_id": None, "question": answer.question, "answered": False})


def not_known_line(answer: Answer) -> str:
    """What the reply says of the part of a two-part question no entry answers, and why when it is a
    near miss: "I don't know the other part (“...annual review 2025...”) from my sources: I have
    “NCSC annual review 2024” (2024), not 2025."."""
    line = f"I don't know the other part (\u201c{answer.unanswered_part}\u201d) from my sources"
    return f"{line}: {answer.unanswered_reason}" if answer.unanswered_reason else f"{line}."


_SLACK_USER = regexes.compile(r"^[UW][A-Z0-9]+$")


def entry_answer(entry: Entry, question: str | None = None) -> Answer:
    """An answer straight from a chosen entry (a clicked suggestion)."""
    lines = [entry.answer, "", "Sources:"] + [f"- {s.citation()}" for s in entry.sources]
    return Answer(question or entry.title, True, "\n".join(lines), entry, 1.0)


def _source_link(source) -> str:
    label = escape_mrkdwn(f"{source.publisher}: {source.title}")
    return (f"<{source.url}|{label}>" if source.url else label) + f" ({source.when()})"


def _feedback_buttons(answer: Answer) -> tuple[Button, ...]:
    from bot.core.replies import Button

    value = json.dumps({"id": answer.entry.id if answer.entry and answer.answered else None,
                        "q": shorten(answer.question, 300)}, ensure_ascii=False)
    return (
        Button("Helpful", "feedback_helpful", value),
        Button("Not helpful", "feedback_not_helpful", value),
    )
