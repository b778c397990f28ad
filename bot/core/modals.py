"""Forms (Slack modals), independent of Slack.

A feature describes a form as a ``Modal`` of ``Field``s; the Slack handlers open it with
``views.open`` (``handlers.block_kit.modal_view``) and route its ``view_submission`` back by
``callback_id`` to the feature's ``SubmissionHandler``, with the typed values by field id. A
handler answers with a ``Submission``: per-field errors (the form stays open and shows them,
nothing is stored), or nothing (the form closes) and, optionally, work to do once Slack has
been answered. The handler only checks the fields, in memory; storing is ``after``'s, which
runs after the ack and may return a ``Reply`` to tell the person (see ``bot.core.forms``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Literal

from bot.core.router import Request


@dataclass(frozen=True)
class Field:
    id: str
    label: str
    kind: Literal["text", "multiline", "select"] = "text"
    optional: bool = False
    hint: str | None = None
    placeholder: str | None = None
    initial: str | None = None
    max_length: int = 3000
    options: tuple[tuple[str, str], ...] = ()   # (value, label) for a select


@dataclass(frozen=True)
class Modal:
    callback_id: str
    title: str                     # at most 24 characters in Slack
    fields: tuple[Field, ...]
    submit: str = "Submit"
    intro: str | None = None       # mrkdwn shown above the fields
    private_metadata: str = ""


@dataclass
class Submission:
    errors: dict[str, str] = field(default_factory=dict)   # field id -> what is wrong with it
    after: Callable[[], object] | None = None               # run once Slack has its answer (a Reply to tell)

    @property
    def ok(self) -> bool:
        return not self.errors


SubmissionHandler = Callable[[dict[str, str], str, Request], Submission]
