"""Is the process that claimed some work still alive?

Reminder deliveries and poll closes are claimed in the database before they are posted. After
a kill -9 the claim stays behind; a restart on the same machine may take it over at once when
the claimer's process is gone, instead of waiting for the claim to go stale.
"""

from __future__ import annotations

import os


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    try:  # a killed child its parent has not yet reaped is a zombie: dead for our purposes
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True
