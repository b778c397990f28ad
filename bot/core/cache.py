"""A place on disk for what is slow to compute and safe to throw away.

Cold start matters (``cyberbot ask`` is run from scripts, once per question): the English word
frequencies and the compiled knowledge index are kept here between runs. Nothing in the cache
is ever the only copy of anything: each file is named by a key that says exactly what it was
made from (a content hash, a package version), written whole to a temporary file and renamed
into place, so a reader sees an old file, a new file or none, never half of one. Delete the
folder at any time; the next run makes it again.

The folder is ``$XDG_CACHE_HOME/cyberbot`` (``~/.cache/cyberbot`` when that is unset). Where it
cannot be made or written (a read-only home), nothing is cached and everything still works.
"""

from __future__ import annotations

import os
from pathlib import Path

_FOLDER: list[Path | None] = []


def folder() -> Path | None:
    """The cache folder, made if need be; None when there is nowhere to write."""
    if _FOLDER:
        return _FOLDER[0]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path: Path | None = Path(base) / "cyberbot"
    try:
        path.mkdir(parents=True, exist_ok=True)
        if not os.access(path, os.W_OK):
            path = None
    except OSError:
        path = None
    _FOLDER.append(path)
    return path


def write_atomically(path: Path, write) -> bool:
    """Make ``path`` by calling ``write(temporary_path)``, then renaming it into place.

    True when the file is in place; False (and nothing left behind) when it could not be made.
    """
    import tempfile   # only when a file is written: an everyday question writes none

    try:
        fd, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    except OSError:
        return False
    os.close(fd)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
        return True
    except Exception:  # noqa: BLE001 - a cache that cannot be written is only a slower start
        try:
            os.unlink(temporary)
        except OSError:
            pass
        return False


def keep_newest(pattern: str, keep: int) -> None:
    """Every new key (an edited knowledge base, a new version of the bot or of wordfreq, another
    virtual environment) makes a new file: of the files matching ``pattern`` only the ``keep``
    newest stay, so the folder does not grow without end. A file removed here is only made again."""
    where = folder()
    if where is None:
        return
    try:
        made = sorted(where.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in made[keep:]:
            old.unlink()
    except OSError:
        pass   # another process tidied first
