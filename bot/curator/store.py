"""The curator loop's tables: questions handed to the council, curators' draft answers, digests sent.

A hand-off is one person asking the council one question (``open``, then ``answered`` when a
curator answers it, ``promoted`` once the answer is exported into ``knowledge/``). A draft is a
curator's sourced answer; the answers feature serves it for the same question from then on.
A digest row is claimed before a weekly digest is posted, so it is posted once per owner a week:
on the one claim protocol of all scheduled work (``bot.core.leases``), a lease with an owner and
an expiry, so replicas sharing a database take turns and a killed one's digest is taken over.
Each workspace's hand-offs, drafts and digests are its own (``bot.core.tenancy``): a curator's
answer in one council's workspace is served there, never in another's.
"""

from __future__ import annotations

import threading
import time
import weakref
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.answers.knowledge import Entry, FuzzyDate, Source
from bot.core.leases import Leased, Leases
from bot.core.storage import Migration, Storage, utc_iso
from bot.core.tenancy import current_team
from bot.core.text import question_key, shorten

MIGRATIONS = (
    Migration("curator", 1, """
        CREATE TABLE IF NOT EXISTS handoffs (
            id INTEGER PRIMARY KEY,
            question TEXT NOT NULL,
            question_key TEXT NOT NULL,
            asker TEXT NOT NULL,
            anonymous INTEGER NOT NULL DEFAULT 0,
            topic TEXT,
            status TEXT NOT NULL DEFAULT 'open',
            created_at TEXT NOT NULL,
            posted_channel TEXT,
            posted_ts TEXT,
            draft_id INTEGER
        );
        CREATE INDEX IF NOT EXISTS handoffs_key ON handoffs (question_key);
        CREATE TABLE IF NOT EXISTS drafts (
            id INTEGER PRIMARY KEY,
            handoff_id INTEGER,
            question TEXT NOT NULL,
            question_key TEXT NOT NULL,
            answer TEXT NOT NULL,
            topic TEXT,
            publisher TEXT NOT NULL,
            source_title TEXT NOT NULL,
            source_date TEXT NOT NULL,
            source_url TEXT,
            answered_by TEXT NOT NULL,
            answered_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft',
            promoted_at TEXT
        );
        CREATE INDEX IF NOT EXISTS drafts_key ON drafts (question_key);
        CREATE TABLE IF NOT EXISTS digests (
            week TEXT NOT NULL,
            recipient TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            claimed_at TEXT NOT NULL,
            posted_channel TEXT,
            posted_ts TEXT,
            PRIMARY KEY (week, recipient)
        );
    """),
    Migration("curator", 2, """
        ALTER TABLE digests ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;
    """),
    Migration("curator", 3, """
        CREATE TABLE IF NOT EXISTS kb_alerts (
            key TEXT PRIMARY KEY,
            at TEXT NOT NULL
        );
    """),
    # The weekly digest on the one claim protocol (bot.core.leases). A digest claimed under the
    # old scheme and never posted holds a lease that ran out when it was claimed: the next claim
    # takes it over, and asks Slack for the keyed post before posting.
    Migration("curator", 4, """
        ALTER TABLE digests ADD COLUMN lease_owner TEXT;
        ALTER TABLE digests ADD COLUMN lease_until TEXT;
        UPDATE digests SET lease_owner = 'before-leases', lease_until = claimed_at WHERE state = 'pending';
    """),
    # Many workspaces (bot.core.tenancy): hand-offs, drafts and digests are their workspace's.
    # ``kb_alerts`` stays shared: it is about the one knowledge/ folder every workspace reads.
    Migration("curator_workspaces", 1, """
        ALTER TABLE handoffs ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE drafts ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE digests ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
        CREATE INDEX IF NOT EXISTS handoffs_team ON handoffs (team_id, question_key);
        CREATE INDEX IF NOT EXISTS drafts_team ON drafts (team_id, question_key);
    """),
    # A digest is claimed per workspace: the same person (an Enterprise Grid member, or an owner
    # named by user id in the shared knowledge folder) hears each workspace's own gaps.
    Migration("curator_workspaces", 2, """
        CREATE TABLE digests_scoped (
            team_id TEXT NOT NULL DEFAULT '',
            week TEXT NOT NULL,
            recipient TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            claimed_at TEXT NOT NULL,
            posted_channel TEXT,
            posted_ts TEXT,
            attempts INTEGER NOT NULL DEFAULT 1,
            lease_owner TEXT,
            lease_until TEXT,
            PRIMARY KEY (team_id, week, recipient)
        );
        INSERT INTO digests_scoped (team_id, week, recipient, state, claimed_at, posted_channel, posted_ts, attempts,
                                    lease_owner, lease_until)
            SELECT team_id, week, recipient, state, claimed_at, posted_channel, posted_ts, attempts, lease_owner,
                   lease_until FROM digests;
        DROP TABLE digests;
        ALTER TABLE digests_scoped RENAME TO digests;
    """),
)
MAX_DIGEST_ATTEMPTS = 5
# One recipient's digest is one DM: its lease is long enough for any post to finish, so a digest
# is retried (by anyone) this long after a claimer went quiet or its post failed.
DIGEST_LEASE = timedelta(minutes=5)
DIGESTS = Leased("digests", ("team_id", "week", "recipient"), owner="lease_owner", until="lease_until")


@dataclass(frozen=True)
class Handoff:
    id: int
    question: str
    question_key: str
    asker: str
    anonymous: bool
    topic: str | None
    status: str
    created_at: str
    posted_channel: str | None
    posted_ts: str | None
    draft_id: int | None
    team_id: str = ""


@dataclass(frozen=True)
class Draft:
    id: int
    handoff_id: int | None
    question: str
    question_key: str
    answer: str
    topic: str | None
    publisher: str
    source_title: str
    source_date: str
    source_url: str | None
    answered_by: str
    answered_at: str
    status: str

    @property
    def entry_id(self) -> str:
        """The knowledge-base id it gets when exported."""
        return f"council-answer-{self.id}"

    def source(self) -> Source:
        return Source(self.publisher, self.source_title, self.source_date, self.source_url)

    def entry(self) -> Entry:
        return Entry(id=f"draft-{self.id}", title=shorten(self.question, 120), topic=self.topic or "",
                     answer=self.answer, sources=(self.source(),), answered_by=self.answered_by,
                     as_of=FuzzyDate.parse(self.source_date) if self.source_date != "n.d." else None)


_SHARED: "weakref.WeakKeyDictionary[Storage, CuratorStore]" = weakref.WeakKeyDictionary()
_SHARED_LOCK = threading.Lock()
DRAFT_KEYS_SECONDS = 5.0   # how stale this process's list of answered questions may be (other replicas' answers)


class CuratorStore:
    def __init__(self, storage: Storage, monotonic=time.monotonic, leases: Leases | None = None):
        self.storage = storage
        self.leases = leases or Leases(storage, lease=DIGEST_LEASE)
        self._monotonic = monotonic
        self._draft_keys: dict[str, frozenset[str]] = {}     # by workspace
        self._keys_read_at: dict[str, float] = {}

    @classmethod
    def for_storage(cls, storage: Storage) -> "CuratorStore":
        """One store per database in a process, so an answer saved by the curator feature is served
        by the answers feature at once."""
        with _SHARED_LOCK:
            store = _SHARED.get(storage)
            if store is None:
                store = _SHARED[storage] = cls(storage)
            return store

    # -- hand-offs ---------------------------------------------------------------------------------
    def open_handoff_for(self, asker: str, key: str) -> Handoff | None:
        rows = self.storage.query("SELECT * FROM handoffs WHERE team_id = ? AND asker = ? AND question_key = ?"
                                  " AND status = 'open' ORDER BY id LIMIT 1", (current_team(), asker, key))
        return Handoff(**_handoff(rows[0])) if rows else None

    def add_handoff(self, question: str, asker: str, anonymous: bool, topic: str | None, now: datetime) -> Handoff:
        with self.storage.transaction() as tx:
            new_id = tx.execute(
                "INSERT INTO handoffs (team_id, question, question_key, asker, anonymous, topic, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (current_team(), shorten(question, 500), question_key(question), asker, int(anonymous), topic,
                 utc_iso(now))).fetchone()[0]
        return self.handoff(new_id)

    def handoff(self, handoff_id: int) -> Handoff | None:
        rows = self.storage.query("SELECT * FROM handoffs WHERE id = ? AND team_id = ?", (handoff_id, current_team()))
        return Handoff(**_handoff(rows[0])) if rows else None

    def forget_handoff(self, handoff_id: int) -> None:
        self.storage.write("DELETE FROM handoffs WHERE id = ? AND team_id = ? AND status = 'open'",
                           (handoff_id, current_team()))

    def record_post(self, handoff_id: int, channel: str, ts: str) -> None:
        self.storage.write("UPDATE handoffs SET posted_channel = ?, posted_ts = ? WHERE id = ? AND team_id = ?",
                           (channel, ts, handoff_id, current_team()))

    def handoffs(self) -> list[Handoff]:
        return [Handoff(**_handoff(r)) for r in self.storage.query("SELECT * FROM handoffs WHERE team_id = ? ORDER BY id",
                                                                           (current_team(),))]

    # -- drafts ------------------------------------------------------------------------------------
    def answer(self, handoff: Handoff, text: str, topic: str | None, source: Source, curator: str,
               now: datetime) -> Draft | None:
        """Store a curator's answer as a draft and close the hand-off (and any other open one for the
        same question); None when someone answered it first."""
        with self.storage.transaction() as tx:
            still_open = tx.execute("SELECT status FROM handoffs WHERE id = ? AND team_id = ?",
                                    (handoff.id, current_team())).fetchone()
            if not still_open or still_open[0] != "open":
                return None
            draft_id = tx.execute(
                "INSERT INTO drafts (team_id, handoff_id, question, question_key, answer, topic, publisher,"
                " source_title, source_date, source_url, answered_by, answered_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (current_team(), handoff.id, handoff.question, handoff.question_key, text, topic, source.publisher, source.title,
                 source.date, source.url, curator, utc_iso(now))).fetchone()[0]
            tx.execute("UPDATE handoffs SET status = 'answered', draft_id = ? WHERE team_id = ? AND question_key = ?"
                       " AND status = 'open'", (draft_id, current_team(), handoff.question_key))
        self._keys_read_at.pop(current_team(), None)   # this process serves it at once
        return self.draft(draft_id)

    def draft(self, draft_id: int) -> Draft | None:
        rows = self.storage.query(f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE id = ? AND team_id = ?",
                                  (draft_id, current_team()))
        return Draft(**rows[0]) if rows else None

    def drafts(self) -> list[Draft]:
        return [Draft(**r) for r in self.storage.query(f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE team_id = ?"
                                                            " ORDER BY id", (current_team(),))]

    def latest_for(self, key: str) -> Draft | None:
        rows = self.storage.query(f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE team_id = ? AND question_key = ?"
                                  " ORDER BY id DESC LIMIT 1", (current_team(), key))
        return Draft(**rows[0]) if rows else None

    def entry_for(self, question: str, kb) -> Entry | None:
        """What to serve for a question a curator has answered: the exported entry once it is in the
        knowledge base, else the draft (marked as a curator's answer). None for any other question."""
        key = question_key(question)
        draft = self.latest_for(key) if key and key in self._answered_keys() else None
        if draft is None:
            return None
        promoted = kb.by_id.get(draft.entry_id) if kb is not None else None
        return promoted or draft.entry()

    def _answered_keys(self) -> frozenset[str]:
        """The questions with a curator's answer, read again every few seconds: every question asked
        checks this, and a set look-up costs nothing where a query would cost a little each time."""
        now, team = self._monotonic(), current_team()
        read_at = self._keys_read_at.get(team)
        if read_at is None or now - read_at > DRAFT_KEYS_SECONDS:
            rows = self.storage.query("SELECT DISTINCT question_key FROM drafts WHERE team_id = ?", (team,))
            self._draft_keys[team] = frozenset(r["question_key"] for r in rows)
            self._keys_read_at[team] = now
        return self._draft_keys[team]

    def mark_promoted(self, draft_ids: list[int], now: datetime) -> None:
        with self.storage.transaction() as tx:
            for draft_id in draft_ids:
                tx.execute("UPDATE drafts SET status = 'promoted', promoted_at = COALESCE(promoted_at, ?)"
                           " WHERE id = ? AND team_id = ?", (utc_iso(now), draft_id, current_team()))
                tx.execute("UPDATE handoffs SET status = 'promoted' WHERE draft_id = ? AND team_id = ?",
                           (draft_id, current_team()))

    # -- weekly digests ------------------------------------------------------------------------------
    def claim_digest(self, week: str, recipient: str, now: datetime) -> str:
        """``"new"`` when this call claimed it first; ``"retry"`` when it took over a lease that ran
        out (its claimer went quiet or its post failed: it may have posted); ``"held"`` while
        another lease on it is current; ``"done"`` once posted, or given up after
        ``MAX_DIGEST_ATTEMPTS`` claims."""
        team = current_team()
        key = (team, week, recipient)
        with self.storage.transaction() as tx:
            tx.execute("INSERT INTO digests (team_id, week, recipient, claimed_at, attempts) VALUES (?, ?, ?, ?, 0)"
                       " ON CONFLICT DO NOTHING", (*key, utc_iso(now)))
            claimed = self.leases.claim(tx, DIGESTS, "team_id = ? AND week = ? AND recipient = ? AND state = 'pending'",
                                        key, now, 1, sets="claimed_at = ?, attempts = attempts + 1",
                                        set_params=(utc_iso(now),))
            if claimed:
                attempts = claimed[0]["attempts"]     # before this claim
                if attempts >= MAX_DIGEST_ATTEMPTS:
                    tx.execute("UPDATE digests SET state = 'gave_up', lease_owner = NULL, lease_until = NULL"
                               " WHERE team_id = ? AND week = ? AND recipient = ?", key)
                    return "done"
                return "retry" if attempts else "new"
            row = tx.execute("SELECT state FROM digests WHERE team_id = ? AND week = ? AND recipient = ?",
                             key).fetchone()
            # No row: another workspace's digest for this recipient, never ours to send.
            return "held" if row is not None and row[0] == "pending" else "done"

    def digest_posted(self, week: str, recipient: str, channel: str, ts: str) -> None:
        """Finish the lease: recorded as posted by its holder (one taken over meanwhile is left
        to the taker, which finds this post by its key)."""
        self.storage.write("UPDATE digests SET state = 'posted', posted_channel = ?, posted_ts = ?, lease_owner = NULL,"
                           " lease_until = NULL WHERE team_id = ? AND week = ? AND recipient = ? AND "
                           + self.leases.holds(DIGESTS),
                           (channel, ts, current_team(), week, recipient, self.leases.owner))

    def stop_team(self, team: str) -> dict[str, int]:
        """A workspace removed the app: this week's digests not yet posted there are given up."""
        given_up = self.storage.write("UPDATE digests SET state = 'gave_up' WHERE team_id = ? AND state = 'pending'",
                                      (team,)).rowcount
        return {"digests": given_up}

    def first_to_alert(self, key: str, now: datetime) -> bool:
        """True for the one process (of however many replicas) that should tell the curators."""
        return self.storage.write("INSERT INTO kb_alerts (key, at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                                  (key, utc_iso(now))).rowcount == 1

    def digests(self) -> list[dict]:
        return self.storage.query("SELECT * FROM digests WHERE team_id = ? ORDER BY week, recipient", (current_team(),))


_DRAFT_COLUMNS = ("id, handoff_id, question, question_key, answer, topic, publisher, source_title, source_date,"
                  " source_url, answered_by, answered_at, status")


def _handoff(row: dict) -> dict:
    row = dict(row)
    row["anonymous"] = bool(row["anonymous"])
    return row
