"""The inbox: a slash command or click is on disk before it is acked, and handled exactly once
more at start if the process died before handling it, never by a second live process."""

from __future__ import annotations

import os
import stat

from handlers.intake import COMPACT_BYTES, Inbox


def test_an_acked_command_not_yet_handled_is_there_at_the_next_start_and_a_handled_one_is_not(tmp_path):
    base = str(tmp_path / "cyberbot.db.inbox")
    before_the_crash = Inbox(base)
    pending = before_the_crash.record("command", {"command": "/cyber", "text": "remind in 1 hour renew"})
    handled = before_the_crash.record("block_actions", {"type": "block_actions", "actions": []})
    before_the_crash.done(handled)
    before_the_crash.close()                  # the process dies: nothing else is written

    after = Inbox(base)
    [entry] = after.take_unfinished()
    assert entry["id"] == pending and entry["body"]["text"] == "remind in 1 hour renew"
    assert after.take_unfinished() == []      # taken once
    assert stat.S_IMODE(os.stat(base).st_mode) == 0o600


def test_a_second_process_on_the_same_database_never_takes_the_first_ones_commands(tmp_path):
    base = str(tmp_path / "cyberbot.db.inbox")
    running = Inbox(base)
    in_flight = running.record("command", {"command": "/cyber", "text": "poll \"Q\" \"A\" \"B\""})
    second = Inbox(base)
    assert second.take_unfinished() == []
    assert second.path == f"{base}.{os.getpid()}"
    second.close()
    running.close()                           # the first process dies with its command in flight
    third = Inbox(base)
    assert [e["id"] for e in third.take_unfinished()] == [in_flight]


def test_the_inbox_is_emptied_once_nothing_is_outstanding(tmp_path):
    inbox = Inbox(str(tmp_path / "cyberbot.db.inbox"))
    body = {"command": "/cyber", "text": "x" * 2000}
    for _ in range(COMPACT_BYTES // 2000 + 10):
        inbox.done(inbox.record("command", body))
    assert os.path.getsize(inbox.path) < COMPACT_BYTES
    inbox.close()


def test_a_line_cut_short_by_a_crash_is_skipped(tmp_path):
    base = str(tmp_path / "cyberbot.db.inbox")
    first = Inbox(base)
    kept = first.record("command", {"command": "/cyber", "text": "help"})
    first.close()
    with open(base, "ab") as f:
        f.write(b'{"id": "cut", "body": {"comm')
    assert [e["id"] for e in Inbox(base).take_unfinished()] == [kept]
