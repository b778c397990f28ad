"""The curators' queue (``cyberbot kb gaps``): unanswered questions, not-helpful votes and
"Ask the council" hand-offs in one list, most frequent first, each with its status.

The same question (in the same words, give or take case and punctuation) is one row however it
arrived: asked and unanswered, handed to the council, or both. Its status is ``open`` until a
curator answers it, ``answered`` while the answer is a draft, ``promoted`` once exported into
``knowledge/``. Not-helpful votes are about an answer the bot gave, so they stay ``open`` until
someone changes that entry.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from bot.curator.store import CuratorStore

KIND_ORDER = ("unanswered", "asked the council", "not helpful")


@dataclass
class QueueItem:
    question: str
    count: int
    last_seen: str
    status: str = "open"
    kinds: list[str] = field(default_factory=list)
    entry_id: str | None = None         # the answer people marked not helpful
    nearest_id: str | None = None       # for a question not answered: the closest entry, as a hint
    handoff_ids: list[int] = field(default_factory=list)
    draft_id: int | None = None

    def to_json(self) -> dict:
        return asdict(self)


def curator_queue(gap_log, store: CuratorStore, limit: int = 50) -> list[QueueItem]:
    rows: dict[tuple[str, str], QueueItem] = {}
    for gap in gap_log.gaps(limit=100_000):
        slot = ("q", gap.key) if gap.kind == "unanswered" else ("vote", f"{gap.key}\u0000{gap.entry_id}")
        item = rows.setdefault(slot, QueueItem(gap.question, 0, gap.last_seen))
        item.count += gap.count
        item.last_seen = max(item.last_seen, gap.last_seen)
        item.kinds.append(gap.kind)
        if gap.kind == "unanswered":
            item.nearest_id = gap.entry_id
        else:
            item.entry_id = gap.entry_id
    for handoff in store.handoffs():
        item = rows.setdefault(("q", handoff.question_key), QueueItem(handoff.question, 0, handoff.created_at))
        if not item.handoff_ids:
            item.kinds.append("asked the council")
        item.handoff_ids.append(handoff.id)
        item.count += 1 if "unanswered" not in item.kinds else 0   # already counted when it went unanswered
        item.last_seen = max(item.last_seen, handoff.created_at)
    drafts = {d.question_key: d for d in store.drafts()}
    for (kind, key), item in rows.items():
        draft = drafts.get(key) if kind == "q" else None
        if draft is not None:
            item.status = "promoted" if draft.status == "promoted" else "answered"
            item.draft_id = draft.id
        item.kinds.sort(key=KIND_ORDER.index)
    ordered = sorted(rows.values(), key=lambda i: (i.status != "open", -i.count, _desc(i.last_seen)))
    return ordered[:limit]


def _desc(text: str) -> tuple:
    return tuple(-ord(ch) for ch in text)
