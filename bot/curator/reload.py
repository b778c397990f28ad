"""Live reload: edits to ``knowledge/`` reach a running bot without a restart.

The scheduler calls this every tick; it compares the YAML files' names, sizes and modification
times (a few ``stat`` calls) and, when they changed, reads the folder again. A clean read is
adopted in place (everything holding the knowledge base sees it; the search index rebuilds on
the next question). A broken edit is never adopted: the bot keeps serving the last good version,
logs each ``file:line: reason`` and tells the curator channel, once per broken state however
many replicas watch the same files (the first to record it in ``kb_alerts`` posts).
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from bot.answers import knowledge
from bot.core.curators import curator_channel
from bot.core.replies import Note, Reply, Text
from bot.core.text import escape_mrkdwn

log = logging.getLogger("cyberbot.curator.reload")

MAX_PROBLEMS_SHOWN = 10


def signature(folder: Path) -> tuple:
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))
    except OSError:
        return ("missing",)
    out = []
    for path in files:
        try:
            info = path.stat()
        except OSError:
            continue
        out.append((path.name, info.st_size, info.st_mtime_ns))
    return tuple(out)


class KnowledgeWatcher:
    def __init__(self, kb, messenger, channel: str | None, store=None, clock=None):
        self.kb = kb
        self.store = store      # where replicas agree which of them tells the curators
        self.clock = clock
        self.messenger = messenger
        self.channel = channel
        self.folder = Path(kb.folder) if kb.folder else None
        self._seen = signature(self.folder) if self.folder else None
        self.broken: list[knowledge.Problem] = []

    def __call__(self, now=None) -> bool:
        """Reload if the files changed; True when a new version was adopted."""
        if self.folder is None:
            return False
        current = signature(self.folder)
        if current == self._seen:
            return False
        self._seen = current
        fresh, problems = knowledge.read(self.folder)
        if problems:
            self.broken = problems
            for problem in problems:
                log.error("knowledge edit refused, still serving the last good version: %s", problem)
            self._tell(problems, current)
            return False
        was_broken = bool(self.broken)
        self.broken = []
        self.kb.adopt(fresh)
        log.warning("knowledge base reloaded: %d entries, %d topics", len(fresh.entries), len(fresh.topics))
        if was_broken and self.channel and self._first(("fixed", current)):
            self._post(Reply.simple("The knowledge base loads cleanly again; I'm serving the edited version now.",
                                    kind="kb_reloaded", visibility="channel"))
        return True

    def _first(self, state) -> bool:
        """Several replicas watch the same files: only the first to see a state says so."""
        if self.store is None or self.clock is None:
            return True
        key = hashlib.sha256(repr(state).encode()).hexdigest()
        return self.store.first_to_alert(key, self.clock.now())

    def _tell(self, problems: list, current: tuple) -> None:
        if not self.channel or not self._first(("broken", current, tuple(str(p) for p in problems))):
            return
        shown = "\n".join(f"\u2022 `{escape_mrkdwn(_short(p))}`" for p in problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        reply = Reply(text="A knowledge-base edit has problems; still serving the last good version",
                      blocks=[Text("*I couldn't load the latest edit to the knowledge base*, so I'm still answering "
                                   f"from the last good version. Please fix:\n{shown}" +
                                   (f"\n\u2026 and {more} more (`cyberbot kb check`)" if more > 0 else "")),
                              Note(("Save the fixed file and I'll pick it up within a tick.",))],
                      visibility="channel", kind="kb_broken")
        self._post(reply)

    def _post(self, reply: Reply) -> None:
        try:
            self.messenger.post(curator_channel(self.messenger, self.channel), reply)
        except Exception as exc:  # noqa: BLE001
            log.warning("could not tell the curator channel about the knowledge base: %s", exc)


def _short(problem) -> str:
    return f"{Path(problem.file).name}:{problem.line}: {problem.reason}"
