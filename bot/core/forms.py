"""Modals and the App Home, independent of Slack.

A feature describes a form (a poll builder, a reminder builder) or its part of someone's Home
as a ``View`` made of the same blocks a ``Reply`` has plus a few inputs; ``handlers.block_kit``
turns it into Block Kit and the console prints it. When the person submits a form, the Slack
listener hands the core a ``Submission`` (the values by block id, never Slack's payload) and
applies the ``ViewResult``: field errors shown under the inputs, a new view, or work to do
once the modal has closed.

Slack wants the answer to a submission (field errors, or closing the form) within three
seconds, and nothing may make it wait: not a database locked by another process, not a slow
Slack. So a ``ViewHandler`` only *checks* the fields, in memory (no storage, no Web API call),
and everything else, storing included, is its ``then``: run after the ack, on the same
acked-work path as slash commands and clicks (``handlers.intake``), journalled so a kill does
not lose it. What ``then`` finds (a reminder cap reached, a channel the bot is not in, the
database still locked) is told to the person afterwards; if it raises, the person is told
that nothing was saved and to try again (``CyberBot.finish_view``), never left thinking it was.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Literal, Union

from bot.core.replies import Block, Header, Reply

log = logging.getLogger(__name__)

TITLE_LIMIT = 24          # Slack's limit for a modal's title, submit and close labels
ERROR_LIMIT = 150         # field errors longer than this are cut by Slack; keep them short


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class TextInput:
    block_id: str
    label: str
    initial: str | None = None
    placeholder: str | None = None
    multiline: bool = False
    max_length: int | None = None
    optional: bool = False
    hint: str | None = None


@dataclass(frozen=True)
class Checkboxes:
    block_id: str
    label: str
    choices: tuple[Choice, ...]
    initial: tuple[str, ...] = ()
    optional: bool = True
    hint: str | None = None


@dataclass(frozen=True)
class Select:
    block_id: str
    label: str
    choices: tuple[Choice, ...]
    initial: str | None = None
    optional: bool = False
    hint: str | None = None


@dataclass(frozen=True)
class DatePicker:
    block_id: str
    label: str
    initial: date | None = None
    optional: bool = True
    hint: str | None = None


@dataclass(frozen=True)
class TimePicker:
    block_id: str
    label: str
    initial: str | None = None    # "HH:MM"
    optional: bool = True
    hint: str | None = None


@dataclass(frozen=True)
class ConversationPicker:
    """A channel to post in."""

    block_id: str
    label: str
    initial: str | None = None
    current: bool = False         # start on the conversation the form was opened from
    optional: bool = False
    hint: str | None = None


@dataclass(frozen=True)
class PeoplePicker:
    """Some people in the workspace (user ids); the submission gives the chosen ids as a list."""

    block_id: str
    label: str
    initial: tuple[str, ...] = ()
    optional: bool = True
    hint: str | None = None


Input = Union[TextInput, Checkboxes, Select, DatePicker, TimePicker, ConversationPicker, PeoplePicker]
ViewBlock = Union[Block, Header, Input]
INPUTS = (TextInput, Checkboxes, Select, DatePicker, TimePicker, ConversationPicker, PeoplePicker)


@dataclass(frozen=True)
class View:
    title: str
    blocks: tuple = ()
    callback_id: str = ""
    submit: str | None = None
    close: str = "Cancel"
    metadata: str = ""            # kept by Slack with the view and given back on submit
    kind: Literal["modal", "home"] = "modal"
    notify_on_close: bool = False


@dataclass(frozen=True)
class Submission:
    """What a person entered in a form: block id -> text, date text, "HH:MM", a chosen value, or
    a list of chosen values (checkboxes); None for an input left empty."""

    callback_id: str
    values: dict[str, Any]
    metadata: str = ""

    def text(self, block_id: str) -> str:
        value = self.values.get(block_id)
        return value.strip() if isinstance(value, str) else ""

    def chosen(self, block_id: str) -> list[str]:
        value = self.values.get(block_id)
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value]
        return [value] if isinstance(value, str) and value else []


@dataclass
class ViewResult:
    """What the check of a submitted form decided: field errors (in the ack; nothing is done),
    else an ack (closing the form, or ``update`` showing another view) and then ``then``'s work.

    ``then`` returns what to tell the person (a ``Reply``, privately), or a ``View`` to replace
    the one ``update`` showed (the answer a "Looking that up" view was waiting for), or None.
    """

    errors: dict[str, str] = field(default_factory=dict)   # block id -> what is wrong there
    update: View | None = None                              # show this instead (the modal stays open)
    then: Callable[[], "Reply | View | None"] | None = None  # the work, once Slack has its ack
    reply: Reply | None = None                              # tell the person this once it has closed

    @classmethod
    def invalid(cls, errors: dict[str, str]) -> "ViewResult":
        return cls(errors={k: v[:ERROR_LIMIT] for k, v in errors.items()})


# (submission, bot.core.router.Request): checks the fields in memory only; the rest goes in ``then``
ViewHandler = Callable[[Submission, Any], ViewResult]


class ViewRouter:
    """Form submissions to the feature that owns the form's ``callback_id`` (exact, or ``prefix*``)."""

    def __init__(self):
        self._exact: dict[str, ViewHandler] = {}
        self._prefixes: list[tuple[str, ViewHandler]] = []

    def register(self, callback_id: str, handler: ViewHandler) -> None:
        if callback_id.endswith("*"):
            self._prefixes.append((callback_id[:-1], handler))
        else:
            self._exact[callback_id] = handler

    def knows(self, callback_id: str) -> bool:
        return self._find(callback_id) is not None

    def _find(self, callback_id: str) -> ViewHandler | None:
        if callback_id in self._exact:
            return self._exact[callback_id]
        for prefix, handler in self._prefixes:
            if callback_id.startswith(prefix):
                return handler
        return None

    def handle(self, submission: Submission, ctx) -> ViewResult:
        handler = self._find(submission.callback_id)
        if handler is None:
            return ViewResult(reply=Reply.error("Sorry, that form is from an older version of me and "
                                                "nothing was saved. Please open it again."))
        return handler(submission, ctx)


def reply_view(title: str, reply: Reply, callback_id: str = "reply") -> View:
    """A reply shown in a modal (results from the Home tab, an answer to "Ask a question")."""
    return View(title=title[:TITLE_LIMIT], blocks=tuple(reply.blocks) or (), callback_id=callback_id,
                close="Close")
