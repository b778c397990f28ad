"""Compiled bytecode for the test run when the environment asks Python not to write any.

With ``PYTHONDONTWRITEBYTECODE`` set (a shared or read-only checkout, some CI images), every
``cyberbot`` process a slow test starts compiles the bot's hundred-odd modules from source again
(about 0.4 s of CPU a start, out of 1.4), and so does pytest for every test module at collection
(about 5 s). The variable is there to keep ``__pycache__`` folders out of the source tree, so
this plugin keeps the bytecode out of it too: in a folder of this user's own in the temporary
directory (``PYTHONPYCACHEPREFIX``, Python's place for exactly this), for this process and every
process it starts. Bytecode is checked against its source's time and size before use, as
always, so an edited file is compiled again, and each checkout's files have their own paths.

Loaded first by ``tests/conftest.py``, before the bot's modules are imported. Without
``PYTHONDONTWRITEBYTECODE`` (the README's set-up) it does nothing.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def private_folder() -> Path | None:
    """``<tmp>/cyberbot-pycache-<uid>``: made 0700, and used only if it is ours and nobody else can write it."""
    folder = Path(tempfile.gettempdir()) / f"cyberbot-pycache-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.stat(follow_symlinks=False)
    except OSError:
        return None
    if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022 or folder.is_symlink()):
        return None
    return folder


def use_private_bytecode_folder() -> None:
    if not os.environ.get("PYTHONDONTWRITEBYTECODE") or os.environ.get("PYTHONPYCACHEPREFIX"):
        return
    folder = private_folder()
    if folder is None:
        return
    del os.environ["PYTHONDONTWRITEBYTECODE"]
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder)
    sys.pycache_prefix = str(folder)
    sys.dont_write_bytecode = False


use_private_bytecode_folder()
