"""``cyberbot kb drafts``: curators' answers waiting to join the knowledge base, and their export.

``export`` adds every draft not yet exported to one ``knowledge/`` YAML file (entries already
there are kept as the curators left them), then checks the whole folder the way ``kb check``
does. Only if it passes are the drafts marked promoted; otherwise the file is put back as it
was and the problems are returned.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import yaml

from bot.answers import knowledge
from bot.curator.store import CuratorStore, Draft

EXPORT_FILE = "council-answers.yaml"
HEADER = ("# Answers written by the council's curators in Slack (\"Ask the council\"), exported with\n"
          "# `cyberbot kb drafts export`. Review them like any other entry; edit freely.\n")


def draft_entry(draft: Draft, topics: dict) -> dict:
    topic = draft.topic if draft.topic in topics else _fallback_topic(topics)
    source = {"publisher": draft.publisher, "title": draft.source_title, "date": draft.source_date}
    if draft.source_url:
        source["url"] = draft.source_url
    entry = {"id": draft.entry_id, "title": draft.question[:120], "topic": topic, "answer": draft.answer,
             "phrasings": [draft.question], "sources": [source]}
    if draft.source_date != "n.d.":
        entry["as_of"] = draft.source_date
    if draft.answered_by[:1] in ("U", "W") and draft.answered_by[1:].isalnum():
        entry["owner"] = draft.answered_by
    return entry


def _fallback_topic(topics: dict) -> str:
    return "context" if "context" in topics else next(iter(topics), "context")


def export(store: CuratorStore, folder: Path, now: datetime) -> tuple[Path, list[Draft], list]:
    """(the file written, the drafts newly in it, problems); with problems nothing is kept or promoted.

    Entries already in the file stay exactly as they are there (a curator may have edited them);
    only drafts not yet in it are added.
    """
    folder = Path(folder)
    kb, before = knowledge.read(folder)
    target = folder / EXPORT_FILE
    old = target.read_bytes() if target.exists() else None
    existing: list = []
    if old is not None:
        try:
            existing = (yaml.safe_load(old) or {}).get("entries") or []
        except (yaml.YAMLError, AttributeError):
            return target, [], [knowledge.Problem(str(target), 0, "is not valid YAML; fix it (`cyberbot kb check`) "
                                                                  "before exporting more drafts")]
    present = {e.get("id") for e in existing if isinstance(e, dict)}
    new = [d for d in store.drafts() if d.entry_id not in present]
    if not new:
        return target, [], []
    body = {"entries": existing + [draft_entry(d, kb.topics) for d in new]}
    target.write_text(HEADER + yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    problems = [p for p in knowledge.check(folder) if str(p) not in {str(b) for b in before}]
    if problems:
        if old is None:
            target.unlink()
        else:
            target.write_bytes(old)
        return target, new, problems
    store.mark_promoted([d.id for d in new], now)
    return target, new, []
