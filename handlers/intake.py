"""Acks first, work after, and an acknowledged command kept until it has been handled.

Slack wants every callback acked within three seconds, and a person who typed
``/cyber remind ...`` or clicked a vote takes the ack to mean it will happen. Two failures
followed from acking inside Bolt's listeners:

* **Acks waited on storage.** A slash command or click was acked by its listener, on Bolt's
  pool; with the database locked by another process every listener thread sat in SQLite's busy
  wait, no listener was free to ack, and Slack got a 404 after three seconds (Socket Mode even
  wrote the envelope's id to the database before acking it).
* **Acked commands were lost.** The ack went out before anything was written, so a kill -9
  right after it (most likely in the first few hundred ms after a start, while the first
  command warms up) dropped the command with no trace.

So the HTTP front and the Socket Mode handler ack as soon as a callback is verified and
classified (``classify``); nothing on that path waits for the database, a listener thread or
Slack. The work then runs on this module's pool (``Intake.later``), where Bolt runs the
listener in the same thread (``acksfirst.run_listeners_inline``): it answers through the
response_url, or tells the person to try again if the database stayed locked. A slash command
or a click is first appended to the *inbox*, a journal file beside the database
(``<CYBERBOT_DB>.inbox``, mode 0600), and fsync'd: a few milliseconds, and never behind
SQLite's locks. The listener marks it done once the core has handled it and the person has
been answered; at the next start whatever was acked but never marked done is handled then
(``Intake.replay``). Marked done before the answer went out, a kill in between left the person
with no answer at all.

Callbacks whose ack carries an answer (``url_verification``, a form's field errors, options
for a select menu) are still answered by Bolt synchronously. A form's ack is decided from its
fields alone (``handlers.listeners.views``); a good submission is then journalled here and
dispatched again on this pool (``context["acked"]``), where it is stored, like a command.

Several processes may share one database (a second ``serve`` started by mistake, a restart
that overlaps the old process): each holds an exclusive ``flock`` on its own inbox file
(``.inbox``, or ``.inbox.<pid>`` when that is taken), so a starting process replays only the
inboxes no live process holds, the kernel having let go of a killed process's lock.

Exactly once: the done mark in the inbox file is written after the core has handled the
command (and its answer), so a kill between the two would replay a command whose effect was
already committed. So the command's first database write also records its inbox id in ``handled_commands``, in
the same transaction (``bot.core.storage.effect_of``): the effect and the mark commit together
or not at all, and at start an entry whose id is there is not handled again: the person is told
it was done instead (``_say_done``), which they hear twice only when the kill fell in the moment
between the answer and the file's done mark. A command that writes nothing (``help``, a
question) may be answered twice after such a kill, harmlessly.
File done marks are not fsync'd; they only keep the file short. The inbox holds response_urls
and what people typed until they are handled; it is emptied whenever nothing is outstanding.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

from slack_bolt.request import BoltRequest

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows: one process per database there
    fcntl = None

from bot.core.storage import effect_of, forget_handled, handled
from handlers.acksfirst import run_listeners_inline

log = logging.getLogger("cyberbot.slack.intake")

WORK_THREADS = 16
REPLAY_WITHIN_SECONDS = 24 * 3600   # older unfinished commands are dropped at start, with a log line
COMPACT_BYTES = 256 * 1024

# What is acked at once, and handled after. Everything else is answered by Bolt synchronously.
LATER_EVENTS = frozenset({"event_callback", "app_rate_limited"})
LATER_INTERACTIONS = frozenset({"block_actions", "shortcut", "message_action", "view_closed",
                                "interactive_message"})
# Kept in the inbox until handled: what a person did that changes something.
DURABLE_KINDS = frozenset({"command", "block_actions", "view_submission"})


def classify(body: dict) -> str | None:
    """The kind of a parsed callback that can be acked before it is handled, or None."""
    kind = body.get("type")
    if isinstance(body.get("command"), str) and kind is None:
        return "command"
    if kind in LATER_EVENTS or kind in LATER_INTERACTIONS:
        return kind
    return None


def inbox_path(db_path: str) -> str:
    return f"{db_path}.inbox"


class Inbox:
    """An append-only journal: each entry fsync'd before the ack, a done mark after handling."""

    def __init__(self, path: str):
        self.base = path
        self.path = path
        self._fd: int | None = None
        self._lock = threading.Lock()
        self._sync_lock = threading.Lock()
        self._written = 0
        self._synced = 0
        self._open: set[str] = set()

    def _file(self) -> int:
        if self._fd is None:
            self._fd, self.path = _claim(self.base)
        return self._fd

    def record(self, kind: str, body: dict, envelope_id: str | None = None, entry: str | None = None) -> str:
        """Append one callback and wait until it is on disk; its id for ``done`` (a replayed one
        keeps the id it had)."""
        entry = entry or uuid.uuid4().hex
        line = json.dumps({"id": entry, "at": time.time(), "kind": kind, "envelope": envelope_id, "body": body},
                          separators=(",", ":"), ensure_ascii=False) + "\n"
        with self._lock:
            fd = self._file()
            os.write(fd, line.encode("utf-8"))
            self._written += 1
            mine = self._written
            self._open.add(entry)
        with self._sync_lock:       # one fdatasync covers every entry written before it
            if self._synced < mine:
                upto = self._written
                os.fdatasync(fd)
                self._synced = upto
        return entry

    def done(self, entry: str | None) -> None:
        if not entry:
            return
        with self._lock:
            if entry not in self._open:
                return
            self._open.discard(entry)
            try:
                fd = self._file()
                os.write(fd, json.dumps({"done": entry}).encode("utf-8") + b"\n")
                if not self._open and os.fstat(fd).st_size > COMPACT_BYTES:
                    os.ftruncate(fd, 0)
            except OSError as exc:
                log.warning("could not mark a handled command in %s (%s)", self.path, exc)

    def take_unfinished(self) -> list[dict]:
        """At start: entries recorded and never marked done, in this process's inbox and in any
        inbox no live process holds (those files are then removed); this inbox starts afresh."""
        with self._lock:
            fd = self._file()
            entries = _unfinished(self.path)
            os.ftruncate(fd, 0)
        for other in sorted(set(glob.glob(glob.escape(self.base) + ".*")) | {self.base}):
            if other == self.path or not os.path.exists(other):
                continue
            try:
                other_fd = os.open(other, os.O_RDWR)
            except OSError:
                continue
            try:
                if fcntl is not None:
                    fcntl.flock(other_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)   # held: its process is alive
                entries += _unfinished(other)
                os.unlink(other)
            except OSError:
                pass
            finally:
                os.close(other_fd)
        return entries

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None


def _claim(base: str) -> tuple[int, str]:
    """This process's inbox file, locked for as long as the process lives."""
    for candidate in (base, f"{base}.{os.getpid()}"):
        fd = os.open(candidate, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd, candidate
        except OSError:
            os.close(fd)
    raise OSError(f"another process holds {base} and {base}.{os.getpid()}")


def _unfinished(path: str) -> list[dict]:
    try:
        with open(path, "rb") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        return []
    entries: dict[str, dict] = {}
    for raw in lines:
        try:
            item = json.loads(raw)
        except ValueError:
            continue          # a line cut short by the crash: it was never acked
        if not isinstance(item, dict):
            continue
        if "done" in item:
            entries.pop(str(item["done"]), None)
        elif isinstance(item.get("id"), str) and isinstance(item.get("body"), dict):
            entries[item["id"]] = item
    return list(entries.values())


class Intake:
    """Runs acked callbacks through the Bolt app on its own threads."""

    def __init__(self, app, inbox: Inbox | None, seen=None, threads: int = WORK_THREADS, storage=None):
        self.app = app
        self.inbox = inbox
        self.seen = seen
        self.storage = storage       # where an acked command's effect and its handled mark commit together
        self.pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="cyberbot-work",
                                       initializer=run_listeners_inline)
        self._busy = 0
        self._idle = threading.Condition()
        self._inbox_failed = False

    def keep(self, kind: str, body: dict, envelope_id: str | None = None, entry: str | None = None) -> str | None:
        """Record a durable kind in the inbox (call before acking); None when not kept."""
        if self.inbox is None or kind not in DURABLE_KINDS:
            return None
        try:
            entry = self.inbox.record(kind, body, envelope_id, entry)
        except OSError as exc:
            if not self._inbox_failed:
                log.error("cannot write the inbox %s (%s); commands are acked without it", self.inbox.path, exc)
            self._inbox_failed = True
            return None
        self._inbox_failed = False
        return entry

    def expect(self) -> None:
        """Count a callback about to be handed over (``later(..., expected=True)``) as work to wait for."""
        with self._idle:
            self._busy += 1

    def later(self, body: dict, entry: str | None = None, envelope_id: str | None = None,
              expected: bool = False) -> None:
        """Handle an acked callback on the pool."""
        if not expected:
            self.expect()
        try:
            self.pool.submit(self._later, body, entry, envelope_id)
        except BaseException:
            self._one_done()
            raise

    def _later(self, body: dict, entry: str | None, envelope_id: str | None) -> None:
        try:
            self._run(body, entry, envelope_id)
        finally:
            self._one_done()

    def _one_done(self) -> None:
        with self._idle:
            self._busy -= 1
            self._idle.notify_all()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until every acked callback handed over so far has been handled (tests, shutdown)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._busy == 0, timeout)

    def _run(self, body: dict, entry: str | None, envelope_id: str | None) -> None:
        try:
            if envelope_id and self.seen is not None and not self.seen.first_time(f"envelope:{envelope_id}"):
                log.info("envelope %s already handled", envelope_id)
                return
            with effect_of(entry if self.storage is not None else None):
                response = self.app.dispatch(BoltRequest(body=body, mode="socket_mode",
                                                         context={"inbox_entry": entry, "acked": True}))
            if response.status >= 400:
                log.info("a %s callback was refused after its ack (%s)", str(body.get("type") or "command")[:40],
                         response.status)
        except Exception as exc:  # noqa: BLE001 - one bad callback must not end the worker
            log.warning("could not handle a %s callback (%s: %s)", str(body.get("type") or "command")[:40],
                        type(exc).__name__, str(exc)[:200])
        finally:
            if entry and self.inbox is not None:
                self.inbox.done(entry)

    def replay(self) -> int:
        """At start, before serving: handle what was acked before the last stop but never handled."""
        if self.inbox is None:
            return 0
        try:
            unfinished = self.inbox.take_unfinished()
        except OSError as exc:
            log.error("cannot read the inbox %s (%s)", self.inbox.path, exc)
            return 0
        replayed = done_already = 0
        for item in unfinished:
            if time.time() - float(item.get("at") or 0) > REPLAY_WITHIN_SECONDS:
                log.warning("dropping a %s acked more than a day ago and never handled", item.get("kind"))
                continue
            if self._handled(item["id"]):
                done_already += 1      # its effect committed; only the file's done mark was cut off
                self._say_done(item)
                continue
            # Not checked against delivered envelope ids: the first try may have claimed its id and
            # then been cut off.
            entry = self.keep(str(item.get("kind")), item["body"], item.get("envelope"), item["id"])
            # Handled here, before the server takes new requests: a kill just after the next ack
            # then never lands between a replayed command's effect and its done mark.
            self._run(item["body"], entry, None)
            replayed += 1
        if replayed:
            log.warning("handling %d command(s) acked before the last stop but not yet handled", replayed)
        if done_already:
            log.warning("%d command(s) acked before the last stop were handled already; not again", done_already)
        self._forget_old_marks()
        return replayed

    def _handled(self, entry: str) -> bool:
        if self.storage is None:
            return False
        try:
            return handled(self.storage, entry)
        except Exception as exc:  # noqa: BLE001 - cannot tell: handling it is the lesser harm than losing it
            log.error("cannot tell whether an acked command was handled (%s); handling it", exc)
            return False

    def _say_done(self, item: dict) -> None:
        """A command done just before the stop may not have been answered: say it was done (it
        was: its effect committed), since doing it again to get its reply would do it twice. It
        may have been answered (the kill fell between the answer and the done mark), so the note
        does not claim the usual reply never came."""
        runtime = getattr(self.app, "runtime", None)
        body = item.get("body") or {}
        if runtime is None:
            return
        try:
            if item.get("kind") == "command":
                typed = " ".join(str(body.get("text") or "").split())[:200]
                said = (f"Done: `{body.get('command') or '/cyber'} {typed}`. I restarted just after doing it, "
                        "so this note comes in case my usual reply did not reach you.")
            elif item.get("kind") == "block_actions":
                said = ("Your click was recorded just before I restarted, so this note comes in case my usual "
                        "reply did not reach you.")
            else:
                said = ("What you submitted in the form was saved just before I restarted, so this note comes "
                        "in case my usual reply did not reach you.")
            url = body.get("response_url")
            if isinstance(url, str) and url:
                runtime.respond(url, {"text": said, "response_type": "ephemeral", "replace_original": False})
            else:
                from bot.core.replies import Reply

                user = body.get("user") if isinstance(body.get("user"), dict) else {}
                if user.get("id"):
                    runtime.tell(str(user["id"]), Reply.simple(said, kind="done_before_restart"))
        except Exception as exc:  # noqa: BLE001 - a note, not the work: the work is done
            log.info("could not say a replayed command was done already (%s)", exc)

    def _forget_old_marks(self) -> None:
        if self.storage is None:
            return
        try:
            forget_handled(self.storage, datetime.now(timezone.utc) - timedelta(seconds=2 * REPLAY_WITHIN_SECONDS))
        except Exception as exc:  # noqa: BLE001 - old marks cost a little space, nothing more
            log.info("could not forget old handled marks (%s)", exc)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=False)
        if self.inbox is not None:
            self.inbox.close()
